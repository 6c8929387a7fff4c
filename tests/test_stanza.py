"""The Stanza processor ``hindinum`` (the ``stanza`` extra).

The Hindi tokenizer model cannot be downloaded here, so the pipeline runs offline: pretokenized
input, a resources file holding ``{}``, ``allow_unknown_language`` and no download.
"""

from __future__ import annotations

import doctest
import importlib
import json
from decimal import Decimal
from pathlib import Path

import pytest

import hindinum
from conftest import require
from hindinum.types import Amount

stanza = require("stanza")

from stanza.models.common.doc import Document  # after the framework check
from stanza.pipeline.registry import NAME_TO_PROCESSOR_CLASS, PIPELINE_NAMES
from stanza.utils.conll import CoNLL

import hindinum.stanza as hindinum_stanza  # after the framework check

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_d65d5b869444906d.txt"


def _pipeline(model_dir: Path, **options: object) -> stanza.Pipeline:
    return stanza.Pipeline(
        "hi",
        dir=str(model_dir),
        processors="tokenize,hindinum",
        tokenize_pretokenized=True,
        allow_unknown_language=True,
        download_method=None,
        logging_level="ERROR",
        **options,
    )


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stanza")
    # Stanza reads <dir>/resources.json (see stanza.resources.common.load_resources_json).
    (path / "resources.json").write_text("{}", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def nlp(model_dir: Path) -> stanza.Pipeline:
    return _pipeline(model_dir)


def _meaning(amounts: list[Amount]) -> list[tuple[str, str, str | None]]:
    return [(str(a.value), a.kind.value, a.currency) for a in amounts]


def test_registered_once() -> None:
    assert NAME_TO_PROCESSOR_CLASS["hindinum"] is hindinum_stanza.HindinumProcessor
    assert PIPELINE_NAMES.count("hindinum") == 1


def test_reload_keeps_one_registration() -> None:
    module = importlib.reload(hindinum_stanza)
    try:
        assert PIPELINE_NAMES.count("hindinum") == 1
        assert NAME_TO_PROCESSOR_CLASS["hindinum"] is module.HindinumProcessor
    finally:
        importlib.reload(module)


def test_pipeline_has_the_processor(nlp: stanza.Pipeline) -> None:
    assert list(nlp.processors) == ["tokenize", "hindinum"]
    assert isinstance(nlp.processors["hindinum"], hindinum_stanza.HindinumProcessor)
    assert nlp.processors["hindinum"].provides == {"hindinum"}
    assert nlp.processors["hindinum"].requires == {"tokenize"}


def test_without_tokenize_the_pipeline_is_refused(model_dir: Path) -> None:
    from stanza.pipeline.core import PipelineRequirementsException

    with pytest.raises(PipelineRequirementsException, match="missing: {'tokenize'}"):
        stanza.Pipeline(
            "hi",
            dir=str(model_dir),
            processors="hindinum",
            allow_unknown_language=True,
            download_method=None,
            logging_level="ERROR",
        )


def test_seed_article(nlp: stanza.Pipeline) -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = nlp(text)
    # Pretokenized input: doc.text is the tokens joined by single spaces.
    assert doc.hindinum_amounts == hindinum.extract(doc.text)
    money = [m for m in _meaning(doc.hindinum_amounts) if m[1] == "money"]
    assert money == [("92000000", "money", "USD"), ("1100000", "money", "USD")] * 2
    for amount in doc.hindinum_amounts:
        assert doc.text[amount.start : amount.end] == amount.text
    per_sentence = [a for sentence in doc.sentences for a in sentence.hindinum_amounts]
    assert per_sentence == doc.hindinum_amounts


def test_sentences_get_their_own_amounts(nlp: stanza.Pipeline) -> None:
    doc = nlp("कंपनी ने 9.2 करोड़ डॉलर दिए ।\nकोई संख्या नहीं ।\nफिर 11 लाख डॉलर और 25 % दिए")
    assert [_meaning(s.hindinum_amounts) for s in doc.sentences] == [
        [("92000000", "money", "USD")],
        [],
        [("1100000", "money", "USD"), ("25", "percent", None)],
    ]


def test_words_carry_bio_tags_in_misc(nlp: stanza.Pipeline) -> None:
    doc = nlp("कंपनी ने 11 लाख डॉलर दिए")
    misc = [word.misc or "" for word in doc.sentences[0].words]
    assert "Hindinum" not in misc[0] + misc[1] + misc[5]
    assert misc[2].split("|") == [
        "Hindinum=B-MONEY",
        "HindinumCurrency=USD",
        f"HindinumSpan={doc.text.index('11')}:{doc.text.index('दिए') - 1}",
        "HindinumValue=1100000",
    ]
    assert misc[3:5] == ["Hindinum=I-MONEY", "Hindinum=I-MONEY"]


def test_values_survive_to_dict(nlp: stanza.Pipeline) -> None:
    doc = nlp("करीब 5-10 लाख रुपये और 25 % तक\nउसे 10वां स्थान")
    data = doc.to_dict()
    json.dumps(data)  # plain data
    flat = [word for sentence in data for word in sentence]
    values = [w["misc"] for w in flat if "HindinumValue=" in w.get("misc", "")]
    assert len(values) == len(doc.hindinum_amounts) == 3
    assert "HindinumValueMax=1000000" in values[0]
    assert "HindinumApprox=about" in values[0]
    assert "Hindinum=B-ORDINAL" in values[2]
    assert hindinum_stanza.amounts_from_misc(flat, doc.text) == doc.hindinum_amounts


def test_document_rebuilt_from_to_dict(nlp: stanza.Pipeline) -> None:
    doc = nlp("कंपनी ने 9.2 करोड़ डॉलर दिए ।\nफिर 11 लाख डॉलर दिए")
    rebuilt = Document(doc.to_dict(), text=doc.text)
    assert rebuilt.hindinum_amounts == doc.hindinum_amounts
    assert [s.hindinum_amounts for s in rebuilt.sentences] == [
        s.hindinum_amounts for s in doc.sentences
    ]


def test_serialized_and_conll_round_trips(nlp: stanza.Pipeline) -> None:
    doc = nlp("कंपनी ने 9.2 करोड़ डॉलर दिए ।\nफिर 11 लाख डॉलर और 25 % दिए")
    assert Document.from_serialized(doc.to_serialized()).hindinum_amounts == doc.hindinum_amounts
    conll = f"{doc:C}"
    assert "Hindinum=B-MONEY" in conll
    from_conll = CoNLL.conll2doc(input_str=conll)
    assert from_conll.text is None  # laid out again from the words' offsets
    assert from_conll.hindinum_amounts == doc.hindinum_amounts


def test_pretokenized_lists_are_rejoined(nlp: stanza.Pipeline) -> None:
    # A tokenizer's cut numbers (indic-nlp: 9 . 2, १ , ५० , ०००) read as the numbers they were.
    doc = nlp([["9", ".", "2", "करोड़", "डॉलर"], ["१", ",", "५०", ",", "०००", "रुपये", "।"]])
    assert doc.text == "9 . 2 करोड़ डॉलर १ , ५० , ००० रुपये ।"
    assert _meaning(doc.hindinum_amounts) == [
        ("92000000", "money", "USD"),
        ("150000", "money", "INR"),
    ]
    assert [a.text for a in doc.hindinum_amounts] == ["9 . 2 करोड़ डॉलर", "१ , ५० , ००० रुपये"]
    for amount in doc.hindinum_amounts:
        assert doc.text[amount.start : amount.end] == amount.text
    assert [len(s.hindinum_amounts) for s in doc.sentences] == [1, 1]


def test_rejoin_can_be_turned_off(model_dir: Path) -> None:
    plain = _pipeline(model_dir, hindinum_rejoin=False)
    assert plain.processors["hindinum"].rejoin is False
    doc = plain([["9", ".", "2", "करोड़", "डॉलर"]])
    assert doc.hindinum_amounts == hindinum.extract("9 . 2 करोड़ डॉलर")


def test_bulk_documents(nlp: stanza.Pipeline) -> None:
    docs = nlp.bulk_process(
        [Document([], text="11 लाख डॉलर दिए"), Document([], text="कोई संख्या नहीं")]
    )
    assert [_meaning(d.hindinum_amounts) for d in docs] == [[("1100000", "money", "USD")], []]


def test_annotate_again_replaces_and_keeps_other_misc() -> None:
    doc = Document(
        [
            [
                {"id": 1, "text": "11", "start_char": 0, "end_char": 2},
                {"id": 2, "text": "लाख", "start_char": 3, "end_char": 6},
                {"id": 3, "text": "डॉलर", "start_char": 7, "end_char": 11, "misc": "Gloss=dollar"},
            ]
        ],
        text="11 लाख डॉलर",
    )
    hindinum_stanza.annotate(doc)
    first = [word.misc for word in doc.sentences[0].words]
    hindinum_stanza.annotate(doc)
    assert [word.misc for word in doc.sentences[0].words] == first
    assert first[2] == "Gloss=dollar|Hindinum=I-MONEY"


def test_amount_inside_one_token() -> None:
    doc = Document(
        [
            [
                {"id": 1, "text": "कीमत:₹500/-", "start_char": 0, "end_char": 11},
                {"id": 2, "text": "थी", "start_char": 12, "end_char": 14},
            ]
        ],
        text="कीमत:₹500/- थी",
    )
    (amount,) = hindinum_stanza.annotate(doc).hindinum_amounts
    assert (amount.text, amount.start, amount.end) == ("₹500/-", 5, 11)
    assert doc.sentences[0].words[0].misc == (
        "Hindinum=B-MONEY|HindinumCurrency=INR|HindinumSpan=5:11|HindinumValue=500"
    )
    rebuilt = Document(doc.to_dict(), text=doc.text)
    assert rebuilt.hindinum_amounts == [amount]


def test_money_kept_in_its_subunit_survives_to_dict() -> None:
    text = "शेयर 34 सेंट गिरा"
    words = [{"id": i + 1, "text": w, "start_char": text.index(w), "end_char": text.index(w) + len(w)}
             for i, w in enumerate(text.split())]
    doc = Document([words], text=text)
    (amount,) = hindinum_stanza.annotate(doc).hindinum_amounts
    assert (amount.value, amount.currency, amount.subunit) == (Decimal(34), None, "cent")
    assert "HindinumSubunit=cent" in doc.sentences[0].words[1].misc.split("|")
    assert Document(doc.to_dict(), text=text).hindinum_amounts == [amount]


def test_two_amounts_starting_in_one_word() -> None:
    text = "मूल्य=₹40,000/₹50,000"
    doc = Document([[{"id": 1, "text": text, "start_char": 0, "end_char": len(text)}]], text=text)
    amounts = hindinum_stanza.annotate(doc).hindinum_amounts
    assert amounts == hindinum.extract(text)
    assert len(amounts) == 2
    misc = doc.sentences[0].words[0].misc
    assert "Hindinum=B-MONEY,B-MONEY" in misc.split("|")
    assert Document(doc.to_dict(), text=text).hindinum_amounts == amounts


def test_document_without_offsets() -> None:
    doc = Document(
        [
            [
                {"id": 1, "text": "9"},
                {"id": 2, "text": "."},
                {"id": 3, "text": "2"},
                {"id": 4, "text": "लाख"},
            ]
        ]
    )
    (amount,) = hindinum_stanza.annotate(doc).hindinum_amounts
    assert (str(amount.value), amount.text) == ("920000", "9.2 लाख")
    assert Document(doc.to_dict()).hindinum_amounts == [amount]


def test_document_never_annotated_has_no_amounts() -> None:
    doc = Document([[{"id": 1, "text": "5", "start_char": 0, "end_char": 1}]], text="5")
    assert doc.hindinum_amounts == []
    assert doc.sentences[0].hindinum_amounts == []


def test_docs_page_examples_run() -> None:
    """The examples of docs/stanza.md, run as doctests (their output is printed on failure)."""
    page = Path(__file__).resolve().parent.parent / "docs" / "stanza.md"
    flags = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
    result = doctest.testfile(str(page), module_relative=False, optionflags=flags)
    assert result.attempted > 0
    assert result.failed == 0
