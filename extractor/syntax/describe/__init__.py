"""From a candidate's `syn_*` fields to the claim's subject, speaker, `what` and category.

The parse says which noun phrase is the clause's subject, which is the reporting verb's subject
and which words make the milestone; this module says who those phrases are (alias lexicon,
possessives, pronouns, "the company") and writes the milestone as a phrase. Each function returns
"" when the parse gives no answer, and the caller keeps the rule-based guess.
"""

from __future__ import annotations

from typing import Any

from extractor.syntax import category as syntax_category
from extractor.syntax.describe.governments import (
    article_government,
    as_government,
    body_actor,
    body_official,
    body_opener,
    body_reporter,
    government,
    office_government,
    place_body,
    place_government,
    regional_government,
)
from extractor.syntax.describe.shared import Context
from extractor.syntax.describe.subject import (
    actor,
    definite,
    lead_actor,
    owner,
    previous_actor,
    speaker,
    subject,
)
from extractor.syntax.describe.what import what

__all__ = [
    "Context", "actor", "article_government", "as_government", "body_actor", "body_official", "body_opener",
    "body_reporter",
    "category", "definite", "government", "lead_actor", "office_government", "owner", "place_body", "place_government",
    "previous_actor", "regional_government", "speaker", "subject", "what",
]


def category(cand: dict[str, Any], unit: str, own_subject: bool, by_words: str = "", sentence: str = "",
             previous: str = "") -> str:
    """The category the clause's verb, object, thing-subject and unit speak for ("" when none);
    an actor as subject (``own_subject``) names no milestone; ``by_words``: the sentence's keyword
    category, which only chooses what a money target is; ``sentence``: whether it names a regulator;
    ``previous``: the category of the claim before it in its paragraph (what a following thing is)."""
    return syntax_category.category(syntax_category.Clause.of(cand, unit, own_subject, sentence, previous), by_words)
