"""Results as values: ``str(amount)``, ``Amount.from_dict`` and the JSON forms."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hindinum
from hindinum import Amount, Approx, Kind

# --------------------------------------------------------------------------- str()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9.2 करोड़ डॉलर", "9.2 करोड़ डॉलर = 92000000 USD [money]"),
        ("करीब 10-12 लाख रुपये", "10-12 लाख रुपये = 1000000..1200000 INR [money, about]"),
        ("0.5 फीसदी", "0.5 फीसदी = 0.5% [percent]"),
        ("21वीं वर्षगांठ", "21वीं = 21 [ordinal]"),
        ("शेयर 34 सेंट गिरा", "34 सेंट = 34 cent [money]"),
        ("सत्तर पैसे", "सत्तर पैसे = 0.7 INR [money]"),
        ("2,000 से अधिक", "2,000 = 2000 [number, more_than]"),
        ("1.5 लाख करोड़", "1.5 लाख करोड़ = 1500000000000 [number]"),
    ],
)
def test_str_is_short_and_readable(text: str, expected: str) -> None:
    (amount,) = hindinum.extract(text)
    assert str(amount) == expected
    # repr stays the exact dataclass repr
    assert repr(amount).startswith(f"Amount(text={amount.text!r}, start={amount.start}")
    assert f"value={amount.value!r}" in repr(amount)


# --------------------------------------------------------------------------- from_dict


def test_from_dict_inverts_to_dict() -> None:
    for amount in hindinum.extract("करीब 10-12 लाख रुपये, 34 सेंट, 5% और 21वीं"):
        assert Amount.from_dict(amount.to_dict()) == amount


def test_from_dict_takes_defaults_and_python_values() -> None:
    assert Amount.from_dict({"text": "5", "start": 0, "end": 1, "value": "5"}) == Amount(
        "5", 0, 1, Decimal(5))
    assert Amount.from_dict(
        {"text": "5", "start": 0, "end": 1, "value": Decimal(5), "kind": Kind.PERCENT}
    ) == Amount("5", 0, 1, Decimal(5), Kind.PERCENT)


GOOD = {"text": "5 रुपये", "start": 3, "end": 10, "value": "5", "kind": "money",
        "currency": "INR", "value_max": None, "approx": None, "subunit": None}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": "red"}, "unknown key 'colour'"),
        ({"value": "5,000"}, "field 'value': '5,000' is not a decimal number"),
        ({"value": "NaN"}, "field 'value': 'NaN' is not a finite number"),
        ({"value": 5.5}, "field 'value': 5.5 must be a decimal string, not float"),
        ({"value": None}, "field 'value': None may not be null"),
        ({"kind": "cash"}, "field 'kind': 'cash' is not one of 'number', 'money'"),
        ({"approx": "roughly"}, "field 'approx': 'roughly' is not one of 'about'"),
        ({"start": "3"}, "field 'start': '3' must be int, not str"),
        ({"start": True}, "field 'start': True must be int, not bool"),
        ({"currency": 840}, "field 'currency': 840 must be str, not int"),
        ({"end": 11}, "start 3 and end 11 do not fit text '5 रुपये' of length 7"),
        ({"start": -4, "end": 3}, "do not fit"),
    ],
)
def test_from_dict_names_what_is_wrong(change: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match="^.*" + message.replace("(", r"\(")):
        Amount.from_dict({**GOOD, **change})


def test_from_dict_missing_key_and_wrong_type() -> None:
    with pytest.raises(ValueError, match="missing key 'value'"):
        Amount.from_dict({"text": "5", "start": 0, "end": 1})
    with pytest.raises(TypeError, match="expects a mapping"):
        Amount.from_dict([("text", "5")])  # type: ignore[arg-type]


# --------------------------------------------------------------------------- JSON


def test_json_forms() -> None:
    found = hindinum.extract("करीब 10-12 लाख रुपये और 9.2 करोड़ डॉलर")
    text = hindinum.to_json(found)
    assert json.loads(text) == [a.to_dict() for a in found]
    assert "लाख" in text  # UTF-8 kept, not \u-escaped
    assert hindinum.from_json(text) == found
    assert hindinum.from_json(text.encode()) == found
    assert [Amount.from_json(a.to_json()) for a in found] == found
    assert hindinum.to_json([]) == "[]"


def test_json_errors() -> None:
    with pytest.raises(ValueError, match="expected a JSON array"):
        hindinum.from_json('{"text": "5"}')
    with pytest.raises(ValueError, match="item 1: expected a JSON object"):
        hindinum.from_json('[{"text": "5", "start": 0, "end": 1, "value": "5"}, 5]')
    with pytest.raises(ValueError, match="expected a JSON object"):
        Amount.from_json("[]")
    with pytest.raises(TypeError, match="expects Amount objects"):
        hindinum.to_json([{"text": "5"}])  # type: ignore[list-item]


# --------------------------------------------------------------------------- round trips

_PIECES = ["5", "१२", "9.2", "1,25,000", "करोड़", "लाख", "हज़ार", "सौ", "डॉलर", "रुपये", "₹", "$",
           "करीब", "-", "से", "अधिक", "%", "प्रतिशत", "वीं", "पैसे", "सेंट", "साढ़े", "तीन", "एक",
           "पचास", "और", ",", "Rs", "USD", "बीस"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map(" ".join))
def test_round_trip_of_extracted_amounts(text: str) -> None:
    found = hindinum.extract(text)
    for amount in found:
        assert Amount.from_dict(amount.to_dict()) == amount
        assert Amount.from_json(amount.to_json()) == amount
    assert hindinum.from_json(hindinum.to_json(found)) == found


_decimals = st.decimals(allow_nan=False, allow_infinity=False)


@st.composite
def amounts(draw: st.DrawFn) -> Amount:
    text = draw(st.text(max_size=20))
    start = draw(st.integers(0, 10**6))
    return Amount(
        text=text,
        start=start,
        end=start + len(text),
        value=draw(_decimals),
        kind=draw(st.sampled_from(Kind)),
        currency=draw(st.none() | st.text(min_size=1, max_size=3)),
        value_max=draw(st.none() | _decimals),
        approx=draw(st.none() | st.sampled_from(Approx)),
        subunit=draw(st.none() | st.text(min_size=1, max_size=8)),
    )


@given(amounts())
def test_round_trip_of_generated_amounts(amount: Amount) -> None:
    assert Amount.from_dict(amount.to_dict()) == amount
    assert Amount.from_dict(json.loads(json.dumps(amount.to_dict()))) == amount
    assert hindinum.from_json(hindinum.to_json([amount, amount])) == [amount, amount]
    str(amount)  # never raises
