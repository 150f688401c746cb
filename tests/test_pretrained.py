"""The optional pretrained-pipeline hook: any installed spaCy pipeline with entities can name
subjects and speakers. en_core_web_* cannot be installed here, so the test builds a small pipeline
with an entity ruler and saves it, which is exactly what `spacy.load` accepts."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from extractor import extract


@pytest.fixture(scope="module")
def ner_model(tmp_path_factory: pytest.TempPathFactory) -> str:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "Zephyr Dynamics"}, {"label": "PERSON", "pattern": "Ana Ruiz"}])
    path = tmp_path_factory.mktemp("ner") / "model"
    nlp.to_disk(path)
    return str(path)


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(
        "Plant news\n\nAnalysts expect Zephyr Dynamics to open its plant in 2030, the spokeswoman, Ana Ruiz, said.\n",
        encoding="utf-8",
    )
    (tmp_path / "published.yaml").write_text("a.txt: 2025-01-10\n", encoding="utf-8")
    return tmp_path


def test_rules_alone_do_not_know_the_names(article: Path) -> None:
    (row,) = extract(article).itertuples()
    assert row.subject != "Zephyr Dynamics"


def test_pretrained_entities_name_subject_and_speaker(article: Path, ner_model: str) -> None:
    (row,) = extract(article, ner_model=ner_model).itertuples()
    assert (row.subject, row.speaker, row.promised) == ("Zephyr Dynamics", "Ana Ruiz", "2030")
