"""The word tables: complete, unambiguous, and every spelling readable."""

from __future__ import annotations

from decimal import Decimal

import pytest

import hindinum
from hindinum.lexicon import currencies, numbers
from hindinum.text import fold


def test_canonical_table_covers_0_to_99_exactly_once() -> None:
    assert len(numbers.CANONICAL) == 100
    assert len({fold(w) for w in numbers.CANONICAL}) == 100


def test_variants_name_values_in_range_and_never_collide() -> None:
    owner: dict[str, int] = {fold(w): v for v, w in enumerate(numbers.CANONICAL)}
    for value, words in numbers.VARIANTS.items():
        assert 0 <= value <= 99
        for word in words:
            key = fold(word)
            assert owner.setdefault(key, value) == value, f"{word} is read as two numbers"


@pytest.mark.parametrize("value", range(100))
def test_every_canonical_word_reads_back(value: int) -> None:
    assert hindinum.parse_number(numbers.CANONICAL[value]) == value


@pytest.mark.parametrize(
    ("value", "word"), [(v, w) for v, ws in numbers.VARIANTS.items() for w in ws]
)
def test_every_variant_reads(value: int, word: str) -> None:
    assert hindinum.parse_number(word) == value


@pytest.mark.parametrize(("word", "canon"), sorted(numbers.SCALE_WORDS.items()))
def test_every_scale_spelling_reads(word: str, canon: str) -> None:
    power = numbers.SCALES[canon]
    assert hindinum.parse_number(f"दो {word}") == 2 * 10**power
    if canon not in numbers.WORDS_ONLY_SCALES:
        assert hindinum.parse_number(f"2 {word}") == 2 * 10**power


@pytest.mark.parametrize("word", sorted(numbers.WORDS_ONLY_SCALES))
def test_old_scales_after_digits_are_names(word: str) -> None:
    assert [a.value for a in hindinum.extract(f"कुल 3 {word} मिले")] == [3]


@pytest.mark.parametrize(("scale", "after"), [(k, w) for k, ws in numbers.SCALE_NOT_BEFORE.items()
                                              for w in ws[:3]])
def test_scale_words_before_their_nouns_are_names(scale: str, after: str) -> None:
    assert [a.value for a in hindinum.extract(f"पाँच {scale} {after}")] == [5]


def test_nukta_encodings_fold_together() -> None:
    precomposed = "\u0939\u095b\u093e\u0930"  # हज़ार with U+095B
    decomposed = "\u0939\u091c\u093c\u093e\u0930"  # हज़ार with ज + U+093C
    assert fold(precomposed) == fold(decomposed) == fold("हजार")
    assert hindinum.parse_number(f"पाँच {precomposed}") == hindinum.parse_number(f"पांच {decomposed}")


def test_zero_width_joiners_and_nbsp_are_ignored() -> None:
    assert hindinum.parse_number("पाँ\u200dच\u00a0हज़ार") == 5000


def test_currency_codes_are_iso_4217_shaped() -> None:
    codes = [c for c in currencies.NAMES if c != currencies.BARE_DOLLAR]
    for code in codes + list(currencies.SYMBOLS.values()):
        assert len(code) == 3 and code.isupper() and code.isalpha()
    for code, _, name in currencies.SUBUNITS.values():
        assert name in currencies.SUBUNIT_WORDS
        assert code in currencies.NAMES


def test_every_currency_name_reads_after_a_number() -> None:
    for code, names in currencies.NAMES.items():
        expected = "USD" if code == currencies.BARE_DOLLAR else code
        for name in names:
            found = hindinum.extract(f"कुल 25 {name} मिले")
            assert [(a.value, a.currency) for a in found] == [(Decimal(25), expected)], name


def test_bare_dollars_follow_the_callers_choice() -> None:
    found = hindinum.extract("$5, 7 डॉलर, 50 सेंट, 10 अमेरिकी डॉलर, 3 कनाडाई डॉलर", dollar="AUD",
                             subunits="main")
    assert [(str(a.value), a.currency) for a in found] == [
        ("5", "AUD"), ("7", "AUD"), ("0.5", "AUD"), ("10", "USD"), ("3", "CAD")]
    assert hindinum.normalize("$5", dollar="SGD") == "5 SGD"
