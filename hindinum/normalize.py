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
        return _normalize_once(text, digits, grouping, formatter, dollar, subunits, ordinals)
    # Each rendering is checked to read back as its amount in its place, so real text settles
    # in one pass; junk whose amounts change with their neighbours' renderings (a scale word
    # doubled, ``लाख लाख रुपये``) may take another. The bound keeps the work linear.
    for _ in range(_MAX_PASSES):
        out = _normalize_once(text, digits, grouping, formatter, dollar, subunits, ordinals)
        if out == text:
            break
        text = out
    return text


_MAX_PASSES = 4


def _normalize_once(
    text: str,
    digits: Digits,
    grouping: Grouping,
    formatter: Callable[[Amount], str] | None,
    dollar: str = "USD",
    subunits: Subunits = "auto",
    ordinals: Ordinals = "regular",
) -> str:
    """One pass: each amount replaced by its rendering, every other character kept."""
    parts = []
    last = 0
    for amount in extract(text, dollar=dollar, subunits=subunits):
        parts.append(text[last : amount.start])
        if formatter is not None:
            rendered = formatter(amount)
            if not isinstance(rendered, str):
                raise TypeError(f"formatter returned {type(rendered).__name__}, not str")
        elif ordinals == "regular" and _irregular_ordinal(amount):
            rendered = amount.text  # पहली बार stays: 1ली is no form people write
        else:
            rendered = format_amount(amount, digits=digits, grouping=grouping)
            if not _reads_back(text, amount, rendered, dollar, subunits):
                rendered = amount.text  # in its place the rendering would read otherwise
        parts.append(rendered)
        last = amount.end
    parts.append(text[last:])
    return "".join(parts)


def _irregular_ordinal(amount: Amount) -> bool:
    """An ordinal written as one irregular word (पहला, दूसरी, तीसरे, चौथा, छठा, first)."""
    return amount.kind is Kind.ORDINAL and fold(amount.text) in HINDI.irregular_ordinals


#: How much text on each side of an amount its rendering is read back with.
_CONTEXT = 48
_STRETCH_ENDS = ("\n", "\r", "\u0964", "\u0965")


def _reads_back(text: str, amount: Amount, rendered: str, dollar: str, subunits: str) -> bool:
    """The rendering, put in the amount's place, reads back as the same amount and leaves its
    neighbours as they were: ``रुपये डेढ़`` (a number after a word for rupees, which leads
    digits only) must not become ``रुपये 1.5``, which is money."""
    if rendered == amount.text:
        return True
    left = text[max(0, amount.start - _CONTEXT) : amount.start]
    right = text[amount.end : amount.end + _CONTEXT]
    left = left[max(left.rfind(c) for c in _STRETCH_ENDS) + 1 :]
    cut = min((i for i in (right.find(c) for c in _STRETCH_ENDS) if i >= 0), default=len(right))
    right = right[:cut]
    window = left + rendered + right
    start, end = len(left), len(left) + len(rendered)
    want = (amount.value, amount.value_max, amount.kind, amount.currency, amount.subunit)
    for found in extract(window, dollar=dollar, subunits=subunits):  # type: ignore[arg-type]
        if found.end > start and found.start < end:
            return (found.start, found.end) == (start, end) and want == (
                found.value, found.value_max, found.kind, found.currency, found.subunit)
    return False
