"""Claim or not: whether a time expression in a sentence names the due date of a promise.

The evidence comes from the claim-candidate component (cue distances, statement times, past
markers, conditions); the article's publication date decides the rest. A candidate is a claim when
the expression can name a due date, its period is not wholly before publication, it does not date
the statement or a condition, and the sentence looks forward.

One module a step: `patterns` (shared rule data), `expression` (can it name a due date), `labels` (years
that name a thing), `periods` (periods reported or defined), `direction` (which way a yearless date resolves),
`reading` (the expression as a claim reads it), `forward` (something to come), `claim` (the decision, `due`).
"""

from extractor.decide.claim import (
    CLAIM_TYPES,
    DEFINED_TERM,
    NEGATED_TIME,
    PART_OF_YEAR,
    PERFECT,
    REJECTED,
    REJECTED_REACH,
    due,
)
from extractor.decide.direction import (
    PERIOD_SUBJECT_REACH,
    RECENT_DAY_DAYS,
    TRAILING_CUE_REACH,
    WEEKDAY_CUE_REACH,
    YEAR_SLACK_DAYS,
    reads_parse,
)
from extractor.decide.expression import PAST_YEAR
from extractor.decide.forward import COARSE, TITLE_AHEAD_DAYS, headline_cue
from extractor.decide.labels import EVENT_NAME, SPAN_HEAD_REACH
from extractor.decide.patterns import AMOUNT, CUE_REACH, FISCAL_LABEL, SPLIT_LABEL, YEAR_SPAN
from extractor.decide.periods import (
    FIGURE_LINK,
    FIGURE_REACH,
    FORECAST_VERB_REACH,
    LABEL_RUNS,
    PERIOD_CODE,
    PERIOD_END,
    PERIOD_RUNS,
    PERIOD_RUNS_REACH,
    REPORTED_YEAR_REACH,
    SPAN_REPORT_REACH,
    SPAN_TO,
)
from extractor.decide.reading import AMOUNT_BEFORE, EVENT_OFFSET, OVER

__all__ = [
    "AMOUNT",
    "AMOUNT_BEFORE",
    "CLAIM_TYPES",
    "COARSE",
    "CUE_REACH",
    "DEFINED_TERM",
    "EVENT_NAME",
    "EVENT_OFFSET",
    "FIGURE_LINK",
    "FIGURE_REACH",
    "FISCAL_LABEL",
    "FORECAST_VERB_REACH",
    "LABEL_RUNS",
    "NEGATED_TIME",
    "OVER",
    "PART_OF_YEAR",
    "PAST_YEAR",
    "PERFECT",
    "PERIOD_CODE",
    "PERIOD_END",
    "PERIOD_RUNS",
    "PERIOD_RUNS_REACH",
    "PERIOD_SUBJECT_REACH",
    "RECENT_DAY_DAYS",
    "REJECTED",
    "REJECTED_REACH",
    "REPORTED_YEAR_REACH",
    "SPAN_HEAD_REACH",
    "SPAN_REPORT_REACH",
    "SPAN_TO",
    "SPLIT_LABEL",
    "TITLE_AHEAD_DAYS",
    "TRAILING_CUE_REACH",
    "WEEKDAY_CUE_REACH",
    "YEAR_SLACK_DAYS",
    "YEAR_SPAN",
    "due",
    "headline_cue",
    "reads_parse",
]
