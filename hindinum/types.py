"""Result types and errors shared by every stage of hindinum."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["Amount", "Approx", "HindiNumberError", "Kind", "Token", "TokenType"]


class Kind(str, enum.Enum):
    """What an :class:`Amount` is: a plain number, money, a percentage or an ordinal."""

    NUMBER = "number"
    MONEY = "money"
    PERCENT = "percent"
    ORDINAL = "ordinal"

    def __str__(self) -> str:
        return self.value


class Approx(str, enum.Enum):
    """A qualifier read around an amount (``करीब 5`` -> ``ABOUT``)."""

    ABOUT = "about"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    UP_TO = "up_to"
    AT_LEAST = "at_least"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Amount:
    """One numeric expression found in a text.

    ``text == source[start:end]`` always holds (Python ``str`` offsets). ``value`` is exact;
    for a range it is the lower bound and ``value_max`` the upper one. ``currency`` is an
    ISO 4217 code for money (``None`` only for money kept in a subunit, see ``subunit``) and
    ``None`` otherwise. ``approx`` holds a qualifier read next to
    the amount (the qualifier words themselves stay outside ``start:end``). ``subunit`` names
    the unit ``value`` counts when money is written only in a subunit that is kept as written
    (``34 सेंट``: value 34, subunit ``"cent"``, currency ``None``); it is ``None`` otherwise.
    """

    text: str
    start: int
    end: int
    value: Decimal
    kind: Kind = Kind.NUMBER
    currency: str | None = None
    value_max: Decimal | None = None
    approx: Approx | None = None
    subunit: str | None = None

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict: values as strings so that no precision is lost.

        >>> from decimal import Decimal
        >>> Amount("9.2 करोड़ डॉलर", 0, 13, Decimal(92000000), Kind.MONEY, "USD").to_dict()["value"]
        '92000000'
        """
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": _plain(self.value),
            "kind": self.kind.value,
            "currency": self.currency,
            "value_max": None if self.value_max is None else _plain(self.value_max),
            "approx": None if self.approx is None else self.approx.value,
            "subunit": self.subunit,
        }


class TokenType(str, enum.Enum):
    """Coarse class of a :class:`Token`."""

    DIGITS = "digits"  # a run of ASCII or Devanagari digits, with grouping commas and a decimal point
    WORD = "word"  # Devanagari or Latin letters (with vowel signs, nukta, ZWJ/ZWNJ)
    SYMBOL = "symbol"  # any other single non-space character (₹, $, %, -, ., ...)
    SPACE = "space"  # whitespace, NBSP, narrow NBSP, zero-width space

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Token:
    """A token with exact offsets: ``source[start:end] == text``.

    ``key`` is the folded form used for lexicon look-ups (nukta, chandrabindu, ZWJ/ZWNJ and
    case folded), so ``हज़ार`` (precomposed), ``हज़ार`` (decomposed) and ``हजार`` share a key.
    """

    text: str
    start: int
    end: int
    type: TokenType
    key: str


class HindiNumberError(ValueError):
    """A string that was expected to be one number is not.

    ``text`` is the whole input, ``position`` the offset of the offending part and ``token``
    that part itself.
    """

    def __init__(self, message: str, text: str = "", position: int = 0, token: str = "") -> None:
        super().__init__(message)
        self.text = text
        self.position = position
        self.token = token

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.args[0], self.text, self.position, self.token))


def _plain(value: Decimal) -> str:
    """Write a Decimal without exponent and without trailing fractional zeros.

    >>> _plain(Decimal("9.2E+7")), _plain(Decimal("4.50")), _plain(Decimal("-0"))
    ('92000000', '4.5', '0')
    """
    if value == 0:
        return "0"
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
