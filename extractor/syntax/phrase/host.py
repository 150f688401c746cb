"""The clause a date only times: a subordinate clause of time ("before the rainy season begins in June", "before it
adjourns in June") dates the clause it hangs from, whose milestone is the claim's ("400 are due to be installed
before the rainy season begins in June": the installation by June, not the season's start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from extractor.syntax.features import Rules


def temporal_host(core: Token | None, timex: set[int], own: set[int], rules: Rules) -> Token | None:
    """The verb ``core``'s clause hangs from when a `what_temporal_marks` word opens it ("before", "until") and the
    date is its only one: that verb's clause holds no other time expression, which would be the host's own date
    ("would open in the second half of FY26, once dredging was finished in the March quarter"); else None. A
    participle after the word is a milestone of its own ("fly past seven asteroids before landing on Justitia in
    2034")."""
    if core is None or core.dep_ not in ("advcl", "obl", "acl") or core.head.i == core.i or core.tag_ == "VBG" \
            or core.head.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ in rules.temporal_marks and c.i < core.i for c in core.children):
        return None
    host = core.head
    inside = {t.i for t in core.subtree}
    if any(t.i in timex and t.i not in own for t in host.subtree if t.i not in inside):
        return None
    return host
