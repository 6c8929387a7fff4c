"""The public API: types, errors, options, pickling, threads."""

from __future__ import annotations

import importlib
import pickle
from decimal import Decimal
from pathlib import Path

import pytest

import hindinum
from hindinum import Amount, Approx, HindiNumberError, Kind

SEED = (Path(__file__).parent.parent / "seeds" / "000_d65d5b869444906d.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "position", "token"),
    [("", 0, ""), ("नमस्ते", 0, "नमस्ते"), ("लाख लाख", 4, "लाख"), ("पाँच रुपये", 5, "रुपये"),
     ("दो सौ xyz", 6, "xyz")],
)
def test_parse_number_errors_say_what_and_where(text: str, position: int, token: str) -> None:
    with pytest.raises(HindiNumberError) as info:
        hindinum.parse_number(text)
    err = info.value
    assert isinstance(err, ValueError)
    assert err.position == position and err.token == token and err.text == text
    if token:
        assert repr(token) in str(err) and str(position) in str(err)


def test_parse_number_reads_everything_the_grammar_has() -> None:
    assert hindinum.parse_number("साढ़े तीन करोड़") == 35000000
    assert hindinum.parse_number("माइनस 5") == -5
    assert hindinum.parse_number("१.५ लाख करोड़") == Decimal("1.5e12")


@pytest.mark.parametrize("bad", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"),
                                 10**19, "abc"])
def test_to_words_rejects_what_has_no_words(bad: object) -> None:
    with pytest.raises(ValueError):
        hindinum.to_words(bad)  # type: ignore[arg-type]


def test_to_words_scales_option_is_checked() -> None:
    with pytest.raises(ValueError, match="scales must be one of"):
        hindinum.to_words(10**12, scales="western")
    with pytest.raises(TypeError, match="scales must be str"):
        hindinum.to_words(10**12, scales=None)  # type: ignore[arg-type]


def test_amount_is_frozen_typed_and_picklable() -> None:
    (amount,) = hindinum.extract("करीब 10-12 लाख रुपये")
    assert isinstance(amount, Amount)
    assert amount.kind is Kind.MONEY and amount.kind == "money"
    assert amount.approx is Approx.ABOUT
    with pytest.raises(AttributeError):
        amount.value = Decimal(1)  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(amount)) == amount
    assert amount.to_dict() == {
        "text": "10-12 लाख रुपये", "start": 5, "end": 20, "value": "1000000", "kind": "money",
        "currency": "INR", "value_max": "1200000", "approx": "about", "subunit": None,
        "distributive": False, "unit": None, "per": None, "iso": None, "fraction": None,
    }


def test_seed_article() -> None:
    money = [(a.value, a.currency) for a in hindinum.extract(SEED) if a.kind is Kind.MONEY]
    assert money == [(Decimal(92000000), "USD"), (Decimal(1100000), "USD")] * 2
    found = hindinum.extract(SEED)
    # the years, the dateline and its clock time are dates and a time, no amounts
    assert [(a.text, a.iso) for a in found if a.kind in (Kind.DATE, Kind.TIME)] == [
        ("26 Feb 2021", "2021-02-26"), ("03:31 PM", "T15:31"), ("2019", "2019"), ("2019", "2019")]
    assert [(a.text, a.value, a.unit, a.iso) for a in found if a.kind is Kind.DURATION] == [
        ("सात महीने", Decimal(7), "mo", "P7M")]


def test_seed_article_normalize_touches_only_amounts() -> None:
    out = hindinum.normalize(SEED)
    assert out.count("92000000 USD") == 2 and out.count("1100000 USD") == 2
    assert "साल 2019 में" in out and "एक रिपोर्ट के मुताबिक" in out
    assert "26 Feb 2021, 15:31 IST" in out
    # undo the four amounts, the time, the duration and the number: the prose is as it was
    back = (out.replace("92000000 USD", "9.2 करोड़ डॉलर").replace("1100000 USD", "11 लाख डॉलर")
            .replace("करीब 7 महीने", "करीब सात महीने").replace("2000 से अधिक", "2,000 से अधिक")
            .replace("15:31 IST", "03:31 PM IST"))
    assert back == SEED
    assert hindinum.normalize(out) == out


def test_tokens_have_exact_offsets_and_types() -> None:
    tokens = hindinum.tokenize("₹1,50,000 का 21वीं")
    assert [(t.text, t.type.value) for t in tokens] == [
        ("₹", "symbol"), ("1,50,000", "digits"), ("का", "word"), ("21", "digits"),
        ("वीं", "word"),
    ]


def test_compiled_says_which_build_runs() -> None:
    """``hindinum.compiled`` is true exactly when the core's modules are extension modules."""
    core = [importlib.import_module(f"hindinum.{m}") for m in ("_scanloop", "numbers", "recognize")]
    assert {not (m.__file__ or "").endswith(".py") for m in core} == {hindinum.compiled}
