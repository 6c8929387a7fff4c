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
    "AM_PM",
    "CLOCK",
    "CURRENCY_NAMES",
    "CURRENCY_NAMES_ONE",
    "DURATION_NAMES",
    "ERAS",
    "FRACTIONS",
    "MIXED_WORD",
    "MONTHS",
    "ORDINALS",
    "OVER_WORD",
    "PERCENT_WORD",
    "PER_WORD",
    "PREFIXES",
    "RANGE_WORD",
    "SUBUNITS",
    "UNIT_NAMES",
    "YEAR_FORMAL",
    "YEAR_FORMAL_FROM",
]

#: ISO 4217 code -> the name spoken after the number (plural, the usual form). A bare
#: dollar (``$``, ``डॉलर``) is spoken ``डॉलर`` whatever code the caller's ``dollar`` names.
#: A code not listed is spoken by its first Hindi name in the currency table (``100 BYN`` ->
#: ``एक सौ बेलारूसी रूबल``), or as its letters where it has none.
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
#: The ``+`` before a country code: ``+91 98765 43210`` -> ``प्लस नौ एक नौ आठ ...`` (NeMo).
PLUS_WORD = "प्लस"

#: ``colloquial=True``: values spoken as one fraction word (value as a decimal string).
FRACTIONS: dict[str, str] = {"1.5": "डेढ़", "2.5": "ढाई"}
#: ``colloquial=True``: the fractional part -> the word before the whole number (``3.5`` ->
#: ``साढ़े तीन``, ``2.25`` -> ``सवा दो``); ``पौने`` counts down from the next whole
#: number (``2.75`` -> ``पौने तीन``).
PREFIXES: dict[str, str] = {"0.5": "साढ़े", "0.25": "सवा", "0.75": "पौने"}


# -- the kinds of measure ---------------------------------------------------------------------

#: Unit symbol (the ``unit`` of a quantity, a key of ``lexicon.measures.UNIT_SYMBOLS``) -> the
#: name spoken for a unit written in Latin letters or signs (``5 kg`` -> ``पाँच किलोग्राम``,
#: ``40 °C`` -> ``चालीस डिग्री सेल्सियस``). NeMo's names (its ``hi/data/measure/unit.tsv``
#: and the spoken forms of its measure tests) where it has the unit; the others are the
#: usual Hindi names that ``lexicon.measures.UNITS`` reads. A unit written in Devanagari is
#: kept as written. Each name reads back as its unit, except ``पाउंड`` (lb: a bare pound is
#: sterling to ``extract()``), ``स्टोन`` (st: not read, ``21 st`` is an ordinal) and
#: ``केल्विन`` after digits alone (``7 K`` is seven thousand to ``extract()``).
UNIT_NAMES: dict[str, str] = {
    # mass
    "µg": "माइक्रोग्राम", "mg": "मिलीग्राम", "cg": "सेंटीग्राम", "dg": "डेसीग्राम",
    "g": "ग्राम", "kg": "किलोग्राम", "quintal": "क्विंटल", "t": "टन", "lb": "पाउंड",
    "oz": "आउन्स", "st": "स्टोन", "tola": "तोला", "kt": "कैरेट",
    # length
    "pm": "पिकोमीटर", "nm": "नैनोमीटर", "µm": "माइक्रोमीटर", "mm": "मिलीमीटर",
    "cm": "सेंटीमीटर", "dm": "डेसीमीटर", "m": "मीटर", "km": "किलोमीटर", "in": "इंच",
    "ft": "फीट", "yd": "यार्ड", "mi": "मील", "ly": "प्रकाश वर्ष",
    # area
    "mm²": "वर्ग मिलीमीटर", "cm²": "वर्ग सेंटीमीटर", "m²": "वर्ग मीटर",
    "km²": "वर्ग किलोमीटर", "in²": "वर्ग इंच", "ft²": "वर्ग फीट", "yd²": "वर्ग यार्ड",
    "mi²": "वर्ग मील", "µm²": "वर्ग माइक्रोमीटर", "ha": "हेक्टेयर", "acre": "एकड़",
    "bigha": "बीघा", "biswa": "बिस्वा", "kanal": "कनाल", "marla": "मरला",
    # volume
    "mL": "मिलीलीटर", "cL": "सेंटीलीटर", "dL": "डेसीलीटर", "L": "लीटर", "kL": "किलोलीटर",
    "cup": "कप", "tbsp": "बड़ा चम्मच", "tsp": "छोटा चम्मच",
    "mm³": "घन मिलीमीटर", "cm³": "घन सेंटीमीटर", "m³": "घन मीटर", "in³": "घन इंच",
    "ft³": "घन फीट", "yd³": "घन यार्ड", "gal": "गैलन", "qt": "क्वार्ट", "pt": "पिंट",
    "bbl": "बैरल",
    # flow, speed
    "ft³/s": "क्यूसेक", "m³/s": "क्यूमेक",
    "km/h": "किलोमीटर प्रति घंटा", "m/s": "मीटर प्रति सेकंड", "km/L": "किलोमीटर प्रति लीटर",
    "Nm": "न्यूटन मीटर",
    "km/s": "किलोमीटर प्रति सेकंड", "mph": "मील प्रति घंटा", "kn": "नॉट",
    # temperature
    "°C": "डिग्री सेल्सियस", "°F": "डिग्री फारेनहाइट", "K": "केल्विन", "°": "डिग्री",
    # power and energy
    "W": "वाट", "kW": "किलोवाट", "MW": "मेगावाट", "GW": "गीगावाट", "hp": "हॉर्सपॉवर",
    "Wh": "वाट घंटा", "kWh": "किलोवाट घंटा", "MWh": "मेगावाट घंटा", "GWh": "गीगावाट घंटा",
    "kcal": "किलोकैलोरी", "J": "जूल",
    # electricity, frequency, sound
    "V": "वोल्ट", "kV": "किलोवोल्ट", "A": "ऐंपीयर", "mA": "मिलीएम्पियर", "mAh": "एमएएच",
    "Hz": "हर्ट्ज़", "kHz": "किलोहर्ट्ज़", "MHz": "मेगाहर्ट्ज़", "GHz": "गीगाहर्ट्ज़",
    "dB": "डेसीबल",
    # information, data rates, resolution
    "bit": "बिट", "B": "बाइट", "KB": "किलोबाइट", "MB": "मेगाबाइट", "GB": "गीगाबाइट",
    "TB": "टेराबाइट", "PB": "पेटाबाइट", "kbps": "केबीपीएस", "Mbps": "एमबीपीएस",
    "Gbps": "जीबीपीएस", "Mbit": "मेगाबिट", "Gbit": "गीगाबिट", "MBps": "मेगाबाइट प्रति सेकंड",
    "GBps": "गीगाबाइट प्रति सेकंड", "MP": "मेगापिक्सल",
}

#: Unit of time (``s min h d wk mo yr``) -> (the name after one, after any other number),
#: for a unit of time written in Latin letters (``3 yr`` -> ``तीन साल``, ``1 hr`` -> ``एक
#: घंटा``, ``2 hrs`` -> ``दो घंटे``). A unit of time written in Devanagari is kept.
DURATION_NAMES: dict[str, tuple[str, str]] = {
    "s": ("सेकंड", "सेकंड"), "min": ("मिनट", "मिनट"), "h": ("घंटा", "घंटे"),
    "d": ("दिन", "दिन"), "wk": ("हफ़्ता", "हफ़्ते"), "mo": ("महीना", "महीने"),
    "yr": ("साल", "साल"),
}
#: NeMo's formal year: ``yr`` after a whole number from :data:`YEAR_FORMAL_FROM` up or after
#: a decimal is ``वर्ष`` (``1000 yr`` -> ``एक हज़ार वर्ष``, ``16.07 yr`` -> ``सोलह दशमलव शून्य
#: सात वर्ष``); after a smaller whole number or a colloquial fraction it is ``साल`` (``५ yr``
#: -> ``पाँच साल``, ``1.5 yr`` -> ``डेढ़ साल``).
YEAR_FORMAL = "वर्ष"
YEAR_FORMAL_FROM = 1000

#: The word said for a rate's ``/`` and Latin ``per`` (``Rs.500/kg`` -> ``पाँच सौ रुपये प्रति
#: किलोग्राम``), as NeMo and CLDR (``{0} प्रति {1}``) say it.
PER_WORD = "प्रति"

#: Month number -> its spoken name (NeMo's ``hi/data/date/months.tsv`` spellings).
MONTHS: dict[int, str] = {
    1: "जनवरी", 2: "फ़रवरी", 3: "मार्च", 4: "अप्रैल", 5: "मई", 6: "जून", 7: "जुलाई",
    8: "अगस्त", 9: "सितंबर", 10: "अक्टूबर", 11: "नवंबर", 12: "दिसंबर",
}

#: An era written abbreviated or in Latin letters -> the words said (NeMo: ``१२० ई. पू.`` ->
#: ``एक सौ बीस ईसा पूर्व``). Written forms are looked up folded; an era written out
#: (``ईसा पूर्व``, ``ईस्वी``) is kept as written.
ERAS: dict[str, str] = {
    "ई.": "ईस्वी", "ई": "ईस्वी", "ई. सन्": "ईस्वी सन्", "AD": "ईस्वी", "A.D.": "ईस्वी",
    "CE": "ईस्वी", "ई.पू.": "ईसा पूर्व", "ई. पू.": "ईसा पूर्व", "BC": "ईसा पूर्व",
    "B.C.": "ईसा पूर्व", "BCE": "ईसा पूर्व",
}

#: The words of a clock time, as NeMo says them: the hour alone (``8:00`` -> ``आठ बजे``),
#: the hour before minutes (``7:21`` -> ``सात बजकर इक्कीस मिनट``), minutes, seconds.
CLOCK: dict[str, str] = {"hour": "बजे", "past": "बजकर", "minute": "मिनट", "second": "सेकंड"}

#: am/pm written in Latin letters -> the words said (``5 PM`` -> ``पाँच पीएम``); both read
#: back as am/pm (``lexicon.measures.AM_PM``).
AM_PM: dict[str, str] = {"am": "एएम", "pm": "पीएम"}
