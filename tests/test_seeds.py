"""The seed texts in ``seeds/`` and their annotations: every amount a careful reader extracts.

``seeds/annotations.jsonl`` holds one line per seed file: the amounts in text order, each with
its exact text, value, kind, currency, upper bound, qualifier and subunit. The annotations were
written from the texts and docs/grammar.md, not from hindinum's output.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from invariants import check_extract

import hindinum

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
RECORDS: list[dict[str, Any]] = [
    json.loads(line)
    for line in (SEEDS / "annotations.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
IDS = [record["file"] for record in RECORDS]

Row = tuple[str, Decimal, str, str | None, Decimal | None, str | None, str | None]


def _found(amount: hindinum.Amount) -> Row:
    return (
        amount.text,
        amount.value,
        amount.kind.value,
        amount.currency,
        amount.value_max,
        None if amount.approx is None else amount.approx.value,
        amount.subunit,
    )


def _expected(entry: dict[str, Any]) -> Row:
    value_max = entry.get("value_max")
    return (
        entry["text"],
        Decimal(entry["value"]),
        entry["kind"],
        entry.get("currency"),
        None if value_max is None else Decimal(value_max),
        entry.get("approx"),
        entry.get("subunit"),
    )


def _text(record: dict[str, Any]) -> str:
    return (SEEDS / record["file"]).read_text(encoding="utf-8")


def test_every_seed_is_annotated_once() -> None:
    files = sorted(path.name for path in SEEDS.glob("*.txt"))
    assert sorted(IDS) == files


@pytest.mark.parametrize("record", RECORDS, ids=IDS)
def test_seed_amounts_match_the_annotation(record: dict[str, Any]) -> None:
    """The amounts (the four amount kinds) are the annotated ones; the years, dates, times,
    durations and quantities of the seeds are read as their own kinds, never among them."""
    kinds = ("number", "money", "percent", "ordinal")
    found = [_found(a) for a in hindinum.extract(_text(record), kinds=kinds)]
    assert found == [_expected(entry) for entry in record["amounts"]]


@pytest.mark.parametrize("record", RECORDS, ids=IDS)
def test_seed_measures_match_the_annotation(record: dict[str, Any]) -> None:
    """The years, dates, times, durations and quantities of the seed, each with its kind,
    unit, rate and ISO form."""
    kinds = ("quantity", "duration", "time", "date")
    found = [(a.text, a.kind.value, a.to_dict()["value"], a.unit, a.per, a.iso)
             for a in hindinum.extract(_text(record), kinds=kinds)]
    assert found == [(m["text"], m["kind"], m["value"], m["unit"], m["per"], m["iso"])
                     for m in record["measures"]]


@pytest.mark.parametrize("record", RECORDS, ids=IDS)
def test_seed_offsets_and_untouched_prose(record: dict[str, Any]) -> None:
    text = _text(record)
    amounts = hindinum.extract(text)
    check_extract(text, amounts)
    out = hindinum.normalize(text)
    assert hindinum.normalize(out) == out
    lines_with_amounts = {text.count("\n", 0, a.start) for a in amounts}
    lines_out = out.split("\n")
    assert len(lines_out) == text.count("\n") + 1
    for number, line in enumerate(text.split("\n")):
        if number not in lines_with_amounts:
            assert lines_out[number] == line
