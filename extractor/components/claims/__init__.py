"""Claim candidates: one per time expression, with the cue evidence around it.

`component` holds the spaCy factory ``extractor_claims`` (importing this package registers it) and
``ClaimCandidates``, which gathers the evidence of its mixins, one module a kind: `past` (told as past),
`targets` (a baseline, a superseded or restated target), `statement` (the statement's time, cue words that
count), `clauses` (clause breaks, negations, conditions).
"""

from extractor.components.claims.clauses import CLAUSE_BREAKS, NEGATION_REACH, ClauseEvidence
from extractor.components.claims.component import (
    BASELINE_REACH,
    COMMITMENT_ORDER,
    CUE_GROUPS,
    HEADING_REACH,
    LIST_CUE_GROUPS,
    ClaimCandidates,
    make_claims,
)
from extractor.components.claims.past import ADVERB_SKIP, FORWARD_GROUPS, PAST_REACH, PastEvidence
from extractor.components.claims.statement import DIRECTIVE_REACH, STATEMENT_EVENT_REACH, StatementEvidence
from extractor.components.claims.targets import (
    BACKSHIFT_REACH,
    BASELINE_PERIOD_REACH,
    BASELINE_VALUE_REACH,
    TargetEvidence,
)

__all__ = [
    "ADVERB_SKIP",
    "BACKSHIFT_REACH",
    "BASELINE_PERIOD_REACH",
    "BASELINE_REACH",
    "BASELINE_VALUE_REACH",
    "CLAUSE_BREAKS",
    "COMMITMENT_ORDER",
    "CUE_GROUPS",
    "ClaimCandidates",
    "ClauseEvidence",
    "DIRECTIVE_REACH",
    "FORWARD_GROUPS",
    "HEADING_REACH",
    "LIST_CUE_GROUPS",
    "NEGATION_REACH",
    "PAST_REACH",
    "PastEvidence",
    "STATEMENT_EVENT_REACH",
    "StatementEvidence",
    "TargetEvidence",
    "make_claims",
]
