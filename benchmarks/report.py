"""Render a results file of run.py as docs/benchmarks.md and two PNG plots; measures nothing.

    python benchmarks/report.py benchmarks/results/latest.json        # docs/benchmarks.md
    python benchmarks/report.py R.json --doc out.md --img out/img

A results file of ``verbalize_speed.py`` beside the results file (``verbalize_speed.json``)
adds its section, "verbalize against NeMo's Hindi TN". The report states the figures; it judges
none of them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
COMPILED = "hindinum (compiled)"
ORDER = ("hindinum", COMPILED, "number-parser", "indic-itn", "hindi-normalize", "price-parser",
         "nemo-itn")
CORPUS = "generated corpus"
VERBALIZE = "verbalize_speed.json"  # verbalize_speed.py's results, beside run.py's
NEMO_TN = "nemo-tn"
NP_CALL = 'number_parser.parse(text, language="hi")'
Res = dict[str, Any]


def _f(x: float | None) -> str:
    """A figure for a table: three significant digits, thousands separators from 100."""
    if x is None:
        return "–"
    if x >= 100:
        return f"{x:,.0f}"
    return f"{x:.1f}" if x >= 10 else f"{x:.2f}" if x >= 0.01 else f"{x:.2g}"


def _size(n: float) -> str:
    for unit, k in (("MB", 1e6), ("KB", 1e3)):
        if n >= k:
            return f"{n / k:.0f} {unit}" if n / k >= 10 else f"{n / k:.1f} {unit}"
    return f"{n:.0f} B"


def _table(head: list[str], rows: list[list[str]], align: str = "") -> list[str]:
    align = align or "l" + "r" * (len(head) - 1)
    sep = {"r": "---:", "c": ":---:"}
    out = ["| " + " | ".join(head) + " |",
           "| " + " | ".join(sep.get(a, "---") for a in align) + " |"]
    return out + ["| " + " | ".join(r) + " |" for r in rows] + [""]


def row(res: Res, call: str, library: str = "hindinum", label: str = CORPUS) -> Res | None:
    """The throughput row of ``call`` by ``library`` on input ``label``, if there is one."""
    return next((r for r in res["throughput"] if r["input"] == label and r["call"] == call
                 and r["library"] == library), None)


def _names(table: dict[str, Any]) -> list[str]:
    return [n for n in ORDER if n in table]


def linear_steps(rows: list[Res], call: str) -> list[tuple[float, float, float]]:
    """(small size, big size, time ratio) for each 10x step of the scaling run.

    The ratio is scaled to an exact 10x step of the bytes timed (pieces end at a sentence) and
    uses each size's fastest run: slower runs carry other processes' load, not the length.
    """
    pts = sorted((r["target_bytes"], r["bytes"], r["min_seconds"]) for r in rows
                 if r["call"] == call)
    return [(ta, tb, (sb / sa) * (10 * ba / bb))
            for (ta, ba, sa), (tb, bb, sb) in itertools.pairwise(pts)]


# ------------------------------------------------------------------------------- sections


def head(res: Res) -> list[str]:
    """Title, command, machine and the libraries measured."""
    m, load = res["machine"], res["machine"].get("load_start") or ["?"]
    md = ["# Benchmarks", "",
          ("Speed and accuracy of hindinum and its peers, measured together in one run on one "
          "machine. Every figure below comes from that run's results file (a full run keeps "
          "it in `benchmarks/results/latest.json`; `python benchmarks/report.py FILE` renders "
          "this page from one without measuring again). Re-run it to get yours:"), "", "```",
          res["command"], "```", "",
          f"- **Date:** {m['date']}, hindinum at commit `{m.get('commit', '?')}`",
          f"- **Machine:** {m['cpu']}, {m['cores']} cores, {m['memory']} RAM, {m['os']}",
          f"- **Python:** {m['python']}, `regex` {m.get('regex', '?')}",
          (f"- **Load average** (1 min) at the start and end of the run: {load[0]} / "
          f"{(m.get('load_end') or ['?'])[0]}. Other work on the machine slows every figure."),
          f"- **Wall time of the run:** {res['total_seconds']:.0f} s"
          + (" (quick mode: tiny sizes, one run each; the figures mean nothing)"
             if res["quick"] else ""), ""]
    rows = [[lib["name"], lib["version"], f"`{lib['calls']}`"] for lib in res["libraries"]]
    md += _table(["library", "version", "entry point timed"], rows, "lll")
    md += [f"- *{name}* not measured: {why}." for name, why in res["skipped"].items()]
    return md + ([""] if res["skipped"] else [])


def where_time_goes(res: Res) -> list[str]:
    """The stages of extract() against all of it, on the corpus."""
    ex = row(res, "hindinum.extract(text)")
    if not res.get("stages") or ex is None:
        return []
    parts = [f"{s['stage']} {_f(s['mb_s'])} MB/s" for s in res["stages"]]
    md = ["**Where the time goes** (the corpus, one call per line): " + "; ".join(parts)
          + f"; all of `extract()` {_f(ex['mb_s'])} MB/s."]
    regex = next((s for s in res["stages"] if s["stage"].startswith("token regex")), None)
    if regex:
        md[0] += (f" The token regular expression alone, matched in C, takes "
                  f"{ex['mb_s'] / regex['mb_s']:.0%} of the plain build's time.")
    return md + [""]


def speed_ratios(res: Res) -> list[str]:
    """extract() against number-parser on the corpus, in each build."""
    np_row = row(res, NP_CALL, "number-parser")
    out = []
    for build, library in (("plain", "hindinum"), ("compiled", COMPILED)):
        ex = row(res, "hindinum.extract(text)", library)
        if ex and np_row:
            out.append(f"- `extract()` on the corpus, {build} build: {_f(ex['mb_s'])} MB/s, "
                       f"{_f(ex['mb_s'] / np_row['mb_s'])}x number-parser in the same run.")
    return out + ([""] if out else [])


def against(res: Res) -> list[str]:
    """The checkout beside an earlier commit (``run.py --against REF``), fastest of the turns."""
    block = res.get("against")
    if not block:
        return []
    ref = block["ref"]
    out = [f"## Against {ref}", "",
           f"`extract()` and `normalize()` of the checkout and of commit `{ref}`, each build in a "
           f"process of its own, taking turns for {block['rounds']} rounds; each figure is the "
           "build's fastest round (benchmarks/against.py). `benchmarks/instructions.py "
           f"--against {ref} --compiled` counts the instructions of the same builds, a figure "
           "that does not wander with the machine's load.", ""]
    rows = [[r["input"], r["build"], _f(r["bytes"] / r["extract_s"] / 1e6),
             f"{r['extract_vs_ref'] - 1:+.1%}", _f(r["bytes"] / r["normalize_s"] / 1e6),
             f"{r['normalize_vs_ref'] - 1:+.1%}", f"{r['normalize_s'] / r['extract_s']:.2f}x"]
            for r in block["rows"]]
    out += _table(["input", "build", "extract MB/s", f"time vs {ref}", "normalize MB/s",
                   f"time vs {ref}", "normalize / extract"], rows, "ll" + "r" * 5)
    return out


def throughput_table(res: Res, label: str) -> list[str]:
    """The rows of one input."""
    rows = [r for r in res["throughput"] if r["input"] == label]
    ex, nz = row(res, "hindinum.extract(text)", label=label), row(
        res, "hindinum.normalize(text)", label=label)
    table = []
    for r in rows:
        peer = not r["library"].startswith("hindinum")
        what = (f"sample: {r['lines']} of {r['all_lines']} lines, {_size(r['bytes'])}"
                if r["sample"] else "whole input" if r["unit"] == "one call" else "all lines")
        table.append([f"`{r['call']}`" + (", compiled build" if r["library"] == COMPILED else ""),
                      _f(r["mb_s"]), _f(r["sent_s"]),
                      f"{_f(ex['mb_s'] / r['mb_s'])}x" if peer and ex else "",
                      f"{_f(nz['mb_s'] / r['mb_s'])}x" if peer and nz else "",
                      str(r["runs"]), what])
    return [f"### {label}", "", (f"{_size(rows[0]['input_bytes'])}, "
            f"{rows[0].get('all_lines', '?')} lines."), ""] + _table(
        ["call", "MB/s", "sentences/s", "hindinum extract() speed ÷ this",
         "hindinum normalize() speed ÷ this", "runs", "input timed"], table, "lrrrrrl")


def throughput(res: Res, img: str, images: list[str]) -> list[str]:
    """Every library on every input."""
    md = ["## Throughput", "",
          ("One call per line (paragraph) for every library, so all get the same unit of work; "
          "`hindinum.extract(whole text)` is a single call on the whole input. MB are 10^6 "
          "bytes of UTF-8 (Devanagari takes 3 bytes a letter); a sentence is a stretch ending "
          "in ।, ?, ! or a line break. Median of the runs shown. A library too slow for the "
          f"whole input within {res['settings']['budget']:g} s a run is timed on the prefix it "
          "got through in that time (*sample*), the same prefix in every run."), ""]
    md += [f"![throughput]({img}/throughput.png)", ""] if "throughput.png" in images else []
    for label in dict.fromkeys(r["input"] for r in res["throughput"]):
        md += throughput_table(res, label)
    if any(r["library"] == COMPILED for r in res["throughput"]):
        md += [("The rows marked *compiled build* time the same source compiled to C extension "
               "modules by mypyc (the modules the wheel's build hook in pyproject.toml names; "
               "`pip install .` builds it wherever a C compiler and the Python headers are "
               "present). `benchmarks/compiled.py` builds it for the run and times "
               "it in a process of its own."), ""]
    return md


def scaling_length(res: Res) -> list[str]:
    """hindinum's time per call against the length of the text."""
    rows = [[f"`hindinum.{r['call']}()`", _size(r["bytes"]), str(r["pieces"]),
             f"{r['seconds'] * 1000:,.2f}", f"{r['min_seconds'] * 1000:,.2f}", _f(r["mb_s"]),
             str(r["runs"])]
            for r in sorted(res["scaling_length"], key=lambda r: (r["call"], r["bytes"]))]
    md = ["### Time against input length", "",
          ("Time of one call on a piece of the given size. Each size is timed on consecutive "
          f"pieces of the corpus that together hold {_size(res['settings']['scale_cover'])} "
          "(many calls on small pieces, one call on the largest), so every size reads text of "
          "the same mix."), ""]
    md += _table(["call", "piece", "pieces", "ms per call (median)", "fastest",
                  "MB/s (median)", "runs"], rows, "llrrrrr")
    for call in ("extract", "normalize"):
        steps = linear_steps(res["scaling_length"], call)
        md.append(f"- `{call}()`, time for 10x the input (fastest runs, scaled to exactly 10x "
                  "the bytes): " + ", ".join(f"{_size(a)}→{_size(b)}: {r:.1f}x"
                                             for a, b, r in steps) + ".")
    return md + [""]


def scaling_share(res: Res) -> list[str]:
    """Every library's throughput against the share of sentences holding numbers."""
    shares = res["scaling_share"]
    values = sorted({r["share"] for r in shares})
    rows = []
    for name in [n for n in ORDER if any(r["library"] == n for r in shares)]:
        cells = {r["share"]: r for r in shares if r["library"] == name}
        rows.append([name] + [_f(cells[s]["mb_s"]) + ("*" if cells[s]["sample"] else "")
                              for s in values])
    st = res["settings"]
    return ["### Throughput against the share of sentences holding numbers", "",
            *_table(["library (MB/s, one call per line)", *[f"{s:.0%}" for s in values]], rows),
            (f"Corpora of {_size(st['share_bytes'])} each (seed {res['corpus']['seed'] + 1}); "
            f"* = timed on a prefix within {st['share_budget']:g} s."), ""]


def scaling(res: Res, img: str, images: list[str]) -> list[str]:
    """Both scaling tables and their plot."""
    md = ["## Scaling", ""]
    md += [f"![scaling]({img}/scaling.png)", ""] if "scaling.png" in images else []
    md += scaling_length(res) if res.get("scaling_length") else []
    return md + scaling_share(res)


def footprint(res: Res) -> list[str]:
    """Import times and hindinum's peak RSS."""
    rows = [[name, _f(v["ms"]), _f(v["min_ms"]), str(v["runs"])] if v else [name, "–", "–", "–"]
            for name, v in res["import_time"].items()]
    md = ["## Footprint", "",
          ("Import time: `python -X importtime -c 'import MODULE'` in a fresh process (NeMo: its "
          "`inverse_normalize` module), cumulative time of the top module, after one unmeasured "
          "run that leaves the bytecode cached (as after `pip install`)."), ""]
    md += _table(["library", "import (ms, median)", "fastest", "runs"], rows)
    rss = res.get("rss")
    if not rss:
        return md
    md += [("Peak RSS (`VmHWM` of `/proc/self/status`) of a fresh process that reads the "
           "generated corpus and runs `hindinum.extract()` on every line, against the same "
           "process without hindinum:"), ""]
    return md + _table(["", "MB"], [
        ["bare python + corpus in memory", _f(rss["bare_python_mb"])],
        ["… after `import hindinum`", _f(rss["after_import_mb"])],
        ["… after extract() over the corpus", _f(rss["after_extract_mb"])],
        ["**library's share** (extract − bare)", f"**{_f(rss['library_share_mb'])}**"],
        ["of which the import", _f(rss["import_share_mb"])]])


def _td(block: Res, name: str, key: str, fmt: str = "pct") -> str:
    """One cell of the real-text table: the test figure, the dev figure in parentheses."""
    lib = block["libraries"][name]
    t, d = lib["test"][key], lib["dev"][key]
    if fmt != "pct":
        return f"{t} ({d})"
    return f"{_rate(t)} ({_rate(d)})"


def _rate(x: float | None) -> str:
    """A share as a percentage; – where there is none (no money predicted: no precision)."""
    return "–" if x is None else f"{x:.1%}"


def _realtext_intro(res: Res, block: Res) -> list[str]:
    st = block["set"]
    whats = sorted(st["all"]["not_by_what"], key=lambda w: -st["all"]["not_by_what"][w])
    md = ["### Real text (hand-annotated)", "",
          (f"{st['all']['sentences']} real Hindi sentences (`{block['file']}`): Hindi news and "
           "information web pages of every desk, the Covid-19 Hindi newspaper corpus (Amar "
           "Ujala, Dainik Jagran, Dainik Hindustan, Navbharat Times, Prabhat Khabar, March-May "
           "2020), the BBC Hindi news dataset and GNews fixtures, batch by batch with their "
           "sources and topics in `benchmarks/realtext/README.md`. Every amount in them "
           f"({st['all']['amounts']}: numbers, money, percentages, ordinals) and every numeral "
           f"that is not one ({st['all']['not_amounts']}: " + ", ".join(whats) + ") was "
           "annotated by hand before hindinum or any other extractor was run on them "
           "(guideline and sources: `benchmarks/realtext/README.md`). A fixed hash of the "
           f"sentence id splits the set into dev ({st['dev']['sentences']} sentences) and test "
           f"({st['test']['sentences']}): rules are tuned on dev, the figure reported is test. "
           f"Test holds {st['test']['amounts']} amounts ({st['test']['money']} money) and "
           f"{st['test']['not_amounts']} not-amount spans; dev {st['dev']['amounts']} "
           f"({st['dev']['money']}) and {st['dev']['not_amounts']}."), ""]
    run = block.get("run", {})
    if run and run.get("command") != res["command"]:
        md += [(f"These figures were scored apart, by `{run['command']}` on {run['date']} with "
                f"hindinum at commit `{run['commit']}`; the rest of the page comes from the run "
                "named at the top."), ""]
    return md


def accuracy_realtext(res: Res) -> list[str]:
    """The hand-annotated real text: per library, test with dev beside it."""
    block = res["accuracy"].get("realtext")
    if not block or not block.get("libraries"):
        return []
    libs, names = block["libraries"], _names(block["libraries"])
    md = _realtext_intro(res, block)
    md += [("Same rule as above, strict in two more places: a range's currency and kind count "
            "too, and a prediction's upper bound must equal the expected one. **Recall** counts "
            "amounts of every kind read right; an amount overlapped by predictions none of "
            "which has its value and bounds is a **wrong value**, one read with the right value "
            "but the wrong kind or currency is **wrong kind/currency**. **Money**: a prediction "
            "is money when the library gives it a currency; precision is the share of those "
            "that read an expected money amount right. **Not-amounts hit**: the share of "
            "not-amount spans (years, dates, quantities ...) that any prediction overlaps (the "
            "token diff credits a rewriter with every digit it passes through, so rewriters hit "
            "every number written in digits). **Spurious**: predictions that overlap neither an "
            "amount nor a not-amount span. Each cell: test (dev)."), ""]
    rows = []
    for n in names:
        every = libs[n]["every"]
        rows.append([n + (f" (every {every}th sentence)" if every > 1 else ""),
                     _td(block, n, "recall"), _td(block, n, "money_precision"),
                     _td(block, n, "money_recall"), _td(block, n, "money_f1"),
                     _td(block, n, "wrong_value", "n"), _td(block, n, "wrong_label", "n"),
                     _td(block, n, "missed", "n"), _td(block, n, "fp_rate"),
                     _td(block, n, "spurious", "n")])
    md += _table(["library", "recall, all kinds", "money precision", "money recall",
                  "money F1", "wrong value", "wrong kind/currency", "missed",
                  "not-amounts hit", "spurious"], rows)
    return md + _realtext_by_what(block, names)


def _realtext_by_what(block: Res, names: list[str]) -> list[str]:
    """Not-amount spans hit, per kind of span: test (dev)."""
    st, libs = block["set"], block["libraries"]
    whats = sorted(st["all"]["not_by_what"], key=lambda w: -st["all"]["not_by_what"][w])
    def cell(lib: Res, w: str) -> str:
        t, d = lib["test"], lib["dev"]
        return (f"{t['hit_by_what'].get(w, 0)}/{t['not_by_what'].get(w, 0)} "
                f"({d['hit_by_what'].get(w, 0)}/{d['not_by_what'].get(w, 0)})")

    rows = [[w, *(cell(libs[n], w) for n in names)] for w in whats]
    return ["Not-amount spans hit, by what they are (hit/spans, test (dev)):", "",
            *_table(["not an amount", *names], rows)]


def accuracy_corpus(res: Res) -> list[str]:
    """Scores on the generated corpus, overall and per grammar form."""
    acc, c = res["accuracy"], res["corpus"]
    keys = ("sentences", "total", "correct", "wrong", "missed", "spurious")
    rows = [[n, *(str(acc["corpus"][n][k]) for k in keys), f"{acc['corpus'][n]['rate']:.1%}"]
            for n in _names(acc["corpus"])]
    md = ["### Generated corpus", "",
          (f"The same first sentences of the generated corpus for every library ({c['amounts']:,}"
          f" amounts in {c['sentences']:,} sentences overall, {c['share']:.0%} of sentences "
          f"with numbers, seed {c['seed']}); NeMo on fewer."), ""]
    md += _table(["library", "sentences", "amounts", "correct", "wrong", "missed", "spurious",
                  "correct %"], rows)
    forms, names = acc["forms"], _names(acc["forms"])
    rows = []
    for form in sorted({f for n in names for f in forms[n]}):
        counts = [forms[n].get(form, {}) for n in names]
        rows.append([form, str(sum(counts[0].values()))] + [
            f"{v.get('correct', 0) / sum(v.values()):.0%}" if v else "–" for v in counts])
    if rows:
        md += ["Correct per grammar form (share of the amounts of that form):", ""]
        md += _table(["form", "n", *names], rows)
    return md


def accuracy_probes(res: Res) -> list[str]:
    """The probe table, one verdict per library, and its totals."""
    acc = res["accuracy"]
    probes, names = acc["probes"], _names(acc["probes"])
    if not names:
        return []
    marks = {"correct": "✓", "wrong": "✗ wrong", "missed": "– missed", "clean": "✓",
             "spurious": "✗ found"}
    rows = [[p["text"], p["label"], *(marks[probes[n]["verdicts"][i]] for n in names)]
            for i, p in enumerate(acc["probe_table"])]
    md = ["### Probe table: common news forms", ""]
    md += _table(["text", "form", *names], rows, "ll" + "c" * len(names))
    rows = []
    for n in names:
        t = probes[n]
        neg = t["cases"] - t["total"]
        rows.append([n, str(t["correct"]), str(t["wrong"]), str(t["missed"]),
                     f"{neg - t['spurious']}/{neg}"])
    return md + _table(["library", "correct", "wrong", "missed", "negatives clean"], rows)


def accuracy_suites(res: Res) -> list[str]:
    """The peer suites, per group and in total."""
    acc = res["accuracy"]
    suites, names = acc["suites"], _names(acc["suites"])
    if not names:
        return []
    md = ["### Peer suites", "",
          (f"The cases of `shared/corpora/*.jsonl` that the conformance rule scores "
          f"({acc['suite_cases']:,}, of which {acc['suite_negatives']} negatives), read from "
          "there at run time. A case is correct when all its expected amounts are; missed when "
          "nothing overlaps any of them; otherwise wrong. Negatives: cases where nothing should "
          "be found."), ""]
    rows = []
    for g in [*acc["suite_groups"], "all"]:
        cells = [suites[n]["groups"].get(g) for n in names]
        rows.append([g if g != "all" else "**all**"] + [
            f"{t['correct']}/{t['wrong']}/{t['missed']} ({t['rate']:.1%})"
            if t and t["total"] else "–" for t in cells])
    md += _table(["suite (correct/wrong/missed)", *names], rows)
    rows = []
    for n in names:
        t, every = suites[n]["groups"]["all"], suites[n]["every"]
        neg = t["cases"] - t["total"]
        rows.append([n, str(t["correct"]), str(t["wrong"]), str(t["missed"]),
                     f"{neg - t['spurious']}/{neg}", str(t["crashes"]),
                     "all" if every == 1 else f"every {every}th"])
    return md + _table(["library", "correct", "wrong", "missed", "negatives clean", "crashes",
                        "cases run"], rows)


def accuracy(res: Res) -> list[str]:
    """The rule, then the three sets of cases."""
    rule = ", imported at run time" if res["accuracy"]["conformance_rule"] else ", restated"
    md = ["## Accuracy", "",
          (f"The rule is the project's conformance rule (`shared/tools/conformance.py`{rule}): an "
          "expected amount is **correct** when a prediction overlaps its span and has the same "
          "exact value, the kind where it is a percentage or an ordinal, the ISO currency where "
          "one is stated, and both bounds of a range; **wrong** when predictions overlap it but "
          "none agrees; **missed** when nothing overlaps it. **Spurious**: predictions that "
          "overlap no expected amount (years are neither expected nor counted as spurious)."), ""]
    return (md + accuracy_realtext(res) + accuracy_corpus(res) + accuracy_probes(res)
            + accuracy_suites(res))


def adapters(res: Res) -> list[str]:
    """How each library's output is read, and how the corpus is made."""
    c = res["corpus"]
    md = ["## Adapters and method", "",
          ("Throughput times each library's own entry point; accuracy reads its output through "
          "an adapter (`benchmarks/peers.py`). Sentence rewriters are read by a token diff of "
          "input and output: every number written in the output becomes a prediction whose "
          "span is the input tokens it replaced, or the token itself when the library left it "
          "alone, so rewriters are credited with digits they merely pass through."), ""]
    md += [f"- **{lib['name']}** {lib['version']}: {lib['limits']}"
           + (" Timed on a sample (slow)." if lib["slow"] else "") for lib in res["libraries"]]
    return md + [
        f"- The corpus ({_size(c['bytes'])}, {c['lines']:,} lines, {c['sentences']:,} "
        f"sentences, {c['amounts']:,} amounts) is generated by `benchmarks/corpus.py` from "
        "seeded templates (finance, government, sports, social posts); number words come half "
        "from `hindinum.to_words` and half from an independent table with spelling variants"
        + ("" if c["words_from_hindinum"] else " (this run: the table only)") + ".",
        ("- Timings run one after another in one process; the garbage collector runs between "
        "timed runs, not inside them. Figures from another machine or day are not comparable."),
        ""]


def markdown(res: Res, img: str, images: list[str], verbal: Res | None = None) -> str:
    """The whole report (with the section of verbalize_speed.py's results ``verbal``)."""
    md = head(res) + speed_ratios(res) + where_time_goes(res) + throughput(res, img, images)
    md += against(res)
    md += scaling(res, img, images) + footprint(res)
    md += verbalize_speed(verbal) if verbal else []
    md += accuracy(res) + adapters(res)
    return "\n".join(md)


# ------------------------------------------------------- verbalize against NeMo's Hindi TN


def _verbal_total(lib: Res) -> tuple[float, int]:
    """Seconds of one run over every sentence (median run of each source), and the count."""
    groups = lib["groups"].values()
    return sum(g["seconds"] * g["pieces"] for g in groups), sum(g["pieces"] for g in groups)


def _verbal_rows(vs: Res) -> list[list[str]]:
    """Per source and for all: ms per sentence and sentences/s of each library, and NeMo's
    time over each hindinum build's."""
    libs = vs["libraries"]
    nemo = libs.get(NEMO_TN)
    rows = []
    for src in [*vs["sources"], "all"]:
        cells, secs = [src, f"{vs['sources'].get(src, sum(vs['sources'].values())):,}"], {}
        for name, lib in libs.items():
            if src == "all":
                total, n = _verbal_total(lib)
                secs[name] = total / n
            else:
                secs[name] = lib["groups"][src]["seconds"]
            cells += [_f(secs[name] * 1000), _f(1 / secs[name])]
        if nemo:
            cells += [f"{secs[NEMO_TN] / secs[h]:,.0f}x" for h in libs if h != NEMO_TN]
        rows.append([f"**{c}**" if src == "all" else c for c in cells])
    return rows


def _verbal_nemo(vs: Res) -> list[str]:
    """NeMo's set-up time, memory, failures and slowest sentences (not in the table)."""
    nemo = vs["libraries"].get(NEMO_TN)
    if not nemo:
        return [f"- *{name}* not measured: {why}." for name, why in vs["skipped"].items()] + [""]
    p, g = nemo["untimed_pass"], nemo["grammar_setup"]
    hn = vs["libraries"]["hindinum"]
    slow = "; ".join(f"{t * 1000:,.0f} ms `{s}`" for t, s in p["slowest"])
    loads = ", ".join(f"{t:.1f}" for t in nemo["setup_seconds"])
    return [
        (f"- NeMo's set-up, apart from the figures above, in a process of its own before the "
         f"rounds: import {g['import_seconds']:.1f} s; its Hindi grammars {g['grammar']} "
         f"(`cache_dir` {g['cache_dir']}) in {g['grammar_seconds']:.1f} s, peak RSS (`VmHWM` of "
         f"`/proc/self/status`) {_f(g['peak_rss_mb'])} MB. A Normalizer that has just compiled "
         "its grammars normalizes several times slower than one that loads them, so every timed "
         f"process loads them from the cache: in {loads} s."),
        (f"- Peak RSS of a timed NeMo process: {_f(nemo['peak_rss_mb'])} MB; of hindinum's: "
         f"{_f(hn['peak_rss_mb'])} MB."),
        (f"- In the untimed pass NeMo raised on {len(p['exceptions'])} sentences and logged "
         f"{p['warnings']} warnings (on a failure it logs one and returns the sentence as it "
         f"was); its slowest sentences: {slow}."), ""]


def verbalize_speed(vs: Res) -> list[str]:
    """The section of ``verbalize_speed.py``: verbalize and NeMo's TN on the same sentences."""
    m, libs = vs["machine"], vs["libraries"]
    names = {"hindinum": "hindinum", COMPILED: "compiled", NEMO_TN: "NeMo TN"}
    head_ = ["sentences", "count"]
    for name in libs:
        head_ += [f"{names[name]} ms/sentence", f"{names[name]} sentences/s"]
    if NEMO_TN in libs:
        head_ += [f"NeMo ÷ {names[n]}" for n in libs if n != NEMO_TN]
    every = f", every {vs['every']}th sentence of each" if vs["every"] > 1 else ""
    nemo = libs.get(NEMO_TN)
    versions = (f" (nemo-text-processing {nemo['version']}, pynini {nemo['pynini']})"
                if nemo else "")
    return ["## verbalize against NeMo's Hindi TN", "", (
        f"`hindinum.verbalize(text)` against NeMo's text normalization, `{vs['nemo_call']}`"
        f"{versions}, on the same sentences{every}: the inputs of NeMo's own Hindi TN tests "
        "(`../shared/corpora/nemo-tn-*.jsonl`), the non-blank lines of the seed article and the "
        "news sentences of `benchmarks/realtext/sentences.jsonl`. One call per sentence, in "
        f"{vs['rounds']} rounds: in each, each library in a fresh process of its own, one after "
        "the other, so that a change of load on the machine falls on all alike. The first round "
        "makes one untimed pass over every sentence, later ones warm up on a few; then "
        f"{vs['runs']} timed runs (NeMo: {vs['nemo_runs']}). A source's figure is the median of "
        "the rounds' medians; *all* is the sum over the sources. These figures come from a run "
        f"of their own, whose results file is `benchmarks/results/{VERBALIZE}`:"),
        "", "```", vs["command"], "```", "",
        (f"- **Date:** {m['date']}, hindinum at commit `{m['commit']}`, {m['cpu']}, "
         f"{m['cores']} cores; load average (1 min) at the start and end: "
         f"{_load(m.get('load_start'))} / {_load(m.get('load_end'))}"), "",
        *_table(head_, _verbal_rows(vs)), *_verbal_rounds(vs), *_verbal_nemo(vs)]


def _round_ratios(vs: Res, name: str) -> list[float]:
    """NeMo's time over ``name``'s on all sentences, round by round."""
    def total(groups: Res) -> float:
        return sum(g["seconds"] * g["pieces"] for g in groups.values())

    libs = vs["libraries"]
    return [total(n) / total(h) for n, h in zip(libs[NEMO_TN]["rounds"], libs[name]["rounds"],
                                                 strict=True)]


def _verbal_rounds(vs: Res) -> list[str]:
    """The ratio on all sentences in each round, where there were several."""
    libs = vs["libraries"]
    if NEMO_TN not in libs or vs["rounds"] < 2:
        return []
    ratios = {name: _round_ratios(vs, name) for name in libs if name != NEMO_TN}
    said = "; ".join(f"{name}: " + ", ".join(f"{r:,.0f}x" for r in rs)
                     for name, rs in ratios.items())
    return [f"NeMo's time over hindinum's on all sentences, round by round: {said}.", ""]


def _load(load: list[float] | None) -> str:
    return f"{load[0]:.2f}" if load else "?"


def verbalize_summary(vs: Res) -> str:
    """A few lines for the terminal."""
    lines = ["", "== verbalize against NeMo's Hindi TN (all sentences) =="]
    libs = vs["libraries"]
    for name, lib in libs.items():
        total, n = _verbal_total(lib)
        lines.append(f"  {name:<22} {n / total:>10,.1f} sentences/s {total / n * 1000:>9.3f} ms")
    if NEMO_TN in libs:
        nemo, _ = _verbal_total(libs[NEMO_TN])
        lines += [f"  NeMo TN / {name}: {nemo / _verbal_total(libs[name])[0]:,.0f}x (rounds: "
                  + ", ".join(f"{r:,.0f}x" for r in _round_ratios(vs, name)) + ")"
                  for name in libs if name != NEMO_TN]
    lines += [f"  skipped {name}: {why}" for name, why in vs["skipped"].items()]
    return "\n".join(lines)


# ------------------------------------------------------------------------------- plots


def _bar_label(r: Res) -> str:
    """A short, distinct label for a throughput bar: hindinum's call and build, or the peer."""
    if not r["library"].startswith("hindinum"):
        return str(r["library"])
    return r["call"].replace("(text)", "()") + (", compiled" if r["library"] == COMPILED else "")


def _plot_throughput(plt: Any, res: Res, path: Path, stamp: str) -> None:
    labels = list(dict.fromkeys(r["input"] for r in res["throughput"]))
    fig, axes = plt.subplots(1, len(labels), figsize=(6.2 * len(labels), 3.8), squeeze=False)
    colors = {"hindinum": "#d9534f", COMPILED: "#8e44ad"}
    for ax, label in zip(axes[0], labels, strict=True):
        rows = sorted((r for r in res["throughput"] if r["input"] == label),
                      key=lambda r: r["mb_s"])
        vals = [r["mb_s"] for r in rows]
        ax.barh([_bar_label(r) for r in rows], vals,
                color=[colors.get(r["library"], "#5b7fa6") for r in rows])
        for y, r in enumerate(rows):
            ax.text(r["mb_s"], y, f" {_f(r['mb_s'])}" + (" *" if r["sample"] else ""),
                    va="center", fontsize=8)
        ax.set(xscale="log", xlabel="MB/s (log scale)", xlim=(None, max(vals) * 8))
        ax.set_title(label, fontsize=10)
        ax.tick_params(axis="y", labelsize=8)
    fig.suptitle("Throughput (median of runs; * = on a prefix sample; purple = compiled build)",
                 fontsize=11)
    _save(plt, fig, path, stamp)


def _plot_scaling(plt: Any, res: Res, path: Path, stamp: str) -> None:
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
    for call, color in (("extract", "#d9534f"), ("normalize", "#f0ad4e")):
        pts = sorted((r["bytes"], r["min_seconds"]) for r in res["scaling_length"]
                     if r["call"] == call)
        xs, ys = zip(*pts, strict=True)
        ax1.loglog(xs, ys, "o-", color=color, label=f"hindinum.{call}()")
        ax1.loglog(xs, [ys[-1] / xs[-1] * x for x in xs], ":", color=color, alpha=0.6,
                   label=f"linear through the largest ({call})")
    ax1.set(xlabel="input size (bytes, one call)", ylabel="seconds (fastest run)")
    ax1.set_title("Time vs input length", fontsize=10)
    shares = res["scaling_share"]
    for name in [n for n in ORDER if any(r["library"] == n for r in shares)]:
        xs, ys = zip(*sorted((r["share"] * 100, r["mb_s"]) for r in shares
                             if r["library"] == name), strict=True)
        ax2.plot(xs, ys, "o-", label=name, lw=2.5 if name == "hindinum" else 1.2)
    ax2.set(yscale="log", xlabel="sentences holding a number (%)",
            ylabel="MB/s (log scale), one call per line")
    ax2.set_title("Throughput vs number density", fontsize=10)
    for ax in (ax1, ax2):
        ax.legend(fontsize=7)
        ax.grid(True, which="both", alpha=0.3)
    _save(plt, fig, path, stamp)


def _save(plt: Any, fig: Any, path: Path, stamp: str) -> None:
    fig.text(0.01, 0.01, stamp, fontsize=7, color="#666")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plots(res: Res, img: Path) -> list[str]:
    """Draw throughput.png and scaling.png (without matplotlib, none); return the names."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return []
    img.mkdir(parents=True, exist_ok=True)
    m = res["machine"]
    stamp = f"{m['cpu']}, {m['cores']} cores, {m['python']}, {m['date']}"
    _plot_throughput(plt, res, img / "throughput.png", stamp)
    if not res.get("scaling_length"):
        return ["throughput.png"]
    _plot_scaling(plt, res, img / "scaling.png", stamp)
    return ["throughput.png", "scaling.png"]


# ------------------------------------------------------------------------------- output


def verbal_beside(results: Path) -> Res | None:
    """The results of verbalize_speed.py in the folder of ``results``, if there are any."""
    path = results.parent / VERBALIZE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def write(res: Res, doc: Path, img: Path, verbal: Res | None = None) -> None:
    """Write the plots and the markdown (with image links relative to the markdown)."""
    images = plots(res, img)
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(markdown(res, os.path.relpath(img, doc.parent), images, verbal),
                   encoding="utf-8")


def summary(res: Res) -> str:
    """A few lines for the terminal."""
    lines = ["", "== hindinum benchmark =="]
    lines += [f"  {r['call'] + (' (compiled)' if r['library'] == COMPILED else ''):<58} "
              f"{_f(r['mb_s']):>8} MB/s {_f(r['sent_s']):>10} sent/s"
              + (" (sample)" if r["sample"] else "")
              for r in res["throughput"] if r["input"] == CORPUS and r["unit"] == "per line"]
    acc = res["accuracy"]
    for name, t in acc["corpus"].items():
        s = acc["suites"].get(name, {}).get("groups", {}).get("all")
        p = acc["probes"][name]
        lines.append(f"  accuracy {name:<16} corpus {t['rate']:.1%}  probes "
                     f"{p['correct']}/{p['total']}"
                     + (f"  suites {s['correct']}/{s['total']}" if s else ""))
    for name, r in acc.get("realtext", {}).get("libraries", {}).items():
        lines.append(f"  real text {name:<15} test recall {r['test']['recall']:.1%}  money F1 "
                     f"{r['test']['money_f1']:.1%}  not-amounts hit {r['test']['fp_rate']:.1%}")
    lines += [f"  skipped {name}: {why}" for name, why in res["skipped"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Render a results file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("results", type=Path, help="a results file of run.py")
    ap.add_argument("--doc", type=Path, help="default: docs/benchmarks.md (quick: beside it)")
    ap.add_argument("--img", type=Path, help="default: docs/img (quick: img/ beside it)")
    args = ap.parse_args(argv)
    res = json.loads(args.results.read_text(encoding="utf-8"))
    beside = args.results.parent
    doc = args.doc or (beside / "benchmarks-quick.md" if res["quick"]
                       else HERE.parent / "docs" / "benchmarks.md")
    img = args.img or (beside / "img" if res["quick"] else HERE.parent / "docs" / "img")
    write(res, doc, img, verbal_beside(args.results))
    print(f"wrote {doc} and its plots in {img}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
