"""``normalize``: rewrite every amount in canonical form and leave all other text alone."""

from __future__ import annotations

from collections.abc import Callable

from hindinum.api import extract
from hindinum.options import DIGITS, GROUPINGS, SUBUNITS, check_choice, check_currency
from hindinum.render import format_amount
from hindinum.types import Amount

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from hindinum.options import Digits, Grouping, Subunits

__all__ = ["normalize"]


def normalize(
    text: str,
    *,
    digits: Digits = "latin",
    grouping: Grouping = "none",
    formatter: Callable[[Amount], str] | None = None,
    dollar: str = "USD",
    subunits: Subunits = "auto",
) -> str:
    """Replace each amount in ``text`` with its canonical form; keep every other character.

    Money becomes ``<value> <ISO code>``, a percentage ``<value>%``, a number its digits.
    ``digits`` is ``"latin"`` or ``"devanagari"``; ``grouping`` is ``"none"``, ``"indian"``
    (``1,50,000``) or ``"western"`` (``150,000``); ``formatter`` (an ``Amount -> str``
    callable) overrides the canonical form and is applied in one pass; ``dollar`` is the code a
    bare ``डॉलर``/``$`` stands for and ``subunits`` how money written only in a subunit is read
    (see :func:`~hindinum.extract`). Qualifier words
    (``करीब``, ``से अधिक``) stay as they are. With the canonical forms the result is stable:
    ``normalize(normalize(t)) == normalize(t)``.

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
    if formatter is not None and not callable(formatter):
        raise TypeError(f"formatter must be callable, not {type(formatter).__name__}")
    if formatter is not None:
        return _normalize_once(text, digits, grouping, formatter, dollar, subunits)
    # One pass can place digits next to a word they then combine with (``साढ़े रुपये एक`` ->
    # ``साढ़े 1 INR``), so passes repeat until the text stops changing, as ftfy does.
    # Real text settles in one pass; the bound keeps the work linear.
    for _ in range(_MAX_PASSES):
        out = _normalize_once(text, digits, grouping, formatter, dollar, subunits)
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
        else:
            rendered = format_amount(amount, digits=digits, grouping=grouping)
        parts.append(rendered)
        last = amount.end
    parts.append(text[last:])
    return "".join(parts)
