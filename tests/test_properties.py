"""Hypothesis properties: round trips, offsets, idempotence, no crash on any text."""

from __future__ import annotations

import dataclasses
import importlib
from decimal import Decimal, localcontext

import regex
from hypothesis import assume, example, given
from hypothesis import strategies as st
from invariants import check_extract, check_normalize, check_text, check_tokens

import hindinum
from hindinum import _scanloop
from hindinum.render import format_value
from hindinum.text import SPACE_CHARS, fold
from hindinum.tokenize import _NUMBER

_TOKENIZE = importlib.import_module("hindinum.tokenize")  # the module, not the function
_NUMBERS = importlib.import_module("hindinum.numbers")

_DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")


@given(st.integers(min_value=0, max_value=10**15 - 1))
@example(0)
@example(92000000)
@example(10**15 - 1)
def test_words_round_trip_integers(n: int) -> None:
    assert hindinum.parse_number(hindinum.to_words(n)) == n


def test_words_round_trip_every_integer_below_a_thousand() -> None:
    """All of them, not a sample: the number words 0-99 each, with and without सौ.
    (tests/test_lexicon.py holds these words to CLDR's spellings as well.)"""
    wrong = [n for n in range(1000) if hindinum.parse_number(hindinum.to_words(n)) != n]
    assert wrong == []


@given(st.integers(min_value=0, max_value=10**19 - 1))
def test_words_round_trip_up_to_the_largest_scale(n: int) -> None:
    assert hindinum.parse_number(hindinum.to_words(n)) == n


@given(st.integers(min_value=0, max_value=10**19 - 1) | st.integers(min_value=10**7, max_value=10**14))
@example(10**12)
@example(10**14 - 1)
@example(10**14)
def test_words_in_crores_round_trip(n: int) -> None:
    words = hindinum.to_words(n, scales="crore")
    assert hindinum.parse_number(words) == n
    if 10**7 <= n < 10**14:  # counted in करोड़: no larger scale word
        assert not {"अरब", "खरब", "नील"} & set(words.split())


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=4, allow_nan=False))
@example(Decimal("9.2"))
@example(Decimal("-0.05"))
def test_words_round_trip_decimals(d: Decimal) -> None:
    assert hindinum.parse_number(hindinum.to_words(d)) == d


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(["indian", "western", "none"]))
def test_grouping_round_trips(n: int, grouping: str) -> None:
    text = format_value(Decimal(n), grouping=grouping)
    assert hindinum.parse_number(text) == n
    (amount,) = hindinum.extract(f"कुल {text} रुपये")
    assert amount.value == n and amount.currency == "INR"


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(["indian", "western", "none"]))
def test_devanagari_digits_round_trip(n: int, grouping: str) -> None:
    text = format_value(Decimal(n), grouping=grouping, digits="devanagari")
    assert text == format_value(Decimal(n), grouping=grouping).translate(_DEVANAGARI_DIGITS)
    assert hindinum.parse_number(text) == n


@given(st.decimals(allow_nan=False, allow_infinity=False))
@example(Decimal("9.2E+7"))
@example(Decimal("83.20"))
@example(Decimal("-0.00"))
@example(Decimal("1E-7"))
def test_plain_digits_write_every_decimal_without_exponent(d: Decimal) -> None:
    # format_value writes str(d) where that has no exponent; it must equal format(d, "f")
    assert format_value(d) == (format(d, "f") if d else "0")


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_devanagari_decimals(d: Decimal) -> None:
    assert hindinum.parse_number(format_value(d, digits="devanagari")) == d


# Text built from pieces that matter to the recognizer, so that examples hit real paths.
_PIECES = st.sampled_from(
    ["एक", "दो", "तीन", "सौ", "हज़ार", "लाख", "करोड़", "अरब", "साढ़े", "सवा", "पौने", "डेढ़",
     "आधा", "दशमलव", "बटा", "और", "से", "अधिक", "तक", "करीब", "रुपये", "डॉलर", "पैसे", "₹", "$",
     "%", "प्रतिशत", "वां", "वीं", "-", "–", "/", ",", ".", ":", "+", "माइनस", "साल", "में",
     "1", "9.2", "1,50,000", "१२", "०", "2019", "10", "k", "Rs", "पहले", "का", "पाँचवाँ",
     " ", "  ", "\n", "\u00a0", "\u200d", "\u200c", "़", "ं", "ँ", "नमस्ते", "abc",
     # the kinds of measure
     "बजे", "बजकर", "मिनट", "घंटे", "दिन", "किलो", "kg", "g", "°", "C", "डिग्री", "अगस्त",
     "मार्च", "शाम", "सुबह", "रात", "के", "प्रति", "लीटर", "10:30", "15/08/2023", "06-05",
     "ई.पू.", "pm", "सन", "उन्नीस", "1990-2000", "km/h"]
)
_HINDIISH = st.lists(_PIECES, max_size=30).map(" ".join) | st.lists(_PIECES, max_size=30).map("".join)
_ANY_TEXT = st.text(max_size=200) | _HINDIISH


@given(_ANY_TEXT, st.sampled_from(["auto", "main"]))
def test_extract_never_raises_and_keeps_every_invariant(text: str, subunits: str) -> None:
    check_extract(text, hindinum.extract(text, subunits=subunits), subunits)


_MEASURED = st.lists(st.sampled_from(
    ["शाम", "7", "बजे", "साढ़े", "तीन", "बजकर", "ग्यारह", "मिनट", "15", "अगस्त", "2023", "5",
     "किलो", "kg", "°C", "ढाई", "घंटे", "साल", "2019", "में", "से", "तक", "-", "10:30",
     "15/08/2023", "₹40", "प्रति", "लीटर", "रुपये", "%", "और", "13", "फरवरी", ",", "सुबह",
     "डेढ़", "दिन", "ईसा", "पूर्व"]), max_size=25).map(" ".join)


@given(_MEASURED)
def test_no_two_kinds_overlap(text: str) -> None:
    """Amounts of every kind come in order and never share a character, whatever mix of
    times, dates, durations, quantities and money the text holds."""
    found = check_text(text)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start, (a, b)


@given(_ANY_TEXT)
def test_normalize_keeps_everything_outside_the_amounts(text: str) -> None:
    amounts = hindinum.extract(text)
    # a formatter makes normalize one pass: each amount rewritten, every other character kept
    check_normalize(text, hindinum.normalize(text, formatter=hindinum.format_amount), amounts)
    if not amounts:
        assert hindinum.normalize(text) == text


@given(_ANY_TEXT)
# junk that took one more pass per sign before runs of signs were read as one amount
@example("₹ ₹ ₹ ₹ ₹ 500")
@example("₹ $ ₹ डॉलर पंद्रह")
@example("- डॉलर डॉलर डॉलर उन्नीस")
@example("500 $ $ $ $ $")
@example("500$$$$$")
@example("उन्नीस1,00,000उन्नीस1,00,000")
@example("0-001,00,000À00000000000000000")  # a word glued to the amount, longer than the window
@example("पोने01")  # 0.75: the digits' leading zero is no zero of the amount (was 00.75)
def test_normalize_is_idempotent(text: str) -> None:
    once = hindinum.normalize(text)
    assert hindinum.normalize(once) == once


# Line breaks and dandas end the stretch an amount is read from: extract() walks a long text
# stretch by stretch, and must find what it finds in the text as a whole.
_BREAK = st.sampled_from(["।", "॥", "\n", "\r", "\r\n", " । ", "।\n"])
_BROKEN_TEXT = (st.lists(_PIECES | _BREAK, max_size=40).map(" ".join)
                | st.lists(_PIECES | _BREAK, max_size=40).map("".join)
                | st.lists(_ANY_TEXT | _BREAK, max_size=6).map("".join))
_STRETCH = regex.compile(r"[^\n\r\u0964\u0965]+")


@given(_BROKEN_TEXT)
@example("पहले ।")  # पहले before a danda read as at the end of the text
@example("।-रुपये1")  # a sign glued after a danda
@example("2019 - \n एक")  # 2020-21 (a year range) needs two digits, joined
@example("1990 के\nदशक")  # 1990 के दशक, on one line only
def test_amounts_are_read_from_their_stretch_alone(text: str) -> None:
    alone = [
        dataclasses.replace(a, start=a.start + m.start(), end=a.end + m.start())
        for m in _STRETCH.finditer(text)
        for a in hindinum.extract(m.group())
    ]
    assert hindinum.extract(text) == alone


@given(_ANY_TEXT)
def test_tokenize_covers_the_text(text: str) -> None:
    check_tokens(text, hindinum.tokenize(text, spaces=True))


# The tokenizer's definition in one pattern with a named group per token type; tokenize() finds
# the same tokens from the recognizer's pattern (no spaces) and the gaps between its matches.
_REFERENCE = regex.compile(
    rf"(?P<d>{_NUMBER})|(?P<w>[\p{{L}}\p{{M}}\u200c\u200d]+)|(?P<s>[\s{SPACE_CHARS}]+)|(?P<y>.)",
    regex.DOTALL | regex.V0,
)
_TYPE_OF_GROUP = {"d": "digits", "w": "word", "s": "space", "y": "symbol"}


@given(_ANY_TEXT | st.text(alphabet="0123456789०१२ ,.\u00a0eE^+-.abक", max_size=60))
@example("१ , ५० , ००० और 9 . 2 और 1 234 567 .5 1e10 1, 50, 000")
def test_tokenize_agrees_with_the_one_pattern_definition(text: str) -> None:
    expected = [
        (m.group(), m.start(), m.end(), _TYPE_OF_GROUP[m.lastgroup or "y"])
        for m in _REFERENCE.finditer(text)
    ]
    tokens = hindinum.tokenize(text, spaces=True)
    assert [(t.text, t.start, t.end, t.type.value) for t in tokens] == expected
    assert all(t.key == (fold(t.text) if t.type.value == "word" else t.text) for t in tokens)


@given(_ANY_TEXT)
def test_long_texts_are_tokenized_alike_one_match_at_a_time(text: str) -> None:
    """Above a megabyte, the findall tokenizer takes the matches one at a time."""
    whole = _TOKENIZE._findall_tokens(text, 0, len(text))
    limit = _TOKENIZE._FINDALL_MAX
    try:
        _TOKENIZE._FINDALL_MAX = 0
        assert _TOKENIZE._findall_tokens(text, 0, len(text)) == whole
    finally:
        _TOKENIZE._FINDALL_MAX = limit


# every class of the loop's table, its edges, and what lies past it
_LOOP_TEXT = st.text(
    alphabet="0123456789०१२९ ,.\u00a0\u00ad\u200c\u200d\u2009\u202f\n\t-₹$eE^+½¼¾abZकखज़ड़ािंँ्।॥ॐ\u097f"
    "\u0980\u0981অéß中文ج\u3000",
    max_size=60,
)


@given(_ANY_TEXT | _LOOP_TEXT, st.integers(min_value=0, max_value=8), st.integers(min_value=0, max_value=8))
@example("१ , ५० , ००० और 9 . 2 और 1 234 567 .5 1e10 1, 50, 000 Rs.500", 0, 0)
@example("करोड़s লক্ষ कখ é中 \u3000 5", 0, 0)
@example("1½ 2¾x 12\u202f345\u202f678 5 .5 5 ,5 7 . 7 2019\u2009में 3e 3^2 ९९ 4", 0, 0)
@example("2019, और 3,a 4, 5 6,, 7., रु. 500 .x . 8. .9 १०, ११ 1,50,000 1, 50, 000", 0, 0)
def test_character_loop_makes_the_findall_tokens(text: str, cut_start: int, cut_end: int) -> None:
    """The compiled build's tokenizer loop (run here as plain Python) makes the same tokens."""
    pos, endpos = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    expected = _TOKENIZE._findall_tokens(text, pos, endpos)
    table, number_re, word_tail_re = _TOKENIZE._loop_patterns()
    got = _scanloop.scan(text, pos, endpos, table, _TOKENIZE._RAW_RE, number_re, word_tail_re,
                         fold, {})
    assert got == expected
    toks = _TOKENIZE.raw_tokens(text, pos, endpos)
    assert (toks.start, toks.end, toks.kind, toks.key) == expected


# the characters of the standard library's pattern: every class edge of _RAW_RE, spaces of
# each kind, letters and marks of each block it knows, emoji
_KNOWN_TEXT = st.text(
    alphabet="0123456789०१२९ ,.\u00a0\u00ad\u00b5\u00ba\u00c0\u00d7\u00f7\u00ff\u0085\x1c"
    "\x1f\u200b\u200c\u200d\u2009\u202f\u2028\u2060\ufeff\ufe0f\u2071\u2090\u2102\u24b6"
    "\u2c00\n\r\t\x0b\x0c-₹$eE^+½¼¾/abZकखज़ड़ािंँ्।॥ॐ\u0970\u0971\u097f🙏😂\U0001f1e6\U0001f3fb",
    max_size=60,
)


@given(_KNOWN_TEXT | _ANY_TEXT, st.integers(min_value=0, max_value=8),
       st.integers(min_value=0, max_value=8))
@example("1½ 12\u202f345\u202f678 5 .5 7 . 7 1e5x 1e5é 3^2 a.5 é.5 ॐ.5 1, 50, 000 Rs.500", 0, 0)
def test_the_standard_library_pattern_makes_the_same_matches(text: str, cut_start: int,
                                                             cut_end: int) -> None:
    """On text of the characters it knows (and the one before it), the plain build's pattern
    for the standard library's engine matches exactly as _RAW_RE does."""
    pos, endpos = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    plain, unknown = _TOKENIZE._plain_patterns()
    if unknown.search(text, max(pos - 1, 0), endpos):
        return
    assert plain.findall(text, pos, endpos) == _TOKENIZE._RAW_RE.findall(text, pos, endpos)


def test_the_standard_library_pattern_knows_each_character_as_regex_does() -> None:
    """Every character it knows, alone and beside letters, digits and the signs a number
    reads: each is matched as _RAW_RE matches it."""
    plain, _ = _TOKENIZE._plain_patterns()
    contexts = ("{}", "a{}", "{}a", "5{}", "{}5", "5 {}", "{}.5", "1e{}", "5.{}5", "क{}क", "1e5{}")
    texts = [context.format(chr(c)) for a, b in _TOKENIZE._KNOWN for c in range(a, b + 1)
             for context in contexts]
    wrong = [text for text in texts if plain.findall(text) != _TOKENIZE._RAW_RE.findall(text)]
    assert wrong == []


_READ_PIECES = st.lists(st.sampled_from(
    ["5", "2.5", "0", "0.0", "1e5", "१२", "1,50,000", "9" * 39, "3/4", "½", "-", "/", ",", "।",
     "का", "की", "के", "रुपये", "सौ", "हज़ार", "लाख", "करोड़", "अरब", "खरब", "नील", "crore",
     "lakh", "k", "cr", "देशों", "th", "वीं", "वें", "दूसरे", "पाँचवाँ", "सौवां", "दो", "साढ़े",
     "और", "दशमलव", "चौथाई"]), min_size=1, max_size=6)


@given(_READ_PIECES, st.lists(st.sampled_from([" ", "", "  ", "\n"]), min_size=6, max_size=6))
@example(["2.5", "लाख", "20", "हज़ार"], [" "] * 6)
@example(["10", "हज़ार", "करोड़", "की", "पाँचवाँ"], [" "] * 6)
def test_short_readings_are_those_of_the_steps(pieces: list[str], gaps: list[str]) -> None:
    """NumberReader reads ordinal words, digits with a suffix and digits with scale words
    without its steps (NumberReader._short_reading): each reading is what the steps make."""
    reader_class = _NUMBERS.NumberReader
    toks = _TOKENIZE.raw_tokens("".join(p + g for p, g in zip(pieces, gaps, strict=False)))
    reader = reader_class(toks)
    short = reader_class._short_reading
    with localcontext(_NUMBERS.CONTEXT):
        for start in range(toks.n):
            for allow_fraction in (True, False):
                fast = reader.read(start, allow_fraction)
                try:
                    reader_class._short_reading = lambda *_: None
                    stepped = reader.read(start, allow_fraction)
                finally:
                    reader_class._short_reading = short
                assert repr(fast) == repr(stepped)


@given(st.integers(min_value=1, max_value=10**12), st.sampled_from(["रुपये", "डॉलर", "यूरो"]),
       st.sampled_from(["traditional", "crore"]))
def test_spelled_amounts_are_found_in_sentences(n: int, currency: str, scales: str) -> None:
    words = hindinum.to_words(n, scales=scales)
    assume(not words.endswith("एक") or n > 1)
    text = f"सरकार ने {words} {currency} दिए।"
    (amount,) = hindinum.extract(text)
    assert amount.value == n
    assert amount.kind is hindinum.Kind.MONEY
