"""What a number measures: quantities, durations, clock times and dates.

The recognizer reads a number first (:mod:`hindinum.recognize`); when no currency or percent
follows it, the readers of :data:`KIND_READERS` look at its neighbours, in order, and the first
that recognizes them makes the candidate a time (a clock word or am/pm after it), a date (a
month beside it, a year word or an era), a duration (a unit of time after it) or a quantity
(a unit of measure after it). :func:`at_digits` reads the times and dates written in digits
alone (``10:30``, ``15/08/2023``) before any rule looks at them. Every word comes from the
language (:class:`hindinum.language.Language`); the values are exact, and ``iso`` holds the
ISO 8601 form: ``T19:00``, ``2023-08-15``, ``--11-02``, ``PT2H30M``.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hindinum.language import WordClass
from hindinum.tokenize import DIGITS, SENTENCE_ENDS, SYMBOL, WORD
from hindinum.types import Kind

#: Enum members as constants: CPython 3.11 reads ``Kind.MONEY`` through the enum class's
#: ``__getattr__`` hook, ten times the cost of a constant (the compiled build reads these
#: as C statics).
_DATE: Final = Kind.DATE
_DURATION: Final = Kind.DURATION
_QUANTITY: Final = Kind.QUANTITY
_TIME: Final = Kind.TIME
_AND: Final = WordClass.AND
_UNIT: Final = WordClass.UNIT

TYPE_CHECKING = False  # typing costs 2.5 ms to import and is needed by type checkers only
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Final

    from hindinum.numbers import NumberReading
    from hindinum.recognize import Candidate, Scanner

__all__ = ["DIGIT_SIGNS", "KIND_READERS", "at_digits", "iso_duration", "rate", "symbol_as_written"]

#: Hours added to an hour of the clock (1-12) said after a part of the day: (first hour that
#: moves, last hour that moves, hours added). Night: 6-11 is the evening's (22:00 for 10),
#: 12 is midnight, 1-5 stay (रात 2 बजे = 02:00).
_DAY_PART_HOURS: Final = {
    "early": (13, 0, 0),  # तड़के 4 बजे: as said
    "morning": (13, 0, 0),
    "afternoon": (1, 11, 12),  # दोपहर 3 बजे = 15:00, दोपहर 12 बजे = 12:00
    "evening": (1, 11, 12),
    "night": (6, 11, 12),
}
#: Seconds in each unit of a duration that converts exactly (a month or a year does not).
_SECONDS: Final = {"s": 1, "min": 60, "h": 3600, "d": 86400, "wk": 604800}
#: The units of duration from the largest, for a duration said in parts (दो घंटे तीस मिनट).
_ORDER: Final = ("yr", "mo", "wk", "d", "h", "min", "s")
#: The signs between the parts of a time or a date written in digits.
_SIGNS: Final = frozenset({":", "/", "-", "."})
#: The same, for the scanner's test before it calls :func:`at_digits`.
DIGIT_SIGNS: Final = _SIGNS
#: Units whose Latin symbol this long or shorter are read after digits only (``5 m``).
_SHORT_SYMBOL: Final = 2


def _whole(value: Decimal | None) -> int | None:
    """``value`` as an int when it is a whole number, else ``None``."""
    if value is None or value != value.to_integral_value():
        return None
    return int(value)


def _after(s: Scanner, end: int) -> bool:
    """Token ``end`` exists and is joined to the number before it."""
    return end < s.n and s.toks.joined(end - 1)


def _span_back(s: Scanner, c: Candidate, first: int) -> None:
    """The amount starts at token ``first`` (a month or a part of the day before it)."""
    c.number_first = first
    if not c.prefix_currency:
        c.span_first = first


# -- clock times ----------------------------------------------------------------------------

def clock(s: Scanner, c: Candidate) -> bool:
    """An hour before a clock word is a time: ``साढ़े तीन बजे`` (T03:30), ``10.30 बजे``,
    ``दो बजकर ग्यारह मिनट`` (T02:11), ``एक बजे सात मिनट``, ``शाम 7 बजे`` (T19:00)."""
    end = c.end
    # the look-up before the test of the gap (each reader asks, and most numbers have
    # neither a clock word nor an am/pm or a unit of energy after them)
    if end >= s.n or s.toks.key[end] not in s.lang.clock_words or not s.toks.joined(end - 1):
        return False
    if c.value_max is not None:
        return _clock_range(s, c, end + 1)
    hour_minute = _hour_minute(s, c)
    if hour_minute is None:
        return False
    hour, minute = hour_minute
    k, second = end + 1, 0
    if minute == 0:
        minute, k = _count(s, k, "min", 59) or (0, k)
    second, k = _count(s, k, "s", 59) or (0, k)
    _set_time(s, c, hour, minute, second, k)
    return True


def am_pm(s: Scanner, c: Candidate) -> bool:
    """An hour before am or pm is a time: ``5 PM`` (T17:00), ``5.30 pm``, ``5 p.m.``; the
    whole marker, not its first letter (``5 A`` is an ampere, ``5 p`` no time)."""
    end = c.end
    if end >= s.n or s.toks.key[end] not in s.lang.am_pm or not s.toks.joined(end - 1) \
            or s.phrase(s.lang.am_pm, end) is None:
        return False
    hour_minute = _hour_minute(s, c)
    if hour_minute is None or c.value_max is not None or not 1 <= hour_minute[0] <= 12:
        return False
    _set_time(s, c, hour_minute[0], hour_minute[1], 0, end)
    return True


def day_part_hour(s: Scanner, c: Candidate) -> bool:
    """An hour right after a part of the day is a time without a clock word where nothing
    else follows it or a range goes on from it: ``सुबह आठ से शाम 5 बजे तक`` (T08:00),
    ``सुबह सात,``; not ``सुबह 5 लोग``. So is a range of times written with a point
    (``रात्रि 10.00 से 12.00 तक``: T22:00/T24:00), not one of bare hours (``सुबह 5-6 लोग``)."""
    if c.approx is not None:
        return False
    first = c.number_first - 1
    if first < s.floor or not s.toks.joined(first) or s.toks.key[first] not in s.lang.day_parts \
            and _phrase_before(s, s.lang.day_part_phrases, s.lang.day_part_phrase_ends,
                               first) is None:
        return False
    end = c.end
    key = s.toks.key[end] if _after(s, end) else ""
    if c.value_max is not None:  # रात्रि 10.00 से 12.00 तक: a range of dotted times only
        lang = s.lang
        return not (key and (s.toks.kind[end] == DIGITS or key in lang.measures
                             or key in lang.currency or key in lang.percent_words)) \
            and _dotted_ends(s, c) is not None and _clock_range(s, c, end)
    if key and (s.toks.kind[end] == WORD and key not in s.lang.range_words
                and key not in s.lang.day_parts or s.toks.kind[end] == DIGITS):
        return False  # सुबह 5 लोग: five people (but सुबह सात रात 11 बजे तक: from seven)
    hour_minute = _hour_minute(s, c)
    if hour_minute is None or not 1 <= hour_minute[0] <= 12:
        return False
    _set_time(s, c, hour_minute[0], hour_minute[1], 0, end)
    return True


def _hour_minute(s: Scanner, c: Candidate) -> tuple[int, int] | None:
    """The hour and minute a number before a clock word says: ``10.30`` is 10:30 (the digits
    after the point are minutes), ``साढ़े तीन`` is 3:30 (a fraction of an hour)."""
    reading = c.reading
    if reading is None or c.negative or reading.ordinal:
        return None
    key = s.toks.key[reading.first]
    if reading.simple and s.toks.kind[reading.first] == DIGITS and "." in key:
        hour, _, minute = key.partition(".")
        if len(minute) != 2 or not hour.isdigit() or not minute.isdigit():
            return None
        result = int(hour), int(minute)
    else:
        whole = int(c.value)
        minutes = (c.value - whole) * 60  # exact: a Decimal of a few places
        if minutes != minutes.to_integral_value():
            return None
        result = whole, int(minutes)
    return result if result[0] <= 24 and result[1] <= 59 else None


def _count(s: Scanner, k: int, unit: str, most: int) -> tuple[int, int] | None:
    """A whole number from 0 to ``most`` at token k (joined to the token before it) and the
    unit of time ``unit`` after it: the number and the token after the unit."""
    if not _after(s, k):
        return None
    reading = s.reader.read(k)
    if reading is None or reading.ordinal:
        return None
    n = _whole(reading.value)
    if n is None or not 0 <= n <= most or not _after(s, reading.end):
        return None
    hit = s.phrase(s.lang.duration_units, reading.end)
    if hit is None or hit[0] != unit:
        return None
    return n, hit[1]


def _clock_range(s: Scanner, c: Candidate, end: int) -> bool:
    """``3-4 बजे``, ``दो से तीन बजे``: a range of whole hours; ``10.30 से 12.30 बजे``: of
    hours and minutes, written with a point (:func:`_dotted_ends`)."""
    ends = _dotted_ends(s, c)
    if ends is None:
        low, high = _whole(c.value), _whole(c.value_max)
        if low is None or high is None:
            return False
        ends = (low, 0), (high, 0)
    (low, low_min), (high, high_min) = ends
    if not (0 <= low <= 24 and 0 <= high <= 24):
        return False
    first, span_first = c.number_first, c.span_first
    part = _day_part(s, c)
    low24, high24 = _on_clock(low, part), _on_clock(high, part)
    if high24 == 0 and high_min == 0 and low24 > 0:
        high24 = 24  # रात 11-12 बजे: to midnight, the end of the day (T24:00)
    if (high24, high_min) <= (low24, low_min) and high < 12 and low <= 12 \
            and (low24, low_min) < (high24 + 12, high_min) <= (24, 0):
        high24 += 12  # दोपहर 12.30 से 1.30 बजे: across noon
    if not (low24, low_min) < (high24, high_min):
        c.number_first, c.span_first = first, span_first  # शाम 11-12: no time
        return False
    c.kind = _TIME
    c.iso = f"T{low24:02d}:{low_min:02d}/T{high24:02d}:{high_min:02d}"
    c.value = Decimal(low24 * 60 + low_min) / 60 if low_min % 3 == 0 else Decimal(low24)
    c.value_max = Decimal(high24 * 60 + high_min) / 60 if high_min % 3 == 0 \
        else Decimal(high24)
    c.end = end
    s._step(c, "time", c.iso)
    return True


def _dotted_ends(s: Scanner, c: Candidate) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The hours and minutes of a range whose ends are both digits with a point and two
    digits of minutes (``10.30 से 12.30``, ``10.00-12.00``), or ``None``."""
    reading = c.reading
    if reading is None or c.negative:
        return None
    toks = s.toks
    k = c.end - 1
    while k > reading.first and toks.kind[k] != DIGITS:
        k -= 1
    low, high = _dotted(toks.key[reading.first]), _dotted(toks.key[k])
    if k == reading.first or k != c.end - 1 or low is None or high is None \
            or toks.kind[reading.first] != DIGITS:
        return None  # 7.10 से 7.50 लाख: a scale after it makes no time
    return low, high


def _dotted(key: str) -> tuple[int, int] | None:
    """An hour and its minutes written ``10.30``: one or two digits, a point and two digits of
    minutes below 60; else ``None``."""
    hour, point, minute = key.partition(".")
    if not point or not 1 <= len(hour) <= 2 or len(minute) != 2 or not hour.isdigit() \
            or not minute.isdigit() or int(minute) > 59 or int(hour) > 24:
        return None
    return int(hour), int(minute)


def _day_part(s: Scanner, c: Candidate) -> str | None:
    """The part of the day said before the number (``शाम 7``, ``रात के 10``); the span then
    starts at it."""
    first = c.number_first
    k = first - 1
    toks = s.toks
    if k > s.floor and toks.key[k] in s.lang.day_part_links and toks.joined(k - 1) \
            and toks.key[k - 1] in s.lang.day_parts:
        k -= 1  # रात के
    if k < s.floor or not toks.joined(k) or toks.kind[k] != WORD:
        return None
    hit = _phrase_before(s, s.lang.day_part_phrases, s.lang.day_part_phrase_ends, k)
    hit = hit or _single(s.lang.day_parts.get(toks.key[k]), k)
    if hit is None:
        return None
    if c.approx is None:
        _span_back(s, c, hit[1])
    return hit[0]


def _phrase_before(s: Scanner, phrases: dict[tuple[str, ...], str], ends: frozenset[str],
                   k: int) -> tuple[str, int] | None:
    """The phrase of ``phrases`` (keys -> meaning, the longest first) that ends at token k,
    its words joined (``देर रात``, ``दोपहर बाद``, ``वि.सं.``): its meaning and first token.
    ``ends`` holds the last keys of the phrases: at any other token none ends (one look-up
    instead of a pass over them; a token before the floor starts none either)."""
    toks = s.toks
    if k < s.floor or toks.key[k] not in ends:
        return None
    for keys, meaning in phrases.items():
        first = k - len(keys) + 1
        if first >= s.floor and toks.key[k] == keys[-1] \
                and all(toks.key[first + j] == key and toks.joined(first + j)
                        for j, key in enumerate(keys)):
            return meaning, first
    return None


def _single(meaning: str | None, k: int) -> tuple[str, int] | None:
    return None if meaning is None else (meaning, k)


def _on_clock(hour: int, part: str | None) -> int:
    """The hour of the 24-hour clock for an hour said after a part of the day."""
    if part is None or hour > 12:
        return hour
    first, last, add = _DAY_PART_HOURS[part]
    if part == "night" and hour == 12:
        return 0
    return hour + add if first <= hour <= last else hour


def _set_time(s: Scanner, c: Candidate, hour: int, minute: int, second: int, end: int) -> None:
    """Make the candidate the time ``hour:minute:second``, read up to token ``end``; a part of
    the day before it or am/pm after it sets the hour of the day. A time is never
    distributive (``एक-एक बजे`` reads as ``1:00`` does)."""
    marker = s.phrase(s.lang.am_pm, end) if _after(s, end) else None
    if marker is not None and 1 <= hour <= 12:
        hour = hour % 12 + (12 if marker[0] == "pm" else 0)
        end = marker[1]
    else:
        hour = _on_clock(hour, _day_part(s, c))
    c.kind = _TIME
    c.iso = f"T{hour:02d}:{minute:02d}" + (f":{second:02d}" if second else "")
    seconds = hour * 3600 + minute * 60 + second
    # a second count over 3600 (= 9 * 400) ends in a finite decimal only when 9 divides it
    c.value = Decimal(seconds) / 3600 if seconds % 9 == 0 else Decimal(hour)
    c.value_max = None
    c.distributive = False  # एक-एक बजे: a clock time is one time, whatever repeats it
    c.end = end
    s._step(c, "time", c.iso)


# -- dates ----------------------------------------------------------------------------------

def date_after_day(s: Scanner, c: Candidate) -> bool:
    """A day before a month is a date: ``15 अगस्त 2023`` (2023-08-15), ``4 अप्रैल, 2015``,
    ``दो नवंबर`` (--11-02), ``6-7 जुलाई 2011`` (a range of dates), and the first of two days
    of one month (``13 और 17 फरवरी``: 13 is --02-13 too)."""
    end = c.end
    if not _after(s, end):
        return False
    day, last = _whole(c.value), _whole(c.value_max) if c.value_max is not None else None
    if day is None or c.value_max is not None and last is None:
        return False
    month_at = end
    if s.toks.key[end] in s.lang.day_list_words and last is None:
        month_at = _next_day_end(s, end + 1)  # 13 और 17 फरवरी: the month after the next day
    month = s.lang.month_numbers.get(s.toks.key[month_at]) if month_at < s.n else None
    if month is None or not _valid_day(day, month) \
            or last is not None and not (day < last and _valid_day(last, month)):
        return False
    year, after = _year_after(s, _past_comma(s, month_at + 1))
    if year is not None and not _valid_day(last or day, month, year):
        return False  # 29 फरवरी 2021: no such day
    if month_at != end:
        after = end  # 13 और 17 फरवरी: the span of the first date is its day
    elif year is None:
        after = month_at + 1
    _set_date(s, c, year, month, day, last, after)
    return True


def _next_day_end(s: Scanner, k: int) -> int:
    """The token after a day of the month at token k (joined), or -1."""
    if not _after(s, k):
        return -1
    reading = s.reader.read(k)
    if reading is None or reading.ordinal or not 1 <= (_whole(reading.value) or 0) <= 31 \
            or not _after(s, reading.end):
        return -1
    return reading.end


def _past_comma(s: Scanner, k: int) -> int:
    """Token k, or the token after it when it is a comma with more on its line after it."""
    return k + 1 if _after(s, k) and s.toks.key[k] == "," and _after(s, k + 1) else k


def _counted(c: Candidate, most: int) -> tuple[int, int | None] | None:
    """The candidate's whole number from 1 to ``most``, and the upper end of its range (a
    larger whole number up to ``most``) or ``None``; ``None`` where it is no such number."""
    low = _whole(c.value)
    high = _whole(c.value_max) if c.value_max is not None else None
    if low is None or not 1 <= low <= most \
            or c.value_max is not None and (high is None or not low < high <= most):
        return None
    return low, high


def day_of_month(s: Scanner, c: Candidate) -> bool:
    """A day of the month before a word for the date, its month unsaid, is that day: ``30
    तारीख को`` (``---30``, ISO 8601's day of a month), ``10 से 15 तारीख तक`` (a range); or
    after one, before को, तक, a verb of being, a mark ... (``दिनांक 07 को``, ``तारीख 15 तक``:
    :func:`_day_after_word`)."""
    end = c.end
    if c.approx is not None or c.negative:
        return False
    if end < s.n and s.toks.key[end] in s.lang.date_words and _after(s, end):
        end += 1
    elif not _day_after_word(s, c):
        return False
    span = _counted(c, 31)
    if span is None:
        return False
    day, last = span
    c.kind = _DATE
    c.iso = f"---{day:02d}" + ("" if last is None else f"/---{last:02d}")
    c.end = end
    s._step(c, "date", c.iso)
    return True


def _day_after_word(s: Scanner, c: Candidate) -> bool:
    """A word for the date stands right before the number, and after it a word of
    ``lang.date_day_after``, a verb of being, a mark or the end (``दिनांक 07 को``; ``तारीख 3
    बार बदली``, ``तारीख 20 साल से``, ``तारीख 2 दिन बढ़ी`` are no days)."""
    toks = s.toks
    lang = s.lang
    first = c.number_first
    end = c.end
    if first == 0 or toks.key[first - 1] not in lang.date_words_before \
            or not toks.joined(first - 1):
        return False
    if not _after(s, end):
        return True
    key = toks.key[end]
    return key in lang.date_day_after or key in lang.copulas \
        or toks.kind[end] == SYMBOL and key not in lang.currency and key != "%"


def date_after_month(s: Scanner, c: Candidate) -> bool:
    """A number after a month is a day or a year: ``मार्च तीस उन्नीस सौ नब्बे``
    (1990-03-30), ``मार्च की दो`` (--03-02), ``मार्च 2020`` (2020-03)."""
    k = c.number_first - 1
    toks = s.toks
    comma = False
    if k > s.floor and toks.key[k] in s.lang.of_words and toks.joined(k - 1) \
            and toks.joined(k):
        k -= 1  # मार्च की दो
    elif k > s.floor and toks.key[k] == "," and toks.glued(k - 1) and toks.joined(k):
        k -= 1  # मई, 2021: a year only
        comma = True
    if k < s.floor or not toks.joined(k) or c.value_max is not None or c.approx is not None:
        return False
    month = s.lang.month_numbers.get(toks.key[k])
    value = _whole(c.value)
    if month is None or value is None or comma and not _comma_year(s, c, value):
        return False
    if _year_value(s, c.reading):
        if _impossible_day_before(s, k, month, value):
            return False  # 30 फरवरी 2020: no date, and फरवरी 2020 none either
        _span_back(s, c, k)
        _set_date(s, c, value, month, None, None, c.end)
        return True
    if not _valid_day(value, month):
        return False
    end = c.end
    if _after(s, end) and toks.key[end] == "," and _after(s, end + 1):
        end += 1  # मार्च 30, 1990
    year, after = _year_after(s, end)
    if year is not None and not _valid_day(value, month, year):
        return False  # फरवरी 29, 2021
    _span_back(s, c, k)
    _set_date(s, c, year, month, value, None, after if year is not None else c.end)
    return True


def _comma_year(s: Scanner, c: Candidate, value: int) -> bool:
    """After a month and a comma, four digits of a year from 1900 to 2099 with no noun after
    them are its year (``मई, 2021 व जून, 2021 में``; ``अप्रैल, 2000 किसानों को`` counts)."""
    if not 1900 <= value <= 2099 or not _year_value(s, c.reading):
        return False
    end = c.end
    if not _after(s, end) or s.toks.kind[end] != WORD:
        return True
    key = s.toks.key[end]
    lang = s.lang
    return key in lang.year_after or key in lang.of_words or key in lang.list_links


def listed_day(text: str, value: Decimal, iso: str) -> str | None:
    """The ISO date of a day of the month written in one or two digits (``text``, ``value``)
    listed before the date ``iso`` of a day: that month's day (``27`` before ``--03-28``:
    ``--03-27``; before ``2025-03-28``: ``2025-03-27``), or ``None``."""
    if not (1 <= len(text) <= 2 and text.isdigit()):
        return None
    day = int(value)
    if len(iso) == 5 and iso[:3] == "---":  # 15 और 16 तारीख: days of an unsaid month
        return f"---{day:02d}" if 1 <= day <= 31 else None
    if len(iso) == 7 and iso[:2] == "--" and iso[4] == "-":
        year = None
    elif len(iso) == 10 and iso[4] == "-" and iso[7] == "-" and iso[:4].isdigit():
        year = int(iso[:4])
    else:
        return None  # 5 और मार्च 2012: a month's year (2012-03) has no day to share
    return f"{iso[:-2]}{day:02d}" if _valid_day(day, int(iso[-5:-3]), year) else None


def _valid_day(day: int, month: int, year: int | None = None) -> bool:
    """The month has that day (in that year, when it is known: 29 February in a leap year
    only; a year before the common era is astronomical, as the iso writes it)."""
    if month == 2:
        leap = year is None or year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 1 <= day <= (29 if leap else 28)
    return 1 <= day <= (30 if month in (4, 6, 9, 11) else 31)


def _impossible_day_before(s: Scanner, k: int, month: int, year: int) -> bool:
    """A day the month does not have stands before the month at token k: ``30 फरवरी
    2020``, ``29 फरवरी 2021``, whose year is then no month's year."""
    if k < 1 or not s.toks.joined(k - 1):
        return False
    for j in (k - 1, k - 2):  # the day may be read already (the floor is past it): 29th
        reading = s.reader.read(j) if j >= 0 else None
        if reading is not None and reading.end == k:
            day = _whole(reading.value)
            return day is not None and 1 <= day <= 31 and not _valid_day(day, month, year)
    return False


def _year_value(s: Scanner, reading: NumberReading | None) -> bool:
    """The number reads as a year: four digits, or words from 1000 to 2199 (the years that
    four digits are read as, so that the year in words and its digits read alike)."""
    if reading is None or reading.ordinal:
        return False
    value = _whole(reading.value)
    if value is None or not 1000 <= value <= 2199:
        return False
    key = s.toks.key[reading.first]
    return reading.words or reading.simple and len(key) == 4 and key.isdigit()


def _year_after(s: Scanner, k: int) -> tuple[int | None, int]:
    """A year at token k (joined) and the token after it (and its era), or ``None`` and k."""
    if not _after(s, k):
        return None, k
    reading = s.reader.read(k)
    if not _year_value(s, reading):
        return None, k
    assert reading is not None
    year, end = _era(s, int(reading.value), reading.end)
    return year, end


def _era(s: Scanner, year: int, end: int) -> tuple[int, int]:
    """An era after a year: the astronomical year (1 BCE is 0, 25 BCE is -24) and the token
    after the era."""
    if not _after(s, end):
        return year, end
    hit = s.phrase(s.lang.eras, end)
    if hit is None:
        return year, end
    return (1 - year if hit[0] == "BCE" else year), hit[1]


def _set_date(s: Scanner, c: Candidate, year: int | None, month: int | None, day: int | None,
              last: int | None, end: int) -> None:
    """Make the candidate the date as far as it is said; ``last`` closes a range of days."""
    c.kind = _DATE
    c.iso = _iso_date(year, month, day)
    if last is not None:
        c.iso += "/" + _iso_date(year, month, last)
    c.value = Decimal(day if day is not None else year if year is not None else 0)
    c.value_max = None if last is None else Decimal(last)
    c.end = end
    s._step(c, "date", c.iso)


def iso_year(year: int) -> str:
    """The ISO 8601 form of a year: ``2019``."""
    return _iso_date(year, None, None)


def _iso_date(year: int | None, month: int | None, day: int | None) -> str:
    """``2023-08-15``, ``--08-15`` (no year), ``2023-08``, ``2023``; a year before 1 CE or
    after 9999 has its sign and at least four digits (``-0024``)."""
    if year is None:
        return f"--{month:02d}-{day:02d}"
    text = f"{year:04d}" if 0 <= year <= 9999 else f"{year:+05d}"
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    return text


def year(s: Scanner, c: Candidate) -> bool:
    """A year with a year word before or after it, or an era, is a date: ``साल 2019``,
    ``2019 में``, ``सन उन्नीस सौ नब्बे``, ``1990 के दशक``, ``2020-21``, ``1990-2000``,
    ``उन्नीस सौ नब्बे से उन्नीस सौ इक्यानबे``, ``पच्चीस ईसा पूर्व`` (value 25, iso -0024:
    the astronomical year), ``297-272 ई. पू.``."""
    reading = c.reading
    if reading is None or reading.ordinal or c.negative \
            or _phrase_before(s, s.lang.other_year_phrases, s.lang.other_year_phrase_ends,
                           c.number_first - 1) is not None:
        return False  # संवत 2080: a year of the Vikram Samvat, no Gregorian one
    low = _whole(c.value)
    high = None if c.value_max is None else _whole(c.value_max)
    if low is None or low <= 0 or c.value_max is not None and high is None:
        return False
    hit = s.phrase(s.lang.eras, c.end) if _after(s, c.end) else None
    if hit is not None:
        _set_years(s, c, low, high, hit[1], hit[0] == "BCE")
        return True
    if high is not None and _said_as_year(s, reading) and low < high <= 2999:
        _set_years(s, c, low, high, c.end)  # उन्नीस सौ नब्बे से उन्नीस सौ इक्यानबे
        return True
    span = _short_range(s, c, low) or _years(s, c)
    if span is None:
        return False
    _set_years(s, c, span[0], span[1], span[2])
    return True


def _short_range(s: Scanner, c: Candidate, low: int) -> tuple[int, int, int] | None:
    """A year and the last two digits of another after a range word: ``दो हज़ार पाँच से
    उन्नीस`` (2005 to 2019), ``उन्नीस सौ बीस से छब्बीस तक``; nothing of a count follows
    (a word of "of" only after the next year's: ``दो हज़ार इक्कीस से बाईस का बजट``)."""
    reading = c.reading
    end = c.end
    if reading is None or c.value_max is not None or not 1800 <= low <= 2099 \
            or not (_said_as_year(s, reading) or reading.words and low >= 2000) \
            or not _after(s, end) or s.toks.key[end] not in s.lang.range_words:
        return None
    if not _after(s, end + 1):
        return None
    short = s.reader.read(end + 1)
    if short is None or short.ordinal:
        return None
    last = _whole(short.value)
    after = s.toks.key[short.end] if _after(s, short.end) else ""
    if last is None or not low % 100 < last <= 99 or after and after not in s.lang.year_after \
            and not (last == low % 100 + 1 and after in s.lang.of_words) \
            and s.toks.kind[short.end] == WORD:
        return None  # दो हज़ार इक्कीस से बाईस का बजट: a financial year, as 2021-22 का
    return low, low - low % 100 + last, short.end


def _spoken_year(s: Scanner, reading: NumberReading | None) -> bool:
    """The number is said as a year of the last three centuries is, so that a year word after
    it (``में``, ``तक``, ``के बाद``) makes it one as it makes four digits one: ``अठारह सौ
    सत्तावन`` (1800 to 1999, in hundreds) or ``दो हज़ार पंद्रह`` (2001 to 2099, two thousand
    and one word). Prices and counts are said so too, but in lower hundreds (``बारह सौ पचास
    में मिल रहा है``), with hundreds after the thousands (``दो हज़ार एक सौ तक``), or as ``दो
    हज़ार`` alone: they stay numbers."""
    if reading is None or reading.ordinal:
        return False
    value = _whole(reading.value)
    if value is None:
        return False
    if 1800 <= value <= 1999:
        return _said_as_year(s, reading)
    first = reading.first
    if not 2001 <= value <= 2099 or reading.end - first != 3:
        return False
    word = s.lang.words.get(s.toks.key[first])
    after = s.lang.words.get(s.toks.key[first + 1])
    return word is not None and word.cls is _UNIT and word.value == 2 \
        and after is not None and after.power == 3


def _said_as_year(s: Scanner, reading: NumberReading) -> bool:
    """The number is said as years are, in hundreds past ten (``उन्नीस सौ नब्बे``, 1990),
    where a count would say thousands (``एक हज़ार नौ सौ नब्बे``)."""
    first = reading.first
    if not reading.words or reading.end - first < 3:
        return False
    word = s.lang.words.get(s.toks.key[first])
    after = s.lang.words.get(s.toks.key[first + 1])
    return word is not None and word.cls is _UNIT and word.value is not None \
        and 11 <= word.value <= 99 and after is not None and after.power == 2


def _years(s: Scanner, c: Candidate) -> tuple[int, int | None, int] | None:
    """The years a number with a year cue says, and the token after them."""
    from hindinum import rules

    reading = c.reading
    words = reading is not None and reading.words
    if not rules._year_like(s, c) and not (
            words and _year_value(s, reading)
            and (_year_word_before(s, c) or rules.title_year(s, c)
                 or _spoken_year(s, reading) and rules.year_cue(s, c))):
        return None
    low = int(c.value)
    if c.value_max is not None:
        high = _whole(c.value_max)
        if high is None or not rules.year_range_cue(s, c):
            return None
        return low, high, c.end
    end = c.end if words else rules.year_end(s, c)
    if not end and not _year_word_before(s, c) and not rules.title_year(s, c):
        return None
    end = end or c.end
    if end == c.end + 2:  # 2020-21, 1999-00: the second year of a financial year
        short = int(s.toks.key[end - 1])
        if short <= low % 100 and short != (low + 1) % 100:
            return None  # 1995-13: no later year
        return low, low - low % 100 + short + (100 if short < low % 100 else 0), end
    return low, None, end


def _year_word_before(s: Scanner, c: Candidate) -> bool:
    """A year word stands right before the number, and no unit, currency or scale after it
    (``चैंपियनशिप 1500 मीटर दौड़`` is a distance)."""
    from hindinum import rules

    first = c.span_first
    return s.toks.joined(first - 1) and s.key(first - 1) in s.lang.year_before \
        and not rules._amount_word(s, c.end)


def _set_years(s: Scanner, c: Candidate, low: int, high: int | None, end: int,
               bce: bool = False) -> None:
    """Make the candidate the year ``low`` (to ``high``); before the common era, the values
    stay as said and the iso is the astronomical year (25 BCE: -0024)."""
    c.kind = _DATE
    c.iso = _iso_date(1 - low if bce else low, None, None)
    if high is not None and bce:  # 500-400 ईसा पूर्व, 400-500 ईसा पूर्व: -0499/-0399
        c.iso = _iso_date(1 - high, None, None) + "/" + c.iso
    elif high is not None:
        c.iso += "/" + _iso_date(high, None, None)
    c.value = Decimal(low)
    c.value_max = None if high is None else Decimal(high)
    c.end = end
    s._step(c, "year", c.iso)


# -- durations and quantities ---------------------------------------------------------------

def duration(s: Scanner, c: Candidate) -> bool:
    """A number before a unit of time is a duration: ``ढाई घंटे`` (2.5 h, PT2H30M), ``तीन
    साल`` (P3Y), ``30 सेकंड``, ``दो घंटे तीस मिनट`` (150 min, PT2H30M), ``2 साल 3 महीने``
    (27 mo, P2Y3M)."""
    end = c.end
    if not _after(s, end) or c.negative:
        return False
    value, value_max = c.value, c.value_max
    hit = s.phrase(s.lang.duration_units, end)
    multiple = s.lang.duration_multiples.get(s.toks.key[end]) if hit is None else None
    if multiple is not None and len(s.toks.key[c.i]) == 4 and s.toks.kind[c.i] == DIGITS:
        return False  # २००१-२०११ दशक, 1990 दशक: a decade named by its years
    if multiple is not None:  # दो दशक: 20 years
        hit = multiple[1], end + 1
        value *= multiple[0]
        value_max = None if value_max is None else value_max * multiple[0]
    if hit is None and multiple is None and c.value_max is None:
        return _unit_of_the_next(s, c)
    if hit is None or not _symbol_fits(s, c, end, hit[1]) \
            or hit[0] == "d" and (_someday(s, c, hit[1]) or _night_of_date(s, c, end, hit[1])):
        return False
    unit, end = hit
    c.value_max = value_max
    iso = None
    if c.value_max is None:
        parts, end = _more_parts(s, value, unit, end)
        value, unit, iso = _combined(parts)
        exact = c.reading.exact if c.reading is not None and multiple is None else None
        if exact is not None and len(parts) == 1:
            iso = iso_duration(exact, unit)  # एक तिहाई घंटा: PT20M
    c.kind = _DURATION
    c.unit = unit
    c.value = value
    c.iso = iso
    c.end = end
    s._step(c, "duration", c.iso or unit)
    _per(s, c)
    return True


def age_in_brackets(s: Scanner, c: Candidate) -> bool:
    """A number up to 99 in brackets right after a name, in a report of people, is the person's
    age, as Hindi news writes it: ``शिव शंकर (16) का शव``, ``आरोपी रमेश (45) पुत्र ...`` (a
    duration of years, P16Y). Without a word of a person near it (``कोहली (82) और रोहित
    (45)``, ``भाजपा (48)``) it stays a number. A number word, a currency, a unit, a month or a
    noun of money before the bracket makes it no age (``राशि (500)``), and so does a word that
    names a count (``कुल (56)``)."""
    first = c.number_first
    toks = s.toks
    end = c.end
    if c.value_max is not None or first < 2 or end >= s.n or toks.key[end] != ")" \
            or toks.key[first - 1] != "(" or not toks.glued(first - 1) \
            or not toks.glued(end - 1) or not toks.joined(first - 2):
        return False
    age = _whole(c.value)
    if end != first + 1 or age is None or not 1 <= age <= 99:
        return False  # one digit run or number word (छप्पन, as verbalize says it)
    name = toks.key[first - 2]
    lang = s.lang
    if toks.kind[first - 2] != WORD or name in lang.words or name in lang.currency \
            or name in lang.kind_after or name in lang.months or name in lang.money_nouns_before \
            or name in lang.not_names or not _person_near(s, first - 2, end + 1):
        return False
    c.kind = _DURATION
    c.unit = "yr"
    c.iso = f"P{age}Y"
    s._step(c, "age in brackets", c.iso)
    return True


def age_after_word(s: Scanner, c: Candidate) -> bool:
    """A whole number up to 125 right after a word for age, with no unit after it, is the age
    in years: ``उम्र अठारह पूरी है`` (P18Y), ``आयु 60 के पार``; a range too (``आयु 18 से
    40``)."""
    first = c.number_first - 1
    toks = s.toks
    if first < s.floor or c.approx is not None or c.negative or not toks.joined(first) \
            or toks.key[first] not in s.lang.age_words or not _ends_bare(s, c.end):
        return False  # आयु 3 श्रेणियों में: a count
    return _age(s, c, "age")


def age_before_word(s: Scanner, c: Candidate) -> bool:
    """A whole number up to 125 before का/की/के and a word for age is the age in years:
    ``60 की उम्र पर पेंशन`` (P60Y), ``25 की उम्र में``; a range too (``18 से 40 की आयु``)."""
    end = c.end
    toks = s.toks
    if c.negative or end + 1 >= s.n or toks.key[end] not in s.lang.of_words \
            or toks.key[end + 1] not in s.lang.age_words \
            or not (toks.joined(end - 1) and toks.joined(end)):
        return False
    return _age(s, c, "age before a word for age")


def _age(s: Scanner, c: Candidate, step: str) -> bool:
    """Make the candidate an age in years where it is a whole number (or a range of them) up
    to 125; ``False`` where it is not."""
    span = _counted(c, 125)
    if span is None:
        return False
    low, high = span
    c.kind = _DURATION
    c.unit = "yr"
    c.iso = None if high is not None else f"P{low}Y"
    s._step(c, step, c.iso)
    return True


def measured_after_word(s: Scanner, c: Candidate) -> bool:
    """A number within two words after a word of a measure, in its clause, with no unit after
    it, is read in that measure's unit: ``तापमान 45 पार`` (45 °C), ``पारा पहुंचा 45 के करीब``,
    ``भूकंप की तीव्रता 3.4`` (magnitude). The words between are of ``lang.measure_links``
    (``पारा शिक्षकों ने 5``, ``तापमान बढ़ने से 3 की मौत`` are counts); after it stands a
    qualifier, nothing, a sign, or a word that ends a figure other than का/की/के (``3 की
    मौत``, ``तीव्रता 3 गुना``, ``पारा 7 तीन`` are no measures); up to 100 either way, a
    magnitude up to 10."""
    unit = _measure_before(s, c.number_first - 1)
    if unit is None:
        return False
    most = 10 if unit == "magnitude" else 100
    if abs(c.value) > most \
            or c.value_max is not None and abs(c.value_max) > most:
        return False
    if not _ends_bare(s, c.end):
        return False  # तापमान में 5 लोगों; 30 से बढ़कर 35 डिग्री: the other's unit
    c.kind = _QUANTITY
    c.unit = unit
    s._step(c, "quantity of the measure before it", unit)
    return True


def _ends_bare(s: Scanner, end: int) -> bool:
    """The number before token ``end`` counts nothing after it: a qualifier, nothing, a sign
    or a word that ends a figure other than का/की/के stands there (not digits, a range's
    link or a noun: ``3 की मौत``, ``3 श्रेणियों``, ``3 गुना``)."""
    if not _after(s, end):
        return True
    toks = s.toks
    key = toks.key[end]
    lang = s.lang
    if toks.kind[end] == DIGITS or key in lang.range_words or key in lang.range_symbols:
        return False  # शून्य से नीचे 12 डिग्री, 30 से बढ़कर 35 डिग्री: the other's unit
    if s._past_approx(end) != end:
        return True
    return toks.kind[end] != WORD or key in lang.figure_ends and key not in lang.of_words


def _measure_before(s: Scanner, k: int) -> str | None:
    """The unit of the word of a measure at token k or one or two words before it, with only
    words of ``lang.measure_links`` between (joined, after the last amount), or ``None``."""
    toks = s.toks
    stop = max(s.floor, k - 2)
    while k >= stop and toks.joined(k) and toks.kind[k] == WORD:
        unit = s.lang.measured_before.get(toks.key[k])
        if unit is not None:
            return unit
        if toks.key[k] not in s.lang.measure_links:
            return None
        k -= 1
    return None


def _person_near(s: Scanner, name: int, after: int) -> bool:
    """A word of a person (``मृतक``, ``आरोपी``, ``पुत्र``, ``शव``, ``निवासी`` ...) stands among the
    four tokens before the name or the four after the bracket, in its sentence: a report of
    people, whose bracketed numbers are ages (a batsman's runs or a party's seats have none)."""
    return _cue_within(s, s.lang.person_cues, name - 1, -1, 4) \
        or _cue_within(s, s.lang.person_cues, after, 1, 4) \
        or _report_near(s, name, after)


def _cue_within(s: Scanner, cues: frozenset[str], k: int, step: int, reach: int) -> bool:
    """A key of ``cues`` stands among ``reach`` tokens from token k on, going by ``step``
    (-1: back), before the sentence ends (a danda, a line break, :func:`_ends_report`)."""
    toks = s.toks
    keys = toks.key
    text = s.text
    prev = k - step  # the token the walk starts beside
    for _ in range(reach):
        if not 0 <= k < s.n or _ends_report(s, k) or 0 <= prev < s.n \
                and "\n" in text[toks.end[min(k, prev)]:toks.start[max(k, prev)]]:
            return False
        if keys[k] in cues:
            return True
        prev, k = k, k + step
    return False


#: How far, in tokens either way, a word of a crime or an accident is looked for.
_REPORT_REACH = 30
#: Tokens that end the sentence a word of a report is looked for in; a full stop ends it too
#: unless it closes a currency's abbreviation (``100 रु. ... चोरी``).
_REPORT_ENDS = frozenset({"\u0964", "\u0965", "?", "!", "|", ";"})


def _report_near(s: Scanner, name: int, after: int) -> bool:
    """The name ends in a surname (``SURNAMES``) and a word of a crime, an accident or a court
    case (``बलात्कार``, ``हादसे``, ``जमानत``) stands in the sentence, within a bounded reach: a
    report of people, where the bracketed numbers after names are ages (``मंटू यादव (19) और
    अमित प्रजापति (22) ने ... बलात्कार किया``). Not after a place or a word of cases
    (``कोतवाली (18), सदर (12)``, ``दुष्कर्म (14) और अपहरण (22)``)."""
    if s.toks.key[name] not in s.lang.surnames:
        return False  # दुष्कर्म (14), कोतवाली (18), दिल्ली (12): counts of cases
    cues = s.lang.report_cues
    return _cue_within(s, cues, name - 1, -1, _REPORT_REACH) \
        or _cue_within(s, cues, after, 1, _REPORT_REACH)


def _ends_report(s: Scanner, k: int) -> bool:
    """Token k ends the sentence a word of a report is looked for in."""
    key = s.toks.key[k]
    return key in _REPORT_ENDS or key == "." and not (k > 0 and s.toks.glued(k - 1)
                                                      and s.toks.key[k - 1] in s.lang.currency)


def _unit_of_the_next(s: Scanner, c: Candidate) -> bool:
    """The first of two numbers of one unit of time is a duration too: in ``13 और 16 साल
    की उम्र में``, 13 is 13 years (its span is the number alone)."""
    end = c.end
    if s.toks.key[end] not in s.lang.day_list_words or c.negative:
        return False
    after = _next_day_end(s, end + 1)
    hit = s.phrase(s.lang.duration_units, after) if after > 0 else None
    if hit is None or s.toks.key[after].isascii():
        return False
    c.kind, c.unit = _DURATION, hit[0]
    c.iso = iso_duration(c.value, hit[0])
    s._step(c, "duration, the unit of the next number", c.iso)
    return True


def ordinal_date(s: Scanner, c: Candidate) -> bool:
    """An ordinal in digits beside a month is its day: ``September 29th``, ``29th
    September``."""
    if c.value_max is not None or s.toks.kind[c.i] != DIGITS:
        return False
    day = _whole(c.value)
    toks = s.toks
    before = c.number_first - 1
    month = None
    if before >= s.floor and toks.joined(before):
        month = s.lang.month_numbers.get(toks.key[before])
    end = c.end
    if month is not None:
        _span_back(s, c, before)
    elif _after(s, end) and toks.key[end] in s.lang.month_numbers:
        month, end = s.lang.month_numbers[toks.key[end]], end + 1
    if month is None or day is None or not _valid_day(day, month):
        return False
    year, after = _year_after(s, _past_comma(s, end))
    if year is not None and not _valid_day(day, month, year):
        return False  # 29th February 2021
    _set_date(s, c, year, month, day, None, end if year is None else after)
    return True


def century(s: Scanner, c: Candidate) -> bool:
    """An ordinal before a word of a century is that century, a date of its hundred years:
    ``20वीं सदी`` is ``1901/2000``, ``21वीं शताब्दी`` ``2001/2100``; from the fourth, since
    the first to the third are as often an institution's (``अपनी दूसरी शताब्दी में प्रवेश``,
    ``पहली शताब्दी एक्सप्रेस``), and of the common era: a century before it, ``7वीं शताब्दी
    ईसा पूर्व``, ``ईसा पूर्व छठी शताब्दी``, stays the ordinal."""
    first = _whole(c.value)
    end = c.end
    toks = s.toks
    if c.value_max is not None or first is None or not 4 <= first <= 30 \
            or not _after(s, end) or toks.key[end] not in s.lang.century_words:
        return False
    era = s.phrase(s.lang.eras, end + 1) if _after(s, end + 1) else None
    if era is not None and era[0] == "BCE" or _era_before(s, c.number_first) == "BCE":
        return False
    c.kind = _DATE
    c.iso = iso_year((first - 1) * 100 + 1) + "/" + iso_year(first * 100)
    c.value, c.value_max = Decimal((first - 1) * 100 + 1), Decimal(first * 100)
    c.end = end + 1
    s._step(c, "century", c.iso)
    return True


def _era_before(s: Scanner, k: int) -> str | None:
    """The era (``CE``, ``BCE``) whose phrase ends right before token k, joined to it."""
    toks = s.toks
    for first in range(max(s.floor, k - 3), k):
        hit = s.phrase(s.lang.eras, first) if toks.key[first] in s.lang.eras else None
        if hit is not None and hit[1] == k and toks.joined(k - 1):
            return hit[0]
    return None


def _night_of_date(s: Scanner, c: Candidate, unit: int, end: int) -> bool:
    """The night at token ``unit`` is a date's, no stay: after a range (``19-20 रात को``) or
    before ``lang.night_of_date_after`` (``12 रात को चांद दिखेगा``)."""
    if s.toks.key[unit] not in s.lang.night_words:
        return False
    return c.value_max is not None or _after(s, end) \
        and s.toks.key[end] in s.lang.night_of_date_after


def _someday(s: Scanner, c: Candidate, end: int) -> bool:
    """``एक दिन`` with no word of a duration after it is "one day", some day: ``एक दिन आप
    सफल होंगे`` (but ``एक दिन में``, ``एक साल की सजा`` are durations)."""
    reading = c.reading
    if reading is None or not reading.simple or s.toks.key[c.i] not in s.lang.weak_alone:
        return False
    return _after(s, end) and s.toks.kind[end] == WORD \
        and s.toks.key[end] not in s.lang.one_unit_after


def _more_parts(s: Scanner, value: Decimal, unit: str,
                end: int) -> tuple[list[tuple[Decimal, str]], int]:
    """The parts of a duration said in smaller units after the first (``दो घंटे तीस मिनट``,
    ``2 साल 3 महीने``, ``1 साल, 2 दिन और 4 सेकंड``), each with its unit, and the token after
    the last."""
    parts = [(value, unit)]
    while _after(s, end):
        k = end
        if s.toks.key[k] == "," and s.toks.joined(k):
            k += 1
        if s.word_class(k) is _AND and s.toks.joined(k):
            k += 1
        part = None
        for smaller in _ORDER[_ORDER.index(unit) + 1:]:
            part = _count(s, k, smaller, 10**6)
            if part is not None:
                parts.append((Decimal(part[0]), smaller))
                unit, end = smaller, part[1]
                break
        if part is None:
            break
    return parts, end


#: The units of each family that convert exactly into one another: to months, to seconds.
_IN_MONTHS: Final = {"yr": 12, "mo": 1}


def _combined(parts: list[tuple[Decimal, str]]) -> tuple[Decimal, str, str]:
    """A duration said in parts as one value, unit and iso: the whole in the smallest unit
    said where the units convert (``2 साल 3 महीने``: 27 mo), else the first part's value and
    unit (``1 साल 2 दिन``: 1 yr), with every part in the iso (P1Y2D)."""
    value, unit = parts[0]
    if len(parts) == 1:
        return value, unit, iso_duration(value, unit)
    smallest = parts[-1][1]
    for table in (_IN_MONTHS, _SECONDS):
        if all(u in table for _, u in parts):
            value = sum((v * table[u] / table[smallest] for v, u in parts), Decimal(0))
            unit = smallest
    amounts: dict[str, Decimal] = {}
    for v, u in parts:
        if u == "wk":
            u, v = "d", v * 7  # weeks join the other parts as days
        amounts[u] = amounts.get(u, Decimal(0)) + v
    date = "".join(f"{_plain(amounts[u])}{d}" for u, d in (("yr", "Y"), ("mo", "M"), ("d", "D"))
                   if u in amounts)
    time = "".join(f"{_plain(amounts[u])}{d}" for u, d in (("h", "H"), ("min", "M"), ("s", "S"))
                   if u in amounts)
    return value, unit, "P" + date + ("T" + time if time else "")


def iso_duration(value: Decimal | Fraction, unit: str) -> str:
    """The ISO 8601 duration of ``value`` ``unit``: whole parts where they are exact.

    >>> iso_duration(Decimal("2.5"), "h"), iso_duration(Decimal(3), "yr")
    ('PT2H30M', 'P3Y')
    >>> iso_duration(Decimal("1.5"), "yr"), iso_duration(Decimal(150), "min")
    ('P1Y6M', 'PT2H30M')
    >>> iso_duration(Decimal("2.5"), "d"), iso_duration(Decimal("0.5"), "mo")
    ('P2DT12H', 'P0.5M')
    >>> iso_duration(Decimal(48), "h")  # hours stay hours: a day is not always 24 of them
    'PT48H'
    >>> iso_duration(Fraction(1, 3), "h")  # एक तिहाई घंटा, from the reading's exact value
    'PT20M'

    """
    if unit in ("yr", "mo"):
        months = value * (12 if unit == "yr" else 1)
        if months == int(months) and (unit == "yr" or value >= 12):
            y, m = divmod(int(months), 12)
            return "P" + (f"{y}Y" if y else "") + (f"{m}M" if m or not y else "")
        return f"P{_plain(value)}{'Y' if unit == 'yr' else 'M'}"
    seconds = value * _SECONDS[unit]
    if seconds != int(seconds):
        return f"P{'T' if unit in ('h', 'min', 's') else ''}{_plain(value)}" \
            + {"wk": "W", "d": "D", "h": "H", "min": "M", "s": "S"}[unit]
    if unit == "wk":
        return f"P{_plain(value)}W"
    days, rest = divmod(int(seconds), 86400) if unit == "d" else (0, int(seconds))
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    time = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") \
        + (f"{secs}S" if secs else "")
    if not days and not time:
        return "PT0S"
    return "P" + (f"{days}D" if days else "") + (f"T{time}" if time else "")


def _plain(value: Decimal | Fraction) -> str:
    from hindinum.types import _plain as plain

    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return plain(value)


def energy(s: Scanner, c: Candidate) -> bool:
    """A number before a word for "unit" and a word of electricity is energy in
    kilowatt-hours, as bills count it: ``150 यूनिट बिजली`` (kWh); ``5 यूनिट रक्त`` and ``4
    यूनिट में बिजली उत्पादन`` (generating units) stay counts. (Only the word right after: a
    wider look would read other sentences' words, and count tokens that renderings change.)"""
    end = c.end
    if end >= s.n or s.toks.key[end] not in s.lang.energy_unit_words or c.negative \
            or not s.toks.joined(end - 1) or not _after(s, end + 1) \
            or s.toks.key[end + 1] not in s.lang.electricity_words:
        return False
    c.kind = _QUANTITY
    c.unit, c.end = "kWh", end + 1
    s._step(c, "quantity", c.unit)
    return True


def quantity(s: Scanner, c: Candidate) -> bool:
    """A number before a unit of measure is a quantity: ``5 किलो`` (5 kg), ``40°C``, ``40
    डिग्री सेल्सियस``, ``120 km/h``, ``दो सौ छह ग्राम``, ``3-इंच``."""
    end = _unit_start(s, c.end)
    if end < 0:
        return False
    hit = s.phrase(s.lang.measure_units, end)
    if hit is None:
        return False
    if not _symbol_fits(s, c, end, hit[1]):
        return False
    toks = s.toks
    written = s.text[toks.start[end]:toks.end[hit[1] - 1]]
    c.kind = _QUANTITY
    c.unit, c.end = s.lang.case_units.get(written, hit[0]), hit[1]  # 10 Mb: megabits
    s._step(c, "quantity", c.unit)
    if c.unit in _DEGREES and s.lang.zero_sides:
        _from_zero(s, c)
    _per(s, c)
    return True


#: The units a degree counted from zero may have.
_DEGREES: Final = frozenset({"°", "°C", "°F"})


def _from_zero(s: Scanner, c: Candidate) -> None:
    """A degree counted from zero, below or above it: ``शून्य से 5 डिग्री नीचे`` and
    ``शून्य से नीचे 5 डिग्री`` are -5 °, ``शून्य से 3 डिग्री ऊपर`` 3 °."""
    toks = s.toks
    sides = s.lang.zero_sides
    reading = c.reading
    if reading is None or c.negative:
        return
    if c.value_max is not None:  # शून्य से 5 डिग्री नीचे: a range from zero, and a side
        if c.value != 0 or toks.key[reading.end] not in s.lang.range_words \
                or not _after(s, c.end) or toks.key[c.end] not in sides:
            return
        c.value, c.value_max = sides[toks.key[c.end]] * c.value_max, None
        c.end += 1
        s._step(c, "from zero", str(c.value))
        return
    k = c.number_first - 1  # शून्य से नीचे 5 डिग्री: zero, a range word and a side before
    if k - 2 < s.floor or toks.key[k] not in sides or toks.key[k - 1] not in s.lang.range_words \
            or not (toks.joined(k - 2) and toks.joined(k - 1) and toks.joined(k)):
        return
    zero = s.reader.read(k - 2)
    if zero is None or zero.end != k - 1 or zero.value != 0 or zero.ordinal:
        return
    c.value = sides[toks.key[k]] * c.value
    _span_back(s, c, k - 2)
    s._step(c, "from zero", str(c.value))


def _symbol_fits(s: Scanner, c: Candidate, first: int, end: int) -> bool:
    """A short Latin symbol is read after digits only (``5 m``, not ``पाँच m``); one of
    ``exact_case_units`` only as written there and with no letter glued after it (``5 g``,
    not ``5G``); one of ``lower_case_units`` in small letters after less than a thousand; one
    of ``verb_like_units`` before a word that is no verb of being (``5 मिली पानी``; ``तारीख 9
    मिली है``); one of ``rate_period_units`` after less than a thousand (``सैलरी 25000
    महीना`` is a month's)."""
    key = s.toks.key[first]
    lang = s.lang
    toks = s.toks
    if key in lang.inch_marks:
        return _inch_mark(s, c, first)
    if key in lang.rate_period_units and abs(c.value) >= 1000:
        return False
    if key in lang.verb_like_units:
        return end < s.n and toks.joined(end - 1) and toks.kind[end] == WORD \
            and toks.key[end] not in lang.copulas
    if key in lang.lower_case_units:  # 3 din, not 12 Din Dayal Marg nor 25000 mahina
        return s.text[toks.start[first]:toks.end[first]].islower() and abs(c.value) < 1000 \
            and (c.value_max is None or abs(c.value_max) < 1000)
    if not key.isascii() or len(key) > _SHORT_SYMBOL:
        return True
    return s.toks.kind[c.end - 1] == DIGITS and symbol_as_written(s, first, end)


def _inch_mark(s: Scanner, c: Candidate, mark: int) -> bool:
    """The inch mark at token ``mark`` is one: glued to the digits before it, and for the
    straight quote one that closes no quote (:func:`_inch_quotes`: ``1.4" डिस्प्ले``; not
    ``कहा "मुझे 5"``)."""
    toks = s.toks
    first = c.number_first
    if toks.kind[c.end - 1] != DIGITS or not toks.glued(c.end - 1) \
            or first > 0 and toks.glued(first - 1) and toks.kind[first - 1] == SYMBOL:
        return False  # 5'7": feet and inches, which are not read
    if toks.key[mark] != '"':
        return True
    if s.inch_quotes is None:
        s.inch_quotes = _inch_quotes(s)
    return mark in s.inch_quotes


def _inch_quotes(s: Scanner) -> frozenset[int]:
    """The straight quotes of the scanner's tokens that are inch marks, found in one walk
    over them: a quote glued after digits while no quote is open; any other quote opens or
    closes one (``"हम 2", उसके बाद "हमारे 2"``: both close). A line break or a danda closes
    an open quote."""
    toks = s.toks
    text = s.text
    marks = []
    open_at = -1  # the offset of the open quote, or -1
    for k in range(toks.n):
        key = toks.key[k]
        if key in SENTENCE_ENDS:
            open_at = -1
        elif key == '"':
            if open_at >= 0 and "\n" in text[open_at:toks.start[k]]:
                open_at = -1  # a quote of an earlier line stays open no further
            if open_at < 0 and k > 0 and toks.kind[k - 1] == DIGITS and toks.glued(k - 1):
                marks.append(k)
            elif open_at >= 0:
                open_at = -1
            else:
                open_at = toks.start[k]
    return frozenset(marks)


def symbol_as_written(s: Scanner, first: int, end: int) -> bool:
    """The Latin unit symbol of tokens ``[first, end)`` is written as the language writes it
    (``5 g``, ``5 L``, ``75ml``; not ``5G``) and no letter is glued after it."""
    toks = s.toks
    key = toks.key[first]
    written = s.text[toks.start[first]:toks.end[first]]
    lang = s.lang
    if key in lang.exact_case_keys and written not in lang.exact_case_units \
            and written not in lang.written_units:
        return False
    return not (end < s.n and toks.glued(end - 1) and toks.kind[end] == WORD)


def _unit_start(s: Scanner, end: int) -> int:
    """The token where a unit after the number at ``end`` would start (past a glued hyphen:
    ``3-इंच``), or -1 when nothing is joined to the number."""
    toks = s.toks
    if end >= s.n or not (toks.joined(end - 1) or toks.glued(end - 1)):
        return -1
    if toks.key[end] == "-" and toks.glued(end - 1) and toks.glued(end):
        return end + 1
    return end


def rate(s: Scanner, c: Candidate) -> None:
    """Money counted against a unit: ``₹40 प्रति लीटर`` (per L), ``Rs.500/kg``, ``5 रुपये
    प्रति यूनिट``, ``1,000 रुपये प्रति माह`` (per mo)."""
    _per(s, c)


def _per(s: Scanner, c: Candidate) -> None:
    """A rate word or a slash and a unit after the amount: its ``per``; a speed is a unit of
    its own (``120 किमी प्रति घंटा``: km/h)."""
    end = c.end
    toks = s.toks
    lang = s.lang
    if not _after(s, end) and not (end < s.n and toks.glued(end - 1)):
        return
    one_word = lang.per_unit_words.get(toks.key[end])
    if one_word is not None and c.kind is not _DURATION:  # 10 लाख रुपये सालाना
        c.per, c.end = one_word, end + 1
        s._step(c, "per", one_word)
        return
    if end + 1 >= s.n or not toks.joined(end) or toks.key[end] not in lang.per_words \
            or toks.key[end] == "/" and not (toks.glued(end - 1) and toks.glued(end)):
        return
    hit = s.phrase(lang.measure_units, end + 1) or s.phrase(lang.duration_units, end + 1) \
        or s.phrase(lang.per_nouns, end + 1)
    if hit is None:
        return
    per, after = hit
    per = lang.case_units.get(s.text[toks.start[end + 1]:toks.end[after - 1]], per)  # /Nm
    if c.kind is _QUANTITY and per in ("h", "s") and c.unit in ("km", "m", "mi"):
        c.unit = f"{c.unit}/{per}" if c.unit != "mi" else "mph"
    elif c.kind is _DURATION:
        return
    else:
        c.per = per
    c.end = after
    s._step(c, "per", per)


# -- times and dates written in digits alone ------------------------------------------------

def at_digits(s: Scanner, i: int) -> Candidate | None:
    """A time or a date written in digits at token i: ``10:30``, ``12:10:10``, ``15/08/2023``,
    ``2023-08-15``, ``06-05`` (a day and a month with a leading zero), ``11-2024``."""
    toks = s.toks
    if i + 2 >= s.n or not toks.glued(i) or not toks.glued(i + 1) \
            or toks.key[i + 1] not in _SIGNS:
        return None
    if toks.kind[i + 2] == WORD:
        return _month_named(s, i)  # 04-Jul-2021
    if toks.kind[i + 2] != DIGITS:
        return None
    from hindinum.recognize import Candidate

    key = toks.key[i]
    if "." in key:  # 15.08.2023: the tokenizer read 15.08 as a decimal
        if toks.key[i + 1] != "." or len(toks.key[i + 2]) != 4:
            return None
        parts = [*key.split("."), toks.key[i + 2]]
        return _dated(s, i, i + 3, parts)
    parts = [key, toks.key[i + 2]]
    end = i + 3
    if end + 1 < s.n and toks.glued(end - 1) and toks.key[end] == toks.key[i + 1] \
            and toks.glued(end) and toks.kind[end + 1] == DIGITS:
        parts.append(toks.key[end + 1])
        end += 2
    if end < s.n and toks.glued(end - 1) and (
            toks.kind[end] == DIGITS or toks.kind[end] == WORD and toks.key[end] not in s.lang.am_pm
            or end + 1 < s.n and toks.key[end] in _SIGNS and toks.glued(end)
            and toks.kind[end + 1] == DIGITS):
        return None  # more parts than a time or a date has: a code or an address
    if toks.key[i + 1] == ":":
        c = Candidate(i)
        c.end = end
        if not all(p.isdigit() for p in parts):
            return None
        return c if _clock_hours(s, c, parts) or _digit_clock(s, c, parts) else None
    if len(parts) == 2 and _amount_around(s, i, end):
        return None  # ₹ 04-04 लाख: that much each, no 4 April
    return _dated(s, i, end, parts)


def _month_named(s: Scanner, i: int) -> Candidate | None:
    """A day, a month's name and a year of four digits joined by one sign, no space between
    (``04-Jul-2021``, ``15-अगस्त-2023``): a date, as ``04-07-2021`` is."""
    toks = s.toks
    month = s.lang.month_numbers.get(toks.key[i + 2])
    sign = toks.key[i + 1]
    end = i + 5
    if month is None or end > s.n or toks.key[i + 3] != sign or not toks.glued(i + 2) \
            or not toks.glued(i + 3) or toks.kind[i + 4] != DIGITS or len(toks.key[i + 4]) != 4 \
            or end < s.n and toks.glued(end - 1) and toks.kind[end] != SYMBOL:
        return None
    return _dated(s, i, end, [toks.key[i], str(month), toks.key[i + 4]])


def _amount_around(s: Scanner, i: int, end: int) -> bool:
    """A currency sign stands right before token i, or a scale, a currency's name or a
    percent word right at token ``end``: the digits between are an amount, not a day and a
    month."""
    toks = s.toks
    lang = s.lang
    if i > 0 and toks.joined(i - 1) and toks.kind[i - 1] == SYMBOL \
            and toks.key[i - 1] in lang.currency:
        return True  # a sign (₹, $), not the first word of a name (भारतीय 12-05)
    if end >= s.n or not toks.joined(end - 1):
        return False
    return toks.key[end] in lang.percent_words or s.word_class(end) is WordClass.SCALE \
        or toks.key[end] in lang.currency and s.phrase(lang.currency, end) is not None


def _dated(s: Scanner, i: int, end: int, parts: list[str]) -> Candidate | None:
    from hindinum.recognize import Candidate

    if not all(p.isdigit() for p in parts):
        return None
    c = Candidate(i)
    c.end = end
    return c if _digit_date(s, c, parts) else None


def _clock_hours(s: Scanner, c: Candidate, parts: list[str]) -> bool:
    """Hours and minutes written as a clock's, before a word of hours, are a duration: ``7:30
    घंटे`` (PT7H30M), ``28:30 घंटे`` (a delay past a day's hours). Below 24 hours, not with a
    leading zero, a part of the day before it or a word of a point in time after the word of
    hours (``lang.clock_hour_after``): the official style of a clock's time (``10:30 घंटे
    पर``, ``सुबह 06:15 घंटे``, ``07:00 घंटे से``), which reads as a time."""
    end = c.end
    hit = s.phrase(s.lang.duration_units, end) if len(parts) == 2 and _after(s, end) else None
    if hit is None or hit[0] != "h" or len(parts[1]) != 2 or int(parts[1]) > 59:
        return False
    if int(parts[0]) < 24 and (
            parts[0][:1] in _ZEROS and len(parts[0]) == 2
            or _after(s, hit[1]) and s.toks.key[hit[1]] in s.lang.clock_hour_after
            or _day_part(s, c) is not None):
        return False
    value, unit, iso = _combined([(Decimal(parts[0]), "h"), (Decimal(parts[1]), "min")])
    c.kind = _DURATION
    c.unit = unit
    c.value = value
    c.iso = iso
    c.end = hit[1]
    s._step(c, "duration", iso)
    return True


def _digit_clock(s: Scanner, c: Candidate, parts: list[str]) -> bool:
    hour, minute = int(parts[0]), int(parts[1])
    second = int(parts[2]) if len(parts) == 3 else 0
    if len(parts[0]) > 2 or any(len(p) != 2 for p in parts[1:]) or hour > 24 or minute > 59 \
            or second > 59:
        return False
    end = c.end
    if _after(s, end) and s.toks.key[end] in s.lang.clock_words:
        end += 1  # 10:30 बजे
    _set_time(s, c, hour, minute, second, end)
    return True


def _digit_date(s: Scanner, c: Candidate, parts: list[str]) -> bool:
    """``15/08/2023`` and ``2023-08-15`` (a day first, or a year first); ``10-29-2000`` (a
    month first, where the day cannot be a month); ``06-05``, a day and a month, when one of
    them has a leading zero (``10-12`` is a range); ``11-2024``, a month and a year."""
    numbers = [int(p) for p in parts]
    if len(parts) == 3:
        if len(parts[0]) == 4:
            year, month, day = numbers
        elif len(parts[2]) == 4:
            day, month, year = numbers
            if month > 12 and day <= 12:
                day, month = month, day
        else:
            return False
        if not 1 <= month <= 12 or not _valid_day(day, month, year):
            return False
        _set_date(s, c, year, month, day, None, c.end)
        return True
    a, b = parts
    if s.toks.key[c.i + 1] != "-" or s._suffix(c.end) is not None:
        return False  # 10-2000 रुपये: a range of money
    if len(a) == 2 and len(b) == 4 and 1 <= numbers[0] <= 12:
        _set_date(s, c, numbers[1], numbers[0], None, None, c.end)
        return True
    if len(a) == 4 and len(b) == 2 and 1 <= numbers[1] <= min(12, numbers[0] % 100) \
            and numbers[1] != (numbers[0] + 1) % 100:
        _set_date(s, c, numbers[0], numbers[1], None, None, c.end)
        return True  # 1995-01: no later year, a month (2007-08 is a financial year)
    if len(a) != 2 or len(b) != 2 or not (a[0] in _ZEROS or b[0] in _ZEROS):
        return False
    day, month = numbers
    if month > 12 and day <= 12:
        day, month = month, day
    if not 1 <= month <= 12 or not _valid_day(day, month):
        return False
    _set_date(s, c, None, month, day, None, c.end)
    return True


#: A leading zero, in either script.
_ZEROS: Final = "0\u0966"


#: Marks that close a title or a heading: four digits before one, after a name, are its year
#: (``Celerio 2021: ...``, ``"... लॉटरी 2025"``; :func:`hindinum.rules.year_end`).
TITLE_CLOSERS: Final = frozenset(":\u201d\u2019\"")


def may_measure(s: Scanner, c: Candidate) -> bool:
    """A cheap test before the readers: a word that any of them reads stands right after the
    number or right before it, or the number is a range of four digits (years). Most fail it
    with two set look-ups."""
    keys = s.toks.key
    lang = s.lang
    end = c.end
    if end < s.n and (keys[end] in lang.kind_after or keys[end] == "-" or keys[end] == ")"
                      or keys[end] in TITLE_CLOSERS):
        return True
    if end + 2 < s.n and keys[end] in lang.day_list_words and (
            keys[end + 2] in lang.months or keys[end + 2] in lang.duration_units):
        return True  # 13 और 17 फरवरी, 13 और 16 साल
    first = c.number_first - 1
    if first >= 0 and keys[first] in lang.kind_before:
        return True  # साल 2019
    for k in range(max(first - 2, 0), first + 1):
        if keys[k] in lang.measured_before:
            return True  # तापमान अभी 43
    if first > 0 and (keys[first] == "," or keys[first] in lang.range_symbols) \
            and (keys[first - 1] in lang.months or keys[first - 1] in lang.year_before):
        return True  # मई, 2021; अधिनियम, 2007; वर्ष-2020 (the readers check the rest)
    # 1990-2000, उन्नीस सौ नब्बे से उन्नीस सौ इक्यानबे
    return c.value_max is not None and (len(keys[c.i]) == 4 or c.reading is not None
                                        and c.reading.words)


#: The readers tried after a plain number, in order; the first that recognizes its
#: neighbours decides the kind.
KIND_READERS: Final[tuple[Callable[[Scanner, Candidate], bool], ...]] = (
    clock, am_pm, day_part_hour, date_after_day, date_after_month, day_of_month, year,
    duration, energy, quantity, age_in_brackets, age_after_word, age_before_word,
    measured_after_word,
)
