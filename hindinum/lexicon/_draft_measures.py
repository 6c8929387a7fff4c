"""Draft tables for the kinds of measure (replaced by hindinum.lexicon.measures)."""

from __future__ import annotations

UNITS: dict[str, str] = {
    "किलो": "kg", "किलोग्राम": "kg", "किग्रा": "kg", "कि.ग्रा.": "kg", "kg": "kg",
    "ग्राम": "g", "g": "g", "मिलीग्राम": "mg", "mg": "mg", "डेसिग्राम": "dg",
    "टन": "t", "क्विंटल": "quintal",
    "किलोमीटर": "km", "किमी": "km", "कि.मी.": "km", "km": "km",
    "मीटर": "m", "m": "m", "सेंटीमीटर": "cm", "सेमी": "cm", "cm": "cm",
    "मिलीमीटर": "mm", "मिमी": "mm", "mm": "mm",
    "फुट": "ft", "फीट": "ft", "ft": "ft", "इंच": "in", "मील": "mi", "गज": "yd",
    "लीटर": "L", "l": "L", "मिलीलीटर": "mL", "ml": "mL",
    "डिग्री सेल्सियस": "°C", "सेल्सियस": "°C", "डिग्री": "°", "°": "°", "°c": "°C", "°f": "°F",
    "डिग्री फारेनहाइट": "°F", "फारेनहाइट": "°F", "डिग्री फ़ॉरेनहाइट": "°F", "फ़ॉरेनहाइट": "°F",
    "हेक्टेयर": "ha", "ha": "ha", "एकड़": "acre", "बीघा": "bigha",
    "वर्ग मीटर": "m²", "m²": "m²", "वर्ग किलोमीटर": "km²", "km²": "km²", "वर्ग फुट": "ft²",
    "मेगावाट": "MW", "किलोवाट": "kW", "वाट": "W",
    "किमी प्रति घंटा": "km/h", "km/h": "km/h", "किलोमीटर प्रति घंटा": "km/h",
    "जीबी": "GB", "gb": "GB", "एमबी": "MB", "mb": "MB",
}
DURATION_UNITS: dict[str, str] = {
    "सेकंड": "s", "सेकेंड": "s", "मिनट": "min", "मिनटों": "min",
    "घंटा": "h", "घंटे": "h", "घंटों": "h", "घण्टे": "h",
    "दिन": "d", "दिनों": "d", "हफ्ता": "wk", "हफ्ते": "wk", "सप्ताह": "wk",
    "महीना": "mo", "महीने": "mo", "महीनों": "mo", "माह": "mo",
    "साल": "yr", "सालों": "yr", "वर्ष": "yr", "वर्षों": "yr", "बरस": "yr",
    "s": "s", "sec": "s", "min": "min", "h": "h", "hr": "h", "hrs": "h", "d": "d",
    "wk": "wk", "mo": "mo", "yr": "yr", "yrs": "yr",
}
MONTHS: dict[str, int] = {
    "जनवरी": 1, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "मई": 5, "जून": 6,
    "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10,
    "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12, "जन": 1, "फ़र": 2, "दिस": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
SAMVAT_MONTHS: dict[str, int] = {}
DAY_PARTS: dict[str, str] = {
    "तड़के": "early", "भोर": "early", "सुबह": "morning", "सवेरे": "morning",
    "प्रातः": "morning", "दोपहर": "afternoon", "शाम": "evening", "सायं": "evening",
    "रात": "night", "रात्रि": "night",
}
CLOCK_WORDS: frozenset[str] = frozenset({"बजे", "बज", "बजकर", "बजके"})
AM_PM: dict[str, str] = {"am": "am", "a.m.": "am", "pm": "pm", "p.m.": "pm"}
PER_WORDS: frozenset[str] = frozenset({"प्रति", "per", "फी"})
ERA_AFTER: dict[str, str] = {
    "ई.": "CE", "ईस्वी": "CE", "ईसवी": "CE", "ई.पू.": "BCE", "ई. पू.": "BCE", "ईसा पूर्व": "BCE",
}
DAY_PART_LINKS: frozenset[str] = frozenset({"के", "को"})
