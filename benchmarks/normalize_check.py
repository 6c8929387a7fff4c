"""Check normalize()'s contract on many texts: one pass, idempotent, read back, nothing lost.

    python benchmarks/normalize_check.py [COUNT]     # COUNT mutated sentences, 100000 by default
    python benchmarks/normalize_check.py [COUNT] --verbalize   # verbalize() on the same texts

The texts are those of ``benchmarks/snapshot.py``: every input of ``tests/cases.py``, every
line of ``seeds/``, a generated corpus, and COUNT sentences made by mutating them (tokens
swapped, dropped, doubled, glued, digits and number words spliced in, spellings varied). For
each text whose normalized form differs from it, three properties are checked:

* **idempotent**: ``normalize(normalize(t)) == normalize(t)``;
* **read back**: ``extract(normalize(t))`` gives the same values, bounds, kinds, currencies and
  subunits as ``extract(t)``, one for one;
* **nothing lost**: the text between the amounts is kept, in order.

With ``--verbalize`` the same texts go through :func:`hindinum.verbalize`, and the first two
properties are checked (what verbalize keeps is checked piece by piece in
``tests/test_verbalize.py``: it also says digits that are no amount, such as phone numbers).
A text in which verbalize says an ``a/b`` that is no amount (``24/7`` -> ``चौबीस बटा सात``,
which reads as the fraction it says) is counted apart and not read back (docs/verbalize.md).

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
from hindinum.recognize import Decision, find_amounts


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


def _says_a_fraction(text: str) -> bool:
    """verbalize says an ``a/b`` of ``text`` that extract reads as no amount."""
    trace: list[Decision] = []
    find_amounts(text, trace=trace)
    return any(d.rule == "odd_fraction" for d in trace)


def main(count: int, verbalize: bool = False) -> int:
    call = hindinum.verbalize if verbalize else hindinum.normalize
    failures: dict[str, list[str]] = {"idempotent": [], "read back": []}
    if not verbalize:
        failures["nothing lost"] = []
    total = changed = fractions = 0
    began = time.perf_counter()
    for text in texts(count):
        total += 1
        out = call(text)
        if out == text:
            continue
        changed += 1
        if call(out) != out:
            failures["idempotent"].append(text)
        if verbalize and _says_a_fraction(text):
            fractions += 1
        elif _meaning(out) != _meaning(text):
            failures["read back"].append(text)
        if not verbalize and not _keeps_the_rest(text, out):
            failures["nothing lost"].append(text)
    seconds = time.perf_counter() - began
    print(f"{total} texts ({changed} changed by {call.__name__}) in {seconds:.0f} s")
    if verbalize:
        print(f"  {fractions} of them say an a/b that is no amount: not read back")
    for name, bad in failures.items():
        print(f"  {name}: {len(bad)} failures ({len(bad) / max(changed, 1):.3%} of the changed)")
        for text in bad[:5]:
            print(f"      {text[:100]!r} -> {call(text)[:100]!r}")
    return 1 if any(failures.values()) else 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--verbalize"]
    sys.exit(main(int(args[0]) if args else 100_000, "--verbalize" in sys.argv[1:]))
