"""Claim records: the one place that joins spaCy output with article metadata.

Dates are resolved here, against the article's publication date, so the spaCy components stay
purely linguistic. A candidate becomes a claim when its time names a due period that is not
wholly before publication and its sentence looks forward (a cue word, a rescheduling verb, or a
period that lies entirely in the future).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc

from extractor import classify, quantities, temporal
from extractor.articles import Article

CLAIM_TYPES = {"DATE", "DURATION"}


@dataclass
class Claim:
    """One claim mention: a sentence of an article with one dated promise."""

    claim_id: str
    doc_id: str
    source_file: str
    url: str
    provider: str
    title: str
    published: str
    published_source: str
    sentence: str
    date_text: str
    promised: str
    promised_start: str
    promised_end: str
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
    section: str = ""
    copies: int = 1
    promise_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


def compose(article: Article) -> tuple[str, list[tuple[str, int, int]]]:
    """The text the pipeline reads (sections joined by blank lines) and each section's span."""
    parts, spans, pos = [], [], 0
    for name, text in article.sections:
        parts.append(text)
        spans.append((name, pos, pos + len(text)))
        pos += len(text) + 2
    return "\n\n".join(parts), spans


def _section(spans: list[tuple[str, int, int]], offset: int) -> str:
    return next((name for name, a, b in spans if a <= offset < b), "body")


def _is_forward(cand: dict[str, Any], timex: temporal.Timex, period: temporal.Period | None,
                anchor: date | None, section: str) -> bool:
    """The sentence states something to come, due in ``period``."""
    if cand["past_before"] or cand["past_after"]:
        return False
    cued = bool(cand["future"] or cand["reschedule"])
    if period is None or anchor is None:
        return cued or section == "title"
    if period.end < anchor:
        return False
    if period.start > anchor:
        return True
    return cued


def _claim_id(article: Article, offset: int) -> str:
    key = f"{article.doc_id}|{article.source_file}|{article.part}|{offset}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def claims_from_doc(doc: Doc, article: Article, sections: list[tuple[str, int, int]]) -> list[Claim]:
    """Turn a processed Doc's candidates into claims resolved against the article's date."""
    anchor = article.published
    claims: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    last_person = ""
    main = classify.main_subject([article.title, article.excerpt, article.body])
    for cand in doc._.candidates or []:
        timex = temporal.Timex(**doc._.timexes[cand["timex"]])
        if timex.type not in CLAIM_TYPES:
            continue
        resolution = temporal.resolve(timex, anchor, prefer_future=True)
        if resolution.period is None and not (resolution.relative and anchor is None):
            continue
        s0, s1 = cand["sent_start"], cand["sent_end"]
        raw = doc.text[s0:s1]
        lead = len(raw) - len(raw.lstrip())
        sentence = " ".join(raw.split())
        section = _section(sections, s0)
        if not _is_forward(cand, timex, resolution.period, anchor, section):
            continue
        date_text = f"{timex.prefix} {timex.text}" if timex.type == "DURATION" and timex.prefix else timex.text
        key = (sentence.lower(), date_text.lower())
        if key in seen:  # page chrome repeating a headline is one mention, not two
            continue
        seen.add(key)
        local = raw[lead:]
        t0, t1 = timex.start - s0 - lead, timex.end - s0 - lead
        found = quantities.find_quantities(local)
        target = quantities.pick_target(found, local, t0, t1)
        subject = classify.subject_of(local, main)
        reporting = [(a - s0 - lead, b - s0 - lead) for a, b in cand["reporting"]]
        speaker = classify.speaker_of(local, reporting, last_person)
        persons = [m.name for m in classify.find_mentions(local) if m.kind == "person"]
        if persons:
            last_person = persons[-1]
        drop = [(t0, t1)] + [(q.start, q.end) for q in found]
        drop += [(m.start, m.end) for m in classify.find_mentions(local)]
        what = classify.short_what(local, drop, subject)
        unit = target.unit if target else ""
        period = resolution.period
        claims.append(Claim(
            claim_id=_claim_id(article, timex.start),
            doc_id=article.doc_id,
            source_file=article.source_file,
            url=article.url,
            provider=article.provider,
            title=article.title,
            published=anchor.isoformat() if anchor else "",
            published_source=article.published_source,
            sentence=sentence,
            date_text=re.sub(r"\s+", " ", date_text),
            promised=period.label if period else "",
            promised_start=period.start.isoformat() if period else "",
            promised_end=period.end.isoformat() if period else "",
            granularity=period.granularity if period else "",
            bound=timex.bound,
            fiscal=bool(period and period.fiscal),
            subject=subject,
            speaker=speaker,
            what=what,
            category=classify.category_of(local, unit),
            value=target.value if target else None,
            unit=unit,
            value_text=target.value_text if target else "",
            commitment=cand["commitment"] or ("firm" if cand["future"] else "planned"),
            lead_days=(period.end - anchor).days if period and anchor else None,
            vague=bool(period and period.vague),
            section=section,
            copies=article.copies,
        ))
    return claims
