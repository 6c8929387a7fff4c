"""One adapter per library: its own call (timed) and its output read as amounts (scored).

Every adapter has ``call(text)``, the library's own entry point, which is what the throughput
figures time, and ``amounts(text)``, which reads that output as a list of :class:`Pred` so that
accuracy is scored on the same cases for all libraries. What each adapter can and cannot
recover is in its ``limits``, which docs/benchmarks.md prints.

Sentence rewriters (number-parser, hindi-normalize, NeMo) are read by a token diff of input and
output (:mod:`difflib`): every number written in the output (``25000``, ``₹3,50,00,000``,
``२०``, ``12.5%``, ``10-12``, ``३/४``, ``८४ १/४``, ``११९वीं``) becomes a prediction whose span is
the input tokens it replaced, or the input token itself when the library left it as it was.
So a rewriter is credited with the digits it passes through, which is generous to the peers.
A currency is read only where the output writes a symbol; a currency word is not read.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import importlib.metadata
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

__all__ = ["ADAPTERS", "Adapter", "Pred", "load_adapters", "read_rewrite"]

CACHE = Path(__file__).resolve().parent / ".cache"


@dataclass(frozen=True, slots=True)
class Pred:
    """One amount as a library reported it (offsets into the input of ``amounts``)."""

    start: int
    end: int
    value: Decimal | None
    currency: str | None = None
    kind: str | None = None  # number | money | percent | ordinal, where the library says
    value_max: Decimal | None = None


# ----------------------------------------------------------------- reading rewritten output

#: Currency symbols read in output (only those that name one currency, plus $ as USD).
_SYMBOLS = {"₹": "INR", "Rs": "INR", "Rs.": "INR", "$": "USD", "€": "EUR", "£": "GBP",
            "¥": "JPY", "₩": "KRW", "₺": "TRY", "₴": "UAH", "₽": "RUB"}
_SYM = "|".join(re.escape(k) for k in sorted(_SYMBOLS, key=len, reverse=True))
_NUM = r"[0-9०-९](?:[0-9०-९,]*[0-9०-९])?(?:\.[0-9०-९]+)?"
_NUMBER_TOKEN = re.compile(
    rf"(?P<sym>{_SYM})?\s*(?P<a>{_NUM})"
    rf"(?:/(?P<den>{_NUM})|\s*[-–]\s*(?:{_SYM})?(?P<b>{_NUM}))?"
    r"(?P<pct>%)?(?P<ord>वां|वाँ|वीं|वें|वा|वी|वे|st|nd|rd|th)?"
)
_DEVA = str.maketrans("०१२३४५६७८९", "0123456789")

Reading = tuple[Decimal | None, str | None, str | None, Decimal | None]


def _dec(text: str) -> Decimal | None:
    try:
        return Decimal(text.translate(_DEVA).replace(",", ""))
    except InvalidOperation:
        return None


def read_numbers(token: str) -> list[Reading]:
    """Numbers written in one output token: (value, currency, kind, value_max) each.

    A fraction ``a/b`` is read as its decimal value, a suffix वां/वीं/वें as an ordinal.

    >>> read_numbers("₹3,50,00,000")
    [(Decimal('35000000'), 'INR', 'money', None)]
    >>> read_numbers("10-12")
    [(Decimal('10'), None, None, Decimal('12'))]
    >>> read_numbers("२०%")
    [(Decimal('20'), None, 'percent', None)]
    >>> read_numbers("३/४"), read_numbers("११९वीं")
    ([(Decimal('0.75'), None, None, None)], [(Decimal('119'), None, 'ordinal', None)])
    """
    out: list[Reading] = []
    for m in _NUMBER_TOKEN.finditer(token):
        cur = _SYMBOLS.get(m.group("sym") or "")
        kind = "percent" if m.group("pct") else ("money" if cur else None)
        if m.group("ord") and kind is None:
            kind = "ordinal"
        value = _dec(m.group("a"))
        if m.group("den"):
            den = _dec(m.group("den"))
            value = value / den if value is not None and den else None
        hi = _dec(m.group("b")) if m.group("b") else None
        out.append((value, cur, kind, hi))
    return out


def _mixed(readings: list[Reading], following: list[Reading]) -> Reading | None:
    """``84`` then ``1/4`` in the output: the mixed number 84.25, or None."""
    if len(readings) != 1 or len(following) != 1:
        return None
    (whole, cur, kind, hi), (frac, cur2, _, hi2) = readings[0], following[0]
    if whole is None or frac is None or hi or hi2 or cur2 or whole != whole.to_integral():
        return None
    if not 0 < frac < 1:
        return None
    return (whole + frac, cur, kind, None)


_TOKEN = re.compile(r"\S+")


def read_rewrite(source: str, output: str) -> list[Pred]:
    """Amounts in ``output`` (a rewrite of ``source``), mapped back to spans of ``source``.

    >>> read_rewrite("कुल पच्चीस हज़ार डॉलर दिए", "कुल 25000 डॉलर दिए")
    [Pred(start=4, end=16, value=Decimal('25000'), currency=None, kind=None, value_max=None)]
    """
    src = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(source)]
    out = [m.group() for m in _TOKEN.finditer(output)]
    readings = [read_numbers(tok) for tok in out]
    for j in range(len(out) - 1):  # 84 1/4 -> 84.25 on the first token, nothing on the second
        if "/" in out[j + 1] and (mixed := _mixed(readings[j], readings[j + 1])) is not None:
            readings[j], readings[j + 1] = [mixed], []
    sm = difflib.SequenceMatcher(None, [t[2] for t in src], out, autojunk=False)
    preds: list[Pred] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "delete":
            continue
        one_to_one = op == "equal" or (i2 - i1) == (j2 - j1)
        for j in range(j1, j2):
            numbers = readings[j]
            if not numbers:
                continue
            if one_to_one:
                i = i1 + (j - j1)
                start, end = src[i][0], src[i][1]
            elif i1 < i2:
                start, end = src[i1][0], src[i2 - 1][1]
            elif i1 > 0:  # pure insertion: pin it to the token before
                start, end = src[i1 - 1][0], src[i1 - 1][1]
            else:
                start, end = 0, min(1, len(source))
            for value, cur, kind, hi in numbers:
                preds.append(Pred(start, end, value, cur, kind, hi))
    return preds


# ----------------------------------------------------------------------------- the adapters


class Adapter:
    """Base class: ``load()`` imports the library and binds ``call`` to its entry point (the
    function ``entry`` of ``module``, with ``kwargs``), which is timed as it is; ``amounts``
    reads its output."""

    name = ""
    module = ""
    entry = ""  # dotted name of the entry point in ``module``
    kwargs: dict[str, Any] = {}  # noqa: RUF012 - read only
    import_module = ""  # what the import-time figure imports (default: module)
    dist = ""
    calls = ""  # the entry point, as printed in the report
    limits = ""  # what the adapter can and cannot read, for the report
    optional = False  # only with a flag (NeMo)
    slow = False  # measured on a sample only
    call: Callable[[str], Any]

    def __init__(self) -> None:
        self.version = "?"

    def load(self) -> None:
        """Import the library and bind ``call``; raise ImportError when it is missing."""
        fn: Any = importlib.import_module(self.module)
        for attr in self.entry.split("."):
            fn = getattr(fn, attr)
        self.call = functools.partial(fn, **self.kwargs) if self.kwargs else fn
        try:
            self.version = importlib.metadata.version(self.dist)
        except importlib.metadata.PackageNotFoundError:
            self.version = "?"

    def amounts(self, text: str) -> list[Pred]:
        """The library's output as amounts with offsets into ``text`` (scored)."""
        return read_rewrite(text, str(self.call(text)))


class Hindinum(Adapter):
    """hindinum.extract(); normalize() is timed separately."""

    name = module = dist = "hindinum"
    entry = "extract"
    calls = "hindinum.extract(text)"
    limits = "Full: spans, exact values, kind, ISO currency and range bounds from extract()."

    def load(self) -> None:
        """Import hindinum and bind extract() and normalize()."""
        super().load()
        import hindinum

        self.version = hindinum.__version__
        self.normalize: Callable[[str], str] = hindinum.normalize

    #: The amount kinds: what the real-text set and the peers' suites score. The kinds of
    #: measure (quantity, duration, time, date) are what most not-amount spans are; they are
    #: scored apart (``realtext_eval.score_measures``).
    AMOUNT_KINDS = ("number", "money", "percent", "ordinal")

    def amounts(self, text: str) -> list[Pred]:
        """extract() of the amount kinds as predictions."""
        return [Pred(a.start, a.end, a.value, a.currency, str(a.kind), a.value_max)
                for a in self.call(text) if str(a.kind) in self.AMOUNT_KINDS]


class NumberParser(Adapter):
    """number_parser.parse(text, language="hi"): a sentence rewriter."""

    name = dist = "number-parser"
    module, entry, kwargs = "number_parser", "parse", {"language": "hi"}
    calls = 'number_parser.parse(text, language="hi")'
    limits = (
        "Rewrites number words to digits; spans by token diff. No currency (words stay words), "
        "no percent/ordinal kind; a decimal before a scale comes out as two numbers "
        "(9.2 करोड़ -> 9.2 10000000)."
    )


class HindiNormalize(Adapter):
    """hindi_normalize.convert_numbers(text): words 0..999 to digits."""

    name = dist = "hindi-normalize"
    module, entry = "hindi_normalize", "convert_numbers"
    calls = "hindi_normalize.convert_numbers(text)"
    limits = (
        "Rewrites number words 0-999 to digits (हज़ार and above stay words); spans by token "
        "diff. No currency, no scale words, no fractions."
    )


class IndicITN(Adapter):
    """indic_itn.HindiITN().normalize(text): ITN with entity offsets."""

    name = dist = "indic-itn"
    module, entry = "indic_itn", "HindiITN"
    calls = "indic_itn.HindiITN().normalize(text)"
    limits = (
        "Entities with offsets from normalize(text, return_entities=True); the value and the "
        "currency are read from each entity's normalized text (₹25000 -> 25000 INR). It writes "
        "₹ for dollar amounts too, which the scoring counts as a wrong currency."
    )
    slow = True

    def load(self) -> None:
        """Build the Hindi ITN pipeline."""
        super().load()
        self._itn = self.call()
        self.call = self._itn.normalize

    def amounts(self, text: str) -> list[Pred]:
        """Entities of normalize(..., return_entities=True) as predictions."""
        preds = []
        for ent in self._itn.normalize(text, return_entities=True).get("entities", []):
            start = ent.get("source_start", ent.get("start"))
            end = ent.get("source_end", ent.get("end"))
            for value, cur, kind, hi in read_numbers(str(ent.get("normalized", ""))):
                if kind is None and ent.get("entity_type") in ("percentage", "percent"):
                    kind = "percent"
                preds.append(Pred(start, end, value, cur, kind, hi))
        return preds


class PriceParser(Adapter):
    """price_parser.Price.fromstring(text): one price per string."""

    name = dist = "price-parser"
    module, entry = "price_parser", "Price.fromstring"
    calls = "price_parser.Price.fromstring(text)"
    limits = (
        "Reads one price per string, so it is given one sentence at a time; the span is the "
        "first occurrence of its amount_text. Digits only (no number words, no scales). "
        "Currency symbols ₹/Rs/$/€ map to ISO codes; any other currency it reports (it reads "
        "र in any word as a rupee sign) is kept as is and scores as wrong."
    )

    def amounts(self, text: str) -> list[Pred]:
        """Price.fromstring per sentence, as predictions."""
        preds = []
        for m in re.finditer(r"[^।?!\n]+[।?!]?", text):
            p = self.call(m.group())
            at = m.group().find(p.amount_text) if p.amount is not None and p.amount_text else -1
            if at < 0:
                continue
            start = m.start() + at
            cur = _SYMBOLS.get((p.currency or "").strip(), p.currency)
            preds.append(
                Pred(start, start + len(p.amount_text), p.amount, cur, "money" if cur else None)
            )
        return preds


class Nemo(Adapter):
    """NeMo text processing, Hindi inverse normalization (optional, --nemo)."""

    name = "nemo-itn"
    module = import_module = "nemo_text_processing.inverse_text_normalization.inverse_normalize"
    entry = "InverseNormalizer"
    dist = "nemo-text-processing"
    calls = 'InverseNormalizer(lang="hi").inverse_normalize(text, verbose=False)'
    limits = (
        "Sentence rewriter (WFST grammars, pynini); spans by token diff; writes Devanagari "
        "digits and ₹/$ symbols. Grammar compiled once into benchmarks/.cache/nemo."
    )
    optional = True
    slow = True

    def load(self) -> None:
        """Import NeMo and build (or load from cache) the Hindi ITN grammar."""
        super().load()
        cache = CACHE / "nemo"
        cache.mkdir(parents=True, exist_ok=True)
        inv = self.call(lang="hi", cache_dir=str(cache), overwrite_cache=False)  # type: ignore[call-arg]
        self.call = functools.partial(inv.inverse_normalize, verbose=False)


ADAPTERS: tuple[type[Adapter], ...] = (
    Hindinum,
    NumberParser,
    IndicITN,
    HindiNormalize,
    PriceParser,
    Nemo,
)


def load_adapters(
    names: list[str] | None = None, nemo: bool = False, log: Callable[[str], None] = print
) -> tuple[list[Adapter], dict[str, str]]:
    """Load the adapters asked for; return them and, for each one skipped, why."""
    loaded: list[Adapter] = []
    skipped: dict[str, str] = {}
    for cls in ADAPTERS:
        if names and cls.name not in names:
            continue
        if cls.optional and not nemo and not (names and cls.name in names):
            skipped[cls.name] = "optional: run with --nemo"
            continue
        adapter = cls()
        try:
            adapter.load()
        except ImportError as err:
            skipped[cls.name] = f"not installed ({err.name or err})"
            log(f"skip {cls.name}: not installed ({err})")
            continue
        loaded.append(adapter)
    return loaded, skipped
