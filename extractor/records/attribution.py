"""Who a claim is attributed to when its clause names no actor of its own: the government body that speaks for
it, or the organisation it is according to."""

from __future__ import annotations

import re
from typing import Any

from extractor import classify, lexicon
from extractor.syntax import describe


def government_body(cand: dict[str, Any], gov: str, before: str, mentions: list[classify.Mention]) -> str:
    """The government body that speaks for or is the subject of a claim ("the defence ministry said",
    "Thailand's cabinet expects"), named as classify.government_body writes it, or as the sentence's longer name
    that holds it (the parse cuts "the Department of Public Works and Highways" at "and"); "" when none is. The
    subject's or agent's body is the phrase's head, or its people are ("Defence ministry officials expect"):
    "Oman's government debt" is debt, no body; a speaker's is its source however it is written ("according to
    the finance ministry's medium-term plan")."""
    people = lexicon.words("syntax", "generic_actors") | lexicon.words("claims", "speaker_titles")
    for key in ("syn_speaker", "syn_subject", "syn_agent"):
        np = cand.get(key) or {}
        body = classify.government_body(np["text"], gov, before) if np else ""
        if body and (key == "syn_speaker" or np["lemma"] in body.lower().split() or np["lemma"] in people
                     or f"{np['lemma']}s" in people):
            return max((m.name for m in mentions if body in m.name), key=len, default=body)
    return ""


def source(cand: dict[str, Any], ctx: describe.Context, provider: str) -> str:
    """The organisation a claim whose clause names no actor is attributed to ("the first phase is due to
    open between 2029 and 2033, according to HS2 Ltd"); never a news outlet, a person or a country. A name that
    only reports ("..., Conab said") reads as a person's, unless it is the article's own organisation."""
    np = cand.get("syn_speaker") or {}
    if not np:
        return ""
    s0, s1 = np["start"] - ctx.base, np["end"] - ctx.base
    for m in ctx.mentions:
        acting = m.kind in ("org", "unknown") or bool(ctx.main) and classify.consolidate(m.name, ctx.main) == ctx.main
        if s0 <= m.start and m.end <= s1 and acting and not describe.government(m.name) \
                and not classify.outlet(m.name, provider):
            return classify.consolidate(m.name, ctx.main)
    return describe.definite(np["text"], np["lemma"], ctx.before)  # "..., the port authority said"


def in_later_clause(text: str, date_end: int, mention: classify.Mention) -> bool:
    """``mention`` stands after the claim's date, past a comma or semicolon: in a clause of its own ("A validation
    flight will take place in December, and the DGCA is expected to grant ...", "... for 12 months, giving platforms
    including Facebook ..."), so it is not the dated clause's actor; a reporter is ("..., Acme said", "...,
    according to Acme")."""
    if mention.start < date_end or not re.search(r"[,;]", text[date_end:mention.start]):
        return False
    after = text[mention.end:].split()[:2]
    reporting = lexicon.words("claims", "reporting")
    return not any(w.strip(",.;:").lower() in reporting for w in after) \
        and not text[:mention.start].rstrip().lower().endswith(("according to", "according to the"))
