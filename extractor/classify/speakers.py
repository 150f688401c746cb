"""Who makes a statement: a transcript label or the name next to a reporting verb."""

from __future__ import annotations

import re

from extractor import entities
from extractor.classify.mentions import Mention, claim_words, find_mentions

# "Tomas Berg -- Chief Executive Officer: ...", "CEO Maya Okafor: ...", "Dana Reyes (CFO): ..."
SPEAKER_LABEL = re.compile(
    r"^(?:[A-Z]{2,5}\s+)?(?P<name>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3})"
    r"(?:\s*(?:--|—|–|,)\s*[A-Za-z ,&.-]{2,60}|\s*\([^)]{2,40}\))?:\s"
)


def speaker_of(text: str, reporting: list[tuple[int, int]], last_person: str = "",
               mentions: list[Mention] | None = None) -> str:
    """The entity attributed with the statement: a transcript or live-blog label opening the line
    ("Tomas Berg -- Chief Executive Officer: We expect ..."), else the name next to a reporting verb
    ("Musk said", "said Musk", "according to Reuters"); a pronoun refers to the last named person."""
    label = SPEAKER_LABEL.match(text)
    if label and label.group("name").split()[0].lower() not in claim_words("not_names"):
        return entities.canonical(label.group("name"))
    if not reporting:
        return ""
    mentions = find_mentions(text) if mentions is None else mentions
    best, best_gap = "", 40
    for start, end in reporting:
        for m in mentions:
            gap = start - m.end if m.end <= start else m.start - end
            if 0 <= gap < best_gap:
                best, best_gap = m.name, gap
        if not best:
            before = text[max(0, start - 8):start].lower().split()
            if before and before[-1] in claim_words("pronouns") and last_person:
                best = last_person
    return best
