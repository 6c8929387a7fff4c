"""The tokenizer's loop, character by character, for the compiled build.

CPython runs :func:`scan` slower than one ``findall`` of the token pattern, so the plain build
never calls it; compiled with mypyc it builds the tokens about four times faster than the
``findall`` tokenizer does (docs/benchmarks.md, "Where the time goes"). It makes
exactly the tokens of ``hindinum.tokenize._RAW_RE`` (a property test compares the two): code
points below U+0980 (ASCII, Latin-1, Devanagari) are classed by a table built from that
pattern's own character classes, numbers are matched with its number pattern, and at any other
character the loop hands one token over to the pattern itself.
"""

from __future__ import annotations

from collections.abc import Callable

TYPE_CHECKING = False  # typing costs 2.5 ms to import and is needed by type checkers only
if TYPE_CHECKING:
    from typing import Final

import regex

#: Code points below this are classed by the table; the rest go to the pattern.
FAST_LIMIT: Final = 0x980
#: Bounds of the fold memo (``hindinum.tokenize._FOLD_CACHE``): words a corpus repeats (its
#: vocabulary) are folded once. At most 32,768 words of up to 40 letters with their keys: about
#: 11 MB if every word is 40 Devanagari letters long (twice that in scripts past U+FFFF), a few
#: MB on real text.
CACHE_SIZE: Final = 1 << 15
CACHE_WORD_MAX: Final = 40
_WORD: Final = 1
_SPACE: Final = 2
_NUMERAL: Final = 3
_SYMBOL: Final = 4


def classes(word_char: regex.Pattern[str], space_char: regex.Pattern[str], numeral: str) -> bytes:
    """The class of each code point below :data:`FAST_LIMIT`: word, space, start of a number
    (a digit or a dot) or a symbol of its own."""
    out = bytearray(FAST_LIMIT)
    for c in range(FAST_LIMIT):
        ch = chr(c)
        if word_char.fullmatch(ch):
            out[c] = _WORD
        elif space_char.fullmatch(ch):
            out[c] = _SPACE
        elif ch in numeral:
            out[c] = _NUMERAL
        else:
            out[c] = _SYMBOL
    return bytes(out)


def scan(
    text: str,
    pos: int,
    endpos: int,
    table: bytes,
    raw_re: regex.Pattern[str],
    number_re: regex.Pattern[str],
    word_tail_re: regex.Pattern[str],
    fold: Callable[[str], str],
    cache: dict[str, str],
) -> tuple[list[int], list[int], list[str], list[str]]:
    """The tokens of ``text[pos:endpos]`` as four lists (starts, ends, kinds, keys), spaces
    left out.

    A word's key is ``fold(word)``. Words of the table's scripts are looked up in ``cache``
    first, and those of up to :data:`CACHE_WORD_MAX` characters go into it (emptied when it
    holds :data:`CACHE_SIZE`); the rare word that starts past the table is folded directly."""
    starts: list[int] = []
    ends: list[int] = []
    kinds: list[str] = []
    keys: list[str] = []
    i = pos
    while i < endpos:
        c = ord(text[i])
        k = table[c] if c < FAST_LIMIT else 0
        if k == _SPACE:
            i += 1
            continue
        if k == _WORD:
            j = _word_end(text, i, endpos, table, word_tail_re)
            kind = "w"
            key = _folded(text[i:j], fold, cache)
        elif k == _NUMERAL:
            j = _plain_digits_end(text, i, endpos)
            kind = "d"
            if j == 0:  # a dot before no digit: a symbol (the number pattern would say so)
                j = i + 1
                kind = "y"
            elif j < 0:  # what follows may make more of it: the number pattern decides
                m = number_re.match(text, i, endpos)
                j = i + 1 if m is None else m.end()
                kind = "y" if m is None else "d"  # a dot that starts no number is a symbol
            key = text[i:j]
        elif k == _SYMBOL:
            j = i + 1
            kind = "y"
            key = text[i]
        else:  # past the table: the pattern reads the spaces and the token from here
            token = _past_table(text, i, endpos, raw_re, fold)
            if token is None:
                break
            i, j, kind, key = token
        starts.append(i)
        ends.append(j)
        kinds.append(kind)
        keys.append(key)
        i = j
    return starts, ends, kinds, keys


def _digit(ch: str) -> bool:
    """``ch`` is an ASCII or a Devanagari digit."""
    return "0" <= ch <= "9" or "\u0966" <= ch <= "\u096f"


def _plain_digits_end(text: str, i: int, endpos: int) -> int:
    """Where the number at ``i`` ends when it is a bare run of digits, as the number pattern
    would match it (``2019`` before ``में``, ``2019,`` ending a clause, ``रु.`` ending a
    word); 0 for a dot before no digit, which starts no number; -1 where the pattern must
    decide. It decides where what follows the run may go on with the number: a comma before
    a digit or before a space and a digit (``1,50,000``, ``1, 50, 000``), a dot before a
    digit (``9.2``), a space before a digit, a comma or a dot (``1 234 567``, ``9 . 2``), an
    exponent (``1e5``, ``2^10``), a vulgar fraction (``1½``), and a dot or a fraction at ``i``
    itself. Most digit runs in text are bare, and the pattern costs as much as the rest of the
    loop."""
    if not _digit(text[i]):
        return 0 if text[i] == "." and not (i + 1 < endpos and _digit(text[i + 1])) else -1
    j = i + 1
    while j < endpos and _digit(text[j]):
        j += 1
    if j == endpos:
        return j
    c = text[j]
    after = text[j + 1] if j + 1 < endpos else ""
    if c == "," or c == ".":
        if after and (_digit(after) or c == "," and after == " " and j + 2 < endpos
                                             and _digit(text[j + 2])):
            return -1
        return j
    if c in _SPACES_IN_NUMBERS:
        return -1 if after and (_digit(after) or after == "," or after == ".") else j
    return -1 if c in _AFTER_DIGITS else j


#: What may follow a run of digits and make the number pattern take more than the run, besides
#: a comma, a dot or a space: an exponent, a vulgar fraction.
_AFTER_DIGITS: Final = frozenset("eE^\u00bc\u00bd\u00be")
#: The spaces a number may be grouped with (``1 234 567``).
_SPACES_IN_NUMBERS: Final = frozenset(" \u00a0\u202f\u2009")


def _word_end(text: str, i: int, endpos: int, table: bytes,
              word_tail_re: regex.Pattern[str]) -> int:
    """Where the word that starts at ``i`` ends; it may go on in a script past the table."""
    j = i + 1
    while j < endpos:
        d = ord(text[j])
        if d >= FAST_LIMIT:
            tail = word_tail_re.match(text, j, endpos)
            return j if tail is None else tail.end()
        if table[d] != _WORD:
            break
        j += 1
    return j


def _folded(word: str, fold: Callable[[str], str], cache: dict[str, str]) -> str:
    """``fold(word)``, through the memo for short words."""
    key = cache.get(word)
    if key is None:
        key = fold(word)
        if len(word) <= CACHE_WORD_MAX:
            if len(cache) >= CACHE_SIZE:
                cache.clear()
            cache[word] = key
    return key


def _past_table(text: str, i: int, endpos: int, raw_re: regex.Pattern[str],
                fold: Callable[[str], str]) -> tuple[int, int, str, str] | None:
    """The token after the spaces at ``i`` as the pattern reads it: (start, end, kind, key),
    or ``None`` at the end of the text."""
    m = raw_re.match(text, i, endpos)
    if m is None:
        return None
    gap, word, digits, symbol = m.groups("")
    i += len(gap)
    if word:
        return i, i + len(word), "w", fold(word)
    if digits:
        return i, i + len(digits), "d", digits
    if symbol:
        return i, i + len(symbol), "y", symbol
    return None  # trailing spaces
