"""Claim records: the one place that joins spaCy output with article metadata.

Dates are resolved here, against the article's publication date, so the spaCy components stay
purely linguistic. A candidate becomes a claim when its time names a due period that is not
wholly before publication and its sentence looks forward (a cue word, a rescheduling verb, or a
period that lies entirely in the future).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from spacy.tokens import Doc

from extractor import classify, lexicon, quantities, temporal
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
    negated: bool = False
    section: str = ""
    copies: int = 1
    promise_id: str = ""


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


PERIOD_END = re.compile(r"\b(?:(?:end(?:s|ed|ing)|clos(?:es|ed|ing))\s+(?:in\s+|on\s+)?"
                        r"|(?:year|quarter)\s+runs\s+(?:to|through|until)\s+)$", re.I)
CUE_REACH = 20  # tokens: a future cue further away governs another clause
TITLE_AHEAD_DAYS = 60
COARSE = {"year", "half", "quarter"}  # a headline period that contains publication but lies mostly ahead


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(lexicon.word_list("claims", key))


def _due_date_expression(timex: temporal.Timex, resolution: temporal.Resolution) -> bool:
    """Whether the expression can name a due date at all: not past-marked ("earlier this year"),
    not narrative-relative ("two years later"), not anaphoric ("for the year"), not a duration
    without an offset or shorter than a day ("in less than 1 second")."""
    words = timex.text.lower().split()
    if _words("past_in_timex").intersection(words) or timex.text.lower() in _words("anaphoric"):
        return False
    if words and words[-1] in _words("narrative_last_word") and len(words) > 1:
        return False
    if timex.type == "DURATION":
        lead = " ".join(words[:2])
        return (timex.prefix not in _words("narrative_prefixes") | _words("magnitude_prefixes")
                and lead not in _words("part_of_period_starts") and not resolution.value.startswith("PT"))
    return True


def _retrospective(text: str, timex: temporal.Timex) -> bool:
    """A duration that closes a look back ("its fastest expansion in five years", "the second delay
    to the programme in less than a year") measures a past span, not time to a due date."""
    if timex.type != "DURATION":
        return False
    clause = re.split(r"[,;:(]", text[max(0, timex.start - 80):timex.start])[-1]
    return bool(_words("retrospective_words").intersection(clause.lower().split()[-8:]))


def _definition_or_reporting_period(text: str, timex: temporal.Timex, sentence_timexes: int) -> bool:
    """Expressions that are not the due date when the sentence names another one: a quarter used as
    an adjective for a reporting period ("fourth-quarter results on Feb. 4") or the month that
    closes a period ("the third quarter ending in September")."""
    if sentence_timexes < 2:
        return False
    after = text[timex.end:timex.end + 20].lower().split()
    if "-" in timex.text and after and after[0].strip(",.") in _words("reporting_period_nouns"):
        return True
    return bool(PERIOD_END.search(text[max(0, timex.start - 20):timex.start]))


WEEKDAY_CUE_REACH = 5  # "will hold it on Thursday": only a close cue makes a weekday future
TRAILING_CUE_REACH = 5  # "In March, Acme will ...": a cue after the expression governs it only when close


def _prefer_future(cand: dict[str, Any], timex: temporal.Timex) -> bool | None:
    """How to resolve a date without a year: forward when a cue governs it (one before it in its
    clause, or one right after it), backward when a past-tense verb is nearer ("took over in April"),
    else the nearest occurrence. A bare weekday is the recent past in news ("said Tuesday") unless a
    cue stands right before it or it says "next"."""
    words = timex.text.lower().replace("’s", "").replace("'s", "").split()
    before, after, past = cand["future_before"], cand["future_after"], cand["past_verb_before"]
    if words and words[-1] in lexicon.load("time")["weekdays"] and words[0] not in ("next", "coming"):
        near = [d for d in (before, cand["schedule_before"]) if d is not None]
        return bool(near) and min(near) <= WEEKDAY_CUE_REACH
    if cand["moved_to"] and cand["reschedule_distance"] is not None:
        return True
    if past is not None and (before is None or past < before):
        return False  # "took over in April": the nearest verb is past
    governed = (before is not None and before <= CUE_REACH) or (after is not None and after <= TRAILING_CUE_REACH)
    return True if governed else None


def _resolve(timex: temporal.Timex, anchor: date | None, prefer_future: bool | None) -> temporal.Resolution:
    """Resolve for a claim. Without a governing cue a yearless date takes its nearest occurrence,
    unweighted: a claim reads forward as readily as back ("unveil on 8/8" in April is this August)."""
    if prefer_future is not None or anchor is None:
        return temporal.resolve(timex, anchor, prefer_future=prefer_future)
    ahead = temporal.resolve(timex, anchor, prefer_future=True)
    back = temporal.resolve(timex, anchor, prefer_future=False)
    if ahead.period is None or back.period is None or ahead.period == back.period:
        return ahead
    gap_ahead = (ahead.period.start - anchor).days
    gap_back = (anchor - back.period.end).days
    return ahead if gap_ahead < gap_back else back


def _moved_to(timex: temporal.Timex, cand: dict[str, Any]) -> temporal.Timex:
    """After a rescheduling verb, "from this summer to the first quarter of 2027" promises its end."""
    if cand["reschedule_distance"] is None or not timex.text.lower().startswith("from "):
        return timex
    ends = temporal.range_ends(timex)
    return replace(ends[1], prefix="to", bound="on") if ends else timex


def _date_text(text: str, timex: temporal.Timex) -> str:
    """The expression as written; an offset duration keeps its preposition ("in about a month")."""
    start = timex.start
    if timex.type == "DURATION" and timex.prefix:
        found = text.lower().rfind(timex.prefix, max(0, start - 40), start)
        start = found if found >= 0 else start
    return " ".join(text[start:timex.end].split())


def _cued(cand: dict[str, Any]) -> bool:
    """A forward cue governs the expression: a future word near it in its clause, or a
    rescheduling verb whose new date it is ("pushed to September 30", "delayed until 2025")."""
    future = cand["future_distance"]
    moved = cand["reschedule_distance"]
    return (future is not None and future <= CUE_REACH) or (moved is not None and cand["moved_to"])


def _is_forward(cand: dict[str, Any], period: temporal.Period | None, anchor: date | None, section: str) -> bool:
    """The sentence states something to come, due in ``period``."""
    if cand["past"] or cand["condition"]:
        return False
    if cand["statement"] and not (period and anchor and period.start > anchor and period.granularity in COARSE):
        return False  # "said on Thursday" dates the statement; "now says 2029" cannot: it lies ahead
    if period is None or anchor is None:
        return _cued(cand) or section == "title"
    if period.end < anchor or (period.granularity == "day" and period.end <= anchor):
        return False
    if period.start > anchor:
        return True
    if section == "title" and (period.end - anchor).days > TITLE_AHEAD_DAYS:
        return True
    scheduled = cand["schedule_before"] is not None and cand["schedule_before"] <= CUE_REACH
    return _cued(cand) or (scheduled and period.granularity in ("day", "month"))


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
    text = doc.text  # built from the tokens on every access: read it once
    for cand in doc._.candidates or []:
        timex = _moved_to(temporal.Timex(**doc._.timexes[cand["timex"]]), cand)
        if timex.type not in CLAIM_TYPES:
            continue
        resolution = _resolve(timex, anchor, _prefer_future(cand, timex))
        if resolution.period is None and not (resolution.relative and anchor is None):
            continue
        if not _due_date_expression(timex, resolution) or _retrospective(text, timex):
            continue
        in_sentence = sum(cand["sent_start"] <= t["start"] < cand["sent_end"] for t in doc._.timexes)
        if _definition_or_reporting_period(text, timex, in_sentence):
            continue
        s0, s1 = cand["sent_start"], cand["sent_end"]
        raw = text[s0:s1]
        lead = len(raw) - len(raw.lstrip())
        sentence = " ".join(raw.split())
        section = _section(sections, s0)
        if not _is_forward(cand, resolution.period, anchor, section):
            continue
        date_text = _date_text(text, timex)
        key = (sentence.lower(), date_text.lower())
        if key in seen:  # page chrome repeating a headline is one mention, not two
            continue
        seen.add(key)
        local = raw[lead:]
        t0, t1 = timex.start - s0 - lead, timex.end - s0 - lead
        found = quantities.find_quantities(local)
        target = quantities.pick_target(found, local, t0, t1)
        base = s0 + lead
        pretrained = [(e["start"] - base, e["end"] - base, e["label"]) for e in doc._.entities or []
                      if base <= e["start"] and e["end"] <= s1]
        mentions = classify.find_mentions(local, pretrained)
        subject = classify.consolidate(classify.subject_of(local, main, mentions), main)
        reporting = [(a - s0 - lead, b - s0 - lead) for a, b in cand["reporting"]]
        speaker = classify.speaker_of(local, reporting, last_person, mentions)
        persons = [m.name for m in mentions if m.kind == "person"]
        if persons:
            last_person = persons[-1]
        others = [(t["start"] - s0 - lead, t["end"] - s0 - lead) for t in doc._.timexes
                  if s0 <= t["start"] < s1 and t["start"] != timex.start]
        drop = [(t0, t1), *others]
        drop += [(m.start, m.end) for m in mentions if m.kind == "person" or m.name == subject]
        what = classify.short_what(local, drop, subject, values=[(q.start, q.end) for q in found])
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
            date_text=date_text,
            promised=period.label if period else "",
            promised_start=period.start.isoformat() if period else "",
            promised_end=period.end.isoformat() if period else "",
            granularity=period.granularity if period else "",
            bound=timex.bound,
            fiscal=bool(period and period.fiscal),
            subject=subject,
            speaker=speaker,
            what=what,
            category=classify.category_of(local, unit, t0),
            value=target.value if target else None,
            unit=unit,
            value_text=target.value_text if target else "",
            commitment="hedged" if cand["question"] and cand["commitment"] != "conditional"
            else cand["commitment"] or ("firm" if cand["future"] else "planned"),
            lead_days=(period.end - anchor).days if period and anchor else None,
            vague=bool(period and period.vague),
            negated=cand["negated"] and timex.bound != "from",  # "not before 2027" is a start, not a negation
            section=section,
            copies=article.copies,
        ))
    return claims
