"""Describe a claim sentence: subject, speaker, short `what`, and category.

Pure functions over strings and lexicons (no spaCy), so each rule is testable on its own; one module per
job: mentions (names in a sentence), subjects (who a claim is about), speakers (who says it), what (the
milestone's short description), category (keyword evidence) and names (how a subject is written).
"""

from extractor.classify.category import category_of
from extractor.classify.mentions import Mention, find_mentions
from extractor.classify.names import without_legal_form
from extractor.classify.speakers import speaker_of
from extractor.classify.subjects import (
    central_bank,
    consolidate,
    currency_government,
    forecaster,
    full_name,
    government_body,
    main_subject,
    outlet,
    subject_of,
)
from extractor.classify.what import short_what

__all__ = [
    "Mention",
    "category_of",
    "central_bank",
    "consolidate",
    "currency_government",
    "find_mentions",
    "forecaster",
    "full_name",
    "government_body",
    "main_subject",
    "outlet",
    "short_what",
    "speaker_of",
    "subject_of",
    "without_legal_form",
]
