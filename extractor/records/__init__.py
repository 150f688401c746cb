"""Claim records: the one place that joins spaCy output with article metadata.

Dates are resolved here, against the article's publication date, so the spaCy components stay
purely linguistic: the decide package says which candidates are claims and what they are due by; this
package describes each one (sentence, subject, speaker, what, category, value) as a `Claim`.

One module a step: `claim` (the record, its ids, the text read), `describer` (one document's claims),
`attribution` (a body or source for a claim whose clause names no actor), `batch` (several documents, parsed
together, failures kept apart).
"""

from extractor.records.batch import claims_from_doc, claims_from_docs
from extractor.records.claim import DAY, Claim, compose, repeated_id

__all__ = [
    "Claim",
    "DAY",
    "claims_from_doc",
    "claims_from_docs",
    "compose",
    "repeated_id",
]
