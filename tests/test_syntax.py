"""The syntax model and what the claims pipeline reads off its parse.

Tests that need the trained model (models/syntax) skip when it is absent; the rule path's own
tests cover that case, and one test here checks the warning and the fallback.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import spacy

from extractor import nlp, records
from extractor import time as temporal
from extractor.articles import Article
from extractor.syntax import component, describe, features

MODEL = component.MODEL_DIR
needs_model = pytest.mark.skipif(not (MODEL / "config.cfg").is_file(), reason="models/syntax is not present")


@pytest.fixture(scope="module")
def parser() -> spacy.language.Language:
    return spacy.load(MODEL)


def _describe(parser: spacy.language.Language, sentence: str) -> dict:
    doc = parser(sentence)
    (timex, *_) = temporal.find_timexes(sentence)
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return features.describe(doc, span.start, span.end)


@needs_model
def test_model_loads_and_parses_a_sentence(parser: spacy.language.Language) -> None:
    assert parser.pipe_names == ["tok2vec", "tagger", "morphologizer", "parser", "lemmatizer"]
    doc = parser("Tesla will open a new factory in Berlin next year.")
    open_ = doc[2]
    assert (open_.pos_, open_.lemma_) == ("VERB", "open")
    assert doc[0].head.i == open_.i and doc[0].dep_.startswith("nsubj")
    assert doc[1].dep_ == "aux" and doc[5].head.i == open_.i
    assert "Tense=Past" in str(parser("Tesla opened a factory.")[1].morph)


@needs_model
@pytest.mark.parametrize(
    ("sentence", "verb", "time"),
    [
        ("Tesla will open the plant in 2026.", "open", "future"),
        ("Tesla is expected to open the plant in 2026.", "open", "future"),
        ("Tesla was expected to open the plant in 2026.", "open", "past"),
        ("Musk said Tesla would open the plant in 2026.", "open", "future"),
        ("Tesla could open the plant in 2026 if demand holds.", "open", "conditional"),
    ],
)
def test_governing_verb_and_time_frame(parser: spacy.language.Language, sentence: str, verb: str,
                                       time: str) -> None:
    found = _describe(parser, sentence)
    assert (found["syn_verb_lemma"], found["syn_time"]) == (verb, time)


@needs_model
@pytest.mark.parametrize(
    "sentence",
    [
        "Lord Hendy told MPs on Wednesday that trains will run from 2030.",
        "Trains will not run before 2030, the minister told MPs on Wednesday.",
    ],
)
def test_day_of_a_past_reporting_verb_is_past(parser: spacy.language.Language, sentence: str) -> None:
    """A weekday on the telling itself is when it was said, whatever the reported clause's tense."""
    doc = parser(sentence)
    (timex,) = [t for t in temporal.find_timexes(sentence) if t.text.endswith("Wednesday")]
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    assert features.describe(doc, span.start, span.end)["syn_time"] == "past"


@needs_model
@pytest.mark.parametrize(
    ("sentence", "subject", "speaker"),
    [
        ("Musk said Tesla would open the plant in 2026.", "Tesla", "Musk"),
        ("The company will open the plant in 2026, the spokeswoman said.", "The company", "the spokeswoman"),
        ("Analysts expect the ring to launch in 2026.", "the ring", ""),
    ],
)
def test_subject_and_speaker_phrases(parser: spacy.language.Language, sentence: str, subject: str,
                                     speaker: str) -> None:
    found = _describe(parser, sentence)
    assert found["syn_subject"].get("text", "") == subject
    assert found["syn_speaker"].get("text", "") == speaker


def _claims(text: str, title: str = "") -> list[records.Claim]:
    from datetime import date

    article = Article("doc", "f.txt", title, "", text, date(2024, 5, 15), "metadata")
    composed, sections = records.compose(article)
    return records.claims_from_doc(nlp.load()(composed), article, sections)


@needs_model
@pytest.mark.parametrize(
    ("sentence", "own_subject", "what"),
    [
        ("Musk said the company will spend about $10 billion on AI training in 2025.", True,
         "AI training spending"),
        ("Tesla expects its compute to reach 100 exaflops by October 2025.", False, "compute reaches 100 exaflops"),
        ("He announced that his company's android would debut on AI Day in September 2022.", False,
         "android debut on AI Day"),
    ],
)
def test_milestone_phrase(parser: spacy.language.Language, sentence: str, own_subject: bool, what: str) -> None:
    """The clause's verb and object in the sentence's words; a thing that is the subject comes first."""
    assert describe.what(_describe(parser, sentence), own_subject, ["Tesla"]) == what


@needs_model
@pytest.mark.parametrize(
    ("title", "sentence", "subject", "speaker", "category"),
    [
        ("Tesla plans big AI spend", "Musk said the company will spend about $10 billion on AI training in 2025.",
         "Tesla", "Elon Musk", "spending"),
        ("Tesla AI update", "Tesla expects its compute to reach 100 exaflops by October 2025.",
         "Tesla", "", "capacity"),
        ("Japan defence plan", "Japan aims to begin deploying long-range missiles in fiscal 2026.",
         "Japanese government", "", "other"),  # a military deployment is no delivery (dev2's gold: other)
        ("Ring rumours", "Analysts expect the ring to launch in the summer of 2025.", "analysts", "", "launch"),
        # a place's own government, by the place its phrase names
        ("Water plans", "The NSW government will build the desalination plant by 2028.", "NSW government", "",
         "production"),
        # a country's possessive qualifies the name that acts; it does not make the claim its government's
        ("Battery plans", "Norway's Voltara Energy aims to start its first battery line in 2027.", "Voltara Energy", "",
         "production"),
        ("Kestrel fleet news", "Chile's Kestrel will take 10 more Airbus jets in 2026.", "Kestrel",
         "", "delivery"),
    ],
)
def test_subject_speaker_category(title: str, sentence: str, subject: str, speaker: str, category: str) -> None:
    (claim,) = _claims(sentence, title)
    assert (claim.subject, claim.speaker, claim.category) == (subject, speaker, category)


def test_missing_model_warns_once_and_keeps_the_rules(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pipeline = nlp.load(syntax_model=str(tmp_path / "absent"))
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "syntax model not found" in err[0]
    assert "syntax" not in pipeline.pipe_names
    doc = pipeline("Tesla will open the plant in 2026.")
    assert doc._.candidates and "syn_what" not in doc._.candidates[0]


@needs_model
def test_saved_pipeline_travels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline with the syntax component saved to disk loads from another working directory
    (its model and rule data inside) and describes claims exactly like the checkout's."""
    text = "Acme said it will open its first plant in Ohio in 2026."
    from datetime import date

    article = Article("doc", "f.txt", "", "", text, date(2024, 5, 15), "metadata")
    composed, sections = records.compose(article)
    expected = records.claims_from_doc(nlp.load()(composed), article, sections)
    assert [c.subject for c in expected] == ["Acme"]
    nlp.build(syntax_model=MODEL).to_disk(tmp_path / "pipeline")
    monkeypatch.chdir(tmp_path)
    loaded = spacy.load("pipeline")
    assert loaded.pipe_names[-1] == "syntax"
    assert sorted(os.listdir(tmp_path / "pipeline" / "syntax")) == ["model", "rules.json"]
    assert records.claims_from_doc(loaded(composed), article, sections) == expected


@needs_model
@pytest.mark.slow
def test_ud_test_split_scores(shared_dir: Path, parser: spacy.language.Language) -> None:
    """Re-score the model on the UD English EWT test split (the figures of models/README.md)."""
    from spacy.training import Example
    from spacy.training.converters import conllu_to_docs

    source = shared_dir / "ud" / "en_ewt-ud-test.conllu"
    if not source.is_file():
        pytest.skip("../shared/ud is not present")
    docs = list(conllu_to_docs(source.read_text(encoding="utf-8"), n_sents=10, no_print=True))
    examples = [Example(parser.make_doc(d.text), d) for d in docs]
    scores = parser.evaluate(examples)
    assert scores["pos_acc"] >= 0.90
    assert scores["dep_uas"] >= 0.78
    assert scores["dep_las"] >= 0.72


@needs_model
def test_resume_config_continues_the_shipped_model() -> None:
    """`train-syntax --resume` sources every component, so the warm start keeps the model's architecture."""
    from spacy.util import load_config, load_model_from_config

    from extractor.syntax import train

    config = load_config(train.RESUME_CONFIG, overrides={"paths.source": str(MODEL)}, interpolate=True)
    assert all(config["components"][name].get("source") == str(MODEL) for name in config["nlp"]["pipeline"])
    resumed = load_model_from_config(config, auto_fill=True)
    shipped = spacy.load(MODEL)
    assert resumed.pipe_names == shipped.pipe_names
    for name in ("tagger", "morphologizer", "parser"):
        assert resumed.get_pipe(name).labels == shipped.get_pipe(name).labels
    width = shipped.get_pipe("tok2vec").model.get_dim("nO")
    assert resumed.get_pipe("tok2vec").model.get_dim("nO") == width
