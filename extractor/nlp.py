"""Build, save and load the claims pipeline (``models/claims``), cached once per process.

The pipeline is ``spacy.blank("en")`` plus the project's own components, so it needs no
pretrained weights. ``models/claims`` is what ``spacy.load`` reads; it is regenerated on purpose
with ``extractor build-model`` and a test checks that it matches what ``build()`` makes.

When the trained syntax model (``models/syntax``) is present, ``load`` adds the
``extractor_syntax_v1`` component after the claim candidates: it parses only the sentences that
hold a candidate. Without it the rules run alone, after one warning line. ``EXTRACTOR_SYNTAX_MODEL``
names another model folder, or ``none`` to run the rules alone on purpose (no warning): the bench's
row "without the syntax model" runs that way, so the model's cost is measured on the same texts.
"""

from __future__ import annotations

import gc
import os
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

import extractor.components  # noqa: F401 - registers the factories when not installed via entry points
from extractor.syntax import component as syntax

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "claims"
PIPES = ("extractor_sentences", "extractor_timexes", "extractor_claims")
NAMES = ("sentences", "timexes", "claims")
SYNTAX_FACTORY = "extractor_syntax_v1"
SYNTAX_ENV = "EXTRACTOR_SYNTAX_MODEL"


def build(syntax_model: str | Path | None = None) -> Language:
    """A fresh pipeline from code and lexicons; with ``syntax_model`` (a trained syntax pipeline),
    also the syntax component, which then saves the model inside the pipeline."""
    nlp = spacy.blank("en")
    for factory, name in zip(PIPES, NAMES, strict=True):
        nlp.add_pipe(factory, name=name)
    if syntax_model:
        nlp.add_pipe(SYNTAX_FACTORY, name="syntax", config={"model": str(syntax_model)})
    nlp.meta.update({"name": "claims", "version": "0.1.0", "description": "Dated forward-looking claims (rules)"})
    return nlp


def save(path: Path = MODEL_DIR) -> Path:
    """Write the pipeline to ``path`` so that ``spacy.load(path)`` works."""
    build().to_disk(path)
    return path


def load(path: str | None = None, ner_model: str | None = None, syntax_model: str | None = "") -> Language:
    """The pipeline from ``models/claims`` when present (a checkout), else built from code; with
    ``ner_model`` (an installed pretrained pipeline), its entities feed subjects and speakers.
    The syntax component joins when ``syntax_model`` (default: ``$EXTRACTOR_SYNTAX_MODEL``, else
    ``models/syntax``; None or ``none``: never) holds a trained model and the pipeline has none of its own.
    Cached per process and per resolved arguments."""
    if syntax_model == "":
        syntax_model = os.environ.get(SYNTAX_ENV, "")
    return _load(path, ner_model, None if syntax_model in (None, "none") else syntax_model)


@cache
def _load(path: str | None, ner_model: str | None, syntax_model: str | None) -> Language:
    model = Path(path) if path else MODEL_DIR
    nlp = _from_disk(model) if (model / "config.cfg").is_file() else build()
    if ner_model:
        nlp.add_pipe("extractor_entities", name="entities", before="claims", config={"model": ner_model})
    if syntax_model is not None and "syntax" not in nlp.pipe_names:
        where = Path(syntax_model) if syntax_model else syntax.MODEL_DIR
        if (where / "config.cfg").is_file():
            nlp.add_pipe(SYNTAX_FACTORY, name="syntax", after="claims", config={"model": str(where)})
        else:
            syntax.warn_once(f"syntax model not found at {where}: subject, speaker, `what` and category "
                             "come from the rules alone")
    settle()
    return nlp


def _from_disk(model: Path) -> Language:
    """``spacy.load(model)``, its tokenizer read from the folder only when it is not English's own: loading
    one means building English's special cases once from the defaults and again from the file (about 0.05
    s), and the pipeline's tokenizer is English's, unchanged (build)."""
    nlp = spacy.load(model, exclude=["tokenizer"])
    saved = model / "tokenizer"
    if saved.is_file() and saved.read_bytes() != nlp.tokenizer.to_bytes(exclude=["vocab"]):
        nlp.tokenizer.from_disk(saved)
    return nlp


def settle() -> None:
    """Leave what is loaded so far (modules, lexicons, the pipeline and its model: all kept for the
    process's life) out of the cyclic garbage collector's full passes (gc.freeze). Those passes otherwise
    walk every one of these objects again: about 0.2 CPU s of a run over the bench corpus."""
    gc.freeze()
