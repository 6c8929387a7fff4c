"""Snapshot ``extract()`` and ``normalize()`` on a fixed set of texts, and compare snapshots.

A refactor that should not change behaviour is checked by writing a snapshot before and after
and comparing the two::

    python benchmarks/snapshot.py write before.jsonl      # on the old code
    python benchmarks/snapshot.py write after.jsonl       # on the new code
    python benchmarks/snapshot.py diff before.jsonl after.jsonl

The texts: every input of ``tests/cases.py``, every line of ``seeds/``, and 100,000 sentences
made by mutating those and the generated corpus of ``benchmarks/corpus.py`` with a fixed seed
(tokens swapped, dropped, doubled, glued, digits and number words spliced in, spellings
varied), so that the rules meet text they were not written for.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

_SPLICE = ("२", "1,50,000", "5", "पाँच", "लाख", "करोड़", "से", "-", "₹", "रुपये", "%", "वीं",
           "साढ़े", "और", "बजे", "2019", "तक", "करीब", ".", ",", "/", "एक", "दो", "सौ", "डॉलर",
           "में", "पैसे", "हज़ार", "दशमलव", "बटा", "के", "बीच", "लेकर", "पहले", "साल", "\n", "।")


def base_texts() -> list[str]:
    """The cases' inputs, the seeds' lines and a generated corpus, in a fixed order."""
    sys.path.insert(0, str(ROOT / "tests"))
    import cases
    from corpus import generate

    texts: list[str] = []
    for name in ("REAL_WORLD", "SYNTHETIC", "MUST_NOT_CHANGE"):
        for row in getattr(cases, name, []):
            texts.append(row if isinstance(row, str) else row[0])
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        texts += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += generate(400_000, share=0.6, seed=7).text.splitlines()
    return texts


def mutate(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(6)
        k = rng.randrange(len(words))
        if op == 0 and len(words) > 1:
            j = rng.randrange(len(words))
            words[k], words[j] = words[j], words[k]
        elif op == 1 and len(words) > 1:
            del words[k]
        elif op == 2:
            words.insert(k, words[k])
        elif op == 3:
            words.insert(k, rng.choice(_SPLICE))
        elif op == 4 and k + 1 < len(words):
            words[k : k + 2] = [words[k] + words[k + 1]]
        else:
            words[k] = words[k].replace("ं", "ँ").replace("ज", "ज़").replace("ड़", "ड")
    return " ".join(words)


def texts(count: int = 100_000) -> Iterator[str]:
    base = base_texts()
    yield from base
    rng = random.Random(20261206)
    for _ in range(count):
        yield mutate(rng.choice(base), rng)


def write(path: str) -> None:
    import hindinum

    with open(path, "w", encoding="utf-8") as out:
        for text in texts():
            amounts = [a.to_dict() for a in hindinum.extract(text)]
            out.write(json.dumps({"text": text, "extract": amounts,
                                  "normalize": hindinum.normalize(text)}, ensure_ascii=False))
            out.write("\n")


def diff(before: str, after: str, show: int = 40) -> int:
    changed = 0
    with open(before, encoding="utf-8") as a, open(after, encoding="utf-8") as b:
        for line_a, line_b in zip(a, b, strict=True):
            if line_a != line_b:
                changed += 1
                if changed <= show:
                    old, new = json.loads(line_a), json.loads(line_b)
                    print(f"--- {old['text']!r}")
                    for key in ("extract", "normalize"):
                        if old[key] != new[key]:
                            print(f"  {key} before: {old[key]}\n  {key} after:  {new[key]}")
    print(f"{changed} texts differ")
    return 1 if changed else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["write"]:
        write(sys.argv[2])
    elif sys.argv[1:2] == ["diff"]:
        sys.exit(diff(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)
