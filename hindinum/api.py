"""The public readers, in plain Python in every build.

They check their arguments (a clear :class:`TypeError` or :class:`ValueError`) and hand the
work to :mod:`hindinum.recognize` and :mod:`hindinum.numbers`, which the compiled build turns
into C extension modules (whose own argument checks would word the errors differently).
"""

from __future__ import annotations

from decimal import Decimal, localcontext

from hindinum.numbers import CONTEXT, parse_tokens
from hindinum.options import SUBUNITS, check_choice, check_currency, check_kinds
from hindinum.recognize import find_amounts
from hindinum.tokenize import split_tokens
from hindinum.types import Amount, Token

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Iterable

    from hindinum.options import Subunits
    from hindinum.types import Kind

__all__ = ["extract", "parse_number", "tokenize"]


def extract(text: str, *, dollar: str = "USD", subunits: Subunits = "auto",
            kinds: Iterable[str | Kind] | None = None) -> list[Amount]:
    """Find every numeric expression in ``text``, in order, with its exact value.

    Never raises on a ``str``; any other type is a :class:`TypeError`. ``dollar`` is the ISO
    code a bare ``डॉलर``/``$`` stands for (``"USD"`` unless you say otherwise), and ``सेंट``
    where cents are converted (after a dollar amount, or with ``subunits="main"``); named
    dollars (``कनाडाई डॉलर``, ``c $``) keep their own code. It must be an active ISO 4217
    code (:mod:`hindinum.iso4217`), in any case (``"cad"`` is read as ``"CAD"``).

    ``subunits`` says how money written only in a subunit is reported. ``"auto"``: paise are
    read in rupees (``सत्तर पैसे`` = 0.70 INR), any other subunit is kept as written
    (``34 सेंट``: value 34, ``subunit="cent"``, no currency), as share and commodity prices
    are quoted. ``"main"``: every subunit is converted (``34 सेंट`` = 0.34 USD). Subunits
    after a main unit are always added to it (``3 डॉलर 50 सेंट`` = 3.50 USD).

    Besides amounts (kinds ``number``, ``money``, ``percent``, ``ordinal``) it reads what a
    number measures: ``quantity`` (``5 किलो``: unit ``kg``), ``duration`` (``ढाई घंटे``: 2.5
    ``h``, iso ``PT2H30M``), ``time`` (``शाम 7 बजे``: iso ``T19:00``) and ``date`` (``15
    अगस्त 2023``: iso ``2023-08-15``; a year with a year word, ``साल 2019``: ``2019``).
    ``kinds`` keeps the kinds it names (``kinds={"money"}``); every kind by default.

    >>> [(a.text, a.value, a.currency) for a in extract("अब 9.2 करोड़ डॉलर देने होंगे")]
    [('9.2 करोड़ डॉलर', Decimal('92000000'), 'USD')]
    >>> a = extract("करीब 10-12 लाख रुपये")[0]
    >>> a.value, a.value_max, a.currency, str(a.approx)
    (Decimal('1000000'), Decimal('1200000'), 'INR', 'about')
    >>> [(a.text, a.kind.value) for a in extract("20 प्रतिशत, 21वीं मंजिल, सत्तर पैसे")]
    [('20 प्रतिशत', 'percent'), ('21वीं', 'ordinal'), ('सत्तर पैसे', 'money')]
    >>> [(a.value, a.currency, a.subunit) for a in extract("शेयर 34 सेंट गिरा")]
    [(Decimal('34'), None, 'cent')]
    >>> [(a.value, a.currency) for a in extract("शेयर 34 सेंट गिरा", subunits="main")]
    [(Decimal('0.34'), 'USD')]
    >>> [(a.text, a.kind.value, a.unit or a.iso) for a in extract("शाम 7 बजे 5 किलो चावल")]
    [('शाम 7 बजे', 'time', 'T19:00'), ('5 किलो', 'quantity', 'kg')]
    >>> [a.text for a in extract("शाम 7 बजे 5 किलो चावल, 50 रुपये", kinds={"money"})]
    ['50 रुपये']
    """
    found = find_amounts(text, checked_options(text, dollar, subunits), subunits)
    if kinds is None:
        return found
    wanted = check_kinds(kinds)
    return [amount for amount in found if amount.kind in wanted]


def checked_options(text: object, dollar: object, subunits: object) -> str:
    """Check ``extract``'s arguments (``explain`` takes the same); the ISO code ``dollar``
    stands for, in capitals."""
    if not isinstance(text, str):
        raise TypeError(f"extract() expects str, not {type(text).__name__}")
    if subunits != "auto":
        check_choice(subunits, "subunits", SUBUNITS)
    return "USD" if dollar == "USD" else check_currency(dollar, "dollar")


def parse_number(text: str) -> Decimal:
    """Read a string that is exactly one number (words, digits or both) into a Decimal.

    Strict: anything that is not part of the number is an error.

    >>> parse_number("साढ़े तीन करोड़")
    Decimal('35000000')
    >>> parse_number("एक करोड़ बीस लाख पचास हज़ार तीन सौ")
    Decimal('12050300')
    >>> parse_number("१,२५,०००")
    Decimal('125000')
    >>> parse_number("लाख लाख")
    Traceback (most recent call last):
    ...
    hindinum.types.HindiNumberError: unexpected 'लाख' at position 4 after the number 'लाख'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number() expects str, not {type(text).__name__}")
    with localcontext(CONTEXT):
        return parse_tokens(text)


def tokenize(text: str, *, spaces: bool = False) -> list[Token]:
    """Split ``text`` into tokens with exact character offsets.

    Digit runs keep their grouping and decimal point; words keep their vowel signs; every
    other character is a token of its own. ``key`` is the folded look-up form.

    >>> [t.text for t in tokenize("₹1,50,000 और साढ़े तीन करोड़")]
    ['₹', '1,50,000', 'और', 'साढ़े', 'तीन', 'करोड़']
    >>> tokenize("21वीं")[1].type
    <TokenType.WORD: 'word'>
    """
    if not isinstance(text, str):
        raise TypeError(f"tokenize() expects str, not {type(text).__name__}")
    return split_tokens(text, spaces)
