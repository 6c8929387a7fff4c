"""The tables of hindinum/lexicon/measures.py agree with themselves and with the other tables.

Each written form means one thing: no form (folded as the engine folds it) is in two tables
with different meanings, nor is it a number word or a currency name; every unit is a
canonical symbol; every unit of time is one of ``s min h d wk mo yr``.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from hindinum.lexicon import currencies, measures, numbers
from hindinum.text import fold

DURATION_SYMBOLS = {"s", "min", "h", "d", "wk", "mo", "yr"}

#: The tables that map a written form to a meaning, by name.
MEANING_TABLES: dict[str, dict[str, object]] = {
    "UNITS": dict(measures.UNITS),
    "WEIGHT_POUNDS": dict(measures.WEIGHT_POUNDS),
    "DURATION_UNITS": dict(measures.DURATION_UNITS),
    "DURATION_MULTIPLES": dict(measures.DURATION_MULTIPLES),
    "MONTHS": dict(measures.MONTHS),
    "SAMVAT_MONTHS": dict(measures.SAMVAT_MONTHS),
    "DAY_PARTS": dict(measures.DAY_PARTS),
    "AM_PM": dict(measures.AM_PM),
    "ERA_AFTER": dict(measures.ERA_AFTER),
    "PER_UNIT_WORDS": dict(measures.PER_UNIT_WORDS),
    "PER_NOUNS": dict(measures.PER_NOUNS),
}


def _key(form: str) -> str:
    return " ".join(fold(word) for word in form.split(" "))


#: Forms in two tables on purpose, where the place of the number tells the meanings apart:
#: रात before a number is the part of the day (रात 10 बजे), after one a count of nights
#: (5 रात का पैकेज).
TWO_PLACES = {"रात": {"DAY_PARTS", "DURATION_UNITS"}}


def test_no_form_means_two_things() -> None:
    seen: dict[str, set[tuple[str, object]]] = defaultdict(set)
    for name, table in MEANING_TABLES.items():
        for form, meaning in table.items():
            seen[_key(form)].add((name, meaning))
    clashes = {key: sorted(m, key=str) for key, m in seen.items()
               if (len({meaning for _, meaning in m}) > 1 or len({n for n, _ in m}) > 1)
               and {n for n, _ in m} != TWO_PLACES.get(key)}
    assert not clashes


def test_forms_are_written_cleanly() -> None:
    for name, table in MEANING_TABLES.items():
        for form in table:
            assert form == form.strip() and "  " not in form, (name, form)
            assert form, name


def test_units_are_canonical_symbols() -> None:
    symbols = set(measures.UNIT_SYMBOLS)
    for table in (measures.UNITS, measures.WEIGHT_POUNDS):
        assert set(table.values()) <= symbols, set(table.values()) - symbols
    # a symbol written as itself means itself
    for symbol in symbols:
        if symbol in measures.UNITS:
            assert measures.UNITS[symbol] == symbol


def test_units_of_time_are_the_seven() -> None:
    assert set(measures.DURATION_UNITS.values()) <= DURATION_SYMBOLS
    assert {unit for _, unit in measures.DURATION_MULTIPLES.values()} <= DURATION_SYMBOLS
    assert set(measures.PER_UNIT_WORDS.values()) <= DURATION_SYMBOLS
    assert not set(measures.DURATION_UNITS.values()) & set(measures.UNITS.values()) - {"°"}


def test_months_cover_the_year() -> None:
    assert set(measures.MONTHS.values()) == set(range(1, 13))
    assert set(measures.SAMVAT_MONTHS.values()) == set(range(1, 13))


def test_closed_vocabularies() -> None:
    assert set(measures.DAY_PARTS.values()) == {"early", "morning", "afternoon", "evening", "night"}
    assert set(measures.AM_PM.values()) == {"am", "pm"}
    assert set(measures.ERA_AFTER.values()) == {"CE", "BCE"}
    assert measures.EXACT_CASE <= set(measures.UNITS)


@pytest.mark.parametrize("table", ["UNITS", "DURATION_UNITS", "DURATION_MULTIPLES", "MONTHS"])
def test_no_form_is_a_number_word_or_a_currency(table: str) -> None:
    others: set[str] = set()
    for names in currencies.NAMES.values():
        others.update(_key(name) for name in names)
    others.update(_key(word) for word in numbers.CANONICAL)
    for spellings in numbers.VARIANTS.values():
        others.update(_key(word) for word in spellings)
    others.update(_key(word) for word in numbers.SCALE_WORDS)
    clash = sorted(form for form in MEANING_TABLES[table] if _key(form) in others)
    assert not clash


def test_left_out_forms_stay_out() -> None:
    """The forms the module docstring leaves out on purpose are in no table."""
    left_out = {"से.", "फ़ॉ.", "के.", "डि", "इं", "इं.", "मि.", "अंश", "ओम", "K", "st",
                "pts", "dm", "MP", "B", "s", "जन", "दर्जन"}
    for name, table in MEANING_TABLES.items():
        found = {_key(form) for form in table}
        assert not {_key(form) for form in left_out} & found, name
    # pm is an afternoon, never a unit; यूनिट is a count, a unit only after a rate word
    assert "pm" not in measures.UNITS and measures.AM_PM["pm"] == "pm"
    assert "यूनिट" not in measures.UNITS and measures.PER_NOUNS["यूनिट"] == "unit"


def test_case_units_differ_from_their_folded_twins() -> None:
    """Each form of CASE_UNITS folds to a form of UNITS (the engine finds it there first) that
    means another unit, and names a canonical symbol."""
    folded = {_key(form): symbol for form, symbol in measures.UNITS.items()}
    for form, symbol in measures.CASE_UNITS.items():
        assert form not in measures.UNITS, form
        assert _key(form) in folded and folded[_key(form)] != symbol, form
        assert symbol in measures.UNIT_SYMBOLS, symbol
