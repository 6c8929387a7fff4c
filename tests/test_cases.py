"""The linguistic tables of ``cases.py``, read through ``extract`` and ``normalize``."""

from __future__ import annotations

from decimal import Decimal

import pytest
from cases import MEASURED, MUST_NOT_CHANGE, QUALIFIED, REAL_WORLD, SUBUNIT_ALONE, SYNTHETIC

import hindinum


def _found(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(a.text, str(a.value), a.kind.value, a.currency) for a in hindinum.extract(text)]


@pytest.mark.parametrize(("text", "expected"), REAL_WORLD, ids=[r[0][:30] for r in REAL_WORLD])
def test_real_world(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), SYNTHETIC, ids=[r[0][:30] for r in SYNTHETIC])
def test_synthetic(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "value", "value_max", "currency", "approx"),
    QUALIFIED,
    ids=[r[0][:30] for r in QUALIFIED],
)
def test_ranges_and_qualifiers(
    text: str, span: str, value: str, value_max: str | None, currency: str | None,
    approx: str | None,
) -> None:
    (amount,) = hindinum.extract(text)
    assert amount.text == span
    assert amount.value == Decimal(value)
    assert amount.value_max == (None if value_max is None else Decimal(value_max))
    assert amount.currency == currency
    assert (None if amount.approx is None else amount.approx.value) == approx


@pytest.mark.parametrize(
    ("text", "span", "value", "currency", "subunit", "main_value", "main_currency"),
    SUBUNIT_ALONE,
    ids=[r[0][:30] for r in SUBUNIT_ALONE],
)
def test_money_written_only_in_a_subunit(
    text: str, span: str, value: str, currency: str | None, subunit: str | None,
    main_value: str, main_currency: str,
) -> None:
    (amount,) = hindinum.extract(text)
    assert (amount.text, amount.value, amount.currency, amount.subunit) == (
        span, Decimal(value), currency, subunit)
    assert amount.kind is hindinum.Kind.MONEY
    (main,) = hindinum.extract(text, subunits="main")
    assert (main.text, main.value, main.currency, main.subunit) == (
        span, Decimal(main_value), main_currency, None)
    # normalize writes a kept subunit back with its word, so a second pass reads the same
    once = hindinum.normalize(text)
    assert hindinum.normalize(once) == once
    assert [(a.value, a.currency, a.subunit) for a in hindinum.extract(once)] == [
        (amount.value, amount.currency, amount.subunit)]


def test_subunits_after_a_main_unit_are_added_in_either_mode() -> None:
    for mode in ("auto", "main"):
        found = hindinum.extract("3 डॉलर 50 सेंट और चार रुपये पचास पैसे", subunits=mode)
        assert [(a.value, a.currency, a.subunit) for a in found] == [
            (Decimal("3.5"), "USD", None), (Decimal("4.5"), "INR", None)]


def test_subunits_option_is_checked() -> None:
    with pytest.raises(ValueError, match="subunits must be one of"):
        hindinum.extract("34 सेंट", subunits="cents")
    with pytest.raises(TypeError, match="subunits must be str"):
        hindinum.normalize("34 सेंट", subunits=None)  # type: ignore[arg-type]


_TABLE_TEXTS = [row[0] for rows in (REAL_WORLD, SYNTHETIC, QUALIFIED, SUBUNIT_ALONE) for row in rows]

#: Rows whose normalized text reads back differently, on purpose, and why: none since
#: normalize checks each rendering in its place (a year in words that would become a digit
#: year, ``सन उन्नीस सौ सैंतालीस``, is left as written).
_READ_BACK_DIFFERS: dict[str, str] = {}


def _meaning(source: str) -> list[tuple[object, ...]]:
    return [(a.value, a.value_max, a.kind, a.currency, a.subunit) for a in hindinum.extract(source)]


@pytest.mark.parametrize("text", _TABLE_TEXTS, ids=[t[:30] for t in _TABLE_TEXTS])
def test_normalized_text_reads_back_to_the_same_amounts(text: str) -> None:
    """``normalize`` writes each amount so that it reads back as the same amount."""
    same = _meaning(hindinum.normalize(text)) == _meaning(text)
    assert same is (text not in _READ_BACK_DIFFERS), _READ_BACK_DIFFERS.get(text, text)


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text: str) -> None:
    assert hindinum.extract(text) == []
    assert hindinum.normalize(text) == text


@pytest.mark.parametrize(("text", "expected"), MEASURED, ids=[r[0][:30] for r in MEASURED])
def test_measured(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Years, dates and times are no amounts: each is read as its kind, with its iso."""
    found = hindinum.extract(text)
    assert [(a.text, a.kind.value, a.unit or a.iso) for a in found] == expected
    amount_kinds = {"number", "money", "percent", "ordinal"}
    assert hindinum.extract(text, kinds=amount_kinds) == []
    assert hindinum.normalize(text, kinds=amount_kinds) == text


def test_ek_is_read_when_it_is_a_number() -> None:
    assert _found("एक लाख") == [("एक लाख", "100000", "number", None)]
    assert _found("एक करोड़ रुपये दिए") == [("एक करोड़ रुपये", "10000000", "money", "INR")]
    assert _found("एक") == [("एक", "1", "number", None)]


def test_pehle_as_ordinal_and_as_before() -> None:
    assert _found("पहले दिन की कमाई") == [("पहले", "1", "ordinal", None)]
    assert _found("दो दिन पहले") == [("दो दिन", "2", "duration", None)]


def test_normalize_canonical_forms() -> None:
    assert hindinum.normalize("9.2 करोड़ डॉलर") == "92000000 USD"
    assert hindinum.normalize("20 प्रतिशत") == "20%"
    assert hindinum.normalize("तीन सौ पैंतीस") == "335"
    assert hindinum.normalize("10-12 लाख रुपये") == "1000000-1200000 INR"
    assert hindinum.normalize("इक्कीसवीं सदी") == "21वीं सदी"
    assert hindinum.normalize("करीब सात महीने") == "करीब 7 महीने"
    assert hindinum.normalize("शाम सात बजे, पाँच किलो, ढाई घंटे") == "19:00, 5 kg, 2.5 घंटे"
    assert hindinum.normalize("पच्चीस मार्च दो हज़ार दस") == "25 मार्च 2010"
    # a place in an order said as a cardinal keeps its cardinal's digits, with no ending
    assert hindinum.normalize("विश्व की नंबर दो खिलाड़ी") == "विश्व की नंबर 2 खिलाड़ी"
    assert hindinum.normalize("भारत बना नंबर 1") == "भारत बना नंबर 1"
    assert hindinum.normalize("कक्षा 9 के छात्र", ordinals="all") == "कक्षा 9 के छात्र"
    assert hindinum.normalize("उनके तीन बेटे और एक बेटी") == "उनके 3 बेटे और 1 बेटी"
    # digits that would be a service's short code beside its word stay as written
    assert hindinum.normalize("सौ हेल्पलाइन नंबर 1947 शुरू") == "सौ हेल्पलाइन नंबर 1947 शुरू"
    assert hindinum.normalize("ग्रामीणों ने 112 वीं को सूचना दी") == "ग्रामीणों ने 112 वीं को सूचना दी"
    assert hindinum.normalize("सौ लोग") == "100 लोग"
    # a number two range words before a sum whose rendering would join it: the text stays
    assert hindinum.normalize("10 से लेकर ₹15 लाख") == "10 से लेकर ₹15 लाख"


def test_normalize_options() -> None:
    text = "कुल 1500000 रुपये"
    assert hindinum.normalize(text, grouping="indian") == "कुल 15,00,000 INR"
    assert hindinum.normalize(text, grouping="western") == "कुल 1,500,000 INR"
    assert hindinum.normalize(text, digits="devanagari") == "कुल १५००००० INR"
    custom = hindinum.normalize(text, formatter=lambda a: f"<{a.kind}:{a.value}>")
    assert custom == "कुल <money:1500000>"



#: A tariff's slabs: (text, the slab spans read as kilowatt-hours, spans left plain numbers).
TARIFF_SLABS: list[tuple[str, list[str], list[str]]] = [
    ("0 से 100 यूनिट के बीच अब 6.10 रुपये प्रति यूनिट के हिसाब से", ["0 से 100 यूनिट"], []),
    ("100 यूनिट तक ₹3 35 पैसे प्रति यूनिट ।", ["100 यूनिट"], []),
    ("शून्य से पचास यूनिट तक खपत पर 3.65 रुपए प्रति यूनिट", ["शून्य से पचास यूनिट"], []),
    ("पचास यूनिट तक ₹5/यूनिट", ["पचास यूनिट"], []),
    # a noun after the unit counts something else; another sentence has no price per unit
    ("रक्त 1450 रुपये प्रति यूनिट, अस्पताल को 5 यूनिट रक्त मिला।", [], ["5"]),
    ("100 यूनिट तक 3 रुपये प्रति यूनिट। 200 यूनिट के बाद", ["100 यूनिट"], ["200"]),
    ("5 यूनिट के बीच 6 रुपये दिए", [], ["5"]),  # no price per unit
    # a currency after the unit (normalize writes it as digits, so the first reading holds)
    ("100 यूनिट Rs 3 प्रति यूनिट", ["100 यूनिट"], []),
    # a price no kilowatt-hour has: blood, flats
    ("मरीज को 5 यूनिट की जरूरत थी, ब्लड बैंक 1500 रुपये प्रति यूनिट लेता है।", [], ["5"]),
    ("परियोजना में 500 यूनिट हैं, कीमत 30 लाख रुपये प्रति यूनिट।", [], ["500"]),
]


@pytest.mark.parametrize(("text", "slabs", "plain"), TARIFF_SLABS,
                         ids=[r[0][:30] for r in TARIFF_SLABS])
def test_tariff_slabs_count_kilowatt_hours(text: str, slabs: list[str], plain: list[str]) -> None:
    found = hindinum.extract(text)
    assert [a.text for a in found if a.kind.value == "quantity" and a.unit == "kWh"] == slabs
    assert [a.text for a in found if a.kind.value == "number"] == plain
    for a in found:
        assert text[a.start:a.end] == a.text
    once = hindinum.normalize(text)
    assert hindinum.normalize(once) == once
    if slabs:
        steps = [s for d in hindinum.explain(text) if d.amount is not None for s in d.steps]
        assert "a slab of a tariff" in steps
