"""Install commands in the README and docs/ work outside a package index (issue 16)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```[a-z]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
BY_NAME = re.compile(r"hindinum(\[[^\]]*\])?( @ .*)?")


def from_index(line: str) -> bool:
    """Whether a ``pip install`` in ``line`` names hindinum alone, as from a package index."""
    if "pip install" not in line:
        return False
    lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    words = list(lexer)
    installing = False
    for index, word in enumerate(words):
        if word in ("&&", "|", "||", ";"):
            installing = False
        elif words[index - 1 : index + 1] == ["pip", "install"]:
            installing = True
        elif (installing and BY_NAME.fullmatch(word) and " @ " not in word
              and words[index + 1 : index + 2] != ["@"]):
            return True
    return False


def code_lines(page: Path) -> list[str]:
    text = page.read_text(encoding="utf-8")
    return [line for block in FENCE.findall(text) for line in block.splitlines()]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_no_install_command_needs_an_index(page: Path) -> None:
    """Commands to copy install from the checkout (or a path or wheel), never by name alone."""
    bad = [line for line in code_lines(page) if from_index(line)]
    assert not bad, f"{page.name}: {bad}"
    text = page.read_text(encoding="utf-8")
    for match in re.finditer(r"PipInstall\(packages=(\[.*?\])\)", text):
        assert "@ file://" in match.group(1), match.group(0)


def test_pages_with_an_extra_say_how_to_install_it() -> None:
    for name in ("cli", "dask", "spacy", "stanza", "indic"):
        text = (ROOT / "docs" / f"{name}.md").read_text(encoding="utf-8")
        assert f'pip install -e ".[{name}]"' in text, name
        assert f'pip install "/path/to/hindinum[{name}]"' in text, name
        assert f'once hindinum is published on pypi, `pip install "hindinum[{name}]"`' in (
            text.lower()), name


def test_readme_set_up_is_two_commands_in_a_virtual_environment() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    set_up = text.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = [line for block in FENCE.findall(set_up) for line in block.splitlines() if line]
    assert len(commands) == 2
    assert commands[0].startswith("python -m venv .venv && . .venv/bin/activate && pip install")
    assert "| hindinum extract" in commands[0]
    assert "python -m pytest" in commands[1]


def test_the_pattern_catches_index_installs() -> None:
    for line in ["pip install 'hindinum[cli]'", 'pip install "hindinum[dask]"',
                 "pip install hindinum", "pip install -U hindinum[spacy] tqdm"]:
        assert from_index(line), line
    for line in ['pip install -e ".[cli]"', 'pip install "/path/to/hindinum[cli]"',
                 'pip install "hindinum[dask] @ file:///w/hindinum-0.1.0-py3-none-any.whl"',
                 'pip install -e . && echo "5" | hindinum extract']:
        assert not from_index(line), line
