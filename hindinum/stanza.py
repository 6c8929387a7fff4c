"""Stanza processor ``hindinum``.

Importing this module registers the processor, after which a pipeline can name it::

    import stanza
    import hindinum.stanza  # registers the "hindinum" processor

    nlp = stanza.Pipeline("hi", processors="tokenize,hindinum")
    doc = nlp("कंपनी ने 9.2 करोड़ डॉलर का भुगतान किया।")
    doc.hindinum_amounts  # [Amount(text='9.2 करोड़ डॉलर', ..., currency='USD', ...)]

The processor reads ``doc.text`` with :func:`hindinum.extract` and attaches the amounts

* to the document, as ``doc.hindinum_amounts``, and to each sentence, as
  ``sentence.hindinum_amounts`` (the amounts that start in that sentence);
* to the words, in their CoNLL-U ``misc`` field, so that they survive ``doc.to_dict()``,
  ``doc.to_serialized()`` and CoNLL-U output. The first word of an amount gets
  ``Hindinum=B-MONEY`` (``CARDINAL``, ``PERCENT``, ``ORDINAL``: the kind) with
  ``HindinumSpan=start:end`` (character offsets in ``doc.text``, which give the text) and one
  key per other field of :class:`hindinum.Amount`, named after it (:data:`MISC_KEYS`:
  ``HindinumValue``, ``HindinumCurrency``, ``HindinumValueMax``, ``HindinumApprox``,
  ``HindinumSubunit``), each only when set and holding the field as
  :meth:`hindinum.Amount.to_dict` writes it; the other words get ``Hindinum=I-MONEY``. In the
  rare word where two amounts start, the tags and each value are comma-separated lists, one
  entry per amount (an empty entry for a missing value).

A document rebuilt from ``to_dict()`` (``Document(doc.to_dict(), text)``) reads its amounts
back from ``misc``, so ``doc.hindinum_amounts`` works on it too.

With ``tokenize_pretokenized=True`` the processor reads the tokens put back together by
:func:`hindinum.tokens.join_tokens` (so tokens ``9``, ``.``, ``2``, ``करोड़`` read as 9.2 crore),
still giving offsets into ``doc.text``; ``hindinum_rejoin=False`` (or ``True``) overrides that.

Offline (no model download), with a pretokenized text and a resources file holding ``{}``:

>>> import pathlib, tempfile, stanza
>>> model_dir = pathlib.Path(tempfile.mkdtemp())
>>> _ = (model_dir / "resources.json").write_text("{}")
>>> nlp = stanza.Pipeline("hi", dir=str(model_dir), processors="tokenize,hindinum",
...                       tokenize_pretokenized=True, allow_unknown_language=True,
...                       download_method=None, logging_level="ERROR")
>>> doc = nlp("कंपनी ने 9.2 करोड़ डॉलर का भुगतान किया ।")
>>> [(a.text, str(a.value), a.currency) for a in doc.hindinum_amounts]
[('9.2 करोड़ डॉलर', '92000000', 'USD')]
>>> doc.to_dict()[0][2]["misc"]  # the word "9.2"
'Hindinum=B-MONEY|HindinumCurrency=USD|HindinumSpan=9:23|HindinumValue=92000000'
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from typing import Any

from stanza.models.common.doc import (  # type: ignore[import-untyped]
    Document,
    Sentence,
)
from stanza.models.common.doc import Token as StanzaToken
from stanza.models.common.doc import Word as StanzaWord
from stanza.pipeline.processor import (  # type: ignore[import-untyped]
    Processor,
    register_processor,
)
from stanza.pipeline.registry import (  # type: ignore[import-untyped]
    NAME_TO_PROCESSOR_CLASS,
)

import hindinum
from hindinum.tokens import join_tokens
from hindinum.types import AMOUNT_FIELDS, Amount, Kind, _field_specs

__all__ = ["LABELS", "MISC_KEYS", "HindinumProcessor", "amounts_from_misc", "annotate"]

#: The tag written for each :class:`~hindinum.Kind` (the labels of OntoNotes NER).
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
_KINDS = {label: kind for kind, label in LABELS.items()}

_TAG = "Hindinum"
_SPAN = "HindinumSpan"
#: The fields that ``HindinumSpan`` (text, start, end) and the tag (kind) carry.
_IN_SPAN_AND_TAG = ("text", "start", "end", "kind")

#: The ``misc`` key of each other field of :class:`~hindinum.Amount`: ``Hindinum`` and the
#: field's name in CamelCase (``value_max`` -> ``HindinumValueMax``).
MISC_KEYS: dict[str, str] = {
    name: _TAG + name.title().replace("_", "")
    for name in AMOUNT_FIELDS
    if name not in _IN_SPAN_AND_TAG
}
_DETAIL_KEYS = (*MISC_KEYS.values(), _SPAN)


def _source(doc: Document) -> tuple[str, list[StanzaToken], list[tuple[int, int]]]:
    """The document's text, its tokens and their character spans in that text.

    That is ``doc.text`` with the tokens' own offsets when the document has both. A document
    with offsets but no text (read from CoNLL-U, say) gets its text laid out again from the
    offsets, and one without offsets gets its tokens re-joined by
    :func:`hindinum.tokens.join_tokens`.
    """
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    if all(token.start_char is not None and token.end_char is not None for token in tokens):
        spans = [(token.start_char, token.end_char) for token in tokens]
        if doc.text is not None:
            return doc.text, tokens, spans
        if all(end - start == len(token.text) for token, (start, end) in zip(tokens, spans)):
            chars = [" "] * max((end for _, end in spans), default=0)
            for token, (start, end) in zip(tokens, spans):
                chars[start:end] = token.text
            return "".join(chars), tokens, spans
    joined = join_tokens(tokens)
    return joined.text, tokens, list(joined.spans)


def _read(
    text: str, tokens: list[StanzaToken], spans: list[tuple[int, int]], rejoin: bool
) -> list[Amount]:
    """The amounts of ``text``; with ``rejoin``, read from the re-joined tokens instead.

    Re-joined tokens read ``9 . 2 करोड़`` as 9.2 crore; the amounts found there are moved back
    onto ``text``, so that their offsets (and their ``text``) are those of the document.
    """
    if not rejoin:
        return hindinum.extract(text)
    joined = join_tokens(tokens)
    starts = [span[0] for span in joined.spans]
    ends = [span[1] for span in joined.spans]
    moved: list[Amount] = []
    for amount in hindinum.extract(joined.text):
        first = bisect.bisect_right(ends, amount.start)
        last = bisect.bisect_left(starts, amount.end) - 1
        if first > last:
            continue
        start = spans[first][0] + max(0, amount.start - starts[first])
        end = spans[last][0] + min(amount.end - starts[last], spans[last][1] - spans[last][0])
        moved.append(dataclasses.replace(amount, text=text[start:end], start=start, end=end))
    return moved


def _misc_items(misc: str | None) -> list[str]:
    """The ``Key=Value`` entries of a ``misc`` field, without hindinum's own entries."""
    if not misc:
        return []
    return [item for item in misc.split("|") if item.split("=", 1)[0] not in (_TAG, *_DETAIL_KEYS)]


def _misc_text(value: object) -> str:
    """A :meth:`~hindinum.Amount.to_dict` value as ``misc`` text: ``""`` for None and for a
    flag that is not set."""
    if value is None or value is False:
        return ""  # the default: nothing to write (a flag is written when it is set)
    if value is True:
        return "true"
    return str(value)


def _misc_value(name: str, text: str) -> object:
    """The :meth:`~hindinum.Amount.to_dict` value of field ``name`` from its ``misc`` text."""
    kind = _field_specs()[name].type
    if kind is bool:
        return text == "true"
    if not text:
        return None
    if kind is int:
        return int(text)
    return text


def annotate(doc: Document, *, rejoin: bool = False) -> Document:
    """Find the amounts of a Stanza ``doc`` and attach them to it (see the module docstring).

    This is what the ``hindinum`` processor runs; it can also be called on a document that
    came from elsewhere (a CoNLL-U file, another pipeline). Running it again replaces the
    earlier annotation.

    ``rejoin=True`` reads the tokens put back together by :func:`hindinum.tokens.join_tokens`
    rather than ``doc.text``: right for pretokenized input, whose ``doc.text`` is only the
    tokens joined by spaces (``9 . 2 करोड़`` for tokens ``9``, ``.``, ``2``). The amounts keep
    offsets into ``doc.text`` all the same.

    >>> from stanza.models.common.doc import Document
    >>> doc = Document([[{"id": 1, "text": "11", "start_char": 0, "end_char": 2},
    ...                  {"id": 2, "text": "लाख", "start_char": 3, "end_char": 6},
    ...                  {"id": 3, "text": "डॉलर", "start_char": 7, "end_char": 11}]],
    ...                text="11 लाख डॉलर")
    >>> [(a.value, a.currency) for a in annotate(doc).hindinum_amounts]
    [(Decimal('1100000'), 'USD')]
    >>> for word in doc.sentences[0].words:
    ...     print(word.misc)
    Hindinum=B-MONEY|HindinumCurrency=USD|HindinumSpan=0:11|HindinumValue=1100000
    Hindinum=I-MONEY
    Hindinum=I-MONEY
    """
    text, tokens, spans = _source(doc)
    amounts = _read(text, tokens, spans, rejoin)
    marks = _place(doc, amounts, tokens, spans)
    _clear_misc(doc)
    for key, word in marks.words.items():
        word.misc = _word_misc(word.misc, marks.tags[key], marks.starting.get(key, []))
    doc._hindinum_amounts = list(amounts)
    for sentence, found in zip(doc.sentences, marks.per_sentence, strict=True):
        sentence._hindinum_amounts = found
    return doc


@dataclasses.dataclass
class _Marks:
    """Where the amounts of a document go: the words they cover and the sentences they start in."""

    per_sentence: list[list[Amount]]  # the amounts starting in each sentence
    words: dict[int, StanzaWord] = dataclasses.field(default_factory=dict)  # id(word) -> word
    tags: dict[int, list[str]] = dataclasses.field(default_factory=dict)  # in amount order
    starting: dict[int, list[Amount]] = dataclasses.field(default_factory=dict)  # at id(word)


def _place(
    doc: Document, amounts: list[Amount], tokens: list[StanzaToken], spans: list[tuple[int, int]]
) -> _Marks:
    """Find the words each amount covers (with their B-/I- tags) and its sentence."""
    starts = [span[0] for span in spans]
    ends = [span[1] for span in spans]
    sentence_of = _sentence_numbers(doc)
    marks = _Marks([[] for _ in doc.sentences])
    for amount in amounts:
        first = bisect.bisect_right(ends, amount.start)
        stop = bisect.bisect_left(starts, amount.end)
        if first >= stop:  # covers no token (cannot happen with a complete tokenization)
            if doc.sentences:
                index = _sentence_at(starts, amount.start, tokens, sentence_of)
                marks.per_sentence[index].append(amount)
            continue
        marks.per_sentence[sentence_of[id(tokens[first])]].append(amount)
        label = LABELS[amount.kind]
        covered = [word for token in tokens[first:stop] for word in token.words]
        for position, word in enumerate(covered):
            marks.words[id(word)] = word
            marks.tags.setdefault(id(word), []).append(("B-" if position == 0 else "I-") + label)
        marks.starting.setdefault(id(covered[0]), []).append(amount)
    return marks


def _sentence_numbers(doc: Document) -> dict[int, int]:
    """The index of each token's sentence, by ``id(token)``."""
    return {
        id(token): index
        for index, sentence in enumerate(doc.sentences)
        for token in sentence.tokens
    }


def _clear_misc(doc: Document) -> None:
    """Remove an earlier annotation: hindinum's entries from every word's ``misc``."""
    for sentence in doc.sentences:
        for word in sentence.words:
            if word.misc and _TAG in word.misc:
                word.misc = "|".join(_misc_items(word.misc)) or None


def _word_misc(misc: str | None, tags: list[str], starting: list[Amount]) -> str:
    """The ``misc`` of a word amounts cover: its own entries, the tags, the starting amounts."""
    items = _misc_items(misc)
    items.append(f"{_TAG}={','.join(tags)}")
    if starting:
        records = [a.to_dict() for a in starting]
        columns = {
            key: [_misc_text(record[name]) for record in records]
            for name, key in MISC_KEYS.items()
        }
        columns[_SPAN] = [f"{a.start}:{a.end}" for a in starting]
        items.extend(
            f"{name}={','.join(values)}" for name, values in columns.items() if any(values)
        )
    return "|".join(sorted(items))


def _sentence_at(
    starts: list[int], offset: int, tokens: list[StanzaToken], sentence_of: dict[int, int]
) -> int:
    index = max(0, bisect.bisect_right(starts, offset) - 1)
    return sentence_of[id(tokens[index])] if tokens else 0


def _parse_misc(misc: str | None) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for item in (misc or "").split("|"):
        key, _, value = item.partition("=")
        if key == _TAG or key in _DETAIL_KEYS:
            found[key] = value.split(",")
    return found


def _entry(fields: dict[str, list[str]], name: str, index: int) -> str:
    values = fields.get(name, [])
    return values[index] if index < len(values) else ""


def amounts_from_misc(words: Sequence[StanzaWord | dict[str, Any]], text: str) -> list[Amount]:
    """Rebuild the amounts written into the ``misc`` fields of ``words``.

    ``words`` are Stanza words or the word dicts of ``doc.to_dict()`` (all sentences' words in
    one sequence); ``text`` is the document text that the ``HindinumSpan`` offsets point into.

    >>> sentence = [{"id": 1, "text": "करीब", "start_char": 0, "end_char": 4},
    ...             {"id": 2, "text": "5%", "start_char": 5, "end_char": 7,
    ...              "misc": "Hindinum=B-PERCENT|HindinumApprox=about|HindinumSpan=5:7"
    ...                      "|HindinumValue=5"}]
    >>> (amount,) = amounts_from_misc(sentence, "करीब 5%")
    >>> amount.text, amount.start, amount.end, amount.value, amount.kind, amount.approx
    ('5%', 5, 7, Decimal('5'), <Kind.PERCENT: 'percent'>, <Approx.ABOUT: 'about'>)
    """
    amounts: list[Amount] = []
    for word in words:
        misc = word.get("misc") if isinstance(word, dict) else word.misc
        fields = _parse_misc(misc)
        labels = [tag[2:] for tag in fields.get(_TAG, []) if tag.startswith("B-")]
        for index, label in enumerate(labels):
            start, _, end = _entry(fields, _SPAN, index).partition(":")
            record: dict[str, object] = {
                "text": text[int(start) : int(end)],
                "start": int(start),
                "end": int(end),
                "kind": _KINDS[label],
            }
            for name, key in MISC_KEYS.items():
                record[name] = _misc_value(name, _entry(fields, key, index))
            amounts.append(Amount.from_dict(record))
    return amounts


def _doc_amounts(doc: Document) -> list[Amount]:
    cached = doc._hindinum_amounts
    if cached is not None:
        return list(cached)
    text, _, _ = _source(doc)
    return amounts_from_misc([word for sentence in doc.sentences for word in sentence.words], text)


def _sentence_amounts(sentence: Sentence) -> list[Amount]:
    cached = sentence._hindinum_amounts
    if cached is not None:
        return list(cached)
    text, _, _ = _source(sentence.doc)
    return amounts_from_misc(sentence.words, text)


if not hasattr(Document, "hindinum_amounts"):
    Document.add_property("hindinum_amounts", default=None, getter=_doc_amounts)
if not hasattr(Sentence, "hindinum_amounts"):
    Sentence.add_property("hindinum_amounts", default=None, getter=_sentence_amounts)


class HindinumProcessor(Processor):  # type: ignore[misc]
    """The ``hindinum`` processor: runs :func:`annotate` on every document.

    It needs only the ``tokenize`` processor and provides the annotation ``hindinum``. Its one
    option, ``hindinum_rejoin`` (a ``stanza.Pipeline`` keyword), is passed to :func:`annotate`
    as ``rejoin``; it defaults to the pipeline's ``tokenize_pretokenized``.
    """

    PROVIDES_DEFAULT = {"hindinum"}  # noqa: RUF012 - Stanza unions these as plain sets
    REQUIRES_DEFAULT = {"tokenize"}  # noqa: RUF012

    def __init__(self, config: dict[str, Any], pipeline: Any, device: Any) -> None:
        super().__init__(config, pipeline, device)
        rejoin = config.get("rejoin")
        if rejoin is None:
            pipeline_config = getattr(pipeline, "config", None) or {}
            rejoin = pipeline_config.get("tokenize_pretokenized", False)
        self.rejoin = bool(rejoin)

    def process(self, doc: Document) -> Document:
        """Annotate one document (Stanza calls this for every document)."""
        return annotate(doc, rejoin=self.rejoin)

    def mark_inactive(self) -> None:
        """Nothing to free (Stanza calls this when the pipeline's requirements are not met)."""


if NAME_TO_PROCESSOR_CLASS.get("hindinum") is None:
    register_processor("hindinum")(HindinumProcessor)
else:  # the module was reloaded: point the registered name at the new class
    NAME_TO_PROCESSOR_CLASS["hindinum"] = HindinumProcessor
