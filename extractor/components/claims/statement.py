"""Evidence that a time dates the statement, not the promise, and which cue matches count."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from extractor.components.text import words_of

STATEMENT_EVENT_REACH = 12  # tokens: "said at the company's second-quarter earnings call on" Tuesday


DIRECTIVE_REACH = 4  # words between a directive verb and its "to" ("ordered the two parties to")


class StatementEvidence:
    """Whether a time dates the statement rather than the promise, and whether a cue word is one (a reporting
    noun as a medium, a directive with its addressee, a cue read as a noun). Reads the word sets
    ``ClaimCandidates.__init__`` loads from the lexicon."""

    def _statement_noun(self, doc: Doc, start: int, end: int) -> bool:
        """A reporting noun ("statement", "post") dates a statement only as its medium: "in a statement on
        Monday", "during an interview"; other reporting words always count."""
        if doc[start:end].text.lower() not in self.reporting_nouns:
            return True
        return any(w in self.reporting_noun_openers for w in words_of(doc).lower[max(0, start - 3):start])

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
        lower = words_of(doc).lower
        if end - start != 1 or lower[start] not in self.cue_nouns:
            return False
        return end >= len(doc) or lower[end] in self.cue_noun_followers

    def _statement_past(self, doc: Doc, span: Any, cues: list[tuple[str, int, int]]) -> bool:
        """A past stating verb right before the expression dates the statement ("forecast in June that",
        "pledged in December to"), unless an auxiliary makes it a participle ("is projected in 2026")."""
        lower = words_of(doc).lower
        for g, s, e in cues:
            if g != "statement_past" or not 1 <= span.start - e <= 2:  # "forecast 2024 earnings" is a target
                continue
            if not all(lower[i] in self.statement_past_gap for i in range(e, span.start)):
                continue
            before = lower[s - 1] if s > 0 else ""
            if before not in self.participle_markers:
                return True
        return False

    def _statement_time(self, doc: Doc, span: Any, sent: Any, cues: list[tuple[str, int, int]]) -> bool:
        """The expression dates the statement ("said on Thursday", "On Monday, Musk announced")."""
        words = words_of(doc)
        lower = words.lower
        for g, s, e in cues:
            if g != "reporting" or (s > sent.start and lower[s - 1] in self.future_statement_markers):
                continue  # "will be announced in May": the act to come, not the statement
            if e <= span.start and span.start - e <= 6 and not self._period_adjective(doc, span, sent) and all(
                lower[i] in self.statement_gap or words.is_title[i] for i in range(e, span.start)
            ):
                return True
            if e <= span.start and self._at_statement_event(doc, e, span.start):
                return True
            opening = all(lower[i] in self.statement_gap for i in range(sent.start, span.start))
            if opening and span.end <= s and s - span.end <= 5 and not any(
                gg == "future" and span.end <= ss < s for gg, ss, _ in cues
            ):
                return True
        return False

    def _period_adjective(self, doc: Doc, span: Any, sent: Any) -> bool:
        """A hyphenated period before its noun ("said third-quarter deliveries will rise", "said full-year sales
        would", "said full year sales would"): what is said is about that period, not the date of the saying ("said
        mid-June it would" is)."""
        adjective = "-" in span.text or " ".join(span.text.lower().split()) in self.year_adjectives
        if not adjective or span.end >= sent.end:
            return False
        noun = doc[span.end]
        return noun.is_lower and noun.is_alpha and not noun.is_stop

    def _at_statement_event(self, doc: Doc, start: int, end: int) -> bool:
        """ "said at the company's second-quarter earnings call on Tuesday": the gap after a reporting verb
        names the occasion of the statement and ends "<event> on", so the time dates the statement."""
        gap = words_of(doc).lower[start:end]
        return (2 < len(gap) <= STATEMENT_EVENT_REACH and gap[0] in self.statement_gap
                and gap[-1] in self.statement_event_prepositions
                and gap[-2] in self.statement_events and not self.forward_words.intersection(gap))
