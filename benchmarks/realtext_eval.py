"""Real text: every library scored on the hand-annotated sentences of ``benchmarks/realtext``.

``realtext/sentences.jsonl`` holds real Hindi news sentences, each annotated by hand (before
hindinum was run on them) with the amounts a reader must extract (``amounts``) and the numerals
that are *not* amounts (``not_amounts``: years, dates, times, durations, quantities, phones,
ids, model names, the article एक ...). See ``realtext/README.md`` for the guideline.

The rule is the conformance rule of :mod:`accuracy` (a prediction overlaps the span, has the
same exact ``Decimal`` value, the kind where it is a percentage or an ordinal, the ISO currency
where one is stated, both bounds of a range), made strict in two places: a range's currency
and kind are checked too, and a prediction's ``value_max`` must equal the expected one (an
amount that is no range takes a prediction without ``value_max``, or with ``value_max ==
value``). Per expected amount the verdict is *correct*, *wrong value* (predictions overlap it
but none has its value and bounds), *wrong kind/currency* (one has the value but not the kind
or currency) or *missed* (nothing overlaps it). Money is scored apart: a prediction is money
when the library gives it a currency (or the kind money); it is a true positive when it reads
an expected money amount right. A not-amount span is *hit* when any prediction overlaps it; a
prediction that overlaps neither an amount nor a not-amount span is *spurious*.

    python benchmarks/accuracy.py --realtext [--split test|dev|all] [--show-errors N]
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from peers import Adapter, Pred

HERE = Path(__file__).resolve().parent
REALTEXT = HERE / "realtext" / "sentences.jsonl"
SPLITS = ("test", "dev")
Agrees = Callable[[Pred, dict[str, Any], str], bool]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One annotated sentence: its text, what must be read in it and what must not."""

    id: str
    split: str
    text: str
    amounts: tuple[dict[str, Any], ...]
    not_amounts: tuple[dict[str, Any], ...]


def load(path: Path = REALTEXT) -> list[Sentence]:
    """The annotated sentences of ``path`` (one JSON object a line)."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                out.append(Sentence(r["id"], r["split"], r["text"], tuple(r["amounts"]),
                                    tuple(r["not_amounts"])))
    return out


def _dec(x: object) -> Decimal | None:
    if x is None:
        return None
    try:
        return Decimal(str(x))
    except (InvalidOperation, ValueError):
        return None


def overlaps(p: Pred, span: dict[str, Any]) -> bool:
    """Whether prediction ``p`` overlaps the annotated ``span``."""
    return bool(p.start < span["end"] and span["start"] < p.end)


def to_expected(a: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """An annotated amount as a conformance-style expected entry and its kind."""
    unit = "%" if a["kind"] == "percent" else a.get("currency")
    if a.get("value_max") is not None:
        return {"start": a["start"], "end": a["end"], "unit": unit,
                "value": f"[{a['value']},{a['value_max']}]"}, "range"
    kind = a["kind"] if a["kind"] in ("percent", "ordinal", "money") else ""
    return {"start": a["start"], "end": a["end"], "unit": unit, "value": a["value"]}, kind


def value_agrees(p: Pred, a: dict[str, Any]) -> bool:
    """Same value and same upper bound (exact ``Decimal``); no bound means the value itself."""
    lo = _dec(a["value"])
    hi = _dec(a.get("value_max"))
    if p.value is None or p.value != lo:
        return False
    p_hi = p.value if p.value_max is None else p.value_max
    return p_hi == (lo if hi is None else hi)


def label_agrees(p: Pred, a: dict[str, Any]) -> bool:
    """The kind where it is a percentage or an ordinal, the currency where one is stated."""
    kind = (p.kind or "").split(".")[-1].lower()
    if a["kind"] in ("percent", "ordinal") and kind != a["kind"]:
        return False
    return not a.get("currency") or (p.currency or None) == a["currency"]


def is_money(p: Pred) -> bool:
    """A money prediction: the library gives a currency (or says money)."""
    return bool(p.currency) or (p.kind or "").split(".")[-1].lower() == "money"


class Rule:
    """The matching rule: the conformance rule (``base``) and the strict checks above."""

    def __init__(self, base: Agrees | None = None) -> None:
        self.base = base

    def agrees(self, p: Pred, a: dict[str, Any]) -> bool:
        """Whether ``p`` reads the annotated amount ``a`` right."""
        if not (overlaps(p, a) and value_agrees(p, a) and label_agrees(p, a)):
            return False
        return self.base is None or self.base(p, *to_expected(a))

    def verdict(self, preds: Sequence[Pred], a: dict[str, Any]) -> str:
        """``correct``, ``wrong_label``, ``wrong_value`` or ``missed``."""
        hits = [p for p in preds if overlaps(p, a)]
        if not hits:
            return "missed"
        if any(self.agrees(p, a) for p in hits):
            return "correct"
        return "wrong_label" if any(value_agrees(p, a) for p in hits) else "wrong_value"


# ------------------------------------------------------------------------------- tallies


@dataclass(slots=True)
class ErrorCase:
    """One error, for ``--show-errors``: what was wanted at a span and what was read there."""

    what: str  # missed | wrong_value | wrong_label | false_positive | spurious
    sid: str
    text: str
    span: str
    want: str
    got: str


@dataclass(slots=True)
class RealTally:
    """Counts for one library on one split."""

    sentences: int = 0
    expected: int = 0
    correct: int = 0
    wrong_value: int = 0
    wrong_label: int = 0
    missed: int = 0
    money_expected: int = 0
    money_correct: int = 0
    money_preds: int = 0
    money_tp: int = 0
    not_amounts: int = 0
    not_amounts_hit: int = 0
    spurious: int = 0
    preds: int = 0
    crashes: int = 0
    missed_by_kind: Counter[str] = field(default_factory=Counter)
    not_by_what: Counter[str] = field(default_factory=Counter)
    hit_by_what: Counter[str] = field(default_factory=Counter)
    errors: list[ErrorCase] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Expected amounts read right / expected amounts."""
        return self.correct / self.expected if self.expected else 0.0

    @property
    def money_precision(self) -> float:
        """Money predictions that read an expected money amount right / money predictions."""
        return self.money_tp / self.money_preds if self.money_preds else 0.0

    @property
    def money_recall(self) -> float:
        """Expected money amounts read right / expected money amounts."""
        return self.money_correct / self.money_expected if self.money_expected else 0.0

    @property
    def money_f1(self) -> float:
        """Harmonic mean of money precision and recall."""
        p, r = self.money_precision, self.money_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fp_rate(self) -> float:
        """Not-amount spans some prediction overlaps / not-amount spans."""
        return self.not_amounts_hit / self.not_amounts if self.not_amounts else 0.0

    def add(self, other: RealTally) -> None:
        """Add ``other``'s counts (not its errors) to these."""
        for name in self.__slots__:
            mine = getattr(self, name)
            if isinstance(mine, int | Counter):
                setattr(self, name, mine + getattr(other, name))

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: the counts, the rates and the breakdowns."""
        out: dict[str, Any] = {}
        for name in self.__slots__:
            v = getattr(self, name)
            if isinstance(v, int):
                out[name] = v
            elif isinstance(v, Counter):
                out[name] = dict(sorted(v.items()))
        rates = ("recall", "money_precision", "money_recall", "money_f1", "fp_rate")
        out |= {r: round(getattr(self, r), 4) for r in rates}
        if not self.money_preds:  # no money predicted: no precision to state
            out["money_precision"] = None
        return out


def _show(preds: Iterable[Pred]) -> str:
    out = []
    for p in preds:
        v = f"{p.value}" + (f"..{p.value_max}" if p.value_max is not None else "")
        out.append(f"{v} {p.currency or ''} {p.kind or ''} @{p.start}-{p.end}".replace("  ", " "))
    return "; ".join(out) or "nothing"


def _want(a: dict[str, Any]) -> str:
    v = a["value"] + (f"..{a['value_max']}" if a.get("value_max") is not None else "")
    return f"{v} {a.get('currency') or ''} {a['kind']}".replace("  ", " ")


def _score_amounts(rule: Rule, s: Sentence, preds: list[Pred], t: RealTally) -> None:
    for a in s.amounts:
        v = rule.verdict(preds, a)
        t.expected += 1
        setattr(t, v, getattr(t, v) + 1)
        if a["kind"] == "money":
            t.money_expected += 1
            t.money_correct += v == "correct"
        if v == "missed":
            t.missed_by_kind[a["kind"]] += 1
        if v != "correct":
            got = [p for p in preds if overlaps(p, a)]
            t.errors.append(ErrorCase(v, s.id, s.text, a["text"], _want(a), _show(got)))
    money = [a for a in s.amounts if a["kind"] == "money"]
    for p in preds:
        if is_money(p):
            t.money_preds += 1
            t.money_tp += any(rule.agrees(p, a) for a in money)


def _score_not_amounts(s: Sentence, preds: list[Pred], t: RealTally) -> None:
    for n in s.not_amounts:
        t.not_amounts += 1
        t.not_by_what[n["what"]] += 1
        hits = [p for p in preds if overlaps(p, n)]
        if hits:
            t.not_amounts_hit += 1
            t.hit_by_what[n["what"]] += 1
            t.errors.append(ErrorCase("false_positive", s.id, s.text, n["text"],
                                      f"not an amount ({n['what']})", _show(hits)))
    for p in preds:
        if not any(overlaps(p, span) for span in (*s.amounts, *s.not_amounts)):
            t.spurious += 1
            t.errors.append(ErrorCase("spurious", s.id, s.text, s.text[p.start:p.end],
                                      "nothing", _show([p])))


def score_sentence(rule: Rule, s: Sentence, preds: list[Pred], t: RealTally) -> None:
    """Add the verdicts on one sentence, given the library's predictions, to ``t``."""
    t.sentences += 1
    t.preds += len(preds)
    _score_amounts(rule, s, preds, t)
    _score_not_amounts(s, preds, t)


def score(amounts: Callable[[str], list[Pred]], sentences: Iterable[Sentence],
          rule: Rule | None = None, every: int = 1) -> dict[str, RealTally]:
    """Score a library (``amounts``: text -> predictions) per split, and on ``all``.

    ``every`` > 1 scores every n-th sentence only (a sample, for slow libraries). A crash on a
    sentence is counted and scored as no prediction.
    """
    rule = rule or Rule()
    tallies = {split: RealTally() for split in SPLITS}
    for i, s in enumerate(sentences):
        if i % every:
            continue
        t = tallies.setdefault(s.split, RealTally())
        try:
            preds = amounts(s.text)
        except Exception:  # noqa: BLE001 - a crash on content is scored as nothing, and counted
            preds = []
            t.crashes += 1
        score_sentence(rule, s, preds, t)
    total = RealTally()
    for t in tallies.values():
        total.add(t)
        total.errors += t.errors
    tallies["all"] = total
    return tallies


def describe(sentences: Sequence[Sentence]) -> dict[str, Any]:
    """What the set holds, per split: sentences, amounts, money amounts, not-amount spans."""
    out: dict[str, Any] = {}
    for split in (*SPLITS, "all"):
        ss = [s for s in sentences if split in ("all", s.split)]
        out[split] = {
            "sentences": len(ss),
            "amounts": sum(len(s.amounts) for s in ss),
            "money": sum(a["kind"] == "money" for s in ss for a in s.amounts),
            "not_amounts": sum(len(s.not_amounts) for s in ss),
            "not_by_what": dict(Counter(n["what"] for s in ss for n in s.not_amounts)),
        }
    return out


def score_all(adapters: Sequence[Adapter], rule: Rule, every: Callable[[Adapter], int],
              log: Callable[[str], None] = print) -> dict[str, Any]:
    """Every adapter on the whole set: the results file's ``realtext`` block."""
    sentences = load()
    res: dict[str, Any] = {"file": str(REALTEXT.relative_to(HERE.parent)),
                           "set": describe(sentences), "libraries": {}}
    for a in adapters:
        n = every(a)
        log(f"real text {a.name}" + (f" (every {n}th sentence)" if n > 1 else ""))
        tallies = score(a.amounts, sentences, rule, n)
        res["libraries"][a.name] = {"every": n, "version": a.version} | {
            split: t.as_dict() for split, t in tallies.items()}
    return res


# ------------------------------------------------------------------------------- printing


def _pct(x: float | None) -> str:
    return "     –" if x is None else f"{x:6.1%}"


COLUMNS = ("recall", "money P", "money R", "money F1", "wrong val", "wrong k/c", "missed",
           "not-amt hit", "spurious", "crashes")


def table_row(d: dict[str, Any]) -> list[str]:
    """One library's cells on one split (a ``RealTally.as_dict()``)."""
    return [f"{_pct(d['recall'])} {d['correct']}/{d['expected']}",
            _pct(d["money_precision"]), _pct(d["money_recall"]), _pct(d["money_f1"]),
            str(d["wrong_value"]), str(d["wrong_label"]), str(d["missed"]),
            f"{_pct(d['fp_rate'])} {d['not_amounts_hit']}/{d['not_amounts']}",
            str(d["spurious"]), str(d["crashes"])]


def format_table(res: dict[str, Any], split: str) -> list[str]:
    """The plain-text table of one split, every library a row, then hits by ``what``."""
    libs = res["libraries"]
    info = res["set"][split]
    rows = [[name, *table_row(d[split])] for name, d in libs.items()]
    head = ["library", *COLUMNS]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = [(f"== real text, {split}: {info['sentences']} sentences, {info['amounts']} amounts "
              f"({info['money']} money), {info['not_amounts']} not-amount spans ==")]
    lines += ["  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in
                        enumerate(zip(r, widths, strict=True))) for r in [head, *rows]]
    whats = sorted(info["not_by_what"], key=lambda w: -info["not_by_what"][w])
    lines.append("not-amount spans hit, by what: " + ", ".join(
        f"{w} {info['not_by_what'][w]}" for w in whats))
    for name, d in libs.items():
        hit = d[split]["hit_by_what"]
        lines.append(f"  {name:<16} " + ", ".join(f"{w} {hit.get(w, 0)}" for w in whats))
    return [*lines, ""]


def format_errors(t: RealTally, n: int) -> list[str]:
    """The first ``n`` errors of each class."""
    lines = []
    for what in ("missed", "wrong_value", "wrong_label", "false_positive", "spurious"):
        errs = [e for e in t.errors if e.what == what]
        lines.append(f"-- {what}: {len(errs)}" + (f" (first {n})" if len(errs) > n else ""))
        for e in errs[:n]:
            lines.append(f"  {e.sid}  [{e.span}]  want {e.want}  got {e.got}")
            lines.append(f"      {e.text}")
    return lines


# ------------------------------------------------------------ the kinds of measure (hindinum)

#: The not-amount spans that are measures, and the kind hindinum reads each as.
MEASURE_KINDS = {"quantity": "quantity", "duration": "duration", "time": "time",
                 "date": "date", "year": "date"}


def score_measures(extract: Callable[[str], Sequence[Any]],
                   sentences: Iterable[Sentence]) -> dict[str, Counter[str]]:
    """hindinum's kinds of measure on the not-amount spans annotated as quantities, durations,
    times, dates and years, per split: ``read`` (an amount of that kind overlaps the span),
    ``exact`` (it also has the annotated unit or iso, where one is annotated), ``as_amount``
    (an amount of the four amount kinds overlaps it instead) and ``spans``."""
    out: dict[str, Counter[str]] = {split: Counter() for split in SPLITS}
    for s in sentences:
        found = list(extract(s.text))
        for span in s.not_amounts:
            kind = MEASURE_KINDS.get(span["what"])
            if kind is None:
                continue
            tally = out[s.split]
            tally["spans"] += 1
            tally[f"spans:{kind}"] += 1
            near = [a for a in found if a.start < span["end"] and span["start"] < a.end]
            same = [a for a in near if str(a.kind) == kind]
            if same:
                tally["read"] += 1
                tally[f"read:{kind}"] += 1
                want = span.get("unit") or span.get("iso")
                if want is None or any(want in (a.unit, a.iso) for a in same):
                    tally["exact"] += 1
            elif any(str(a.kind) in ("number", "money", "percent", "ordinal") for a in near):
                tally["as_amount"] += 1
    return out


def format_measures(res: dict[str, Counter[str]]) -> list[str]:
    """The table of :func:`score_measures`."""
    lines = ["| split | measure spans | read as their kind | with the annotated unit/iso | "
             "read as an amount |", "|---|---:|---:|---:|---:|"]
    for split, t in res.items():
        n = t["spans"] or 1
        lines.append(f"| {split} | {t['spans']} | {t['read']} ({t['read'] / n:.1%}) | "
                     f"{t['exact']} ({t['exact'] / n:.1%}) | {t['as_amount']} "
                     f"({t['as_amount'] / n:.1%}) |")
        kinds = ", ".join(f"{k} {t['read:' + k]}/{t['spans:' + k]}"
                          for k in dict.fromkeys(MEASURE_KINDS.values()) if t["spans:" + k])
        lines.append(f"|   by kind | {kinds} | | | |")
    return lines
