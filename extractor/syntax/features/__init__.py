"""Claim features from the dependency parse of one sentence (Universal Dependencies relations).

Given a parsed sentence and the tokens of its time expression, find the clause the date belongs
to and read off plain fields: the governing verb and its tense, mood and aspect (from the
morphologizer and the auxiliaries), the clause's grammatical subject, the reporting verb and its
subject (the speaker), and the milestone as an ordered phrase of the clause's own words (its verb
and object, without subject, attribution, hedges or dates). Everything returned is plain data
(strings, ints, lists), so candidates stay msgpack-safe across processes.

One module a step: `rules` (the lexicon as sets), `clause` (the date's clause, its verbs, tense and obligation),
`roles` (subject, reporting verb, speaker, agent, object), `nouns` (noun phrases as data), `fields` (``describe``).
"""

from extractor.syntax.features.clause import CLAUSE_UP, MODIFIERS, VERB_TAGS
from extractor.syntax.features.fields import describe, lead_subject
from extractor.syntax.features.nouns import BOUNDARY_DEPS, NP_DEPS
from extractor.syntax.features.roles import NOMINAL
from extractor.syntax.features.rules import Comparison, Rules, default_rules

__all__ = [
    "BOUNDARY_DEPS",
    "CLAUSE_UP",
    "Comparison",
    "MODIFIERS",
    "NOMINAL",
    "NP_DEPS",
    "Rules",
    "VERB_TAGS",
    "default_rules",
    "describe",
    "lead_subject",
]
