"""Promise tracking: group claim mentions that state one milestone, follow its revisions and status.

A *promise* is one milestone of one subject ("Tesla: Dojo production start") as stated by any number of
claim mentions across articles. The package's parts, data flowing one way:

- `rules`: the rule data of lexicons/promises.yaml and cell/description normalisation;
- `mentions`: claim rows reduced to what grouping compares (the milestone phrase from `what` and the clause);
- `grouping`: which mentions are one promise (blocked candidates, the pair rule, a constrained union-find);
- `outcomes`: outcomes files (met, missed, cancelled);
- `table`: the promises table (statements, revisions, slip, status) and promises.csv;
- `subjects`: the per-subject slippage summary and subjects.csv;
- `scores`: grouping precision/recall (pairwise and B-cubed) and the grouping benchmark.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pandas as pd

from extractor.promises import grouping, linksort, mentions  # noqa: F401 - parts reachable as promises.grouping, ...
from extractor.promises.grouping import assign_promises
from extractor.promises.outcomes import OUTCOMES, Outcome, load_outcomes, parse_outcomes
from extractor.promises.rules import LEXICON, day, what_tokens
from extractor.promises.scores import grouping_benchmark, grouping_scores
from extractor.promises.subjects import SUBJECT_COLUMNS, subjects_html, subjects_table, write_subjects_csv
from extractor.promises.table import COLUMNS, promises_table, write_promises_csv


def table(claims: pd.DataFrame, as_of: date | str | None = None,
          outcomes: str | Path | Sequence[Outcome] | None = None) -> pd.DataFrame:
    """The promises table of a claims DataFrame (as `extractor.extract` returns it) as of a date (default:
    today), with an optional outcomes file or parsed outcomes: what ``extractor.promises(df, as_of=...)`` does."""
    when = day(as_of) if as_of is not None else date.today()
    if when is None:
        raise ValueError(f"as_of: not a date: {as_of!r}")
    known = load_outcomes(outcomes) if isinstance(outcomes, str | Path) else outcomes
    return promises_table(claims, when, known)


__all__ = [
    "COLUMNS", "LEXICON", "OUTCOMES", "SUBJECT_COLUMNS", "Outcome", "assign_promises", "grouping_benchmark",
    "grouping_scores", "load_outcomes", "parse_outcomes", "promises_table", "subjects_html", "subjects_table",
    "table", "what_tokens",
    "write_promises_csv", "write_subjects_csv",
]  # fmt: skip
