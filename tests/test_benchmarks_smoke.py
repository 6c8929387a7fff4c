"""Smoke test: the benchmark runs in --quick mode on hindinum alone, and its report renders
from the results file alone.

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
BENCH = ROOT / "benchmarks"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def test_quick_run_writes_results_and_report(tmp_path: Path) -> None:
    """``run.py --quick --libs hindinum`` writes a results file and the markdown rendered from
    it; ``report.py`` renders the same markdown from the results file alone."""
    doc, img = tmp_path / "bench.md", tmp_path / "img"
    proc = _run(str(BENCH / "run.py"), "--quick", "--libs", "hindinum", "--out", str(tmp_path),
                "--doc", str(doc), "--img", str(img))
    res = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert [lib["name"] for lib in res["libraries"]] == ["hindinum"]
    assert res["corpus"]["amounts"] > 0
    calls = {r["call"] for r in res["throughput"]}
    assert {"hindinum.extract(text)", "hindinum.normalize(text)"} <= calls
    assert {r["call"] for r in res["scaling_length"]} == {"extract", "normalize"}
    assert res["import_time"]["hindinum"]["ms"] > 0
    assert res["accuracy"]["corpus"]["hindinum"]["total"] > 0
    real = res["accuracy"]["realtext"]
    annotated = ROOT / "benchmarks" / "realtext" / "sentences.jsonl"
    lines = [line for line in annotated.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert real["set"]["test"]["sentences"] + real["set"]["dev"]["sentences"] == len(lines)
    assert real["libraries"]["hindinum"]["test"]["expected"] == real["set"]["test"]["amounts"]
    assert "== hindinum benchmark ==" in proc.stdout
    text = doc.read_text(encoding="utf-8")
    assert "# Benchmarks" in text and "## Accuracy" in text and "## Scaling" in text
    assert "### Real text (hand-annotated)" in text

    again = tmp_path / "again.md"
    _run(str(BENCH / "report.py"), str(tmp_path / "results.json"), "--doc", str(again),
         "--img", str(img))
    assert again.read_text(encoding="utf-8") == text


def test_only_realtext_updates_the_results_file(tmp_path: Path) -> None:
    """``run.py --only realtext`` scores the real text into an existing results file, leaving
    the other figures as they are, and ``accuracy.py --realtext`` prints the table."""
    results = tmp_path / "results.json"
    results.write_text(json.dumps({"accuracy": {"corpus": {"x": 1}}, "command": "c"}), "utf-8")
    proc = _run(str(BENCH / "run.py"), "--quick", "--only", "realtext", "--libs", "hindinum",
                "--results", str(results), "--out", str(tmp_path))
    res = json.loads(results.read_text(encoding="utf-8"))
    assert res["command"] == "c" and res["accuracy"]["corpus"] == {"x": 1}
    assert "--only realtext" in res["accuracy"]["realtext"]["run"]["command"]
    assert "== real text, test: 2967 sentences" in proc.stdout
    proc = _run(str(BENCH / "accuracy.py"), "--realtext", "--split", "dev", "--libs", "hindinum",
                "--show-errors", "1")
    assert "== real text, dev: 2049 sentences" in proc.stdout and "-- missed:" in proc.stdout


def test_corpus_gold_matches_text() -> None:
    """Every gold amount of the generated corpus points at its own text."""
    spec = importlib.util.spec_from_file_location("bench_corpus", BENCH / "corpus.py")
    assert spec is not None and spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = corpus  # dataclasses look their module up
    spec.loader.exec_module(corpus)
    c = corpus.generate(20_000, share=0.7, seed=5)
    assert c.gold
    assert all(c.text[g.start : g.end] == g.text for g in c.gold)
    assert corpus.generate(20_000, share=0.7, seed=5).text == c.text  # deterministic


def test_verbalize_speed_quick_and_its_section(tmp_path: Path) -> None:
    """``verbalize_speed.py --quick`` times verbalize on a few sentences of each source (NeMo
    is left out, with a line saying so, where it is not installed), writes its results file and
    puts its section into the page; ``report.py`` renders the same page from run.py's results
    with that file beside them, so a later full run keeps the section."""
    results = tmp_path / "latest.json"
    results.write_text((BENCH / "results" / "latest.json").read_text("utf-8"), "utf-8")
    doc, img = tmp_path / "bench.md", tmp_path / "img"
    _run(str(BENCH / "report.py"), str(results), "--doc", str(doc), "--img", str(img))
    assert "## verbalize against NeMo" not in doc.read_text(encoding="utf-8")
    nemo = importlib.util.find_spec("nemo_text_processing") is not None
    proc = _run(str(BENCH / "verbalize_speed.py"), "--quick", "--out", str(tmp_path),
                "--doc", str(doc), *(["--no-nemo"] if nemo else []))
    assert "Going on without NeMo." in proc.stderr
    res = json.loads((tmp_path / "verbalize_speed.json").read_text(encoding="utf-8"))
    assert {"seed article", "real text"} <= set(res["sources"])
    assert list(res["libraries"]) == ["hindinum"] and "nemo-tn" in res["skipped"]
    assert "== verbalize against NeMo's Hindi TN" in proc.stdout
    text = doc.read_text(encoding="utf-8")
    assert text.index("## Footprint") < text.index("## verbalize against NeMo's Hindi TN")
    assert text.index("## verbalize against NeMo's Hindi TN") < text.index("## Accuracy")

    again = tmp_path / "again.md"
    _run(str(BENCH / "report.py"), str(results), "--doc", str(again), "--img", str(img))
    assert again.read_text(encoding="utf-8") == text


def test_normalize_check_holds_both_contracts_on_a_few_texts() -> None:
    """``normalize_check.py`` finds no failure of normalize's contract nor verbalize's (it
    exits 1 on any) on the base texts and 300 mutated ones."""
    for extra in ([], ["--verbalize"]):
        proc = _run(str(BENCH / "normalize_check.py"), "300", *extra)
        assert "read back: 0 failures" in proc.stdout
        assert "idempotent: 0 failures" in proc.stdout
    assert "say an a/b that is no amount" in proc.stdout
