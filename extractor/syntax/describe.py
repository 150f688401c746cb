"""From a candidate's `syn_*` fields to the claim's subject, speaker, `what` and category.

The parse says which noun phrase is the clause's subject, which is the reporting verb's subject
and which words make the milestone; this module says who those phrases are (alias lexicon,
possessives, pronouns, "the company") and writes the milestone as a phrase. Each function returns
"" when the parse gives no answer, and the caller keeps the rule-based guess.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from extractor import classify, entities, lexicon
from extractor.syntax import category as syntax_category


@dataclass(frozen=True)
class Context:
    """What a sentence's description needs besides its parse: the sentence (from ``base`` in the
    document), the names found in it, the article's main subject and the last person named."""

    text: str
    base: int
    mentions: list[classify.Mention]
    main: str
    last_person: str = ""
    government: str = ""  # the government of the country the article is about, if any


@cache
def _words(key: str) -> frozenset[str]:
    return lexicon.words("syntax", key)


def _local(np: dict[str, Any], ctx: Context, key: str = "") -> tuple[int, int]:
    return np[f"{key}start"] - ctx.base, np[f"{key}end"] - ctx.base


@cache
def _countries() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """One pattern over country names and adjectives, name -> government, and the names alone."""
    data = lexicon.load("syntax")
    names = {n.lower(): gov for gov, ns in data["governments"].items() for n in ns}
    index = {**{n.lower(): gov for gov, ns in data["demonyms"].items() for n in ns}, **names}
    alternation = "|".join(re.escape(n) for n in sorted(index, key=len, reverse=True))
    return re.compile(r"(?<![\w.])(?:" + alternation + r")(?![\w-])", re.I), index, frozenset(names)


@cache
def _offices() -> re.Pattern[str]:
    words = sorted(_words("offices"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def government(name: str) -> str:
    """The government a country's name stands for ("Japan" -> "Japanese government"), else ""."""
    _, index, names = _countries()
    key = name.lower().strip()
    return index[key] if key in names else ""


def article_government(text: str) -> str:
    """The government of the country an article names most (by name or adjective), else ""."""
    pattern, index, _ = _countries()
    counts = Counter(index[m.group(0).lower()] for m in pattern.finditer(text) if m.group(0)[0].isupper())
    return max(sorted(counts), key=lambda g: counts[g]) if counts else ""


def _office_holder(text: str, start: int) -> bool:
    """A government office stands right before a name ("Finance Minister Nirmala Sitharaman")."""
    return bool(_offices().search(text[max(0, start - 40):start]))


def _person_org(name: str, ctx: Context, start: int = -1) -> str:
    """A person speaks for their government when they hold an office, else for the article's
    actor (Musk in a SpaceX article), else for the organisation the lexicon gives them."""
    if ctx.government and start >= 0 and _office_holder(ctx.text, start):
        return ctx.government
    return ctx.main or entities.org_of(name) or name


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
                return _person_org(m.name, ctx, m.start)
            if government(m.name):
                return government(m.name)
            if m.kind == "org" or agentive or classify.consolidate(m.name, ctx.main) == ctx.main:
                return classify.consolidate(m.name, ctx.main)
    if np["pos"] == "PRON":
        if lemma in _words("org_pronouns") or text in _words("org_pronouns"):
            return ctx.main
        if lemma in _words("person_pronouns") or text in _words("person_pronouns"):
            return _person_org(ctx.last_person, ctx) if ctx.last_person else ctx.main
        return ""
    if lemma in _words("government_nouns") and ctx.government:
        return ctx.government
    if lemma in _words("self_nouns") and not any(m.start >= s0 and m.end <= s1 for m in ctx.mentions):
        return ctx.main
    if lemma in _words("generic_actors") or text.split()[-1:] and text.split()[-1] in _words("generic_actors"):
        return np["text"].split()[-1].lower()
    if np["pos"] == "PROPN" and government(np["text"]):
        return government(np["text"])
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
        return (found, True) if _trusted(found, ctx) else ("", True)
    found = actor(cand.get("syn_possessor") or {}, ctx) or owner(clause, ctx)
    if found:
        return (found, False) if _trusted(found, ctx) else ("", False)
    agent = cand.get("syn_agent") or {}
    found = actor(agent, ctx, agentive=agent.get("dep") == "nsubj")
    return (found if _trusted(found, ctx) else ""), False


def _trusted(name: str, ctx: Context) -> bool:
    """A subject the parse may assert over the rules: the article's own actor or government, a
    generic actor, or a name the alias lexicon knows; an unknown name is left to the rules."""
    return bool(name) and (name in (ctx.main, ctx.government) or name in _words("generic_actors")
                           or name in entities.load() or bool(government(name)))


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


def category(cand: dict[str, Any], unit: str, own_subject: bool, by_words: str = "") -> str:
    """The category the clause's verb, object, thing-subject and unit speak for ("" when none);
    an actor as subject (``own_subject``) names no milestone; ``by_words``: the sentence's keyword
    category, which only chooses what a money target is."""
    return syntax_category.category(syntax_category.Clause.of(cand, unit, own_subject), by_words)


def lead_actor(syntax: dict[str, Any] | None, text: str, fallback: str, gov: str = "") -> str:
    """The article's own actor from its lead sentence's grammatical subject ("IndiGo orders 500
    Airbus jets" is about IndiGo, not Airbus), when that subject is a name; a country, or a person
    who holds an office in the article of a country (``gov``), is that country's government;
    else ``fallback``."""
    np = (syntax or {}).get("lead_subject") or {}
    if not np:
        return government(fallback) or fallback
    s0, s1 = syntax["lead"]
    lead = text[s0:s1]
    h0, h1 = np["head_start"] - s0, np["head_end"] - s0
    mentions = classify.find_mentions(lead)
    held = owner(np, Context(lead, s0, mentions, fallback))
    if held:  # "Tesla Cybertruck will arrive": the thing's maker
        return held
    name = ""
    for m in mentions:
        if m.start <= h0 and h1 <= m.end:
            name, kind = m.name, m.kind
            break
    else:
        words = [w for w in np["text"].split() if w.lower() not in _words("what_drop_determiners")]
        name, kind = (entities.canonical(" ".join(words)), "unknown") if np["pos"] == "PROPN" and words else ("", "")
    if not name:
        return government(fallback) or fallback
    if government(name):
        return government(name)
    last = re.escape(name.split()[-1])
    if gov and re.search(_offices().pattern + r"\s+(?:[A-Z][\w.'-]*\s+){0,3}" + last + r"\b", text, re.I):
        return gov
    if kind == "person":
        return fallback or entities.org_of(name)
    return classify.consolidate(name, fallback)
