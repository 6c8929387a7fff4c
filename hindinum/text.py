"""Unicode clean-up for look-ups: one folded key per spelling of a word.

Hindi text spells the same word several ways: nukta letters come precomposed (``ज़`` U+095B)
or decomposed (``ज`` + U+093C), and NFC does not unify them; chandrabindu (``ँ``) and
anusvara (``ं``) alternate (``पाँच``/``पांच``); ZWJ/ZWNJ appear inside words; ``हज़ार`` is
written ``हजार`` as often as not. hindinum never rewrites the input: it folds each token to a
*key* and looks the key up, so offsets into the original text stay exact.
"""

from __future__ import annotations

import regex

__all__ = ["SPACE_CHARS", "fold"]

#: Characters treated as spaces between tokens, besides what ``str.isspace`` accepts.
SPACE_CHARS = "\u00a0\u202f\u200b\u2060\ufeff"

_NUKTA = "\u093c"

_FOLD = str.maketrans(
    {
        # precomposed nukta letters -> their base letter (the nukta is dropped)
        "\u0958": "\u0915",  # क़ -> क
        "\u0959": "\u0916",  # ख़ -> ख
        "\u095a": "\u0917",  # ग़ -> ग
        "\u095b": "\u091c",  # ज़ -> ज
        "\u095c": "\u0921",  # ड़ -> ड
        "\u095d": "\u0922",  # ढ़ -> ढ
        "\u095e": "\u092b",  # फ़ -> फ
        "\u095f": "\u092f",  # य़ -> य
        "\u0929": "\u0928",  # ऩ -> न
        "\u0931": "\u0930",  # ऱ -> र
        "\u0934": "\u0933",  # ऴ -> ळ
        _NUKTA: None,
        "\u0901": "\u0902",  # chandrabindu -> anusvara
        "\u200c": None,  # ZWNJ
        "\u200d": None,  # ZWJ
        "\u00ad": None,  # soft hyphen
    }
)


_VIRAMA = "\u094d"
_NASAL_RE = regex.compile(
    "ङ्(?=[क-घ])|ञ्(?=[च-झ])|ण्(?=[ट-ढ])|न्(?=[त-ध])|म्(?=[प-भ])"
)


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
    """
    key = word.translate(_FOLD).lower()
    if _VIRAMA in key:
        # a nasal consonant + virama before a consonant of its class is the anusvara
        # (पञ्च = पंच, पन्द्रह = पंद्रह); a final virama is dropped (लाख् = लाख)
        key = _NASAL_RE.sub("\u0902", key).rstrip(_VIRAMA)
    return key
