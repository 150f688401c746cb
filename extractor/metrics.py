"""Precision, recall and F1: one definition for the claim scorer and the TempEval scorer."""

from __future__ import annotations


def prf(hits: int, predicted: int, expected: int) -> tuple[float, float, float]:
    """(precision, recall, F1) of ``hits`` among ``predicted`` items against ``expected`` ones; 0.0 when undefined."""
    p = hits / predicted if predicted else 0.0
    r = hits / expected if expected else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
