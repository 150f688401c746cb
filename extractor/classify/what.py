"""The rule-path `what`: a short description of the milestone from the clause around the time expression."""

from __future__ import annotations

import re
from functools import cache

from extractor import entities, lexicon, rxcache
from extractor.classify.mentions import claim_words, sentence_opener, verb_cues

# a word of any script ("Nuñez", "São"): letters and digits, with inner $ % ' . & -
WORD = re.compile(r"[^\W_](?:[^\W_]|[$%'’.&-])*(?:[^\W_]|%)|[^\W_]|[$%]")


@cache
def milestone_index() -> tuple[re.Pattern[str], dict[str, str], list[str]]:
    """Alternation over milestone words, word -> milestone noun, and the nouns' writing order."""
    spec = lexicon.load("claims")["milestones"]
    index = {word.lower(): noun for noun, words in spec.items() for word in words}
    alternation = lexicon.trie(index, ignore_case=True)
    return rxcache.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])", re.I), index, list(spec)


# "Model S Plaid", "Falcon 9", "iPhone 17"
NAME = re.compile(r"(?:[A-Z]|[a-z][A-Z])[\w&-]*(?:\s+(?:(?:[A-Z]|[a-z][A-Z])[\w&-]*|\d+[\w-]*))*")


def clause(text: str, anchor: int) -> tuple[int, int]:
    clauses = [(m.start(), m.end()) for m in re.finditer(r"[^,;:()“”\"]+", text)]
    chosen = [c for c in clauses if c[0] <= anchor <= c[1]] or clauses[:1]
    return chosen[0] if chosen else (0, len(text))


def short_what(text: str, drop: list[tuple[int, int]], subject: str, limit: int = 7,
               values: list[tuple[int, int]] = ()) -> str:
    """A short description of the milestone: the product names and milestone words of the clause
    around the time expression ("Dojo production start"), else its content words; never the
    subject, time expressions or attribution (``drop``, the first span being the expression), a name
    with an office title ("Chief Financial Officer John Smith") nor quantities (``values``), though a
    quantity's unit may name the milestone ("30 launches")."""
    anchor = drop[0][0] if drop else 0
    lo, hi = clause(text, anchor)
    kept = [*drop, *values]
    stop = (claim_words("what_stopwords") | claim_words("future") | claim_words("reporting")
            | claim_words("speaker_titles"))
    subject_words = {w.lower() for w in subject.split()}

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in kept)

    name_stop = claim_words("what_stopwords") | verb_cues()
    titles = claim_words("what_office_titles")
    ranked: list[tuple[int, int, str]] = []  # names in the clause first, then the nearest outside it
    for m in NAME.finditer(text):
        if any(w.lower() in titles for w in m.group(0).split()):
            kept.append((m.start(), m.end()))  # "Water Minister Rose Jackson said": who speaks, not what
            continue
        words = [w.group(0) for w in re.finditer(r"\S+", m.group(0))
                 if free(m.start() + w.start(), m.start() + w.end())
                 and w.group(0).lower() not in name_stop and w.group(0).lower() not in subject_words]
        before = text[max(0, m.start() - 20):m.start()].lower().split()
        if before and before[-1].strip("(,") in claim_words("place_and_source_prepositions"):
            continue  # "in Austin", "on Twitter", "per Bloomberg": places and sources, not the milestone
        if text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start()):
            continue  # "(NASDAQ:TSLA)": an aside
        if words and words[0] == m.group(0).split()[0] and sentence_opener(text, m.start(), words[0]):
            words = words[1:]
        name = entities.canonical(" ".join(words)) if words else ""
        if name and not (len(name) <= 2 and name.isupper()):
            ranked.append((max(lo - m.end(), m.start() - hi, 0), m.start(), name))
    names = list(dict.fromkeys(name for _, _, name in sorted(ranked)))
    pattern, index, order = milestone_index()
    found = {index[m.group(0).lower()] for m in pattern.finditer(text, lo, hi)
             if not any(a < m.end() and m.start() < b for a, b in drop)}
    milestones = [noun for noun in order if noun in found]
    if milestones and names:
        return _dedupe([*names[:2], *milestones])
    words: list[tuple[int, str]] = []
    for m in WORD.finditer(text):
        w = m.group(0)
        lw = w.lower()
        if not free(m.start(), m.end()) or lw in stop or lw in subject_words or lw.rstrip("’'s") in subject_words:
            continue
        if not lw.isdigit():
            words.append((m.start(), w))
    inside = [w for s, w in words if lo <= s <= hi]
    if len(inside) < 2:
        inside = [w for _, w in sorted(words, key=lambda sw: abs(sw[0] - anchor))][:limit]
    return _dedupe([*names[:2], *milestones, *inside], limit)


def _dedupe(parts: list[str], limit: int = 7) -> str:
    """Join the parts' words once each (case-insensitive), at most ``limit`` words."""
    seen: set[str] = set()
    words = []
    for word in " ".join(parts).split():
        if word.lower() not in seen:
            seen.add(word.lower())
            words.append(word)
    return " ".join(words[:limit])
