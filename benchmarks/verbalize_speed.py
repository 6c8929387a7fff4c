"""Time hindinum.verbalize() against NeMo's Hindi text normalization (TN), same sentences, one run.

    python benchmarks/verbalize_speed.py              # every sentence: the results file
                                                      # benchmarks/results/verbalize_speed.json
                                                      # and its section of docs/benchmarks.md
    python benchmarks/verbalize_speed.py --compiled   # also hindinum's compiled build (mypyc)
    python benchmarks/verbalize_speed.py --every 4    # every 4th sentence only (both libraries)
    python benchmarks/verbalize_speed.py --quick      # a smoke run (writes under benchmarks/out/)
    python benchmarks/verbalize_speed.py --no-nemo    # hindinum alone

The sentences: the inputs of NeMo's own Hindi TN tests (``nemo-tn-*.jsonl`` in
``../shared/corpora``, read there, never copied), the non-blank lines of the seed article and the
hand-annotated news sentences of ``benchmarks/realtext/sentences.jsonl``. Every library times
exactly the same list, one call per sentence, in rounds (``--rounds``): in each round each
library runs in a fresh process of its own, one after the other, so that a change of load on a
shared machine falls on all alike. The first round makes one untimed pass over every sentence
(NeMo's failures and slowest sentences are noted in it), later ones warm up on a few; then
``--runs`` timed runs (NeMo: ``--nemo-runs``). A source's figure is the median of the rounds'
medians; the ratio is also given per round. NeMo's grammars are compiled (first run) or loaded
from its cache (``--nemo-cache``) in a process of their own before the rounds, untimed, with its
peak memory (``VmHWM``), since a Normalizer that has just compiled them runs several times
slower than one that loads them; every timed NeMo process loads them from the cache.
NeMo (``pip install -r benchmarks/requirements-nemo.txt``) is skipped, with a line saying so,
when it is not installed. ``report.py`` renders the section "verbalize against NeMo's Hindi TN";
this script writes that section into the page between the sections report.py puts around it.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import logging
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import measure
import report
from measure import log

SEED_ARTICLE = ROOT / "seeds" / "000_d65d5b869444906d.txt"
REALTEXT = HERE / "realtext" / "sentences.jsonl"
NEMO_CALL = 'Normalizer(input_case="cased", lang="hi").normalize(text)'
SOURCES = ("NeMo TN tests", "seed article", "real text")
NEMO_LOGGER = "NeMo-text-processing"  # NeMo logs a failure there and returns the input


def load_sentences() -> list[tuple[str, str]]:
    """(source, sentence) for every sentence, in a fixed order (sources as in SOURCES)."""
    from accuracy import find_shared  # not in the timed processes: it imports much

    out: list[tuple[str, str]] = []
    shared = find_shared()
    files = sorted((shared / "corpora").glob("nemo-tn-*.jsonl")) if shared else []
    if not files:
        log("note: no ../shared/corpora/nemo-tn-*.jsonl here; going on without NeMo's tests")
    for path in files:
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                out.append((SOURCES[0], json.loads(line)["input"]))
    seed = SEED_ARTICLE.read_text("utf-8").splitlines()
    out += [(SOURCES[1], ln) for ln in seed if ln.strip()]
    real = REALTEXT.read_text("utf-8").splitlines()
    out += [(SOURCES[2], json.loads(ln)["text"]) for ln in real if ln.strip()]
    return out


def pick(sentences: list[tuple[str, str]], every: int, per_source: int) -> list[list[Any]]:
    """Every ``every``-th sentence of each source (at most ``per_source`` of each, 0: all)."""
    out: list[list[Any]] = []
    for source in SOURCES:
        mine = [s for src, s in sentences if src == source][::every]
        out.append([source, mine[:per_source] if per_source else mine])
    return [g for g in out if g[1]]


# ------------------------------------------------------------------ the timed process


def _vm(key: str) -> float:
    """``VmHWM`` (peak) or ``VmRSS`` of this process, in MB."""
    with open("/proc/self/status", encoding="ascii") as fh:
        return next(int(ln.split()[1]) for ln in fh if ln.startswith(key + ":")) / 1024


class _Count(logging.Handler):
    """Counts NeMo's warnings (it logs 'Failed text' and returns the input unchanged)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.n = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.n += 1


def setup(lib: str, arg: str) -> tuple[Any, dict[str, Any]]:
    """The call to time and how it was set up (``arg``: the build folder or NeMo's cache)."""
    if lib == "hindinum":
        if arg:
            sys.path.insert(0, arg)  # the compiled build, before the checkout
        sys.path.insert(1, str(ROOT))
        import hindinum

        if arg and not hindinum.compiled:
            raise SystemExit(f"{arg}: hindinum there is not compiled")
        return hindinum.verbalize, {"version": importlib.metadata.version("hindinum"),
                                    "compiled": hindinum.compiled}
    cache = Path(arg)
    fresh = not any(cache.glob("hi_tn_*.far"))
    cache.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    from nemo_text_processing.text_normalization.normalize import Normalizer

    t1 = time.perf_counter()
    norm = Normalizer(input_case="cased", lang="hi", cache_dir=str(cache), overwrite_cache=False)
    t2 = time.perf_counter()
    return norm.normalize, {
        "version": importlib.metadata.version("nemo-text-processing"),
        "pynini": importlib.metadata.version("pynini"), "import_seconds": t1 - t0,
        "grammar_seconds": t2 - t1, "grammar": "compiled" if fresh else "loaded from cache",
        "cache_dir": str(cache), "peak_rss_after_setup_mb": _vm("VmHWM")}


def untimed_pass(fn: Any, groups: list[list[Any]], logger: str) -> dict[str, Any]:
    """One pass over every sentence: exceptions, logged warnings, the slowest sentences."""
    count = _Count()
    logging.getLogger(logger).addHandler(count)
    errors, times = [], []
    for _, sentences in groups:
        for s in sentences:
            t = time.perf_counter()
            try:
                fn(s)
            except Exception as err:  # noqa: BLE001 - a peer's crash is a finding, not a stop
                errors.append(f"{type(err).__name__}: {s[:80]}")
            times.append((time.perf_counter() - t, s))
    times.sort(reverse=True)
    return {"seconds": sum(t for t, _ in times), "exceptions": errors, "warnings": count.n,
            "slowest": [[t, s[:80] + ("…" if len(s) > 80 else "")] for t, s in times[:3]]}


def worker(lib: str, arg: str, sentences_file: str, runs: int, first: bool) -> dict[str, Any]:
    """Set the library up (with ``runs`` 0, only that); in the first round make the untimed
    pass, in later ones warm up on a few sentences; then time each source, ``runs`` runs."""
    groups = json.loads(Path(sentences_file).read_text("utf-8"))
    fn, info = setup(lib, arg)
    if runs == 0:  # the set-up alone
        return info | {"peak_rss_mb": _vm("VmHWM")}
    if first:
        info["untimed_pass"] = untimed_pass(fn, groups, NEMO_LOGGER)
    else:
        untimed_pass(fn, [[src, sentences[:3]] for src, sentences in groups], NEMO_LOGGER)
    info["groups"] = {src: measure.time_calls(fn, sentences, runs) for src, sentences in groups}
    return info | {"peak_rss_mb": _vm("VmHWM"), "rss_mb": _vm("VmRSS")}


# ------------------------------------------------------------------ the run


def run_worker(lib: str, arg: str, sentences_file: Path, runs: int,
               first: bool) -> dict[str, Any]:
    """``worker`` in a fresh process; its result, with the wall time of that process."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", lib, arg,
         str(sentences_file), str(runs), "first" if first else "later"],
        capture_output=True, text=True, check=False)
    if proc.returncode:
        raise SystemExit(f"{lib} worker failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout) | {"wall_seconds": time.perf_counter() - t0}


def jobs(args: argparse.Namespace) -> tuple[list[tuple[str, str, str, int]], dict[str, str]]:
    """(name, worker, its argument, runs) of every library to time, and what is skipped."""
    todo = [("hindinum", "hindinum", "", args.runs)]
    skipped: dict[str, str] = {}
    if args.compiled:
        import compiled

        log("building the compiled build (mypyc)")
        todo.append((report.COMPILED, "hindinum", str(compiled.build(args.out / "compiled")),
                     args.runs))
    if args.no_nemo:
        skipped["nemo-tn"] = "left out (--no-nemo)"
        log("nemo-tn: left out (--no-nemo). Going on without NeMo.")
    elif importlib.util.find_spec("nemo_text_processing") is None:
        skipped["nemo-tn"] = "not installed"
        log("nemo-tn: nemo-text-processing is not installed (pip install -r "
            "benchmarks/requirements-nemo.txt; Linux x86_64). Going on without NeMo.")
    else:
        todo.append((report.NEMO_TN, "nemo", str(args.nemo_cache), args.nemo_runs))
    return todo, skipped


def merge(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """One library's rounds as one: the first round's untimed pass, the set-up time of every
    round, and per source the median and fastest of the rounds' medians."""
    out = rounds[0] | {"rounds": [r["groups"] for r in rounds],
                       "setup_seconds": [r.get("grammar_seconds") for r in rounds],
                       "peak_rss_mb": max(r["peak_rss_mb"] for r in rounds)}
    out["groups"] = {src: {"seconds": statistics.median(r["groups"][src]["seconds"]
                                                        for r in rounds),
                           "min_seconds": min(r["groups"][src]["min_seconds"] for r in rounds),
                           "pieces": g["pieces"], "runs": g["runs"] * len(rounds)}
                     for src, g in rounds[0]["groups"].items()}
    return out


def libraries(args: argparse.Namespace,
              sentences_file: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """Time every library in ``args.rounds`` rounds, the libraries one after the other in
    each, so that a change of load on the machine falls on all of them alike."""
    todo, skipped = jobs(args)
    grammars = None
    if any(name == report.NEMO_TN for name, *_ in todo):
        # A Normalizer that has just compiled its grammars normalizes several times slower than
        # one that loads them from the cache: compile them in a process of their own, untimed.
        log(f"NeMo's Hindi TN grammars: set up in {args.nemo_cache} (compiled if not there)")
        grammars = run_worker("nemo", str(args.nemo_cache), sentences_file, 0, first=False)
    rounds: dict[str, list[dict[str, Any]]] = {name: [] for name, *_ in todo}
    for i in range(args.rounds):
        for name, lib, arg, runs in todo:
            log(f"round {i + 1}/{args.rounds}: {name}, {runs} runs")
            rounds[name].append(run_worker(lib, arg, sentences_file, runs, first=i == 0))
    timed = {name: merge(r) for name, r in rounds.items()}
    if grammars:
        timed[report.NEMO_TN]["grammar_setup"] = grammars
    return timed, skipped


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Every measurement of one run, as one JSON-ready dict."""
    groups = pick(load_sentences(), args.every, 3 if args.quick else 0)
    args.out.mkdir(parents=True, exist_ok=True)
    sentences_file = args.out / "verbalize-sentences.json"
    sentences_file.write_text(json.dumps(groups, ensure_ascii=False), "utf-8")
    m = measure.machine()
    t0 = time.perf_counter()
    timed, skipped = libraries(args, sentences_file)
    m["load_end"] = measure.machine()["load_start"]
    return {"command": args.command, "quick": args.quick, "machine": m, "every": args.every,
            "rounds": args.rounds, "runs": args.runs, "nemo_runs": args.nemo_runs,
            "nemo_call": NEMO_CALL,
            "sources": {src: len(s) for src, s in groups}, "libraries": timed,
            "skipped": skipped, "total_seconds": time.perf_counter() - t0}


def splice(page: str, section: list[str]) -> str:
    """``page`` with its verbalize section replaced by ``section``, or, when it has none,
    ``section`` put where report.py puts it: before the section "Accuracy" (else at the end)."""
    lines = page.split("\n") if page else []
    heads = [i for i, ln in enumerate(lines) if ln.startswith("## ")]
    start = next((i for i in heads if lines[i] == section[0]), None)
    if start is not None:
        end = next((i for i in heads if i > start), len(lines))
    else:
        start = end = next((i for i in heads if lines[i] == "## Accuracy"), len(lines))
    return "\n".join(lines[:start] + section + lines[end:])


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line; ``command`` is the command as the report prints it."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="3 sentences of each source, 1 run")
    ap.add_argument("--compiled", action="store_true",
                    help="also hindinum compiled with mypyc (needs mypy and a C compiler)")
    ap.add_argument("--no-nemo", action="store_true", help="time hindinum only")
    ap.add_argument("--every", type=int, default=1, help="time every n-th sentence only")
    ap.add_argument("--rounds", type=int, default=5,
                    help="rounds, each library in a fresh process in each")
    ap.add_argument("--runs", type=int, default=7, help="timed runs of hindinum in a round")
    ap.add_argument("--nemo-runs", type=int, default=1, help="timed runs of NeMo in a round")
    ap.add_argument("--nemo-cache", type=Path, default=Path("/tmp/hindinum-nemo-tn-cache"),
                    help="NeMo's compiled grammars (compiled there on the first run)")
    ap.add_argument("--out", type=Path, default=HERE / "out", help="scratch files go here")
    ap.add_argument("--results", type=Path, help="results JSON (default: "
                    "benchmarks/results/verbalize_speed.json; quick: OUT/verbalize_speed.json)")
    ap.add_argument("--doc", type=Path, help="the page whose section is written (default: "
                    "docs/benchmarks.md; quick: none)")
    args = ap.parse_args(argv)
    shown = ["python", "benchmarks/verbalize_speed.py", *(argv if argv is not None
                                                           else sys.argv[1:])]
    args.command = shlex.join(shown)
    if args.quick:
        args.runs = args.nemo_runs = args.rounds = 1
    args.results = args.results or (args.out / "verbalize_speed.json" if args.quick
                                    else HERE / "results" / report.VERBALIZE)
    args.doc = args.doc or (None if args.quick else ROOT / "docs" / "benchmarks.md")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run, write the results file and the section of the page; print the figures."""
    if (argv or sys.argv[1:])[:1] == ["--worker"]:
        lib, arg, sentences_file, runs, first = (argv or sys.argv[1:])[1:6]
        print(json.dumps(worker(lib, arg, sentences_file, int(runs), first == "first"),
                         ensure_ascii=False))
        return 0
    args = parse_args(argv)
    res = run(args)
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n", "utf-8")
    log(f"wrote {args.results}")
    if args.doc is not None:
        page = args.doc.read_text("utf-8") if args.doc.is_file() else ""
        args.doc.write_text(splice(page, report.verbalize_speed(res)), "utf-8")
        log(f"wrote its section into {args.doc}")
    print(report.verbalize_summary(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
