"""hindinum after indic-nlp-library's normalizer and tokenizer.

Pipelines built on `indic-nlp-library <https://github.com/anoopkunchukuttan/indic_nlp_library>`_
often normalize a text with ``IndicNormalizerFactory().get_normalizer("hi")`` and cut it with
``indic_tokenize.trivial_tokenize`` before anything else sees it. hindinum reads normalized
text like the original (the normalizer turns ``|`` into ``।``, a no-break space into a space and
``:`` after a letter into a visarga ``ः``). The tokenizer loses spacing: it cuts ``9.2`` into
``9 . 2`` (at the start of a text) and Devanagari numbers at their commas (``१ , ५० , ०००``).
:func:`extract_tokens` reads such tokens as the numbers they were:

>>> from indicnlp.tokenize import indic_tokenize
>>> tokens = indic_tokenize.trivial_tokenize("9.2 करोड़ डॉलर और १,५०,००० रुपये")
>>> tokens[:3]
['9', '.', '2']
>>> for found in extract_tokens(tokens):
...     print(found.amount.value, found.amount.currency, tokens[found.start_token:found.end_token])
92000000 USD ['9', '.', '2', 'करोड़', 'डॉलर']
150000 INR ['१', ',', '५०', ',', '०००', 'रुपये']

:func:`extract_tokens`, :func:`join_tokens` and :class:`TokenAmount` come from
:mod:`hindinum.tokens`, which works on any tokenizer's tokens without indic-nlp installed.
"""

from __future__ import annotations

import functools

from indicnlp.normalize.indic_normalize import (  # type: ignore[import-untyped]
    BaseNormalizer,
    IndicNormalizerFactory,
)
from indicnlp.tokenize import indic_tokenize  # type: ignore[import-untyped]

from hindinum.tokens import JoinedTokens, TokenAmount, extract_tokens, join_tokens

__all__ = [
    "JoinedTokens",
    "TokenAmount",
    "extract_tokens",
    "join_tokens",
    "normalizer",
    "tokenize_and_extract",
]


@functools.lru_cache(maxsize=8)
def _normalizer(lang: str, options: tuple[tuple[str, object], ...]) -> BaseNormalizer:
    return IndicNormalizerFactory().get_normalizer(lang, **dict(options))


def normalizer(lang: str = "hi", **options: object) -> BaseNormalizer:
    """indic-nlp's normalizer for ``lang`` with ``options``, built once and then reused.

    ``options`` are those of indic-nlp's ``DevanagariNormalizer`` (``remove_nuktas``,
    ``nasals_mode``, ``do_normalize_chandras``, ``do_normalize_vowel_ending``).

    >>> normalizer().normalize("कीमत: 500 रुपये|")
    'कीमतः 500 रुपये।'
    """
    return _normalizer(lang, tuple(sorted(options.items())))


def tokenize_and_extract(
    text: str, *, normalize: bool = True, lang: str = "hi", **options: object
) -> tuple[list[str], list[TokenAmount]]:
    """Run indic-nlp's normalizer (unless ``normalize=False``) and ``trivial_tokenize`` on
    ``text``, then :func:`extract_tokens` on the tokens.

    Returns the tokens and the amounts, whose ``start_token:end_token`` index those tokens.

    >>> tokens, found = tokenize_and_extract("11 लाख डॉलर का भुगतान|")
    >>> tokens
    ['11', 'लाख', 'डॉलर', 'का', 'भुगतान', '।']
    >>> [(str(f.amount.value), f.amount.currency, f.start_token, f.end_token) for f in found]
    [('1100000', 'USD', 0, 3)]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if normalize:
        text = normalizer(lang, **options).normalize(text)
    tokens: list[str] = indic_tokenize.trivial_tokenize(text, lang)
    return tokens, extract_tokens(tokens)
