"""Past-tense evidence of a claim candidate: whether what a time dates is told as past."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from extractor.components.claims.clauses import CLAUSE_BREAKS, clause_before
from extractor.components.text import words_of

FORWARD_GROUPS = {"future", "schedule", "reschedule", "planned", "firm", "hedged", "conditional"}


PAST_REACH = 12  # tokens scanned back from an expression for a past-tense verb


ADVERB_SKIP = 2  # -ly adverbs skipped back from a participle to its auxiliary ("will be fully completed")


class PastEvidence:
    """Past-tense evidence around a time expression: a past verb before or after it in its clause, a past
    subordinate or reason clause. Reads the word sets ``ClaimCandidates.__init__`` loads from the lexicon."""

    def _is_past(self, doc: Doc, i: int, sent: Any) -> bool:
        """Token i is a past-tense verb (listed, or a regular -ed form that is no participle after
        "be"/"to" and no cue word)."""
        lower = words_of(doc).lower
        word = lower[i]
        if word in self.currency_homographs and i > sent.start and doc[i - 1].like_num:
            return False  # "a dividend of 500 won per share": the currency, not the verb
        regular = len(word) > 4 and word.endswith("ed") and word not in self.not_past
        j = i - 1  # an adverb stands between an auxiliary and its participle: "to be formally adopted"
        while j > sent.start and i - j <= ADVERB_SKIP and lower[j].endswith("ly") and (
                lower[j] not in self.not_adverbs):
            j -= 1
        before = lower[j] if j >= sent.start else ""
        participle = before in self.passive_aux  # "will be tested"
        adjective = before in self.determiners or before in self.adjective_openers  # "an uncrewed mission", "first
        # uncrewed flight", "its troubled test flight"
        after_preposition = i > sent.start and lower[i - 1] in self.adjective_prepositions  # "for planned
        # deliveries", "with paid leave": a verb never follows a preposition
        adjective = adjective or after_preposition or self._quantified_adjective(doc, i, before, sent)
        infinitive = before in self.participle_aux  # "to be paid", "will be sold": a listed form read as participle
        # a listed form after an article or possessive is an adjective too ("a paid loyalty program"); after "that"
        # it may be a relative clause's verb ("a preview that began in January")
        attributive = before in self.attributive_openers or before in self.adjective_openers or after_preposition
        if self._in_name(doc, i, sent):  # "its updated Nationally Determined Contribution": a word of a name
            return False
        if word in self.object_past:  # "The lender cut its guidance": a past only before its object
            return self._object_past(doc, i, sent)
        participle = participle or before in self.participle_subordinators  # "once approved by the board"
        return (word in self.past_verbs and not infinitive and not attributive) or (
            regular and not participle and not adjective and not self._item_participle(doc, before, sent))

    def _object_past(self, doc: Doc, i: int, sent: Any) -> bool:
        """A form that is past, present and base alike ("cut") is the past when an object follows it and no word
        before makes it a present or an infinitive ("will cut its", "we cut our"); alone it may be a noun."""
        before = doc[i - 1].lower_ if i > sent.start else ""
        return (i + 1 < sent.end and doc[i + 1].lower_ in self.determiners
                and before not in self.object_past_blockers and before not in self.forward_words)

    def _quantified_adjective(self, doc: Doc, i: int, before: str, sent: Any) -> bool:
        """An -ed form between a quantifier and a noun describes the noun ("to repair all affected vehicles"); before
        a preposition, a determiner or an object pronoun it is the quantified subject's verb ("they all agreed to")."""
        if before not in self.quantifiers or i + 1 >= sent.end:
            return False
        nxt = doc[i + 1]
        return nxt.is_alpha and nxt.is_lower and nxt.lower_ not in self.adjective_prepositions | self.determiners | (
            self.quantified_verb_followers)

    def _item_participle(self, doc: Doc, before: str, sent: Any) -> bool:
        """A list item is written verblessly ("- New roof lighting installed in January."): its bare -ed form
        is a headline participle that dates a step, not a past verb; "- Contract was signed in May" stays past."""
        text = words_of(doc).text
        first = text[sent.start]
        if first in ('"', "“") and sent.start + 1 < sent.end:
            first = text[sent.start + 1]
        return first in self.item_markers and before not in self.item_past_aux

    def _in_name(self, doc: Doc, i: int, sent: Any) -> bool:
        """Token i is a capitalised word inside a capitalised name, not opening its sentence ("the Nationally
        Determined Contribution", "the Integrated Sustainable Energy Strategy"): a name's word, no verb."""
        words = words_of(doc)
        if i <= sent.start or i + 1 >= sent.end or not words.is_title[i]:
            return False
        return words.is_title[i + 1] and (words.is_title[i - 1] or words.lower[i - 1] in self.determiners)

    def _past_verb_after(self, doc: Doc, span: Any, sent: Any, cues: list[tuple[str, int, int]]) -> int | None:
        """Distance to a past-tense verb after an expression that opens its clause ("In March the
        secretary paused work"), unless a forward cue comes first."""
        opener = span.start == sent.start or (span.start - 1 >= sent.start and doc[span.start - 1].is_punct) or (
            span.start - 1 == sent.start and doc[sent.start].lower_ in self.statement_past_gap)
        if not opener:
            return None
        cue_at = {s for g, s, e in cues if g in FORWARD_GROUPS}
        words = words_of(doc)
        for i in range(span.end, min(sent.end, span.end + PAST_REACH)):
            if i in cue_at or words.text[i] in CLAUSE_BREAKS or words.text[i] == ";":
                return None
            if words.lower[i] in self.clause_future_words:
                return None
            if self._is_past(doc, i, sent):
                return i - span.end + 1
        return None

    def _past_subordinate(self, doc: Doc, span: Any, sent: Any) -> bool:
        """The expression sits in a subordinate clause told in the past ("after it raised prices in
        October", "when they were delayed to the autumn"): a subordinator, a subject, then a past
        verb, which here may be one of the -ed forms that elsewhere state a plan ("raised", "delayed")."""
        lower = words_of(doc).lower
        if span.start > sent.start and lower[span.start - 1] in self.effect_starts:
            return False  # "after Ofcom banned them from January 2025": the act is past, its effect ahead
        for at in clause_before(doc, span, sent, PAST_REACH):
            if lower[at] in self.forward_words:
                return False  # a forward word ("when it will")
            if lower[at] not in self.past_subordinators:
                continue
            verbs = [t for t in range(at + 2, span.start) if lower[t] in self.past_verbs or (
                len(lower[t]) > 4 and lower[t].endswith("ed") and self._auxiliary(doc, t) not in self.passive_aux
                and lower[t] not in self.forward_words  # "when it is completed": present
                and not (lower[t] in self.plan_participles and span.start - t <= 2))]  # "a flight planned for"
            return bool(verbs) and lower[at + 1] not in self.past_verbs
        return False

    @staticmethod
    def _auxiliary(doc: Doc, i: int) -> str:
        """The word before token i, skipping -ly adverbs ("when it is fully ramped": "is")."""
        lower = words_of(doc).lower
        j = i - 1
        while j > 0 and i - j <= ADVERB_SKIP and lower[j].endswith("ly"):
            j -= 1
        return lower[j] if j >= 0 else ""

    def _past_reason(self, doc: Doc, span: Any, sent: Any) -> bool:
        """The expression sits in a participle clause giving the reason for a reported act ("citing strong
        demand in the first half"): what it cites has happened, unless a forward word comes between."""
        lower = words_of(doc).lower
        for i in clause_before(doc, span, sent, PAST_REACH):
            if lower[i] in self.not_past:
                return False  # "citing expected demand in the second half" looks ahead
            if lower[i] in self.past_reasons:
                return True
        return False

    def _past_verb_before(self, doc: Doc, span: Any, sent: Any) -> int | None:
        """Distance back to the nearest past-tense verb in the expression's clause, if any."""
        return next((span.start - i for i in clause_before(doc, span, sent, PAST_REACH)
                     if self._is_past(doc, i, sent) and not self._period_participle(doc, i)), None)

    def _period_participle(self, doc: Doc, i: int) -> bool:
        """ "its fiscal year ended Oct. 31": a participle naming a period, not the clause's past verb."""
        lower = words_of(doc).lower
        return i > 0 and lower[i] in self.period_participles and lower[i - 1] in self.period_nouns
