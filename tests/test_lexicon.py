"""The word tables: complete, unambiguous, and every spelling readable."""

from __future__ import annotations

import random
from collections.abc import Callable
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


# ----------------------------------------------------------------------------- CLDR as an oracle
# CLDR's Hindi spell-out rules, through unicode-rbnf, are an outside account of the number
# words: the tables above are checked against themselves, these against someone else's.


@pytest.fixture(scope="module")
def cldr() -> Callable[..., str]:
    """``cldr(n, ruleset="spellout-cardinal")``: CLDR's Hindi spelling of ``n``."""
    rbnf = pytest.importorskip(
        "unicode_rbnf",
        reason="unicode-rbnf (CLDR's spell-out rules, the outside oracle for the number words) "
               "is not installed: pip install unicode-rbnf",
    )
    engine = rbnf.RbnfEngine.for_language("hi")

    def spell(n: int | Decimal, ruleset: str = "spellout-cardinal") -> str:
        return str(engine.format_number(n, ruleset_names=[ruleset]).text_by_ruleset[ruleset])

    return spell


#: Where ``to_words`` spells 0-99 otherwise than CLDR, and why. Both spellings read back (the
#: test below); each is in use, and hindinum writes one (STYLE.md lists these variations).
SPELLED_OTHERWISE = {
    15: ("पंद्रह", "the nasal as anusvara, the standard spelling; CLDR writes the half न (पन्द्रह)"),
    63: ("तिरसठ", "CLDR writes तिरेसठ; both are in use"),
    **{n: (w, "-नवे for CLDR's -नबे (इक्यानवे/इक्यानबे); both are in use") for n, w in {
        91: "इक्यानवे", 92: "बानवे", 93: "तिरानवे", 94: "चौरानवे", 95: "पंचानवे", 96: "छियानवे",
        97: "सत्तानवे", 98: "अट्ठानवे", 99: "निन्यानवे"}.items()},
}


@pytest.mark.parametrize("value", range(100))
def test_0_to_99_read_and_write_as_cldr_spells_them(value: int, cldr: Callable[..., str]) -> None:
    """parse_number reads CLDR's spelling of every number below 100 (both of its rulesets), and
    to_words writes CLDR's spelling or the variant listed in SPELLED_OTHERWISE, which must
    differ from CLDR's (so that the list cannot go stale)."""
    for ruleset in ("spellout-cardinal", "spellout-numbering"):
        assert hindinum.parse_number(cldr(value, ruleset)) == value, cldr(value, ruleset)
    words = hindinum.to_words(value)
    if value in SPELLED_OTHERWISE:
        assert (words, cldr(value)) == (SPELLED_OTHERWISE[value][0], cldr(value))
        assert words != cldr(value)
    else:
        assert words == cldr(value)
    assert hindinum.parse_number(words) == value


def test_cldr_spellings_up_to_ten_million_and_beyond_read_back(cldr: Callable[..., str]) -> None:
    """Every number below 1,100, every power of ten to 10**14 and its neighbours, and a fixed
    random sample up to 10**7 and up to 10**15 (below 2**53, where unicode-rbnf's arithmetic
    is exact; it has no words past खरब)."""
    rng = random.Random(20)
    sample = [*range(1100), *(10**k + d for k in range(15) for d in (-1, 0, 1) if 10**k + d >= 0),
              *(rng.randrange(10**7) for _ in range(3000)),
              *(rng.randrange(10**15) for _ in range(1000))]
    wrong = [(n, cldr(n), hindinum.parse_number(cldr(n))) for n in sample
             if hindinum.parse_number(cldr(n)) != n]
    assert wrong == []


def test_cldr_decimals_read_back(cldr: Callable[..., str]) -> None:
    """CLDR spells decimals digit by digit after दशमलव (नौ दशमलव दो); negatives are left out:
    CLDR's minus is ऋण, which in Hindi prose is most often a loan, and hindinum does not read
    it as a sign."""
    rng = random.Random(21)
    sample = [Decimal(rng.randrange(10**9)).scaleb(-rng.randrange(1, 6)) for _ in range(1000)]
    wrong = [(d, cldr(d)) for d in sample if hindinum.parse_number(cldr(d)) != d]
    assert wrong == []


@pytest.mark.parametrize("value", range(1, 101))
def test_cldr_ordinals_are_read_as_ordinals(value: int, cldr: Callable[..., str]) -> None:
    for ruleset in ("spellout-ordinal-masculine", "spellout-ordinal-feminine"):
        word = cldr(value, ruleset)
        found = [(a.text, a.value, a.kind) for a in hindinum.extract(word)]
        assert found == [(word, value, hindinum.Kind.ORDINAL)]


@pytest.mark.parametrize(
    ("value", "word"), [(v, w) for v, ws in numbers.VARIANTS.items() for w in ws]
)
def test_every_variant_reads(value: int, word: str) -> None:
    assert hindinum.parse_number(word) == value


@pytest.mark.parametrize("word", sorted(numbers.NOT_NUMBER_SPELLINGS))
def test_spellings_left_out_on_purpose_are_not_read(word: str) -> None:
    """The spellings the lexicon excludes (ordinary words, other languages' numbers) are in no
    table and are read as nothing, so that adding one later is a visible decision."""
    key = fold(word)
    assert key not in {fold(w) for w in numbers.CANONICAL}
    assert key not in {fold(w) for ws in numbers.VARIANTS.values() for w in ws}
    assert hindinum.extract(f"यह {word} है") == []


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
    for word in (precomposed, decomposed, "हजार"):
        assert hindinum.parse_number(f"पाँच {word}") == hindinum.parse_number(f"पांच {word}") == 5000


def test_zero_width_joiners_and_nbsp_are_ignored() -> None:
    assert hindinum.parse_number("पाँ\u200dच\u00a0हज़ार") == 5000


def test_currency_codes_are_iso_4217_shaped() -> None:
    codes = [c for c in currencies.NAMES if c != currencies.BARE_DOLLAR]
    for code in codes + list(currencies.SYMBOLS.values()):
        assert len(code) == 3 and code.isupper() and code.isalpha()
    for code, _, name in currencies.SUBUNITS.values():
        assert name in currencies.SUBUNIT_WORDS
        assert code in currencies.NAMES


def test_every_currency_code_is_active_or_listed_as_withdrawn() -> None:
    """Each code the lexicon maps a name, symbol or subunit to is an active ISO 4217 code or is
    in ``currencies.WITHDRAWN``, and that list holds only withdrawn codes the lexicon uses."""
    from hindinum.iso4217 import ACTIVE_CODES

    used = {c for c in currencies.NAMES if c != currencies.BARE_DOLLAR}
    used |= set(currencies.SYMBOLS.values())
    used |= {c for c, _, _ in currencies.SUBUNITS.values() if c != currencies.BARE_DOLLAR}
    assert sorted(used - ACTIVE_CODES - set(currencies.WITHDRAWN)) == []
    assert sorted(set(currencies.WITHDRAWN) & ACTIVE_CODES) == []
    assert sorted(set(currencies.WITHDRAWN) - used) == []


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
