"""Score ``hindinum.verbalize`` against NeMo's Hindi text normalization (TN) test cases.

    python benchmarks/verbalize_conformance.py [--show N] [--corpora DIR]

Every case of ``nemo-tn-*.jsonl`` (``../shared/corpora``: the written ``input`` and NeMo's
spoken ``raw_expected``) is verbalized and compared word by word after both sides are brought
to one spelling (:func:`same_spelling`: each word folded by ``hindinum.fold``, then the
variant spellings of :data:`EQUIVALENT` and :data:`EQUIVALENT_ENDINGS` made one). The table
gives, per file, the cases, those in scope, those that match, and the cases where hindinum
differs on purpose (:data:`DIFFER`, each with its reason: NeMo is inconsistent, or a design
choice). Files of kinds ``extract()`` does not read (:data:`OUT_OF_SCOPE`) are counted apart,
with the reason, and so are the cases of a scored file that ``extract()`` reads as no amount or
as another amount than the file's kind (:data:`NOT_READ`): ``verbalize`` says what ``extract()``
finds, and these are gaps or decisions of the reader, listed with the reason. A case that
matches NeMo under an option (:data:`BY_OPTION`: NeMo says ``1.5 yr`` colloquially, ``डेढ़
साल``) is verbalized with that option and counted in its own column. ``--show N`` prints up to
N failures per file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import hindinum

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"

#: Spellings that are the same word (after ``hindinum.fold``): NeMo's -> hindinum's.
EQUIVALENT: dict[str, str] = {
    "रुपए": "रुपये",
    "छः": "छह",
    "छै": "छह",
    "तिरेसठ": "तिरसठ",
}
#: Word endings that are the same: the nineties and their ordinals (इक्यानबे = इक्यानवे).
EQUIVALENT_ENDINGS: tuple[tuple[str, str], ...] = (("नबे", "नवे"), ("नबेवां", "नवेवां"),
                                                   ("नबेवीं", "नवेवीं"), ("नबेवें", "नवेवें"))

#: Kinds of text that are no amount ``extract()`` reads, so out of scope until those kinds
#: exist: file -> the reason.
OUT_OF_SCOPE: dict[str, str] = {
    "address": "house and postal numbers are identifiers that NeMo reads digit by digit "
               "(700 = सात शून्य शून्य); extract() reads them as numbers",
    "electronic": "e-mail addresses and URLs hold no amount",
    "whitelist": "abbreviations (डॉ. = डॉक्टर) hold no amount",
}

_DIMENSIONS = ("dimensions (200x10) are no kind of extract(): it reads no amount; NeMo says "
               "x as बाई")
_YEAR_CUE = ("extract() reads a number, not a year: after four digits its year cues are में "
             "and तक, not का/की/के/से (1992 की कीमत may be a count); NeMo says the years in "
             "hundreds")

#: Cases of a scored file that extract() reads as no amount or not as the file's kind, so
#: verbalize says something else by design: input -> the reason.
NOT_READ: dict[str, str] = {
    "7 K": "extract() reads K after a number as thousand (10K), not kelvin "
           "(lexicon/measures.py leaves Latin K out); NeMo says केल्विन",
    "७.२२ K": "as 7 K",
    "88 st": "extract() leaves st out of the units (21 st is an ordinal); NeMo says स्टोन",
    "८८.५ st": "as 88 st",
    "200x10 के गद्दे": _DIMENSIONS,
    "५x५ का सोफ़ा": _DIMENSIONS,
    "2x2 रुबिक्स क्यूब": _DIMENSIONS,
    "१३x१३ का घर": _DIMENSIONS,
    "३१-०६": "UPSTREAM-SUSPECT: there is no 31 June; extract() reads no date (two numbers)",
    "297-272 ई. पू.": "extract() reads 297 (a number) and 272 ई. पू. (a year) apart: its range "
                      "reader takes no falling range, and BCE ranges fall; NeMo says से",
    "१९९० का": _YEAR_CUE,
    "1992 की": _YEAR_CUE,
    "१९६० के अभिनेता है": _YEAR_CUE,
    "1788 से": _YEAR_CUE,
}

#: :data:`NOT_READ` by folded input (the corpus spells some nukta letters decomposed).
_NOT_READ_KEYS = frozenset(hindinum.fold(k) for k in NOT_READ)

#: Cases NeMo says as hindinum does under an option: input -> the options.
BY_OPTION: dict[str, dict[str, object]] = {
    # NeMo says halves of units of time colloquially whatever the context; hindinum's default
    # says the digits, as NeMo does for every other decimal
    "1.5 yr": {"colloquial": True},
    "२.५ yr": {"colloquial": True},
    "3.5 yr": {"colloquial": True},
}

#: Cases where hindinum differs from NeMo on purpose: input -> the reason.
DIFFER: dict[str, str] = {
    **{f"{n}{suffix}": "design choice: a digit ordinal with an English suffix is said as the "
       "Hindi ordinal (2nd = दूसरा); NeMo transliterates the English word (सेकंड)"
       for n, suffix in ((1, "st"), (2, "nd"), (3, "rd"), (4, "th"), (5, "th"), (6, "th"),
                         (7, "th"), (8, "th"), (9, "th"), (10, "th"))},
    "1782वीं": "NeMo is inconsistent: it says 1782 in hundreds (सत्रह सौ बयासीवीं) but 1890 "
               "in thousands (एक हज़ार आठ सौ नब्बेवां); hindinum says every number in "
               "thousands, like to_words",
    "1981वीं": "NeMo is inconsistent (see 1782वीं): उन्नीस सौ इक्यासीवीं",
    "९८२६वीं": "NeMo is inconsistent (see 1782वीं): अट्ठानबे सौ छब्बीसवीं",
    **{text: "design choice: NeMo says a trunk zero (शून्य) that is not written before a ten-digit "
       "number; hindinum says the digits written, one by one"
       for text in ("मेरा पुराना नंबर था 9157114007", "मेरे इस नंबर पे कॉल करो 1374-309988")},
}


def same_spelling(text: str) -> list[str]:
    """The words of ``text``, each folded and brought to one spelling."""
    words = []
    for word in text.split():
        key = hindinum.fold(word)
        key = EQUIVALENT.get(key, key)
        for theirs, ours in EQUIVALENT_ENDINGS:
            if key.endswith(theirs):
                key = key[: -len(theirs)] + ours
        words.append(key)
    return words


def score(corpora: Path) -> list[dict[str, object]]:
    """One row per file: counts and the failing cases."""
    rows = []
    for path in sorted(corpora.glob("nemo-tn-*.jsonl")):
        name = path.stem.removeprefix("nemo-tn-")
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
        row: dict[str, object] = {"file": name, "cases": len(cases), "scope": 0, "match": 0,
                                  "option": 0, "differ": 0, "not_read": 0, "failures": [],
                                  "reason": OUT_OF_SCOPE.get(name, "")}
        failures: list[tuple[str, str, str]] = []
        for case in cases:
            options = BY_OPTION.get(case["input"], {})
            got = hindinum.verbalize(case["input"], **options)  # type: ignore[arg-type]
            if name in OUT_OF_SCOPE:
                continue
            if case["input"] in DIFFER:
                row["differ"] = int(row["differ"]) + 1  # type: ignore[call-overload]
                continue
            if hindinum.fold(case["input"]) in _NOT_READ_KEYS:
                row["not_read"] = int(row["not_read"]) + 1  # type: ignore[call-overload]
                continue
            row["scope"] = int(row["scope"]) + 1  # type: ignore[call-overload]
            if same_spelling(got) == same_spelling(case["raw_expected"]):
                row["match"] = int(row["match"]) + 1  # type: ignore[call-overload]
                if options:
                    row["option"] = int(row["option"]) + 1  # type: ignore[call-overload]
            else:
                failures.append((case["input"], got, case["raw_expected"]))
        row["failures"] = failures
        rows.append(row)
    return rows


def table(rows: list[dict[str, object]]) -> str:
    """The per-file table, in Markdown."""
    lines = [("| file | cases | in scope | matching | % | of them by option | differ on purpose "
              "| extract reads otherwise | out of scope |"),
             "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    total = {"cases": 0, "scope": 0, "match": 0, "option": 0, "differ": 0, "not_read": 0}
    for row in rows:
        for key in total:
            total[key] += int(row[key])  # type: ignore[call-overload]
        scope, match = int(row["scope"]), int(row["match"])  # type: ignore[call-overload]
        pct = f"{100 * match / scope:.1f}" if scope else "-"
        lines.append(f"| {row['file']} | {row['cases']} | {scope} | {match} | {pct} | "
                     f"{row['option']} | {row['differ']} | {row['not_read']} | "
                     f"{row['reason']} |")
    pct = f"{100 * total['match'] / total['scope']:.1f}" if total["scope"] else "-"
    lines.append(f"| **all** | {total['cases']} | {total['scope']} | {total['match']} | {pct} | "
                 f"{total['option']} | {total['differ']} | {total['not_read']} | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print up to N failures per file")
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args(argv)
    rows = score(args.corpora)
    print(table(rows))
    for row in rows:
        failures = row["failures"]
        assert isinstance(failures, list)
        for written, got, expected in failures[: args.show]:
            print(f"\n[{row['file']}] {written!r}\n   hindinum: {got}\n   NeMo:     {expected}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
