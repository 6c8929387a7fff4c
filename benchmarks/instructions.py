"""Count the CPU instructions ``extract()`` and ``normalize()`` cost, for speed bars that hold
still on a noisy machine.

Wall-clock figures on a shared virtual machine wander (runs minutes apart differ by up to 2x
here), so a 5% bar cannot be judged from them. Instructions executed, counted by valgrind's
callgrind, are the same from run to run to a fraction of a percent. This script counts them for
the checkout and, with ``--against REF``, for an earlier commit built the same way, side by side::

    python benchmarks/instructions.py                      # plain build of the checkout
    python benchmarks/instructions.py --compiled           # and its mypyc build
    python benchmarks/instructions.py --against eba28c3 --compiled
    python benchmarks/instructions.py --realtext           # the real sentences, not the corpus

Each figure is *net*: the instructions of a process that imports hindinum, warms it up on one
line and reads the texts, then calls the function on every text, minus those of the same process
that does not call it. It needs ``valgrind`` on the PATH (and, for ``--compiled``, what
``compiled.py`` needs). Instructions are not time: allocation and cache misses cost time that
they do not count, so a change should be checked in ``run.py`` too; but for choosing between
two versions of a rule they are the steadier guide.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OPS = ("none", "extract", "normalize")

_CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import hindinum
texts = json.load(open(sys.argv[3], encoding="utf-8"))
hindinum.extract("9.2 करोड़ डॉलर, साढ़े तीन बजे"); hindinum.normalize("₹2,945.50 दो")
fn = {"extract": hindinum.extract, "normalize": hindinum.normalize}.get(sys.argv[2])
if fn is not None:
    for t in texts:
        fn(t)
print(hindinum.__file__, hindinum.compiled)
"""


@dataclass(frozen=True)
class Target:
    """One build to count: a directory that holds ``hindinum/``, and its label."""

    label: str
    path: Path


def texts(realtext: bool, lines: int) -> list[str]:
    """The texts counted: the first ``lines`` lines of the benchmark corpus (seed 0, share 0.4)
    or every sentence of the real-text set."""
    if realtext:
        with (HERE / "realtext" / "sentences.jsonl").open(encoding="utf-8") as fh:
            return [json.loads(line)["text"] for line in fh if line.strip()]
    sys.path.insert(0, str(HERE))
    from corpus import generate

    return generate(2_000_000, share=0.4, seed=0).text.splitlines()[:lines]


def count(target: Target, op: str, texts_file: Path) -> int:
    """Instructions of one child process under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out",
             sys.executable, "-c", _CHILD, str(target.path), op, str(texts_file)],
            capture_output=True, text=True, check=True, cwd=tmp,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0"})
    where, compiled = out.stdout.split()[-2:]
    if not Path(where).resolve().is_relative_to(target.path.resolve()):
        raise SystemExit(f"{target.label}: hindinum was imported from {where}")
    if (compiled == "True") != target.label.endswith("compiled"):
        raise SystemExit(f"{target.label}: hindinum.compiled is {compiled}")
    m = re.search(r"Collected\s*:\s*(\d+)", out.stderr)
    if not m:
        raise SystemExit(f"callgrind gave no count for {target.label} {op}:\n{out.stderr[-2000:]}")
    return int(m.group(1))


def checkout(ref: str, dest: Path) -> Path:
    """The tree of ``ref`` (a commit of this repository) written into ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], capture_output=True,
                             check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest


def compile_tree(tree: Path, dest: Path) -> Path:
    """A mypyc build of ``tree/hindinum`` in ``dest``: the modules ``tree``'s pyproject.toml
    names for its wheel hook (``mypyc-include``, or ``include`` of the older hatch-mypyc hook)."""
    hooks = tomllib.loads((tree / "pyproject.toml").read_text(encoding="utf-8"))
    hooks = hooks["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]
    modules = hooks.get("custom", {}).get("mypyc-include") or hooks["mypyc"]["include"]
    shutil.copytree(tree / "hindinum", dest / "hindinum",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    subprocess.run([sys.executable, "-m", "mypyc", *(m.lstrip("/") for m in modules)],
                   cwd=dest, check=True, stdout=subprocess.DEVNULL)
    return dest


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--against", metavar="REF", help="also count this commit, built the same way")
    ap.add_argument("--compiled", action="store_true", help="also count the mypyc builds")
    ap.add_argument("--realtext", action="store_true", help="count the real sentences")
    ap.add_argument("--lines", type=int, default=1500, help="corpus lines counted (default 1500)")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not on the PATH: this script counts instructions with it")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        texts_file = scratch / "texts.json"
        body = texts(args.realtext, args.lines)
        texts_file.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
        trees = [("checkout", ROOT)]
        if args.against:
            trees.insert(0, (args.against, checkout(args.against, scratch / "ref")))
        targets = []
        for label, tree in trees:
            targets.append(Target(f"{label} plain", tree))
            if args.compiled:
                built = compile_tree(tree, scratch / f"build-{len(targets)}")
                targets.append(Target(f"{label} compiled", built))
        size = sum(len(t.encode()) for t in body)
        print(f"{len(body)} texts, {size / 1e6:.2f} MB; net instructions (millions)")
        print("| build | extract | normalize | normalize / extract |")
        print("|---|---:|---:|---:|")
        rows = {}
        for target in targets:
            raw = {op: count(target, op, texts_file) for op in OPS}
            ext, norm = raw["extract"] - raw["none"], raw["normalize"] - raw["none"]
            rows[target.label] = {"extract": ext, "normalize": norm}
            print(f"| {target.label} | {ext / 1e6:,.0f} | {norm / 1e6:,.0f} | "
                  f"{norm / ext:.3f}x |", flush=True)
        if args.against:
            for build in ("plain", "compiled") if args.compiled else ("plain",):
                old, new = rows[f"{args.against} {build}"], rows[f"checkout {build}"]
                print(f"{build}: extract {new['extract'] / old['extract'] - 1:+.1%}, "
                      f"normalize {new['normalize'] / old['normalize'] - 1:+.1%} "
                      f"against {args.against}")
        if args.json:
            Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
