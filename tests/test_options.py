"""Option checks and types (``hindinum.options``) and the ISO 4217 list."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest

import hindinum
from conftest import require
from hindinum import options
from hindinum.iso4217 import ACTIVE_CODES

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "hindinum"]


def test_iso4217_list() -> None:
    assert 175 <= len(ACTIVE_CODES) <= 185
    assert all(len(c) == 3 and c.isascii() and c.isalpha() and c.isupper() for c in ACTIVE_CODES)
    assert {"USD", "INR", "EUR", "CAD", "XAU", "XAG", "XDR", "XTS", "XXX"} <= ACTIVE_CODES
    assert not {"HRK", "VEF", "DEM", "ZWD"} & ACTIVE_CODES  # withdrawn


@pytest.mark.parametrize("code", ["cad", "Cad", "CAD"])
def test_dollar_in_any_case(code: str) -> None:
    expected = [(a.text, a.currency) for a in hindinum.extract("$5 और 7 डॉलर", dollar="CAD")]
    assert [(a.text, a.currency) for a in hindinum.extract("$5 और 7 डॉलर", dollar=code)] == expected
    assert expected == [("$5", "CAD"), ("7 डॉलर", "CAD")]
    assert hindinum.normalize("$5", dollar=code) == "5 CAD"


MESSAGE = "must be an active ISO 4217 currency code such as 'USD' or 'CAD' (any case), not 'XYZ'"


def test_one_error_for_an_unknown_code_everywhere() -> None:
    for call in (hindinum.extract, hindinum.normalize):
        with pytest.raises(ValueError, match=re.escape(f"dollar {MESSAGE}")):
            call("5 डॉलर", dollar="XYZ")
    done = subprocess.run([*CLI, "extract", "--dollar", "XYZ"], input=b"", capture_output=True,
                          timeout=120, check=False, env=_env())
    assert done.returncode == 2
    assert f"argument --dollar: {MESSAGE}" in done.stderr.decode()
    for bad in ("US", "USDX", "ＵＳＤ", ""):  # full-width letters are not ASCII
        with pytest.raises(ValueError, match="active ISO 4217"):
            hindinum.extract("5", dollar=bad)
    with pytest.raises(TypeError, match="dollar must be an ISO 4217 code as str, not int"):
        hindinum.extract("5", dollar=840)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("option", "value", "error", "message"),
    [
        ("grouping", None, TypeError, "^grouping must be str, not NoneType$"),
        ("digits", None, TypeError, "^digits must be str, not NoneType$"),
        ("digits", "arabic", ValueError, "^digits must be one of 'latin', 'devanagari', not 'arabic'$"),
        ("grouping", "chinese", ValueError, "^grouping must be one of 'none', 'indian', 'western'"),
        ("subunits", 1, TypeError, "^subunits must be str, not int$"),
        ("subunits", "minor", ValueError, "^subunits must be one of 'auto', 'main', not 'minor'$"),
    ],
)
def test_errors_name_the_argument_at_fault(
    option: str, value: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        hindinum.normalize("5", **{option: value})  # type: ignore[arg-type]
    if option == "subunits":
        with pytest.raises(error, match=message):
            hindinum.extract("5", subunits=value)  # type: ignore[arg-type]


def test_literal_aliases_match_the_tuples() -> None:
    """The run-time aliases and the static ones (read from the source) hold the tuples' values."""
    pairs = {"Digits": options.DIGITS, "Grouping": options.GROUPINGS,
             "Subunits": options.SUBUNITS, "Scales": options.SCALES}
    for name, values in pairs.items():
        assert typing.get_args(getattr(options, name)) == values
    tree = ast.parse((ROOT / "hindinum" / "options.py").read_text(encoding="utf-8"))
    static = {
        node.targets[0].id: tuple(ast.literal_eval(node.value.slice))  # type: ignore[attr-defined]
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Subscript)
        and isinstance(node.targets[0], ast.Name) and node.targets[0].id in pairs
    }
    assert static == pairs


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}


def test_mypy_catches_a_wrong_option_value(tmp_path: Path) -> None:
    require("mypy")
    snippet = tmp_path / "use.py"
    snippet.write_text(
        "import hindinum\n"
        'hindinum.normalize("5", digits="arabic")\n'
        'hindinum.normalize("5", grouping="indian", digits="devanagari")\n'
        'hindinum.extract("5", subunits="minor")\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"),
         "--follow-imports", "silent", str(snippet)],
        capture_output=True, timeout=300, check=False, cwd=ROOT,
        env={**_env(), "MYPYPATH": str(ROOT)},
    )
    out = done.stdout.decode()
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert len(errors) == 2, out
    assert "use.py:2:" in errors[0] and "'arabic'" in errors[0]
    assert "use.py:4:" in errors[1] and "'minor'" in errors[1]
