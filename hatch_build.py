"""The wheel's build hook: the compiled build when this machine can make it, else the plain one.

``pip install .`` and ``python -m build`` run it (it is the ``custom`` hook of the wheel target in
pyproject.toml). When a C compiler works (``$CC``, else the compiler Python was built with) and
the Python headers are installed, mypyc compiles the modules named by ``mypyc-include`` to C
extension modules beside their sources, and the wheel is platform-specific. When either is
missing, the wheel is the plain, pure-Python one and the build prints one line saying why; an
install never fails for want of a compiler. Editable installs (``pip install -e .``) stay plain.

``HINDINUM_COMPILE`` chooses instead of the machine: ``0`` always builds the plain wheel, ``1``
always compiles and fails the build when it cannot (the release wheels and CI use it); unset (or
``auto``) compiles when it can. The hook asks for mypy, types-regex and setuptools as build
requirements only when it is going to compile, so a plain install downloads none of them.
Everything is built in a temporary copy of the package: no extension module is left in the
checkout, so the checkout itself (and an editable install of it) always runs plain Python.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: What mypyc needs at build time (mypy brings mypyc; setuptools drives the C compiler).
MYPYC_REQUIRES = ["mypy>=1.10", "types-regex", "setuptools>=70"]
ENV = "HINDINUM_COMPILE"
PREFIX = "hindinum build:"


def compile_mode() -> str:
    """``"auto"``, ``"never"`` or ``"always"``, from ``HINDINUM_COMPILE``."""
    value = os.environ.get(ENV, "").strip().lower()
    if value in ("", "auto"):
        return "auto"
    if value in ("0", "false", "no", "off", "never"):
        return "never"
    if value in ("1", "true", "yes", "on", "always"):
        return "always"
    raise ValueError(f"{ENV}={value!r}: use 1 (compile), 0 (plain) or auto (compile if possible)")


def compiler_problem() -> str | None:
    """Why this machine cannot compile C extension modules, or ``None`` when it can.

    The check compiles a one-line C file that includes ``Python.h`` with the compiler setuptools
    would use: ``$CC`` when set (``CC=false`` counts as no compiler), else the ``CC`` Python was
    built with. On Windows, where Python names no compiler, the headers are checked and the
    compiler is left to the build itself (a failure there still falls back to the plain wheel).
    """
    paths = sysconfig.get_paths()
    include = paths["include"]
    if not Path(include, "Python.h").is_file():
        return f"the Python headers are not installed (no Python.h in {include})"
    cc = os.environ.get("CC") or sysconfig.get_config_var("CC")
    if not cc:
        if sys.platform == "win32":
            return None
        return "no C compiler is configured (CC is not set and Python names none)"
    try:
        command = shlex.split(cc)
    except ValueError:
        return f"CC={cc!r} cannot be parsed"
    with tempfile.TemporaryDirectory(prefix="hindinum-cc-") as tmp:
        source = Path(tmp, "probe.c")
        source.write_text("#include <Python.h>\nint probe(void) { return 0; }\n", encoding="utf-8")
        includes = sorted({include, paths.get("platinclude", include)})
        argv = [*command, *(f"-I{path}" for path in includes), "-c", str(source),
                "-o", str(Path(tmp, "probe.o"))]
        try:
            run = subprocess.run(argv, cwd=tmp, capture_output=True, timeout=120, check=False,
                                 stdin=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError) as error:
            return f"no working C compiler ({cc!r}: {error.__class__.__name__}: {error})"
        if run.returncode != 0:
            lines = (run.stderr or run.stdout).decode(errors="replace").strip().splitlines()
            why = f": {lines[-1].strip()}" if lines else ""
            return f"no working C compiler ({cc!r} exited with {run.returncode}{why})"
    return None


def building_editable() -> bool:
    """Whether the build frontend asked for an editable install (PEP 660) in this process.

    ``dependencies()`` is called without the kind of wheel being known; hatchling's backend calls
    it from ``get_requires_for_build_editable`` for an editable install.
    """
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name in ("get_requires_for_build_editable", "build_editable"):
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


class CompileWhenPossible(BuildHookInterface):  # type: ignore[type-arg]
    """Compile the core with mypyc when possible; otherwise build the plain wheel."""

    PLUGIN_NAME = "custom"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._scratch: tempfile.TemporaryDirectory[str] | None = None

    def modules(self) -> list[str]:
        """The files mypyc compiles, relative to the project root."""
        include = self.config.get("mypyc-include", [])
        if not isinstance(include, list) or not all(isinstance(p, str) for p in include):
            raise TypeError("mypyc-include of the custom build hook must be a list of paths")
        return [p.lstrip("/") for p in include]

    def dependencies(self) -> list[str]:
        mode = compile_mode()
        if mode == "never" or building_editable():
            return []
        if mode == "auto" and compiler_problem() is not None:
            return []  # the plain wheel: initialize() says why
        return list(MYPYC_REQUIRES)

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        mode = compile_mode()
        if mode == "never":
            self.plain(f"{ENV}={os.environ[ENV]}", hint="")
            return
        problem = compiler_problem()
        if problem is None:
            try:
                import mypyc  # noqa: F401
            except ImportError:
                problem = "mypy (with mypyc) is not installed in the build environment"
        if problem is None:
            problem = self.compile(build_data)
        if problem is None:
            return
        if mode == "always":
            raise RuntimeError(f"{PREFIX} {ENV}=1 but cannot compile: {problem}")
        self.plain(problem)

    def plain(self, reason: str, hint: str = " (same results, slower; the compiled build needs "
              "a C compiler and the Python headers)") -> None:
        """Say, in one line, that the wheel is the plain one, and why."""
        self.app.display_warning(
            f"{PREFIX} building the plain (pure-Python) wheel, not the compiled one: "
            f"{reason}{hint}")

    def compile(self, build_data: dict[str, Any]) -> str | None:
        """Compile a copy of the package; add its extension modules to the wheel. Returns why
        not, or ``None``."""
        modules = self.modules()
        package = modules[0].split("/")[0]
        self._scratch = tempfile.TemporaryDirectory(prefix="hindinum-mypyc-")
        work = Path(self._scratch.name)
        shutil.copytree(Path(self.root, package), work / package,
                        ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
        self.app.display_info(f"{PREFIX} compiling {len(modules)} modules with mypyc")
        run = subprocess.run([sys.executable, "-m", "mypyc", *modules], cwd=work,
                             capture_output=True, text=True, check=False,
                             stdin=subprocess.DEVNULL)
        if run.returncode != 0:
            output = (run.stdout + run.stderr).strip()
            sys.stderr.write(output[-4000:] + "\n")
            lines = output.splitlines()
            return f"mypyc failed ({lines[-1].strip() if lines else f'exit {run.returncode}'})"
        suffix = ".pyd" if sys.platform == "win32" else ".so"
        built = {str(path): path.relative_to(work).as_posix() for path in work.rglob(f"*{suffix}")
                 if path.relative_to(work).parts[0] != "build"}  # mypyc's own scratch
        stems = {name.split(".", 1)[0] for name in built.values()}
        missing = [m for m in modules if m.removesuffix(".py") not in stems]
        if missing:
            return f"mypyc built no extension module for {', '.join(missing)}"
        build_data["force_include"].update(built)
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self.app.display_info(f"{PREFIX} compiled: {', '.join(sorted(built.values()))}")
        return None

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None
