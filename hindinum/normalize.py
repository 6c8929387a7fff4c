"""``normalize``: rewrite every amount in canonical form and leave all other text alone."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from hindinum.api import extract
from hindinum.options import (
    DIGITS,
    GROUPINGS,
    ORDINALS,
    SUBUNITS,
    check_choice,
    check_currency,
    check_kinds,
)
from hindinum.readback import join, rewrite
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
    kinds: Iterable[str | Kind] | None = None,
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
    Qualifier words (``करीब``, ``से अधिक``) stay as they are. Quantities and durations become
    ``<value> <unit>`` (``5 kg``), times the 24-hour clock (``19:00``), durations and dates their
    words with the numbers in digits (``25 मार्च 2010``). ``kinds`` rewrites only the kinds it
    names (``kinds={"money", "percent"}``) and keeps the others as written.

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
    if digits == "latin" and grouping == "none" and dollar == "USD" and subunits == "auto" \
            and ordinals == "regular" and formatter is None and kinds is None:
        return rewrite(text, "USD", "auto", "latin", "none", "regular", None)  # the defaults
    check_choice(digits, "digits", DIGITS)
    check_choice(grouping, "grouping", GROUPINGS)
    dollar = check_currency(dollar, "dollar")
    check_choice(subunits, "subunits", SUBUNITS)
    check_choice(ordinals, "ordinals", ORDINALS)
    if formatter is not None and not callable(formatter):
        raise TypeError(f"formatter must be callable, not {type(formatter).__name__}")
    if formatter is not None:
        return _with_formatter(text, formatter, dollar, subunits)
    wanted = None if kinds is None else check_kinds(kinds)
    return rewrite(text, dollar, subunits, digits, grouping, ordinals, wanted)


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
    return join(text, amounts, written)
