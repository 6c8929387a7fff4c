"""Hindi number words 0-99, scales, colloquial fractions, ordinals and other number vocabulary.

Sources: standard Hindi grammar and dictionaries (the 0-99 forms as taught in schools and used
by Hindi newspapers), cross-checked against the spellings that occur in public Hindi test
suites (Recognizers-Text, NeMo, Duckling, number-parser, indic-punct) and in news text.
Every spelling is listed as written; look-ups fold nukta, chandrabindu and ZWJ/ZWNJ
(see :func:`hindinum.text.fold`), so ``पाँच``/``पांच`` or ``हज़ार``/``हजार`` need no second entry.

The spellings in :data:`VARIANTS` come from these lists (each spelling from at least one):

- CLDR's Hindi spell-out rules (``unicode-rbnf``; ``tests/test_lexicon.py`` reads all of them);
- the Central Hindi Directorate's standard forms of 1-100 (केंद्रीय हिंदी निदेशालय, 1980:
  ``सताईस``, ``तैतालिस``, ``सैंतालिस``); Kamta Prasad Guru, *हिंदी व्याकरण* (``नव्वे``,
  ``निन्नानवे``); the Nagari Pracharini Patrika's numeral table (``सतासी``, ``अठासी``,
  ``पछत्तर``, ``नव्वे``, ``इकानवे``, ``इकासी``);
- Wikipedia's "Hindustani numerals" table (``इकावन``, ``इकासी``, ``नव्वासी``, ``नव्वे``,
  ``इकानवे``, ``बयानवे``) and Wikibooks' Hindi/Numbers (``उन्निस``, ``अट्ठारह``);
- Microsoft Recognizers-Text, ``Patterns/Hindi/Hindi-Numbers.yaml`` (``सतासी``, ``अठासी``,
  ``इक्याबन``, ``चौबन``, ``छ्त्तीस``, ``चौंतालीस``, ``पचानवे``);
- facebook/duckling, ``Duckling/Numeral/HI/Rules.hs`` (``छे``, ``सतासी``, ``पचानवे``);
- NVIDIA NeMo-text-processing, ``hi/data/numbers/teens_and_ties.tsv`` of both the TN and the ITN
  grammars (the -नबे/-नवे pairs, ``तिरपन``, ``तिरसठ``, ``उन्यासी``, ``निन्यान्बे``) and
  ``digit.tsv`` (``छः``, ``छे``);
- scrapinghub/number-parser, ``number_parser/data/hi.py`` (``पन्द्रह``, ``तिरेसठ``, -नबे);
- Open-Speech-EkStep/indic-punct, ``hi/data/numbers/tens.tsv`` (``आट्ठारह``, ``उन्निस``,
  ``एकतालीस``, ``उन्चास``, ``इक्याबन``, ``छीहत्तर``, ``सतत्तर``, ``अठासी``, ``इकानब्बे``,
  ``सतानवे``);
- number tables in public Hindi ASR and TTS code, which write what speakers and typists write
  (``छयासठ``, ``छयासी``, ``छयालीस``, ``पचीस``, ``पच्चिस``, ``छब्बिस``, ``इक्किस``,
  ``चौबिस``, ``बतीस``, ``छतीस``, ``चालिस``, ``गयारह``, ``पेंसठ``, the -हतर forms of 69-78,
  ``उन्नासी``, ``अस्सि``, ``एक्यासी``, ``ब्यासी``, ``नव्वासी``, ``नब्बें``, ``अठ्ठासी``,
  ``अठ्ठानवे``, ``चोदह``, ``सत्त्रह``, ``तिरतालिस``, ``सैतालिस``, ``इक्क्यावन``, ``तिरहत्तर``,
  ``उन्हासी``, ``पिचासी``, ``पिच्यानवे``, ``एकानबे``).

Left out on purpose, because they are ordinary words (or other languages' numbers) more often
than misspelt numbers; :data:`NOT_NUMBER_SPELLINGS` lists them with the reason, and a test
checks that none of them is read: ``तेरा`` (13; "your"), ``सतर`` (70; "line"), ``बहतर`` (72;
a common misspelling of बेहतर, "better"), ``बारा`` (12; a place name), ``सोला``, ``चौदा``,
``पंद्रा``, ``अठारा`` (12-18 without the final ह: Marathi's numbers or close to them, and seen
only in one speech-recogniser table), ``पाच`` (5; Marathi), ``नव`` (9 in compounds; "new"),
``साट``/``बासट`` (60, 62: speech-recogniser noise, not writing).
"""

from __future__ import annotations

#: The canonical spelling of every number 0-99, index = value. ``to_words`` writes these.
CANONICAL: tuple[str, ...] = (
    "शून्य", "एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ",
    "दस", "ग्यारह", "बारह", "तेरह", "चौदह", "पंद्रह", "सोलह", "सत्रह", "अठारह", "उन्नीस",
    "बीस", "इक्कीस", "बाईस", "तेईस", "चौबीस", "पच्चीस", "छब्बीस", "सत्ताईस", "अट्ठाईस", "उनतीस",
    "तीस", "इकतीस", "बत्तीस", "तैंतीस", "चौंतीस", "पैंतीस", "छत्तीस", "सैंतीस", "अड़तीस", "उनतालीस",
    "चालीस", "इकतालीस", "बयालीस", "तैंतालीस", "चौवालीस", "पैंतालीस", "छियालीस", "सैंतालीस",
    "अड़तालीस", "उनचास",
    "पचास", "इक्यावन", "बावन", "तिरेपन", "चौवन", "पचपन", "छप्पन", "सत्तावन", "अट्ठावन", "उनसठ",
    "साठ", "इकसठ", "बासठ", "तिरसठ", "चौंसठ", "पैंसठ", "छियासठ", "सड़सठ", "अड़सठ", "उनहत्तर",
    "सत्तर", "इकहत्तर", "बहत्तर", "तिहत्तर", "चौहत्तर", "पचहत्तर", "छिहत्तर", "सतहत्तर", "अठहत्तर",
    "उनासी",
    "अस्सी", "इक्यासी", "बयासी", "तिरासी", "चौरासी", "पचासी", "छियासी", "सत्तासी", "अट्ठासी",
    "नवासी",
    "नब्बे", "इक्यानवे", "बानवे", "तिरानवे", "चौरानवे", "पंचानवे", "छियानवे", "सत्तानवे",
    "अट्ठानवे", "निन्यानवे",
)

#: Other spellings in use, value by value. Common misspellings seen in real text are included
#: (``उन्निस``, ``पिछत्तर``, ``पैंतालिस``): a reader should read what people write.
VARIANTS: dict[int, tuple[str, ...]] = {
    0: ("सिफ़र", "सिफर", "ज़ीरो"),
    5: ("पांच",),
    6: ("छः", "छै", "छे", "छ"),
    9: ("नो",),
    11: ("ग्यारा", "गयारह"),
    14: ("चोदह",),
    15: ("पन्द्रह", "पंदरह"),
    17: ("सत्तरह", "सत्त्रह"),
    18: ("अट्ठारह", "अठ्ठारह", "अठाराह", "आट्ठारह", "अठाहर"),  # अठाहर: NeMo's test spelling
    19: ("उन्निस", "उन्नीस", "उनीस"),
    21: ("इक्किस",),
    22: ("बाइस",),
    23: ("तेइस",),
    24: ("चौबिस",),
    25: ("पचीस", "पच्चिस"),
    26: ("छब्बिस",),
    27: ("सत्ताइस", "सताईस"),
    28: ("अट्ठाइस", "अठ्ठाईस", "अठाईस", "अठ्ठाइस"),
    29: ("उन्तीस", "उनत्तीस"),
    31: ("इकत्तीस", "इकतिस"),
    32: ("बतीस",),
    33: ("तेंतीस", "तैतीस", "तेतीस"),
    34: ("चौतीस", "चौंतिस"),
    35: ("पैतीस", "पेंतीस"),
    36: ("छतीस", "छ्त्तीस"),
    37: ("सैतीस", "सेंतीस"),
    38: ("अड़त्तीस", "अडतीस"),
    39: ("उनचालीस", "उन्तालीस", "उंतालीस"),
    40: ("चालिस",),
    41: ("इक्तालीस", "एकतालीस"),
    42: ("बियालीस", "बायलीस", "बयालिस"),
    43: ("तेंतालीस", "तैतालीस", "तैतालिस", "तिरतालिस"),
    44: ("चवालीस", "चौंवालीस", "चौंतालीस"),
    45: ("पैंतालिस", "पैतालीस", "पेंतालीस"),
    46: ("छियालिस", "छयालीस"),
    47: ("सैतालीस", "सेंतालीस", "सैंतालिस", "सैतालिस"),
    48: ("अड़तालिस",),
    49: ("उनपचास", "उन्चास"),
    51: ("इक्यावन्न", "इकावन", "इक्याबन", "इक्क्यावन"),
    53: ("तिरपन", "तिरेपन्न"),
    54: ("चव्वन", "चौवन्न", "चौबन"),
    56: ("छपन",),
    57: ("सतावन",),
    58: ("अठावन", "अठ्ठावन"),
    61: ("एकसठ",),
    63: ("तिरेसठ", "त्रेसठ"),
    64: ("चौसठ",),
    65: ("पैसठ", "पेंसठ"),
    66: ("छयासठ",),
    67: ("सरसठ", "सड़सठ"),
    68: ("अरसठ",),
    69: ("उनहतर",),
    71: ("इकहतर",),
    73: ("तिहतर", "तिरहत्तर"),
    74: ("चौहतर",),
    75: ("पिचहत्तर", "पिछत्तर", "पचत्तर", "पचहतर", "पछत्तर"),
    76: ("छियत्तर", "छिहतर", "छीहत्तर"),
    77: ("सतहतर", "सतत्तर"),
    78: ("अठत्तर", "अठहतर"),
    79: ("उन्यासी", "उनासि", "उनयासी", "उन्नासी", "उन्हासी"),
    80: ("अस्सि",),
    81: ("इकासी", "एक्यासी"),
    82: ("ब्यासी",),
    83: ("तिरयासी",),
    85: ("पिचासी",),
    86: ("छयासी",),
    87: ("सतासी",),
    88: ("अठासी", "अठ्ठासी"),
    89: ("नवासि", "नव्वासी"),
    90: ("नव्वे", "नब्बें"),
    91: ("इक्यानबे", "इकानवे", "इकानब्बे", "एकानबे"),
    92: ("बानबे", "बयानवे"),
    93: ("तिरानबे", "तिरान्नवे"),
    94: ("चौरानबे",),
    95: ("पंचानबे", "पिच्चानवे", "पिचानवे", "पचानवे", "पिच्यानवे"),
    96: ("छियानबे",),
    97: ("सत्तानबे", "सतानवे"),
    98: ("अट्ठानबे", "अठानवे", "अठ्ठानवे"),
    99: ("निन्यानबे", "निनानवे", "निन्यान्बे", "निन्नानवे"),
}

#: Spellings deliberately not read as numbers (see the module docstring), with the reason. The
#: reader never consults this table; ``tests/test_lexicon.py`` checks that none of them is read.
NOT_NUMBER_SPELLINGS: dict[str, str] = {
    "तेरा": "13 in speech-recogniser tables; the possessive 'your'",
    "सतर": "70 misspelt; 'line, row' (Urdu satr)",
    "बहतर": "72 misspelt; far more often बेहतर ('better') misspelt",
    "बारा": "12 without ह; a place name (Bara), and Marathi 12",
    "सोला": "16 without ह; Marathi 16",
    "चौदा": "14 without ह; Marathi 14",
    "पंद्रा": "15 without ह; seen only in a speech-recogniser table, beside the Marathi-like forms",
    "अठारा": "18 without ह; seen only in a speech-recogniser table (Marathi writes अठरा)",
    "पाच": "5 without the nasal; Marathi 5",
    "नव": "9 in compounds (नवासी); the adjective 'new' (नव वर्ष)",
    "साट": "60 in a speech-recogniser table; not a written spelling",
    "बासट": "62 in a speech-recogniser table; not a written spelling",
}


#: Scale words and their powers of ten. ``SCALE_WORDS`` also lists the spellings.
SCALES: dict[str, int] = {
    "सौ": 2,
    "हज़ार": 3,
    "लाख": 5,
    "करोड़": 7,
    "अरब": 9,
    "खरब": 11,
    "नील": 13,
    "पद्म": 15,
    "शंख": 17,
    "मिलियन": 6,
    "बिलियन": 9,
    "ट्रिलियन": 12,
}

#: Spellings of each scale (Devanagari and Latin/Hinglish) -> canonical scale word.
SCALE_WORDS: dict[str, str] = {
    "सौ": "सौ", "सैकड़ा": "सौ", "हंड्रेड": "सौ", "hundred": "सौ",
    "हज़ार": "हज़ार", "हजार": "हज़ार", "थाउजेंड": "हज़ार", "thousand": "हज़ार",
    "k": "हज़ार",
    "लाख": "लाख", "लाखं": "लाख", "lakh": "लाख", "lakhs": "लाख", "lac": "लाख", "lacs": "लाख",
    "लख": "लाख",  # a slip of the keyboard (2 लख रुपये)
    "करोड़": "करोड़", "करोड": "करोड़", "क्रोड़": "करोड़", "crore": "करोड़",
    "crores": "करोड़", "cr": "करोड़", "crs": "करोड़",
    "अरब": "अरब", "arab": "अरब",
    "खरब": "खरब", "kharab": "खरब",
    "नील": "नील", "पद्म": "पद्म", "शंख": "शंख",
    "मिलियन": "मिलियन", "million": "मिलियन", "mn": "मिलियन", "mln": "मिलियन",
    "बिलियन": "बिलियन", "billion": "बिलियन", "bn": "बिलियन",
    "ट्रिलियन": "ट्रिलियन", "trillion": "ट्रिलियन", "tn": "ट्रिलियन",
}

#: Scales that may stand alone for their value (``हज़ार रुपये`` = 1000). The larger Indian
#: scales are ordinary words too (अरब = Arab, नील = indigo, शंख = conch), so they need a number.
BARE_SCALES: frozenset[str] = frozenset({"सौ", "हज़ार", "लाख", "करोड़"})

#: The old Indian scales above खरब are read after number words only (``पाँच नील``): after
#: digits they are nearly always names (``3 पद्म विभूषण``, ``5 शंख बजाए``, ``2 नील गाय``).
WORDS_ONLY_SCALES: frozenset[str] = frozenset({"नील", "पद्म", "शंख"})

#: Words after which a scale word is an ordinary word (``22 अरब देशों`` = 22 Arab countries).
SCALE_NOT_BEFORE: dict[str, tuple[str, ...]] = {
    "अरब": ("देश", "देशों", "देशो", "राष्ट्र", "राष्ट्रों", "लीग", "सागर", "जगत", "दुनिया", "मुल्क",
            "मुल्कों", "अमीरात", "सेना", "सेनाओं", "वसंत", "स्प्रिंग", "नागरिक", "नागरिकों", "लोग",
            "लोगों", "व्यापारी", "व्यापारियों", "शेख", "शेखों", "मूल", "जगत", "क्षेत्र"),
    "नील": ("गाय", "गायों", "नदी", "कमल", "रंग", "आसमान", "गगन"),
    "पद्म": ("श्री", "भूषण", "विभूषण", "पुरस्कार", "पुरस्कारों", "सम्मान"),
    "शंख": ("बजाए", "बजा", "बजाया", "ध्वनि", "नाद", "बजाने"),
}

#: Colloquial fractions that are numbers by themselves (and multiply a following scale:
#: ``डेढ़ सौ`` = 150, ``ढाई लाख`` = 250000).
FRACTION_WORDS: dict[str, str] = {
    "आधा": "0.5", "आधी": "0.5", "आधे": "0.5",
    "पाव": "0.25",
    "पौन": "0.75", "पौना": "0.75",
    "डेढ़": "1.5", "डेढ": "1.5", "ड्योढ़": "1.5",
    "ढाई": "2.5", "अढ़ाई": "2.5", "अढाई": "2.5",
}

#: Prefixes that adjust the number that follows: साढ़े X = X + 1/2, सवा X = X + 1/4,
#: पौने X = X - 1/4. Alone, सवा means 1¼ (``सवा किलो``).
FRACTION_PREFIXES: dict[str, str] = {
    "साढ़े": "0.5", "साढे": "0.5", "साड़े": "0.5",
    "सवा": "0.25", "सावा": "0.25",
    "पौने": "-0.25", "पोने": "-0.25",
}

#: Parts that divide the number before them: ``तीन चौथाई`` = 3/4, ``एक तिहाई`` = 1/3.
PART_WORDS: dict[str, int] = {"चौथाई": 4, "तिहाई": 3}

#: Words for the decimal point (``नौ दशमलव दो`` = 9.2).
POINT_WORDS: frozenset[str] = frozenset({"दशमलव", "पॉइंट", "पॉइन्ट", "प्वाइंट", "point"})

#: ``X बटा Y`` = X / Y; ``A सही X बटा Y`` = A + X / Y.
OVER_WORDS: frozenset[str] = frozenset({"बटा", "बटे"})
MIXED_WORDS: frozenset[str] = frozenset({"सही"})

#: ``और`` joins the parts of one number (``दो सौ दस खरब और तीन सौ``, ``तीन सौ और दो दर्जन``).
AND_WORDS: frozenset[str] = frozenset({"और", "एवं", "व"})

#: Words that make the number negative.
MINUS_WORDS: frozenset[str] = frozenset({"माइनस", "ऋणात्मक", "नकारात्मक", "निगेटिव", "minus"})

#: ``दर्जन`` multiplies by twelve (``आधा दर्जन`` = 6).
DOZEN_WORDS: frozenset[str] = frozenset({"दर्जन", "डज़न", "dozen"})

#: Words of "so many times as much", each a number by itself, as ``तीन गुना`` is three (``उसका
#: दुगना वापस मिलेगा`` is 2, ``तिगुनी कमाई`` 3): read alone, never with another number word,
#: and written as they are by normalize. Not चौगुना, which news has mostly in the idiom
#: ``दिन दूनी रात चौगुनी`` (growing fast), nor दूना, a word of the times tables (``दो दूना चार``).
MULTIPLE_WORDS: dict[str, int] = {
    "दुगना": 2, "दुगनी": 2, "दुगने": 2, "दोगुना": 2, "दोगुनी": 2, "दोगुने": 2, "दुगुना": 2,
    "दुगुनी": 2, "दुगुने": 2, "तिगुना": 3, "तिगुनी": 3, "तिगुने": 3,
}

#: Irregular ordinals and the Sanskrit series, with their values.
ORDINAL_WORDS: dict[str, int] = {
    "पहला": 1, "पहली": 1, "पहले": 1, "प्रथम": 1,
    "दूसरा": 2, "दूसरी": 2, "दूसरे": 2, "द्वितीय": 2,
    "तीसरा": 3, "तीसरी": 3, "तीसरे": 3, "तृतीय": 3,
    "चौथा": 4, "चौथी": 4, "चौथे": 4, "चतुर्थ": 4,
    "छठा": 6, "छठी": 6, "छठे": 6, "छठवां": 6, "छठवीं": 6, "छठवें": 6, "षष्ठ": 6,
    "पंचम": 5, "सप्तम": 7, "अष्टम": 8, "नवम": 9, "दशम": 10,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "फ़र्स्ट": 1, "सेकंड": 2, "सेकेंड": 2, "थर्ड": 3, "फ़ोर्थ": 4, "फिफ्थ": 5, "फ़िफ़्थ": 5,
    "सिक्स्थ": 6, "सेवंथ": 7, "सेवेन्थ": 7, "एटथ": 8, "नाइंथ": 9, "नाइन्थ": 9, "टेन्थ": 10,
    "इलेवेन्थ": 11, "ट्वेल्थ": 12,
}

#: Ordinal words that may close an English tens word (``thirty third`` = 33).
ENGLISH_ORDINAL_UNITS: frozenset[str] = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "फ़र्स्ट", "सेकंड", "सेकेंड", "थर्ड", "फ़ोर्थ", "फिफ्थ", "फ़िफ़्थ", "सिक्स्थ", "सेवंथ",
     "सेवेन्थ", "एटथ", "नाइंथ", "नाइन्थ"}
)

#: Endings that make an ordinal of a number word (``पाँचवाँ``, ``इक्कीसवीं``, ``सौवें``).
ORDINAL_SUFFIXES: tuple[str, ...] = ("वाँ", "वां", "वीं", "वीँ", "वें", "वेँ", "वा", "वी", "वे")

#: Endings written after digits (``21वीं``, ``2रा``, ``4था``, ``1st``).
DIGIT_ORDINAL_SUFFIXES: frozenset[str] = frozenset(
    {
        "वाँ", "वां", "वीं", "वें", "वा", "वी", "वे",
        "ला", "ली", "ले", "रा", "री", "रे", "था", "थी", "थे", "ठा", "ठी", "ठे",
        "st", "nd", "rd", "th",
    }
)

#: Endings that make digits an ordinal even after a space, as typists leave them (``41 वें``,
#: ``11 वीं``, ``18 वी``); ला, ले, था, थे ... are words of their own and stay out.
SPACED_ORDINAL_SUFFIXES: frozenset[str] = frozenset({"वाँ", "वां", "वीं", "वें", "वी"})

#: Words after a number that make it a percentage (with प्रतिषत and प्रतिष्त, as text converted
#: from the Kruti Dev font writes श: ``100 प्रतिष्त``, beside ``षनिवार``, ``राषि``).
PERCENT_WORDS: frozenset[str] = frozenset(
    {"प्रतिशत", "फीसदी", "फ़ीसदी", "फीसद", "फ़ीसद", "परसेंट", "पर्सेंट", "परसेन्ट", "percent", "pct",
     "प्रतिषत", "प्रतिष्त"}
)

#: Set phrases of a percentage with no number word of their own: शत (a hundred, in Sanskrit)
#: is a number only here, so that शत शत नमन stays words.
PERCENT_IDIOMS: dict[str, str] = {
    "शत प्रतिशत": "100", "शत-प्रतिशत": "100", "शतप्रतिशत": "100", "शत फीसदी": "100",
    "शत-प्रतिषत": "100", "शत प्रतिषत": "100",
}

#: English number words as they appear in Hinglish text, in Latin and Devanagari script.
ENGLISH_UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
    "वन": 1, "टू": 2, "थ्री": 3, "फ़ोर": 4, "फ़ाइव": 5, "फाइव": 5, "सिक्स": 6, "सेवन": 7,
    "एट": 8, "नाइन": 9, "टेन": 10, "इलेवन": 11, "ट्वेल्व": 12, "सेवेनटीन": 17,
    "ट्वेंटी": 20, "थर्टी": 30, "फ़ोर्टी": 40, "फ़िफ़्टी": 50, "फिफ्टी": 50,
}

#: English number words that are Hindi words when alone (वन = forest, टू = to, एट = at): read
#: only beside another English number word (``वन टू थ्री``).
SHY_ENGLISH: frozenset[str] = frozenset({"वन", "टू", "एट", "टेन", "सिक्स"})
#: Of those, the ones read before a unit too (``सिक्स वीक्स``); वन is not (``वन दिवस``,
#: forest day).
SHY_BEFORE_UNITS: frozenset[str] = frozenset({"टू", "टेन", "सिक्स"})

#: Latin abbreviations of scales read only after digits (``5k``, ``2 cr``, ``3 lacs``).
#: ``L`` for lakh (``₹5L``, ``Rs 3.5L``) is left out on purpose: after bare digits it is as
#: often litres (``5L पानी``, ``1.5L की बोतल``); inside money it is read from
#: ``currencies.MONEY_SCALES``.
DIGITS_ONLY_SCALES: frozenset[str] = frozenset(
    {"k", "cr", "crs", "mn", "mln", "bn", "tn", "lac", "lacs"}
)

#: सवा alone is 1¼ (``सवा किलो``).
PREFIXES_ALONE: frozenset[str] = frozenset({"सवा"})

# -- writing numbers back (to_words, normalize) -----------------------------------------------

#: The Indian scales ``to_words`` names, largest first: (power of ten, word).
WORD_SCALES: tuple[tuple[int, str], ...] = (
    (17, "शंख"), (15, "पद्म"), (13, "नील"), (11, "खरब"), (9, "अरब"), (7, "करोड़"), (5, "लाख"),
    (3, "हज़ार"),
)
HUNDRED_WORD = "सौ"
MINUS_WORD = "माइनस"
POINT_WORD = "दशमलव"
#: ``to_words(scales="crore")`` counts करोड़s: एक लाख पचास हज़ार करोड़.
CRORE_WORD = "करोड़"

#: The endings ``normalize`` writes after the digits of an ordinal, masculine / feminine /
#: oblique (पहला, पहली, पहले -> 1ला, 1ली, 1ले), where a value has irregular ones.
ORDINAL_ENDINGS: dict[int, tuple[str, str, str]] = {
    1: ("ला", "ली", "ले"), 2: ("रा", "री", "रे"), 3: ("रा", "री", "रे"), 4: ("था", "थी", "थे"),
    6: ("ठा", "ठी", "ठे"),
}
REGULAR_ORDINAL_ENDINGS: tuple[str, str, str] = ("वां", "वीं", "वें")
#: Written endings that are already the regular series (छठवां keeps वां).
REGULAR_ORDINAL_WRITTEN: tuple[str, ...] = ("वां", "वाँ", "वीं", "वें", "वा", "वी", "वे")
#: Final vowel signs of the feminine (ी, ि) and oblique (े, ै) forms, and the nasal marks that
#: may follow them.
FEMININE_MARKS: tuple[str, ...] = ("ी", "ि")
OBLIQUE_MARKS: tuple[str, ...] = ("े", "ै")
NASAL_MARKS: tuple[str, ...] = ("ं", "ँ")
