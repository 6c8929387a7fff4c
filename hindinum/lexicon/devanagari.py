"""The Devanagari script: the spellings of one letter that fold to one look-up key.

Facts of the script, shared by every language written in it (Hindi, Marathi, Nepali ...):
the Unicode Standard, chapter 12 (Devanagari), for the precomposed nukta letters and the
nasal consonants of each class; :func:`hindinum.text.fold` reads them.
"""

from __future__ import annotations

#: Precomposed nukta letters and the base letter they fold to (the nukta is dropped). NFC
#: decomposes the first eight but composes the last three, so text carries both forms.
NUKTA_LETTERS: dict[str, str] = {
    "क़": "क", "ख़": "ख", "ग़": "ग", "ज़": "ज", "ड़": "ड", "ढ़": "ढ", "फ़": "फ", "य़": "य",
    "ऩ": "न", "ऱ": "र", "ऴ": "ळ",
}
NUKTA = "़"
CHANDRABINDU = "ँ"
ANUSVARA = "ं"
VIRAMA = "्"

#: The nasal consonant of each class and the first and last consonant of the class: before a
#: consonant of its class, nasal + virama is written as the anusvara (पन्द्रह = पंद्रह).
NASAL_CLASSES: tuple[tuple[str, str, str], ...] = (
    ("ङ", "क", "घ"), ("ञ", "च", "झ"), ("ण", "ट", "ढ"), ("न", "त", "ध"), ("म", "प", "भ"),
)
