"""The active ISO 4217 currency codes, the codes a caller may name (``dollar="CAD"``).

Source: ISO 4217 List One ("Current currency & funds"), as published by SIX Financial
Information, the standard's maintenance agency, as of 2025:
https://www.six-group.com/dam/download/financial-information/data-center/iso-currrency/lists/list-one.xml
Every alphabetic code of that list is here, the fund codes (``BOV``, ``CHE``, ``CHW``, ``CLF``,
``COU``, ``MXV``, ``USN``, ``UYI``, ``UYW``) and the X-codes (precious metals ``XAU``,
``XAG``, ``XPD``, ``XPT``; ``XDR``, ``XSU``, ``XUA``; the bond-market units ``XBA``-``XBD``;
``XTS`` for testing and ``XXX`` for "no currency") included. ``ANG`` stays while it is being
replaced by ``XCG`` (2025), as do ``BGN`` (Bulgaria adopts the euro on 1 January 2026); codes
withdrawn earlier (``HRK``, ``CUC``, ``SLL``, ``ZWL``, ``VEF`` ...) are not here. The reader's
own currency table (:mod:`hindinum.lexicon.currencies`) may still name a withdrawn currency that
old texts mention; this list only limits what a caller may ask for.
"""

from __future__ import annotations

__all__ = ["ACTIVE_CODES"]

ACTIVE_CODES: frozenset[str] = frozenset({
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN",
    "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BOV",
    "BRL", "BSD", "BTN", "BWP", "BYN", "BZD",
    "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU",
    "CRC", "CUP", "CVE", "CZK",
    "DJF", "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR",
    "FJD", "FKP",
    "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD",
    "HKD", "HNL", "HTG", "HUF",
    "IDR", "ILS", "INR", "IQD", "IRR", "ISK",
    "JMD", "JOD", "JPY",
    "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
    "LAK", "LBP", "LKR", "LRD", "LSL", "LYD",
    "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MXV", "MYR", "MZN",
    "NAD", "NGN", "NIO", "NOK", "NPR", "NZD",
    "OMR",
    "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG",
    "QAR",
    "RON", "RSD", "RUB", "RWF",
    "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD",
    "SSP", "STN", "SVC", "SYP", "SZL",
    "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS",
    "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS",
    "VED", "VES", "VND", "VUV",
    "WST",
    "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR",
    "XOF", "XPD", "XPF", "XPT", "XSU", "XTS", "XUA", "XXX",
    "YER",
    "ZAR", "ZMW", "ZWG",
})
