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
        elif k == _WORD:
            j = i + 1
            while j < endpos:
                d = ord(text[j])
                if d < FAST_LIMIT:
                    if table[d] != _WORD:
                        break
                    j += 1
                else:  # the word may go on in another script
                    tail = word_tail_re.match(text, j, endpos)
                    if tail is not None:
                        j = tail.end()
                    break
            word = text[i:j]
            key = cache.get(word)
            if key is None:
                key = fold(word)
                if j - i <= CACHE_WORD_MAX:
                    if len(cache) >= CACHE_SIZE:
                        cache.clear()
                    cache[word] = key
            starts.append(i)
            ends.append(j)
            kinds.append("w")
            keys.append(key)
            i = j
        elif k == _NUMERAL:
            m = number_re.match(text, i, endpos)
            if m is not None:
                j = m.end()
                starts.append(i)
                ends.append(j)
                kinds.append("d")
                keys.append(text[i:j])
                i = j
            else:  # a dot that starts no number
                starts.append(i)
                ends.append(i + 1)
                kinds.append("y")
                keys.append(text[i])
                i += 1
        elif k == _SYMBOL:
            starts.append(i)
            ends.append(i + 1)
            kinds.append("y")
            keys.append(text[i])
            i += 1
        else:  # past the table: the pattern reads the spaces and the token from here
            m = raw_re.match(text, i, endpos)
            if m is None:
                break
            gap, word, digits, symbol = m.groups("")
            i += len(gap)
            if word:
                starts.append(i)
                ends.append(i + len(word))
                kinds.append("w")
                keys.append(fold(word))
            elif digits:
                starts.append(i)
                ends.append(i + len(digits))
                kinds.append("d")
                keys.append(digits)
            elif symbol:
                starts.append(i)
                ends.append(i + len(symbol))
                kinds.append("y")
                keys.append(symbol)
            else:
                break  # trailing spaces
            i = m.end()
    return starts, ends, kinds, keys
