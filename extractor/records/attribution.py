"""Who a claim is attributed to when its clause names no actor of its own: the government body that speaks for
it, or the organisation it is according to."""

from __future__ import annotations

from typing import Any

from extractor import classify
from extractor.syntax import describe


def government_body(cand: dict[str, Any], gov: str, before: str, mentions: list[classify.Mention]) -> str:
    """The government body that speaks for or is the subject of a claim ("the defence ministry said",
    "Thailand's cabinet expects"), named as classify.government_body writes it, or as the sentence's longer name
    that holds it (the parse cuts "the Department of Public Works and Highways" at "and"); "" when none is."""
    for key in ("syn_speaker", "syn_subject", "syn_agent"):
        np = cand.get(key) or {}
        body = classify.government_body(np["text"], gov, before) if np else ""
        if body:
            return max((m.name for m in mentions if body in m.name), key=len, default=body)
    return ""


def source(cand: dict[str, Any], ctx: describe.Context, provider: str) -> str:
    """The organisation a claim whose clause names no actor is attributed to ("the first phase is due to
    open between 2029 and 2033, according to HS2 Ltd"); never a news outlet, a person or a country."""
    np = cand.get("syn_speaker") or {}
    if not np:
        return ""
    s0, s1 = np["start"] - ctx.base, np["end"] - ctx.base
    for m in ctx.mentions:
        if s0 <= m.start and m.end <= s1 and m.kind in ("org", "unknown") and not describe.government(m.name) \
                and not classify.outlet(m.name, provider):
            return classify.consolidate(m.name, ctx.main)
    return ""
