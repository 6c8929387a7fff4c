"""Real sentences that must come out of normalize() unchanged: 559 sentences of Hindi news,
idiom dictionaries, recipes and blogs, most of them with number words used as ordinary words
(दो "give", नो एंट्री, शराब का सेवन, नौ दो ग्यारह, एक-दूसरे, सौ टका सच ...), collected and
checked by hand before hindinum was run on them. tests/data/README.md describes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import hindinum

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "unchanged.jsonl").read_text(encoding="utf-8").splitlines()]


def test_the_corpus_is_there() -> None:
    assert len(ROWS) >= 500
    assert sum(bool(row["words"]) for row in ROWS) >= 0.8 * len(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_normalize_changes_nothing(row: dict[str, object]) -> None:
    text = row["text"]
    assert isinstance(text, str)
    assert hindinum.normalize(text) == text, [a.text for a in hindinum.extract(text)]
