"""Outcomes files: what happened to promises (met, missed, cancelled), matched by id or by description.

Format (YAML list; first matching entry wins)::

    - match:                       # at least one key; all given keys must hold
        promise_id: p-0123456789   # exact id, or:
        subject: Tesla             # alias-folded, like claims
        category: event
        what: [ai, day]            # keywords, normalised like `what` (the subject's name is ignored);
                                   # all must occur in one mention's what
        promised: "2021"           # prefix of a mention's promised label (tells yearly events apart)
      outcome: met                 # met | missed | cancelled
      on: 2021-08-19               # required for met; optional otherwise (undated counts at any as-of)
      source: https://...          # required: where the outcome is documented
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from extractor import entities, yamlio
from extractor.promises.grouping import kind_of
from extractor.promises.mentions import Mention
from extractor.promises.rules import cell, day, what_tokens

OUTCOMES = ("met", "missed", "cancelled")


@dataclass(frozen=True)
class Outcome:
    """One entry of an outcomes file: a match rule and what happened."""

    outcome: str  # met | missed | cancelled
    on: date | None
    source: str
    promise_id: str = ""
    subject: str = ""
    category: str = ""
    what: tuple[str, ...] = ()
    promised: str = ""


_MATCH_KEYS = ("promise_id", "subject", "category", "what", "promised")


def _outcome(entry: Any, k: int, where: str) -> Outcome:
    """Validate one entry; errors name the file and the entry."""

    def fail(message: str) -> ValueError:
        return ValueError(f"{where}: entry {k}: {message}")

    if not isinstance(entry, dict):
        raise fail("expected a mapping with `match`, `outcome`, `source`")
    unknown = set(entry) - {"match", "outcome", "on", "source", "note"}
    if unknown:
        raise fail(f"unknown key(s) {sorted(unknown)}")
    match = entry.get("match")
    if not isinstance(match, dict) or not match:
        raise fail("`match` must be a non-empty mapping of " + ", ".join(_MATCH_KEYS))
    if set(match) - set(_MATCH_KEYS):
        raise fail(f"unknown match key(s) {sorted(set(match) - set(_MATCH_KEYS))}")
    outcome = entry.get("outcome")
    if outcome not in OUTCOMES:
        raise fail(f"`outcome` must be one of {', '.join(OUTCOMES)}, not {outcome!r}")
    on = day(entry.get("on"))
    if entry.get("on") is not None and (on is None or len(cell(entry["on"])) != 10):
        raise fail(f"`on` must be an ISO day (YYYY-MM-DD), not {entry['on']!r}")
    if outcome == "met" and on is None:
        raise fail("`outcome: met` needs `on: YYYY-MM-DD`")
    source = cell(entry.get("source"))
    if not source:
        raise fail("`source` (a URL documenting the outcome) is required")
    keywords = match.get("what", [])
    if isinstance(keywords, str):
        keywords = keywords.split()
    if not isinstance(keywords, list) or not all(isinstance(w, str | int) for w in keywords):
        raise fail("`match.what` must be a list of keywords")
    subject = entities.canonical(cell(match.get("subject")))
    words = tuple(what_tokens(" ".join(str(w) for w in keywords), drop=(subject,)))
    if keywords and not words:
        raise fail(f"`match.what` {keywords!r} has only stop words or the subject's name")
    return Outcome(
        outcome=outcome,
        on=on,
        source=source,
        promise_id=cell(match.get("promise_id")),
        subject=subject,
        category=cell(match.get("category")).lower(),
        what=words,
        promised=cell(match.get("promised")),
    )


def parse_outcomes(data: Any, where: str = "<outcomes>") -> list[Outcome]:
    """Validate parsed outcomes YAML (a list of entries)."""
    if data is None:
        return []
    if not isinstance(data, list):
        raise ValueError(f"{where}: expected a list of outcome entries")
    return [_outcome(entry, k, where) for k, entry in enumerate(data, start=1)]


def load_outcomes(path: str | Path) -> list[Outcome]:
    """Read and validate an outcomes YAML file; ValueError names the file and the entry."""
    try:
        data = yamlio.load(path)
    except OSError as exc:
        raise ValueError(f"{path}: cannot read outcomes file: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {exc}") from exc
    return parse_outcomes(data, str(path))


def matches(rule: Outcome, pid: str, group: Sequence[Mention]) -> bool:
    subject, category = kind_of(group)
    return (
        (not rule.promise_id or rule.promise_id == pid)
        and (not rule.subject or rule.subject == subject)
        and (not rule.category or rule.category == category)
        and (not rule.what or any(set(rule.what) <= set(m.tokens) for m in group))
        and (not rule.promised or any(m.promised.startswith(rule.promised) for m in group))
    )
