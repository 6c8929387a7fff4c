"""What every result of hindinum keeps, whatever the text: one place for all the checks.

The Hypothesis properties (``tests/test_properties.py``), the fuzz tests
(``tests/test_reliability.py``) and the coverage-guided fuzzer (``benchmarks/fuzz_atheris.py``,
which imports this file by path) all hold results to the functions below, so a guarantee is
stated once and a fuzzer cannot drift from the tests. Only the public API is used, and the
rules come from the documentation (docs/api.md, docs/grammar.md), not from the core's tables.

``check_extract(text, amounts)``
    Offsets exact (``text[a.start:a.end] == a.text``), spans inside the text, in order and
    never overlapping, neither starting nor ending with a space; values finite ``Decimal``s
    below 10**40, ``value_max`` above ``value`` when set; ``kind`` a ``Kind`` and ``approx``
    an ``Approx`` or ``None``; money has an ISO 4217-shaped currency or a documented
    subunit, never both (never a subunit with ``subunits="main"``), anything else neither;
    ``to_dict()`` is JSON and gives the values back exactly.
``check_normalize(text, out, amounts)``
    ``out`` is ``text`` with each amount's span replaced by its rendering and every other
    character kept, in place.
``check_tokens(text, tokens)``
    The tokens of ``tokenize(text, spaces=True)`` cover ``text`` exactly, with exact offsets.
``check_parse_number(text)``
    ``parse_number`` returns a finite ``Decimal`` below the ceiling or raises
    ``HindiNumberError`` carrying the text and a position inside it; nothing else.
``check_text(text)``
    All of the above on one text, through every public reader: what a fuzzer calls.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from decimal import Decimal

import hindinum
from hindinum import Amount, Approx, HindiNumberError, Kind, Token

#: docs/grammar.md, "Magnitude limit": every value is below 10**40.
CEILING = Decimal(10) ** 40

#: docs/api.md, ``Amount.subunit``: the subunits money can be kept in.
SUBUNITS = frozenset({"cent", "penny", "jiao", "fen", "kopek"})

_SUBUNIT_MODES = ("auto", "main")


def _is_code(currency: object) -> bool:
    """Three capital ASCII letters, the shape of an ISO 4217 code."""
    return (isinstance(currency, str) and len(currency) == 3 and currency.isascii()
            and currency.isalpha() and currency.isupper())


def _check_value(value: object, what: str, amount: Amount) -> None:
    assert isinstance(value, Decimal), f"{what} is {type(value).__name__}: {amount}"
    assert value.is_finite(), f"{what} is not finite: {amount}"
    assert value.copy_abs() < CEILING, f"{what} has {value.adjusted() + 1} digits: {amount}"


def check_amount(text: str, a: Amount, subunits: str = "auto") -> None:
    """One amount of ``extract(text, subunits=subunits)`` is well formed."""
    assert type(a) is Amount, type(a)
    assert isinstance(a.start, int) and isinstance(a.end, int), a
    assert 0 <= a.start < a.end <= len(text), f"span outside the text of {len(text)}: {a}"
    assert text[a.start : a.end] == a.text, f"offsets do not match the text: {a}"
    assert not a.text[0].isspace() and not a.text[-1].isspace(), f"span ends in a space: {a}"
    _check_value(a.value, "value", a)
    if a.value_max is not None:
        _check_value(a.value_max, "value_max", a)
        assert a.value < a.value_max, f"a range runs from low to high: {a}"
    assert isinstance(a.kind, Kind), a
    assert a.approx is None or isinstance(a.approx, Approx), a
    if a.kind is Kind.MONEY:
        assert (a.currency is None) != (a.subunit is None), f"currency or subunit, one: {a}"
        if a.subunit is None:
            assert _is_code(a.currency), f"not an ISO 4217 code: {a}"
        else:
            assert a.subunit in SUBUNITS, f"undocumented subunit: {a}"
            assert subunits != "main", f"subunits='main' converts every subunit: {a}"
    else:
        assert a.currency is None and a.subunit is None, f"only money has a currency: {a}"
    _check_measure(a)
    data = json.loads(json.dumps(a.to_dict(), ensure_ascii=False))
    assert Decimal(data["value"]) == a.value, (data, a)
    assert (data["value_max"] is None) is (a.value_max is None), (data, a)
    if a.value_max is not None:
        assert Decimal(data["value_max"]) == a.value_max, (data, a)
    assert (data["text"], data["start"], data["end"]) == (a.text, a.start, a.end), (data, a)
    assert (data["kind"], data["currency"], data["subunit"]) == (
        a.kind.value, a.currency, a.subunit), (data, a)


_TIME_RE = re.compile(r"T\d\d:\d\d(?::\d\d)?(?:/T\d\d:\d\d(?::\d\d)?)?")
# a year, a month of a year, a day; a month's day (--MM-DD); a day of an unsaid month (---DD)
_DATE_RE = re.compile(r"(?:[+-]?\d{4,}(?:-\d\d(?:-\d\d)?)?|--\d\d-\d\d|---\d\d)")
_DURATION_RE = re.compile(r"P(?!$)(?:[\d.]+Y)?(?:[\d.]+M)?(?:[\d.]+W)?(?:[\d.]+D)?"
                          r"(?:T(?=[\d.])(?:[\d.]+H)?(?:[\d.]+M)?(?:[\d.]+S)?)?")
_DURATION_UNITS = {"s", "min", "h", "d", "wk", "mo", "yr"}


def _check_measure(a: Amount) -> None:
    """The fields of the kinds of measure: a unit on a quantity and a duration only, an ISO
    form of the right shape on a time, a date and a duration; ``per`` on money and
    quantities."""
    if a.kind is Kind.QUANTITY:
        assert a.unit and a.iso is None, f"a quantity has a unit and no iso: {a}"
    elif a.kind is Kind.DURATION:
        assert a.unit in _DURATION_UNITS, f"a duration's unit: {a}"
        assert a.iso is None if a.value_max is not None else _DURATION_RE.fullmatch(a.iso or ""), a
    elif a.kind is Kind.TIME:
        assert a.unit is None and _TIME_RE.fullmatch(a.iso or ""), f"a time's iso: {a}"
    elif a.kind is Kind.DATE:
        assert a.unit is None and a.iso is not None, a
        assert all(_DATE_RE.fullmatch(part) for part in a.iso.split("/")), f"a date's iso: {a}"
    else:
        assert a.unit is None and a.iso is None, f"an amount has no unit or iso: {a}"
    if a.per is not None:
        assert a.kind in (Kind.MONEY, Kind.QUANTITY), f"only money and quantities have a rate: {a}"


def check_extract(text: str, amounts: Sequence[Amount], subunits: str = "auto") -> None:
    """``amounts`` (what ``extract(text, subunits=subunits)`` gave) keep every guarantee."""
    assert isinstance(amounts, list), type(amounts)
    last_end = 0
    for a in amounts:
        check_amount(text, a, subunits)
        assert a.start >= last_end, f"amounts are in order and never overlap: {a}"
        last_end = a.end


def rebuild(text: str, amounts: Sequence[Amount], render: Callable[[Amount], str]) -> str:
    """``text`` with each amount's span replaced by ``render(amount)``."""
    parts = []
    last = 0
    for a in amounts:
        parts += [text[last : a.start], render(a)]
        last = a.end
    parts.append(text[last:])
    return "".join(parts)


def check_normalize(text: str, out: str, amounts: Sequence[Amount],
                    render: Callable[[Amount], str] = hindinum.format_amount) -> None:
    """``out``, one pass of ``normalize`` over ``text``, keeps every character outside
    ``amounts`` in place and writes each amount as ``render`` does."""
    assert isinstance(out, str), type(out)
    assert out == rebuild(text, amounts, render), "text outside the amounts was changed"


def check_tokens(text: str, tokens: Sequence[Token]) -> None:
    """``tokenize(text, spaces=True)`` covers the text exactly, each token where it stands."""
    assert "".join(t.text for t in tokens) == text
    position = 0
    for t in tokens:
        assert (t.start, t.end) == (position, position + len(t.text)), t
        assert text[t.start : t.end] == t.text, t
        position = t.end


def check_parse_number(text: str) -> Decimal | None:
    """A value below the ceiling or a ``HindiNumberError`` that says where; nothing else."""
    try:
        value = hindinum.parse_number(text)
    except HindiNumberError as error:
        assert error.text == text, error
        assert 0 <= error.position <= len(text), error
        return None
    assert isinstance(value, Decimal) and value.is_finite(), value
    assert value.copy_abs() < CEILING, value
    return value


def check_text(text: str) -> list[Amount]:
    """Every guarantee that holds for any ``str``, through every public reader.

    No exception (but ``HindiNumberError`` from ``parse_number``); well-formed amounts in
    both subunit modes; nothing lost by a ``normalize`` pass (the canonical one, and an
    identity formatter gives the text back); no amount, no change; every option combination
    returns a ``str``; tokens cover the text.
    """
    amounts = hindinum.extract(text)
    check_extract(text, amounts)
    for mode in _SUBUNIT_MODES[1:]:
        check_extract(text, hindinum.extract(text, subunits=mode), mode)
    one_pass = hindinum.normalize(text, formatter=hindinum.format_amount)
    check_normalize(text, one_pass, amounts)
    assert hindinum.normalize(text, formatter=lambda a: a.text) == text
    out = hindinum.normalize(text)
    assert isinstance(out, str)
    if not amounts:
        assert out == text, "a text without amounts is left as it is"
    assert isinstance(hindinum.normalize(text, grouping="indian", digits="devanagari"), str)
    check_tokens(text, hindinum.tokenize(text, spaces=True))
    check_parse_number(text)
    return amounts
