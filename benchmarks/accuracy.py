"""Accuracy: every library scored on the same cases with the same rule.

The rule is the one of the project's conformance tool (``shared/tools/conformance.py``), which
is imported from beside the project at run time when it is there, so that the peer suites are
scored here exactly as they are for hindinum alone. An expected amount is *correct* when some
prediction overlaps its span and agrees on value (exact ``Decimal``), on kind where the kind is
ordinal or percent, on currency where one is stated, and on both bounds of a range. It is
*wrong* when predictions overlap it but none agrees, and *missed* when nothing overlaps it.
A prediction that overlaps no expected amount is *spurious* (corpus and probes) or makes a
negative case fail (peer suites).

Four sets of cases:

* the hand-annotated real text of ``realtext/sentences.jsonl`` (:mod:`realtext_eval`), per
  split, with money precision / recall and the not-amount spans (years, dates ...) hit;
* the generated corpus (:mod:`corpus`), per expected amount, also broken down by grammar form;
* the probe table below: common news forms, one line each, written for this benchmark;
* the peer suites in ``shared/corpora/*.jsonl`` (read there, never copied), per case.

    python benchmarks/accuracy.py --realtext [--split test|dev|all] [--show-errors N]
"""

from __future__ import annotations

import argparse
import bisect
import importlib.util
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import ModuleType
from typing import Any

import realtext_eval
from corpus import Corpus, Gold
from peers import Adapter, Pred, load_adapters

ROOT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------- scoring rule


def find_shared() -> Path | None:
    """The shared/ folder beside the project (``HINDINUM_SHARED`` overrides)."""
    for cand in (os.environ.get("HINDINUM_SHARED"), ROOT.parent / "shared", "/work/shared"):
        if cand and (Path(cand) / "corpora").is_dir():
            return Path(cand)
    return None


def _load_conformance() -> ModuleType | None:
    shared = find_shared()
    if shared is None:
        return None
    path = shared / "tools" / "conformance.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("hindinum_conformance", path)
    if spec is None or spec.loader is None:
        return None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


CONFORMANCE = _load_conformance()


def _dec(x: object) -> Decimal | None:
    if x is None:
        return None
    try:
        return Decimal(str(x))
    except (InvalidOperation, ValueError):
        return None


def _agrees_local(p: Pred, e: dict[str, Any], kind: str) -> bool:
    """The conformance rule, restated for when the shared tool is not there."""
    if not (p.start < e["end"] and e["start"] < p.end):
        return False
    if kind == "range":
        m = re.fullmatch(r"[\[(]([^,]*),([^\])]*)[\])]", e["value"] or "")
        if not m:
            return False
        vals = [v for v in (p.value, p.value_max) if v is not None]
        bounds = [_dec(g) for g in m.groups() if g]
        return all(any(v == b for v in vals) for b in bounds)
    if p.value is None or p.value != _dec(e["value"]):
        return False
    unit = e.get("unit")
    if unit == "%" or kind == "percent":
        return (p.kind or "") == "percent"
    if kind == "ordinal" and (p.kind or "") != "ordinal":
        return False
    if unit:
        return (p.currency or None) == unit
    return True


def agrees(p: Pred, e: dict[str, Any], kind: str) -> bool:
    """Whether prediction ``p`` reads expected amount ``e`` right (the conformance rule)."""
    if CONFORMANCE is not None:
        return bool(CONFORMANCE.agrees(p, e, kind))
    return _agrees_local(p, e, kind)


def overlaps(p: Pred, start: int, end: int) -> bool:
    """Whether ``p`` overlaps ``[start, end)``."""
    return p.start < end and start < p.end


def verdict(preds: Sequence[Pred], e: dict[str, Any], kind: str) -> str:
    """``correct``, ``wrong`` or ``missed`` for one expected amount."""
    hits = [p for p in preds if overlaps(p, e["start"], e["end"])]
    if not hits:
        return "missed"
    return "correct" if any(agrees(p, e, kind) for p in hits) else "wrong"


def _plain(d: Decimal) -> str:
    text = format(d, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def gold_to_expected(g: Gold, offset: int = 0) -> tuple[dict[str, Any], str]:
    """A corpus :class:`Gold` as a conformance-style expected entry and its kind."""
    if g.value_max is not None:
        value = f"[{_plain(g.value)},{_plain(g.value_max)}]"
        kind = "range"
    else:
        value = _plain(g.value)
        kind = {"percent": "percent", "ordinal": "ordinal", "money": "money"}.get(g.kind, "")
    unit = "%" if g.kind == "percent" else g.currency
    e = {"start": g.start - offset, "end": g.end - offset, "value": value, "unit": unit}
    return e, kind


def _safe_amounts(adapter: Adapter, text: str) -> tuple[list[Pred], bool]:
    try:
        return adapter.amounts(text), False
    except Exception:  # noqa: BLE001 - a crash on content is scored as a miss, and counted
        return [], True


# --------------------------------------------------------------------------- corpus


@dataclass(slots=True)
class Tally:
    """Counts for one library on one set of cases."""

    correct: int = 0
    wrong: int = 0
    missed: int = 0
    spurious: int = 0
    crashes: int = 0
    cases: int = 0
    seconds: float = 0.0

    @property
    def total(self) -> int:
        """Expected amounts (or positive cases) scored."""
        return self.correct + self.wrong + self.missed

    @property
    def rate(self) -> float:
        """Share correct."""
        return self.correct / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return asdict(self) | {"total": self.total, "rate": self.rate}


def score_corpus(
    adapter: Adapter, corpus: Corpus, n_sentences: int
) -> tuple[Tally, dict[str, Counter[str]]]:
    """Score ``adapter`` on the first ``n_sentences`` sentences of ``corpus``.

    Returns the overall tally and, per grammar form, a Counter of verdicts.
    """
    starts = [g.start for g in corpus.gold]
    ign_starts = [a for a, _ in corpus.ignore]
    tally = Tally()
    by_form: dict[str, Counter[str]] = defaultdict(Counter)
    t0 = time.perf_counter()
    for a, b in corpus.sentences[:n_sentences]:
        text = corpus.text[a:b]
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        golds = corpus.gold[lo:hi]
        i_lo, i_hi = bisect.bisect_left(ign_starts, a), bisect.bisect_left(ign_starts, b)
        ignored = [(s - a, e - a) for s, e in corpus.ignore[i_lo:i_hi]]
        preds, crashed = _safe_amounts(adapter, text)
        tally.crashes += crashed
        tally.cases += 1
        exps = [gold_to_expected(g, a) for g in golds]
        for g, (e, kind) in zip(golds, exps, strict=True):
            v = verdict(preds, e, kind)
            setattr(tally, v, getattr(tally, v) + 1)
            by_form[g.form][v] += 1
        for p in preds:
            if any(overlaps(p, e["start"], e["end"]) for e, _ in exps):
                continue
            if any(overlaps(p, s, e) for s, e in ignored):
                continue
            tally.spurious += 1
    tally.seconds = time.perf_counter() - t0
    return tally, dict(by_form)


# --------------------------------------------------------------------------- probe table


@dataclass(frozen=True, slots=True)
class Probe:
    """One common news form: the sentence, what should be read in it, and a label."""

    text: str
    label: str
    expected: tuple[dict[str, Any], str] | None  # the entry and its kind; None: nothing


#: ``sentence | span = value [ISO code, % or ordinal] | label``; ``-`` where nothing should be
#: read. A value ``a-b`` is a range. Written for this benchmark.
_PROBE_TABLE = """
टिकटॉक देगा 9.2 करोड़ डॉलर | 9.2 करोड़ डॉलर = 92000000 USD | decimal + करोड़ + डॉलर
इसकी कीमत ₹1,50,000 है | ₹1,50,000 = 150000 INR | ₹ + Indian grouping
साढ़े तीन करोड़ रुपये का घोटाला | साढ़े तीन करोड़ रुपये = 35000000 INR | साढ़े + words + करोड़
बजट 2.5 लाख करोड़ रुपये का है | 2.5 लाख करोड़ रुपये = 2500000000000 INR | लाख करोड़
महंगाई 20 प्रतिशत बढ़ी | 20 प्रतिशत = 20 % | प्रतिशत
10-12 लाख रुपये का पैकेज | 10-12 लाख रुपये = 1000000-1200000 INR | range + लाख
Rs 500 का नोट | Rs 500 = 500 INR | Rs
5 अरब डॉलर का निवेश | 5 अरब डॉलर = 5000000000 USD | अरब
डेढ़ लाख लोग पहुंचे | डेढ़ लाख = 150000 | डेढ़ + लाख
ढाई हज़ार रुपये दिए | ढाई हज़ार रुपये = 2500 INR | ढाई + हज़ार
सवा सौ करोड़ देशवासी | सवा सौ करोड़ = 1250000000 | सवा सौ करोड़
पौने दो लाख का कर्ज | पौने दो लाख = 175000 | पौने + लाख
पच्चीस हज़ार डॉलर मिले | पच्चीस हज़ार डॉलर = 25000 USD | words + हज़ार + डॉलर
कुल १२,३४,५६७ रुपये | १२,३४,५६७ रुपये = 1234567 INR | Devanagari digits, grouped
जुर्माना 1,500,000 यूरो | 1,500,000 यूरो = 1500000 EUR | western grouping + यूरो
शेयर 12.5% चढ़ा | 12.5% = 12.5 % | decimal %
तीसरी तिमाही में मुनाफा | तीसरी = 3 ordinal | ordinal word
21वीं मंजिल पर फ्लैट | 21वीं = 21 ordinal | ordinal digits
करीब 5 करोड़ रुपये खर्च हुए | 5 करोड़ रुपये = 50000000 INR | qualifier करीब
11 लाख डॉलर का भुगतान | 11 लाख डॉलर = 1100000 USD | digits + लाख + डॉलर
एक करोड़ रुपये का इनाम | एक करोड़ रुपये = 10000000 INR | एक करोड़
बारह लाख पचास हज़ार की आबादी | बारह लाख पचास हज़ार = 1250000 | compound words
₹ 2,000 करोड़ का पैकेज | ₹ 2,000 करोड़ = 20000000000 INR | ₹ + grouped + करोड़
50 हजार रुपए का इनाम | 50 हजार रुपए = 50000 INR | हजार/रुपए spelling
सात सौ छियालीस रुपये | सात सौ छियालीस रुपये = 746 INR | words < 1000
9.2 मिलियन डॉलर का सौदा | 9.2 मिलियन डॉलर = 9200000 USD | मिलियन
ब्याज दर में पांच फीसदी की कमी | पांच फीसदी = 5 % | फीसदी
दो सौ पचास करोड़ रुपये | दो सौ पचास करोड़ रुपये = 2500000000 INR | सौ + करोड़
€300 का जुर्माना | €300 = 300 EUR | €
0.25 प्रतिशत की कटौती | 0.25 प्रतिशत = 0.25 % | fraction of a percent
$20 का गिफ्ट कार्ड | $20 = 20 USD | $
1.5 लाख से अधिक लोग | 1.5 लाख = 150000 | qualifier से अधिक
एक रिपोर्ट के मुताबिक | - | एक as an article (nothing)
लाखों लोग सड़कों पर उतरे | - | लाखों (nothing)
करोड़ों रुपये की संपत्ति | - | करोड़ों (nothing)
"""


def _probe(line: str) -> Probe:
    """One line of the probe table as a conformance-style expected entry and its kind.

    >>> _probe("10-12 लाख रुपये का पैकेज | 10-12 लाख रुपये = 1000000-1200000 INR | range")
    Probe(text='10-12 लाख रुपये का पैकेज', label='range', expected=({'start': 0, 'end': 15, \
'value': '[1000000,1200000]', 'unit': 'INR'}, 'range'))
    """
    text, reading, label = (f.strip() for f in line.split("|"))
    if reading == "-":
        return Probe(text, label, None)
    span, _, value = reading.partition(" = ")
    value, _, unit = value.partition(" ")
    kind = "ordinal" if unit == "ordinal" else "percent" if unit == "%" else (
        "money" if unit else "")
    if "-" in value:
        value, kind = "[{},{}]".format(*value.split("-")), "range"
    start = text.index(span)
    entry = {"start": start, "end": start + len(span), "value": value,
             "unit": None if unit in ("", "ordinal") else unit}
    return Probe(text, label, (entry, kind))


PROBES = tuple(_probe(line) for line in _PROBE_TABLE.strip().splitlines())


def score_probes(adapter: Adapter) -> tuple[Tally, list[str]]:
    """Score every probe; return the tally and one verdict per probe.

    Verdicts: correct / wrong / missed for a positive probe, ``clean`` / ``spurious`` for a
    negative one.
    """
    tally = Tally()
    verdicts = []
    for probe in PROBES:
        preds, crashed = _safe_amounts(adapter, probe.text)
        tally.crashes += crashed
        tally.cases += 1
        exp = probe.expected
        if exp is None:
            v = "spurious" if preds else "clean"
            tally.spurious += bool(preds)
        else:
            v = verdict(preds, *exp)
            setattr(tally, v, getattr(tally, v) + 1)
        verdicts.append(v)
    return tally, verdicts


# --------------------------------------------------------------------------- peer suites

#: Suite groups for the report: file-name prefix -> label.
SUITE_GROUPS = (
    ("recognizers-text", "Recognizers-Text"),
    ("nemo-itn", "NeMo ITN"),
    ("nemo-tn", "NeMo TN (written forms)"),
    ("duckling", "Duckling"),
    ("number-parser", "number-parser"),
    ("indic-punct", "indic-punct"),
)


def _scored_local(case: dict[str, Any]) -> list[dict[str, Any]] | None:
    notes = case.get("notes") or ""
    if "UPSTREAM-SUSPECT" in notes or "design-choice" in notes:
        return None
    kinds = {"cardinal", "decimal", "fraction", "ordinal", "percent", "money", "range"}
    if case["kind"] not in kinds:
        return None
    exp = [
        e
        for e in case["expected"]
        if e.get("value") is not None and not re.match(r"(end|current)", str(e["value"]))
    ]
    if case["expected"] and not exp:
        return None
    return exp


def scored(case: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The expected amounts of a case that count, [] for a negative, None to leave it out."""
    if CONFORMANCE is not None:
        out = CONFORMANCE.scored(case)
        return None if out is None else list(out)
    return _scored_local(case)


def load_suites() -> list[tuple[str, dict[str, Any], list[dict[str, Any]]]]:
    """Every scored case of the peer suites: (group label, case, expected)."""
    shared = find_shared()
    if shared is None:
        return []
    out = []
    for path in sorted((shared / "corpora").glob("*.jsonl")):
        group = next((lab for pre, lab in SUITE_GROUPS if path.name.startswith(pre)), path.stem)
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                case = json.loads(line)
                exp = scored(case)
                if exp is not None:
                    out.append((group, case, exp))
    return out


def score_suites(
    adapter: Adapter,
    cases: Iterable[tuple[str, dict[str, Any], list[dict[str, Any]]]],
    every: int = 1,
) -> dict[str, Tally]:
    """Score per case, grouped; ``every`` > 1 scores every n-th case only (a sample).

    A positive case is correct when all its expected amounts agree (as in conformance.py),
    wrong when some expected amount is overlapped but the case fails, and missed when nothing
    overlaps any of them. A negative case that gets any prediction counts as spurious.
    """
    tallies: dict[str, Tally] = defaultdict(Tally)
    t0 = time.perf_counter()
    for i, (group, case, exp) in enumerate(cases):
        if i % every:
            continue
        t = tallies[group]
        preds, crashed = _safe_amounts(adapter, case["input"])
        t.crashes += crashed
        t.cases += 1
        if not exp:
            t.spurious += bool(preds)
            continue
        verdicts = [verdict(preds, e, case["kind"]) for e in exp]
        if all(v == "correct" for v in verdicts) and not crashed:
            t.correct += 1
        elif all(v == "missed" for v in verdicts):
            t.missed += 1
        else:
            t.wrong += 1
    total = Tally(*(sum(getattr(t, f.name) for t in tallies.values()) for f in fields(Tally)))
    total.seconds = time.perf_counter() - t0
    tallies["all"] = total
    return dict(tallies)


# --------------------------------------------------------------------------- real text


def score_realtext(adapters: Sequence[Adapter], every: Callable[[Adapter], int] = lambda a: 1,
                   log: Callable[[str], None] = print) -> dict[str, Any]:
    """Every adapter on the hand-annotated real text, with the rule of this module."""
    res = realtext_eval.score_all(adapters, realtext_eval.Rule(agrees), every, log)
    return res | {"conformance_rule": CONFORMANCE is not None}


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """``--realtext``: the real-text table of every library, and errors with --show-errors."""
    ap = argparse.ArgumentParser(description="Score libraries on benchmarks/realtext.")
    ap.add_argument("--realtext", action="store_true", help="score the hand-annotated real text")
    ap.add_argument("--split", choices=("test", "dev", "all"),
                    help="one split (all: the whole set); default: test and dev")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N",
                    help="also the first N errors of each class of the first library, on the "
                         "split (default dev)")
    ap.add_argument("--libs", help="comma-separated subset, e.g. hindinum,number-parser")
    args = ap.parse_args(argv)
    if not args.realtext:
        ap.error("nothing to do: give --realtext")
    names = [n.strip() for n in args.libs.split(",")] if args.libs else None
    adapters, skipped = load_adapters(names, log=_log)
    res = score_realtext(adapters, log=_log)
    for split in [args.split] if args.split else list(realtext_eval.SPLITS):
        print("\n".join(realtext_eval.format_table(res, split)))
    for name, why in skipped.items():
        print(f"skipped {name}: {why}")
    if any(a.name == "hindinum" for a in adapters):
        import hindinum

        print("\nhindinum's kinds of measure on the not-amount spans that are measures:")
        measures = realtext_eval.score_measures(hindinum.extract, realtext_eval.load())
        print("\n".join(realtext_eval.format_measures(measures)))
    if args.show_errors and adapters:
        split = args.split or "dev"
        tallies = realtext_eval.score(adapters[0].amounts, realtext_eval.load(),
                                      realtext_eval.Rule(agrees))
        print(f"== errors of {adapters[0].name} on {split} ==")
        print("\n".join(realtext_eval.format_errors(tallies[split], args.show_errors)))
    return 0


if __name__ == "__main__":
    sys.modules.setdefault("accuracy", sys.modules[__name__])
    if str(ROOT) not in sys.path:  # hindinum from this checkout, as run.py reads it
        sys.path.insert(1, str(ROOT))
    sys.exit(main())
