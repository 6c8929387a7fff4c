"""Tests of ``hindinum.dask`` on a real ``distributed.LocalCluster`` with 2 worker processes.

Expected results come from :func:`hindinum.normalize` / :func:`hindinum.extract` run locally,
so these tests check the Dask plumbing (partitioning, meta, pickling, index alignment), not
the reading of numbers.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from operator import methodcaller
from pathlib import Path
from typing import Any

import pytest

from conftest import require

dask = require("dask")
distributed = require("distributed")

import dask.bag as db
import dask.dataframe as dd
import pandas as pd

import hindinum
from hindinum.dask import (
    AMOUNT_COLUMNS,
    extract_bag,
    extract_frame,
    frame_meta,
    normalize_bag,
    normalize_series,
)

TEXTS = [
    "अब 9.2 करोड़ डॉलर देने होंगे",
    "कुल 1,25,000 रुपये खर्च हुए",
    "",
    "करीब 5 लोग आए, 12 गए",
    "उसे 3.5% ब्याज मिला",
    "कोई संख्या नहीं",
    "वह दूसरे स्थान पर रहा, 2024 में ₹ 500 मिले",
    "साढ़े तीन सौ किलो और 40-50 रुपये",
    "शेयर 34 सेंट गिरा",
]
CORPUS = [text + f" ({i})" if text else text for i, text in enumerate(TEXTS * 4)]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A local cluster of 2 single-threaded worker processes, shared by this module."""
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def local_records(texts: list[str]) -> list[list[dict[str, object]]]:
    return [[a.to_dict() for a in hindinum.extract(text)] for text in texts]


def test_cluster_runs_in_other_processes(client: Any) -> None:
    pids = client.run(os.getpid)
    assert len(pids) == 2
    assert os.getpid() not in pids.values()
    versions = client.run(lambda: __import__("hindinum").__version__)
    assert set(versions.values()) == {hindinum.__version__}


# --------------------------------------------------------------------------- bags


@pytest.mark.parametrize("npartitions", [1, 3, 7])
def test_normalize_bag(client: Any, npartitions: int) -> None:
    bag = db.from_sequence(CORPUS, npartitions=npartitions)
    assert normalize_bag(bag).compute() == [hindinum.normalize(t) for t in CORPUS]


def test_normalize_bag_options_and_missing(client: Any) -> None:
    bag = db.from_sequence([*CORPUS, None], npartitions=4)
    options = {"digits": "devanagari", "grouping": "indian"}
    result = normalize_bag(bag, **options).compute()
    assert result == [*(hindinum.normalize(t, **options) for t in CORPUS), None]
    assert result[:-1] != [hindinum.normalize(t) for t in CORPUS]


def test_bad_options_fail_before_any_work() -> None:
    bag = db.from_sequence(["कुल 5 लोग"])
    with pytest.raises(ValueError):
        normalize_bag(bag, digits="roman")
    with pytest.raises(TypeError):
        normalize_bag(bag, digit="latin")
    series = dd.from_pandas(pd.Series(["कुल 5 लोग"]), npartitions=1)
    with pytest.raises(ValueError):
        normalize_series(series, grouping="chinese")


def test_extract_bag_per_item(client: Any) -> None:
    bag = db.from_sequence(CORPUS, npartitions=5)
    result = extract_bag(bag, flatten=False).compute()
    assert result == local_records(CORPUS)
    assert sum(map(len, result)) >= len(TEXTS)  # the corpus does hold amounts
    paired = db.zip(bag, extract_bag(bag, flatten=False)).compute()
    assert [text for text, _ in paired] == CORPUS


@pytest.mark.parametrize("npartitions", [1, 4])
def test_extract_bag_records_name_their_text(client: Any, npartitions: int) -> None:
    bag = db.from_sequence(CORPUS, npartitions=npartitions)
    partitions = [part.compute() for part in bag.to_delayed()]
    records = extract_bag(bag).compute()
    expected = [
        {"partition": p, "item": i, **record}
        for p, texts in enumerate(partitions)
        for i, text in enumerate(texts)
        for record in local_records([text])[0]
    ]
    assert records == expected
    for record in records:
        text = partitions[record["partition"]][record["item"]]
        assert text[record["start"] : record["end"]] == record["text"]


def test_partitions_are_independent(client: Any) -> None:
    def strip(records: list[dict[str, object]]) -> list[dict[str, object]]:
        return [{k: v for k, v in r.items() if k not in ("partition", "item")} for r in records]

    results = [
        strip(extract_bag(db.from_sequence(CORPUS, npartitions=n)).compute()) for n in (1, 2, 9)
    ]
    assert results[0] == results[1] == results[2]
    assert results[0] == [r for per_text in local_records(CORPUS) for r in per_text]


def test_results_and_collections_pickle(client: Any) -> None:
    bag = db.from_sequence(CORPUS, npartitions=3)
    records = extract_bag(bag).compute()
    assert pickle.loads(pickle.dumps(records)) == records
    assert json.loads(json.dumps(records, ensure_ascii=False)) == records
    # the lazy collections themselves travel (e.g. to a scheduler) and still compute
    lazy = pickle.loads(pickle.dumps(normalize_bag(bag, digits="devanagari")))
    assert lazy.compute() == [hindinum.normalize(t, digits="devanagari") for t in CORPUS]
    series = dd.from_pandas(pd.Series(CORPUS, name="text"), npartitions=2)
    frame = pickle.loads(pickle.dumps(extract_frame(series)))
    assert len(frame.compute()) == len(records)


def test_read_text_to_textfiles(client: Any, tmp_path: Path) -> None:
    """The documented pipeline: text files in, normalized text files out."""
    source = tmp_path / "in"
    source.mkdir()
    for number in range(3):
        (source / f"part{number}.txt").write_text("\n".join(CORPUS) + "\n", encoding="utf-8")
    lines = db.read_text(str(source / "*.txt"), blocksize=300, encoding="utf-8")
    assert lines.npartitions > 3  # the files were cut into blocks
    texts = lines.map(methodcaller("rstrip", "\n"))
    out = tmp_path / "out"
    normalize_bag(texts).to_textfiles(str(out / "*.txt"), encoding="utf-8", last_endline=True)
    written = [
        line
        for path in sorted(out.glob("*.txt"), key=lambda p: int(p.stem))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert written == [hindinum.normalize(t) for t in CORPUS] * 3


# --------------------------------------------------------------------------- data frames


@pytest.fixture
def texts() -> pd.Series:
    values: list[str | None] = list(CORPUS)
    values[5] = None
    return pd.Series(values, index=range(100, 100 + 3 * len(values), 3), name="text")


def test_normalize_series(client: Any, texts: pd.Series) -> None:
    series = dd.from_pandas(texts, npartitions=3)
    result = normalize_series(series, grouping="western")
    assert result.divisions == series.divisions
    computed = result.compute()
    assert computed.name == "text"
    assert computed.index.equals(texts.index)
    assert computed.dtype == result.dtype
    for label, text in texts.items():
        if pd.isna(text):
            assert pd.isna(computed[label])
        else:
            assert computed[label] == hindinum.normalize(text, grouping="western")


def test_normalize_series_object_column(client: Any, texts: pd.Series) -> None:
    with dask.config.set({"dataframe.convert-string": False}):
        series = dd.from_pandas(texts.astype(object), npartitions=2)
        result = normalize_series(series)
        assert series.dtype == object and result.dtype == object
        computed = result.compute()
    assert computed.dtype == object
    assert computed.tolist()[:3] == [hindinum.normalize(t) for t in CORPUS[:3]]


def test_extract_frame(client: Any, texts: pd.Series) -> None:
    series = dd.from_pandas(texts, npartitions=4)
    frame = extract_frame(series)
    assert tuple(frame.columns) == AMOUNT_COLUMNS
    assert frame.divisions == series.divisions
    computed = frame.compute()
    # the partitions' dtypes are those the meta promised
    assert computed.dtypes.to_dict() == frame.dtypes.to_dict() == frame_meta().dtypes.to_dict()
    expected = [
        (label, record)
        for label, text in texts.items()
        if not pd.isna(text)
        for record in local_records([text])[0]
    ]
    assert len(computed) == len(expected) > len(TEXTS)
    for (label, row), (want_label, record) in zip(computed.iterrows(), expected, strict=True):
        assert label == want_label
        got = {k: (None if pd.isna(v) else v) for k, v in row.to_dict().items()}
        assert got == record
        assert texts[label][row["start"] : row["end"]] == row["text"]


def test_extract_frame_joins_back(client: Any, texts: pd.Series) -> None:
    frame = dd.from_pandas(texts.to_frame(), npartitions=3)
    amounts = extract_frame(frame["text"])
    money = amounts[amounts["kind"] == "money"]
    joined = money.join(frame.rename(columns={"text": "sentence"})).compute()
    assert len(joined) > 0
    for _, row in joined.iterrows():
        assert row["sentence"][row["start"] : row["end"]] == row["text"]


def test_extract_frame_without_amounts(client: Any) -> None:
    series = dd.from_pandas(pd.Series(["कोई संख्या नहीं", None, ""], name="t"), npartitions=2)
    computed = extract_frame(series).compute()
    assert computed.empty
    assert computed.dtypes.to_dict() == frame_meta().dtypes.to_dict()


def test_extract_frame_to_parquet(client: Any, texts: pd.Series, tmp_path: Path) -> None:
    require("pyarrow")
    series = dd.from_pandas(texts, npartitions=3)
    extract_frame(series).to_parquet(str(tmp_path / "amounts"))
    back = dd.read_parquet(str(tmp_path / "amounts")).compute()
    direct = extract_frame(series).compute()
    assert back["value"].tolist() == direct["value"].tolist()
    assert back["currency"].isna().tolist() == direct["currency"].isna().tolist()
    assert back.index.tolist() == direct.index.tolist()


# --------------------------------------------------------------------------- docs/dask.md


def test_docs_examples_run(tmp_path: Path) -> None:
    """docs/dask.md is a doctest; it starts its own LocalCluster, so it runs in a new process."""
    doc = Path(__file__).resolve().parent.parent / "docs" / "dask.md"
    code = (
        "import doctest, sys\n"
        f"result = doctest.testfile({str(doc)!r}, module_relative=False,\n"
        "    optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)\n"
        "sys.exit(1 if result.failed or not result.attempted else 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()[-3000:]
    assert (tmp_path / "normalized" / "0.txt").exists()
    assert (tmp_path / "amounts.parquet").is_dir()
