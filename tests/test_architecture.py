"""The engine holds no language: every word lives in a language pack, and a second pack reads
with the same engine.

A word of a language is a string of letters; the engine may name the characters every language
of a script shares (Devanagari digits, the danda, the abbreviation sign), never its letters.
Docstrings and comments may show Hindi examples: only the string literals of code count.
"""

from __future__ import annotations

import ast
import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

import hindinum
from hindinum.language import Language
from hindinum.pack import Pack
from hindinum.recognize import find_amounts

PACKAGE = Path(hindinum.__file__).parent
#: The modules that read and write numbers (the integrations and the CLI only call them; the
#: CLI's help shows Hindi examples on purpose).
ENGINE = [PACKAGE / f"{name}.py" for name in (
    "_scanloop", "api", "explain", "language", "normalize", "numbers", "options", "pack",
    "measure", "recognize", "render", "rules", "text", "tokenize", "types", "verbalize")]


def _is_letter(ch: str) -> bool:
    """A Devanagari letter, vowel sign or mark (U+0900-U+0963, U+0971-U+097F): not a digit
    (U+0966-U+096F), not the danda (U+0964, U+0965) nor the abbreviation sign (U+0970)."""
    return "\u0900" <= ch <= "\u0963" or "\u0971" <= ch <= "\u097f"


def _code_strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]


@pytest.mark.parametrize("path", ENGINE, ids=lambda p: p.name)
def test_engine_modules_hold_no_devanagari_words(path: Path) -> None:
    found = [(line, text) for line, text in _code_strings(path) if any(map(_is_letter, text))]
    assert not found, f"{path.name}: Devanagari letters in code (move them to the pack): {found}"


def test_the_check_sees_a_word_in_code(tmp_path: Path) -> None:
    """The test above can fail: a word in code is found, a word in a docstring is not."""
    module = tmp_path / "m.py"
    module.write_text('"""एक docstring."""\nWORD = "लाख"\nDIGITS = "१२"\n', encoding="utf-8")
    assert [text for _, text in _code_strings(module) if any(map(_is_letter, text))] == ["लाख"]


# -- a second language pack ------------------------------------------------------------------

#: A toy pack: a few English words only, to show that a language is data.
TOY = Pack(
    name="toy",
    units=("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
           "ten"),
    scales={"hundred": 2, "thousand": 3, "million": 6},
    bare_scales=frozenset({"hundred", "thousand"}),
    fraction_prefixes={"half-past": "0.5"},
    point_words=frozenset({"point"}),
    ordinal_suffixes=("th",),
    percent_words=frozenset({"percent"}),
    currency_names={"EUR": ("euro", "euros")},
    currency_symbols={"€": "EUR"},
    approx_before={("about",): "about"},
    range_words=frozenset({"to"}),
    range_symbols=frozenset({"-"}),
    year_before=frozenset({"year"}),
)


def test_a_second_pack_reads_with_the_same_engine() -> None:
    toy = Language(TOY)
    text = "about five million euros, three point two percent, year 2019, sixth, 2-3 thousand"
    found = [(a.text, a.value, a.kind.value, a.currency, a.value_max)
             for a in find_amounts(text, lang=toy)]
    assert found == [
        ("five million euros", Decimal(5000000), "money", "EUR", None),
        ("three point two percent", Decimal("3.2"), "percent", None, None),
        ("2019", Decimal(2019), "date", None, None),  # the pack's year word makes it a year
        ("sixth", Decimal(6), "ordinal", None, None),
        ("2-3 thousand", Decimal(2000), "number", None, Decimal(3000)),
    ]
    # the toy pack's own year word makes 2019 a year; without it, 2019 is a number
    assert [a.text for a in find_amounts("in 2019", lang=toy)] == ["2019"]


def test_the_second_pack_leaves_hindi_alone() -> None:
    """Hindi words mean nothing to the toy pack."""
    assert find_amounts("पाँच लाख रुपये", lang=Language(TOY)) == []
    assert find_amounts("three thousand", lang=Language(TOY))[0].value == 3000
    assert hindinum.extract("three thousand")[0].value == 3000  # Hindi reads Hinglish too


def test_every_pack_table_has_a_description() -> None:
    """Each table of the schema says what the engine does with it (a ``#:`` comment)."""
    source = (PACKAGE / "pack.py").read_text(encoding="utf-8").splitlines()
    for f in dataclasses.fields(Pack):
        line = next(i for i, text in enumerate(source) if text.strip().startswith(f"{f.name}:"))
        above = source[line - 1].strip()
        assert above.startswith("#:") or source[line - 2].strip().startswith("#:"), f.name


# -- short functions -------------------------------------------------------------------------

#: The longest a function may be, in lines from ``def`` to its last line (decorators excluded).
MAX_FUNCTION_LINES = 60


def _long_functions(paths: list[Path], limit: int = MAX_FUNCTION_LINES) -> list[str]:
    """``file:line name (N lines)`` for each function or method in ``paths`` over ``limit``."""
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                assert node.end_lineno is not None
                length = node.end_lineno - node.lineno + 1
                if length > limit:
                    found.append(f"{path.name}:{node.lineno} {node.name} ({length} lines)")
    return found


def test_no_function_is_longer_than_60_lines() -> None:
    """Every function of the package (the generated lexicon aside) fits in 60 lines."""
    paths = sorted(p for p in PACKAGE.rglob("*.py")
                   if "lexicon" not in p.relative_to(PACKAGE).parts)
    assert len(paths) > 10
    long = _long_functions(paths)
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines (split them): {long}"


def test_the_check_sees_a_long_function(tmp_path: Path) -> None:
    """The test above can fail: a 61-line function is found, a 60-line one is not."""
    module = tmp_path / "m.py"
    body = "".join(f"    x{i} = {i}\n" for i in range(59))
    module.write_text(f"def short():\n{body}\n\n@decorated\ndef long():\n{body}    return 0\n",
                      encoding="utf-8")
    assert _long_functions([module]) == ["m.py:64 long (61 lines)"]
