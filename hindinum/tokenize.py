"""Split text into tokens with exact offsets.

Four kinds of token: digit runs (ASCII or Devanagari, with valid Indian or western grouping
commas, a decimal part and an exponent), words (letters with their vowel signs, nukta and
ZWJ/ZWNJ, in any script), single symbols, and spaces. Spaces are dropped from the internal
token stream; :func:`tokenize` returns them too when asked.
"""

from __future__ import annotations

import re

import regex

from hindinum import _scanloop
from hindinum.text import SPACE_CHARS, fold
from hindinum.types import Token, TokenType

TYPE_CHECKING = False  # typing costs 2.5 ms to import and is needed by type checkers only
if TYPE_CHECKING:
    from typing import Final

__all__ = ["DIGITS", "SENTENCE_ENDS", "SYMBOL", "WORD", "Tokens", "raw_tokens", "split_tokens"]

_D = "[0-9\u0966-\u096f]"
_DD = "[\u0966-\u096f]"
#: The vulgar fractions that a digit token may end with: ¼ ½ ¾.
_VULGAR = "\u00bc\u00bd\u00be"

# Each alternative is a plain sequence of bounded repeats with no nested ambiguity, so matching
# is linear in the input (no catastrophic backtracking).
# Group repeats are bounded ({0,12}): a grouped number has a dozen groups at most, and the bound
# keeps each attempt short, so a long chain like "12,12,12,..." is scanned in linear time.
_G = "{0,12}"
# The vulgar fraction's digits are taken possessively (fewer digits would leave a digit, not
# the fraction, next), and the grouped forms are tried only where a comma or a space follows
# one to three digits, which each of them starts with: most digit runs (500, 2019) skip them.
_NUMBER = (
    rf"{_D}{{0,15}}+[{_VULGAR}](?![0-9\u0966-\u096f{_VULGAR}])|"  # ½, 1½: a vulgar fraction
    rf"(?:(?={_D}{{1,3}}+[, \u00a0\u202f\u2009])"
    rf"(?:{_D}{{1,3}}(?:,{_D}{{3}}){{1,12}}(?!{_D})"  # western grouping 1,500,000
    rf"|{_D}{{1,2}}(?:,{_D}{{2}}){_G},{_D}{{3}}(?!{_D})"  # Indian grouping 1,50,000
    # ... with a lead of three digits and two groups of two at least (170,06,97,400: 170
    # crore; 144,70,290 may be a list)
    rf"|{_D}{{3}}(?:,{_D}{{2}}){{2,12}},{_D}{{3}}(?!{_D})"
    # ... with its last two groups run together (1,14,00000, 2,00000): a last group of five
    # digits that starts with a zero is no item of a list (nor is a first group of a zero)
    rf"|(?![0\u0966]){_D}{{1,2}}(?:,{_D}{{2}}){_G},[0\u0966]{_D}{{4}}(?!{_D})"
    rf"|{_D}{{1,3}}(?:[ \u00a0\u202f\u2009]{_D}{{3}}){{2,12}}(?![0-9\u0966-\u096f,.])"  # 1 234 567
    # digits split at their commas by indic-nlp's tokenizer: १ , ५० , ०००, 12 , 500
    rf"|{_DD}{{1,3}}(?: , {_DD}{{3}}){{1,12}}(?!{_D})"
    rf"|{_D}{{1,2}}(?: , {_D}{{2}}){_G} , {_D}{{3}}(?!{_D})"
    # Indian grouping with a space after each comma, as OCR leaves it: 1, 50, 000. A list
    # (10, 20, 300) looks the same, so the groups join only after a one-digit lead or before
    # a last group that starts with a zero, which no list item does
    rf"|{_D}(?:, {_D}{{2}}){{1,12}}, {_D}{{3}}(?!{_D})"
    rf"|{_D}{{2}}(?:, {_D}{{2}}){{1,12}}, [0\u0966]{_D}{{2}}(?!{_D}))"
    rf"|{_D}+)"
    # decimal part; 9 . 2 from tokenizers, 55 .72 as typed in haste
    rf"(?:\.{_D}+|(?<={_D}) \. ?{_D}++(?! ?[.,] ?{_D}))?"
    r"(?:[eE][+-]?[0-9]{1,2}(?![\p{L}0-9])|\^[+-]?[0-9]{1,2}(?![0-9]))?"  # 1e10, 1.1^23
    # .08 (but not the dot of Rs.500, nor the last dot of an ellipsis: घटकर...2 लाख)
    rf"|(?<![0-9\u0966-\u096f\p{{L}}\p{{M}}.])\.{_D}+"
)
# One match per token: the run of spaces before it (group 1, taken whole and never given
# back), then a word (2), a digit run (3; the lookahead skips the number alternatives where
# no digit or dot stands) or any other single character (4). A token always follows the
# spaces, except after the last token, where the match is the trailing spaces alone (or
# empty). ``findall`` hands the groups over as strings, and the offsets follow from their
# lengths: no match object per token.
_RAW_RE = regex.compile(
    rf"([ \s{SPACE_CHARS}]*+)"  # the plain space first: the set matches it at once
    rf"(?:([\p{{L}}\p{{M}}\u200c\u200d]+)|((?=[0-9\u0966-\u096f.{_VULGAR}]){_NUMBER})|([^\s{SPACE_CHARS}]))?",
    regex.DOTALL | regex.V0,
)

#: Longest stretch of text tokenized with one ``findall``.
_FINDALL_MAX = 1 << 20

# The plain build's tokens come from _RAW_RE written for the standard library's engine, which
# runs it in half the time (20 ms, not 44 ms, for the benchmark corpus's 400k characters),
# wherever the text holds only characters of _KNOWN: there each of _RAW_RE's classes is spelt
# out as the characters of _KNOWN that regex itself puts in it, so the two patterns are one
# pattern on such text (a property test holds them to each other). Elsewhere _RAW_RE runs.
#: The blocks whose characters the standard library's pattern knows: Basic Latin and Latin-1,
#: Devanagari, punctuation, currency and other symbols, variation selectors, emoji.
_KNOWN: Final = ((0x0000, 0x00FF), (0x0900, 0x097F), (0x2000, 0x2BFF), (0xFE00, 0xFE0F),
          (0xFEFF, 0xFEFF), (0x1F000, 0x1FAFF))
_PLAIN: tuple[re.Pattern[str], re.Pattern[str]] | None = None


def _ranges(pattern: str, chars: str) -> str:
    """The characters of ``chars`` that ``pattern`` (a class of regex) matches, as the ranges
    of a class of the standard library's engine (``chars`` in ascending order)."""
    out: list[str] = []
    found = [ord(c) for c in regex.findall(pattern, chars, flags=regex.V0)]
    k = 0
    while k < len(found):
        last = k
        while last + 1 < len(found) and found[last + 1] == found[last] + 1:
            last += 1
        out.append(f"\\U{found[k]:08x}-\\U{found[last]:08x}")
        k = last + 1
    return "".join(out)


#: The classes of _RAW_RE that the standard library's engine cannot spell (Unicode properties
#: and ``\s``, which the two engines read differently), in the order _plain_patterns puts them.
_WORD_CLASS: Final = r"[\p{L}\p{M}\u200c\u200d]"
_SPACE_CLASS: Final = rf"[ \s{SPACE_CHARS}]"
_EXPONENT_END: Final = r"[\p{L}0-9]"
_DOT_AFTER: Final = r"[0-9\u0966-\u096f\p{L}\p{M}.]"


def _plain_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The standard library's _RAW_RE for text of _KNOWN's characters, and the pattern of a
    character outside them; built on first use (2 ms; the compiled build never needs them)."""
    global _PLAIN
    if _PLAIN is None:
        chars = "".join(chr(c) for a, b in _KNOWN for c in range(a, b + 1))
        space = _ranges(_SPACE_CLASS, chars)
        number = _NUMBER.replace(_EXPONENT_END, f"[{_ranges(_EXPONENT_END, chars)}]")
        number = number.replace(_DOT_AFTER, f"[{_ranges(_DOT_AFTER, chars)}]")
        assert r"\p" not in number, "a class of _NUMBER is not spelt out"
        tokens = re.compile(
            rf"([{space}]*+)(?:([{_ranges(_WORD_CLASS, chars)}]+)"
            rf"|((?=[0-9\u0966-\u096f.{_VULGAR}]){number})|([^{space}]))?",
            re.DOTALL,
        )
        known = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in _KNOWN)
        _PLAIN = (tokens, re.compile(f"[^{known}]"))
    return _PLAIN


#: The kinds of internal token: a digit run, a word, any other single character.
DIGITS: Final = "d"
WORD: Final = "w"
SYMBOL: Final = "y"

#: Tokens that end a sentence, as a line break does: the danda and the double danda, which
#: every language written in Devanagari uses.
SENTENCE_ENDS: Final = frozenset({"\u0964", "\u0965"})


class Tokens:
    """The tokens of ``text[pos:endpos]`` without the spaces, for the reader's and the
    recognizer's inner loops: token ``k`` covers ``text[start[k]:end[k]]``, its ``kind`` is
    :data:`DIGITS`, :data:`WORD` or :data:`SYMBOL`, and its ``key`` is the folded word (the text
    itself for digits and symbols). Offsets are into the whole ``text``.

    Four parallel lists rather than an object per token: building one object per token made
    ``extract()`` about 16% slower in the plain build (measured on the seed article), while
    the lists cost no more than the tuples they replace; compiled, the class is a C struct.

    >>> toks = raw_tokens("₹ 9.2 लाख।")
    >>> toks.key, toks.kind, toks.joined(1), toks.glued(2)
    (['₹', '9.2', 'लाख', '।'], ['y', 'd', 'w', 'y'], True, False)
    """

    __slots__ = ("end", "key", "kind", "n", "start", "text")

    def __init__(
        self, text: str, start: list[int], end: list[int], kind: list[str], key: list[str]
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.key = key
        self.n = len(key)

    def joined(self, k: int) -> bool:
        """Tokens k and k+1 are separated by horizontal space at most, and neither is a danda:
        a line break or a danda ends the stretch an amount and its context are read from."""
        if k < 0 or k >= self.n - 1:
            return False
        a = self.end[k]
        b = self.start[k + 1]
        # a set look-up of a key costs less than asking its length first (its hash is kept)
        if b - a > 3 or self.key[k] in SENTENCE_ENDS or self.key[k + 1] in SENTENCE_ENDS:
            return False
        if b - a == 1:  # the usual case: one character between them
            return self.text[a] not in "\n\r"
        gap = self.text[a:b]
        return "\n" not in gap and "\r" not in gap

    def glued(self, k: int) -> bool:
        """Token k touches token k+1 (no space between), and neither is a danda."""
        if not (0 <= k < self.n - 1 and self.end[k] == self.start[k + 1]):
            return False
        key = self.key[k]
        after = self.key[k + 1]
        return not (len(key) == 1 and key in SENTENCE_ENDS
                    or len(after) == 1 and after in SENTENCE_ENDS)


def raw_tokens(text: str, pos: int = 0, endpos: int | None = None) -> Tokens:
    """The :class:`Tokens` of ``text[pos:endpos]`` (offsets into the whole ``text``)."""
    endpos = len(text) if endpos is None else min(endpos, len(text))
    if _COMPILED:
        table, number_re, word_tail_re = _LOOP or _loop_patterns()
        start, end, kind, key = _scanloop.scan(text, pos, endpos, table, _RAW_RE, number_re,
                                               word_tail_re, fold, _FOLD_CACHE)
    else:
        start, end, kind, key = _findall_tokens(text, pos, endpos)
    return Tokens(text, start, end, kind, key)


TokenLists = tuple[list[int], list[int], list[str], list[str]]


def _findall_tokens(text: str, pos: int, endpos: int) -> TokenLists:
    """:func:`raw_tokens` by one ``findall`` of :data:`_RAW_RE` (in the standard library's
    engine where the text allows: :func:`_plain_patterns`): the fastest way in CPython."""
    starts: list[int] = []
    ends: list[int] = []
    kinds: list[str] = []
    keys: list[str] = []
    # lst.append(x) written out, not a bound method kept in a local: CPython 3.11 runs the
    # written-out call as its own fast instruction (25% less time for this loop)
    cached = _FOLD_CACHE.get
    start = pos
    plain, unknown = _PLAIN or _plain_patterns()
    # the lookbehinds of _RAW_RE read the character before pos too
    raw: re.Pattern[str] | regex.Pattern[str] = \
        _RAW_RE if unknown.search(text, pos - 1 if pos else 0, endpos) else plain
    # findall hands over every match at once, the faster way; above a megabyte the matches
    # come one at a time, so that their strings never pile up beside the tokens
    matches = (
        raw.findall(text, pos, endpos)
        if endpos - pos <= _FINDALL_MAX
        else (m.groups() for m in raw.finditer(text, pos, endpos))
    )
    for gap, word, digits, symbol in matches:
        start += len(gap)
        if word:
            end = start + len(word)
            key = cached(word)  # inline: a call per word costs more than the look-up
            kinds.append("w")
            keys.append(_key(word) if key is None else key)
        elif digits:
            end = start + len(digits)
            kinds.append("d")
            keys.append(digits)
        elif symbol:
            end = start + len(symbol)
            kinds.append("y")
            keys.append(symbol)
        else:
            break  # the trailing spaces
        starts.append(start)
        ends.append(end)
        start = end
    return starts, ends, kinds, keys


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
            "0123456789\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f."
            + _VULGAR,
        )
        number_re = regex.compile(_NUMBER, regex.DOTALL | regex.V0)
        word_tail_re = regex.compile(r"[\p{L}\p{M}\u200c\u200d]*", regex.V0)
        _LOOP = (table, number_re, word_tail_re)
    return _LOOP


def split_tokens(text: str, spaces: bool = False) -> list[Token]:
    """The public :class:`~hindinum.types.Token` list of ``text``, for
    :func:`hindinum.tokenize` (which checks the argument first)."""
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
