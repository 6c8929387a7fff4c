"""spaCy pipeline component ``hindinum``.

The factory is announced to spaCy through the ``spacy_factories`` entry point, so a pipeline
can add it by name without importing hindinum:

>>> import spacy
>>> nlp = spacy.blank("hi")
>>> _ = nlp.add_pipe("hindinum")
>>> doc = nlp("कंपनी ने 9.2 करोड़ डॉलर का भुगतान किया।")
>>> [(span.text, span.label_, span._.hindinum_value, span._.hindinum_currency)
...  for span in doc.spans["hindinum"]]
[('9.2 करोड़ डॉलर', 'MONEY', '92000000', 'USD')]
>>> [(ent.text, ent.label_) for ent in doc.ents]
[('9.2 करोड़ डॉलर', 'MONEY')]

Every amount goes to ``doc.spans[spans_key]``. Amounts that overlap no entity already in
``doc.ents`` are added there too, with the labels MONEY, CARDINAL, PERCENT, ORDINAL,
QUANTITY, TIME and DATE (a duration is a DATE, a period, as OntoNotes labels it); the
entities that were there stay as they were. The span extensions, ``hindinum_<field>`` for each
field of :class:`hindinum.Amount`, hold the values of :meth:`hindinum.Amount.to_dict` (``str``,
``int`` or ``None``), so a doc still serializes with ``doc.to_bytes()`` and travels between
processes.

This module imports nothing but spaCy and hindinum: spaCy imports it, through the entry point,
whenever it builds a pipeline.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

import hindinum
from hindinum.types import AMOUNT_FIELDS, Amount, Kind

__all__ = ["EXTENSIONS", "LABELS", "HindinumComponent", "make_hindinum"]

#: The entity label written for each :class:`~hindinum.Kind`.
LABELS: dict[Kind, str] = {
    Kind.MONEY: "MONEY",
    Kind.NUMBER: "CARDINAL",
    Kind.PERCENT: "PERCENT",
    Kind.ORDINAL: "ORDINAL",
    Kind.QUANTITY: "QUANTITY",
    Kind.DURATION: "DATE",  # OntoNotes: "dates or periods"
    Kind.TIME: "TIME",
    Kind.DATE: "DATE",
}

#: The ``Span._`` extensions this component sets: ``hindinum_<field>`` for each field of
#: :class:`~hindinum.Amount`, holding its :meth:`~hindinum.Amount.to_dict` value (``str``,
#: ``int`` or ``None``; a ``Decimal`` would break ``doc.to_bytes()``).
EXTENSIONS: tuple[str, ...] = tuple(f"hindinum_{name}" for name in AMOUNT_FIELDS)

_ALIGNMENT_MODES = ("strict", "contract", "expand")


def _set_extensions() -> None:
    """Register the span extensions once (they are global to spaCy's ``Span``)."""
    for name in EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def _write_extensions(span: Span, amount: Amount) -> None:
    for name, value in zip(EXTENSIONS, amount.to_dict().values(), strict=True):
        span._.set(name, value)


class HindinumComponent:
    """Finds amounts with :func:`hindinum.extract` and writes them to a ``Doc``.

    ``spans_key``: the ``doc.spans`` group to fill. ``write_ents``: also add the amounts to
    ``doc.ents`` where they overlap no entity already there. ``alignment_mode``: how an amount
    whose edge falls inside a spaCy token is widened or narrowed to whole tokens, as for
    :meth:`spacy.tokens.Doc.char_span` (``"expand"``, ``"contract"`` or ``"strict"``); an
    amount that cannot be aligned (``"strict"`` or ``"contract"`` inside one token) is left out.

    ``span._.hindinum_text`` is the exact text hindinum read, which is shorter than
    ``span.text`` when the span had to be widened (``₹500`` in the token ``कीमत:₹500/-``).

    >>> import spacy
    >>> nlp = spacy.blank("hi")
    >>> component = HindinumComponent(spans_key="amounts", write_ents=False)
    >>> doc = component(nlp("आय 25%तक बढ़ी"))
    >>> [(span.text, span._.hindinum_text, span._.hindinum_kind) for span in doc.spans["amounts"]]
    [('25%तक', '25%', 'percent')]
    >>> doc.ents
    ()
    """

    def __init__(
        self,
        *,
        spans_key: str = "hindinum",
        write_ents: bool = True,
        alignment_mode: str = "expand",
    ) -> None:
        if alignment_mode not in _ALIGNMENT_MODES:
            raise ValueError(
                f"alignment_mode must be one of {', '.join(_ALIGNMENT_MODES)}, "
                f"not {alignment_mode!r}"
            )
        self.spans_key = spans_key
        self.write_ents = write_ents
        self.alignment_mode = alignment_mode
        _set_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Add the amounts of ``doc.text`` to ``doc`` and return it."""
        _set_extensions()  # again: a component unpickled in a fresh process never ran __init__
        spans: list[Span] = []
        written: set[tuple[int, int]] = set()
        for amount in hindinum.extract(doc.text):
            span = doc.char_span(
                amount.start,
                amount.end,
                label=LABELS[amount.kind],
                alignment_mode=self.alignment_mode,
            )
            if span is None:
                continue
            # Two amounts inside one token share a span, and so its extension values (spaCy
            # keys them by character offsets): keep the first amount's values, unmixed.
            if (span.start_char, span.end_char) not in written:
                written.add((span.start_char, span.end_char))
                _write_extensions(span, amount)
            spans.append(span)
        doc.spans[self.spans_key] = spans
        if self.write_ents:
            self._add_ents(doc, spans)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        """Process a stream of docs (spaCy calls this from ``nlp.pipe``)."""
        for doc in docs:
            yield self(doc)

    @staticmethod
    def _add_ents(doc: Doc, spans: list[Span]) -> None:
        taken = [False] * len(doc)
        for ent in doc.ents:
            taken[ent.start : ent.end] = [True] * (ent.end - ent.start)
        new = [span for span in filter_spans(spans) if not any(taken[span.start : span.end])]
        if new:
            doc.set_ents(new, default="unmodified")


@Language.factory(
    "hindinum",
    default_config={"spans_key": "hindinum", "write_ents": True, "alignment_mode": "expand"},
    assigns=["doc.spans", "doc.ents", *(f"span._.{name}" for name in EXTENSIONS)],
)
def make_hindinum(
    nlp: Language,
    name: str,
    spans_key: str,
    write_ents: bool,
    alignment_mode: str,
) -> HindinumComponent:
    """Build the ``hindinum`` component (spaCy calls this for ``nlp.add_pipe("hindinum")``).

    >>> import spacy
    >>> nlp = spacy.blank("hi")
    >>> _ = nlp.add_pipe("hindinum", config={"alignment_mode": "contract"})
    >>> nlp.get_pipe("hindinum").alignment_mode
    'contract'
    """
    return HindinumComponent(
        spans_key=spans_key, write_ents=write_ents, alignment_mode=alignment_mode
    )
