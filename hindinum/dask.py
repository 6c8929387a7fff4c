"""Run hindinum over corpora that outgrow one machine, with Dask (extra ``dask``).

Install with ``pip install -e ".[dask]"`` in a checkout (see ``docs/dask.md``). Each helper is
lazy: it returns a new Dask collection whose partitions are processed independently of each
other (no shuffle, no shared state), by module-level functions that pickle by reference, so
the same code runs on the local scheduler, on a :class:`distributed.LocalCluster` or on a
cluster of many machines. Results hold only
``str``, ``int`` and ``None`` (values are exact decimal strings, as in
:meth:`hindinum.Amount.to_dict`), so they pickle, serialise to JSON and store in Parquet.

* :func:`normalize_bag` and :func:`extract_bag` work on a :class:`dask.bag.Bag` of ``str``
  (for example the lines from :func:`dask.bag.read_text`).
* :func:`normalize_series` and :func:`extract_frame` work on a text column of a Dask DataFrame.

>>> import dask.bag as db
>>> lines = db.from_sequence(["अब 9.2 करोड़ डॉलर देने होंगे", "कोई संख्या नहीं"], npartitions=2)
>>> normalize_bag(lines).compute(scheduler="sync")
['अब 92000000 USD देने होंगे', 'कोई संख्या नहीं']
>>> records = extract_bag(lines).compute(scheduler="sync")
>>> [(r["partition"], r["item"], r["value"], r["currency"]) for r in records]
[(0, 0, '92000000', 'USD')]

See ``docs/dask.md`` for running the same code on a cluster.
"""

# Dask ships no complete type hints: calls into it are untyped.
# mypy: disable-error-code="no-untyped-call,no-any-return"

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import partial
from typing import Any

import dask.bag as db
import dask.dataframe as dd
import pandas as pd

import hindinum
from hindinum.types import AMOUNT_FIELDS, _field_specs

__all__ = [
    "AMOUNT_COLUMNS",
    "extract_bag",
    "extract_frame",
    "frame_meta",
    "normalize_bag",
    "normalize_series",
]

#: Columns of :func:`extract_frame`, in order: the fields of :class:`hindinum.Amount`, as
#: :meth:`hindinum.Amount.to_dict` writes them.
AMOUNT_COLUMNS: tuple[str, ...] = AMOUNT_FIELDS


def _column_dtype(name: str) -> Any:
    """The dtype of a column, from its field's type: ``int64`` for an ``int`` (``Int64`` if it
    may be ``None``), ``boolean`` for a ``bool``, else a nullable string (what ``to_dict``
    makes of ``str``, ``Decimal`` and enum fields)."""
    spec = _field_specs()[name]
    if spec.type is int:
        return "Int64" if spec.optional else "int64"
    if spec.type is bool:
        return "boolean"
    return pd.StringDtype()


# --------------------------------------------------------------------------- per-item work


def _is_missing(item: object) -> bool:
    """``None``, ``NaN`` and ``pd.NA``: a missing text, passed through untouched."""
    if item is None or item is pd.NA:
        return True
    return isinstance(item, float) and math.isnan(item)


def _normalize_item(item: Any, options: dict[str, Any]) -> Any:
    if _is_missing(item):
        return item
    return hindinum.normalize(item, **options)


def _extract_item(item: Any) -> list[dict[str, object]]:
    if _is_missing(item):
        return []
    return [amount.to_dict() for amount in hindinum.extract(item)]


def _extract_partition(items: Iterable[Any], number: list[int]) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for index, item in enumerate(items):
        for record in _extract_item(item):
            records.append({"partition": number[0], "item": index, **record})
    return records


def _check_options(options: dict[str, Any]) -> dict[str, Any]:
    """Fail on the client, at once, for options that every worker would reject."""
    hindinum.normalize("", **options)
    return dict(options)


# --------------------------------------------------------------------------- bags


def normalize_bag(bag: db.Bag, **options: Any) -> db.Bag:
    """Apply :func:`hindinum.normalize` to every ``str`` of ``bag`` (``None`` stays ``None``).

    ``options`` are those of :func:`hindinum.normalize` (``digits``, ``grouping``,
    ``formatter``; a ``formatter`` must be picklable, e.g. a module-level function). Unknown
    options raise :class:`TypeError` and bad values :class:`ValueError` here, not on a worker.

    >>> import dask.bag as db
    >>> bag = db.from_sequence(["कुल 5 लोग", None])
    >>> normalize_bag(bag, digits="devanagari").compute(scheduler="sync")
    ['कुल ५ लोग', None]
    >>> try:
    ...     normalize_bag(bag, digits="roman")
    ... except ValueError:
    ...     print("rejected before any work is done")
    rejected before any work is done
    """
    return bag.map(partial(_normalize_item, options=_check_options(options)))


def extract_bag(bag: db.Bag, *, flatten: bool = True) -> db.Bag:
    """The amounts found by :func:`hindinum.extract` in every ``str`` of ``bag``.

    With ``flatten=True`` (the default) the result is a bag of records, one per amount, in
    order: the :meth:`hindinum.Amount.to_dict` fields (:data:`AMOUNT_COLUMNS`) after
    ``partition`` (the number of the input partition) and ``item`` (the 0-based position of the
    text within that partition), which together name the text an amount came from. With
    ``flatten=False`` the result has one list of records (without those two keys) per input
    item, aligned with ``bag``, so that :func:`dask.bag.zip` can pair each text with its
    amounts.

    >>> import dask.bag as db
    >>> bag = db.from_sequence(["कुल 5 लोग", "कुछ नहीं", "7 और 8"], npartitions=2)
    >>> rows = extract_bag(bag).compute(scheduler="sync")
    >>> [(r["partition"], r["item"], r["value"]) for r in rows]
    [(0, 0, '5'), (1, 0, '7'), (1, 0, '8')]
    >>> per_item = extract_bag(bag, flatten=False).compute(scheduler="sync")
    >>> [[r["value"] for r in found] for found in per_item]
    [['5'], [], ['7', '8']]
    """
    if not flatten:
        return bag.map(_extract_item)
    numbers = db.from_sequence(range(bag.npartitions), npartitions=bag.npartitions)
    return bag.map_partitions(_extract_partition, numbers)


# --------------------------------------------------------------------------- data frames


def _output_dtype(dtype: Any) -> Any:
    """Keep a string dtype; anything else (object, categorical) becomes ``object``."""
    return dtype if isinstance(dtype, pd.StringDtype) else object


def _normalize_partition(part: pd.Series, options: dict[str, Any]) -> pd.Series:
    values = [_normalize_item(item, options) for item in part.tolist()]
    return pd.Series(values, index=part.index, name=part.name, dtype=_output_dtype(part.dtype))


def normalize_series(series: dd.Series, **options: Any) -> dd.Series:
    """Apply :func:`hindinum.normalize` to every text of a Dask Series (a DataFrame column).

    The index, the divisions and the name are kept; missing values stay missing. A string
    dtype is kept, any other dtype gives ``object``. ``options`` are those of
    :func:`hindinum.normalize`, checked at once.

    >>> import pandas as pd, dask.dataframe as dd
    >>> df = dd.from_pandas(pd.DataFrame({"text": ["कुल 5 लोग", None]}), npartitions=1)
    >>> out = normalize_series(df["text"], digits="devanagari").compute(scheduler="sync")
    >>> out[0], bool(out.isna()[1])
    ('कुल ५ लोग', True)
    """
    options = _check_options(options)
    meta = series._meta.astype(_output_dtype(series._meta.dtype))
    return series.map_partitions(_normalize_partition, options, meta=meta)


def frame_meta(index: pd.Index | None = None) -> pd.DataFrame:
    """An empty frame with the columns and dtypes of :func:`extract_frame` results.

    One column per field of :class:`hindinum.Amount` (:data:`AMOUNT_COLUMNS`), typed from
    the field's type: ``start`` and ``end`` are ``int64``; the other columns are nullable
    strings (``pd.StringDtype()``), with ``<NA>`` for a missing ``currency``, ``value_max``,
    ``approx`` or ``subunit``. ``index`` (default: an empty ``RangeIndex``) gives the index type.

    >>> frame_meta().dtypes.astype(str).to_dict()["end"]
    'int64'
    >>> list(frame_meta().columns) == list(AMOUNT_COLUMNS)
    True
    """
    return _records_frame([], pd.RangeIndex(0) if index is None else index[:0])


def _records_frame(records: list[dict[str, object]], index: pd.Index) -> pd.DataFrame:
    """Build a frame with exactly the dtypes of :func:`frame_meta` (so meta always matches)."""
    columns = {
        name: pd.Series(
            [record[name] for record in records],
            index=index,
            dtype=_column_dtype(name),
        )
        for name in AMOUNT_COLUMNS
    }
    return pd.DataFrame(columns, index=index)


def _extract_frame_partition(part: pd.Series) -> pd.DataFrame:
    records: list[dict[str, object]] = []
    positions: list[int] = []
    for position, item in enumerate(part.tolist()):
        for record in _extract_item(item):
            records.append(record)
            positions.append(position)
    return _records_frame(records, part.index.take(positions))


def extract_frame(series: dd.Series) -> dd.DataFrame:
    """One row per amount found in a Dask Series of texts, as a Dask DataFrame.

    Each row is indexed by the index label of the text it came from (a text with three
    amounts gives three rows with its label, in text order; one without gives none), so the
    result keeps the divisions of ``series`` and joins back onto its frame by index. The
    columns are :data:`AMOUNT_COLUMNS`, typed as :func:`frame_meta` says.

    >>> import pandas as pd, dask.dataframe as dd
    >>> texts = pd.Series(["कुल 5 लोग", "कुछ नहीं", "7 और 8"], index=[10, 20, 30], name="text")
    >>> amounts = extract_frame(dd.from_pandas(texts, npartitions=2)).compute(scheduler="sync")
    >>> amounts[["text", "value", "kind"]]
       text value    kind
    10    5     5  number
    30    7     7  number
    30    8     8  number
    """
    meta = frame_meta(series._meta.index)
    return series.map_partitions(_extract_frame_partition, meta=meta)
