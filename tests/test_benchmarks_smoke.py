"""Smoke test: the benchmark script runs in --quick mode on hindinum alone.

No timing is asserted here (timings live in the benchmark, never in a unit test); the peers and
matplotlib need not be installed.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_quick_runs_on_hindinum_alone(tmp_path: Path) -> None:
    """``run.py --quick --libs hindinum`` exits 0 and writes its results and report."""
    doc = tmp_path / "bench.md"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--quick",
            "--libs",
            "hindinum",
            "--out",
            str(tmp_path),
            "--doc",
            str(doc),
            "--img",
            str(tmp_path / "img"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    res = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert [lib["name"] for lib in res["libraries"]] == ["hindinum"]
    assert res["corpus"]["amounts"] > 0
    calls = {r["call"] for r in res["throughput"]}
    assert {"hindinum.extract(text)", "hindinum.normalize(text)"} <= calls
    assert res["accuracy"]["corpus"]["hindinum"]["total"] > 0
    assert "# Benchmarks" in doc.read_text(encoding="utf-8")
    assert "== hindinum benchmark ==" in proc.stdout


def test_corpus_gold_matches_text() -> None:
    """Every gold amount of the generated corpus points at its own text."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = corpus  # dataclasses look their module up
    spec.loader.exec_module(corpus)
    c = corpus.generate(20_000, share=0.7, seed=5)
    assert c.gold
    assert all(c.text[g.start : g.end] == g.text for g in c.gold)
    assert corpus.generate(20_000, share=0.7, seed=5).text == c.text  # deterministic
