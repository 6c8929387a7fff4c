"""hindinum.tokens: re-joining tokens and reading amounts as token-index spans."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hindinum
from hindinum.tokens import JoinedTokens, TokenAmount, extract_tokens, join_tokens


@dataclass
class _Tok:
    """A token of some other tokenizer: only ``.text`` matters."""

    text: str
    pos: str = "X"


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        (["9", ".", "2", "करोड़", "डॉलर"], "9.2 करोड़ डॉलर"),
        (["१", ",", "५०", ",", "०००", "रुपये"], "१,५०,००० रुपये"),
        (["12", ",", "500", "रुपये"], "12,500 रुपये"),
        (["₹", "1", ",", "50", ",", "000", ".", "50"], "₹1,50,000.50"),
        (["25", "%", "तक"], "25% तक"),
        (["रु", ".", "500"], "रु. 500"),
        (["10", ":", "30", "बजे"], "10:30 बजे"),
        (["5", "-", "10", "लाख"], "5-10 लाख"),
        (["3", "/", "4"], "3/4"),
        (["US", "$", "11", "million"], "US$11 million"),
        (["(", "₹", "5", ")"], "(₹5)"),
        (["भुगतान", "किया", "।"], "भुगतान किया।"),
        (["कीमत", ":", "10", "रुपए"], "कीमत: 10 रुपए"),
        # A comma run that is no valid digit grouping is a list: its spaces stay.
        (["1", ",", "2", ",", "3"], "1, 2, 3"),
        (["1", ",", "50"], "1, 50"),
        (["2019", "में", "1", ",", "50", ",", "000"], "2019 में 1,50,000"),
        ([], ""),
        (["अकेला"], "अकेला"),
    ],
)
def test_join_tokens_closes_what_tokenizers_cut(tokens: list[str], text: str) -> None:
    joined = join_tokens(tokens)
    assert joined.text == text
    assert [joined.text[start:end] for start, end in joined.spans] == tokens


_token = st.one_of(
    st.sampled_from(
        ["9", ".", "2", ",", "५०", "०००", "₹", "$", "US", "%", "(", ")", "।", "-", ":"]
    ),
    st.sampled_from(["करोड़", "लाख", "डॉलर", "रुपये", "हज़ार", "का", "और", "तीन", "साढ़े"]),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6),
)


@given(st.lists(_token, max_size=25))
def test_join_tokens_keeps_every_token_in_place(tokens: list[str]) -> None:
    joined = join_tokens(tokens)
    assert len(joined.spans) == len(tokens)
    position = 0
    for token, (start, end) in zip(tokens, joined.spans, strict=True):
        assert joined.text[start:end] == token
        assert joined.text[position:start] in ("", " ")  # one space or none between tokens
        position = end
    assert position == len(joined.text)


@given(st.lists(_token, max_size=25))
def test_extract_tokens_spans_cover_their_amounts(tokens: list[str]) -> None:
    joined = join_tokens(tokens)
    found = extract_tokens(tokens)
    assert [item.amount for item in found] == hindinum.extract(joined.text)
    for item in found:
        assert 0 <= item.start_token < item.end_token <= len(tokens)
        first_start = joined.spans[item.start_token][0]
        last_end = joined.spans[item.end_token - 1][1]
        assert first_start <= item.amount.start < joined.spans[item.start_token][1]
        assert joined.spans[item.end_token - 1][0] < item.amount.end <= last_end


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["9", ".", "2", "करोड़", "डॉलर", "का", "भुगतान"], [("92000000", "money", "USD", 0, 5)]),
        (["देने", "होंगे", "9.2", "करोड़", "डॉलर", ","], [("92000000", "money", "USD", 2, 5)]),
        (["१", ",", "५०", ",", "०००", "रुपये", "।"], [("150000", "money", "INR", 0, 6)]),
        (["11", "लाख", "डॉलर", "का"], [("1100000", "money", "USD", 0, 3)]),
        (["0", ".", "5", "%", "की", "बढ़त"], [("0.5", "percent", None, 0, 4)]),
        (["३", ".", "२५", "लाख", "रुपये"], [("325000", "money", "INR", 0, 5)]),
        (["साढ़े", "तीन", "करोड़", "रुपये"], [("35000000", "money", "INR", 0, 4)]),
        (["कोई", "संख्या", "नहीं"], []),
    ],
)
def test_extract_tokens_reads_cut_numbers(
    tokens: list[str], expected: list[tuple[str, str, str | None, int, int]]
) -> None:
    got = [
        (str(f.amount.value), f.amount.kind.value, f.amount.currency, f.start_token, f.end_token)
        for f in extract_tokens(tokens)
    ]
    assert got == expected


def test_extract_tokens_takes_objects_with_text() -> None:
    words = ["कंपनी", "ने", "11", "लाख", "डॉलर", "दिए"]
    as_objects = extract_tokens([_Tok(word) for word in words])
    assert as_objects == extract_tokens(words)
    assert [(f.start_token, f.end_token) for f in as_objects] == [(2, 5)]


def test_extract_tokens_takes_hindinum_tokens() -> None:
    text = "कुल ₹5,000 और 25% छूट"
    tokens = [tok for tok in hindinum.tokenize(text) if tok.type.value != "space"]
    got = [(str(f.amount.value), f.amount.kind.value) for f in extract_tokens(tokens)]
    assert got == [(str(a.value), a.kind.value) for a in hindinum.extract(text)]


def test_extract_tokens_accepts_any_iterable() -> None:
    assert extract_tokens(iter(["5", "लाख"])) == extract_tokens(("5", "लाख"))


def test_partly_covered_token_counts_as_covered() -> None:
    (found,) = extract_tokens(["आय", "25%तक", "बढ़ी"])
    assert (found.amount.text, found.start_token, found.end_token) == ("25%", 1, 2)


@pytest.mark.parametrize("bad", [[5], ["ok", None], [b"5"], [_Tok.__new__(_Tok)]])
def test_token_without_text_is_a_type_error(bad: list[object]) -> None:
    with pytest.raises(TypeError):
        extract_tokens(bad)


def test_token_amount_to_dict_is_json_ready() -> None:
    (found,) = extract_tokens(["9", ".", "2", "करोड़", "डॉलर"])
    data = found.to_dict()
    assert data["value"] == "92000000"
    assert data["currency"] == "USD"
    assert (data["start_token"], data["end_token"]) == (0, 5)
    assert data["text"] == "9.2 करोड़ डॉलर"


def test_token_range() -> None:
    joined = join_tokens(["5", "लाख", "रुपये"])
    assert isinstance(joined, JoinedTokens)
    assert joined.token_range(0, 1) == (0, 1)
    assert joined.token_range(2, 12) == (1, 3)
    with pytest.raises(ValueError, match="no token"):
        joined.token_range(1, 2)  # only the space


def test_results_are_frozen() -> None:
    (found,) = extract_tokens(["5", "लाख"])
    assert isinstance(found, TokenAmount)
    with pytest.raises(AttributeError):
        found.start_token = 3  # type: ignore[misc]
    assert found.amount.value == Decimal(500000)
