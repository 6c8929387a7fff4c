"""Benchmark hindinum and its peers, speed and accuracy, in one run on this machine.

    python benchmarks/run.py                 # full run: writes docs/benchmarks.md, docs/img/*.png
    python benchmarks/run.py --quick         # a smoke run in seconds (writes under benchmarks/out/)
    python benchmarks/run.py --nemo          # also NeMo ITN (heavy; on a sample)
    python benchmarks/run.py --compiled      # also hindinum's compiled build (mypyc)
    python benchmarks/run.py --file a.txt    # also the throughput on your own text
    python benchmarks/run.py --libs hindinum,number-parser

What it measures, for every library that is installed (missing peers are skipped and named):
throughput of each library's entry point (MB/s and sentences/s, median of several runs) on the
seed article, on a generated news-like corpus of at least 5 MB and on any ``--file``; latency
per sentence (p50, p99); for hindinum the scaling of time with input length (1 KB .. 10 MB)
and, for all, with the share of sentences holding numbers (0 % .. 100 %); import time, peak RSS
and wheel size; and accuracy on the generated corpus, a probe table of common news forms and
the peer suites in shared/corpora. Slow libraries are timed on a prefix of the input that fits
a time budget; the report says where.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if str(ROOT) not in sys.path:  # hindinum from this checkout when it is not installed
    sys.path.insert(1, str(ROOT))

import accuracy
import corpus as corpus_mod
import peers
import report

SEED_ARTICLE = ROOT / "seeds" / "000_d65d5b869444906d.txt"
_SENTENCE = re.compile(r"[^।?!\n]*[^\s।?!\n][^।?!\n]*")


def count_sentences(text: str) -> int:
    """Sentences: stretches of text ending in ।, ?, ! or a line break (non-blank).

    >>> count_sentences("पहला वाक्य। दूसरा?\\n\\nतीसरा")
    3
    """
    return sum(1 for _ in _SENTENCE.finditer(text))


def log(msg: str) -> None:
    """Progress on stderr."""
    print(msg, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------ settings


@dataclass(slots=True)
class Settings:
    """Sizes, budgets and repetitions for a full or a quick run."""

    quick: bool
    corpus_bytes: int
    runs: int  # timed runs per measurement (median taken)
    budget: float  # seconds one timed run may take before the input is cut to a prefix
    latency_sentences: int
    latency_budget: float
    scale_sizes: tuple[int, ...]
    scale_cover: int  # each size is timed on pieces that together hold this many bytes
    share_bytes: int
    shares: tuple[float, ...]
    share_budget: float
    acc_sentences: int
    slow_acc_sentences: int  # NeMo
    suite_every_slow: int  # NeMo scores every n-th suite case
    import_runs: int
    wheel: bool

    @classmethod
    def make(cls, quick: bool) -> Settings:
        """The settings for ``--quick`` or a full run."""
        if quick:
            return cls(
                quick=True,
                corpus_bytes=60_000,
                runs=1,
                budget=0.4,
                latency_sentences=100,
                latency_budget=0.3,
                scale_sizes=(1_000, 10_000, 100_000),
                scale_cover=100_000,
                share_bytes=20_000,
                shares=(0.0, 0.5, 1.0),
                share_budget=0.2,
                acc_sentences=100,
                slow_acc_sentences=5,
                suite_every_slow=200,
                import_runs=1,
                wheel=False,
            )
        return cls(
            quick=False,
            corpus_bytes=5_000_000,
            runs=5,
            budget=8.0,
            latency_sentences=3000,
            latency_budget=6.0,
            scale_sizes=(1_000, 10_000, 100_000, 1_000_000, 10_000_000),
            scale_cover=1_000_000,
            share_bytes=1_000_000,
            shares=(0.0, 0.25, 0.5, 0.75, 1.0),
            share_budget=3.0,
            acc_sentences=3000,
            slow_acc_sentences=150,
            suite_every_slow=8,
            import_runs=7,
            wheel=True,
        )


# ------------------------------------------------------------------------------ timing


def time_lines(
    fn: Callable[[str], object], lines: Sequence[str], runs: int, budget: float
) -> dict[str, Any]:
    """Time ``fn`` over ``lines`` (one call per line); median of ``runs`` runs.

    The first pass stops once it has taken ``budget`` seconds; the lines done by then are the
    sample that every run times (the whole input when it finished).
    """
    t0 = time.perf_counter()
    n = 0
    for line in lines:
        fn(line)
        n += 1
        if time.perf_counter() - t0 > budget:
            break
    first = time.perf_counter() - t0
    sample = lines[:n]
    is_sample = n < len(lines)
    if first > budget / 2 and runs > 3:
        runs = 3
    times = [first]
    for _ in range(runs - 1):
        gc.collect()
        t = time.perf_counter()
        for line in sample:
            fn(line)
        times.append(time.perf_counter() - t)
    text_bytes = sum(len(s.encode()) + 1 for s in sample)
    sentences = sum(count_sentences(s) for s in sample)
    med = statistics.median(times)
    return {
        "seconds": med,
        "min_seconds": min(times),
        "runs": len(times),
        "bytes": text_bytes,
        "sentences": sentences,
        "lines": n,
        "all_lines": len(lines),
        "sample": is_sample,
        "mb_s": text_bytes / med / 1e6 if med else float("inf"),
        "sent_s": sentences / med if med else float("inf"),
    }


def time_whole(fn: Callable[[str], object], text: str, runs: int) -> dict[str, Any]:
    """Time one call of ``fn`` on the whole ``text``; median of ``runs`` runs."""
    times = []
    for _ in range(runs):
        gc.collect()
        t = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - t)
    med = statistics.median(times)
    nbytes = len(text.encode())
    return {
        "seconds": med,
        "min_seconds": min(times),
        "runs": runs,
        "bytes": nbytes,
        "sentences": count_sentences(text),
        "mb_s": nbytes / med / 1e6 if med else float("inf"),
        "sent_s": count_sentences(text) / med if med else float("inf"),
        "sample": False,
    }


def latency(fn: Callable[[str], object], sentences: Sequence[str], budget: float) -> dict[str, Any]:
    """Per-sentence latency over up to all ``sentences`` within ``budget`` seconds."""
    for s in sentences[:5]:  # warm-up
        fn(s)
    samples = []
    t_end = time.perf_counter() + budget
    for s in sentences:
        t = time.perf_counter_ns()
        fn(s)
        samples.append(time.perf_counter_ns() - t)
        if time.perf_counter() > t_end:
            break
    samples.sort()

    def pct(q: float) -> float:
        return samples[min(len(samples) - 1, int(q * len(samples)))] / 1e3

    return {"n": len(samples), "p50_us": pct(0.50), "p99_us": pct(0.99), "max_us": pct(1.0)}


# ------------------------------------------------------------------------------ machine


def machine() -> dict[str, Any]:
    """CPU model, cores, memory, OS, Python."""
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    try:
        load = os.getloadavg()
    except OSError:
        load = (float("nan"),) * 3
    return {
        "load_start": [round(x, 2) for x in load],
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


# ------------------------------------------------------------------------------ footprint


def import_time(module: str, runs: int) -> dict[str, Any] | None:
    """Cumulative import time (``python -X importtime``) of ``module`` in fresh processes.

    Bytecode may be written and one unmeasured run comes first, so the figure is that of an
    installed package with its ``.pyc`` files (pip compiles them at install time), not of a
    first import that compiles the sources. Median and minimum of ``runs`` runs.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    vals = []
    for i in range(runs + 1):
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
            env=env,
        )
        if proc.returncode:
            return None
        cum = None
        for line in proc.stderr.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2].strip() == module:
                cum = int(parts[1].strip())
        if cum is not None and i:
            vals.append(cum)
    if not vals:
        return None
    return {"ms": statistics.median(vals) / 1000, "min_ms": min(vals) / 1000, "runs": len(vals)}


_RSS_SCRIPT = """
import json, resource, sys

def rss():
    # Peak RSS in KB. VmHWM is per address space, so it starts afresh at exec; ru_maxrss
    # would carry over the peak of the (big) benchmark process that forked this one.
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

with open(sys.argv[1], encoding="utf-8") as fh:  # line by line: no big transient buffer
    lines = [line.rstrip("\\n") for line in fh]
out = {"bare_kb": rss()}
if sys.argv[2] == "lib":
    import hindinum
    out["import_kb"] = rss()
    n = 0
    for line in lines:
        n += len(hindinum.extract(line))
    out["amounts"] = n
    out["run_kb"] = rss()
print(json.dumps(out))
"""


def peak_rss(corpus_path: Path) -> dict[str, Any] | None:
    """Peak RSS of a fresh process reading the corpus, bare and with hindinum.extract over it."""
    res = {}
    for mode in ("bare", "lib"):
        proc = subprocess.run(
            [sys.executable, "-c", _RSS_SCRIPT, str(corpus_path), mode],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        )
        if proc.returncode:
            log(f"rss {mode} failed: {proc.stderr[-500:]}")
            return None
        res[mode] = json.loads(proc.stdout)
    bare = res["bare"]["bare_kb"]
    lib = res["lib"]
    return {
        "bare_python_mb": bare / 1024,
        "after_import_mb": lib["import_kb"] / 1024,
        "after_extract_mb": lib["run_kb"] / 1024,
        "import_share_mb": (lib["import_kb"] - bare) / 1024,
        "library_share_mb": (lib["run_kb"] - bare) / 1024,
        "amounts": lib["amounts"],
    }


def wheel_size() -> dict[str, Any] | None:
    """Build hindinum's wheel with ``pip wheel --no-deps`` and measure it."""
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(ROOT), "-w", tmp],
            capture_output=True,
            text=True,
            check=False,
        )
        wheels = list(Path(tmp).glob("hindinum-*.whl"))
        if proc.returncode or not wheels:
            log(f"wheel build failed: {proc.stderr[-500:]}")
            return None
        import zipfile

        with zipfile.ZipFile(wheels[0]) as zf:
            infos = zf.infolist()
        return {
            "name": wheels[0].name,
            "kb": wheels[0].stat().st_size / 1024,
            "files": len(infos),
            "unpacked_kb": sum(i.file_size for i in infos) / 1024,
        }


# ------------------------------------------------------------------------------ main run


def chunks(text: str, nbytes: int, cover: int) -> list[str]:
    """Consecutive pieces of ``text`` of about ``nbytes`` UTF-8 bytes each, cut after a
    sentence where one is near, until they hold ``cover`` bytes (at least one piece).

    Timing many small pieces instead of one prefix keeps the content of every size alike:
    the first kilobyte alone says more about that kilobyte than about the input length.
    """
    ratio = len(text.encode()) / max(1, len(text))
    step = max(1, int(nbytes / ratio))
    out: list[str] = []
    pos = total = 0
    while pos < len(text) and (not out or total < cover):
        end = min(len(text), pos + step)
        if end < len(text):
            at = text.rfind("। ", pos + int(step * 0.8), end)
            if at > 0:
                end = at + 1
        piece = text[pos:end]
        if out and len(piece.encode()) < nbytes / 2:  # a short tail would skew the mean
            break
        out.append(piece)
        total += len(piece.encode())
        pos = end
    return out


def time_chunks(fn: Callable[[str], object], pieces: Sequence[str], runs: int) -> dict[str, Any]:
    """Time one call per piece; per-call time = run time / pieces; median and fastest run."""
    times = []
    for _ in range(runs):
        gc.collect()
        t = time.perf_counter()
        for p in pieces:
            fn(p)
        times.append((time.perf_counter() - t) / len(pieces))
    nbytes = sum(len(p.encode()) for p in pieces) / len(pieces)
    med = statistics.median(times)
    return {
        "seconds": med,
        "min_seconds": min(times),
        "runs": runs,
        "pieces": len(pieces),
        "bytes": nbytes,
        "mb_s": nbytes / med / 1e6 if med else float("inf"),
    }


def compiled_throughput(
    inputs: Sequence[tuple[str, str]], out_dir: Path, st: Settings
) -> list[dict[str, Any]]:
    """Throughput rows of the compiled build (built with mypyc into ``out_dir/compiled``),
    timed in a process of its own on the same lines, right after the plain build."""
    import compiled

    log("building the compiled build (mypyc)")
    build = compiled.build(out_dir / "compiled")
    lines_file = out_dir / "compiled-lines.json"
    lines_file.write_text(json.dumps(
        [[label, [ln for ln in text.split("\n") if ln.strip()]] for label, text in inputs]
    ), encoding="utf-8")
    log("throughput: the compiled build, every input")
    proc = subprocess.run(
        [sys.executable, str(HERE / "compiled_worker.py"), str(build), str(lines_file),
         str(st.runs), str(st.budget)],
        capture_output=True, text=True, check=True,
    )
    rows: list[dict[str, Any]] = json.loads(proc.stdout)
    for r in rows:
        r["library"] = report.COMPILED
        r["input_bytes"] = len(dict(inputs)[r["input"]].encode())
    return rows


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Do every measurement; return the results as one JSON-ready dict."""
    st = Settings.make(args.quick)
    names = [n.strip() for n in args.libs.split(",")] if args.libs else None
    adapters, skipped = peers.load_adapters(names, nemo=args.nemo, log=log)
    res: dict[str, Any] = {
        "machine": machine(),
        "command": args.command,
        "quick": st.quick,
        "settings": {k: getattr(st, k) for k in st.__slots__},
        "libraries": [
            {
                "name": a.name,
                "version": a.version,
                "calls": a.calls,
                "limits": a.limits,
                "slow": a.slow,
            }
            for a in adapters
        ],
        "skipped": skipped,
    }
    hn = next((a for a in adapters if a.name == "hindinum"), None)
    if hn is not None and sys.modules["hindinum"].compiled:
        # the rows called plain would time the compiled build: say so wherever the version shows
        log("note: the hindinum imported here is the compiled build")
        for lib in res["libraries"]:
            if lib["name"] == "hindinum":
                lib["version"] += " (compiled build)"
    for name, why in skipped.items():
        log(f"skipped {name}: {why}")

    # -- inputs ---------------------------------------------------------------------------
    log(f"generating corpus ({st.corpus_bytes / 1e6:.2f} MB)")
    t = time.perf_counter()
    corp = corpus_mod.generate(st.corpus_bytes, share=args.share, seed=args.seed)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    corpus_path = out_dir / "corpus.txt"
    corpus_path.write_text(corp.text, encoding="utf-8")
    res["corpus"] = {
        "bytes": len(corp.text.encode()),
        "chars": len(corp.text),
        "lines": len(corp.lines),
        "sentences": len(corp.sentences),
        "number_sentences": corp.number_sentences,
        "amounts": len(corp.gold),
        "share": args.share,
        "seed": args.seed,
        "seconds": time.perf_counter() - t,
        "words_from_hindinum": corpus_mod._hindinum_to_words() is not None,
    }
    inputs: list[tuple[str, str]] = []
    if SEED_ARTICLE.is_file():
        inputs.append((f"seed article ({SEED_ARTICLE.name})", SEED_ARTICLE.read_text("utf-8")))
    inputs.append(("generated corpus", corp.text))
    for f in args.file or []:
        inputs.append((f"file {Path(f).name}", Path(f).read_text("utf-8")))

    # -- throughput ---------------------------------------------------------------------
    tp: list[dict[str, Any]] = []
    for label, text in inputs:
        lines = [ln for ln in text.split("\n") if ln.strip()]
        for a in adapters:
            calls: list[tuple[str, Callable[[str], object]]] = [(a.calls, a.call)]
            if a is hn:
                calls.append(("hindinum.normalize(text)", a.normalize))  # type: ignore[attr-defined]
            for call_name, fn in calls:
                log(f"throughput {label}: {call_name}")
                r = time_lines(fn, lines, st.runs, st.budget)
                r.update(input=label, library=a.name, call=call_name, unit="per line")
                r["input_bytes"] = len(text.encode())
                tp.append(r)
        if hn is not None:
            log(f"throughput {label}: hindinum.extract(whole text)")
            r = time_whole(hn.call, text, st.runs)
            r.update(
                input=label,
                library="hindinum",
                call="hindinum.extract(whole text)",
                unit="one call",
            )
            tp.append(r)
    compiled_stages: list[dict[str, Any]] = []
    if args.compiled and hn is not None:
        for r in compiled_throughput(inputs, out_dir, st):
            if r["call"].startswith("tokens built"):
                if r["input"] == "generated corpus":
                    compiled_stages.append(dict(r, stage="tokens built (raw_tokens), compiled build"))
            else:
                tp.append(r)
    res["throughput"] = tp

    # -- where hindinum's time goes -------------------------------------------------------
    if hn is not None:
        from hindinum.tokenize import _RAW_RE, raw_tokens

        lines = [ln for ln in corp.text.split("\n") if ln.strip()]
        stages = []
        for name, fn in (
            ("token regex alone (findall, C)", _RAW_RE.findall),
            ("tokens built (raw_tokens)", raw_tokens),
        ):
            log(f"stage {name}")
            r = time_lines(fn, lines, st.runs, st.budget)
            r.update(stage=name)
            stages.append(r)
        res["stages"] = stages + compiled_stages

    # -- latency ------------------------------------------------------------------------
    sents = corp.sentence_texts()[: st.latency_sentences]
    lat = []
    for a in adapters:
        log(f"latency {a.name}")
        r = latency(a.call, sents, st.latency_budget)
        r.update(library=a.name, call=a.calls)
        lat.append(r)
        if a is hn:
            r = latency(a.normalize, sents, st.latency_budget)  # type: ignore[attr-defined]
            r.update(library=a.name, call="hindinum.normalize(text)")
            lat.append(r)
    res["latency"] = lat

    # -- scaling ------------------------------------------------------------------------
    if hn is not None:
        big = corp.text
        need = int(max(st.scale_sizes) * 1.05)  # room for the largest piece in full
        if need > len(big.encode()):
            log(f"generating {need / 1e6:.1f} MB for the scaling run")
            big = corpus_mod.generate(need, share=args.share, seed=args.seed).text
        rows = []
        for size in st.scale_sizes:
            pieces = chunks(big, size, st.scale_cover)
            runs = 7 if size <= 100_000 else (5 if size <= 1_000_000 else 3)
            runs = 1 if st.quick else runs
            for call_name, fn in (("extract", hn.call), ("normalize", hn.normalize)):  # type: ignore[attr-defined]
                log(f"scaling {call_name} {size} B x {len(pieces)}")
                r = time_chunks(fn, pieces, runs)
                r.update(call=call_name, target_bytes=size)
                rows.append(r)
        del big
        res["scaling_length"] = rows
        share_rows = []
        for share in st.shares:
            text = corpus_mod.generate(st.share_bytes, share=share, seed=args.seed + 1).text
            lines = [ln for ln in text.split("\n") if ln.strip()]
            for a in adapters:
                log(f"share {share:.0%}: {a.name}")
                r = time_lines(a.call, lines, max(1, min(st.runs, 3)), st.share_budget)
                r.update(library=a.name, share=share)
                share_rows.append(r)
        res["scaling_share"] = share_rows

    # -- footprint ------------------------------------------------------------------------
    imports = {}
    for a in adapters:
        module = a.import_module or a.module
        log(f"import time {module}")
        imports[a.name] = import_time(module, st.import_runs)
    res["import_time"] = imports
    if hn is not None:
        log("peak RSS")
        res["rss"] = peak_rss(corpus_path)
        if st.wheel:
            log("wheel size")
            res["wheel"] = wheel_size()

    # -- accuracy ---------------------------------------------------------------------
    acc: dict[str, Any] = {"corpus": {}, "forms": {}, "probes": {}, "suites": {}}
    cases = accuracy.load_suites()
    acc["suite_cases"] = len(cases)
    acc["suite_negatives"] = accuracy.negatives(cases)
    acc["shared"] = str(accuracy.find_shared() or "")
    acc["conformance_rule"] = accuracy._CONF is not None
    acc["probe_table"] = [
        {"text": p.text, "label": p.label, "span": p.span} for p in accuracy.PROBES
    ]
    for a in adapters:
        n = st.slow_acc_sentences if a.name == "nemo-itn" else st.acc_sentences
        log(f"accuracy corpus {a.name} ({n} sentences)")
        tally, forms = accuracy.score_corpus(a, corp, n)
        acc["corpus"][a.name] = {**tally.as_dict(), "sentences": n}
        acc["forms"][a.name] = {k: dict(v) for k, v in forms.items()}
        log(f"accuracy probes {a.name}")
        ptally, verdicts = accuracy.score_probes(a)
        acc["probes"][a.name] = {**ptally.as_dict(), "verdicts": verdicts}
        if cases:
            every = st.suite_every_slow if a.name == "nemo-itn" else (10 if st.quick else 1)
            log(f"accuracy suites {a.name} (every {every})")
            suites = accuracy.score_suites(a, cases, every)
            acc["suites"][a.name] = {
                "every": every,
                "groups": {g: t.as_dict() for g, t in suites.items()},
            }
    res["accuracy"] = acc
    return res


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, run, write the JSON results, the markdown and the plots."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a smoke run that takes seconds")
    ap.add_argument("--nemo", action="store_true", help="also NeMo ITN (slow; on a sample)")
    ap.add_argument("--file", action="append", metavar="FILE", help="also time on this text")
    ap.add_argument("--libs", help="comma-separated subset, e.g. hindinum,number-parser")
    ap.add_argument("--compiled", action="store_true",
                    help="also time hindinum compiled with mypyc (needs mypy and a C compiler)")
    ap.add_argument("--share", type=float, default=0.4, help="share of number sentences")
    ap.add_argument("--seed", type=int, default=0, help="corpus seed")
    ap.add_argument("--out", default=str(HERE / "out"), help="results JSON and corpus go here")
    ap.add_argument("--doc", help="markdown report (default: docs/benchmarks.md; quick: out/)")
    ap.add_argument("--img", help="folder for PNG plots (default: docs/img; quick: out/img)")
    args = ap.parse_args(argv)
    shown = ["python", "benchmarks/run.py", *(argv if argv is not None else sys.argv[1:])]
    args.command = shlex.join(shown)
    if args.nemo:
        try:
            import nemo_text_processing  # noqa: F401
        except ImportError:
            log(
                "--nemo: nemo-text-processing is not installed; install it with\n"
                "  pip install -r benchmarks/requirements-nemo.txt\n"
                "(pynini==2.1.6.post1, Linux x86_64). Going on without NeMo."
            )
    out = Path(args.out)
    doc = (
        Path(args.doc)
        if args.doc
        else (out / "benchmarks-quick.md" if args.quick else ROOT / "docs" / "benchmarks.md")
    )
    img = Path(args.img) if args.img else (out / "img" if args.quick else ROOT / "docs" / "img")
    t0 = time.perf_counter()
    res = run(args)
    res["total_seconds"] = time.perf_counter() - t0
    try:
        res["machine"]["load_end"] = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        pass
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(res, indent=1, default=str), encoding="utf-8")
    report.write(res, doc, img)
    log(f"wrote {doc}, {img}/throughput.png, {img}/scaling.png, {out / 'results.json'}")
    print(report.summary(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
