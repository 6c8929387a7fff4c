"""Forms the reader does not read yet (``cases.KNOWN_GAPS``), each a strict xfail: the engine
change it names makes it pass, and the row then moves to ``cases.SYNTHETIC``."""

from __future__ import annotations

import pytest
from cases import KNOWN_GAPS

import hindinum


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=why), id=text)
     for text, expected, why in KNOWN_GAPS],
)
def test_known_gap(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    found = [(a.text, str(a.value), a.kind.value, a.currency) for a in hindinum.extract(text)]
    assert found == expected
