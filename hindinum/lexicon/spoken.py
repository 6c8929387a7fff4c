"""The words :func:`hindinum.verbalize` writes: amounts as Hindi speaks them.

Sources: the spoken forms of NVIDIA NeMo's Hindi text normalization (its test cases under
``tests/nemo_text_processing/hi/data_text_normalization``: currency and subunit names,
ordinals, ``बटा``, ``दशमलव``), the Hindi Wikipedia articles of the currencies for their
names, and ordinary Hindi grammar for the colloquial fractions (डेढ़, ढाई, साढ़े, सवा, पौने:
the same words :mod:`hindinum.lexicon.numbers` reads). Every name here is one that
``extract()`` reads back as the same currency; the subunit names marked below are not read by
``extract()`` yet (``docs/verbalize.md`` lists them).
"""

from __future__ import annotations

__all__ = [
    "CURRENCY_NAMES",
    "CURRENCY_NAMES_ONE",
    "FRACTIONS",
    "MIXED_WORD",
    "ORDINALS",
    "OVER_WORD",
    "PERCENT_WORD",
    "PREFIXES",
    "RANGE_WORD",
    "SUBUNITS",
]

#: ISO 4217 code -> the name spoken after the number (plural, the usual form). A bare
#: dollar (``$``, ``डॉलर``) is spoken ``डॉलर`` whatever code the caller's ``dollar`` names.
#: Codes not listed are spoken as their ISO letters (``100 CHF`` -> ``सौ CHF``).
CURRENCY_NAMES: dict[str, str] = {
    "INR": "रुपये",
    "USD": "डॉलर",
    "EUR": "यूरो",
    "GBP": "पाउंड",
    "JPY": "येन",
    "CNY": "युआन",
    "AED": "दिरहम",
    "SAR": "रियाल",
    "KRW": "वॉन",
    "TRY": "लीरा",
    "BDT": "टका",
    "NGN": "नाइरा",
    "RUB": "रूबल",
    "THB": "बाट",
    "ZAR": "रैंड",
    "ILS": "शेकेल",
    "VND": "डोंग",
    "MYR": "रिंगिट",
    "CAD": "कनाडाई डॉलर",
    "AUD": "ऑस्ट्रेलियाई डॉलर",
    "SGD": "सिंगापुर डॉलर",
    "HKD": "हांगकांग डॉलर",
    "NZD": "न्यूज़ीलैंड डॉलर",
    "PKR": "पाकिस्तानी रुपये",
    "NPR": "नेपाली रुपये",
    "LKR": "श्रीलंकाई रुपये",
    "CHF": "स्विस फ्रैंक",
}

#: The singular where Hindi has one: ``एक रुपया``.
CURRENCY_NAMES_ONE: dict[str, str] = {"INR": "रुपया"}

#: ISO 4217 code -> (the subunit's spoken name, subunits per unit), for money written with
#: decimals (``₹123.57`` -> ``... रुपये सत्तावन पैसे``). NeMo's names; ``extract()`` reads
#: पैसे (INR), सेंट (dollars, EUR), पेंस (GBP) and फेन (CNY) back, not yet सेन (JPY),
#: जिओन (KRW), कुरस (TRY), कोबो (NGN), and it reads पैसे after टका as rupee paise.
SUBUNITS: dict[str, tuple[str, int]] = {
    "INR": ("पैसे", 100),
    "USD": ("सेंट", 100),
    "EUR": ("सेंट", 100),
    "CAD": ("सेंट", 100),
    "AUD": ("सेंट", 100),
    "SGD": ("सेंट", 100),
    "HKD": ("सेंट", 100),
    "NZD": ("सेंट", 100),
    "GBP": ("पेंस", 100),
    "CNY": ("फेन", 100),
    "JPY": ("सेन", 100),
    "KRW": ("जिओन", 100),
    "TRY": ("कुरस", 100),
    "BDT": ("पैसे", 100),
    "NGN": ("कोबो", 100),
}

#: Ordinals that are no number word with ``वां``: value -> (masculine, feminine,
#: oblique/plural), as NeMo and every grammar write them.
ORDINALS: dict[int, tuple[str, str, str]] = {
    1: ("पहला", "पहली", "पहले"),
    2: ("दूसरा", "दूसरी", "दूसरे"),
    3: ("तीसरा", "तीसरी", "तीसरे"),
    4: ("चौथा", "चौथी", "चौथे"),
    6: ("छठा", "छठी", "छठे"),
}

#: The word between the two ends of a range (``₹10-12 लाख`` -> ``दस से बारह लाख रुपये``).
RANGE_WORD = "से"
#: The word for ``%``.
PERCENT_WORD = "प्रतिशत"
#: ``3/4`` -> ``तीन बटा चार``.
OVER_WORD = "बटा"
#: ``2 2/7`` -> ``दो और दो बटा सात`` (NeMo's word between a whole and its fraction).
MIXED_WORD = "और"

#: ``colloquial=True``: values spoken as one fraction word (value as a decimal string).
FRACTIONS: dict[str, str] = {"1.5": "डेढ़", "2.5": "ढाई"}
#: ``colloquial=True``: the fractional part -> the word before the whole number (``3.5`` ->
#: ``साढ़े तीन``, ``2.25`` -> ``सवा दो``); ``पौने`` counts down from the next whole
#: number (``2.75`` -> ``पौने तीन``).
PREFIXES: dict[str, str] = {"0.5": "साढ़े", "0.25": "सवा", "0.75": "पौने"}
