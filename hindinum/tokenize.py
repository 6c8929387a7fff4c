"""Split text into tokens with exact offsets.

Four kinds of token: digit runs (ASCII or Devanagari, with valid Indian or western grouping
commas, a decimal part and an exponent), words (letters with their vowel signs, nukta and
ZWJ/ZWNJ, in any script), single symbols, and spaces. Spaces are dropped from the internal
token stream; :func:`tokenize` returns them too when asked.
"""

from __future__ import annotations

import regex

from hindinum import _scanloop
from hindinum.text import SPACE_CHARS, fold
from hindinum.types import Token, TokenType

__all__ = ["tokenize"]

_D = "[0-9\u0966-\u096f]"
_DD = "[\u0966-\u096f]"

# Each alternative is a plain sequence of bounded repeats with no nested ambiguity, so matching
# is linear in the input (no catastrophic backtracking).
# Group repeats are bounded ({0,12}): a grouped number has a dozen groups at most, and the bound
# keeps each attempt short, so a long chain like "12,12,12,..." is scanned in linear time.
_G = "{0,12}"
_NUMBER = (
    rf"(?:{_D}{{1,3}}(?:,{_D}{{3}}){{1,12}}(?!{_D})"  # western grouping 1,500,000
    rf"|{_D}{{1,2}}(?:,{_D}{{2}}){_G},{_D}{{3}}(?!{_D})"  # Indian grouping 1,50,000
    rf"|{_D}{{1,3}}(?:[ \u00a0\u202f\u2009]{_D}{{3}}){{2,12}}(?![0-9\u0966-\u096f,.])"  # 1 234 567
    # digits split at their commas by indic-nlp's tokenizer: १ , ५० , ०००, 12 , 500
    rf"|{_DD}{{1,3}}(?: , {_DD}{{3}}){{1,12}}(?!{_D})"
    rf"|{_D}{{1,2}}(?: , {_D}{{2}}){_G} , {_D}{{3}}(?!{_D})"
    # Indian grouping with a space after each comma, as OCR leaves it: 1, 50, 000
    rf"|{_D}{{1,2}}(?:, {_D}{{2}}){{1,12}}, {_D}{{3}}(?!{_D})"
    rf"|{_D}+)"
    rf"(?:\.{_D}+|(?<={_D}) \. {_D}+(?! ?[.,] ?{_D}))?"  # decimal part; 9 . 2 from tokenizers
    r"(?:[eE][+-]?[0-9]{1,2}(?![\p{L}0-9])|\^[+-]?[0-9]{1,2}(?![0-9]))?"  # 1e10, 1.1^23
    rf"|(?<![0-9\u0966-\u096f\p{{L}}\p{{M}}])\.{_D}+"  # .08 (but not the dot of Rs.500)
)
# One match per token: the run of spaces before it (group 1, taken whole and never given
# back), then a word (2), a digit run (3; the lookahead skips the number alternatives where
# no digit or dot stands) or any other single character (4). A token always follows the
# spaces, except after the last token, where the match is the trailing spaces alone (or
# empty). ``findall`` hands the groups over as strings, and the offsets follow from their
# lengths: no match object per token.
_RAW_RE = regex.compile(
    rf"([\s{SPACE_CHARS}]*+)"
    rf"(?:([\p{{L}}\p{{M}}\u200c\u200d]+)|((?=[0-9\u0966-\u096f.]){_NUMBER})|([^\s{SPACE_CHARS}]))?",
    regex.DOTALL | regex.V0,
)

#: Longest stretch of text tokenized with one ``findall``.
_FINDALL_MAX = 1 << 20

#: Internal token: (start, end, kind, key). kind is "d" (digits), "w" (word) or "y" (symbol).
RawToken = tuple[int, int, str, str]


def raw_tokens(text: str, pos: int = 0, endpos: int | None = None) -> list[RawToken]:
    """Tokens of ``text[pos:endpos]`` without the spaces, as light tuples (offsets into the
    whole ``text``), for the recognizer's inner loop."""
    endpos = len(text) if endpos is None else min(endpos, len(text))
    if _COMPILED:
        table, number_re, word_tail_re = _LOOP or _loop_patterns()
        return _scanloop.scan(text, pos, endpos, table, _RAW_RE, number_re, word_tail_re,
                              fold, _FOLD_CACHE)
    return _findall_tokens(text, pos, endpos)


def _findall_tokens(text: str, pos: int, endpos: int) -> list[RawToken]:
    """:func:`raw_tokens` by one ``findall`` of :data:`_RAW_RE`: the fastest way in CPython."""
    out: list[RawToken] = []
    append = out.append
    cached = _FOLD_CACHE.get
    start = pos
    # findall hands over every match at once, the faster way; above a megabyte the matches
    # come one at a time, so that their strings never pile up beside the tokens
    matches = (
        _RAW_RE.findall(text, pos, endpos)
        if endpos - pos <= _FINDALL_MAX
        else (m.groups() for m in _RAW_RE.finditer(text, pos, endpos))
    )
    for gap, word, digits, symbol in matches:
        start += len(gap)
        if word:
            end = start + len(word)
            key = cached(word)  # inline: a call per word costs more than the look-up
            append((start, end, "w", _key(word) if key is None else key))
        elif digits:
            end = start + len(digits)
            append((start, end, "d", digits))
        elif symbol:
            end = start + len(symbol)
            append((start, end, "y", symbol))
        else:
            break  # the trailing spaces
        start = end
    return out


#: ``fold`` is pure and words repeat across calls (a corpus has a vocabulary, not a stream of
#: new words), so the keys of short words are kept here. Its bounds are ``_scanloop``'s
#: ``CACHE_SIZE`` and ``CACHE_WORD_MAX`` (constants there, for the compiled loop, which reads and
#: fills this dict inline). No result depends on what it holds; threads racing on it can only
#: fold a word twice or overshoot the size by a few entries before it is emptied.
_FOLD_CACHE: dict[str, str] = {}


def _key(word: str) -> str:
    """The folded key of a word, from the cache when it is there (kept there when short)."""
    key = _FOLD_CACHE.get(word)
    if key is None:
        key = fold(word)
        if len(word) <= _scanloop.CACHE_WORD_MAX:
            if len(_FOLD_CACHE) >= _scanloop.CACHE_SIZE:
                _FOLD_CACHE.clear()
            _FOLD_CACHE[word] = key
    return key


# The compiled build (see docs/benchmarks.md, "Compiled build") walks the text character by
# character in hindinum/_scanloop.py, which is faster there than findall; the loop defers to
# the number pattern, and to _RAW_RE for any character past the Devanagari block, so its tokens
# are exactly those of _RAW_RE (a property test holds the two to each other).
_COMPILED = _scanloop.__file__.endswith((".so", ".pyd"))
_LOOP: tuple[bytes, regex.Pattern[str], regex.Pattern[str]] | None = None


def _loop_patterns() -> tuple[bytes, regex.Pattern[str], regex.Pattern[str]]:
    """The character loop's class table, number pattern and word-tail pattern, built on first
    use (the plain build never needs them: 4 ms of import time saved)."""
    global _LOOP
    if _LOOP is None:
        table = _scanloop.classes(
            regex.compile(r"[\p{L}\p{M}\u200c\u200d]", regex.V0),
            regex.compile(rf"[\s{SPACE_CHARS}]", regex.V0),
            "0123456789\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f.",
        )
        number_re = regex.compile(_NUMBER, regex.DOTALL | regex.V0)
        word_tail_re = regex.compile(r"[\p{L}\p{M}\u200c\u200d]*", regex.V0)
        _LOOP = (table, number_re, word_tail_re)
    return _LOOP


def tokenize(text: str, *, spaces: bool = False) -> list[Token]:
    """Split ``text`` into tokens with exact character offsets.

    Digit runs keep their grouping and decimal point; words keep their vowel signs; every
    other character is a token of its own. ``key`` is the folded look-up form.

    >>> [t.text for t in tokenize("₹1,50,000 और साढ़े तीन करोड़")]
    ['₹', '1,50,000', 'और', 'साढ़े', 'तीन', 'करोड़']
    >>> tokenize("21वीं")[1].type
    <TokenType.WORD: 'word'>
    """
    if not isinstance(text, str):
        raise TypeError(f"tokenize() expects str, not {type(text).__name__}")
    out = []
    start = 0
    for gap, word, digits, symbol in _RAW_RE.findall(text):
        if gap and spaces:
            out.append(Token(gap, start, start + len(gap), TokenType.SPACE, gap))
        start += len(gap)
        if word:
            out.append(Token(word, start, start + len(word), TokenType.WORD, fold(word)))
        elif digits:
            out.append(Token(digits, start, start + len(digits), TokenType.DIGITS, digits))
        elif symbol:
            out.append(Token(symbol, start, start + len(symbol), TokenType.SYMBOL, symbol))
        start += len(word or digits or symbol)
    return out
