"""Build hindinum with its core compiled by mypyc, and time that build in a process of its own.

    python benchmarks/compiled.py DEST      # DEST/hindinum: a copy of hindinum/, compiled
    python benchmarks/compiled.py .         # from the project root: its own hindinum/, compiled

The modules compiled are those the wheel's build hook (hatch_build.py) compiles, as named in
pyproject.toml: the build ``pip install .`` makes where a C compiler is present. With DEST first
on ``sys.path`` (``PYTHONPATH=DEST``), ``import hindinum`` loads the compiled build.
``run.py --compiled`` uses it; it needs mypy (with mypyc), types-regex, setuptools, a C compiler
and the Python headers. ``run.py --compiled`` then runs ``compiled.py --time BUILD LINES RUNS BUDGET``,
which times the build in a fresh process on the lines of LINES (a JSON list of
``[label, [line, ...]]``) and prints the rows as JSON.
"""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def compiled_modules() -> list[str]:
    """The files the wheel's build hook compiles, relative to the project root."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]
    return [p.lstrip("/") for p in hook["mypyc-include"]]


def build(dest: Path) -> Path:
    """Compile the package in a scratch directory, then put it with its extension modules
    into ``dest`` (only the extension modules when ``dest`` is the project itself)."""
    skip = shutil.ignore_patterns("__pycache__", "*.so")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(ROOT / "hindinum", work / "hindinum", ignore=skip)
        subprocess.run([sys.executable, "-m", "mypyc", *compiled_modules()],
                       cwd=work, check=True, stdout=subprocess.DEVNULL)
        dest.mkdir(parents=True, exist_ok=True)
        target = dest / "hindinum"
        if target.resolve() != (ROOT / "hindinum").resolve():
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(ROOT / "hindinum", target, ignore=skip)
        for lib in work.glob("*.so"):  # mypyc's shared runtime for the modules
            shutil.copy2(lib, dest)
        for lib in (work / "hindinum").glob("*.so"):
            shutil.copy2(lib, target)
    return dest


def time_build(build_dir: str, lines_file: str, runs: int, budget: float) -> list[dict[str, Any]]:
    """Rows for the compiled build in ``build_dir``, timed as run.py times the plain one."""
    sys.path.insert(0, build_dir)  # before the checkout
    import hindinum

    if not hindinum.compiled:
        raise SystemExit(f"{build_dir}: hindinum there is not compiled")
    sys.path.insert(1, str(HERE))
    from measure import time_lines

    calls = [("hindinum.extract(text)", hindinum.extract),
             ("hindinum.normalize(text)", hindinum.normalize)]
    try:  # a stage, not public API: left out if the core moves it
        calls.append(("tokens built (raw_tokens)",
                      importlib.import_module("hindinum.tokenize").raw_tokens))
    except (ImportError, AttributeError):
        pass
    rows = []
    for label, lines in json.loads(Path(lines_file).read_text(encoding="utf-8")):
        for call, fn in calls:
            rows.append(time_lines(fn, lines, runs, budget) | {"input": label, "call": call})
    return rows


def main() -> int:
    """Build into DEST, or with ``--time``, time a build."""
    if sys.argv[1:2] == ["--time"]:
        build_dir, lines_file, runs, budget = sys.argv[2:6]
        print(json.dumps(time_build(build_dir, lines_file, int(runs), float(budget))))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dest", type=Path)
    args = ap.parse_args()
    print(build(args.dest.resolve()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
