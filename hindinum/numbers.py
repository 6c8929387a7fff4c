"""Read number words and digits into exact :class:`~decimal.Decimal` values.

The reader walks tokens left to right and treats each word as an instruction, in the manner of
a digit buffer: a unit word (``तीन``) sets the units, ``सौ`` turns them into hundreds, a scale
(``हज़ार``, ``लाख``, ``करोड़`` ...) closes a group, a larger scale after a smaller one multiplies
everything before it (``डेढ़ लाख करोड़`` = 1.5 × 10^12), ``दशमलव`` starts digit-by-digit
decimals, ``बटा`` divides. After every complete step it remembers where a valid number ended, so
an unexpected word ends the number there instead of failing it: ``3 सौ और 2 सौ`` reads as 300
and, separately, 200.

Every step consumes a token, and every state is bounded, so reading is linear in the input.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Context, Decimal, localcontext

TYPE_CHECKING = False  # typing costs 2.5 ms to import and is needed by type checkers only
if TYPE_CHECKING:
    from typing import Any, Final

from hindinum.lexicon import numbers as lex
from hindinum.text import fold
from hindinum.tokenize import RawToken, raw_tokens
from hindinum.types import HindiNumberError

__all__ = ["NumberReading", "clean", "digits_value", "read_number"]

# ---------------------------------------------------------------------------------------------
# Word classes, built once at import. Each folded key maps to (class, payload).
#   U unit 0-99 (int)          E English unit (int)        S scale (power of ten)
#   F fraction word (Decimal)  P prefix (Decimal delta)    T part divisor (int)
#   O ordinal (value, power)   . decimal point             / over (बटा)   + mixed (सही)
#   & and                      - minus                      Z dozen

_ATOMS: Final[dict[str, tuple[str, Any]]] = {}


def _add(words: str | Iterable[str], cls: str, payload: Any) -> None:
    for word in (words,) if isinstance(words, str) else words:
        _ATOMS.setdefault(fold(word), (cls, payload))


for _value, _word in enumerate(lex.CANONICAL):
    _add(_word, "U", _value)
for _value, _words in lex.VARIANTS.items():
    _add(_words, "U", _value)
_UNIT_KEYS: Final = {k: v for k, (c, v) in _ATOMS.items() if c == "U"}
for _word, _canon in lex.SCALE_WORDS.items():
    _add(_word, "S", lex.SCALES[_canon])
_SCALE_KEYS: Final = {k: v for k, (c, v) in _ATOMS.items() if c == "S"}
for _word, _val in lex.FRACTION_WORDS.items():
    _add(_word, "F", Decimal(_val))
for _word, _val in lex.FRACTION_PREFIXES.items():
    _add(_word, "P", Decimal(_val))
for _word, _div in lex.PART_WORDS.items():
    _add(_word, "T", _div)
_add(lex.POINT_WORDS, ".", None)
_add(lex.OVER_WORDS, "/", None)
_add(lex.MIXED_WORDS, "+", None)
_add(lex.AND_WORDS, "&", None)
_add(lex.MINUS_WORDS, "-", None)
_add(lex.DOZEN_WORDS, "Z", None)
for _word, _num in lex.ENGLISH_UNITS.items():
    _add(_word, "E", _num)
for _word, _num in lex.ORDINAL_WORDS.items():
    _add(_word, "O", (_num, None))
_SUFFIXES: Final = tuple(dict.fromkeys(fold(s) for s in lex.ORDINAL_SUFFIXES))
for _key, _val in list(_UNIT_KEYS.items()):
    for _suffix in _SUFFIXES:
        _add(_key + _suffix, "O", (_val, None))
for _key, _power in list(_SCALE_KEYS.items()):
    if _key.isascii():
        continue
    for _suffix in _SUFFIXES:
        _add(_key + _suffix, "O", (None, _power))

#: Devanagari words that read as English numbers only beside another English number word:
#: alone they are Hindi words (वन = forest, टू = to, एट = at).
_SHY_ENGLISH: Final = frozenset({fold(w) for w in ("वन", "टू", "एट", "टेन", "सिक्स")})
_BARE_SCALES: Final = frozenset(fold(w) for w in lex.BARE_SCALES)
_SAVA: Final = fold("सवा")
_WORDS_ONLY_SCALES: Final = frozenset(fold(w) for w in lex.WORDS_ONLY_SCALES)
_NOT_BEFORE: Final = {fold(k): frozenset(fold(w) for w in v) for k, v in lex.SCALE_NOT_BEFORE.items()}
_LATIN_ONLY_AFTER_DIGITS: Final = frozenset({"k", "cr", "crs", "mn", "mln", "bn", "tn", "lac", "lacs"})

#: Digit suffixes of ordinals (``21वीं``, ``2रा``, ``1st``), folded.
DIGIT_ORDINAL_SUFFIXES: Final = frozenset(fold(s) for s in lex.DIGIT_ORDINAL_SUFFIXES)

_TO_ASCII: Final = str.maketrans("०१२३४५६७८९", "0123456789", ", \u00a0\u202f\u2009")

#: Digit runs longer than this are identifiers or noise, not amounts (and never reach int()).
#: Every reading is also kept below 10**MAX_DIGITS: a scale that would pass it ends the number.
#: Tokens that end a sentence for the reader and the recognizer, as a line break does.
SENTENCE_ENDS: Final = frozenset({"\u0964", "\u0965"})
MAX_DIGITS: Final = 40
_LIMIT: Final = Decimal(10) ** MAX_DIGITS

_TEN: Final = Decimal(10)

#: The decimal context every reading runs in, whatever the caller's context is: wide enough
#: (100 digits) that every reading below 10**40 with up to 40 decimals stays exact.
CONTEXT: Final = Context(prec=100, rounding=ROUND_HALF_EVEN)


def atom(key: str) -> tuple[str, Any] | None:
    """The class of a folded word for the number reader, or ``None``."""
    return _ATOMS.get(key)


def digits_value(token_text: str) -> Decimal | None:
    """The value of a digit token (grouping commas dropped, Devanagari digits read).

    >>> digits_value("१,२५,०००"), digits_value("9.2"), digits_value(".08")
    (Decimal('125000'), Decimal('9.2'), Decimal('0.08'))
    """
    plain = token_text.translate(_TO_ASCII)
    if len(plain) > MAX_DIGITS:
        return None
    if "^" in plain:
        base_text, _, power_text = plain.partition("^")
        base, power = Decimal(base_text), int(power_text)
        if base == 0 or abs((base.adjusted() + 1) * power) > MAX_DIGITS:
            return None  # 0^-1 has no value; 9^99 is no amount
        value = base**power
    else:
        value = Decimal(plain)
    return value if value.adjusted() < MAX_DIGITS else None  # 1e99 is no amount either


@dataclass(slots=True)
class NumberReading:
    """A number read from tokens ``[first, end)``."""

    value: Decimal
    first: int
    end: int
    ordinal: bool = False
    #: the reading is one units word or digit run, with nothing else (``एक``, ``12``)
    simple: bool = False
    #: the power of ten that multiplies a leading units value with nothing after it
    #: (``12 लाख`` -> 5), so ``10-12 लाख`` can scale its lower end; ``None`` otherwise
    tail_power: int | None = None
    #: any word (not only digits) was read
    words: bool = False
    #: the reading is a fraction (``तीन चौथाई``, ``एक बटा चार``, ``3/4``)
    fraction: bool = False


class _Reader:
    """One pass of the number reader over ``toks`` from ``start``."""

    __slots__ = ("n", "text", "toks")

    def __init__(self, text: str, toks: list[RawToken]) -> None:
        self.text = text
        self.toks = toks
        self.n = len(toks)

    def joined(self, k: int) -> bool:
        """Tokens k and k+1 are separated by horizontal space at most, and neither is a danda:
        a line break or a danda ends the stretch an amount and its context are read from."""
        toks = self.toks
        a = toks[k][1]
        b = toks[k + 1][0]
        if b - a > 3 or toks[k][3] in SENTENCE_ENDS or toks[k + 1][3] in SENTENCE_ENDS:
            return False
        gap = self.text[a:b]
        return "\n" not in gap and "\r" not in gap

    def read(self, start: int, allow_fraction: bool = True, depth: int = 0) -> NumberReading | None:
        """The longest number from token ``start``, below the 10**40 ceiling: a step that
        would pass it ends the number before it (``9…9 सौ`` -> ``9…9``)."""
        reading = self._read(start, allow_fraction, depth)
        # every step that can grow a value checks the ceiling first; this is a last guard
        return None if reading is not None and abs(reading.value) >= _LIMIT else reading

    def _read(self, start: int, allow_fraction: bool, depth: int) -> NumberReading | None:
        if depth > 2:
            return None
        toks = self.toks
        n = self.n
        total = Decimal(0)
        group: Decimal | None = None  # hundreds of the open group
        units: Decimal | None = None
        last_pow = 99
        max_pow = -1
        prefix: Decimal | None = None
        point_used = False
        english_tens = False
        words = False
        lead_units: Decimal | None = None
        lead_only = True  # one units value followed only by scales so far
        tail = 0
        best: NumberReading | None = None
        before_and: NumberReading | None = None
        dotted = False  # the last units were digits with a decimal point (2.12 सौ)
        k = start

        def value() -> Decimal:
            return total + (group or 0) + (units or 0)

        def put_units(v: Decimal) -> None:
            """Set the units; remember them if they lead the number (for range scaling)."""
            nonlocal units, lead_units, lead_only
            units = v
            if lead_units is None and total == 0 and group is None:
                lead_units = v
            else:
                lead_only = False

        while k < n:
            if k > start and not self.joined(k - 1):
                break
            tok = toks[k]
            kind = tok[2]
            if kind == "d":
                if units is not None and toks[k - 1][2] == "d" and not point_used:
                    # 2 1/4: a whole number and a proper fraction
                    slash = self._slash_fraction(k)
                    if slash is None or group is not None or total != 0:
                        break
                    q, k = slash
                    units = units + q  # a scale may follow: 2 1/2 लाख
                    lead_units = units if lead_only else lead_units
                    best = self._keep(value(), start, k, lead_only, lead_units, tail, words)
                    best.fraction = True
                    continue
                if units is not None or prefix is not None and point_used:
                    break
                v = digits_value(tok[3])
                if v is None:
                    break
                slash = self._slash_fraction(k)
                if slash is not None:
                    if units is not None or total != 0 or group is not None or prefix is not None:
                        break
                    q, k = slash
                    put_units(q)  # 3/4 लाख
                    best = self._keep(value(), start, k, lead_only, lead_units, tail, words)
                    best.fraction = True
                    continue
                if k > start and toks[k - 1][2] == "d":
                    break
                if group is not None and v >= 100:
                    break
                if last_pow < 99 and v >= _TEN**last_pow:
                    break
                dotted = "." in tok[3]
                if prefix is not None:
                    if v != int(v):
                        break  # साढ़े applies to whole numbers only
                    v += prefix
                    prefix = None
                put_units(v)
                k += 1
                # ordinal suffix glued to the digits: 21वीं, 2रा, 1st
                if k < n and toks[k][0] == tok[1] and toks[k][2] == "w":
                    if toks[k][3] in DIGIT_ORDINAL_SUFFIXES:
                        return NumberReading(value(), start, k + 1, ordinal=True,
                                             simple=total == 0 and group is None, words=words)
                best = self._keep(value(), start, k, lead_only, lead_units, tail, words)
                continue
            entry = _ATOMS.get(tok[3]) if kind == "w" else None
            if entry is None:
                if tok[3] in _OF_WORDS and allow_fraction and best is not None and best.end == k:
                    # एक का पाँचवाँ (भाग) = 1/5: "the fifth of one"
                    part = self._part_of(k + 1)
                    if part is not None:
                        q = _divide(best.value, part.value)
                        end = part.end
                        if end < n and self.joined(end - 1) and toks[end][3] in _PART_NOUNS:
                            end += 1  # the noun belongs to it: तेईस का पाँचवाँ भाग
                        return NumberReading(q, start, end, words=True,
                                             fraction=True)
                break
            cls, payload = entry
            if cls == "E":
                u = int(payload)
                if units is not None:
                    if not (english_tens and u < 10 and units % 10 == 0):
                        break
                    units += u
                    english_tens = False
                else:
                    if tok[3] in _SHY_ENGLISH and not (k > start or self._english_near(k)):
                        break
                    if group is not None and u >= 100:
                        break
                    put_units(Decimal(u))
                    english_tens = u >= 20
                words = True
                k += 1
                best = self._keep(value(), start, k, lead_only, lead_units, tail, words)
                continue
            if cls != "O":
                english_tens = False
            if cls == "U" or cls == "F":
                if units is not None or point_used:
                    break
                v = Decimal(payload) if cls == "U" else payload
                if last_pow < 99 and v >= _TEN**last_pow:
                    break
                if prefix is not None:
                    if cls == "F":
                        break
                    v = v + prefix
                    prefix = None
                put_units(v)
                words = True
                k += 1
                best = self._keep(value(), start, k, lead_only, lead_units, tail, words)
                continue
            if cls == "P":
                if units is not None or prefix is not None or point_used:
                    break
                prefix = payload
                words = True
                k += 1
                if tok[3] == _SAVA and total == 0 and group is None:
                    # सवा alone is 1¼ (सवा किलो)
                    best = NumberReading(Decimal("1.25"), start, k, simple=True, words=True)
                continue
            if cls == "S":
                power = int(payload)
                if tok[3] in _LATIN_ONLY_AFTER_DIGITS and (units is None or k == start):
                    break
                if tok[3] in _WORDS_ONLY_SCALES and not words:
                    break  # 3 पद्म विभूषण: the old scales follow number words only
                if k + 1 < n and self.joined(k) and toks[k + 1][3] in _NOT_BEFORE.get(tok[3], ()):
                    break  # 22 अरब देशों: Arab countries, not billions
                if power == 2:
                    if group is not None or point_used:
                        if before_and is not None and best is not None and best.end == k:
                            best = before_and  # 3 सौ और 2 सौ: two numbers
                        break
                    if units is None:
                        if prefix is not None:
                            units, prefix = 1 + prefix, None
                        elif k == start:
                            units = Decimal(1)
                        else:
                            break
                    fractional = dotted
                    if total + units.scaleb(2) >= _LIMIT:
                        break
                    group = units.scaleb(2)
                    units = None
                    tail += 2
                    if fractional:
                        # 2.12 सौ: a decimal times a scale ends the number
                        k += 1
                        return self._keep(value(), start, k, lead_only, lead_units, tail, True)
                else:
                    base = value() - total
                    if base == 0:
                        if prefix is not None:
                            base, prefix = 1 + prefix, None
                        elif k == start and tok[3] in _BARE_SCALES:
                            base = Decimal(1)
                        elif total != 0 and units is None and group is None and power > max_pow:
                            base = Decimal(0)  # लाख करोड़: the scale multiplies what is there
                        else:
                            break
                    if max_pow < 0 or last_pow > power or power > max_pow:
                        if power < last_pow and max_pow >= 0:
                            new_total = total + base.scaleb(power)  # a smaller group is added
                        else:
                            new_total = (total + base).scaleb(power)  # a larger scale multiplies
                        if new_total >= _LIMIT:
                            break  # past any amount: the number ends before this scale
                        if power < last_pow and max_pow >= 0:
                            lead_only = False
                        else:
                            max_pow = power
                            tail += power
                        total, last_pow = new_total, power
                    else:
                        if before_and is not None and best is not None and best.end == k:
                            best = before_and  # 3 सौ और 2 सौ: two numbers
                        break
                    closed = dotted
                    group = units = None
                    if closed and k + 1 < n and self.joined(k) \
                            and (toks[k + 1][2] == "d" or _ATOMS.get(toks[k + 1][3], "x")[0] == "U"):
                        # 1.5 लाख 20 हज़ार: a decimal times a scale takes no further parts
                        k += 1
                        return self._keep(value(), start, k, lead_only, lead_units, tail, True)
                point_used = False
                words = words or not tok[3].isascii()
                k += 1
                if lead_units is None:
                    lead_units = Decimal(1)
                best = self._keep(value(), start, k, lead_only, lead_units, tail, words)
                continue
            if cls == ".":
                if point_used or units is None and group is None and total == 0:
                    break
                digits, j = self._point_digits(k + 1)
                if not digits:
                    break
                frac = Decimal("0." + digits)
                units = frac if units is None else units + frac
                point_used = True
                words = True
                k = j
                lead_only = lead_only and group is None and total == 0
                if lead_only:
                    lead_units = units
                best = self._keep(value(), start, k, lead_only, lead_units, tail, words)
                continue
            if cls == "T":
                if units is None:
                    break
                units = _divide(units, Decimal(int(payload)))
                k += 1
                best = self._keep(value(), start, k, False, None, 0, True)
                best.fraction = True
                break
            if cls == "&":
                if units is not None and allow_fraction and best is not None and best.end == k \
                        and k + 1 < n and self.joined(k):
                    # पाँच और एक चौथाई, बीस और तीन बटे पांच: a whole and a fraction
                    part = self.read(k + 1, allow_fraction=True, depth=depth + 1)
                    if part is not None and part.fraction and part.value < 1 \
                            and best.value + part.value < _LIMIT:
                        return NumberReading(best.value + part.value, start, part.end, words=True,
                                             fraction=True)
                    break
                # और joins parts of one number only if a units word follows
                if k + 1 < n and self.joined(k) and units is None and (group is not None or total):
                    nxt = toks[k + 1]
                    nxt_entry = _ATOMS.get(nxt[3]) if nxt[2] == "w" else None
                    if nxt[2] == "d" or (nxt_entry and nxt_entry[0] in "UFE"):
                        if nxt[2] == "d" and digits_value(nxt[3]) == 0:
                            break
                        if nxt_entry and nxt_entry[0] == "U" and nxt_entry[1] == 0:
                            break
                        before_and = best
                        k += 1
                        continue
                break
            if cls == "/" and allow_fraction:
                if best is None or best.end != k:
                    break
                numerator = best.value
                if k + 1 >= n or not self.joined(k):
                    break
                den = self.read(k + 1, allow_fraction=False, depth=depth + 1)
                if den is None or den.value == 0 or den.ordinal:
                    break
                q = _divide(numerator, den.value)
                if abs(q) >= _LIMIT:
                    break
                return NumberReading(q, start, den.end, words=True,
                                     fraction=True)
            if cls == "+" and allow_fraction:
                # A सही X बटा Y
                if best is None or best.end != k or k + 1 >= n or not self.joined(k):
                    break
                part = self.read(k + 1, allow_fraction=True, depth=depth + 1)
                if part is None or not part.fraction or best.value + part.value >= _LIMIT:
                    break
                return NumberReading(best.value + part.value, start, part.end, words=True)
            if cls == "Z":
                if best is None or best.end != k:
                    break
                dozen = value() + (units or 0) * 11 if units is not None else best.value * 12
                if dozen >= _LIMIT:
                    break
                return NumberReading(dozen, start, k + 1, words=True)
            if cls == "O":
                ord_value, ord_power = payload
                if ord_power is None:
                    if english_tens and units is not None and tok[3] in _ENGLISH_ORDINAL_UNITS:
                        return NumberReading(value() + ord_value, start, k + 1, ordinal=True,
                                             words=True)
                    if units is not None or point_used or prefix is not None:
                        break
                    if k > start and ord_value is not None and tok[3] in _IRREGULAR_ORDINALS:
                        break
                    v = Decimal(ord_value)
                    if last_pow < 99 and v >= _TEN**last_pow:
                        break
                    return NumberReading(value() + v, start, k + 1, ordinal=True,
                                         simple=k == start, words=True)
                # scale ordinal: सौवां, खरबवां
                if units is None and group is None and total == 0:
                    base = Decimal(1)
                else:
                    base = value() - total
                if base == 0:
                    if total == 0 or ord_power <= max_pow:
                        break
                    if total.scaleb(ord_power) >= _LIMIT:
                        break
                    return NumberReading(total.scaleb(ord_power), start, k + 1, ordinal=True,
                                         words=True)
                if max_pow < 0 or ord_power > max_pow:
                    result = (total + base).scaleb(ord_power)
                elif ord_power < last_pow:
                    result = total + base.scaleb(ord_power)
                else:
                    break
                if result >= _LIMIT:
                    break
                return NumberReading(result, start, k + 1, ordinal=True, words=True)
            break
        return best

    def _keep(
        self,
        value: Decimal,
        start: int,
        end: int,
        lead_only: bool,
        lead_units: Decimal | None,
        tail: int,
        words: bool,
    ) -> NumberReading:
        simple = end == start + 1
        return NumberReading(
            value,
            start,
            end,
            simple=simple,
            tail_power=tail if lead_only and lead_units is not None and tail else None,
            words=words,
        )

    def _part_of(self, k: int) -> NumberReading | None:
        """A word ordinal at token k that names a part (पाँचवाँ, सौवां, दस खरबवां)."""
        if k >= self.n or not self.joined(k - 1) or self.toks[k][2] != "w":
            return None
        if self.toks[k][3] in _IRREGULAR_ORDINALS:
            return None
        part = self.read(k, allow_fraction=False, depth=2)
        if part is None or not part.ordinal or part.value == 0:
            return None
        if any(self.toks[j][2] != "w" for j in range(k, part.end)):
            return None
        return part

    def _slash_fraction(self, k: int) -> tuple[Decimal, int] | None:
        """``a/b`` glued at token k, a proper fraction that terminates: (value, end token)."""
        toks = self.toks
        if k + 2 >= self.n or toks[k + 1][3] != "/" or toks[k + 2][2] != "d":
            return None
        if toks[k][1] != toks[k + 1][0] or toks[k + 1][1] != toks[k + 2][0]:
            return None
        if k + 3 < self.n and toks[k + 3][3] == "/" and toks[k + 3][0] == toks[k + 2][1]:
            return None  # 5/17/2018
        a = digits_value(toks[k][3])
        b = digits_value(toks[k + 2][3])
        if a is None or b is None or not 0 <= a < b or a != int(a) or b != int(b):
            return None
        q = _divide(a, b)
        if _repeats(q):
            return None
        return q, k + 3

    def _english_near(self, k: int) -> bool:
        """An English number word stands right after token k (फ़िफ़्टी टू style pairs)."""
        if k + 1 < self.n and self.joined(k):
            entry = _ATOMS.get(self.toks[k + 1][3])
            return entry is not None and entry[0] in "ES"
        return False

    def _point_digits(self, k: int) -> tuple[str, int]:
        """Digits after दशमलव: digit words one by one (``दो छह`` = 26), or one digit run."""
        toks = self.toks
        digits: list[str] = []
        j = k
        while j < self.n and self.joined(j - 1):
            tok = toks[j]
            if tok[2] == "d":
                if digits or not tok[3].isdigit():
                    break
                digits.append(tok[3].translate(_TO_ASCII))
                j += 1
                break
            entry = _ATOMS.get(tok[3]) if tok[2] == "w" else None
            if entry is None or entry[0] not in "UE":
                break
            digits.append(str(entry[1]))
            j += 1
        return "".join(digits), j


_IRREGULAR_ORDINALS: Final = frozenset(fold(w) for w in lex.ORDINAL_WORDS)
_ENGLISH_ORDINAL_UNITS: Final = frozenset(fold(w) for w in lex.ENGLISH_ORDINAL_UNITS)
_OF_WORDS: Final = frozenset(fold(w) for w in ("का", "के", "की"))
_PART_NOUNS: Final = frozenset(fold(w) for w in ("भाग", "हिस्सा", "हिस्से", "अंश"))


def _divide(a: Decimal, b: Decimal) -> Decimal:
    """a / b, exact when the quotient terminates, else rounded to 28 significant digits."""
    with localcontext(CONTEXT):
        q = a / b
    if len(q.as_tuple().digits) >= CONTEXT.prec:  # filled the context: it does not terminate
        with localcontext(CONTEXT) as ctx:
            ctx.prec = 28
            q = +q
    return q


def _repeats(q: Decimal) -> bool:
    """The quotient filled the whole precision: it did not terminate."""
    return len(q.as_tuple().digits) >= 28


def read_number(text: str, toks: list[RawToken], start: int) -> NumberReading | None:
    """Read the longest number that starts at token ``start`` (``None`` if there is none)."""
    return _Reader(text, toks).read(start)


def _parse_number(text: str) -> Decimal:
    toks = raw_tokens(text)
    if not toks:
        raise HindiNumberError("empty input: no number to read", text, 0, "")
    negative = False
    first = 0
    if toks[0][3] in ("-", "−") or _ATOMS.get(toks[0][3], ("",))[0] == "-":
        negative = True
        first = 1
        if len(toks) == 1:
            raise HindiNumberError("a minus sign with no number after it", text, 0, toks[0][3])
    reading = read_number(text, toks, first)
    if reading is None:
        tok = toks[first]
        word = text[tok[0] : tok[1]]
        raise HindiNumberError(f"not a number: {word!r} at position {tok[0]}", text, tok[0], word)
    if reading.end < len(toks):
        tok = toks[reading.end]
        word = text[tok[0] : tok[1]]
        read = text[toks[first][0] : toks[reading.end - 1][1]]
        raise HindiNumberError(
            f"unexpected {word!r} at position {tok[0]} after the number {read!r}",
            text,
            tok[0],
            word,
        )
    return clean(-reading.value if negative else reading.value)


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
