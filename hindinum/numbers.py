"""Read number words and digits into exact :class:`~decimal.Decimal` values.

The reader walks tokens left to right and treats each word as an instruction, in the manner of
a digit buffer: a unit word (``तीन``) sets the units, ``सौ`` turns them into hundreds, a scale
(``हज़ार``, ``लाख``, ``करोड़`` ...) closes a group, a larger scale after a smaller one multiplies
everything before it (``डेढ़ लाख करोड़`` = 1.5 × 10^12), ``दशमलव`` starts digit-by-digit
decimals, ``बटा`` divides. The state of a reading is a :class:`_State`; each word class of
:class:`~hindinum.language.WordClass` has a handler method that checks the state, changes it
and says whether the number goes on. After every complete step the state remembers where a
valid number ended, so an unexpected word ends the number there instead of failing it:
``3 सौ और 2 सौ`` reads as 300 and, separately, 200.

Every step consumes a token, and every state is bounded, so reading is linear in the input.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Context, Decimal, localcontext
from fractions import Fraction

TYPE_CHECKING = False  # typing costs 2.5 ms to import and is needed by type checkers only
if TYPE_CHECKING:
    from typing import Final

from hindinum.language import HINDI, Language, Word, WordClass
from hindinum.tokenize import DIGITS, SYMBOL, WORD, Tokens, raw_tokens
from hindinum.types import HindiNumberError

__all__ = ["CONTEXT", "MAX_DIGITS", "NumberReader", "NumberReading", "clean", "digits_value",
           "exact_fraction"]

# Devanagari digits (every language of the script writes them) and the grouping marks
_TO_ASCII: Final = str.maketrans(
    "\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f", "0123456789",
    ", \u00a0\u202f\u2009")

#: Digit runs longer than this are identifiers or noise, not amounts (and never reach int()).
#: Every reading is also kept below 10**MAX_DIGITS: a scale that would pass it ends the number.
MAX_DIGITS: Final = 40
_LIMIT: Final = Decimal(10) ** MAX_DIGITS

_TEN: Final = Decimal(10)
#: Words for digits in a row from which they are a number said digit by digit (a phone
#: number, a code), no count: :func:`hindinum.rules.spoken_digits`.
SPOKEN_DIGITS: Final = 4
_ONE: Final = Decimal(1)
_ZERO: Final = Decimal(0)

#: The decimal context every reading runs in, whatever the caller's context is: wide enough
#: (100 digits) that every reading below 10**40 with up to 40 decimals stays exact.
CONTEXT: Final = Context(prec=100, rounding=ROUND_HALF_EVEN)

# The word classes, as module constants for the handlers' comparisons
_UNIT: Final = WordClass.UNIT
_ENGLISH: Final = WordClass.ENGLISH
_SCALE: Final = WordClass.SCALE
_FRACTION: Final = WordClass.FRACTION
_PREFIX: Final = WordClass.PREFIX
_PART: Final = WordClass.PART
_ORDINAL_WORD: Final = WordClass.ORDINAL
_POINT: Final = WordClass.POINT
_OVER: Final = WordClass.OVER
_MIXED: Final = WordClass.MIXED
_AND: Final = WordClass.AND
_MINUS: Final = WordClass.MINUS
_DOZEN: Final = WordClass.DOZEN
_MULTIPLE: Final = WordClass.MULTIPLE
#: Signs after which a word of "so many times as much" is no number (see ``_multiple``).
_MULTIPLE_NOT_BEFORE: Final = frozenset({"%", ",", "-", "\u2013", "\u2014", "/"})

#: Word classes after ``और`` that continue a number (दो सौ और पाँच).
_AFTER_AND: Final = frozenset({_UNIT, _FRACTION, _ENGLISH})


#: The vulgar fractions a digit token may end with, by their value.
_VULGAR: Final = {"\u00bc": Decimal("0.25"), "\u00bd": Decimal("0.5"), "\u00be": Decimal("0.75")}


def digits_value(token_text: str) -> Decimal | None:
    """The value of a digit token (grouping commas dropped, Devanagari digits read).

    >>> digits_value("१,२५,०००"), digits_value("9.2"), digits_value(".08")
    (Decimal('125000'), Decimal('9.2'), Decimal('0.08'))
    """
    # most digit runs are plain ASCII digits, which need no translation
    plain = token_text if token_text.isascii() and token_text.isdigit() \
        else token_text.translate(_TO_ASCII)
    if len(plain) > MAX_DIGITS:
        return None
    vulgar = _VULGAR.get(plain[-1])
    if vulgar is not None:  # ½, 1½
        return Decimal(plain[:-1] or 0) + vulgar
    if "^" in plain:
        base_text, _, power_text = plain.partition("^")
        base, power = Decimal(base_text), int(power_text)
        # the size of a power, from the base's logarithm (not its count of digits, which
        # refused 2^41): past the ceiling it is never computed; a negative power keeps the
        # bound by digits (its decimal places grow with it)
        size = base.copy_abs().log10() * power if base and power >= 0 \
            else Decimal((base.adjusted() + 1) * power)
        if base == 0 or abs(size) > MAX_DIGITS:
            return None  # 0^-1 has no value; 9^99 is no amount
        # a whole base to a power of 0 or more is computed in integers: exact whatever the
        # precision of the decimal context (7^47 has 40 digits)
        value = Decimal(int(base) ** power) if power >= 0 and base == base.to_integral_value() \
            else base**power
    else:
        value = Decimal(plain)
    return value if value.adjusted() < MAX_DIGITS else None  # 1e99 is no amount either


@dataclass(slots=True, init=False)
class NumberReading:
    """A number read from tokens ``[first, end)``."""

    value: Decimal
    first: int
    end: int
    ordinal: bool
    #: the reading is one units word or digit run, with nothing else (``एक``, ``12``)
    simple: bool
    #: the power of ten that multiplies a leading units value with nothing after it
    #: (``12 लाख`` -> 5), so ``10-12 लाख`` can scale its lower end; ``None`` otherwise
    tail_power: int | None
    #: any word (not only digits) was read
    words: bool
    #: the reading is a fraction (``तीन चौथाई``, ``एक बटा चार``, ``3/4``)
    fraction: bool
    #: the exact value where ``value`` is a fraction that no decimal writes out (``एक
    #: तिहाई``: 1/3); ``value`` is then that fraction to 28 significant digits
    exact: Fraction | None

    # written out, not generated: the compiled build compiles this one (a generated
    # __init__ runs as Python there, and a reading is made at every step of the reader)
    def __init__(self, value: Decimal, first: int, end: int, ordinal: bool = False,
                 simple: bool = False, tail_power: int | None = None, words: bool = False,
                 fraction: bool = False, exact: Fraction | None = None) -> None:
        self.value = value
        self.first = first
        self.end = end
        self.ordinal = ordinal
        self.simple = simple
        self.tail_power = tail_power
        self.words = words
        self.fraction = fraction
        self.exact = exact


class _State:
    """Where a reading stands: the number so far as an Indian digit buffer (a closed
    ``total``, the hundreds of the open ``group``, the ``units``), the largest and the last
    scale seen, a pending fraction prefix, and the best reading found so far."""

    __slots__ = ("allow_fraction", "and_floor", "before_and", "best", "depth", "done", "dotted",
                 "english_tens", "group", "k", "last_pow", "lead_only", "lead_units", "max_pow",
                 "point_used", "prefix", "start", "tail", "total", "units", "words")

    def __init__(self, start: int, allow_fraction: bool, depth: int) -> None:
        self.start = start
        self.k = start  # the next token to read
        self.allow_fraction = allow_fraction
        self.depth = depth  # nesting of the readings inside a fraction (bounded by 2)
        self.total = _ZERO  # closed scale groups
        self.group: Decimal | None = None  # hundreds of the open group
        self.units: Decimal | None = None
        self.last_pow = 99  # the last scale's power of ten
        self.max_pow = -1  # the largest scale's power of ten
        self.prefix: Decimal | None = None  # साढ़े, सवा, पौने waiting for their number
        self.point_used = False
        self.english_tens = False  # twenty/ट्वेंटी waiting for a unit
        self.words = False  # any word (not only digits) was read
        self.lead_units: Decimal | None = None  # the units that lead the number
        self.lead_only = True  # one units value followed only by scales so far
        self.tail = 0  # the powers of ten that multiply the leading units
        self.dotted = False  # the last units were digits with a decimal point (2.12 सौ)
        self.best: NumberReading | None = None  # the longest valid reading so far
        self.before_and: NumberReading | None = None  # the reading before an और
        self.and_floor = 99  # the smallest scale before an और: what follows stays below it
        self.done: NumberReading | None = None  # a reading that ends the number as it is

    def value(self) -> Decimal:
        return self.total + (self.group or _ZERO) + (self.units or _ZERO)  # no int to convert

    def put_units(self, v: Decimal) -> None:
        """Set the units; remember them if they lead the number (for range scaling)."""
        self.units = v
        if self.lead_units is None and self.total == 0 and self.group is None:
            self.lead_units = v
        else:
            self.lead_only = False

    def keep(self, end: int, words: bool | None = None) -> NumberReading:
        """Remember the number read up to token ``end`` as the best reading."""
        tail = self.tail if self.lead_only and self.lead_units is not None and self.tail else None
        self.best = NumberReading(self.value(), self.start, end, simple=end == self.start + 1,
                                  tail_power=tail, words=self.words if words is None else words)
        return self.best

    def two_numbers(self, k: int) -> None:
        """A scale again after ``और`` starts a second number: ``3 सौ और 2 सौ`` ends at 300."""
        if self.before_and is not None and self.best is not None and self.best.end == k:
            self.best = self.before_and


class NumberReader:
    """Reads numbers from :class:`~hindinum.tokenize.Tokens` with the words of ``lang``.

    >>> text = "कुल साढ़े तीन करोड़ रुपये"
    >>> r = NumberReader(raw_tokens(text)).read(1)
    >>> r.value, (r.first, r.end)
    (Decimal('35000000'), (1, 4))
    """

    __slots__ = ("lang", "toks")

    def __init__(self, toks: Tokens, lang: Language = HINDI) -> None:
        self.toks = toks
        self.lang = lang

    def read(self, start: int, allow_fraction: bool = True, depth: int = 0) -> NumberReading | None:
        """The longest number from token ``start``, below the 10**40 ceiling: a step that
        would pass it ends the number before it (``9…9 सौ`` -> ``9…9``)."""
        if depth > 2:
            return None
        toks = self.toks
        if start >= toks.n or toks.kind[start] != DIGITS \
                and (toks.kind[start] != WORD or toks.key[start] not in self.lang.words):
            return None  # no number starts here (the usual case for a range or subunit probe)
        if toks.kind[start] == DIGITS and self._lone_digits(start):
            value = digits_value(toks.key[start])  # the usual number: 500 रुपये, 2019 में
            return None if value is None else NumberReading(value, start, start + 1, simple=True)
        if toks.key[start] in self.lang.zero_words:
            zero_led = self._zero_led(start)
            if zero_led is not None:
                return zero_led
        word = self.lang.words.get(toks.key[start]) if toks.kind[start] == WORD else None
        if word is not None and (word.cls is _UNIT or word.cls is _FRACTION) \
                and self._lone_word(start):
            # what the steps below make of it: _unit keeps the units as the number, summed as
            # _State.value sums them, and the next token ends it
            assert word.value is not None
            lone = self._spaced_ordinal(NumberReading(_ZERO + (word.value or _ZERO), start,
                                                      start + 1, simple=True, words=True))
            return None if abs(lone.value) >= _LIMIT else lone
        short = self._short_reading(start, word, allow_fraction)
        if short is not None:
            return None if abs(short.value) >= _LIMIT else short
        st = _State(start, allow_fraction, depth)
        while st.k < toks.n:
            if st.k > start and not toks.joined(st.k - 1):
                break
            if not self._step(st, st.k):
                break
        reading = st.done if st.done is not None else st.best
        if reading is not None and not reading.ordinal:
            reading = self._spaced_ordinal(reading)
        # every step that can grow a value checks the ceiling first; this is a last guard
        return None if reading is not None and abs(reading.value) >= _LIMIT else reading

    def _short_reading(self, start: int, word: Word | None,
                       allow_fraction: bool) -> NumberReading | None:
        """The usual short numbers that the steps below end at once, read without them (and
        with the same sums, so that each value is the same Decimal): an ordinal word
        (``दूसरे``), digits with an ordinal suffix glued on (``21वीं``), digits and the scale
        words after them (``5 लाख``, ``10 हज़ार करोड़``). ``None``: the steps read it."""
        toks = self.toks
        if word is not None:
            if word.cls is not _ORDINAL_WORD or word.power is not None:
                return None
            assert word.value is not None
            # _ordinal on a fresh state: its value (a zero) and the word's; the number ends
            return NumberReading(_ZERO + word.value, start, start + 1, ordinal=True,
                                 simple=True, words=True)
        if toks.kind[start] != DIGITS or start + 1 >= toks.n or toks.kind[start + 1] != WORD:
            return None
        v = digits_value(toks.key[start])
        if v is None:
            return None
        if toks.start[start + 1] == toks.end[start] \
                and toks.key[start + 1] in self.lang.digit_ordinal_suffixes:
            # _digits on a fresh state: the units, and the suffix glued on ends the number
            return NumberReading(_ZERO + _ZERO + (v or _ZERO), start, start + 2, ordinal=True,
                                 simple=True)
        return self._scaled_digits(start, v, allow_fraction)

    def _scaled_digits(self, start: int, v: Decimal, allow_fraction: bool) -> NumberReading | None:
        """Digits ``v`` at token ``start`` and the scale words right after them where nothing
        goes on with the last: what _digits, _hundred and _big_scale make of them on a fresh
        state, summed as they sum (``None``: anything else, which the steps read)."""
        toks = self.toks
        lang = self.lang
        k = start + 1
        key = toks.key[k]
        word = lang.words.get(key)
        if word is None or word.cls is not _SCALE or word.power is None or not v \
                or not toks.joined(start) or key in lang.words_only_scales \
                or key in lang.scale_not_before:
            return None
        dotted = "." in toks.key[start]
        if word.power == 2:
            group = v.scaleb(2)
            if _ZERO + group >= _LIMIT:
                return None
            value = _ZERO + (group or _ZERO) + _ZERO
            if dotted:  # 2.12 सौ: _hundred ends the number
                return self._spaced_ordinal(NumberReading(value, start, k + 1, tail_power=2,
                                                          words=True))
            if not self._ends_scaled(k + 1, allow_fraction):
                return None
            return self._spaced_ordinal(NumberReading(value, start, k + 1, tail_power=2,
                                                      words=not key.isascii()))
        total = (_ZERO + (_ZERO + _ZERO + v - _ZERO)).scaleb(word.power)
        if total >= _LIMIT:
            return None
        return self._more_scales(start, k + 1, total, word.power, not key.isascii(), dotted,
                                 allow_fraction)

    def _more_scales(self, start: int, k: int, total: Decimal, power: int, words: bool,
                     dotted: bool, allow_fraction: bool) -> NumberReading | None:
        """The rest of :meth:`_scaled_digits` after a scale above सौ (``power``, the largest so
        far and the sum of them all ``tail``): larger scales that multiply ``total`` (लाख
        करोड़) up to a token that ends the number."""
        toks = self.toks
        lang = self.lang
        tail = power
        while True:
            value = total + _ZERO + _ZERO
            if dotted and toks.joined(k - 1) and self._opens_part(k):
                # 1.5 लाख 20 हज़ार: _big_scale ends the number
                return self._spaced_ordinal(NumberReading(value, start, k, tail_power=tail,
                                                          words=True))
            word = lang.words.get(toks.key[k]) if k < toks.n and toks.kind[k] == WORD else None
            if word is None or word.cls is not _SCALE or not toks.joined(k - 1):
                break
            # another scale: _scale and _big_scale take it only in this case, and end the
            # number in every other (with nothing changed)
            key = toks.key[k]
            if word.power is None or word.power <= power or word.power == 2 \
                    or key in lang.digits_only_scales or key in lang.words_only_scales \
                    and not words or key in lang.scale_not_before and toks.joined(k) \
                    and toks.key[k + 1] in lang.scale_not_before[key] \
                    or (total + _ZERO).scaleb(word.power) >= _LIMIT:
                return self._spaced_ordinal(NumberReading(value, start, k, tail_power=tail,
                                                          words=words))
            power = word.power
            total = (total + _ZERO).scaleb(power)
            tail += power
            words = words or not key.isascii()
            k += 1
        if not self._ends_scaled(k, allow_fraction):
            return None
        return self._spaced_ordinal(NumberReading(value, start, k, tail_power=tail, words=words))

    def _ends_scaled(self, k: int, allow_fraction: bool) -> bool:
        """The step at token ``k``, after a scale word (no units open), ends the number with
        nothing changed: nothing joined is there, or a sign or a word that is no number word
        and no ``का`` that a part goes with (see _of and _part_of)."""
        toks = self.toks
        if k >= toks.n or not toks.joined(k - 1):
            return True
        key = toks.key[k]
        if toks.kind[k] == DIGITS or toks.kind[k] == WORD and key in self.lang.words:
            return False
        if key not in self.lang.of_words or not allow_fraction:
            return True
        return k + 1 >= toks.n or not toks.joined(k) or toks.kind[k + 1] != WORD \
            or toks.key[k + 1] not in self.lang.words

    def _zero_led(self, start: int) -> NumberReading | None:
        """A zero and one more word for a digit are one number said digit by digit, as ``05``
        is a number: ``शून्य पाँच`` is 5. Not a score (``शून्य दो से गंवाई``, ``स्कोर शून्य
        एक``: after a word of scores or before से they stay two numbers), not three digit
        words or more (``007`` is a code; four are :func:`hindinum.rules.spoken_digits`), and
        not where a word goes on with the last (``शून्य दशमलव पाँच``, ``शून्य पाँच सौ``)."""
        toks = self.toks
        words = self.lang.words
        end = start + self._digit_run(start)
        if end - start != 2 or end < toks.n and toks.joined(end - 1) \
                and (toks.key[end] in words or toks.key[end] in self.lang.of_words
                     or toks.key[end] in self.lang.spaced_ordinal_suffixes
                     or toks.key[end] in self.lang.range_words) \
                or self._after_score_word(start):
            return None
        value = 0
        for k in range(start + 1, end):
            digit = words[toks.key[k]].value
            assert digit is not None
            value = value * 10 + int(digit)
        return NumberReading(Decimal(value), start, end, words=True)

    def _lone_digits(self, k: int) -> bool:
        """Digit token k is a whole number by itself: nothing after it can go on with it (no
        number word, digits, slash, ordinal suffix or word of a part, ``5 का पाँचवाँ``), so
        reading it step by step would give its value alone."""
        toks = self.toks
        if k + 1 >= toks.n:
            return True
        kind = toks.kind[k + 1]
        key = toks.key[k + 1]
        lang = self.lang
        if kind == WORD:
            if key not in lang.words and key not in lang.of_words \
                    and key not in lang.spaced_ordinal_suffixes \
                    and key not in lang.digit_ordinal_suffixes:
                return True
        elif kind != DIGITS and key != "/" and not (key == "-" and self._scale_after_hyphen(k + 1)):
            return True
        return not toks.joined(k)  # what could go on with it stands apart

    def _lone_word(self, k: int) -> bool:
        """Units or fraction word k (``दो``, ``ढाई``) opening a number is the whole number: what
        follows ends it at the first step (digits after units, a word that is no number word
        or ``का/की/के``, a sign that is no ``-`` or ``का``; or nothing joined to it)."""
        toks = self.toks
        j = k + 1
        if j >= toks.n:
            return True
        kind = toks.kind[j]
        key = toks.key[j]
        lang = self.lang
        if kind == DIGITS or key not in lang.of_words and (
                kind == WORD and key not in lang.words or kind != WORD and key != "-"):
            return True
        return not toks.joined(k)

    def _scale_after_hyphen(self, k: int) -> bool:
        """Token k is a hyphen glued to the tokens around it, the next a scale word
        (``657-करोड़``)."""
        toks = self.toks
        if k + 1 >= toks.n or not toks.glued(k - 1) or not toks.glued(k):
            return False
        word = self.lang.words.get(toks.key[k + 1])
        return word is not None and word.cls is _SCALE

    def _spaced_ordinal(self, reading: NumberReading) -> NumberReading:
        """An ordinal suffix written apart after a whole number: ``41 वें``, ``11 वीं``,
        ``छब्बीस वीं`` (digits or words alike, so normalize's digits read the same)."""
        toks = self.toks
        end = reading.end
        if end < toks.n and toks.key[end] in self.lang.spaced_ordinal_suffixes \
                and toks.kind[end] == WORD and toks.joined(end - 1) \
                and reading.value == reading.value.to_integral_value() and not reading.fraction:
            return NumberReading(reading.value, reading.first, end + 1, ordinal=True,
                                 simple=reading.simple, words=reading.words)
        return reading

    def _step(self, st: _State, k: int) -> bool:
        """Read token ``k`` into the state: ``True`` if the number goes on after it."""
        toks = self.toks
        kind = toks.kind[k]
        if kind == DIGITS:
            return self._digits(st, k)
        word = self.lang.words.get(toks.key[k]) if kind == WORD else None
        if word is None:
            return self._of(st, k)
        cls = word.cls
        if cls is _ENGLISH:
            return self._english(st, k, word)
        if cls is not _ORDINAL_WORD:
            st.english_tens = False
        if cls is _UNIT or cls is _FRACTION:
            return self._unit(st, k, word)
        if cls is _PREFIX:
            return self._prefix(st, k, word)
        if cls is _SCALE:
            return self._scale(st, k, word)
        if cls is _POINT:
            return self._point(st, k)
        if cls is _PART:
            return self._part(st, k, word)
        if cls is _AND:
            return self._and(st, k)
        if cls is _OVER:
            return self._over(st, k)
        if cls is _MIXED:
            return self._mixed(st, k)
        if cls is _DOZEN:
            return self._dozen(st, k)
        if cls is _ORDINAL_WORD:
            return self._ordinal(st, k, word)
        if cls is _MULTIPLE:
            return self._multiple(st, k, word)
        return False  # a minus word inside a number ends it

    # -- digits ------------------------------------------------------------------------------

    def _digits(self, st: _State, k: int) -> bool:
        """A digit run: the units (``12``), a slash fraction (``3/4``), the fraction of a mixed
        number (``2 1/4``), or with an ordinal suffix glued to it (``21वीं``)."""
        toks = self.toks
        if st.units is not None and toks.kind[k - 1] == DIGITS and not st.point_used:
            return self._mixed_number(st, k)
        if st.units is not None or st.prefix is not None and st.point_used:
            return False
        v = digits_value(toks.key[k])
        if v is None:
            return False
        slash = self._slash_fraction(k)
        if slash is not None:
            if st.total != 0 or st.group is not None or st.prefix is not None:
                return False
            q, st.k, exact = slash
            if exact is not None:  # 1/3 ends the number: no scale multiplies it
                st.done = NumberReading(q, st.start, st.k, fraction=True, exact=exact)
                return False
            st.put_units(q)  # 3/4 लाख
            st.keep(st.k).fraction = True
            return True
        if k > st.start and (toks.kind[k - 1] == DIGITS
                             or st.last_pow < 99 and self._opens_date(k)) \
                or not self._fits(st, v):
            return False
        st.dotted = "." in toks.key[k]
        if st.prefix is not None:
            if v != int(v):
                return False  # साढ़े applies to whole numbers only
            v += st.prefix
            st.prefix = None
        st.put_units(v)
        st.k = k = k + 1
        if k < toks.n and toks.kind[k] == WORD and toks.start[k] == toks.end[k - 1] \
                and toks.key[k] in self.lang.digit_ordinal_suffixes:
            st.done = NumberReading(st.value(), st.start, k + 1, ordinal=True,
                                    simple=st.total == 0 and st.group is None, words=st.words)
            return False
        st.keep(k)
        return True

    def _before_month(self, k: int) -> bool:
        """A month's name follows token k: it is the day of a date."""
        toks = self.toks
        return k + 1 < toks.n and toks.kind[k + 1] == WORD and toks.joined(k) \
            and toks.key[k + 1] in self.lang.months

    def _opens_date(self, k: int) -> bool:
        """Digit token k opens a date or a time of its own, no part of the scale before it:
        glued to a sign and more digits (``46 लाख 11/01/2099``, ``10:30``) or before a month
        (``5 लाख 15 अगस्त``)."""
        toks = self.toks
        if self._before_month(k):
            return True
        return k + 2 < toks.n and toks.kind[k + 1] == SYMBOL and toks.kind[k + 2] == DIGITS \
            and toks.end[k] == toks.start[k + 1] and toks.end[k + 1] == toks.start[k + 2]

    @staticmethod
    def _fits(st: _State, v: Decimal) -> bool:
        """Units ``v`` fit the number so far: below the last scale, below 100 in a group."""
        if st.group is not None and v >= 100:
            return False
        return not (st.last_pow < 99 and v >= _TEN**st.last_pow)

    def _mixed_number(self, st: _State, k: int) -> bool:
        """``2 1/4``: a whole number and a proper fraction; a scale may follow (2 1/2 लाख)."""
        slash = self._slash_fraction(k)
        if slash is None or st.group is not None or st.total != 0 or st.units is None:
            return False
        q, st.k, exact = slash
        if exact is not None:  # 2 1/3
            st.done = _fraction_reading(Fraction(st.units) + exact, st.start, st.k)
            return False
        st.units = st.units + q
        if st.lead_only:
            st.lead_units = st.units
        st.keep(st.k).fraction = True
        return True

    def _slash_fraction(self, k: int) -> tuple[Decimal, int, Fraction | None] | None:
        """``a/b`` glued at token k, a proper fraction: (value, end token, the exact value if
        no decimal writes it out)."""
        toks = self.toks
        if k + 2 >= toks.n or toks.key[k + 1] != "/" or toks.kind[k + 2] != DIGITS:
            return None
        if toks.end[k] != toks.start[k + 1] or toks.end[k + 1] != toks.start[k + 2]:
            return None
        if k + 3 < toks.n and toks.key[k + 3] == "/" and toks.start[k + 3] == toks.end[k + 2] \
                or k > 0 and toks.key[k - 1] == "/" and toks.end[k - 1] == toks.start[k]:
            return None  # 5/17/2018, and its 17/2018
        a = digits_value(toks.key[k])
        b = digits_value(toks.key[k + 2])
        if a is None or b is None or not 0 <= a < b or a != int(a) or b != int(b):
            return None
        exact = _repeating(Fraction(int(a), int(b)))
        return (_divide(a, b) if exact is None else _rounded(exact)), k + 3, exact

    # -- number words ------------------------------------------------------------------------

    def _unit(self, st: _State, k: int, word: Word) -> bool:
        """A unit (``तीन``) or a fraction word (``ढाई``); a prefix before it applies to it."""
        if st.units is not None or st.point_used:
            return False
        v = word.value
        assert v is not None
        if st.last_pow < 99 and v >= _TEN**st.last_pow:
            return False
        if k > st.start and self._digit_run(k) >= SPOKEN_DIGITS:
            return False  # लाख नौ शून्य शून्य आठ: a number said digit by digit starts at नौ
        if st.last_pow < 99 and self._before_month(k):
            return False  # पाँच लाख पंद्रह अगस्त: the day of a date
        if st.prefix is not None:
            if word.cls is _FRACTION:
                return False
            v = v + st.prefix
            st.prefix = None
        st.put_units(v)
        st.words = True
        st.k = k + 1
        st.keep(st.k)
        return True

    def _after_score_word(self, k: int) -> bool:
        """A word of scores stands among the two tokens before token k, in its sentence
        (``स्कोर अभी``, ``हराया``; a count's word, ``कुल 02 अभियुक्त``, is none)."""
        toks = self.toks
        lang = self.lang
        j = k - 1
        while j >= 0 and k - j <= 2 and toks.joined(j):
            if toks.key[j] in lang.score_words or toks.key[j] in lang.score_nouns:
                return True
            j -= 1
        return False

    def _digit_run(self, k: int) -> int:
        """How many words for digits stand in a row from token k, up to four."""
        toks = self.toks
        digit_words = self.lang.digit_words
        end = k
        while end < toks.n and end - k < SPOKEN_DIGITS and toks.kind[end] == WORD \
                and toks.key[end] in digit_words and (end == k or toks.joined(end - 1)
                                                      and not toks.glued(end - 1)):
            end += 1
        return end - k

    def _english(self, st: _State, k: int, word: Word) -> bool:
        """An English number word: ``फ़िफ़्टी टू`` joins a tens word and a unit."""
        u = word.value
        assert u is not None
        if st.units is not None:
            if not (st.english_tens and u < 10 and st.units % 10 == 0):
                return False
            st.units += u
            st.english_tens = False
        else:
            if self.toks.key[k] in self.lang.shy_english \
                    and not (k > st.start or self._english_near(k)):
                return False
            if st.group is not None and u >= 100:
                return False
            st.put_units(u)
            st.english_tens = u >= 20
        st.words = True
        st.k = k + 1
        st.keep(st.k)
        return True

    def _english_near(self, k: int) -> bool:
        """An English number word, a percent word or a unit stands right after token k
        (फ़िफ़्टी टू style pairs, टेन परसेंट, सिक्स वीक्स), or a minus word right before it
        (माइनस वन)."""
        toks = self.toks
        if toks.joined(k - 1):
            before = self.lang.words.get(toks.key[k - 1])
            if before is not None and before.cls is _MINUS:
                return True
        if toks.joined(k):
            after = toks.key[k + 1]
            if after in self.lang.percent_words or after in self.lang.measures \
                    and toks.key[k] in self.lang.shy_before_units:
                return True  # टेन परसेंट, सिक्स वीक्स
            word = self.lang.words.get(toks.key[k + 1])
            return word is not None and word.cls in (_ENGLISH, _SCALE)
        return False

    def _prefix(self, st: _State, k: int, word: Word) -> bool:
        """साढ़े, सवा, पौने: waits for its number; सवा alone is 1¼ (``सवा किलो``)."""
        if st.units is not None or st.prefix is not None or st.point_used:
            return False
        assert word.value is not None
        st.prefix = word.value
        st.words = True
        st.k = k + 1
        if self.toks.key[k] in self.lang.prefixes_alone and st.total == 0 and st.group is None:
            st.best = NumberReading(_ONE + word.value, st.start, k + 1, simple=True, words=True)
        return True

    # -- scales ------------------------------------------------------------------------------

    def _scale(self, st: _State, k: int, word: Word) -> bool:
        """सौ, हज़ार, लाख, करोड़, million ...: closes a group or multiplies what is there."""
        toks = self.toks
        lang = self.lang
        key = toks.key[k]
        if key in lang.digits_only_scales and (st.units is None or k == st.start):
            return False
        if key in lang.words_only_scales and not st.words:
            return False  # 3 पद्म विभूषण: the old scales follow number words only
        if key in lang.scale_not_before and toks.joined(k) \
                and toks.key[k + 1] in lang.scale_not_before[key]:
            return False  # 22 अरब देशों: Arab countries, not billions
        assert word.power is not None
        if not (self._hundred(st, k) if word.power == 2 else self._big_scale(st, k, word.power)):
            return False
        st.point_used = False
        st.words = st.words or not key.isascii()
        st.k = k + 1
        if st.lead_units is None:
            st.lead_units = _ONE
        st.keep(st.k)
        return True

    def _hundred(self, st: _State, k: int) -> bool:
        """सौ turns the units into the hundreds of the open group."""
        if st.group is not None or st.point_used:
            st.two_numbers(k)
            return False
        if st.units is None:
            if st.prefix is not None:
                st.units, st.prefix = _ONE + st.prefix, None
            elif k == st.start:
                st.units = _ONE
            else:
                return False
        if st.total + st.units.scaleb(2) >= _LIMIT:
            return False
        st.group = st.units.scaleb(2)
        st.units = None
        st.tail += 2
        if st.dotted:
            st.done = st.keep(k + 1, words=True)  # 2.12 सौ: a decimal times a scale ends it
            return False
        return True

    def _big_scale(self, st: _State, k: int, power: int) -> bool:
        """A scale above सौ: a smaller one after a larger closes a group and adds it (``दो
        लाख तीन हज़ार``), a larger one multiplies everything before it (``लाख करोड़``)."""
        if power >= st.and_floor:  # दो लाख और पाँच करोड़: a part after और adds, never multiplies
            st.two_numbers(k)  # (एक लाख करोड़ और पचास हज़ार करोड़: two numbers)
            return False
        base = self._scale_base(st, k, power)
        if base is None:
            return False
        if not (st.max_pow < 0 or st.last_pow > power or power > st.max_pow):
            st.two_numbers(k)
            return False
        smaller = power < st.last_pow and st.max_pow >= 0
        new_total = st.total + base.scaleb(power) if smaller else (st.total + base).scaleb(power)
        if new_total >= _LIMIT:
            return False  # past any amount: the number ends before this scale
        if smaller:
            st.lead_only = False
        else:
            st.max_pow = power
            st.tail += power
        st.total, st.last_pow = new_total, power
        st.group = st.units = None
        if st.dotted and self.toks.joined(k) and self._opens_part(k + 1):
            st.done = st.keep(k + 1, words=True)  # 1.5 लाख 20 हज़ार: no further parts
            return False
        return True

    def _scale_base(self, st: _State, k: int, power: int) -> Decimal | None:
        """What a scale multiplies: the open group and units, 1 for a scale that opens the
        number or follows a prefix, 0 for a compound scale (लाख करोड़), else ``None``."""
        base = st.value() - st.total
        if base != 0:
            return base
        if st.prefix is not None:
            base, st.prefix = _ONE + st.prefix, None
            return base
        if k == st.start and self.toks.key[k] in self.lang.bare_scales:
            return _ONE
        if st.total != 0 and st.units is None and st.group is None and power > st.max_pow:
            return _ZERO  # लाख करोड़: the scale multiplies what is there
        return None

    def _opens_part(self, k: int) -> bool:
        """Token k is digits or a unit word."""
        if self.toks.kind[k] == DIGITS:
            return True
        word = self.lang.words.get(self.toks.key[k])
        return word is not None and word.cls is _UNIT

    # -- decimals and fractions --------------------------------------------------------------

    def _point(self, st: _State, k: int) -> bool:
        """दशमलव: digit words one by one after it (``नौ दशमलव दो छह`` = 9.26)."""
        if st.point_used or st.units is None and st.group is None and st.total == 0:
            return False
        digits, j = self._point_digits(k + 1)
        if not digits:
            return False
        frac = Decimal("0." + digits)
        st.units = frac if st.units is None else st.units + frac
        st.point_used = True
        st.words = True
        st.k = j
        st.lead_only = st.lead_only and st.group is None and st.total == 0
        if st.lead_only:
            st.lead_units = st.units
        st.keep(j)
        return True

    def _point_digits(self, k: int) -> tuple[str, int]:
        """Digits after दशमलव: digit words one by one (``दो छह`` = 26), or one digit run."""
        toks = self.toks
        digits: list[str] = []
        j = k
        while j < toks.n and toks.joined(j - 1):
            if toks.kind[j] == DIGITS:
                if not digits and toks.key[j].isdigit():
                    digits.append(toks.key[j].translate(_TO_ASCII))
                    j += 1
                break
            word = self.lang.words.get(toks.key[j]) if toks.kind[j] == WORD else None
            if word is None or word.cls not in (_UNIT, _ENGLISH):
                break
            digits.append(str(int(word.value or 0)))
            j += 1
        return "".join(digits), j

    def _part(self, st: _State, k: int, word: Word) -> bool:
        """चौथाई, तिहाई divide the units before them and end the number; with none before
        them, they are one part of a percent (``चौथाई प्रतिशत`` = 0.25%)."""
        assert word.value is not None
        if st.units is None:
            toks = self.toks
            if k != st.start or st.prefix is not None or not toks.joined(k) \
                    or toks.key[k + 1] not in self.lang.percent_words:
                return False
            st.units = Decimal(1)
        exact = _repeating(Fraction(st.value()) - Fraction(st.units)
                           + Fraction(st.units) / Fraction(word.value))
        st.units = _divide(st.units, word.value)
        st.best = NumberReading(st.value(), st.start, k + 1, simple=k == st.start, words=True,
                                fraction=True)
        if exact is not None:
            st.best = _fraction_reading(exact, st.start, k + 1, simple=k == st.start)
        return False

    def _over(self, st: _State, k: int) -> bool:
        """``X बटा Y`` = X / Y."""
        best = st.best
        if not st.allow_fraction or best is None or best.end != k or not self.toks.joined(k):
            return False
        den = self.read(k + 1, allow_fraction=False, depth=st.depth + 1)
        if den is None or den.value == 0 or den.ordinal:
            return False
        q = _divide(best.value, den.value)
        if abs(q) < _LIMIT:
            st.done = _fraction_reading(_exact(best) / _exact(den), st.start, den.end)
        return False

    def _mixed(self, st: _State, k: int) -> bool:
        """``A सही X बटा Y`` = A + X / Y."""
        best = st.best
        if not st.allow_fraction or best is None or best.end != k or not self.toks.joined(k):
            return False
        part = self.read(k + 1, allow_fraction=True, depth=st.depth + 1)
        if part is not None and part.fraction and best.value + part.value < _LIMIT:
            st.done = _fraction_reading(_exact(best) + _exact(part), st.start, part.end,
                                        fraction=False)
        return False

    def _counts_noun(self, k: int) -> bool:
        """Token k, joined to the word before it, is a word that no number reads on into: no
        number word, unit, currency, percent word or sign (``लोग`` in ``दो करोड़ और चार लोग``)."""
        toks = self.toks
        if k >= toks.n or not toks.joined(k - 1) or toks.kind[k] != WORD:
            return False
        key = toks.key[k]
        lang = self.lang
        return key not in lang.words and key not in lang.measures and key not in lang.currency \
            and key not in lang.percent_words and key not in lang.subunits

    def _said_again(self, j: int) -> bool:
        """The word at token j is said again right after it, with a space or a dash between
        (``तीन तीन लाख``, ``तीन-तीन लाख``): an amount for each of its own."""
        toks = self.toks
        key = toks.key[j]
        if j + 1 < toks.n and toks.joined(j) and toks.key[j + 1] == key:
            return True
        return j + 2 < toks.n and toks.key[j + 1] in self.lang.range_symbols \
            and toks.glued(j) and toks.glued(j + 1) and toks.key[j + 2] == key

    def _and(self, st: _State, k: int) -> bool:
        """और: a whole and a fraction (``पाँच और एक चौथाई``), or the parts of one number
        when a units word or digits follow (``दो सौ और पाँच``)."""
        toks = self.toks
        best = st.best
        if st.units is not None and st.allow_fraction and best is not None and best.end == k \
                and toks.joined(k):
            part = self.read(k + 1, allow_fraction=True, depth=st.depth + 1)
            if part is not None and part.fraction and part.value < 1 \
                    and best.value + part.value < _LIMIT:
                st.done = _fraction_reading(_exact(best) + _exact(part), st.start, part.end)
            return False
        if not (toks.joined(k) and st.units is None and (st.group is not None or st.total)):
            return False
        if st.dotted:
            return False  # 9.2 करोड़ और 21: a decimal times a scale takes no further parts
        j = k + 1
        if toks.kind[j] == DIGITS:
            if digits_value(toks.key[j]) == 0:
                return False
        else:
            word = self.lang.words.get(toks.key[j]) if toks.kind[j] == WORD else None
            if word is None or word.cls not in _AFTER_AND:
                return False
            if word.cls is _UNIT and word.value == 0:
                return False
            if word.cls is _UNIT and (self._counts_noun(j + 1) or self._said_again(j)):
                return False  # दो करोड़ और चार लोग, ... और तीन तीन लाख: a second amount
        st.before_and = best
        st.and_floor = 2 if st.group is not None else st.last_pow
        st.k = j
        return True

    def _multiple(self, st: _State, k: int, word: Word) -> bool:
        """A word of "so many times as much" is a number alone (``उसका दुगना`` is 2), not
        after another number word and not before a currency, percent or unit, whose amount it
        is not (``दुगना पैसा`` is double the money, no paise), nor before a comma, a dash or a
        word that links a list or a range, where the number after it would lend it a unit or
        take it as an end (``खर्च दोगुना, 4 घंटे में``, ``दोगुने से 10 रुपये ज्यादा``), nor
        after one that follows another such word (``दोगुने-तिगुने दाम``: a stock phrase)."""
        toks = self.toks
        lang = self.lang
        after = toks.key[k + 1] if k + 1 < toks.n and toks.joined(k) else ""
        if k == st.start and word.value is not None and not (
                after in lang.currency or after in lang.subunits or after in lang.percent_words
                or after in lang.measures or self._links_numbers(after)
                or k > 1 and toks.joined(k - 1) and toks.joined(k - 2)
                and self._links_numbers(toks.key[k - 1])
                and toks.key[k - 2] in lang.multiple_words):
            st.done = NumberReading(word.value, k, k + 1, words=True)
        return False

    def _links_numbers(self, key: str) -> bool:
        """``key`` links two numbers: a word of a list or a range, a comma or a dash."""
        return key in self.lang.range_link_keys or key in self.lang.list_links \
            or key in _MULTIPLE_NOT_BEFORE

    def _dozen(self, st: _State, k: int) -> bool:
        """दर्जन multiplies by twelve (``आधा दर्जन`` = 6, ``तीन सौ और दो दर्जन``)."""
        best = st.best
        if best is None or best.end != k:
            return False
        dozen = st.value() + st.units * 11 if st.units is not None else best.value * 12
        if dozen < _LIMIT:
            st.done = NumberReading(dozen, st.start, k + 1, words=True)
        return False

    def _of(self, st: _State, k: int) -> bool:
        """``एक का पाँचवाँ (भाग)`` = 1/5, "the fifth of one"; a hyphen glued between units and
        a part (``दो-तिहाई`` = 2/3, as ``दो तिहाई``) or between digits and a scale
        (``657-करोड़`` is 657 करोड़, no range up to a crore); any other word ends the number."""
        toks = self.toks
        if toks.key[k] == "-" and st.units is not None and k + 1 < toks.n \
                and toks.glued(k - 1) and toks.glued(k):
            word = self.lang.words.get(toks.key[k + 1])
            if word is not None and word.cls is _PART:
                return self._part(st, k + 1, word)
            if word is not None and word.cls is _SCALE and toks.kind[k - 1] == DIGITS:
                return self._scale(st, k + 1, word)  # 657-करोड़
        best = st.best
        if toks.key[k] not in self.lang.of_words or not st.allow_fraction or best is None \
                or best.end != k:
            return False
        part = self._part_of(k + 1)
        if part is not None:
            end = part.end
            if end < toks.n and toks.joined(end - 1) and toks.key[end] in self.lang.part_nouns:
                end += 1  # the noun belongs to it: तेईस का पाँचवाँ भाग
            st.done = _fraction_reading(_exact(best) / _exact(part), st.start, end)
        return False

    def _part_of(self, k: int) -> NumberReading | None:
        """A word ordinal at token k that names a part (पाँचवाँ, सौवां, दस खरबवां)."""
        toks = self.toks
        if k >= toks.n or not toks.joined(k - 1) or toks.kind[k] != WORD:
            return None
        if toks.key[k] in self.lang.irregular_ordinals:
            return None
        part = self.read(k, allow_fraction=False, depth=2)
        if part is None or not part.ordinal or part.value == 0:
            return None
        if any(toks.kind[j] != WORD for j in range(k, part.end)):
            return None
        return part

    # -- ordinals ----------------------------------------------------------------------------

    def _ordinal(self, st: _State, k: int, word: Word) -> bool:
        """An ordinal word ends the number: ``पाँचवाँ``, ``थर्टी थर्ड``, ``सौवां``."""
        if word.power is not None:
            return self._scale_ordinal(st, k, word.power)
        assert word.value is not None
        key = self.toks.key[k]
        if st.english_tens and st.units is not None and key in self.lang.english_ordinal_units:
            st.done = NumberReading(st.value() + word.value, st.start, k + 1, ordinal=True,
                                    words=True)
            return False
        if st.units is not None or st.point_used or st.prefix is not None:
            return False
        if k > st.start and key in self.lang.irregular_ordinals:
            return False
        if st.last_pow < 99 and word.value >= _TEN**st.last_pow:
            return False
        st.done = NumberReading(st.value() + word.value, st.start, k + 1, ordinal=True,
                                simple=k == st.start, words=True)
        return False

    def _scale_ordinal(self, st: _State, k: int, power: int) -> bool:
        """A scale ordinal (सौवां, दस खरबवां) multiplies like its scale."""
        if st.units is None and st.group is None and st.total == 0:
            base = _ONE
        else:
            base = st.value() - st.total
        if base == 0:
            if st.total == 0 or power <= st.max_pow:
                return False
            result = st.total.scaleb(power)
        elif st.max_pow < 0 or power > st.max_pow:
            result = (st.total + base).scaleb(power)
        elif power < st.last_pow:
            result = st.total + base.scaleb(power)
        else:
            return False
        if result < _LIMIT:
            st.done = NumberReading(result, st.start, k + 1, ordinal=True, words=True)
        return False


def _divide(a: Decimal, b: Decimal) -> Decimal:
    """a / b, exact when the quotient terminates, else rounded to 28 significant digits."""
    with localcontext(CONTEXT):
        q = a / b
    if len(q.as_tuple().digits) >= CONTEXT.prec:  # filled the context: it does not terminate
        with localcontext(CONTEXT) as ctx:
            ctx.prec = 28
            q = +q
    return q


def _repeating(q: Fraction) -> Fraction | None:
    """``q`` if no decimal writes it out (its denominator has a prime factor but 2 and 5)."""
    d = q.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return None if d == 1 else q


def _rounded(q: Fraction) -> Decimal:
    """The Decimal an exact fraction is reported as (28 significant digits if it repeats)."""
    return _divide(Decimal(q.numerator), Decimal(q.denominator))


def _exact(reading: NumberReading) -> Fraction:
    """The exact value of a reading."""
    return reading.exact if reading.exact is not None else Fraction(reading.value)


def _fraction_reading(q: Fraction, first: int, end: int, simple: bool = False,
                      fraction: bool = True) -> NumberReading:
    """A reading of the fraction ``q`` of words: its Decimal, and ``q`` itself where no
    decimal writes it out, so that the same fraction read another way gets the same value."""
    return NumberReading(_rounded(q), first, end, simple=simple, words=True, fraction=fraction,
                         exact=_repeating(q))


def exact_fraction(value: Decimal, reading: NumberReading | None) -> str | None:
    """``p/q`` for an amount whose ``value`` is its number's reading (or that negated) and a
    fraction that no decimal writes out (``एक तिहाई``: ``1/3``), else ``None``."""
    if reading is None or reading.exact is None or value not in (reading.value, -reading.value):
        return None
    q = reading.exact if value == reading.value else -reading.exact
    return f"{q.numerator}/{q.denominator}"


def parse_tokens(text: str, lang: Language = HINDI) -> Decimal:
    """The strict reading behind :func:`hindinum.parse_number`: all of ``text`` is one number."""
    toks = raw_tokens(text)
    if not toks.n:
        raise HindiNumberError("empty input: no number to read", text, 0, "")
    first = 1 if _is_minus(toks.key[0], lang) else 0
    if first and toks.n == 1:
        raise HindiNumberError("a minus sign with no number after it", text, 0, toks.key[0])
    reading = NumberReader(toks, lang).read(first)
    if reading is None:
        word = text[toks.start[first] : toks.end[first]]
        raise HindiNumberError(f"not a number: {word!r} at position {toks.start[first]}", text,
                               toks.start[first], word)
    if reading.end < toks.n:
        at = toks.start[reading.end]
        word = text[at : toks.end[reading.end]]
        read = text[toks.start[first] : toks.end[reading.end - 1]]
        raise HindiNumberError(f"unexpected {word!r} at position {at} after the number {read!r}",
                               text, at, word)
    return clean(-reading.value if first else reading.value)


def _is_minus(key: str, lang: Language) -> bool:
    word = lang.words.get(key)
    return key in ("-", "\u2212") or word is not None and word.cls is _MINUS


def clean(value: Decimal) -> Decimal:
    """The same value with no exponent and no trailing fractional zeros.

    >>> clean(Decimal("3.50E+7")), clean(Decimal("4.50")), clean(Decimal("-0.0"))
    (Decimal('35000000'), Decimal('4.5'), Decimal('0'))
    """
    if value == value.to_integral_value():
        return Decimal(int(value))
    sign, digits, raw_exp = value.as_tuple()
    exp = int(raw_exp)  # finite here: NaN and infinities never reach a reading
    digits_list = list(digits)
    while exp < 0 and digits_list and digits_list[-1] == 0:
        digits_list.pop()
        exp += 1
    return Decimal((sign, tuple(digits_list), exp))
