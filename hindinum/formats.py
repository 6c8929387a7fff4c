"""The public writers, in plain Python in every build: they check their arguments (a clear
:class:`TypeError` or :class:`ValueError`) and hand the work to :mod:`hindinum.render`, which
the compiled build turns into a C extension module (whose own argument checks would word the
errors differently)."""

from __future__ import annotations

from decimal import Decimal

from hindinum import render
from hindinum.options import DIGITS, GROUPINGS, check_choice
from hindinum.render import MAX_WORDS_VALUE
from hindinum.types import Amount

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from hindinum.options import Digits, Grouping

__all__ = ["MAX_WORDS_VALUE", "format_amount", "format_value", "to_words"]


def to_words(value: int | Decimal | str, *, scales: str = "traditional") -> str:
    """Write a number in Hindi words, with Indian scales (the inverse of ``parse_number``).

    Decimals are read digit by digit after ``दशमलव``; negatives start with ``माइनस``.
    ``scales="traditional"`` (the default) names every scale (अरब, खरब, नील, पद्म, शंख);
    ``scales="crore"`` counts values from one करोड़ up to 10**14 in करोड़, as news and
    budgets write them (``एक लाख करोड़``), and uses the traditional scales above that.

    >>> to_words(92000000)
    'नौ करोड़ बीस लाख'
    >>> to_words("1250000.75")
    'बारह लाख पचास हज़ार दशमलव सात पाँच'
    >>> to_words(-35)
    'माइनस पैंतीस'
    >>> to_words(1500000000000), to_words(1500000000000, scales="crore")
    ('पंद्रह खरब', 'एक लाख पचास हज़ार करोड़')
    """
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, str)):
        raise TypeError(f"to_words() expects int, Decimal or str, not {type(value).__name__}")
    if not isinstance(scales, str):
        raise TypeError(f"scales must be str, not {type(scales).__name__}")
    return render.words(value, scales)


def format_value(value: Decimal | int, *, digits: Digits = "latin",
                 grouping: Grouping = "none") -> str:
    """A number as plain digits (no exponent; the decimal places it has, as ``83.20`` keeps
    its zero), optionally grouped (``"indian"``, ``"western"``) and in Devanagari.

    >>> format_value(Decimal("92000000"), grouping="indian")
    '9,20,00,000'
    >>> format_value(Decimal("1500000.5"), grouping="western", digits="devanagari")
    '१,५००,०००.५'
    >>> format_value(Decimal("83.20")), format_value(Decimal("9.2E+7")), format_value(7)
    ('83.20', '92000000', '7')
    """
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise TypeError(f"format_value() expects a Decimal or int, not {type(value).__name__}")
    check_choice(digits, "digits", DIGITS)
    check_choice(grouping, "grouping", GROUPINGS)
    return render.format_value(Decimal(value), digits=digits, grouping=grouping)


def format_amount(amount: Amount, *, digits: Digits = "latin",
                  grouping: Grouping = "none") -> str:
    """The canonical text ``normalize`` writes for an amount.

    Money: ``92000000 USD``, or the subunit word when the amount is kept in its subunit
    (``34 सेंट``); ranges: ``1000000-1200000 INR``; percent: ``20%``; ordinal:
    digits and the Hindi ending (``21वीं``); number: ``335``; a fraction that no decimal
    writes out: ``1/3``, ``1 2/3``; a quantity its number and unit symbol (``5 kg``), a time
    the 24-hour clock (``19:00``), a duration and a date as said with the numbers in digits.

    >>> from hindinum import extract
    >>> [format_amount(a, grouping="indian") for a in extract("करीब 10-12 लाख रुपये, 20 फीसदी")]
    ['10,00,000-12,00,000 INR', '20%']
    """
    if not isinstance(amount, Amount):
        raise TypeError(f"format_amount() expects an Amount, not {type(amount).__name__}")
    check_choice(digits, "digits", DIGITS)
    check_choice(grouping, "grouping", GROUPINGS)
    return render.format_amount(amount, digits=digits, grouping=grouping)
