"""Build, save and load the claims pipeline (``models/claims``), cached once per process.

The pipeline is ``spacy.blank("en")`` plus the project's own components, so it needs no
pretrained weights. ``models/claims`` is what ``spacy.load`` reads; it is regenerated on purpose
with ``extractor build-model`` and a test checks that it matches what ``build()`` makes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

import extractor.components  # noqa: F401 - registers the factories when not installed via entry points

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "claims"
PIPES = ("extractor_sentences", "extractor_timexes", "extractor_claims")
NAMES = ("sentences", "timexes", "claims")


def build() -> Language:
    """A fresh pipeline from code and lexicons."""
    nlp = spacy.blank("en")
    for factory, name in zip(PIPES, NAMES, strict=True):
        nlp.add_pipe(factory, name=name)
    nlp.meta.update({"name": "claims", "version": "0.1.0", "description": "Dated forward-looking claims (rules)"})
    return nlp


def save(path: Path = MODEL_DIR) -> Path:
    """Write the pipeline to ``path`` so that ``spacy.load(path)`` works."""
    build().to_disk(path)
    return path


@cache
def load(path: str | None = None, ner_model: str | None = None) -> Language:
    """The pipeline from ``models/claims`` when present (a checkout), else built from code; with
    ``ner_model`` (an installed pretrained pipeline), its entities feed subjects and speakers."""
    model = Path(path) if path else MODEL_DIR
    nlp = spacy.load(model) if (model / "config.cfg").is_file() else build()
    if ner_model:
        nlp.add_pipe("extractor_entities", name="entities", before="claims", config={"model": ner_model})
    return nlp
