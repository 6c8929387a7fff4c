"""Benchmark hindinum and its peers, speed and accuracy, in one run on this machine.

    python benchmarks/run.py                 # full run: benchmarks/results/latest.json, then
                                             # docs/benchmarks.md and docs/img/*.png from it
    python benchmarks/run.py --quick         # a smoke run in seconds (writes under benchmarks/out/)
    python benchmarks/run.py --nemo          # also NeMo ITN (heavy; on a sample)
    python benchmarks/run.py --compiled      # also hindinum's compiled build (mypyc)
    python benchmarks/run.py --file a.txt    # also the throughput on your own text
    python benchmarks/run.py --libs hindinum,number-parser
    python benchmarks/run.py --only realtext # score the real text alone, into the results file
    python benchmarks/run.py --against eba28c3 --compiled   # beside an earlier commit, in turns

For every library that is installed (missing peers are skipped and named): throughput of its
entry point (MB/s and sentences/s, median of several runs) on the seed article, on a generated
news-like corpus of 5 MB and on any ``--file``; for hindinum the time of its stages and the
scaling of time with input length (1 KB .. 10 MB); for all, throughput against the share of
sentences holding numbers; import time; hindinum's peak RSS; accuracy on the generated corpus,
a probe table of common news forms, the peer suites in shared/corpora and the
hand-annotated real text of benchmarks/realtext. Slow libraries are
timed on a prefix of the input that fits a time budget; the report says where. Every figure
goes to the results file, and ``report.py`` renders the markdown and the plots from it.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import shlex
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if str(ROOT) not in sys.path:  # hindinum from this checkout when it is not installed
    sys.path.insert(1, str(ROOT))

import accuracy
import corpus as corpus_mod
import measure
import peers
import realtext_eval
import report
from measure import log, time_calls, time_lines

SEED_ARTICLE = ROOT / "seeds" / "000_d65d5b869444906d.txt"
Fn = Callable[[str], object]

#: Sizes, budgets (seconds a timed run may take before the input is cut to a prefix) and
#: repetitions of a full and of a quick run.
SETTINGS: dict[bool, dict[str, Any]] = {
    False: {"corpus_bytes": 5_000_000, "runs": 5, "budget": 8.0,
            "scale_sizes": [1_000, 10_000, 100_000, 1_000_000, 10_000_000],
            "scale_cover": 1_000_000, "share_bytes": 1_000_000,
            "shares": [0.0, 0.25, 0.5, 0.75, 1.0], "share_budget": 3.0,
            "acc_sentences": 3000, "slow_acc_sentences": 150, "suite_every_slow": 8,
            "import_runs": 7, "realtext_every_slow": 1, "realtext_every_nemo": 4},
    True: {"corpus_bytes": 60_000, "runs": 1, "budget": 0.4,
           "scale_sizes": [1_000, 10_000, 100_000], "scale_cover": 100_000,
           "share_bytes": 20_000, "shares": [0.0, 0.5, 1.0], "share_budget": 0.2,
           "acc_sentences": 100, "slow_acc_sentences": 5, "suite_every_slow": 200,
           "import_runs": 1, "realtext_every_slow": 20, "realtext_every_nemo": 50},
}


def nonblank_lines(text: str) -> list[str]:
    """The lines of ``text`` that hold more than white space."""
    return [ln for ln in text.split("\n") if ln.strip()]


def hindinum_calls(hn: peers.Adapter | None) -> list[tuple[str, Fn]]:
    """hindinum's timed calls: extract() and normalize()."""
    if hn is None:
        return []
    normalize: Fn = hn.normalize  # type: ignore[attr-defined]
    return [(hn.calls, hn.call), ("hindinum.normalize(text)", normalize)]


def throughput(inputs: list[tuple[str, str]], adapters: list[peers.Adapter],
               hn: peers.Adapter | None, st: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per input and call: every library per line, hindinum also on the whole text."""
    rows = []
    for label, text in inputs:
        lines = nonblank_lines(text)
        for a in adapters:
            for call, fn in hindinum_calls(hn) if a is hn else [(a.calls, a.call)]:
                log(f"throughput {label}: {call}")
                r = time_lines(fn, lines, st["runs"], st["budget"])
                rows.append(r | {"input": label, "library": a.name, "call": call,
                                 "unit": "per line", "input_bytes": len(text.encode())})
        if hn is not None:
            log(f"throughput {label}: hindinum.extract(whole text)")
            r = time_calls(hn.call, [text], st["runs"])
            r["sent_s"] = measure.count_sentences(text) / r["seconds"]
            rows.append(r | {"input": label, "library": "hindinum", "unit": "one call",
                             "call": "hindinum.extract(whole text)", "sample": False})
    return rows


def compiled_rows(inputs: list[tuple[str, str]], out: Path,
                  st: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of the compiled build, built with mypyc into ``out/compiled`` and timed on the same
    lines in a process of its own."""
    import compiled

    log("building the compiled build (mypyc)")
    build = compiled.build(out / "compiled")
    lines_file = out / "compiled-lines.json"
    lines_file.write_text(json.dumps([[lab, nonblank_lines(t)] for lab, t in inputs]), "utf-8")
    log("throughput: the compiled build, every input")
    proc = subprocess.run(
        [sys.executable, str(HERE / "compiled.py"), "--time", str(build), str(lines_file),
         str(st["runs"]), str(st["budget"])], capture_output=True, text=True, check=True)
    sizes = {label: len(text.encode()) for label, text in inputs}
    return [r | {"library": report.COMPILED, "unit": "per line", "input_bytes": sizes[r["input"]]}
            for r in json.loads(proc.stdout)]


def stage_fns() -> list[tuple[str, Fn]]:
    """The stages of extract() timed alone. They are internals: a name the core no longer has
    leaves its row out, with a note."""
    out = []
    try:
        out.append(("token regex alone (findall, C)", _token_regex()))
        out.append(("tokens built (raw_tokens)",
                    importlib.import_module("hindinum.tokenize").raw_tokens))
    except (ImportError, AttributeError) as err:
        log(f"note: a row of the stages left out: {err}")
    return out


def _token_regex() -> Fn:
    """The token regex alone as the plain build's tokenizer runs it: in the standard library's
    engine where the line allows (``tokenize._plain_patterns``), else ``_RAW_RE``."""
    tok = importlib.import_module("hindinum.tokenize")
    raw = tok._RAW_RE
    plain_patterns = getattr(tok, "_plain_patterns", None)
    if plain_patterns is None:
        return raw.findall  # type: ignore[no-any-return]
    plain, unknown = plain_patterns()
    return lambda line: (raw if unknown.search(line) else plain).findall(line)


def stages(lines: list[str], st: dict[str, Any]) -> list[dict[str, Any]]:
    """Throughput of each stage of extract() on the corpus, one call per line."""
    rows = []
    for label, fn in stage_fns():
        log(f"stage {label}")
        rows.append(time_lines(fn, lines, st["runs"], st["budget"]) | {"stage": label})
    return rows


def chunks(text: str, nbytes: int, cover: int) -> list[str]:
    """Consecutive pieces of ``text`` of about ``nbytes`` UTF-8 bytes each, cut after a
    sentence where one is near, until they hold ``cover`` bytes (at least one piece).

    Timing many small pieces instead of one prefix keeps the content of every size alike.
    """
    step = max(1, int(nbytes * len(text) / max(1, len(text.encode()))))
    out: list[str] = []
    pos = total = 0
    while pos < len(text) and (not out or total < cover):
        end = min(len(text), pos + step)
        at = text.rfind("। ", pos + int(step * 0.8), end) if end < len(text) else -1
        end = at + 1 if at > 0 else end
        piece = text[pos:end]
        if out and len(piece.encode()) < nbytes / 2:  # a short tail would skew the mean
            break
        out.append(piece)
        total += len(piece.encode())
        pos = end
    return out


def scaling_length(hn: peers.Adapter, text: str, args: argparse.Namespace,
                   st: dict[str, Any]) -> list[dict[str, Any]]:
    """hindinum's time per call against the size of the text, 1 KB .. 10 MB."""
    need = int(max(st["scale_sizes"]) * 1.05)  # room for the largest piece in full
    if need > len(text.encode()):
        log(f"generating {need / 1e6:.1f} MB for the scaling run")
        text = corpus_mod.generate(need, share=args.share, seed=args.seed).text
    rows = []
    for size in st["scale_sizes"]:
        pieces = chunks(text, size, st["scale_cover"])
        runs = 1 if args.quick else (7 if size <= 100_000 else 5 if size <= 1_000_000 else 3)
        for call, fn in hindinum_calls(hn):
            name = call.split(".")[1].split("(")[0]
            log(f"scaling {name} {size} B x {len(pieces)}")
            rows.append(time_calls(fn, pieces, runs) | {"call": name, "target_bytes": size})
    return rows


def scaling_share(adapters: list[peers.Adapter], args: argparse.Namespace,
                  st: dict[str, Any]) -> list[dict[str, Any]]:
    """Every library's throughput against the share of sentences that hold numbers."""
    rows = []
    for share in st["shares"]:
        gen = corpus_mod.generate(st["share_bytes"], share=share, seed=args.seed + 1)
        lines = nonblank_lines(gen.text)
        for a in adapters:
            log(f"share {share:.0%}: {a.name}")
            r = time_lines(a.call, lines, min(st["runs"], 3), st["share_budget"])
            rows.append(r | {"library": a.name, "share": share})
    return rows


def score(adapters: list[peers.Adapter], corp: corpus_mod.Corpus, quick: bool,
          st: dict[str, Any]) -> dict[str, Any]:
    """Accuracy of every library on the corpus, the probe table and the peer suites."""
    cases = accuracy.load_suites()
    acc: dict[str, Any] = {
        "corpus": {}, "forms": {}, "probes": {}, "suites": {},
        "suite_cases": len(cases), "suite_negatives": sum(not exp for _, _, exp in cases),
        "suite_groups": [label for _, label in accuracy.SUITE_GROUPS],
        "conformance_rule": accuracy.CONFORMANCE is not None,
        "probe_table": [{"text": p.text, "label": p.label} for p in accuracy.PROBES],
    }
    for a in adapters:
        slow = a.name == "nemo-itn"
        n = st["slow_acc_sentences"] if slow else st["acc_sentences"]
        log(f"accuracy {a.name}: corpus ({n} sentences), probes, suites")
        tally, forms = accuracy.score_corpus(a, corp, n)
        acc["corpus"][a.name] = tally.as_dict() | {"sentences": n}
        acc["forms"][a.name] = {k: dict(v) for k, v in forms.items()}
        ptally, verdicts = accuracy.score_probes(a)
        acc["probes"][a.name] = ptally.as_dict() | {"verdicts": verdicts}
        if cases:
            every = st["suite_every_slow"] if slow else (10 if quick else 1)
            groups = accuracy.score_suites(a, cases, every)
            acc["suites"][a.name] = {"every": every,
                                     "groups": {g: t.as_dict() for g, t in groups.items()}}
    return acc


def realtext(adapters: list[peers.Adapter], args: argparse.Namespace,
             st: dict[str, Any]) -> dict[str, Any]:
    """Every library on the hand-annotated real text; slow ones on every n-th sentence."""
    def every(a: peers.Adapter) -> int:
        if a.name == "nemo-itn":
            return int(st["realtext_every_nemo"])
        return int(st["realtext_every_slow"]) if a.slow else 1

    res = accuracy.score_realtext(adapters, every, log)
    m = measure.machine()
    return res | {"run": {"command": args.command, "date": m["date"], "commit": m["commit"]}}


def only_realtext(args: argparse.Namespace) -> int:
    """``--only realtext``: score the real text and put it into the results file, which must
    exist (the other figures stay as they are); the report is rendered by report.py."""
    if not args.results.is_file():
        log(f"--only realtext: {args.results} does not exist; run without --only first")
        return 2
    res = json.loads(args.results.read_text("utf-8"))
    adapters, _ = libraries(args)
    block = realtext(adapters, args, SETTINGS[args.quick])
    res.setdefault("accuracy", {})["realtext"] = block
    args.results.write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n", "utf-8")
    for split in realtext_eval.SPLITS:
        print("\n".join(realtext_eval.format_table(block, split)))
    log(f"wrote the real-text figures into {args.results}; render with "
        f"python benchmarks/report.py {args.results}")
    return 0


def make_corpus(args: argparse.Namespace, st: dict[str, Any],
                out: Path) -> tuple[corpus_mod.Corpus, dict[str, Any]]:
    """Generate the corpus, write it to ``out/corpus.txt``; return it and its description."""
    log(f"generating corpus ({st['corpus_bytes'] / 1e6:.2f} MB)")
    corp = corpus_mod.generate(st["corpus_bytes"], share=args.share, seed=args.seed)
    (out / "corpus.txt").write_text(corp.text, encoding="utf-8")
    return corp, {
        "bytes": len(corp.text.encode()), "lines": len(corp.lines),
        "sentences": len(corp.sentences), "number_sentences": corp.number_sentences,
        "amounts": len(corp.gold), "share": args.share, "seed": args.seed,
        "words_from_hindinum": corpus_mod.hindinum_words() is not None,
    }


def libraries(args: argparse.Namespace) -> tuple[list[peers.Adapter], dict[str, Any]]:
    """Load the adapters; return them and the results' description of them."""
    names = [n.strip() for n in args.libs.split(",")] if args.libs else None
    adapters, skipped = peers.load_adapters(names, nemo=args.nemo, log=log)
    compiled = "hindinum" in sys.modules and sys.modules["hindinum"].compiled
    if compiled:  # the rows called plain would time the compiled build: say so
        log("note: the hindinum imported here is the compiled build")
    libs = [{"name": a.name, "calls": a.calls, "limits": a.limits, "slow": a.slow,
             "version": a.version + (" (compiled build)" if compiled and a.name == "hindinum"
                                     else "")} for a in adapters]
    return adapters, {"libraries": libs, "skipped": skipped}


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Do every measurement; return the results as one JSON-ready dict."""
    st = SETTINGS[args.quick]
    adapters, res = libraries(args)
    res |= {"machine": measure.machine(), "command": args.command, "quick": args.quick,
            "settings": st}
    hn = next((a for a in adapters if a.name == "hindinum"), None)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    corp, res["corpus"] = make_corpus(args, st, out)
    inputs = [(f"seed article ({SEED_ARTICLE.name})", SEED_ARTICLE.read_text("utf-8"))]
    inputs += [("generated corpus", corp.text)]
    inputs += [(f"file {Path(f).name}", _file_text(Path(f))) for f in args.file or []]
    res["throughput"] = throughput(inputs, adapters, hn, st)
    if hn is not None:
        res["stages"] = stages(nonblank_lines(corp.text), st)
        if args.compiled:
            rows = compiled_rows(inputs, out, st)
            res["throughput"] += [r for r in rows if r["call"].startswith("hindinum.")]
            res["stages"] += [r | {"stage": r["call"] + ", compiled build"} for r in rows
                              if r["input"] == "generated corpus" and r["call"].startswith("tok")]
        if args.against:
            import against

            res["against"] = against.rows(
                args.against, [(label, nonblank_lines(text)) for label, text in inputs[1:]],
                out, args.compiled, args.rounds, log)
        res["scaling_length"] = scaling_length(hn, corp.text, args, st)
        log("peak RSS")
        res["rss"] = measure.peak_rss(out / "corpus.txt")
    res["scaling_share"] = scaling_share(adapters, args, st)
    res["import_time"] = {}
    for a in adapters:
        log(f"import time {a.import_module or a.module}")
        res["import_time"][a.name] = measure.import_time(a.import_module or a.module,
                                                         st["import_runs"])
    res["accuracy"] = score(adapters, corp, args.quick, st)
    res["accuracy"]["realtext"] = realtext(adapters, args, st)
    return res


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line; ``command`` is the command as the report prints it."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a smoke run that takes seconds")
    ap.add_argument("--nemo", action="store_true", help="also NeMo ITN (slow; on a sample)")
    ap.add_argument("--file", action="append", metavar="FILE",
                    help="also time on this text (a .jsonl file: the 'text' of each line, as in "
                         "benchmarks/realtext/sentences.jsonl, the hand-annotated real sentences)")
    ap.add_argument("--libs", help="comma-separated subset, e.g. hindinum,number-parser")
    ap.add_argument("--compiled", action="store_true",
                    help="also time hindinum compiled with mypyc (needs mypy and a C compiler)")
    ap.add_argument("--against", metavar="REF",
                    help="also time hindinum at commit REF beside the checkout, taking turns "
                         "(both builds with --compiled; see benchmarks/against.py)")
    ap.add_argument("--rounds", type=int, default=7,
                    help="rounds of turns for --against (each build's fastest is kept)")
    ap.add_argument("--only", choices=("realtext",),
                    help="realtext: score the real text alone and write it into the existing "
                         "results file (render it with report.py)")
    ap.add_argument("--share", type=float, default=0.4, help="share of number sentences")
    ap.add_argument("--seed", type=int, default=0, help="corpus seed")
    ap.add_argument("--out", default=str(HERE / "out"), help="corpus and scratch files go here")
    ap.add_argument("--results", help="results JSON (default: benchmarks/results/latest.json; "
                    "quick: OUT/results.json)")
    ap.add_argument("--doc", help="markdown report (default: docs/benchmarks.md; quick: OUT/)")
    ap.add_argument("--img", help="folder for PNG plots (default: docs/img; quick: OUT/img)")
    args = ap.parse_args(argv)
    shown = ["python", "benchmarks/run.py", *(argv if argv is not None else sys.argv[1:])]
    args.command = shlex.join(shown)
    out = Path(args.out)
    args.results = Path(args.results or (out / "results.json" if args.quick
                                         else HERE / "results" / "latest.json"))
    args.doc = Path(args.doc or (out / "benchmarks-quick.md" if args.quick
                                 else ROOT / "docs" / "benchmarks.md"))
    args.img = Path(args.img or (out / "img" if args.quick else ROOT / "docs" / "img"))
    return args


def _file_text(path: Path) -> str:
    """A text to time: the file itself, or for ``.jsonl`` the ``text`` of each record, a line
    each (``benchmarks/realtext/sentences.jsonl`` gives the real news sentences)."""
    raw = path.read_text("utf-8")
    if path.suffix != ".jsonl":
        return raw
    return "".join(json.loads(line)["text"] + "\n" for line in raw.splitlines() if line.strip())


def main(argv: Sequence[str] | None = None) -> int:
    """Run, write the results file, then the markdown and the plots from it."""
    args = parse_args(argv)
    if args.nemo and importlib.util.find_spec("nemo_text_processing") is None:
        log("--nemo: nemo-text-processing is not installed (pip install -r "
            "benchmarks/requirements-nemo.txt; Linux x86_64). Going on without NeMo.")
    if args.only == "realtext":
        return only_realtext(args)
    t0 = time.perf_counter()
    res = run(args)
    res["total_seconds"] = time.perf_counter() - t0
    res["machine"]["load_end"] = measure.machine()["load_start"]
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n", "utf-8")
    report.write(res, args.doc, args.img, report.verbal_beside(args.results))
    log(f"wrote {args.results}, {args.doc}, {args.img}/throughput.png, {args.img}/scaling.png")
    print(report.summary(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
