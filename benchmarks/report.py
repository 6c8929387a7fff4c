"""Turn the results of :mod:`run` into docs/benchmarks.md and two PNG plots."""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import Any

#: The issue's targets for hindinum.
TARGET_MB_S = 5.0
TARGET_RATIO_NP = 10.0
TARGET_IMPORT_MS = 50.0
TARGET_RSS_MB = 30.0
TARGET_LINEAR = 11.0  # 10x the input in at most 11x the time

COMPILED = "hindinum (compiled)"
ORDER = ("hindinum", COMPILED, "number-parser", "indic-itn", "hindi-normalize", "price-parser", "nemo-itn")


def _f(x: float | None, digits: int = 2) -> str:
    """A number for a table: fixed digits below 100, thousands separators above."""
    if x is None:
        return "–"
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.{digits}f}" if x >= 0.01 else f"{x:.2g}"


def _pct(x: float) -> str:
    return f"{x:.1%}"


def _main_rows(res: dict[str, Any], label: str) -> list[dict[str, Any]]:
    """Per-line throughput rows of one input, the library's entry point first."""
    return [r for r in res["throughput"] if r["input"] == label]


def _extract_row(res: dict[str, Any], label: str, call: str = "hindinum.extract(text)",
                 library: str | None = None) -> Any:
    """The row of ``call`` on input ``label``; for hindinum's calls, the plain build's unless
    ``library`` names the compiled one."""
    def wanted(r: dict[str, Any]) -> bool:
        if library is None:
            return bool(r["library"] != COMPILED)
        return bool(r["library"] == library)

    return next((r for r in _main_rows(res, label) if r["call"] == call and wanted(r)), None)


def linear_checks(rows: list[dict[str, Any]], call: str) -> list[tuple[int, int, float]]:
    """(small size, big size, time ratio) for each 10x step of the scaling run.

    The ratio is scaled to an exact 10x step of the bytes really timed (pieces end at a
    sentence, so sizes are not exactly 10x apart), and uses each size's fastest run: on a
    shared machine the slower runs carry other processes' load, not the input's length.
    """
    pts = sorted(
        (r.get("target_bytes", r["bytes"]), r["bytes"], r.get("min_seconds", r["seconds"]))
        for r in rows
        if r["call"] == call
    )
    out = []
    for (ta, ba, sa), (tb, bb, sb) in itertools.pairwise(pts):
        ratio = (sb / sa) * (10 * ba / bb) if sa and bb else float("inf")
        out.append((ta, tb, ratio))
    return out


def _short(r: dict[str, Any]) -> str:
    """A short label for a throughput row: hindinum's call, or the peer's name."""
    if r["library"] == COMPILED:
        return r["call"].replace("(text)", "(), compiled")
    if r["library"] != "hindinum":
        return r["library"]
    return r["call"].replace("(text)", "()")


def _label(r: dict[str, Any]) -> str:
    """The call of a throughput row, with the build for hindinum's compiled one."""
    return _short(r) if r["library"] == COMPILED else str(r["call"])


def _size(n: float) -> str:
    for unit, k in (("MB", 1e6), ("KB", 1e3)):
        if n >= k:
            return f"{n / k:.0f} {unit}" if n / k >= 10 else f"{n / k:.1f} {unit}"
    return f"{n:.0f} B"


# ------------------------------------------------------------------------------ summary


def targets(res: dict[str, Any]) -> list[tuple[str, str, str, bool | None]]:
    """(what, target, measured, met) for each of the issue's targets."""
    out: list[tuple[str, str, str, bool | None]] = []
    ex = _extract_row(res, "generated corpus")
    np_row = _extract_row(res, "generated corpus", 'number_parser.parse(text, language="hi")')
    if ex:
        out.append(
            (
                "extract() on the corpus",
                f"≥ {TARGET_MB_S:g} MB/s",
                f"{_f(ex['mb_s'])} MB/s",
                ex["mb_s"] >= TARGET_MB_S,
            )
        )
        if np_row:
            ratio = ex["mb_s"] / np_row["mb_s"]
            out.append(
                (
                    "extract() vs number-parser, same run",
                    f"≥ {TARGET_RATIO_NP:g}x",
                    f"{_f(ratio)}x",
                    ratio >= TARGET_RATIO_NP,
                )
            )
    cx = _extract_row(res, "generated corpus", library=COMPILED)
    if cx:
        out.append(("extract() on the corpus, compiled build", f"≥ {TARGET_MB_S:g} MB/s",
                    f"{_f(cx['mb_s'])} MB/s", cx["mb_s"] >= TARGET_MB_S))
        if np_row:
            ratio = cx["mb_s"] / np_row["mb_s"]
            out.append(("extract() vs number-parser, same run, compiled build",
                        f"≥ {TARGET_RATIO_NP:g}x", f"{_f(ratio)}x", ratio >= TARGET_RATIO_NP))
    imp = (res.get("import_time") or {}).get("hindinum")
    if imp:
        out.append(
            (
                "import hindinum",
                f"< {TARGET_IMPORT_MS:g} ms",
                f"{_f(imp['ms'])} ms",
                imp["ms"] < TARGET_IMPORT_MS,
            )
        )
    rss = res.get("rss")
    if rss:
        out.append(
            (
                "peak RSS, library's share",
                f"< {TARGET_RSS_MB:g} MB",
                f"{_f(rss['library_share_mb'])} MB",
                rss["library_share_mb"] < TARGET_RSS_MB,
            )
        )
    rows = res.get("scaling_length") or []
    checks = [c for c in linear_checks(rows, "extract") if c[0] >= 10_000]
    if checks:
        worst = max(c[2] for c in checks)
        out.append(
            (
                "linear scaling (10x input, ≥ 10 KB)",
                f"≤ {TARGET_LINEAR:g}x time",
                f"worst {_f(worst)}x",
                worst <= TARGET_LINEAR,
            )
        )
    return out


def summary(res: dict[str, Any]) -> str:
    """A few lines for the terminal."""
    lines = ["", "== hindinum benchmark =="]
    for what, target, got, ok in targets(res):
        mark = "ok " if ok else "MISS"
        lines.append(f"[{mark}] {what}: {got} (target {target})")
    for r in res["throughput"]:
        if r["input"] == "generated corpus" and r["unit"] == "per line":
            lines.append(
                f"  {_label(r):<58} {_f(r['mb_s']):>8} MB/s {_f(r['sent_s']):>10} sent/s"
                + (" (sample)" if r["sample"] else "")
            )
    acc = res.get("accuracy", {})
    for name, t in acc.get("corpus", {}).items():
        s = acc.get("suites", {}).get(name, {}).get("groups", {}).get("all")
        p = acc.get("probes", {}).get(name)
        lines.append(
            f"  accuracy {name:<16} corpus {_pct(t['rate'])}"
            + (f"  probes {p['correct']}/{p['total']}" if p else "")
            + (f"  suites {s['correct']}/{s['total']}" if s else "")
        )
    for name, why in res.get("skipped", {}).items():
        lines.append(f"  skipped {name}: {why}")
    return "\n".join(lines)


# ------------------------------------------------------------------------------ plots


def plots(res: dict[str, Any], img: Path) -> list[str]:
    """Draw throughput.png and scaling.png; return the file names written."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return []
    img.mkdir(parents=True, exist_ok=True)
    written = []
    stamp = (
        f"{res['machine']['cpu']}, {res['machine']['cores']} cores, "
        f"{res['machine']['python']}, {res['machine']['date']}"
    )

    # throughput: one bar per call on the corpus and on the seed article
    labels = [lab for lab in dict.fromkeys(r["input"] for r in res["throughput"])]
    fig, axes = plt.subplots(1, len(labels), figsize=(6.2 * len(labels), 3.8), squeeze=False)
    for ax, label in zip(axes[0], labels, strict=True):
        rows = [r for r in res["throughput"] if r["input"] == label]
        rows.sort(key=lambda r: r["mb_s"])
        names = [_short(r) for r in rows]
        vals = [r["mb_s"] for r in rows]
        colors = ["#d9534f" if r["library"] == "hindinum" else "#8e44ad" if r["library"] == COMPILED
                  else "#5b7fa6" for r in rows]
        ax.barh(names, vals, color=colors)
        ax.set_xscale("log")
        ax.set_xlabel("MB/s (log scale)")
        ax.set_title(label, fontsize=10)
        for y, (v, r) in enumerate(zip(vals, rows, strict=True)):
            ax.text(v, y, f" {_f(v)}" + (" *" if r["sample"] else ""), va="center", fontsize=8)
        ax.tick_params(axis="y", labelsize=8)
        ax.set_xlim(right=max(vals) * 8 if vals else 1)
    fig.suptitle("Throughput (median of runs; * = on a prefix sample)", fontsize=11)
    fig.text(0.01, 0.01, stamp, fontsize=7, color="#666")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(img / "throughput.png", dpi=110)
    plt.close(fig)
    written.append("throughput.png")

    # scaling: time vs length (hindinum) and MB/s vs share of number sentences (all)
    if res.get("scaling_length"):
        fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
        for call, color in (("extract", "#d9534f"), ("normalize", "#f0ad4e")):
            pts = sorted(
                (r["bytes"], r.get("min_seconds", r["seconds"]))
                for r in res["scaling_length"]
                if r["call"] == call
            )
            if not pts:
                continue
            xs, ys = zip(*pts, strict=True)
            ax1.loglog(xs, ys, "o-", color=color, label=f"hindinum.{call}()")
            k = ys[-1] / xs[-1]
            ax1.loglog(
                xs,
                [k * x for x in xs],
                ":",
                color=color,
                alpha=0.6,
                label=f"linear through the largest ({call})",
            )
        ax1.set_xlabel("input size (bytes, one call)")
        ax1.set_ylabel("seconds (fastest run)")
        ax1.set_title("Time vs input length", fontsize=10)
        ax1.legend(fontsize=7)
        ax1.grid(True, which="both", alpha=0.3)
        shares = res.get("scaling_share") or []
        libs = [n for n in ORDER if any(r["library"] == n for r in shares)]
        for name in libs:
            pts = sorted((r["share"], r["mb_s"]) for r in shares if r["library"] == name)
            xs, ys = zip(*pts, strict=True)
            ax2.plot(
                [x * 100 for x in xs], ys, "o-", label=name, lw=2.5 if name == "hindinum" else 1.2
            )
        ax2.set_yscale("log")
        ax2.set_xlabel("sentences holding a number (%)")
        ax2.set_ylabel("MB/s (log scale), one call per line")
        ax2.set_title("Throughput vs number density", fontsize=10)
        ax2.legend(fontsize=7)
        ax2.grid(True, which="both", alpha=0.3)
        fig.text(0.01, 0.01, stamp, fontsize=7, color="#666")
        fig.tight_layout(rect=(0, 0.03, 1, 1))
        fig.savefig(img / "scaling.png", dpi=110)
        plt.close(fig)
        written.append("scaling.png")
    return written


# ------------------------------------------------------------------------------ markdown


def _table(head: list[str], rows: list[list[str]], align: str = "") -> list[str]:
    align = align or "l" + "r" * (len(head) - 1)
    sep = ["---:" if a == "r" else "---" for a in align]
    out = ["| " + " | ".join(head) + " |", "| " + " | ".join(sep) + " |"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out + [""]


def markdown(res: dict[str, Any], img_rel: str, images: list[str]) -> str:
    """The whole report."""
    m = res["machine"]
    md: list[str] = []
    w = md.append
    w("# Benchmarks")
    w("")
    w(
        "Speed and accuracy of hindinum and its peers, measured together in one run on one "
        "machine. Every figure below comes from that run; re-run it to get yours:"
    )
    w("")
    w("```")
    w(res["command"])
    w("```")
    w("")
    w(f"- **Date:** {m['date']}")
    w(f"- **Machine:** {m['cpu']}, {m['cores']} cores, {m['memory']} RAM, {m['os']}")
    w(f"- **Python:** {m['python']}")
    if m.get("load_start"):
        end = m.get("load_end") or ["?"]
        w(
            f"- **Load average** (1 min) at the start and end of the run: {m['load_start'][0]} / "
            f"{end[0]} on {m['cores']} cores. Other work on the machine slows every figure; the "
            "medians absorb short bursts, not a steady load."
        )
    w(
        f"- **Wall time of the run:** {res.get('total_seconds', 0):.0f} s"
        + (
            " (quick mode: tiny sizes, one run each; figures are not meaningful)"
            if res["quick"]
            else ""
        )
    )
    w("")
    w(
        "Libraries (each called through its own entry point; the adapter that reads its output "
        "as amounts is described under *Adapters* below):"
    )
    w("")
    rows = [[f"{lib['name']}", lib["version"], f"`{lib['calls']}`"] for lib in res["libraries"]]
    md += _table(["library", "version", "entry point timed"], rows, "lll")
    if res.get("skipped"):
        for name, why in res["skipped"].items():
            w(f"- *{name}* not measured: {why}.")
        w("")

    tg = targets(res)
    if tg:
        w("## hindinum against its targets")
        w("")
        md += _table(
            ["what", "target", "measured", "met"],
            [[a, b, c, "yes" if ok else "**no**"] for a, b, c, ok in tg],
            "llll",
        )

    stages = res.get("stages") or []
    ex = _extract_row(res, "generated corpus")
    np_row = _extract_row(res, "generated corpus", 'number_parser.parse(text, language="hi")')
    if stages and ex and np_row:
        need = TARGET_RATIO_NP * np_row["mb_s"]
        w("**Where the time goes** (same corpus, one call per line): " + "; ".join(
            f"{s['stage']} {_f(s['mb_s'])} MB/s" for s in stages
        ) + f"; all of `extract()` {_f(ex['mb_s'])} MB/s. {TARGET_RATIO_NP:g}x number-parser "
          f"would need {_f(need)} MB/s for everything. In the plain build the token regular "
          "expression alone, matched in C with no Python work per token, takes "
          f"{_f(100 * need / stages[0]['mb_s'])}% of that time budget, so a plain-Python "
          "design that tokenizes all the text cannot reach it (skipping the text around "
          "numbers pays only where numbers are sparse: see the share of sentences "
          "holding numbers, below).")
        cx = _extract_row(res, "generated corpus", library=COMPILED)
        if cx:
            w("")
            w(f"The compiled build (mypyc; see *Compiled build* below) tokenizes in a compiled "
              f"character loop instead of the regular expression and runs `extract()` at "
              f"{_f(cx['mb_s'])} MB/s, {_f(cx['mb_s'] / np_row['mb_s'])}x number-parser.")
        w("")

    # -- throughput -----------------------------------------------------------------------
    w("## Throughput")
    w("")
    w(
        "One call per line (paragraph) for every library, so all get the same unit of work; "
        "`hindinum.extract(whole text)` is a single call on the whole input. MB are 10^6 bytes of "
        "UTF-8 (Devanagari takes 3 bytes a letter); a sentence is a stretch ending in ।, ?, ! or "
        "a line break. Median of the runs shown. A library too slow for the whole input within "
        f"{res['settings']['budget']:g} s a run is timed on the prefix it got through in that "
        "time (*sample*), the same prefix in every run."
    )
    w("")
    if "throughput.png" in images:
        w(f"![throughput]({img_rel}/throughput.png)")
        w("")
    for label in dict.fromkeys(r["input"] for r in res["throughput"]):
        rows_in = _main_rows(res, label)
        first = rows_in[0]
        w(f"### {label}")
        w("")
        w(
            f"{_size(first.get('input_bytes', first['bytes']))}, {first.get('all_lines', '?')} lines."
        )
        w("")
        ex = _extract_row(res, label)
        nz = _extract_row(res, label, "hindinum.normalize(text)")
        table = []
        for r in rows_in:
            ratio = ratio_n = ""
            if ex and not r["library"].startswith("hindinum"):
                ratio = f"{_f(ex['mb_s'] / r['mb_s'])}x" if r["mb_s"] else "–"
            if nz and not r["library"].startswith("hindinum"):
                ratio_n = f"{_f(nz['mb_s'] / r['mb_s'])}x" if r["mb_s"] else "–"
            what = (
                f"sample: {r['lines']} of {r['all_lines']} lines, {_size(r['bytes'])}"
                if r["sample"]
                else ("whole input" if r["unit"] == "one call" else "all lines")
            )
            table.append(
                [
                    f"`{r['call']}`" + (", compiled build" if r["library"] == COMPILED else ""),
                    _f(r["mb_s"]),
                    _f(r["sent_s"]),
                    ratio,
                    ratio_n,
                    str(r["runs"]),
                    what,
                ]
            )
        md += _table(
            [
                "call",
                "MB/s",
                "sentences/s",
                "hindinum extract() speed ÷ this",
                "hindinum normalize() speed ÷ this",
                "runs",
                "input timed",
            ],
            table,
            "lrrrrrl",
        )

    # -- latency --------------------------------------------------------------------------
    if any(r["library"] == COMPILED for r in res["throughput"]):
        w("### Compiled build")
        w("")
        w(
            "The rows marked *compiled build* time the same source compiled to C extension "
            "modules with mypyc (`benchmarks/compiled.py` builds it for this run, and a process "
            "of its own times it; users get it with `HATCH_BUILD_HOOK_ENABLE_MYPYC=true pip "
            "install .`, which needs a C compiler). Compiled are `hindinum/_scanloop.py` (the "
            "tokenizer as "
            "a character loop, which makes exactly the tokens of the regular expression: a "
            "property test holds them together), `numbers.py` and `recognize.py`; the public "
            "functions stay plain Python. A plain `pip install .` remains the default and needs "
            "nothing but `regex`. `.ci/run` builds the compiled wheel and runs the test suite on "
            "both builds (all but the compiled modules' own doctests). The wheel's build compiles "
            "in place, so it leaves the extension modules (`*.so`, ignored by git) in the "
            "checkout unless `HATCH_BUILD_CLEAN_HOOKS_AFTER=true` is set too: delete them "
            "(`rm -f *.so hindinum/*.so`) before changing the sources there, or Python goes on "
            "loading the compiled modules."
        )
        w("")
    w("## Latency per sentence")
    w("")
    w(
        "Each call on one sentence of the generated corpus, timed alone (perf_counter_ns), "
        f"over up to {res['settings']['latency_sentences']} sentences or "
        f"{res['settings']['latency_budget']:g} s."
    )
    w("")
    md += _table(
        ["call", "sentences", "p50 (µs)", "p99 (µs)", "max (µs)"],
        [
            [f"`{r['call']}`", str(r["n"]), _f(r["p50_us"]), _f(r["p99_us"]), _f(r["max_us"])]
            for r in res["latency"]
        ],
    )

    # -- scaling --------------------------------------------------------------------------
    if res.get("scaling_length"):
        w("## Scaling")
        w("")
        if "scaling.png" in images:
            w(f"![scaling]({img_rel}/scaling.png)")
            w("")
        w("### Time against input length")
        w("")
        w(
            "Time of one call on a piece of the given size. Each size is timed on consecutive "
            f"pieces of the corpus that together hold {_size(res['settings']['scale_cover'])} "
            "(1,000 calls of 1 KB, …, one call of 10 MB), so every size reads text of the same "
            "mix; the time per call is the run's time over the pieces."
        )
        w("")
        rows = []
        for r in sorted(res["scaling_length"], key=lambda r: (r["call"], r["bytes"])):
            rows.append(
                [
                    f"`hindinum.{r['call']}()`",
                    _size(r["bytes"]),
                    str(r.get("pieces", 1)),
                    f"{r['seconds'] * 1000:,.2f}",
                    f"{r.get('min_seconds', r['seconds']) * 1000:,.2f}",
                    _f(r["mb_s"]),
                    str(r["runs"]),
                ]
            )
        md += _table(
            ["call", "piece", "pieces", "ms per call (median)", "fastest", "MB/s (median)", "runs"],
            rows,
            "llrrrrr",
        )
        for call in ("extract", "normalize"):
            checks = linear_checks(res["scaling_length"], call)
            if checks:
                txt = ", ".join(f"{_size(a)}→{_size(b)}: {r:.1f}x" for a, b, r in checks)
                ok = all(r <= TARGET_LINEAR for a, _, r in checks if a >= 10_000)
                w(
                    f"- `{call}()` time ratio for each 10x step (fastest runs, scaled to exactly 10x the bytes): {txt}. "
                    + (
                        "Linear (every step from 10 KB on ≤ 11x)."
                        if ok
                        else "**Not linear**: some step from 10 KB on exceeds 11x."
                    )
                )
        w("")
        w("### Throughput against the share of sentences holding numbers")
        w("")
        shares = res.get("scaling_share") or []
        share_vals = sorted({r["share"] for r in shares})
        libs = [n for n in ORDER if any(r["library"] == n for r in shares)]
        rows = []
        for name in libs:
            row = [name]
            for s in share_vals:
                r = next(x for x in shares if x["library"] == name and x["share"] == s)
                row.append(_f(r["mb_s"]) + ("*" if r["sample"] else ""))
            rows.append(row)
        md += _table(["library (MB/s, one call per line)", *[f"{s:.0%}" for s in share_vals]], rows)
        w(
            f"Corpora of {_size(res['settings']['share_bytes'])} each (seed "
            f"{res['corpus']['seed'] + 1}); * = timed on a prefix within "
            f"{res['settings']['share_budget']:g} s."
        )
        w("")

    # -- footprint ------------------------------------------------------------------------
    w("## Footprint")
    w("")
    imp = res.get("import_time") or {}
    rows = [
        [
            name,
            _f(v["ms"]) if v else "–",
            _f(v.get("min_ms")) if v else "–",
            str(v["runs"]) if v else "–",
        ]
        for name, v in imp.items()
    ]
    w(
        "Import time: `python -X importtime -c 'import MODULE'` in a fresh process (NeMo: its "
        "`inverse_normalize` module), cumulative time of the top module, after one unmeasured run that leaves the bytecode cached (as "
        "after `pip install`); median and fastest of the runs."
    )
    w("")
    md += _table(["library", "import (ms, median)", "fastest", "runs"], rows)
    rss = res.get("rss")
    if rss:
        w(
            "Peak RSS (`VmHWM` of `/proc/self/status`, which unlike `ru_maxrss` does not inherit the peak of the forking benchmark process) of a fresh process that reads the "
            "generated corpus and runs `hindinum.extract()` on every line, against the same "
            "process without hindinum:"
        )
        w("")
        md += _table(
            ["", "MB"],
            [
                ["bare python + corpus in memory", _f(rss["bare_python_mb"])],
                ["… after `import hindinum`", _f(rss["after_import_mb"])],
                ["… after extract() over the corpus", _f(rss["after_extract_mb"])],
                ["**library's share** (extract − bare)", f"**{_f(rss['library_share_mb'])}**"],
                ["of which the import", _f(rss["import_share_mb"])],
            ],
        )
    wh = res.get("wheel")
    if wh:
        w(
            f"Wheel (`pip wheel --no-deps .`): `{wh['name']}`, {wh['kb']:.1f} KB, "
            f"{wh['files']} files, {wh['unpacked_kb']:.1f} KB unpacked."
        )
        w("")

    # -- accuracy -----------------------------------------------------------------------
    acc = res.get("accuracy") or {}
    w("## Accuracy")
    w("")
    w(
        "The rule is the project's conformance rule (`shared/tools/conformance.py`"
        + (", imported at run time" if acc.get("conformance_rule") else ", restated")
        + "): an "
        "expected amount is **correct** when a prediction overlaps its span and has the same "
        "exact value, the kind where it is a percentage or an ordinal, the ISO currency where one "
        "is stated, and both bounds of a range; **wrong** when predictions overlap it but none "
        "agrees; **missed** when nothing overlaps it. **Spurious**: predictions that overlap no "
        "expected amount (years are neither expected nor counted as spurious)."
    )
    w("")
    c = res["corpus"]
    w("### Generated corpus")
    w("")
    w(
        f"The same first sentences of the generated corpus for every library ({c['amounts']:,} "
        f"amounts in {c['sentences']:,} sentences overall, {c['share']:.0%} of sentences with "
        "numbers, seed " + str(c["seed"]) + "); NeMo on fewer."
    )
    w("")
    rows = []
    for name in [n for n in ORDER if n in acc.get("corpus", {})]:
        t = acc["corpus"][name]
        rows.append(
            [
                name,
                str(t["sentences"]),
                str(t["total"]),
                str(t["correct"]),
                str(t["wrong"]),
                str(t["missed"]),
                str(t["spurious"]),
                _pct(t["rate"]),
            ]
        )
    md += _table(
        ["library", "sentences", "amounts", "correct", "wrong", "missed", "spurious", "correct %"],
        rows,
    )
    forms = acc.get("forms") or {}
    names = [n for n in ORDER if n in forms]
    all_forms = sorted({f for n in names for f in forms[n]})
    if all_forms:
        w("Correct per grammar form (share of the amounts of that form):")
        w("")
        rows = []
        for f in all_forms:
            row = [f]
            for n in names:
                v = forms[n].get(f, {})
                tot = sum(v.values())
                row.append(f"{v.get('correct', 0) / tot:.0%}" if tot else "–")
            n0 = forms[names[0]].get(f, {})
            row.insert(1, str(sum(n0.values())))
            rows.append(row)
        md += _table(["form", "n", *names], rows)

    probes = acc.get("probes") or {}
    if probes:
        w("### Probe table: common news forms")
        w("")
        names = [n for n in ORDER if n in probes]
        marks = {
            "correct": "✓",
            "wrong": "✗ wrong",
            "missed": "– missed",
            "clean": "✓",
            "spurious": "✗ found",
        }
        rows = []
        for i, p in enumerate(acc["probe_table"]):
            row = [p["text"], p["label"]]
            row += [marks[probes[n]["verdicts"][i]] for n in names]
            rows.append(row)
        md += _table(["text", "form", *names], rows, "ll" + "c" * len(names))
        rows = [
            [
                n,
                str(probes[n]["correct"]),
                str(probes[n]["wrong"]),
                str(probes[n]["missed"]),
                (
                    f"{probes[n]['cases'] - probes[n]['total'] - probes[n]['spurious']}"
                    f"/{probes[n]['cases'] - probes[n]['total']}"
                ),
            ]
            for n in names
        ]
        md += _table(["library", "correct", "wrong", "missed", "negatives clean"], rows)

    suites = acc.get("suites") or {}
    if suites:
        w("### Peer suites")
        w("")
        w(
            f"The cases of `shared/corpora/*.jsonl` that the conformance rule scores "
            f"({acc['suite_cases']:,}, of which {acc['suite_negatives']} negatives), read from "
            "there at run time. A case is correct when all its expected amounts are; missed when "
            "nothing overlaps any of them; otherwise wrong. Negatives: cases where nothing should "
            "be found."
        )
        w("")
        names = [n for n in ORDER if n in suites]
        groups = [lab for _, lab in __import__("accuracy").SUITE_GROUPS]
        rows = []
        for g in [*groups, "all"]:
            row = [g if g != "all" else "**all**"]
            for n in names:
                t = suites[n]["groups"].get(g)
                if not t or not t["total"]:
                    row.append("–")
                    continue
                row.append(f"{t['correct']}/{t['wrong']}/{t['missed']} ({_pct(t['rate'])})")
            rows.append(row)
        md += _table(["suite (correct/wrong/missed)", *names], rows, "l" + "r" * len(names))
        rows = []
        for n in names:
            t = suites[n]["groups"]["all"]
            neg = t["cases"] - t["total"]
            rows.append(
                [
                    n,
                    str(t["correct"]),
                    str(t["wrong"]),
                    str(t["missed"]),
                    f"{neg - t['spurious']}/{neg}",
                    str(t["crashes"]),
                    "all" if suites[n]["every"] == 1 else f"every {suites[n]['every']}th",
                ]
            )
        md += _table(
            ["library", "correct", "wrong", "missed", "negatives clean", "crashes", "cases run"],
            rows,
        )

    # -- adapters -----------------------------------------------------------------------
    w("## Adapters and their limits")
    w("")
    w(
        "Throughput and latency time each library's own entry point; accuracy reads its output "
        "through an adapter (`benchmarks/peers.py`). Sentence rewriters are read by a token diff "
        "of input and output: every number written in the output becomes a prediction whose span "
        "is the input tokens it replaced, or the token itself when the library left it alone. So "
        "rewriters are credited with digits they merely pass through, as a user reading their "
        "output with a regular expression would be; this favours the peers. Fractions (`३/४`, "
        "`८४ १/४`), ordinal suffixes (`११९वीं`) and `%` in the output are read too; a currency "
        "only where the output writes a symbol."
    )
    w("")
    for lib in res["libraries"]:
        w(
            f"- **{lib['name']}** {lib['version']}: {lib['limits']}"
            + (" Timed on a sample (slow)." if lib["slow"] else "")
        )
    w("")
    if "nemo-itn" in res.get("skipped", {}) or not any(
        lib["name"] == "nemo-itn" for lib in res["libraries"]
    ):
        w(
            "- **nemo-itn** (nemo-text-processing 1.2.0, Hindi ITN) is not in this run: it runs "
            "only with `--nemo`, after `pip install -r benchmarks/requirements-nemo.txt` "
            "(pynini==2.1.6.post1, Linux x86_64; 2.1.7 does not resolve). The first use compiles "
            "its grammars (about a minute and 2.2 GB here), cached in `benchmarks/.cache/nemo`."
        )
    else:
        w(
            "- **nemo-itn** ran on samples only: a time-budgeted prefix for throughput and "
            f"latency, the first {res['settings']['slow_acc_sentences']} corpus sentences and "
            f"every {res['settings']['suite_every_slow']}th peer-suite case for accuracy. Its "
            "grammars are compiled once into `benchmarks/.cache/nemo` (about a minute, 2.2 GB)."
        )
    w("")
    w("## Method notes")
    w("")
    w(
        f"- The corpus ({_size(c['bytes'])}, {c['lines']:,} lines, {c['sentences']:,} sentences, "
        f"{c['amounts']:,} amounts) is generated by `benchmarks/corpus.py` from seeded templates "
        "(finance, government, sports, social posts); number words come half from "
        "`hindinum.to_words` and half from an independent table with spelling variants"
        + ("" if c.get("words_from_hindinum") else " (this run: the table only)")
        + ". It is "
        "written to `benchmarks/out/corpus.txt`, not committed."
    )
    w(
        "- Timings run one after another in one process (two cores, nothing in parallel); "
        "the garbage collector runs between timed runs, not inside them."
    )
    w("- Figures from another machine or another day are not comparable to these: re-run.")
    w("")
    return "\n".join(md)


def write(res: dict[str, Any], doc: Path, img: Path) -> None:
    """Write the plots and the markdown (with image links relative to the markdown)."""
    images = plots(res, img)
    doc.parent.mkdir(parents=True, exist_ok=True)
    rel = os.path.relpath(img, doc.parent)
    doc.write_text(markdown(res, rel, images), encoding="utf-8")
