"""The promises table: one row per promise with its sources, statements, revisions, slip and status.

Copies of one document (same doc_id) never count twice: a mention is a distinct (doc_id, sentence,
date_text, promised). ``sources`` counts distinct outlets (provider, else URL host, else the document
itself); ``providers`` lists the named ones. A promise's `subject`, `category` and `what` are its
mentions' most frequent ones (ties: the earliest).

Statements: what the press said on each publication day, from the mentions with a firm time (vague ones,
"the coming months", only when there is nothing else, and then they never count as a move): the most common
promised end of the day (ties: the narrowest period, then the later end). A *revision* is a statement whose
period is neither the previous counted one nor inside it (narrowing "the first half" to "June" is no move),
published by another document; and, within one article, the move a sentence states explicitly ("pushed back
from late 2026 to mid-2028": that day's earliest end is its starting point). ``slip_days`` adds up the
counted moves: the last counted end minus the first end. Mentions without a published or promised date still
get a promise_id but do not count toward revisions or slip.

Status as of a date, from the period of the latest statement published on or before it (what had been said
by then): ``pending`` (not begun), ``due`` (within it), ``overdue`` (past its end), ``unknown`` (no promised
date, or nothing said yet by that date). An outcome recorded on or before the as-of date overrides it:
``met`` (on or before the *first* promised end: the original commitment), ``met-late``, ``missed``,
``cancelled``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from extractor.promises.grouping import Grouping, grouped, kind_of, most_common
from extractor.promises.mentions import Mention
from extractor.promises.outcomes import Outcome, matches

COLUMNS: list[str] = [
    "promise_id", "subject", "what", "category", "value", "unit", "first_published", "last_published",
    "mentions", "sources", "providers", "first_promised", "latest_promised", "revisions", "slip_days",
    "status", "as_of", "outcome_on", "outcome_source",
]  # fmt: skip


@dataclass(frozen=True)
class Statement:
    """What the press said on one publication day."""

    published: date
    promised: str
    start: date | None
    end: date
    docs: frozenset[str]
    prior: date | None = None  # an earlier end the day's own text says the date moved from
    prior_label: str = ""


def statements(mentions: Iterable[Mention]) -> list[Statement]:
    """Per publication day: the commonest promised end (ties: narrowest, then later) and its commonest label."""
    by_day: dict[date, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.published and m.end and m.promised:
            by_day[m.published].append(m)
    out = []
    for day in sorted(by_day):
        said = by_day[day]
        ends = Counter(m.end for m in said)
        width = {e: min((e - (n.start or e)).days for n in said if n.end == e) for e in ends}
        end = max(ends, key=lambda e: (ends[e], -width[e], e))
        labels = Counter((m.promised, m.start) for m in said if m.end == end)
        (label, start), _ = max(labels.items(), key=lambda kv: (kv[1], kv[0][1] or date.min, kv[0][0]))
        earlier = sorted((m.end, m.promised) for m in said if start and m.end < start)
        prior = earlier[0] if earlier and any(m.moved for m in said) else (None, "")
        out.append(Statement(day, label, start, end, frozenset(m.doc for m in said), *prior))
    return out


def _inside(inner: Statement, outer: Statement) -> bool:
    return outer.start is not None and inner.start is not None and outer.start <= inner.start and inner.end <= outer.end


def moves(said: Sequence[Statement]) -> tuple[int, int]:
    """Revisions and slip in days (module docstring): only moves between independent documents or stated ones."""
    if not said:
        return 0, 0
    first = said[0].prior or said[0].end
    revisions = int(said[0].prior is not None)
    current = said[0]
    for s in said[1:]:
        if s.end != current.end and not _inside(s, current) and not s.docs <= current.docs:
            revisions += 1
            current = s
    return revisions, (current.end - first).days


def _status(said: Sequence[Statement], as_of: date, outcome: Outcome | None) -> str:
    if outcome is not None and (outcome.on is None or outcome.on <= as_of):
        if outcome.outcome == "met" and said and outcome.on and outcome.on > said[0].end:
            return "met-late"
        return outcome.outcome
    known = [s for s in said if s.published <= as_of]  # what had been said by the as-of date
    if not known:
        return "unknown"
    latest = known[-1]
    if latest.start and as_of < latest.start:
        return "pending"
    return "due" if as_of <= latest.end else "overdue"


def _format_value(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


def promises_table(
    claims: pd.DataFrame, as_of: date, outcomes: Sequence[Outcome] | None = None, grouping: Grouping | None = None
) -> pd.DataFrame:
    """One row per promise (columns `COLUMNS`), in order of first mention; deterministic. ``grouping``: the
    claims' grouping when the caller holds it (`group_claims`), else read from or computed for the table."""
    groups, ids = grouping or grouped(claims)
    rows = []
    for group, pid in zip(groups, ids, strict=True):
        distinct = list({m.key: m for m in reversed(group)}.values())[::-1]
        published = [m.published for m in distinct if m.published]
        firm = statements(m for m in distinct if not m.vague)
        said = firm or statements(distinct)
        revisions, slip = moves(firm)
        valued = next((m for m in group if m.value is not None), None)
        providers = sorted({m.provider for m in distinct if m.provider})
        rule = next((o for o in outcomes or () if matches(o, pid, group)), None)
        status = _status(said, as_of, rule)
        applied = rule is not None and status in ("met", "met-late", "missed", "cancelled")
        subject, category = kind_of(group)
        rows.append(
            {
                "promise_id": pid,
                "subject": subject,
                "what": most_common(m.what for m in distinct if m.what),
                "category": category,
                "value": _format_value(valued.value if valued else None),
                "unit": valued.unit if valued else "",
                "first_published": min(published).isoformat() if published else "",
                "last_published": max(published).isoformat() if published else "",
                "mentions": len(distinct),
                "sources": len({m.provider or "doc:" + m.doc for m in distinct}),
                "providers": "; ".join(providers),
                "first_promised": (said[0].prior_label or said[0].promised) if said else "",
                "latest_promised": said[-1].promised if said else "",
                "revisions": revisions,
                "slip_days": str(slip) if said else "",
                "status": status,
                "as_of": as_of.isoformat(),
                "outcome_on": rule.on.isoformat() if applied and rule and rule.on else "",
                "outcome_source": rule.source if applied and rule else "",
            }
        )
    counts = {"mentions": "int64", "sources": "int64", "revisions": "int64"}
    return pd.DataFrame(rows, columns=COLUMNS).astype(counts)


def write_promises_csv(df: pd.DataFrame, path: str | Path) -> None:
    """UTF-8 CSV with "\\n" line ends and `COLUMNS` order: same table, same bytes; spreadsheet-safe
    cells, written atomically."""
    from extractor.table import write_table

    write_table(df.reindex(columns=COLUMNS).fillna(""), path)
