"""The claim record (``Claim``, whose fields the claims schema is derived from), its stable ids, and the text the
pipeline reads for an article."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import PurePath

from extractor.articles import Article

DAY = {"kind": "date"}


@dataclass
class Claim:
    """One claim mention: a sentence of an article with one dated promise. The claims schema
    (table.SCHEMA, the CSV's columns) is derived from these fields; ``DAY`` marks ISO-day text."""

    claim_id: str
    doc_id: str
    source_file: str
    url: str
    provider: str
    title: str
    published: str = field(metadata=DAY)
    published_source: str
    sentence: str
    date_text: str
    promised: str
    promised_start: str = field(metadata=DAY)
    promised_end: str = field(metadata=DAY)
    granularity: str
    bound: str
    fiscal: bool
    subject: str
    speaker: str
    what: str
    category: str
    value: float | None
    unit: str
    value_text: str
    commitment: str
    lead_days: int | None
    vague: bool = False
    negated: bool = False
    section: str = ""
    copies: int = 1
    promise_id: str = ""
    fiscal_year_end: str = ""  # "01".."12": the fiscal-year-end month a fiscal period was resolved with


def compose(article: Article) -> tuple[str, list[tuple[str, int, int]]]:
    """The text the pipeline reads (sections joined by blank lines) and each section's span."""
    parts, spans, pos = [], [], 0
    for name, text in article.sections:
        parts.append(text)
        spans.append((name, pos, pos + len(text)))
        pos += len(text) + 2
    return "\n\n".join(parts), spans


def claim_id(article: Article, offset: int) -> str:
    """Stable per mention, whatever the spelling of the input path ("seeds/" or absolute): the document, its
    part and the offset, with the file's name (not its folder) to keep copies of one document apart."""
    name = PurePath(article.source_file.replace("\\", "/")).name
    key = f"{article.doc_id}|{name}|{article.part}|{offset}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def repeated_id(claim_id: str, reading: int) -> str:
    """The id of the ``reading``-th (2, 3, ...) reading in one run of a mention already read as ``claim_id``:
    the same document under the same file name in two inputs ("dev/a.txt" and "seeds/a.txt"). The first
    reading keeps its id, so ids of documents read once do not depend on what else the run reads."""
    return hashlib.sha1(f"{claim_id}|{reading}".encode()).hexdigest()[:12]
