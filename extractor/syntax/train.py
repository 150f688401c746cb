"""The training recipe of models/syntax: UD English EWT -> .spacy -> `spacy train` -> evaluate -> copy.

Data and checkpoints live in a work folder (default: a temporary one), never in the repository;
only the final model is copied to ``models/syntax``. Needs the UD treebank (``en_ewt-ud-*.conllu``)
and, for the lemmatizer's rule tables, the ``train`` extra (spacy-lookups-data).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

CONFIG = Path(__file__).resolve().parent.parent.parent / "training" / "syntax.cfg"
RESUME_CONFIG = CONFIG.with_name("syntax-resume.cfg")  # sources every component from an existing model
SPLITS = ("train", "dev", "test")
SENTENCES_PER_DOC = 10  # so the parser learns sentence boundaries inside documents


def _spacy(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "spacy", *args], check=True)


def convert(ud: Path, work: Path) -> dict[str, Path]:
    """Each ``en_ewt-ud-SPLIT.conllu`` of ``ud`` as ``work/corpus/en_ewt-ud-SPLIT.spacy``."""
    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    out = {}
    for split in SPLITS:
        source = ud / f"en_ewt-ud-{split}.conllu"
        if not source.is_file():
            raise FileNotFoundError(f"{source}: UD treebank split not found")
        _spacy("convert", "--converter", "conllu", "-n", str(SENTENCES_PER_DOC), str(source), str(corpus))
        out[split] = corpus / f"en_ewt-ud-{split}.spacy"
    return out


def evaluate(model: Path, data: Path, output: Path) -> dict[str, float]:
    """`spacy evaluate` of ``model`` on ``data``: the figures models/README.md reports, in percent."""
    _spacy("evaluate", str(model), str(data), "--output", str(output))
    scores = json.loads(output.read_text(encoding="utf-8"))
    keys = {"tag_acc": "TAG", "pos_acc": "POS", "morph_acc": "MORPH", "lemma_acc": "LEMMA",
            "dep_uas": "UAS", "dep_las": "LAS", "sents_f": "SENT F1"}
    return {label: round(100 * float(scores[key]), 2) for key, label in keys.items() if scores.get(key) is not None}


def train(ud: Path, out: Path, work: Path, config: Path | None = None, max_steps: int | None = None,
          resume: Path | None = None) -> dict[str, float]:
    """Convert, train on CPU, evaluate the best checkpoint on the test split, copy it to ``out``.

    With ``resume`` (a trained syntax model) training starts from its weights instead of from scratch
    (a warm start with ``training/syntax-resume.cfg``), so a short run on a busy machine still
    improves the model; the architecture, hence the inference cost, stays the one of ``resume``.
    """
    data = convert(ud, work)
    overrides = ["--paths.train", str(data["train"]), "--paths.dev", str(data["dev"])]
    if resume is not None:
        if not (resume / "config.cfg").is_file():
            raise FileNotFoundError(f"{resume}: not a spaCy pipeline folder to resume from")
        overrides += ["--paths.source", str(resume.resolve())]
    config = config or (RESUME_CONFIG if resume is not None else CONFIG)
    if max_steps:
        overrides += ["--training.max_steps", str(max_steps)]
    _spacy("train", str(config), "--output", str(work / "out"), *overrides)
    best = work / "out" / "model-best"
    scores = evaluate(best, data["test"], work / "test-scores.json")
    install(best, out, scores)
    return scores


def install(best: Path, out: Path, scores: dict[str, float]) -> None:
    """Copy a trained pipeline to ``out`` with its name, licence, data credit and test scores."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(best, out)
    config_path = out / "config.cfg"  # a resumed run's source is a path of the training machine
    config_path.write_text(re.sub(r'(?m)^source = ".*"\n', "", config_path.read_text(encoding="utf-8")),
                           encoding="utf-8")
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({
        "name": "syntax", "version": "1.0.0",
        "description": "Tagger, morphologizer, dependency parser (UD relations) and rule lemmatizer for the "
                       "claims extractor; CNN tok2vec, CPU, no vectors.",
        "license": "CC BY-SA 4.0",
        "sources": [{"name": "Universal Dependencies English Web Treebank (UD_English-EWT)",
                     "url": "https://universaldependencies.org/treebanks/en_ewt/",
                     "license": "CC BY-SA 4.0",
                     "author": "The Board of Trustees of The Leland Stanford Junior University (annotations "
                               "2013-2021) and the UD contributors"},
                    {"name": "spacy-lookups-data (English lemmatizer rules)", "license": "MIT"}],
        "performance_ud_test": scores,
    })
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
