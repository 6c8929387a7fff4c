"""``verbalize``: every amount written as Hindi speaks it, for speech synthesis.

Like :func:`~hindinum.normalize`, one pass: each amount :func:`~hindinum.extract` finds is
replaced, every other character is kept. The amount is said as it is written: its digits
become words, its scale words stay (``9.2 करोड़`` -> ``नौ दशमलव दो करोड़``), a currency
symbol or code becomes the currency's name after the number, ``%`` the word for percent, a
range dash the word for "to", ``/`` the word for "over". Words stay as they are, so spoken text
is left unchanged. Digits that the reader finds no amount but a speech engine could not read
as they stand are said too: phone numbers and codes digit by digit, an ``a/b`` as written.
Every word comes from the language pack (``hindinum/lexicon/spoken.py``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from decimal import Decimal, localcontext

import regex

from hindinum.api import parse_number, tokenize
from hindinum.language import HINDI, Language, Phrase
from hindinum.numbers import CONTEXT
from hindinum.options import SCALES, SUBUNITS, check_choice, check_currency
from hindinum.readback import keep_what_reads_otherwise, same_amount
from hindinum.recognize import Decision, find_amounts
from hindinum.render import MAX_WORDS_VALUE, _integer_words
from hindinum.text import fold
from hindinum.types import Amount, Kind, Token, TokenType

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from hindinum.options import Scales, Subunits

__all__ = ["verbalize"]

#: A minus sign written before the digits (the range dashes of the pack count too).
_MINUS_SIGNS = frozenset({"-", "\u2212", "\u2013"})
_PLAIN = regex.compile(r"[0-9]+(?:\.[0-9]+)?|\.[0-9]+", regex.ASCII)
_SPACES = regex.compile(r"\s")
#: A sentence, or a line: what lies between two breaks (amounts never cross one).
_PIECE = regex.compile(r"[^\n\r\u0964\u0965]+")
_LATIN = str.maketrans(
    "\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f", "0123456789")


def verbalize(
    text: str,
    *,
    colloquial: bool = False,
    scales: Scales = "traditional",
    dollar: str = "USD",
    subunits: Subunits = "auto",
) -> str:
    """Replace each amount in ``text`` with its spoken Hindi; keep every other character.

    ``colloquial=True`` says halves and quarters as Hindi speaks them (``1.5 लाख`` ->
    ``डेढ़ लाख``, ``3.5`` -> ``साढ़े तीन``, ``2.75`` -> ``पौने तीन``); ``scales`` is passed
    to :func:`~hindinum.to_words` (``"traditional"`` or ``"crore"``); ``dollar`` and
    ``subunits`` are read as by :func:`~hindinum.extract`.

    >>> verbalize("TikTok को 9.2 करोड़ डॉलर देने होंगे")
    'TikTok को नौ दशमलव दो करोड़ डॉलर देने होंगे'
    >>> verbalize("₹123.57 और 20% और 21वीं")
    'एक सौ तेईस रुपये सत्तावन पैसे और बीस प्रतिशत और इक्कीसवीं'
    >>> verbalize("करीब ₹10-12 लाख"), verbalize("1.5 लाख", colloquial=True)
    ('करीब दस से बारह लाख रुपये', 'डेढ़ लाख')
    """
    if not isinstance(text, str):
        raise TypeError(f"verbalize() expects str, not {type(text).__name__}")
    if not isinstance(colloquial, bool):
        raise TypeError(f"colloquial must be bool, not {type(colloquial).__name__}")
    check_choice(scales, "scales", SCALES)
    dollar = check_currency(dollar, "dollar")
    check_choice(subunits, "subunits", SUBUNITS)
    out = _say(text, colloquial, scales, dollar, subunits)
    # digits kept as written (their words would have read otherwise beside the digits there
    # were) may be said beside the words now there: a pass over the output says them, so that
    # verbalize of its own output changes nothing
    for _ in range(_PASSES):
        if out == text or _DIGIT.search(out) is None:
            break
        again = _say(out, colloquial, scales, dollar, subunits)
        if again == out:
            break
        out = again
    return out


#: The passes over its own output verbalize makes at most (one is nearly always the last).
_PASSES = 2


def _say(text: str, colloquial: bool, scales: str, dollar: str, subunits: str) -> str:
    """One pass of :func:`verbalize` (its arguments checked)."""
    speaker = _speaker(colloquial, scales)
    # the reader's decisions, where some digits may be no amount to say (phones, a/b)
    trace: list[Decision] | None = [] if _may_say_unread(text) else None
    with localcontext(CONTEXT):
        amounts = find_amounts(text, dollar, subunits, trace=trace)
        spoken = _read_back(text, amounts, [speaker.say(text, a) for a in amounts], dollar,
                            subunits)
        if colloquial:  # पौने एक बजे is 00:45, not 12:45: where said so, it is said plainly
            plainly = _speaker(False, scales)
            plain = [plainly.say(text, a) if spoken[i] == a.text else spoken[i]
                     for i, a in enumerate(amounts)]
            if plain != spoken:
                spoken = _read_back(text, amounts, plain, dollar, subunits)
    said = [(amount.start, amount.end, spoken[i]) for i, amount in enumerate(amounts)]
    if trace:
        digits = speaker.digit_strings(text, said, trace)
        # said, digits that are no amount change how far the words around them stand (a
        # rule that looks a few tokens away may no longer reach): where the amounts would
        # then read otherwise, those digits stay as written
        if digits and _reads_with(text, amounts, said, digits, dollar, subunits):
            said += digits
    return _joined(text, said)


def _joined(text: str, said: list[tuple[int, int, str]]) -> str:
    """``text`` with each span of ``said`` (start, end, words) replaced by its words."""
    parts: list[str] = []
    last = 0
    for start, end, words in sorted(said):
        if start >= last:
            parts += [text[last:start], words]
            last = end
    parts.append(text[last:])
    return "".join(parts)


def _reads_with(text: str, amounts: list[Amount], said: list[tuple[int, int, str]],
                digits: list[tuple[int, int, str]], dollar: str, subunits: str) -> bool:
    """With the digit strings said as well, each amount still reads as itself over its words
    (what the digit strings' own words read as is left aside: an ``a/b`` said reads as the
    fraction it says)."""
    pieces = sorted([*((s, e, w, k) for k, (s, e, w) in enumerate(said)),
                     *((s, e, w, -1) for s, e, w in digits)])
    out: list[str] = []
    spans: dict[int, tuple[int, int]] = {}  # amount index -> its span in the output
    digit_spans: list[tuple[int, int]] = []
    last = at = 0
    for start, end, words, k in pieces:
        if start < last:
            continue
        out.append(text[last:start])
        at += start - last
        if k >= 0:
            spans[k] = (at, at + len(words))
        else:
            digit_spans.append((at, at + len(words)))
        out.append(words)
        at += len(words)
        last = end
    out.append(text[last:])
    found = []
    d = 0  # digit spans and amounts are both in order: one walk over them
    for f in find_amounts("".join(out), dollar, subunits):
        while d < len(digit_spans) and digit_spans[d][1] <= f.start:
            d += 1
        if d == len(digit_spans) or f.end <= digit_spans[d][0]:
            found.append(f)
    if len(found) != len(spans):
        return False
    return all(spans.get(k) == (f.start, f.end) and same_amount(f, amounts[k])
               for k, f in zip(sorted(spans), found))


#: The speakers made so far, one per choice of options (a speaker folds its pack's words
#: when made, which cost a tenth of a call; it changes nothing after, so threads share it).
_SPEAKERS: dict[tuple[bool, str], _Speaker] = {}


def _speaker(colloquial: bool, scales: str) -> _Speaker:
    """The speaker of Hindi with these options, made on first use."""
    speaker = _SPEAKERS.get((colloquial, scales))
    if speaker is None:
        speaker = _SPEAKERS[colloquial, scales] = _Speaker(HINDI, colloquial, scales)
    return speaker


def _read_back(text: str, amounts: list[Amount], spoken: list[str], dollar: str,
               subunits: str) -> list[str]:
    """``spoken``, less the words that would read otherwise in their place among the others:
    those amounts stay as written. Words join where digits do not (``1900 12 डॉलर`` is two
    amounts, ``एक हज़ार नौ सौ बारह डॉलर`` one), and a year word makes four digits a year
    (``1000 तक``) but not ``एक हज़ार``, so no amount is taken as settled. The whole text
    is read first: where it reads as the same amounts, as it mostly does, that one reading
    is all it costs; after the windows it is read again, and where it still reads otherwise
    (something beyond every window changed), the amounts of each sentence that reads
    otherwise stay as written."""
    if _reads_as_written(text, amounts, spoken, dollar, subunits):
        return spoken
    keep_what_reads_otherwise(text, amounts, spoken, [False] * len(amounts), dollar, subunits)
    if _reads_as_written(text, amounts, spoken, dollar, subunits):
        return spoken
    # a window missed what the whole text shows: each sentence that still reads otherwise
    # keeps its amounts as written (amounts never cross a sentence's end; both in order)
    first = 0
    for piece in _PIECE.finditer(text):
        lo, hi = piece.span()
        last = first
        while last < len(amounts) and amounts[last].end <= hi:
            last += 1
        inside = range(first, last)
        first = last
        if inside and not _reads_as_written(
                text[lo:hi], [replace(amounts[k], start=amounts[k].start - lo,
                                      end=amounts[k].end - lo) for k in inside],
                [spoken[k] for k in inside], dollar, subunits):
            for k in inside:
                spoken[k] = amounts[k].text
    return spoken


def _reads_as_written(text: str, amounts: list[Amount], spoken: list[str], dollar: str,
                      subunits: str) -> bool:
    """``text`` with each amount replaced by its words reads as the same amounts, one for
    one, each over its words."""
    said = [(a.start, a.end, spoken[k]) for k, a in enumerate(amounts)]
    return _reads_with(text, amounts, said, [], dollar, subunits)


#: The rules whose digits are said one by one: phone numbers (also after ``कॉल करो``), postal
#: codes, digit groups (``आधार 1234 5678 9012``) and codes with a leading zero; said so, four
#: digits or more read back as no amount (:func:`hindinum.rules.spoken_digits`), as the written
#: digits do.
_DIGIT_BY_DIGIT = frozenset({"mobile_number", "landline", "phone_with_plus", "toll_free",
                             "postal_code", "digit_groups", "leading_zero", "number_dialled",
                             "mobile_groups", "bracketed_std_code", "phone_after_word"})
#: Four digits, with at most one space, dash, dot or bracket between each two.
_FOUR_DIGITS = regex.compile(r"[0-9\u0966-\u096f](?:[ ().-]{0,2}[0-9\u0966-\u096f]){3}")
_DIGIT = regex.compile(r"[0-9\u0966-\u096f]")
#: A digit, or a comma and a space between two numbers (not a comma of digit grouping,
#: ``50,93,70,886``), in numbers said digit by digit.
_DIGIT_OR_COMMA = regex.compile(r"[0-9\u0966-\u096f]|,(?=\s+[0-9\u0966-\u096f])")
#: Digits alone (an ``a/b`` with letters glued to it, ``11/2कप``, is kept as written).
_DIGIT_RUN = regex.compile(r"[0-9\u0966-\u096f]+")


def _may_say_unread(text: str) -> bool:
    """``text`` may hold digits that are no amount but are said (four digits, an ``a/b``)."""
    return "/" in text or _FOUR_DIGITS.search(text) is not None


#: The kinds of measure: a unit, a clock, a calendar; their Latin words are said in Hindi.
_MEASURES = frozenset({Kind.QUANTITY, Kind.DURATION, Kind.TIME, Kind.DATE})
#: The signs between the parts of a date in digits (``15/08/2023``, ``06-05``, ``15.08.2023``).
_DATE_SIGNS = frozenset({"-", "/", "."})
#: A Devanagari letter: a unit written with one is kept as written.
_DEVANAGARI = regex.compile(r"\p{Devanagari}")


def _beside(text: str, start: int, end: int, starts: set[int], ends: set[int],
            lang: Language) -> bool:
    """``text[start:end]`` touches a word or a sign (``43210लाख``, ``24/7%``), or has an amount
    next to it (one that ends at a position of ``ends`` or starts at one of ``starts``), a
    number word (``बटा``, ``दशमलव``, ``लाख``), a currency or a sign of percent or of a range
    with only white space between: said, its words could run into them."""
    if end < len(text) and not text[end].isspace() and text[end] not in _CLOSING \
            or start and not text[start - 1].isspace() and text[start - 1] not in _OPENING \
            and not _after_label(text, start):
        return True
    before = start
    while before and text[before - 1].isspace():
        before -= 1
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    if before in ends or after in starts:
        return True
    word = _TOKEN_AFTER.match(text, after) if after > end else None
    if word is not None and _counts(fold(word.group()), lang):
        return True
    word = _TOKEN_BEFORE.search(text, max(0, before - _LONGEST_WORD), before) \
        if before < start else None
    if word is None or not _counts(fold(word.group()), lang):
        return False
    # a dash after a label is no sign (``संपर्क सूत्र:- 98765...``); after anything else
    # (digits, a word for one, nothing) it may be a range's or a minus
    if word.group() not in _SIGNS:
        return True
    k = _previous(text, word.start())
    return word.start() == 0 or text[k] != ":" and _LETTER.match(text, k) is None


def _previous(text: str, k: int) -> int:
    """The position of the last character before ``k`` that is no white space (0 if none)."""
    k -= 1
    while k > 0 and text[k].isspace():
        k -= 1
    return max(k, 0)


def _after_label(text: str, start: int) -> bool:
    """A label's mark glued between a word and the digits: ``संपर्क:98765...``, ``मो.98765...``,
    ``पिनकोड-110023``."""
    return start >= 2 and text[start - 1] in _LABEL_MARKS \
        and _LETTER.match(text, start - 2) is not None


_LETTER = regex.compile(r"[\p{L}\p{M}]")
#: Marks between a label and its digits.
_LABEL_MARKS = frozenset(":.-")
#: Signs that join a number to what follows.
_SIGNS = frozenset("%+-\u2212\u2013/")
#: Marks that may touch a number said digit by digit: they close or open a phrase.
_CLOSING = frozenset(",.;:!?\u0964\u0965)]}\"'\u201d\u2019")
_OPENING = frozenset("([{\"'\u201c\u2018")


def _counts(key: str, lang: Language) -> bool:
    """``key`` is a number word, a currency's first word or sign, or a sign or word of percent
    or of a range."""
    return key in lang.words or key in lang.currency or key in lang.percent_words \
        or key in _SIGNS or key in lang.range_symbols


#: A word or another character at a position, and one that ends at a position (looked for in
#: the last ``_LONGEST_WORD`` characters only, so that the search stays short).
_TOKEN_AFTER = regex.compile(r"[\p{L}\p{M}]+|\S")
_TOKEN_BEFORE = regex.compile(r"(?:[\p{L}\p{M}]+|\S)$")
_LONGEST_WORD = 24


def _whole_before_fraction(toks: list[Token], k: int) -> bool:
    """Token k is the whole number of a mixed number: digits, then ``a/b`` (``2 2/7``)."""
    return k + 3 < len(toks) and toks[k + 1].type is TokenType.DIGITS \
        and toks[k + 2].text == "/" and toks[k + 3].type is TokenType.DIGITS


def _phrase(index: dict[str, list[Phrase]], toks: list[Token], k: int) -> tuple[str, int] | None:
    """The longest phrase of a compiled index (``Language.measure_units`` ...) at token k:
    its meaning and the token after it."""
    for keys, value, _ in index.get(toks[k].key, ()):
        end = k + len(keys)
        if end <= len(toks) and all(toks[k + i].key == keys[i] for i in range(1, len(keys))):
            return value, end
    return None


def _rate_apart(amount: Amount) -> tuple[Amount, str]:
    """A rate split into the amount it counts and the words of its rate, which stay as they
    are written (``₹40 प्रति लीटर``: ``₹40`` is said, ``प्रति लीटर`` kept)."""
    if amount.per is None:
        return amount, ""
    lang = HINDI
    for tok in tokenize(amount.text):
        if tok.start and (tok.key in lang.per_words or tok.key in lang.per_unit_words):
            cut = len(amount.text[:tok.start].rstrip())
            head = replace(amount, text=amount.text[:cut], end=amount.start + cut, per=None)
            return head, amount.text[cut:]
    return amount, ""


_GLUED = regex.compile(r"[\p{L}\p{M}\p{N}\u200c\u200d]")


def _spaced(text: str, amount: Amount, said: str) -> str:
    """A space between spoken words and a letter or digit the written amount touched
    (``5लाख``: the amount ends before a word it was glued to)."""
    if said == amount.text:
        return said
    return _spaced_at(text, amount.start, amount.end, said)


def _spaced_at(text: str, start: int, end: int, said: str) -> str:
    """``said`` for ``text[start:end]``, with a space where that touched a letter or digit."""
    if start and _GLUED.match(text, start - 1):
        said = " " + said
    if _GLUED.match(text, end):
        said += " "
    return said


def _plain(run: str) -> str | None:
    """A digit run as plain ASCII digits and point (``१,५०.५`` -> ``150.5``), or None."""
    plain = _SPACES.sub("", run).replace(",", "").translate(_LATIN)
    if _PLAIN.fullmatch(plain):
        return plain
    try:  # ½, 1¼, digits of another script
        plain = format(parse_number(run), "f")
    except ValueError:
        return None
    return plain if _PLAIN.fullmatch(plain) else None


class _Speaker:
    """The pack's spoken words and the caller's options."""

    def __init__(self, lang: Language, colloquial: bool, scales: str) -> None:
        self.lang = lang
        self.colloquial = colloquial
        self.scales = scales
        #: folded spelling of a scale word -> the word said for it
        self.scale_keys = {fold(k): v for k, v in lang.pack.spoken_scales.items()}
        #: folded spelling of an abbreviated era -> the words said for it
        self.era_keys = {fold(k): v for k, v in lang.pack.spoken_eras.items()}

    def say(self, text: str, amount: Amount) -> str:
        """What replaces ``amount`` in ``text``: the amount said, the words of its rate said
        where they are Latin or a slash (``/kg`` -> ``प्रति किलोग्राम``), else kept."""
        head, rest = _rate_apart(amount)
        said = self.speak(head)
        if rest:
            said += self._rate(rest)
        return _spaced(text, amount, said)

    def speak(self, amount: Amount) -> str:
        """The spoken form of one amount, or its text when it holds nothing to say."""
        toks = tokenize(amount.text)
        if not any(self._to_say(t) for t in toks) and not (
                amount.kind in _MEASURES and any(t.text.isascii() and t.type is TokenType.WORD
                                                 for t in toks)):
            return amount.text  # already words: spoken text stays as it is
        if amount.kind is Kind.ORDINAL:
            return self._ordinal(amount, toks)
        if amount.kind is Kind.QUANTITY or amount.kind is Kind.DURATION:
            return self._measure(amount, toks)
        if amount.kind is Kind.TIME:
            return self._time(amount, toks)
        if amount.kind is Kind.DATE:
            return self._date(amount, toks)
        split = self._with_subunit(amount, toks)
        if split is not None:
            return split
        return self._pieces(amount, toks)

    def digit_strings(self, text: str, amounts: list[tuple[int, int, str]],
                      trace: list[Decision]) -> list[tuple[int, int, str]]:
        """The phone numbers, postal codes and other digit strings of four digits or more
        that are no amount, each said digit by digit (``+91 98765 43210`` -> ``प्लस नौ एक नौ
        आठ ...``; the signs between the groups are not said), and the ``a/b`` that are no
        amount, said as written: (start, end, words), none of them over one of ``amounts``
        (start, end, words), which the reader may have read at the same place another way.
        ``trace`` holds the reader's decisions on ``text``."""
        units = self.lang.pack.units
        taken = sorted((start, end) for start, end, _ in amounts)
        starts = [start for start, _ in taken]
        start_set, end_set = set(starts), {end for _, end in taken}
        out: list[tuple[int, int, str]] = []
        for d in trace:
            k = bisect_left(starts, d.end)  # the amounts that start before d ends
            if k and taken[k - 1][1] > d.start or out and d.start < out[-1][1]:
                continue  # over an amount, or over the piece before (taken spans do not nest)
            if d.verdict == "not an amount" and d.rule == "odd_fraction" \
                    and all(_DIGIT_RUN.fullmatch(part) for part in d.text.split("/")) \
                    and not _beside(text, d.start, d.end, start_set, end_set, self.lang):
                out.append((d.start, d.end, self._odd_fraction(text, d)))
            if d.verdict != "not an amount" or d.rule not in _DIGIT_BY_DIGIT:
                continue
            digits = _DIGIT.findall(d.text)
            if len(digits) < 4:
                continue
            # each digit said, a comma between two numbers kept (``0141-2227070, 2227080``),
            # the brackets of a code and other signs not said (``(011) 23456789``: its digits
            # in brackets alone would read as numbers); one run of digit words, as NeMo says it
            words = [units[int(c.translate(_LATIN))] if c != "," else c
                     for c in _DIGIT_OR_COMMA.findall(d.text)]
            start = d.start
            if start and text[start - 1] == "(" and ")" in d.text:
                start -= 1
            if start and text[start - 1] == "+":
                start -= 1
                words.insert(0, self.lang.pack.spoken_plus_word)
            if _beside(text, start, d.end, start_set, end_set, self.lang):
                continue  # said, its words would run into the amount's (लाख नौ शून्य ...)
            said = " ".join(words).replace(" ,", ",")
            out.append((start, d.end, _spaced_at(text, start, d.end, said)))
        return out

    def _odd_fraction(self, text: str, d: Decision) -> str:
        """An ``a/b`` that is no amount (improper, or over zero: ``5146/17``, ``97/0``) said
        as written, ``a बटा b``, as NeMo says it; it reads back as the fraction it says."""
        over = f" {self.lang.pack.spoken_over_word} "
        said = over.join(" ".join(self.digits(part)) for part in d.text.split("/"))
        return _spaced_at(text, d.start, d.end, said)  # (24/7/365: a बटा b बटा c)

    def _to_say(self, tok: Token) -> bool:
        """A token that speech would not read as it stands: digits, a sign, a Latin code."""
        if tok.type is TokenType.DIGITS:
            return True
        if tok.type is TokenType.SYMBOL:
            return tok.key in self.lang.signs or tok.text == "%"
        return tok.text.isascii() and (self._is_currency(tok) or tok.key in self.scale_keys)

    def _is_currency(self, tok: Token) -> bool:
        lang = self.lang
        return tok.key in lang.currency or tok.key in lang.subunits \
            or lang.iso_codes.get(tok.key) == tok.text  # 100 BYN

    # -- numbers ------------------------------------------------------------------------

    def integer(self, n: int) -> list[str]:
        """An integer in words; beyond the largest scale, digit by digit."""
        if n >= MAX_WORDS_VALUE:
            return [self.lang.pack.units[int(d)] for d in str(n)]
        return _integer_words(n, self.scales, self.lang)

    def digits(self, run: str) -> list[str]:
        """A digit run as written: grouping dropped, leading zeros and every written decimal
        place said digit by digit (``05``, ``97.0``), ``colloquial`` halves and quarters."""
        units = self.lang.pack.units
        plain = _plain(run)
        if plain is None:
            return [run]
        whole, _, frac = plain.partition(".")
        if len(whole) > 1 and whole.startswith("0"):
            words = [units[int(d)] for d in whole]
        else:
            said = self._colloquial(whole, frac) if self.colloquial else None
            if said is not None:
                return said
            words = self.integer(int(whole or "0"))
        if frac:
            words = [*words, self.lang.pack.point_word, *(units[int(d)] for d in frac)]
        return words

    def _colloquial(self, whole: str, frac: str) -> list[str] | None:
        """डेढ़, ढाई, साढ़े तीन, सवा दो, पौने तीन: for a whole part below 100."""
        if not whole or len(frac) > 2 or not 0 < int(whole) < 100:
            return None
        pack = self.lang.pack
        value = Decimal(f"{whole}.{frac}").normalize()
        if str(value) in pack.spoken_fractions:
            return [pack.spoken_fractions[str(value)]]
        part = str(value - int(whole))
        prefix = pack.spoken_prefixes.get(part)
        if prefix is None or (part == "0.5" and int(whole) < 3):
            return None
        if part == "0.75":
            return [prefix, *self.integer(int(whole) + 1)]
        if part == "0.25" and int(whole) == 1:
            return [prefix]  # सवा alone is one and a quarter
        return [prefix, *self.integer(int(whole))]

    # -- the forms ----------------------------------------------------------------------

    def _ordinal(self, amount: Amount, toks: list[Token]) -> str:
        """``1ला`` -> पहला, ``21वीं`` -> इक्कीसवीं, ``2nd`` -> दूसरा (gender and case kept)."""
        pack = self.lang.pack
        text = amount.text.rstrip()
        last = text[-1:] if text[-1:] not in pack.nasal_marks else text[-2:-1]
        form = 1 if last in pack.feminine_marks else 2 if last in pack.oblique_marks else 0
        if amount.text.isascii():
            form = 0
        value = int(amount.value) if amount.value == int(amount.value) else None
        if value is None or value < 0:
            return self._pieces(amount, toks)
        if value in pack.spoken_ordinals:
            return pack.spoken_ordinals[value][form]
        return " ".join(self.integer(value)) + pack.regular_ordinal_endings[form]

    def _with_subunit(self, amount: Amount, toks: list[Token]) -> str | None:
        """``₹123.57`` -> ``एक सौ तेईस रुपये सत्तावन पैसे``: one digit run with at most two
        decimals, no scale, a currency with a spoken subunit."""
        entry = self.lang.pack.spoken_subunits.get(amount.currency or "")
        runs = [_plain(t.text) or "" for t in toks if t.type is TokenType.DIGITS]
        if (entry is None or amount.value_max is not None or amount.distributive
                or len(runs) != 1 or "." not in runs[0]
                or any(t.type is TokenType.WORD and not self._is_currency(t) for t in toks)):
            return None
        name, per = entry
        written = Decimal(runs[0])
        whole, frac = divmod(written, 1)
        if written != abs(amount.value) or per != 100 or (frac * per) % 1:
            return None
        words = [self.lang.pack.minus_word] if amount.value < 0 else []
        words += [*self.integer(int(whole)), self._currency_name(amount, whole)]
        if frac:
            words += [*self.integer(int(frac * per)), name]
        return " ".join(words)

    def _pieces(self, amount: Amount, toks: list[Token]) -> str:
        """Token by token: digits said, scale words kept, a symbol or code of the currency
        moved after the number as its name, signs said; in a date, years said as years; in
        a time or a date, Latin am/pm, months and abbreviated eras said in Hindi."""
        out: list[str] = []
        moved = named = seen = False
        k = -1
        while k + 1 < len(toks):
            k += 1
            tok = toks[k]
            hit = self._named(amount, toks, k) if amount.kind in _MEASURES else None
            if hit is not None:
                out.append(hit[0])
                k = hit[1] - 1
                seen = True
            elif tok.type is TokenType.DIGITS:
                if amount.distributive and seen and out and out[-1] == "-":
                    out.pop()
                    out[-1] = self._twice(out[-1])
                    continue
                words = self._date_digits(tok.text) if amount.kind is Kind.DATE \
                    else self.digits(tok.text)
                out.append(" ".join(words))
                if _whole_before_fraction(toks, k):
                    out.append(self.lang.pack.spoken_mixed_word)  # २ २/७: दो और दो बटा सात
                seen = True
            elif tok.type is TokenType.SYMBOL:
                said, is_currency = self._symbol(amount, toks, k, seen)
                moved |= is_currency
                if said:
                    out.append(said)
            elif self._is_currency(tok):
                if not tok.text.isascii() and seen:
                    out.append(tok.text)
                    named = True
                else:
                    moved = True
            else:
                out.append(self._word(tok))
                seen = True
        if moved and not named:
            out.append(self._currency_name(amount, abs(amount.value_max or amount.value)))
        return " ".join(out)

    def _symbol(self, amount: Amount, toks: list[Token], k: int, seen: bool) -> tuple[str, bool]:
        """What a sign inside an amount says, and whether it is the currency's."""
        tok = toks[k]
        pack = self.lang.pack
        prev = toks[k - 1] if k else None
        if tok.key in self.lang.signs:
            return "", True
        if tok.text == "%":
            return pack.spoken_percent_word, False
        if tok.text == "/":
            after = toks[k + 1].text if k + 1 < len(toks) else ""
            return ("", True) if after in _MINUS_SIGNS else (pack.spoken_over_word, False)
        if tok.text in _MINUS_SIGNS or tok.text in self.lang.range_symbols:
            if prev is not None and prev.text == "/":
                return "", True  # the dash of /-
            if not seen:
                return pack.minus_word, False
            if amount.distributive:
                return "-", False
            return pack.spoken_range_word, False
        marks = self.lang.abbreviation_marks
        if prev is not None and tok.text in marks and self._is_currency(prev):
            return "", True  # the dot of Rs.
        return tok.text, False

    def _word(self, tok: Token) -> str:
        """A Latin scale or percent word in Hindi; any other word as written."""
        if tok.text.isascii():
            if tok.key in self.scale_keys:
                return self.scale_keys[tok.key]
            if tok.key in self.lang.percent_words:
                return self.lang.pack.spoken_percent_word
        return tok.text

    def _twice(self, words: str) -> str:
        """``दो हज़ार`` said twice, that much each: ``दो-दो हज़ार``."""
        head, _, rest = words.partition(" ")
        if not rest or rest in self.lang.pack.spoken_scales.values():
            return f"{head}-{head}" + (f" {rest}" if rest else "")
        return f"{words}-{words}"

    def _currency_name(self, amount: Amount, value: Decimal) -> str:
        pack = self.lang.pack
        if amount.currency is None:
            return pack.subunit_words.get(amount.subunit or "", amount.subunit or "")
        if value == 1 and amount.value_max is None and amount.currency in pack.spoken_currency_one:
            return pack.spoken_currency_one[amount.currency]
        spoken = pack.spoken_currency_names.get(amount.currency)
        if spoken is None:  # the first Hindi name of the currency table: बेलारूसी रूबल
            names = pack.currency_names.get(amount.currency, ())
            spoken = next((name for name in names if not name.isascii()), amount.currency)
        return spoken

    # -- the kinds of measure -----------------------------------------------------------

    def _latin(self, toks: list[Token], first: int, end: int) -> bool:
        """Tokens ``[first, end)`` hold no Devanagari letter (a Latin unit, ``°C``, ``/``)."""
        return not any(_DEVANAGARI.search(t.text) for t in toks[first:end])

    def _named(self, amount: Amount, toks: list[Token], k: int) -> tuple[str, int] | None:
        """A Latin am/pm (``5 PM``), a Latin month (``15 August``) or an abbreviated era
        (``ई. पू.``, ``BC``) at token k: the words said and the token after it."""
        lang = self.lang
        pack = lang.pack
        if amount.kind is Kind.TIME:
            hit = _phrase(lang.am_pm, toks, k)
            if hit is not None and self._latin(toks, k, hit[1]) and hit[0] in pack.spoken_am_pm:
                return pack.spoken_am_pm[hit[0]], hit[1]
            return None
        if amount.kind is not Kind.DATE:
            return None
        hit = _phrase(lang.eras, toks, k)
        if hit is not None:
            written = fold(amount.text[toks[k].start : toks[hit[1] - 1].end])
            said = self.era_keys.get(written)
            return None if said is None else (said, hit[1])
        month = lang.month_numbers.get(toks[k].key)
        if month is not None and toks[k].text.isascii() and month in pack.spoken_months:
            end = k + 1
            if end < len(toks) and toks[end].text in lang.abbreviation_marks:
                end += 1  # Aug.
            return pack.spoken_months[month], end
        return None

    def year(self, n: int) -> list[str]:
        """A year as years are said: in hundreds (``1999`` -> ``उन्नीस सौ निन्यानबे``, ``2101``
        -> ``इक्कीस सौ एक``), in thousands where the hundreds digit is zero (``2019`` -> ``दो
        हज़ार उन्नीस``, ``1005``): NeMo's rule, and how Hindi says years."""
        if not 1000 <= n <= 9999 or n // 100 % 10 == 0:
            return self.integer(n)
        hundreds, rest = divmod(n, 100)
        words = [*self.integer(hundreds), self.lang.pack.hundred_word]
        return words + self.integer(rest) if rest else words

    def _date_digits(self, run: str) -> list[str]:
        """A digit run in a date: four digits are a year, a day is said as its number
        (``05`` -> ``पाँच``), anything else as any number."""
        plain = _plain(run)
        if plain is None or not plain.isdigit():
            return self.digits(run)
        return self.year(int(plain)) if len(plain) == 4 else self.integer(int(plain))

    def _unit(self, amount: Amount, toks: list[Token], k: int) -> tuple[str, int] | None:
        """The unit of a quantity or a duration at token k: (symbol, token after it)."""
        lang = self.lang
        if amount.kind is Kind.QUANTITY:
            return _phrase(lang.measure_units, toks, k)
        return _phrase(lang.duration_units, toks, k)

    def _measure(self, amount: Amount, toks: list[Token]) -> str:
        """``5 kg`` -> ``पाँच किलोग्राम``, ``120 km/h``, ``3 yr`` -> ``तीन साल``, ``2 hrs 30
        mins``: the numbers said, each unit written in Latin letters or signs said by its
        Hindi name, a unit written in Devanagari kept (``5 किलो`` -> ``पाँच किलो``)."""
        out: list[str] = []
        first = 0
        k = 1
        while k < len(toks):
            hit = self._unit(amount, toks, k) if toks[k].type is not TokenType.DIGITS else None
            if hit is None:
                k += 1
                continue
            part = toks[first:k]
            out.append(self._pieces(replace(amount, kind=Kind.NUMBER), part))
            unit, end = hit
            if self._latin(toks, k, end):
                out.append(self._unit_name(amount, unit, part, end == len(toks)))
            else:
                out.append(amount.text[toks[k].start : toks[end - 1].end])
            first = k = end
        if first < len(toks):
            out.append(self._pieces(replace(amount, kind=Kind.NUMBER), toks[first:]))
        return " ".join(w for w in out if w)

    def _unit_name(self, amount: Amount, unit: str, part: list[Token], last: bool) -> str:
        """The Hindi name of a unit written in Latin letters, after the number ``part``."""
        pack = self.lang.pack
        if amount.kind is Kind.QUANTITY:
            if last and amount.unit in pack.spoken_units:
                unit = amount.unit  # the reader's unit: 120 km/h is one
            return pack.spoken_units.get(unit, unit)
        if unit not in pack.spoken_durations:
            return unit
        one, many = pack.spoken_durations[unit]
        runs = [_plain(t.text) for t in part if t.type is TokenType.DIGITS]
        plain = runs[0] if len(runs) == 1 and len(part) == 1 else None
        if plain is None:
            return many
        if plain == "1":
            return one
        if unit == "yr" and not self._said_colloquially(plain) and (
                "." in plain or int(plain) >= pack.spoken_year_formal_from):
            return pack.spoken_year_formal  # NeMo: 1000 yr, 16.07 yr
        return many

    def _said_colloquially(self, plain: str) -> bool:
        whole, _, frac = plain.partition(".")
        return self.colloquial and bool(frac) and not (len(whole) > 1 and whole[0] == "0") \
            and self._colloquial(whole, frac) is not None

    def _rate(self, rest: str) -> str:
        """The words of a rate after the amount: a slash or Latin ``per`` said as the pack's
        word, a Latin unit by its Hindi name; Devanagari words kept (``प्रति लीटर``)."""
        lang = self.lang
        pack = lang.pack
        toks = tokenize(rest)
        out: list[str] = []
        changed = False
        k = 0
        while k < len(toks):
            tok = toks[k]
            hit = _phrase(lang.measure_units, toks, k) or _phrase(lang.duration_units, toks, k)
            one_word = lang.per_unit_words.get(tok.key)
            if tok.text == "/" or tok.text.isascii() and tok.key in lang.per_words:
                out.append(pack.spoken_per_word)
            elif one_word is not None and tok.text.isascii() \
                    and one_word in pack.spoken_durations:
                out += [pack.spoken_per_word, pack.spoken_durations[one_word][0]]
            elif hit is not None and self._latin(toks, k, hit[1]):
                unit, end = hit
                name = pack.spoken_units.get(unit) or pack.spoken_durations.get(unit, ("",))[0]
                out.append(name or rest[tok.start : toks[end - 1].end])
                k = end
                changed = True
                continue
            else:
                out.append(tok.text)
                k += 1
                continue
            changed = True
            k += 1
        return " " + " ".join(out) if changed else rest

    def _time(self, amount: Amount, toks: list[Token]) -> str:
        """A clock in digits said as NeMo says it: ``7:21`` -> ``सात बजकर इक्कीस मिनट``,
        ``8:00`` -> ``आठ बजे``, ``12:10:10`` -> ``बारह बजकर दस मिनट दस सेकंड``; a clock word
        written after it is said in it (``10:30 बजे`` -> ``दस बजकर तीस मिनट``); with
        ``colloquial``, ``साढ़े दस बजे``, ``सवा दो बजे``, ``पौने तीन बजे``, ``डेढ़ बजे``. The words
        before it (``सुबह के``) are kept; any other time is said piece by piece."""
        clock = self._clock_at(toks)
        if clock is None:
            return self._pieces(amount, toks)
        d, end, parts = clock
        if end < len(toks) and toks[end].key in self.lang.clock_words:
            end += 1  # 10:30 बजे: the clock word is said with the clock
        words = self._clock_words(*parts)
        rest = self._pieces(amount, toks[end:]) if end < len(toks) else ""
        return amount.text[: toks[d].start] + " ".join(w for w in (*words, rest) if w)

    def _clock_at(self, toks: list[Token]) -> tuple[int, int, tuple[int, int, int]] | None:
        """The clock of a time in digits: its first token, the token after it and (hour,
        minute, second): ``10:30``, ``12:10:10``, ``10.30 बजे``."""
        d = next((k for k, t in enumerate(toks) if t.type is TokenType.DIGITS), None)
        if d is None:
            return None
        runs: list[str] = []
        end = d
        if d + 2 < len(toks) and toks[d + 1].text == ":":
            while end < len(toks) and toks[end].type is TokenType.DIGITS and len(runs) < 3:
                runs.append(toks[end].text)
                if end + 2 < len(toks) and toks[end + 1].text == ":":
                    end += 2
                else:
                    end += 1
                    break
        elif d + 1 < len(toks) and (toks[d + 1].key in self.lang.clock_words
                                    or _phrase(self.lang.am_pm, toks, d + 1) is not None):
            runs = toks[d].text.split(".")
            end = d + 1
            if len(runs) != 2:
                return None
        plain = [_plain(r) for r in runs]
        if len(plain) < 2 or any(p is None or not p.isdigit() for p in plain):
            return None
        numbers = [int(p or 0) for p in plain]
        return d, end, (numbers[0], numbers[1], numbers[2] if len(numbers) > 2 else 0)

    def _clock_words(self, hour: int, minute: int, second: int) -> list[str]:
        """The words of ``hour:minute:second``."""
        pack = self.lang.pack
        words = pack.spoken_clock
        if self.colloquial and not second and minute in (15, 30, 45) and 1 <= hour <= 12:
            value = str(Decimal(hour) + Decimal(minute) / 60)
            if value in pack.spoken_fractions:  # डेढ़ बजे, ढाई बजे
                return [pack.spoken_fractions[value], words["hour"]]
            part = str(Decimal(minute) / 60)
            if part in pack.spoken_prefixes and (minute != 30 or hour > 2):
                said = hour % 12 + 1 if minute == 45 else hour
                return [pack.spoken_prefixes[part], *self.integer(said), words["hour"]]
        if not minute and not second:
            return [*self.integer(hour), words["hour"]]
        out = [*self.integer(hour), words["past"]]
        if minute:
            out += [*self.integer(minute), words["minute"]]
        if second:
            out += [*self.integer(second), words["second"]]
        return out

    def _date(self, amount: Amount, toks: list[Token]) -> str:
        """A date in digits said day, month, year (``15/08/2023`` -> ``पंद्रह अगस्त दो हज़ार
        तेईस``, ``06-05`` -> ``छह मई``), month first where it is written first (``10-29-2000``
        -> ``अक्टूबर उनतीस दो हज़ार``, ``11-2024``); any other date piece by piece, its years
        said as years (``साल 2019``, ``1999 में``) and its abbreviated era in words."""
        if len(toks) > 1 and toks[-1].key in self.lang.century_words:
            return self._century(amount, toks)
        parts = self._date_parts(toks)
        if parts is None or not amount.iso:
            return self._pieces(amount, toks)
        first, end, runs = parts
        year, month, day = _iso_date(amount.iso)
        pack = self.lang.pack
        if month is None or month not in pack.spoken_months:
            return self._pieces(amount, toks)
        numbers = [int(r) for r in runs]
        month_first = numbers[0] == month and numbers[0] != day and len(runs[0]) != 4
        said_day = self.integer(day) if day is not None else []
        said: list[str] = [pack.spoken_months[month]]
        said = [*said, *said_day] if month_first else [*said_day, *said]
        if year is not None:
            said += self.year(year)
        rest = self._pieces(amount, toks[end:]) if end < len(toks) else ""
        return amount.text[: toks[first].start] + " ".join(w for w in (*said, rest) if w)

    def _century(self, amount: Amount, toks: list[Token]) -> str:
        """A century is its ordinal said, feminine as the words of a century are, and its word
        as written (``20वीं सदी`` -> ``बीसवीं सदी``, ``21st सदी`` -> ``इक्कीसवीं सदी``)."""
        word = toks[-1]
        head = amount.text[: word.start].rstrip()
        n = int((amount.value_max or amount.value) / 100)
        pack = self.lang.pack
        said = pack.spoken_ordinals[n][1] if n in pack.spoken_ordinals \
            else " ".join(self.integer(n)) + pack.regular_ordinal_endings[1]  # feminine, as सदी
        return said + amount.text[len(head) : word.start] + word.text

    def _date_parts(self, toks: list[Token]) -> tuple[int, int, list[str]] | None:
        """The digit runs of a date written in digits (``15/08/2023``, ``15.08.2023``,
        ``06-05``, ``11-2024``): its first token, the token after it, the runs as ASCII."""
        d = next((k for k, t in enumerate(toks) if t.type is TokenType.DIGITS), None)
        if d is None or d + 2 >= len(toks) or toks[d + 1].text not in _DATE_SIGNS \
                or toks[d + 2].type is not TokenType.DIGITS:
            return None
        runs = [*toks[d].text.split(".")]
        end = d + 1
        while end + 1 < len(toks) and toks[end].text in _DATE_SIGNS \
                and toks[end + 1].type is TokenType.DIGITS and len(runs) < 3:
            runs.append(toks[end + 1].text)
            end += 2
        plain = [_plain(r) for r in runs]
        if end != len(toks) or not 2 <= len(plain) <= 3 \
                or any(p is None or not p.isdigit() for p in plain):
            return None  # 6-7 जुलाई: a range of days, said piece by piece
        return d, end, [p or "" for p in plain]


def _iso_date(iso: str) -> tuple[int | None, int | None, int | None]:
    """Year, month and day of the first date of an ISO 8601 date (``2023-08-15``,
    ``--05-06``, ``2024-11``, ``2019``); ``None`` for what it does not say."""
    first = iso.split("/")[0]
    if first.startswith("--"):
        month, _, day = first[2:].partition("-")
        return None, int(month), int(day)
    sign = -1 if first.startswith("-") else 1
    pieces = first.lstrip("+-").split("-")
    if not all(p.isdigit() for p in pieces):
        return None, None, None
    numbers = [int(p) for p in pieces] + [0, 0]
    return sign * numbers[0], numbers[1] or None, numbers[2] or None
