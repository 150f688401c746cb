"""From a candidate's `syn_*` fields to the claim's subject, speaker, `what` and category.

The parse says which noun phrase is the clause's subject, which is the reporting verb's subject
and which words make the milestone; this module says who those phrases are (alias lexicon,
possessives, pronouns, "the company") and writes the milestone as a phrase. Each function returns
"" when the parse gives no answer, and the caller keeps the rule-based guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from extractor import classify, entities, lexicon


@dataclass(frozen=True)
class Context:
    """What a sentence's description needs besides its parse: the sentence (from ``base`` in the
    document), the names found in it, the article's main subject and the last person named."""

    text: str
    base: int
    mentions: list[classify.Mention]
    main: str
    last_person: str = ""


@cache
def _words(key: str) -> frozenset[str]:
    return lexicon.words("syntax", key)


def _local(np: dict[str, Any], ctx: Context, key: str = "") -> tuple[int, int]:
    return np[f"{key}start"] - ctx.base, np[f"{key}end"] - ctx.base


def _person_org(name: str, ctx: Context) -> str:
    return entities.org_of(name) or ctx.main or name


def actor(np: dict[str, Any], ctx: Context, agentive: bool = False) -> str:
    """Who a noun phrase names, when it names an actor: a name whose span covers the phrase's head
    (a person stands for their organisation), a pronoun or "the company" (the article's subject,
    or the last person's), a generic actor ("analysts"); "" for a thing ("Dojo production").
    ``agentive``: the phrase is the active subject of a planning or reporting verb, so an unknown
    proper name there is an organisation too."""
    if not np:
        return ""
    lemma, text = np["lemma"], np["text"].lower()
    h0, h1 = _local(np, ctx, "head_")
    s0, s1 = _local(np, ctx)
    for m in ctx.mentions:
        if m.start <= h0 and h1 <= m.end or (m.start >= s0 and m.end <= s1 and h0 < m.end and m.start < h1):
            if m.kind == "person":
                return _person_org(m.name, ctx)
            if m.kind == "org" or agentive or classify.consolidate(m.name, ctx.main) == ctx.main:
                return classify.consolidate(m.name, ctx.main)
    if np["pos"] == "PRON":
        if lemma in _words("org_pronouns") or text in _words("org_pronouns"):
            return ctx.main
        if lemma in _words("person_pronouns") or text in _words("person_pronouns"):
            return _person_org(ctx.last_person, ctx) if ctx.last_person else ctx.main
        return ""
    if lemma in _words("self_nouns") and not any(m.start >= s0 and m.end <= s1 for m in ctx.mentions):
        return ctx.main
    if lemma in _words("generic_actors") or text.split()[-1:] and text.split()[-1] in _words("generic_actors"):
        return np["text"].split()[-1].lower()
    if agentive and np["pos"] == "PROPN":
        return classify.consolidate(entities.canonical(np["text"]), ctx.main)
    return ""


def owner(np: dict[str, Any], ctx: Context) -> str:
    """The actor a thing belongs to: a name inside its phrase ("Tesla AI Day", "Amazon's
    Kuiper") or its possessor ("his company's android" -> the company)."""
    if not np:
        return ""
    s0, s1 = _local(np, ctx)
    for m in ctx.mentions:
        if s0 <= m.start and m.end <= s1 and m.kind in ("org", "unknown"):
            name = classify.consolidate(m.name, ctx.main)
            if m.kind == "org" or name == ctx.main:
                return name
    return ""


def subject(cand: dict[str, Any], ctx: Context) -> tuple[str, bool]:
    """(subject, whether it is the clause's own grammatical subject): the clause subject when it is
    an actor, else the owner of the thing it names, else who frames it (the subject of "expect",
    "plan" or "say" above it), else ""."""
    clause = cand.get("syn_subject") or {}
    agentive = bool(clause) and clause.get("dep") == "nsubj" and cand.get("syn_verb_lemma") in _words("framing")
    found = actor(clause, ctx, agentive)
    if found:
        return found, True
    found = actor(cand.get("syn_possessor") or {}, ctx) or owner(clause, ctx)
    if found:
        return found, False
    agent = cand.get("syn_agent") or {}
    return actor(agent, ctx, agentive=agent.get("dep") == "nsubj"), False


def speaker(cand: dict[str, Any], ctx: Context) -> str:
    """Who made the statement: a name in the reporting verb's subject (or the "according to"
    source); a pronoun is the last person named."""
    np = cand.get("syn_speaker") or {}
    if not np:
        return ""
    s0, s1 = _local(np, ctx)
    names = [m for m in ctx.mentions if s0 <= m.start and m.end <= s1]
    people = [m for m in names if m.kind == "person"]
    if people or names:
        return (people or names)[-1].name
    if np["pos"] == "PRON" and np["lemma"] in _words("person_pronouns"):
        return ctx.last_person
    if np["pos"] == "PROPN":
        return entities.canonical(np["text"])
    return ""


def _third_person(verb: str) -> str:
    if verb == "be":
        return "is"
    if verb == "have":
        return "has"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def what(cand: dict[str, Any], own_subject: bool, names: list[str]) -> str:
    """The milestone as a phrase: the verb (as a lemma) and its object when the clause's subject is
    the actor ("spend about $10 billion on AI training"), else the thing first ("compute hits 100
    exaflops", "Dojo production start"); without the words of ``names`` (subject, people)."""
    parts = cand.get("syn_what") or []
    if len(parts) != 4:
        return ""
    thing, verb, rest, number = parts
    if own_subject or not thing:
        phrase = " ".join(p for p in (verb, rest) if p)
    else:
        if verb and number == "singular" and not cand.get("syn_passive"):
            verb = _third_person(verb)
        elif verb and cand.get("syn_passive"):
            verb = cand.get("syn_verb", verb)
        phrase = " ".join(p for p in (thing, verb, rest) if p)
    drop = {w.lower() for name in names for w in name.split()}
    words = [w for w in phrase.split() if w.lower().rstrip("'’s") not in drop and w.lower() not in drop]
    limit = int(lexicon.load("syntax")["what_max_words"])
    return " ".join(words[:limit])


def category(cand: dict[str, Any], phrase: str, unit: str) -> str:
    """The category its verb and object speak for ("" when they name none)."""
    words = " ".join(p for p in (cand.get("syn_verb_lemma", ""), phrase, cand.get("syn_object", "")) if p)
    return classify.category_of_phrase(words, unit)
