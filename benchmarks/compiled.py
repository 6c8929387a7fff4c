"""Build hindinum with its core compiled by mypyc, as a package folder Python can import.

    python benchmarks/compiled.py DEST      # DEST/hindinum: a copy of hindinum/, compiled
    python benchmarks/compiled.py .         # from the project root: its own hindinum/, compiled

The modules compiled are those of the wheel's mypyc build hook in pyproject.toml (the build
``HATCH_BUILD_HOOK_ENABLE_MYPYC=true pip install .`` makes). With DEST first on ``sys.path``
(``PYTHONPATH=DEST``), ``import hindinum`` loads the compiled build. ``benchmarks/run.py
--compiled`` and ``.ci/run`` use it; it needs mypy (with mypyc), types-regex, setuptools, a C
compiler and the Python headers.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def compiled_modules() -> list[str]:
    """The files the wheel's mypyc hook compiles, relative to the project root."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]
    return [p.lstrip("/") for p in hook["include"]]


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dest", type=Path)
    args = ap.parse_args()
    print(build(args.dest.resolve()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
