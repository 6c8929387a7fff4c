"""Result types and errors shared by every stage of hindinum."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

__all__ = [
    "AMOUNT_FIELDS",
    "Amount",
    "Approx",
    "HindiNumberError",
    "Kind",
    "Token",
    "TokenType",
    "from_json",
    "to_json",
]


class Kind(str, enum.Enum):
    """What an :class:`Amount` is.

    The four amount kinds: a plain number, money, a percentage, an ordinal. The four kinds of
    what a number measures: a quantity with a unit (``5 किलो``), a duration (``ढाई घंटे``), a
    clock time (``साढ़े तीन बजे``) and a date (``15 अगस्त 2023``, a year alone).
    """

    NUMBER = "number"
    MONEY = "money"
    PERCENT = "percent"
    ORDINAL = "ordinal"
    QUANTITY = "quantity"
    DURATION = "duration"
    TIME = "time"
    DATE = "date"

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
    ``distributive`` is true for a number said twice, which means that much each
    (``दो-दो हजार रुपये``: 2000 INR each, ``5-5 लाख``): ``value`` is the amount for one.

    The kinds of measure carry more. A quantity's ``unit`` is a symbol (``kg``, ``km/h``,
    ``°C``) and a duration's one of ``s min h d wk mo yr``; ``per`` names the unit a rate is
    counted against (``₹40 प्रति लीटर``: 40 INR per ``L``). ``iso`` is the ISO 8601 form of a
    time (``T03:30``), a date as far as the text says it (``2023-08-15``, ``--11-02``,
    ``2019``; a range of dates as ``start/end``) and a duration (``PT2H30M``). A time's
    ``value`` is its hour as a decimal (``साढ़े तीन बजे``: 3.5), a date's the day of the month
    it names, else its year. ``fraction`` is the exact value as ``p/q`` when ``value`` is a
    fraction that no decimal writes out (``एक तिहाई``: ``1/3``).
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
    distributive: bool = False
    unit: str | None = None
    per: str | None = None
    iso: str | None = None
    fraction: str | None = None

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict, one key per field in field order; values lose no precision.

        Each value is written as :func:`_serialize` says: a ``Decimal`` as a plain decimal
        string (no exponent), an enum as its ``.value``, ``None`` as ``None``, a ``str``,
        ``int`` or ``bool`` as itself. :meth:`from_dict` reads it back.

        >>> from decimal import Decimal
        >>> Amount("9.2 करोड़ डॉलर", 0, 13, Decimal(92000000), Kind.MONEY, "USD").to_dict()["value"]
        '92000000'
        """
        return {name: _serialize(getattr(self, name)) for name in AMOUNT_FIELDS}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Amount:
        """The :class:`Amount` that :meth:`to_dict` wrote ``data`` from.

        Checks every key and value: an unknown or missing key, a value of the wrong JSON
        type, a value that is no decimal number or no member of its enum, or offsets that do
        not fit ``text`` (``end - start == len(text)``) raise :class:`ValueError` naming the
        field. Keys of fields with a default may be left out. A value may also be given as
        the Python object itself (a ``Decimal``, a :class:`Kind`).

        >>> a = Amount("5%", 0, 2, Decimal(5), Kind.PERCENT)
        >>> Amount.from_dict(a.to_dict()) == a
        True
        >>> Amount.from_dict({"text": "5%", "start": 0, "end": 2, "value": "5", "kind": "pct"})
        ... # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        ValueError: Amount field 'kind': 'pct' is not one of 'number', 'money', 'percent', ...
        """
        if not isinstance(data, Mapping):
            raise TypeError(f"Amount.from_dict() expects a mapping, not {type(data).__name__}")
        specs = _field_specs()
        unknown = [key for key in data if key not in specs]
        if unknown:
            raise ValueError(
                f"Amount.from_dict(): unknown key {unknown[0]!r} (the fields are "
                f"{', '.join(AMOUNT_FIELDS)})"
            )
        values: dict[str, object] = {}
        for name, spec in specs.items():
            if name in data:
                values[name] = spec.read(data[name])
            elif spec.required:
                raise ValueError(f"Amount.from_dict(): missing key {name!r}")
        amount = cls(**values)  # type: ignore[arg-type]
        if not 0 <= amount.start <= amount.end or amount.end - amount.start != len(amount.text):
            raise ValueError(
                f"Amount.from_dict(): start {amount.start} and end {amount.end} do not fit "
                f"text {amount.text!r} of length {len(amount.text)}"
            )
        return amount

    def to_json(self) -> str:
        """:meth:`to_dict` as one line of JSON (UTF-8 text kept as it is, not ``\\u`` escaped).

        >>> five = Amount("5", 3, 4, Decimal(5))
        >>> five.to_json()[:60]
        '{"text": "5", "start": 3, "end": 4, "value": "5", "kind": "n'
        >>> Amount.from_json(five.to_json()) == five
        True
        """
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> Amount:
        """The :class:`Amount` of one JSON object written by :meth:`to_json` (see
        :meth:`from_dict`).

        >>> a = Amount("5", 3, 4, Decimal(5))
        >>> Amount.from_json(a.to_json()) == a
        True
        """
        import json

        return cls.from_dict(_json_object(json.loads(text), "Amount.from_json()"))

    def __str__(self) -> str:
        """A short reading: the text, the value with its unit, the kind and any qualifier.

        >>> print(Amount("9.2 करोड़ डॉलर", 0, 13, Decimal("9.2E+7"), Kind.MONEY, "USD"))
        9.2 करोड़ डॉलर = 92000000 USD [money]
        >>> print(Amount("10-12 लाख रुपये", 5, 20, Decimal(1000000), Kind.MONEY, "INR",
        ...              Decimal(1200000), Approx.ABOUT))
        10-12 लाख रुपये = 1000000..1200000 INR [money, about]
        >>> print(Amount("0.5 फीसदी", 0, 9, Decimal("0.5"), Kind.PERCENT))
        0.5 फीसदी = 0.5% [percent]
        >>> print(Amount("34 सेंट", 0, 7, Decimal(34), Kind.MONEY, subunit="cent"))
        34 सेंट = 34 cent [money]
        >>> print(Amount("दो-दो हजार रुपये", 0, 16, Decimal(2000), Kind.MONEY, "INR",
        ...              distributive=True))
        दो-दो हजार रुपये = 2000 INR each [money]
        >>> print(Amount("ढाई घंटे", 0, 8, Decimal("2.5"), Kind.DURATION, unit="h", iso="PT2H30M"))
        ढाई घंटे = 2.5 h (PT2H30M) [duration]
        >>> print(Amount("सवा दस बजे", 0, 10, Decimal("10.25"), Kind.TIME, iso="T10:15"))
        सवा दस बजे = T10:15 [time]
        """
        value = _plain(self.value)
        if self.value_max is not None:
            value += ".." + _plain(self.value_max)
        if self.kind is Kind.PERCENT:
            value += "%"
        unit = self.currency or self.subunit or self.unit
        if unit:
            value += " " + unit
        if self.per:
            value += "/" + self.per
        if self.distributive:
            value += " each"
        if self.iso:
            value = self.iso if self.kind in (Kind.TIME, Kind.DATE) else f"{value} ({self.iso})"
        tags = self.kind.value if self.approx is None else f"{self.kind.value}, {self.approx.value}"
        return f"{self.text} = {value} [{tags}]"


#: The names of the fields of :class:`Amount`, in order: the keys of :meth:`Amount.to_dict`,
#: and the names every integration (the CLI's columns, the spaCy extensions, the Stanza
#: ``misc`` keys, the Dask columns) derives its own from. A new field of :class:`Amount` is
#: one more line in the class; nothing else lists the fields.
AMOUNT_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Amount))


def _serialize(value: object) -> object:
    """A field value in its JSON-ready form: the one mapping every serialization uses.

    ``Decimal`` -> a plain decimal string without exponent (:func:`_plain`); an enum -> its
    ``.value``; ``None`` -> ``None``; ``str``, ``int`` and ``bool`` as they are.

    >>> _serialize(Decimal("1.5E+6")), _serialize(Kind.MONEY), _serialize(None), _serialize(3)
    ('1500000', 'money', None, 3)
    """
    if isinstance(value, Decimal):
        return _plain(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


@dataclass(frozen=True)
class _FieldSpec:
    """How one field of :class:`Amount` is read back from its serialized form."""

    name: str
    type: type
    optional: bool
    required: bool

    def read(self, raw: object) -> object:
        """The field value for ``raw`` (as :func:`_serialize` wrote it); ValueError if not."""
        if raw is None:
            if self.optional:
                return None
            raise self._error(raw, "may not be null")
        kind = self.type
        if isinstance(raw, kind) and not (kind is int and isinstance(raw, bool)):
            if kind is Decimal and not raw.is_finite():  # type: ignore[attr-defined]
                raise self._error(raw, "is not a finite number")
            return raw
        if kind is Decimal and isinstance(raw, str | int) and not isinstance(raw, bool):
            try:
                value = Decimal(raw)
            except InvalidOperation:
                raise self._error(raw, "is not a decimal number") from None
            if not value.is_finite():
                raise self._error(raw, "is not a finite number")
            return value
        if issubclass(kind, enum.Enum) and isinstance(raw, str):
            try:
                return kind(raw)
            except ValueError:
                allowed = ", ".join(repr(member.value) for member in kind)
                raise self._error(raw, f"is not one of {allowed}") from None
        wanted = "a decimal string" if kind is Decimal else kind.__name__
        raise self._error(raw, f"must be {wanted}, not {type(raw).__name__}")

    def _error(self, raw: object, problem: str) -> ValueError:
        return ValueError(f"Amount field {self.name!r}: {raw!r} {problem}")


@lru_cache(maxsize=1)  # one entry: it takes no arguments (a bounded memo, as every one here)
def _field_specs() -> dict[str, _FieldSpec]:
    """Each field's type, read from the annotations of :class:`Amount` (``X | None``: optional)."""
    import types
    import typing

    hints = typing.get_type_hints(Amount)
    specs: dict[str, _FieldSpec] = {}
    for f in dataclasses.fields(Amount):
        hint = hints[f.name]
        args = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        (kind,) = [arg for arg in args if arg is not type(None)]
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        specs[f.name] = _FieldSpec(f.name, kind, type(None) in args, required)
    return specs


def _json_object(data: object, where: str) -> Mapping[str, object]:
    if not isinstance(data, dict):
        # a ValueError, as json.JSONDecodeError is: the text is wrong, not the caller's type
        raise ValueError(f"{where}: expected a JSON object, got {type(data).__name__}")  # noqa: TRY004
    return data


def to_json(amounts: Iterable[Amount]) -> str:
    """A list of amounts as one JSON array of :meth:`Amount.to_dict` objects.

    >>> import hindinum
    >>> found = hindinum.extract("कुल 5 लोग")
    >>> hindinum.to_json(found)[:42]
    '[{"text": "5", "start": 4, "end": 5, "valu'
    >>> hindinum.from_json(hindinum.to_json(found)) == found
    True
    """
    import json

    records = []
    for amount in amounts:
        if not isinstance(amount, Amount):
            raise TypeError(f"to_json() expects Amount objects, not {type(amount).__name__}")
        records.append(amount.to_dict())
    return json.dumps(records, ensure_ascii=False)


def from_json(text: str | bytes) -> list[Amount]:
    """The amounts of a JSON array written by :func:`to_json`, each checked by
    :meth:`Amount.from_dict`.

    >>> import hindinum
    >>> found = hindinum.extract("करीब 10-12 लाख रुपये")
    >>> hindinum.from_json(hindinum.to_json(found)) == found
    True
    """
    import json

    data = json.loads(text)
    if not isinstance(data, list):
        raise ValueError(  # noqa: TRY004 - the text is wrong, as for json.JSONDecodeError
            f"from_json(): expected a JSON array, got {type(data).__name__}"
        )
    return [Amount.from_dict(_json_object(item, f"from_json() item {index}"))
            for index, item in enumerate(data)]


class TokenType(str, enum.Enum):
    """Coarse class of a :class:`Token`."""

    DIGITS = "digits"  # ASCII or Devanagari digits, with grouping commas and a decimal point
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
