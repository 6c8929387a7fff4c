"""The spaCy component ``hindinum`` in a blank Hindi pipeline (the ``spacy`` extra)."""

from __future__ import annotations

import ast
import doctest
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import hindinum
from conftest import require

spacy = require("spacy")

from spacy.tokens import Doc, DocBin  # after the framework check
from spacy.util import load_config_from_str

import hindinum.spacy as hindinum_spacy  # after the framework check

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_d65d5b869444906d.txt"


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    pipeline = spacy.blank("hi")
    pipeline.add_pipe("hindinum")
    return pipeline


def _spans(doc: Doc, key: str = "hindinum") -> list[tuple[str, str, str | None, str | None]]:
    return [
        (span.text, span.label_, span._.hindinum_value, span._.hindinum_currency)
        for span in doc.spans[key]
    ]


def test_seed_article(nlp: spacy.language.Language) -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = nlp(text)
    amounts = hindinum.extract(text)
    assert len(doc.spans["hindinum"]) == len(amounts)
    for span, amount in zip(doc.spans["hindinum"], amounts, strict=True):
        assert span._.hindinum_text == amount.text
        assert span._.hindinum_value == amount.to_dict()["value"]
        assert span._.hindinum_kind == amount.kind.value
    money = [row for row in _spans(doc) if row[1] == "MONEY"]
    assert money == [
        ("9.2 करोड़ डॉलर", "MONEY", "92000000", "USD"),
        ("11 लाख डॉलर", "MONEY", "1100000", "USD"),
        ("9.2 करोड़ डॉलर", "MONEY", "92000000", "USD"),
        ("11 लाख डॉलर", "MONEY", "1100000", "USD"),
    ]
    assert [ent.text for ent in doc.ents] == [span.text for span in doc.spans["hindinum"]]


@pytest.mark.parametrize(
    ("text", "label", "kind"),
    [
        ("कुल 9.2 करोड़ डॉलर", "MONEY", "money"),
        ("करीब 2,000 कर्मचारी", "CARDINAL", "number"),
        ("महंगाई 5.5 प्रतिशत रही", "PERCENT", "percent"),
        ("उसे 10वां स्थान मिला", "ORDINAL", "ordinal"),
    ],
)
def test_labels_by_kind(nlp: spacy.language.Language, text: str, label: str, kind: str) -> None:
    doc = nlp(text)
    (span,) = doc.spans["hindinum"]
    assert (span.label_, span._.hindinum_kind) == (label, kind)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [(span.text, label)]


def test_extensions_hold_the_to_dict_values(nlp: spacy.language.Language) -> None:
    text = "करीब 5-10 लाख रुपये और 25% तक"
    doc = nlp(text)
    spans = list(doc.spans["hindinum"])
    assert spans
    for span, amount in zip(spans, hindinum.extract(text), strict=True):
        values = [span._.get(name) for name in hindinum_spacy.EXTENSIONS]
        assert values == list(amount.to_dict().values())
        for value in values:  # nothing that would break doc.to_bytes()
            assert value is None or isinstance(value, str | int), value
    (rng, pct) = spans
    assert (rng._.hindinum_value, rng._.hindinum_value_max) == ("500000", "1000000")
    assert rng._.hindinum_currency == "INR"
    assert pct._.hindinum_approx == "up_to"
    assert pct._.hindinum_value_max is None
    assert rng._.hindinum_subunit is None


def test_money_kept_in_its_subunit(nlp: spacy.language.Language) -> None:
    doc = nlp("शेयर 34 सेंट गिरा")
    (span,) = doc.spans["hindinum"]
    assert (span.text, span.label_, span._.hindinum_value) == ("34 सेंट", "MONEY", "34")
    assert (span._.hindinum_currency, span._.hindinum_subunit) == (None, "cent")


# --- alignment: spaCy's tokens differ from hindinum's ------------------------------------------


@pytest.mark.parametrize(
    ("text", "token", "amount"),
    [
        ("कीमत:₹500/- थी", "कीमत:₹500/-", "₹500/-"),  # spaCy keeps one token
        ("आय 25%तक बढ़ी", "25%तक", "25%"),
        ("कीमत ₹5.5लाख है", "5.5लाख", None),
    ],
)
def test_spacy_tokens_differ_from_hindinum(text: str, token: str, amount: str | None) -> None:
    blank = spacy.blank("hi")
    assert token in [t.text for t in blank(text)]
    found = hindinum.extract(text)
    assert found
    if amount is not None:
        assert found[0].text == amount
        start = text.index(token)
        assert (found[0].start, found[0].end) != (start, start + len(token))


def test_expand_aligns_amount_inside_a_token(nlp: spacy.language.Language) -> None:
    doc = nlp("कीमत:₹500/- थी")
    (span,) = doc.spans["hindinum"]
    assert (span.start, span.end, span.text) == (0, 1, "कीमत:₹500/-")
    assert span._.hindinum_text == "₹500/-"
    assert (span.label_, span._.hindinum_value, span._.hindinum_currency) == ("MONEY", "500", "INR")
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("कीमत:₹500/-", "MONEY")]


def test_expand_with_edge_inside_last_token(nlp: spacy.language.Language) -> None:
    doc = nlp("आय 25%तक बढ़ी")
    (span,) = doc.spans["hindinum"]
    assert span.text == "25%तक"
    assert span._.hindinum_text == "25%"
    assert span._.hindinum_approx == "up_to"


@pytest.mark.parametrize("mode", ["contract", "strict"])
def test_other_alignment_modes_leave_unalignable_amounts_out(mode: str) -> None:
    pipeline = spacy.blank("hi")
    pipeline.add_pipe("hindinum", config={"alignment_mode": mode})
    doc = pipeline("कीमत:₹500/- थी और 11 लाख डॉलर")
    assert [span.text for span in doc.spans["hindinum"]] == ["11 लाख डॉलर"]


def test_amount_split_into_several_spacy_tokens(nlp: spacy.language.Language) -> None:
    doc = nlp("5-6 लाख रुपये")  # spaCy: 5 | - | 6 | लाख | रुपये
    (span,) = doc.spans["hindinum"]
    assert (span.start, span.end) == (0, 5)
    assert (span._.hindinum_value, span._.hindinum_value_max) == ("500000", "600000")


def test_two_amounts_in_one_spacy_token(nlp: spacy.language.Language) -> None:
    doc = nlp("मूल्य=₹40,000/₹50,000")  # one spaCy token, two hindinum amounts
    assert len(doc) == 1
    assert [a.text for a in hindinum.extract(doc.text)] == ["₹40,000", "₹50,000"]
    first, second = doc.spans["hindinum"]
    assert (first.start, first.end) == (second.start, second.end) == (0, 1)
    # spaCy keys extension values by character offsets: the span keeps the first amount's.
    assert (first._.hindinum_value, first._.hindinum_text) == ("40000", "₹40,000")
    assert [(ent.text, ent.label_) for ent in doc.ents] == [(doc.text, "MONEY")]


def test_bad_alignment_mode_is_refused() -> None:
    pipeline = spacy.blank("hi")
    with pytest.raises(ValueError, match="alignment_mode"):
        pipeline.add_pipe("hindinum", config={"alignment_mode": "loose"})


# --- entities ---------------------------------------------------------------------------------


def test_existing_entities_are_kept() -> None:
    pipeline = spacy.blank("hi")
    ruler = pipeline.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "TikTok"},
            {"label": "DEAL", "pattern": [{"TEXT": "9.2"}, {"TEXT": "करोड़"}]},
        ]
    )
    pipeline.add_pipe("hindinum")
    doc = pipeline("TikTok ने 9.2 करोड़ डॉलर और 11 लाख डॉलर दिए")
    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("TikTok", "ORG"),
        ("9.2 करोड़", "DEAL"),  # there first: the overlapping amount does not replace it
        ("11 लाख डॉलर", "MONEY"),
    ]
    assert [span.text for span in doc.spans["hindinum"]] == ["9.2 करोड़ डॉलर", "11 लाख डॉलर"]


def test_tokens_outside_amounts_stay_unannotated(nlp: spacy.language.Language) -> None:
    doc = nlp("कंपनी ने 11 लाख डॉलर दिए")
    assert [token.ent_iob_ for token in doc] == ["", "", "B", "I", "I", ""]


def test_write_ents_off_and_own_spans_key() -> None:
    pipeline = spacy.blank("hi")
    pipeline.add_pipe("hindinum", config={"write_ents": False, "spans_key": "amounts"})
    doc = pipeline("11 लाख डॉलर")
    assert doc.ents == ()
    assert "hindinum" not in doc.spans
    assert _spans(doc, "amounts") == [("11 लाख डॉलर", "MONEY", "1100000", "USD")]


def test_text_without_amounts(nlp: spacy.language.Language) -> None:
    doc = nlp("कोई संख्या नहीं")
    assert list(doc.spans["hindinum"]) == []
    assert doc.ents == ()
    assert len(nlp("")) == 0


# --- serialization, config, processes ---------------------------------------------------------


def test_doc_to_bytes_round_trip(nlp: spacy.language.Language) -> None:
    doc = nlp("करीब 5-10 लाख रुपये, आय 25%तक और 9.2 करोड़ डॉलर")
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _spans(restored) == _spans(doc)
    assert [(e.text, e.label_) for e in restored.ents] == [(e.text, e.label_) for e in doc.ents]
    for before, after in zip(doc.spans["hindinum"], restored.spans["hindinum"], strict=True):
        for name in hindinum_spacy.EXTENSIONS:
            assert after._.get(name) == before._.get(name)


def test_docbin_round_trip(nlp: spacy.language.Language) -> None:
    docs = [nlp("11 लाख डॉलर"), nlp("25% तक")]
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    restored = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert [_spans(d) for d in restored] == [_spans(d) for d in docs]


def test_from_config_string() -> None:
    config = load_config_from_str(
        textwrap.dedent(
            """
            [nlp]
            lang = "hi"
            pipeline = ["hindinum"]

            [components]

            [components.hindinum]
            factory = "hindinum"
            spans_key = "numbers"
            alignment_mode = "contract"
            write_ents = true
            """
        )
    )
    pipeline = spacy.util.get_lang_class("hi").from_config(config)
    assert pipeline.pipe_names == ["hindinum"]
    doc = pipeline("आय 25%तक बढ़ी, 11 लाख डॉलर")
    assert [span.text for span in doc.spans["numbers"]] == ["11 लाख डॉलर"]


def test_to_disk_and_load(nlp: spacy.language.Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["hindinum"]
    assert loaded.get_pipe_config("hindinum")["alignment_mode"] == "expand"
    assert _spans(loaded("11 लाख डॉलर")) == [("11 लाख डॉलर", "MONEY", "1100000", "USD")]


@spacy.language.Language.component("_test_hindinum_pid")
def _record_pid(doc: Doc) -> Doc:
    doc.user_data["pid"] = os.getpid()
    return doc


def test_pipe_with_two_processes() -> None:
    pipeline = spacy.blank("hi")
    pipeline.add_pipe("hindinum")
    pipeline.add_pipe("_test_hindinum_pid")
    texts = ["11 लाख डॉलर का भुगतान", "आय 25%तक बढ़ी", "कोई संख्या नहीं", "कीमत:₹500/- थी"]
    expected = [_spans(pipeline(text)) for text in texts]
    docs = list(pipeline.pipe(texts, n_process=2, batch_size=1))
    assert [_spans(doc) for doc in docs] == expected
    assert docs[1].spans["hindinum"][0]._.hindinum_text == "25%"
    assert os.getpid() not in {doc.user_data["pid"] for doc in docs}  # really other processes


def test_entry_point_without_importing_hindinum() -> None:
    """A fresh interpreter that never imports hindinum gets the factory through spaCy."""
    code = textwrap.dedent(
        """
        import json, sys
        import spacy
        assert "hindinum" not in sys.modules
        nlp = spacy.blank("hi")
        nlp.add_pipe("hindinum")
        doc = nlp("कंपनी ने 9.2 करोड़ डॉलर दिए")
        print(json.dumps([[s.text, s.label_, s._.hindinum_value, s._.hindinum_currency]
                          for s in doc.spans["hindinum"]]))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [["9.2 करोड़ डॉलर", "MONEY", "92000000", "USD"]]


def test_factory_registered_under_entry_point_name() -> None:
    from importlib.metadata import entry_points

    (point,) = [ep for ep in entry_points(group="spacy_factories") if ep.name == "hindinum"]
    assert point.value == "hindinum.spacy:make_hindinum"
    assert point.load() is hindinum_spacy.make_hindinum
    assert spacy.language.Language.has_factory("hindinum")


# --- the module itself ------------------------------------------------------------------------


def test_module_imports_only_spacy_hindinum_and_stdlib() -> None:
    tree = ast.parse((ROOT / "hindinum" / "spacy.py").read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "relative import"
            roots.add((node.module or "").split(".")[0])
    assert roots - set(sys.stdlib_module_names) <= {"spacy", "hindinum"}
    assert "spacy" in roots


def test_absolute_import_gets_real_spacy() -> None:
    # hindinum/spacy.py is named like the framework: its "from spacy..." must be spaCy's own.
    assert hindinum_spacy.Language is spacy.language.Language
    assert hindinum_spacy.Span is spacy.tokens.Span
    assert Path(spacy.__file__).parent.name == "spacy"
    assert Path(spacy.__file__).parent.parent.name != "hindinum"


def test_docs_page_examples_run() -> None:
    """The examples of docs/spacy.md, run as doctests (their output is printed on failure)."""
    page = ROOT / "docs" / "spacy.md"
    flags = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
    result = doctest.testfile(str(page), module_relative=False, optionflags=flags)
    assert result.attempted > 0
    assert result.failed == 0
