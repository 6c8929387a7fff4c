"""Coverage-guided fuzzing of hindinum with atheris (libFuzzer for Python), or a plain run.

Each input is turned into a text in one of two ways, chosen by its first byte: decoded as
arbitrary Unicode (surrogates included), or read byte by byte through a palette of the
characters and words the recognizer reacts to (Devanagari letters and marks, digits of both
scripts, currency signs, separators, invisible characters, number words), so that the fuzzer
builds Hindi-like amounts quickly. Every text goes through ``extract``, ``normalize``,
``tokenize`` and ``parse_number`` and is held to ``tests/invariants.py``, the checks the test
suite's Hypothesis properties and fuzz tests use (docs/reliability.md): no exception but
``HindiNumberError`` from ``parse_number``, exact offsets, amounts in order, finite values
below 10**40, a currency or a subunit on money and on nothing else, nothing lost outside the
amounts.

With atheris, from the repository root, for a minute::

    pip install atheris
    python benchmarks/fuzz_atheris.py -max_total_time=60 -rss_limit_mb=4096

libFuzzer options go through unchanged (``-runs=``, ``-max_len=``, a corpus directory ...).

Without atheris the same script runs in plain Python: the files and directories named on the
command line (a corpus, a crash file) are each checked once, or, with none, ``-runs=N`` random
inputs (10,000 unless told) of up to ``-max_len=`` bytes (256) drawn with ``-seed=`` (0)::

    python benchmarks/fuzz_atheris.py -runs=2000
    python benchmarks/fuzz_atheris.py crash-1234abcd

``--plain`` makes that plain run even where atheris is installed. An input gives the same
text in both modes, so a crash file found by atheris replays in plain Python.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "tests"))  # invariants.py, shared with the test suite

try:
    import atheris
except ImportError:
    atheris = None

if atheris is not None:
    with atheris.instrument_imports():
        import hindinum
else:
    import hindinum

from invariants import check_text  # after the path is set (and hindinum instrumented)

#: Words the recognizer reacts to beyond 0-99 and the scales (which come from ``to_words``).
_WORDS = [
    "साढ़े", "सवा", "पौने", "डेढ़", "ढाई", "आधा", "आधी", "चौथाई", "तिहाई", "पाव", "दशमलव", "बटा",
    "और", "सही", "माइनस", "दर्जन", "रुपये", "रुपए", "रु", "पैसे", "डॉलर", "सेंट", "यूरो", "पाउंड",
    "प्रतिशत", "फीसदी", "वीं", "वां", "वाँ", "रा", "था", "पहला", "पहले", "दूसरी", "करीब", "लगभग",
    "से", "अधिक", "कम", "तक", "के", "बीच", "साल", "सन", "में", "का", "पाँचवाँ", "अगस्त", "बजे",
    "Rs", "INR", "USD", "lakh", "crore", "million", "k", "th", "पिन", "कोड",
]


def _palette() -> list[str]:
    """256 pieces: characters and words that matter to the recognizer."""
    pieces = [chr(c) for c in range(0x0905, 0x093A)]  # letters
    pieces += [chr(c) for c in range(0x093C, 0x094E)] + ["\u0901", "\u0902", "\u0903"]  # marks
    pieces += list("0123456789") + [chr(c) for c in range(0x0966, 0x0970)]
    pieces += list("₹$€£¥,.-–/%:+~^eE|") + ["।", " ", " ", " ", "\n", "\r\n", "\u00a0",
                                             "\u202f", "\u200b", "\u200c", "\u200d", "\ud800"]
    scales = [hindinum.to_words(10**k).split()[-1] for k in (2, 3, 5, 7, 9, 11, 13, 15, 17)]
    words = scales + _WORDS + [hindinum.to_words(n) for n in range(100)]
    for word in words:
        if len(pieces) >= 256:
            break
        pieces.append(word + " ")
    while len(pieces) < 256:
        pieces.append(" ")
    return pieces


PALETTE = _palette()


def _unicode(data: bytes) -> str:
    """Arbitrary Unicode from bytes, surrogates included: the first byte picks the width
    (Latin-1, UTF-16 code units, or code points modulo 0x110000)."""
    if not data:
        return ""
    width, body = (1, 2, 4)[data[0] % 3], data[1:]
    units = [int.from_bytes(body[i : i + width], "little")
             for i in range(0, len(body) - width + 1, width)]
    return "".join(chr(unit % 0x110000) for unit in units)


def text_of(data: bytes) -> str:
    """The text an input stands for (see the module docstring)."""
    if not data:
        return ""
    if data[0] % 4 == 0:
        return _unicode(data[1:])
    return "".join(PALETTE[b] for b in data[1:])


def test_one_input(data: bytes) -> None:
    check_text(text_of(data))


def _options(argv: list[str]) -> tuple[dict[str, int], list[str]]:
    """libFuzzer-style ``-name=value`` options (those the plain run reads) and paths."""
    options = {"runs": 10_000, "max_len": 256, "seed": 0}
    paths = []
    for arg in argv:
        if arg.startswith("-") and "=" in arg:
            name, _, value = arg[1:].partition("=")
            if name in options:
                options[name] = int(value)
        elif not arg.startswith("-"):
            paths.append(arg)
    return options, paths


def plain(argv: list[str]) -> int:
    """Check the named files (each file of a named directory), or random inputs."""
    options, paths = _options(argv)
    files = [f for p in map(Path, paths) for f in (sorted(p.iterdir()) if p.is_dir() else [p])]
    if files:
        for file in files:
            test_one_input(file.read_bytes())
        print(f"checked {len(files)} inputs")
        return 0
    rng = random.Random(options["seed"])
    for _ in range(options["runs"]):
        test_one_input(rng.randbytes(rng.randint(0, options["max_len"])))
    print(f"checked {options['runs']} random inputs (seed {options['seed']})")
    return 0


def main() -> None:
    if atheris is None or "--plain" in sys.argv:
        sys.exit(plain([arg for arg in sys.argv[1:] if arg != "--plain"]))
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
