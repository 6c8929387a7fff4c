"""``normalize``: rewrite every amount in canonical form and leave all other text alone."""

from __future__ import annotations

from collections.abc import Callable

from hindinum.api import extract
from hindinum.language import HINDI
from hindinum.options import (
    DIGITS,
    GROUPINGS,
    ORDINALS,
    SUBUNITS,
    check_choice,
    check_currency,
)
from hindinum.recognize import find_amounts
from hindinum.render import format_amount
from hindinum.text import fold
from hindinum.types import Amount, Kind

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from hindinum.options import Digits, Grouping, Ordinals, Subunits

__all__ = ["normalize"]


def normalize(
    text: str,
    *,
    digits: Digits = "latin",
    grouping: Grouping = "none",
    formatter: Callable[[Amount], str] | None = None,
    dollar: str = "USD",
    subunits: Subunits = "auto",
    ordinals: Ordinals = "regular",
) -> str:
    """Replace each amount in ``text`` with its canonical form; keep every other character.

    Money becomes ``<value> <ISO code>``, a percentage ``<value>%``, a number its digits.
    ``digits`` is ``"latin"`` or ``"devanagari"``; ``grouping`` is ``"none"``, ``"indian"``
    (``1,50,000``) or ``"western"`` (``150,000``); ``formatter`` (an ``Amount -> str``
    callable) overrides the canonical form and is applied in one pass; ``dollar`` is the code a
    bare ``डॉलर``/``$`` stands for and ``subunits`` how money written only in a subunit is read
    (see :func:`~hindinum.extract`). ``ordinals="regular"`` (the default) writes regular
    ordinals in digits (``दसवीं`` -> ``10वीं``) and keeps the irregular words (``पहली``,
    ``दूसरे``, ``तीसरा``) as they are; ``"all"`` writes those in digits too (``1ली``).
    Qualifier words (``करीब``, ``से अधिक``) stay as they are.

    One pass: every amount :func:`~hindinum.extract` finds is replaced by its rendering, and
    every other character is kept, in order. The renderings read back as the same amounts,
    so ``normalize(normalize(t)) == normalize(t)``.

    >>> normalize("TikTok को 9.2 करोड़ डॉलर देने होंगे")
    'TikTok को 92000000 USD देने होंगे'
    >>> normalize("साढ़े तीन करोड़ रुपये", grouping="indian")
    '3,50,00,000 INR'
    >>> normalize("एक रिपोर्ट के मुताबिक")
    'एक रिपोर्ट के मुताबिक'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() expects str, not {type(text).__name__}")
    check_choice(digits, "digits", DIGITS)
    check_choice(grouping, "grouping", GROUPINGS)
    dollar = check_currency(dollar, "dollar")
    check_choice(subunits, "subunits", SUBUNITS)
    check_choice(ordinals, "ordinals", ORDINALS)
    if formatter is not None and not callable(formatter):
        raise TypeError(f"formatter must be callable, not {type(formatter).__name__}")
    if formatter is not None:
        return _with_formatter(text, formatter, dollar, subunits)
    settled: list[bool] = []
    amounts = find_amounts(text, dollar, subunits, settled=settled)
    written = [amount.text if ordinals == "regular" and _irregular_ordinal(amount)
               else format_amount(amount, digits=digits, grouping=grouping)
               for amount in amounts]
    _keep_what_reads_otherwise(text, amounts, written, settled, dollar, subunits)
    return _join(text, amounts, written)


def _with_formatter(text: str, formatter: Callable[[Amount], str], dollar: str,
                    subunits: Subunits) -> str:
    """One pass with the caller's renderings, taken as they are."""
    amounts = extract(text, dollar=dollar, subunits=subunits)
    written = []
    for amount in amounts:
        rendered = formatter(amount)
        if not isinstance(rendered, str):
            raise TypeError(f"formatter returned {type(rendered).__name__}, not str")
        written.append(rendered)
    return _join(text, amounts, written)


def _join(text: str, amounts: list[Amount], written: list[str]) -> str:
    """``text`` with each amount replaced by its rendering, every other character kept."""
    parts = []
    last = 0
    for amount, rendered in zip(amounts, written, strict=True):
        parts.append(text[last : amount.start])
        parts.append(rendered)
        last = amount.end
    parts.append(text[last:])
    return "".join(parts)


#: How much text on each side of an amount its rendering is read back with.
_CONTEXT = 24
#: The most windows one call keeps the read-back amounts of (a few MB at most).
_MEMO_SIZE = 4096
_STRETCH_ENDS = ("\n", "\r", "\u0964", "\u0965")


def _keep_what_reads_otherwise(text: str, amounts: list[Amount], written: list[str],
                               settled: list[bool], dollar: str, subunits: str) -> None:
    """Put back the text of every amount whose rendering, in its place in the output (its
    neighbours rendered too), would read as another amount or join a neighbour (``रुपये
    डेढ़``: a number after a word for rupees, which leads digits only, must not become the
    money ``रुपये 1.5``). Amounts among ordinary words (``settled``) need no check. Each
    amount is put back at most once, and a neighbour of one put back is checked again, so the
    work stays linear; the output then reads back as the same amounts, and normalizing it
    again changes nothing."""
    pending = [i for i, amount in enumerate(amounts)
               if not settled[i] and written[i] != amount.text]
    found: dict[str, list[Amount]] = {}
    while pending:
        i = pending.pop()
        if written[i] == amounts[i].text or _reads_back(text, amounts, written, i, dollar,
                                                        subunits, found):
            continue
        written[i] = amounts[i].text
        pending += [j for j in (i - 1, i + 1)
                    if 0 <= j < len(amounts) and written[j] != amounts[j].text]


def _reads_back(text: str, amounts: list[Amount], written: list[str], i: int, dollar: str,
                subunits: str, memo: dict[str, list[Amount]]) -> bool:
    """Amount ``i``'s rendering, among its neighbours as the output has them, reads back as
    the same amount and no more. ``memo`` keeps the amounts of the windows read so far: a
    window that comes again (junk repeats, and so do tables) is not read again."""
    left = _side(text, amounts, written, i, -1)
    right = _side(text, amounts, written, i, 1)
    window = left + written[i] + right
    start, end = len(left), len(left) + len(written[i])
    amount = amounts[i]
    want = (amount.value, amount.value_max, amount.kind, amount.currency, amount.subunit,
            amount.distributive)
    read = memo.get(window)
    if read is None:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        read = memo[window] = find_amounts(window, dollar, subunits)
    for found in read:
        if found.end > start and found.start < end:
            return (found.start, found.end) == (start, end) and want == (
                found.value, found.value_max, found.kind, found.currency, found.subunit,
                found.distributive)
    return False


def _side(text: str, amounts: list[Amount], written: list[str], i: int, step: int) -> str:
    """Up to :data:`_CONTEXT` characters of the output on one side of amount ``i`` (``step``
    -1: before it, 1: after it), not past a line break or a danda."""
    pieces: list[str] = []
    size = 0
    j = i
    while size < _CONTEXT:
        if step < 0:
            gap = text[amounts[j - 1].end if j > 0 else 0 : amounts[j].start]
        else:
            gap = text[amounts[j].end : amounts[j + 1].start if j + 1 < len(amounts) else None]
        pieces.append(gap)
        size += len(gap)
        j += step
        if any(c in gap for c in _STRETCH_ENDS) or not 0 <= j < len(amounts):
            break
        pieces.append(written[j])
        size += len(written[j])
    joined = "".join(reversed(pieces)) if step < 0 else "".join(pieces)
    if step < 0:
        joined = joined[-_CONTEXT:]
        return joined[max(joined.rfind(c) for c in _STRETCH_ENDS) + 1 :]
    joined = joined[:_CONTEXT]
    cut = [k for k in (joined.find(c) for c in _STRETCH_ENDS) if k >= 0]
    return joined[: min(cut)] if cut else joined


def _irregular_ordinal(amount: Amount) -> bool:
    """An ordinal written as one irregular word (पहला, दूसरी, तीसरे, चौथा, छठा, first)."""
    return amount.kind is Kind.ORDINAL and fold(amount.text) in HINDI.irregular_ordinals

