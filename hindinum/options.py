"""The options of :func:`~hindinum.extract`, :func:`~hindinum.normalize` and the CLI: their
types and their checks, in one place so that every entry point words its errors alike.

The option types are ``Literal`` types, so that mypy and editors catch ``digits="arabic"``:

* :data:`Digits`: ``"latin"`` or ``"devanagari"``;
* :data:`Grouping`: ``"none"``, ``"indian"`` or ``"western"``;
* :data:`Subunits`: ``"auto"`` or ``"main"``;
* :data:`Scales`: ``"traditional"`` or ``"crore"`` (the ``scales`` of ``to_words``).

The tuples :data:`DIGITS`, :data:`GROUPINGS`, :data:`SUBUNITS` and :data:`SCALES` hold the
same values at run time. (``typing`` is imported only when an alias is used at run time, to
keep ``import hindinum`` fast.)

>>> check_currency("cad")
'CAD'
>>> check_choice("western", "grouping", GROUPINGS)
'western'
>>> check_currency("XYZ")
Traceback (most recent call last):
...
ValueError: dollar must be an active ISO 4217 currency code such as 'USD' or 'CAD'
(any case), not 'XYZ'
>>> check_choice(None, "grouping", GROUPINGS)
Traceback (most recent call last):
...
TypeError: grouping must be str, not NoneType
"""

from __future__ import annotations

from hindinum.iso4217 import ACTIVE_CODES
from hindinum.types import Kind

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Literal

    Digits = Literal["latin", "devanagari"]
    Grouping = Literal["none", "indian", "western"]
    Subunits = Literal["auto", "main"]
    Scales = Literal["traditional", "crore"]
    Ordinals = Literal["regular", "all"]

__all__ = [
    "DIGITS",
    "GROUPINGS",
    "ORDINALS",
    "SCALES",
    "SUBUNITS",
    "Digits",
    "Grouping",
    "Ordinals",
    "Scales",
    "Subunits",
    "check_choice",
    "check_currency",
]

DIGITS: tuple[Digits, ...] = ("latin", "devanagari")
GROUPINGS: tuple[Grouping, ...] = ("none", "indian", "western")
SUBUNITS: tuple[Subunits, ...] = ("auto", "main")
SCALES: tuple[Scales, ...] = ("traditional", "crore")
ORDINALS: tuple[Ordinals, ...] = ("regular", "all")

_ALIASES = {"Digits": DIGITS, "Grouping": GROUPINGS, "Subunits": SUBUNITS, "Scales": SCALES,
            "Ordinals": ORDINALS}


def __getattr__(name: str) -> object:
    """The ``Literal`` aliases at run time (``typing.get_args(Digits) == DIGITS``)."""
    values = _ALIASES.get(name)
    if values is None:
        raise AttributeError(f"module 'hindinum.options' has no attribute {name!r}")
    from typing import Literal

    alias = Literal[values]  # type: ignore[valid-type]
    globals()[name] = alias
    return alias


def check_currency(code: object, name: str = "dollar") -> str:
    """``code`` as an active ISO 4217 code in capitals (:mod:`hindinum.iso4217`).

    Any case is accepted (``"usd"`` -> ``"USD"``); anything else is a :class:`ValueError`,
    and a non-``str`` a :class:`TypeError`, naming the option ``name``.
    """
    if not isinstance(code, str):
        raise TypeError(f"{name} must be an ISO 4217 code as str, not {type(code).__name__}")
    upper = code.upper()
    if not (code.isascii() and upper in ACTIVE_CODES):
        raise ValueError(
            f"{name} must be an active ISO 4217 currency code such as 'USD' or 'CAD' "
            f"(any case), not {code!r}"
        )
    return upper


def check_choice(value: object, name: str, choices: tuple[str, ...]) -> str:
    """``value`` if it is one of ``choices``; else an error naming the option ``name``."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be str, not {type(value).__name__}")
    if value not in choices:
        raise ValueError(
            f"{name} must be one of {', '.join(map(repr, choices))}, not {value!r}"
        )
    return value


def check_kinds(kinds: object, name: str = "kinds") -> frozenset[Kind]:
    """The kinds a ``kinds`` option names: an iterable of :class:`~hindinum.types.Kind`
    members or their names (``{"money", "date"}``); a bare string names one kind.

    >>> sorted(k.value for k in check_kinds(["money", "date"]))
    ['date', 'money']
    >>> check_kinds(["cash"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: kinds: 'cash' is not a kind; the kinds are number, money, percent, ordinal, ...
    """
    if isinstance(kinds, str | Kind):
        kinds = (kinds,)
    try:
        items = list(kinds)  # type: ignore[call-overload]
    except TypeError:
        raise TypeError(f"{name} must be an iterable of kinds, not {type(kinds).__name__}") \
            from None
    out = set()
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"{name}: a kind is a str or a Kind, not {type(item).__name__}")
        try:
            out.add(Kind(item))
        except ValueError:
            names = ", ".join(k.value for k in Kind)
            raise ValueError(f"{name}: {item!r} is not a kind; the kinds are {names}") from None
    return frozenset(out)
