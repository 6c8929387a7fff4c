"""Currency names, symbols and codes as they appear in Hindi text, mapped to ISO 4217.

Sources: the ISO 4217 list of active codes (:mod:`hindinum.iso4217`; the few withdrawn codes
still read are listed in :data:`WITHDRAWN`), the Hindi names used by Hindi newspapers and by
public Hindi test suites (NeMo's currency vocabulary, Recognizers-Text's currency model), the
Hinglish and Gulf-remittance spellings of the open-text issue (``rupay``, ``rupaiye``,
``rupiya``, ``रुपीस``, ``Dh``/``Dhs``, ``riyal``/``rial``, ``रुबल``/``रूबेल`` for the rouble), and
the Unicode currency symbols.
Names are written as they appear; look-ups fold nukta and chandrabindu.
"""

from __future__ import annotations

#: The key under which bare dollar names stand in :data:`NAMES`; they read as the currency the
#: caller chooses, USD by default.
BARE_DOLLAR = "$"

#: Names of each currency. A name is one or more words; the longest match wins, so
#: ``कनाडाई डॉलर`` beats ``डॉलर``. A bare ``डॉलर``/``$`` is read as USD (configurable).
NAMES: dict[str, tuple[str, ...]] = {
    "INR": (
        "रुपये", "रुपए", "रुपया", "रूपये", "रूपए", "रूपया", "रुपयों", "रुपयो", "रुपिया", "रुपेया",
        "रुपय", "रु", "रू", "रुपीज़", "रुपी", "भारतीय रुपये", "भारतीय रुपया", "भारतीय रुपए",
        "rs", "rs.", "inr", "rupees", "rupee", "rupaye", "re",
        # Hinglish: the Hindi words in Latin letters, and English rupees in Devanagari
        "rupay", "rupaiye", "rupaiya", "rupiya", "rupiye", "rupye", "rupya", "रुपीस", "रूपीस",
        # a slip of the keyboard seen in news (2.30 लाख रुफए)
        "रुफए", "रुफये",
    ),
    # A bare dollar: USD unless the caller says otherwise (``extract(text, dollar="CAD")``).
    BARE_DOLLAR: ("डॉलर", "डालर", "डोलर", "डॉलरों", "dollar", "dollars", "$"),
    "USD": (
        "अमेरिकी डॉलर", "अमरीकी डॉलर", "अमेरिकन डॉलर", "यूएस डॉलर", "usd", "us$", "us $", "usd$",
        "यू. एस. $", "यूएसडी",
    ),
    "EUR": ("यूरो", "euro", "euros", "eur"),
    "GBP": (
        "पाउंड", "पौंड", "पाउण्ड", "पौण्ड", "ब्रिटिश पाउंड", "पाउंड स्टर्लिंग", "स्टर्लिंग", "gbp",
        "pound", "pounds",
    ),
    "JPY": ("येन", "जापानी येन", "yen", "jpy"),
    "CNY": ("युआन", "चीनी युआन", "रेनमिनबी", "yuan", "cny", "rmb", "कुआई"),
    "RUB": ("रूबल", "रूसी रूबल", "रुबल", "रूबेल", "रुबेल", "rouble", "ruble", "rub"),
    "BYN": ("बेलारूसी रूबल",),
    "AED": ("दिरहम", "यूएई दिरहम", "संयुक्त अरब अमीरात दिरहम", "aed", "dirham", "dirhams", "dh",
            "dhs", "uae dirham",
            # the ISO code as Hindi news spells it (एईडी 1,600,000)
            "एईडी"),
    "MAD": ("मोरक्को दिरहम", "मोरक्कन दिरहम"),
    # a bare riyal is the Saudi one, in whichever spelling (rial is also Iran's, Oman's and
    # Yemen's, which Hindi text names with their adjective: ईरानी रियाल)
    "SAR": ("रियाल", "सऊदी रियाल", "रियाल सऊदी", "sar", "riyal", "riyals", "rial", "rials",
            "saudi riyal", "saudi riyals"),
    "QAR": ("क़तरी रियाल", "कतरी रियाल", "क़तर रियाल", "कतर रियाल", "qar"),
    "OMR": ("ओमानी रियाल", "omr"),
    "IRR": ("ईरानी रियाल",),
    "YER": ("यमनी रियाल",),
    "BDT": ("टका", "बांग्लादेशी टका", "टाका", "bdt"),
    "PKR": ("पाकिस्तानी रुपये", "पाकिस्तानी रुपया", "पाकिस्तानी रुपए", "pkr"),
    "NPR": ("नेपाली रुपये", "नेपाली रुपया", "नेपाली रुपए", "npr"),
    "LKR": ("श्रीलंकाई रुपये", "श्रीलंकाई रुपया", "श्रीलंकाई रुपए", "श्रीलंका रुपये", "lkr"),
    "MUR": ("मॉरीशस रुपये", "मॉरीशस रुपया", "मॉरीशियन रुपया"),
    "SCR": ("सेशेल्स रुपया",),
    "MVR": ("मालदीवी रूफिया", "रूफिया"),
    "IDR": ("रुपियाह", "इंडोनेशियाई रुपियाह", "इंडोनेशियाई रुपिया", "idr"),
    "CAD": ("कनाडाई डॉलर", "कनाडा डॉलर", "कैनेडियन डॉलर", "cad", "cad$", "c$", "c $"),
    "AUD": ("ऑस्ट्रेलियाई डॉलर", "आस्ट्रेलियाई डॉलर", "ऑस्ट्रेलियन डॉलर", "aud", "aud$", "a$"),
    "NZD": ("न्यूज़ीलैंड डॉलर", "न्यूजीलैंड डॉलर", "nzd", "nzd$", "nz$"),
    "SGD": ("सिंगापुर डॉलर", "सिंगापुरी डॉलर", "sgd", "s$"),
    "HKD": ("हांगकांग डॉलर", "हॉन्ग कॉन्ग डॉलर", "हांग कांग डॉलर", "hkd", "hk$", "hk $"),
    "TWD": ("ताइवान डॉलर", "नया ताइवान डॉलर"),
    "JMD": ("जमैकन डॉलर", "जमैका डॉलर"),
    "TTD": ("त्रिनिदाद और टोबैगो डॉलर", "त्रिनिदाद एवं टोबैगो डॉलर"),
    "KYD": ("कैमन आइलैंड्स डॉलर", "केमैन द्वीप डॉलर"),
    "BSD": ("बहामास डॉलर", "बहामियन डॉलर"),
    "BBD": ("बारबाडोस डॉलर",),
    "BZD": ("बेलीज़ डॉलर",),
    "BMD": ("बरमूडा डॉलर",),
    "FJD": ("फ़िजी डॉलर", "फिजी डॉलर"),
    "GYD": ("गयाना डॉलर",),
    "LRD": ("लाइबेरियाई डॉलर",),
    "NAD": ("नामीबियाई डॉलर",),
    "SBD": ("सोलोमन द्वीप डॉलर",),
    "SRD": ("सूरीनाम डॉलर",),
    "XCD": ("पूर्वी कैरिबियन डॉलर",),
    "BND": ("ब्रुनेई डॉलर",),
    # the Zimbabwe dollar (ZWL) gave way to Zimbabwe Gold (ZiG, ZWG) in 2024; the dollar's
    # name still means the old currency (see WITHDRAWN)
    "ZWL": ("ज़िम्बाब्वे डॉलर", "zwl"),
    "ZWG": ("ज़िम्बाब्वे गोल्ड", "zwg", "zig"),
    "MXN": ("मैक्सिकन पेसो", "मेक्सिकन पेसो", "मैक्सिको पेसो", "mxn", "mxn$"),
    "ARS": ("अर्जेंटीना पेसो", "अर्जेंटीनी पेसो"),
    "CLP": ("चिली पेसो", "चिलियन पेसो"),
    "COP": ("कोलंबियाई पेसो", "कोलम्बियाई पेसो"),
    "PHP": ("फ़िलीपीनी पेसो", "फिलीपीनी पेसो", "फ़िलिपीन पेसो", "फिलिपीन पेसो"),
    "CUP": ("क्यूबाई पेसो",),
    "DOP": ("डोमिनिकन पेसो",),
    "UYU": ("उरुग्वे पेसो",),
    "CHF": ("स्विस फ्रैंक", "स्विस फ़्रैंक", "स्विस फ्रांक", "chf"),
    "XOF": ("पश्चिम अफ्रीकी सीएफए फ्रैंक", "सीएफए फ्रैंक"),
    "BIF": ("बुरुंडी फ्रैंक", "बुरुंडियन फ्रैंक"),
    "RWF": ("रवांडा फ्रैंक",),
    "CDF": ("कांगो फ्रैंक", "कांगोली फ्रैंक"),
    "DJF": ("जिबूती फ्रैंक",),
    "GNF": ("गिनी फ्रैंक",),
    "KMF": ("कोमोरियन फ्रैंक",),
    "XPF": ("सीएफपी फ्रैंक",),
    "SEK": ("स्वीडिश क्रोना", "स्वीडिश क्रोनर"),
    "NOK": ("नॉर्वेजियन क्रोन", "नार्वेजियन क्रोन", "नॉर्वेजियाई क्रोन"),
    "DKK": ("डेनिश क्रोन", "डैनिश क्रोन"),
    "ISK": ("आइसलैंडिक क्रोना",),
    "CZK": ("चेक कोरुना",),
    "TRY": ("लीरा", "लिरा", "तुर्की लिरा", "तुर्की लीरा", "तुर्किश लीरा", "try"),
    "KRW": ("वॉन", "दक्षिण कोरियाई वॉन", "कोरियाई वॉन", "krw"),
    "KPW": ("उत्तर कोरियाई वॉन",),
    "THB": ("बाट", "थाई बाट", "बहत", "थाई बहत", "thb"),
    "VND": ("डोंग", "वियतनामी डोंग", "vnd"),
    "MYR": ("रिंगिट", "मलेशियाई रिंगिट", "myr"),
    "AFN": ("अफ़गानी", "अफगानी", "अफ़ग़ानी"),
    "MMK": ("क्यात", "म्यांमार क्यात"),
    "BTN": ("न्गुलट्रम", "भूटानी न्गुलट्रम"),
    "KZT": ("तेंगे", "कज़ाख़स्तानी तेंगे", "कजाकिस्तानी टेंगे"),
    "UAH": ("ग्रिव्ना", "यूक्रेनी ग्रिव्ना", "रिव्निया", "यूक्रेनी रिव्निया"),
    "PLN": ("ज़्लॉटी", "पोलिश ज़्लॉटी", "ज्लॉटी", "पोलिश ज्लॉटी"),
    "HUF": ("फ़ोरिंट", "फोरिंट", "हंगेरियन फ़ोरिंट"),
    "RON": ("रोमानियाई ल्यू", "रोमानियन ल्यू"),
    "BGN": ("बल्गेरियाई लेव",),
    "RSD": ("सर्बियाई दिनार",),
    "DZD": ("अल्जीरियाई दिनार", "अल्जीरियन दिनार"),
    "IQD": ("इराकी दीनार", "इराकी दिनार"),
    "KWD": ("कुवैती दीनार", "कुवैती दिनार"),
    "BHD": ("बहरीन दीनार", "बहरीनी दीनार", "बहरीन दिनार", "बहरीन दिरहम"),
    "JOD": ("जॉर्डनियन दीनार", "जॉर्डन दीनार"),
    "LYD": ("लीबियाई दीनार",),
    "TND": ("ट्यूनीशियाई दीनार", "ट्यूनीशियन दीनार"),
    "MKD": ("मैसेडोनियन दीनार",),
    "EGP": ("मिस्री पाउंड", "मिस्र पाउंड", "इजिप्शियन पाउंड"),
    "LBP": ("लेबनानी पाउंड",),
    "SDG": ("सूडानी पाउंड",),
    "SYP": ("सीरियाई पाउंड",),
    "CYP": ("साइप्रस पाउंड", "साइप्रियोट पाउंड", "cyp"),
    "FKP": ("फ़ॉकलैंड द्वीप पाउंड",),
    "ILS": ("शेकेल", "इज़राइली शेकेल", "इजरायली शेकेल", "न्यू शेकेल"),
    "ZAR": ("रैंड", "दक्षिण अफ्रीकी रैंड", "दक्षिण अफ़्रीकी रैंड", "zar"),
    "NGN": ("नाइरा", "नायरा", "नाइजीरियाई नाइरा"),
    "KES": ("केन्याई शिलिंग", "कीनियाई शिलिंग"),
    "UGX": ("युगांडा शिलिंग", "युगांडाई शिलिंग"),
    "TZS": ("तंजानियाई शिलिंग", "तंज़ानियाई शिलिंग"),
    "SOS": ("सोमाली शिलिंग",),
    "ETB": ("बिर", "इथियोपियाई बिर"),
    "GHS": ("सेडी", "घाना सेडी"),
    "ZMW": ("ज़ाम्बियाई क्वाचा", "जाम्बियाई क्वाचा"),
    "MWK": ("मलावी क्वाचा",),
    "AOA": ("क्वांज़ा", "अंगोलन क्वांज़ा"),
    "MZN": ("मोज़ाम्बिकन मेटिकल",),
    "BWP": ("पुला", "बोत्सवाना पुला"),
    "SZL": ("लिलांगेनी", "स्वाज़ी लिलांगेनी"),
    "LSL": ("लोटी", "लेसोथो लोटी"),
    "BRL": ("रियाल ब्राज़ील", "ब्राज़ीली रियाल", "ब्राजीली रियाल", "ब्राज़ीलियन रियाल", "brl"),
    "PEN": ("सोल", "पेरूवियन सोल", "पेरू सोल"),
    "VES": ("बोलिवार", "वेनेजुएलन बोलिवार", "वेनेज़ुएलाई बोलिवार"),
    "BOB": ("बोलिवियानो", "बोलिवियाई बोलिवियानो"),
    "PYG": ("गुआरानी", "पराग्वे गुआरानी"),
    "CRC": ("कोलोन", "कोस्टा रिका कोलोन"),
    "GTQ": ("क्वेट्ज़ल", "ग्वाटेमाला क्वेट्ज़ल"),
    "HNL": ("लेम्पिरा", "होंडुरन लेम्पिरा"),
    "NIO": ("कोर्डोबा", "निकारागुआ कोर्डोबा"),
    "PAB": ("बाल्बोआ", "पनामा बाल्बोआ"),
    "HTG": ("गौर्डे", "हैतियन गौर्डे"),
    "AWG": ("अरूबान फ्लोरिन", "अरूबा फ्लोरिन", "अरूबियन फ्लोरिन"),
    "ANG": ("नीदरलैंड्स एंटीलियन गिल्डर",),
    "AMD": ("ड्राम", "आर्मेनियाई ड्राम", "अर्मेनियाई ड्राम"),
    "AZN": ("मनात", "अजरबैजानी मनात", "अज़रबैजानी मनात"),
    "TMT": ("तुर्कमेनिस्तानी मनात",),
    "GEL": ("लारी", "जॉर्जियाई लारी"),
    "UZS": ("सोम", "उज़्बेकिस्तानी सोम", "उज़्बेक सोम"),
    "KGS": ("किर्गिस्तानी सोम",),
    "TJS": ("सोमोनी", "ताजिकिस्तानी सोमोनी"),
    "MNT": ("तुगरिक", "मंगोलियाई तुगरिक"),
    "LAK": ("किप", "लाओ किप"),
    "KHR": ("रियाल कंबोडिया", "कम्बोडियाई रियाल", "कंबोडियाई रियाल"),
    "PGK": ("कीना", "पापुआ न्यू गिनी कीना"),
    "TOP": ("पांगा", "टोंगन पांगा"),
    "WST": ("ताला", "समोआ ताला"),
    "VUV": ("वातू",),
    "MOP": ("पटाका", "मकाऊ पटाका"),
    "MGA": ("अरियरी", "मालागासी अरियरी"),
    "MRU": ("उगिया", "मॉरिटानियाई उगिया"),
    "ERN": ("नाक्फ़ा",),
    "GMD": ("डलासी", "गाम्बियाई डलासी"),
    "SLE": ("लियोन", "सिएरा लियोनियन लियोन"),
    "CVE": ("केप वर्डियन एस्कुडो",),
    "STN": ("डोब्रा",),
    "ALL": ("लेक", "अल्बानियाई लेक"),
    "MDL": ("मोल्डोवन ल्यू",),
    "BAM": ("परिवर्तनीय मार्क",),
}

#: Withdrawn ISO 4217 codes the names above still map to, because text still names those
#: currencies (news archives, history): code -> what replaced it. Every other code in this
#: module is active (:data:`hindinum.iso4217.ACTIVE_CODES`); ``tests/test_lexicon.py`` checks
#: both. A code is dropped from here, with its names, when text stops using it; VEF, HRK,
#: SLL and CUC are not read (Hindi text names their successors, or nothing).
WITHDRAWN: dict[str, str] = {
    "CYP": "the euro (EUR), 2008; the Cypriot pound is still named in articles about the past",
    "ZWL": "Zimbabwe Gold (ZWG), 2024; ज़िम्बाब्वे डॉलर names the old dollar (its hyperinflation)",
}

#: ISO codes that are also common words in capitals (``46 ALL OUT``, ``8 AMD प्रोसेसर``, ``10
#: TOP यूनिवर्सिटी``, ``2 PEN``, ``3 SOS``): the code alone is never read as the currency, and
#: normalize keeps the text of an amount in one of them (its rendering would not read back).
WORD_CODES: frozenset[str] = frozenset(
    {"ALL", "AMD", "BAM", "BOB", "CUP", "GEL", "MAD", "MOP", "PEN", "PHP", "RON", "SOS", "TOP"}
)

#: The least sum read as rupees by its size alone: a thousand crore (ten billion) or more, said
#: with a scale word (``4,939.81 करोड़``, ``एक लाख करोड़ के पार``) and followed by a word that
#: does not say what it counts (no unit, no noun: का/की/के, a list word, a qualifier, a verb of
#: being or of money). India's people number 140 crore; a count of thousands of crores is a
#: scientist's, not a newspaper's.
SUM_FLOOR: int = 10**10
#: The least sum said with a scale word that money named near it makes rupees, on the same
#: terms (a lakh: ``बजट में उद्योग विभाग के लिए 815 करोड़ जबकि``; what "near" is: docs/grammar.md).
CONTEXT_SUM_FLOOR: int = 10**5
#: Words of "against" after a currency: the currency a rate is counted against (``रुपया डॉलर
#: के मुकाबले 14 पैसे मजबूत होकर 85.62 पर बंद``).
AGAINST_WORDS: frozenset[str] = frozenset({"मुकाबले", "मुक़ाबले", "तुलना", "against", "versus"})
#: Lands whose money is also called rupee: one named right before a sum, with a word of
#: ``RUPEE_LAND_LINKS`` between, makes a rupee word after the sum that land's rupee (``नेपाल के
#: 1.60 रुपए के बराबर``: NPR). A sign (``₹``) stays INR, and so does a sum "in" the land
#: (``नेपाल में 500 करोड़ रुपये का निवेश``: Indian news counts Indian money spent there).
RUPEE_LANDS: dict[str, str] = {
    "नेपाल": "NPR", "पाकिस्तान": "PKR", "पाक": "PKR", "श्रीलंका": "LKR", "मॉरीशस": "MUR",
    "मॉरिशस": "MUR", "सेशेल्स": "SCR"}
#: The words between such a land and the sum ("of").
RUPEE_LAND_LINKS: frozenset[str] = frozenset({"के"})
#: The rupee words that a land named before them can make its own (the bare Hindi names of the
#: rupee, not ``भारतीय रुपये``, ``Rs`` or ``INR``).
RUPEE_WORDS: frozenset[str] = frozenset(
    n for n in NAMES["INR"] if " " not in n and n.startswith(("रुप", "रूप")))
#: Words of a count or a crowd: such a sum a few words after one counts (``लेनदेन की संख्या
#: 1,058 करोड़ रही``, ``दुनिया की आबादी 10.3 अरब हो जाएगी``), and one between का/की/के and a
#: noun of money makes the number before it a count (``5 हजार की आबादी कर्ज के बोझ तले``).
TALLY_WORDS: frozenset[str] = frozenset(
    {"संख्या", "आबादी", "जनसंख्या", "तादाद", "भीड़", "लेनदेन", "लेन-देन", "population"})

#: Verbs of earning, spending and raising money: right after a number of a thousand or more
#: that could not be a year they make it rupees (``फिल्म ने 200 करोड़ कमाए``, ``2500 खर्च``).
#: By value, not by a scale word, so that digits and words (as verbalize says them) read alike.
#: Verbs that also count things are left out: ``5 हजार जमा हुए`` (people gathered), ``12 हजार
#: ट्रांसफर`` (staff), ``2 करोड़ बिके`` (units sold), ``1500 बरामद`` (bottles).
MONEY_VERBS: frozenset[str] = frozenset(
    {"कमाए", "कमाया", "कमाकर", "कमाने", "कमा", "कमाएगी", "कमाएगा", "कमाएंगे", "कमाती", "कमाता",
     "कमाते", "कमाई", "खर्च", "खर्चे", "जुटाए", "जुटाया", "वसूले", "वसूला", "ठगे", "उधार",
     "चुकाए", "चुकाने", "आवंटित", "स्वीकृत", "व्यय",
     # robbed or stolen (``5 लाख लूटे``, ``2 लाख चुराए``); not a transfer, a handing out, a
     # sanction or a loss, which staff, goods, posts, votes and subscribers have as well
     # (``12 हजार ट्रांसफर``, ``3500 मंजूर``, ``15 हजार गंवाए``)
     "लूटे", "चुराए"}
)
#: Verbs of giving: a number of a thousand or more right before one, given to someone (a word
#: of ``RECIPIENT_MARKS`` right before the number), is money (``परिजनों को 10 लाख दिए जाएंगे``).
GIVE_VERBS: frozenset[str] = frozenset(
    {"दिए", "दिये", "दिया", "देगी", "देगा", "देंगे", "देने", "दें", "देना", "देती", "देता",
     "देते"})  # not दी, which agrees with a feminine object: अस्पतालों को 5 हजार दी (doses)
#: The auxiliaries of a participle after a verb of giving (``दिए गए``, ``दी जाने``), and the
#: words after them that make it one before a noun (``दिए जाने वाले लैपटॉप``).
GIVE_AUXILIARIES: frozenset[str] = frozenset({"गए", "गई", "गईं", "गये", "गयी", "जाने"})
PARTICIPLE_TAILS: frozenset[str] = frozenset({"वाले", "वाली", "वाला"})
#: The marks of a recipient: ``को`` and the pronouns that hold it (``उन्हें``, ``उसे``).
RECIPIENT_MARKS: frozenset[str] = frozenset(
    {"को", "उसे", "उन्हें", "इसे", "इन्हें", "जिसे", "जिन्हें", "मुझे", "हमें", "तुम्हें"})
#: Verbs of buying and selling, after such a number and में (``240 करोड़ में खरीदे``: for it),
#: and of making for a sum (``170 करोड़ में बनी फिल्म``: a budget).
SALE_VERBS: frozenset[str] = frozenset(
    {"खरीदा", "खरीदे", "खरीदी", "बिका", "बिके", "बिकी", "बेचा", "बेचे", "बेची"}
)
#: Verbs of making, right after such a number and में (``170 करोड़ में बनी फिल्म``); a few words
#: on they say "became" (``20 हजार में वह अकेला अफसर बना``).
MAKE_VERBS: frozenset[str] = frozenset({"बनी", "बना", "बने"})
#: Between such a number and a verb of buying or selling: में.
MONEY_VERB_LINKS: frozenset[str] = frozenset({"में"})

#: Goods sold by weight or volume, and nouns of a price: one of them a few words before a plain
#: number that stands before प्रति and a unit of weight or volume makes the number a price in
#: rupees (``सोना 97,350 प्रति 10 ग्राम``, ``टमाटर 40 प्रति किलो``); a lab value, a dose or a
#: mileage (``शुगर 200 प्रति डेसीलीटर``, ``माइलेज 60 प्रति लीटर``) is no price.
PRICED_GOODS: frozenset[str] = frozenset(
    {"भाव", "दाम", "दामों", "कीमत", "क़ीमत", "कीमतें", "मूल्य", "रेट", "सोना", "सोने", "चांदी",
     "चाँदी", "गोल्ड", "सिल्वर", "पेट्रोल", "डीजल", "डीज़ल", "टमाटर", "प्याज", "प्याज़", "आलू",
     "गेहूं", "गेहूँ", "धान", "दाल", "सब्जी", "सब्ज़ी", "फल", "gold", "silver", "rate", "price",
     # prices in the plural (``सीएनजी की कीमतों ... 2.28 प्रति किलोग्राम``); not the gas's
     # name, which a car's mileage follows as often (``CNG कार 32.85 प्रति किलो का माइलेज``)
     "कीमतों", "क़ीमतों"}
)

#: Currency names read only after a number, because alone they are ordinary Hindi words
#: (सोल, लारी, सोम, किप, ताला, लेक, बिर, पुला, वातू ...). Every name is in fact only read next to
#: a number; this set lists the ones that must also not open a currency-first amount.
NEEDS_NUMBER_BEFORE: frozenset[str] = frozenset(
    {"सोल", "लारी", "सोम", "किप", "ताला", "लेक", "बिर", "पुला", "लियोन", "कीना", "पांगा", "re",
     "try", "all",
     # a name too (the cricketer Rubel Hossain: रूबेल 3 विकेट लेकर चमके)
     "रूबेल", "रुबेल"}
)

#: Currency symbols -> ISO 4217 (``$`` is listed with the bare dollar names above).
SYMBOLS: dict[str, str] = {
    "₹": "INR", "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY", "元": "CNY",
    "₩": "KRW", "₺": "TRY", "৳": "BDT", "₦": "NGN", "₽": "RUB", "₴": "UAH", "₱": "PHP",
    "₫": "VND", "฿": "THB", "₪": "ILS", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₮": "MNT",
    "₲": "PYG", "₵": "GHS", "₸": "KZT", "₼": "AZN", "ரூ": "LKR",
}

#: Subunits: name -> (ISO of the main unit, how many subunits make one unit, the subunit's name).
SUBUNITS: dict[str, tuple[str, int, str]] = {
    "पैसे": ("INR", 100, "paisa"), "पैसा": ("INR", 100, "paisa"), "पैसों": ("INR", 100, "paisa"),
    "paise": ("INR", 100, "paisa"), "paisa": ("INR", 100, "paisa"),
    "सेंट": (BARE_DOLLAR, 100, "cent"), "सेंट्स": (BARE_DOLLAR, 100, "cent"),
    "cent": (BARE_DOLLAR, 100, "cent"), "cents": (BARE_DOLLAR, 100, "cent"),
    "पेंस": ("GBP", 100, "penny"), "पेनी": ("GBP", 100, "penny"), "pence": ("GBP", 100, "penny"),
    "penny": ("GBP", 100, "penny"),
    "माओ": ("CNY", 10, "jiao"), "फ़ेन": ("CNY", 100, "fen"), "फेन": ("CNY", 100, "fen"),
    "कोपेक": ("RUB", 100, "kopek"),
}

#: Subunits read only right after an amount in their main unit, as verbalize says them
#: (``एक सौ येन अड़तालीस सेन`` is 100.48 JPY); alone, सेन is a name (अमर्त्य सेन).
SUBUNITS_AFTER_MAIN: dict[str, tuple[str, int, str]] = {
    "सेन": ("JPY", 100, "sen"), "जिओन": ("KRW", 100, "jeon"), "कुरस": ("TRY", 100, "kurus"),
    "कोबो": ("NGN", 100, "kobo"),
}

#: Currencies whose hundredth Hindi calls पैसे, as it does the rupee's: after their main unit
#: पैसे are theirs (``एक सौ टका बयालीस पैसे`` is 100.42 BDT).
PAISE_CURRENCIES: frozenset[str] = frozenset({"BDT", "PKR", "NPR"})

#: The word ``normalize`` writes after an amount kept in its subunit (``34 सेंट``).
SUBUNIT_WORDS: dict[str, str] = {
    "paisa": "पैसे", "cent": "सेंट", "penny": "पेंस", "jiao": "माओ", "fen": "फ़ेन",
    "kopek": "कोपेक",
}

#: Subunits read in their main unit even when no main unit is written: ``सत्तर पैसे`` is
#: 0.70 INR. Any other subunit written alone (``34 सेंट``, ``470 पेंस``) is kept as written.
CONVERTED_ALONE: frozenset[str] = frozenset({"paisa"})

#: Marks after an abbreviated currency: ``.``, the Devanagari abbreviation sign ``॰`` and the
#: digit zero that government notices use for it (``रु० 5000``).
ABBREVIATION_MARKS: frozenset[str] = frozenset({".", "॰", "०"})
#: Abbreviations of a currency name: with a mark after them (``रु.``, ``रू॰``) they lead number
#: words too (``रु. तीन लाख``), as ``Rs.`` does; a full name leads digits only (``रुपये एक``
#: is no amount).
ABBREVIATED_NAMES: frozenset[str] = frozenset({"रु", "रू"})

#: ``/-`` closes a rupee amount in Indian writing (``फीस 100/- है``): after bare digits it makes
#: them rupees.
DASH_CURRENCY = "INR"

#: Nouns of money: a number with a scale before ``का/की/के`` and one of them is rupees, which
#: Hindi news leaves unsaid (``45 लाख की नकदी``, ``साढ़े दस लाख की नकदी``, ``500 करोड़ का
#: निवेश``, ``10 हजार का जुर्माना``). Nouns of things that are counted as well as paid
#: (लोग, पेड़, टन) are not among them.
MONEY_NOUNS: frozenset[str] = frozenset(
    {"नकदी", "नकद", "कैश", "कर्ज", "कर्ज़", "ऋण", "लोन", "निवेश", "बजट", "घोटाला", "घोटाले",
     "पैकेज", "नुकसान", "मुनाफा", "मुनाफे", "राजस्व", "कारोबार", "जुर्माना", "जुर्माने",
     "मुआवजा", "मुआवज़ा", "मुआवजे", "फंड", "अनुदान", "सब्सिडी", "बकाया", "रिश्वत", "फिरौती",
     "वेतन", "राशि", "रकम", "लागत", "आय", "कमाई", "इनाम", "चंदा", "ठगी", "सौदा", "सौदे",
     "टर्नओवर", "भुगतान", "बिल", "किराया", "किराए", "जमानत", "हर्जाना", "लेनदेन", "लेन-देन",
     # a budget's provision, an instalment, aid, property, a deal, a theft, a tax or a fee
     # (``3000 करोड़ का प्रावधान``, ``20 हजार की किस्त``, ``100 करोड़ की संपत्ति``)
     "प्रावधान", "किस्त", "क़िस्त", "किश्त", "मदद", "सहायता", "संपत्ति", "संपत्तियां", "डील",
     "लूट", "धोखाधड़ी", "टैक्स", "शुल्क", "फीस", "दान", "खर्च", "खर्चा", "ब्याज", "पूंजी",
     # a court's costs, a film's collection, a prize (``10 लाख की इनामी राशि``), spending
     "कॉस्ट", "कलेक्शन", "इनामी", "व्यय",
     # a job's pay and an insurance's cover (``65 लाख की नौकरी``, ``एक करोड़ का टर्म इंश्योरेंस``,
     # ``5 लाख का कवर``)
     "नौकरी", "बीमा", "इंश्योरेंस", "इन्श्योरेंस", "कवर", "कवरेज",
     # a household's money: a premium, an EMI, a salary, a pension, a fixed deposit
     "प्रीमियम", "ईएमआई", "सैलरी", "पेंशन", "एफडी",
     # goods worth a sum, as seizures report them (``ढाई करोड़ के सामान``, ``15 लाख के जेवर``)
     "सामान", "जेवर", "जेवरात", "ज़ेवर", "ज़ेवरात", "गहने", "आभूषण",
     # a sum of money itself, a gift a government announces, losses and recoveries, pay beside
     # a salary, a scholarship, a dividend (``डेढ करोड़ की धनराशि``, ``500 करोड़ की सौगात``,
     # ``50 करोड़ का घाटा``)
     "धनराशि", "धनराशी", "सौगात", "घाटा", "घाटे", "वसूली", "आमदनी", "मुनाफ़ा", "मुनाफ़े",
     "भत्ता", "भत्ते", "मानदेय", "छात्रवृत्ति", "स्कॉलरशिप", "लाभांश", "डिविडेंड",
     # money embezzled (``5 करोड़ का गबन``, ``2 लाख की हेराफेरी``; not निकासी, a withdrawal,
     # which a dam's water has as often: ``बैराज से 2.5 लाख की निकासी``); a box office's club
     # (``100 करोड़ के क्लब में``)
     "गबन", "हेराफेरी", "क्लब"}
)

#: Nouns that make a number before ``का/की/के`` and them rupees as :data:`MONEY_NOUNS` do
#: (``2 लाख की कीमत``, ``5 लाख की बचत``, ``50 करोड़ की फंडिंग``, ``20 करोड़ का ठेका``, ``100
#: करोड़ की परियोजना``), but that say nothing of a number after them or near them: a project
#: or a saving is as often followed by the people it reaches. Not योजना, चालान, ठेके or
#: कॉन्ट्रैक्ट, which count as often (``5 हजार की योजना`` of posts, ``5 हजार के चालान भरे``,
#: ``2500 के ठेके मिले``).
OF_MONEY_NOUNS: frozenset[str] = frozenset(
    {"कीमत", "क़ीमत", "दाम", "मूल्य", "बचत", "रिफंड", "कैशबैक", "डिस्काउंट", "बोनस", "फंडिंग",
     "वैल्यूएशन", "इन्वेस्टमेंट", "इनवेस्टमेंट", "रेवेन्यू", "प्रॉफिट", "ठेका", "टेंडर",
     "परियोजना", "परियोजनाओं", "प्रोजेक्ट"}
)

#: Words of bank notes: a number before ``का/की/के`` and one of them is their denomination,
#: rupees of any value (``2000 के नोट``, ``100-100 के नोटों की गड्डियां``).
NOTE_NOUNS: frozenset[str] = frozenset({"नोट", "नोटों", "नोटो", "note", "notes"})
#: The denominations of Indian notes: only these before a word of notes are money.
NOTE_VALUES: frozenset[int] = frozenset({1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000})
#: Words before a number whose notes are a student's (``कक्षा 10 के नोट``, ``पेज 150 के नोट``).
NOTE_NOT_AFTER: frozenset[str] = frozenset(
    {"कक्षा", "क्लास", "class", "पेज", "पृष्ठ", "page", "भाग", "अध्याय", "चैप्टर", "chapter",
     "यूनिट", "unit", "लेक्चर", "lecture", "सेमेस्टर", "semester"})

#: Nouns of cash: a number of a thousand or more right before one is rupees with no का
#: between, as reports of seizures write it (``3 करोड़ कैश बरामद``, ``22.66 लाख नकद``) ...
CASH_NOUNS: frozenset[str] = frozenset({"नकदी", "नकद", "कैश", "cash"})
#: Nouns of a price that do the same: ``10 लाख से कम कीमत में``, ``5 लाख कीमत की कार`` (the
#: pack's ``cash_nouns`` holds these sets together). Not बजट, an adjective as often (``5 करोड़
#: बजट फोन``).
PRICE_NOUNS_AFTER: frozenset[str] = frozenset(
    {"कीमत", "क़ीमत", "दाम", "मूल्य", "प्राइस", "price"})
#: Nouns of a sum paid that do the same right after it (``5 लाख मुआवजा``, ``10 लाख इनाम``),
#: and the club of a box office (``100 करोड़ क्लब में शामिल``).
SUM_NOUNS_AFTER: frozenset[str] = frozenset(
    {"मुआवजा", "मुआवज़ा", "अनुदान", "इनाम", "जुर्माना", "हर्जाना", "क्लब"})
#: ... unless a noun of what cash counts follows (``50 कैश काउंटर``).
CASH_COUNTED: frozenset[str] = frozenset({"काउंटर", "काउंटरों"})
#: Nouns of money that no year stands before (a year's budget, revenue, fee, loot or prize
#: is common, a year's fine, instalment, bribe or ransom is not): before one a value a year
#: could have is money too (``2000 की किस्त``, ``दो हज़ार का जुर्माना``).
MONEY_NOUNS_NOT_OF_YEARS: frozenset[str] = frozenset(
    {"जुर्माना", "जुर्माने", "किस्त", "क़िस्त", "किश्त", "रिश्वत", "फिरौती"}
)

#: Nouns of a price or a prize: right before a number with a scale they make it rupees as the
#: nouns of money do (``पहला इनाम 10 करोड़``, ``कीमत 5 लाख से``), though after one (``5 लाख
#: की कीमत``) they are not needed.
PRICE_NOUNS: frozenset[str] = frozenset(
    {"कीमत", "क़ीमत", "दाम", "मूल्य", "पुरस्कार", "प्राइज", "प्राइज़", "इनामी", "बोली", "भाव",
     "रेट",
     # the minimum support price of a crop (कॉटन का नया एमएसपी 7121 होगा)
     "एमएसपी", "msp",
     # the metals whose price market news gives right after their name (``सोना 60 हजार के
     # पार``; a weight after the number is no price: ``सोना 500 ग्राम``)
     "सोना", "सोने", "चांदी", "चाँदी", "गोल्ड", "सिल्वर"}
)

#: ``L`` for lakh, read only glued to the digits of money (``₹5L``, ``Rs 3.5L``): after bare
#: digits it is as often litres (``5L पानी``).
MONEY_SCALES: dict[str, int] = {"L": 5}

#: After ``डॉलर 83``, these phrases make 83 the dollar's rate in rupees, not 83 dollars: the
#: rate crosses a level (``डॉलर 83 के पार``, ``डॉलर 82 के नीचे``, ``डॉलर 83 पर पहुंचा``).
RATE_AFTER: tuple[str, ...] = (
    "के पार", "के नीचे", "के ऊपर", "पर पहुंचा", "पर पहुँचा", "पर पहुंच गया", "पर पहुँच गया",
    "पर बंद", "पर खुला", "के स्तर पर", "के स्तर",
)
