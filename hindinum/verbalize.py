"""``verbalize``: every amount written as Hindi speaks it, for speech synthesis.

Like :func:`~hindinum.normalize`, one pass: each amount :func:`~hindinum.extract` finds is
replaced, every other character is kept. The amount is said as it is written: its digits
become words, its scale words stay (``9.2 करोड़`` -> ``नौ दशमलव दो करोड़``), a currency
symbol or code becomes the currency's name after the number, ``%`` the word for percent, a
range dash the word for "to", ``/`` the word for "over". Words stay as they are, so spoken text
is left unchanged. Every word comes from the language pack (``hindinum/lexicon/spoken.py``).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, localcontext

import regex

from hindinum.api import extract, parse_number, tokenize
from hindinum.language import HINDI, Language
from hindinum.numbers import CONTEXT
from hindinum.options import SCALES, SUBUNITS, check_choice, check_currency
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
    speaker = _Speaker(HINDI, colloquial, scales)
    parts: list[str] = []
    last = 0
    with localcontext(CONTEXT):
        for amount in extract(text, dollar=dollar, subunits=subunits):
            if amount.kind in _KEPT:
                continue  # times and dates are said as written, for now
            amount, rest = _rate_apart(amount)
            parts += [text[last : amount.start], _spaced(text, amount, speaker.speak(amount)),
                      rest]
            last = amount.end + len(rest)
    parts.append(text[last:])
    return "".join(parts)


#: The kinds verbalize leaves as written (their spoken forms are not built yet).
_KEPT = frozenset({Kind.TIME, Kind.DATE})


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
    if amount.start and _GLUED.match(text, amount.start - 1):
        said = " " + said
    if _GLUED.match(text, amount.end):
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

    def speak(self, amount: Amount) -> str:
        """The spoken form of one amount, or its text when it holds nothing to say."""
        toks = tokenize(amount.text)
        if not any(self._to_say(t) for t in toks):
            return amount.text  # already words: spoken text stays as it is
        if amount.kind is Kind.ORDINAL:
            return self._ordinal(amount, toks)
        split = self._with_subunit(amount, toks)
        if split is not None:
            return split
        return self._pieces(amount, toks)

    def _to_say(self, tok: Token) -> bool:
        """A token that speech would not read as it stands: digits, a sign, a Latin code."""
        if tok.type is TokenType.DIGITS:
            return True
        if tok.type is TokenType.SYMBOL:
            return tok.key in self.lang.signs or tok.text == "%"
        return tok.text.isascii() and (self._is_currency(tok) or tok.key in self.scale_keys)

    def _is_currency(self, tok: Token) -> bool:
        return tok.key in self.lang.currency or tok.key in self.lang.subunits

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
        moved after the number as its name, signs said."""
        out: list[str] = []
        moved = named = seen = False
        for k, tok in enumerate(toks):
            if tok.type is TokenType.DIGITS:
                if amount.distributive and seen and out and out[-1] == "-":
                    out.pop()
                    out[-1] = self._twice(out[-1])
                    continue
                out.append(" ".join(self.digits(tok.text)))
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
        return pack.spoken_currency_names.get(amount.currency, amount.currency)
