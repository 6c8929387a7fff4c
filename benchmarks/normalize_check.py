"""Check normalize()'s contract on many texts: one pass, idempotent, read back, nothing lost.

    python benchmarks/normalize_check.py [COUNT]     # COUNT mutated sentences, 100000 by default

The texts are those of ``benchmarks/snapshot.py``: every input of ``tests/cases.py``, every
line of ``seeds/``, a generated corpus, and COUNT sentences made by mutating them (tokens
swapped, dropped, doubled, glued, digits and number words spliced in, spellings varied). For
each text whose normalized form differs from it, three properties are checked:

* **idempotent**: ``normalize(normalize(t)) == normalize(t)``;
* **read back**: ``extract(normalize(t))`` gives the same values, bounds, kinds, currencies and
  subunits as ``extract(t)``, one for one;
* **nothing lost**: the text between the amounts is kept, in order.

The figure is printed with up to five failures of each kind. The test suite holds the same
properties on a few thousand texts (``tests/test_properties.py``); this runs them at scale.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from snapshot import texts

import hindinum


def _meaning(text: str) -> list[tuple[object, ...]]:
    return [(a.value, a.value_max, a.kind, a.currency, a.subunit, a.distributive)
            for a in hindinum.extract(text)]


def _keeps_the_rest(text: str, out: str) -> bool:
    """The text between the amounts of ``text`` appears in ``out``, in order."""
    pos = last = 0
    for amount in hindinum.extract(text):
        gap = text[last : amount.start]
        found = out.find(gap, pos)
        if found < 0 or (last == 0 and found != 0):
            return False
        pos, last = found + len(gap), amount.end
    return out.endswith(text[last:])


def main(count: int) -> int:
    failures: dict[str, list[str]] = {"idempotent": [], "read back": [], "nothing lost": []}
    total = changed = 0
    began = time.perf_counter()
    for text in texts(count):
        total += 1
        out = hindinum.normalize(text)
        if out == text:
            continue
        changed += 1
        if hindinum.normalize(out) != out:
            failures["idempotent"].append(text)
        if _meaning(out) != _meaning(text):
            failures["read back"].append(text)
        if not _keeps_the_rest(text, out):
            failures["nothing lost"].append(text)
    seconds = time.perf_counter() - began
    print(f"{total} texts ({changed} changed by normalize) in {seconds:.0f} s")
    for name, bad in failures.items():
        print(f"  {name}: {len(bad)} failures ({len(bad) / max(changed, 1):.3%} of the changed)")
        for text in bad[:5]:
            print(f"      {text[:100]!r} -> {hindinum.normalize(text)[:100]!r}")
    return 1 if any(failures.values()) else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
