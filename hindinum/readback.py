"""The read-back of ``normalize``: each amount's rendering, in its place in the output, must
read as the same amount (compiled to C by mypyc in the compiled build; :func:`hindinum.normalize`
checks its arguments in plain Python and hands the work here)."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import regex

from hindinum.language import HINDI
from hindinum.recognize import find_amounts
from hindinum.render import format_amount
from hindinum.text import fold
from hindinum.types import Amount, Kind

#: Enum members as constants (see recognize.py).
_MONEY: Final = Kind.MONEY
_NUMBER: Final = Kind.NUMBER
_ORDINAL: Final = Kind.ORDINAL
_PERCENT: Final = Kind.PERCENT


def rewrite(text: str, dollar: str, subunits: str, digits: str, grouping: str,
            ordinals: str, wanted: frozenset[Kind] | None) -> str:
    """``text`` with each amount replaced by its rendering where that reads back as itself,
    every other character kept (:func:`hindinum.normalize`, its arguments checked)."""
    settled: list[bool] = []
    amounts = find_amounts(text, dollar, subunits, settled=settled)
    if not amounts:
        return text
    regular = ordinals == "regular"
    written = []
    changed = False
    for amount in amounts:
        kind = amount.kind
        if regular and kind is _ORDINAL and _irregular_ordinal(amount) \
                or wanted is not None and kind not in wanted or _multiple_word(amount) \
                or kind is _PERCENT and _percent_word_outside(amount):
            written.append(amount.text)
            continue
        rendered = format_amount(amount, digits=digits, grouping=grouping)
        changed = changed or rendered != amount.text
        written.append(rendered)
    if not changed:
        return text
    keep_what_reads_otherwise(text, amounts, written, settled, dollar, subunits)
    return join(text, amounts, written)


def join(text: str, amounts: list[Amount], written: list[str]) -> str:
    """``text`` with each amount replaced by its rendering, every other character kept."""
    assert len(amounts) == len(written), "one rendering per amount"
    parts = []
    last = 0
    for i in range(len(amounts)):  # zip() is a generic call in the compiled build: 3x the cost
        amount = amounts[i]
        parts.append(text[last : amount.start])
        parts.append(written[i])
        last = amount.end
    parts.append(text[last:])
    return "".join(parts)


#: How much text on each side of an amount its rendering is read back with ...
_CONTEXT: Final = 24
#: ... and with where something at the window's cut reads otherwise.
_WIDE: Final = 3 * _CONTEXT
#: The most windows one call keeps the read-back amounts of (a few MB at most).
_MEMO_SIZE: Final = 4096
_STRETCH_ENDS: Final = ("\n", "\r", "\u0964", "\u0965")

#: A piece of the output: its text and the amount it renders, or -1 for text between amounts.
_Piece = tuple[str, int]


def keep_what_reads_otherwise(text: str, amounts: list[Amount], written: list[str],
                               settled: list[bool], dollar: str, subunits: str) -> None:
    """Put back the text of every amount whose rendering, in its place in the output (its
    neighbours rendered too), would read as another amount, join a neighbour or change how
    a neighbour reads (``रुपये डेढ़``: a number after a word for rupees, which leads digits
    only, must not become the money ``रुपये 1.5``; in ``-₹500 -₹500`` the second dash is no
    sign, but after ``-500 INR`` it would be one). Amounts among ordinary words (``settled``)
    need no check. Where only a neighbour reads otherwise and its rendering may be at fault,
    that neighbour is checked first (once). Each amount is put back at most once, and the
    amounts whose windows hold one put back are checked again, so the work stays linear; the
    output then reads back as the same amounts, and normalizing it again changes nothing."""
    for i, amount in enumerate(amounts):
        if settled[i] and written[i] != amount.text and amount.value in _SERVICE_VALUES:
            settled[i] = False  # सौ हेल्पलाइन: read back in its window, as the unsettled are
        elif settled[i] and written[i] != amount.text and _rule_may_meet(amount, written[i]) \
                and not _reads_alone(written[i], amount, dollar, subunits):
            written[i] = amount.text
    pending = [i for i, amount in enumerate(amounts)
               if not settled[i] and written[i] != amount.text]
    if not pending:
        return
    deferred: set[int] = set()
    memo: dict[str, list[Amount]] = {}  # the windows read so far (junk and tables repeat)
    while pending:
        i = pending.pop()
        if written[i] == amounts[i].text:
            continue
        fault = _misread(text, amounts, written, i, dollar, subunits, memo)
        if fault < 0:
            continue
        if fault != i and i not in deferred:
            deferred.add(i)  # a neighbour's own rendering may be at fault: check it first
            pending += [i, fault]
            continue
        written[i] = amounts[i].text
        pending += [j for j in _near(amounts, i) if written[j] != amounts[j].text]


def _rule_may_meet(amount: Amount, rendered: str) -> bool:
    """The rendering alone may meet a rule: a range written with a dash (``2019-2021`` is
    years, ``19.9-20 INR`` and ``38.5-39%`` no range), or a plain number written as ten
    digits (a mobile number). A range of money or a percentage in whole numbers meets none
    (its code or sign makes the digits a value: ``2200000-2700000 INR``), and is not read
    again: most ranges are such, and a read costs as much as a short sentence's."""
    kind = amount.kind
    if amount.value_max is not None:
        return kind is not _MONEY and kind is not _PERCENT or "." in rendered
    return kind is _NUMBER and amount.value.adjusted() == 9 \
        and amount.value.as_tuple().digits[0] >= 6


#: The short codes of public services (``100``, ``112``): a number or ordinal written as one
#: may meet the rules of services with its neighbours (``सौ हेल्पलाइन`` -> ``100 हेल्पलाइन``,
#: a helpline's code), so it is read back in its window even among ordinary words. A value is
#: looked up as it is: a whole Decimal hashes and compares as its int.
_SERVICE_VALUES: Final = frozenset(Decimal(n) for n in HINDI.pack.service_numbers)


def _reads_alone(rendered: str, amount: Amount, dollar: str, subunits: str) -> bool:
    """``rendered`` on its own reads as ``amount``, all of it."""
    found = find_amounts(rendered, dollar, subunits)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(rendered) \
        and same_amount(found[0], amount)


def _near(amounts: list[Amount], i: int) -> list[int]:
    """The amounts next to amount ``i`` and those less than :data:`_WIDE` characters from
    it: the amounts whose read-back windows (the wide ones too) may hold it."""
    near = []
    j = i - 1
    while j >= 0 and (j == i - 1 or amounts[i].start - amounts[j].end < _WIDE):
        near.append(j)
        j -= 1
    j = i + 1
    while j < len(amounts) and (j == i + 1 or amounts[j].start - amounts[i].end < _WIDE):
        near.append(j)
        j += 1
    return near


def _misread(text: str, amounts: list[Amount], written: list[str], i: int, dollar: str,
             subunits: str, memo: dict[str, list[Amount]], room: int = _CONTEXT) -> int:
    """-1 if amount ``i``'s rendering, among its neighbours as the output has them, reads
    back as the same amount and no more, each neighbour in the window reads back as itself
    and no text between them becomes an amount; else the amount at fault: a neighbour whose
    rendering reads otherwise, or ``i``. The window holds ``room`` characters on each side.
    The first two words of a window cut short, and its last two, lost the context a rule
    reads: where something there reads otherwise, the window is read again three times as
    wide (``मकान नंबर 152 से 162ब्लॉक करोड़``: the house number needs मकान), and in the
    wide one it is held to nothing but leaving ``i`` alone, unless it took in text between
    amounts (``-3.5 USD −$3.5 मिलियन``: the dash became the next amount's sign). ``memo``
    keeps the amounts of the windows read so far."""
    left, left_cut = _side(text, amounts, written, i, -1, room)
    right, right_cut = _side(text, amounts, written, i, 1, room)
    pieces = [*reversed(left), (written[i], i), *right]
    window = "".join(p for p, _ in pieces)
    owners: dict[int, tuple[int, int]] = {}  # start in the window -> (end, amount index)
    at = 0
    for piece, j in pieces:
        if j >= 0:
            owners[at] = (at + len(piece), j)
        at += len(piece)
    start = sum(len(p) for p, _ in left)
    lo = min(_word_edge(window, 1), start) if left_cut else 0
    hi = max(_word_edge(window, -1), start + len(written[i])) if right_cut else len(window)
    unread = {j for s, (e, j) in owners.items() if lo <= s and e <= hi}
    edge = {j for s, (e, j) in owners.items() if not (lo <= s and e <= hi)}
    for found in _read(window, dollar, subunits, memo):
        hit = owners.get(found.start)
        if hit is not None and hit[0] == found.end and same_amount(found, amounts[hit[1]]):
            unread.discard(hit[1])
            edge.discard(hit[1])
            continue
        touched = [j for s, (e, j) in owners.items() if found.end > s and found.start < e]
        if i in touched:
            return i  # the rendering reads otherwise
        if found.start < lo or found.end > hi:
            if touched and lo <= found.start and found.start not in owners:
                return _fault(amounts, written, touched, i)  # a gap joined it: not the cut
            if room == _CONTEXT:
                return _misread(text, amounts, written, i, dollar, subunits, memo, _WIDE)
            unread.difference_update(touched)  # it lost its context: no check of it
        elif touched:
            return _fault(amounts, written, touched, i)
        else:
            return i  # a word between amounts became one
    if edge and room == _CONTEXT:  # an amount at the cut did not read as itself
        return _misread(text, amounts, written, i, dollar, subunits, memo, _WIDE)
    return _fault(amounts, written, sorted(unread), i) if unread else -1


def _read(window: str, dollar: str, subunits: str, memo: dict[str, list[Amount]]) -> list[Amount]:
    """The amounts of a read-back window, read once per call of normalize (a window that
    comes again, as junk repeats and tables do, is not read again)."""
    read = memo.get(window)
    if read is None:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        read = memo[window] = find_amounts(window, dollar, subunits)
    return read


def _word_edge(window: str, step: int) -> int:
    """Where the first two words of ``window`` end (``step`` 1), or its last two begin (-1);
    any run of white space (a no-break space, a tab) parts two words."""
    n = len(window)
    if step > 0:
        k = 0
        for _ in range(2):
            while k < n and window[k].isspace():
                k += 1
            while k < n and not window[k].isspace():
                k += 1
        return k
    k = n
    for _ in range(2):
        while k > 0 and window[k - 1].isspace():
            k -= 1
        while k > 0 and not window[k - 1].isspace():
            k -= 1
    return k


def _fault(amounts: list[Amount], written: list[str], misread: list[int], i: int) -> int:
    """The first rendered neighbour among ``misread``, or ``i`` if they are all as written."""
    return next((j for j in misread if written[j] != amounts[j].text), i)


def same_amount(found: Amount, amount: Amount) -> bool:
    """``found`` reads as ``amount``: the same values, kind, currency and subunit."""
    return (found.value, found.value_max, found.kind, found.currency, found.subunit,
            found.distributive) == (amount.value, amount.value_max, amount.kind,
                                    amount.currency, amount.subunit, amount.distributive)


def _side(text: str, amounts: list[Amount], written: list[str], i: int,
          step: int, room: int) -> tuple[list[_Piece], bool]:
    """The output on one side of amount ``i`` (``step`` -1: before it, 1: after it), nearest
    piece first: the text between amounts and whole renderings, up to ``room``
    characters and not past a line break or a danda; and whether it was cut short there
    (at a word's edge), not ended by a break or the text's end."""
    pieces: list[_Piece] = []
    size = 0
    j = i
    while True:
        if step < 0:
            gap = text[amounts[j - 1].end if j > 0 else 0 : amounts[j].start]
            stop = max(gap.rfind(c) for c in _STRETCH_ENDS)
            if stop >= 0:
                pieces.append((gap[stop + 1 :], -1))
                return pieces, False
        else:
            gap = text[amounts[j].end : amounts[j + 1].start if j + 1 < len(amounts) else None]
            stops = [k for k in (gap.find(c) for c in _STRETCH_ENDS) if k >= 0]
            if stops:
                pieces.append((gap[: min(stops)], -1))
                return pieces, False
        if size + len(gap) > room:
            pieces.append((_cut(gap, room - size, step), -1))
            return pieces, True
        pieces.append((gap, -1))
        size += len(gap)
        j += step
        if not 0 <= j < len(amounts):
            return pieces, False
        pieces.append((written[j], j))
        size += len(written[j])
        if size >= room:
            return pieces, True


def _cut(gap: str, room: int, step: int) -> str:
    """The ``room`` characters of ``gap`` nearest the amount (its end before the amount, its
    start after it), less the part of a word cut in two; a word glued to the amount and
    longer than the room is cut in two (``0-001,00,000À0000...``: the ``,00,000`` glued to
    the rendering ``0-1`` would make it ``0-1,00,000``)."""
    if step < 0:
        cut = len(gap) - room
        if not gap[cut - 1].isspace():
            space = _SPACE.search(gap, cut)
            cut = space.end() if space is not None else cut
        return gap[cut:]
    if not gap[room].isspace():
        space = _LAST_SPACE.search(gap, 0, room)
        room = space.start() if space is not None else room
    return gap[:room]


#: White space of any kind, searched forward and backward (no-break spaces and tabs part
#: words as spaces do: ``05 बटा\xa0लोग``).
_SPACE: Final = regex.compile(r"\s")
_LAST_SPACE: Final = regex.compile(r"\s", regex.REVERSE)


#: Runs of letters: the words of an amount's text, without its digits and signs.
_LETTERS_RE: Final = regex.compile(r"[\p{L}\p{M}]+")


def _percent_word_outside(amount: Amount) -> bool:
    """A percentage whose percent word stands before it, outside its text (``मतदान प्रतिशत
    65.3 रहा``): kept as written, since a sign after it would say the percent twice."""
    text = amount.text
    return "%" not in text and not any(fold(word) in HINDI.percent_words
                                       for word in _LETTERS_RE.findall(text))


def _multiple_word(amount: Amount) -> bool:
    """An amount that holds a word of "so many times as much" (दुगना, तिगुनी, डेढ़ से
    दोगुने): kept as written, since digits would say "two" where the text says "double"."""
    return any(fold(word) in HINDI.multiple_words for word in amount.text.split())


def _irregular_ordinal(amount: Amount) -> bool:
    """An ordinal written as one irregular word (पहला, दूसरी, तीसरे, चौथा, छठा, first)."""
    first = amount.text[:1]
    if "0" <= first <= "9" or "\u0966" <= first <= "\u096f":
        return False  # 21वीं, ५वां: digits first, no word (and no fold to pay for)
    return amount.kind is _ORDINAL and fold(amount.text) in HINDI.irregular_ordinals

