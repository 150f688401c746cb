"""Score extracted claims against an analyst's gold.yaml (the corpus format of GUIDELINES.md).

Matching rules (the corpus's reference scorer applies the same ones, so figures agree exactly):
a predicted row matches a gold claim of the same file (base name of ``source_file``) when the
sentences overlap (one contains the other, or they share at least half of the smaller word set)
and the date_text strings overlap (one contains the other, case-insensitive). Pairs are made
one-to-one, identical date_text first, then by sentence similarity, then row and gold order, so the
result does not depend on which candidate is looked at first. A row that matches only an optional
gold claim is neither right nor wrong; rows for files the gold does not list are not scored.

Modules: ``gold`` (reading and checking gold.yaml), ``cells`` (table cells as numbers and text),
``matching`` (which row is which gold claim), ``scoring`` (the figures), ``run`` (scoring a fresh run
of the extractor), ``render`` (the figures as text). The names below keep ``extractor.evaluate.X`` working.
"""

from extractor.evaluate.gold import GOLD_NAME, GoldClaim, GoldError, gold_dates, load_gold
from extractor.evaluate.render import render
from extractor.evaluate.run import evaluate
from extractor.evaluate.scoring import score_csv, score_frame, score_rows

__all__ = [
    "GOLD_NAME",
    "GoldClaim",
    "GoldError",
    "evaluate",
    "gold_dates",
    "load_gold",
    "render",
    "score_csv",
    "score_frame",
    "score_rows",
]
