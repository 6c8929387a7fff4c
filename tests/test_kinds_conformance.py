"""The new kinds (quantity, duration, time, date) on the peers' cases: >= 95% of each suite.

Scored by ``benchmarks/kinds_conformance.py``, which reads the peer suites where they lie, in
``../shared/corpora`` beside the project; the test is skipped where they are absent.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
SCORER = ROOT / "benchmarks" / "kinds_conformance.py"


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("kinds_conformance", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("kinds_conformance", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not here")
def test_every_case_is_derived() -> None:
    """Every case of the suites gives an expectation or a reason to be out of scope."""
    scorer = _scorer()
    cases = scorer.load(CORPORA)
    assert {case.suite for case in cases} == set(scorer.SUITES)
    for case in cases:
        assert case.out or case.expects or case.suite.startswith("recognizers-text"), case
        for e in case.expects:
            assert 0 <= e.start < e.end <= len(case.text), case
    out = sum(1 for case in cases if case.out)
    assert out <= len(cases) // 10, f"{out} of {len(cases)} cases out of scope"


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not here")
def test_each_suite_at_least_95_percent() -> None:
    scorer = _scorer()
    table = scorer.score(scorer.load(CORPORA))
    low = {suite: f"{row.passed}/{row.in_scope}" for suite, row in table.items()
           if row.in_scope and row.rate < 0.95}
    assert not low
