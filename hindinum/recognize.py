"""Find amounts in running text: numbers, money, percentages, ordinals, ranges, qualifiers.

:func:`find_amounts` tokenizes once, then a :class:`Scanner` walks the tokens. At a token that
can open an amount it first asks the token rules of :mod:`hindinum.rules` whether a date, a
time, a phone number or an identifier starts there; if not, it reads the amount in phases,
each a method that fills in a :class:`Candidate`:

1. ``_open``: a qualifier before (``करीब``), a currency written first (``₹``, ``Rs.``), a
   minus sign;
2. ``_number``: the number itself (:class:`~hindinum.numbers.NumberReader`), then a range
   end (``10-12``, ``5 से 7``);
3. ``_attach``: what follows: a percent word, a currency name, subunits (``पैसे``),
   ``/-``, the currency again at the upper end of a range;
4. ``_filter``: the number rules of :mod:`hindinum.rules` (years, the article ``एक`` ...);
5. ``_close``: a qualifier after (``से अधिक``), and the :class:`~hindinum.types.Amount`.

Every phase returns :data:`GO` to go on, or the token at which the walk resumes when the
candidate is no amount. Every token is passed a bounded number of times: the walk is linear.
With a trace list, the scanner records every decision, which :func:`hindinum.explain` shows.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext

import regex

from hindinum import measure, rules
from hindinum.language import HINDI, Language, Phrase, WordClass
from hindinum.numbers import (
    CONTEXT,
    NumberReader,
    NumberReading,
    clean,
    digits_value,
    exact_fraction,
)
from hindinum.text import fold
from hindinum.tokenize import DIGITS, SENTENCE_ENDS, SYMBOL, WORD, raw_tokens
from hindinum.types import AMOUNT_FIELDS, Amount, Approx, Kind

#: Enum members as constants: CPython 3.11 reads ``Kind.MONEY`` through the enum class's
#: ``__getattr__`` hook, ten times the cost of a constant (the compiled build reads these
#: as C statics).
_MONEY: Final = Kind.MONEY
_NUMBER: Final = Kind.NUMBER
_ORDINAL: Final = Kind.ORDINAL
_PERCENT: Final = Kind.PERCENT
_QUANTITY: Final = Kind.QUANTITY
_DURATION: Final = Kind.DURATION
_DATE: Final = Kind.DATE
_ENGLISH: Final = WordClass.ENGLISH
_FRACTION: Final = WordClass.FRACTION
_MINUS: Final = WordClass.MINUS
_ORDINAL_WORD: Final = WordClass.ORDINAL
_PREFIX: Final = WordClass.PREFIX
_SCALE: Final = WordClass.SCALE
_UNIT: Final = WordClass.UNIT
#: The qualifiers by name (calling the enum class runs its Python ``__call__``).
_APPROX: Final = {member.value: member for member in Approx}

TYPE_CHECKING = False  # typing costs 2.5 ms to import and is needed by type checkers only
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Final

__all__ = ["GO", "Candidate", "Decision", "Scanner", "find_amounts"]

#: A phase's answer: the candidate goes on to the next phase.
GO: Final = -1

_ZERO: Final = Decimal(0)

_MINUS_SIGNS: Final = frozenset({"-", "\u2212", "\u2013"})
# Bounded repeats: an e-mail's parts have length limits, and the bounds keep the search linear.
_URL_RE: Final = regex.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}", regex.IGNORECASE
)
#: Word classes that may start the number after a currency sign or a minus sign.
_STARTS_NUMBER: Final = frozenset({_UNIT, _ENGLISH, _FRACTION, _PREFIX, _SCALE, _MINUS})
#: The word classes that make a number word beside a pair part of a longer run (एक दो तीन).
_COUNTING: Final = frozenset({_UNIT, _ENGLISH, _FRACTION, _PREFIX, _SCALE})
#: Marks that end a label before its value (``लागत- 12 लाख``, ``कीमत: 45 हजार``).
_LABEL_MARKS: Final = frozenset({":", "-", "\u2013", "\u2014"})
#: Word classes of a number word before a minus sign (then the sign is a dash: ``5 - 7``).
_NUMBER_BEFORE_MINUS: Final = frozenset({_UNIT, _SCALE, _ENGLISH, _FRACTION, _ORDINAL_WORD})


def find_amounts(text: str, dollar: str = "USD", subunits: str = "auto",
                 lang: Language = HINDI, trace: list[Decision] | None = None,
                 settled: list[bool] | None = None) -> list[Amount]:
    """The amounts of ``text`` for :func:`hindinum.extract`, which checks the arguments first.
    With ``trace``, every decision is appended to it (see :func:`hindinum.explain`); with
    ``settled``, one flag per amount: its neighbours are ordinary words, so no rendering of it
    can combine with them (:func:`hindinum.normalize` checks the others)."""
    if not text:
        return []
    with localcontext(CONTEXT):
        if len(text) < _SPLIT_ABOVE or not _has_break(text):
            return Scanner(text, dollar, subunits=subunits, lang=lang, trace=trace,
                           settled=settled).run()
        # Long text: amounts never cross a line break or a danda, so only the pieces between
        # them that hold a digit, a currency sign or a word that can open an amount are walked
        # (a long line of prose too, sentence by sentence: the tokens of one piece at a time)
        out: list[Amount] = []
        for m in _PIECE_RE.finditer(text):
            if _may_hold_amount(m.group(), lang):
                out += Scanner(text, dollar, m.start(), m.end(), subunits, lang, trace,
                               settled).run()
        return out


#: Below this length a text is walked whole; above it, line by line with a pre-filter.
_SPLIT_ABOVE: Final = 2048
_PIECE_RE: Final = regex.compile(r"[^\n\r\u0964\u0965]+")
_BREAK_RE: Final = regex.compile(r"[\n\r\u0964\u0965]")
#: The signs that end a sentence: a line break, a danda, or a full stop, ``?`` or ``!`` before
#: a space (not the point of ``9.2``).
_SENTENCE_END_RE: Final = regex.compile(r"[\n\r\u0964\u0965]|[.?!](?=\s)")
_ANCHOR_CHARS_RE: Final = regex.compile(r"[0-9\u0966-\u096f\p{Sc}\u5143\u00bc-\u00be]")
_WORD_RE: Final = regex.compile(r"[\p{L}\p{M}]+")
#: The marks that end a clause (``भीड़ कम है, एनएच 44 से 10 किलोमीटर``: the कम is another's).
_CLAUSE_MARKS: Final = ",;:\u0964\u0965.!?|\n"


def _listed_year(amount: Amount) -> bool:
    """The amount is four digits alone from 1800 to 2099 (``2014`` in ``2014 और 2019 में``)."""
    text = amount.text
    return len(text) == 4 and text.isdigit() and 1800 <= amount.value <= 2099


def _has_break(text: str) -> bool:
    """A line break or a danda stands in ``text``: it falls into pieces."""
    return "\n" in text or "\u0964" in text or "\r" in text or "\u0965" in text


def _may_hold_amount(line: str, lang: Language) -> bool:
    """A cheap, C-speed test: the line has a digit, a currency sign or an opening word."""
    if _ANCHOR_CHARS_RE.search(line):
        return True
    return not lang.openers.isdisjoint(_WORD_RE.findall(fold(line)))


@dataclass(frozen=True, slots=True)
class Decision:
    """One decision of the recognizer, as :func:`hindinum.explain` reports it.

    ``verdict`` is ``"amount"`` (``amount`` holds it and ``steps`` the phases that built it),
    ``"not an amount"`` (``rule`` names the rule that said so and ``why`` is its reason) or
    ``"no number"`` (the token could open an amount, but none was read there).
    """

    start: int
    end: int
    text: str
    verdict: str
    rule: str
    why: str
    amount: Amount | None = None
    steps: tuple[str, ...] = ()


#: The reasons of the decisions that phases make without a rule of :mod:`hindinum.rules`.
_REASONS: Final = {
    "amount": "read as an amount",
    "currency_without_number": "A currency name or sign with no number after it is no amount.",
    "no number after the opening": "A qualifier, currency or sign with no number after it.",
}


class Suffix:
    """What follows a number: a percent word (``percent``), or a currency (``iso``) or a
    subunit of one (``per`` subunits make the unit, ``name`` names the subunit)."""

    __slots__ = ("end", "iso", "name", "per", "percent")

    def __init__(self, end: int, percent: bool = False, iso: str = "", per: int = 0,
                 name: str = "") -> None:
        self.end = end  # the token after it
        self.percent = percent
        self.iso = iso
        self.per = per
        self.name = name


class Candidate:
    """An amount being read: what each phase found so far."""

    __slots__ = ("approx", "bare_dollar_prefix", "currency", "distributive", "end", "first", "i",
                 "iso", "kind", "negative", "number_first", "paired", "per", "prefix_currency",
                 "reading", "span_first", "steps", "subunit", "unit", "value", "value_max")

    def __init__(self, i: int) -> None:
        self.first = i  # the token the scanner stands on
        self.i = i  # the token the next phase reads from
        self.span_first = i  # the first token of the span when a currency leads it
        self.number_first = i  # the first token of the span otherwise
        self.approx: str | None = None
        self.currency: str | None = None
        self.prefix_currency = False
        self.bare_dollar_prefix = False
        self.negative = False
        self.reading: NumberReading | None = None
        self.value = _ZERO
        self.value_max: Decimal | None = None
        self.kind = _NUMBER
        self.subunit: str | None = None
        self.distributive = False  # दो-दो हजार: that much each
        self.paired = False  # दो तीन करोड़: two number words side by side, a rough range
        self.unit: str | None = None  # of a quantity or a duration
        self.per: str | None = None  # the unit a rate is counted against
        self.iso: str | None = None  # of a time, a date or a duration
        self.end = i  # the token after the amount
        self.steps: list[str] = []


def _setter(name: str) -> Callable[[Amount, object], None]:
    """The setter of :class:`Amount`'s field ``name`` (its slot's descriptor)."""
    setter: Callable[[Amount, object], None] = getattr(Amount, name).__set__
    return setter


#: The setters of :class:`Amount`'s fields, one constant each: :func:`_amount` calls them one
#: by one (a loop over a tuple of them cost twice as much in the plain build).
_SET_TEXT: Final = _setter("text")
_SET_START: Final = _setter("start")
_SET_END: Final = _setter("end")
_SET_VALUE: Final = _setter("value")
_SET_KIND: Final = _setter("kind")
_SET_CURRENCY: Final = _setter("currency")
_SET_VALUE_MAX: Final = _setter("value_max")
_SET_APPROX: Final = _setter("approx")
_SET_SUBUNIT: Final = _setter("subunit")
_SET_DISTRIBUTIVE: Final = _setter("distributive")
_SET_UNIT: Final = _setter("unit")
_SET_PER: Final = _setter("per")
_SET_ISO: Final = _setter("iso")
_SET_FRACTION: Final = _setter("fraction")
assert AMOUNT_FIELDS == ("text", "start", "end", "value", "kind", "currency", "value_max",
                         "approx", "subunit", "distributive", "unit", "per", "iso",
                         "fraction"), "a field of Amount has no setter in _amount"


def _amount(text: str, start: int, end: int, value: Decimal, kind: Kind, currency: str | None,
            value_max: Decimal | None, approx: Approx | None, subunit: str | None,
            distributive: bool, unit: str | None, per: str | None, iso: str | None,
            fraction: str | None) -> Amount:
    """The :class:`Amount` of these fields (every field, in order), made without the
    dataclass's ``__init__``, which sets each frozen field through ``object.__setattr__`` and
    runs as Python: that cost a tenth of a compiled extract(). The object is the same: equal,
    hashed, printed and pickled alike (a test holds the two ways to each other)."""
    amount: Amount = object.__new__(Amount)
    _SET_TEXT(amount, text)
    _SET_START(amount, start)
    _SET_END(amount, end)
    _SET_VALUE(amount, value)
    _SET_KIND(amount, kind)
    _SET_CURRENCY(amount, currency)
    _SET_VALUE_MAX(amount, value_max)
    _SET_APPROX(amount, approx)
    _SET_SUBUNIT(amount, subunit)
    _SET_DISTRIBUTIVE(amount, distributive)
    _SET_UNIT(amount, unit)
    _SET_PER(amount, per)
    _SET_ISO(amount, iso)
    _SET_FRACTION(amount, fraction)
    return amount


def _four_digits_first(c: Candidate) -> bool:
    """The rendering of the amount of ``c`` starts with four digits or more (a whole number
    from 1000, its value first): no model name reads it (``iPhone 15`` takes up to three), so
    a model word or a Latin word before it changes nothing (``EMI 46300 INR``). A reading
    with an exact fraction counts as none, even where the amount writes a decimal (the safe
    side: :func:`hindinum.normalize` then reads it back)."""
    return (c.reading is None or c.reading.exact is None) and c.value >= 1000 \
        and c.kind in _VALUE_FIRST


#: The kinds whose kind and unit a plain number beside them takes across a change.
_CHANGING: Final = frozenset({_MONEY, _PERCENT, _QUANTITY, _DURATION})


def _takes_kind_of(amount: Amount, like: Amount) -> bool:
    """``amount`` is a plain number of the size of ``like`` (within a tenth and ten times
    it), and ``like`` one value of money (not in a subunit), a percentage, a quantity or a
    duration."""
    if amount.kind is not _NUMBER or amount.value_max is not None or like.value_max is not None \
            or like.kind not in _CHANGING or like.subunit is not None or like.value <= 0 \
            or amount.distributive or like.distributive or amount.fraction is not None:
        return False
    return like.value / 10 <= amount.value <= like.value * 10


def _with_kind_of(amount: Amount, like: Amount) -> Amount:
    """``amount`` with the kind, currency and unit of ``like`` (and its ISO duration)."""
    iso = None
    if like.kind is _DURATION and like.unit is not None:
        iso = measure.iso_duration(amount.value, like.unit)
    return replace(amount, kind=like.kind, currency=like.currency, unit=like.unit,
                   per=like.per, iso=iso)


def _money_like(value: Decimal) -> bool:
    """A value of a thousand or more that no year could have: one a noun or verb of money
    beside it makes money (``45 लाख की नकदी``, ``2500 खर्च``; ``1500 खर्च`` may be a year's)."""
    return value >= 1000 and not rules.year_like_value(value)


def _pictograph(key: str) -> bool:
    """A symbol token from the blocks of pictographs and emoji (``😭``, ``🙏``, ``☀``, ``✅``):
    no table of the language holds one."""
    return key >= "\U0001f000" or "\u2600" <= key <= "\u27bf"


#: How many sums on a list of parallel phrases may be passed to find the one that names the
#: currency (``विजेता को 5100, उपविजेता को 3100 और तीसरे को 2100 रुपये``).
_PARALLEL_HOPS: Final = 4
#: How far apart in size two sums in parallel phrases may be and share a currency.
_PARALLEL_RATIO: Final = 10
#: How many words after the list word the second of two parallel phrases may take to reach its
#: sum (``और मृतकों के परिजनों को 4 लाख रुपये``: five, the postposition among them; ``और
#: उनकी पत्नी स्वाति सिंह के पास 17.53 करोड़ रुपये``: seven).
_PARALLEL_REACH: Final = 8

#: Below this power of ten (a thousand, a lakh), a number shares the scale after it only below
#: a hundred (``3 और 5 हजार``; ``500 और 2 हजार रुपये के नोट`` are two notes).
_SHARED_SMALL_POWERS: Final = 7

def _within_ratio(values: list[Decimal], value: Decimal) -> bool:
    """One of the sorted ``values`` is within a factor of ``_PARALLEL_RATIO`` of ``value`` (a
    positive number)."""
    k = bisect.bisect_left(values, value / _PARALLEL_RATIO)
    return k < len(values) and values[k] <= value * _PARALLEL_RATIO


#: The kinds whose rendering starts with the value's digits.
_VALUE_FIRST: Final = frozenset({_NUMBER, _MONEY, _PERCENT, _QUANTITY})


class Scanner:
    """The walk over the tokens of ``text[pos:endpos]``; offsets stay those of ``text``."""

    def __init__(self, text: str, dollar: str = "USD", pos: int = 0, endpos: int | None = None,
                 subunits: str = "auto", lang: Language = HINDI,
                 trace: list[Decision] | None = None, settled: list[bool] | None = None) -> None:
        self.text = text
        self.dollar = dollar
        self.lang = lang
        self.convert_all = subunits == "main"
        self.toks = raw_tokens(text, pos, endpos)
        self.n = self.toks.n
        self.reader = NumberReader(self.toks, lang)
        self.trace = trace
        #: where this scanner's decisions begin in ``trace`` (a long text's pieces share it)
        self.trace_start = 0 if trace is None else len(trace)
        self.settled = settled
        self.masked = self._mask_urls()
        self.url_starts = [a for a, _ in self.masked]
        self.floor = 0  # the token after the last amount: no look-back reaches before it
        self.gate = rules.token_gate(lang)
        self.first_goods = -1  # the first token of priced goods, found on first need (-1)
        self.breaks: list[int] | None = None  # offsets of the sentence ends, on first need
        #: the straight quotes that are inch marks, on first need (measure._inch_quotes)
        self.inch_quotes: frozenset[int] | None = None

    def _mask_urls(self) -> list[tuple[int, int]]:
        toks = self.toks
        if not toks.n:
            return []
        pos, endpos = toks.start[0], toks.end[-1]
        text = self.text[pos:endpos]
        if "://" not in text and "www." not in text and "@" not in text:
            return []
        return [(a + pos, b + pos) for a, b in (m.span() for m in _URL_RE.finditer(text))]

    # -- helpers -----------------------------------------------------------------------------

    def key(self, k: int) -> str:
        """The key of token k, or ``""`` outside the tokens."""
        return self.toks.key[k] if 0 <= k < self.n else ""

    def word_class(self, k: int) -> WordClass | None:
        """The number-word class of token k's key, or ``None``."""
        word = self.lang.words.get(self.toks.key[k])
        return None if word is None else word.cls

    def phrase(self, index: dict[str, list[Phrase]], k: int) -> tuple[str, int] | None:
        """The longest phrase of ``index`` starting at token k: (value, end token)."""
        n = self.n
        if k >= n:
            return None
        keys_at = self.toks.key
        entries = index.get(keys_at[k])
        if not entries:
            return None
        after = keys_at[k + 1] if k + 1 < n else None  # None: no second key matches
        for keys, value, glued in entries:
            size = len(keys)
            if size == 1:
                return value, k + 1
            if keys[1] == after and k + size <= n and self._phrase_at(k, keys, glued):
                return value, k + size
        return None

    def _phrase_at(self, k: int, keys: tuple[str, ...], glued: tuple[bool, ...]) -> bool:
        """The tokens from k are ``keys`` (the first is known to match), glued or joined as
        the table writes them."""
        toks = self.toks
        for i in range(1, len(keys)):
            if toks.key[k + i] != keys[i]:
                return False
            if not (toks.glued(k + i - 1) if glued[i - 1] else toks.joined(k + i - 1)):
                return False
        return True

    def skip_digit_run(self, i: int) -> int:
        """Skip digits joined by - / . : + (and glued letters) from token i."""
        toks = self.toks
        j = i + 1
        while j < self.n and toks.start[j] == toks.end[j - 1] and (
            toks.kind[j] != SYMBOL or toks.key[j] in rules.DIGIT_NEIGHBOURS or toks.key[j] == "+"
        ):
            j += 1
        return j

    # -- the walk ----------------------------------------------------------------------------

    def run(self) -> list[Amount]:
        out: list[Amount] = []
        toks = self.toks
        kinds = toks.kind
        keys = toks.key
        openers = self.lang.openers
        currency = self.lang.currency
        i = 0
        n = self.n
        while i < n:
            kind = kinds[i]
            if kind == WORD:
                if keys[i] not in openers:
                    i += 1
                    continue
            elif kind == SYMBOL and keys[i] not in currency \
                    and (keys[i] not in _MINUS_SIGNS or not self._minus_may_open(i)):
                i += 1
                continue
            if self.masked and self._in_url(toks.start[i]):
                i += 1
                continue
            if kind == DIGITS and i + 1 < n and keys[i + 1] in measure.DIGIT_SIGNS:
                written = measure.at_digits(self, i)  # 10:30, 15/08/2023
                if written is not None:
                    out.append(self._finish(written))
                    i = self.floor = written.end
                    continue
            if kind == DIGITS and self.gate.open(self, i):
                skip = self._token_rules(i)
                if skip:
                    i = skip
                    continue
            amount, nxt = self._amount_at(i)
            if amount is not None:
                out.append(amount)
                self.floor = nxt
            i = max(nxt, i + 1)
        if len(out) >= 2:
            self._shared_scale(out)
        if len(out) >= 2 and self.lang.implied_currency:
            self._list_kind(out)
        if len(out) >= 2 and self.lang.change_links:
            self._change_kind(out)
        if len(out) >= 2 and self.lang.implied_currency:
            self._sentence_currency(out)
        if len(out) >= 2:
            self._date_list(out)
        if len(out) >= 2 and self.lang.energy_pers:
            self._tariff_slabs(out)
        return out

    def _date_list(self, out: list[Amount]) -> None:
        """Four digits that a year could be, listed right before a year with only a comma or
        a list word between, are a year too: ``2014 और 2019 में``, ``2016, 2018 और 2020 के
        चुनाव``; and a day of the month before a date's day, a day of its month: ``27, 28 और 29
        मार्च`` (right to left, so a list takes the kind from its last)."""
        years: list[int] = []
        days: list[int] = []
        for j in range(len(out) - 2, -1, -1):
            a, b = out[j], out[j + 1]
            if a.kind is not _NUMBER or a.value_max is not None or a.currency is not None \
                    or b.kind is not _DATE or b.iso is None \
                    or not self._list_gap(a.end, b.start):
                continue
            if len(b.iso) == 4 and b.iso.isdigit() and _listed_year(a):
                self._retake(out, j, replace(a, kind=_DATE, iso=measure.iso_year(int(a.value))))
                years.append(j)
                continue
            iso = measure.listed_day(a.text, a.value, b.iso)
            if iso is not None and self.text[a.end:b.start].strip():  # a comma or a list word
                self._retake(out, j, replace(a, kind=_DATE, iso=iso))
                days.append(j)
        if years and self.trace is not None:
            self._retrace(out, years, "a year of the list")
        if days and self.trace is not None:
            self._retrace(out, days, "a day of the list")

    def _tariff_slabs(self, out: list[Amount]) -> None:
        """The slabs of a tariff: a plain number or range right before the word for "unit",
        in the sentence of a price per unit, counts kilowatt-hours: ``0 से 100 यूनिट के बीच
        6.10 रुपये प्रति यूनिट`` (0..100 kWh), ``100 यूनिट तक ₹3 35 पैसे प्रति यूनिट``. Read
        from the price as read, not from its words, so the rendering ``INR/unit`` keeps it;
        ``5 यूनिट रक्त`` (a noun after the unit) stays a count, and so does a unit priced
        above what a kilowatt-hour costs (``lang.energy_rate_max``: blood, flats)."""
        pers = self.lang.energy_pers
        rated = {self._sentence_of(b.start) for b in out
                 if b.per in pers and b.currency is not None and b.value_max is None
                 and 0 < b.value <= self.lang.energy_rate_max}
        if not rated:
            return
        changed: list[int] = []
        old: list[tuple[int, int]] = []
        for m, a in enumerate(out):
            k = self._energy_unit_after(a)
            if k < 0 or self._sentence_of(a.start) not in rated:
                continue
            end = self.toks.end[k]
            old.append((a.start, a.end))
            self._retake(out, m, replace(a, kind=_QUANTITY, unit="kWh", end=end,
                                         text=self.text[a.start:end]))
            changed.append(m)
        if changed and self.trace is not None:
            self._retrace(out, changed, "a slab of a tariff", old)

    def _energy_unit_after(self, a: Amount) -> int:
        """The token of a word for "unit" right after the plain number ``a`` with no noun
        after it (``तक``, ``के बीच``, a comma may follow), or -1."""
        if a.kind is not _NUMBER or a.currency is not None or a.value < 0 or a.distributive:
            return -1
        toks = self.toks
        k = bisect.bisect_left(toks.start, a.end)
        lang = self.lang
        if k >= self.n or k == 0 or toks.key[k] not in lang.energy_unit_words \
                or toks.end[k - 1] != a.end or not toks.joined(k - 1):
            return -1
        if toks.joined(k) and toks.kind[k + 1] == WORD:
            after = toks.key[k + 1]
            if not (after in lang.approx_after or after in lang.of_words
                    or after in lang.list_links or after in lang.copulas
                    or after in lang.currency or after in lang.words):
                return -1  # 5 यूनिट रक्त: units of blood (but 100 यूनिट Rs 3 प्रति यूनिट)
        return k

    def _sentence_of(self, offset: int) -> int:
        """The number of the sentence of ``text`` that ``offset`` falls in (the line breaks and
        dandas of this scanner's stretch, found on first need)."""
        if self.breaks is None:
            toks = self.toks
            pos, endpos = (toks.start[0], toks.end[-1]) if toks.n else (0, 0)
            self.breaks = [m.start() for m in _BREAK_RE.finditer(self.text, pos, endpos)]
        return bisect.bisect_right(self.breaks, offset)

    def _list_gap(self, start: int, end: int, min_max: bool = False) -> bool:
        """``text[start:end]`` holds a comma or a list word at most, in one sentence (and,
        with ``min_max``, a word of ``lang.min_max_words`` after them)."""
        if self._sentence_ends(start, end):
            return False
        gap = self.text[start:end].replace(",", " ").split()
        if min_max and gap and fold(gap[-1]) in self.lang.min_max_words:
            gap.pop()
        return len(gap) <= 1 and (not gap or fold(gap[0]) in self.lang.list_links)

    def _change_kind(self, out: list[Amount]) -> None:
        """A plain number and an amount of money, a percentage, a quantity or a duration of
        its size (within a tenth and ten times it), with only a word of change between them,
        name one thing twice: the number takes the other's kind and unit (``किराया 10 से
        बढ़ाकर 15 रुपये``: 10 INR; ``आयु सीमा 32 से बढ़ाकर 38 वर्ष``: 32 years; ``6.5 से बढ़कर 7
        फीसदी``). By value, so that digits and words read alike; bare digits before the change
        take the scale word of the figure after it where that brings them to its size, as a
        range's low end does (``लिमिट 1.50 से बढ़ाकर 3 लाख रुपये``: 1.5 lakh, ``10 से बढ़ाकर 15
        लाख रुपये``: ten lakh)."""
        linked = [j for j in range(len(out) - 1)
                  if self._change_between(out[j].end, out[j + 1].start)
                  or self._from_to(out[j], out[j + 1])]
        if not linked:
            return
        changed: list[int] = []
        # right to left, then left to right: along a chain (10 से बढ़ाकर 12 से बढ़कर ₹15) the
        # kind goes as far as it goes, whichever end it starts from
        for j in [*reversed(linked), *linked]:
            for m, like in ((j, out[j + 1]), (j + 1, out[j])):
                amount = self._scale_of(out[m], like) if m == j else out[m]
                if _takes_kind_of(amount, like) and (m == j or self._figure_ends(out[m].end)):
                    self._retake(out, m, _with_kind_of(amount, like))
                    changed.append(m)
                    break
        if changed and self.trace is not None:
            self._retrace(out, changed, "kind of the figure it changes to or from")

    def _scale_of(self, amount: Amount, like: Amount) -> Amount:
        """``amount``, bare digits, times the scale of ``like`` (digits and a scale word: its
        value over its digits' is a power of ten of a thousand or more), where that puts it
        within a tenth and ten times ``like``, it is not so already, and the change goes the
        way its words say (up unless a word of falling stands between); else ``amount``."""
        text = amount.text
        if not text.replace(".", "").isdigit() or amount.kind is not _NUMBER:
            return amount
        toks = self.toks
        k = bisect.bisect_left(toks.start, like.start)
        lead = digits_value(toks.key[k]) if k < self.n and toks.kind[k] == DIGITS else None
        if not lead or like.value_max is not None or like.value <= 0:
            return amount
        power = (like.value / lead).adjusted()
        scaled = amount.value.scaleb(power)
        if power < 3 or like.value != lead.scaleb(power) \
                or like.value / 10 <= amount.value <= like.value * 10 \
                or not like.value / 10 <= scaled <= like.value * 10 or scaled == like.value:
            return amount
        falling = any(fold(w) in self.lang.falling_words
                      for w in self.text[amount.end:like.start].split())
        if (scaled > like.value) != falling:
            return amount  # शेयर 3 से बढ़कर 1 हजार रुपये: 3, since 3 हजार would not rise
        return replace(amount, value=clean(scaled))

    def _figure_ends(self, end: int) -> bool:
        """The figure a change goes to ends at ``text[end]``: the text ends there, or a sign
        or a word of ``lang.figure_ends`` follows (``15 पर``, ``15 हो गया``, ``15।``), not a
        noun it counts (``3 मजदूरों की मौत``)."""
        rest = self.text[end:end + 32].split(None, 1)
        if not rest:
            return True
        word = rest[0].rstrip(",.!?;:\u0964\u0965")
        return not word or not word[0].isalpha() or fold(word) in self.lang.figure_ends

    def _from_to(self, a: Amount, b: Amount) -> bool:
        """``a`` and ``b`` stand with only a range word between them, ``b`` is the smaller and
        a word of falling stands among the three words before ``a`` in its clause: no range but
        a change from one to the other (``रेपो दर को घटाकर 4.40 से 4 प्रतिशत``, ``तापमान कम होकर 27.6 से
        26.0 डिग्री पर आया``; ``एनएच 44 से 10 किलोमीटर दूर`` is a distance from a road)."""
        if a.value <= b.value or a.value_max is not None or b.value_max is not None \
                or b.start - a.end >= 8 or fold(self.text[a.end:b.start].strip()) \
                not in self.lang.range_words:
            return False
        before = self.text[max(0, a.start - 40):a.start]
        before = before[max(before.rfind(mark) for mark in _CLAUSE_MARKS) + 1:]
        return any(fold(w) in self.lang.falling_words for w in before.split()[-3:])

    def _change_between(self, start: int, end: int) -> bool:
        """``text[start:end]`` is one phrase of change (``से बढ़कर``), on one line."""
        if not 4 < end - start < 24:
            return False  # no phrase of change is so short or so long (a cheap test first)
        words = self.text[start:end].split()
        if not 2 <= len(words) <= 3 or self._sentence_ends(start, end):
            return False
        return " ".join(fold(w) for w in words) in self.lang.change_links

    def _shared_scale(self, out: list[Amount]) -> None:
        """A bare number below a thousand right before a number of one figure and its scale
        words, with only a list word or a comma between, shares the scale: ``3 और 1 करोड़
        रुपये`` (30000000 and 10000000), ``2 और 3 लाख लोग``, ``तीन और चार लाख``, ``2, 3 और 5
        करोड़`` (right to left, so a list shares it from its last); the kind and currency
        follow by :meth:`_list_kind`. Not after a word of an identifier, a part of the day or a
        month (``कक्षा 10 और 12 हजार छात्र``, ``शाम 5 और 6 हजार वाहन``), nor across words
        (``विजेता को 5 और उपविजेता को 3 लाख रुपये`` leaves the first's scale unsaid), nor
        where :meth:`_shares_scale` finds the sizes apart or a comma alone between."""
        changed: list[int] = []
        power: int | None = None
        for j in range(len(out) - 2, -1, -1):
            a, b = out[j], out[j + 1]
            chained = bool(changed) and changed[-1] == j + 1  # b took the scale itself
            power = power if chained else self._scale_power(b)
            if power is None or a.kind is not _NUMBER or a.currency is not None \
                    or a.value_max is not None or a.distributive or not 0 < a.value < 1000 \
                    or not self._list_gap(a.end, b.start) or not self._bare(a) \
                    or not self._shares_scale(a, b, power, chained):
                continue
            self._retake(out, j, replace(a, value=clean(a.value.scaleb(power))))
            changed.append(j)
        if changed and self.trace is not None:
            self._retrace(out, changed, "scale of the number listed after it")

    def _shares_scale(self, a: Amount, b: Amount, power: int, chained: bool) -> bool:
        """``a`` may share the scale of ``b``: a list word stands between them, or a comma where
        ``b`` took the scale itself (``2, 3 और 5 लाख``; not ``स्कोर 250, 5 हजार दर्शक``); ``a``
        is at most five times ``b``'s figure and, before a thousand or a lakh, below a hundred
        (not ``500 और 2 हजार रुपये के नोट``, ``स्कोर 95 और 2 लाख रुपये का इनाम``); and ``a`` is
        no article before a list word ("another": ``एक और 2 करोड़ रुपये की किस्त``)."""
        words = self.text[a.end:b.start].replace(",", " ").split()
        if not words and not (chained and "," in self.text[a.end:b.start]):
            return False
        figure = b.value.scaleb(-power)
        if not 0 < a.value <= 5 * figure or power < _SHARED_SMALL_POWERS and a.value >= 100:
            return False
        return not (words and fold(self.text[a.start:a.end]) in self.lang.article_words)

    def _scale_power(self, b: Amount) -> int | None:
        """The power of ten of the scale words of ``b``, a plain number or money of one figure
        and one or two scale words (``1 करोड़ रुपये``, ``चार लाख``, ``1.5 लाख करोड़``), a
        thousand or more; else ``None``."""
        if b.value_max is not None or b.kind is not _NUMBER and b.kind is not _MONEY \
                or b.subunit is not None:
            return None
        toks = self.toks
        k = bisect.bisect_left(toks.start, b.start)
        if k + 1 >= self.n or not (toks.kind[k] == DIGITS or self.word_class(k) is _UNIT) \
                or self.word_class(k + 1) is not _SCALE:
            return None
        power = 0
        for m in (k + 1, k + 2):
            word = self.lang.words.get(toks.key[m]) if m < self.n and toks.joined(m - 1) else None
            if word is None or word.cls is not _SCALE or word.power is None:
                break
            power += word.power
        return power if power >= 3 else None

    def _bare(self, a: Amount) -> bool:
        """``a`` is one token, digits or a number word (no scale), and no word of an identifier
        stands before it."""
        toks = self.toks
        k = bisect.bisect_left(toks.start, a.start)
        if toks.end[k] != a.end or not (toks.kind[k] == DIGITS or self.word_class(k) is _UNIT):
            return False
        before = toks.key[k - 1] if k > 0 and toks.joined(k - 1) else ""
        lang = self.lang
        return before not in lang.id_words and before not in lang.number_nouns \
            and before not in lang.id_nouns and before not in lang.law_codes \
            and before not in lang.day_parts and before not in lang.months

    def _list_kind(self, out: list[Amount]) -> None:
        """Plain numbers listed between two amounts of money in one currency (or two
        percentages) take their kind: ``पहला पुरस्कार 11 लाख रुपये, दूसरा 7 लाख, तीसरा 5 लाख
        और चौथा 3 लाख रुपये``, ``97 % ..., चेन्नई में 93.87 और दिल्ली में 89.00 फीसदी``. A
        member is a plain number that a comma or a list word follows; for money it is a
        thousand at least, for a percentage 100 at most (by value, not by how it is written, so
        that the same text in digits and in words reads alike). Without an amount of the kind
        before them, the members must stand right before each other and the last amount, with
        only a comma or a list word between (``26 अरब 50 करोड़ और 23 अरब डॉलर``). Money in a
        subunit of no known currency (``3 फ़ेन``) lends no kind. Between two
        amounts, ordinals are passed over; anything else, or the end of a sentence, ends the
        list."""
        left: Amount | None = None
        members: list[int] = []
        changed: list[int] = []
        for j, a in enumerate(out):
            kind = a.kind
            if kind is _ORDINAL and a.currency is None:
                continue
            if kind is _NUMBER and a.currency is None and self._listed(a.end):
                members.append(j)
                continue
            if members and (kind is _MONEY and a.currency is not None or kind is _PERCENT) and (
                    left is not None and left.kind is kind and left.currency == a.currency
                    and not self._sentence_ends(left.end, a.start)
                    or self._tight(out, members, j, min_max=True)):
                for m in members:
                    if self._joins_list(out[m], a, left):
                        self._retake(out, m, replace(out[m], kind=a.kind, currency=a.currency))
                        changed.append(m)
            elif members and kind is _QUANTITY and a.per is None \
                    and self._tight(out, members, j, min_max=True):
                for m in members:  # 35.2 और न्यूनतम 20.4 डिग्री: two temperatures
                    if _takes_kind_of(out[m], a):
                        self._retake(out, m, _with_kind_of(out[m], a))
                        changed.append(m)
            left, members = (a if kind is _MONEY or kind is _PERCENT else None), []
        if changed and self.trace is not None:
            self._retrace(out, changed, "kind of the list")

    def _sentence_currency(self, out: list[Amount]) -> None:
        """A plain number that could not be a year and stands as a sum is money in the
        currency the language leaves unsaid where its sentence holds a sum in that currency
        within a factor of ``_PARALLEL_RATIO`` of it: ``उसे 3 करोड़, रजत पदक जीतने पर 2 करोड़
        तथा कांस्य पदक ... एक करोड़ रुपए``, ``जो टिकट 5-6 हजार में मिल रहा था, वह अब 30-40 हजार
        रुपये तक``. It stands as a sum by the words around it (:meth:`_sum_ends`: a head word
        before it, no noun it counts after it, ``मतदाता 2.5 लाख हैं`` and ``2 करोड़ श्रद्धालु``
        are counts); listed before another amount, only where that one is such money (so a
        list of counts that names its noun at the end stays one: ``भाजपा को 220 करोड़,
        कांग्रेस को 110 करोड़ वोट``). By value, so that digits and words read alike; right to
        left, so that a list takes the kind from the sum that ends it."""
        home = self.lang.implied_currency
        named = [b for b in out if b.kind is _MONEY and b.currency == home and b.value > 0]
        if not named:
            return
        ends = self._sentence_ends_of(out)
        sums: dict[int, list[Decimal]] = {}
        for b in named:
            sums.setdefault(bisect.bisect_left(ends, b.start), []).append(b.value)
        for values in sums.values():
            values.sort()  # a sum of a size is looked up by bisection (linear on long text)
        changed: list[int] = []
        for m in range(len(out) - 1, -1, -1):
            a = out[m]
            near = sums.get(bisect.bisect_left(ends, a.start))
            if near is None or a.kind is not _NUMBER or a.currency is not None \
                    or not _money_like(a.value) \
                    or a.value_max is not None and not _money_like(a.value_max) \
                    or not _within_ratio(near, a.value) \
                    or not self._sum_ends(a, out[m + 1] if m + 1 < len(out) else None):
                continue
            self._retake(out, m, replace(a, kind=_MONEY, currency=home))
            changed.append(m)
        if changed and self.trace is not None:
            self._retrace(out, changed, "currency of a sum in its sentence")

    def _sentence_ends_of(self, out: list[Amount]) -> list[int]:
        """Where the sentences of this scanner's stretch end: a line break, a danda, or a
        full stop, ``?`` or ``!`` before a space, outside every amount of ``out`` (``2,275
        रु.`` ends no sentence)."""
        toks = self.toks
        spans = [(a.start, a.end) for a in out]
        ends = []
        for match in _SENTENCE_END_RE.finditer(self.text, toks.start[0], toks.end[-1]):
            k = bisect.bisect_left(spans, (match.start() + 1,)) - 1
            if k < 0 or spans[k][1] <= match.start():
                ends.append(match.start())
        return ends

    def _sum_ends(self, a: Amount, following: Amount | None) -> bool:
        """The plain number ``a`` stands as a sum, as :meth:`_sentence_currency` says: a word
        of ``lang.sum_head_words`` right before it (words of ``sum_head_skipped``, of "only"
        and of "about" passed over), a noun of money or priced goods, or the start of its
        stretch; after it a sign or a word of ``lang.sum_end_words``, a qualifier between or
        not (after ``में`` any word may stand before it: ``टिकट 5-6 हजार में``, but not ``8 हजार
        में से``: a part of a count), or a list word or comma and a sum of money it lists
        (not one its own noun of money names: ``सभा में 10 हजार और कुल खर्च 1 लाख रुपये``).
        Never after a word of a count or another currency (:meth:`_tally_or_other_currency`),
        of "per" or "every" (``हर 10 हजार में एक व्यक्ति``) nor, unless a range or a price
        before ``में`` (``टिकट 5 हजार में``), a word of an identifier (``टिकट 5050 है``)."""
        toks = self.toks
        lang = self.lang
        first = bisect.bisect_left(toks.start, a.start)
        before = self._sum_head(first)
        k = self._past_approx(bisect.bisect_left(toks.start, a.end))
        key = toks.key[k] if k < self.n and toks.joined(k - 1) else ""
        if a.value_max is None and key not in lang.price_in_words \
                and (before in lang.number_nouns or before in lang.id_words
                     or before in lang.id_nouns) \
                or before in lang.per_words or before in lang.every_words \
                or self._tally_or_other_currency(first):
            return False  # टिकट 5050 है (a ticket's number), हर 10 हजार में एक (a rate)
        headed = before is None or before in lang.sum_head_words \
            or before in lang.money_nouns_before or before in lang.priced_goods
        if key == "," or key in lang.list_links:
            if following is None or following.kind is not _MONEY \
                    or following.currency != lang.implied_currency:
                return False
            named = bisect.bisect_left(toks.start, following.start) - 1
            return headed and not (toks.joined(named)
                                   and toks.key[named] in lang.money_nouns_before)
        if key == "" or toks.kind[k] == SYMBOL and key != "(":
            return headed
        if key not in lang.sum_end_words or toks.kind[k] != WORD:
            return False
        if key in lang.price_in_words:  # में: a price (not में से, a part of a count)
            return not (k + 1 < self.n and toks.joined(k) and toks.key[k + 1] in lang.out_of_words)
        return headed

    def _sum_head(self, first: int) -> str | None:
        """The key of the word before the number that starts at token ``first``, past words
        of ``lang.sum_head_skipped``, of "only" and of "about"; ``None`` at the start of its
        stretch, ``""`` after a sign."""
        toks = self.toks
        lang = self.lang
        k = first - 1
        while k >= 0 and toks.joined(k) and (toks.key[k] in lang.sum_head_skipped
                                             or toks.key[k] in lang.only_words
                                             or toks.key[k] in lang.approx_before):
            k -= 1
        if k < 0 or not toks.joined(k):
            return None
        return toks.key[k] if toks.kind[k] == WORD else ""

    def _tight(self, out: list[Amount], members: list[int], last: int,
               min_max: bool = False) -> bool:
        """The members end at amount ``last``, each right before the next with only a comma
        or a list word between them (and, with ``min_max``, a word of ``lang.min_max_words``
        after it: ``35.2 और न्यूनतम 20.4 डिग्री``)."""
        if members[-1] != last - 1 or last - members[0] != len(members):
            return False  # an ordinal among them: they do not stand right before each other
        if all(self._list_gap(out[m].end, out[m + 1].start) for m in members):
            return True
        return min_max and self._min_max_before(out[members[0]].start) \
            and all(self._list_gap(out[m].end, out[m + 1].start, True) for m in members)

    def _min_max_before(self, start: int) -> bool:
        """A word of the highest or the lowest stands among the three words before
        ``text[start]``: a list with one between its members opens with one too (``अधिकतम
        तापमान 35.2 और न्यूनतम 20.4 डिग्री``; not ``कक्षा में 40 और न्यूनतम 10 किलोमीटर``)."""
        words = self.text[max(0, start - 48):start].split()[-3:]
        return any(fold(w) in self.lang.min_max_words for w in words)

    def _sentence_ends(self, start: int, end: int) -> bool:
        """A line break or a danda stands in ``text[start:end]``."""
        gap = self.text[start:end]
        return "\n" in gap or "\r" in gap or any(mark in gap for mark in SENTENCE_ENDS)

    def _listed(self, end: int) -> bool:
        """A comma or a list word follows ``text[end]``."""
        rest = self.text[end:end + 16].lstrip(" ")
        if rest[:1] == ",":
            return True
        word = rest.split(" ", 1)[0]
        return fold(word) in self.lang.list_links

    @staticmethod
    def _joins_list(member: Amount, end: Amount, left: Amount | None) -> bool:
        """A member takes the kind of the list: a percentage up to 100; money from a thousand
        (7 लाख, not 823: small numbers count things), or of the size of the sums on both
        sides, within half and twice them (``903 रुपए, भोपाल में 908, जयपुर में 906 रुपए``:
        prices; ``₹500 दिए, 3 और लोगों ने ₹200``: people)."""
        if end.kind is _PERCENT:
            return member.value <= 100
        if member.value >= 1000:
            return True
        if left is None or left.kind is not _MONEY:
            return False
        low, high = min(left.value, end.value), max(left.value, end.value)
        return low > 0 and low / 2 <= member.value <= high * 2

    def _retake(self, out: list[Amount], m: int, amount: Amount) -> None:
        """Amount ``m`` of ``out`` becomes ``amount`` (it took a neighbour's kind)."""
        out[m] = amount
        if self.settled is not None:  # its rendering changed: normalize checks it again
            self.settled[len(self.settled) - len(out) + m] = False

    def _retrace(self, out: list[Amount], changed: list[int], step: str,
                 spans: list[tuple[int, int]] | None = None) -> None:
        """The trace's decisions on the amounts that took another's kind (``step`` says
        whose), brought up to date (one pass over this scanner's part of the trace: the
        pieces of a long text share one, and each retraces only its own). ``spans`` are the
        amounts' spans before, where the change widened them."""
        assert self.trace is not None
        before = spans or [(out[m].start, out[m].end) for m in changed]
        now = {span: out[m] for span, m in zip(before, changed)}
        for k in range(self.trace_start, len(self.trace)):
            d = self.trace[k]
            amount = now.get((d.start, d.end)) if d.amount is not None else None
            if amount is not None:
                self.trace[k] = replace(d, start=amount.start, end=amount.end, text=amount.text,
                                        amount=amount, steps=(*d.steps, step))

    def _minus_may_open(self, i: int) -> bool:
        """The minus sign at token i stands before digits, a number word or a currency (or
        opens an idiom or a qualifier): elsewhere no amount starts at it (a run of dashes is
        passed over at the cost of a look-up each)."""
        k = i + 1
        toks = self.toks
        lang = self.lang
        if k < self.n and (toks.kind[k] == DIGITS or toks.key[k] in lang.words
                           or toks.key[k] in lang.currency):
            return True
        return toks.key[i] in self.gate.opening or toks.key[i] in lang.approx_before

    def _in_url(self, offset: int) -> bool:
        """``offset`` lies inside a URL or e-mail address (spans sorted, found by bisection)."""
        k = bisect.bisect_right(self.url_starts, offset) - 1
        return k >= 0 and offset < self.masked[k][1]

    def _token_rules(self, i: int) -> int:
        """The first token rule that fires at digit token i: the token after what it skips."""
        for rule in rules.TOKEN_RULES:
            skip = rule(self, i)
            if skip:
                if self.trace is not None:
                    self._note(i, skip, "not an amount", rule)
                return skip
        return 0

    def _note(self, first: int, stop: int, verdict: str, rule: object,
              amount: Amount | None = None, steps: tuple[str, ...] = ()) -> None:
        """Record a decision in the trace: ``rule`` is a rule function or a phase's name."""
        assert self.trace is not None
        stop = max(min(stop, self.n), first + 1)
        start, end = self.toks.start[first], self.toks.end[stop - 1]
        if amount is not None:
            start, end = amount.start, amount.end
        name = getattr(rule, "__name__", str(rule))
        doc = getattr(rule, "__doc__", None) if callable(rule) else _REASONS.get(name)
        why = " ".join((doc or "").split("\n\n")[0].split())
        self.trace.append(Decision(start, end, self.text[start:end], verdict, name, why, amount,
                                   steps))

    def _amount_at(self, i: int) -> tuple[Amount | None, int]:
        """The amount that starts at token i, and the token after it; or ``None`` and the
        token at which the walk resumes."""
        if self.toks.key[i] in _MINUS_SIGNS and self._minus_before_sign(i):
            signed = self._negative_money(i)
            if signed is not None:
                if self.trace is not None and signed[0] is not None:
                    self._note(i, signed[1], "amount", "amount", signed[0], ("minus sign",))
                return signed
        c = Candidate(i)
        resume = self._opening_rules(c) if self.toks.key[i] in self.gate.opening else GO
        if resume == GO:
            resume = self._open(c)
        if resume == GO and c.i != i and self.toks.kind[c.i] == DIGITS:
            written = measure.at_digits(self, c.i)  # लगभग 4:30 बजे: a qualifier, then a time
            if written is not None:
                written.first, written.approx = i, c.approx
                return self._finish(written), written.end
        if resume == GO:
            resume = self._number(c)
        if resume == GO:
            resume = self._attach(c)
        if resume == GO:
            resume = self._filter(c)
        if resume != GO:
            return None, resume
        return self._finish(c), c.end

    def _finish(self, c: Candidate) -> Amount:
        """The amount of a candidate that every phase let through."""
        amount = self._close(c)
        if self.settled is not None:
            self.settled.append(self._settled(c))
        if self.trace is not None:
            self._note(c.first, c.end, "amount", "amount", amount, tuple(c.steps))
        return amount

    def _step(self, c: Candidate, what: str, detail: str | None = None) -> None:
        """Record a phase's finding for the trace (nothing without one)."""
        if self.trace is not None:
            c.steps.append(what if detail is None else f"{what}: {detail}")

    def _reject(self, c: Candidate, rule: object, resume: int) -> int:
        """The candidate is no amount by ``rule``; the walk resumes at ``resume``."""
        if self.trace is not None:
            self._note(c.first, max(resume, c.end), "not an amount", rule)
        return resume

    # -- phase 1: what opens the amount ------------------------------------------------------

    def _opening_rules(self, c: Candidate) -> int:
        for rule in rules.OPENING_RULES:
            resume = rule(self, c.i)
            if resume:
                return self._reject(c, rule, resume)
        return GO

    def _open(self, c: Candidate) -> int:
        """A qualifier before the amount, a currency written first, a minus sign."""
        key = self.toks.key[c.i]
        hit = self.phrase(self.lang.approx_before, c.i) if key in self.lang.approx_before else None
        if hit is not None and hit[1] < self.n and self.toks.joined(hit[1] - 1):
            c.approx, c.i = hit
            self._step(c, "qualifier before", hit[0])
        c.span_first = c.i
        resume = self._currency_before(c) if self.toks.key[c.i] in self.lang.currency else GO
        if resume == GO:
            c.number_first = c.i
            key = self.toks.key[c.i]
            word = self.lang.words.get(key)
            if key in _MINUS_SIGNS or word is not None and word.cls is _MINUS:
                resume = self._minus(c)
        return resume

    def _currency_before(self, c: Candidate) -> int:
        """``₹500``, ``Rs. 2.5 lakh``, ``c $ 16.4 मिलियन``."""
        i = c.i
        if self.toks.key[i] not in self.lang.currency:
            return GO
        run = self._currency_run(i)
        if run is None:
            return GO
        iso, last, j = run
        if self._prefix_currency(last, j):
            j = self._after_mark(j)
            if j < self.n and (self.toks.joined(j - 1) or self.toks.glued(j - 1)) \
                    and self._opens_number(j):
                c.currency, c.i = self._iso(iso), j
                c.prefix_currency = True
                c.bare_dollar_prefix = iso == self.lang.bare_dollar
                self._step(c, "currency before", c.currency)
            elif c.approx is None:
                return self._reject(c, "currency_without_number", c.first + 1 if last == i else j)
        elif last > i and c.approx is None:
            return self._reject(c, "currency_without_number", j)  # ₹ ₹ with no number after
        return GO

    def _minus(self, c: Candidate) -> int:
        """A minus sign or word before the number (``-5``, ``माइनस पाँच``), not a dash."""
        toks = self.toks
        i = c.i
        key = toks.key[i]
        if not (key in _MINUS_SIGNS or toks.kind[i] == WORD
                and self.word_class(i) is _MINUS):
            return GO
        prev_is_number = i > 0 and self.toks.joined(i - 1) and (
            toks.kind[i - 1] == DIGITS or self.word_class(i - 1) in _NUMBER_BEFORE_MINUS)
        if prev_is_number or i + 1 >= self.n or not (self.toks.joined(i) or self.toks.glued(i)):
            return c.first + 1
        if key in _MINUS_SIGNS and not (self.toks.glued(i) or not self.toks.joined(i - 1)):
            return c.first + 1
        if key in _MINUS_SIGNS and i > 0 and toks.end[i - 1] == toks.start[i] \
                and (toks.kind[i - 1] == WORD or rules.abbreviation_before(self, i)):
            return c.first + 1  # a hyphen inside a word or code (कोविड-19, एन.एच.-19)
        if key in _MINUS_SIGNS and i > 0 and toks.joined(i - 1) \
                and (toks.key[i - 1] in self.lang.id_words
                     or toks.key[i - 1] in self.lang.road_words):
            return c.first + 1  # a dash after a word of an identifier (वार्ड -5, राजमार्ग -306)
        c.negative = True
        c.i = i + 1
        return GO

    def _opens_number(self, j: int) -> bool:
        if self.toks.kind[j] == DIGITS:
            return True
        cls = self.word_class(j) if self.toks.kind[j] == WORD else None
        return cls in _STARTS_NUMBER or self.toks.key[j] in _MINUS_SIGNS

    # -- phase 2: the number and a range -----------------------------------------------------

    def _number(self, c: Candidate) -> int:
        """Read the number, hold it to the reading rules, and read a range end after it."""
        reading = self.reader.read(c.i)
        if reading is None and self.toks.key[c.i] in self.lang.percent_idioms:
            return self._percent_idiom(c)
        if reading is None:
            if self.trace is not None and c.steps:
                self._note(c.first, c.i + 1, "no number", "no number after the opening")
            return c.first + 1
        if c.prefix_currency:
            reading = self._money_scale(reading)
        c.reading = reading
        c.end = reading.end
        if rules.reading_rules_may_fire(self, c):
            for rule in rules.READING_RULES:
                resume = rule(self, c)
                if resume:
                    return self._reject(c, rule, resume)
        c.value = -reading.value if c.negative else reading.value
        c.kind = _ORDINAL if reading.ordinal else _NUMBER
        if self.trace is not None:
            self._step(c, "number", self.text[self.toks.start[c.i]:self.toks.end[c.end - 1]])
        if reading.ordinal:
            return GO
        if self._distributive(c, reading):
            return GO
        rng = self._range(reading, c.end)
        if rng is None:
            return GO
        low, high, c.end = rng
        if c.negative and low == reading.value:
            low = -low
        c.value, c.value_max = low, high
        c.paired = self._range_link(reading.end) is None  # दो तीन करोड़, बीस पच्चीस रुपये
        self._step(c, "range")
        for rule in rules.RANGE_RULES:
            resume = rule(self, c)
            if resume:
                return self._reject(c, rule, resume)
        return GO

    def _percent_idiom(self, c: Candidate) -> int:
        """A set phrase of a percentage: ``शत-प्रतिशत``, ``शत प्रतिशत`` (100%)."""
        hit = self.phrase(self.lang.percent_idioms, c.i)
        if hit is None:
            return c.first + 1
        value = Decimal(hit[0])
        c.reading = NumberReading(value, c.i, hit[1], words=True)
        c.value, c.kind, c.end = value, _PERCENT, hit[1]
        self._step(c, "percent", self.text[self.toks.start[c.i]:self.toks.end[hit[1] - 1]])
        return GO

    def _money_scale(self, reading: NumberReading) -> NumberReading:
        """A scale abbreviation of money glued to digits after a currency: ``₹5L``,
        ``Rs 3.5L`` (lakh)."""
        end = reading.end
        toks = self.toks
        if not (reading.simple and toks.kind[reading.first] == DIGITS and toks.glued(end - 1)
                and toks.kind[end] == WORD):
            return reading
        power = self.lang.money_scales.get(toks.key[end])
        if power is None or toks.glued(end) and toks.kind[end + 1] == WORD:
            return reading
        return replace(reading, value=reading.value.scaleb(power), end=end + 1, simple=False,
                       tail_power=power)

    def _distributive(self, c: Candidate, low: NumberReading) -> bool:
        """A number said twice across a dash means that much each: ``दो-दो हजार रुपये`` is
        2000 for each, ``5-5 लाख`` 500000, ``40-40 ओवर`` 40; so does a number word said twice
        with a space between, before a scale or a currency (``सात सात हजार रुपये``, ``पांच
        पांच लाख``; ``पांच पांच फेरे`` and ``दो दो पदक`` are left as two numbers, as their
        readers mostly mark them)."""
        toks = self.toks
        end = c.end
        if low.simple and low.words and end + 1 < self.n and toks.key[end] == toks.key[low.first] \
                and toks.joined(end - 1) and not toks.glued(end - 1) and toks.joined(end) \
                and self.word_class(low.first) is _UNIT \
                and (self.word_class(end + 1) is _SCALE or toks.key[end + 1] in self.lang.currency):
            end -= 1  # सात सात हजार: the word again after a space
        elif not (low.simple and end < self.n and toks.key[end] in self.lang.range_symbols
                  and toks.glued(end - 1) and toks.glued(end)
                  and toks.key[end + 1] == toks.key[low.first]):
            return False
        again = self.reader.read(end + 1)
        if again is None or again.ordinal:
            return False
        c.value = -again.value if c.negative else again.value
        c.end = again.end
        c.distributive = True
        self._step(c, "distributive")
        return True

    def _range_link(self, end: int) -> tuple[int, bool] | None:
        """The word or sign that joins the two ends of a range at token ``end`` (``-``, ``से``,
        ``से लेकर``, ``और`` … ``के बीच``): (the token after it, whether ``के बीच`` must close)."""
        toks = self.toks
        lang = self.lang
        if end >= self.n:
            return None
        key = toks.key[end]
        j = end + 1
        if key in lang.range_words:
            if j < self.n and toks.key[j] in lang.range_continuations and self.toks.joined(end):
                j += 1
        elif key not in lang.range_and_words and key not in lang.range_symbols:
            return None
        if not self.toks.joined(end - 1) or j >= self.n or not self.toks.joined(j - 1):
            return None
        return j, key in lang.range_and_words

    def _closes_between(self, stop: int) -> bool:
        """``के बीच`` stands at token ``stop``."""
        between = self.lang.between
        return bool(between) and stop + len(between) <= self.n and all(
            self.toks.key[stop + k] == word for k, word in enumerate(between))

    def _unit_then_between(self, k: int, low: Decimal) -> bool:
        """A unit of measure or of time starts at token ``k``, ``के बीच`` after it (a rate's
        second unit after ``/`` too: ``mg/dL``); not a unit of time after a lower end a year
        could be (``2019 और 2024 साल के बीच`` are years)."""
        lang = self.lang
        if k >= self.n or self.toks.key[k] not in lang.measures:
            return False
        hit = self.phrase(lang.measure_units, k)
        if hit is None and not (low >= 1000 and rules.year_like_value(low)):
            hit = self.phrase(lang.duration_units, k)
        if hit is None:
            return False
        end = hit[1]
        if end + 1 < self.n and self.toks.key[end] == "/" and self.toks.glued(end - 1):
            rate = self.phrase(lang.measure_units, end + 1)
            end = end if rate is None else rate[1]
        return self._closes_between(end)

    def _range(self, low: NumberReading, end: int) -> tuple[Decimal, Decimal, int] | None:
        """The upper end of a range after the number ``low``: (low, high, end token)."""
        link = self._range_link(end)
        if link is None:  # two number words side by side, or no range
            return self._adjacent_range(low, end) if low.simple and low.words else None
        j, between = link
        high = self.reader.read(j)
        if high is None or high.ordinal:
            return None
        stop = high.end
        if between and not self._closes_between(stop):
            # the unit may stand between the upper end and के बीच: 145 और 150 रुपए के बीच, 30
            # और 35 डिग्री के बीच, 70 और 100 mg/dL के बीच
            suffix = self._suffix(stop)
            if suffix is None and not self._unit_then_between(stop, low.value) \
                    or suffix is not None and (suffix.per
                                               or not self._closes_between(suffix.end)):
                return None
        lo = low.value
        hi = high.value
        if low.tail_power is None and high.tail_power is not None:
            # 10-12 लाख: the scale of the upper end applies to the lower; if that makes the
            # lower end the larger, the next scale down does (90 से 1 करोड़: 90 लाख to a
            # crore; निन्यानवे से एक सौ लाख: 99 लाख), never below हज़ार (40 से 1 हज़ार: 40 to
            # 1000) nor after a bare scale word (एक से हज़ार, एक से लाख: from one)
            lower = high.tail_power - 2
            powers: tuple[int, ...] = (high.tail_power, lower) if lower >= 3 and stop - j > 1 \
                else (high.tail_power,)
            lead = hi.scaleb(-high.tail_power)
            if low.simple and lead < lo <= 2 * lead and stop - j > 1 \
                    and self.toks.key[end] in self.lang.range_symbols:
                # दस-पांच हजार: 5000 to 10000, said high to low across a dash (across से it is
                # a change or a label and a count: 12 से 8 हजार पर आए, वार्ड 12 से 10 हजार वोट)
                powers = ()
                lo, hi = hi, lo.scaleb(high.tail_power)
            for power in powers:
                scaled = lo.scaleb(power)
                if power > 0 and scaled < hi:
                    lo = scaled
                    break
        if not lo < hi:
            if not (hi < lo and self._before_era(stop)):
                return None
            lo, hi = hi, lo  # 500-400 ईसा पूर्व: years before the era count down
        toks = self.toks
        if toks.kind[stop - 1] == DIGITS and toks.kind[j] == DIGITS and low.first + 1 == low.end \
                and len(toks.key[low.first]) == 4 and len(toks.key[j]) == 2 \
                and toks.key[end] in self.lang.range_symbols:
            return None  # 2020-21: a financial year, not a range
        return lo, hi, stop

    def _before_era(self, stop: int) -> bool:
        """An era before the common era stands at token ``stop`` (``ईसा पूर्व``)."""
        if stop >= self.n or not self.toks.joined(stop - 1):
            return False
        hit = self.phrase(self.lang.eras, stop)
        return hit is not None and hit[0] == "BCE"

    def _adjacent_range(self, low: NumberReading, end: int) -> tuple[Decimal, Decimal, int] | None:
        """दो तीन करोड़, दस बीस हज़ार, बीस पच्चीस रुपये: two number words side by side, as
        speech has them, the second larger and at most twice the first (before its scale);
        not in a run of number words (``एक दो तीन`` counts)."""
        if not (end < self.n and low.simple and low.words and self.toks.joined(end - 1)
                and self.word_class(end) is _UNIT) or self._number_joined(low.first - 1, 1):
            return None
        high = self.reader.read(end)
        if high is None or high.ordinal:
            return None
        if high.tail_power is None:  # no scale: a pair of words alone (चार पांच दिन); एक before
            # a number word is mostly the article (एक दो मंजिला मकान: a two-storey house)
            if not (high.simple and high.words and 2 <= low.value < high.value <= 2 * low.value) \
                    or self._number_joined(high.end, -1):
                return None
            return low.value, high.value, high.end
        if not low.value < high.value.scaleb(-high.tail_power) <= 2 * low.value:
            return None
        return low.value.scaleb(high.tail_power), high.value, high.end

    def _number_joined(self, k: int, step: int) -> bool:
        """Token k is digits or a word that counts (a unit, a scale, a fraction: not और, पहले),
        joined to the token ``step`` away from it."""
        toks = self.toks
        return 0 <= k < self.n and toks.joined(min(k, k + step)) \
            and (toks.kind[k] == DIGITS or self.word_class(k) in _COUNTING)

    # -- phase 3: what follows: percent, currency, subunits ----------------------------------

    def _attach(self, c: Candidate) -> int:
        """A percent word or a currency after the number, subunits after a main unit, ``/-``,
        and the currency again at the upper end of a range (an ordinal takes none of them)."""
        if c.kind is _ORDINAL:
            measure.ordinal_date(self, c) or measure.century(self, c)  # September 29th
            return GO
        if c.prefix_currency and self._exchange_rate(c):
            c.currency, c.prefix_currency, c.span_first = None, False, c.number_first
            self._step(c, "exchange rate: the currency named before is the thing priced")
            return GO
        after = self._suffix(c.end)
        if after is not None and after.iso == "GBP" \
                and self._pound_of_weight(c.span_first, c.end, after.end):
            after = None  # 150 पौंड वजन, वजन 150 पौंड: pounds of weight
        if after is not None:
            self._take_suffix(c, after)
            if c.kind is _PERCENT and c.value_max is None:
                self._percent_range(c)
        elif c.currency is None and c.kind is _NUMBER and self._sign_at_upper_end(c):
            pass  # 12 से ₹17: the sign of the upper end is the range's
        elif c.currency is None and c.kind is _NUMBER and self._unsaid_currency(c):
            pass  # the currency the language leaves unsaid, implied another way
        elif c.kind is _NUMBER and self._percent_before(c):
            pass  # कुल उत्तीर्ण प्रतिशत 77.47 रहा
        elif c.currency is None and self.lang.dash_currency and c.kind is _NUMBER \
                and self.toks.kind[c.end - 1] == DIGITS and self._slash_dash(c.end) > c.end:
            c.currency = self.lang.dash_currency  # 100/-: rupees
            self._step(c, "currency of /-", c.currency)
        if c.currency is not None:
            self._money_tail(c)
            if c.end < self.n and self.toks.key[c.end] in self.lang.rate_openers:
                measure.rate(self, c)  # ₹40 प्रति लीटर
        elif c.kind is _NUMBER and measure.may_measure(self, c):
            for reader in measure.KIND_READERS:
                if reader(self, c):
                    break
        return GO

    def _percent_before(self, c: Candidate) -> bool:
        """A percent word right before the number, with no number before that word, and after
        the number a verb of being, a clause mark or the end: the number is that percentage
        (``कुल उत्तीर्ण प्रतिशत 77.47 रहा``, ``मतदान प्रतिशत 65.3 रहा``); not above 100, not
        before a noun (``40 प्रतिशत 12 जिलों में`` counts districts), not after a word of a
        question (``40 का कितना प्रतिशत 10 है?``: 10 is the part)."""
        first = c.span_first
        toks = self.toks
        lang = self.lang
        if first < 2 or not 0 <= c.value <= 100 or c.value_max is not None and c.value_max > 100 \
                or toks.key[first - 1] not in lang.percent_words or not toks.joined(first - 1) \
                or toks.kind[first - 2] == DIGITS or self.word_class(first - 2) in _COUNTING \
                or toks.key[first - 2] in lang.question_words:
            return False  # 40 प्रतिशत 12 जिलों; कितना प्रतिशत 2 है? asks
        if not rules._clause_ends(self, c.end):
            return False
        c.kind = _PERCENT
        self._step(c, "percent word before it")
        return True

    def _sign_at_upper_end(self, c: Candidate) -> bool:
        """A range whose upper end alone has the currency sign or name before it is money in
        that currency: ``12 से ₹17 पर यूनिट`` (12..17 INR), ``10-$15``, ``15 से $20 डॉलर``. Not
        where the upper end has a scale the lower lacks (``10 से ₹15 लाख`` may be 10 lakh or ten
        rupees), is over ten times the lower (``5-₹500`` is an item and its price), or the lower
        end may be a year or a time (``2019 से ₹6000``, ``मई 2023 से``, ``रात 9 से ₹20``)."""
        if c.value_max is not None or c.negative or c.reading is None \
                or c.end >= self.n or self.toks.key[c.end] not in self.lang.range_link_keys \
                or rules.year_like_value(c.value) and c.value >= 1000 or self._kind_word_before(c):
            return False
        link = self._range_link(c.end)
        if link is None or self.toks.key[link[0]] not in self.lang.currency:
            return False
        run = self._currency_run(link[0])
        if run is None or not self._prefix_currency(run[1], run[2]):
            return False
        k = self._after_mark(run[2])
        if k >= self.n or not (self.toks.joined(k - 1) or self.toks.glued(k - 1)):
            return False
        high = self.reader.read(k)
        if high is None or high.ordinal or not c.value < high.value <= 10 * c.value \
                or high.tail_power is not None and c.reading.tail_power is None \
                or link[1] and not self._closes_between(high.end):
            return False
        currency = self._iso(run[0])
        end = high.end + (len(self.lang.between) if link[1] else 0)
        after = None if link[1] else self._suffix(end)
        if after is not None:
            if after.percent or after.per or self._iso(after.iso) != currency:
                return False  # ₹15 रुपये प्रति किलो after it: left as it reads
            end = after.end  # 15 से $20 डॉलर: the name again
        c.value_max, c.currency, c.end = high.value, currency, end
        self._step(c, "currency before the upper end", c.currency)
        return True

    def _kind_word_before(self, c: Candidate) -> bool:
        """A word that makes a number a date, a year or a time stands right before it (a
        month, ``साल``, ``सत्र``, a part of the day: ``lang.kind_before``)."""
        k = c.number_first - 1
        return k >= 0 and self.toks.joined(k) and self.toks.key[k] in self.lang.kind_before

    def _unsaid_currency(self, c: Candidate) -> bool:
        """Give a plain number the currency the language leaves unsaid where the text implies
        it: a noun of money after it (``45 लाख की नकदी``) or before it (``इनाम 10 करोड़``), a
        verb of money after it (``200 करोड़ कमाए``), goods priced per unit (``सोना 97,350 प्रति
        10 ग्राम``). ``False`` where none does (and in a language that leaves none unsaid)."""
        if not self.lang.implied_currency:
            return False
        key = self.toks.key[c.end] if c.end < self.n else ""
        # a noun or verb of money makes money of a thousand or more only (_money_by_value,
        # _money_like): below that, those four tests cannot pass and are not made
        big = c.value >= 1000
        if big and (key in self.lang.of_words or key in self.lang.approx_after) \
                and self._implied_money(c):
            why = "a noun of money"
        elif big and (key in self.lang.cash_nouns or key in self.lang.approx_after) \
                and self._cash(c):
            why = "a noun of cash or of a price after it"
        elif key in self.lang.of_words and self._bank_note(c):
            why = "a word of bank notes"
        elif big and self._money_noun_before(c):
            why = "a noun of money before it"
        elif big and self._money_verb_after(c):
            why = "a verb of money after it"
        elif big and self._given(c):
            why = "a verb of giving after it and its recipient before it"
        elif self._priced_per_unit(c):
            why = "a price per unit of goods"
        elif self._sum_too_large(c):
            why = "a sum too large to count"
        elif self._home_rate(c):
            why = "its rate against another currency"
        elif key == ")" and self._gloss(c):
            why = "a converted sum in brackets after another currency"
        else:
            currency = self._parallel_currency(c) if key in self.lang.list_links or key == "," \
                else None
            if currency is None:
                return False
            c.currency = currency
            self._step(c, "currency of the sum in the parallel phrase after it", currency)
            return True
        c.currency = self.lang.implied_currency
        self._step(c, "currency implied by " + why, c.currency)
        return True

    def _parallel_currency(self, c: Candidate) -> str | None:
        """The currency of the sum a list word or a comma right after a plain number pairs it
        with, where the two stand in parallel phrases, after the same postposition of
        ``parallel_cases`` (``विजेता टीम को 5100 तथा उपविजेता टीम को 2100 रूपये``), the two within
        a factor of ``_PARALLEL_RATIO`` of each other (``विजेता को 5 और उपविजेता को 3 लाख रुपये``
        leaves the first's scale unsaid; ``भारतीयों के लिए 500 और विदेशियों के लिए 25 डॉलर`` are
        two currencies; ``हर परिवार को 2 और हर बच्चे को 500 रुपये`` a count), and that sum
        names its currency, or takes it the same way from the next (``विजेता को 5100, उपविजेता को
        3100 और तीसरे को 2100 रुपये``), at most ``_PARALLEL_HOPS`` on, or is money in the
        currency left unsaid by a noun of money after it (``वर्मा के पास 77.89 करोड़ और उनकी
        पत्नी के पास 17.53 करोड़ की संपत्ति``, as its rendering names it); the second sum stands
        within ``_PARALLEL_REACH`` words after the list word (``घायलों को 50 हजार और मृतकों के
        परिजनों को 4 लाख रुपये``)."""
        toks = self.toks
        lang = self.lang
        case = c.span_first - 1
        if c.value_max is not None or case < 0 or not toks.joined(case) \
                or toks.key[case] not in lang.parallel_cases:
            return None
        link = c.end
        value = c.value
        for _ in range(_PARALLEL_HOPS):
            partner = self._partner(link, _PARALLEL_REACH)
            if partner is None:
                return None
            first, reading = partner
            end = reading.end
            if toks.key[first - 1] != toks.key[case] or not toks.joined(first - 1) \
                    or not value / _PARALLEL_RATIO <= reading.value <= value * _PARALLEL_RATIO:
                return None  # (5 और उपविजेता को 3 लाख रुपये: 5 lakh, unsaid; a count and a sum)
            value = reading.value
            hit = self.phrase(lang.currency, end) if end < self.n and toks.joined(end - 1) \
                else None
            if hit is not None:
                return self._iso(hit[0])
            if end + 1 < self.n and toks.joined(end - 1) and toks.joined(end) \
                    and toks.key[end] in lang.of_words and toks.key[end + 1] in lang.money_nouns \
                    and _money_like(reading.value):
                return lang.implied_currency  # ... के पास 17.53 करोड़ की संपत्ति: rupees unsaid
            if end >= self.n or not (toks.key[end] in lang.list_links or toks.key[end] == ","):
                return None
            link = end
        return None

    def _implied_money(self, c: Candidate) -> bool:
        """A number of a thousand or more before ``का/की/के`` and a noun of money: ``45 लाख की
        नकदी``, ``500 करोड़ का निवेश``, ``45,00,000 की नकदी``, also with a qualifier between
        (``58 लाख से अधिक का मुआवजा``): the currency the language leaves unsaid. By value, not
        by a scale word, so that digits and words (as verbalize says them) read alike; a value a
        year could have only before a noun no year stands before (``2000 की किस्त``, but ``2000
        का बजट`` and ``दो हज़ार का खर्च`` are a year's); never after an identifier's word
        (``प्लॉट 3456 की संपत्ति``, ``खसरा नंबर 4567 की``)."""
        end = self._past_approx(c.end)
        toks = self.toks
        lang = self.lang
        noun = end + 1
        if noun + 1 < self.n and self._describes(noun) and toks.key[noun + 1] in lang.money_nouns:
            noun += 1  # 4 लाख की आर्थिक सहायता, 40 करोड़ की धुआंधार कमाई
        if noun >= self.n or toks.key[end] not in lang.of_words \
                or toks.key[noun] not in lang.money_nouns or c.reading is None \
                or not toks.joined(end - 1) or not toks.joined(end):
            return False
        return self._money_by_value(c, toks.key[noun])

    def _describes(self, k: int) -> bool:
        """Token k may be a word that describes the noun after it: a word joined to it that
        is no function word of a phrase, number, unit, currency or word of a count (``आर्थिक``
        in ``की आर्थिक सहायता``, ``टर्म`` in ``का टर्म इंश्योरेंस``; not ``आबादी`` in ``5 हजार की
        आबादी कर्ज के बोझ तले``)."""
        toks = self.toks
        lang = self.lang
        key = toks.key[k]
        return toks.kind[k] == WORD and toks.joined(k) and key not in lang.of_words \
            and key not in lang.list_links and key not in lang.approx_after \
            and key not in lang.tally_words \
            and key not in lang.measures and key not in lang.currency \
            and self.word_class(k) not in _COUNTING

    def _past_approx(self, end: int) -> int:
        """The token after a qualifier that starts at token ``end`` (``से अधिक``), or ``end``."""
        if end < self.n and self.toks.key[end] in self.lang.approx_after \
                and self.toks.joined(end - 1):
            hit = self.phrase(self.lang.approx_after, end)
            if hit is not None:
                return hit[1]
        return end

    def _cash(self, c: Candidate) -> bool:
        """A number of a thousand or more right before a noun of cash or of a price (a
        qualifier may stand between), and no noun of what cash counts after it: ``3 करोड़ कैश
        बरामद``, ``1 करोड़ से अधिक नकदी``, ``10 लाख से कम कीमत में``; ``5000 कैश काउंटर`` counts
        counters."""
        end = self._past_approx(c.end)
        toks = self.toks
        if c.reading is None or end >= self.n or toks.key[end] not in self.lang.cash_nouns \
                or not toks.joined(end - 1) \
                or end + 1 < self.n and toks.joined(end) \
                and toks.key[end + 1] in self.lang.cash_counted:
            return False
        return self._money_by_value(c, toks.key[end])

    def _bank_note(self, c: Candidate) -> bool:
        """A denomination of notes (``NOTE_VALUES``) before ``का/की/के`` and a word of bank notes
        is money: ``2000 के नोट``, ``100-100 के नोटों की गड्डियां``; not after a word of a class,
        a page or a chapter (``कक्षा 10 के नोट``, ``पेज 150 के नोट`` are study notes)."""
        end = c.end
        toks = self.toks
        first = c.span_first
        return end + 1 < self.n and toks.key[end + 1] in self.lang.note_nouns \
            and toks.joined(end - 1) and toks.joined(end) and c.value_max is None \
            and c.value in self.lang.note_values \
            and not (first > 0 and toks.key[first - 1] in self.lang.note_not_after)

    def _money_by_value(self, c: Candidate, noun: str) -> bool:
        """The number before the noun of money ``noun`` is money by its value (see
        :meth:`_implied_money`): a thousand or more; one a year could have only before a noun
        no year stands before and with no year word before it; none after a word of an
        identifier."""
        first = c.span_first
        before = self.key(first - 1) if self.toks.joined(first - 1) else ""
        lang = self.lang
        if (before in lang.number_nouns or before in lang.id_words or before in lang.id_nouns) \
                and not (self.toks.joined(first - 2) and self.key(first - 2) in lang.per_words):
            return False  # प्लॉट 3456 की संपत्ति, नंबर 4567 की (but प्रति वाहन 5000 का जुर्माना)
        if _money_like(c.value):
            return True
        return c.value >= 1000 and noun in lang.money_nouns_not_of_years \
            and before not in lang.year_before

    def _money_noun_before(self, c: Candidate) -> bool:
        """A noun of money or a price right before a number of a thousand or more that could
        not be a year (a qualifier or a label's mark may stand between), and no noun, digits
        or bracket after it (a sign, ``का``/``की``/``के``, a list word, a verb that ends the
        clause or the end): ``पहला इनाम 10 करोड़ का``, ``इनाम 5,00,000 का``, ``लागत- 12 लाख,``,
        ``खर्चा 3.5 लाख आता है``; ``कर्ज 5 लाख किसानों का`` counts farmers, ``बजट 2024`` is a
        year. A noun that names a sum (``lang.sum_nouns``) may own a figure or an estimate said
        before the number (``बजट का आंकड़ा 960 से 1000 करोड़``: ``lang.figure_nouns``; but
        ``नौकरी का आंकड़ा 5 लाख`` counts jobs). By value, not by its words, so that the same
        amount in digits and in words reads alike."""
        first = c.span_first - 1
        toks = self.toks
        lang = self.lang
        if first > 0 and toks.key[first] in lang.approx_before and toks.joined(first - 1):
            first -= 1  # कीमत करीब 37,500: a one-word qualifier between
        mark = first
        while first > 0 and toks.key[first] in _LABEL_MARKS and toks.joined(first - 1) \
                and toks.joined(first) and mark - first < 2:
            first -= 1  # लागत- 12 लाख, कीमत: 45 हजार, कीमत :- 45000: the marks of a label
        if first > 1 and toks.key[first] in lang.figure_nouns and toks.joined(first - 1) \
                and toks.key[first - 1] in lang.of_words and toks.joined(first - 2):
            if toks.key[first - 2] not in lang.sum_nouns:
                return False  # नौकरी का आंकड़ा 5 लाख के पार: a count
            first -= 2  # बजट का आंकड़ा 960 से 1000 करोड़, कीमत का अंदाज़ा 383 करोड़
        if first < 0 or toks.key[first] not in lang.money_nouns_before \
                or not toks.joined(first) or c.reading is None:
            return False
        if self._counted_after(c.end) and self._counted_after(self._past_approx(c.end)):
            return False  # a unit after it (शुल्क 2500 °C) makes a quantity
        return _money_like(c.value)

    def _counted_after(self, end: int) -> bool:
        """Token ``end``, joined to the number before it, says what the number counts: digits,
        a bracket, a unit, or a word that is none of a function word of a phrase, a list word,
        a form of to be, a verb of a cost or a word of "per" (``कर्ज 5 लाख किसानों का``; but
        ``खर्च 3 लाख तक आता है``, ``किराया नौ हजार के पार``, ``कीमत 1 करोड़ से 3 करोड़ प्रति
        किलोमीटर``)."""
        toks = self.toks
        lang = self.lang
        return end < self.n and toks.joined(end - 1) and (
            toks.kind[end] == DIGITS or toks.key[end] == "(" or toks.key[end] in lang.measures
            or toks.kind[end] == WORD and toks.key[end] not in lang.of_words
            and toks.key[end] not in lang.list_links and toks.key[end] not in lang.copulas
            and toks.key[end] not in lang.cost_verbs and toks.key[end] not in lang.per_words)

    def _given(self, c: Candidate) -> bool:
        """A number of a thousand or more that could not be a year, given to someone: a word
        of ``lang.recipient_marks`` right before it (``को``, ``उन्हें``) and a verb of giving
        right after it (``lang.give_verbs``): ``मृतकों के परिजनों को 10 लाख दिए जाएंगे``; a noun
        between counts things given (``छात्रों को 2 हजार टैबलेट दिए``), and so does a noun after
        the verb as a participle (``पंचायत को 5500 दिए गए मकानों``, ``बच्चों को 5000 दिए जाने
        वाले लैपटॉप``: ``give_auxiliaries``, ``participle_tails``, a plural's ending)."""
        toks = self.toks
        lang = self.lang
        first = c.span_first - 1
        end = c.end
        if not (first >= 0 and end < self.n and toks.joined(first) and toks.joined(end - 1)
                and toks.key[first] in lang.recipient_marks and toks.key[end] in lang.give_verbs
                and _money_like(c.value)):
            return False
        k = end + 1
        while k < self.n and toks.joined(k - 1) and toks.key[k] in lang.give_auxiliaries:
            k += 1
        return not (k < self.n and toks.joined(k - 1) and toks.kind[k] == WORD
                    and (toks.key[k] in lang.participle_tails
                         or toks.key[k].endswith(lang.plural_endings)))

    def _money_verb_after(self, c: Candidate) -> bool:
        """A verb of money right after a number of a thousand or more that could not be a
        year, or a verb of buying or selling after it and में, at most three words between
        and no number: ``फिल्म ने 200 करोड़ कमाए``, ``240 करोड़ में खरीदे``, ``12 करोड़ 25 लाख में
        केकेआर ने खरीदा`` (by value, as :meth:`_money_noun_before`)."""
        end = c.end
        toks = self.toks
        lang = self.lang
        if end >= self.n or not toks.joined(end - 1) or not _money_like(c.value):
            return False
        if toks.key[end] in lang.money_verbs:
            return True
        if toks.key[end] not in lang.money_verb_links:
            return False
        if end + 1 < self.n and toks.joined(end) and toks.key[end + 1] in lang.make_verbs:
            return True  # 170 करोड़ में बनी फिल्म (but 20 हजार में वह अकेला अफसर बना)
        for k in range(end + 1, min(end + 5, self.n)):  # 12 करोड़ में केकेआर ने खरीदा
            if not toks.joined(k - 1) or toks.kind[k] != WORD \
                    or self.word_class(k) in _COUNTING:
                return False
            if toks.key[k] in lang.sale_verbs:
                return True
        return False

    def _sum_too_large(self, c: Candidate) -> bool:
        """A number of at least ``lang.sum_floor`` said with a scale word, and after it
        ``का/की/के``, a list word, a qualifier, a verb of being or of money (no unit, no noun of
        what it counts, and not alone): ``86000 करोड़ के कर्ज``, ``10459 करोड़ जबकि``, ``एक लाख
        करोड़ के पार``; not ``1000 करोड़ लीटर``, not ``12000000000`` in digits alone. From
        ``lang.context_sum_floor`` up, the same where a noun or verb of money stands near it
        (``बजट में उद्योग विभाग के लिए 815 करोड़ जबकि``)."""
        lang = self.lang
        if not lang.sum_floor or c.reading is None or not c.reading.words \
                or c.value < min(lang.sum_floor, lang.context_sum_floor or lang.sum_floor):
            return False
        end = self._past_approx(c.end)
        toks = self.toks
        if end >= self.n or not toks.joined(end - 1):
            return False  # चार लाख करोड़ alone is a number said
        key = toks.key[end]
        if key in lang.list_links:  # 10459 करोड़ जबकि कृषि; not 26 अरब और 23 अरब डॉलर
            nxt = end + 1
            said = toks.key[c.end - 1] not in lang.scale_not_before
            if not (said and nxt < self.n and toks.joined(end) and toks.kind[nxt] == WORD
                    and self.word_class(nxt) not in _COUNTING):
                return False  # 22 अरब और पश्चिमी देशों: Arab
            if c.value < lang.sum_floor and (
                    toks.key[nxt].endswith(lang.plural_endings) and not self._partner_money(end)
                    or self._partner_counts(end)):
                return False  # 2 करोड़ और परिवारों को काम; 50 लाख और दूसरे चरण में 70 लाख घर
        elif not (toks.kind[end] == WORD and (
                key in lang.of_words or key in lang.copulas or key in lang.money_verbs
                or key in lang.approx_after)):
            return False
        if c.value < lang.sum_floor and not self._money_near(c, key):
            return False  # below a thousand crore, only with money named near it
        return not self._tally_or_other_currency(c.span_first)

    def _money_near(self, c: Candidate, after: str) -> bool:
        """Money is named near the candidate, whose clause goes on with the word ``after``: a
        noun or verb of money or a currency before it in its clause (up to ten words, three
        before a verb of being, no number, list word or word that opens a clause between:
        ``इस बजट में उद्योग विभाग के लिए 815 करोड़ जबकि``, ``प्राइज मनी पहले 50 लाख थी``), within
        its own next three words (no number, list word or verb of being between), or right
        after the number that a list word pairs it with (``परिजनों को दो लाख और घायल को 50 हजार
        के मुआवजे``). Not a figure's further along (``ग्राहक 47 करोड़ हो गए और कंपनी का मुनाफा``),
        and never before का/की/के, whose noun says what the sum is (a noun of money there is
        read as such)."""
        toks = self.toks
        lang = self.lang
        if after in lang.of_words:
            return False  # 20 लाख के रोजगार, 9.8 करोड़ के खाते में
        reach = 3 if after in lang.copulas else 10
        k = c.span_first - 1
        while k >= 0 and toks.joined(k) and c.span_first - k <= reach and self._in_clause(k):
            if self._names_money(k):
                return True
            k -= 1
        k = c.end
        while k < self.n and toks.joined(k - 1) and k - c.end < 3 and self._in_clause(k) \
                and toks.key[k] not in lang.copulas:
            if self._names_money(k):
                return True
            k += 1
        end = self._past_approx(c.end)
        return end < self.n and toks.key[end] in lang.list_links and self._partner_money(end)

    def _in_clause(self, k: int) -> bool:
        """Token k is no clause mark or word, list word or number: a look for money stops at
        one."""
        toks = self.toks
        key = toks.key[k]
        return not (toks.kind[k] == SYMBOL and key in _CLAUSE_MARKS or key in self.lang.list_links
                    or key in self.lang.clause_words or toks.kind[k] == DIGITS
                    or self.word_class(k) in _COUNTING)

    def _names_money(self, k: int) -> bool:
        """Token k is a noun or verb of money or starts a currency's name (``भारतीय रुपये``;
        not ``भारतीय रेलवे``)."""
        key = self.toks.key[k]
        lang = self.lang
        return key in lang.money_nouns_before or key in lang.money_verbs \
            or key in lang.currency and self.phrase(lang.currency, k) is not None

    def _partner_money(self, link: int) -> bool:
        """After the list word at token ``link``, a number within four words, and money named
        within three words after it (``दो लाख और घायल को 50 हजार के मुआवजे``)."""
        k = self._partner_end(link)
        return k > 0 and any(self._names_money(j) for j in range(k, min(k + 3, self.n))
                             if self.toks.joined(j - 1))

    def _partner_counts(self, link: int) -> bool:
        """After the list word at token ``link``, a number within four words, and right after
        it a word of what it counts (``50 लाख और दूसरे चरण में 70 लाख घर``): the pair counts."""
        k = self._partner_end(link)
        toks = self.toks
        lang = self.lang
        if k <= 0 or k >= self.n or not toks.joined(k - 1) or toks.kind[k] != WORD:
            return False
        key = toks.key[k]
        return not (self._names_money(k) or key in lang.of_words or key in lang.list_links
                    or key in lang.copulas or key in lang.approx_after or key in lang.measures)

    def _partner_end(self, link: int) -> int:
        """The token after the number that stands within four words after the list word at
        token ``link`` in its clause, or -1 where none does."""
        partner = self._partner(link)
        return -1 if partner is None else partner[1].end

    def _partner(self, link: int, reach: int = 4) -> tuple[int, NumberReading] | None:
        """The first token of the number that stands within ``reach`` words after the list
        word at token ``link`` in its clause, and its reading; None where none does."""
        toks = self.toks
        k = link + 1
        while k < self.n and toks.joined(k - 1) and k - link <= reach and self._in_clause(k):
            k += 1
        if k >= self.n or k - link > reach:
            return None
        reading = self.reader.read(k)  # None at a clause mark or word that ended the look
        return None if reading is None else (k, reading)

    def _tally_or_other_currency(self, first: int) -> bool:
        """Before token ``first`` in its stretch: a word of a count within six tokens
        (``लेनदेन की संख्या 1,058 करोड़ रही``, ``आबादी 10.3 अरब हो जाएगी``), or the name of a
        currency other than ``lang.implied_currency`` (``116 अरब डॉलर है, जबकि अडानी की 84 अरब
        है``: dollars left unsaid)."""
        toks = self.toks
        lang = self.lang
        k = first - 1
        while k >= 0 and toks.joined(k) and first - k <= 24:
            key = toks.key[k]
            if key in lang.tally_words and first - k <= 6:
                return True
            if key in lang.currency:
                hit = self.phrase(lang.currency, k)
                if hit is not None and hit[0] != lang.implied_currency:
                    return True
            k -= 1
        return False

    def _gloss(self, c: Candidate) -> bool:
        """A plain number alone in brackets, a qualifier before it or not, right after an
        amount in another currency is that amount converted, in the currency left unsaid:
        ``1.99 यूरो (170)``, ``50 लाख डॉलर (करीब 41 करोड़)``, ``एईडी 1,600,000 (करीब 3.73
        करोड़)``; not after rupees (``5 लाख रुपये (2023)``) nor a number alone (``धारा 351 (2)``),
        and not below 100 or a value a year could have said without a scale (``40 हजार डॉलर
        (2023)``, ``3 लाख डॉलर (12) बोलीदाता``): a converted sum is larger than the little
        numbers and years that brackets hold as often."""
        toks = self.toks
        k = c.first - 1  # the bracket
        reading = c.reading
        if c.value_max is not None or c.negative or k < 1 or toks.key[k] != "(" \
                or not toks.joined(k - 1) or c.value < 100 or reading is None \
                or reading.simple and rules.year_like_value(c.value):
            return False
        k -= 1  # the amount's last token: its currency, or digits after a currency
        if toks.kind[k] == DIGITS and k > 0 and toks.joined(k - 1):
            k -= 1  # a currency before the digits, and none that ends an amount before it
            if k > 0 and toks.joined(k - 1) and (toks.kind[k - 1] == DIGITS
                                                 or toks.key[k - 1] in self.lang.words):
                return False  # 500 AED 600 (करीब 40 हजार): AED is the 500's
        return self._foreign_currency_ends(k)

    def _foreign_currency_ends(self, k: int) -> bool:
        """The name of a currency other than the one left unsaid ends at token k (``डॉलर``,
        ``यूएई दिरहम``, ``एईडी``)."""
        lang = self.lang
        if self.toks.key[k] not in lang.currency:
            return False
        for start in range(k, max(-1, k - 3), -1):
            hit = self.phrase(lang.currency, start)
            if hit is not None and hit[1] == k + 1:
                return hit[0] != lang.implied_currency
        return False

    def _home_rate(self, c: Candidate) -> bool:
        """A plain number before a phrase of a rate's level, or before a rate word and another
        currency, where ``implied_currency`` is the currency named nearest before it in its
        clause (no comma or list word between), alone (the subject), and another currency is
        named there too: the rate of the one against the other, in the first (``डॉलर के मुकाबले
        रुपया 12 पैसे मजबूत होकर 83.56 के स्तर पर बंद``, ``रुपया 83.58 प्रति डॉलर पर बंद``)."""
        end = c.end
        toks = self.toks
        lang = self.lang
        if c.value_max is not None or end >= self.n \
                or toks.key[end] not in lang.per_words and toks.key[end] not in lang.rate_after \
                or not toks.joined(end - 1):
            return False  # the look-ups first: most numbers have neither after them
        foreign = False
        if toks.key[end] in lang.per_words and toks.joined(end):
            hit = self.phrase(lang.currency, end + 1)
            foreign = hit is not None and hit[0] != lang.implied_currency
            if not foreign:
                return False
        elif self.phrase(lang.rate_after, end) is None:
            return False
        home = False
        k = c.span_first - 1
        while k >= 0 and toks.joined(k) and toks.key[k] != "," \
                and toks.key[k] not in lang.list_links:
            hit = self.phrase(lang.currency, k) if toks.key[k] in lang.currency else None
            if hit is not None and hit[0] == lang.implied_currency:
                home = home or not self._number_joined(k - 1, 1)  # not 5 रुपये
            elif hit is not None:
                if not home and not self._against(hit[1]):
                    return False  # येन भी गिरकर 150 प्रति डॉलर, डॉलर इंडेक्स 104 के स्तर पर
                foreign = True  # रुपया डॉलर के मुकाबले 14 पैसे मजबूत होकर 85.62 पर बंद
            k -= 1
        return home and foreign

    def _against(self, k: int) -> bool:
        """A word of "against" at token k, after का/की/के or not (``डॉलर के मुकाबले``)."""
        toks = self.toks
        against = self.lang.against_words
        if k < self.n and toks.key[k] in self.lang.of_words and toks.joined(k):
            k += 1
        return k < self.n and toks.key[k] in against and toks.joined(k - 1)

    def _priced_per_unit(self, c: Candidate) -> bool:
        """A plain number before a rate word and a unit that goods are weighed or measured by
        (a number may stand before the unit), with goods or a noun of a price before it in its
        stretch, is their price: ``सोना 97,350 प्रति 10 ग्राम``, ``टमाटर 40 प्रति किलो``;
        ``382 प्रति वर्ग किलोमीटर`` (a density) and ``माइलेज 60 प्रति लीटर`` are not. (Anywhere
        before it, not a few words: a rendering of number words in digits changes the count.)"""
        end = c.end
        toks = self.toks
        lang = self.lang
        if end + 1 >= self.n or toks.kind[end] != WORD \
                or toks.key[end] not in lang.per_words or not toks.joined(end - 1) \
                or not toks.joined(end):
            return False
        if not self._goods_before(c.span_first):
            return False  # शुगर 200 प्रति डेसीलीटर, माइलेज 60 प्रति लीटर: no price
        k = end + 1
        count = self.reader.read(k)  # प्रति 10 ग्राम, प्रति दस ग्राम (digits and words alike)
        if count is not None and count.end < self.n and toks.joined(count.end - 1):
            k = count.end
        hit = self.phrase(lang.measure_units, k)
        return hit is not None and hit[0] in lang.priced_units

    def _take_suffix(self, c: Candidate, after: Suffix) -> None:
        if after.percent:
            c.kind = _PERCENT
            c.end = after.end
            self._step(c, "percent")
        elif c.currency is None:
            c.kind = _MONEY
            if after.per and not (self.convert_all or after.name in self.lang.converted_alone):
                c.subunit = after.name  # 34 सेंट: kept as written, no main unit to guess
            else:
                c.currency = self._land_rupee(c) or self._iso(after.iso)
            if after.per and c.subunit is None:
                c.value = c.value / after.per
                c.value_max = None if c.value_max is None else c.value_max / after.per
            c.end = after.end
            self._step(c, "currency after", c.currency or c.subunit)
        elif self._restates(after, c.currency, c.bare_dollar_prefix):
            c.currency = self._iso(after.iso)
            c.end = after.end
            self._step(c, "currency restated", c.currency)

    def _land_rupee(self, c: Candidate) -> str | None:
        """The rupee of a land named right before the sum, a bare rupee word after it:
        ``नेपाल के 1.60 रुपए के बराबर`` (NPR), ``पाकिस्तान के 10 रुपये के नोट`` (PKR); ``None``
        elsewhere (``नेपाल के ₹500`` and ``भारतीय रुपये`` say whose rupee they are, and a sum
        spent in the land, ``नेपाल में 500 करोड़ रुपये का निवेश``, is mostly Indian)."""
        toks = self.toks
        k = c.first - 2
        if k < 0 or toks.key[c.end] not in self.lang.rupee_words \
                or toks.key[k + 1] not in self.lang.rupee_land_links \
                or not (toks.joined(k) and toks.joined(k + 1)):
            return None
        return self.lang.rupee_lands.get(toks.key[k])

    def _exchange_rate(self, c: Candidate) -> bool:
        """A currency's name before digits and a phrase of crossing after them is the rate of
        that currency, a number: ``डॉलर 83 के पार`` (the dollar past 83 rupees)."""
        k = c.span_first
        toks = self.toks
        if toks.kind[k] != WORD or toks.key[k].isascii() or c.value_max is not None \
                or c.currency == self.lang.implied_currency:
            return False  # रुपया 83.50 के स्तर पर: the rupee's level is in rupees
        end = c.end
        return end < self.n and toks.joined(end - 1) \
            and self.phrase(self.lang.rate_after, end) is not None

    def _percent_range(self, c: Candidate) -> None:
        """The upper end of a range with the percent written at both ends: ``4.5 प्रतिशत से
        5.2 प्रतिशत``, ``5%-7%``."""
        link = self._range_link(c.end)
        if link is None:
            return
        j, between = link
        high = self.reader.read(j)
        if high is None or high.ordinal:
            return
        after = self._suffix(high.end)
        if after is None or not after.percent or not c.value < high.value \
                or between and not self._closes_between(after.end):
            return
        c.value_max, c.end = high.value, after.end
        self._step(c, "range with the percent at both ends")

    def _money_tail(self, c: Candidate) -> None:
        """Subunits, ``/-`` and a currency range after an amount of money."""
        assert c.currency is not None
        c.kind = _MONEY
        c.value, c.end = self._subunits(c.value, c.currency, c.end, c.value_max)
        dash = self._slash_dash(c.end)
        if dash > c.end:
            c.end = dash
            after = self._suffix(dash)  # 2,50,000/- रूपये: the currency again after the /-
            if after is not None and self._restates(after, c.currency, c.bare_dollar_prefix):
                c.currency, c.end = self._iso(after.iso), after.end
        if c.value_max is not None:
            return
        both = self._currency_range(c.value, c.currency, c.end, c.prefix_currency)
        if both is not None:
            c.value_max, c.end = both
            self._step(c, "range with the currency at both ends")
            after = self._suffix(c.end)  # $5-$10 CAD, ₹500-₹700 INR
            if after is not None and self._restates(after, c.currency, c.bare_dollar_prefix):
                c.currency, c.end = self._iso(after.iso), after.end

    def _suffix(self, end: int) -> Suffix | None:
        """A percent sign or word, a currency or a subunit after the number at ``end``."""
        toks = self.toks
        lang = self.lang
        if end >= self.n:
            return None
        key = toks.key[end]
        if key not in lang.suffix_starts:
            return None  # the usual word after a number: no suffix, whatever the gap
        if not (self.toks.joined(end - 1) or self.toks.glued(end - 1)):
            return None
        j = end
        if toks.key[j] == "-" and self.toks.glued(j - 1) and self.toks.glued(j):
            j += 1  # 12-सेंट, एक-येन
        key = toks.key[j]
        if key == "%" or key in lang.percent_words:
            return Suffix(j + 1, percent=True)
        hit = self.phrase(lang.currency, j) if key in lang.currency else None
        if hit is None and key in lang.iso_codes \
                and self.text[toks.start[j]:toks.end[j]] == lang.iso_codes[key] \
                and not self._capitalized_after(j):
            hit = lang.iso_codes[key], j + 1  # 100 BYN: a code in capitals
        if hit is not None:
            iso, k = hit
            if toks.kind[j] == SYMBOL and self._leads_digits(k):
                return None  # 5-₹500, 5 ₹ 600, ₹ 5,000 $ 60: the sign leads the next number
            # signs repeated after the currency (500 $ $, 500$$, 500 USD$), as junk and
            # normalize's own output of junk leave them, belong to it
            while k < self.n and (self.toks.joined(k - 1) or self.toks.glued(k - 1)) \
                    and toks.key[k] in lang.signs and not self._leads_digits(k + 1):
                k += 1
            if toks.glued(k - 1) and toks.kind[k - 1] == WORD and toks.kind[k] == SYMBOL \
                    and toks.key[k] in lang.abbreviation_marks and toks.joined(k):
                k += 1  # the dot of रु. belongs to it (but a dot that ends the line stays)
            return Suffix(k, iso=iso)
        sub = lang.subunits.get(key)
        if sub is not None:
            return Suffix(j + 1, iso=sub[0], per=sub[1], name=sub[2])
        return None

    def _goods_before(self, k: int) -> bool:
        """A word of ``lang.priced_goods`` stands before token k (one pass over the tokens,
        made on first need)."""
        if self.first_goods < 0:
            goods = self.lang.priced_goods
            keys = self.toks.key
            self.first_goods = next((j for j in range(self.n) if keys[j] in goods), self.n)
        return self.first_goods < k

    def _capitalized_after(self, k: int) -> bool:
        """A Latin word with a capital letter follows token k: ``10 MAD MAX`` is a name."""
        toks = self.toks
        if k + 1 >= self.n or not toks.joined(k) or toks.kind[k + 1] != WORD:
            return False
        word = self.text[toks.start[k + 1]:toks.end[k + 1]]
        return word.isascii() and word[:1].isupper()

    def _restates(self, after: Suffix, currency: str, bare_dollar_prefix: bool) -> bool:
        """The currency ``after`` an amount that has one already belongs to it: the same again
        (``₹500 INR``, ``Rs 500 रुपये``) or the code that names a bare dollar (``$5 CAD``). In
        ``€5 USD`` the first one stands, and in ``Rs 500 Rs 450`` the second leads the next
        amount."""
        return not after.percent and not after.per \
            and (self._iso(after.iso) == currency
                 or bare_dollar_prefix and after.iso != self.lang.bare_dollar) \
            and not self._leads_digits(after.end)

    def _leads_digits(self, k: int) -> bool:
        """Digits follow at token k, after at most a space and an abbreviation mark."""
        if not 0 < k < self.n or not (self.toks.joined(k - 1) or self.toks.glued(k - 1)):
            return False
        k = self._after_mark(k)
        toks = self.toks
        if k < self.n and toks.key[k] in _MINUS_SIGNS and toks.glued(k):
            k += 1  # ₹-500: a minus sign glued to the digits leads them too
        return k < self.n and toks.kind[k] == DIGITS

    def _subunits(self, value: Decimal, currency: str, end: int,
                  value_max: Decimal | None) -> tuple[Decimal, int]:
        """Add subunits after a main unit: चार रुपये पचास पैसे, 3 डॉलर 50 सेंट, तेरह डॉलर पैंतालीस."""
        if value_max is not None:
            return value, end
        toks = self.toks
        while end < self.n and self.toks.joined(end - 1):
            j = end
            if toks.key[j] in self.lang.range_and_words and self.toks.joined(j):
                j += 1
            if j >= self.n:
                break
            reading = self.reader.read(j)
            if reading is None or reading.ordinal or reading.value >= 100 or reading.value < 0:
                break
            k = reading.end
            key = toks.key[k] if toks.joined(k - 1) else ""
            sub = self._subunit_of(key, currency) if key else None
            if sub is not None:
                value = value + reading.value / sub[1]
                end = k + 1
                continue
            if key not in self.lang.subunits and reading.words \
                    and value == value.to_integral_value() \
                    and reading.value >= 10 and not self._number_goes_on(k):
                value = value + reading.value / 100  # तेरह डॉलर पैंतालीस: cents, unnamed
                end = k
            break
        return value, end

    def _subunit_of(self, key: str, currency: str) -> tuple[str, int, str] | None:
        """The subunit word ``key`` of ``currency`` (after an amount in it), or ``None``: a
        cent of any dollar, the paise of a taka (``टका ... पैसे``), a sen after yen."""
        lang = self.lang
        sub = lang.subunits.get(key) or lang.subunits_after_main.get(key)
        if sub is None:
            return None
        iso = self._iso(sub[0])
        if iso == currency or sub[0] == lang.bare_dollar and currency != "INR" \
                or iso == "INR" and currency in lang.paise_currencies:
            return sub
        return None

    def _number_goes_on(self, k: int) -> bool:
        """A number word, a currency, a percent word or a unit follows at token k (``1200
        ज़्लॉटी बारह महीने``: twelve months, no grosz)."""
        if not (k < self.n and self.toks.joined(k - 1)):
            return False
        key = self.toks.key[k]
        return key in self.lang.words or key in self.lang.currency \
            or key in self.lang.percent_words or key in self.lang.measures

    def _slash_dash(self, end: int) -> int:
        """Take a ``/-`` written after a rupee amount (``1,00,000/-``)."""
        toks = self.toks
        if end + 1 < self.n and toks.key[end] == "/" and toks.key[end + 1] == "-" \
                and self.toks.glued(end - 1) and self.toks.glued(end):
            return end + 2
        return end

    def _currency_range(self, low: Decimal, currency: str, end: int,
                        prefix: bool) -> tuple[Decimal, int] | None:
        """The upper end of a range with the currency written at both ends: ``₹500-₹700``,
        ``5 डॉलर से 10 डॉलर``, ``50 लाख रुपये और 70 लाख रुपये के बीच``: (value, end token)."""
        link = self._range_link(end)
        if link is None:
            return None
        j, between = link
        if prefix:  # the same sign again: ₹500-₹700, Rs 500 से Rs 700
            j = self._same_sign(j, currency)
            if j < 0:
                return None
        high = self.reader.read(j)
        if high is None or high.ordinal:
            return None
        hi, stop = high.value, high.end
        after = self._suffix(stop)
        if after is not None and not after.percent and self._iso(after.iso) == currency \
                and not (prefix and self._leads_digits(after.end)):
            # the same name again (5 डॉलर से 10 डॉलर, 50 पैसे से 70 पैसे), or after a sign
            # the same code (₹500 से ₹700 रुपये), unless it leads the next amount
            hi, stop = (hi / after.per if after.per else hi), after.end
        elif not prefix:
            return None
        hi, stop = self._subunits(hi, currency, stop, None)  # 10 रुपये 50 पैसे से 20 रुपये 50 पैसे
        if not low < hi or between and not self._closes_between(stop):
            return None
        return hi, self._slash_dash(stop)

    def _same_sign(self, j: int, currency: str) -> int:
        """The token after the currency sign at token j, if it is ``currency`` again; else -1."""
        hit = self.phrase(self.lang.currency, j)
        if hit is None or self._iso(hit[0]) != currency or not self._prefix_currency(j, hit[1]):
            return -1
        j = self._after_mark(hit[1])
        if j >= self.n or not (self.toks.joined(j - 1) or self.toks.glued(j - 1)):
            return -1
        return j

    # -- phase 4: the number rules -----------------------------------------------------------

    def _filter(self, c: Candidate) -> int:
        """Plain numbers and ordinals are held to the number rules (years, articles ...);
        a plain number that passes may be a place in an order (:meth:`_place`)."""
        if c.currency is None and c.kind is _NUMBER and c.number_first > 0:
            self._place(c)
        if c.value_max is not None or c.currency is not None \
                or c.kind not in (_NUMBER, _ORDINAL) \
                or not rules.number_rules_may_fire(self, c):
            return GO
        for rule in rules.NUMBER_RULES:
            resume = rule(self, c)
            if resume:
                return self._reject(c, rule, resume)
        return GO

    def _place(self, c: Candidate) -> None:
        """A whole number after a word of a grade is the grade, an ordinal: ``कक्षा 9``,
        ``कक्षा 9 से 12 तक`` (up to 12); not with a word of an orbit or a building a few words
        before (``पृथ्वी की कक्षा 2 में``, ``परीक्षा केंद्र की कक्षा 5 में``). One up to 10 after
        a word of a rank is the rank where what stands before that word says so: a word of
        ``rank_before`` (``बना नंबर-1``, ``हफ्ते में नंबर दो पर``) or of ``rank_scopes``, with
        का/की/के between or not (``विश्व की नंबर एक खिलाड़ी``, ``पार्टी के नंबर 2 नेता``).
        ``सीट नंबर 4 पर``, ``लकी नंबर 7``, ``जूते का नंबर 9`` are names and sizes."""
        toks = self.toks
        lang = self.lang
        k = c.number_first - 1
        key = toks.key[k]
        if key == "-" and k > 0 and toks.glued(k - 1) and toks.glued(k):
            k -= 1  # नंबर-1
            key = toks.key[k]
        elif key not in lang.grade_words and key not in lang.rank_nouns or not toks.joined(k):
            return  # the look-ups first: most numbers have neither word before them
        if c.negative:
            return
        if key in lang.grade_words:
            top = lang.grade_top
            if any(toks.key[j] in lang.grade_not_after for j in range(max(0, k - 3), k)):
                return
        elif key in lang.rank_nouns:
            top = lang.rank_top
            if c.value_max is not None or k == 0 or not toks.joined(k - 1):
                return
            before = toks.key[k - 1]
            if not (before in lang.rank_before or before in lang.rank_scopes
                    or before in lang.of_words and k > 1 and toks.joined(k - 2)
                    and toks.key[k - 2] in lang.rank_scopes):
                return
        else:
            return
        high = c.value if c.value_max is None else c.value_max
        if 1 <= c.value <= high <= top and high == high.to_integral_value() \
                and c.value == c.value.to_integral_value():
            c.kind = _ORDINAL
            self._step(c, "place in an order", toks.key[k])

    # -- phase 5: a qualifier after, and the amount ------------------------------------------

    def _close(self, c: Candidate) -> Amount:
        after = self.lang.approx_after
        if c.approx is None and c.end < self.n and self.toks.key[c.end] in after \
                and self.toks.joined(c.end - 1):
            hit = self.phrase(after, c.end)
            # "5 से 7 करोड़ तक": तक closes the range, it sets no bound of its own
            if hit is not None and not (hit[0] == "up_to" and c.value_max is not None):
                c.approx = hit[0]
                self._step(c, "qualifier after", hit[0])
        if c.paired and c.approx is None:
            c.approx = "about"  # two number words side by side: a rough figure
        toks = self.toks
        first_char = toks.start[c.span_first if c.prefix_currency else c.number_first]
        last_char = toks.end[c.end - 1]
        return _amount(
            self.text[first_char:last_char], first_char, last_char, clean(c.value), c.kind,
            c.currency, None if c.value_max is None else clean(c.value_max),
            None if c.approx is None else _APPROX[c.approx], c.subunit, c.distributive,
            c.unit, c.per, c.iso,
            None if c.reading is None or c.reading.exact is None
            else exact_fraction(c.value, c.reading))

    def _settled(self, c: Candidate) -> bool:
        """The tokens on each side of the amount, up to two or an ordinary word, are
        ordinary words on its line (no number word, sign, digits or cue word a rule reads),
        the nearest one not glued to it: no rendering of it can combine with them (two inert
        tokens glued together, ``गया,`` or ``महंगा!``, change nothing). A unit before an
        amount, a model word after it, and a unit after money or a percentage (which end in
        their own unit) are ordinary words there; a year word counts only for a value that
        could be a year. (A rendering that a rule for digits may meet on its own, a range or
        ten digits, :func:`hindinum.normalize` reads back alone.)"""
        toks = self.toks
        first = c.span_first if c.prefix_currency else c.number_first
        lang = self.lang
        if toks.glued(first - 1) or toks.glued(c.end - 1):
            return False
        if c.currency is not None and c.currency in lang.unreadable_codes:
            return False  # 100 ALL reads as no lek: normalize reads it back, keeps the text
        after = lang.unsettling_after_unit if c.kind is _MONEY \
            or c.kind is _PERCENT else lang.unsettling_after
        return self._inert_side(first - 1, -1, c, lang.unsettling_before) \
            and self._inert_side(c.end, 1, c, after)

    def _inert_side(self, near: int, step: int, c: Candidate,
                    unsettling: frozenset[str]) -> bool:
        """Token ``near`` and the one beyond it (``step`` away) change nothing of a rendering beside
        them: words that are no number word, currency or cue word, or the end of a question
        or exclamation; the second is not looked at after a plain word (not glued to it) or
        across a line. Two words that rules read across (``से लेकर``) with a number beyond them
        leave it unsettled: that number may join the rendering (``10 से लेकर ₹15 लाख``)."""
        toks = self.toks
        lang = self.lang
        for j in range(2):  # a range, not a tuple: the compiled build loops natively
            k = near + j * step
            if not toks.joined(k if step < 0 else k - 1):
                return True
            key = toks.key[k]
            if toks.kind[k] != WORD:
                # a comma: the token beyond it is checked too; a pictograph (😭, ☀) is no
                # sign any rule reads, and the token beyond it is checked as after a comma
                if key not in ("?", "!", ",") and not _pictograph(key):
                    return False
                continue
            # a plain word glued to the token beyond it is no wall: 162ब्लॉक करोड़ (the digits
            # of 162 take the letters glued to them)
            wall = not (toks.glued(k - 1) if step < 0 else toks.glued(k))
            if key not in lang.settling_words and (key[:1] > "\x7f" or not key.isascii()):
                if wall:
                    return True  # a plain word (most neighbours are): the tests below all fail
                continue
            if self._unsettles(key, step, c, unsettling) or step > 0 and self._cue_pair(c, k):
                return False
            if key not in lang.links and wall:
                return True  # a plain word: no rule reads across it
            if j == 1:  # two words a rule reads across: a number beyond them may join it
                beyond = k + step  # (10 से लेकर ₹15 लाख)
                return not (0 <= beyond < self.n and toks.joined(min(k, beyond))
                            and (toks.kind[beyond] == DIGITS or toks.key[beyond] in lang.words))
        return True

    def _cue_pair(self, c: Candidate, k: int) -> bool:
        """Token k after a plain number and the word after it make its rendering a number
        called (``112 को कॉल``) or a score (``90-95 से जीत``)."""
        toks = self.toks
        lang = self.lang
        if c.kind is not _NUMBER or k + 1 >= self.n:
            return False
        key, after = toks.key[k], toks.key[k + 1]
        return key in lang.dial_to and after in lang.call_words \
            or key in lang.score_links and after in lang.score_words and c.value_max is not None

    def _unsettles(self, key: str, step: int, c: Candidate,
                   unsettling: frozenset[str]) -> bool:
        """The word ``key``, ``step`` from the amount, may change how its rendering reads: a
        year word beside a value that could be a year, a number, currency or cue word of
        ``unsettling``, or a Latin word (a model or code name: ``SBI 23``, ``CEO 100``). A
        model word or a plain Latin word before a rendering of four digits or more changes
        nothing (no model name has more than three)."""
        lang = self.lang
        if key in lang.year_words and c.kind is _NUMBER and 1000 <= c.value <= 2199:
            return True
        if step > 0 and c.kind is _NUMBER \
                and (key in lang.dial_after or key in lang.purity_words):
            return True  # 112 करोड़ पर कॉल, नौ सौ निन्यानवे प्योरिटी: its digits are a code
        if key in unsettling:
            return not (step < 0 and key in lang.model_only and _four_digits_first(c))
        return key.isascii() and not (step < 0 and _four_digits_first(c))

    # -- currencies --------------------------------------------------------------------------

    def _minus_before_sign(self, i: int) -> bool:
        """A minus sign glued before the next token, not after a number or inside a word."""
        toks = self.toks
        return toks.key[i] in _MINUS_SIGNS and toks.glued(i) and not (i > 0 and toks.glued(i - 1)) \
            and not (toks.joined(i - 1) and (toks.kind[i - 1] == DIGITS
                                             or self.word_class(i - 1) in _NUMBER_BEFORE_MINUS))

    def _negative_money(self, i: int) -> tuple[Amount | None, int] | None:
        """A minus sign glued before a currency sign and its amount: ``-₹500`` = -500 INR."""
        hit = self.phrase(self.lang.currency, i + 1)
        if hit is None or not self._prefix_currency(i + 1, hit[1]):
            return None
        # the amount after the sign is not one of its own: no decision, no flag
        trace, settled, self.trace, self.settled = self.trace, self.settled, None, None
        amount, end = self._amount_at(i + 1)
        self.trace, self.settled = trace, settled
        if amount is None or amount.kind is not _MONEY \
                or amount.start != self.toks.start[i + 1] or amount.value <= 0:
            return None  # (a range keeps its upper end: -₹500-₹700 is -500 to 700)
        start = self.toks.start[i]
        signed = replace(amount, text=self.text[start : amount.end], start=start,
                         value=-amount.value, fraction=amount.fraction and "-" + amount.fraction)
        if self.settled is not None:
            self.settled.append(False)
        return signed, end

    def _pound_of_weight(self, first: int, number_end: int, end: int) -> bool:
        """The word pound alone (``पौंड``, ``pounds``) from ``number_end`` to ``end`` is a
        weight: a weight word follows it (``150 पौंड वजन``, ``5 पाउंड का वजन``) or stands just
        before the amount (``वजन 150 पौंड``)."""
        toks = self.toks
        lang = self.lang
        one_word = end - 1 == number_end or end - 2 == number_end and toks.key[number_end] == "-"
        if not one_word or toks.key[end - 1] not in lang.bare_pounds:
            return False  # ब्रिटिश पाउंड, पाउंड स्टर्लिंग: sterling
        after = end
        if self.key(end) in lang.of_words and toks.joined(end - 1):
            after = end + 1  # 5 पाउंड का वजन
        if after < self.n and toks.joined(after - 1) and toks.key[after] in lang.weight_words:
            return True
        # वजन 150 पौंड, वजन करीब 150 पौंड
        return any(k >= 0 and self.toks.joined(k) and toks.key[k] in lang.weight_words
                   for k in (first - 1, first - 2))

    def _iso(self, code: str) -> str:
        """The ISO code for a currency entry: a bare dollar is the caller's choice."""
        return self.dollar if code == self.lang.bare_dollar else code

    def _currency_run(self, i: int) -> tuple[str, int, int] | None:
        """Currency phrases one after another from token i (``₹ ₹ 500``, ``Rs. ₹ 500``,
        ``डॉलर डॉलर 19``, as OCR and junk leave them): (the entry of the last, its first
        token, the token after it). The whole run is one prefix; the phrase nearest the
        number names the currency."""
        hit = self.phrase(self.lang.currency, i)
        if hit is None:
            return None
        iso, last, j = hit[0], i, hit[1]
        while True:
            k = self._after_mark(j)
            if k >= self.n or not self.toks.joined(k - 1):
                break
            again = self.phrase(self.lang.currency, k)
            if again is None:
                break
            iso, last, j = again[0], k, again[1]
        return iso, last, j

    def _after_mark(self, j: int) -> int:
        """Skip the mark after an abbreviated currency at token j: रु. / Rs. / रु . (as
        tokenizers leave it) / रु॰ / रु० (the zero as a mark)."""
        if j < self.n and self.toks.key[j] in self.lang.abbreviation_marks \
                and self.toks.joined(j - 1):
            return j + 1
        return j

    def _words_with_subunit(self, j: int) -> bool:
        """Number words from token j with a subunit right after them: the subunit is theirs,
        and a currency before them is none of theirs (``₹ पचास पैसे``, ``रु. पचास पैसे``: 0.50
        INR, as ``पचास पैसे`` alone)."""
        toks = self.toks
        if j >= self.n or toks.kind[j] != WORD:
            return False
        reading = self.reader.read(j)
        end = j if reading is None else reading.end
        return j < end < self.n and toks.joined(end - 1) and toks.key[end] in self.lang.subunits

    def _prefix_currency(self, i: int, end: int) -> bool:
        """Currencies written before the number: symbols, codes and abbreviations (₹, Rs.,
        INR, रु.), not names of the language (``रुपये एक`` is no amount)."""
        toks = self.toks
        key = toks.key[i]
        if key in self.lang.currency_needs_number:
            return False
        j = self._after_mark(end)
        if key.isascii() or any(toks.kind[k] == SYMBOL for k in range(i, end)):
            return not self._words_with_subunit(j)
        # a name leads digits only: रुपये 10,000/-, रु. 500, डॉलर 500 (not रुपये एक, and not
        # रुपया 14 पैसे मजबूत, where the digits have a subunit of their own); an abbreviation
        # with its mark leads words too (रु. तीन लाख)
        if j > end and key in self.lang.abbreviated_names and j < self.n \
                and self.word_class(j) in _STARTS_NUMBER:
            return not self._words_with_subunit(j)
        if not (j < self.n and toks.kind[j] == DIGITS
                and toks.key[j] not in self.lang.abbreviation_marks):
            return False
        return not (toks.joined(j) and toks.key[j + 1] in self.lang.subunits)
