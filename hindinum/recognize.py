"""Find amounts in running text: numbers, money, percentages, ordinals, ranges, qualifiers.

:func:`extract` tokenizes once, then walks the tokens. At a token that can open an amount it
reads, in order: a qualifier (``करीब``), a currency written first (``₹``, ``Rs.``, ``c $``), a
minus sign, the number itself (:mod:`hindinum.numbers`), a range end (``10-12``, ``5 से 7``),
then what follows: a percent word, a currency name, subunits (``पैसे``, ``सेंट``), ``/-``, and
a qualifier after (``से अधिक``). It then drops what is not an amount: years, dates, times, phone
numbers, identifiers glued to letters, ``एक`` used as an article, ``पहले`` meaning "before".
Every token is passed at most a bounded number of times, so the walk is linear.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import replace
from decimal import Decimal, localcontext

import regex

from hindinum.lexicon import context as ctx_lex
from hindinum.lexicon import currencies as cur
from hindinum.lexicon import numbers as num_lex
from hindinum.numbers import _ATOMS as _ATOMS_KEYS
from hindinum.numbers import CONTEXT, SENTENCE_ENDS, NumberReading, _Reader, atom, clean
from hindinum.text import fold
from hindinum.tokenize import raw_tokens
from hindinum.types import Amount, Approx, Kind

TYPE_CHECKING = False  # typing costs 2.5 ms to import and is needed by type checkers only
if TYPE_CHECKING:
    from typing import Final

__all__ = ["SUBUNIT_MODES", "check_currency_code", "check_subunits", "find_amounts"]


def _tokenized_keys(phrase: str) -> tuple[str, ...]:
    return tuple(t[3] for t in raw_tokens(phrase))


#: A phrase of a look-up table: its token keys, its value, and for each junction between two
#: tokens whether the table writes them glued (``us$``: the two must touch in the text too).
Phrase = tuple[tuple[str, ...], str, tuple[bool, ...]]


def _build_phrases(table: dict[str, tuple[str, ...]]) -> dict[str, list[Phrase]]:
    """Index multi-token phrases by their first key, longest first."""
    index: dict[str, list[Phrase]] = {}
    for value, phrases in table.items():
        for phrase in phrases:
            toks = raw_tokens(phrase)
            if toks:
                keys = tuple(t[3] for t in toks)
                glued = tuple(a[1] == b[0] for a, b in itertools.pairwise(toks))
                index.setdefault(keys[0], []).append((keys, value, glued))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


_CURRENCY: Final = _build_phrases(cur.NAMES)
for _sym, _iso in cur.SYMBOLS.items():
    for _k in _tokenized_keys(_sym)[:1]:
        _CURRENCY.setdefault(_k, []).append(((_k,), _iso, ()))
_CURRENCY_WORDS: Final = frozenset(k for k, entries in _CURRENCY.items() if any(len(e[0]) == 1 for e in entries))
_SIGNS: Final = frozenset(k for k in _CURRENCY_WORDS if len(k) == 1 and not k.isalnum())  # ₹ $ € ...
#: Marks after an abbreviated currency: ``.``, the Devanagari abbreviation sign ``॰`` and the
#: digit zero that government notices use for it (``रु० 5000``).
_ABBREVIATION_MARKS: Final = frozenset({".", "\u0970", "०"})
_CURRENCY_NEEDS_NUMBER: Final = frozenset(fold(w) for w in cur.NEEDS_NUMBER_BEFORE)
_SUBUNITS: Final = {fold(k): v for k, v in cur.SUBUNITS.items()}


def _invert(table: dict[tuple[str, ...], str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for words, value in table.items():
        out.setdefault(value, []).append(" ".join(words))
    return {k: tuple(v) for k, v in out.items()}


_APPROX_BEFORE: Final = _build_phrases(_invert(ctx_lex.APPROX_BEFORE))
_APPROX_AFTER: Final = _build_phrases(_invert(ctx_lex.APPROX_AFTER))
_RANGE_WORDS: Final = frozenset(fold(w) for w in ctx_lex.RANGE_WORDS)
_RANGE_SYMBOLS: Final = ctx_lex.RANGE_SYMBOLS
_MONTHS: Final = frozenset(fold(w) for w in ctx_lex.MONTHS)
_YEAR_BEFORE: Final = frozenset(fold(w) for w in ctx_lex.YEAR_BEFORE)
_YEAR_AFTER: Final = frozenset(fold(w) for w in ctx_lex.YEAR_AFTER)
_ID_BEFORE: Final = frozenset(fold(w) for w in ctx_lex.ID_BEFORE)
_CODE_WORDS: Final = frozenset(fold(w) for w in ctx_lex.CODE_WORDS)
_OF_WORDS: Final = frozenset(fold(w) for w in ("का", "के", "की"))
_DASHAK: Final = fold("दशक")
_TIME_AFTER: Final = frozenset(fold(w) for w in ctx_lex.TIME_AFTER)
_PEHLE: Final = fold("पहले")
_PEHLE_BEFORE: Final = frozenset(fold(w) for w in ctx_lex.PEHLE_NOT_ORDINAL_BEFORE)
_PEHLE_AFTER: Final = frozenset(fold(w) for w in ctx_lex.PEHLE_NOT_ORDINAL_AFTER)
_EK: Final = fold("एक")
_PAAV: Final = fold("पाव")
_WEAK_ALONE: Final = frozenset(fold(w) for w in ctx_lex.WEAK_ALONE)
_MEASURES: Final = frozenset(fold(w) for w in ctx_lex.MEASURES)
_WEIGHT_WORDS: Final = frozenset(fold(w) for w in ctx_lex.WEIGHT_WORDS)
_BARE_POUNDS: Final = frozenset(fold(w) for w in ctx_lex.BARE_POUNDS)
_SE: Final = fold("से")
_LEKAR: Final = fold("लेकर")
_AUR: Final = fold("और")
_KE: Final = fold("के")
_BEECH: Final = fold("बीच")
_PERCENT_WORDS: Final = frozenset(fold(w) for w in num_lex.PERCENT_WORDS)
_MINUS_SIGNS: Final = frozenset({"-", "−", "–"})
_DIGIT_NEIGHBOURS: Final = frozenset("/-.:")
# Bounded repeats: an e-mail's parts have length limits, and the bounds keep the search linear.
_URL_RE: Final = regex.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}", regex.IGNORECASE
)
_START_WORD_CLASSES: Final = frozenset("UEFPSO-")


def _can_open(key: str) -> bool:
    entry = atom(key)
    return (
        (entry is not None and entry[0] in _START_WORD_CLASSES)
        or key in _CURRENCY
        or key in _APPROX_BEFORE
        or key in _SUBUNITS
    )


#: Every word key at which an amount can start, as one set for the scanner's inner loop.
_OPENERS: Final = frozenset(
    k for k in (*_ATOMS_KEYS, *_CURRENCY, *_APPROX_BEFORE, *_SUBUNITS) if _can_open(k)
)


def find_amounts(text: str, dollar: str = "USD", subunits: str = "auto") -> list[Amount]:
    """The amounts of ``text`` for :func:`hindinum.extract`, which checks the arguments first."""
    if not text:
        return []
    with localcontext(CONTEXT):
        if len(text) < _SPLIT_ABOVE or "\n" not in text:
            return _Scanner(text, dollar, subunits=subunits).run()
        # Long text: amounts never cross a line break or a danda, so only the pieces between
        # them that hold a digit, a currency sign or a word that can open an amount are walked.
        out: list[Amount] = []
        for m in _PIECE_RE.finditer(text):
            if _may_hold_amount(m.group()):
                out += _Scanner(text, dollar, m.start(), m.end(), subunits).run()
        return out


#: Below this length a text is walked whole; above it, line by line with a pre-filter.
_SPLIT_ABOVE: Final = 2048
_PIECE_RE: Final = regex.compile(r"[^\n\r\u0964\u0965]+")
_ANCHOR_CHARS_RE: Final = regex.compile(r"[0-9\u0966-\u096f\p{Sc}元]")
_WORD_RE: Final = regex.compile(r"[\p{L}\p{M}]+")


def _may_hold_amount(line: str) -> bool:
    """A cheap, C-speed test: the line has a digit, a currency sign or an opening word."""
    if _ANCHOR_CHARS_RE.search(line):
        return True
    return not _OPENERS.isdisjoint(_WORD_RE.findall(fold(line)))


def check_currency_code(code: object, name: str) -> None:
    """Raise unless ``code`` looks like an ISO 4217 code (three capital letters)."""
    if not isinstance(code, str):
        raise TypeError(f"{name} must be an ISO 4217 code as str, not {type(code).__name__}")
    if not (len(code) == 3 and code.isascii() and code.isalpha() and code.isupper()):
        raise ValueError(f"{name} must be an ISO 4217 code such as 'USD', not {code!r}")


SUBUNIT_MODES: Final = ("auto", "main")


def check_subunits(mode: object) -> None:
    """Raise unless ``mode`` is one of :data:`SUBUNIT_MODES`."""
    if not isinstance(mode, str):
        raise TypeError(f"subunits must be str, not {type(mode).__name__}")
    if mode not in SUBUNIT_MODES:
        raise ValueError(f"subunits must be one of {SUBUNIT_MODES}, not {mode!r}")


class _Scanner:
    """The walk over the tokens of ``text[pos:endpos]``; offsets stay those of ``text``."""

    def __init__(self, text: str, dollar: str = "USD", pos: int = 0, endpos: int | None = None,
                 subunits: str = "auto") -> None:
        self.text = text
        self.dollar = dollar
        self.convert_all = subunits == "main"
        self.toks = raw_tokens(text, pos, endpos)
        self.n = len(self.toks)
        self.reader = _Reader(text, self.toks)
        self.masked = self._mask_urls()
        self.url_starts = [a for a, _ in self.masked]

    def _mask_urls(self) -> list[tuple[int, int]]:
        if not self.toks:
            return []
        pos, endpos = self.toks[0][0], self.toks[-1][1]
        text = self.text[pos:endpos]
        if "://" not in text and "www." not in text and "@" not in text:
            return []
        return [(a + pos, b + pos) for a, b in (m.span() for m in _URL_RE.finditer(text))]

    # -- helpers ---------------------------------------------------------------------------

    def joined(self, k: int) -> bool:
        return 0 <= k < self.n - 1 and self.reader.joined(k)

    def key(self, k: int) -> str:
        return self.toks[k][3] if 0 <= k < self.n else ""

    def glued(self, k: int) -> bool:
        """Token k touches token k+1 (no space between), and neither is a danda."""
        toks = self.toks
        return k + 1 < self.n and toks[k][1] == toks[k + 1][0] \
            and toks[k][3] not in SENTENCE_ENDS and toks[k + 1][3] not in SENTENCE_ENDS

    def phrase(self, index: dict[str, list[Phrase]], k: int) -> tuple[str, int] | None:
        """The longest phrase of ``index`` starting at token k: (value, end token)."""
        if k >= self.n:
            return None
        entries = index.get(self.toks[k][3])
        if not entries:
            return None
        for keys, value, glued in entries:
            end = k + len(keys)
            if end > self.n:
                continue
            if all(self.toks[k + i][3] == keys[i] for i in range(1, len(keys))) and all(
                self.glued(k + i) if glued[i] else self.joined(k + i) for i in range(len(keys) - 1)
            ):
                return value, end
        return None

    # -- main loop -------------------------------------------------------------------------

    def run(self) -> list[Amount]:
        out: list[Amount] = []
        toks = self.toks
        i = 0
        n = self.n
        masked = self.masked
        while i < n:
            tok = toks[i]
            if tok[2] == "w" and tok[3] not in _OPENERS:
                i += 1
                continue
            if tok[2] == "y" and tok[3] not in _CURRENCY and tok[3] not in _MINUS_SIGNS:
                i += 1
                continue
            if masked and self._in_url(tok[0]):
                i += 1
                continue
            skip = self._not_amount(i)
            if skip:
                i = skip
                continue
            found = self._amount_at(i)
            if found is None:
                i += 1
                continue
            amount, nxt = found
            if amount is not None:
                out.append(amount)
            i = max(nxt, i + 1)
        return out

    def _in_url(self, offset: int) -> bool:
        """``offset`` lies inside a URL or e-mail address (spans sorted, found by bisection)."""
        k = bisect.bisect_right(self.url_starts, offset) - 1
        return k >= 0 and offset < self.masked[k][1]

    def _not_amount(self, i: int) -> int:
        """If token i opens a date, time, phone number or identifier, the token after it."""
        toks = self.toks
        tok = toks[i]
        if tok[2] != "d":
            return 0
        n = self.n
        # glued to letters before it: A320, COVID19
        if i > 0 and toks[i - 1][1] == tok[0] and toks[i - 1][2] == "w" \
                and toks[i - 1][3] not in _CURRENCY_WORDS and not toks[i - 1][3].endswith("ः"):
            return self._skip_digit_run(i)
        # after पिन, पिन कोड, PIN (with a colon or not): a postal code (पिन कोड 226001)
        k = i - 1 if i > 0 and toks[i - 1][3] in (":", "-") and self.joined(i - 1) else i
        if k > 1 and toks[k - 1][3] in _CODE_WORDS and self.joined(k - 2):
            k -= 1
        if k > 0 and self.joined(k - 1) and toks[k - 1][3] in _ID_BEFORE and len(tok[3]) >= 3:
            return self._skip_digit_run(i)
        # an STD code, a hyphen and the number: a landline (05862-242517)
        if tok[3][0] in "0०" and 3 <= len(tok[3]) <= 5 and tok[3].isdigit() and i + 2 < n \
                and toks[i + 1][3] == "-" and self.glued(i) and self.glued(i + 1) \
                and toks[i + 2][2] == "d" and 6 <= len(toks[i + 2][3]) <= 8:
            return self._skip_digit_run(i)
        # + before digits: a phone number, with its space-separated groups (+91 98765 43210)
        if i > 0 and toks[i - 1][3] == "+" and toks[i - 1][1] == tok[0]:
            j = self._skip_digit_run(i)
            while j < n and toks[j][2] == "d" and self.joined(j - 1):
                j = self._skip_digit_run(j)
            return j
        # a word, a hyphen, digits: an identifier (कोविड-19, NH-48, SARS-CoV-2)
        if i > 1 and toks[i - 1][3] in _RANGE_SYMBOLS and toks[i - 1][1] == tok[0] \
                and toks[i - 2][1] == toks[i - 1][0] and toks[i - 2][2] == "w" \
                and toks[i - 2][3] not in _OPENERS:
            return self._skip_digit_run(i)
        # groups of four or five digits in a row: Aadhaar (1234 5678 9012), mobile (98765 43210)
        if len(tok[3]) in (4, 5) and tok[3].isdigit() and i + 1 < n and self.joined(i) \
                and toks[i + 1][2] == "d" and len(toks[i + 1][3]) == len(tok[3]) \
                and toks[i + 1][3].isdigit() and (len(tok[3]) == 5 and tok[3][0] in "6789" or (
                    i + 2 < n and self.joined(i + 1) and len(toks[i + 2][3]) == 4
                    and toks[i + 2][3].isdigit())):
            j = i + 1
            while j < n and toks[j][2] == "d" and self.joined(j - 1):
                j += 1
            return j
        # a/b that is no proper, terminating fraction (24/7, 1/3): left as it is
        if self.glued(i) and i + 2 < n and toks[i + 1][3] == "/" and self.glued(i + 1) \
                and toks[i + 2][2] == "d" and self.reader._slash_fraction(i) is None:
            return self._skip_digit_run(i)
        # a decimal before बजे, AM, PM: a time (10.30 बजे)
        if "." in tok[3] and self.key(i + 1) in _TIME_AFTER and self.joined(i):
            return i + 2
        # d:d time, d/d/d d-d-d d.d.d date
        if self.glued(i) and i + 2 < n and toks[i + 1][3] in _DIGIT_NEIGHBOURS and self.glued(i + 1) \
                and toks[i + 2][2] == "d":
            sep = toks[i + 1][3]
            if sep == ":":
                return self._skip_digit_run(i)
            if i + 4 < n and self.glued(i + 2) and toks[i + 3][3] == sep and self.glued(i + 3) \
                    and toks[i + 4][2] == "d":
                return self._skip_digit_run(i)
        # dotted digit runs: 192.168.1.2, version 1.2.3
        if self.glued(i) and i + 2 < n and toks[i + 1][3] == "." and self.glued(i + 1) \
                and toks[i + 2][2] == "d":
            return self._skip_digit_run(i)
        # next to a month name: 26 Feb 2021, 15 अगस्त
        if self.key(i + 1) in _MONTHS and self.joined(i) or self.key(i - 1) in _MONTHS and self.joined(i - 1):
            return i + 1
        return 0

    def _skip_digit_run(self, i: int) -> int:
        """Skip digits joined by - / . : + (and glued letters) from token i."""
        toks = self.toks
        j = i + 1
        while j < self.n and toks[j][0] == toks[j - 1][1] and (
            toks[j][2] in "dw" or toks[j][3] in _DIGIT_NEIGHBOURS or toks[j][3] == "+"
        ):
            j += 1
        return j

    # -- one amount ------------------------------------------------------------------------

    def _amount_at(self, i: int) -> tuple[Amount | None, int] | None:
        toks = self.toks
        n = self.n
        if toks[i][3] in _MINUS_SIGNS and self.glued(i) and not (i > 0 and self.glued(i - 1)) \
                and not (i > 0 and self.joined(i - 1) and toks[i - 1][2] == "d"):
            signed = self._negative_money(i)  # -₹500, −$3.5 (after a number, 5 -₹500, a dash)
            if signed is not None:
                return signed
        approx: str | None = None
        hit = self.phrase(_APPROX_BEFORE, i)
        if hit is not None and hit[1] < n and self.joined(hit[1] - 1):
            approx, i = hit
        # currency written first: ₹500, Rs. 2.5 lakh, c $ 16.4 मिलियन
        currency: str | None = None
        prefix_currency = bare_dollar_prefix = False
        span_start_tok = i
        run = self._currency_run(i)
        if run is not None:
            iso, last, j = run
            if self._prefix_currency(last, j):
                j = self._after_mark(j)
                if j < n and (self.joined(j - 1) or self.glued(j - 1)) and self._opens_number(j):
                    currency, i = self._iso(iso), j
                    prefix_currency = True
                    bare_dollar_prefix = iso == cur.BARE_DOLLAR
                elif approx is None:
                    return None if last == i else (None, j)
            elif last > i and approx is None:
                return None, j  # ₹ ₹ with no number after: the run is passed over once
        # minus sign
        negative = False
        number_first = i
        key = toks[i][3]
        entry = atom(key) if toks[i][2] == "w" else None
        if key in _MINUS_SIGNS or (entry is not None and entry[0] == "-"):
            prev_is_number = i > 0 and self.joined(i - 1) and (
                toks[i - 1][2] == "d" or (atom(toks[i - 1][3]) or ("x",))[0] in "USEFO"
            )
            if prev_is_number or i + 1 >= n or not (self.joined(i) or self.glued(i)):
                return None
            if key in _MINUS_SIGNS and not (self.glued(i) or not self.joined(i - 1)):
                return None
            if key in _MINUS_SIGNS and i > 0 and toks[i - 1][1] == toks[i][0] \
                    and toks[i - 1][2] == "w":
                return None  # a hyphen inside a word or code (कोविड-19), no minus sign
            negative = True
            i += 1
        reading = self.reader.read(i)
        if reading is None:
            return None
        if reading.ordinal and prefix_currency:
            return None  # $ 21वीं सदी: an ordinal takes no currency; the sign stays text
        if toks[i][2] == "d" and self._glued_to_letters(reading):
            return None, reading.end
        tail = reading.end - 1
        if toks[i][2] == "w" and i > 0 and self.glued(i - 1) and toks[i - 1][2] == "d" \
                or toks[tail][2] == "w" and self.glued(tail) and toks[tail + 1][2] == "d":
            return None, reading.end  # उन्नीस1,00,000: a number word glued to digits is junk
        value = reading.value
        end = reading.end
        kind = Kind.ORDINAL if reading.ordinal else Kind.NUMBER
        value_max: Decimal | None = None
        subunit: str | None = None
        if negative:
            value = -value
        # a range: 10-12 लाख, 5 से 7 करोड़, दो-तीन, 1000–5000, 20~100
        if not reading.ordinal:
            rng = self._range(reading, end)
            if rng is not None:
                low, high, end = rng
                if negative:
                    low = -low if low == reading.value else low
                value, value_max = low, high
                if self._year_like(reading) and self._year_like_value(high):
                    return None, end
        # what follows (an ordinal takes no currency and no percent sign)
        if kind is not Kind.ORDINAL:
            after = self._suffix(end)
            if after is not None and after[1] == "GBP" \
                    and self._pound_of_weight(span_start_tok, end, after[2]):
                after = None  # 150 पौंड वजन, वजन 150 पौंड: pounds of weight
            if after is not None:
                what, iso, end2, sub, name = after
                if what == "%":
                    kind = Kind.PERCENT
                    end = end2
                elif currency is None:
                    kind = Kind.MONEY
                    if sub and not (self.convert_all or name in cur.CONVERTED_ALONE):
                        subunit = name  # 34 सेंट: kept as written, no main unit to guess
                    else:
                        currency = self._iso(iso)
                    if sub and subunit is None:
                        value, value_max = value / sub, None if value_max is None else value_max / sub
                    end = end2
                elif self._restates(after, currency, bare_dollar_prefix):
                    currency = self._iso(iso)
                    end = end2
            if currency is not None:
                kind = Kind.MONEY
                value, end = self._subunits(value, currency, end, value_max)
                end = self._slash_dash(end)
                if value_max is None:
                    both = self._currency_range(value, currency, end, prefix_currency)
                    if both is not None:
                        value_max, end = both
                        after = self._suffix(end)  # $5-$10 CAD, ₹500-₹700 INR
                        if after is not None and self._restates(after, currency, bare_dollar_prefix):
                            currency, end = self._iso(after[1]), after[2]
        # drop what is not an amount
        if kind is Kind.NUMBER and value_max is None and currency is None:
            if self._is_year(reading, span_start_tok):
                if end + 1 < n and toks[end][3] in _RANGE_SYMBOLS and self.glued(end - 1):
                    end += 2  # 2020-21, 1995-01
                return None, end
            if reading.simple and toks[reading.first][3] in _WEAK_ALONE and self._article(reading.end):
                return None, end  # एक रिपोर्ट, आधी रात, वड़ा पाव भाजी: words, not amounts
            if reading.simple and toks[reading.first][3] == _PAAV and self._bread(reading.first):
                return None, end  # पाव is bread (वड़ा पाव) unless a unit follows (पाव किलो)
            if reading.simple and _is_mobile(toks[reading.first][3]):
                return None, end  # a ten-digit mobile number
        if kind is Kind.ORDINAL and reading.simple and toks[reading.first][3] == _PEHLE:
            if not self._pehle_is_ordinal(reading.first):
                return None, end
        if approx is None and end < n and self.joined(end - 1):
            hit = self.phrase(_APPROX_AFTER, end)
            # "5 से 7 करोड़ तक": तक closes the range, it sets no bound of its own
            if hit is not None and not (hit[0] == "up_to" and value_max is not None):
                approx = hit[0]
        first_char = toks[span_start_tok if prefix_currency else number_first][0]
        last_char = toks[end - 1][1]
        return (
            Amount(
                text=self.text[first_char:last_char],
                start=first_char,
                end=last_char,
                value=clean(value),
                kind=kind,
                currency=currency,
                value_max=None if value_max is None else clean(value_max),
                approx=None if approx is None else Approx(approx),
                subunit=subunit,
            ),
            end,
        )

    def _negative_money(self, i: int) -> tuple[Amount | None, int] | None:
        """A minus sign glued before a currency sign and its amount: ``-₹500`` = -500 INR."""
        hit = self.phrase(_CURRENCY, i + 1)
        if hit is None or not self._prefix_currency(i + 1, hit[1]):
            return None
        found = self._amount_at(i + 1)
        if found is None:
            return None
        amount, end = found
        if amount is None or amount.kind is not Kind.MONEY or amount.start != self.toks[i + 1][0] \
                or amount.value <= 0:
            return None  # (a range keeps its upper end: -₹500-₹700 is -500 to 700)
        start = self.toks[i][0]
        signed = replace(amount, text=self.text[start : amount.end], start=start, value=-amount.value)
        return signed, end

    def _pound_of_weight(self, first: int, number_end: int, end: int) -> bool:
        """The word pound alone (``पौंड``, ``pounds``) from ``number_end`` to ``end`` is a
        weight: a weight word follows it or stands just before the amount (``वजन 150 पौंड``)."""
        toks = self.toks
        one_word = end - 1 == number_end or end - 2 == number_end and toks[number_end][3] == "-"
        if not one_word or toks[end - 1][3] not in _BARE_POUNDS:
            return False  # ब्रिटिश पाउंड, पाउंड स्टर्लिंग: sterling
        if end < self.n and self.joined(end - 1) and toks[end][3] in _WEIGHT_WORDS:
            return True
        # वजन 150 पौंड, वजन करीब 150 पौंड
        return any(k >= 0 and self.joined(k) and toks[k][3] in _WEIGHT_WORDS
                   for k in (first - 1, first - 2))

    def _iso(self, code: str) -> str:
        """The ISO code for a currency entry: a bare dollar is the caller's choice."""
        return self.dollar if code == cur.BARE_DOLLAR else code

    def _currency_run(self, i: int) -> tuple[str, int, int] | None:
        """Currency phrases one after another from token i (``₹ ₹ 500``, ``Rs. ₹ 500``,
        ``डॉलर डॉलर 19``, as OCR and junk leave them): (the entry of the last, its first
        token, the token after it). The whole run is one prefix; the phrase nearest the
        number names the currency."""
        n = self.n
        hit = self.phrase(_CURRENCY, i)
        if hit is None:
            return None
        iso, last, j = hit[0], i, hit[1]
        while True:
            k = self._after_mark(j)
            if k >= n or not self.joined(k - 1):
                break
            again = self.phrase(_CURRENCY, k)
            if again is None:
                break
            iso, last, j = again[0], k, again[1]
        return iso, last, j

    def _after_mark(self, j: int) -> int:
        """Skip the mark after an abbreviated currency at token j: रु. / Rs. / रु . (as
        tokenizers leave it) / रु॰ / रु० (the zero as a mark)."""
        if j < self.n and self.joined(j - 1) and self.toks[j][3] in _ABBREVIATION_MARKS:
            return j + 1
        return j

    def _prefix_currency(self, i: int, end: int) -> bool:
        """Currencies written before the number: symbols, codes and abbreviations (₹, Rs.,
        INR, रु.), not Hindi names (``रुपये एक`` is no amount)."""
        first = self.toks[i]
        if first[3] in _CURRENCY_NEEDS_NUMBER:
            return False
        if first[3].isascii() or any(self.toks[k][2] == "y" for k in range(i, end)):
            return True
        # a Hindi name leads digits only: रुपये 10,000/-, रु. 500, डॉलर 500 (not रुपये एक,
        # and not रुपया 14 पैसे मजबूत, where the digits have a subunit of their own)
        j = self._after_mark(end)
        if not (j < self.n and self.toks[j][2] == "d" and self.toks[j][3] != "०"):
            return False
        return not (j + 1 < self.n and self.joined(j) and self.toks[j + 1][3] in _SUBUNITS)

    def _opens_number(self, j: int) -> bool:
        tok = self.toks[j]
        if tok[2] == "d":
            return True
        entry = atom(tok[3]) if tok[2] == "w" else None
        return entry is not None and entry[0] in "UEFPS-" or tok[3] in _MINUS_SIGNS

    def _glued_to_letters(self, reading: NumberReading) -> bool:
        """Digits glued to a following word that is no suffix: 4G, 1मि, 3D."""
        end = reading.end
        if end >= self.n or not self.glued(end - 1) or reading.ordinal:
            return False
        nxt = self.toks[end]
        if nxt[2] != "w":
            return False
        key = nxt[3]
        entry = atom(key)
        if entry is not None and entry[0] in "SZ":
            return False
        return not (key in _CURRENCY_WORDS or key in _PERCENT_WORDS or key in _SUBUNITS)

    def _range_link(self, end: int) -> tuple[int, bool] | None:
        """The word or sign that joins the two ends of a range at token ``end`` (``-``, ``से``,
        ``से लेकर``, ``और`` … ``के बीच``): (the token after it, whether ``के बीच`` must close)."""
        toks = self.toks
        n = self.n
        if end >= n or not self.joined(end - 1):
            return None
        key = toks[end][3]
        j = end + 1
        if key in _RANGE_WORDS:
            if j < n and toks[j][3] == _LEKAR and self.joined(end):
                j += 1
        elif key != _AUR and key not in _RANGE_SYMBOLS:
            return None
        if j >= n or not self.joined(j - 1):
            return None
        return j, key == _AUR

    def _closes_between(self, stop: int) -> bool:
        return stop + 1 < self.n and self.toks[stop][3] == _KE and self.toks[stop + 1][3] == _BEECH

    def _range(self, low: NumberReading, end: int) -> tuple[Decimal, Decimal, int] | None:
        toks = self.toks
        n = self.n
        link = self._range_link(end)
        if link is None:
            if end < n and low.simple and low.words and self.joined(end - 1) \
                    and (atom(toks[end][3]) or ("x",))[0] == "U":
                # दो तीन करोड़, दस बीस हज़ार: two number words side by side, as speech has them
                high = self.reader.read(end)
                if high is None or high.tail_power is None or high.ordinal:
                    return None
                if not low.value < high.value.scaleb(-high.tail_power) <= 2 * low.value:
                    return None
                return low.value.scaleb(high.tail_power), high.value, high.end
            return None
        j, between = link
        key = toks[end][3]
        high = self.reader.read(j)
        if high is None or high.ordinal:
            return None
        stop = high.end
        if between and not self._closes_between(stop):
            return None
        lo = low.value
        hi = high.value
        if low.tail_power is None and high.tail_power is not None:
            scaled = lo.scaleb(high.tail_power)
            if scaled < hi:
                lo = scaled
        if not lo < hi:
            return None
        if toks[stop - 1][2] == "d" and toks[j][2] == "d" and low.first + 1 == low.end:
            # 2020-21: a financial year, not a range
            if len(toks[low.first][3]) == 4 and len(toks[j][3]) == 2 and key in _RANGE_SYMBOLS:
                return None
        return lo, hi, stop

    def _currency_range(
        self, low: Decimal, currency: str, end: int, prefix: bool
    ) -> tuple[Decimal, int] | None:
        """The upper end of a range with the currency written at both ends: ``₹500-₹700``,
        ``5 डॉलर से 10 डॉलर``, ``50 लाख रुपये और 70 लाख रुपये के बीच``: (value, end token)."""
        n = self.n
        link = self._range_link(end)
        if link is None:
            return None
        j, between = link
        if prefix:  # the same sign again: ₹500-₹700, Rs 500 से Rs 700
            hit = self.phrase(_CURRENCY, j)
            if hit is None or self._iso(hit[0]) != currency or not self._prefix_currency(j, hit[1]):
                return None
            j = self._after_mark(hit[1])
            if j >= n or not (self.joined(j - 1) or self.glued(j - 1)):
                return None
        high = self.reader.read(j)
        if high is None or high.ordinal:
            return None
        hi, stop = high.value, high.end
        after = self._suffix(stop)
        if after is not None and after[0] == "$" and self._iso(after[1]) == currency \
                and not (prefix and self._leads_digits(after[2])):
            # the same name again (5 डॉलर से 10 डॉलर, 50 पैसे से 70 पैसे), or after a sign
            # the same code (₹500 से ₹700 रुपये), unless it leads the next amount
            hi, stop = (hi / after[3] if after[3] else hi), after[2]
        elif not prefix:
            return None
        hi, stop = self._subunits(hi, currency, stop, None)  # 10 रुपये 50 पैसे से 20 रुपये 50 पैसे
        if not low < hi or between and not self._closes_between(stop):
            return None
        return hi, self._slash_dash(stop)

    def _suffix(self, end: int) -> tuple[str, str, int, int, str] | None:
        """A percent sign or word, a currency or a subunit after the number at ``end``."""
        toks = self.toks
        n = self.n
        if end >= n:
            return None
        if not (self.joined(end - 1) or self.glued(end - 1)):
            return None
        j = end
        if toks[j][3] == "-" and self.glued(j - 1) and self.glued(j):
            j += 1  # 12-सेंट, एक-येन
        key = toks[j][3]
        if key == "%" or key in _PERCENT_WORDS:
            return "%", "", j + 1, 0, ""
        hit = self.phrase(_CURRENCY, j)
        if hit is not None:
            iso, k = hit
            if toks[j][2] == "y" and self._leads_digits(k):
                return None  # 5-₹500, 5 ₹ 600, ₹ 5,000 $ 60: the sign leads the next number
            # signs repeated after the currency (500 $ $, 500$$, 500 USD$), as junk and
            # normalize's own output of junk leave them, belong to it
            while k < n and (self.joined(k - 1) or self.glued(k - 1)) and toks[k][3] in _SIGNS \
                    and not self._leads_digits(k + 1):
                k += 1
            return "$", iso, k, 0, ""
        sub = _SUBUNITS.get(key)
        if sub is not None:
            return "$", sub[0], j + 1, sub[1], sub[2]
        return None

    def _restates(self, after: tuple[str, str, int, int, str], currency: str,
                  bare_dollar_prefix: bool) -> bool:
        """The currency ``after`` an amount that has one already belongs to it: the same again
        (``₹500 INR``, ``Rs 500 रुपये``) or the code that names a bare dollar (``$5 CAD``). In
        ``€5 USD`` the first one stands, and in ``Rs 500 Rs 450`` the second leads the next
        amount."""
        what, iso, end2, sub, _ = after
        return what != "%" and not sub \
            and (self._iso(iso) == currency or bare_dollar_prefix and iso != cur.BARE_DOLLAR) \
            and not self._leads_digits(end2)

    def _leads_digits(self, k: int) -> bool:
        """Digits follow at token k, after at most a space and an abbreviation mark."""
        if not 0 < k < self.n or not (self.joined(k - 1) or self.glued(k - 1)):
            return False
        k = self._after_mark(k)
        return k < self.n and self.toks[k][2] == "d"

    def _subunits(self, value: Decimal, currency: str, end: int, value_max: Decimal | None) -> tuple[Decimal, int]:
        """Add subunits after a main unit: चार रुपये पचास पैसे, 3 डॉलर 50 सेंट, तेरह डॉलर पैंतालीस."""
        if value_max is not None:
            return value, end
        toks = self.toks
        n = self.n
        while end < n and self.joined(end - 1):
            j = end
            if toks[j][3] == _AUR and self.joined(j):
                j += 1
            if j >= n:
                break
            reading = self.reader.read(j)
            if reading is None or reading.ordinal or reading.value >= 100 or reading.value < 0:
                break
            k = reading.end
            sub = _SUBUNITS.get(toks[k][3]) if k < n and self.joined(k - 1) else None
            if sub is not None and (self._iso(sub[0]) == currency
                                    or sub[0] == cur.BARE_DOLLAR and currency != "INR"):
                value = value + reading.value / sub[1]
                end = k + 1
                continue
            if sub is None and reading.words and value == value.to_integral_value() \
                    and reading.value >= 10:
                # तेरह डॉलर पैंतालीस: a bare number of cents after a whole amount
                if k < n and self.joined(k - 1):
                    nxt = toks[k][3]
                    if atom(nxt) is not None or nxt in _CURRENCY or nxt in _PERCENT_WORDS:
                        break
                value = value + reading.value / 100
                end = k
            break
        return value, end

    def _slash_dash(self, end: int) -> int:
        """Take a ``/-`` written after a rupee amount (``1,00,000/-``)."""
        if end + 1 < self.n and self.toks[end][3] == "/" and self.toks[end + 1][3] == "-" \
                and self.glued(end - 1) and self.glued(end):
            return end + 2
        return end

    def _year_like(self, reading: NumberReading) -> bool:
        if reading.end != reading.first + 1:
            return False
        tok = self.toks[reading.first]
        return tok[2] == "d" and len(tok[3]) == 4 and tok[3].isdigit() and self._year_like_value(reading.value)

    @staticmethod
    def _year_like_value(value: Decimal) -> bool:
        return value == value.to_integral_value() and (1000 <= value <= 2199 or 0 <= value <= 99)

    def _is_year(self, reading: NumberReading, first: int) -> bool:
        if not self._year_like(reading):
            return False
        before = self.key(first - 1) if first > 0 and self.joined(first - 1) else ""
        if before in _YEAR_BEFORE:
            return True
        end = reading.end
        after = self.key(end) if end < self.n and self.joined(end - 1) else ""
        if after in _YEAR_AFTER:
            return True
        if after in _OF_WORDS and self.joined(end) and self.key(end + 1) == _DASHAK:
            return True  # 1990 के दशक
        # 2020-21
        return after in _RANGE_SYMBOLS and end + 1 < self.n and self.joined(end) \
            and self.toks[end + 1][2] == "d" and len(self.key(end + 1)) == 2

    def _article(self, end: int) -> bool:
        """A word that is also a number (``एक``, ``आधी``, ``पाव``, ``सवा``) followed by an
        ordinary word: the article or adjective it usually is (एक रिपोर्ट, आधी रात, पाव भाजी).
        Before a unit of measure it is a number (एक किलो, आधा लीटर, सवा किलो)."""
        if end >= self.n or not self.joined(end - 1):
            return False
        tok = self.toks[end]
        if tok[2] != "w" or atom(tok[3]) is not None or tok[3] in _CURRENCY:
            return False
        return tok[3] not in _MEASURES and self.phrase(_APPROX_AFTER, end) is None

    def _bread(self, k: int) -> bool:
        """पाव at token k stands among words and before no unit: the bread, not a quarter."""
        toks = self.toks
        if k + 1 < self.n and self.joined(k) and toks[k + 1][3] in _MEASURES:
            return False
        return (k > 0 and self.joined(k - 1) and toks[k - 1][2] == "w") or (
            k + 1 < self.n and self.joined(k) and toks[k + 1][2] == "w")

    def _pehle_is_ordinal(self, k: int) -> bool:
        if k > 0 and self.joined(k - 1) and self.key(k - 1) in _PEHLE_BEFORE:
            return False
        if k + 1 < self.n and self.joined(k):
            return self.key(k + 1) not in _PEHLE_AFTER and self.toks[k + 1][2] == "w"
        return not self.joined(k - 1)  # पहले opening a line


def _is_mobile(digits: str) -> bool:
    """An Indian mobile number: ten ASCII digits starting with 6-9."""
    return len(digits) == 10 and digits.isdigit() and digits.isascii() and digits[0] in "6789"
