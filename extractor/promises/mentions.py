"""Claim rows reduced to what grouping compares: subject, milestone phrase, action, value, period, source.

The milestone phrase is the content words of the row's `what` and of its clause in the sentence: the stretch
that belongs to its own time expression ("Rubin Ultra arrives in the second half of 2027, Feynman in 2028" gives
"Rubin Ultra arrives" to 2027 and "Feynman" to 2028), so two claims of one sentence do not share each
other's words.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Any
from urllib.parse import urlsplit

import pandas as pd
from pandas.api.extensions import ExtensionDtype
from pandas.core.dtypes.cast import maybe_box_native  # what to_dict("records") does to each cell

from extractor import entities
from extractor.promises.rules import cell, clause_tokens, day, flag, number, rules, unit, what_tokens
from extractor.table import as_written

# The claims-table columns a mention is made of (see extractor.table); absent ones count as empty.
READ = ("claim_id", "doc_id", "source_file", "url", "provider", "published", "sentence", "date_text", "promised",
        "promised_start", "promised_end", "subject", "speaker", "what", "category", "value", "unit", "vague")


@dataclass(frozen=True, slots=True)
class Mention:
    """One claim row, reduced to what grouping compares (slots: a run holds one per claim)."""

    row: int
    claim_id: str
    subject: str
    what: str
    category: str
    tokens: tuple[str, ...]  # of `what` alone: ids and outcome rules use them
    words: frozenset[str]  # the milestone phrase: `what` and the clause
    strong: frozenset[str]  # its words that name something (not actions or generic words)
    weight: float  # of its words: names 1, generic words `weak_weight`
    numbers: frozenset[str]
    actions: frozenset[str]
    value: float | None
    unit: str
    unit_key: str  # the unit values are compared in
    published: date | None
    promised: str
    start: date | None
    end: date | None
    doc: str
    sentence: str
    date_text: str
    provider: str
    vague: bool
    moved: bool  # the sentence says a date moved ("pushed back", "now expects")

    @property
    def order(self) -> tuple[Any, ...]:
        """Earliest first; content-derived so ids do not depend on row order (made when asked: a run holds a
        mention per claim, and a tuple each would add a fifth to its weight)."""
        return (self.published is None, self.published or date.max, self.doc, self.claim_id, self.sentence, self.row)

    @property
    def key(self) -> tuple[str, str, str, str]:
        """Copies of one document share it: they are one mention, not several sources."""
        return (self.doc, self.sentence, self.date_text, self.promised)

    @property
    def shape(self) -> tuple[Any, ...]:
        """Everything grouping looks at but the document: mentions alike in it are collapsed to one node."""
        return (self.subject, self.category, self.words, self.value, self.unit_key, self.start, self.end,
                self.published, self.vague, self.moved, self.provider)  # fmt: skip


@cache
def _people() -> frozenset[str]:
    """Every word of a known person's names: who speaks names no milestone ("Production starts, Musk said")."""
    names = [a for e in entities.load().values() if e.kind == "person" for a in (e.name, *e.aliases)]
    return frozenset(what_tokens(" ".join(names)))


def _subject(row: Mapping[str, Any]) -> str:
    """Canonical subject; with none, the organisation of a known speaker, else the speaker."""
    subject = entities.canonical(cell(row.get("subject")))
    if subject:
        return subject
    speaker = cell(row.get("speaker"))
    return entities.org_of(speaker) or entities.canonical(speaker)


def _provider(row: Mapping[str, Any]) -> str:
    """The outlet: provider name, else the URL's host without www."""
    provider = cell(row.get("provider"))
    if provider:
        return provider
    host = urlsplit(cell(row.get("url"))).hostname or ""
    return host.removeprefix("www.")


@lru_cache(maxsize=4096)
def _spans(sentence: str, date_texts: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Where each time expression stands in the sentence (case-insensitive): a text listed twice takes its
    first and second occurrence; one not found has no span. Kept for the sentence's other claims, which ask for
    the same spans (and copies of a document repeat them)."""
    lower = sentence.lower()
    spans = []
    for k, text in enumerate(date_texts):
        at = lower.find(text.lower()) if text else -1
        for _ in range(date_texts[:k].count(text)):
            at = lower.find(text.lower(), at + 1) if at >= 0 else -1
        spans.append((at, at + len(text)) if at >= 0 else (-1, -1))
    return tuple(spans)


def clause(sentence: str, which: int, date_texts: list[str]) -> str:
    """The stretch of the sentence that belongs to time expression number `which`, all of them cut out.

    From the end of the previous time expression (or the start) to the end of this one, and on to the first
    clause end after it ("in 2028 for the launch of its first solid-state EV, people said"); when that has
    fewer than two content words (the date opens the sentence), on to the next expression or the end.
    """
    rule = rules()
    found = _spans(sentence, tuple(date_texts))
    spans = [span for span in found if span[0] >= 0]
    start, end = found[which]
    if start < 0:
        return sentence
    lo = max((e for s, e in spans if e <= start), default=0)
    hi = min((s for s, e in spans if s >= end), default=len(sentence))
    first = lo
    if lo:  # after another claim's date, this clause starts at the last clause mark before its own
        between = sentence[lo:start]
        lo += max((at + len(mark) for mark in rule["clause_ends"] if (at := between.rfind(mark)) >= 0), default=0)
    rest = sentence[end:hi]
    stop = min((at for mark in rule["clause_ends"] if (at := rest.find(mark)) >= 0), default=len(rest))

    def cut(a: int, b: int) -> str:
        text = sentence[a:b]
        for s, e in sorted(spans, reverse=True):
            if a <= s and e <= b:
                text = text[: s - a] + " " + text[e - a :]
        return text

    own = cut(lo, end + stop)
    if len(clause_tokens(own)) < 2 and first < lo:  # "..., which is slated for February": the whole stretch
        own = cut(first, end + stop)
    if len(clause_tokens(own)) >= 2:
        return own
    if lo == 0:
        return cut(lo, hi)  # the date opens the sentence: its clause follows
    # an elliptical clause ("to 47 in the first quarter and to 52 by the end of 2026", "Feynman in 2028")
    # takes the action of the clause before it, not its names
    prev = max((span for span in spans if span[1] <= start), default=(0, 0))
    before = clause_tokens(sentence[max((e for s, e in spans if e <= prev[0]), default=0) : prev[0]])
    return own + " " + " ".join(w for w in before if w in rule["actions"])


def _squeezed(text: str) -> str:
    """The text with runs of white space as one space; the text itself (not a copy) when it has none to squeeze:
    a mention then shares its sentence with the claims table instead of holding a second one."""
    squeezed = " ".join(text.split())
    return text if squeezed == text else squeezed


def _column(claims: pd.DataFrame, name: str) -> list[Any]:
    return claims[name].tolist() if name in claims else [None] * len(claims)


def _records(claims: pd.DataFrame, size: int = 4096) -> Iterator[dict[str, Any]]:
    """The rows as dicts, a slice at a time (a dict per claim for the whole table would outweigh the table), made
    from each column's values as a list: the same values as pandas' ``to_dict("records")``, which reads the rows
    one by one and boxes every cell of an object or extension column on its own (a fifth of the mentions' time;
    here a string cell, most of them, is taken as it is)."""
    names = list(claims.columns)
    boxed = [claims[name].dtype == object or isinstance(claims[name].dtype, ExtensionDtype) for name in names]
    for start in range(0, len(claims), size):
        part = claims.iloc[start:start + size]
        columns = [[v if type(v) is str else maybe_box_native(v) for v in part[name].tolist()] if box
                   else part[name].tolist() for name, box in zip(names, boxed, strict=True)]
        yield from (dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True))


def mentions(claims: pd.DataFrame) -> list[Mention]:
    """One `Mention` per row, in row order. Equal values (a sentence, a set of words) are held once however
    many rows repeat them: copies of a document and restatements repeat most of them."""
    rule = rules()
    held: dict[Any, Any] = {}

    def once(value: Any) -> Any:  # noqa: ANN401 - any hashable value
        return held.setdefault(value, value)

    people = _people()
    # the claims of each sentence as read from one file (copies of a document repeat them in other files)
    in_sentence: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    which: list[int] = []
    sentences = [rule["dateline"].sub("", cell(v)) for v in _column(claims, "sentence")]
    for doc_id, source, date_text, sentence in zip(_column(claims, "doc_id"), _column(claims, "source_file"),
                                                    _column(claims, "date_text"), sentences, strict=True):
        place = (cell(doc_id), cell(source), sentence)
        which.append(len(in_sentence[place]))
        in_sentence[place].append(cell(date_text))
    out: list[Mention] = []
    for k, row in enumerate(_records(claims)):
        subject = _subject(row)
        names = (subject, entities.canonical(row.get("speaker")))
        what = cell(row.get("what"))
        tokens = tuple(w for w in what_tokens(what, drop=names) if w not in people)
        doc = cell(row.get("doc_id")) or cell(row.get("source_file"))
        raw_sentence = sentences[k]
        date_text = cell(row.get("date_text"))
        place = (cell(row.get("doc_id")), cell(row.get("source_file")), raw_sentence)
        others = in_sentence[place] if raw_sentence else [date_text]
        part = clause(raw_sentence, which[k], others) if raw_sentence else ""
        # `what` describes the sentence: with several claims in it, only each one's clause tells them apart
        said = [w for w in clause_tokens(part, drop=names) if w not in people] + list(tokens if len(others) < 2 else ())
        value = number(row.get("value"))
        value = None if value is None else as_written(value)  # a frame and its claims.csv group alike
        amount = "" if value is None else f"{value:g}"  # "100 Falcon 9 launches": 100 is the value, not a name
        words = frozenset(rule["actions"].get(w, w) for w in said if w != amount)  # "finished" ~ "completed"
        published = day(row.get("published"))
        sentence = _squeezed(raw_sentence)
        strong = frozenset(w for w in words if w not in rule["weak"])
        out.append(
            Mention(
                row=k,
                claim_id=cell(row.get("claim_id")),
                subject=once(subject),
                what=once(_squeezed(what)),
                category=once(cell(row.get("category")).lower()),
                tokens=once(tokens),
                words=once(words),
                strong=once(strong),
                weight=once(sum(rule["weak_weight"] if w in rule["weak"] else 1.0 for w in words)),
                numbers=once(frozenset(w for w in words if w[0].isdigit())),
                actions=once(frozenset(rule["actions"][w] for w in said if w in rule["actions"])),
                value=value,
                unit=once(cell(row.get("unit"))),
                unit_key=once(unit(row.get("unit"))),
                published=once(published),
                promised=once(cell(row.get("promised"))),
                start=once(day(row.get("promised_start"))),
                end=once(day(row.get("promised_end"))),
                doc=once(doc),
                sentence=once(sentence),
                date_text=once(date_text),
                provider=once(_provider(row)),
                vague=flag(row.get("vague")),
                moved=bool(rule["moved"].search(sentence.lower())),
            )
        )
    return out
