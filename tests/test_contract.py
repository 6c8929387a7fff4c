"""The contract of the public API with its callers: argument types, options, pickling, threads
and processes. One place for these; the behaviour on content is tested elsewhere.

* Every public function that takes a text raises ``TypeError`` for anything but a ``str``, with
  a message that names the function and the type it was given; a ``str`` subclass is read
  like a ``str``.
* Options are keyword-only and checked at the call, before any text is read.
* Results and errors pickle and unpickle equal under every protocol, and copy.
* ``extract`` and ``normalize`` from eight threads at once, or from a pool of processes, give
  the results of a serial run.
"""

from __future__ import annotations

import copy
import dataclasses
import decimal
import multiprocessing
import pickle
import random
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest
from cases import MUST_NOT_CHANGE, QUALIFIED, REAL_WORLD, SUBUNIT_ALONE, SYNTHETIC
from invariants import check_extract

import hindinum
from hindinum import Amount, Approx, HindiNumberError, Kind
from hindinum.types import AMOUNT_FIELDS

SEED = (Path(__file__).resolve().parent.parent / "seeds" / "000_d65d5b869444906d.txt").read_text(
    encoding="utf-8")

#: The table sentences (every kind, ranges, qualifiers, subunits) and the seed's lines.
SENTENCES = [row[0] for rows in (REAL_WORLD, SYNTHETIC, QUALIFIED, SUBUNIT_ALONE) for row in rows]
SENTENCES += MUST_NOT_CHANGE + [line for line in SEED.splitlines() if line.strip()]

# ----------------------------------------------------------------------------- argument types

#: Everything that is not a str, as pipelines hand it over.
NOT_STR = [None, b"9.2", bytearray(b"5"), memoryview(b"5"), 123, 5.0, Decimal(5), True,
           ["एक"], {"a": 1}]
_NOT_STR_IDS = [type(bad).__name__ for bad in NOT_STR]

#: The public functions that read a text.
TEXT_FUNCTIONS = [hindinum.extract, hindinum.normalize, hindinum.tokenize, hindinum.parse_number]


def _type_error_of(func: Callable[[object], object], bad: object) -> str:
    with pytest.raises(TypeError) as info:
        func(bad)
    return str(info.value)


@pytest.mark.parametrize("func", TEXT_FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("bad", NOT_STR, ids=_NOT_STR_IDS)
def test_a_text_that_is_no_str_is_a_type_error(func: Callable[[object], object],
                                               bad: object) -> None:
    message = _type_error_of(func, bad)
    assert message == f"{func.__name__}() expects str, not {type(bad).__name__}"


@pytest.mark.parametrize("bad", NOT_STR, ids=_NOT_STR_IDS)
def test_fold_of_no_str_is_a_type_error(bad: object) -> None:
    assert _type_error_of(hindinum.fold, bad) == f"fold() expects str, not {type(bad).__name__}"


@pytest.mark.parametrize("bad", [None, b"9", 5.0, True, ["एक"]], ids=lambda b: type(b).__name__)
def test_to_words_of_no_number_is_a_type_error(bad: object) -> None:
    message = _type_error_of(hindinum.to_words, bad)
    assert message == f"to_words() expects int, Decimal or str, not {type(bad).__name__}"


@pytest.mark.parametrize("bad", [None, "5 रुपये", Decimal(5)], ids=["None", "str", "Decimal"])
def test_format_amount_of_no_amount_is_a_type_error(bad: object) -> None:
    assert "format_amount()" in _type_error_of(hindinum.format_amount, bad)


@pytest.mark.parametrize("bad", [None, "5", True], ids=["None", "str", "bool"])
def test_format_value_of_no_number_is_a_type_error(bad: object) -> None:
    assert "format_value()" in _type_error_of(hindinum.format_value, bad)


class _MyStr(str):
    """A str subclass, as some pipelines hand over."""


def test_str_subclasses_are_read_like_str() -> None:
    plain = "कुल साढ़े तीन करोड़ रुपये और 5 लाख"
    sub = _MyStr(plain)
    assert hindinum.extract(sub) == hindinum.extract(plain)
    assert hindinum.normalize(sub) == hindinum.normalize(plain)
    assert hindinum.tokenize(sub) == hindinum.tokenize(plain)
    assert hindinum.fold(_MyStr("हज़ार")) == hindinum.fold("हज़ार")
    assert hindinum.parse_number(_MyStr("साढ़े तीन करोड़")) == 35000000
    assert hindinum.to_words(_MyStr("35000000")) == hindinum.to_words(35000000)


# ----------------------------------------------------------------------------- options


@pytest.mark.parametrize(("options", "error"), [
    ({"digits": None}, TypeError), ({"grouping": None}, TypeError), ({"digits": 1}, TypeError),
    ({"digits": "Latin"}, ValueError), ({"grouping": "chinese"}, ValueError),
    ({"formatter": "str"}, TypeError), ({"colour": "red"}, TypeError),
    ({"dollar": "XYZ"}, ValueError), ({"dollar": 5}, TypeError),
    ({"subunits": "cents"}, ValueError), ({"subunits": None}, TypeError),
])
@pytest.mark.parametrize("source", ["", "कोई अंक नहीं", "5 रुपये"])
def test_bad_options_fail_at_the_call_whatever_the_text(
    options: dict[str, object], error: type[Exception], source: str
) -> None:
    """Options are checked before any text is read, so an empty text does not hide them."""
    with pytest.raises(error):
        hindinum.normalize(source, **options)  # type: ignore[arg-type]
    extract_options = {k: v for k, v in options.items() if k in ("dollar", "subunits", "colour")}
    if extract_options:
        with pytest.raises(error):
            hindinum.extract(source, **extract_options)  # type: ignore[arg-type]


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        hindinum.normalize("5 रुपये", "devanagari")  # type: ignore[misc]
    with pytest.raises(TypeError):
        hindinum.extract("5 रुपये", "CAD")  # type: ignore[misc]
    with pytest.raises(TypeError):
        hindinum.to_words(5, "crore")  # type: ignore[misc]
    with pytest.raises(TypeError):
        hindinum.tokenize("5 रुपये", True)  # type: ignore[misc]


# ----------------------------------------------------------------------------- pickling


def _amount_samples() -> list[Amount]:
    found = [a for s in SENTENCES for a in hindinum.extract(s)]
    assert {a.kind for a in found} == set(Kind)
    assert any(a.value_max is not None for a in found) and any(a.approx for a in found)
    assert any(a.subunit for a in found), "SUBUNIT_ALONE has money kept in a subunit"
    return found


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_results_and_errors_pickle(protocol: int) -> None:
    def again(obj: object) -> object:
        return pickle.loads(pickle.dumps(obj, protocol))

    for amount in _amount_samples():
        assert again(amount) == amount and copy.deepcopy(amount) == amount
        assert type(again(amount).kind) is Kind
    tokens = hindinum.tokenize("₹1,50,000 का 21वीं", spaces=True)
    assert again(tokens) == tokens
    found = hindinum.extract_tokens(["9", ".", "2", "करोड़", "डॉलर"])
    assert found and again(found) == found
    joined = hindinum.join_tokens(["9", ".", "2", "करोड़"])
    assert again(joined) == joined
    with pytest.raises(HindiNumberError) as info:
        hindinum.parse_number("लाख लाख")
    err = again(info.value)
    assert type(err) is HindiNumberError and str(err) == str(info.value)
    assert (err.text, err.position, err.token) == ("लाख लाख", 4, "लाख")


def test_an_extracted_amount_is_the_dataclass_it_looks_like() -> None:
    # extract() builds each Amount field by field, not through the dataclass's __init__
    for amount in _amount_samples():
        made = Amount(**{name: getattr(amount, name) for name in AMOUNT_FIELDS})
        assert made == amount and hash(made) == hash(amount) and repr(made) == repr(amount)
        # each field holds a value of its own type (two fields swapped would show here)
        assert isinstance(amount.text, str) and isinstance(amount.start, int)
        assert isinstance(amount.value, Decimal) and isinstance(amount.kind, Kind)
        assert amount.end - amount.start == len(amount.text)
        assert amount.approx is None or isinstance(amount.approx, Approx)
        assert isinstance(amount.distributive, bool)
        assert amount.value_max is None or isinstance(amount.value_max, Decimal)
        assert dataclasses.asdict(made) == dataclasses.asdict(amount)
        with pytest.raises(dataclasses.FrozenInstanceError):
            amount.value = Decimal(1)  # type: ignore[misc]


# ----------------------------------------------------------------------------- threads, processes


def _junk(pieces: int) -> str:
    """Hostile pieces and lexicon words in a fixed random order."""
    rng = random.Random(pieces)
    words = ["1,", "12", "करोड़", "साढ़े", "-", "₹", "5", "लाख", "और", "से", "बटा", "दशमलव",
             "१२", ".", "0.5", "%", "\u200d", "\u00a0", "डॉलर", "पैसे", "सेंट", "2020-21", "एक",
             "पाँचवाँ", "करीब", "माइनस", "दर्जन", "a@b.cc", "1e5"]
    return " ".join(rng.choice(words) for _ in range(pieces))


THREAD_TEXTS = SENTENCES + [SEED, _junk(300), "1," * 300, "करोड़ " * 100]


def test_eight_threads_at_once_get_the_serial_results() -> None:
    """Eight threads released together, each with its own decimal context and its own order,
    threads switched every 10 µs: every result is the serial one."""
    expected = {t: hindinum.extract(t) for t in THREAD_TEXTS}
    expected_norm = {t: hindinum.normalize(t) for t in THREAD_TEXTS}
    barrier = threading.Barrier(8)

    def work(offset: int) -> list[str]:
        rng = random.Random(offset)
        order = THREAD_TEXTS[:]
        rng.shuffle(order)
        decimal.getcontext().prec = 3 + offset  # each thread its own (thread-local) context
        barrier.wait()
        wrong = []
        for t in order:
            if hindinum.extract(t) != expected[t] or hindinum.normalize(t) != expected_norm[t]:
                wrong.append(t)
        return wrong

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, to interleave the walks
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(work, range(8)))
    finally:
        sys.setswitchinterval(old)
    assert results == [[]] * 8
    for text, amounts in expected.items():
        check_extract(text, amounts)


def test_a_pool_of_two_processes_gets_the_same_results() -> None:
    """Fresh interpreters (spawn), results and errors sent back by pickle."""
    sources = SENTENCES + [SEED]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        extracted = pool.map(hindinum.extract, sources, chunksize=8)
        normalized = pool.map(hindinum.normalize, sources, chunksize=8)
        failure = pool.apply_async(hindinum.parse_number, ("लाख लाख",))
        with pytest.raises(HindiNumberError) as info:
            failure.get(timeout=60)
    assert extracted == [hindinum.extract(s) for s in sources]
    assert normalized == [hindinum.normalize(s) for s in sources]
    assert info.value.position == 4
