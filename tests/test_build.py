"""The build users get (hatch_build.py): compiled when the machine can, plain when it cannot.

The checks of the hook's own functions run everywhere hatchling is installed. The builds
themselves (a fresh virtual environment and a ``pip install`` each, about 30 s in all) run only
with ``HINDINUM_BUILD_TESTS=1``, as ``.ci/run`` sets it.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FALLBACK = "hindinum build: building the plain (pure-Python) wheel"
COMPILING = "hindinum build: compiling"

pytest.importorskip("hatchling", reason="the build hook needs hatchling")
_spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
assert _spec is not None and _spec.loader is not None
hatch_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hatch_build)
slow = pytest.mark.skipif(os.environ.get("HINDINUM_BUILD_TESTS") != "1",
                          reason="builds in a fresh environment: set HINDINUM_BUILD_TESTS=1")


def hook_config() -> dict[str, object]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook: dict[str, object] = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"][
        "custom"]
    return hook


def test_the_compiled_modules_exist_and_the_hook_is_on_by_default() -> None:
    hook = hook_config()
    assert hook["path"] == "hatch_build.py"
    assert hook.get("enable-by-default", True) is True
    include = hook["mypyc-include"]
    assert isinstance(include, list) and include
    for path in include:
        assert (ROOT / path.lstrip("/")).is_file(), path


def test_compile_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    for value, mode in [("", "auto"), ("auto", "auto"), ("0", "never"), ("no", "never"),
                        ("1", "always"), ("TRUE", "always")]:
        monkeypatch.setenv("HINDINUM_COMPILE", value)
        assert hatch_build.compile_mode() == mode, value
    monkeypatch.setenv("HINDINUM_COMPILE", "maybe")
    with pytest.raises(ValueError, match="HINDINUM_COMPILE"):
        hatch_build.compile_mode()


@pytest.mark.parametrize("cc", ["false", "/nonexistent/cc", "'unbalanced"])
def test_a_hidden_or_broken_compiler_is_no_compiler(monkeypatch: pytest.MonkeyPatch,
                                                     cc: str) -> None:
    monkeypatch.setenv("CC", cc)
    assert hatch_build.compiler_problem() is not None


def test_editable_builds_are_recognised() -> None:
    def get_requires_for_build_editable() -> bool:
        return bool(hatch_build.building_editable())

    def get_requires_for_build_wheel() -> bool:
        return bool(hatch_build.building_editable())

    assert get_requires_for_build_editable()
    assert not get_requires_for_build_wheel()


def no_extension_modules_in_the_checkout() -> list[Path]:
    return sorted([*ROOT.glob("*.so"), *ROOT.glob("*.pyd"),
                   *(ROOT / "hindinum").rglob("*.so"), *(ROOT / "hindinum").rglob("*.pyd")])


def fresh_install(tmp_path: Path, *args: str, **env: str) -> tuple[str, bool, str]:
    """``pip install -v ARGS`` in a new virtual environment: (pip's output, hindinum.compiled,
    where hindinum was imported from)."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    run = subprocess.run([str(python), "-m", "pip", "install", "-v", "--disable-pip-version-check",
                          *args], capture_output=True, text=True, check=False, cwd=tmp_path,
                         env={**os.environ, **env}, timeout=900)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-5000:]
    check = subprocess.run([str(python), "-c",
                            "import hindinum; print(hindinum.compiled); print(hindinum.__file__)"],
                           capture_output=True, text=True, check=True, cwd=tmp_path,
                           env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    compiled, where = check.stdout.split("\n")[:2]
    return output, compiled == "True", where


@slow
def test_pip_install_compiles(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k in ("CC", "HINDINUM_COMPILE")}
    assert not env, f"the build would not be the default one: {env}"
    output, compiled, where = fresh_install(tmp_path, str(ROOT))
    assert compiled, output[-5000:]
    assert COMPILING in output and FALLBACK not in output
    assert str(tmp_path) in where
    assert not no_extension_modules_in_the_checkout()


@slow
def test_without_a_compiler_the_install_is_plain_and_says_so(tmp_path: Path) -> None:
    output, compiled, _ = fresh_install(tmp_path, str(ROOT), CC="false")
    assert not compiled
    lines = [line.strip() for line in output.splitlines() if "hindinum build:" in line]
    assert len(lines) == 1, lines
    assert lines[0].startswith(FALLBACK) and "no working C compiler" in lines[0], lines
    assert "Collecting mypy" not in output  # nothing to compile with is downloaded
    assert not no_extension_modules_in_the_checkout()


@slow
def test_the_editable_install_stays_plain(tmp_path: Path) -> None:
    output, compiled, where = fresh_install(tmp_path, "-e", str(ROOT))
    assert not compiled
    assert Path(where).resolve().is_relative_to(ROOT)
    assert "hindinum build:" not in output and "Collecting mypy" not in output
