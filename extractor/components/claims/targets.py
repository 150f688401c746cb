"""Evidence that a time is not the plan's target: a comparison's baseline, a superseded or restated target."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from extractor.components.text import words_of

BACKSHIFT_REACH = 4  # tokens before "that" searched for the reporting verb ("told analysts that")


BASELINE_VALUE_REACH = 6  # tokens before "up from" searched for the value it compares ("rose 5% to 12, up from")


BASELINE_PERIOD_REACH = 10  # "against 91.4% in the first nine months of 2026": a part of the compared period


YEARLY = re.compile(r"(?i)\byear\b|^(?:fiscal\s+|FY\s?)?(?:19|20)\d\d(?:[-/]\d\d)?$")  # a year compared


VALUE_OPENER_REACH = 2  # words before a compared value that open it ("up from a revised ₹11.2 lakh crore")


class TargetEvidence:
    """Times that are not the plan's target: a comparison's baseline, a superseded target, a restated one in
    reported speech. Reads the word sets ``ClaimCandidates.__init__`` loads from the lexicon."""

    def _backshifted(self, doc: Doc, span: Any, sent: Any) -> bool:
        """The expression sits in reported speech ("told analysts that ... was"): a past verb right after it is
        the speaker's present shifted back, no past event."""
        words = words_of(doc).lower[sent.start:span.start]
        if "that" not in words:
            return False
        at = len(words) - 1 - words[::-1].index("that")
        return bool(self.backshift_verbs.intersection(words[max(0, at - BACKSHIFT_REACH):at]))

    @staticmethod
    def _compares(doc: Doc, end: int) -> bool:
        """ "by 2027, earlier than the 2040 deadline": "earlier" compares two dates, it does not date this one."""
        return end < len(doc) and words_of(doc).lower[end] == "than"

    def _baseline_period(self, doc: Doc, end: int, start: int) -> bool:
        """ "against 91.4% in the first nine months of 2026": the compared value right after the marker, then only
        words of a part of the period before the time, so the time is the comparison's."""
        rest = end
        while rest < start and rest - end < VALUE_OPENER_REACH and doc[rest].lower_ in self.baseline_value_openers:
            rest += 1  # "up from a revised ₹11.2 lakh crore in the current year"
        if not 0 < start - end <= BASELINE_PERIOD_REACH or not (doc[rest].like_num or doc[rest].is_currency):
            return False
        end = rest
        while rest < start and (doc[rest].like_num or doc[rest].is_currency or doc[rest].text == "%"
                                or doc[rest].lower_ in self.amount_scales):  # "$3.1 billion", "91.4%"
            rest += 1
        return rest > end and all(doc[i].lower_ in self.baseline_period_words for i in range(rest, start))

    def _change_base(self, doc: Doc, span: Any, sent: Any) -> bool:
        """ "up 26% from this year": a change's size between "up"/"down" and a "from" right before a year, which is
        the comparison's base; a month there starts the change ("fares up 5% from January")."""
        i = span.start - 1
        if i <= sent.start or doc[i].lower_ != "from" or not YEARLY.search(span.text):
            return False
        j = i - 1
        while j >= sent.start and self._value_word(doc[j]):
            j -= 1
        return sent.start <= j < i - 1 and doc[j].lower_ in self.change_adverbs

    def _value_word(self, token: Any) -> bool:
        return token.like_num or token.is_currency or token.text == "%" or token.lower_ in self.amount_scales

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

    def _superseded(self, doc: Doc, span: Any, sent: Any, cues: list[tuple[str, int, int]]) -> bool:
        """The expression is a target the plan no longer has: after a pluperfect or "originally"
        plan verb ("had been scheduled for", "originally planned"), or the old date of a move
        ("delayed from September")."""
        lower = words_of(doc).lower
        ranged = any(w in self.range_joints for w in lower[span.start:span.end])  # "from October to February"
        if not ranged and span.start > sent.start and lower[span.start - 1] in self.superseded_from and any(
            g == "reschedule" and e <= span.start - 1 and span.start - e <= 6 for g, s, e in cues
        ):
            return True
        window = lower[max(sent.start, span.start - 10):span.start]
        if "," in window:  # "once promised for 2026, now opens in late 2028": another clause's plan
            window = window[len(window) - window[::-1].index(","):]
        for i, word in enumerate(window[:-1]):  # "his earlier target of 2028 or 2029"
            if word in self.superseded_target_markers and self.superseded_targets.intersection(window[i + 1:i + 3]):
                return True
        after = lower[span.end:min(sent.end, span.end + 3)]
        for words in (window, after):
            for i, word in enumerate(words):
                if word not in self.superseded_verbs or (words is window and self.superseded_breakers.intersection(
                        window[i + 1:])):  # "had been promised for 2024 and will now open this summer"
                    continue
                lead = words[:i]
                if any(lead[len(lead) - len(m):] == m or m[0] in lead[-3:] for m in self.superseded_markers):
                    return True
        return False
