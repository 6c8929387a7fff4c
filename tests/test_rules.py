"""Each rule of hindinum.rules, by name: a text where it fires, and a near text where it does
not (and the amount is read). ``explain()`` names the rule that decided."""

from __future__ import annotations

import importlib
from pathlib import Path

import cases
import pytest

import hindinum
from hindinum import rules

#: rule name -> (texts where the rule turns the number down, texts where it does not fire)
CASES: dict[str, tuple[list[str], list[str]]] = {
    "letters_before_digits": (["A320 विमान", "COVID19 के मामले"], ["₹500 दिए", "कीमतः500 है"]),
    "postal_code": (["पिन कोड 226001 है", "PIN: 110001", "पिनकोड 226001"],
                    ["कूपन कोड 200 रुपये", "पिन 12 है"]),
    "landline": (["फोन 05862-242517 पर", "कॉल करो 1374-309988", "22-26411128 पर",
                  "नंबर 0141-2227070, 2227080 पर", "नंबर 0120—2822980 पर"],
                 ["05862 लोग", "1000-100000 रुपये", "10-12 लाख", "5862-24251 लोग",
                  "5000-250461 रुपये"]),
    "phone_with_plus": (["कॉल +91 98765 43210 करें"], ["कुल 91 लोग", "शेयर +5% चढ़ा",
                                                     "सेंसेक्स +450 अंक चढ़ा"]),
    "service_number": (["108 एंबुलेंस सेवा से", "एंबुलेंस 108 पहुंची", "112 डायल करें",
                        "181 महिला हेल्पलाइन पर", "1098 चाइल्डलाइन पर"],
                       ["100 लोग एंबुलेंस से", "100 नंबर मिले", "उसने 100 रुपये दिए",
                        "500 एंबुलेंस तैनात", "108 किलो एंबुलेंस में"]),
    "number_dialled": (["डायल करें 112", "कॉल करें 1930", "इसपे कॉल करो 0168911-4573"],
                       ["फोन करें 500 रुपये जीतें", "फोन करके 3 लोगों को", "कॉल करें 24 घंटे"]),
    "road_number": (["नेशनल हाईवे 53 पर हादसा", "राष्ट्रीय राजमार्ग -306 पर", "हाईवे 44.",
                     "राजमार्ग 30 पर 5 किमी आगे"],
                    ["हाईवे 4 बजे बंद", "राजमार्ग 6 लेन का", "हाईवे 3 से 4 घंटे जाम",
                     "हाईवे पर 5 लोग", "नया हाईवे 2026 तक बनेगा", "हाईवे 10 से ज्यादा गाड़ियां",
                     "हाईवे 15 को खुलेगा"]),
    "identifier": (["धारा 370 हटी", "OTP 482913 है", "वार्ड 21 निवासी",
                    "ट्रेन नंबर 12951 से", "स्टेशनों के प्लेटफ़ॉर्म 1 से",
                    "खाता संख्या 123456789012", "हेल्पलाइन 1912 पर", "ऑर्डर ID 4059832",
                    "मकान नंबर 152 से 162 ब्लॉक डी", "(क्रमांक 26 सन 1997)", "वार्ड -5 में",
                    "धारा 256, 351(2) के तहत", "आईपीसी 302 के तहत मामला", "बीएनएस 103 में",
                    "धारा 302, 307 व 34 के तहत", "धारा 147,188 व 353 आईपीसी"],
                   ["मरीजों की संख्या 500 हुई", "नंबर 1 पर", "धारा के 5 लोग",
                    "शुगर लेवल 400 तक"]),
    "list_marker": (["(2) आवेदन की फीस 500 रुपये", "कुल:\n2) अंतिम तिथि", "7- जुर्माना 500 रुपये"],
                    ["फीस (500) रुपये", "राशि 2) में", "5-स्टार होटल", "4-लेन सड़क",
                     "कुल 7- जुर्माना"]),
    "number_called": (["एंबुलेंस 108 को फोन किया", "112 को कॉल करें", "108 और 100 नंबर पर सूचना दी",
                       "112 पर कॉल करें", "1098 पर फोन करें", "102 या 108 नंबर डायल करके"],
                      ["परीक्षा में 90 नंबर मिले", "शेयर 500 पर बंद", "टीम 1 नंबर पर है",
                       "उसे 90 या 95 नंबर मिले", "ठग रोजाना 500 नंबर डायल करते थे",
                       "150 पर आउट हुए", "500 को गिरफ्तार किया"]),
    "identifier_word": (["सील रहेगा सेक्टर चार", "धारा तीन में", "मकान नंबर पांच में",
                         "आईपीसी तीन सौ दो के तहत"],
                        ["सेक्टर में चार लोग", "चार सेक्टर", "मरीजों की संख्या पांच हुई",
                         "बूथ संख्या पांच बढ़ी", "आईपीसी दो लाख रुपये", "आईपीसी दो हजार बीस"]),
    "purity": (["999 प्योरिटी वाला सोना", "आज 995 शुद्धता का सोना"],
               ["99 प्योरिटी", "सोना 999 रुपये प्योरिटी"]),
    "screen_resolution": (["4K टीवी का दाम", "8K वीडियो", "3840 x 2160 पिक्सल होता है",
                           "(2280 x 1080 पिक्सल) AMOLED"],
                          ["उसके 5K फॉलोअर्स हैं", "कमरा 10 x 12 फीट का", "4 टीवी खरीदे"]),
    "flat_size": (["यहां 2 BHK फ्लैट के रेट", "3 बीएचके का किराया"],
                  ["2 BHKs", "12 BHK फ्लैट", "2 फ्लैट"]),
    "score": (["पाकिस्तान को 3-1 से हरा दिया", "5-0 की जीत", "39 -27 से जीता", "1–3 से हार",
               "सीरीज में 2-0 की बढ़त", "टीम को ५३-३२ के अंकों से पराजित कर", "स्कोर 4-4 था",
               "मैच का स्कोर 2-1 रहा"],
              ["कीमत 10-12 से अधिक", "उसने 2-3 से ज्यादा", "100-1 से हराया",
               "10-12 की उम्र के बच्चों ने जीत", "15-20 से ज्यादा मैच जीते",
               "5-10 के बीच हारे", "23-24 से सीरीज शुरू होगी", "स्कोर 150-200 के बीच",
               "परीक्षा में स्कोर 70-80 के बीच रहा", "स्कोर 2-3 लाख रुपये तक",
               "स्कोर 90-95 फीसदी"]),
    "toll_free": (["कॉल 1800 180 1551 करें", "टोल फ्री नंबर 1800 180 1551 पर",
                   "टोल फ्री नंबर-1800 345 5553"], ["1800 रुपये", "1800 लोग और 200 गाड़ियां", "भाव 1800-2000 रुपये"]),
    "scale_after_bracket": (["5,100 (61 अरब येन) करोड़ रुपये"], ["(कुल) करोड़ रुपये", "5 करोड़ रुपये"]),
    "model_name": (["iPhone 15 Pro", "Redmi 12 लॉन्च", "आईफोन 15 सीरीज", "Bigg Boss 14 में",
                    "खतरों के खिलाड़ी 13", "सीजन 4 के विजेता", "नेक्सस 7 और", "यह एंड्रॉयड 6.0 वर्जन",
                    "चंद्रयान 3 मिशन", "क्वालकॉम स्नैपड्रैगन 801 चिपसेट", "Android 14 Beta 4.1 के बाद"],
                   ["Rs 15 दिए", "iPhone 15 लाख", "Redmi 12 किलो", "कुल 15 फोन", "GDP 6.5 रही",
                    "इस खिलाड़ी 8.5 औसत से", "जुपिटर 79 चंद्रमा",
                    "कुल 6.0 अंक"]),
    "hyphenated_code": (["कोविड-19 के मामले", "NH-48 पर", "कोविड- 19 के मामले", "एन.एच.-19 पर"],
                        ["10-12 लाख", "कीमत- 50 रुपये", "लागत- 12 लाख", "लागत-5 लाख", "Rs.-500",
                         "कीमत-45,000 रुपये से शुरू", "मू.-250 रुपये",
                         "बना नंबर-1 पर",
                         "जानिए Top-5 में"]),
    "vague_scale": (["कई हजार ट्रेन", "दसियों हज़ार डॉलर देने", "कुछ लाख लोग"],
                    ["पांच हजार ट्रेन", "हजार रुपये"]),
    "digit_groups": (["आधार 1234 5678 9012", "नया 2345 6789 1234 पर"], ["1234 लोग"]),
    "title_part": (["फिल्म गदर 2 ने कमाई की", "अल्लू अर्जुन की फिल्म ‘पुष्पा 2’ जो",
                    "मिर्ज़ापुर 3 का ट्रेलर देखा", "फिल्म गदर दो ने", "फिल्म गदर शून्य दो ने",
                    "सबसे पहले 'पुष्पा 2' है", "इस बार 'क्रिमिनल जस्टिस 4' जो",
                    "पुष्पा 2 बॉक्स ऑफिस कलेक्शन डे 5"],
                   ["फिल्म के 2 गाने रिलीज़", "फिल्म 5 को रिलीज़ होगी", "सीरीज 3 मैचों की",
                    "अब इन 7 वेब सीरीज़", "फिल्म को 5 में से 4 अंक", "स्त्री 2 का जलवा",
                    "कहा 'नंबर 1' है", "गाना 'टॉप 5' में", "उसने 'कुल 5' कहा",
                    "लेकिन चार सीज़न होस्ट करने वाले", "फिल्म का ट्रेलर गुरुवार 3 को रिलीज़",
                    "फिल्म की शूटिंग रात 3 तक चली", "फिल्म टॉप 5 में शामिल",
                    "स्कूल में शूटिंग, छात्र 3 की मौत", "सरकार ने किस्त 2 रिलीज़ की",
                    "गदर 2 ने 9876543210 पर फिल्म", "ऑफिस में 2 बॉक्स रखे"]),
    "phone_after_word": (["फोन: 2345678 पर", "दूरभाष संख्या 2551234", "मो: 098765 43210",
                          "फोन 0141 2227070 पर", "मो.नं. 9876543210", "संपर्क 91-9876543210",
                          "मोबाइल 98765-43210 24 घंटे"],
                         ["मोबाइल 15000 रुपये में", "फोन 5 मिनट", "मोबाइल 15000 में मिला"]),
    "mobile_groups": (["कहा 98765 43210 पर", "भेजें ९८७६५ ४३२१० पर", "नंबर 9876 543 210 पर",
                       "हेल्पलाइन 98765 43210 24 घंटे"],
                      ["कीमत 98765-43210 रुपये", "कुल 9876 543 लोग", "98765 43210 67 लोग",
                       "सोना 70000-72000 प्रति 10 ग्राम", "अंक तालिका: 98 87 76 65 54"]),
    "bracketed_std_code": (["फोन (0755) 2551234 पर", "(022) 2641 1128 पर"],
                           ["वर्ष (2020) 1234567", "(0755) 25 लोग", "(0755) 2551234 रुपये"]),
    "odd_fraction": (["24/7 सेवा", "26/11 हमला"], ["3/4 लाख", "1/3 हिस्सा"]),
    "clock_or_date": (["10:75 पर", "32-13-2023 को", "2023-13-45 को"], ["15 लोग", "10:30 पर"]),
    "dotted_run": (["192.168.1.2 पता", "संस्करण 1.2.3"], ["1.2 करोड़"]),
    "month_number": (["40 मार्च को", "मार्च 99 को"], ["15 लोग अगले", "15 अगस्त को"]),
    "ordinal_with_currency": (["$ 21वीं सदी"], ["$ 21 दिए"]),
    "ordinal_of_no_place": (["-5वां", "माइनस पाँचवाँ", "1.5वां", "0.5th", "-1st"],
                            ["5वां स्थान", "-5 डिग्री", "21वीं सदी", "माइनस पाँच"]),
    "letters_after_digits": (["4G नेटवर्क", "3D फिल्म"], ["5लाख लोग", "20% बढ़ा"]),
    "word_glued_to_digits": (["उन्नीस1,00,000 रुपये"], ["उन्नीस लोग"]),
    "article": (["एक रिपोर्ट के मुताबिक", "आधी बात सुनी", "एक युवक और उसके चाचा",
                 "एक-एक करके", "एक साथ 16 लोगों", "में से एक है, पाव भाजी",
                 "एक युवक 2 लाख रुपये लेकर फरार", "एक 'वाटर वर्ल्ड' ग्रह",
                 "एक शख्स मात्र 500 रुपये में पेट पाल रहा", "एक कंपनी का टर्नओवर 500 करोड़ रुपये"],
                ["एक किलो चीनी", "एक से अधिक", "एक विकेट लिया", "एक ही रन दिया",
                 "एक गोल और एक पेनल्टी", "तीन बेटे और एक बेटी", "दोनों दलों को एक-एक सीट",
                 "एक किताब 300 रुपए तक हो सकती है", "एक बेड का किराया 3 हज़ार"]),
    "train_route": (["ट्रेन नंबर 15024 गोरखपुर-यशवंतपुर, 12987 सियालदह-अजमेर 7:30 घंटे",
                     "कालका मेल 12311 हावड़ा-कालका"],
                    ["12987 रुपये-पैसे", "15024 लोग", "12987 दिल्ली", "12987-12990",
                     "ट्रेन से 15000 छात्र-छात्राएं", "12311 हावड़ा-कालका"]),
    "the_other": (["एक दोस्त दूसरे दोस्त से उधार लेता है", "हर दूसरा शख्स नौकरी की तैयारी में",
                   "एक सिंगर का है और दूसरा कोल्डप्ले का"],
                  ["पहले मैच में एक गोल, दूसरे में दो", "टीम दूसरे स्थान पर रही",
                   "एक साल में दूसरी बार", "एक मैच जीता और दूसरे मैच में हार",
                   "एक साल बाद दूसरी शादी", "लगातार दूसरी जीत", "एक गेम गंवाने के बाद दूसरा गेम",
                   "उसने दूसरी पारी में"]),
    "type_label": (["यह 7 सीटर कार है", "एक चार पहिया वाहन", "4-सिलेंडर डीजल इंजन",
                    "8-स्पीड गियरबॉक्स", "2-सीटर कार", "5-स्टार होटल"],
                   ["4 सिलेंडर बरामद", "दो सौ पहिया", "2.2-लीटर इंजन", "5 सीट",
                    "पुलिस ने 4-सिलेंडर बरामद किए", "फिल्म को 3-स्टार दिए", "चोरों ने 3 पहिए चुराए",
                    "मरीज को 2-स्ट्रोक के बाद"]),
    "bread": (["मुंबई का वड़ा पाव", "दो वड़ा पाव"], ["पाव किलो चीनी"]),
    "mobile_number": (["नंबर 9876543210 पर", "कस्टमर केयर नंबर 18001038181 पर"],
                      ["कुल 1876543210 रुपये", "कुल 180012345 लोग"]),
    "before_not_first": (["दो दिन पहले", "इससे पहले वह", "भारत ने पहले बल्लेबाजी करते हुए",
                          "मंदिर से 3 किलोमीटर पहले रोका",
                          "पहले यहां सिलेंडर", "कार ने पहले ऑटो फिर साइकिल को टक्कर मारी",
                          "कितना होता है, पहले कितने फैक्टर रहे", "पहले यह 1000 रुपये का था",
                          "पहले इस साल", "मैं पहले ही मैच देख चुका हूं", "इससे पहले नंबर पर",
                          "इससे पहले ही मैच में", "कार्यक्रम से पहले स्थान पर पुलिस",
                          "होली के पहले रविवार को", "टीम पहले ही मैच में हार चुकी थी"],
                         ["पहले स्थान पर", "जनवरी के पहले हफ्ते में", "पहले बल्लेबाज का विकेट",
                          "हफ्तों से पहले स्थान पर थी", "रूट ने पहले ही टेस्ट में",
                          "अगस्त के पहले रविवार को", "महीने के पहले सोमवार",
                          "टीम को पहले स्थान पर", "पहले चरण में", "उन्होंने पहले टेस्ट में",
                          "भारत ने पहले टी20 मैच में", "पहले डोज के बाद बुखार",
                          "फिल्म ने पहले वीकेंड में", "पहले मैच के बाद टीम"]),
    "idiom": (["चोर नौ दो ग्यारह हो गया", "दूसरी ओर बॉलीवुड", "एक-दूसरे की मदद", "सौ टका सच", "तीन तलाक कानून",
               "कंट्रोल रूम 24 बाय 7 संचालित", "सेवा 24x7 उपलब्ध", "आधी रात को",
               "फिल्म दूसरी कई फिल्मों से पिछड़ गई"],
              ["नौ लोग", "दो लोग", "सौ रुपये", "कुल 24 बाय 7 मीटर का कमरा"]),
    "spoken_digits": (["नंबर नौ आठ सात छह पाँच चार तीन दो एक शून्य पर", "पिन एक एक शून्य शून्य दो तीन",
                       "नौ शून्य शून्य शून्य शून्य और फिर"],
                      ["दो तीन दिन", "एक दो तीन लोग", "नौ आठ-सात छह", "एक दो तीन चार हज़ार रुपये"]),
    "clock_time": (["25 बजे", "साढ़े पच्चीस बजे"], ["साढ़े तीन लाख", "साढ़े तीन बजे"]),
    "ordinary_word": (["नो एंट्री", "शराब का सेवन हानिकारक है"], ["सेवन मिलियन डॉलर", "शून्य ही 0 है"]),
    "frequency": (["दाम दिन में दो बार जारी होते हैं", "तीन बार की चैंपियन", "उसने 21 बार कोशिश की",
                   "सौ-सौ बार माफी", "पांच दफा"],
                  ["पहली बार ऐसा हुआ", "5 बार काउंसिल के सदस्य", "दो बारह", "दो, बार में"]),
    "unit_not_ordinal": (["A320 सेकंड में", "पानी की निकासी प्रति सेकेंड"],
                         ["मुझे सेकेंड लिस्ट दिखाओ"]),
    "verb_give": (["मुझे पानी दो", "जाने दो यार", "कर दो न", "हँसने दो, रोने दो",
                   "हमें दान दो, सुख मिलेगा"], ["दो लोग आए", "उसने दो किताबें लिखीं", "एक, दो, तीन",
                                                "दो", "पत्र लिख कर दो डॉक्टरों के साथ"]),
    "leading_zero": (["नंबर 0045", "जेम्स बॉन्ड 007", "कोड 09876543210 डालें"], ["05 लोग", "000", "0001"]),
}

ALL_RULES = list(dict.fromkeys([*rules.TOKEN_RULES, *rules.OPENING_RULES, *rules.READING_RULES, *rules.RANGE_RULES,
             *rules.NUMBER_RULES]))


def _rules_that_fired(text: str) -> list[str]:
    return [d.rule for d in hindinum.explain(text) if d.verdict == "not an amount"]


def test_every_rule_has_cases() -> None:
    assert sorted(CASES) == sorted(rule.__name__ for rule in ALL_RULES)


@pytest.mark.parametrize(("rule", "text"), [(r, t) for r, (fire, _) in CASES.items() for t in fire])
def test_the_rule_fires(rule: str, text: str) -> None:
    assert rule in _rules_that_fired(text)


@pytest.mark.parametrize(("rule", "text"), [(r, t) for r, (_, keep) in CASES.items() for t in keep])
def test_the_rule_does_not_fire(rule: str, text: str) -> None:
    assert rule not in _rules_that_fired(text)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.__name__)
def test_every_rule_says_why_with_an_example(rule: object) -> None:
    """The reason explain() gives (the docstring's first paragraph, read from rules.py in
    the compiled build, which keeps no docstrings) shows an example in ``...``."""
    why = importlib.import_module("hindinum.explain")._reason(getattr(rule, "__name__", ""))
    assert why and "``" in why


def test_explain_agrees_with_extract() -> None:
    text = "करीब 10-12 लाख रुपये, साल 2019 में 5 लाख, एक रिपोर्ट, 10:30 बजे, -₹500 और 20%"
    found = [d.amount for d in hindinum.explain(text) if d.verdict == "amount"]
    assert found == hindinum.extract(text)


def test_explain_says_why_in_words() -> None:
    printed = str(hindinum.explain("iPhone 15 पर 11 लाख डॉलर दिए"))
    assert "not an amount (model_name)" in printed
    assert "'11 लाख डॉलर' -> 1100000 USD [money]" in printed
    assert "because: number: 11 लाख; currency after: USD" in printed
    assert str(hindinum.explain("कुछ नहीं")).startswith("no candidate")


def test_explain_checks_its_arguments_as_extract_does() -> None:
    with pytest.raises(TypeError, match="extract"):
        hindinum.explain(b"5")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="dollar"):
        hindinum.explain("5 डॉलर", dollar="XYZ")


def test_explain_reads_with_the_dollar_extract_reads_with() -> None:
    """explain() normalizes the code as extract() does (``cad`` is CAD), so its amounts are
    extract's."""
    found = [d.amount for d in hindinum.explain("5 डॉलर", dollar="cad") if d.amount]
    assert found == hindinum.extract("5 डॉलर", dollar="cad")
    assert found[0].currency == "CAD"


def _gate_texts() -> list[str]:
    """Every rule's texts, the cases' and the seeds' lines, and each with its tokens glued
    and spaced."""
    texts = [t for fire, keep in CASES.values() for t in fire + keep]
    for name in ("REAL_WORLD", "SYNTHETIC", "MUST_NOT_CHANGE"):
        texts += [row if isinstance(row, str) else row[0] for row in getattr(cases, name, [])]
    for path in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt")):
        texts += path.read_text(encoding="utf-8").splitlines()
    return texts + [t.replace(" ", "") for t in texts] + [t.replace(" ", "  ") for t in texts]


def test_no_token_rule_fires_where_the_gate_is_shut() -> None:
    """The scanner skips the token rules where :class:`rules.TokenGate` is shut; it must be
    shut only where none of them would fire (a new token rule adds its neighbours to it)."""
    from hindinum.recognize import Scanner
    from hindinum.tokenize import DIGITS

    checked = 0
    for text in _gate_texts():
        s = Scanner(text)
        for i in range(s.n):
            if s.toks.kind[i] == DIGITS and not s.gate.open(s, i):
                checked += 1
                assert [r.__name__ for r in rules.TOKEN_RULES if r(s, i)] == [], (text, i)
    assert checked > 500


def test_the_gates_change_no_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """With every gate held open (each rule asked everywhere, every minus sign tried),
    extract() finds the same."""
    from hindinum.recognize import Scanner

    texts = _gate_texts() + ["5 - - 7", "5--7", "-- ₹500", "- -5", "माइनस - पाँच", "-₹-500"]
    shut = [hindinum.extract(t) for t in texts]
    monkeypatch.setattr(rules.TokenGate, "open", lambda self, s, i: True)
    monkeypatch.setattr(rules, "reading_rules_may_fire", lambda s, c: True)
    monkeypatch.setattr(rules, "number_rules_may_fire", lambda s, c: True)
    monkeypatch.setattr(rules.TokenGate, "__init__", _open_gate_init(rules.TokenGate.__init__))
    monkeypatch.setattr(rules, "_GATES", {})
    monkeypatch.setattr(Scanner, "_minus_may_open", lambda self, i: True)
    assert [hindinum.extract(t) for t in texts] == shut


def _open_gate_init(init: object) -> object:
    """TokenGate.__init__, then every key at which an opening rule may fire."""
    def opened(self: rules.TokenGate, lang: object) -> None:
        init(self, lang)  # type: ignore[operator]
        self.opening = _EVERY_KEY
    return opened


class _Every(frozenset):  # type: ignore[type-arg]
    def __contains__(self, key: object) -> bool:
        return True


_EVERY_KEY = _Every()
