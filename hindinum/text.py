"""Unicode clean-up for look-ups: one folded key per spelling of a word.

Hindi text spells the same word several ways: nukta letters come precomposed (``ज़`` U+095B)
or decomposed (``ज`` + U+093C), and NFC does not unify them; chandrabindu (``ँ``) and
anusvara (``ं``) alternate (``पाँच``/``पांच``); ZWJ/ZWNJ appear inside words; ``हज़ार`` is
written ``हजार`` as often as not. hindinum never rewrites the input: it folds each token to a
*key* and looks the key up, so offsets into the original text stay exact.
"""

from __future__ import annotations

import regex

from hindinum.lexicon import devanagari

__all__ = ["SPACE_CHARS", "fold"]

#: Characters treated as spaces between tokens, besides what ``str.isspace`` accepts.
SPACE_CHARS = "\u00a0\u202f\u200b\u2060\ufeff"

_FOLD = str.maketrans(
    {
        **devanagari.NUKTA_LETTERS,  # precomposed nukta letters -> their base letter
        devanagari.NUKTA: None,
        devanagari.CHANDRABINDU: devanagari.ANUSVARA,
        "\u200c": None,  # ZWNJ
        "\u200d": None,  # ZWJ
        "\u00ad": None,  # soft hyphen
    }
)

_VIRAMA = devanagari.VIRAMA
#: A nasal consonant and virama before a consonant of its class.
_NASAL_RE = regex.compile("|".join(
    f"{nasal}{_VIRAMA}(?=[{first}-{last}])" for nasal, first, last in devanagari.NASAL_CLASSES))


def fold(word: str) -> str:
    """Fold a word to the key hindinum looks it up by.

    Nukta (precomposed or decomposed), chandrabindu vs anusvara, ZWJ/ZWNJ and Latin case
    are folded away; nothing else changes.

    >>> fold("हज़ार") == fold("हज़ार") == fold("हजार")
    True
    >>> fold("पाँच") == fold("पांच")
    True
    >>> fold("Lakh")
    'lakh'
    >>> fold("पन्द्रह") == fold("पंद्रह"), fold("लाख्") == fold("लाख")
    (True, True)
    >>> fold(None)
    Traceback (most recent call last):
    TypeError: fold() expects str, not NoneType
    """
    if not isinstance(word, str):
        raise TypeError(f"fold() expects str, not {type(word).__name__}")
    key = word.translate(_FOLD).lower()
    if _VIRAMA in key:
        # a nasal consonant + virama before a consonant of its class is the anusvara
        # (पञ्च = पंच, पन्द्रह = पंद्रह); a final virama is dropped (लाख् = लाख)
        key = _NASAL_RE.sub(devanagari.ANUSVARA, key).rstrip(_VIRAMA)
    return key
