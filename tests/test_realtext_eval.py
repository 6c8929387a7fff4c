"""The real-text scorer (benchmarks/realtext_eval.py) and the annotated set it reads.

The scorer is checked on a fixture of three sentences built here, with a made-up library whose
predictions are written out, so these counts do not depend on how well hindinum reads the set.
"""

from __future__ import annotations

import hashlib
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import realtext_eval as rt  # beside the benchmark's modules
from peers import Pred


def _span(text: str, span: str, **kw: Any) -> dict[str, Any]:
    start = text.index(span)
    return {"text": span, "start": start, "end": start + len(span)} | kw


def _money(text: str, span: str, value: str, cur: str, vmax: str | None = None) -> dict[str, Any]:
    return _span(text, span, kind="money", value=value, value_max=vmax, currency=cur)


def _pred(text: str, span: str, value: str, cur: str | None = None, kind: str | None = None,
          vmax: str | None = None) -> Pred:
    start = text.index(span)
    return Pred(start, start + len(span), Decimal(value), cur, kind,
                Decimal(vmax) if vmax else None)


T1 = "कंपनी ने 500 रुपये दिए और 2019 में मुनाफा 20 प्रतिशत बढ़ा"
T2 = "साढ़े तीन लाख रुपये और 45 लाख की नकदी मिली"
T3 = "एक व्यक्ति ने 10-12 लाख रुपये का पैकेज लिया"

SENTENCES = [
    rt.Sentence("t1", "test", T1, (
        _money(T1, "500 रुपये", "500", "INR"),
        _span(T1, "20 प्रतिशत", kind="percent", value="20", value_max=None, currency=None),
    ), (_span(T1, "2019", what="year"),)),
    rt.Sentence("t2", "test", T2, (
        _money(T2, "साढ़े तीन लाख रुपये", "350000", "INR"),
        _money(T2, "45 लाख", "4500000", "INR"),
    ), ()),
    rt.Sentence("t3", "dev", T3, (
        _money(T3, "10-12 लाख रुपये", "1000000", "INR", "1200000"),
    ), (_span(T3, "एक", what="article"),)),
]

#: What the made-up library reads: a hit (500 INR), a year read as a number, nothing for the
#: percent (a miss), 300000 for साढ़े तीन लाख (a wrong value), 45 लाख without its implied
#: currency (wrong kind/currency), the range right, and a dollar amount in पैकेज (spurious).
PREDICTIONS = {
    T1: [_pred(T1, "500 रुपये", "500", "INR", "money"), _pred(T1, "2019", "2019")],
    T2: [_pred(T2, "साढ़े तीन लाख रुपये", "300000", "INR", "money"),
         _pred(T2, "45 लाख", "4500000", None, "number")],
    T3: [_pred(T3, "10-12 लाख रुपये", "1000000", "INR", "money", "1200000"),
         _pred(T3, "पैकेज", "5", "USD", "money")],
}


def _rules() -> list[rt.Rule]:
    import accuracy  # the conformance rule as the benchmark uses it

    return [rt.Rule(), rt.Rule(accuracy.agrees)]


@pytest.mark.parametrize("rule", _rules(), ids=["strict checks alone", "with conformance"])
def test_scorer_counts_on_fixture(rule: rt.Rule) -> None:
    """One hit, one miss, one wrong value, one wrong currency, one false positive on a marked
    year, one spurious money prediction; the rates follow from the counts."""
    tallies = rt.score(PREDICTIONS.__getitem__, SENTENCES, rule)
    test, dev, every = (tallies[k].as_dict() for k in ("test", "dev", "all"))
    assert {k: test[k] for k in ("sentences", "expected", "correct", "wrong_value",
                                 "wrong_label", "missed", "spurious", "preds")} == {
        "sentences": 2, "expected": 4, "correct": 1, "wrong_value": 1, "wrong_label": 1,
        "missed": 1, "spurious": 0, "preds": 4}
    assert (test["money_expected"], test["money_correct"]) == (3, 1)
    assert (test["money_preds"], test["money_tp"]) == (2, 1)
    assert (test["not_amounts"], test["not_amounts_hit"], test["hit_by_what"]) == (1, 1,
                                                                                  {"year": 1})
    assert test["missed_by_kind"] == {"percent": 1}
    assert (test["recall"], test["money_precision"], test["money_f1"]) == (0.25, 0.5, 0.4)
    assert test["fp_rate"] == 1.0
    assert {k: dev[k] for k in ("expected", "correct", "money_preds", "money_tp",
                                "not_amounts", "not_amounts_hit", "spurious")} == {
        "expected": 1, "correct": 1, "money_preds": 2, "money_tp": 1, "not_amounts": 1,
        "not_amounts_hit": 0, "spurious": 1}
    assert (every["expected"], every["correct"], every["not_by_what"]) == (
        5, 2, {"article": 1, "year": 1})
    kinds = [e.what for e in tallies["all"].errors]
    assert sorted(kinds) == ["false_positive", "missed", "spurious", "wrong_label",
                             "wrong_value"]


def test_range_bounds_and_crashes() -> None:
    """A range needs both bounds; a bound where none is expected is a wrong value; a crash is
    counted and scored as nothing."""
    s = SENTENCES[2]
    lower_only = [_pred(T3, "10-12 लाख रुपये", "1000000", "INR", "money")]
    assert rt.Rule().verdict(lower_only, s.amounts[0]) == "wrong_value"
    s1 = SENTENCES[0]
    with_bound = [_pred(T1, "500 रुपये", "500", "INR", "money", "600")]
    assert rt.Rule().verdict(with_bound, s1.amounts[0]) == "wrong_value"

    def crash(text: str) -> list[Pred]:
        raise ValueError(text)

    t = rt.score(crash, SENTENCES)["all"]
    assert (t.crashes, t.missed, t.correct) == (3, 5, 0)
    assert t.as_dict()["money_precision"] is None  # nothing predicted: no precision
    lines = rt.format_errors(t, 1)
    assert "-- missed: 5 (first 1)" in lines


def test_real_file_loads_and_offsets_match() -> None:
    """The committed set loads; every span's offsets point at its own text; the split is the
    hash rule of realtext/README.md."""
    sentences = rt.load()
    assert len(sentences) == 5016
    assert len({s.id for s in sentences}) == len(sentences)
    for s in sentences:
        digest = int(hashlib.sha256(f"hindinum-realtext:{s.id}".encode()).hexdigest(), 16)
        assert s.split == ("dev" if digest % 10 < 4 else "test"), s.id
        for span in (*s.amounts, *s.not_amounts):
            assert s.text[span["start"]:span["end"]] == span["text"], (s.id, span)
        for a in s.amounts:
            assert a["kind"] in ("number", "money", "percent", "ordinal"), (s.id, a)
            assert Decimal(a["value"]) >= 0, (s.id, a)
            assert (a["kind"] == "money") == bool(a["currency"]), (s.id, a)
    described = rt.describe(sentences)
    assert described["dev"]["sentences"] + described["test"]["sentences"] == 5016
