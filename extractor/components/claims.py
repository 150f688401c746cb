"""Claim candidates: one per time expression, with the cue evidence around it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc

from extractor import lexicon

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


FORWARD_GROUPS = {"future", "schedule", "reschedule", "planned", "firm", "hedged", "conditional"}


HEADING_REACH = 1500  # characters back from a list item searched for the heading of its list


LIST_CUE_GROUPS = {"future", "schedule", "planned", "firm"}  # cues a list's items inherit across its colon


CLAUSE_BREAKS = {";", ":", "—", "–", "(", ")"}


_OPEN, _CLOSE = hash_string("("), hash_string(")")
_EN_DASH = hash_string("–")  # between two words with no space ("the Dublin–Marrakesh route") it joins, not breaks


NEGATION_REACH = 12


PAST_REACH = 12  # tokens scanned back from an expression for a past-tense verb


STATEMENT_EVENT_REACH = 12  # tokens: "said at the company's second-quarter earnings call on" Tuesday


ADVERB_SKIP = 2  # -ly adverbs skipped back from a participle to its auxiliary ("will be fully completed")


BACKSHIFT_REACH = 4  # tokens before "that" searched for the reporting verb ("told analysts that")


BASELINE_VALUE_REACH = 6  # tokens before "up from" searched for the value it compares ("rose 5% to 12, up from")


BASELINE_REACH = 4  # "up from 18 this year": the comparison's baseline, not a due date
DIRECTIVE_REACH = 4  # words between a directive verb and its "to" ("ordered the two parties to")
BASELINE_PERIOD_REACH = 10  # "against 91.4% in the first nine months of 2026": a part of the compared period


@Language.factory("extractor_claims", default_config={"lexicon": "claims"})
def make_claims(nlp: Language, name: str, lexicon: str) -> ClaimCandidates:
    return ClaimCandidates(nlp, lexicon)


class ClaimCandidates:
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
        self.passive_aux = set(lexicon.word_list(lexicon_name, "passive_auxiliaries"))
        self.future_statement_markers = set(lexicon.word_list(lexicon_name, "future_statement_markers"))
        self.baseline_period_words = set(lexicon.word_list(lexicon_name, "baseline_period_words"))
        self.amount_scales = set(lexicon.word_list(lexicon_name, "amount_scale_words"))
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

        found: dict[str, set[str]] = {g: set() for g in CUE_GROUPS}
        for g, s, e in cues:  # one pass over the cues, not one per group
            found[g].add(doc[s:e].text.lower())
        words = {g: sorted(texts) for g, texts in found.items()}
        commitment = next((level for level in COMMITMENT_ORDER if words[level]), "")
        before = {s for g, s, e in cues if g == "past_before" and 0 <= span.start - e <= 1
                  and not (s > 0 and doc[s - 1].lower_ in self.negations)  # "no earlier than April" is a start
                  and not (s > 0 and doc[s - 1].lower_ in self.series_determiners)}  # "the last by 2038"
        before |= {s for g, s, e in cues if g == "baseline" and self._same_clause(breaks, s, e, span) and (
                   (0 <= span.start - e <= BASELINE_REACH and self._baseline_gap(doc, e, span.start))
                   or self._baseline_period(doc, e, span.start))}
        # "the goal ... by 2047 was reaffirmed": a restated target, not a past event
        restated = (span.end + 1 < sent.end and doc[span.end + 1].lower_ in self.restating) or self._backshifted(
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
            "moved_to": span.start > 0 and doc[span.start - 1].lower_ in self.moved_to,
            "past_verb_before": self._past_verb_before(doc, span, sent),
            "list_cue": self._list_cue(doc, span, sent, cues) or self._under_heading(doc, sent),
            "told_past": self._statement_past(doc, span, cues) or self._past_reason(doc, span, sent),
            "past": bool(before or after) or self._past_subordinate(doc, span, sent),
            "statement": self._statement_time(doc, span, sent, cues) or self._statement_past(doc, span, cues),
            "superseded": self._superseded(doc, span, sent, cues),
            "past_verb_after": self._past_verb_after(doc, span, sent, cues),
            "condition": self._in_condition(doc, span, sent),
            "negated": self._negated(doc, span, sent),
            "question": "?" in doc.text[span.end_char:sent.end_char],  # an answer after the "?" is no question
            "commitment": commitment,
            "reporting": [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
                          for g, s, e in cues if g == "reporting"],
        }

    @staticmethod
    def _list_cue(doc: Doc, span: Any, sent: Any, cues: list[tuple[str, int, int]]) -> bool:
        """The expression dates an item of a list the sentence opens with a forward clause and a colon ("will
        expand the scheme in two steps: the pilot in March; national rollout from September"): each item
        inherits that clause's cue across the list's breaks."""
        colons = [t.i for t in doc[sent.start:span.start] if t.text == ":"]
        return bool(colons) and any(g in LIST_CUE_GROUPS and e <= colons[-1] and not any(
            t.text == ":" for t in doc[e:colons[-1]]) for g, s, e in cues)

    def _under_heading(self, doc: Doc, sent: Any) -> bool:
        """The sentence is an item of a list under a heading of steps to come ("Next steps:" then "- New roof
        lighting installed in January."): the heading is the first line back that is neither blank nor an item."""
        first = doc[sent.start].text
        if first not in self.item_markers:
            return False
        for line in reversed(doc.text[max(0, sent.start_char - HEADING_REACH):sent.start_char].splitlines()):
            words = line.strip().lower()
            if not words or (words.split()[0] in self.item_markers):
                continue
            heading = words.strip("#*:. ")
            return heading in self.list_headings
        return False

    def _backshifted(self, doc: Doc, span: Any, sent: Any) -> bool:
        """The expression sits in reported speech ("told analysts that ... was"): a past verb right after it is
        the speaker's present shifted back, no past event."""
        words = [t.lower_ for t in doc[sent.start:span.start]]
        if "that" not in words:
            return False
        at = len(words) - 1 - words[::-1].index("that")
        return bool(self.backshift_verbs.intersection(words[max(0, at - BACKSHIFT_REACH):at]))

    @staticmethod
    def _compares(doc: Doc, end: int) -> bool:
        """ "by 2027, earlier than the 2040 deadline": "earlier" compares two dates, it does not date this one."""
        return end < len(doc) and doc[end].lower_ == "than"

    def _baseline_period(self, doc: Doc, end: int, start: int) -> bool:
        """ "against 91.4% in the first nine months of 2026": the compared value right after the marker, then only
        words of a part of the period before the time, so the time is the comparison's."""
        if not 0 < start - end <= BASELINE_PERIOD_REACH or not (doc[end].like_num or doc[end].is_currency):
            return False
        rest = end
        while rest < start and (doc[rest].like_num or doc[rest].is_currency or doc[rest].text == "%"
                                or doc[rest].lower_ in self.amount_scales):  # "$3.1 billion", "91.4%"
            rest += 1
        return rest > end and all(doc[i].lower_ in self.baseline_period_words for i in range(rest, start))

    @staticmethod
    def _baseline_gap(doc: Doc, end: int, start: int) -> bool:
        """ "up from 18 this year": a "from" marker is a comparison's only when a number follows it, or the time
        with the compared value before it ("step down from the role on February 28", "to pick up from April" are
        phrasal verbs)."""
        if doc[end - 1].lower_ != "from":
            return True
        if end != start:
            return any(t.like_num for t in doc[end:start])
        if doc[end - 2].text == ",":
            return False  # "500 cars a month, from April": a start; ", from" compares only a value after it
        # the time right after: "12,000 units, up from last year" compares the value just before it; "deliveries to
        # pick up from April" has none, a phrasal verb's start
        return any(t.like_num or t.text == "%" for t in doc[max(0, end - 2 - BASELINE_VALUE_REACH):end - 2])

    def _is_past(self, doc: Doc, i: int, sent: Any) -> bool:
        """Token i is a past-tense verb (listed, or a regular -ed form that is no participle after
        "be"/"to" and no cue word)."""
        word = doc[i].lower_
        regular = len(word) > 4 and word.endswith("ed") and word not in self.not_past
        j = i - 1  # an adverb stands between an auxiliary and its participle: "to be formally adopted"
        while j > sent.start and i - j <= ADVERB_SKIP and doc[j].lower_.endswith("ly") and (
                doc[j].lower_ not in self.not_adverbs):
            j -= 1
        before = doc[j].lower_ if j >= sent.start else ""
        participle = before in self.passive_aux  # "will be tested"
        adjective = before in self.determiners or before in self.adjective_openers  # "an uncrewed mission", "first
        # uncrewed flight", "its troubled test flight"
        after_preposition = i > sent.start and doc[i - 1].lower_ in self.adjective_prepositions  # "for planned
        # deliveries", "with paid leave": a verb never follows a preposition
        adjective = adjective or after_preposition
        infinitive = before in self.participle_aux  # "to be paid", "will be sold": a listed form read as participle
        # a listed form after an article or possessive is an adjective too ("a paid loyalty program"); after "that"
        # it may be a relative clause's verb ("a preview that began in January")
        attributive = before in self.attributive_openers or before in self.adjective_openers or after_preposition
        if self._in_name(doc, i, sent):  # "its updated Nationally Determined Contribution": a word of a name
            return False
        participle = participle or before in self.participle_subordinators  # "once approved by the board"
        return (word in self.past_verbs and not infinitive and not attributive) or (
            regular and not participle and not adjective and not self._item_participle(doc, before, sent))

    def _item_participle(self, doc: Doc, before: str, sent: Any) -> bool:
        """A list item is written verblessly ("- New roof lighting installed in January."): its bare -ed form
        is a headline participle that dates a step, not a past verb; "- Contract was signed in May" stays past."""
        first = doc[sent.start].text
        if first in ('"', "“") and sent.start + 1 < sent.end:
            first = doc[sent.start + 1].text
        return first in self.item_markers and before not in self.item_past_aux

    def _in_name(self, doc: Doc, i: int, sent: Any) -> bool:
        """Token i is a capitalised word inside a capitalised name, not opening its sentence ("the Nationally
        Determined Contribution", "the Integrated Sustainable Energy Strategy"): a name's word, no verb."""
        if i <= sent.start or i + 1 >= sent.end or not doc[i].is_title:
            return False
        return doc[i + 1].is_title and (doc[i - 1].is_title or doc[i - 1].lower_ in self.determiners)

    def _statement_noun(self, doc: Doc, start: int, end: int) -> bool:
        """A reporting noun ("statement", "post") dates a statement only as its medium: "in a statement on
        Monday", "during an interview"; other reporting words always count."""
        if doc[start:end].text.lower() not in self.reporting_nouns:
            return True
        return any(t.lower_ in self.reporting_noun_openers for t in doc[max(0, start - 3):start])

    @staticmethod
    def _directs(doc: Doc, end: int, in_timex: set[int]) -> bool:
        """A directive verb with its addressee and an infinitive ("ordered the parties to", "directed TixNation to"):
        no number in between ("ordered 20 jets to replace" is a purchase), nor a time ("ordered it in March to"
        dates the order)."""
        for i in range(end + 1, min(len(doc) - 1, end + DIRECTIVE_REACH + 1)):
            if doc[i].lower_ == "to" and doc[i + 1].is_alpha:
                return all(not t.like_num and t.is_alpha and t.i not in in_timex for t in doc[end:i])
        return False

    def _cue_noun(self, doc: Doc, start: int, end: int) -> bool:
        """A cue word read as a noun: "projects" followed by what cannot follow the verb."""
        if end - start != 1 or doc[start].lower_ not in self.cue_nouns:
            return False
        return end >= len(doc) or doc[end].lower_ in self.cue_noun_followers

    def _statement_past(self, doc: Doc, span: Any, cues: list[tuple[str, int, int]]) -> bool:
        """A past stating verb right before the expression dates the statement ("forecast in June that",
        "pledged in December to"), unless an auxiliary makes it a participle ("is projected in 2026")."""
        for g, s, e in cues:
            if g != "statement_past" or not 1 <= span.start - e <= 2:  # "forecast 2024 earnings" is a target
                continue
            if not all(doc[i].lower_ in self.statement_past_gap for i in range(e, span.start)):
                continue
            before = doc[s - 1].lower_ if s > 0 else ""
            if before not in self.participle_markers:
                return True
        return False

    def _superseded(self, doc: Doc, span: Any, sent: Any, cues: list[tuple[str, int, int]]) -> bool:
        """The expression is a target the plan no longer has: after a pluperfect or "originally"
        plan verb ("had been scheduled for", "originally planned"), or the old date of a move
        ("delayed from September")."""
        ranged = any(t.lower_ in self.range_joints for t in span)  # "from October to February"
        if not ranged and span.start > sent.start and doc[span.start - 1].lower_ in self.superseded_from and any(
            g == "reschedule" and e <= span.start - 1 and span.start - e <= 6 for g, s, e in cues
        ):
            return True
        window = [t.lower_ for t in doc[max(sent.start, span.start - 10):span.start]]
        if "," in window:  # "once promised for 2026, now opens in late 2028": another clause's plan
            window = window[len(window) - window[::-1].index(","):]
        for i, word in enumerate(window[:-1]):  # "his earlier target of 2028 or 2029"
            if word in self.superseded_target_markers and self.superseded_targets.intersection(window[i + 1:i + 3]):
                return True
        after = [t.lower_ for t in doc[span.end:min(sent.end, span.end + 3)]]
        for words in (window, after):
            for i, word in enumerate(words):
                if word not in self.superseded_verbs or (words is window and self.superseded_breakers.intersection(
                        window[i + 1:])):  # "had been promised for 2024 and will now open this summer"
                    continue
                lead = words[:i]
                if any(lead[len(lead) - len(m):] == m or m[0] in lead[-3:] for m in self.superseded_markers):
                    return True
        return False

    def _past_verb_after(self, doc: Doc, span: Any, sent: Any, cues: list[tuple[str, int, int]]) -> int | None:
        """Distance to a past-tense verb after an expression that opens its clause ("In March the
        secretary paused work"), unless a forward cue comes first."""
        opener = span.start == sent.start or (span.start - 1 >= sent.start and doc[span.start - 1].is_punct) or (
            span.start - 1 == sent.start and doc[sent.start].lower_ in self.statement_past_gap)
        if not opener:
            return None
        cue_at = {s for g, s, e in cues if g in FORWARD_GROUPS}
        for i in range(span.end, min(sent.end, span.end + PAST_REACH)):
            if i in cue_at or doc[i].text in CLAUSE_BREAKS or doc[i].text == ";":
                return None
            if doc[i].lower_ in self.clause_future_words:
                return None
            if self._is_past(doc, i, sent):
                return i - span.end + 1
        return None

    def _past_subordinate(self, doc: Doc, span: Any, sent: Any) -> bool:
        """The expression sits in a subordinate clause told in the past ("after it raised prices in
        October", "when they were delayed to the autumn"): a subordinator, a subject, then a past
        verb, which here may be one of the -ed forms that elsewhere state a plan ("raised", "delayed")."""
        if span.start > sent.start and doc[span.start - 1].lower_ in self.effect_starts:
            return False  # "after Ofcom banned them from January 2025": the act is past, its effect ahead
        for i in range(span.start - 1, max(sent.start, span.start - PAST_REACH) - 1, -1):
            token = doc[i]
            if token.text in CLAUSE_BREAKS or token.text in {",", ";"} or token.lower_ in self.forward_words:
                return False  # another clause, or a forward word ("when it will")
            if token.lower_ not in self.past_subordinators:
                continue
            verbs = [t for t in doc[i + 2:span.start] if t.lower_ in self.past_verbs or (
                len(t.lower_) > 4 and t.lower_.endswith("ed") and self._auxiliary(doc, t.i) not in self.passive_aux
                and t.lower_ not in self.forward_words  # "when it is completed": present
                and not (t.lower_ in self.plan_participles and span.start - t.i <= 2))]  # "a flight planned for"
            return bool(verbs) and doc[i + 1].lower_ not in self.past_verbs
        return False

    @staticmethod
    def _auxiliary(doc: Doc, i: int) -> str:
        """The word before token i, skipping -ly adverbs ("when it is fully ramped": "is")."""
        j = i - 1
        while j > 0 and i - j <= ADVERB_SKIP and doc[j].lower_.endswith("ly"):
            j -= 1
        return doc[j].lower_ if j >= 0 else ""

    def _past_reason(self, doc: Doc, span: Any, sent: Any) -> bool:
        """The expression sits in a participle clause giving the reason for a reported act ("citing strong
        demand in the first half"): what it cites has happened, unless a forward word comes between."""
        for i in range(span.start - 1, max(sent.start, span.start - PAST_REACH) - 1, -1):
            token = doc[i]
            if token.text in CLAUSE_BREAKS or token.text in {",", ";"} or token.lower_ in self.not_past:
                return False  # "citing expected demand in the second half" looks ahead
            if token.lower_ in self.past_reasons:
                return True
        return False

    def _past_verb_before(self, doc: Doc, span: Any, sent: Any) -> int | None:
        """Distance back to the nearest past-tense verb in the expression's clause, if any."""
        for i in range(span.start - 1, max(sent.start, span.start - PAST_REACH) - 1, -1):
            token = doc[i]
            if token.text in CLAUSE_BREAKS or token.text in {",", ";"}:
                return None
            if self._is_past(doc, i, sent) and not self._period_participle(doc, i):
                return span.start - i
        return None

    def _period_participle(self, doc: Doc, i: int) -> bool:
        """ "its fiscal year ended Oct. 31": a participle naming a period, not the clause's past verb."""
        return i > 0 and doc[i].lower_ in self.period_participles and doc[i - 1].lower_ in self.period_nouns

    def _breaks(self, doc: Doc) -> list[int]:
        """Clause breaks before each token, so a clause check is one comparison (read from the ORTH column:
        iterating the tokens would make a Python object per token). An en dash between two words with no space joins
        them ("the Dublin–Marrakesh route"). A closed parenthesis is an aside: its
        inside is a clause of its own, but "will start mass production (HBM4) in the third quarter" keeps the
        cue and the time in one clause, so its closing bracket takes the break back."""
        orth = doc.to_array([ORTH]).reshape(-1)
        step = numpy.isin(orth, self.break_hashes).astype(numpy.int64)
        dashes = numpy.flatnonzero(orth == _EN_DASH)
        if dashes.size:
            spaced = doc.to_array([SPACY]).reshape(-1)
            for i in dashes.tolist():
                if 0 < i < len(doc) - 1 and not spaced[i - 1] and not spaced[i]:
                    step[i] = 0  # "Dublin–Marrakesh", "2027–28": one compound, the clause goes on
        brackets = numpy.flatnonzero((orth == _OPEN) | (orth == _CLOSE))
        if brackets.size:
            sentence = numpy.cumsum(doc.to_array([SENT_START]).reshape(-1) == 1)
            open_at: list[int] = []
            current = -1
            for i in brackets.tolist():
                if sentence[i] != current:  # an aside closes within its sentence
                    open_at.clear()
                    current = sentence[i]
                if orth[i] == _OPEN:
                    open_at.append(i)
                elif open_at:
                    open_at.pop()
                    step[i] = -1
        return [0, *numpy.cumsum(step).tolist()]

    @staticmethod
    def _same_clause(breaks: list[int], s: int, e: int, span: Any) -> bool:
        lo, hi = (e, span.start) if e <= span.start else (span.end, s)
        return hi <= lo or breaks[hi] == breaks[lo]

    def _statement_time(self, doc: Doc, span: Any, sent: Any, cues: list[tuple[str, int, int]]) -> bool:
        """The expression dates the statement ("said on Thursday", "On Monday, Musk announced")."""
        for g, s, e in cues:
            if g != "reporting" or (s > sent.start and doc[s - 1].lower_ in self.future_statement_markers):
                continue  # "will be announced in May": the act to come, not the statement
            if e <= span.start and span.start - e <= 6 and not self._period_adjective(doc, span, sent) and all(
                doc[i].lower_ in self.statement_gap or doc[i].is_title for i in range(e, span.start)
            ):
                return True
            if e <= span.start and self._at_statement_event(doc, e, span.start):
                return True
            opening = all(doc[i].lower_ in self.statement_gap for i in range(sent.start, span.start))
            if opening and span.end <= s and s - span.end <= 5 and not any(
                gg == "future" and span.end <= ss < s for gg, ss, _ in cues
            ):
                return True
        return False

    @staticmethod
    def _period_adjective(doc: Doc, span: Any, sent: Any) -> bool:
        """A hyphenated period before its noun ("said third-quarter deliveries will rise", "said full-year sales
        would"): what is said is about that period, not the date of the saying ("said mid-June it would" is)."""
        if "-" not in span.text or span.end >= sent.end:
            return False
        noun = doc[span.end]
        return noun.is_lower and noun.is_alpha and not noun.is_stop

    def _at_statement_event(self, doc: Doc, start: int, end: int) -> bool:
        """ "said at the company's second-quarter earnings call on Tuesday": the gap after a reporting verb
        names the occasion of the statement and ends "<event> on", so the time dates the statement."""
        gap = [t.lower_ for t in doc[start:end]]
        return (2 < len(gap) <= STATEMENT_EVENT_REACH and gap[0] in self.statement_gap
                and gap[-1] in self.statement_event_prepositions
                and gap[-2] in self.statement_events and not self.forward_words.intersection(gap))

    def _negated(self, doc: Doc, span: Any, sent: Any) -> bool:
        """A negation governs the expression in its clause ("will not introduce new models this year")."""
        for i in range(span.start - 1, max(sent.start, span.start - NEGATION_REACH) - 1, -1):
            token = doc[i]
            if token.text in CLAUSE_BREAKS or token.text in {",", ";"}:
                return False
            if token.lower_ in self.negations:
                return True
        return False

    def _in_condition(self, doc: Doc, span: Any, sent: Any) -> bool:
        """The expression sits in an if/unless clause: the condition's time, not the promise's."""
        for i in range(span.start - 1, sent.start - 1, -1):
            token = doc[i]
            if token.text in {",", ";"} or token.text in CLAUSE_BREAKS:
                return False
            if token.lower_ in self.condition_words:
                return True
        return False


def _in_name(doc: Doc, start: int) -> bool:
    """A capitalised cue word right after a capitalised word inside a sentence is part of a name ("the United
    States"), not the verb."""
    prev = doc[start - 1] if start > 0 else None
    return (doc[start].text[:1].isupper() and prev is not None and not prev.is_sent_start
            and prev.text[:1].isupper() and not doc[start].is_sent_start)
