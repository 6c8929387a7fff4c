"""hindinum against an earlier commit of itself, timed side by side: ``run.py --against REF``.

The tree of ``REF`` is written out with ``git archive`` (and compiled with mypyc beside the
checkout's compiled build when ``--compiled`` is given). Each build then times ``extract()`` and
``normalize()`` over the same lines in a process of its own, and the processes take turns: one
round runs every build once, in order, and ``rounds`` rounds are run. A build's figure is its
fastest round. Taking turns spreads slow spells of a shared machine over every build alike, and
the fastest round is the one least disturbed, so two builds can be told apart by a few percent
where two separate runs minutes apart differ by more (``instructions.py`` counts instructions,
which do not wander at all).

    python benchmarks/run.py --against eba28c3 --compiled --file benchmarks/realtext/sentences.jsonl
    python benchmarks/against.py --time BUILD LINES   # the child: one timed pass, JSON out
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CALLS = ("extract", "normalize")


def builds(ref: str, out: Path, compiled: bool) -> list[tuple[str, Path, bool]]:
    """``(label, directory holding hindinum/, compiled?)`` for the checkout and ``ref``."""
    from instructions import checkout, compile_tree

    old_tree = out / f"against-{ref}" / "tree"
    if old_tree.exists():
        shutil.rmtree(old_tree)
    old = checkout(ref, old_tree)
    found = [("checkout, plain", ROOT, False), (f"{ref}, plain", old, False)]
    if compiled:
        for label, src in (("checkout", ROOT), (ref, old)):
            dest = out / f"against-{ref}" / f"compiled-{'new' if src == ROOT else 'old'}"
            if dest.exists():
                shutil.rmtree(dest)
            found.append((f"{label}, compiled", compile_tree(src, dest), True))
    return found


def one_pass(build: Path, lines_file: Path) -> dict[str, Any]:
    """Seconds of one pass of each call over each input's lines, in a fresh process."""
    proc = subprocess.run([sys.executable, str(Path(__file__)), "--time", str(build),
                           str(lines_file)], capture_output=True, text=True, check=True)
    return dict(json.loads(proc.stdout))


def rows(ref: str, inputs: list[tuple[str, list[str]]], out: Path, compiled: bool,
         rounds: int, log: Any = print) -> dict[str, Any]:
    """Every build timed in turns on every input; the fastest round of each, against ``ref``."""
    found = builds(ref, out, compiled)
    lines_file = out / f"against-{ref}" / "lines.json"
    lines_file.write_text(json.dumps(inputs, ensure_ascii=False), encoding="utf-8")
    best: dict[tuple[str, str, str], float] = {}
    for r in range(rounds):
        log(f"against {ref}: round {r + 1} of {rounds}")
        for label, path, want in found:
            got = one_pass(path, lines_file)
            if bool(got.pop("compiled")) != want:
                raise SystemExit(f"{label}: the build in {path} is not what it should be")
            for name, secs in got.items():
                for call, sec in secs.items():
                    key = (label, name, call)
                    best[key] = min(best.get(key, sec), sec)
    table = []
    for name, lines in inputs:
        nbytes = sum(len(t.encode()) + 1 for t in lines)
        for label, _, _ in found:
            base = f"{ref}, {label.split(', ')[1]}"
            table.append({"input": name, "build": label, "bytes": nbytes, "lines": len(lines)}
                         | {f"{c}_s": best[label, name, c] for c in CALLS}
                         | {f"{c}_vs_ref": best[label, name, c] / best[base, name, c]
                            for c in CALLS})
    return {"ref": ref, "rounds": rounds, "rows": table}


def _time(build: str, lines_file: str) -> dict[str, Any]:
    """The child: one pass of each call over each input with the hindinum of ``build``."""
    sys.path.insert(0, build)
    import hindinum

    if not Path(hindinum.__file__).resolve().is_relative_to(Path(build).resolve()):
        raise SystemExit(f"hindinum was imported from {hindinum.__file__}, not {build}")
    inputs = json.loads(Path(lines_file).read_text(encoding="utf-8"))
    out: dict[str, Any] = {"compiled": hindinum.compiled}
    for name, lines in inputs:
        out[name] = {}
        for call in CALLS:
            fn = getattr(hindinum, call)
            for line in lines[:50]:  # warm: patterns compiled, caches filled
                fn(line)
            t0 = time.perf_counter()
            for line in lines:
                fn(line)
            out[name][call] = time.perf_counter() - t0
    return out


def main() -> int:
    if sys.argv[1:2] != ["--time"] or len(sys.argv) != 4:
        raise SystemExit(__doc__)
    print(json.dumps(_time(sys.argv[2], sys.argv[3])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
