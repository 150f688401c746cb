"""spaCy components of the claims pipeline: sentences, time expressions, claim candidates.

Components are purely linguistic: they never see publication dates. They write plain dicts to
``doc._`` (msgpack-safe, so ``nlp.pipe(n_process>1)`` works); resolving dates and building claim
records happens afterwards in records.py.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extractor import lexicon, temporal

for _name in ("timexes", "candidates"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

SENT_END = {".", "!", "?", "…", "...", "?!", "!?"}
CLOSERS = {'"', "'", "”", "’", ")", "]", "»"}


@Language.factory("extractor_sentences", default_config={"max_tokens": 200})
def make_sentences(nlp: Language, name: str, max_tokens: int) -> SentenceSplitter:
    return SentenceSplitter(max_tokens)


class SentenceSplitter:
    """Sentence starts for news text: after line breaks (titles, bullets, paragraphs) and after
    sentence-final punctuation followed by a capital, digit or opening quote. Over-long runs are cut
    every ``max_tokens`` so that one hostile paragraph cannot make later steps quadratic."""

    def __init__(self, max_tokens: int) -> None:
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        since = 0
        for i, token in enumerate(doc):
            start = i == 0 or self._boundary(doc, i) or since >= self.max_tokens
            token.is_sent_start = start
            since = 0 if start else since + 1
        return doc

    @staticmethod
    def _boundary(doc: Doc, i: int) -> bool:
        prev, token = doc[i - 1], doc[i]
        if prev.is_space:
            return "\n" in prev.text
        if "\n" in prev.whitespace_ or token.is_space:
            return False
        j = i - 1
        while j > 0 and doc[j].text in CLOSERS:
            j -= 1
        if doc[j].text not in SENT_END and not doc[j].text.endswith(("?", "!")):
            return False
        if not prev.whitespace_:
            return False
        first = token.text[0]
        return first.isupper() or first.isdigit() or first in "\"“‘'(["


@Language.factory("extractor_timexes")
def make_timexes(nlp: Language, name: str) -> TimexRecognizer:
    return TimexRecognizer()


class TimexRecognizer:
    """Time expressions from temporal.find_timexes as ``doc.spans["timex"]`` plus plain records."""

    def __call__(self, doc: Doc) -> Doc:
        spans, records = [], []
        for timex in temporal.find_timexes(doc.text):
            span = doc.char_span(timex.start, timex.end, label=timex.type, alignment_mode="expand")
            if span is None:
                continue
            spans.append(span)
            records.append(asdict(timex))
        doc.spans["timex"] = spans
        doc._.timexes = records
        return doc


CUE_GROUPS = {
    "future": "future",
    "reschedule": "reschedule",
    "past_before": "past_before_timex",
    "past_after": "past_after_timex",
    "reporting": "reporting",
    "conditional": "commitment.conditional",
    "hedged": "commitment.hedged",
    "planned": "commitment.planned",
    "firm": "commitment.firm",
}
COMMITMENT_ORDER = ("conditional", "hedged", "planned", "firm")


@Language.factory("extractor_claims", default_config={"lexicon": "claims"})
def make_claims(nlp: Language, name: str, lexicon: str) -> ClaimCandidates:
    return ClaimCandidates(nlp, lexicon)


class ClaimCandidates:
    """One candidate per time expression, with the cue evidence of its sentence.

    Cue words inside a time expression do not count ("May" is a month, not a hedge).
    """

    def __init__(self, nlp: Language, lexicon_name: str) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for group, key in CUE_GROUPS.items():
            phrases = lexicon.word_list(lexicon_name, key)
            self.matcher.add(group, [nlp.make_doc(p) for p in phrases])

    def __call__(self, doc: Doc) -> Doc:
        timex_spans = list(doc.spans["timex"]) if "timex" in doc.spans else []
        in_timex = set()
        for span in timex_spans:
            in_timex.update(range(span.start, span.end))
        cues: list[tuple[str, int, int]] = []
        for match_id, start, end in self.matcher(doc):
            if not any(t in in_timex for t in range(start, end)):
                cues.append((doc.vocab.strings[match_id], start, end))
        candidates: list[dict[str, Any]] = []
        for index, span in enumerate(timex_spans):
            sent = span.sent
            local = [(g, s, e) for g, s, e in cues if sent.start <= s and e <= sent.end]
            candidates.append(self._candidate(doc, index, span, sent, local))
        doc._.candidates = candidates
        return doc

    @staticmethod
    def _candidate(doc: Doc, index: int, span: Any, sent: Any, cues: list[tuple[str, int, int]]) -> dict[str, Any]:
        def nearest(group: str) -> int | None:
            dists = [min(abs(s - span.start), abs(e - span.end)) for g, s, e in cues if g == group]
            return min(dists) if dists else None

        before = [doc[i].lower_ for i in range(max(sent.start, span.start - 2), span.start)]
        after = [doc[i].lower_ for i in range(span.end, min(sent.end, span.end + 2))]
        words = {g: sorted({doc[s:e].text.lower() for gg, s, e in cues if gg == g}) for g in CUE_GROUPS}
        commitment = next((level for level in COMMITMENT_ORDER if words[level]), "")
        return {
            "timex": index,
            "sent_start": sent.start_char,
            "sent_end": sent.end_char,
            "future": words["future"],
            "future_distance": nearest("future"),
            "reschedule": words["reschedule"],
            "past_before": any(w in before for w in words["past_before"])
            or any(" ".join(before[-k:]) in words["past_before"] for k in (1, 2)),
            "past_after": any(w in after for w in words["past_after"]),
            "commitment": commitment,
            "reporting": [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for g, s, e in cues if g == "reporting"],
        }
