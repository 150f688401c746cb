"""The `extractor_syntax_v1` component: tags, morphology, lemmas and a dependency parse, only where
they pay.

The trained model (models/syntax: tok2vec, tagger, morphologizer, parser, lemmatizer on UD English
EWT) is a pipeline of its own, run on the sentences that hold a claim candidate with a
forward-looking cue, never on the whole article; each such candidate gains plain `syn_*` fields
(features.describe). Lazily, by default: in the spaCy pipeline only the lead sentence and the few
candidates whose claim decision reads the parse; the others once the decision keeps them
(`describe_claims`, called by records), the sentences of a batch of documents parsed together. Without the model
the component does nothing and the rule path stands, after one warning line. The model and this
component's rule data are written with the pipeline (to_disk/from_disk), so a saved pipeline loads the
same from any working directory.
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import minibatch
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

from extractor import decide, kept, lexicon
from extractor.syntax import casing, features, settle
from extractor.syntax.lemmas import LemmaCache

MODEL_DIR = Path(__file__).resolve().parent.parent.parent / "models" / "syntax"
RULES_FILE = "rules.json"
WORDS_TOKENIZER = "extractor_words_tokenizer_v1"
CACHE_SENTENCES = 2048  # parsed sentences kept per process (without their tensors: a few MB)
if not Doc.has_extension("syntax"):
    Doc.set_extension("syntax", default=None)  # document-level findings: the lead's subject
_warned: set[str] = set()
_annotators: list[SyntaxAnnotator] = []  # a Doc names the one that parsed it (doc._.syntax["by"]) by index
_threads = ThreadpoolController()  # the BLAS numpy calls, kept to one thread while the model runs
# tables file digest -> its common words; tagged with casing.py's source, which says what they are
COMMON_WORDS = kept.Store("common-words", tag=kept.source_tag(casing.__file__), kept=8)


@spacy.registry.tokenizers(WORDS_TOKENIZER)
def make_words_tokenizer() -> Callable[[Language], Tokenizer]:
    """The syntax model's tokenizer as loaded here: the sentences reach the model as words, never as text,
    so a bare whitespace tokenizer (built at no cost) stands in for English's, whose special cases take
    longer to build than the rest of the model takes to load."""
    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create


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


def describe_claims(doc: Doc, keeps: Callable[[dict[str, Any]], bool]) -> None:
    """Give the candidates of a Doc that ``keeps`` (the claim decision keeps them and their sentence is
    worth a parse: `wants_parse`, or records' own reasons) their `syn_*` fields, parsing their sentences
    now: only claims cost a parse. Nothing when the syntax component did not run on the Doc or it held no
    candidate worth parsing."""
    describe_claims_of([(doc, keeps)])


def describe_claims_of(docs: Iterable[tuple[Doc, Callable[[dict[str, Any]], bool]]]) -> None:
    """`describe_claims` for several Docs, their sentences parsed in one batch per annotator."""
    jobs: dict[int, list[tuple[Doc, list[dict[str, Any]]]]] = {}
    for doc, keeps in docs:
        by = (doc._.syntax or {}).get("by")
        if by is not None:
            cands = [c for c in doc._.candidates or [] if "syn_what" not in c and keeps(c)]
            jobs.setdefault(by, []).append((doc, cands))
    for by, work in jobs.items():
        _annotators[by].describe_claims(work)


def describe_leads_of(docs: Iterable[Doc]) -> None:
    """Parse the lead sentence of each Doc the syntax component ran on (it holds a candidate worth
    parsing) and give ``doc._.syntax`` its lead's subject, the lead sentences of all of them in one
    batch per annotator. Asked only for documents whose actor the headline does not name
    (records), so a lead whose subject nobody reads costs no parse."""
    jobs: dict[int, list[Doc]] = {}
    for doc in docs:
        found = doc._.syntax or {}
        if found.get("by") is not None and "lead_subject" not in found:
            jobs.setdefault(found["by"], []).append(doc)
    for by, work in jobs.items():
        _annotators[by].describe_leads(work)


@Language.factory(
    "extractor_syntax_v1",
    default_config={"model": "", "batch_size": 64, "lazy": True},
    assigns=["doc._.candidates", "doc._.syntax"],
    requires=["doc._.candidates", "doc._.timexes", "doc.sents"],
)
def make_syntax(nlp: Language, name: str, model: str, batch_size: int, lazy: bool) -> SyntaxAnnotator:
    return SyntaxAnnotator(model, batch_size, lazy)


def _sentences(doc: Doc, cands: list[dict[str, Any]]) -> list[tuple[Span, list[dict[str, Any]]]]:
    """The sentences holding ``cands`` (trimmed), in order, each with its candidates."""
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for cand in cands:
        by_sentence.setdefault(cand["sent_start"], []).append(cand)
    if not by_sentence:
        return []
    return [(_trimmed(sent), by_sentence[sent.start_char]) for sent in doc.sents if sent.start_char in by_sentence]


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

    def __init__(self, model: str, batch_size: int, lazy: bool = True) -> None:
        self.model_path = model
        self.batch_size = batch_size
        self.lazy = lazy  # parse a candidate's sentence once the claim decision keeps it (describe_claims)
        self.cache: dict[str, Doc] = {}
        self.key = len(_annotators)
        _annotators.append(self)
        self.rules_data: dict[str, Any] = dict(lexicon.load("syntax"))
        self.rules = features.Rules.from_data(self.rules_data)
        self.parser: Language | None = None
        self.model_dir = Path()
        self._common: frozenset[str] | None = None  # the model's common words: a title-case line folds them
        self.steps: list[Any] = []  # the model's pipes as run here: its lemmatizer behind a cache, settle.verbs
        self._tried = False

    def _use(self, path: Path) -> None:
        """Load the trained model at ``path`` and the steps that run it; not its tokenizer (the sentences
        reach it as words: make_words_tokenizer) nor, until a title-case line asks, its common words."""
        self.model_dir = path
        self.parser = spacy.load(path, exclude=["tokenizer"],
                                 config={"nlp": {"tokenizer": {"@tokenizers": WORDS_TOKENIZER}}})
        self._common = None
        self.steps = []
        for name, proc in self.parser.pipeline:
            self.steps.append(LemmaCache(proc) if isinstance(proc, Lemmatizer) else proc)
            if name == "parser":
                self.steps.append(settle.verbs)  # the word classes settled before the lemmatizer reads them
        ops = NumpyOps(use_blis=False)  # numpy's BLAS: the same tags and trees, the tok2vec in a third of the time
        for _, proc in self.parser.pipeline:
            for node in proc.model.walk() if getattr(proc, "model", None) is not None else ():
                node.ops = ops
        gc.freeze()  # the model lives as long as the process: out of the collector's full passes (nlp.settle)

    @property
    def common(self) -> frozenset[str]:
        """The words the model's lemmatizer knows as common (casing.common_words), worked out on first need
        (kept across runs for the lemmatizer's tables file: COMMON_WORDS)."""
        if self._common is None:
            if self.parser is None or not self.parser.has_pipe("lemmatizer"):
                self._common = frozenset()
                return self._common
            tables = self.model_dir / "lemmatizer" / "lookups" / "lookups.bin"
            key = kept.digest(tables.read_bytes(), size=20) if tables.is_file() else None
            found = COMMON_WORDS.get(key) if key else None
            if found is None:
                found = casing.common_words(self.parser.get_pipe("lemmatizer").lookups)
                if key:
                    COMMON_WORDS.put(key, found)
            self._common = found
        return self._common

    def _parse(self, docs: list[Doc]) -> list[Doc]:
        """The model's pipes over ``docs`` as one batch each, on one core (its matrices are too small for
        threads to pay on a machine whose cores are busy with other documents)."""
        if not docs:
            return docs
        with _threads.limit(limits=1, user_api="blas"):
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
        """Parse, in one pass of the model over the batch, the sentences of the candidates whose
        decision reads the parse; the other candidates wait for `describe_claims`, and each lead
        sentence (it names the article's actor) for `describe_leads` (all of them now when not lazy)."""
        jobs: list[tuple[Span, list[dict[str, Any]]]] = []
        for doc in docs:
            wanted = [cand for cand in doc._.candidates or [] if wants_parse(cand)]
            if not wanted:
                continue
            doc._.syntax = {"by": self.key}
            now = wanted if not self.lazy else [
                cand for cand in wanted if decide.reads_parse(cand, doc._.timexes[cand["timex"]]["text"])]
            jobs.extend(_sentences(doc, now))
        if not self.lazy:
            self.describe_leads([doc for doc in docs if doc._.syntax is not None])
        parsed = self._parsed([sent for sent, _ in jobs])
        for (sent, cands), sdoc in zip(jobs, parsed, strict=True):
            self._describe(sdoc, sent, cands)

    def describe_leads(self, docs: list[Doc]) -> None:
        """Parse the lead sentence of each of ``docs``, all in one batch, and keep its subject in
        ``doc._.syntax`` ({} when the first sentence is not the lead: text before it)."""
        leads = [_trimmed(next(doc.sents)) for doc in docs]
        for doc, sent, sdoc in zip(docs, leads, self._parsed(leads), strict=True):
            if sent.start == 0 or all(t.is_space for t in doc[:sent.start]):
                doc._.syntax.update(lead=[sent.start_char, sent.end_char],
                                    lead_subject=features.lead_subject(sdoc, base=sent.start_char))
            else:
                doc._.syntax["lead_subject"] = {}

    def describe_claims(self, work: list[tuple[Doc, list[dict[str, Any]]]]) -> None:
        """Parse the sentences of each Doc's ``cands`` (its claims) not parsed yet, all in one batch, and
        add their `syn_*` fields."""
        jobs = [job for doc, cands in work for job in _sentences(doc, cands)]
        parsed = self._parsed([sent for sent, _ in jobs])
        for (sent, sent_cands), sdoc in zip(jobs, parsed, strict=True):
            self._describe(sdoc, sent, sent_cands)

    def _parsed(self, sents: list[Span]) -> list[Doc]:
        """The parse of each sentence, in order: a sentence parses the same whatever its company
        (each is its own Doc), so repeated ones (a headline in the excerpt, a syndicated paragraph)
        come from the cache, keyed by the words the parser reads (a title-case line's common words
        lower-cased by what its article writes: casing.py)."""
        assert self.parser is not None
        evidence: dict[int, casing.Evidence] = {}
        keys: list[str] = []  # each sentence as the parser reads it: its words and the spaces after them
        todo: dict[str, Doc] = {}
        for sent in sents:
            if casing.is_title_case(sent) and id(sent.doc) not in evidence:
                evidence[id(sent.doc)] = casing.Evidence(sent.doc)
            words = casing.folded_words(sent, evidence[id(sent.doc)], self.common) if id(sent.doc) in evidence \
                else [t.text for t in sent]
            spaces = [bool(t.whitespace_) for t in sent]
            key = "".join(w + " " if sp else w for w, sp in zip(words, spaces, strict=True))  # the Doc's text
            keys.append(key)
            if key not in self.cache and key not in todo:
                todo[key] = Doc(self.parser.vocab, words=words, spaces=spaces)
        for key, sdoc in zip(todo, self._parse(list(todo.values())), strict=True):
            sdoc.tensor = sdoc.tensor[:0]  # the features never read it: only the cache would keep it
            self.cache[key] = sdoc
        found = [self.cache[key] for key in keys]
        for key in list(islice(self.cache, max(len(self.cache) - CACHE_SENTENCES, 0))):
            del self.cache[key]  # the oldest first
        return found

    def _describe(self, sdoc: Doc, sent: Span, cands: list[dict[str, Any]]) -> None:
        """Add the `syn_*` fields of each candidate of ``sent`` (parsed as ``sdoc``)."""
        doc = sent.doc
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
