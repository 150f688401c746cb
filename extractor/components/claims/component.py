"""The claim-candidate component: one candidate per time expression, with the cue evidence around it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

import numpy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc

from extractor import lexicon
from extractor.components.claims.answers import answers_forward_question
from extractor.components.claims.clauses import CLAUSE_BREAKS, ClauseEvidence
from extractor.components.claims.past import PastEvidence
from extractor.components.claims.statement import StatementEvidence
from extractor.components.claims.targets import TargetEvidence
from extractor.components.text import text_of, words_of

CUE_GROUPS = {
    "future": "future",
    "reschedule": "reschedule",
    "schedule": "schedule",
    "past_before": "past_before_timex",
    "past_after": "past_after_timex",
    "past_right_after": "past_right_after",
    "baseline": "baseline_markers",
    "reporting": "reporting",
    "conditional": "commitment.conditional",
    "hedged": "commitment.hedged",
    "planned": "commitment.planned",
    "firm": "commitment.firm",
    "statement_past": "statement_verbs_past",
    "directive": "directive_verbs",
}


COMMITMENT_ORDER = ("conditional", "hedged", "planned", "firm")


HEADING_REACH = 1500  # characters back from a list item searched for the heading of its list


LIST_CUE_GROUPS = {"future", "schedule", "planned", "firm"}  # cues a list's items inherit across its colon


BASELINE_REACH = 4  # "up from 18 this year": the comparison's baseline, not a due date


@Language.factory("extractor_claims", default_config={"lexicon": "claims"})
def make_claims(nlp: Language, name: str, lexicon: str) -> ClaimCandidates:
    return ClaimCandidates(nlp, lexicon)


class ClaimCandidates(PastEvidence, TargetEvidence, StatementEvidence, ClauseEvidence):
    """One candidate per time expression, with the cue evidence around it.

    Evidence is positional because the blank pipeline has no parser: how far the nearest
    forward-looking cue is, whether the expression hangs off a reporting verb ("said on Thursday":
    the time of the statement, not of the promise), whether it sits in an if-clause ("if I got
    kidnapped tomorrow"), and past markers next to it ("since 2019", "two years ago").
    Cue words inside a time expression do not count ("May" is a month, not a hedge).
    """

    def __init__(self, nlp: Language, lexicon_name: str) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for group, key in CUE_GROUPS.items():
            phrases = lexicon.word_list(lexicon_name, key)
            self.matcher.add(group, [nlp.make_doc(p) for p in phrases])
        self.statement_gap = set(lexicon.word_list(lexicon_name, "statement_gap"))
        self.negations = set(lexicon.word_list(lexicon_name, "negations"))
        self.series_determiners = set(lexicon.word_list(lexicon_name, "past_before_nouns_after"))
        self.restating = set(lexicon.word_list(lexicon_name, "restating_participles"))
        self.backshift_verbs = set(lexicon.word_list(lexicon_name, "backshift_verbs"))
        self.past_verbs = set(lexicon.word_list(lexicon_name, "past_verbs"))
        self.object_past = set(lexicon.word_list(lexicon_name, "object_past_verbs"))
        self.object_past_blockers = set(lexicon.word_list(lexicon_name, "object_past_blockers"))
        self.not_past = set(lexicon.word_list(lexicon_name, "not_past_verbs")) | set(
            lexicon.word_list(lexicon_name, "future"))
        self.forward_words = {w for w in self.not_past if not w.endswith("ed")}  # "will", "plans", "set"
        self.adjective_openers = set(lexicon.word_list(lexicon_name, "adjective_openers"))
        self.attributive_openers = set(lexicon.word_list(lexicon_name, "attributive_openers"))
        self.adjective_prepositions = set(lexicon.word_list(lexicon_name, "adjective_prepositions"))
        self.participle_subordinators = set(lexicon.word_list(lexicon_name, "participle_subordinators"))
        self.statement_past_gap = set(lexicon.word_list(lexicon_name, "statement_past_gap"))
        self.participle_markers = set(lexicon.word_list(lexicon_name, "participle_markers"))
        self.cue_nouns = set(lexicon.word_list(lexicon_name, "cue_nouns"))
        self.statement_events = set(lexicon.word_list(lexicon_name, "statement_events"))
        self.period_participles = set(lexicon.word_list(lexicon_name, "period_participles"))
        self.period_nouns = set(lexicon.word_list(lexicon_name, "period_participle_nouns"))
        self.reporting_nouns = set(lexicon.word_list(lexicon_name, "reporting_nouns"))
        self.year_adjectives = set(lexicon.word_list(lexicon_name, "year_adjectives"))
        self.reporting_noun_openers = set(lexicon.word_list(lexicon_name, "reporting_noun_openers"))
        self.cue_noun_followers = set(lexicon.word_list(lexicon_name, "cue_noun_followers"))
        self.superseded_markers = [m.split() for m in lexicon.word_list(lexicon_name, "superseded_markers")]
        self.superseded_verbs = set(lexicon.word_list(lexicon_name, "superseded_verbs"))
        self.range_joints = set(lexicon.word_list(lexicon_name, "range_joints"))
        self.clause_future_words = set(lexicon.word_list(lexicon_name, "clause_future_words"))
        self.superseded_from = set(lexicon.word_list(lexicon_name, "superseded_from"))
        self.superseded_breakers = set(lexicon.word_list(lexicon_name, "superseded_breakers"))
        self.plan_participles = set(lexicon.word_list(lexicon_name, "plan_participles"))
        self.past_subordinators = set(lexicon.word_list(lexicon_name, "past_subordinators"))
        self.past_reasons = set(lexicon.word_list(lexicon_name, "past_reason_words"))
        self.effect_starts = set(lexicon.word_list(lexicon_name, "effect_starts"))
        self.superseded_targets = set(lexicon.word_list(lexicon_name, "superseded_targets"))
        self.superseded_target_markers = set(lexicon.word_list(lexicon_name, "superseded_target_markers"))
        self.item_markers = set(lexicon.word_list(lexicon_name, "list_item_markers"))
        self.list_headings = tuple(lexicon.word_list(lexicon_name, "list_headings"))
        self.item_past_aux = set(lexicon.word_list(lexicon_name, "item_past_auxiliaries"))
        self.determiners = set(lexicon.word_list(lexicon_name, "modifier_determiners"))
        self.quantifiers = set(lexicon.word_list(lexicon_name, "adjective_quantifiers"))
        self.quantified_verb_followers = set(lexicon.word_list(lexicon_name, "quantified_verb_followers"))
        self.passive_aux = set(lexicon.word_list(lexicon_name, "passive_auxiliaries"))
        self.future_statement_markers = set(lexicon.word_list(lexicon_name, "future_statement_markers"))
        self.baseline_period_words = set(lexicon.word_list(lexicon_name, "baseline_period_words"))
        self.amount_scales = set(lexicon.word_list(lexicon_name, "amount_scale_words"))
        self.baseline_value_openers = set(lexicon.word_list(lexicon_name, "baseline_value_openers"))
        self.change_adverbs = set(lexicon.word_list(lexicon_name, "change_adverbs"))
        self.currency_homographs = set(lexicon.word_list(lexicon_name, "currency_homographs"))
        self.participle_aux = set(lexicon.word_list(lexicon_name, "participle_auxiliaries"))
        self.not_adverbs = set(lexicon.word_list(lexicon_name, "not_adverbs"))
        self.moved_to = set(lexicon.word_list(lexicon_name, "moved_to"))
        self.condition_words = set(lexicon.word_list(lexicon_name, "condition_words"))
        self.statement_event_prepositions = set(lexicon.word_list(lexicon_name, "statement_event_prepositions"))
        self.break_hashes = numpy.array([hash_string(b) for b in CLAUSE_BREAKS], dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        timex_spans = list(doc.spans["timex"]) if "timex" in doc.spans else []
        in_timex = set()
        for span in timex_spans:
            in_timex.update(range(span.start, span.end))
        cues: list[tuple[str, int, int]] = []
        for match_id, start, end in self.matcher(doc):
            group = doc.vocab.strings[match_id]
            if any(t in in_timex for t in range(start, end)) or self._cue_noun(doc, start, end):
                continue
            if group == "reporting" and not self._statement_noun(doc, start, end):
                continue  # "step down from the post on August 31", "present a statement on March 26"
            if group == "reporting" and _in_name(doc, start):
                continue  # "from the United States in the current fiscal year": a name, no one states anything
            if group == "directive":
                if not self._directs(doc, end, in_timex):
                    continue
                group = "future"  # "ordered the parties to finish discovery by Oct. 30": the act ordered is ahead
            cues.append((group, start, end))
        sents = list(doc.sents)  # once per doc: Span.sent rescans the doc on every call
        starts = [sent.start for sent in sents]
        cues.sort(key=lambda c: c[1])
        cue_starts = [c[1] for c in cues]
        breaks = self._breaks(doc)
        candidates: list[dict[str, Any]] = []
        for index, span in enumerate(timex_spans):
            sent = sents[bisect_right(starts, span.start) - 1]
            lo, hi = bisect_left(cue_starts, sent.start), bisect_left(cue_starts, sent.end)
            local = [c for c in cues[lo:hi] if c[2] <= sent.end]
            candidates.append(self._candidate(doc, index, span, sent, local, breaks))
        doc._.candidates = candidates
        return doc

    def _candidate(self, doc: Doc, index: int, span: Any, sent: Any,
                   cues: list[tuple[str, int, int]], breaks: list[int]) -> dict[str, Any]:
        def distance(g: str, s: int, e: int) -> int:
            return span.start - e if e <= span.start else s - span.end

        def nearest(group: str, side: str = "") -> int | None:
            dists = [distance(g, s, e) for g, s, e in cues
                     if g == group and self._same_clause(breaks, s, e, span)
                     and (side != "before" or e <= span.start) and (side != "after" or s >= span.end)]
            return min(dists) if dists else None

        lower = words_of(doc).lower
        found: dict[str, set[str]] = {g: set() for g in CUE_GROUPS}
        for g, s, e in cues:  # one pass over the cues, not one per group
            found[g].add(doc[s:e].text.lower())
        words = {g: sorted(texts) for g, texts in found.items()}
        commitment = next((level for level in COMMITMENT_ORDER if words[level]), "")
        before = {s for g, s, e in cues if g == "past_before" and 0 <= span.start - e <= 1
                  and not (s > 0 and lower[s - 1] in self.negations)  # "no earlier than April" is a start
                  and not (s > 0 and lower[s - 1] in self.series_determiners)}  # "the last by 2038"
        before |= {s for g, s, e in cues if g == "baseline" and self._same_clause(breaks, s, e, span) and (
                   (0 <= span.start - e <= BASELINE_REACH and self._baseline_gap(doc, e, span.start))
                   or self._baseline_period(doc, e, span.start))}
        if self._change_base(doc, span, sent):
            before.add(span.start - 1)  # "up 26% from this year": the comparison's base
        # "the goal ... by 2047 was reaffirmed": a restated target, not a past event
        restated = (span.end + 1 < sent.end and lower[span.end + 1] in self.restating) or self._backshifted(
            doc, span, sent)
        after = {s for g, s, e in cues if (g == "past_after" and 0 <= s - span.end <= 1 and not self._compares(doc, e))
                 or (g == "past_right_after" and s == span.end and not restated)}
        # "by 2030 compared with 2021 levels": a comparison opens there, "compared" is no past verb of this time
        compares = any(g == "baseline" and s == span.end for g, s, _ in cues)
        if span.end < sent.end and self._is_past(doc, span.end, sent) and not restated and not compares:
            after.add(span.end)  # "the fourth quarter rose 31%"
        return {
            "timex": index,
            "sent_start": sent.start_char,
            "sent_end": sent.end_char,
            "future": words["future"],
            "future_distance": nearest("future"),
            "future_before": nearest("future", "before"),
            "future_after": nearest("future", "after"),
            "schedule_before": nearest("schedule", "before"),
            "reschedule_distance": nearest("reschedule"),
            "moved_to": span.start > 0 and lower[span.start - 1] in self.moved_to,
            "past_verb_before": self._past_verb_before(doc, span, sent),
            "list_cue": self._list_cue(doc, span, sent, cues) or self._under_heading(doc, sent)
            or answers_forward_question(text_of(doc), sent.start_char),  # "Will it launch ...?" "Europe comes in ..."
            "told_past": self._statement_past(doc, span, cues) or self._past_reason(doc, span, sent),
            "past": bool(before or after) or self._past_subordinate(doc, span, sent),
            "statement": self._statement_time(doc, span, sent, cues) or self._statement_past(doc, span, cues),
            "superseded": self._superseded(doc, span, sent, cues),
            "past_verb_after": self._past_verb_after(doc, span, sent, cues),
            "condition": self._in_condition(doc, span, sent),
            "negated": self._negated(doc, span, sent),
            "question": "?" in text_of(doc)[span.end_char:sent.end_char],  # an answer after the "?" is no question
            "commitment": commitment,
            "reporting": [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
                          for g, s, e in cues if g == "reporting"],
        }

    @staticmethod
    def _list_cue(doc: Doc, span: Any, sent: Any, cues: list[tuple[str, int, int]]) -> bool:
        """The expression dates an item of a list the sentence opens with a forward clause and a colon ("will
        expand the scheme in two steps: the pilot in March; national rollout from September"): each item
        inherits that clause's cue across the list's breaks."""
        text = words_of(doc).text
        colons = [i for i in range(sent.start, span.start) if text[i] == ":"]
        return bool(colons) and any(g in LIST_CUE_GROUPS and e <= colons[-1] and ":" not in text[e:colons[-1]]
                                    for g, s, e in cues)

    def _under_heading(self, doc: Doc, sent: Any) -> bool:
        """The sentence is an item of a list under a heading of steps to come ("Next steps:" then "- New roof
        lighting installed in January."): the heading is the first line back that is neither blank nor an item."""
        first = words_of(doc).text[sent.start]
        if first not in self.item_markers:
            return False
        for line in reversed(text_of(doc)[max(0, sent.start_char - HEADING_REACH):sent.start_char].splitlines()):
            words = line.strip().lower()
            if not words or (words.split()[0] in self.item_markers):
                continue
            heading = words.strip("#*:. ")
            return heading in self.list_headings
        return False


def _in_name(doc: Doc, start: int) -> bool:
    """A capitalised cue word right after a capitalised word inside a sentence is part of a name ("the United
    States"), not the verb."""
    prev = doc[start - 1] if start > 0 else None
    return (doc[start].text[:1].isupper() and prev is not None and not prev.is_sent_start
            and prev.text[:1].isupper() and not doc[start].is_sent_start)
