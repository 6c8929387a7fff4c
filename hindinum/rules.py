"""The rules that decide what is not an amount, each a small function with its example.

Five lists, applied by :class:`hindinum.recognize.Scanner` in its phases:

- :data:`OPENING_RULES` run at every token that may open an amount (idioms).
- :data:`TOKEN_RULES` run at a digit token before anything is read there. A rule that fires
  returns the token after the date, time, phone number or identifier it recognized, and the
  scanner passes over all of it.
- :data:`READING_RULES` and :data:`RANGE_RULES` run on the number just read (and on its range).
- :data:`NUMBER_RULES` run on a plain number or ordinal once nothing (currency, percent,
  range) has made it an amount for sure.

A rule returns ``0`` when it does not fire, else the token at which the scan resumes. Every
rule is named after what it recognizes, its docstring's first line says why, and
:func:`hindinum.explain` reports both. The words the rules consult come from the language
pack (``s.lang``), never from here.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing costs 2.5 ms to import and is needed by type checkers only
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Final

    from hindinum.recognize import Candidate, Scanner

from decimal import Decimal

from hindinum import measure
from hindinum.language import Language, WordClass
from hindinum.numbers import SPOKEN_DIGITS, digits_value
from hindinum.tokenize import DIGITS, SENTENCE_ENDS, SYMBOL, WORD
from hindinum.types import Kind

#: Enum members as constants: CPython 3.11 reads ``Kind.MONEY`` through the enum class's
#: ``__getattr__`` hook, ten times the cost of a constant (the compiled build reads these
#: as C statics).
_NUMBER: Final = Kind.NUMBER
_ORDINAL: Final = Kind.ORDINAL
_DOZEN: Final = WordClass.DOZEN
_ENGLISH: Final = WordClass.ENGLISH
_FRACTION: Final = WordClass.FRACTION
_MIXED: Final = WordClass.MIXED
_ORDINAL_WORD: Final = WordClass.ORDINAL
_OVER: Final = WordClass.OVER
_PART: Final = WordClass.PART
_POINT: Final = WordClass.POINT
_PREFIX: Final = WordClass.PREFIX
_SCALE: Final = WordClass.SCALE
_UNIT: Final = WordClass.UNIT

__all__ = ["NUMBER_RULES", "OPENING_RULES", "RANGE_RULES", "READING_RULES", "TOKEN_RULES"]

#: Signs that join the digit groups of dates, times and codes (5/17/2018, 10:30, 192.168).
DIGIT_NEIGHBOURS: Final = frozenset("/-.:")
#: Zero in both digit scripts: an STD code starts with one.
_ZEROS: Final = "0\u0966"


# -- token rules: at a digit token, before reading ------------------------------------------

def letters_before_digits(s: Scanner, i: int) -> int:
    """Digits glued to letters before them are a code or a name: ``A320``, ``COVID19``."""
    toks = s.toks
    if i > 0 and toks.end[i - 1] == toks.start[i] and toks.kind[i - 1] == WORD \
            and toks.key[i - 1] not in s.lang.currency_words \
            and not toks.key[i - 1].endswith(s.lang.colon_endings):
        return s.skip_digit_run(i)
    return 0


def postal_code(s: Scanner, i: int) -> int:
    """Digits after a postal-code word are a postal code: ``पिन कोड 226001``, ``PIN: 110001``."""
    toks = s.toks
    k = i - 1 if i > 0 and toks.key[i - 1] in (":", "-") and s.toks.joined(i - 1) else i
    if k > 1 and toks.key[k - 1] in s.lang.code_words and s.toks.joined(k - 2):
        k -= 1
    if toks.joined(k - 1) and toks.key[k - 1] in s.lang.id_before and len(toks.key[i]) >= 3:
        return s.skip_digit_run(i)
    return 0


#: The dashes between an STD code and the number (``0120-2822980``, ``0120—2822980``).
_DASHES: Final = frozenset({"-", "\u2013", "\u2014", "\u2012", "\u2015", "\u2010", "\u2011"})


def landline(s: Scanner, i: int) -> int:
    """An STD code, a hyphen or dash and the number are a landline: ``05862-242517``,
    ``0120—2822980``; without the
    code's zero, ten digits in all, the number not a round one: ``1374-309988``,
    ``22-26411128`` (``1000-100000`` stays a range)."""
    toks = s.toks
    key = toks.key[i]
    if not (key.isdigit() and i + 2 < s.n and toks.key[i + 1] in _DASHES and s.toks.glued(i)
            and s.toks.glued(i + 1) and toks.kind[i + 2] == DIGITS):
        return 0
    number = toks.key[i + 2]
    if not 6 <= len(number) <= 8 or not number.isdigit():
        return 0
    if key[0] in _ZEROS and 3 <= len(key) <= 5 \
            or len(key) + len(number) == 10 and 2 <= len(key) <= 4 and not number.endswith("00"):
        end = max(s.skip_digit_run(i), i + 3)  # a dash other than the hyphen ends a digit run
        return 0 if _amount_word(s, end) else _more_lines(s, end)
    return 0


def bracketed_std_code(s: Scanner, i: int) -> int:
    """An STD code in brackets and the number after it are a landline: ``(0755) 2551234``,
    ``(022) 2641 1128``."""
    toks = s.toks
    key = toks.key[i]
    if not (i > 0 and toks.key[i - 1] == "(" and toks.glued(i - 1) and key[:1] in _ZEROS
            and 3 <= len(key) <= 5 and key.isdigit() and i + 2 < s.n and toks.key[i + 1] == ")"
            and toks.glued(i) and toks.kind[i + 2] == DIGITS and toks.joined(i + 1)):
        return 0
    j = i + 2
    digits = 0
    while j < s.n and toks.kind[j] == DIGITS and toks.key[j].isdigit() and digits < 8 \
            and (j == i + 2 or toks.joined(j - 1)):
        digits += len(toks.key[j])
        j += 1
    if not 6 <= digits <= 8 or _amount_word(s, j):
        return 0
    return _more_lines(s, j)


def _more_lines(s: Scanner, end: int) -> int:
    """The lines of the same exchange listed after a landline, each after a comma and
    beginning with the same three digits: in ``0141-2227070, 2227080`` the second is a phone
    number too (not in ``0141-2227070, 1500000 लोग``). The token after them. (Lines written
    by their last digits alone, ``0120—2822980, 81, 82``, stay numbers: said as a phone
    number's digits, ``आठ एक``, they would read back as two numbers.)"""
    toks = s.toks
    while end + 1 < s.n and toks.key[end] == "," and toks.glued(end - 1) and toks.joined(end) \
            and toks.kind[end + 1] == DIGITS and 6 <= len(toks.key[end + 1]) <= 8 \
            and toks.key[end + 1].isdigit() and not _amount_word(s, end + 2) \
            and toks.key[end + 1][:3] == toks.key[end - 1][:3]:
        end += 2
    return end


def phone_after_word(s: Scanner, i: int) -> int:
    """Six digits or more, in groups or not, after a word of phones (and नंबर, a colon or a
    dash) are a phone number: ``फोन: 2345678``, ``दूरभाष संख्या 2551234``, ``मो: 098765 43210``,
    ``फोन 0141 2227070``. Not before an amount's word (``मोबाइल 15000 रुपये``)."""
    toks = s.toks
    lang = s.lang
    k = i - 1
    while k > 0 and i - k <= 3 and toks.joined(k) and (
            toks.kind[k] == SYMBOL and toks.key[k] in _PHONE_MARKS
            or toks.key[k] in lang.number_nouns):
        k -= 1
    if k < 0 or not toks.joined(k) or toks.key[k] not in lang.phone_nouns:
        return 0
    end, digits = _groups(s, i)
    if digits < _PHONE_DIGITS_LOCAL or _amount_word(s, end):
        return 0
    # more numbers listed after it (``मो. 98765-43210, 87654-32109``, ``... / 4567891``)
    while end + 1 < s.n and toks.joined(end) and toks.kind[end + 1] == DIGITS and (
            toks.key[end] in _PHONE_LIST and toks.joined(end - 1)
            or toks.key[end] in lang.list_links):
        more, digits = _groups(s, end + 1)
        if digits < _PHONE_DIGITS_LOCAL or _amount_word(s, more):
            break
        end = more
    return end


def _groups(s: Scanner, i: int) -> tuple[int, int]:
    """The groups of whole digits from token i, a space or a glued hyphen between them, up
    to the longest phone number and not into a number of its own after it (``... 24 घंटे``):
    the token after them and their digits."""
    toks = s.toks
    j = i
    digits = 0
    hyphen = False  # the group at j follows a hyphen: part of the number, whatever follows it
    while j < s.n and toks.kind[j] == DIGITS and toks.key[j].isdigit() \
            and digits + len(toks.key[j]) <= _PHONE_DIGITS_FULL \
            and (j == i or hyphen or not _number_after_phone(s, j)):
        digits += len(toks.key[j])
        nxt = j + 1
        hyphen = nxt + 1 < s.n and toks.key[nxt] == "-" and toks.glued(j) and toks.glued(nxt)
        if hyphen:
            nxt += 1
        elif not toks.joined(j):
            return nxt, digits
        j = nxt
    return j, digits


#: Marks between two phone numbers listed (``98765-43210, 87654-32109``).
_PHONE_LIST: Final = frozenset(",/")
#: Marks between a word of phones and its digits (``फोन: ...``, ``मो.नं. ...``, ``फोन- ...``).
_PHONE_MARKS: Final = frozenset(":.-")
#: The fewest digits of a phone number after a word of phones (a local number of a town).
_PHONE_DIGITS_LOCAL: Final = 6


def mobile_groups(s: Scanner, i: int) -> int:
    """Groups of three to five digits, a space between them, that make ten digits from a 6 to
    a 9 are a mobile number: ``9876 543 210``, ``98765 43210``. With a hyphen they are one
    only after a word of phones (:func:`phone_after_word`: ``70000-72000`` is a range of
    prices); more digits after them are another number when an amount's word, a time's or
    a mobile number's digits follow (``98765 43210 24 घंटे``), else they are no mobile."""
    toks = s.toks
    key = toks.key[i]
    if not (key[:1] in _MOBILE_FIRST and 3 <= len(key) <= 5 and key.isdigit() and i + 1 < s.n):
        return 0
    j = i + 1
    digits = len(key)
    while digits < _MOBILE_DIGITS:
        if j >= s.n or toks.kind[j] != DIGITS or not toks.joined(j - 1) or toks.glued(j - 1) \
                or not 3 <= len(toks.key[j]) <= 5 or not toks.key[j].isdigit():
            return 0
        digits += len(toks.key[j])
        j += 1
    if digits != _MOBILE_DIGITS or _amount_word(s, j) or j < s.n and toks.joined(j - 1) \
            and (toks.key[j] in DIGIT_NEIGHBOURS
                 or toks.kind[j] == DIGITS and not _number_after_phone(s, j)):
        return 0
    return j


def _number_after_phone(s: Scanner, j: int) -> bool:
    """The digits at token j, after a phone number, are a number of their own: an amount's
    or a time's word follows them (``24 घंटे``, ``10 बजे``), or they are a mobile number."""
    toks = s.toks
    key = toks.key[j]
    return len(key) == _MOBILE_DIGITS and key[:1] in _MOBILE_FIRST or _amount_word(s, j + 1) \
        or j + 1 < s.n and toks.joined(j) and toks.key[j + 1] in s.lang.time_after


#: The first digits of an Indian mobile number, in both scripts.
_MOBILE_FIRST: Final = frozenset("6789\u096c\u096d\u096e\u096f")


#: The digits of an Indian mobile number.
_MOBILE_DIGITS: Final = 10


def phone_with_plus(s: Scanner, i: int) -> int:
    """A plus glued before digits opens a phone number, groups and all: ``+91 98765 43210``.
    A phone number has seven digits or more: before a percent or a short number the plus is
    a sign (``+5%``, ``सेंसेक्स +450 अंक``)."""
    toks = s.toks
    if not (i > 0 and toks.key[i - 1] == "+" and toks.end[i - 1] == toks.start[i]):
        return 0
    j = s.skip_digit_run(i)
    digits = sum(len(toks.key[k]) for k in range(i, j) if toks.kind[k] == DIGITS)
    # the groups that follow, whole numbers all, up to the longest phone number (``+91 98765
    # 43210``, ``+91 9876543210 123``), none that goes on as an amount or a time (``+91 98765
    # 43210 5 लाख रुपये``, ``... 24 घंटे``, ``... 10 बजे``, ``... 6.5``)
    while j < s.n and toks.kind[j] == DIGITS and toks.key[j].isdigit() and s.toks.joined(j - 1):
        k = s.skip_digit_run(j)
        more = sum(len(toks.key[m]) for m in range(j, k) if toks.kind[m] == DIGITS)
        if digits + more > _PHONE_DIGITS_FULL or _amount_word(s, k) \
                or k < s.n and s.toks.joined(k - 1) and toks.key[k] in s.lang.time_after:
            break
        digits += more
        j = k
    return j if digits >= _PHONE_DIGITS else 0


#: The fewest digits of a phone number (a local number without its code) ...
_PHONE_DIGITS: Final = 7
#: ... and the most digits of one, its country code with it (ITU-T E.164).
_PHONE_DIGITS_FULL: Final = 15


def identifier(s: Scanner, i: int) -> int:
    """Digits after a word that names an identifier are that identifier, not an amount:
    ``धारा 370``, ``OTP 482913``, ``हेल्पलाइन 1912``, ``ट्रेन नंबर 12951``, ``खाता संख्या
    123456789012``, ``मकान नंबर 152 से 162``, and up to three digits after a code of law are a
    section of it (``आईपीसी 302``, ``बीएनएस 103``); a list of them goes with them. Digits that
    go on as an amount (a scale, a currency, a unit after them: ``अंडर 5 लाख रुपये``) are
    none."""
    toks = s.toks
    k = i - 1
    if k > 0 and toks.kind[k] == SYMBOL and toks.key[k] in _ID_MARKS and toks.joined(k):
        k -= 1  # नंबर: 123, No. 5
    if k < 0 or not toks.joined(k) or toks.kind[k] != WORD:
        return 0
    lang = s.lang
    key = toks.key[k]
    named = key in lang.number_nouns and toks.joined(k - 1) and toks.key[k - 1] in lang.id_nouns
    section = key in lang.law_codes and len(toks.key[i]) <= 3 and toks.key[i].isdigit()
    if key not in lang.id_words and not named and not section:
        return 0
    j = _past_subsection(s, s.skip_digit_run(i))
    while j + 1 < s.n and toks.joined(j - 1) and toks.joined(j) \
            and (toks.key[j] in _LIST_MARKS or toks.key[j] in lang.range_words
                 or toks.key[j] in lang.id_list_links or _weak_id_link(s, j)):
        # 14, 15, 16; 152 से 162; 147, 148 और 353; 256, 351(2); 302, 307 व 34 के तहत
        link = j
        if toks.key[j] in lang.range_words and toks.key[j + 1] in lang.range_continuations \
                and j + 2 < s.n and toks.joined(j + 1):
            link = j + 1  # वार्ड 41 से लेकर 46
        if toks.kind[link + 1] != DIGITS or _clock_at(s, link + 1):
            break
        nxt = _past_subsection(s, s.skip_digit_run(link + 1))
        if _amount_word(s, nxt) and (link > j or toks.key[j] == ","
                                     or toks.key[j] in lang.id_list_links):
            return j  # धारा 302 और 5 लाख रुपये, वार्ड 12 से लेकर 500 मीटर: ends before it
        j = link
        j = nxt
    if _amount_word(s, j):
        return 0  # अंडर 5 लाख रुपये, अंडर 5 से 10 लाख रुपये: the digits go on as an amount
    return j


def _weak_id_link(s: Scanner, j: int) -> bool:
    """Token j is a weak link (व, तथा, एवं) of a list of identifiers: the digits after it are
    followed by a postposition, a code of law, a mark or the end (``302, 307 व 34 के तहत``,
    ``147,188 व 353 आईपीसी``; not ``188 तथा 50 अज्ञात लोगों पर``)."""
    toks = s.toks
    if toks.key[j] not in s.lang.id_weak_links:
        return False
    end = _past_subsection(s, s.skip_digit_run(j + 1))
    return end >= s.n or not toks.joined(end - 1) or toks.kind[end] == SYMBOL \
        and toks.key[end] not in DIGIT_NEIGHBOURS or toks.key[end] in s.lang.id_weak_link_ends


def _past_subsection(s: Scanner, j: int) -> int:
    """The token after a subsection in brackets at token j, right after a section's number
    (``351(2)``, ``302 (ए)``: up to two digits or letters); else j (``धारा 370 (2019)``)."""
    toks = s.toks
    if j + 2 < s.n and toks.key[j] == "(" and toks.joined(j - 1) and toks.glued(j) \
            and toks.glued(j + 1) and toks.key[j + 2] == ")" and len(toks.key[j + 1]) <= 2 \
            and toks.kind[j + 1] != SYMBOL:
        return j + 3
    return j


def road_number(s: Scanner, i: int) -> int:
    """Up to three digits after a word of a road (a dash between or not) are its number, where
    a word of ``lang.road_after`` (a list word only with no number after it), a mark or the end
    follows them: ``नेशनल हाईवे 53 पर``, ``राष्ट्रीय राजमार्ग -306 पर``; not ``हाईवे 4 बजे``,
    ``राजमार्ग 6 लेन``, ``हाईवे 2026 तक`` (a time, lanes, a year)."""
    toks = s.toks
    k = i - 1
    if k > 0 and toks.key[k] == "-" and toks.glued(k) and toks.joined(k - 1):
        k -= 1  # राजमार्ग -306
    if k < 0 or not toks.joined(k) or toks.key[k] not in s.lang.road_words \
            or len(toks.key[i]) > 3 or not toks.key[i].isdigit():
        return 0
    j = i + 1
    if j >= s.n or not toks.joined(j - 1) or toks.kind[j] == SYMBOL and toks.key[j] != "-":
        return j
    key = toks.key[j]
    lang = s.lang
    if key not in lang.road_after:
        return 0
    if not (key in lang.range_link_keys or key in lang.list_links):
        return j  # हाईवे 53 पर
    after = j + 1 < s.n and toks.joined(j) and (
        toks.kind[j + 1] == DIGITS or s.word_class(j + 1) in _NUMBER_CLASSES)
    return 0 if after else j  # हाईवे 3 से 4 घंटे: a range


def service_number(s: Scanner, i: int) -> int:
    """The short code of a public service (``lang.service_keys``) right before or after a
    word of the service is its phone number: ``108 एंबुलेंस सेवा``, ``एंबुलेंस 108 को``, ``112
    डायल करें``; so before a helpline's name (``181 महिला हेल्पलाइन``). Not before a unit, a
    currency or a scale, nor a word away from an ambulance (``100 लोग एंबुलेंस से``)."""
    toks = s.toks
    lang = s.lang
    j = i + 1
    if toks.key[i] not in lang.service_keys or j >= s.n or _amount_word(s, j):
        return 0
    if i > 0 and toks.joined(i - 1) and toks.key[i - 1] in lang.service_words:
        return j
    if not toks.joined(i) or toks.kind[j] != WORD:
        return 0
    if toks.key[j] in lang.service_words:
        return j
    return j if j + 1 < s.n and toks.joined(j) and toks.key[j + 1] in lang.helpline_words else 0


def number_dialled(s: Scanner, i: int) -> int:
    """Three digits or more after a word of calling and a verb are the number to call (said
    digit by digit by :func:`hindinum.verbalize`): ``डायल करें 112``, ``कॉल करें 1930``,
    ``इसपे कॉल करो 0168911-4573``; not digits that go on as an amount (``फोन करें 500 रुपये``)."""
    toks = s.toks
    lang = s.lang
    k = i - 1
    if k < 1 or len(toks.key[i]) < 3 or toks.key[k] not in lang.call_verbs \
            or not toks.joined(k) or not toks.joined(k - 1) \
            or toks.key[k - 1] not in lang.call_words:
        return 0
    j = s.skip_digit_run(i)
    return 0 if _amount_word(s, j) else j


def _amount_word(s: Scanner, k: int) -> bool:
    """Token k, joined to the digits before it, makes them an amount: a scale word, a currency,
    a percent sign or word or a unit (``5 लाख``, ``500 रुपये``, ``30 minutes``; so no
    identifier or phone number: ``1800-2000 रुपये``, ``5000-250461 INR``); not after letters
    glued to the digits (``162ब्लॉक करोड़``: the scale is a word away from them)."""
    if k >= s.n or not s.toks.joined(k - 1) or s.toks.kind[k - 1] == WORD:
        return False
    key = s.toks.key[k]
    lang = s.lang
    if key in lang.measures:  # not a letter (धारा 124 A) nor a name's cue (अंडर 19 कप)
        return (not key.isascii() or len(key) > 2) and key not in lang.year_before
    return s.word_class(k) is _SCALE or key in lang.currency or key in lang.percent_words \
        or key in lang.iso_codes or key == "%"


def _clock_at(s: Scanner, k: int) -> bool:
    """Digit token k opens a clock time (``10:30``): no item of a list of identifiers."""
    return k + 2 < s.n and s.toks.key[k + 1] == ":" and s.toks.glued(k) \
        and s.toks.kind[k + 2] == DIGITS


#: Marks between the word of an identifier and its digits (``धारा (302)``).
_ID_MARKS: Final = frozenset(":.-#(")
#: Signs between the items of a list of identifiers.
_LIST_MARKS: Final = frozenset(",/-\u2013&")


def number_called(s: Scanner, i: int) -> int:
    """Three digits or more before ``पर`` or ``को`` and a word of calling, or before ``नंबर पर``,
    are a number called (a helpline, a phone), and a list of them goes with them: ``112 पर कॉल
    करें``, ``108 को फोन किया``, ``108 और 100 नंबर पर सूचना दी``, ``102 या 108 नंबर डायल करके``
    (emergency numbers and a word of dialling right after नंबर: ``500 नंबर डायल करते थे``
    counts). (``90 नंबर मिले`` are marks, ``1 नंबर पर`` a rank.)"""
    toks = s.toks
    lang = s.lang
    if len(toks.key[i]) < 3 or not _call_near(s, i):
        return 0
    j = s.skip_digit_run(i)
    items = 1  # a few numbers called at most: the walk stays short on a long list of numbers
    while items < _MOST_CALLED and j + 1 < s.n and toks.joined(j - 1) and toks.joined(j) \
            and toks.kind[j + 1] == DIGITS \
            and (toks.key[j] == "," or toks.key[j] in lang.list_links
                 or toks.key[j] in lang.choice_links):
        j = s.skip_digit_run(j + 1)
        items += 1
    k = j + 1 if j < s.n and toks.joined(j - 1) and toks.key[j] in lang.number_nouns else j
    if k >= s.n or not toks.joined(k - 1):
        return 0
    if k > j and toks.key[k] in lang.phone_words:
        # 102 या 108 नंबर डायल करके; but 500 नंबर डायल करते थे counts the numbers dialled
        return j if all(toks.key[m] in lang.emergency_numbers
                        for m in range(i, j) if toks.kind[m] == DIGITS) else 0
    to = toks.key[k] in lang.dial_to  # 108 को फोन किया
    if not to and toks.key[k] not in lang.dial_after:
        return 0
    if (k == j or to) \
            and (k + 1 >= s.n or not toks.joined(k) or toks.key[k + 1] not in lang.call_words):
        return 0
    if to and toks.key[k + 1] not in lang.phone_words \
            and toks.key[i] not in lang.emergency_numbers:
        return 0  # पुलिस ने 300 को सूचना दी: people told (112 को सूचना दी: called)
    if to and i > 0 and toks.joined(i - 1) \
            and (toks.key[i - 1] in lang.months or toks.key[i - 1] in lang.year_before
                 or toks.kind[i - 1] == DIGITS or s.word_class(i - 1) is not None):
        return 0  # मार्च 2023 को शिकायत, सन 1999 को फोन: a date
    return j


#: The most numbers one call names (``108 और 100 नंबर पर``): a list is looked at that far.
_MOST_CALLED: Final = 3


def _call_near(s: Scanner, i: int) -> bool:
    """``पर`` or ``नंबर`` stands within the few tokens after digit token i that a call of
    :data:`_MOST_CALLED` numbers spans: one set test on a slice, so a long list of numbers is
    passed at C speed."""
    return not s.lang.call_markers.isdisjoint(s.toks.key[i + 1:i + 2 * _MOST_CALLED])


def purity(s: Scanner, i: int) -> int:
    """Three or four digits before a word of fineness are the purity of gold or silver, a
    code: ``999 प्योरिटी वाला सोना``, ``995 शुद्धता``."""
    toks = s.toks
    if not 3 <= len(toks.key[i]) <= 4 or i + 1 >= s.n or not toks.joined(i) \
            or toks.key[i + 1] not in s.lang.purity_words:
        return 0
    return i + 1


def flat_size(s: Scanner, i: int) -> int:
    """One digit before a word of a flat's configuration is a code, no count: ``2 BHK
    फ्लैट``, ``3 बीएचके``."""
    toks = s.toks
    if len(toks.key[i]) != 1 or i + 1 >= s.n or not toks.joined(i) \
            or toks.key[i + 1] not in s.lang.flat_words:
        return 0
    return i + 1


def screen_resolution(s: Scanner, i: int) -> int:
    """A screen's resolution is no amount: one digit glued to K before a word of screens or
    video (``4K टीवी``, ``8K वीडियो``; ``10K वीडियो`` are ten thousand), and a width, a
    times sign and a height before a word for pixels (``3840 x 2160 पिक्सल``)."""
    toks = s.toks
    lang = s.lang
    if i + 2 >= s.n:
        return 0
    if len(toks.key[i]) == 1 and toks.key[i + 1] in lang.resolution_marks and toks.glued(i) \
            and toks.joined(i + 1) and toks.key[i + 2] in lang.screen_words:
        return i + 2
    if i + 3 < s.n and toks.key[i + 1] in lang.times_signs and toks.kind[i + 2] == DIGITS \
            and toks.joined(i) and toks.joined(i + 1) and toks.joined(i + 2) \
            and toks.key[i + 3] in lang.pixel_words:
        return i + 4
    return 0


def score(s: Scanner, i: int) -> int:
    """Two numbers of up to two digits joined by a dash, before से, की or के and a word of
    winning or losing (a word of points may stand between), are a score, no range:
    ``पाकिस्तान को 3-1 से हरा दिया``, ``5-0 की जीत``, ``39 -27 से जीता``, ``५३-३२ के अंकों से
    पराजित``; before a word of a lead, with the first larger (``2-0 की बढ़त``), or
    of trailing, with the first smaller (``1-3 से पीछे``); or right after a noun of a score
    (``स्कोर 4-4 था``, ``मैच का स्कोर 2-1 रहा``); and each game before such a score, a comma
    between (``21-16, 21-13 से हराकर``)."""
    toks = s.toks
    lang = s.lang
    j = i + 1
    if len(toks.key[i]) > 2 or j + 1 >= s.n or toks.key[j] not in lang.range_symbols \
            or toks.kind[j + 1] != DIGITS or len(toks.key[j + 1]) > 2:
        return 0
    k = j + 2
    if i > 0 and toks.key[i - 1] in lang.score_nouns and toks.joined(i - 1) \
            and toks.joined(i) and toks.joined(j) and _clause_ends(s, k):
        return k  # स्कोर 4-4 था (but स्कोर 70-80 के बीच, स्कोर 2-3 लाख: ranges)
    if k + 1 >= s.n:
        return 0
    if toks.key[k] == "," and toks.joined(i) and toks.joined(j) and toks.joined(k) \
            and toks.kind[k + 1] == DIGITS and score(s, k + 1):
        return k  # 21-16, 21-13 से हराकर: the games of a match, each a score
    if not (toks.joined(i) and toks.joined(j) and toks.joined(k - 1) and toks.joined(k)) \
            or toks.key[k] not in lang.score_links:
        return 0
    word = toks.key[k + 1]
    if word in lang.score_words:
        return k
    if word in lang.score_units and any(
            toks.key[m] in lang.score_words and toks.joined(m - 1)
            for m in range(k + 2, min(k + 4, s.n))):
        return k  # ५३-३२ के अंकों से पराजित: the points, then the word of winning
    first, second = toks.key[i], toks.key[j + 1]
    if word in lang.lead_words and first.isdecimal() and second.isdecimal() \
            and int(first) > int(second):
        return k  # 2-0 की बढ़त: a lead (50-60 की बढ़त is a rise)
    if word in lang.trail_words and first.isdecimal() and second.isdecimal() \
            and int(first) < int(second):
        return k  # 1-3 से पीछे: behind
    return 0


def toll_free(s: Scanner, i: int) -> int:
    """A toll-free code and the groups after it are one phone number: ``1800 180 1551``,
    ``1800-11-4000``."""
    toks = s.toks
    if toks.key[i] not in _TOLL_FREE or i + 1 >= s.n:
        return 0
    j = i + 1
    if toks.key[j] == "-" and toks.glued(i) and toks.glued(j):
        j += 1
    if j >= s.n or toks.kind[j] != DIGITS or not toks.joined(j - 1) \
            or not 2 <= len(toks.key[j]) <= 4 or not toks.key[j].isdigit():
        return 0
    j = s.skip_digit_run(j)
    while j < s.n and toks.joined(j - 1) and toks.kind[j] == DIGITS and 3 <= len(toks.key[j]) <= 4:
        j = s.skip_digit_run(j)
    return 0 if _amount_word(s, j) else j



def list_marker(s: Scanner, i: int) -> int:
    """A number in brackets that opens a line marks an item of a list: ``(2) आवेदन की फीस``,
    ``2) अंतिम तिथि``; so does one with a colon, a full stop or a dash after it and a word
    after that (``1: दिल्ली से शिमला``, ``2. आवेदन``, ``7- जुर्माना``)."""
    toks = s.toks
    k = i - 1 if i > 0 and toks.key[i - 1] == "(" and toks.glued(i - 1) else i
    if k > 0 and toks.joined(k - 1) and toks.key[k - 1] not in _LINE_OPENERS:
        return 0
    if len(toks.key[i]) > 2 or i + 1 >= s.n or not toks.glued(i):
        return 0
    mark = toks.key[i + 1]
    if mark == ")":
        return i + 2
    if k == i and (mark == ":" or mark == ".") and i + 2 < s.n and toks.kind[i + 2] == WORD \
            and toks.joined(i + 1) and not toks.glued(i + 1) and not _goes_on(s, i + 2):
        return i + 2
    if k == i and mark == "-" and i + 2 < s.n and toks.kind[i + 2] == WORD \
            and toks.joined(i + 1) and not toks.glued(i + 1) and not _goes_on(s, i + 2):
        return i + 2  # 7- जुर्माना, as a statute's clauses are numbered (not 4-लेन सड़क)
    return 0


def _goes_on(s: Scanner, k: int) -> bool:
    """Word k, after a number and a mark, may go on with the number: a month, a number or scale
    word, a currency or a unit (``15. अगस्त``, ``5. करोड़ रुपये``: a stray mark, no list)."""
    key = s.toks.key[k]
    lang = s.lang
    return key in lang.months or key in lang.words or key in lang.currency or key in lang.measures


#: Signs after which a line of a list may still open: a dash or a bullet.
_LINE_OPENERS: Final = frozenset("-*\u2022:")


#: The codes that open an Indian toll-free number.
_TOLL_FREE: Final = frozenset({"1800", "1860"})


def hyphenated_code(s: Scanner, i: int) -> int:
    """A word (or an abbreviation), a hyphen and digits, all glued, are a name: ``कोविड-19``,
    ``NH-48``, ``एन.एच.-19``; so are two digits after a space (``कोविड- 19``). Not before a
    currency or a percent sign or word (``कीमत-45,000 रुपये``), nor after a noun of money or
    a price before a scale word (``लागत-5 लाख``, ``लागत- 12 लाख``: a sum after a label's dash;
    ``मिग-21 सौ से ज्यादा`` is a code). After a word of a rank they are its place
    (``नंबर-1``, ``Top-5``)."""
    toks = s.toks
    if toks.key[i] in _TOLL_FREE:
        return 0  # नंबर-1800 345 5553: toll_free reads the whole number
    if not (i > 1 and toks.key[i - 1] in s.lang.range_symbols and toks.glued(i - 2)
            and (toks.kind[i - 2] == WORD and toks.key[i - 2] not in s.lang.openers
                 or abbreviation_before(s, i - 1))
            and not _ranked(s, i)):
        return 0
    if toks.key[i - 2] in s.lang.year_before and len(toks.key[i]) == 4 \
            and toks.key[i].isdigit() and year_like_value(Decimal(toks.key[i])):
        return 0  # वर्ष-2020: a year word and its year (measure.year reads it)
    glued = toks.end[i - 1] == toks.start[i]
    j = s.skip_digit_run(i) if glued else i + 1
    if s._suffix(j) is not None or toks.joined(j - 1) and s.word_class(j) is _SCALE \
            and toks.key[i - 2] in s.lang.money_nouns_before:
        return 0  # कीमत-45,000 रुपये, लागत-5 लाख: a sum after a label's dash
    if glued:
        return j
    return j if toks.joined(i - 1) and len(toks.key[i]) <= 2 else 0


def _clause_ends(s: Scanner, k: int) -> bool:
    """Token k is a verb of being or a clause mark, or the text ends before it: after a score
    (``स्कोर 6-4, 6-3``) and after a percentage whose word stands before it (``प्रतिशत 65.3
    रहा``)."""
    toks = s.toks
    return k >= s.n or not toks.joined(k - 1) or toks.key[k] in s.lang.copulas \
        or toks.kind[k] == SYMBOL and toks.key[k] in _CLAUSE_END_MARKS


#: The marks that end a clause (:func:`_clause_ends`).
_CLAUSE_END_MARKS: Final = frozenset(
    {",", ";", ":", ".", "!", "?", "|", "\u0964", "\u0965", ")"})


def abbreviation_before(s: Scanner, k: int) -> bool:
    """Token k is glued to an abbreviation's dot before it, written after letters (``एन.एच.``
    in ``एन.एच.-19``); not a currency's (``Rs.-500``)."""
    toks = s.toks
    return k > 1 and toks.key[k - 1] == "." and toks.glued(k - 1) and toks.glued(k - 2) \
        and toks.kind[k - 2] == WORD and toks.key[k - 2] not in s.lang.currency


def _ranked(s: Scanner, i: int) -> bool:
    """Digits at token i, hyphenated to the word before them, are a place in a ranking: after
    a word of a top list (``Top-5``), or 1 after नंबर with no noun of an identifier before it
    (``बना नंबर-1``; ``सेक्टर नंबर-1`` is a name)."""
    toks = s.toks
    word = toks.key[i - 2]
    if word in s.lang.rank_words:
        return True
    return word in s.lang.number_nouns and toks.key[i] == "1" and not (
        i > 2 and toks.joined(i - 3) and (toks.key[i - 3] in s.lang.id_nouns
                                          or toks.key[i - 3] in s.lang.id_words))


def digit_groups(s: Scanner, i: int) -> int:
    """Groups of four or five digits in a row are an Aadhaar or a mobile number:
    ``1234 5678 9012``, ``98765 43210``; years in a row are none (``2019 2020 2021``)."""
    toks = s.toks
    key = toks.key[i]
    if not (len(key) in (4, 5) and key.isdigit() and i + 1 < s.n and s.toks.joined(i)
            and toks.kind[i + 1] == DIGITS and len(toks.key[i + 1]) == len(key)
            and toks.key[i + 1].isdigit()):
        return 0
    if not (len(key) == 5 and key[0] in "6789" or i + 2 < s.n and s.toks.joined(i + 1)
            and len(toks.key[i + 2]) == 4 and toks.key[i + 2].isdigit()):
        return 0
    j = i + 2  # the groups that follow are of the same length (not ``98765 43210 61.44``)
    while j < s.n and toks.kind[j] == DIGITS and len(toks.key[j]) == len(key) \
            and toks.key[j].isdigit() and s.toks.joined(j - 1):
        j += 1
    if all(1800 <= int(toks.key[k]) <= 2099 for k in range(i, j)):
        return 0  # years in a row: वर्ष 2019 2020 2021 में
    return j


def odd_fraction(s: Scanner, i: int) -> int:
    """``a/b`` that is no proper fraction stays as written: ``24/7``, ``26/11``."""
    toks = s.toks
    if s.toks.glued(i) and i + 2 < s.n and toks.key[i + 1] == "/" and s.toks.glued(i + 1) \
            and toks.kind[i + 2] == DIGITS and s.reader._slash_fraction(i) is None:
        return s.skip_digit_run(i)
    return 0


def clock_or_date(s: Scanner, i: int) -> int:
    """Digits joined by a colon are a time (``10:30``); by the same sign twice, a date
    (``15/08/2023``, ``15-08-2023``, ``15.08.2023``)."""
    toks = s.toks
    if not (toks.glued(i) and i + 2 < s.n and toks.key[i + 1] in DIGIT_NEIGHBOURS
            and toks.glued(i + 1) and toks.kind[i + 2] == DIGITS):
        return 0
    sep = toks.key[i + 1]
    if sep == ":":
        return s.skip_digit_run(i)
    if i + 4 < s.n and s.toks.glued(i + 2) and toks.key[i + 3] == sep and s.toks.glued(i + 3) \
            and toks.kind[i + 4] == DIGITS:
        return s.skip_digit_run(i)
    return 0


def dotted_run(s: Scanner, i: int) -> int:
    """Digit runs joined by dots are an address or a version: ``192.168.1.2``, ``1.2.3``."""
    toks = s.toks
    if s.toks.glued(i) and i + 2 < s.n and toks.key[i + 1] == "." and s.toks.glued(i + 1) \
            and toks.kind[i + 2] == DIGITS:
        return s.skip_digit_run(i)
    return 0


#: The token rules, in the order they are tried.
TOKEN_RULES: Final[tuple[Callable[[Scanner, int], int], ...]] = (
    letters_before_digits, postal_code, landline, bracketed_std_code, phone_with_plus,
    hyphenated_code, toll_free, score, phone_after_word, mobile_groups, identifier, road_number,
    number_dialled, number_called, service_number, purity, flat_size, screen_resolution,
    list_marker, digit_groups, odd_fraction,
    clock_or_date, dotted_run,
)


class TokenGate:
    """Where a token rule may fire: at a digit token glued to a word before it, after a
    key of ``before``, before a key of ``after`` or a digit run, or a toll-free code or a
    public service's short code. Every token rule needs one of these (a rule that reads
    another neighbour adds its keys here), so the scanner asks the token rules only where the
    gate is open: most digit tokens (``5 लाख``, ``₹ 500 का``, ``5%``) pass with a few look-ups
    instead of a call to each.
    ``opening`` holds the first keys of what the opening rules recognize, ``number_words``
    the words the number rules look at (see :func:`number_rules_may_fire`)."""

    __slots__ = ("after", "before", "called", "no_title", "number_words", "opening")

    def __init__(self, lang: Language) -> None:
        #: postal_code, phone_with_plus, hyphenated_code, identifier, road_number, month_date,
        #: score
        self.before: frozenset[str] = frozenset(
            lang.id_before | lang.code_words | lang.id_words | lang.road_words | lang.number_nouns
            | lang.law_codes | lang.months | lang.score_nouns
            | lang.phone_nouns
            | lang.call_verbs | lang.range_symbols | _ID_MARKS | {":", "-", "+"})
        #: landline, list_marker, odd_fraction, decimal_time, clock_or_date, dotted_run,
        #: month_date (the signs count only glued, which the rules check)
        self.after: frozenset[str] = lang.time_after | lang.months | DIGIT_NEIGHBOURS | {")"} \
            | lang.purity_words | lang.flat_words | lang.range_symbols \
            | lang.resolution_marks | lang.times_signs  # purity, flat, score, screen_resolution
        #: number_called, after three digits or more
        self.called: frozenset[str] = lang.number_nouns | lang.dial_after | lang.dial_to \
            | lang.list_links | lang.choice_links | {","}
        #: idiom, spoken_digits
        self.opening: frozenset[str] = frozenset(lang.idioms) | lang.digit_words
        #: article, bread, before_not_first, ordinary_word, unit_not_ordinal, verb_give,
        #: the_other
        self.number_words: frozenset[str] = frozenset(
            lang.weak_alone | lang.bread_words | lang.before_ordinals | lang.ordinary_words
            | lang.unit_ordinals | lang.verb_numbers | lang.digit_words  # title_part
            | lang.other_ordinals)  # the_other
        #: title_part: the words that name no title (number words, units, months, words of
        #: films, function words, persons, parts of the day ...)
        self.no_title: frozenset[str] = frozenset().union(
            lang.words, lang.title_cues, lang.title_not_names, lang.measures, lang.months,
            lang.currency, lang.not_names, lang.year_before, lang.id_words, lang.approx_before,
            lang.person_cues, lang.day_parts)

    def open(self, s: Scanner, i: int) -> bool:
        """Some token rule may fire at digit token i."""
        toks = s.toks
        if i > 0 and (toks.key[i - 1] in self.before
                      or toks.kind[i - 1] == WORD and toks.end[i - 1] == toks.start[i]):
            return True  # letters_before_digits: glued to a word
        k = i + 1
        if k < s.n and (toks.kind[k] == DIGITS or toks.key[k] in self.after):
            return True  # digit_groups: a digit run after it
        if k < s.n and toks.key[k] in self.called and len(toks.key[i]) >= 3 and _call_near(s, i):
            return True  # number_called
        return toks.key[i] in _TOLL_FREE or toks.key[i] in s.lang.service_keys  # service_number


_GATES: dict[Language, TokenGate] = {}


def token_gate(lang: Language) -> TokenGate:
    """The :class:`TokenGate` of ``lang``, built once."""
    gate = _GATES.get(lang)
    if gate is None:
        gate = _GATES[lang] = TokenGate(lang)
    return gate


# -- opening rules: at any token that may open an amount ------------------------------------

def idiom(s: Scanner, i: int) -> int:
    """An idiom or a name that holds number words is no amount: ``नौ दो ग्यारह होना``,
    ``एक-दूसरे``, ``सौ टका सच``, ``तीन तलाक``, ``24 बाय 7``; not before a unit of measure
    (``24 बाय 7 मीटर`` is a size)."""
    if s.toks.key[i] not in s.lang.idioms:
        return 0
    hit = s.phrase(s.lang.idioms, i)
    if hit is None:
        return 0
    end = hit[1]
    if end < s.n and s.toks.joined(end - 1) and (s.toks.key[end] in s.lang.measures
                                                 or s.phrase(s.lang.measure_units, end)):
        return 0
    return end


def spoken_digits(s: Scanner, i: int) -> int:
    """Four or more words for digits in a row are a number said digit by digit (a phone
    number, a PIN or card code, as speech and ASR write it), which :func:`hindinum.verbalize`
    says for one written in digits; like those digits, no amount: ``नौ आठ सात छह पाँच चार
    तीन दो एक शून्य``. Two or three are numbers (``दो तीन दिन``). Before a scale the last
    word is the scale's (``नौ आठ सात छह पाँच सौ रुपये``: a code, then 500 rupees), unless
    fewer than four would be left (``एक दो तीन चार हज़ार``: no digits)."""
    toks = s.toks
    digit_words = s.lang.digit_words
    if toks.key[i] not in digit_words or toks.kind[i] != WORD:
        return 0
    j = i + 1
    while j < s.n and toks.key[j] in digit_words and toks.joined(j - 1) \
            and not toks.glued(j - 1) and toks.kind[j] == WORD:
        j += 1
    if j < s.n and toks.joined(j - 1) and s.word_class(j) in _EXTENDS_A_NUMBER:
        j -= 1
    return j if j - i >= SPOKEN_DIGITS else 0


#: Word classes that make the digit word before them part of a larger number.
_EXTENDS_A_NUMBER: Final = frozenset({_SCALE, _PART, _POINT, _OVER, _MIXED, _DOZEN})


#: The opening rules, tried at every token that may open an amount.
OPENING_RULES: Final[tuple[Callable[[Scanner, int], int], ...]] = (idiom, spoken_digits)


# -- reading rules: on the number just read -------------------------------------------------

def ordinal_with_currency(s: Scanner, c: Candidate) -> int:
    """An ordinal takes no currency; the sign before it stays text: ``$ 21वीं सदी``."""
    assert c.reading is not None
    return c.first + 1 if c.reading.ordinal and c.prefix_currency else 0


def ordinal_of_no_place(s: Scanner, c: Candidate) -> int:
    """An ordinal counts places, a whole number not below zero: a minus sign before it stays
    text and the ordinal is read after it (``-5वां`` is ``5वां``, ``माइनस पाँचवाँ`` is
    ``पाँचवाँ``), and a fraction with an ordinal suffix is no amount (``1.5वां``, ``0.5th``)."""
    reading = c.reading
    assert reading is not None
    if not reading.ordinal:
        return 0
    if reading.value != reading.value.to_integral_value():
        return reading.end
    return c.i if c.negative else 0


def letters_after_digits(s: Scanner, c: Candidate) -> int:
    """Digits glued to a word that is no scale, currency, percent or unit are a name: ``4G``,
    ``3D``, ``1मि`` (``5kg``, ``5pm`` are read)."""
    reading = c.reading
    assert reading is not None
    end = reading.end
    toks = s.toks
    if toks.kind[c.i] != DIGITS or reading.ordinal or not s.toks.glued(end - 1) \
            or toks.kind[end] != WORD:
        return 0
    key = toks.key[end]
    if s.word_class(end) in (_SCALE, _DOZEN) or key in s.lang.currency_words \
            or key in s.lang.percent_words or key in s.lang.subunits or key in s.lang.am_pm \
            or key in s.lang.time_after:
        return 0  # also a clock word: शाम 4बजे
    if key in s.lang.measures and (not key.isascii() or measure.symbol_as_written(s, end,
                                                                                 end + 1)):
        return 0  # 5kg, 75ml
    return end


def word_glued_to_digits(s: Scanner, c: Candidate) -> int:
    """A number word glued to digits is junk, not a number: ``उन्नीस1,00,000``."""
    reading = c.reading
    assert reading is not None
    toks = s.toks
    i = c.i
    tail = reading.end - 1
    if toks.kind[i] == WORD and i > 0 and s.toks.glued(i - 1) and toks.kind[i - 1] == DIGITS \
            or toks.kind[tail] == WORD and s.toks.glued(tail) and toks.kind[tail + 1] == DIGITS:
        return reading.end
    return 0


def scale_after_bracket(s: Scanner, c: Candidate) -> int:
    """A bare scale right after a bracket that follows a number belongs to that number, not
    to an amount of its own: in ``5,100 (61 अरब येन) करोड़ रुपये`` the ``करोड़ रुपये`` is no
    10000000 INR (nor after ``पाँच हज़ार एक सौ``, as verbalize says the digits)."""
    reading = c.reading
    assert reading is not None
    toks = s.toks
    i = c.i
    if i < 2 or s.word_class(i) is not _SCALE or toks.key[i - 1] != ")" \
            or not toks.joined(i - 1):
        return 0
    k = i - 2
    while k > 0 and i - k <= _BRACKET_TOKENS and toks.key[k] != "(":
        k -= 1
    if toks.key[k] == "(" and k > 0 and toks.joined(k - 1) and (
            toks.kind[k - 1] == DIGITS or toks.key[k - 1] in s.lang.currency
            or toks.key[k - 1] in s.lang.words):
        return reading.end  # after the digits or words, or their currency once normalized
    return 0


def vague_scale(s: Scanner, c: Candidate) -> int:
    """A bare scale after a word of vague quantity is no amount: ``कई हजार ट्रेन``,
    ``दसियों हज़ार डॉलर``, ``कुछ लाख लोग``; nor is one said again after digits and itself
    (``302 करोड़ करोड़ का``: a slip, no crore of its own)."""
    reading = c.reading
    assert reading is not None
    i = c.i
    toks = s.toks
    if s.word_class(i) is not _SCALE or not toks.joined(i - 1):
        return 0
    if toks.key[i - 1] not in s.lang.vague_words and not (
            toks.key[i - 1] == toks.key[i] and i > 1 and toks.kind[i - 2] == DIGITS):
        return 0
    end = reading.end
    while end < s.n and s.toks.joined(end - 1) and s.toks.key[end] in s.lang.currency_words:
        end += 1  # the currency of the vague amount goes with it
    return end


#: The most tokens a bracket between a number and its scale holds.
_BRACKET_TOKENS: Final = 12


READING_RULES: Final[tuple[Callable[[Scanner, Candidate], int], ...]] = (
    ordinal_with_currency, ordinal_of_no_place, letters_after_digits, word_glued_to_digits,
    scale_after_bracket, vague_scale,
)


def reading_rules_may_fire(s: Scanner, c: Candidate) -> bool:
    """Some reading rule may fire on the number just read: it touches the token before or
    after it, it is an ordinal after a currency or a minus sign or with a fraction, or it
    opens with a scale. Every reading
    rule needs one of these (a new one that needs none adds its own test here), so the
    scanner asks them only then: most numbers (``5 लाख रुपये``) pass with a few tests."""
    reading = c.reading
    assert reading is not None
    toks = s.toks
    i = c.i
    end = reading.end
    if i > 0 and toks.end[i - 1] == toks.start[i] \
            or end < s.n and toks.end[end - 1] == toks.start[end]:
        return True  # letters_after_digits, word_glued_to_digits
    if reading.ordinal and (c.prefix_currency or c.negative
                            or reading.value != reading.value.to_integral_value()):
        return True  # ordinal_with_currency, ordinal_of_no_place
    word = s.lang.words.get(toks.key[i])
    return word is not None and word.cls is _SCALE  # scale_after_bracket, vague_scale


def year_range_cue(s: Scanner, c: Candidate) -> bool:
    """A range of two years that is a period (a date, :func:`hindinum.measure.year`):
    ``1990-2000``, ``2019 से 2021 तक``, ``1990 और 2000 के बीच``. A currency, a percent or a
    unit makes it an amount (``₹1200-1500``, ``1500-1600 रुपये``), and so does the want of a
    year cue (``1200 से 1500 लोग``)."""
    assert c.reading is not None and c.value_max is not None
    if not (_year_like(s, c) and year_like_value(c.value_max)) or c.currency is not None:
        return False
    end = c.end
    toks = s.toks
    if s._suffix(end) is not None or toks.joined(end - 1) and toks.key[end] in s.lang.measures \
            and toks.key[end] not in s.lang.decade_words:
        return False  # 1500-1600 रुपये, 1200-1500 किलो (but २००१-२०११ दशक)
    link = c.reading.end
    if toks.key[link] in s.lang.range_symbols and _period_years(c.value, c.value_max):
        return True  # 1990-2000
    lang = s.lang
    first = c.span_first
    before = s.key(first - 1) if toks.joined(first - 1) else ""
    after = s.key(end) if toks.joined(end - 1) else ""
    return before in lang.year_before or after in lang.year_after or s._closes_between(end) \
        or after in lang.of_words and toks.joined(end) \
        and (s.key(end + 1) in lang.decade_words or s.key(end + 1) in lang.year_nouns)


def _period_years(low: Decimal, high: Decimal) -> bool:
    """Both ends are years of the last two centuries or this one."""
    return 1800 <= low <= 2099 and 1800 <= high <= 2099


def clock_time(s: Scanner, c: Candidate) -> int:
    """A number before बजे is a clock time, not an amount: ``साढ़े तीन बजे``, ``3-4 बजे``,
    ``10 बजकर 5 मिनट``."""
    if c.kind is not _NUMBER or c.currency is not None:
        return 0
    end = c.end
    if s.toks.joined(end - 1) and s.toks.key[end] in s.lang.time_after:
        return end + 1
    return 0


#: The range rules (none at present: a range of hours is a time, a range of years a date,
#: read by :mod:`hindinum.measure`).
RANGE_RULES: Final[tuple[Callable[[Scanner, Candidate], int], ...]] = ()


# -- number rules: on a plain number or ordinal ---------------------------------------------

def year_like_value(value: Decimal) -> bool:
    """A whole number that four digits of a year (or a year's last two) could say."""
    return value == value.to_integral_value() and (1000 <= value <= 2199 or 0 <= value <= 99)


def _year_like(s: Scanner, c: Candidate) -> bool:
    """The number is four digits alone that could be a year."""
    reading = c.reading
    assert reading is not None
    if reading.end != reading.first + 1:
        return False
    key = s.toks.key[reading.first]
    return s.toks.kind[reading.first] == DIGITS and len(key) == 4 and key.isdigit() \
        and year_like_value(reading.value)


def year_end(s: Scanner, c: Candidate) -> int:
    """Four digits with a year word before or after them are a year (a date,
    :func:`hindinum.measure.year`): ``साल 2019``, ``2019 में``, ``1990 के दशक``, ``2020-21``.
    The token after the year (after both of ``2020-21``), or 0 without a cue."""
    if c.kind is not _NUMBER or not _year_like(s, c) or not year_cue(s, c):
        return 0
    end = c.end
    toks = s.toks
    if end + 1 < s.n and toks.key[end] in s.lang.range_symbols \
            and toks.kind[end + 1] == DIGITS and toks.key[end + 1].isdigit() and (
                s.toks.glued(end - 1) or toks.joined(end - 1) and toks.joined(end)
                and len(toks.key[end + 1]) == 2):
        end += 2  # 2020-21, 2023 – 24, and 1995-01 (a month of 1995, measure.year reads it)
    return end


def year_cue(s: Scanner, c: Candidate) -> bool:
    """A year word before the number or after it (``साल``, ``में``, ``तक``, ``के दशक``),
    a title's closing mark after it, brackets around it alone (``शोले (1975)``, from 1950 to
    2099 and no round hundred), or the last digits of a second year (``2020-21``)."""
    lang = s.lang
    first = c.span_first
    before = s.key(first - 1) if first > 0 and s.toks.joined(first - 1) else ""
    if (before == "," and s.key(first - 2) in lang.act_words
            or before in lang.range_symbols) and s.toks.glued(first - 2):
        before = s.key(first - 2)  # अधिनियम, 2007; वर्ष-2020 (but पिछले साल, 1200 लोगों)
    assert c.reading is not None
    end = c.reading.end
    if before in lang.year_before:
        return not _amount_word(s, end)  # चैंपियनशिप 1500 मीटर दौड़: a distance
    after = s.key(end) if end < s.n and s.toks.joined(end - 1) else ""
    if after in lang.year_after and s.phrase(lang.not_year_after, end) is None \
            or after in measure.TITLE_CLOSERS and title_year(s, c):
        return True  # a title's year: Celerio 2021: ..., "... लॉटरी 2025"
    if before == "(" and after == ")" and c.reading.value % 100 \
            and _RECENT_YEARS[0] <= c.reading.value <= _RECENT_YEARS[1] \
            and not _counted_before_bracket(s, first - 2, end + 1):
        return True  # शोले (1975), पंजाब (2016): a year in brackets (not a round 2000)
    if after in lang.of_words and s.toks.joined(end) \
            and (s.key(end + 1) in lang.decade_words or s.key(end + 1) in lang.year_nouns
                 or _RECENT_YEARS[0] <= c.reading.value <= _RECENT_YEARS[1]
                 and _recent_year_noun(s, end + 1)
                 or s.key(end + 1) in lang.under_words and _law_named(s, first - 1)
                 and _LAW_YEARS[0] <= c.reading.value <= _LAW_YEARS[1]):
        return True  # 1990 के दशक, 2011 की जनगणना, 2020 की तुलना में, नियम 1989 के तहत
    if after in lang.range_words and (s.phrase(lang.since_now, end) is not None
                                      or _since_year(s, c, end + 1)):
        return True  # 1947 से अब तक, 1985 से 12 जनवरी को
    # 2020-21, 2007-8
    if after not in lang.range_symbols or end + 1 >= s.n or not s.toks.joined(end) \
            or s.toks.kind[end + 1] != DIGITS or not s.key(end + 1).isdigit():
        return False
    short = s.key(end + 1)
    return len(short) == 2 or len(short) == 1 and int(short) == (int(c.reading.value) + 1) % 10


def _counted_before_bracket(s: Scanner, k: int, after: int) -> bool:
    """Before the bracket at token k+1: digits (``2345 (2012)``, last year's figure), a word
    of a count, of a number or of money (``छात्रों की संख्या (2015)``, ``कीमत (2499)``); or a
    currency or unit after the closing bracket at token ``after``: the bracketed number is
    a figure, no year."""
    toks = s.toks
    lang = s.lang
    if k >= 0 and toks.joined(k) and (
            toks.kind[k] == DIGITS or toks.key[k] in lang.tally_words
            or toks.key[k] in lang.number_nouns or toks.key[k] in lang.money_nouns_before):
        return True
    return after < s.n and toks.joined(after - 1) \
        and (toks.key[after] in lang.currency or toks.key[after] in lang.measures)


def _since_year(s: Scanner, c: Candidate, k: int) -> bool:
    """Four digits of a year from 1900 to 2099 before a range word are "since the year" when
    token k, after that word, opens a date (``1985 से 12 जनवरी को``). (A word of "since"
    after से is no cue: ``2014 से लगातार`` is as often a count, ``संख्या 2000 से लगातार
    बढ़कर 3000``.)"""
    assert c.reading is not None
    if k >= s.n or not s.toks.joined(k - 1) or s.toks.kind[c.number_first] != DIGITS \
            or c.reading.end != c.number_first + 1 or len(s.key(c.number_first)) != 4 \
            or not _SINCE_YEARS[0] <= c.reading.value <= _SINCE_YEARS[1] \
            or _priced_before(s, c.span_first):
        return False  # भाव 2000 से 5 मार्च तक: a price held since a date
    key = s.key(k)
    return s.toks.kind[k] == DIGITS and key.isdigit() and 1 <= int(key) <= 31 \
        and s.toks.joined(k) and s.key(k + 1) in s.lang.months


def _priced_before(s: Scanner, first: int) -> bool:
    """A noun of money or a price, goods that are priced or a currency stands among the three
    tokens before token ``first``, in its stretch (``मंडी में गेहूं 2050 से``)."""
    lang = s.lang
    k = first - 1
    while k >= 0 and first - k <= 3 and s.toks.joined(k):
        key = s.toks.key[k]
        if key in lang.money_nouns_before or key in lang.priced_goods or key in lang.currency:
            return True
        k -= 1
    return False


#: The years ``_since_year`` reads.
_SINCE_YEARS: Final = (1900, 2099)


def _recent_year_noun(s: Scanner, k: int) -> bool:
    """Token k, or the one after an ordinal word or a word of half or whole there, is a noun
    of a recent year's part or time (``2023 की पहली तिमाही``, ``2025 का आधा साल``), with no
    word after it that makes it "for a year" (``1999 का साल भर वाला प्लान``)."""
    lang = s.lang
    if (s.key(k) in lang.irregular_ordinals or s.key(k) in lang.year_noun_skipped) \
            and s.toks.joined(k):
        k += 1
    if k + 1 < s.n and s.toks.joined(k) and s.key(k + 1) in lang.year_noun_not_before:
        return False
    return s.key(k) in lang.recent_year_nouns


#: The years a noun of ``RECENT_YEAR_NOUNS`` makes four digits one of.
_RECENT_YEARS: Final = (1950, 2099)
#: The years of the laws and schemes in force, named with their year (``IPC 1860``).
_LAW_YEARS: Final = (1850, 2099)


def _law_named(s: Scanner, k: int) -> bool:
    """Token k, joined to the number after it, names a law or a scheme: a word of one
    (``नियम``, ``स्कीम``) or an acronym in Latin capitals (``EPS``, ``PMLA``)."""
    toks = s.toks
    if k < 0 or not toks.joined(k) or toks.kind[k] != WORD:
        return False
    written = s.text[toks.start[k]:toks.end[k]]
    return toks.key[k] in s.lang.law_words or len(written) >= 2 and written.isascii() \
        and written.isupper()


def title_year(s: Scanner, c: Candidate) -> bool:
    """The number, between a name and a mark that closes a title, is the title's year: a
    capitalized Latin name before it and a colon after it (``Celerio 2021:``), or a word that
    is no number, currency, noun of money or count before it and a closing quote touching it
    (``"... लॉटरी 2025"``; ``1200 "संदिग्ध" लोग`` has an opening quote, ``संख्या 1200"`` a
    count). The value is checked by the caller (four digits, or a year in words)."""
    first = c.span_first
    assert c.reading is not None
    end = c.reading.end
    toks = s.toks
    if first == 0 or end >= s.n or not toks.joined(first - 1) or not toks.joined(end - 1) \
            or toks.kind[first - 1] != WORD:
        return False
    closer = toks.key[end]
    if closer == ":":
        return toks.key[first - 1].isascii() and _names_model(s, first - 1)
    if toks.key[first - 1] in s.lang.title_year_words:  # Budget 2024 Section 80C Limit:
        return _RECENT_YEARS[0] <= c.reading.value <= _RECENT_YEARS[1] and (
            _title_colon(s, end) or closer in _YEAR_NAME_ENDS
            or toks.kind[end] == WORD and closer.isascii()
            and s.text[toks.start[end]].isupper())  # (Diwali 2021), Dhanteras 2021 Date
    key = toks.key[first - 1]
    lang = s.lang
    return closer in measure.TITLE_CLOSERS and toks.glued(end - 1) and key not in lang.words \
        and key not in lang.currency and key not in lang.money_nouns_before \
        and key not in lang.not_names


def _title_colon(s: Scanner, k: int) -> bool:
    """Latin words and digits glued to Latin letters from token k on, at most
    :data:`_TITLE_TOKENS` of them, then a colon: the rest of a headline's title (``Section 80C
    Limit:``, ``Muhurat Trading:``)."""
    toks = s.toks
    for j in range(k, min(k + _TITLE_TOKENS + 1, s.n)):
        if toks.key[j] == ":":
            return j > k
        if j > k and not toks.joined(j - 1):
            return False
        word = s.text[toks.start[j]:toks.end[j]]
        if not (word.isascii() and word.isalnum()
                and (toks.kind[j] == WORD or toks.glued(j) and toks.kind[j + 1] == WORD)):
            return False
    return False


#: Signs after a festival's name and a recent year that end the name: ``(Diwali 2021)``,
#: ``Dhanteras 2021,``.
_YEAR_NAME_ENDS: Final = frozenset({")", ",", ":", "|", "\u0964"})
#: The most tokens between a title's year and its colon (``Section``, ``80``, ``C``, ``Limit``).
_TITLE_TOKENS: Final = 5


def month_number(s: Scanner, c: Candidate) -> int:
    """Digits beside a month name that make no date are part of one all the same, not an
    amount: ``Feb 2021-22``, ``40 मार्च``. (Dates are read first: ``15 अगस्त``,
    :func:`hindinum.measure.date_after_day`.)"""
    if not _alone(c) or s.toks.kind[c.i] != DIGITS:
        return 0
    months = s.lang.months
    i = c.i
    toks = s.toks
    if s.key(i + 1) in months and toks.joined(i) or s.key(i - 1) in months and toks.joined(i - 1):
        return c.end
    return 0


def _alone(c: Candidate) -> bool:
    """The plain number is one word or digit run."""
    return c.kind is _NUMBER and c.reading is not None and c.reading.simple


def article(s: Scanner, c: Candidate) -> int:
    """A word that is also a number, alone before an ordinary word, is the article or
    adjective it usually is: ``एक रिपोर्ट``, ``आधी रात``. Before a unit of measure it is a
    number (``एक किलो``, ``आधा लीटर``)."""
    if not _alone(c) or s.toks.key[c.i] not in s.lang.weak_alone:
        return 0
    end = c.end
    if end >= s.n or not s.toks.joined(end - 1):
        return 0
    toks = s.toks
    key = toks.key[end]
    if toks.key[c.i] in s.lang.article_words and (_ten_or_more(s, end) or _labels_type(s, end)):
        return end  # एक 45 वर्षीय महिला, एक 100 रुपये का नोट, एक चार पहिया वाहन: the article
    if key in _OPENING_QUOTES and toks.key[c.i] in s.lang.article_words and end + 1 < s.n \
            and toks.glued(end) and toks.kind[end + 1] == WORD \
            and toks.key[end + 1] not in s.lang.words \
            and not (c.i > 0 and toks.joined(c.i - 1) and s.key(c.i - 1) in s.lang.only_words):
        return end  # एक 'वाटर वर्ल्ड' एक्सोप्लैनेट: the article before a quoted name
    if toks.kind[end] != WORD or key in s.lang.words \
            or key in s.lang.currency and s.phrase(s.lang.currency, end) is not None:
        return 0
    if key in s.lang.measures or s.phrase(s.lang.approx_after, end) is not None:
        return 0
    if c.distributive and toks.key[c.i] in s.lang.article_words:
        return 0 if _each(s, c.i, end) else end  # एक-एक टीम: one each; एक-एक वोट: every
    if key in s.lang.count_nouns and not (end + 1 < s.n and toks.joined(end)
                                          and toks.key[end + 1] in s.lang.compound_ends) \
            or key in s.lang.particles and end + 1 < s.n \
            and toks.joined(end) and toks.key[end + 1] in s.lang.count_nouns:
        return 0  # एक विकेट, एक ही रन, एक ओवर में: a count (not एक ओवर ब्रिज)
    if toks.key[c.i] in s.lang.article_words:
        if key in s.lang.of_words:
            return 0  # एक की मौत: one (of them) died; an article is followed by its noun
        if key not in s.lang.one_not_counting_before and key not in s.lang.copulas \
                and not (c.i > 0 and toks.key[c.i - 1] in s.lang.predicate_openers) \
                and (_listed_count(s, c.i, end) or _price_of_one(s, end)):
            return 0  # एक गोल और एक असिस्ट, तीन बेटे और एक बेटी; एक किताब 300 रुपए तक
    return end


#: The most tokens before ``एक-एक`` that may say "each" (दोनों, a plural, a list word).
_EACH_REACH: Final = 5


def _each(s: Scanner, i: int, noun: int) -> bool:
    """``एक-एक`` at token ``i`` before the word at ``noun`` is one each, not "every single":
    before a noun of ``each_count_nouns`` (``एक-एक ओवर``), or where the tokens before it say
    what each is of: a word of ``each_cues`` (``दोनों टीमों ने एक-एक गोल``), a plural before a
    postposition of ``each_plural_after`` (``प्रखंडों में एक-एक टीम``; not ``लोगों ने एक-एक घर
    की तलाशी``), a list word or a comma (``कर्नाटक और पश्चिम बंगाल की एक-एक सीट``). ``गांव के एक-एक घर की
    तलाशी`` and ``एक-एक करके`` are "every single" and "one by one"."""
    toks = s.toks
    lang = s.lang
    key = toks.key[noun]
    if key in lang.every_single_after:
        return False
    if key in lang.each_count_nouns:
        return True
    for k in range(i - 1, max(-1, i - 1 - _EACH_REACH), -1):
        key = toks.key[k]
        if toks.kind[k] == SYMBOL and key != "," or key in SENTENCE_ENDS:
            return False
        if key in lang.each_cues or key in lang.list_links or key == "," \
                or toks.kind[k] == WORD and key.endswith(lang.plural_endings) \
                and toks.key[k + 1] in lang.each_plural_after:
            return True
    return False


def _listed_count(s: Scanner, i: int, noun: int) -> bool:
    """एक at token ``i`` before the word at ``noun`` is listed with another count: a word of
    ``count_links`` right after the noun and a count after it (``एक गोल और एक असिस्ट``, ``एक
    नाबालिग समेत चार लोगों``), a comma right after the noun, a count and a third member (``एक
    प्याज, दो टमाटर, नमक``), or a count, its noun and such a word right before एक (``तीन बेटे
    और एक बेटी``). The other count is a plain one before a noun (not ``2 चम्मच``, ``9 बजे``,
    ``अनुच्छेद 370 हटाया``); ``एक ट्रक पलटा और 2 लोग`` and ``एक बयान में, तीन मंत्री`` keep
    the article."""
    toks = s.toks
    lang = s.lang
    k = noun + 1
    if k + 2 < s.n:
        key = toks.key[k]
        if key in lang.count_links:
            return _count_at(s, k + 1) and _counted_noun(s, k + 2)
        if key == ",":
            return toks.key[k + 1] not in lang.article_words and _count_at(s, k + 1) \
                and _counted_noun(s, k + 2) and _third(s, k + 3)
    if i < 3 or toks.key[i - 1] not in lang.count_links or toks.kind[i - 2] != WORD \
            or toks.key[i - 2] in lang.words or not _counted_noun(s, i - 2):
        return False
    k = i - 3
    return _count_at(s, k, back=True) and not (
        k > 0 and (toks.key[k - 1] in lang.id_words or toks.key[k - 1] in lang.number_nouns
                   or toks.key[k - 1] in lang.law_codes))


def _price_of_one(s: Scanner, noun: int) -> bool:
    """The word at ``noun``, after एक, is priced: a sum of money follows it, after का/की/के
    and a noun of a unit's price (``एक बेड का किराया 3 हज़ार रुपये``, ``एक यात्री का खर्चा
    3.5 लाख``), after ``के लिए`` with no का/की/के after the sum (``एक फिल्म के लिए 130 करोड़
    रुपये``), or right after it or a word of "only" with a form of to be after the sum, or a
    word of ``one_price_ends`` and a verb of getting, selling or costing (``एक किताब 300
    रुपए तक हो सकती है``, ``एक चैप्टर मात्र 10 रुपए में मिलेगा``, ``एक अंडा 7 रुपये का हो
    गया``): the price of one, a count. Not ``एक युवक 2 लाख रुपये लेकर फरार``, ``एक शख्स मात्र
    500 रुपये में पेट पाल रहा``, ``एक कंपनी का टर्नओवर``, whose एक is the article."""
    toks = s.toks
    lang = s.lang
    k = noun + 1
    if k + 1 >= s.n or not toks.joined(noun) or not toks.joined(k):
        return False
    key = toks.key[k]
    priced = key in lang.of_words and toks.key[k + 1] in lang.unit_price_nouns
    purpose = key in lang.of_words and toks.key[k + 1] in lang.purpose_words
    if priced or purpose:
        k += 2
    elif k + 1 < s.n and toks.key[k] in lang.only_words and toks.joined(k - 1):
        k += 1
    if k >= s.n or not toks.joined(k - 1):
        return False
    end = _money_end(s, k)
    if end < 0:  # after a noun of a price, the sum may leave its currency unsaid
        return priced and k < s.n and s.reader.read(k) is not None
    after = s.key(end) if end < s.n and toks.joined(end - 1) else ""
    if priced or purpose and after not in lang.of_words:
        return True  # (एक किसान के लिए 2 लाख रुपये का कर्ज: a sum of its own)
    return after in lang.copulas or after in lang.one_price_ends and end + 1 < s.n \
        and toks.joined(end) and s.key(end + 1) in lang.price_verbs


def _money_end(s: Scanner, k: int) -> int:
    """The token after a sum of money that starts at token k, its currency named before or
    after the number or both (``₹300``, ``300 रुपए``, ``₹ 1,250 रुपये``), or -1."""
    lang = s.lang
    hit = s.phrase(lang.currency, k) if s.toks.key[k] in lang.currency else None
    start = k if hit is None else hit[1]
    if start >= s.n or not s.toks.joined(start - 1) and hit is not None:
        return -1
    reading = s.reader.read(start)
    if reading is None:
        return -1
    end = reading.end
    after = s.phrase(lang.currency, end) if end < s.n and s.toks.joined(end - 1) \
        and s.toks.key[end] in lang.currency else None
    if after is not None:
        return after[1]  # 300 रुपए, and ₹ 1,250 रुपये: the name again after the sign
    return end if hit is not None else -1


def _stops(s: Scanner, k: int) -> bool:
    """Token k ends the noun phrase of a listed count: a postposition, a form of to be or a
    word that opens a clause (``count_list_stops``, ``copulas``)."""
    return s.toks.key[k] in s.lang.count_list_stops or s.toks.key[k] in s.lang.copulas


def _counted_noun(s: Scanner, k: int) -> bool:
    """Token k, after a count, is a word that it counts: no number word, unit, currency,
    percent word, word of a clock or of times (``2 चम्मच``, ``9 बजे``, ``दो बार``), no
    postposition, form of to be or word that opens a clause."""
    if k >= s.n or s.toks.kind[k] != WORD:
        return False
    key = s.toks.key[k]
    lang = s.lang
    return key not in lang.words and key not in lang.measures and key not in lang.currency \
        and key not in lang.percent_words and key not in lang.time_after \
        and key not in lang.frequency_words and not _stops(s, k)


def _third(s: Scanner, k: int) -> bool:
    """A third member of a list follows within two tokens of token k: a comma or a list word
    (``एक प्याज, दो हरी मिर्च, नमक``)."""
    for j in range(k, min(s.n, k + 2)):
        if s.toks.key[j] == "," or s.toks.key[j] in s.lang.count_links:
            return True
    return False


def _count_at(s: Scanner, k: int, back: bool = False) -> bool:
    """Token ``k`` is a count: digits below a thousand (no year) or a number word that is no
    ordinal and no word more often an ordinary one (``पाव``, ``आधी``). ``back``: the token
    ends the count, which may be a thousand or more (``पांच हजार लोग और एक``); ahead of एक it
    may not (``एक तंदुरुस्ती, हज़ार नियामत``, a proverb)."""
    toks = s.toks
    key = toks.key[k]
    if toks.kind[k] == DIGITS:
        return key.isdigit() and len(key) <= 3
    if toks.kind[k] != WORD or key not in s.lang.words \
            or key in s.lang.weak_alone and key not in s.lang.article_words:
        return False  # ... में से एक है, पाव भाजी: bread
    reading = s.reader.read(k)
    return reading is not None and not reading.ordinal and (back or reading.value < 1000)


def identifier_word(s: Scanner, c: Candidate) -> int:
    """A number word after a word that names an identifier is that identifier, as digits
    are (:func:`identifier`): ``सेक्टर चार``, ``धारा तीन``, ``मकान नंबर पांच``, ``आईपीसी तीन
    सौ दो`` (a thing's word for "number" after the thing: ``मरीजों की संख्या पांच`` counts)."""
    i = c.i
    toks = s.toks
    if i == 0 or toks.kind[i] != WORD or not toks.joined(i - 1):
        return 0
    before = toks.key[i - 1]
    if before in s.lang.law_codes:  # a section of up to three digits, in as many words
        return c.end if c.kind is _NUMBER and c.value_max is None and 0 <= c.value < 1000 \
            and c.value == c.value.to_integral_value() else 0
    if _alone(c) and (before in s.lang.id_words or before in s.lang.number_nouns and i > 1
                      and toks.joined(i - 2) and toks.key[i - 2] in s.lang.id_nouns):
        return c.end
    return 0


def _labels_type(s: Scanner, k: int) -> bool:
    """Token k is a number (one word or digit run) that :func:`type_label` makes a label, which
    the article stands before (``एक चार पहिया वाहन``, ``एक 7 सीटर कार``, ``एक 4-सिलेंडर डीजल
    इंजन``)."""
    toks = s.toks
    if k + 1 >= s.n or toks.kind[k] != DIGITS and toks.key[k] not in s.lang.words \
            or not toks.joined(k):
        return False
    nxt = toks.key[k + 1]
    if nxt not in s.lang.type_nouns and nxt != "-":
        return False
    reading = s.reader.read(k)
    return reading is not None and reading.end == k + 1 and not reading.ordinal \
        and _type_label_end(s, k + 1, reading.value) > 0


def _ten_or_more(s: Scanner, k: int) -> bool:
    """Token k is a number of ten or more, in digits or a word (``45``, ``पच्चीस``, as verbalize
    says it): after the article एक. ``एक दो दिन`` ('one or two days') is two numbers."""
    if s.toks.kind[k] != DIGITS and s.toks.key[k] not in s.lang.words:
        return False
    reading = s.reader.read(k)  # एक सौ रुपये, as verbalize says 100: the number it opens
    return reading is not None and not reading.ordinal and reading.value >= 10


def bread(s: Scanner, c: Candidate) -> int:
    """पाव among words and before no unit is bread, not a quarter: ``वड़ा पाव``, ``पाव भाजी``."""
    if not _alone(c) or s.toks.key[c.i] not in s.lang.bread_words:
        return 0
    k = c.i
    toks = s.toks
    if toks.joined(k) and toks.key[k + 1] in s.lang.measures:
        return 0
    if toks.joined(k - 1) and _plain_word(s, k - 1) or toks.joined(k) and _plain_word(s, k + 1):
        return c.end
    return 0


def _plain_word(s: Scanner, k: int) -> bool:
    """Token k is a word and no number word (which normalize may write in digits)."""
    return s.toks.kind[k] == WORD and s.toks.key[k] not in s.lang.words


def mobile_number(s: Scanner, c: Candidate) -> int:
    """Ten digits starting with 6-9 are an Indian mobile number: ``9876543210``; ten or eleven
    starting with a toll-free code, a toll-free number written without its spaces:
    ``18001038181``."""
    if not _alone(c):
        return 0
    digits = s.toks.key[c.i]
    if not (digits.isdigit() and digits.isascii()):
        return 0
    if len(digits) == 10 and digits[0] in "6789" \
            or len(digits) in (10, 11) and digits[:4] in _TOLL_FREE:
        return c.end
    return 0


def before_not_first(s: Scanner, c: Candidate) -> int:
    """पहले after a time word or before a verb means "before", not "first": ``दो दिन पहले``,
    ``इससे पहले``, ``पहले ही``; before a unit it is first (``के पहले हफ्ते में``)."""
    reading = c.reading
    if c.kind is not _ORDINAL or reading is None or not reading.simple:
        return 0
    k = reading.first
    if s.toks.key[k] not in s.lang.before_ordinals:
        return 0
    return 0 if _means_first(s, k) else c.end


#: The marks that end a clause, for a look back from "other" (a danda, a double danda, a full
#: stop, a semicolon, a colon).
_OTHER_CLAUSE_ENDS: Final = frozenset({"\u0964", "\u0965", ".", ";", ":"})
#: How many tokens before "other" एक may stand in its clause (``इसमें से एक पंजाबी सिंगर
#: दिलजीत दोसांझ का है और दूसरा``: nine).
_OTHER_REACH: Final = 10


def the_other(s: Scanner, c: Candidate) -> int:
    """A word for "second" that means "other" as often (``other_ordinals``) is "other", no
    place, after a word of "every" (``हर दूसरा शख्स``: every other person) or where एक
    stands before it in its clause, at most ``_OTHER_REACH`` tokens back, and no first
    (``पहला``, ``पहले``, ``प्रथम``) nor a number between them: one ... the other (``एक दोस्त
    दूसरे दोस्त से उधार लेता है``, ``एक पंजाबी सिंगर का है और दूसरा कोल्डप्ले का``). ``पहले
    मैच में एक गोल, दूसरे में दो`` counts places, and so do ``दूसरे स्थान पर`` and ``एक साल में
    दूसरी बार`` (a noun of a sequence, a unit or a word of times after it), ``लगातार दूसरी
    जीत`` and ``एक छक्के के बाद दूसरा`` (a word of a sequence), and an एक that counts
    (``एक साल बाद``, ``एक बार फिर``, ``एक ही दिन में``)."""
    reading = c.reading
    if c.kind is not _ORDINAL or reading is None or not reading.simple:
        return 0
    k = reading.first
    toks = s.toks
    lang = s.lang
    if toks.key[k] not in lang.other_ordinals:
        return 0
    if k > 0 and toks.joined(k - 1) and toks.key[k - 1] in lang.every_words:
        return c.end
    if k > 0 and toks.joined(k - 1) and toks.key[k - 1] in lang.sequence_words:
        return 0  # लगातार दूसरी जीत
    if k + 1 < s.n and toks.joined(k) and _second_of(s, k + 1):
        return 0  # दूसरे स्थान पर, दूसरे दिन, दूसरी बार, दूसरी लहर: a place, a day, a time
    j = k - 1
    while j >= 0 and toks.joined(j) and k - j <= _OTHER_REACH and _in_clause(s, j):
        key = toks.key[j]
        one = key in lang.article_words or toks.kind[j] == DIGITS and len(key) == 1 \
            and digits_value(key) == 1
        if one and j > 0 and toks.joined(j - 1) and (toks.kind[j - 1] == DIGITS
                                                     or s.word_class(j - 1) in _NUMBER_CLASSES):
            return 0  # लाख एक: the end of a larger number (normalize writes 100001)
        if one:  # एक, or the 1 (१) normalize writes for it
            return 0 if _first_before(s, j) or _second_of(s, j + 1) \
                or s.key(j + 1) in lang.particles else c.end
        if toks.kind[j] == DIGITS or key in lang.words and key not in lang.list_links \
                or key in lang.sequence_words:
            return 0  # places (पहले मैच में दो गोल, दूसरे; एक छक्के के बाद दूसरा छक्का)
        j -= 1
    return 0


def _second_of(s: Scanner, k: int) -> bool:
    """Token k (after एक or after "second") makes a count or a place of a sequence: a noun of
    a sequence (``PEHLE_FIRST_NOUNS``, ``OTHER_PLACE_NOUNS``), a unit or a word of times
    (``एक साल बाद दूसरी शादी``, ``एक बार फिर``)."""
    key = s.key(k) if k < s.n and s.toks.joined(k - 1) else ""
    lang = s.lang
    return key in lang.before_ordinal_nouns or key in lang.other_place_nouns \
        or key in lang.measures or key in lang.frequency_words


def _in_clause(s: Scanner, j: int) -> bool:
    """Token j is no mark that ends a clause (a danda, a full stop, a semicolon, a colon)."""
    return s.toks.key[j] not in _OTHER_CLAUSE_ENDS


def _first_before(s: Scanner, j: int) -> bool:
    """A word for "first" stands among the five tokens before token j in its clause."""
    toks = s.toks
    for k in range(j - 1, max(-1, j - 6), -1):
        if not toks.joined(k) or toks.key[k] in _OTHER_CLAUSE_ENDS:
            return False
        word = s.lang.words.get(toks.key[k])
        if word is not None and word.cls is WordClass.ORDINAL and word.value == 1:
            return True
    return False


def _means_first(s: Scanner, k: int) -> bool:
    lang = s.lang
    before = s.key(k - 1) if k > 0 and s.toks.joined(k - 1) else ""
    if k + 1 < s.n and s.toks.joined(k) and s.key(k + 1) in lang.measures \
            and (before in lang.of_words or before not in lang.before_ordinal_not_before):
        return True  # जनवरी के पहले हफ्ते में: the first week (but इससे पहले साल 2019)
    if before in lang.of_words and k + 1 < s.n and s.toks.joined(k) \
            and s.key(k + 1) in lang.before_ordinal_nouns:
        return True  # वर्ल्ड कप के पहले मैच में: the first match
    if before in lang.of_words and k + 1 < s.n and s.toks.joined(k) and k > 1 \
            and s.key(k + 1) in lang.pehle_weekdays and s.toks.joined(k - 2) \
            and (s.key(k - 2) in lang.months or s.key(k - 2) in lang.pehle_weekday_of):
        return True  # अगस्त के पहले रविवार को (but होली के पहले रविवार: the Sunday before)
    if _opens_ordinal_list(s, k) \
            and (before in lang.of_words or before not in lang.before_ordinal_not_before):
        return True  # महीने का पहले, तीसरे और पांचवें शनिवार: a list of ordinals (not इससे पहले)
    if before not in lang.before_this and _first_of_nouns(s, k, before):
        return True
    if before in lang.measures and k + 1 < s.n and s.toks.joined(k) \
            and s.key(k + 1) in lang.before_ordinal_nouns:
        return True  # 12 किलोमीटर पहले चरण में: the first phase
    if before in lang.before_ordinal_not_before or before in lang.measures:
        return False  # दो दिन पहले, 3 किलोमीटर पहले: before
    if k + 1 < s.n and s.toks.joined(k):
        return s.key(k + 1) not in lang.before_ordinal_not_after and _plain_word(s, k + 1) \
            and not _then_after(s, k)
    return not s.toks.joined(k - 1)  # पहले opening a line


def _first_of_nouns(s: Scanner, k: int, before: str) -> bool:
    """पहले at token k before a place in a ranking and पर (``टीम पहले स्थान पर``; after से only
    with a span of time before it, ``हफ्तों से पहले स्थान पर थी``, for ``कार्यक्रम से पहले स्थान
    पर पुलिस`` is "before the event, at the venue"), or before ही, a noun of a sequence and a
    postposition with no verb of "already" after them (``पहले ही टेस्ट में``, ``अपने पहले ही
    प्रयास में``: the very first; ``पहले ही मैच में हार चुकी थी`` is "already") is "first"; not
    after a word of "before this" (``इससे पहले ही मैच में``) nor, before ही, after a word that
    makes it "before" (``before``: ``मैच से पहले ही``)."""
    toks = s.toks
    lang = s.lang
    if not (k + 2 < s.n and toks.joined(k) and toks.joined(k + 1)):
        return False
    after = toks.key[k + 1]
    if after in lang.pehle_place_nouns:
        return toks.key[k + 2] in lang.pehle_place_after and (
            before not in lang.before_ordinal_not_before
            or k > 1 and toks.joined(k - 2) and toks.key[k - 2] in lang.pehle_since_spans)
    return after in lang.particles and before not in lang.before_ordinal_not_before \
        and toks.key[k + 2] in lang.before_ordinal_nouns \
        and k + 3 < s.n and toks.joined(k + 2) and toks.key[k + 3] in lang.pehle_noun_cases \
        and not any(toks.key[j] in lang.pehle_already_verbs
                    for j in range(k + 4, min(s.n, k + 4 + _ALREADY_REACH)))


#: How far after ``पहले ही`` and its noun a verb of "already" makes पहले "already".
_ALREADY_REACH: Final = 6


def _then_after(s: Scanner, k: int) -> bool:
    """A word of "then" two or three tokens after पहले at token k: "first this, then that",
    an adverb (``कार ने पहले ऑटो फिर साइकिल को टक्कर मारी``)."""
    toks = s.toks
    return any(j < s.n and toks.joined(j - 1) and toks.joined(j - 2)
               and toks.key[j] in s.lang.before_ordinal_then for j in (k + 2, k + 3))


def _opens_ordinal_list(s: Scanner, k: int) -> bool:
    """Token k opens a list of ordinals: a list word and an ordinal word after it (``पहले और
    दूसरे चरण``), or a comma, an ordinal word and the list going on (``पहले, तीसरे और
    पांचवें``; in ``उसने पहले, दूसरी टीम को`` दूसरी is "the other")."""
    toks = s.toks
    if not (k + 2 < s.n and toks.joined(k) and toks.joined(k + 1)
            and s.word_class(k + 2) is _ORDINAL_WORD):
        return False
    link = s.key(k + 1)
    if link in s.lang.list_links:
        return True
    return link == "," and k + 3 < s.n and toks.joined(k + 2) \
        and (s.key(k + 3) == "," or s.key(k + 3) in s.lang.list_links)


def ordinary_word(s: Scanner, c: Candidate) -> int:
    """A number word that is usually an ordinary word before another word is read only with
    a number cue after it: ``नो एंट्री``, ``शराब का सेवन``, ``शून्य से शिखर`` stay words;
    ``शून्य प्रतिशत`` and ``शून्य`` alone are numbers."""
    reading = c.reading
    if reading is None or not reading.simple or s.toks.key[c.i] not in s.lang.ordinary_words:
        return 0
    toks = s.toks
    if not toks.joined(c.i - 1) and (not toks.joined(c.end - 1)
                                     or s.key(c.end) in s.lang.particles):
        return 0  # the word alone (शून्य), or opening a clause before a particle (शून्य ही)
    return 0 if _number_cue(s, c.end) else c.end


def frequency(s: Scanner, c: Candidate) -> int:
    """A whole number right before a word of times says how often, no amount: ``दिन में दो
    बार``, ``तीन बार की चैंपियन``, ``21 बार``; not an ordinal (``पहली बार``), a decimal (``2.5
    बार प्रेशर``), bars of gold or silver (``सोने के 2 बार``) or ``बार काउंसिल``."""
    end = c.end
    toks = s.toks
    if c.kind is not _NUMBER or end >= s.n or toks.key[end] not in s.lang.frequency_words \
            or not toks.joined(end - 1) or c.value != c.value.to_integral_value():
        return 0
    if toks.joined(end) and toks.key[end + 1] in s.lang.frequency_not_before:
        return 0
    k = c.number_first - 1
    if k > 0 and toks.joined(k) and toks.key[k] in s.lang.of_words:
        k -= 1  # सोने के 2 बार
    if k >= 0 and toks.joined(k) and toks.key[k] in s.lang.priced_goods:
        return 0
    return end + 1


#: The largest number a type's label has (an 18-wheeler, a 52-seater bus).
_TYPE_TOP: Final = 60
#: How many words after a hyphened type noun its thing may be named (``4-सिलेंडर डीजल इंजन``).
_TYPE_REACH: Final = 3


def type_label(s: Scanner, c: Candidate) -> int:
    """A whole number that names a type with the noun after it is a label, no amount: before a
    word of ``type_nouns`` (``7 सीटर कार``, ``2-सीटर``, ``चार पहिया वाहन``, ``टू-व्हीलर``), or
    glued by a hyphen to one of ``type_hyphen_nouns`` with, where that names them, a word of
    the thing within three words after it (``4-सिलेंडर डीजल इंजन``, ``8-स्पीड गियरबॉक्स``, ``6-लेन
    हाईवे``; ``4-सिलेंडर बरामद`` and ``4 सिलेंडर`` count gas cylinders, ``3-स्टार दिए`` stars)."""
    if c.kind is not _NUMBER or c.value_max is not None:
        return 0
    return _type_label_end(s, c.end, c.value)


def _type_label_end(s: Scanner, end: int, value: Decimal) -> int:
    """The token after the type noun that makes ``value``, ending before token ``end``, a
    label (:func:`type_label`), or 0."""
    toks = s.toks
    if end >= s.n or not 0 < value <= _TYPE_TOP or value != value.to_integral_value() \
            or not toks.joined(end - 1):
        return 0
    key = toks.key[end]
    if key in s.lang.type_nouns:
        return end + 1
    if key != "-" or not (toks.glued(end - 1) and toks.glued(end) and end + 1 < s.n):
        return 0
    noun = toks.key[end + 1]
    if noun in s.lang.type_nouns:
        return end + 2  # 2-सीटर
    followers = s.lang.type_hyphen_nouns.get(noun)
    if followers is None:
        return 0
    if not followers or any(toks.key[k] in followers and toks.joined(k - 1)
                            for k in range(end + 2, min(s.n, end + 2 + _TYPE_REACH))):
        return end + 2  # 6-लेन हाईवे, 4-सिलेंडर डीजल इंजन
    return 0


def unit_not_ordinal(s: Scanner, c: Candidate) -> int:
    """An ordinal that is also a unit of time is the unit after a number or a word of "per":
    ``30 सेकंड में``, ``एक सेकंड रुको``, ``10000 क्यूसेक प्रति सेकेंड``; alone it is the ordinal
    (``सेकंड लिस्ट``)."""
    reading = c.reading
    if c.kind is not _ORDINAL or reading is None or not reading.simple \
            or s.toks.key[c.i] not in s.lang.unit_ordinals:
        return 0
    k = c.i - 1
    toks = s.toks
    unit = toks.joined(k) and (toks.kind[k] == DIGITS or s.word_class(k) in _NUMBER_CLASSES
                               or toks.key[k] in s.lang.per_words)
    return c.end if unit else 0


def _number_cue(s: Scanner, k: int) -> bool:
    """Token k (joined to the one before it) makes the number before it a number: digits, a
    number word, a currency, a percent word, a unit of measure, a subunit."""
    toks = s.toks
    if not toks.joined(k - 1):
        return False
    key = toks.key[k]
    lang = s.lang
    return toks.kind[k] == DIGITS or s.word_class(k) in _NUMBER_CLASSES \
        or key in lang.currency or key in lang.percent_words or key in lang.measures \
        or key in lang.subunits


#: The word classes of words that are numbers themselves (not और, बटा, माइनस).
_NUMBER_CLASSES: Final = frozenset({_UNIT, _ENGLISH, _SCALE, _FRACTION, _PREFIX, _ORDINAL_WORD,
                                    _PART, _DOZEN, _POINT})


#: Closing punctuation after which a clause has ended.
_CLAUSE_ENDS: Final = frozenset({".", "!", "?", "|", '"', "'", ")", "\u201d", "\u2019"})


def verb_give(s: Scanner, c: Candidate) -> int:
    """दो as the verb "give, let" is no number: ``मुझे पानी दो``, ``जाने दो यार``, ``कर दो``,
    ``हँसने दो, रोने दो``; before a noun it counts (``दो लोग``)."""
    if not _alone(c) or s.toks.key[c.i] not in s.lang.verb_numbers:
        return 0
    toks = s.toks
    lang = s.lang
    k = c.i
    before = toks.key[k - 1] if toks.joined(k - 1) and _plain_word(s, k - 1) else ""
    after = toks.key[k + 1] if toks.joined(k) else ""
    if before in lang.verb_stems:
        # लिख कर दो डॉक्टरों के साथ: a plural noun after it, counted
        return 0 if after.endswith(lang.plural_endings) and _plain_word(s, k + 1) else c.end
    if before and (after == "" or after in _CLAUSE_ENDS or after in lang.verb_particles):
        return c.end
    if after != ",":
        return 0
    # a comma after it: the verb after an infinitive (हँसने दो, रोने दो) or an object noun
    # (हमें दान दो, सुख मिलेगा), not in a list of numbers (एक, दो, तीन)
    infinitive = before.endswith(lang.infinitive_endings) and before not in lang.agent_pronouns
    noun = before != "" and before not in lang.words
    return c.end if infinitive or noun else 0


def leading_zero(s: Scanner, c: Candidate) -> int:
    """Three digits or more with a leading zero are an identifier, not a value, unless a
    currency or a decimal point makes them one: ``रोल नंबर 0045``, ``जेम्स बॉन्ड 007``. (Two
    digits, ``05``, are a number that normalize writes as written; zeros alone are zero; the
    digits with no word beside them, as in a table cell, ``0001``, are the number.)"""
    if not _alone(c) or not s.toks.joined(c.i - 1) and not s.toks.joined(c.end - 1):
        return 0
    digits = s.toks.key[c.i]
    if s.toks.kind[c.i] == DIGITS and len(digits) > 2 and digits[0] in _ZEROS \
            and digits.isdigit() and digits.strip(_ZEROS):
        return c.end
    return 0


def train_route(s: Scanner, c: Candidate) -> int:
    """Five digits right before a route, two names joined by a hyphen, are a train's number:
    ``12987 सियालदह-अजमेर``, ``12311 हावड़ा-कालका``, as timetables list them after a first
    ``ट्रेन नंबर``: a word of trains stands before it in its stretch (``lang.train_words``);
    the names are words of no number, unit or currency, and the number is no round one
    (``15000 छात्र-छात्राएं``, ``25000 किसान-मजदूर`` count pairs)."""
    toks = s.toks
    i, end = c.i, c.end
    if not _alone(c) or toks.kind[i] != DIGITS or len(toks.key[i]) != _TRAIN_DIGITS \
            or end + 2 >= s.n or not toks.joined(end - 1) or toks.key[end + 1] != "-" \
            or not (toks.glued(end) and toks.glued(end + 1)):
        return 0
    lang = s.lang
    if toks.key[i].endswith("00") or not _train_word_before(s, i):
        return 0  # 15000 छात्र-छात्राएं, 25000 किसान-मजदूर: round counts of pairs
    for k in (end, end + 2):
        key = toks.key[k]
        if toks.kind[k] != WORD or key in lang.words or key in lang.measures \
                or key in lang.currency:
            return 0
    return end


def _train_word_before(s: Scanner, i: int) -> bool:
    """A word of trains stands among the ``_TRAIN_REACH`` tokens before token i in its
    stretch (``ट्रेन नंबर 15024 ..., 12987 सियालदह-अजमेर``)."""
    toks = s.toks
    k = i - 1
    while k >= 0 and i - k <= _TRAIN_REACH and toks.joined(k):
        if toks.key[k] in s.lang.train_words:
            return True
        k -= 1
    return False


#: The digits of an Indian train's number.
_TRAIN_DIGITS: Final = 5
#: How far back a word of trains may stand before a train's number in a timetable's list.
_TRAIN_REACH: Final = 80


def model_name(s: Scanner, c: Candidate) -> int:
    """A small number right after a brand, model or show name is part of the name, not an
    amount: ``iPhone 15 Pro``, ``Redmi 12``, ``आईफोन 15``, ``Bigg Boss 14``, ``सीजन 4``; so is a
    version with a point after the name of software (``एंड्रॉयड 6.0``). A capitalized Latin word
    counts as a name; a unit after the number makes it a quantity."""
    if not _alone(c) or c.approx is not None:
        return 0
    toks = s.toks
    i = c.i
    key = toks.key[i]
    if toks.kind[i] != DIGITS or not toks.joined(i - 1) or not _names_model(s, i - 1):
        return 0
    if not (len(key) <= 3 and key.isdigit()
            or _version(key) and toks.key[i - 1] in s.lang.version_words):
        return 0
    end = c.end
    if toks.joined(end - 1) and toks.key[end] in s.lang.measures:
        return 0
    return end


def title_part(s: Scanner, c: Candidate) -> int:
    """A number from 1 to 9 right after a name, near a word of films, is part of the title, a
    sequel: ``फिल्म गदर 2 ने``, ``‘पुष्पा 2’ जो बीते साल``, ``मिर्ज़ापुर 3 का ट्रेलर`` (one digit
    or its word, ``पुष्पा दो``, so that both read alike). After it comes ने, का/की/के, a
    closing quote or an event of films, never a noun it counts nor a word that dates or ranks
    it (``फिल्म के 2 गाने``, ``सुनवाई 4 को``, ``रात 3 तक``, ``टॉप 5 में``); the name is no number
    word, unit, month, function word or word of films; the word of films stands in the same
    sentence with no other number between (``गदर 2 ने 9876543210 पर फिल्म`` is too far)."""
    reading = c.reading
    if c.kind is not _NUMBER or c.approx is not None or c.negative or reading is None \
            or not (reading.simple and c.end == c.i + 1 or _zero_led_pair(s, c)):
        return 0
    toks = s.toks
    i = c.i
    if toks.kind[i] == DIGITS and len(toks.key[i]) != 1 or not 1 <= c.value <= 9 \
            or c.value != c.value.to_integral_value() or i < 1 or not toks.joined(i - 1) \
            or not _after_title(s, c.end):
        return 0
    name = toks.key[i - 1]
    if toks.kind[i - 1] != WORD or name in s.gate.no_title or len(name) < 2:
        return 0  # (ट्रेलर चालक 1 की मौत: a driver; रात 9 के: a time)
    return c.end if _title_cue_near(s, i - 1, c.end) or _quoted_title(s, i - 1, c.end) else 0


def _quoted_title(s: Scanner, name: int, end: int) -> bool:
    """Quotes wrap the name and its number, touching both: ``'स्त्री 2' ने``, ``'क्रिमिनल
    जस्टिस 4' जो`` (up to three words of a name, none of them a number word), and after them
    stands nothing, a sign, ने, का/की/के, a copula or a function word other than a list's
    (``'सीट खाली 3' और``: a sign's words)."""
    toks = s.toks
    if end >= s.n or toks.key[end] not in _CLOSING_QUOTES or not toks.glued(end - 1) \
            or end + 1 < s.n and toks.joined(end) and toks.kind[end + 1] == WORD \
            and not _after_quoted_title(s, toks.key[end + 1]):
        return False  # 'मुझे चाहिए 5' और चले गए: words quoted, no title
    k = name
    while k > 0 and name - k < 3 and toks.kind[k] == WORD and toks.key[k] not in s.lang.words:
        if toks.key[k - 1] in _OPENING_QUOTES and toks.glued(k - 1):
            return True
        if not toks.joined(k - 1) or toks.glued(k - 1):
            return False
        k -= 1
    return False


def _after_quoted_title(s: Scanner, key: str) -> bool:
    """``key`` may follow a quoted title: ने, का/की/के, a copula, or a function word that no
    list goes on with (``जो``, ``को``, ``में``; not ``और``)."""
    lang = s.lang
    return key in lang.title_followers or key in lang.copulas \
        or key in lang.title_not_names and key not in lang.list_links


def _zero_led_pair(s: Scanner, c: Candidate) -> bool:
    """The number is a zero and one more digit word (``शून्य दो``, as ``02`` is written)."""
    return c.end == c.i + 2 and s.toks.key[c.i] in s.lang.zero_words


def _title_cue_near(s: Scanner, name: int, end: int) -> bool:
    """A word of films (or a phrase of ``title_cue_phrases``: ``बॉक्स ऑफिस``) among the tokens
    before the name and after the number, up to ``_TITLE_WINDOW`` each way, in the same
    sentence and with no number between."""
    toks = s.toks
    lang = s.lang
    for start, step in ((name - 1, -1), (end, 1)):
        k = start
        while 0 <= k < s.n and abs(k - start) < _TITLE_WINDOW \
                and (toks.joined(k) if step < 0 else toks.joined(k - 1)):
            key = toks.key[k]
            if key in lang.title_cues:
                return True
            seconds = lang.title_cue_phrases.get(key)
            if seconds is not None and k + 1 < s.n and toks.key[k + 1] in seconds:
                return True  # बॉक्स ऑफिस
            if toks.kind[k] == DIGITS or key in lang.words:
                break
            k += step
    return False


def _after_title(s: Scanner, end: int) -> bool:
    """What follows a title's number: ने, का/की/के, a closing quote or an event of films
    (``गदर 2 ट्रेलर``)."""
    toks = s.toks
    if end >= s.n or not toks.joined(end - 1):
        return False
    key = toks.key[end]
    lang = s.lang
    if toks.kind[end] == SYMBOL:
        return key in _CLOSING_QUOTES
    return key in lang.title_followers or key in lang.title_events


#: Quotes that close a title (``‘पुष्पा 2’``), and those that open one.
_CLOSING_QUOTES: Final = frozenset("'\"\u2019\u201d\u00bb")
_OPENING_QUOTES: Final = frozenset("'\"\u2018\u201c\u00ab")


#: How many tokens on each side of the name and its number a word of films is looked for.
_TITLE_WINDOW: Final = 4


def _version(key: str) -> bool:
    """Digits with one point, five characters at most: a version number (``6.0``, ``17.2``)."""
    return len(key) <= 5 and key.count(".") == 1 and key.replace(".", "").isdigit()


def _names_model(s: Scanner, k: int) -> bool:
    """Token k is a brand or model word, or a capitalized Latin word that is no number,
    currency, qualifier, month or year word."""
    toks = s.toks
    key = toks.key[k]
    lang = s.lang
    if key in lang.model_words:
        return True
    if toks.kind[k] != WORD or not key.isascii() or len(key) < 2:
        return False
    word = s.text[toks.start[k]:toks.end[k]]
    if word == key or not word.isalpha():
        return False  # no capital letter
    return key not in lang.words and key not in lang.currency and key not in lang.iso_codes \
        and key not in lang.approx_before \
        and key not in lang.months and key not in lang.year_before and key not in lang.id_words


NUMBER_RULES: Final[tuple[Callable[[Scanner, Candidate], int], ...]] = (
    article, identifier_word, bread, mobile_number, before_not_first, clock_time, month_number,
    ordinary_word, frequency, type_label, unit_not_ordinal, verb_give, leading_zero, model_name,
    title_part, the_other, train_route,
)


def number_rules_may_fire(s: Scanner, c: Candidate) -> bool:
    """Some number rule may fire on the plain number: a clock word follows it, or it is one
    word or digit run that a rule looks at (a word of ``s.gate.number_words``; digits beside
    a month, ten digits, a leading zero, or up to three digits after a model word or a Latin
    word). Every number rule needs one of these (a new one that
    needs none adds its own test here), so the scanner asks them only then."""
    reading = c.reading
    assert reading is not None
    toks = s.toks
    if c.end < s.n and (toks.key[c.end] in s.lang.time_after
                        or toks.key[c.end] in s.lang.frequency_words
                        or toks.key[c.end] in s.lang.type_nouns or toks.key[c.end] == "-"):
        return True  # clock_time, frequency, type_label
    i = c.i
    key = toks.key[i]
    if toks.kind[i] != DIGITS:  # identifier_word: a word of an identifier before it
        return reading.simple and (key in s.gate.number_words
                                   or i > 0 and (toks.key[i - 1] in s.lang.id_words
                                                 or toks.key[i - 1] in s.lang.number_nouns)) \
            or i > 0 and toks.key[i - 1] in s.lang.law_codes \
            or _zero_led_pair(s, c)  # title_part
    if not reading.simple:
        return False
    months = s.lang.months
    if c.end < s.n and toks.key[c.end] in months or i > 0 and toks.key[i - 1] in months:
        return True  # month_number
    if len(key) == 10 or len(key) == 11 or key[0] in _ZEROS:
        return True  # mobile_number, leading_zero
    if len(key) == _TRAIN_DIGITS and c.end + 1 < s.n and toks.key[c.end + 1] == "-":
        return True  # train_route
    if len(key) == 1 and i > 0 and toks.kind[i - 1] == WORD and _after_title(s, c.end):
        return True  # title_part (a word for a digit: in number_words)
    k = i - 1  # model_name
    return (len(key) <= 3 or _version(key)) and k >= 0 \
        and (toks.key[k] in s.lang.model_words or toks.kind[k] == WORD and toks.key[k].isascii())
