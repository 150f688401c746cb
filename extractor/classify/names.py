"""How a subject's name is written: as an analyst writes it, without the company's legal form."""

from __future__ import annotations

from functools import cache

from extractor import lexicon


@cache
def _legal_forms() -> frozenset[str]:
    """lexicons/subjects.yaml `legal_forms`, read once."""
    return frozenset(str(form) for form in lexicon.load("subjects")["legal_forms"])


def without_legal_form(name: str) -> str:
    """``name`` without the legal form at its end ("Kulim Advanced Packaging Bhd" -> "Kulim Advanced Packaging",
    "Acme Pty Ltd" -> "Acme"): the registry's suffix is no part of the name an analyst writes. A form after "&"
    belongs to the name ("Hollins & Co"), and a name that is only a form stays."""
    words = name.rstrip(",").split()
    while len(words) > 1 and words[-1].rstrip(",") in _legal_forms() and words[-2] != "&":
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")
    return " ".join(words) if len(words) < len(name.split()) else name
