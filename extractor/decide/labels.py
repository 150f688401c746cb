"""Years and spans of years that name a thing rather than date it ("Vision 2030", "its 2027 budget", "the 2026
Winter Olympics", "the budget for 2026-27"): the sentence's other time is the claim's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from extractor import lexicon
from extractor import time as temporal
from extractor.decide.patterns import AMOUNT, FISCAL_LABEL, SPLIT_LABEL, YEAR_SPAN, alternation, claim_words

EVENT_NAME = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?P<last>[A-Z][\w'’-]*)(?![\w-])")  # "2030 World Cup"


@cache
def _ordinary_words() -> frozenset[str]:
    """Capitalised words that do not start a name before a year: stop words, months, weekdays."""
    time_words = lexicon.load("time")
    return frozenset(STOP_WORDS) | frozenset(time_words["months"]) | frozenset(time_words["weekdays"])


def named_year(text: str, timex: temporal.Timex, sentence_timexes: int = 1) -> bool:
    """A bare year that is part of a name ("Vision 2030", "Model 2027", "CES 2026"), not a time; so is a span of
    years after a name when the sentence gives another time ("the National Broadband Strategy 2026-2030, which
    targets ... by 2028")."""
    bare = timex.text.isdigit() and len(timex.text) == 4
    span = bool(YEAR_SPAN.fullmatch(timex.text)) and sentence_timexes >= 2
    if not (bare or span) or timex.prefix:
        return False
    before = text[max(0, timex.start - 30):timex.start]
    if not before.endswith(" "):
        return False
    word = before.split()[-1] if before.split() else ""
    return word[:1].isupper() and word.lower().strip(".,") not in _ordinary_words()


def _word_after_determined_year(text: str, timex: temporal.Timex) -> str:
    """The word after a bare year or span of years that follows a definite determiner ("its 2027 budget" ->
    "budget", "its 2026-2030 housing programme" -> "housing"); "" when the expression is not such a year."""
    bare = (timex.text.isdigit() and len(timex.text) == 4) or bool(YEAR_SPAN.fullmatch(timex.text))
    if not bare or timex.prefix:
        return ""
    before = text[max(0, timex.start - 12):timex.start].lower().split()
    after = text[timex.end:timex.end + 25].split()
    if not before or before[-1] not in claim_words("definite_determiners") or not after:
        return ""
    return after[0].strip(",.;:")


YEAR_HEAD_REACH = 2  # words after "its 2026" searched for a forecast noun ("its 2026 production forecast")


def year_adjective(text: str, timex: temporal.Timex, sentence_timexes: int = 1) -> bool:
    """A bare year between a determiner and a noun describes it ("its 2027 budget"), unless the noun is a due date
    itself ("the 2030 target"), or it or the next is a forecast the sentence dates by no other time ("reiterated its
    2026 guidance", "cut its 2026 production forecast"; not "will give its 2026 guidance on Feb. 19")."""
    noun = _word_after_determined_year(text, timex)
    if YEAR_SPAN.fullmatch(timex.text) and noun in claim_words("year_span_nouns"):
        return False  # "over the 2025-2034 period", "the 2025 to 2027 financial years": the span itself
    if not noun.islower() or noun in claim_words("year_adjective_targets"):
        return False
    head = [w.strip(",.;:") for w in text[timex.end:timex.end + 40].split()[:YEAR_HEAD_REACH]]
    # "its 2026 sales forecast"
    return sentence_timexes > 1 or not claim_words("year_forecast_nouns").intersection(head)


def span_label(text: str, timex: temporal.Timex, sentence_timexes: int) -> bool:
    """A determined span of years naming what the sentence dates otherwise ("new targets for the 2028-2030 plan at an
    investor day in June", "after the 2027-28 playoffs" with the draft in June 2028), or one a verb takes as the
    label of its object ("will set 2028-29 tuition next October"). Not a budget's label
    (``budget_label`` weighs those), nor the span itself ("over the 2025-2034 period", "in the 2026/27 year")."""
    if sentence_timexes < 2 or timex.prefix or not (YEAR_SPAN.fullmatch(timex.text)
                                                    or SPLIT_LABEL.fullmatch(timex.text)):
        return False
    before = text[max(0, timex.start - 12):timex.start].lower().split()
    after = text[timex.end:timex.end + 25].split()
    noun = after[0].strip(",.;:") if after else ""
    if not before or not noun.isalpha() or not noun.islower():
        return False
    if before[-1] not in claim_words("definite_determiners") and not (  # "will set 2028-29 tuition next October": a
            before[-1].isalpha() and before[-1] not in claim_words("budget_nouns")  # label after a verb, not after its
            and noun not in claim_words("period_metric_nouns")):  # own noun ("budget 2026-27 sets") nor before a metric
        return False
    head = [w.strip(",.;:").lower() for w in after[:SPAN_HEAD_REACH]]  # "the 2026/27 crop year": the year itself
    return not claim_words("year_span_nouns").intersection(head) and noun not in claim_words("budget_nouns")


PLAN_HORIZON = re.compile(rf"\b(?:{alternation('plan_horizon_nouns')})\s+(?:{alternation('plan_horizon_links')})\s+$",
                          re.I)  # "a new strategy to 2030"


def plan_horizon(text: str, timex: temporal.Timex, sentence_timexes: int) -> bool:
    """A bare year naming a plan by its horizon ("a new strategy to 2030 will be presented ... in March 2027") when
    the sentence gives another time, which is the claim's."""
    bare = timex.text.isdigit() and len(timex.text) == 4
    return bare and sentence_timexes >= 2 and not timex.prefix and bool(
        PLAN_HORIZON.search(text, max(0, timex.start - 30), timex.start))


TARGETS_TO_COME = re.compile(rf"\b(?:{alternation('future_statement_markers')})\s+"
                             rf"(?:{alternation('forecast_presenting_verbs')})\s+(?:[\w'’-]+\s+){{0,3}}?"
                             rf"(?:{alternation('forecast_nouns')})\s+for\s+(?:the\s+)?(?:years\s+)?$", re.I)


def targets_to_come(text: str, timex: temporal.Timex, sentence_timexes: int) -> bool:
    """A span of years labelling forecasts still to be presented ("will provide targets for 2027 through 2030" at an
    investor day on March 4, 2027) when the sentence gives another time: that time dates the presentation, the
    forecasts themselves are not given yet."""
    if sentence_timexes < 2 or not (YEAR_SPAN.fullmatch(timex.text) or SPLIT_LABEL.fullmatch(timex.text)):
        return False
    return bool(TARGETS_TO_COME.search(text, max(0, timex.start - 90), timex.start))


YEARLESS_DAY = re.compile(r"[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+")  # "January 1", "1 April"


def day_label(text: str, timex: temporal.Timex, sentence_timexes: int) -> bool:
    """A yearless day naming the things that recur on it ("January 1 renewals: results on February 9, 2027", "the
    April 1 renewals"): a plural noun right after it, and another time in the sentence dating what is due."""
    if sentence_timexes < 2 or timex.prefix or not YEARLESS_DAY.fullmatch(timex.text):
        return False
    after = text[timex.end:timex.end + 25].split()
    noun = after[0].strip(",.;:()") if after else ""
    return noun.isalpha() and noun.islower() and noun.endswith("s") and noun not in claim_words("day_label_non_nouns")


def event_name_year(text: str, timex: temporal.Timex, sentence_timexes: int) -> bool:
    """A bare year opening an event's name after a determiner ("the 2026 Winter Olympics", "the 2027 World
    Cup"), or before a capitalised name ending in an event noun after any preposition ("ready for 2030 World
    Cup bid inspection"), when the sentence gives another time: that time dates the event, the year only names it."""
    if sentence_timexes < 2:
        return False
    word = _word_after_determined_year(text, timex)
    if word[:1].isupper() and word.lower() not in _ordinary_words():
        return True
    if not (timex.text.isdigit() and len(timex.text) == 4):
        return False
    if timex.prefix and timex.prefix not in claim_words("event_name_prefixes"):
        return False
    name = EVENT_NAME.match(text, timex.end)
    return bool(name) and name.group("last").lower() in claim_words("event_name_nouns")


def budget_label(cand: dict[str, Any], text: str, timex: temporal.Timex, sentence_timexes: int) -> bool:
    """A fiscal-year label naming a budget ("draft fiscal 2028 budget ceilings go to the cabinet in January", "the
    budget for 2026-27 would be presented on June 10") when the sentence dates the budget's step otherwise and states
    no amount in the label's clause: the other time is the claim. An amount makes the label the year the money is for
    ("the fiscal 2027 budget request includes $412 million"), not one of another clause ("paid for with money the
    Legislature included in the 2025-27 budget and by savings of $4 million a year through fiscal 2029")."""
    if sentence_timexes < 2 or not (FISCAL_LABEL.fullmatch(timex.text) or SPLIT_LABEL.fullmatch(timex.text)):
        return False
    after = text[timex.end:timex.end + 12].lower().split()
    before = text[max(0, timex.start - 16):timex.start].lower().split()
    names = (after and after[0].strip(",.") in claim_words("budget_nouns")) or (
        len(before) >= 2 and before[-1] == "for" and before[-2] in claim_words("budget_nouns"))
    return bool(names) and not AMOUNT.search(_clause(text, cand, timex))


# a clause's break: a semicolon or colon, a joining word, or a relative clause after a comma (an aside between commas,
# "the budget for 2026-27, approved in June, allocates ...", stays in the clause)
CLAUSE_BREAK = re.compile(rf"[;:]|\s(?:{alternation('clause_joints')})\s|,\s+(?:{alternation('clause_relatives')})\s")


def _clause(text: str, cand: dict[str, Any], timex: temporal.Timex) -> str:
    """The stretch of the sentence around an expression between the clause breaks nearest it: "included in the 2025-27
    budget and by cost savings of $4 million" -> "included in the 2025-27 budget"."""
    s0, s1 = cand["sent_start"], cand["sent_end"]
    before = [m.end() for m in CLAUSE_BREAK.finditer(text, s0, timex.start)]
    after = CLAUSE_BREAK.search(text, timex.end, s1)
    return text[before[-1] if before else s0:after.start() if after else s1]


def year_named_apart(timex: temporal.Timex, sentence_timexes: Sequence[temporal.Timex]) -> bool:
    """ "raised its full-year outlook ... now forecasting earnings of $10 per share for 2026": the year the
    sentence names is the claim's time, and the current-year adjective only repeats it."""
    if " ".join(timex.text.lower().split()) not in claim_words("year_adjectives"):
        return False
    for other in sentence_timexes:
        period = temporal.resolve(other, None).period
        if other.start != timex.start and period is not None and period.granularity == "year":
            return True
    return False


SPAN_HEAD_REACH = 3  # words after a span of years searched for the period noun it is ("the 2026/27 sugar season")
