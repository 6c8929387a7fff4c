"""Table rows for the edges of the kinds (docs/grammar.md, "Quantities, durations, times and
dates"): what must be read, and as what, and what must not be read as a time, a date or a
quantity.

Each row: (text, expected amounts), an amount being (span, kind, value, value_max, unit or
iso, or currency). ``value_max`` is ``None`` for a single value.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import hindinum

Row = tuple[str, str, str, str | None, str | None]

#: 1. Only am/pm (in full: ``am``, ``a.m.``, ``पीएम`` ...) makes a time of a bare hour; a
#: capital ``A`` alone is an ampere, a ``p`` or ``a`` alone nothing.
AM_PM: list[tuple[str, list[Row]]] = [
    ("5 PM", [("5 PM", "time", "17", None, "T17:00")]),
    ("5 pm", [("5 pm", "time", "17", None, "T17:00")]),
    ("5pm", [("5pm", "time", "17", None, "T17:00")]),
    ("5 p.m.", [("5 p.m.", "time", "17", None, "T17:00")]),
    ("5 P.M.", [("5 P.M.", "time", "17", None, "T17:00")]),
    ("5 a.m.", [("5 a.m.", "time", "5", None, "T05:00")]),
    ("5 AM", [("5 AM", "time", "5", None, "T05:00")]),
    ("7:30 PM", [("7:30 PM", "time", "19.5", None, "T19:30")]),
    ("5 एएम", [("5 एएम", "time", "5", None, "T05:00")]),
    ("5 बजे", [("5 बजे", "time", "5", None, "T05:00")]),
    # not a time
    ("5 A", [("5 A", "quantity", "5", None, "A")]),
    ("5 A का फ्यूज", [("5 A", "quantity", "5", None, "A")]),
    ("5 p", [("5", "number", "5", None, None)]),
    ("5 P", [("5", "number", "5", None, None)]),
    ("5 a", [("5", "number", "5", None, None)]),
    ("कमरा 5 p में", [("5", "number", "5", None, None)]),
]

#: 2. A year and two digits: the next year's last two are a financial year (``2007-08``), a
#: later year of the same century a range of years (``2018-22``), a month where no later year
#: can be meant a year and its month, as ISO 8601 writes it (``1995-01``); nothing else.
YEAR_AND_TWO_DIGITS: list[tuple[str, list[Row]]] = [
    ("2007-08", [("2007-08", "date", "2007", "2008", "2007/2008")]),
    ("2023-24", [("2023-24", "date", "2023", "2024", "2023/2024")]),
    ("2007-8", [("2007-8", "date", "2007", "2008", "2007/2008")]),
    ("1999-00", [("1999-00", "date", "1999", "2000", "1999/2000")]),
    ("वित्त वर्ष 2011-12 में", [("2011-12", "date", "2011", "2012", "2011/2012")]),
    ("2018-22 बैच", [("2018-22", "date", "2018", "2022", "2018/2022")]),
    ("1995-2001", [("1995-2001", "date", "1995", "2001", "1995/2001")]),
    ("1995-01", [("1995-01", "date", "1995", None, "1995-01")]),
    ("2023-08 में", [("2023-08", "date", "2023", None, "2023-08")]),
    ("2012-12", [("2012-12", "date", "2012", None, "2012-12")]),
    # neither a later year nor a month: two numbers, as 1995-1 is
    ("1995-13", [("1995", "number", "1995", None, None), ("13", "number", "13", None, None)]),
    ("1995-1", [("1995", "number", "1995", None, None), ("1", "number", "1", None, None)]),
]

#: 3. A degree counted from zero, below or above it: the unit the text names (a plain degree
#: is ``°``, as ``-5 डिग्री`` is).
FROM_ZERO: list[tuple[str, list[Row]]] = [
    ("शून्य से 5 डिग्री नीचे", [("शून्य से 5 डिग्री नीचे", "quantity", "-5", None, "°")]),
    ("पारा शून्य से 5 डिग्री सेल्सियस नीचे चला गया",
     [("शून्य से 5 डिग्री सेल्सियस नीचे", "quantity", "-5", None, "°C")]),
    ("शून्य से नीचे 5 डिग्री", [("शून्य से नीचे 5 डिग्री", "quantity", "-5", None, "°")]),
    ("तापमान शून्य से नीचे 12 डिग्री सेल्सियस", [
        ("शून्य से नीचे 12 डिग्री सेल्सियस", "quantity", "-12", None, "°C")]),
    ("शून्य से 3 डिग्री ऊपर", [("शून्य से 3 डिग्री ऊपर", "quantity", "3", None, "°")]),
    ("-5 डिग्री", [("-5 डिग्री", "quantity", "-5", None, "°")]),
    # a range from zero, and a distance below zero, stay as they were
    ("शून्य से 5 डिग्री के बीच", [("शून्य से 5 डिग्री", "quantity", "0", "5", "°")]),
    ("शून्य से 5 मीटर नीचे", [("शून्य से 5 मीटर", "quantity", "0", "5", "m")]),
    ("5 डिग्री नीचे", [("5 डिग्री", "quantity", "5", None, "°")]),
]

#: 4. A part of the day of several words before the hour sets its hour of the day and is in
#: the span.
DAY_PARTS: list[tuple[str, list[Row]]] = [
    ("देर रात 11 बजे", [("देर रात 11 बजे", "time", "23", None, "T23:00")]),
    ("देर रात के 2 बजे", [("देर रात के 2 बजे", "time", "2", None, "T02:00")]),
    ("तड़के 4 बजे", [("तड़के 4 बजे", "time", "4", None, "T04:00")]),
    ("भोर 5 बजे", [("भोर 5 बजे", "time", "5", None, "T05:00")]),
    ("अल सुबह 5 बजे", [("अल सुबह 5 बजे", "time", "5", None, "T05:00")]),
    ("तड़के सुबह 4 बजे", [("तड़के सुबह 4 बजे", "time", "4", None, "T04:00")]),
    ("सुबह-सुबह 6 बजे", [("सुबह-सुबह 6 बजे", "time", "6", None, "T06:00")]),
    ("देर शाम 7 बजे", [("देर शाम 7 बजे", "time", "19", None, "T19:00")]),
    ("दोपहर बाद 3 बजे", [("दोपहर बाद 3 बजे", "time", "15", None, "T15:00")]),
    ("आधी रात 12 बजे", [("आधी रात 12 बजे", "time", "0", None, "T00:00")]),
    ("देर रात 11", [("देर रात 11", "time", "23", None, "T23:00")]),
    # a word before the hour that is no part of the day
    ("बाद 3 बजे", [("3 बजे", "time", "3", None, "T03:00")]),
    ("देर 11 बजे", [("11 बजे", "time", "11", None, "T11:00")]),
]

#: 5. A day the month has not (in that year: 29 February in a leap year only) makes no date,
#: and its month and year none either; the numbers stay as the number rules leave them
#: (digits beside a month are no amount, number words are numbers).
IMPOSSIBLE_DAYS: list[tuple[str, list[Row]]] = [
    ("30 फरवरी 2020", []),
    ("31 अप्रैल", []),
    ("29 फरवरी 2021 को", []),
    ("29 फरवरी 1900", []),
    ("29/02/2021", []),
    ("31 जून 2020 को", []),
    ("तीस फरवरी दो हज़ार बीस", [("तीस", "number", "30", None, None),
                                 ("दो हज़ार बीस", "number", "2020", None, None)]),
    ("29th February 2021", [("29th", "ordinal", "29", None, None)]),
    # the days that are
    ("29 फरवरी 2020", [("29 फरवरी 2020", "date", "29", None, "2020-02-29")]),
    ("29 फरवरी 2000", [("29 फरवरी 2000", "date", "29", None, "2000-02-29")]),
    ("29 फरवरी", [("29 फरवरी", "date", "29", None, "--02-29")]),
    ("29/02/2020", [("29/02/2020", "date", "29", None, "2020-02-29")]),
    ("30 अप्रैल 2020", [("30 अप्रैल 2020", "date", "30", None, "2020-04-30")]),
    ("फरवरी 2021", [("फरवरी 2021", "date", "2021", None, "2021-02")]),
]

#: 6. Bits and bytes differ in case alone: ``Mb``, ``Gb`` are megabits and gigabits, ``MB``,
#: ``GB`` (and ``mb``, ``gb``, as chat writes bytes) bytes; ``Mbps`` (any case but ``MBps``)
#: is megabits a second, ``MBps`` megabytes.
BITS_AND_BYTES: list[tuple[str, list[Row]]] = [
    ("10 Mb", [("10 Mb", "quantity", "10", None, "Mbit")]),
    ("10Mb", [("10Mb", "quantity", "10", None, "Mbit")]),
    ("1 Gb", [("1 Gb", "quantity", "1", None, "Gbit")]),
    ("100 मेगाबिट", [("100 मेगाबिट", "quantity", "100", None, "Mbit")]),
    ("1 Gbit", [("1 Gbit", "quantity", "1", None, "Gbit")]),
    ("10 MB", [("10 MB", "quantity", "10", None, "MB")]),
    ("10 mb", [("10 mb", "quantity", "10", None, "MB")]),
    ("2 GB", [("2 GB", "quantity", "2", None, "GB")]),
    ("2 gb डेटा", [("2 gb", "quantity", "2", None, "GB")]),
    ("100 Mbps", [("100 Mbps", "quantity", "100", None, "Mbps")]),
    ("100 mbps", [("100 mbps", "quantity", "100", None, "Mbps")]),
    ("1 Gbps", [("1 Gbps", "quantity", "1", None, "Gbps")]),
    ("10 MBps", [("10 MBps", "quantity", "10", None, "MBps")]),
    ("1 GBps", [("1 GBps", "quantity", "1", None, "GBps")]),
]

#: 7. A year or a month of the Vikram Samvat is no Gregorian date: the year is the number
#: said, a number beside a Samvat month no amount (as beside any month it makes no date with).
SAMVAT: list[tuple[str, list[Row]]] = [
    ("संवत 2080 में", [("2080", "number", "2080", None, None)]),
    ("संवत् 2080 में", [("2080", "number", "2080", None, None)]),
    ("वि.सं. 2080 में", [("2080", "number", "2080", None, None)]),
    ("विक्रम संवत 2081", [("2081", "number", "2081", None, None)]),
    ("चैत्र शुक्ल प्रतिपदा, विक्रम संवत 2081", [("2081", "number", "2081", None, None)]),
    ("चैत्र 2080", []),
    ("15 कार्तिक", []),
    ("सन 2023 में", [("2023", "date", "2023", None, "2023")]),
]

#: 8. Years before the common era count down: a range of them may be written from the
#: earlier (``500-400 ईसा पूर्व``) or from the smaller; either is one range, its values low to
#: high and its iso in time order (astronomical years: 500 BCE is -0499).
BCE_RANGES: list[tuple[str, list[Row]]] = [
    ("500-400 ईसा पूर्व", [("500-400 ईसा पूर्व", "date", "400", "500", "-0499/-0399")]),
    ("500 से 400 ईसा पूर्व तक", [("500 से 400 ईसा पूर्व", "date", "400", "500", "-0499/-0399")]),
    ("400-500 ईसा पूर्व", [("400-500 ईसा पूर्व", "date", "400", "500", "-0499/-0399")]),
    ("297-272 ई. पू.", [("297-272 ई. पू.", "date", "272", "297", "-0296/-0271")]),
    ("पाँच सौ से चार सौ ईसा पूर्व", [
        ("पाँच सौ से चार सौ ईसा पूर्व", "date", "400", "500", "-0499/-0399")]),
    ("1990-2000 ई.", [("1990-2000 ई.", "date", "1990", "2000", "1990/2000")]),
    # a range that counts down with no era before the common era stays two numbers
    ("500-400", [("500", "number", "500", None, None), ("400", "number", "400", None, None)]),
    ("500-400 ई.", [("500", "number", "500", None, None), ("400 ई.", "date", "400", None, "0400")]),
]

#: 9. A pound alone is sterling; a weight only with a weight word beside it (after it, after
#: its का, or just before the amount). ``lb`` is always a weight, ``£`` always sterling.
POUNDS: list[tuple[str, list[Row]]] = [
    ("5 पाउंड", [("5 पाउंड", "money", "5", None, "GBP")]),
    ("150 पौंड में बिका", [("150 पौंड", "money", "150", None, "GBP")]),
    ("5 pounds", [("5 pounds", "money", "5", None, "GBP")]),
    ("5 पाउंड वजन", [("5 पाउंड", "quantity", "5", None, "lb")]),
    ("वजन 5 पाउंड", [("5 पाउंड", "quantity", "5", None, "lb")]),
    ("उसका वज़न करीब 150 पौंड है", [("150 पौंड", "quantity", "150", None, "lb")]),
    ("5 पाउंड का वजन", [("5 पाउंड", "quantity", "5", None, "lb")]),
    ("weight 5 pounds", [("5 pounds", "quantity", "5", None, "lb")]),
    ("150 lbs", [("150 lbs", "quantity", "150", None, "lb")]),
    # a weight word that is not beside the pound, or sterling named
    ("वजन बढ़ाने पर 5 पाउंड खर्च", [("5 पाउंड", "money", "5", None, "GBP")]),
    ("5 ब्रिटिश पाउंड वजन", [("5 ब्रिटिश पाउंड", "money", "5", None, "GBP")]),
    ("£5 का वजन", [("£5", "money", "5", None, "GBP")]),
    ("कर भार 500 पौंड बढ़ा", [("500 पौंड", "money", "500", None, "GBP")]),  # भार: a burden
]

#: 10. Hours no clock has are no time: one alone before बजे is no amount, a range of them
#: stays a range of numbers. A range of hours that ends at midnight ends at 24:00.
CLOCK_HOURS: list[tuple[str, list[Row]]] = [
    ("25 बजे", []),
    ("25-26 बजे", [("25-26", "number", "25", "26", None)]),
    ("23-25 बजे", [("23-25", "number", "23", "25", None)]),
    ("3-4 बजे", [("3-4 बजे", "time", "3", "4", "T03:00/T04:00")]),
    ("23-24 बजे", [("23-24 बजे", "time", "23", "24", "T23:00/T24:00")]),
    ("रात 10-11 बजे", [("रात 10-11 बजे", "time", "22", "23", "T22:00/T23:00")]),
    ("रात 11-12 बजे", [("रात 11-12 बजे", "time", "23", "24", "T23:00/T24:00")]),
    ("देर रात 11-12 बजे", [("देर रात 11-12 बजे", "time", "23", "24", "T23:00/T24:00")]),
    ("शाम 11-12 बजे", [("11-12", "number", "11", "12", None)]),  # 23:00 to noon: no range
]

ROWS = AM_PM + YEAR_AND_TWO_DIGITS + FROM_ZERO + DAY_PARTS + IMPOSSIBLE_DAYS + BITS_AND_BYTES \
    + SAMVAT + BCE_RANGES + POUNDS + CLOCK_HOURS


def _found(text: str) -> list[tuple[str, str, Decimal, Decimal | None, str | None]]:
    return [(a.text, a.kind.value, a.value, a.value_max, a.unit or a.iso or a.currency)
            for a in hindinum.extract(text)]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_row(text: str, expected: list[Row]) -> None:
    want = [(span, kind, Decimal(value), None if high is None else Decimal(high), what)
            for span, kind, value, high, what in expected]
    assert _found(text) == want
