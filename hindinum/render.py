"""Write values back out: Decimal -> Hindi words, and the canonical forms ``normalize`` uses."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, localcontext
from typing import Final

from hindinum.language import HINDI, Language, WordClass
from hindinum.numbers import CONTEXT, NumberReader
from hindinum.text import fold
from hindinum.tokenize import DIGITS, WORD, Tokens
from hindinum.types import Amount, Kind, _plain

#: Enum members as constants: CPython 3.11 reads ``Kind.MONEY`` through the enum class's
#: ``__getattr__`` hook, ten times the cost of a constant (the compiled build reads these
#: as C statics).
_DATE: Final = Kind.DATE
_DURATION: Final = Kind.DURATION
_MONEY: Final = Kind.MONEY
_ORDINAL: Final = Kind.ORDINAL
_PERCENT: Final = Kind.PERCENT
_QUANTITY: Final = Kind.QUANTITY
_TIME: Final = Kind.TIME

__all__ = ["MAX_WORDS_VALUE", "format_amount", "format_value", "words"]

#: :func:`to_words` writes integers below 100 शंख (10**19); larger values have no Hindi name.
MAX_WORDS_VALUE = 10**19


def _below_thousand(n: int, lang: Language) -> list[str]:
    units = lang.pack.units
    words = []
    if n >= 100:
        words += [units[n // 100], lang.pack.hundred_word]
        n %= 100
    if n:
        words.append(units[n])
    return words


#: In the ``"crore"`` style, values from 10**7 up to this bound are counted in करोड़.
_CRORE_STYLE_BELOW = 10**14

_SCALE_STYLES = ("traditional", "crore")


def _integer_words(n: int, scales: str = "traditional", lang: Language = HINDI) -> list[str]:
    if n == 0:
        return [lang.pack.units[0]]
    if scales == "crore" and 10**7 <= n < _CRORE_STYLE_BELOW:
        # एक लाख करोड़, पच्चीस हज़ार करोड़, सौ करोड़: the करोड़s counted with लाख, हज़ार, सौ
        crores, rest = divmod(n, 10**7)
        return _integer_words(crores, lang=lang) + [lang.pack.crore_word] + (
            _integer_words(rest, lang=lang) if rest else [])
    words: list[str] = []
    for power, word in lang.pack.word_scales:
        unit = 10**power
        if n >= unit:
            words += _below_thousand(n // unit, lang) + [word]
            n %= unit
    return words + _below_thousand(n, lang)


def words(value: int | Decimal | str, scales: str = "traditional") -> str:
    """``value`` in Hindi words (:func:`hindinum.to_words`, which checks the argument types).

    >>> words(92000000), words(1500000000000, "crore")
    ('नौ करोड़ बीस लाख', 'एक लाख पचास हज़ार करोड़')
    """
    if scales not in _SCALE_STYLES:
        raise ValueError(f"scales must be one of {_SCALE_STYLES}, not {scales!r}")
    with localcontext(CONTEXT):
        return _to_words(value, scales)


def _to_words(value: int | Decimal | str, scales: str = "traditional",
              lang: Language = HINDI) -> str:
    try:
        number = Decimal(value) if not isinstance(value, Decimal) else value
    except InvalidOperation:
        raise ValueError(f"to_words() cannot read {value!r} as a number") from None
    if not number.is_finite():
        raise ValueError(f"to_words() needs a finite number, not {number}")
    sign = lang.pack.minus_word + " " if number < 0 else ""
    number = abs(number)
    if number >= MAX_WORDS_VALUE:
        raise ValueError(f"{number} is too large: Hindi scales end below {MAX_WORDS_VALUE:.0e}")
    text = _plain(number) if number != 0 else "0"
    whole, _, frac = text.partition(".")
    words = _integer_words(int(whole), scales, lang)
    if frac:
        words.append(lang.pack.point_word)
        words += [lang.pack.units[int(d)] for d in frac]
    return sign + " ".join(words)


_LATIN: Final = str.maketrans(
    "\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f", "0123456789")
_DEVANAGARI: Final = str.maketrans(
    "0123456789", "\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f")


def _group(whole: str, grouping: str) -> str:
    if grouping == "none" or len(whole) <= 3:
        return whole
    if grouping == "western":
        head = len(whole) % 3 or 3
        parts = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
        return ",".join(parts)
    # Indian: last three digits, then pairs
    rest, last = whole[:-3], whole[-3:]
    head = len(rest) % 2 or 2
    parts = [rest[:head]] + [rest[i : i + 2] for i in range(head, len(rest), 2)]
    return ",".join(parts + [last])


def format_value(value: Decimal, *, digits: str = "latin", grouping: str = "none") -> str:
    """A Decimal as plain digits (no exponent; the decimal places it has, as ``83.20`` keeps
    its zero), optionally grouped and in Devanagari.

    >>> format_value(Decimal("92000000"), grouping="indian")
    '9,20,00,000'
    >>> format_value(Decimal("1500000.5"), grouping="western", digits="devanagari")
    '१,५००,०००.५'
    >>> format_value(Decimal("83.20")), format_value(Decimal("9.2E+7"))
    ('83.20', '92000000')
    """
    text = str(value) if value else "0"  # a third of format(value, "f"), where it has no E
    if "E" in text:
        text = format(value, "f")
    if grouping != "none":
        sign = "-" if text.startswith("-") else ""
        whole, dot, frac = text.lstrip("-").partition(".")
        text = sign + _group(whole, grouping) + dot + frac
    return text.translate(_DEVANAGARI) if digits == "devanagari" else text


def _ordinal_suffix(amount: Amount, lang: Language = HINDI) -> str:
    """The ending written after the digits of an ordinal (वां/वीं/वें, or ला/रा/था/ठा for the
    values with irregular ordinals), in the gender and case of the original word."""
    pack = lang.pack
    text = amount.text.rstrip()
    last = text[-1:] if text[-1:] not in pack.nasal_marks else text[-2:-1]
    form = 1 if last in pack.feminine_marks else 2 if last in pack.oblique_marks else 0
    if amount.text.isascii():  # 1st, 2nd
        form = 0
    endings = pack.ordinal_endings.get(int(amount.value)) \
        if amount.value == int(amount.value) else None
    if endings is not None and not text.endswith(pack.regular_ordinal_written):
        return endings[form]
    return pack.regular_ordinal_endings[form]


#: A run of digits (the standard library's ``re``: a third of ``regex``'s cost per call on
#: the short text of one amount, and the pattern needs no Unicode property).
_DIGIT_RUN: Final = re.compile(
    r"[0-9\u0966-\u096f][0-9\u0966-\u096f,]*(?:\.[0-9\u0966-\u096f]+)?")


def _digit_run(amount: Amount) -> str:
    """The one digit run an amount that is no range is written with, or ``""``; ``""`` also
    where the run could change nothing, with no decimal point and no zero in it (the run
    matters only for the places it was written with and its leading zeros)."""
    text = amount.text
    if "." not in text and "0" not in text and "\u0966" not in text:
        return ""
    runs = _DIGIT_RUN.findall(text)
    return runs[0] if len(runs) == 1 and amount.value_max is None else ""


def _as_written(amount: Amount, run: str) -> Decimal:
    """The value with the decimal places its digit ``run`` was written with (``83.20``,
    ``₹2,945.50``), where no scale or subunit changed it."""
    if "." not in run or not run.endswith(("0", "\u0966")):
        return amount.value  # no place written beyond the value's own (9.2, 2,945.5)
    written = Decimal(run.replace(",", "").translate(_LATIN))
    return written if written == amount.value else amount.value


def _zeros(amount: Amount, run: str, digits: str) -> str:
    """The leading zeros of a number written with them (``05``, ``000``), which normalize
    keeps: digits keep what they say."""
    if not run.startswith(("0", "\u0966")):
        return ""
    whole = run.split(".")[0].replace(",", "")
    lead = len(whole) - len(whole.lstrip("0\u0966"))
    if lead == 0 or Decimal(run.replace(",", "").translate(_LATIN)) != amount.value:
        return ""  # the digits are not the whole amount (पौने01 is 0.75: no zero to keep)
    run = whole
    if lead == len(run):
        lead -= 1  # 000 is zero written three times: the value writes one
    return ("\u0966" if digits == "devanagari" else "0") * lead


def _fraction(fraction: str, digits: str) -> str:
    """A fraction that no decimal writes out, as ``p/q`` (``1/3``), or above one as a whole
    number and a proper fraction (``5/3`` -> ``1 2/3``): an improper ``a/b`` in digits is read
    as no fraction (``24/7``)."""
    num, _, den = fraction.partition("/")
    whole, part = divmod(abs(int(num)), int(den))
    text = ("-" if num.startswith("-") else "") + (f"{whole} " if whole else "") + f"{part}/{den}"
    return text.translate(_DEVANAGARI) if digits == "devanagari" else text


def format_amount(amount: Amount, *, digits: str = "latin", grouping: str = "none") -> str:
    """The canonical text ``normalize`` writes for an amount.

    Money: ``92000000 USD``, or the subunit word when the amount is kept in its subunit
    (``34 सेंट``); ranges: ``1000000-1200000 INR``; percent: ``20%``; ordinal:
    digits and the Hindi ending (``21वीं``); number: ``335``; a fraction that no decimal
    writes out: ``1/3``, ``1 2/3``.

    >>> from hindinum import extract
    >>> [format_amount(a, grouping="indian") for a in extract("करीब 10-12 लाख रुपये, 20 फीसदी")]
    ['10,00,000-12,00,000 INR', '20%']
    """
    kind = amount.kind  # each field read once: the compiled build reads them as Python
    if kind in _MEASURE_KINDS:
        return _format_measure(amount, digits, grouping)
    value_max = amount.value_max
    fraction = amount.fraction
    if fraction is not None:
        fmt = _fraction(fraction, digits)
    else:
        run = _digit_run(amount) if value_max is None else ""
        fmt = _zeros(amount, run, digits) + format_value(_as_written(amount, run),
                                                         digits=digits, grouping=grouping) \
            if run else format_value(amount.value, digits=digits, grouping=grouping)
    if value_max is not None:
        fmt += "-" + format_value(value_max, digits=digits, grouping=grouping)
    elif amount.distributive:
        fmt += "-" + fmt.lstrip("-")  # दो-दो हजार रुपये -> 2000-2000 INR: that much each
    if kind is _MONEY:
        if amount.currency is None and amount.subunit is not None:
            subunit_words = HINDI.pack.subunit_words
            return f"{fmt} {subunit_words.get(amount.subunit, amount.subunit)}"  # 34 सेंट
        return f"{fmt} {amount.currency}" + (f"/{amount.per}" if amount.per else "")
    if kind is _PERCENT:
        return fmt + "%"
    if kind is _ORDINAL and not _said_as_cardinal(amount):
        return fmt + _ordinal_suffix(amount)
    return fmt


def _said_as_cardinal(amount: Amount, lang: Language = HINDI) -> bool:
    """The ordinal is written as a cardinal, a place in an order that the word before it
    names (``नंबर 1``, ``नंबर दो``, ``कक्षा 9``): its digits take no ending (``नंबर 2``, not
    ``नंबर 2रा``)."""
    last = amount.text.rstrip()[-1:]
    if last.isdigit():
        return True
    word = lang.words.get(fold(amount.text.split()[-1])) if amount.text.strip() else None
    return word is not None and word.cls is not WordClass.ORDINAL


#: The kinds of measure, which :func:`_format_measure` writes.
_MEASURE_KINDS: Final = frozenset({_QUANTITY, _DURATION, _TIME, _DATE})


def _format_measure(amount: Amount, digits: str, grouping: str) -> str:
    """A quantity as its number and unit symbol (``206.29 g``, ``21 °C``: the form NeMo's
    Hindi ITN writes), a time as the 24-hour clock (``19:00``, ``2:11``), a duration, a date
    and a range of times as said with every number in digits (``2.5 घंटे``, ``25 मार्च 2010``,
    ``3 से 4 बजे``: the unit word stays, so ``45 वर्षीय महिला`` reads on).

    >>> from hindinum import extract
    >>> [format_amount(a) for a in extract("ढाई घंटे, शाम सात बजे, पच्चीस मार्च दो हज़ार दस")]
    ['2.5 घंटे', '19:00', '25 मार्च 2010']
    """
    if amount.kind is _TIME and amount.iso and amount.value_max is None:
        hour, _, rest = amount.iso[1:].partition(":")
        clock = f"{int(hour)}:{rest}"
        return clock.translate(_DEVANAGARI) if digits == "devanagari" else clock
    if amount.kind is _DATE and amount.value_max is not None:
        century = _century(amount, digits)
        if century is not None:
            return century
    if amount.kind in (_TIME, _DATE, _DURATION):
        return _numbers_in_digits(amount.text, digits)
    if amount.fraction is not None:
        fmt = _fraction(amount.fraction, digits)  # दो तिहाई किलो: 2/3 kg
    else:
        run = _digit_run(amount)
        fmt = _zeros(amount, run, digits) + format_value(_as_written(amount, run),
                                                         digits=digits, grouping=grouping)
    if amount.value_max is not None:
        fmt += "-" + format_value(amount.value_max, digits=digits, grouping=grouping)
    elif amount.distributive:
        fmt += "-" + fmt.lstrip("-")  # एक-एक छोटा चम्मच -> 1-1 tsp: that much each
    return f"{fmt} {amount.unit}" + (f"/{amount.per}" if amount.per else "")


def _century(amount: Amount, digits: str, lang: Language = HINDI) -> str | None:
    """A century with its ordinal in digits (``इक्कीसवीं सदी`` -> ``21वीं सदी``), or ``None``
    where the date is no ordinal before a word of a century."""
    from hindinum.tokenize import raw_tokens

    iso = amount.iso or ""
    if len(iso) != 9 or iso[2:4] != "01" or iso[7:] != "00":
        return None  # no century's years (1901/2000): a range of days is not tokenized twice
    toks = raw_tokens(amount.text)
    if toks.n < 2 or toks.key[toks.n - 1] not in lang.century_words:
        return None
    with localcontext(CONTEXT):
        reading = NumberReader(toks, lang).read(0)
    if reading is None or not reading.ordinal or reading.end != toks.n - 1:
        return None
    head = amount.text[: toks.end[reading.end - 1]]
    pack = lang.pack
    if reading.words and int(reading.value) in pack.ordinal_endings:
        return amount.text  # छठी सदी, as छठी alone: an irregular ordinal word stays a word
    if head.isascii():  # 21st सदी: a century is feminine (21वीं)
        written = pack.regular_ordinal_endings[1]
    else:
        written = _ordinal_suffix(Amount(text=head, start=amount.start,
                                         end=amount.start + len(head), value=reading.value,
                                         kind=_ORDINAL), lang)
    return format_value(reading.value, digits=digits) + written + amount.text[len(head):]


def _numbers_in_digits(text: str, digits: str, lang: Language = HINDI) -> str:
    """``text`` with every number word run in it written in digits, and the rest as it is."""
    from hindinum.tokenize import raw_tokens

    toks = raw_tokens(text)
    reader = NumberReader(toks, lang)
    with localcontext(CONTEXT):  # the reader's arithmetic, in any caller's context
        return _rewritten(text, toks, reader, digits)


def _rewritten(text: str, toks: Tokens, reader: NumberReader, digits: str) -> str:
    out: list[str] = []
    pos = k = 0
    while k < toks.n:
        reading = reader.read(k) if toks.kind[k] in (WORD, DIGITS) else None
        if reading is None or reading.ordinal or not reading.words:
            k += 1  # digits alone stay as written (15/08/2023), but 2 लाख is one number
            continue
        exact = reading.exact
        written = format_value(reading.value, digits=digits) if exact is None \
            else _fraction(f"{exact.numerator}/{exact.denominator}", digits)
        out += [text[pos:toks.start[k]], written]
        pos = toks.end[reading.end - 1]
        k = reading.end
    out.append(text[pos:])
    return "".join(out).translate(_DEVANAGARI if digits == "devanagari" else _LATIN)
