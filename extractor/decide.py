"""Claim or not: whether a time expression in a sentence names the due date of a promise.

The evidence comes from the claim-candidate component (cue distances, statement times, past
markers, conditions); the article's publication date decides the rest. A candidate is a claim when
the expression can name a due date, its period is not wholly before publication, it does not date
the statement or a condition, and the sentence looks forward.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, partial
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from extractor import lexicon
from extractor import time as temporal
from extractor.time.parse import parse as parse_span

CLAIM_TYPES = {"DATE", "DURATION"}
YEAR_SLACK_DAYS = 60  # at least the normaliser's slack for keeping a date just past
RECENT_DAY_DAYS = 14  # a yearless day this many days before publication is the one just past, whatever the cue
CUE_REACH = 25  # tokens: a future cue further away governs another clause
TITLE_AHEAD_DAYS = 60  # a headline period that contains publication but lies mostly ahead is a claim
COARSE = {"year", "half", "quarter"}  # periods too coarse to date a statement ("now says 2029")


_words = partial(lexicon.words, "claims")


def _boilerplate(sentence: str) -> bool:
    """A sentence that states no news: a forward-looking-statements notice or a sign-off ("See you next
    Friday"), whatever times it names."""
    words = " ".join(sentence.lower().replace("’", "'").split())
    return (any(p in words for p in _words("boilerplate_phrases"))
            or any(words.startswith(p + " ") for p in _words("sign_off_openers")))


def _due_date_expression(timex: temporal.Timex, resolution: temporal.Resolution, counted: bool = False) -> bool:
    """Whether the expression can name a due date at all: not past-marked ("earlier this year"),
    not narrative-relative ("two years later"), not anaphoric ("for the year") unless ``counted`` from
    the date it refers to ("by 2029, and ... in the following year"), not a duration without an offset
    or shorter than a day ("in less than 1 second")."""
    words = timex.text.lower().split()
    # "the last weeks of the year", "the last six months of 2024": "last" opens a part of the period, no past mark
    part_of = " ".join(words[:2]) in _words("part_of_period_starts") and "of" in words[2:5]
    if _words("past_in_timex").intersection(words[2:] if part_of else words):
        return False
    anaphor = " ".join(words)
    if anaphor in _words("anaphoric") and timex.prefix not in _words("deadline_prefixes"):
        coarse = words[-1] in _words("counted_anaphor_units")  # "the next day" after "2023" names no day
        if not (counted and coarse and anaphor in _words("narrative_anaphors") | _words("label_anaphors")):
            return False  # "for the year" counts from elsewhere; "within the year" is this year
    if words and words[-1] in _words("narrative_last_word") and len(words) > 1:
        return False
    if timex.type == "DURATION":
        lead = " ".join(words[:2])
        return (timex.prefix not in _words("narrative_prefixes") | _words("magnitude_prefixes")
                and lead not in _words("part_of_period_starts") and not resolution.value.startswith("PT"))
    return True


def _anchored_length(text: str, timex: temporal.Timex) -> bool:
    """A duration joined to a named time ("in the five years from April 2025") is that period's length,
    not time to a due date; the named time, if any, is the claim ("two years from now" stays an offset)."""
    if timex.type != "DURATION":
        return False
    after = text[timex.end:timex.end + 30].lower().split()
    if len(after) < 2 or after[0] not in _words("period_anchor_joints"):
        return False
    named = after[1].strip(",.;:")  # a year or a month opens the named time ("to show" is no time)
    return named[:1].isdigit() or named.rstrip(".") in lexicon.load("time")["months"]


def _retrospective(text: str, timex: temporal.Timex) -> bool:
    """A duration that closes a look back ("its fastest expansion in five years", "the second delay
    to the programme in less than a year") measures a past span, not time to a due date; not when a
    future cue stands in its clause ("expected to produce its first cells in 18 months' time")."""
    if timex.type != "DURATION":
        return False
    clause = re.split(r"[,;:(]", text[max(0, timex.start - 80):timex.start])[-1].lower().split()
    if _words("future").intersection(clause):
        return False
    return bool(_words("retrospective_words").intersection(clause[-8:]))


SPLIT_LABEL = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–/]\s*\d\d(?!\d)")  # "2025-26": a fiscal year by its form
PERIOD_CODE = re.compile(r"[QH][1-4]|[1-4][QH]")  # a quarter or half written as a code, without its year
PAST_YEAR = re.compile(r"(?<![\d/-])((?:19|20)\d\d)(?![\d/-])")
EVENT_NAME = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?P<last>[A-Z][\w'’-]*)(?![\w-])")  # "2030 World Cup"
SPAN_REPORT_REACH = 8  # words before "the six months to September" searched for the results it covers
OVER = re.compile(r"(?i)over\s+")
DEFINED_TERM = (re.compile(r"\(\s*[\"“']\s*$"), re.compile(r"\s*[\"”']\s*\)"))  # ("FY27"): a term defined
NEGATED_TIME = re.compile(r"\bnot\s+(?:\w+\s+)?$", re.I)  # "starts on Monday, not next year"


def _alternation(key: str) -> str:
    return lexicon.alternation(lexicon.word_list("claims", key))


# "2023-2027", not "2025/26"
YEAR_SPAN = re.compile(rf"(?:19|20)\d\d\s*(?:-|–|{_alternation('year_span_links')})\s*(?:19|20)\d\d")
FISCAL_LABEL = re.compile(rf"(?i)(?:{_alternation('fiscal_label_words')})\s+(?:year\s+)?(?:19|20)\d\d"
                          rf"|(?:{_alternation('fiscal_label_codes')})\s?'?\d\d(?:\d\d)?")  # "fiscal 2028", "FY27"
PERFECT = re.compile(rf"(?<!\w)(?:{_alternation('perfect_auxiliaries')})\s+\w+", re.I)  # "have grown"
SPAN_TO = re.compile(rf"\b(?:{_alternation('report_span_units')})\s+(?:{_alternation('report_span_links')})\s+"
                     rf"(?:(?:{_alternation('report_span_parts')})[\s-]*)?$", re.I)  # "the six months to September"
_AMOUNT_WORDS = _alternation("budget_amount_words").replace(r"\ ", r"\s?")  # "per cent", "percent"
AMOUNT = re.compile(rf"[$€£¥₹]\s?\d|\d\s*%|\d\s*(?:{_AMOUNT_WORDS})\b", re.I)  # "412 million": an amount stated
FIGURE_REACH = 40  # characters after a period label its metric's figure is looked for in
FORECAST_VERB_REACH = 2  # words before a period label a forecast-change verb is looked for in ("raises its full-year")
AMOUNT_BEFORE = re.compile(rf"(?:\d|{_alternation('amount_scale_words')})\s+$", re.I)  # "$500 billion over"
PERIOD_END = re.compile(rf"\b(?:{_alternation('period_end_nouns')})"
                        rf"(?:,?\s+(?:{_alternation('period_end_relatives')}))?\s+"
                        rf"(?:(?:{_alternation('period_end_verbs')})\s+(?:(?:{_alternation('period_end_prepositions')})\s+)?"
                        rf"|(?:{_alternation('period_run_verbs')})\s+(?:{_alternation('period_run_links')})\s+)$", re.I)


@cache
def _ordinary_words() -> frozenset[str]:
    """Capitalised words that do not start a name before a year: stop words, months, weekdays."""
    time_words = lexicon.load("time")
    return frozenset(STOP_WORDS) | frozenset(time_words["months"]) | frozenset(time_words["weekdays"])


def _named_year(text: str, timex: temporal.Timex, sentence_timexes: int = 1) -> bool:
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
    if not before or before[-1] not in _words("definite_determiners") or not after:
        return ""
    return after[0].strip(",.;:")


YEAR_HEAD_REACH = 2  # words after "its 2026" searched for a forecast noun ("its 2026 production forecast")


def _year_adjective(text: str, timex: temporal.Timex, sentence_timexes: int = 1) -> bool:
    """A bare year between a determiner and a noun describes it ("its 2027 budget"), unless the noun is a due date
    itself ("the 2030 target"), or it or the next is a forecast the sentence dates by no other time ("reiterated its
    2026 guidance", "cut its 2026 production forecast"; not "will give its 2026 guidance on Feb. 19")."""
    noun = _word_after_determined_year(text, timex)
    if YEAR_SPAN.fullmatch(timex.text) and noun in _words("year_span_nouns"):
        return False  # "over the 2025-2034 period", "the 2025 to 2027 financial years": the span itself
    if not noun.islower() or noun in _words("year_adjective_targets"):
        return False
    head = [w.strip(",.;:") for w in text[timex.end:timex.end + 40].split()[:YEAR_HEAD_REACH]]
    return sentence_timexes > 1 or not _words("year_forecast_nouns").intersection(head)  # "its 2026 sales forecast"


def _span_label(text: str, timex: temporal.Timex, sentence_timexes: int) -> bool:
    """A determined span of years naming what the sentence dates otherwise ("new targets for the 2028-2030 plan at an
    investor day in June", "after the 2027-28 playoffs" with the draft in June 2028). Not a budget's label
    (``_budget_label`` weighs those), nor the span itself ("over the 2025-2034 period", "in the 2026/27 year")."""
    if sentence_timexes < 2 or timex.prefix or not (YEAR_SPAN.fullmatch(timex.text)
                                                    or SPLIT_LABEL.fullmatch(timex.text)):
        return False
    before = text[max(0, timex.start - 12):timex.start].lower().split()
    after = text[timex.end:timex.end + 25].split()
    noun = after[0].strip(",.;:") if after else ""
    if not before or before[-1] not in _words("definite_determiners") or not noun.isalpha() or not noun.islower():
        return False
    head = [w.strip(",.;:").lower() for w in after[:SPAN_HEAD_REACH]]  # "the 2026/27 crop year": the year itself
    return not _words("year_span_nouns").intersection(head) and noun not in _words("budget_nouns")


def _event_name_year(text: str, timex: temporal.Timex, sentence_timexes: int) -> bool:
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
    if timex.prefix and timex.prefix not in _words("event_name_prefixes"):
        return False
    name = EVENT_NAME.match(text, timex.end)
    return bool(name) and name.group("last").lower() in _words("event_name_nouns")


def _counted_from_past_year(cand: dict[str, Any], text: str, timex: temporal.Timex, anchor: date | None) -> bool:
    """A length told in the past after a year already over in its sentence ("Congress ignored a similar order in
    2022 to legislate within 180 days"): it counts from that past event, not from publication. Only when the nearest
    verb before it is past and no forward cue is nearer; a length after a past verb alone ("ordered ByteDance to sell
    within 90 days") still counts from the statement."""
    past, before = cand["past_verb_before"], cand["future_before"]
    if anchor is None or past is None or (before is not None and before <= past):
        return False
    years = PAST_YEAR.findall(text, cand["sent_start"], timex.start)
    return bool(years) and int(years[-1]) < anchor.year


def _budget_label(cand: dict[str, Any], text: str, timex: temporal.Timex, sentence_timexes: int) -> bool:
    """A fiscal-year label naming a budget ("draft fiscal 2028 budget ceilings go to the cabinet in January", "the
    budget for 2026-27 would be presented on June 10") when the sentence dates the budget's step otherwise and states
    no amount in the label's clause: the other time is the claim. An amount makes the label the year the money is for
    ("the fiscal 2027 budget request includes $412 million"), not one of another clause ("paid for with money the
    Legislature included in the 2025-27 budget and by savings of $4 million a year through fiscal 2029")."""
    if sentence_timexes < 2 or not (FISCAL_LABEL.fullmatch(timex.text) or SPLIT_LABEL.fullmatch(timex.text)):
        return False
    after = text[timex.end:timex.end + 12].lower().split()
    before = text[max(0, timex.start - 16):timex.start].lower().split()
    names = (after and after[0].strip(",.") in _words("budget_nouns")) or (
        len(before) >= 2 and before[-1] == "for" and before[-2] in _words("budget_nouns"))
    return bool(names) and not AMOUNT.search(_clause(text, cand, timex))


# a clause's break: a semicolon or colon, a joining word, or a relative clause after a comma (an aside between commas,
# "the budget for 2026-27, approved in June, allocates ...", stays in the clause)
CLAUSE_BREAK = re.compile(rf"[;:]|\s(?:{_alternation('clause_joints')})\s|,\s+(?:{_alternation('clause_relatives')})\s")


def _clause(text: str, cand: dict[str, Any], timex: temporal.Timex) -> str:
    """The stretch of the sentence around an expression between the clause breaks nearest it: "included in the 2025-27
    budget and by cost savings of $4 million" -> "included in the 2025-27 budget"."""
    s0, s1 = cand["sent_start"], cand["sent_end"]
    before = [m.end() for m in CLAUSE_BREAK.finditer(text, s0, timex.start)]
    after = CLAUSE_BREAK.search(text, timex.end, s1)
    return text[before[-1] if before else s0:after.start() if after else s1]


def _year_named_apart(text: str, cand: dict[str, Any], timex: temporal.Timex) -> bool:
    """ "raised its full-year outlook ... now forecasting earnings of $10 per share for 2026": the year the
    sentence names is the claim's time, and the current-year adjective only repeats it."""
    if " ".join(timex.text.lower().split()) not in _words("year_adjectives"):
        return False
    sentence = text[cand["sent_start"]:cand["sent_end"]]
    for other in temporal.find_timexes(sentence):
        period = temporal.resolve(other, None).period
        if other.start != timex.start - cand["sent_start"] and period is not None and period.granularity == "year":
            return True
    return False


def _forecast_for_period(text: str, timex: temporal.Timex, noun: str) -> bool:
    """A period label that times a forecast, whatever else the sentence dates: a metric given a figure
    ("first-quarter revenue of $1.9 billion") or a forecast changed for the period ("raises full-year profit
    forecast"), not a report dated by another time ("fourth-quarter results on Feb. 4")."""
    before = text[max(0, timex.start - 30):timex.start].lower().split()
    if any(w.strip(",.") in _words("forecast_change_verbs") for w in before[-FORECAST_VERB_REACH:]):
        return True
    if noun.strip(",.;:") not in _words("period_metric_nouns"):
        return False
    rest = text[timex.end:timex.end + FIGURE_REACH]
    link = re.match(r"\s+\S+\s+(?:of|at|to)\s+", rest)
    return link is not None and AMOUNT.search(rest, link.end()) is not None


def _definition_or_reporting_period(text: str, timex: temporal.Timex, sentence_timexes: int) -> bool:
    """Expressions that are not the due date when the sentence names another one: a quarter used as
    an adjective for a reporting period ("fourth-quarter results on Feb. 4") or the month that
    closes a period ("the third quarter ending in September")."""
    if sentence_timexes < 2:
        return False
    after = text[timex.end:timex.end + 20].lower().split()
    label = "-" in timex.text or bool(PERIOD_CODE.fullmatch(timex.text))  # "fourth-quarter", "Q1", "H1"
    if label and after and after[0].strip(",.;:") in _words("reporting_period_nouns") and not _forecast_for_period(
            text, timex, after[0]):
        return True
    before = text[max(0, timex.start - 50):timex.start].lower().split()
    if label and before and before[-1] in _words("reporting_verbs"):
        return True  # "to report Q4 on Dec. 4": the period reported, dated by the other time
    if (timex.text.isdigit() and after and after[0].strip(",.;:") in _words("reporting_period_nouns")
            and any(w in _words("reporting_verbs") for w in before[-REPORTED_YEAR_REACH:])):
        return True  # "will report fourth-quarter and full-year 2026 results in late February": the year reported
    if before and before[-1] in _words("reporting_period_openers"):
        return True  # "first reports due on 7 June 2027, covering 2026": the period reported
    while before and before[-1] in _words("definite_determiners"):
        before.pop()
    # "results for its fiscal second quarter on July 29": the period reported; not after a plan participle ("results
    # are scheduled for July 11" dates them) or a forecast change ("raised its guidance for FY26" is a forecast)
    if len(before) >= 2 and before[-1] in _words("reporting_period_links") and before[-2] not in _words(
            "plan_participles") and any(
            w.strip(",.") in _words("reporting_document_nouns") for w in before[-4:-1]) and not any(
            w in _words("forecast_change_verbs") for w in before[-6:-1]):
        return True
    if SPAN_TO.search(text[max(0, timex.start - 40):timex.start]) and any(  # "first-half results, for the six
            w.strip(",.") in _words("reporting_document_nouns") for w in before[-SPAN_REPORT_REACH:]):  # months to
        return True  # September, will be released on November 10": the period reported
    return bool(PERIOD_END.search(text[max(0, timex.start - 20):timex.start]))

PART_OF_YEAR = re.compile(rf"(?:\b(?:{_alternation('year_part_nouns')})|\b\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|"
                          rf"\b[A-Z][a-z]+\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)\s+of\s+$", re.I)
REJECTED = re.compile(rf"\b(?:{_alternation('rejection_verbs')})\s+(?:[\w'’-]+\s+){{0,4}}?"
                      rf"(?:{_alternation('request_nouns')})\s+(?:to|for)\b[^.;:!?]*$", re.I)
REJECTED_REACH = 120  # characters before a time searched for the rejected request it belongs to
PERIOD_SCOPE_WORDS = 4  # words of a place or scope between a period's relative word and its verb
PERIOD_RUNS = re.compile(rf"\b(?:{_alternation('period_run_nouns')}),?\s+(?:(?:{_alternation('period_end_relatives')})"
                         rf"\s+(?:(?:{_alternation('period_define_scopes')})(?:\s+[\w'’-]+){{1,{PERIOD_SCOPE_WORDS}}}\s+)?)?"
                         rf"(?:{_alternation('period_define_verbs')})\s+(?:from\s+)?$", re.I)
SPAN_HEAD_REACH = 3  # words after a span of years searched for the period noun it is ("the 2026/27 sugar season")
REPORTED_YEAR_REACH = 5  # words before "2026 results" searched for the verb that reports them
PERIOD_RUNS_REACH = 80  # characters before a time searched for the period it defines (and a scope inside it)
LABEL_RUNS = re.compile(rf"\s+(?:{_alternation('label_define_verbs')})\s+from\b", re.I)


def _defines_a_period(text: str, timex: temporal.Timex) -> bool:
    """A time that says when a recurring period runs ("whose season runs from October to April"), or the fiscal
    label such a definition is about ("FY27 runs from June 2026 to May 2027"): no due date."""
    if FISCAL_LABEL.fullmatch(timex.text) and LABEL_RUNS.match(text, timex.end):
        return True
    window = max(0, timex.start - PERIOD_RUNS_REACH)
    m = PERIOD_RUNS.search(text, window, timex.start)
    if m is None:
        return False
    before = text[max(0, m.start() - PERIOD_RUNS_REACH):m.start()].lower().split()[-3:]
    return not any(w in _words("period_particular_words") for w in before)


NARROWING_MONTH = re.compile(
    rf"(?:\s+[a-z][\w'’-]*(?<!ing)(?<!ed)){{0,2}}\s+(?:{_alternation('narrowing_joints')})\s+(?:(?:early|mid|late)[\s-]+)?"
    rf"(?:{'|'.join(m.capitalize() for m in lexicon.load('time')['months'])})\b(?!\.?,?\s*\d)")
DEICTIC_WORDS = re.compile(rf"(?i)\b(?:{_alternation('period_particular_words')}|last)\b")


def _narrowed_by_month(text: str, timex: temporal.Timex, period: temporal.Period | None, sent_end: int) -> bool:
    """A coarse period a month right after it narrows ("before it rises for the summer in June", "by the start of the
    2027/28 school year in July", "before the end of the fiscal year in March"): one expression, whose narrowest part,
    the month, is the claim. Only a period that names no year of its own but a split label's ("next year in March"
    keeps its year), and not a month set off by a comma ("its fiscal third quarter, in October": an aside) or after a
    participle ("the third quarter ending in September": the period's end)."""
    if period is None or period.granularity == "day" or DEICTIC_WORDS.search(timex.text) or any(
            w.strip(".,").lower() in lexicon.load("time")["months"] for w in timex.text.split() if w[:1].isupper()):
        return False  # "the end of the fiscal year" is a month too, but names none
    if any(c.isdigit() for c in timex.text) and not SPLIT_LABEL.fullmatch(timex.text):
        return False
    return NARROWING_MONTH.match(text[:sent_end], timex.end) is not None


SPLIT_NARROWED = re.compile(rf"(?P<edge>\b(?:start|beginning|opening|end|close)\s+of\s+(?:the\s+)?)?"
                            rf"(?P<year>(?:19|20)\d\d)\s*[-–/]\s*\d\d(?:\s+[a-z][\w'’-]*(?<!ing)(?<!ed)){{0,2}}\s+"
                            rf"(?:{_alternation('narrowing_joints')})\s+(?:(?:early|mid|late)[\s-]+)?$")
SPLIT_NARROWED_REACH = 80  # characters before a month searched for the split label it narrows
SPLIT_SECOND_YEAR_MONTHS = 6  # a split year's months up to this one (January-June) lie in its second year


def _split_label_year(text: str, timex: temporal.Timex) -> int | None:
    """The calendar year of a month that narrows a split label before it ("by the start of the 2027/28 school year in
    September" -> 2027): the label's first year at its start, its second at its end, else the half of the split year
    (July-June) the month lies in; None when no split label comes right before."""
    month = lexicon.load("time")["months"].get(timex.text.lower().rstrip("."))
    m = SPLIT_NARROWED.search(text, max(0, timex.start - SPLIT_NARROWED_REACH), timex.start) if month else None
    if m is None:
        return None
    first = int(m["year"])
    if m["edge"]:
        return first if m["edge"].split()[0].lower() in ("start", "beginning", "opening") else first + 1
    return first + (month <= SPLIT_SECOND_YEAR_MONTHS)


WEEKDAY_CUE_REACH = 5  # "will hold it on Thursday": only a close cue makes a weekday future
PERIOD_SUBJECT_REACH = 3  # tokens from a period adjective to the cue of the clause its noun opens ("net sales will")
TRAILING_CUE_REACH = 5  # "In March, Acme will ...": a cue after the expression governs it only when close


def _bare_weekday(text: str) -> bool:
    """ "Tuesday", "on Monday evening": a weekday that does not say "next" or "coming"."""
    words = text.lower().replace("’s", "").replace("'s", "").split()
    return bool(words) and words[-1] in lexicon.load("time")["weekdays"] and words[0] not in _words(
        "weekday_forward_words")


def _weekday_cue(cand: dict[str, Any]) -> bool:
    """A cue right before the expression ("will hold it on Thursday")."""
    near = [d for d in (cand["future_before"], cand["schedule_before"]) if d is not None]
    return bool(near) and min(near) <= WEEKDAY_CUE_REACH


def reads_parse(cand: dict[str, Any], timex_text: str) -> bool:
    """Whether the decision on ``cand`` reads the parse (its `syn_time`): a bare weekday with no cue
    right before it, which only a future verb makes a claim. The syntax component parses these
    before the decision, the other candidates' sentences only once they are claims."""
    return _bare_weekday(timex_text) and not _weekday_cue(cand)


def _prefer_future(cand: dict[str, Any], timex: temporal.Timex) -> bool | None:
    """How to resolve a date without a year: forward when a cue governs it (one before it in its
    clause, or one right after it), backward when a past-tense verb is nearer ("took over in April"),
    else the nearest occurrence. A bare weekday is the recent past in news ("said Tuesday") unless a
    cue stands right before it or it says "next"."""
    before, after, past = cand["future_before"], cand["future_after"], cand["past_verb_before"]
    if _bare_weekday(timex.text):
        # or the verb the parser hangs it on is in the future ("will start a scheme for ... on Monday")
        return _weekday_cue(cand) or cand.get("syn_time") == "future"
    if cand["moved_to"] and cand["reschedule_distance"] is not None:
        return True
    if _scheduled_day(timex):
        return True  # "unions have called a strike for August 4": the day it is set for, whatever the verb's tense
    if cand.get("told_past"):
        return False  # "the plan announced in the third quarter", "citing demand in the first half": told as past
    if _reported_period_subject(cand, timex):
        return True  # "said third-quarter deliveries will rise": the period opens the reported clause
    if past is not None and (before is None or past < before):
        return False  # "took over in April": the nearest verb is past
    if cand["past_verb_after"] is not None:
        return False  # "In March the secretary paused work": the clause it opens is past
    scheduled = cand["schedule_before"] is not None and cand["schedule_before"] <= CUE_REACH
    governed = (before is not None and before <= CUE_REACH) or (after is not None and after <= TRAILING_CUE_REACH) \
        or bool(cand.get("list_cue"))
    deadline = (timex.prefix or "").lower() in lexicon.load("time")["forward_deadline_prefixes"]
    return True if governed or scheduled or deadline else None


def _reported_period_subject(cand: dict[str, Any], timex: temporal.Timex) -> bool:
    """A hyphenated period before its noun right after a reporting verb, with a future cue just after ("Acme said
    third-quarter deliveries will rise"): the past verb reports; the clause the period opens is to come."""
    after = cand["future_after"]
    return ("-" in timex.text and not timex.prefix and bool(cand.get("reporting")) and after is not None
            and after <= PERIOD_SUBJECT_REACH and cand["past_verb_after"] is None)


def _scheduled_day(timex: temporal.Timex) -> bool:
    """A yearless day after a prefix of the day a thing is set for ("a strike for August 4")."""
    if (timex.prefix or "").lower() not in lexicon.load("time")["scheduled_day_prefixes"]:
        return False
    spec = parse_span(timex.text)
    return spec is not None and spec.day is not None and spec.month is not None and spec.year is None \
        and spec.rel is None


def _names_an_event(text: str, timex: temporal.Timex) -> bool:
    """A yearless time used as an event's adjective ("sets fall launch", "a June debut", "sets October 9 PDUFA
    date") or named as a due date ("PDUFA date of Jan. 15") dates a plan: with no past verb against it, it is the
    next occurrence."""
    after = text[timex.end:timex.end + 20].lower().split()
    if after and after[0].strip(",.;:") in lexicon.load("time")["ambiguous_season_events"]:
        return True
    before = text[max(0, timex.start - 20):timex.start].lower().split()  # "gets PDUFA date of Jan. 15"
    return len(before) >= 2 and before[-1] == "of" and before[-2] in lexicon.load("time")["due_date_nouns"]


EVENT_OFFSET = re.compile(rf"\s+(?:{_alternation('event_offset_links')})\s+"
                          rf"(?:(?:{_alternation('event_determiners')})\s+)?"
                          rf"(?:[\w'’-]+\s+){{1,4}}(?:{_alternation('event_date_prepositions')})\s+\S", re.I)


def _from_event(text: str, timex: temporal.Timex, reference: date | None) -> temporal.Timex:
    """ "12 months after construction begins in March": a bare length before "after" an event the text dates right
    there (anchors.py gives that date as ``reference``) is an offset from it, as "in 12 months" is from now."""
    if reference is None or timex.type != "DURATION" or timex.prefix or not EVENT_OFFSET.match(text, timex.end):
        return timex
    return replace(timex, prefix="in")


def _resolve(timex: temporal.Timex, anchor: date | None, prefer_future: bool | None) -> temporal.Resolution:
    """Resolve for a claim. Without a governing cue a yearless date takes its nearest occurrence,
    unweighted: a claim reads forward as readily as back ("unveil on 8/8" in April is this August)."""
    if anchor is None or prefer_future is False:
        return temporal.resolve(timex, anchor, prefer_future=prefer_future)
    if prefer_future:
        return _ahead(timex, anchor, temporal.resolve(timex, anchor, prefer_future=True))
    ahead = temporal.resolve(timex, anchor, prefer_future=True)
    back = temporal.resolve(timex, anchor, prefer_future=False)
    if ahead.period is None or back.period is None or ahead.period == back.period:
        return ahead
    gap_ahead = (ahead.period.start - anchor).days
    gap_back = (anchor - back.period.end).days
    return ahead if gap_ahead < gap_back else back


def _ahead(timex: temporal.Timex, anchor: date, resolution: temporal.Resolution) -> temporal.Resolution:
    """A governed yearless date already over at publication is next year's ("will fly no earlier
    than April" in May): the normaliser's slack keeps a month just past, a promise cannot."""
    period = resolution.period
    if period is None or period.end >= anchor or not resolution.relative:
        return resolution
    if period.granularity == "day" and (anchor - period.end).days <= RECENT_DAY_DAYS:
        return resolution  # "after the investor update on November 12" four days on: that day, not next year's
    later = temporal.resolve(timex, anchor + timedelta(days=YEAR_SLACK_DAYS), prefer_future=True)
    moved = later.period
    same_shape = moved is not None and moved.granularity == period.granularity and moved.label[4:] == period.label[4:]
    return later if same_shape and moved.start.year == period.start.year + 1 else resolution


def _moved_to(timex: temporal.Timex, cand: dict[str, Any]) -> temporal.Timex:
    """After a rescheduling verb, "from this summer to the first quarter of 2027" promises its end."""
    if cand["reschedule_distance"] is None or not timex.text.lower().startswith("from "):
        return timex
    ends = temporal.range_ends(timex)
    return replace(ends[1], prefix="to", bound="on") if ends else timex


def _cued(cand: dict[str, Any]) -> bool:
    """A forward cue governs the expression: a future word near it in its clause, a rescheduling verb whose new
    date it is ("pushed to September 30", "delayed until 2025"), or the clause that opens its list ("will ...: the
    pilot in March; national rollout from September")."""
    future = cand["future_distance"]
    moved = cand["reschedule_distance"]
    return (future is not None and future <= CUE_REACH) or (moved is not None and cand["moved_to"]) or bool(
        cand.get("list_cue"))


def _is_forward(cand: dict[str, Any], period: temporal.Period | None, anchor: date | None, section: str,
                year_span: bool = False, listed: bool = False, starting: bool = False) -> bool:
    """The sentence states something to come, due in ``period`` (``year_span``: written as two years;
    ``listed``: the year opening a timeline line, "2026: financial close;"; ``starting``: bound from)."""
    if cand["past"] or cand["condition"] or cand["superseded"]:
        return False
    if cand["question"]:
        return False  # "Will the plant open by 2027?", "Q: The 2036 Olympic bid?": a question promises nothing
    if cand["statement"] and not (period and anchor and period.start > anchor and period.granularity in COARSE):
        return False  # "said on Thursday" dates the statement; "now says 2029" cannot: it lies ahead
    if period is None or anchor is None:
        past = cand["past_verb_before"] is not None or cand["past_verb_after"] is not None
        if past and cand["future_before"] is None:
            return False  # "broke ground in September 2022": past, even with no date to judge by
        return _cued(cand) or section == "title"
    if period.end < anchor or (period.granularity == "day" and period.end <= anchor):
        return False
    if cand.get("told_past") and period.start <= anchor:
        return False  # "citing strong demand in the first half" while it runs: what it cites has happened
    if period.start > anchor:
        return True
    if section == "title" and (period.end - anchor).days > TITLE_AHEAD_DAYS:
        return True
    past_verb = cand["past_verb_before"] is not None or cand["past_verb_after"] is not None
    if year_span and period.end.year > anchor.year and not past_verb:
        return True  # a span of years running on past publication ("over the period 2023-2027") is a plan
    if listed and not past_verb:
        return True  # a timeline's line for the year under way ("2026: financial close;") is a step still ahead
    if starting and not past_verb and period.granularity in COARSE and not cand.get("told_past"):
        return True  # "2nm mass production from the second half of 2026", while it runs: a start still to come
    scheduled = cand["schedule_before"] is not None and cand["schedule_before"] <= CUE_REACH
    return _cued(cand) or (scheduled and period.granularity in ("day", "month"))


def headline_cue(cand: dict[str, Any]) -> dict[str, Any]:
    """A headline's "Acme to fly ..." is a forward cue before every time of the headline, however far
    (a headline has no clauses to govern): the candidate with that cue added."""
    def nearer(d: int | None) -> int:
        return CUE_REACH if d is None else min(d, CUE_REACH)

    return {**cand, "future_before": nearer(cand["future_before"]), "future_distance": nearer(cand["future_distance"])}


def _span_after_amount(text: str, timex: temporal.Timex) -> temporal.Timex:
    """ "pledging up to $500 billion over four years": after an amount, "over" spans the years ahead (a deadline
    that far from publication), it is no "more than" (TimeBank's reading, kept elsewhere: "for over four years")."""
    m = OVER.match(timex.text)
    if timex.type != "DURATION" or timex.prefix or not m or not AMOUNT_BEFORE.search(
            text, max(0, timex.start - 30), timex.start):
        return timex
    return replace(timex, start=timex.start + m.end(), text=timex.text[m.end():], prefix="over the next", bound="by")


def _not_for(cand: dict[str, Any], timex: temporal.Timex) -> temporal.Timex:
    """ "will not take effect for at least 12 months": a negated minimum wait is an offset start."""
    if timex.type == "DURATION" and timex.prefix == "for" and timex.bound == "from" and cand["negated"]:
        return replace(timex, prefix="in")
    return timex


def due(cand: dict[str, Any], timex: temporal.Timex, text: str, anchor: date | None, section: str,
        sentence_timexes: int, reference: date | None = None,
        fiscal: Callable[[temporal.Timex, temporal.Period | None], temporal.Period | None] | None = None,
        ) -> tuple[temporal.Timex, temporal.Resolution] | None:
    """The expression a candidate promises by and its resolution, or None when it is no claim.
    ``reference`` is the date it counts from when that is not publication (anchors.py); past and
    future are still judged against publication. ``fiscal`` places a fiscal period in the calendar
    for that judgement ("fiscal 2023" of Japan runs to March 2024)."""
    if _boilerplate(text[cand["sent_start"]:cand["sent_end"]]):
        return None
    if "frames" in timex.context.split():
        return None  # "- 2027: ... in the summer": the heading year dates the summer, which is the claim's time
    moved = _moved_to(timex, cand)
    prefer = True if moved is not timex else _prefer_future(cand, timex)  # a move's new date lies ahead
    if prefer is None and _names_an_event(text, timex):
        prefer = True
    timex = _span_after_amount(text, _not_for(cand, moved))
    if timex.type not in CLAIM_TYPES | {"TIME"}:
        return None
    split_year = _split_label_year(text, timex)
    if split_year is not None:  # "by the start of the 2027/28 school year in September": that September
        reference, prefer = date(split_year - 1, 12, 31), True
    resolution = _resolve(_from_event(text, timex, reference), reference or anchor, prefer)
    if timex.type == "TIME" and (resolution.period is None or resolution.period.granularity != "day"):
        return None  # a clock time counts only as the day it names ("on Monday evening")
    if resolution.period is None and not (resolution.relative and anchor is None):
        return None
    if (not _due_date_expression(timex, resolution, reference is not None) or _retrospective(text, timex)
            or _anchored_length(text, timex)):
        return None
    if (_named_year(text, timex, sentence_timexes) or _year_adjective(text, timex, sentence_timexes)
            or _event_name_year(text, timex, sentence_timexes) or _budget_label(cand, text, timex, sentence_timexes)
            or _span_label(text, timex, sentence_timexes)):
        return None
    if _year_named_apart(text, cand, timex) or _narrowed_by_month(text, timex, resolution.period, cand["sent_end"]):
        return None
    if timex.type == "DURATION" and _counted_from_past_year(cand, text, timex, anchor):
        return None  # "ignored a similar order in 2022 to legislate within 180 days": counted from a past event
    if not timex.prefix and NEGATED_TIME.search(text, max(0, timex.start - 25), timex.start):
        return None  # "starts on Monday, not next year"; "not until 2027" keeps its prefix
    if _definition_or_reporting_period(text, timex, sentence_timexes) or _defines_a_period(text, timex):
        return None
    if " ".join(timex.text.lower().split()) in _words("referring_years") and PART_OF_YEAR.search(
            text, max(0, timex.start - 40), timex.start):
        return None  # "in the second semester of that year": the part carries the time
    if REJECTED.search(text, max(cand["sent_start"], timex.start - REJECTED_REACH), timex.start):
        return None  # "rejecting the company's request to push the trial into 2028": turned down, nothing to come
    if DEFINED_TERM[0].search(text[max(0, timex.start - 4):timex.start]) and DEFINED_TERM[1].match(text, timex.end):
        return None  # "the financial year ending 30 June 2027 ("FY27")": the label it defines, no date of its own
    year_span = bool(YEAR_SPAN.search(timex.text) or SPLIT_LABEL.search(timex.text))
    listed = "listed" in timex.context.split()
    starting = timex.bound == "from" and not PERFECT.search(text, cand["sent_start"], timex.start)
    if not _is_forward(cand, fiscal(timex, resolution.period) if fiscal else resolution.period, anchor, section,
                       year_span, listed, starting):
        return None
    return timex, resolution
