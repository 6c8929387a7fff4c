"""One field list: every serialization of :class:`hindinum.Amount` derives from its fields.

The names are taken from ``dataclasses.fields(Amount)`` here, never written out, so a field
added to ``Amount`` must show up in ``to_dict``, the CLI's columns, the spaCy extensions, the
Stanza ``misc`` keys and the Dask columns without any of these tests changing.
"""

from __future__ import annotations

import ast
import dataclasses
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import hindinum
from conftest import require
from hindinum import Amount
from hindinum.cli import EXTRACT_FIELDS, main
from hindinum.types import AMOUNT_FIELDS

ROOT = Path(__file__).resolve().parent.parent
NAMES = [field.name for field in dataclasses.fields(Amount)]
TEXT = "करीब 10-12 लाख रुपये, 34 सेंट और 5%"


def test_amount_fields_are_the_dataclass_fields() -> None:
    assert list(AMOUNT_FIELDS) == NAMES


def test_to_dict_keys() -> None:
    for amount in hindinum.extract(TEXT):
        assert list(amount.to_dict()) == NAMES


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "tsv"])
def test_cli_columns(
    fmt: str, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((TEXT + "\n").encode())))
    assert main(["extract", "--format", fmt]) == 0
    lines = capsysbinary.readouterr().out.decode().splitlines()
    if fmt == "jsonl":
        keys = [list(json.loads(line)) for line in lines]
        assert keys == [["file", "line", *NAMES]] * len(hindinum.extract(TEXT))
    else:
        assert lines[0].split("," if fmt == "csv" else "\t") == ["file", "line", *NAMES]
    assert list(EXTRACT_FIELDS) == ["file", "line", *NAMES]


def test_spacy_extensions() -> None:
    spacy = require("spacy")
    import hindinum.spacy as hindinum_spacy

    assert list(hindinum_spacy.EXTENSIONS) == [f"hindinum_{name}" for name in NAMES]
    nlp = spacy.blank("hi")
    nlp.add_pipe("hindinum")
    doc = nlp(TEXT)
    for span, amount in zip(doc.spans["hindinum"], hindinum.extract(TEXT), strict=True):
        assert {name: span._.get(f"hindinum_{name}") for name in NAMES} == amount.to_dict()


def test_stanza_misc_keys() -> None:
    require("stanza")
    from stanza.models.common.doc import Document

    import hindinum.stanza as hindinum_stanza

    # text, start and end travel in HindinumSpan, kind in the B-/I- tag; every other field has
    # its own key
    carried = {"text", "start", "end", "kind"}
    assert set(hindinum_stanza.MISC_KEYS) == set(NAMES) - carried
    assert carried <= set(NAMES)
    words = [{"id": i + 1, "text": w} for i, w in enumerate(TEXT.replace(",", " ,").split())]
    doc = Document([words])
    hindinum_stanza.annotate(doc, rejoin=True)
    rebuilt = Document(doc.to_dict())
    assert rebuilt.hindinum_amounts == doc.hindinum_amounts
    assert len(doc.hindinum_amounts) == 3


def test_dask_columns() -> None:
    require("dask")
    import dask.dataframe as dd
    import pandas as pd

    from hindinum.dask import AMOUNT_COLUMNS, extract_frame, frame_meta

    assert list(AMOUNT_COLUMNS) == NAMES
    assert list(frame_meta().columns) == NAMES
    series = dd.from_pandas(pd.Series([TEXT]), npartitions=1)
    frame = extract_frame(series).compute(scheduler="sync")
    assert list(frame.columns) == NAMES
    rows = [
        {k: (None if pd.isna(v) else v) for k, v in row.items()}
        for row in frame.to_dict("records")
    ]
    assert rows == [amount.to_dict() for amount in hindinum.extract(TEXT)]


# Modules that serialize amounts: none of them may spell out the field list again.
_MODULES = ["types.py", "cli.py", "spacy.py", "stanza.py", "dask.py", "tokens.py"]


@pytest.mark.parametrize("module", _MODULES)
def test_no_module_writes_the_field_list_by_hand(module: str) -> None:
    """No tuple, list, set or dict in the source names more than half the fields as strings.

    (A few named fields are fine: Stanza's ``misc`` carries text, start, end and kind its own
    way.)
    """
    tree = ast.parse((ROOT / "hindinum" / module).read_text(encoding="utf-8"))
    fields = set(NAMES)
    for node in ast.walk(tree):
        items: list[Any]
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            items = node.elts
        elif isinstance(node, ast.Dict):
            items = [key for key in node.keys if key is not None]
        else:
            continue
        named = [i.value for i in items if isinstance(i, ast.Constant) and i.value in fields]
        assert len(named) <= len(fields) // 2, f"{module}:{node.lineno} lists fields by hand: {named}"
