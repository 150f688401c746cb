"""The `extractor_syntax_v1` component: tags, morphology, lemmas and a dependency parse, only where
they pay.

The trained model (models/syntax: tok2vec, tagger, morphologizer, parser, lemmatizer on UD English
EWT) is a pipeline of its own, run here on the sentences that hold a claim candidate with a
forward-looking cue, never on the whole article; each such candidate gains plain `syn_*` fields
(features.describe). Without the model the component does nothing and the rule path stands, after
one warning line. The model and this component's rule data are written with the pipeline
(to_disk/from_disk), so a saved pipeline loads the same from any working directory.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from extractor import lexicon
from extractor.syntax import features
from extractor.syntax.lemmas import LemmaCache

MODEL_DIR = Path(__file__).resolve().parent.parent.parent / "models" / "syntax"
RULES_FILE = "rules.json"
if not Doc.has_extension("syntax"):
    Doc.set_extension("syntax", default=None)  # document-level findings: the lead's subject
_warned: set[str] = set()


def warn_once(message: str) -> None:
    """One line on stderr, once per process: the rule path still runs."""
    if message not in _warned:
        _warned.add(message)
        print(message, file=sys.stderr)


def wants_parse(cand: dict[str, Any]) -> bool:
    """A candidate worth parsing: a time expression with a forward-looking cue near it, not marked
    as past or as the time of the statement."""
    cue = bool(cand["future"]) or cand["schedule_before"] is not None or cand["reschedule_distance"] is not None \
        or cand["moved_to"]
    return cue and not cand["past"] and not cand["statement"]


@Language.factory(
    "extractor_syntax_v1",
    default_config={"model": "", "batch_size": 64},
    assigns=["doc._.candidates", "doc._.syntax"],
    requires=["doc._.candidates", "doc._.timexes", "doc.sents"],
)
def make_syntax(nlp: Language, name: str, model: str, batch_size: int) -> SyntaxAnnotator:
    return SyntaxAnnotator(model, batch_size)


def _trimmed(sent: Span) -> Span:
    """The sentence without the line breaks around it (the parser never saw any)."""
    start, end = sent.start, sent.end
    while start < end - 1 and sent.doc[start].is_space:
        start += 1
    while end > start + 1 and sent.doc[end - 1].is_space:
        end -= 1
    return sent.doc[start:end]


class SyntaxAnnotator:
    """Runs the trained syntax pipeline on candidate sentences and adds `syn_*` fields."""

    def __init__(self, model: str, batch_size: int) -> None:
        self.model_path = model
        self.batch_size = batch_size
        self.rules_data: dict[str, Any] = dict(lexicon.load("syntax"))
        self.rules = features.Rules.from_data(self.rules_data)
        self.parser: Language | None = None
        self.steps: list[Any] = []  # the model's pipes as run here: its lemmatizer behind a cache
        self._tried = False

    def _use(self, path: Path) -> None:
        """Load the trained model at ``path`` and the steps that run it."""
        self.parser = spacy.load(path)
        self.steps = [LemmaCache(proc) if isinstance(proc, Lemmatizer) else proc for _, proc in self.parser.pipeline]

    def _parse(self, docs: list[Doc]) -> list[Doc]:
        """The model's pipes over ``docs`` as one batch each."""
        for step in self.steps:
            docs = list(step.pipe(docs, batch_size=max(len(docs), 1))) if hasattr(step, "pipe") \
                else [step(doc) for doc in docs]
        return docs

    def _ensure(self) -> None:
        if self._tried:
            return
        self._tried = True
        path = Path(self.model_path) if self.model_path else MODEL_DIR
        if (path / "config.cfg").is_file():
            self._use(path)
        else:
            warn_once(f"syntax model not found at {path}: subjects, `what` and categories come from rules only")

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        self._ensure()
        for batch in minibatch(stream, size=batch_size or self.batch_size):
            if self.parser is not None:
                self._annotate(list(batch))
            yield from batch

    def _annotate(self, docs: list[Doc]) -> None:
        """Parse every wanted sentence of the batch in one pass of the model, then describe."""
        jobs: list[tuple[Doc, Span, list[dict[str, Any]]]] = []
        for doc in docs:
            by_sentence: dict[int, list[dict[str, Any]]] = {}
            for cand in doc._.candidates or []:
                if wants_parse(cand):
                    by_sentence.setdefault(cand["sent_start"], []).append(cand)
            if not by_sentence:
                continue
            for n, sent in enumerate(doc.sents):
                if n == 0 or sent.start_char in by_sentence:  # the lead (headline) names the article's actor
                    jobs.append((doc, _trimmed(sent), by_sentence.get(sent.start_char, [])))
        if not jobs:
            return
        assert self.parser is not None
        unique: dict[str, int] = {}  # a headline repeated in the excerpt is parsed once
        for _, sent, _ in jobs:
            unique.setdefault(sent.text_with_ws, len(unique))
        words = [Doc(self.parser.vocab, words=[t.text for t in sent], spaces=[bool(t.whitespace_) for t in sent])
                 for _, sent, _ in jobs if unique.pop(sent.text_with_ws, None) is not None]
        parsed = {d.text: d for d in self._parse(words)}
        for doc, sent, cands in jobs:
            sdoc = parsed[sent.text_with_ws]
            if sent.start == 0 or all(t.is_space for t in doc[:sent.start]):
                doc._.syntax = {"lead": [sent.start_char, sent.end_char],
                                "lead_subject": features.lead_subject(sdoc, base=sent.start_char)}
            spans = doc.spans.get("timex", [])
            ranges = [(span.start - sent.start, span.end - sent.start) for span in spans
                      if sent.start <= span.start and span.end <= sent.end]
            for cand in cands:
                span = spans[cand["timex"]]
                a, b = max(span.start - sent.start, 0), min(span.end - sent.start, len(sent))
                others = [r for r in ranges if r != (a, b)]
                cand.update(features.describe(sdoc, a, b, others, self.rules, base=sent.start_char))

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / RULES_FILE).write_text(json.dumps(self.rules_data, sort_keys=True, indent=1), encoding="utf-8")
        self._ensure()
        if self.parser is not None:
            self.parser.to_disk(path / "model")

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> SyntaxAnnotator:
        path = Path(path)
        rules = path / RULES_FILE
        if rules.is_file():
            self.rules_data = json.loads(rules.read_text(encoding="utf-8"))
            self.rules = features.Rules.from_data(self.rules_data)
        self._tried = True
        if (path / "model" / "config.cfg").is_file():
            self._use(path / "model")
        else:
            self.parser = None
            warn_once(f"syntax model not found in {path}: subjects, `what` and categories come from rules only")
        return self
