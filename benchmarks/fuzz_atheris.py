"""Coverage-guided fuzzing of hindinum with atheris (libFuzzer for Python).

Each input is turned into a text in one of two ways, chosen by its first byte: decoded as
arbitrary Unicode (surrogates included), or read byte by byte through a palette of the
characters and words the recognizer reacts to (Devanagari letters and marks, digits of both
scripts, currency signs, separators, invisible characters, lexicon words), so that the fuzzer
builds Hindi-like amounts quickly. Every text goes through ``extract``, ``normalize``,
``tokenize`` and ``parse_number``, and must keep the guarantees of docs/reliability.md:
no exception but ``HindiNumberError`` from ``parse_number``, exact offsets, amounts in order,
finite values, and nothing lost outside the amounts.

Run it (from the repository root) for a minute::

    pip install atheris
    python benchmarks/fuzz_atheris.py -max_total_time=60 -rss_limit_mb=4096

libFuzzer options go through unchanged (``-runs=``, ``-max_len=``, a corpus directory ...).
With ``HINDINUM_FUZZ_SKIP_KNOWN=1`` the known core bugs (pinned by xfail tests in
tests/test_reliability.py) are tolerated, so that a run can look past them for new ones.
"""

from __future__ import annotations

import os
import sys
from decimal import Decimal
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

with atheris.instrument_imports():
    import hindinum
    from hindinum import HindiNumberError, Kind
    from hindinum.lexicon import currencies, numbers
    from hindinum.normalize import _normalize_once

SKIP_KNOWN = os.environ.get("HINDINUM_FUZZ_SKIP_KNOWN") == "1"


def _palette() -> list[str]:
    """256 pieces: characters and words that matter to the recognizer."""
    pieces = [chr(c) for c in range(0x0905, 0x093A)]  # letters
    pieces += [chr(c) for c in range(0x093C, 0x094E)] + ["\u0901", "\u0902", "\u0903"]  # marks
    pieces += list("0123456789") + [chr(c) for c in range(0x0966, 0x0970)]
    pieces += list("₹$€£¥,.-–/%:+~^eE|") + ["।", " ", " ", " ", "\n", "\r\n", "\u00a0",
                                             "\u202f", "\u200b", "\u200c", "\u200d", "\ud800"]
    words = list(numbers.CANONICAL) + list(numbers.SCALE_WORDS) + list(numbers.FRACTION_WORDS)
    words += list(numbers.FRACTION_PREFIXES) + list(numbers.POINT_WORDS)
    words += list(numbers.OVER_WORDS) + list(numbers.AND_WORDS) + list(currencies.SUBUNITS)
    words += ["रुपये", "डॉलर", "प्रतिशत", "वीं", "वां", "करीब", "से", "अधिक", "तक", "साल",
              "का", "पाँचवाँ", "माइनस", "दर्जन", "सही", "Rs", "lakh", "crore", "k"]
    for word in words:
        if len(pieces) >= 256:
            break
        pieces.append(word + " ")
    while len(pieces) < 256:
        pieces.append(" ")
    return pieces


PALETTE = _palette()


def text_of(data: bytes) -> str:
    """The text an input stands for (see the module docstring)."""
    if not data:
        return ""
    fdp = atheris.FuzzedDataProvider(data[1:])
    if data[0] % 4 == 0:
        return fdp.ConsumeUnicode(len(data))
    return "".join(PALETTE[b] for b in data[1:])


def _known_bug(error: BaseException | None, amounts: list[hindinum.Amount], source: str) -> bool:
    if not SKIP_KNOWN:
        return False
    if error is not None:  # 0^0, 0^-1: test_zero_base_exponents_do_not_crash_extract
        return "^" in source and type(error).__name__ in ("InvalidOperation", "OverflowError")
    # $ 21वीं: test_a_currency_sign_before_an_ordinal_is_not_lost
    return any(a.kind is Kind.ORDINAL and a.currency for a in amounts)


def check(source: str) -> None:
    """Every guarantee of docs/reliability.md that holds for any str."""
    try:
        amounts = hindinum.extract(source)
    except Exception as error:
        if _known_bug(error, [], source):
            return
        raise
    if _known_bug(None, amounts, source):
        return
    last = 0
    for a in amounts:
        assert source[a.start : a.end] == a.text and last <= a.start < a.end, a
        last = a.end
        assert isinstance(a.value, Decimal) and a.value.is_finite(), a
        assert a.value_max is None or a.value < a.value_max, a
        assert (a.currency is not None) == (a.kind is Kind.MONEY), a
    parts, last = [], 0
    for a in amounts:
        parts += [source[last : a.start], hindinum.format_amount(a)]
        last = a.end
    parts.append(source[last:])
    assert _normalize_once(source, "latin", "none", None) == "".join(parts)
    assert hindinum.normalize(source, formatter=lambda a: a.text) == source
    hindinum.normalize(source, grouping="indian", digits="devanagari")
    tokens = hindinum.tokenize(source, spaces=True)
    assert "".join(t.text for t in tokens) == source
    try:
        value = hindinum.parse_number(source)
    except HindiNumberError as error:
        assert 0 <= error.position <= len(source)
    else:
        assert value.is_finite()


def test_one_input(data: bytes) -> None:
    check(text_of(data))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
