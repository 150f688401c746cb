"""Governments and public bodies a claim's phrases name: a country's name or adjective, a region's
government, a government office, and the body an article's first sentence opens with."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from extractor import classify, datelines, lexicon, rxcache
from extractor.classify.mentions import SHORT_FORM
from extractor.syntax.describe.shared import Context, vocab


@cache
def _countries() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """One pattern over country names and adjectives (a prefix tree: it is run over every article's whole text),
    name -> government, and the names alone."""
    data = lexicon.load("syntax")
    names = {n.lower(): gov for gov, ns in data["governments"].items() for n in ns}
    index = {**{n.lower(): gov for gov, ns in data["demonyms"].items() for n in ns}, **names}
    alternation = lexicon.trie(index, ignore_case=True)
    return rxcache.compile(r"(?<![\w.])(?:" + alternation + r")(?![\w-])", re.I), index, frozenset(names)


@cache
def offices() -> re.Pattern[str]:
    return rxcache.compile(r"\b(?:" + lexicon.trie(vocab("offices"), ignore_case=True) + r")\b", re.I)


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


def place_government(np: dict[str, Any], text: str, base: int) -> str:
    """The government a phrase headed by "government" names by its place ("Ontario's government" ->
    "Ontario government", "South Korea's government" -> "South Korean government"); "" when it
    names none ("the federal government")."""
    if not np or np["lemma"] not in vocab("place_government_heads"):
        return ""
    before = text[np["start"] - base:np["head_start"] - base]
    words = [re.sub(r"['’]s$", "", w) for w in before.split()]
    place = " ".join(w for w in words if w[:1].isupper() and w.lower() not in vocab("what_drop_determiners"))
    if not place:
        return ""
    _, index, _ = _countries()
    return index.get(place.lower(), f"{place} government")


@cache
def _regional() -> re.Pattern[str]:
    kinds = lexicon.alternation(lexicon.words("subjects", "regional_government_kinds"))
    place = r"[A-ZÀ-Þ][\w'’.-]*(?:[^\S\n]+[A-ZÀ-Þ][\w'’.-]*){0,2}"
    return rxcache.compile(rf"(?<![\w-])(?P<place>{place})(?:['’]s)?[^\S\n]+(?P<kind>(?:{kinds})[^\S\n]+)?government\b")


def regional_government(text: str) -> str:
    """The government a phrase names by its place, a region's as written ("The Odisha government" ->
    "Odisha government", "the São Paulo state government" -> "São Paulo state government"), a country's
    as its government ("the Japanese government" -> "Japanese government"); "" when none is named."""
    for m in _regional().finditer(text):
        words = [re.sub(r"['’]s$", "", w) for w in m.group("place").split()  # "New Brunswick's government"
                 if w.lower() not in vocab("what_drop_determiners")]
        if words:
            place = " ".join(words)
            return government(place) or f"{place} {m.group('kind') or ''}government".replace("  ", " ")
    return ""


def place_body(body: str, place: str) -> str:
    """The body of a city or region that opens the article's first sentence, where the headline names only the
    place ("Editorial: Leeds's bus plan ..." over "Leeds's city council approved ..." -> "Leeds city council");
    "" when the sentence opens with anything else."""
    kinds = lexicon.alternation(lexicon.words("subjects", "regional_government_kinds"))
    heads = lexicon.alternation(lexicon.words("subjects", "regional_body_heads"))
    opening = re.match(rf"(?:The[^\S\n]+)?{re.escape(place)}(?:['’]s)?[^\S\n]+(?P<kind>(?:{kinds})[^\S\n]+)?"
                       rf"(?P<head>{heads})\b", _first_sentence(body)) if place else None
    return f"{place} {opening.group('kind') or ''}{opening.group('head')}" if opening else ""


def body_actor(body: str, gov: str) -> str:
    """The government the article's first sentence of prose names, for an article whose headline and lead
    name no actor: a government body ("South Korea's transport ministry said"), a region's government ("The
    Odisha government presented a budget"); "" when it names none (a first-named company is as often a
    digest's first item as the article's actor). A dateline, and short label or byline lines, are skipped."""
    first = _first_sentence(body)
    if not first:
        return ""
    return classify.government_body(first, gov) or regional_government(first)


def _first_sentence(body: str) -> str:
    """The article's first sentence of prose, past a dateline and short label or byline lines; "" when none."""
    text, _ = datelines.strip(body)
    prose = next((p.strip() for p in re.split(r"\n\s*\n|\n", text)
                  if len(p.strip()) >= int(lexicon.load("subjects")["body_actor_min_chars"])
                  and re.search(r"[a-z]{3,}[^\S\n]+[a-z]{2,}", p)), "")
    return re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", prose, maxsplit=1)[0] if prose else ""


def body_official(body: str, gov: str) -> str:
    """The public body, by its proper name, that opens the article's first sentence as its actor ("Nairobi, 14
    October: The Ministry of Roads and Transport has unveiled ..."): in an article whose headline names only the
    country, the body speaks for it; "" when the sentence opens with anything else."""
    first = _first_sentence(body)
    words = first.split(" ", 1)
    opening = words[1] if len(words) == 2 and words[0].lower() == "the" else first
    body_name = classify.government_body(first, gov)
    return body_name if body_name and " of " in body_name and opening.startswith(body_name) else ""


def body_reporter(body: str, again: bool = False) -> str:
    """The organisation the article's first sentence of prose attributes its news to, by its name before a verb
    of saying or planning ("..., the Danish Energy Agency said", "Morocco's national rail operator ONCF said",
    "The Royal Commission for Riyadh City said"): in an article whose headline names only a country, the
    article is that body's, not the government's; "" when no such name reports there (a person, a country), or,
    with ``again`` (the headline names no actor at all), when the article names it too few times to be about it
    (lexicons/claims.yaml `main_subject_least_mentions`, its initials counting: "Health Service Executive" then
    "HSE"), as a digest's first item."""
    first = _first_sentence(body)
    verbs = lexicon.words("subjects", "aside_verbs")
    least = int(lexicon.load("claims")["main_subject_least_mentions"]) if again else 0
    for m in classify.find_mentions(first):
        following = first[m.end:].split()[:1]
        if m.kind != "person" and not government(m.name) and following and following[0].strip(",.;:") in verbs:
            initials = "".join(w[0] for w in m.name.split() if w[:1].isupper())
            forms = {m.name, initials} if len(initials) > 1 else {m.name}
            named = sum(len(re.findall(rf"(?<![\w-]){re.escape(f)}(?![\w-])", body)) for f in forms)
            return m.name if named >= least else ""
    return ""


# A wire dateline in capitals before a dash that _first_sentence keeps ("PRAGUE — ", "KARACHI, Aug 5 — ").
_DASH_DATELINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'-]*[A-ZÀ-Þ](?:,[^—–\n]{0,30})?[^\S\n]+[—–][^\S\n]+")


@cache
def _opening_name() -> re.Pattern[str]:
    """The capitalised run opening a sentence, after "The", with the joints of a name ("National Federation of Coffee
    Growers": lexicons/subjects.yaml `name_joints`) and a possessive ending it ("CEZ's new unit")."""
    joints = lexicon.alternation(lexicon.word_list("subjects", "name_joints"))
    return re.compile(rf"(?:The[^\S\n]+)?(?P<name>[A-ZÀ-Þ][\w&.-]*(?:[^\S\n]+(?:(?:{joints})[^\S\n]+)?"
                      rf"[A-ZÀ-Þ][\w&.-]*)*)(?P<owning>['’]s\b)?")


def body_opener(body: str) -> str:
    """The organisation whose name opens the article's first sentence of prose, as its subject or the subject's owner
    ("CEZ's new nuclear unit will not start ...", "The Lexington-Fayette Urban County Council on Tuesday postponed
    ...", "The Great Plains State University research reactor is expected to restart ..."): the actor of an article
    whose headline names none ("Czech utility says ..."). Only a name the article writes again (its initials
    counting: lexicons/claims.yaml `main_subject_least_mentions`), so a digest's first item is none; "" for a
    country, a person, a speaker's label in capitals, or a word capitalised only as the sentence's opener
    ("Planting, which began ...")."""
    first = _DASH_DATELINE.sub("", _first_sentence(body))
    opening = _opening_name().match(first)
    if not opening:
        return ""
    name = opening.group("name").rstrip(".")
    words = name.split()
    if government(name) or words[0].lower() in vocab("what_drop_determiners") \
            or len(words) == 1 and not opening.group("owning") or len(words) > 1 and name.isupper():
        return ""  # "Vietnam's National Assembly", "In 2019", "CES is always long on concepts", a transcript's
        # "DANA WHITFIELD (HOST):": no organisation
    at = [m for m in classify.find_mentions(first) if m.start <= opening.start("name") < m.end]
    if any(m.kind == "person" for m in at):
        return ""
    if at and at[0].start == opening.start("name") and len(at[0].name) > len(name):
        name, words = at[0].name, at[0].name.split()  # "Australian Communications and Media Authority": past its "and"
    initials = "".join(w[0] for w in words if w[:1].isupper())
    short = SHORT_FORM.match(first, opening.end("name"))  # "(FNC)"
    forms = {name, *([initials] if len(initials) > 1 else []), *([short.group("short")] if short else [])}
    named = sum(len(re.findall(rf"(?<![\w-]){re.escape(f)}(?![\w-])", body)) for f in forms)
    if len(words) > 1:  # "the council", "the university's nuclear engineering department"
        named += len(re.findall(rf"\b[Tt]he[^\S\n]+{re.escape(words[-1].lower())}\b", body))
    return name if named >= int(lexicon.load("claims")["main_subject_least_mentions"]) else ""


def office_holder(text: str, start: int) -> bool:
    """A government office stands right before a name ("Finance Minister Nirmala Sitharaman")."""
    return bool(offices().search(text[max(0, start - 40):start]))


@cache
def _government_offices() -> re.Pattern[str]:
    return rxcache.compile(r"\b(?:" + lexicon.trie(vocab("government_offices"), ignore_case=True) + r")\b", re.I)


def as_government(subject: str, gov: str) -> str:
    """A country named as a claim's subject is its government ("Portugal" -> "Portuguese government"),
    and a bare "Government" or government office ("Prime Minister") the article's own; a bare national service
    ("the Navy": lexicons/subjects.yaml `national_services`) the article's country's ("US Navy"); any other
    subject as it is."""
    if subject.lower() in vocab("place_government_heads") or subject.lower() in vocab("government_offices"):
        return gov or subject  # "Government", "Prime Minister": an office, no name, speaks for its government
    services = lexicon.load("subjects")["national_services"]
    if gov and subject.lower() in services:
        return f"{gov.removesuffix(' government')} {services[subject.lower()]}"
    return government(subject) or subject


def office_government(cand: dict[str, Any], ctx: Context, name: str = "") -> str:
    """The article's government, where the claim's speaker or subject is named by a government office
    ("the prime minister said", "the finance minister told parliament") where it names no one else, or
    ``name``, the person it names, holds one ("Economy minister Katherina Reiche has said"); "" otherwise."""
    if not ctx.government:
        return ""
    for key in ("syn_speaker", "syn_subject"):
        np = cand.get(key) or {}
        if not name and np and _government_offices().search(np["text"]):
            return ctx.government
    at = ctx.text.find(name) if name else -1
    if at > 0 and re.search(_government_offices().pattern + r"[^\S\n]*$", ctx.text[max(0, at - 40):at], re.I):
        return ctx.government
    return ""
