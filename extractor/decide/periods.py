"""Periods that are reported, defined or forecast for, not due dates: "fourth-quarter results on Feb. 4", "the
third quarter ending in September", "whose season runs from October to April"."""

from __future__ import annotations

import re

from extractor import time as temporal
from extractor.decide.patterns import AMOUNT, FISCAL_LABEL, alternation, claim_words

PERIOD_CODE = re.compile(r"[QH][1-4]|[1-4][QH]")  # a quarter or half written as a code, without its year
YEAR_CODE = re.compile(r"(?:[QH][1-4]|[1-4][QH])\s?'?(?:\d\d){1,2}")  # "3Q26", "Q3 2026", "1H27": with its year


SPAN_REPORT_REACH = 8  # words before "the six months to September" searched for the results it covers


SPAN_TO = re.compile(rf"\b(?:{alternation('report_span_units')})\s+(?:{alternation('report_span_links')})\s+"
                     rf"(?:(?:{alternation('report_span_parts')})[\s-]*)?$", re.I)  # "the six months to September"


FIGURE_REACH = 40  # characters after a period label its metric's figure is looked for in


FORECAST_VERB_REACH = 2  # words before a period label a forecast-change verb is looked for in ("raises its full-year")
FIGURE_LINK = re.compile(rf"\s+\S+\s+(?:{alternation('period_figure_links')})\s+")  # "revenue of": the figure follows


PERIOD_END = re.compile(rf"\b(?:{alternation('period_end_nouns')})"
                        rf"(?:,?\s+(?:{alternation('period_end_relatives')}))?\s+"
                        rf"(?:(?:{alternation('period_end_verbs')})\s+(?:(?:{alternation('period_end_prepositions')})\s+)?"
                        rf"|(?:{alternation('period_run_verbs')})\s+(?:{alternation('period_run_links')})\s+)$", re.I)


def _forecast_for_period(text: str, timex: temporal.Timex, noun: str) -> bool:
    """A period label that times a forecast, whatever else the sentence dates: a metric given a figure
    ("first-quarter revenue of $1.9 billion") or a forecast changed for the period ("raises full-year profit
    forecast"), not a report dated by another time ("fourth-quarter results on Feb. 4")."""
    before = text[max(0, timex.start - 30):timex.start].lower().split()
    if any(w.strip(",.") in claim_words("forecast_change_verbs") for w in before[-FORECAST_VERB_REACH:]):
        return True
    if noun.strip(",.;:") not in claim_words("period_metric_nouns"):
        return False
    rest = text[timex.end:timex.end + FIGURE_REACH]
    link = FIGURE_LINK.match(rest)
    return link is not None and AMOUNT.search(rest, link.end()) is not None


FORECAST_NOUN_REACH = 3  # words after a period label its forecast noun is looked for in ("FY26 NII guidance")


def forecast_restated(text: str, timex: temporal.Timex) -> bool:
    """A forecast changed or restated for the period, the period written between the verb and the forecast ("cut
    FY26 NII guidance to PLN 9.4bn", "reiterated its 2026 guidance"): the forecast is due in it, though told in the
    past tense."""
    if (timex.prefix or "").lower() == "for":
        return _budget_presented(text, timex)
    if timex.prefix:
        return False
    before = [w for w in text[max(0, timex.start - 30):timex.start].lower().split()
              if w not in claim_words("definite_determiners")]
    after = [w.strip(",.;:") for w in text[timex.end:timex.end + 40].lower().split()[:FORECAST_NOUN_REACH]]
    return bool(before) and before[-1] in claim_words("forecast_change_verbs") and any(
        w in claim_words("forecast_nouns") for w in after)


BUDGET_REACH = 8  # words before "for <period>" searched for the budget presented for it ("a budget of Rs 2.9 crore")
BUDGET_VERB_REACH = 6  # words before the budget noun searched for the verb presenting it ("tabled a Rs 2.9 lakh crore")


def _budget_presented(text: str, timex: temporal.Timex) -> bool:
    """A budget of a stated size presented for the period ("presented a budget of Rs 2.9 lakh crore for 2026-27",
    "tabled a $310 million budget for fiscal 2025"): the verb at most BUDGET_VERB_REACH words before the budget
    noun, the noun at most BUDGET_REACH words before "for". Without an amount the period names the budget ("presented
    the Union Budget for 2026-27", "the mayor's proposed budget for fiscal 2028")."""
    words = [w.strip(",.;:") for w in text[max(0, timex.start - 120):timex.start].lower().split()][:-1]  # no "for"
    tail = words[-BUDGET_REACH:]
    nouns = [i for i, w in enumerate(tail) if w in claim_words("budget_nouns")]
    if not nouns:
        return False
    at = len(words) - len(tail) + nouns[-1]
    verbs = [i for i in range(max(0, at - BUDGET_VERB_REACH), at) if words[i] in claim_words("budget_presenting_verbs")]
    return bool(verbs) and AMOUNT.search(" ".join(words[verbs[-1] + 1:])) is not None


def valuation_label(text: str, timex: temporal.Timex) -> bool:
    """A fiscal label naming the year of a valuation ratio ("trades at 7.8x our FY27E P/E"): no due date."""
    after = text[timex.end:timex.end + 20].lower().split()
    return (bool(FISCAL_LABEL.match(timex.text)) and bool(after)
            and after[0].rstrip(",;:") in claim_words("valuation_nouns"))


def definition_or_reporting_period(text: str, timex: temporal.Timex, sentence_timexes: int) -> bool:
    """Expressions that are not the due date when the sentence names another one: a quarter used as
    an adjective for a reporting period ("fourth-quarter results on Feb. 4") or the month that
    closes a period ("the third quarter ending in September")."""
    if sentence_timexes < 2:
        return False
    after = text[timex.end:timex.end + 20].lower().split()
    label = "-" in timex.text or bool(PERIOD_CODE.fullmatch(timex.text)) or (  # "fourth-quarter", "Q1", "H1",
        " ".join(timex.text.lower().split()) in claim_words("year_adjectives"))  # "full year results"
    coded = label or bool(YEAR_CODE.fullmatch(timex.text) or FISCAL_LABEL.fullmatch(timex.text))  # "3Q26", "FY26"
    nxt = text[timex.end:timex.end + 20].split()[:1]
    figure = bool(nxt) and (nxt[0].strip(",.;:").lower() in claim_words("reporting_period_nouns") | claim_words(
        "period_metric_nouns") or (nxt[0].isupper() and nxt[0].isalpha() and len(nxt[0]) > 1))  # "NII", "EBITDA"
    if coded and (timex.prefix or "").lower() in claim_words("reported_period_prepositions") and figure:
        return True  # "cut guidance after 3Q26 NII of PLN 2.31bn": the report the period names, not a time after it
    if label and after and after[0].strip(",.;:") in claim_words("reporting_period_nouns") and not _forecast_for_period(
            text, timex, after[0]):
        return True
    before = text[max(0, timex.start - 50):timex.start].lower().split()
    if label and before and before[-1] in claim_words("reporting_verbs"):
        return True  # "to report Q4 on Dec. 4": the period reported, dated by the other time
    if (timex.text.isdigit() and after and after[0].strip(",.;:") in claim_words("reporting_period_nouns")
            and any(w in claim_words("reporting_verbs") for w in before[-REPORTED_YEAR_REACH:])):
        return True  # "will report fourth-quarter and full-year 2026 results in late February": the year reported
    if before and before[-1] in claim_words("reporting_period_openers"):
        return True  # "first reports due on 7 June 2027, covering 2026": the period reported
    while before and before[-1] in claim_words("definite_determiners"):
        before.pop()
    # "results for its fiscal second quarter on July 29": the period reported; not after a plan participle ("results
    # are scheduled for July 11" dates them) or a forecast change ("raised its guidance for FY26" is a forecast)
    if len(before) >= 2 and before[-1] in claim_words("reporting_period_links") and before[-2] not in claim_words(
            "plan_participles") and any(
            w.strip(",.") in claim_words("reporting_document_nouns") for w in before[-4:-1]) and not any(
            w in claim_words("forecast_change_verbs") for w in before[-6:-1]):
        return True
    if SPAN_TO.search(text[max(0, timex.start - 40):timex.start]) and any(  # "first-half results, for the six
            w.strip(",.") in claim_words("reporting_document_nouns") for w in before[-SPAN_REPORT_REACH:]):  # months to
        return True  # September, will be released on November 10": the period reported
    return bool(PERIOD_END.search(text[max(0, timex.start - 20):timex.start]))


PERIOD_SCOPE_WORDS = 4  # words of a place or scope between a period's relative word and its verb


PERIOD_RUNS = re.compile(rf"\b(?:{alternation('period_run_nouns')}),?\s+(?:(?:{alternation('period_end_relatives')})"
                         rf"\s+(?:(?:{alternation('period_define_scopes')})(?:\s+[\w'’-]+){{1,{PERIOD_SCOPE_WORDS}}}\s+)?)?"
                         rf"(?:{alternation('period_define_verbs')})\s+(?:from\s+)?$", re.I)


REPORTED_YEAR_REACH = 5  # words before "2026 results" searched for the verb that reports them


PERIOD_RUNS_REACH = 80  # characters before a time searched for the period it defines (and a scope inside it)


LABEL_RUNS = re.compile(rf"\s+(?:{alternation('label_define_verbs')})\s+from\b", re.I)


IS_FISCAL_PART = re.compile(rf"\s+(?:is|was|are|were)\s+(?:its|their|the)\s+(?:fiscal\s+)?"
                            rf"(?:{alternation('fiscal_part_names')})\b", re.I)
YEAR_END_LEAD = 3  # words before a year's end searched for a time preposition ("by the fiscal year ending 30 June")
YEARLESS_DAY = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)")


def defines_a_period(text: str, timex: temporal.Timex) -> bool:
    """A time that says when a recurring period runs ("whose season runs from October to April"), the fiscal
    label such a definition is about ("FY27 runs from June 2026 to May 2027"), a yearless day a year ends on
    ("the financial year ending 30 June", "its fiscal year ends March 31"), or a period equated with a fiscal part
    ("the November quarter is its fiscal Q2"): no due date. A particular season's months are its claim's time
    ("this season, which runs from November to February"), unless the season has a kind the text then mentions as
    a time (seasons.mentions: "the coming dry season, which runs from January to April")."""
    if FISCAL_LABEL.fullmatch(timex.text) and LABEL_RUNS.match(text, timex.end):
        return True
    if IS_FISCAL_PART.match(text, timex.end):
        return True
    end = PERIOD_END.search(text[max(0, timex.start - 30):timex.start]) if YEARLESS_DAY.fullmatch(timex.text) else None
    if end is not None:  # ... unless a time preposition puts the year's end in the sentence ("by the fiscal year")
        lead = text[max(0, timex.start - 30 + end.start() - 25):max(0, timex.start - 30) + end.start()].lower().split()
        if not any(w in claim_words("year_end_time_prepositions") for w in lead[-YEAR_END_LEAD:]):
            return True
    window = max(0, timex.start - PERIOD_RUNS_REACH)
    m = PERIOD_RUNS.search(text, window, timex.start)
    if m is None:
        return False
    before = text[max(0, m.start() - PERIOD_RUNS_REACH):m.start()].lower().split()[-3:]
    if before and before[-1] not in claim_words("season_kind_stopwords") and m.group().lower().startswith("season"):
        return True  # "the coming dry season, which runs from January to April": the season's mention is the time
    return not any(w in claim_words("period_particular_words") for w in before)
