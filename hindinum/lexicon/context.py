"""Words around a number that change how it is read: qualifiers, range words, date and year
cues, and the contexts in which an ambiguous word is not a number.

Sources: Hindi grammar and usage in news text; the qualifier and range phrasing of the
Recognizers-Text Hindi number-range model (facts only).
"""

from __future__ import annotations

#: Qualifiers written before an amount.
APPROX_BEFORE: dict[tuple[str, ...], str] = {
    ("करीब",): "about", ("क़रीब",): "about", ("करीबन",): "about", ("लगभग",): "about",
    ("तकरीबन",): "about", ("तक़रीबन",): "about", ("अनुमानित",): "about", ("कोई",): "about",
    ("क़रीबन",): "about",
    ("approximately",): "about",
    ("around",): "about", ("about",): "about", ("approx",): "about",
    ("कम", "से", "कम"): "at_least", ("न्यूनतम",): "at_least", ("at", "least"): "at_least",
    ("अधिकतम",): "up_to", ("ज़्यादा", "से", "ज़्यादा"): "up_to", ("ज्यादा", "से", "ज्यादा"): "up_to",
    ("अधिक", "से", "अधिक"): "up_to", ("up", "to"): "up_to", ("upto",): "up_to",
    ("max",): "up_to", ("max", "."): "up_to", ("maximum",): "up_to",
    ("min",): "at_least", ("min", "."): "at_least", ("minimum",): "at_least",
    ("over",): "more_than", ("more", "than"): "more_than", ("less", "than"): "less_than",
}

#: Qualifiers written after an amount.
APPROX_AFTER: dict[tuple[str, ...], str] = {
    ("से", "अधिक"): "more_than", ("से", "ज़्यादा"): "more_than", ("से", "ज्यादा"): "more_than",
    ("से", "ऊपर"): "more_than", ("से", "बड़ी"): "more_than", ("से", "बड़ा"): "more_than",
    ("से", "बड़े"): "more_than", ("से", "ज़ियादा"): "more_than", ("के", "पार"): "more_than",
    ("से", "कम"): "less_than", ("से", "नीचे"): "less_than", ("से", "छोटी"): "less_than",
    ("से", "छोटा"): "less_than", ("से", "छोटे"): "less_than", ("के", "नीचे"): "less_than",
    ("तक",): "up_to", ("या", "उससे", "कम"): "up_to", ("या", "कम"): "up_to",
    ("या", "उससे", "ज़्यादा"): "at_least", ("या", "उससे", "अधिक"): "at_least",
    ("या", "ज़्यादा"): "at_least", ("या", "अधिक"): "at_least", ("और", "ज़्यादा"): "at_least",
    ("या", "उससे", "ज्यादा"): "at_least", ("या", "ज्यादा"): "at_least",
    ("और", "ज्यादा"): "at_least", ("और", "अधिक"): "at_least",
    ("के", "करीब"): "about", ("के", "क़रीब"): "about", ("के", "आसपास"): "about",
    ("के", "आस-पास"): "about", ("के", "लगभग"): "about",
    # "even more/less than" (``2.5 करोड़ से भी ज्यादा यात्री``)
    ("से", "भी", "अधिक"): "more_than", ("से", "भी", "ज्यादा"): "more_than",
    ("से", "भी", "ज़्यादा"): "more_than", ("से", "भी", "कम"): "less_than",
}

#: Words that join the two ends of a range (``5 से 7 करोड़``, ``10-12 लाख``).
RANGE_WORDS: frozenset[str] = frozenset({"से", "to", "टू"})
#: The dashes, and the hyphens U+2010 and U+2011 (the non-breaking one that word processors put in
#: ``12‑14 अगस्त``).
RANGE_SYMBOLS: frozenset[str] = frozenset({"-", "–", "—", "~", "‒", "―", "\u2010", "\u2011"})

#: Month names (Hindi and English, full and short): a number next to one is a date part.
MONTHS: frozenset[str] = frozenset(
    {
        "जनवरी", "फरवरी", "फ़रवरी", "मार्च", "अप्रैल", "अप्रेल", "मई", "जून", "जुलाई", "अगस्त",
        "सितंबर", "सितम्बर", "सिंतबर", "अक्टूबर", "अक्तूबर", "नवंबर", "नवम्बर", "नंवबर", "दिसंबर", "दिसम्बर",
        "जन", "फ़र", "दिस",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec",
    }
)

#: Words before a four-digit number that make it a year (``साल 2019``, ``सन 1947``).
YEAR_BEFORE: frozenset[str] = frozenset(
    {"साल", "सन", "सन्", "वर्ष", "ईस्वी", "ई", "year", "in", "since", "सत्र", "बजट", "वित्त",
     "©", "copyright", "कॉपीराइट", "अधिनियम", "एक्ट", "act",
     # a code of law or a body of rules and its year (भारतीय न्याय संहिता, 2023; आईपीसी 1860)
     "संहिता", "नियमावली", "code", "आईपीसी", "ipc", "सीआरपीसी", "crpc",
     "वित्तवर्ष", "जनगणना",
     "कप", "cup", "ओलंपिक", "ओलिंपिक", "olympics", "आईपीएल", "आइपीएल", "ipl",
     # an edition's year (चैम्पियनशिप 2015, ऑटो एक्सपो 2023)
     "चैंपियनशिप", "चैम्पियनशिप", "championship", "एक्सपो", "expo"}
)
#: Words of a budget or a festival whose year a headline gives before more of its title and a
#: colon (``Budget 2024 Section 80C Limit:``, ``Diwali 2025 Muhurat Trading:``), or before a
#: sign or a Latin word (``(Diwali 2021)``, ``Dhanteras 2021 Date,``); anywhere else the
#: number is read as ever (``budget 2000 phone``, ``दिवाली 2100 दीयों से``).
TITLE_YEAR_WORDS: frozenset[str] = frozenset(
    {"budget", "दिवाली", "दीवाली", "diwali", "होली", "holi", "नवरात्रि", "navratri",
     "धनतेरस", "dhanteras", "दशहरा", "dussehra", "छठ", "chhath", "करवा", "karwa",
     "रक्षाबंधन", "rakshabandhan", "जन्माष्टमी", "janmashtami", "गणेश", "ganesh"})
#: Words of a question: a percent word after one asks, it gives no percentage (``कितना
#: प्रतिशत 2 है?``).
QUESTION_WORDS: frozenset[str] = frozenset({"कितना", "कितने", "कितनी", "क्या", "कौन"})
#: The words of an act: a year after one and a comma is the act's year (``अधिनियम, 2007``);
#: after any other year word a comma ends the phrase (``पिछले साल, 1200 लोगों की मौत``).
ACT_WORDS: frozenset[str] = frozenset(
    {"अधिनियम", "एक्ट", "act", "संहिता", "नियमावली", "code"})
#: Words after a four-digit number that make it a year (``2019 में``, ``1947 ई.``; मे is the
#: common misspelling of में, ``2015 मे रिलीज़``; a model year, ``स्विफ्ट 2024 मॉडल``).
YEAR_AFTER: frozenset[str] = frozenset(
    {"में", "मे", "ई", "ईस्वी", "ईसवी", "ad", "bc", "तक", "दशक", "s", "मॉडल"}
)
#: ... except where they begin "out of": ``1500 में से 300 लोग`` (no year 1500).
NOT_YEAR_AFTER: tuple[str, ...] = ("में से", "मे से")

#: Words before digits that make them a postal code, not an amount (``पिनकोड 226001``); the
#: word code counts only after one of them (``पिन कोड 226001``, ``ZIP code 10001``), since
#: ``कूपन कोड 200 रुपये`` is money.
ID_BEFORE: frozenset[str] = frozenset({"पिन", "पिनकोड", "pin", "pincode", "zip", "postcode"})
CODE_WORDS: frozenset[str] = frozenset({"कोड", "code"})

#: Words after a decimal that make it a clock time (``10.30 बजे``, ``5.30 PM``); after any number
#: they make it no amount (``12 बजते-बजते``, "by the time it strikes twelve": a clock word of
#: ``measures.CLOCK_WORDS`` would make it a time that normalize writes ``12:00-बजते``).
TIME_AFTER: frozenset[str] = frozenset(
    {"बजे", "बजकर", "बजके", "बज", "बजते", "am", "pm", "hrs", "बजेसे"}
)

#: Number words that, alone before an ordinary word, are usually something else: the article
#: एक (एक रिपोर्ट), आधी/आधा (आधी रात, midnight), पाव (पाव भाजी), सवा, पौन.
WEAK_ALONE: frozenset[str] = frozenset(
    {"एक", "आधा", "आधी", "आधे", "पाव", "पौन", "पौना", "सवा", "सावा"}
)

#: The word for one that is also the indefinite article: right before digits it is the
#: article (एक 45 वर्षीय महिला 'a 45-year-old woman', एक 100 रुपये का नोट).
ARTICLE_WORDS: frozenset[str] = frozenset({"एक"})

#: Units of measure: before one of them a weak number word is a number (एक किलो, आधा लीटर).
MEASURES: frozenset[str] = frozenset(
    {
        "किलो", "किलोग्राम", "किग्रा", "ग्राम", "मिलीग्राम", "टन", "क्विंटल", "लीटर", "मिलीलीटर",
        "मीटर", "किलोमीटर", "किमी", "सेंटीमीटर", "सेमी", "मिलीमीटर", "फुट", "फीट", "इंच", "गज",
        "एकड़", "हेक्टेयर", "बीघा", "वर्ग", "किलोवाट", "मेगावाट", "वाट", "यूनिट", "कप", "चम्मच",
        "गिलास", "बोतल", "दर्जन", "kg", "km", "litre", "liter", "gram", "meter", "metre",
        "अंक", "अंकों", "points", "pts",
    }
)

#: Words that make a bare pound a weight (``150 पौंड वजन``, ``उसका वजन 150 पौंड है``, ``5
#: पाउंड का वजन``). Not भार: a weight, but a burden too (``कर भार 500 पौंड बढ़ा``: tax).
WEIGHT_WORDS: frozenset[str] = frozenset(
    {"वजन", "वज़न", "वजनी", "वज़नी", "weight", "weighs", "weighing", "lbs"}
)

#: The word pound alone, which names a weight as well as sterling.
BARE_POUNDS: frozenset[str] = frozenset(
    {"पौंड", "पाउंड", "पौण्ड", "पाउण्ड", "pound", "pounds"}
)

#: Words before ``पहले`` that make it "before/ago", not "first" (``इससे पहले``, ``दो दिन पहले``).
PEHLE_NOT_ORDINAL_BEFORE: frozenset[str] = frozenset(
    {
        "से", "इससे", "उससे", "जिससे", "सबसे", "के", "की", "का", "साल", "सालों", "दिन", "दिनों",
        "महीने", "महीनों", "वर्ष", "वर्षों", "घंटे", "मिनट", "हफ्ते", "हफ़्ते", "सप्ताह", "पल",
        # the other words of a span of time (एक दशक पहले, आधा घंटा पहले: ago, before)
        "घंटा", "घंटों", "मिनटों", "सेकंड", "सेकेंड", "दशक", "दशकों", "सदी", "सदियों",
        "शताब्दी", "महीना", "हफ्तों", "हफ़्तों", "बरस", "बरसों", "अरसा", "अरसे",
        "समय", "बहुत", "काफी", "काफ़ी", "थोड़ा", "कुछ", "ही", "तो", "भी",
    }
)
PEHLE_NOT_ORDINAL_AFTER: frozenset[str] = frozenset(
    {"ही", "से", "भी", "तो", "की", "के", "का", "कहा", "था", "थी", "थे", "है", "हैं", "में",
     "पर", "और", "कभी", "जैसा", "जैसे", "जैसी",
     # a question: पहले कितने फैक्टर रहे (how many were there before)
     "कितने", "कितना", "कितनी", "क्या", "कब", "कैसे", "कहां", "कहाँ", "क्यों",
     # "first" as an adverb: to bat or bowl first (पहले बल्लेबाजी करते हुए), earlier here
     "बल्लेबाजी", "बल्लेबाज़ी", "गेंदबाजी", "गेंदबाज़ी", "बैटिंग", "बॉलिंग", "फील्डिंग",
     "खेलते", "खेलने", "खेलकर", "यहां", "यहाँ", "वहां", "वहाँ",
     # a pronoun: no ordinal stands before one (पहले यह 1000 भट्ट लगता था: earlier it cost)
     "यह", "वह", "ये", "वे", "वो", "इसे", "उसे", "इन्हें", "उन्हें", "हम", "मैं", "आप", "तुम",
     "इस", "उस", "इन", "उन"}
)

#: Words of "then" a word or two after पहले: it is "first" of an act, an adverb (``कार ने पहले
#: ऑटो फिर साइकिल को टक्कर मारी``).
PEHLE_THEN: frozenset[str] = frozenset({"फिर", "फिरसे", "तब", "then"})

#: Nouns of the parts of a sequence: पहले before one after का/की/के is "first", as before a
#: unit of time (``वर्ल्ड कप के पहले मैच में``, ``परियोजना के पहले चरण में``; ``मैच के पहले``
#: with no such noun after it is "before the match").
PEHLE_FIRST_NOUNS: frozenset[str] = frozenset(
    {"मैच", "मुकाबले", "मुकाबला", "टेस्ट", "वनडे", "चरण", "चरणों", "राउंड", "दौर", "फेज", "फेज़",
     "सत्र", "एपिसोड", "भाग", "पड़ाव", "सीजन", "सीज़न", "स्थान", "पायदान", "क्वार्टर", "हाफ",
     "ओवर", "गेंद", "पारी", "किस्त", "बैच", "लॉट", "बल्लेबाज", "विकेट", "संस्करण", "प्रयास",
     "अध्याय", "पन्ने", "पेज", "कदम", "हिस्से"})
#: Weekdays: पहले before one after a month or a word of ``PEHLE_WEEKDAY_OF`` and का/की/के is
#: "first" (``अगस्त के पहले रविवार को``, ``महीने के पहले सोमवार``); after any other word it is
#: "before" (``होली के पहले रविवार को``: the Sunday before Holi).
PEHLE_WEEKDAYS: frozenset[str] = frozenset(
    {"रविवार", "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "बृहस्पतिवार", "शुक्रवार", "शनिवार"})
PEHLE_WEEKDAY_OF: frozenset[str] = frozenset({"महीने", "माह", "मास", "साल", "वर्ष"})
#: Spans of time before से that make ``से पहले स्थान पर`` "first place for weeks" (``हफ्तों से``).
PEHLE_SINCE_SPANS: frozenset[str] = frozenset(
    {"हफ्तों", "हफ़्तों", "सप्ताहों", "दिनों", "महीनों", "सालों", "वर्षों", "घंटों", "बरसों",
     "दशकों"})
#: Verbs of "already" after ``पहले ही`` and a noun: पहले is "already" (``पहले ही मैच में हार
#: चुकी थी``).
PEHLE_ALREADY_VERBS: frozenset[str] = frozenset({"चुका", "चुकी", "चुके", "चुकीं"})
#: Places in a ranking: पहले before one and ``PEHLE_PLACE_AFTER`` is "first" whatever stands
#: before it (``पिछले कई हफ्तों से पहले स्थान पर थी``).
PEHLE_PLACE_NOUNS: frozenset[str] = frozenset({"स्थान", "पायदान", "नंबर", "नम्बर"})
PEHLE_PLACE_AFTER: frozenset[str] = frozenset({"पर", "पे"})
#: Words of "before this" before पहले: it is "before" whatever follows (``इससे पहले स्थान
#: पर``).
PEHLE_BEFORE_THIS: frozenset[str] = frozenset({"इससे", "उससे", "जिससे", "किससे", "सबसे"})
#: Postpositions after ``पहले ही`` and a noun of a sequence that make पहले "the very first"
#: (``पहले ही टेस्ट में``; ``पहले ही मैच देख चुका`` is "already").
PEHLE_NOUN_CASES: frozenset[str] = frozenset({"में", "से", "पर", "के", "की", "का", "को"})

#: The genitive words of ``एक का पाँचवाँ भाग`` (the fifth of one).
OF_WORDS: frozenset[str] = frozenset({"का", "के", "की"})

#: Nouns for "part" that close ``तेईस का पाँचवाँ भाग``.
PART_NOUNS: frozenset[str] = frozenset({"भाग", "हिस्सा", "हिस्से", "अंश"})

#: A word that may follow a range word: ``5 से लेकर 7``.
RANGE_CONTINUATIONS: frozenset[str] = frozenset({"लेकर"})

#: The word that joins the ends of ``50 और 70 के बीच`` and a unit and its subunits
#: (``चार रुपये और पचास पैसे``).
RANGE_AND_WORDS: frozenset[str] = frozenset({"और"})
#: Postpositions that make two sums paired by a list word parallel phrases where both stand
#: after one of them, so the first takes the currency the second names (``विजेता टीम को 5100
#: तथा उपविजेता टीम को 2100 रूपये``, ``जीतने पर 2 करोड़ तथा ... जीतने पर 1 करोड़ रुपये``,
#: ``वर्मा के पास 77.89 करोड़ और उनकी पत्नी के पास 17.53 करोड़ रुपये``).
PARALLEL_CASES: frozenset[str] = frozenset({"को", "पर", "लिए", "पास"})
#: Words that link the members of a list: ``दूसरा 7 लाख, तीसरा 5 लाख और चौथा 3 लाख रुपये``
#: (a comma links them too).
LIST_LINKS: frozenset[str] = frozenset({"और", "तथा", "एवं", "व", "जबकि", "and"})
#: Words of the highest and the lowest, between the members of a list of measures
#: (``अधिकतम तापमान 35.2 और न्यूनतम 20.4 डिग्री``: both are temperatures).
MIN_MAX_WORDS: frozenset[str] = frozenset(
    {"न्यूनतम", "अधिकतम", "न्यूनतम्", "अधिकतम्", "minimum", "maximum", "min", "max"})
#: Words of falling: among the three words before a larger number, से and a smaller amount,
#: one makes them a change from one to the other (``घटाकर 4.40 से 4 प्रतिशत``).
FALLING_WORDS: frozenset[str] = frozenset(
    {"घटाकर", "घटकर", "गिरकर", "होकर", "लुढ़ककर", "फिसलकर", "टूटकर", "घटा", "घटी", "घटे",
     "गिरा", "गिरी", "गिरे", "घटाया", "घटाई", "घटाए", "कटौती", "कम"})
#: The short codes of public services in India (police 100, fire 101, ambulance 102 and 108,
#: health 104, emergency 112, railways 139, women 181 and 1091, children 1098, cyber fraud
#: 1930, consumers 1915 and 14404): beside a word of the service they are its phone number.
SERVICE_NUMBERS: frozenset[int] = frozenset(
    {100, 101, 102, 104, 108, 112, 139, 181, 1091, 1098, 1930, 1915, 14404})
#: Words of a service beside its short code (``108 एंबुलेंस``, ``एंबुलेंस 108``, ``112 डायल
#: करें``, ``181 महिला हेल्पलाइन``). Not नंबर, which marks take too (``100 नंबर मिले``).
SERVICE_WORDS: frozenset[str] = frozenset(
    {"एंबुलेंस", "एम्बुलेंस", "ambulance", "हेल्पलाइन", "helpline", "डायल", "dial",
     "चाइल्डलाइन", "childline"})
#: Words of a helpline, which its name may stand before (``181 महिला हेल्पलाइन``).
HELPLINE_WORDS: frozenset[str] = frozenset({"हेल्पलाइन", "helpline"})

#: Words that join identifiers in a list after their word (``धारा 147, 148 और 353``). Not
#: व, तथा, एवं, which as often join a count (``धारा 188 तथा 50 अज्ञात लोगों पर``), nor
#: जबकि ('whereas'), which starts a new clause (``धारा 302 जबकि 3 अन्य पर``); nor या, after
#: which normalize's digits would join a list that the words did not (``धारा 302 या साढ़े 5
#: लाख``).
ID_LIST_LINKS: frozenset[str] = frozenset({"और", "and"})
#: ... व, तथा and एवं join one only where a postposition, a code of law (``LAW_CODES``), a mark
#: or the end follows it: ``धारा 302, 307 व 34 के तहत``, ``धारा 147,188 व 353 आईपीसी`` (but
#: ``धारा 188 तथा 50 अज्ञात लोगों पर`` counts people).
ID_WEAK_LINKS: frozenset[str] = frozenset({"व", "तथा", "एवं"})
ID_WEAK_LINK_ENDS: frozenset[str] = frozenset({"के", "की", "का", "में", "से", "पर"})

#: A change from one figure to another (``किराया 10 से बढ़ाकर 15 रुपये``): between a plain
#: number and an amount of money, a percentage, a quantity or a duration of its size, one of
#: these makes the number the same kind of thing.
#: The words that may follow the figure a change goes to (``... से बढ़कर 15 रुपये हो गया``, ``15
#: पर``): after any other word the figure counts something else (``20 फीट से गिरकर 3 मजदूरों
#: की मौत``: workers).
FIGURE_ENDS: frozenset[str] = frozenset(
    {"पर", "तक", "हो", "हुआ", "हुई", "हुए", "होकर", "रहा", "रही", "रहे", "रह", "था", "थी", "थे",
     "है", "हैं", "कर", "किया", "किए", "की", "का", "के", "दी", "दिया", "दिए", "गया", "गई", "गए",
     "पहुंच", "पहुंचा", "पहुंची", "पहुँच", "पहुँचा", "पहुँची", "और", "तथा", "जबकि", "से", "में",
     "पार", "दर्ज", "मापी", "मापा", "मापे", "पूरी", "पूरे", "पूरा"}
)
CHANGE_LINKS: tuple[str, ...] = (
    "से बढ़कर", "से बढ़ाकर", "से घटकर", "से घटाकर", "से गिरकर", "से चढ़कर", "से उछलकर",
    "से लुढ़ककर", "से फिसलकर", "से टूटकर", "से सुधरकर", "से कम होकर", "से बढ़ कर",
    "से घट कर", "से बढ़ा कर", "से घटा कर",
)

#: The words that close ``50 और 70 के बीच`` (between 50 and 70).
BETWEEN: tuple[str, ...] = ("के", "बीच")

#: ``1990 के दशक``: the decade, so 1990 is a year.
DECADE_WORDS: frozenset[str] = frozenset({"दशक"})
#: ``20वीं सदी``: an ordinal before one is a century, the years 1901 to 2000 (not सेंचुरी,
#: which in cricket is a hundred runs: ``20वीं सेंचुरी``).
CENTURY_WORDS: frozenset[str] = frozenset({"सदी", "शताब्दी", "शती"})

#: पाव is also bread (वड़ा पाव, पाव भाजी): among words and before no unit it is not a quarter.
BREAD_WORDS: frozenset[str] = frozenset({"पाव"})

#: पहले is "first" and also "before/earlier" (इससे पहले, पहले ही): see the two lists above.
BEFORE_ORDINALS: frozenset[str] = frozenset({"पहले"})

#: indic-nlp's normalizer writes the colon of ``कीमत:500`` as a visarga (``कीमतः500``): a word
#: ending in one may touch the digits after it.
COLON_ENDINGS: tuple[str, ...] = ("ः",)

#: Words of times: a cardinal right before one says how often, which the real-text guideline
#: counts as no amount (``दिन में दो बार`` 'twice a day', ``तीन बार की चैंपियन``, ``21 बार``);
#: an ordinal before one stays an ordinal (``पहली बार``, ``दूसरी दफा``). After ``बार`` a word of
#: the bar as a body of lawyers or of pressure makes it that noun (``बार काउंसिल``, ``2 बार
#: प्रेशर``); gold or silver before the number makes it bars (``सोने के 2 बार``).
FREQUENCY_WORDS: frozenset[str] = frozenset({"बार", "दफा", "दफ़ा", "दफे", "दफ़े", "मर्तबा"})
FREQUENCY_NOT_BEFORE: frozenset[str] = frozenset(
    {"काउंसिल", "कौंसिल", "एसोसिएशन", "council", "association", "प्रेशर", "दबाव", "pressure"}
)

#: Number words that before another word are more often ordinary words: नो (English "no":
#: नो एंट्री), सेवन (consumption: शराब का सेवन), ज़ीरो (ज़ीरो टॉलरेंस), शून्य (void: शून्य से
#: शिखर तक). Before a word they are read as numbers only with a number cue right after them: a
#: scale, a currency, a percent word, a unit, digits or a number word; alone they are numbers.
ORDINARY_WORDS: frozenset[str] = frozenset({"नो", "सेवन", "ज़ीरो", "जीरो", "शून्य", "no"})

#: Particles of emphasis: an ordinary number word opening a clause before one is the number
#: (शून्य ही 0 है: zero is 0).
PARTICLES: frozenset[str] = frozenset({"ही", "भी"})

#: Ordinals that are also a unit of time: after a number, सेकंड is seconds (30 सेकंड में,
#: एक सेकंड रुको); alone it is "second" (सेकंड लिस्ट).
UNIT_ORDINALS: frozenset[str] = frozenset({"सेकंड", "सेकेंड"})

#: दो is also the imperative of देना (give, let): मुझे पानी दो, जाने दो यार, कर दो. It is the
#: verb where a clause ends after it, where a particle follows it, or after the stem of a
#: compound verb or an infinitive in -ने (हँसने दो).
VERB_NUMBERS: frozenset[str] = frozenset({"दो"})
#: Stems before दो that make it the verb of a compound (कर दो, दे दो, छोड़ दो, रख दो).
VERB_STEMS: frozenset[str] = frozenset(
    {"कर", "दे", "देइ", "छोड़", "रख", "कह", "बता", "दिखा", "सुना", "बना", "डाल", "भेज",
     "लिख", "समझा", "चला", "हटा", "मिला", "बदल", "लौटा", "उठा", "बिठा", "सुला", "जगा",
     "खिला", "पिला", "पहुंचा", "पहुँचा", "लगा", "बुला", "फेंक", "खोल", "बंद"}
)
#: Particles after दो the verb (जाने दो यार, कह दो न).
VERB_PARTICLES: frozenset[str] = frozenset({"न", "ना", "यार", "जी", "भाई", "प्लीज", "प्लीज़"})
#: The ending of an infinitive in its oblique form (जाने, हँसने): before दो, the verb "let".
INFINITIVE_ENDINGS: tuple[str, ...] = ("ने",)
#: The endings of a plural noun in the oblique case: दो after a verb stem and before one counts
#: it (``लिख कर दो डॉक्टरों के साथ``, ``कर दो युवाओं को``).
PLURAL_ENDINGS: tuple[str, ...] = ("ों", "ओं")
#: Pronouns in -ने that mark the agent, not an infinitive (उसने दो किताबें लिखीं).
AGENT_PRONOUNS: frozenset[str] = frozenset(
    {"उसने", "इसने", "मैंने", "तुमने", "उन्होंने", "इन्होंने", "किसने", "जिसने", "आपने",
     "हमने", "सबने", "तूने", "किन्होंने", "जिन्होंने"}
)

#: Phrases that hold number words but are idioms or names, not amounts: नौ दो ग्यारह होना
#: (to run away), एक और एक ग्यारह, एक-दूसरे (each other), दो टूक (blunt), तीन-तेरह,
#: उन्नीस-बीस, सोलह आने सच, सौ टका सच, तीन तलाक, तीसरा मोर्चा. Sources: Hindi idiom
#: dictionaries (मुहावरे) and news usage.
IDIOMS: tuple[str, ...] = (
    "नौ दो ग्यारह", "नौ-दो ग्यारह", "नो दो ग्यारह", "एक और एक ग्यारह", "एक दूसरे", "एक-दूसरे",
    "एक दूसरा", "एक-दूसरा", "एक दूसरी", "एक-दूसरी", "एक दूसरों", "एक-दूसरों", "दो टूक",
    "आधी रात", "आधी-रात", "आधीरात",  # midnight, not half a night
    # round the clock (but 24 बाय 7 मीटर measures)
    "24 बाय 7", "24x7", "24X7", "24×7", "चौबीस बाय सात",
    "एक तीसरा मोर्चा", "तीन तेरह", "तीन-तेरह", "तीन पांच", "तीन-पांच", "तीन पाँच", "तीन-पाँच", "उन्नीस बीस",
    "उन्नीस-बीस", "सोलह आने", "सौ टका", "सौ टके", "सौ टंच", "लाख टके", "चार चाँद",
    "चार चांद", "ढाई आखर", "सवा सेर", "बाईस पसेरी", "तीन तलाक", "तीसरा मोर्चा",
    "तीसरे मोर्चे", "सात समंदर", "सात समुंदर", "सातवें आसमान", "छक्के छुड़ा", "छक्के छूट",
    "लाख कोशिशों", "दो चार होना", "चार दिन की चाँदनी", "एक सेकंड हैंड", "तीन में न तेरह में",
    "एक का तीन", "डेढ़ चावल", "सौ बात", "एक बात की सौ बात", "लाख समझाएं", "लाख समझाए",
    "लाख झूठा", "लाख चाहे", "दूसरी ओर", "दूसरी तरफ", "दूसरी तरफ़", "एक ओर", "एक तरफ",
    "एक तरफ़", "एक के बाद एक", "एक से बढ़कर एक", "सोलह शृंगार", "सोलह श्रृंगार", "सोलह सिंगार",
    "दूसरी कई", "दूसरे कई",  # many others (दूसरी कई फिल्मों से पिछड़ गई)
    "इलेवन पंजाब",  # किंग्स इलेवन पंजाब, a cricket team
    "ट्वेंटी-ट्वेंटी", "ट्वेंटी ट्वेंटी",  # the T20 format of cricket
    "नौ दिन चले अढ़ाई कोस", "नौ दिन चले ढाई कोस",
    "दो जिस्म एक जान", "दो जिस्म और एक जान",  # two bodies, one soul (close friends)
)

#: Words of a vague quantity before a bare scale: कई हजार ट्रेन, दसियों हज़ार डॉलर, कुछ लाख
#: लोग, इतने करोड़ रुपए ('so many crore') are no amount of a thousand or a lakh.
VAGUE_WORDS: frozenset[str] = frozenset(
    {"कई", "दसियों", "बीसियों", "सैकड़ों", "हजारों", "हज़ारों", "लाखों", "करोड़ों", "कुछ", "चंद",
     "अनेक", "इतने", "इतना", "इतनी", "कितने", "कितना", "कितनी", "several", "few", "many",
     "some"}
)

#: Words of a road whose number follows them (``नेशनल हाईवे 53``, ``राष्ट्रीय राजमार्ग -306``):
#: up to three digits are its number where :data:`ROAD_AFTER`, a mark or the end follows
#: them, and are read as ever before anything else (``हाईवे 4 बजे``, ``राजमार्ग 6 लेन``) and
#: as four (``हाईवे 2026 तक``: a year).
ROAD_WORDS: frozenset[str] = frozenset({"हाईवे", "हाइवे", "राजमार्ग", "highway"})
#: Words after a road's number: a postposition or a list word (``हाईवे 53 पर``, ``राजमार्ग 306
#: के किनारे``), never with a number after it (``हाईवे 3 और 4 घंटे``). Not से, का, की or को,
#: which count, rank and date as often (``हाईवे 10 से ज्यादा गाड़ियां``, ``हाईवे 2 की मौत``,
#: ``हाईवे 15 को खुलेगा``).
ROAD_AFTER: frozenset[str] = frozenset({"पर", "पे", "में", "तक", "के", "और", "व", "एवं", "या"})

#: Words right before digits that make them an identifier: a section of a law (धारा 370), a
#: highway (NH 44), a code sent or given (OTP 482913, ID 4059832), a helpline (हेल्पलाइन 1912).
ID_WORDS: frozenset[str] = frozenset(
    {"धारा", "धाराओं", "अनुच्छेद", "section", "article", "nh", "sh", "otp", "ओटीपी", "id",
     "आईडी", "pnr", "पीएनआर", "हेल्पलाइन", "helpline", "टोल-फ्री", "tollfree", "ifsc",
     "सेक्टर", "सैक्टर", "sector", "डायल", "dial", "अंडर", "under", "परिपत्र",
     # a serial number (आदेश क्रमांक 26, अधिनियम क्रमांक 26 सन 1997)
     "क्रमांक",
     # a ward of a town (वार्ड 21 निवासी); not a level, which is measured (शुगर लेवल 400)
     "वार्ड", "वॉर्ड", "ward", "एनएच",
     # a station's platform (प्लेटफ़ॉर्म 1 या 2 से रवाना); not फ्लाइट, whose flight is the
     # subject as often (फ्लाइट 3 बजे रवाना, फ्लाइट 180 यात्रियों को लेकर)
     "प्लेटफॉर्म", "प्लेटफ़ॉर्म", "प्लेटफार्म", "प्लेटफ़ार्म", "platform"}
)
#: Words of trains: five digits before a route after one are a train's number (``ट्रेन नंबर
#: 15024 ..., 12987 सियालदह-अजमेर``).
TRAIN_WORDS: frozenset[str] = frozenset(
    {"ट्रेन", "ट्रेनों", "ट्रेनें", "गाड़ी", "गाड़ियों", "रेल", "रेलगाड़ी", "एक्सप्रेस", "मेल",
     "स्पेशल", "पैसेंजर", "train", "trains", "express"})
#: The abbreviations of codes of law: up to three digits after one are a section of it
#: (``आईपीसी 302 के तहत``, ``बीएनएस 103``); four are its year (``आईपीसी 1860``, ``YEAR_BEFORE``).
LAW_CODES: frozenset[str] = frozenset(
    {"आईपीसी", "ipc", "बीएनएस", "bns", "सीआरपीसी", "crpc", "बीएनएसएस", "bnss", "भादवि",
     "भादंवि"})
#: The words for "number" of an identifier: digits after one are an identifier when a thing
#: that has a number as its name stands before it (ट्रेन नंबर 12951, खाता संख्या 1234).
NUMBER_NOUNS: frozenset[str] = frozenset(
    {"नंबर", "नम्बर", "नं", "संख्या", "क्रमांक", "number", "no", "id", "आईडी"}
)
#: Words of a choice between numbers called: ``102 या 108 नंबर डायल करके``.
CHOICE_LINKS: frozenset[str] = frozenset({"या", "अथवा", "or"})
#: Words after one digit that make it a flat's configuration, a code (``2 BHK फ्लैट``,
#: ``3 बीएचके``), not a count.
FLAT_WORDS: frozenset[str] = frozenset({"bhk", "बीएचके"})
#: A screen's resolution: one or two digits glued to K before a word of screens or video is a
#: resolution's name (``4K टीवी``, ``8K वीडियो``; ``10K रन`` stays ten thousand), and a width,
#: ``x`` and a height before a word for pixels are its size (``3840 x 2160 पिक्सल``).
RESOLUTION_MARKS: frozenset[str] = frozenset({"k"})
SCREEN_WORDS: frozenset[str] = frozenset(
    {"टीवी", "tv", "डिस्प्ले", "display", "स्क्रीन", "screen", "वीडियो", "video", "मॉनिटर",
     "monitor", "रिज़ॉल्यूशन", "रिजॉल्यूशन", "रेजोल्यूशन", "resolution", "uhd", "hdr", "कैमरा",
     "camera", "रिकॉर्डिंग", "recording", "स्ट्रीमिंग", "streaming"}
)
TIMES_SIGNS: frozenset[str] = frozenset({"x", "×", "*", "बाय"})
PIXEL_WORDS: frozenset[str] = frozenset({"पिक्सल", "पिक्सेल", "पिक्सल्स", "pixel", "pixels", "px"})
#: Words after three or four digits that make them the fineness of gold or silver, a code
#: (``999 प्योरिटी वाला सोना``), not an amount.
PURITY_WORDS: frozenset[str] = frozenset(
    {"प्योरिटी", "प्योरटी", "प्यूरिटी", "शुद्धता", "टंच", "purity", "fineness"}
)

#: Words before a number in brackets that are no name: the number after them is no age
#: (``कुल (56)``; ``हैरिस (56)`` is Harris, 56 years old).
NOT_NAMES: frozenset[str] = frozenset(
    {"कुल", "संख्या", "योग", "औसत", "अंक", "स्कोर", "रन", "विकेट", "सीटें", "सीट", "वोट", "मत",
     "total", "score", "runs", "seats", "votes"}
)

#: Words of films: near a name followed by a small number they make the number the title's
#: part, a sequel (``फिल्म गदर 2 ने``, ``‘पुष्पा 2’ जो``, ``मिर्ज़ापुर 3 का ट्रेलर``). Words that
#: other news uses too are none: series and seasons (cricket), shooting (gunfire), release
#: (funds, water), box (office), and words of money (``2 करोड़ की कमाई``).
TITLE_CUES: frozenset[str] = frozenset(
    {"फिल्म", "फ़िल्म", "फिल्मों", "फ़िल्मों", "फिल्में", "फ़िल्में", "मूवी", "सीक्वल", "वेबसीरीज",
     "ट्रेलर", "टीजर", "टीज़र", "सिनेमाघरों", "ओटीटी", "film", "movie", "sequel", "trailer",
     "teaser"}
)

#: Phrases of films whose words alone are not (box, office): the first word -> the words that
#: may follow it (``गदर 2 बॉक्स ऑफिस पर``).
TITLE_CUE_PHRASES: dict[str, frozenset[str]] = {
    "बॉक्स": frozenset({"ऑफिस", "ऑफ़िस", "आफिस"}), "box": frozenset({"office"})}

#: The words that may follow a title's number (``पुष्पा 2 ने``, ``गदर 2 की कमाई``,
#: ``मिर्ज़ापुर 3 का ट्रेलर``); after any other (``रात 3 तक``, ``सुनवाई 4 को``, ``गाने 5 ही``,
#: ``टॉप 5 में``) the number counts or dates something.
TITLE_FOLLOWERS: frozenset[str] = frozenset({"ने", "का", "की", "के"})

#: Words that name no title: postpositions, pronouns, determiners, particles, conjunctions
#: (``इन 7 वेब सीरीज़`` are seven).
TITLE_NOT_NAMES: frozenset[str] = frozenset(
    {"ने", "को", "में", "से", "पर", "का", "की", "के", "ही", "भी", "तक", "वाली", "वाले",
     "इन", "उन", "इस", "उस", "ये", "वे", "यह", "वह", "इन्हीं", "उन्हीं", "सभी", "सब", "केवल",
     "सिर्फ", "सिर्फ़", "मात्र", "अब", "या", "तो", "कि", "जो", "जिन", "कई", "हर", "अपनी",
     "अपने", "उनकी", "उनके", "उसकी", "उसके", "इसकी", "इसके", "लेकिन", "परंतु", "मगर",
     "बल्कि", "क्योंकि", "जबकि", "और", "तथा", "एवं", "व", "टॉप", "top", "नंबर", "डे", "day",
     # ratings and ranks: फिल्म को रेटिंग 4 की मिली
     "रेटिंग", "rating", "स्टार", "star", "रैंक", "रैंकिंग", "rank"})

#: The words of films that may follow a title's number, events not things counted
#: (``गदर 2 ट्रेलर``; but ``चार सीज़न होस्ट करने वाले``: four seasons).
TITLE_EVENTS: frozenset[str] = frozenset(
    {"ट्रेलर", "टीजर", "टीज़र", "सीक्वल", "बॉक्स", "trailer", "teaser", "box"})

#: Words of a top list: digits glued to one by a hyphen are its place, no code (``Top-5``;
#: ``कोविड-19`` is a name). ``नंबर-1`` is the first place too, but ``सेक्टर नंबर-5`` a name.
RANK_WORDS: frozenset[str] = frozenset({"टॉप", "top"})
#: Words of a school grade: a whole number from 1 to ``GRADE_TOP`` after one is the grade, an
#: ordinal (``कक्षा 9``, ``कक्षा 9 से 12 तक``, ``क्लास 10 के छात्र``), but not with a word of
#: ``GRADE_NOT_AFTER`` among the three before it: an orbit or a room (``पृथ्वी की कक्षा 2
#: में``, ``परीक्षा केंद्र की कक्षा 5 में``).
GRADE_WORDS: frozenset[str] = frozenset({"कक्षा", "क्लास", "class"})
GRADE_TOP: int = 12
GRADE_NOT_AFTER: frozenset[str] = frozenset(
    {"उपग्रह", "उपग्रहों", "पृथ्वी", "धरती", "चंद्रमा", "चांद", "चाँद", "ग्रह", "यान", "इसरो",
     "सूर्य", "केंद्र", "केन्द्र", "हॉल", "भवन", "कमरा", "कमरे", "orbit", "satellite"})
#: Words of a rank: a whole number from 1 to ``RANK_TOP`` after one is the rank, an ordinal,
#: where a word of ``RANK_BEFORE`` stands right before it (``बना नंबर-1``, ``हफ्ते में नंबर दो
#: पर``) or a word of ``RANK_SCOPES``, with का/की/के between or not (``विश्व की नंबर एक
#: खिलाड़ी``, ``पार्टी के नंबर 2 नेता``). Other nouns before it make a name or a size (``सीट
#: नंबर 4 पर``, ``गली नंबर एक``, ``जूते का नंबर 9``, ``लकी नंबर 7``), and ``मरीजों का नंबर
#: 150`` is a count.
RANK_NOUNS: frozenset[str] = frozenset({"नंबर", "नम्बर"})
RANK_TOP: int = 10
RANK_BEFORE: frozenset[str] = frozenset({"बना", "बनी", "बने", "बन", "बनकर", "में"})
RANK_SCOPES: frozenset[str] = frozenset(
    {"विश्व", "दुनिया", "देश", "भारत", "एशिया", "पार्टी", "सरकार", "टीम", "रैंकिंग", "सूची",
     "लिस्ट", "टीआरपी", "world"})

#: Words for "date" after a day of the month said without its month (``30 तारीख को``).
DATE_WORDS: frozenset[str] = frozenset({"तारीख", "तारीख़", "तारिख"})  # 3 तारीखों: a count
#: Words for "date" before a day of the month said without its month (``दिनांक 07 को``,
#: ``तारीख 15 तक``): the day, where a word of :data:`DATE_DAY_AFTER`, a verb of being, a mark
#: or the end follows it.
DATE_WORDS_BEFORE: frozenset[str] = frozenset({"दिनांक", "तारीख", "तारीख़", "तारिख"})
#: Words after such a day (``दिनांक 07 को``, ``तारीख 15 तक``, ``तारीख 20 तय``); anything else
#: makes the number something else (``तारीख 3 बार बदली``, ``तारीख 20 साल से``, ``दिनांक 12
#: लोगों की``).
DATE_DAY_AFTER: frozenset[str] = frozenset({"को", "तक", "से", "का", "की", "के", "तय"})

#: Words for a person's age: a whole number right after one, with no unit, is an age in
#: years (``उम्र अठारह पूरी है``, ``आयु 60 के पार``).
AGE_WORDS: frozenset[str] = frozenset({"उम्र", "उमर", "आयु"})  # not "age": Ice Age 4

#: Words of a person: near a bracketed number after a name they make it an age (``आरोपी
#: रमेश (45) पुत्र ...``, ``शिव शंकर (16) का शव``).
PERSON_CUES: frozenset[str] = frozenset(
    {"मृतक", "मृतका", "आरोपी", "आरोपियों", "घायल", "घायलों", "युवक", "युवती", "पुत्र", "पुत्री",
     "बेटा", "बेटी", "बेटे", "पत्नी", "पति", "निवासी", "निवासीगण", "शव", "लाश", "छात्र",
     "छात्रा", "महिला", "व्यक्ति", "बच्चा", "बच्ची", "बुजुर्ग", "किसान", "चालक", "गिरफ्तार",
     "पीड़ित", "पीड़िता", "मौत", "हत्या", "उम्र", "आयु", "वर्षीय", "s/o", "w/o", "d/o"}
)

#: Words of a crime, an accident or a court case: anywhere in the sentence, they make a
#: bracketed number after a name an age (``मंटू यादव (19) और अमित प्रजापति (22) ने ...
#: बलात्कार किया``), where a scorecard's (``कोहली (82)``) or a party's (``भाजपा (48)``) has
#: none of them.
REPORT_CUES: frozenset[str] = frozenset(
    {"बलात्कार", "दुष्कर्म", "अपहरण", "लूट", "लूटपाट", "चोरी", "मारपीट", "छेड़छाड़", "हत्या",
     "गिरफ्तार", "गिरफ्तारी", "हिरासत", "फरार", "मुकदमा", "मुकदमे", "एफआईआर", "प्राथमिकी",
     "थाना", "थाने", "थानाध्यक्ष", "हादसा", "हादसे", "दुर्घटना", "घायल", "मौत", "मृत्यु",
     "आत्महत्या", "खुदकुशी", "डूबने", "डूबकर", "जेल", "जमानत", "अदालत", "आरोपी", "आरोपियों",
     "मृतक", "मृतका", "पीड़िता", "पीड़ित", "fir"}
)

#: Common Indian surnames and the words that end women's names (देवी, कुमारी, बेगम): with a
#: word of a crime or an accident in the sentence, a bracketed number after one is an age
#: (``मंटू यादव (19)``); after a place (``कोतवाली (18)``, ``दिल्ली (12)``) it counts cases.
SURNAMES: frozenset[str] = frozenset(
    {"यादव", "सिंह", "कुमार", "शर्मा", "वर्मा", "गुप्ता", "मिश्रा", "मिश्र", "तिवारी", "पांडेय",
     "पाण्डेय", "पांडे", "दुबे", "चौबे", "द्विवेदी", "त्रिपाठी", "शुक्ला", "शुक्ल", "श्रीवास्तव",
     "सक्सेना", "निगम", "अग्रवाल", "जैन", "गोयल", "बंसल", "मित्तल", "जिंदल", "सिंघल", "चौहान",
     "राठौर", "राठौड़", "तोमर", "भदौरिया", "सेंगर", "ठाकुर", "चौधरी", "राजपूत", "जाट", "गुर्जर",
     "मीणा", "मीना", "बैरवा", "पासवान", "मांझी", "निषाद", "कश्यप", "प्रजापति", "मौर्य", "कुशवाहा",
     "पटेल", "साहू", "सोनी", "विश्वकर्मा", "पाल", "बघेल", "लोधी", "राजभर", "राम", "दास",
     "प्रसाद", "महतो", "मंडल", "सैनी", "कुमावत", "रावत", "नेगी", "बिष्ट", "भट्ट", "जोशी",
     "पंत", "मेहता", "शाह", "देसाई", "पाटिल", "खान", "अंसारी", "कुरैशी", "सिद्दीकी", "शेख",
     "अहमद", "अली", "हुसैन", "मलिक", "गिल", "सिद्धू", "ढिल्लों", "संधू", "बाजवा", "बेग",
     "देवी", "कुमारी", "बेगम", "खातून", "बानो", "बाई", "उर्फ"})

#: A number called: digits before ``पर`` and a word of calling (``112 पर कॉल करें``), or before
#: ``नंबर पर`` (``108 और 100 नंबर पर सूचना दी``), are a helpline or a phone, not an amount.
DIAL_AFTER: frozenset[str] = frozenset({"पर", "पे", "on"})
#: को between digits and a word of calling (``एंबुलेंस 108 को फोन किया``, ``112 को कॉल करें``),
#: and the verbs between a word of calling and the digits (``डायल करें 112``, ``कॉल करें 1930``).
DIAL_TO: frozenset[str] = frozenset({"को"})
#: The words of calling by phone that may follow को (``पुलिस ने 300 को सूचना दी`` informs people;
#: an emergency number, ``EMERGENCY_NUMBERS``, is called with any word of calling).
#: Words of phones: six digits or more after one (and नंबर, a colon or a dash) are a phone
#: number, no amount (``फोन: 2345678``, ``दूरभाष संख्या 2551234``, ``मो: 098765 43210``).
PHONE_NOUNS: frozenset[str] = frozenset(
    {"फोन", "फ़ोन", "मोबाइल", "मो", "मोब", "दूरभाष", "टेलीफोन", "टेलिफोन", "व्हाट्सएप",
     "वाट्सएप", "व्हाट्सऐप", "संपर्क", "फैक्स", "phone", "mobile", "mob", "tel", "ph",
     "whatsapp", "fax", "contact"}
)
PHONE_WORDS: frozenset[str] = frozenset(
    {"कॉल", "काल", "फोन", "फ़ोन", "डायल", "मैसेज", "मेसेज", "एसएमएस", "व्हाट्सएप", "call", "sms",
     "whatsapp", "dial"}
)
CALL_VERBS: frozenset[str] = frozenset({"करें", "करे", "करो", "कीजिए", "कीजिये"})
#: India's emergency and helpline numbers: before को and any word of calling they are called
#: (``ग्रामीणों ने 112 को सूचना दी``, ``परिजनों ने 1098 को शिकायत की``).
EMERGENCY_NUMBERS: frozenset[str] = frozenset(
    {"100", "101", "102", "108", "112", "181", "1090", "1091", "1098", "1930", "14567"}
)
CALL_WORDS: frozenset[str] = frozenset(
    {"कॉल", "काल", "फोन", "फ़ोन", "संपर्क", "डायल", "शिकायत", "सूचना", "मैसेज", "मेसेज",
     "एसएमएस", "व्हाट्सएप", "call", "sms", "whatsapp", "dial"}
)
#: Things that have a number as their name (ट्रेन नंबर, खाता संख्या, मकान नंबर, ऑर्डर ID).
ID_NOUNS: frozenset[str] = frozenset(
    {"ट्रेन", "गाड़ी", "खाता", "खाते", "मकान", "सिरियल", "सीरियल", "रोल", "रजिस्ट्रेशन",
     "पंजीकरण", "हेल्पलाइन", "फोन", "फ़ोन", "मोबाइल", "वार्ड", "प्लॉट", "कमरा", "कमरे",
     "फ्लैट", "बस", "फ्लाइट", "उड़ान", "ऑर्डर", "आर्डर", "मुकदमा", "एफआईआर", "रूम",
     "जर्सी", "वाहन", "टोल", "फ्री", "कोच", "बर्थ", "गेट", "प्लेटफॉर्म", "प्लेटफार्म",
     "train", "account", "house", "serial", "roll", "order", "flight", "fir",
     "registration", "phone", "mobile", "ward", "plot", "room", "gate", "platform",
     "toll", "free", "helpline", "ticket", "टिकट", "आवेदन", "application",
     "मदद", "सहायता", "शिकायत", "संपर्क", "व्हाट्सएप", "whatsapp", "कांड", "केस", "case"}
)
#: Brand, model and show names before a small number that names a version or a season
#: (आईफोन 15, रेडमी 12, बिग बॉस 14, खतरों के खिलाड़ी 13, सीजन 4); a capitalized Latin word
#: before the number is one too (iPhone 15, Bigg Boss 14), so this list holds the Devanagari
#: transliterations and the lowercase Latin names. (वनप्लस, OnePlus in Devanagari, is left out:
#: NeMo's TN tests say its number as a cardinal, ``वनप्लस 8 प्रो``, and the conformance suites
#: hold that.)
MODEL_WORDS: frozenset[str] = frozenset(
    {"आईफोन", "आइफोन", "आईफ़ोन", "रेडमी", "गैलेक्सी", "पिक्सल", "पिक्सेल", "रियलमी",
     "ओप्पो", "वीवो", "पोको", "नोकिया", "मोटो", "विंडोज", "विंडोज़", "एंड्रॉयड", "एंड्रॉइड",
     "आईओएस", "प्लेस्टेशन", "बॉस", "सीजन", "सीज़न", "खिलाड़ी", "पार्ट", "एपिसोड", "वर्जन",
     "वर्ज़न", "संस्करण", "नेक्सस", "आईपैड", "पल्सर", "प्लेटिना", "अपाचे",
     "स्प्लेंडर", "एक्टिवा", "डोमिनार", "चंद्रयान", "चन्द्रयान", "गगनयान", "मंगलयान",
     "केबीसी", "nexus", "ipad", "iphone", "redmi", "galaxy",
     "pixel", "oneplus", "realme", "season",
     "episode", "version", "windows", "android", "ios", "part",
     # a phone's chipset (स्नैपड्रैगन 801 चिपसेट, हेलियो 90)
     "स्नैपड्रैगन", "snapdragon", "हेलियो", "helio", "डाइमेंसिटी", "dimensity", "एक्सिनॉस",
     "exynos"}
)
#: Nouns that make the whole number before them a type's label, no amount (``7 सीटर कार``,
#: ``2-सीटर``, ``चार पहिया वाहन``, ``दो पहिया``, ``टू-व्हीलर``, ``तीन मंजिला इमारत``; the plural
#: पहिए counts wheels).
TYPE_NOUNS: frozenset[str] = frozenset(
    {"सीटर", "सीटर्स", "पहिया", "व्हीलर", "व्हीलर्स", "seater", "wheeler", "wheelers",
     # a storeyed building (तीन मंजिला इमारत; not चक्का, for शाम 4 चक्का जाम is a blockade)
     "मंजिला", "मंजिली", "मंज़िला", "मंज़िली"})
#: Nouns that make it a label glued to it by a hyphen, being counted as often, each with the
#: words of the thing labelled one of which must follow within three words (none: any word):
#: ``4-सिलेंडर डीजल इंजन``, ``8-स्पीड गियरबॉक्स``, ``6-लेन हाईवे``, ``5-स्टार होटल``, ``2-डोर
#: कूपे``; ``4-सिलेंडर बरामद`` counts gas cylinders and ``3-स्टार दिए`` stars.
_ENGINE: frozenset[str] = frozenset(
    {"इंजन", "मोटर", "पेट्रोल", "डीजल", "डीज़ल", "टर्बो", "engine", "motor", "petrol", "diesel"})
_GEARBOX: frozenset[str] = frozenset(
    {"गियरबॉक्स", "गियर", "ट्रांसमिशन", "ऑटोमैटिक", "ऑटोमेटिक", "मैनुअल", "टॉर्क", "डीसीटी",
     "सीवीटी", "gearbox", "transmission", "automatic", "manual", "dct", "cvt"})
TYPE_HYPHEN_NOUNS: dict[str, frozenset[str]] = {
    "सिलेंडर": _ENGINE, "सिलिंडर": _ENGINE, "cylinder": _ENGINE,
    "स्पीड": _GEARBOX, "speed": _GEARBOX,
    "स्टार": frozenset({"होटल", "होटलों", "रेटिंग", "सेफ्टी", "hotel", "rating", "safety"}),
    "star": frozenset({"hotel", "rating", "safety"}),
    "लेन": frozenset(), "lane": frozenset(), "डोर": frozenset(), "door": frozenset(),
}
#: Words of winning and losing: two numbers joined by a dash before से, की or के and one of
#: them are a score, no range (``पाकिस्तान को 3-1 से हराया``, ``5-0 की जीत``, ``1-3 से हार``).
#: Nouns of a score: before a zero and a digit word (``स्कोर शून्य एक``) they make two numbers.
SCORE_NOUNS: frozenset[str] = frozenset({"स्कोर", "स्कोरलाइन", "score", "scoreline"})
SCORE_WORDS: frozenset[str] = frozenset(
    {"हराया", "हराकर", "हरा", "हराते", "हराने", "हार", "हारा", "हारी", "हारे", "हारकर", "जीत",
     "जीता", "जीती", "जीते", "जीतकर", "जीतने", "मात", "शिकस्त", "पराजित", "ड्रॉ",
     "ड्रा", "बराबरी", "won", "lost", "beat", "win", "defeated"}
)
SCORE_LINKS: frozenset[str] = frozenset({"से", "की", "के"})
#: Words of points, goals and sets between a score's link and a word of winning or losing
#: (``५३-३२ के अंकों से पराजित``; ``15-20 से ज्यादा मैच जीते`` is a range).
SCORE_UNITS: frozenset[str] = frozenset(
    {"अंकों", "अंक", "अंको", "गोलों", "गोल", "सेटों", "सेट", "पॉइंट्स", "प्वाइंट्स", "points",
     "goals", "sets"})
#: A lead: a score only with the first number larger (``2-0 की बढ़त``, ``3-0 की अजेय बढ़त``,
#: ``सीरीज़ में 1-0 से आगे``; ``50-60 की बढ़त`` is a rise of 50 to 60).
LEAD_WORDS: frozenset[str] = frozenset({"बढ़त", "अजेय", "आगे"})
#: Trailing: a score only with the first number smaller (``भारत 1-3 से पीछे चल रहा था``).
TRAIL_WORDS: frozenset[str] = frozenset({"पीछे"})
#: Counted nouns: एक before one of them counts (``एक असिस्ट``, ``एक ही रन``, ``एक पारी में``,
#: ``एक ओवर में``, ``एक वोट से``), where before most nouns it is the article (``एक रिपोर्ट``).
#: ``गोल`` is left out, an adjective as often (``एक गोल मेज``, a round table), and so is सीट, a
#: seat to sit on as often (``बस में एक सीट पर बैठा``); the nouns that begin compounds count
#: only before no word of ``COMPOUND_ENDS`` (``एक वोट बैंक``, ``एक ओवर ब्रिज`` keep the article).
COUNT_NOUNS: frozenset[str] = frozenset(
    {"रन", "विकेट", "पारी", "छक्का", "चौका", "शतक", "अर्धशतक", "असिस्ट", "मेडल", "ओवर", "वोट"}
)
#: Second words of compounds that begin with a counted noun (``ओवर ब्रिज``, ``वोट बैंक``).
COMPOUND_ENDS: frozenset[str] = frozenset(
    {"ब्रिज", "बैंक", "बेल्ट", "कवर", "बेल्टों", "रेट", "शेयर", "शेयरिंग", "प्रतिशत", "कास्टिंग",
     "टाइम", "कोट", "ड्राफ्ट", "लोड", "हेड",
     # over- as a prefix (एक ओवर थ्रो, एक ओवर स्पीड कार, एक ओवर कॉन्फिडेंट खिलाड़ी)
     "थ्रो", "स्पीड", "स्पीडिंग", "कॉन्फिडेंट", "कॉन्फिडेंस", "एज"})
#: Words that join counts in a list: एक before a noun counts where one of them right after the
#: noun joins it to another count (or a comma does, with a third member after): ``एक गोल और एक
#: असिस्ट``, ``एक नाबालिग समेत चार लोगों``, ``एक प्याज, दो हरी मिर्च, नमक``, ``तीन बेटे और एक
#: बेटी``. Without such a count near it एक is the article (``एक युवक और उसके चाचा``).
COUNT_LINKS: frozenset[str] = frozenset({"और", "व", "तथा", "एवं", "समेत", "सहित"})
#: Words that are no noun a listed count counts: postpositions, the agent's mark and words
#: that open a clause (``3 आरोपियों को पकड़ा और एक बड़ी साजिश``: the article).
COUNT_LIST_STOPS: frozenset[str] = frozenset(
    {"ने", "को", "में", "से", "पर", "का", "की", "के", "तक", "कि", "जो", "जिसमें", "जिनमें",
     "क्योंकि", "मुताबिक", "अनुसार"})
#: Words after एक that make it an adverb, "another" or the article before an adjective, never
#: a count, whatever follows: ``एक साथ`` (together), ``एक अन्य`` (another), ``एक समय`` (once),
#: ``एक तरह`` (in a way), ``एक नजर`` (a glance), ``एक बड़ी जीत और 3 अंक``, ``एक नई पहल और 5
#: कॉलेज``, ``एक तरफा प्यार``.
ONE_NOT_COUNTING_BEFORE: frozenset[str] = frozenset(
    {"साथ", "अन्य", "समय", "तरह", "नजर", "नज़र", "तरफ", "तरफ़", "ओर", "दूसरे", "दूसरा",
     "दूसरी", "बार", "तरफा", "तरफ़ा",
     # adjectives, which the article stands before
     "बड़ा", "बड़ी", "बड़े", "नया", "नई", "नए", "नयी", "नये", "अच्छा", "अच्छी", "अच्छे",
     "शानदार", "मामूली", "लंबा", "लंबी", "लंबे", "लम्बा", "लम्बी", "जोरदार", "ज़ोरदार",
     "खूबसूरत", "ख़ूबसूरत", "बेहद", "बहुत", "अनोखा", "अनोखी", "अनोखे", "निजी", "भीषण", "विशेष",
     "खास", "ख़ास", "महत्वपूर्ण", "अहम", "ऐसा", "ऐसी", "ऐसे", "बेहतरीन", "गंभीर", "पुराना",
     "पुरानी", "पुराने", "प्रमुख", "मशहूर", "प्रसिद्ध", "अजीब", "अजीबोगरीब", "सामान्य", "आम",
     "युवा", "वरिष्ठ", "पूर्व", "स्थानीय", "संदिग्ध", "दर्दनाक", "ऐतिहासिक",
     # the nouns of slogans (एक देश और एक विधान, एक राष्ट्र और एक चुनाव)
     "देश", "राष्ट्र", "विधान", "निशान", "प्रधान", "चुनाव", "कानून"})
#: Words after a plain number that end the phrase of a sum (``उसे 3 करोड़ मिले`` is not one:
#: ``मिले`` agrees with what is counted as often): a singular form of to be, the verbs of a
#: cost in the singular (``खर्च 3 लाख आता है``), of doing or giving (``बढ़कर 1 करोड़ कर दी``),
#: ``तक`` and ``में`` (``5-6 हजार में मिल रहा था``). Plural forms agree with a count as often
#: (``मरीज 5 हजार थे``, ``वोट 1.2 लाख पड़े``, ``3 लाख आए``) and are left out, and so are the
#: words of reaching and passing (``12,000 के करीब पहुंच गए``, ``13 हजार पूरे किए``).
SUM_END_WORDS: frozenset[str] = frozenset(
    {"है", "था", "थी", "होगा", "होगी", "रहा", "रही", "तक", "में", "कर", "किया", "किए", "दी",
     "दिया", "दिए", "आता", "आती", "आएगा", "आएगी", "लगता", "लगती", "लगेगा", "पड़ता", "पड़ती",
     "पड़ेगा", "बैठता", "बैठती", "बैठेगा"})
#: The word of "in" after a sum, a price paid (``टिकट 5-6 हजार में मिल रहा था``): the sum
#: needs no word of its head before it. Before a word of ``OUT_OF_WORDS`` it is a part of a
#: count (``8 हजार में से 5 हजार``).
PRICE_IN_WORDS: frozenset[str] = frozenset({"में"})
OUT_OF_WORDS: frozenset[str] = frozenset({"से"})
#: Words that may stand right before a plain number that takes the rupees of its sentence:
#: postpositions, pronouns, का/की/के (an elided head: ``सरसों का 5,650 है``), words of change
#: (``बढ़कर 1 करोड़ कर दी``). Any other word there is, as often, what the number counts
#: (``मतदाता 2.5 लाख हैं``, ``रन 8 हजार हैं``, ``सेंसेक्स 60,000 पर``, ``वाले 20 लाख``), and a
#: sign is a label's (``भाजपा: 52,340;``) or a list's.
SUM_HEAD_WORDS: frozenset[str] = frozenset(
    {"को", "में", "पर", "ने", "लिए", "लिये", "बाद", "का", "की", "के", "यानी", "यह", "वह", "ये",
     "वे", "उसे", "उन्हें", "इसे", "इन्हें", "जिसे", "जिन्हें", "उसको", "उनको", "इसको", "इनको",
     "मुझे", "हमें", "तुम्हें", "बढ़कर", "घटकर", "बढ़ाकर", "घटाकर"})
#: Words passed over before such a number on the way to the word of its head (``अब``,
#: ``कुल``, words of "only" and of "about" are passed too).
SUM_HEAD_SKIPPED: frozenset[str] = frozenset({"अब", "कुल", "फिर", "पहले", "सीधे"})
#: The words for "second" that mean "other" as often (``एक दोस्त दूसरे दोस्त से``: one friend
#: from the other; ``हर दूसरा शख्स``: every other person).
OTHER_ORDINALS: frozenset[str] = frozenset({"दूसरा", "दूसरी", "दूसरे"})
#: Nouns after such a word that make it the second of a sequence, beside the nouns of
#: ``PEHLE_FIRST_NOUNS`` (``एक गेम गंवाने के बाद दूसरा गेम``, ``कोरोना की दूसरी लहर``,
#: ``दूसरे नंबर पर``, ``उनका दूसरा कार्यकाल``).
OTHER_PLACE_NOUNS: frozenset[str] = frozenset(
    {"नंबर", "नम्बर", "गेम", "सेट", "गोल", "लहर", "कार्यकाल", "मौका", "मौके", "शादी", "जीत",
     "हार", "टर्म", "पदक", "शतक", "छक्का", "बेटी", "बेटा", "बच्चा", "बच्चे", "संतान"})
#: Words of a sequence between एक and such a word, or right before it, that make it the second
#: (``एक छक्के के बाद दूसरा छक्का``, ``लगातार दूसरी जीत``).
SEQUENCE_WORDS: frozenset[str] = frozenset({"बाद", "उपरांत", "पश्चात", "लगातार"})
#: Words of "every" before such a word: ``हर दूसरा शख्स`` is every other one, no place.
EVERY_WORDS: frozenset[str] = frozenset({"हर", "प्रत्येक"})
#: Words of "only" before a price: एक, its noun and one of them before a sum of money counts
#: (``एक चैप्टर मात्र 10 रुपए में``: the price of one).
ONLY_WORDS: frozenset[str] = frozenset({"मात्र", "सिर्फ", "सिर्फ़", "केवल", "महज", "महज़"})
#: Words after का/की/के that make a noun's purpose (``के लिए``): एक, its noun, ``के लिए`` and a
#: sum of money is the price of one (``एक फिल्म के लिए 130 करोड़ रुपये``).
PURPOSE_WORDS: frozenset[str] = frozenset({"लिए", "लिये"})
#: Words after a sum of money that end a price where a verb of getting, selling or costing
#: follows them (``PRICE_VERBS``), where एक and its noun stand right before the sum, or a word
#: of "only" between (``एक किताब 300 रुपए तक हो सकती है``, ``एक चैप्टर मात्र 10 रुपए में
#: मिलेगा``, ``एक अंडा 7 रुपये का हो गया``); before any other word the article may be the
#: subject (``एक शख्स मात्र 500 रुपये में पेट पाल रहा``, ``एक दुकानदार 500 रुपये तक की छूट``).
ONE_PRICE_ENDS: frozenset[str] = frozenset({"तक", "में", "प्रति", "का", "की", "के"})
#: Verbs of getting, selling or costing, and the forms of to be (``मिल``, ``बिकता``, ``आता``,
#: ``पड़ता``, ``हो``): after a sum and a word of ``ONE_PRICE_ENDS`` they make it a price.
PRICE_VERBS: frozenset[str] = frozenset(
    {"मिल", "मिलता", "मिलती", "मिलते", "मिलेगा", "मिलेगी", "मिलेंगे", "मिला", "मिली", "मिले",
     "बिक", "बिकता", "बिकती", "बिकते", "बिकेगा", "बिकेगी", "बिका", "बिकी", "बिके", "आता", "आती",
     "आते", "आएगा", "आएगी", "पड़ता", "पड़ती", "पड़ेगा", "पड़ेगी", "हो", "होता", "होती", "होगा",
     "होगी", "है", "था", "थी", "हैं"})
#: Nouns of a unit's price: एक, its noun, का/की/के and one of them before a sum is the price of
#: one (``एक बेड का किराया 3 हज़ार रुपये``; not ``एक कंपनी का टर्नओवर``, ``एक किसान का कर्ज``).
UNIT_PRICE_NOUNS: frozenset[str] = frozenset(
    {"किराया", "किराए", "किराये", "कीमत", "दाम", "मूल्य", "भाव", "रेट", "शुल्क", "फीस", "खर्च",
     "खर्चा", "खर्चे", "लागत", "प्रीमियम"})
#: Words before एक that make what follows a predicate, where एक is the article whatever list
#: follows: pronouns (``वह एक पत्नी और दो बच्चों की मां है``, ``यह एक गांव और दो कस्बों की
#: कहानी``).
PREDICATE_OPENERS: frozenset[str] = frozenset(
    {"वह", "यह", "ये", "वे", "वो", "मैं", "हम", "आप", "तुम", "तू", "है", "हैं", "था", "थी",
     "थे"})
#: Words after ``एक-एक`` that make it "one by one" or "every single", whatever stands before
#: it (``सभी ने एक-एक करके``). Elsewhere ``एक-एक`` is one each only where the words before it
#: say what each is of (``EACH_CUES``, a plural, a list word: ``दोनों टीमों ने एक-एक गोल``,
#: ``प्रखंडों में एक-एक टीम``) or before a counted noun (``एक-एक ओवर``); ``गांव के एक-एक घर``
#: is every single house.
EVERY_SINGLE_AFTER: frozenset[str] = frozenset(
    {"करके", "कर", "व्यक्ति", "इंसान", "आदमी", "शख्स", "पैसा", "पैसे", "पाई", "शब्द", "पल",
     "क्षण", "लम्हा", "बूंद", "बूँद", "दाना", "कदम", "कतरा", "चीज", "चीज़", "बात", "इंच", "सांस",
     "साँस", "कोना", "कोने", "पन्ना", "पन्ने", "ईंट"})
#: Words before ``एक-एक`` that say what each is of: ``दोनों टीमों ने एक-एक गोल``, ``हर
#: परिवार को एक-एक पौधा``.
EACH_CUES: frozenset[str] = frozenset(
    {"दोनों", "तीनों", "चारों", "पांचों", "पाँचों", "सभी", "सब", "हर", "प्रत्येक", "सबको"})
#: Nouns before which ``एक-एक`` is one each with no word before it that says so (``एक-एक ओवर
#: का मैच``, ``एक-एक गोल``); before other counted nouns it may be "every single" (``एक-एक वोट
#: कीमती है``, ``एक-एक रन के लिए``).
EACH_COUNT_NOUNS: frozenset[str] = frozenset({"ओवर", "गोल", "सीटों"})
#: Postpositions after a plural that make it say what ``एक-एक`` is each of (``प्रखंडों में``,
#: ``सभी विधायकों को``, ``दोनों सीटों पर``); after ने, की or से the plural is the doer or owner
#: and ``एक-एक`` "every single" (``लोगों ने एक-एक घर की तलाशी ली``).
EACH_PLURAL_AFTER: frozenset[str] = frozenset({"को", "में", "पर"})
#: Names of software and words of version: before a number with a point they make it a
#: version (``एंड्रॉयड 6.0``, ``वर्जन 2.1``); a show word does not (``इस खिलाड़ी 8.5 औसत``).
VERSION_WORDS: frozenset[str] = frozenset(
    {"एंड्रॉयड", "एंड्रॉइड", "आईओएस", "विंडोज", "विंडोज़", "वर्जन", "वर्ज़न", "संस्करण", "android",
     "ios", "windows", "version",
     # a beta build (Android 14 Beta 4.1)
     "बीटा", "beta"}
)
#: Verbs that may end the clause after a price: होना ('to be', ``कीमत 55,850 थी``), रखना
#: and तय करना ('to set': ``कीमत 8.50 लाख रखी जा सकती है``).
COPULAS: frozenset[str] = frozenset(
    {"है", "हैं", "था", "थी", "थे", "रहा", "रही", "रहे", "हो", "होगा", "होगी", "होंगे", "हुआ", "हुई",
     "हुए", "रखा", "रखी", "रखे", "तय"}
)
#: Verbs of what a cost comes to, after a noun of money and the sum (आना, लगना, पड़ना,
#: बैठना: ``खर्चा 3.5 लाख आता है``, ``खर्च 2 लाख लगता है``, ``लागत 5 लाख बैठती है``).
COST_VERBS: frozenset[str] = frozenset(
    {"आता", "आती", "आते", "आया", "आई", "आए", "आएगा", "आएगी", "आएंगे", "लगता", "लगती", "लगते",
     "लगा", "लगी", "लगे", "लगेगा", "लगेगी", "लगेंगे", "पड़ता", "पड़ती", "पड़ते", "पड़ा", "पड़ी",
     "पड़े", "पड़ेगा", "पड़ेगी", "बैठता", "बैठती", "बैठते", "बैठा", "बैठी", "बैठेगा", "बैठेगी",
     # an estimate put at a sum (कीमत का अंदाज़ा 383 करोड़ लगाया गया), a sum estimated,
     # proposed, fixed or sanctioned (राजकोषीय घाटा 50,938 करोड़ अनुमानित है)
     "लगाया", "लगाई", "लगाए", "अनुमानित", "प्रस्तावित", "निर्धारित", "स्वीकृत", "मंजूर"}
)
#: Nouns of a figure or an estimate that a noun of a sum (``SUM_NOUNS``) may own before its sum
#: (``बजट का आंकड़ा 960 से 1000 करोड़ के बीच होगा``, ``कीमत का अंदाज़ा 383 करोड़ लगाया गया``).
FIGURE_NOUNS: frozenset[str] = frozenset(
    {"आंकड़ा", "आंकड़े", "आँकड़ा", "आँकड़े", "अंदाज़ा", "अंदाजा", "अनुमान"})
#: Nouns that name a sum of money, which a figure's noun may stand after (``बजट का आंकड़ा``);
#: nouns of money that name what is paid out as often count it (``नौकरी``, ``पेंशन``, ``लोन``,
#: ``छात्रवृत्ति``: ``पेंशन का आंकड़ा 5 लाख के पार`` counts pensioners).
SUM_NOUNS: frozenset[str] = frozenset(
    {"बजट", "कीमत", "दाम", "मूल्य", "लागत", "खर्च", "खर्चा", "व्यय", "कमाई", "कलेक्शन",
     "राजस्व", "आय", "निवेश", "कारोबार", "टर्नओवर", "मुनाफा", "घाटा", "नुकसान", "संपत्ति",
     "पूंजी", "फंड", "राशि", "रकम"})
#: Words that open a clause of their own ("that", "who", "because"): a look back for money
#: named near a sum stops at one (``बजट में घोषणा की गई कि 5 लाख और युवाओं को``).
CLAUSE_WORDS: frozenset[str] = frozenset({"कि", "जो", "जिसमें", "जिनमें", "क्योंकि"})
#: Words of a law or a scheme: a year between one and का/की/के and a word of ``UNDER_WORDS``
#: is the year in its name (``नियम 1989 के तहत``, ``स्कीम 1995 के अंतर्गत``; an acronym in
#: capitals does the same: ``EPS 1995 के अंतर्गत``). Acts are years after their own word
#: (``अधिनियम 1961``, ``YEAR_BEFORE``).
LAW_WORDS: frozenset[str] = frozenset(
    {"नियम", "नियमों", "नियमावली", "विनियम", "विनियमन", "स्कीम", "योजना", "नीति", "संहिता",
     "कानून", "संशोधन", "rules", "scheme", "policy", "code"})
#: "Under" (a law or a scheme).
UNDER_WORDS: frozenset[str] = frozenset({"तहत", "अंतर्गत", "अन्तर्गत"})
#: Nouns after का/की/के that make a four-digit number before them a year: 2011 की जनगणना,
#: 2019 के चुनाव, 2023 का विश्व कप.
YEAR_NOUNS: frozenset[str] = frozenset(
    {"जनगणना", "चुनाव", "चुनावों", "विश्व", "वर्ल्ड", "ओलंपिक", "ओलिंपिक", "बजट",
     "विधानसभा", "लोकसभा", "आईपीएल", "एशियाड", "सत्र", "मानसून", "बैच", "दंगे", "दंगों",
     "भूकंप", "बाढ़", "सर्वे", "सर्वेक्षण",
     # 2015 के बाद से, 1947 के पहले, 2020 के दौरान
     "बाद", "पहले", "दौरान",
     # an event named by its year: 1857 की क्रांति, 2008 की मंदी, 2001 के संसद हमले
     "क्रांति", "मंदी", "हमले", "हमला"}
)
#: Nouns after का/की/के that make a year of recent times (1950 to 2099) of four digits, where an
#: older number would as likely be a count compared: ``2020 की तुलना में``, ``2021 के
#: मुकाबले``, ``2024 के अंत तक``, ``2023 की पहली तिमाही`` (but ``1500 की तुलना में``); and
#: the nouns of a year's time or of an edition (``2025 का आधा साल``, ``1995 का समय``, ``2025
#: की रेस``, ``2024 का सीजन``; a word of half or whole may stand between: ``YEAR_NOUN_SKIPPED``).
RECENT_YEAR_NOUNS: frozenset[str] = frozenset(
    {"तुलना", "मुकाबले", "मुकाबला", "अंत", "आखिर", "शुरुआत", "शुरू", "मध्य", "तिमाही", "छमाही",
     "साल", "वर्ष", "समय", "दौर", "रेस", "सीजन", "सीज़न", "संस्करण"})
#: Words passed over between का/की/के and a noun of ``RECENT_YEAR_NOUNS`` (``2025 का आधा साल``;
#: ``2000 के आधे नोट`` has no such noun after them, and stays a number).
YEAR_NOUN_SKIPPED: frozenset[str] = frozenset({"आधा", "आधे", "आधी", "पूरा", "पूरे", "पूरी"})
#: Words after a noun of a year's time that make it "for a year", no year (``1999 का साल भर
#: वाला प्लान``).
YEAR_NOUN_NOT_BEFORE: frozenset[str] = frozenset({"भर"})
#: After a year, "since then until now" (``1947 से अब तक``, ``2014 से आज तक``).
SINCE_NOW: tuple[str, ...] = ("से अब तक", "से आज तक", "से अभी तक", "से लेकर अब तक",
                              "से लेकर आज तक")
