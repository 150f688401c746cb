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

from extractor import classify, datelines, entities, lexicon, rxcache
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
    previous: str = ""  # the organisation opening the sentence before, in its paragraph: "the company" there


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
    alternation = lexicon.alternation(index)
    return rxcache.compile(r"(?<![\w.])(?:" + alternation + r")(?![\w-])", re.I), index, frozenset(names)


@cache
def _offices() -> re.Pattern[str]:
    return rxcache.compile(r"\b(?:" + lexicon.alternation(_words("offices")) + r")\b", re.I)


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
    if not np or np["lemma"] not in _words("place_government_heads"):
        return ""
    before = text[np["start"] - base:np["head_start"] - base]
    words = [re.sub(r"['’]s$", "", w) for w in before.split()]
    place = " ".join(w for w in words if w[:1].isupper() and w.lower() not in _words("what_drop_determiners"))
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
        words = [w for w in m.group("place").split() if w.lower() not in _words("what_drop_determiners")]
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


def previous_actor(before: str, main: str) -> str:
    """The organisation that opens the sentence before, in the same paragraph, when it is not the
    article's own ("Bharti Airtel switched on 5G in eight cities." before "Chairman Sunil Mittal said
    the company would ..."): the company a following "the company" or "it" names; "" otherwise."""
    paragraph = re.split(r"\n\s*\n", before)[-1]
    sentences = [x for x in re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z\"“])", paragraph.strip()) if x]
    if not sentences:
        return ""
    last = sentences[-1]
    opening = [m for m in classify.find_mentions(last) if m.kind in ("org", "unknown") and m.start <= 4
               and not government(m.name)]
    name = classify.consolidate(opening[0].name, main) if opening else ""
    return name if name != main else ""


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


def _office_holder(text: str, start: int) -> bool:
    """A government office stands right before a name ("Finance Minister Nirmala Sitharaman")."""
    return bool(_offices().search(text[max(0, start - 40):start]))


@cache
def _government_offices() -> re.Pattern[str]:
    return rxcache.compile(r"\b(?:" + lexicon.alternation(_words("government_offices")) + r")\b", re.I)


def as_government(subject: str, gov: str) -> str:
    """A country named as a claim's subject is its government ("Portugal" -> "Portuguese government"),
    and a bare "Government" or government office ("Prime Minister") the article's own; any other subject as it is."""
    if subject.lower() in _words("place_government_heads") or subject.lower() in _words("government_offices"):
        return gov or subject  # "Government", "Prime Minister": an office, no name, speaks for its government
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


def _person_org(name: str, ctx: Context, start: int = -1) -> str:
    """A person speaks for their government when they hold an office, else for the article's
    actor (Musk in a SpaceX article), else for the organisation the lexicon gives them."""
    if ctx.government and start >= 0 and _office_holder(ctx.text, start):
        return ctx.government
    return ctx.main or entities.org_of(name) or name


def _named_actor(np: dict[str, Any], ctx: Context) -> str:
    """The organisation a reporting or framing verb's subject names: the name covering its head,
    or for a person the organisation named in their title ("NextEra Chief Executive John
    Ketchum"); "" for anything else ("The company, which counts Tesla among its customers")."""
    if not np:
        return ""
    h0, h1 = _local(np, ctx, "head_")
    s0, _ = _local(np, ctx)
    for m in ctx.mentions:
        if m.start <= h0 and h1 <= m.end:
            if m.kind == "person":
                titled = [o for o in ctx.mentions if s0 <= o.start and o.end <= m.start and o.kind != "person"]
                return titled[0].name if titled and not government(titled[0].name) else ""
            return "" if government(m.name) else classify.consolidate(m.name, ctx.main)
    return ""


def _reporting_actor(cand: dict[str, Any], ctx: Context) -> str:
    """Where the parse names no reporting subject: the organisation opening the sentence (or its
    main clause, after a comma) before a reporting verb ("Lyft, which has its own deals, said")."""
    starts = [a - ctx.base for a, _ in cand.get("reporting") or []]
    for m in ctx.mentions:
        opening = m.start == 0 or ctx.text[:m.start].rstrip().endswith(",")
        if opening and m.kind in ("org", "unknown") and any(m.end <= a for a in starts) and not government(m.name):
            return classify.consolidate(m.name, ctx.main)
    return ""


def actor(np: dict[str, Any], ctx: Context, agentive: bool = False, antecedent: str = "") -> str:
    """Who a noun phrase names, when it names an actor: a name whose span covers the phrase's head
    (a person stands for their organisation), a pronoun or "the company" (the article's subject,
    or the last person's; ``antecedent``, the organisation the sentence's reporting verb names,
    before the article's), a generic actor ("analysts"); "" for a thing ("Dojo production").
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
            return antecedent or ctx.main
        if lemma in _words("person_pronouns") or text in _words("person_pronouns"):
            return _person_org(ctx.last_person, ctx) if ctx.last_person else ctx.main
        return ""
    if place_government(np, ctx.text, ctx.base):
        return place_government(np, ctx.text, ctx.base)
    if lemma in _words("government_nouns") and ctx.government:
        return ctx.government
    named = [m for m in ctx.mentions if m.start >= s0 and m.end <= s1 and not government(m.name)]
    if lemma in _words("self_nouns") and not named:  # "Japan's largest drugmaker": the article's company; "the
        previous = ctx.previous if text.startswith("the ") else ""  # company": the one the sentence before opens with
        return antecedent or previous or ctx.main
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
    # "Lyft, which has its own deals, said it aims": "it" is the reporting verb's organisation
    antecedent = _named_actor(cand.get("syn_speaker") or {}, ctx) or _named_actor(cand.get("syn_agent") or {}, ctx) \
        or _reporting_actor(cand, ctx)
    found = actor(clause, ctx, agentive, antecedent)
    if found:  # "Melbourne Water said it would decide": the reporting verb's own name stands for "it"
        return (found, True) if found == antecedent or _trusted(found, ctx) else ("", True)
    found = _country_owned(clause, cand.get("syn_possessor") or {}, ctx)
    if found:
        return found, True
    found = actor(cand.get("syn_possessor") or {}, ctx) or owner(clause, ctx)
    if found:
        return (found, False) if _trusted(found, ctx) else ("", False)
    agent = cand.get("syn_agent") or {}
    found = actor(agent, ctx, agentive=agent.get("dep") == "nsubj")
    return (found if _trusted(found, ctx) else ""), False


def _country_owned(np: dict[str, Any], possessor: dict[str, Any], ctx: Context) -> str:
    """The name a country's possessive qualifies ("Germany's Isar Aerospace aims", "Brazil's space agency
    AEB expects"): the named organisation acts, not the country's government; "" when the phrase's head
    is no name, or its possessor no country."""
    if not np or np.get("pos") != "PROPN" or not possessor:
        return ""
    if not government(re.sub(r"['’]s$", "", possessor["text"]).strip()):
        return ""
    h0, h1 = _local(np, ctx, "head_")
    for m in ctx.mentions:
        if m.start <= h0 and h1 <= m.end and m.kind in ("org", "unknown") and not government(m.name):
            return classify.consolidate(m.name, ctx.main)
    name = ctx.text[_local(possessor, ctx)[1]:h1].strip()  # "Brazil's Voare to take": the article's own Voare
    return name if name and (name == ctx.main or name in entities.load()) else ""


def _trusted(name: str, ctx: Context) -> bool:
    """A subject the parse may assert over the rules: the article's own actor or government, the
    organisation the sentence before opens with, a generic actor, or a name the alias lexicon knows; an
    unknown name is left to the rules."""
    return bool(name) and (name in (ctx.main, ctx.government, ctx.previous) or name in _words("generic_actors")
                           or name.split()[-1] in _words("place_government_heads")
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
    if np["pos"] == "PROPN":  # the name up to its head: not an aside after it ("Crusoe, which is developing ...")
        return entities.canonical(ctx.text[s0:_local(np, ctx, "head_")[1]].strip(" ,"))
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


def _names_actor(np: dict[str, Any]) -> bool:
    """A subject phrase that names who acts, not what happens: a pronoun, "the company", "analysts"."""
    return bool(np) and (np["pos"] == "PRON" or np["lemma"] in _words("self_nouns")
                         or np["lemma"] in _words("generic_actors"))


@cache
def _list_marker() -> re.Pattern[str]:
    """A list item's leading marker ("-", "2/", "3)"), compiled once rather than on every phrase."""
    return rxcache.compile(lexicon.load("syntax")["what_list_marker"])


@cache
def _nominal(key: str = "what_nominal") -> dict[str, str]:
    """Verb lemma -> the noun an analyst writes for it (lexicons/syntax.yaml ``key``: `what_nominal`, or
    `what_passive_nominal` for its passive; `what_spelled_out`: a shorthand -> the words it stands for)."""
    return {str(k).lower(): str(v) for k, v in (lexicon.load("syntax").get(key) or {}).items()}


def _light(verb: str, words: list[str]) -> str:
    """The light verb (or verb and particle, "take place") that ``words`` open with, which says only
    that the thing it follows happens ("the decision comes", "the meeting takes place"); else ""."""
    for phrase in sorted(_words("what_light_verbs"), key=len, reverse=True):
        head, *more = phrase.split()
        if head == verb and [w.lower() for w in words[1:1 + len(more)]] == more:
            return phrase
    return ""


def _agent_name(cand: dict[str, Any], verb: str) -> bool:
    """A name that does something to an object ("Brisbane organisers present the venue plan", "the
    CBO raises its forecast") is an actor the lexicon does not know, not the milestone's thing."""
    np = cand.get("syn_subject") or {}
    return bool(verb) and np.get("pos") == "PROPN" and bool(cand.get("syn_transitive")) \
        and not cand.get("syn_passive") and np.get("dep") == "nsubj" and cand.get("syn_verb_lemma") == verb \
        and verb not in _words("what_thing_verbs")


def _nominal_subject(cand: dict[str, Any], verb: str) -> bool:
    """The clause's own verb (not a phase verb before another: "shares begin trading") with a subject
    that is a place or thing, not a period that opens ("the launch window opens", "pre-orders open")."""
    np = cand.get("syn_subject") or {}
    periods = _words("what_verb_subjects")  # "the first phase of ticket sales opens": a period of sales
    return cand.get("syn_verb_lemma") == verb and not cand.get("syn_verb_clause") \
        and np.get("lemma", "") not in periods and not periods & set(cand.get("syn_subject_mods") or ())


@cache
def _frame_lemmas() -> frozenset[str]:
    return _words("reporting") | _words("framing") | _words("what_headline_verbs")


@cache
def _headline_verbs() -> frozenset[str]:
    """Third-person forms of the verbs that frame a milestone in a headline ("targets", "eyes",
    "delays", "teases"): what precedes one in a phrase is its actor, what follows the milestone."""
    lemmas = _words("reporting") | _words("framing") | _words("what_headline_verbs")
    return frozenset(w + ("es" if w.endswith(("s", "sh", "ch", "x", "z")) else "s") for w in lemmas if " " not in w)


def _headline_clause(words: list[str], headline: str, date: str) -> list[str]:
    """``words`` of a headline's phrase kept to the clause holding the date: a headline joins its clauses
    with commas, semicolons or "as" ("Hanul to begin HBM4 output in Q3, invest 20 trillion won this year"), and
    the parser may hang the date on the other clause's verb. Words the headline does not hold (the analyst's
    nouns, "opening") stay; ``words`` as they were when fewer than two content words of the clause would."""
    links = "|".join(rf"\b{w}\b" if w.isalpha() else re.escape(w)
                     for w in lexicon.word_list("syntax", "what_headline_links"))
    clauses = re.split(rf"\s*(?:{links})\s+", headline)
    clause = next((c for c in clauses if date and date in c), "")
    if len(clauses) < 2 or not clause:
        return words
    tokens = {t.lower() for t in re.findall(r"[\w$%.'’&+-]+", clause)}
    everywhere = {t.lower() for t in re.findall(r"[\w$%.'’&+-]+", headline)}
    kept = [w for w in words if w.strip(",").lower() in tokens or w.strip(",").lower() not in everywhere]
    stop = lexicon.words("claims", "what_stopwords")
    return kept if sum(1 for w in kept if w.strip(",").lower() in tokens and w.lower() not in stop) >= 2 else words


def what(cand: dict[str, Any], own_subject: bool, names: list[str], headline: tuple[str, str] = ("", "")) -> str:
    """The milestone as a phrase: the verb (as a lemma) and its object when the clause's subject is
    the actor ("spend about $10 billion on AI training"), else the thing first ("compute hits 100
    exaflops", "Dojo production start"); without the words of ``names`` (subject, people) outside
    that thing, nor function words at its edges. "" when the parse leaves too few content words to
    name a milestone ("hold" for "hold an 'AI Day'" misparsed): the rules' description is then the
    better guess. ``headline``: (the line, the date's text) when the claim is a headline's."""
    parts = cand.get("syn_what") or []
    if len(parts) != 4:
        return ""
    thing, verb, rest, number = parts
    drop = {w.lower() for name in names for w in name.split() if not w.islower()}  # "government" stays
    words = [w for w in f"{verb} {rest}".split() if w.lower().rstrip("'’s") not in drop and w.lower() not in drop]
    if not (own_subject or not thing or _names_actor(cand.get("syn_subject") or {}) or _agent_name(cand, verb)):
        if words and verb and cand.get("syn_verb_pos") != "ADJ":  # "split effective" stays as written
            if cand.get("syn_passive") and _nominal("what_passive_nominal").get(verb):  # "the dividend will be paid"
                rest = words[1:]
                if rest and rest[0].lower() in _words("what_particles"):
                    rest = rest[1:]  # "to be paid out": the payment
                words = [*rest, _nominal("what_passive_nominal")[verb]]  # "final dividend payment"
            elif cand.get("syn_passive"):  # "new facilities completed", as an analyst writes a passive
                words[0] = cand.get("syn_verb", verb)
            elif _nominal().get(verb) and _nominal_subject(cand, verb):  # "Arizona fab opens": "Arizona fab opening"
                noun = _nominal()[verb]
                words = words[1:] if noun in thing.lower().split() else [noun, *words[1:]]
            elif _light(verb, words) and cand.get("syn_verb_lemma") == verb and len(thing.split()) > 1:
                words = words[len(_light(verb, words).split()):]  # "the public beta comes": the public beta
            elif cand.get("syn_bare_participle"):  # "New roof lighting installed": no finite verb to conjugate
                words[0] = cand.get("syn_verb", verb)
            elif number == "singular":
                words[0] = _third_person(verb)
        words = thing.split() + words  # a thing keeps its name: "Giga Berlin starts production"
    if len(words) > 2 and verb and words[0] == verb and cand.get("syn_verb_pos") == "VERB" \
            and (verb in _frame_lemmas() or verb in _words("what_light_objects")):
        words = words[1:]  # "confirm a developer showcase", "push back the launch", "reach 600 stores": the milestone
    if words and words[-1].lower() in _headline_verbs():
        words.pop()  # "sales growth of 3% to 4%, announces [a stock split]"
    cut = [i for i, w in enumerate(words) if w.strip(",").lower() in _headline_verbs()]
    if cut:  # "Tesla AI account teases start of Dojo production": a verb the tagger took for a noun
        words = words[cut[-1] + 1:]
    if headline[0]:
        words = _headline_clause(words, *headline)
    data = lexicon.load("syntax")
    edges = _words("what_edge_words")
    marker = _list_marker()
    while words and marker.match(words[0]):
        words.pop(0)  # "2/ New roof lighting installed": the item's marker is layout
    words = [w for w in words[:int(data["what_max_words"])] if w != ","]
    while words and words[0].lower() in edges:
        words.pop(0)
    while words and words[-1].strip(",").lower() in edges:
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(",")
    if words and words[-1].lower() in _nominal("what_spelled_out"):  # the head noun, not a modifier ("capex budget")
        words[-1:] = _nominal("what_spelled_out")[words[-1].lower()].split()
    content = [w for w in words if w.lower() not in lexicon.words("claims", "what_stopwords")]
    return " ".join(words) if len(content) >= int(data["what_min_words"]) else ""


def category(cand: dict[str, Any], unit: str, own_subject: bool, by_words: str = "", sentence: str = "") -> str:
    """The category the clause's verb, object, thing-subject and unit speak for ("" when none);
    an actor as subject (``own_subject``) names no milestone; ``by_words``: the sentence's keyword
    category, which only chooses what a money target is; ``sentence``: whether it names a regulator."""
    return syntax_category.category(syntax_category.Clause.of(cand, unit, own_subject, sentence), by_words)


def lead_actor(syntax: dict[str, Any] | None, text: str, fallback: str, gov: str = "", headline: str = "") -> str:
    """The article's own actor from its lead sentence's grammatical subject ("IndiGo orders 500
    Airbus jets" is about IndiGo, not Airbus), when that subject is a name, or from the name that
    opens the ``headline`` (extractor.headline), which reads telegraphic headlines better than the
    parse; a country, or a person who holds an office in the article of a country (``gov``), is
    that country's government; else ``fallback``."""
    np = (syntax or {}).get("lead_subject") or {}
    if headline:
        entity = entities.load().get(headline)
        name, kind = headline, entity.kind if entity else "unknown"
    elif not np:
        return government(fallback) or fallback
    else:
        s0, s1 = syntax["lead"]
        lead = text[s0:s1]
        h0, h1 = np["head_start"] - s0, np["head_end"] - s0
        mentions = classify.find_mentions(lead)
        held = owner(np, Context(lead, s0, mentions, fallback)) or place_government(np, lead, s0)
        if held:  # "Tesla Cybertruck will arrive": the thing's maker; "Ontario's government promised"
            return held
        name = ""
        for m in mentions:
            if m.start <= h0 and h1 <= m.end:
                name, kind = m.name, m.kind
                break
        else:
            words = [w for w in np["text"].split() if w.lower() not in _words("what_drop_determiners")]
            proper = np["pos"] == "PROPN" and words
            name, kind = (entities.canonical(" ".join(words)), "unknown") if proper else ("", "")
    if not name:
        return government(fallback) or fallback
    if government(name):
        return government(name)
    if gov and name.lower() in _words("government_offices"):  # "Prime Minister's address at ...": no name, an office
        return gov
    heads = "|".join(sorted(_words("place_government_heads")))
    if re.search(rf"(?<![\w-]){re.escape(name)}(?:['’]s)?[^\S\n]+(?:{heads})\b", text):
        return f"{name} government"  # "Ontario's housing minister" in an article of "Ontario's government"
    last = re.escape(name.split()[-1])
    if gov and re.search("(?i:" + _offices().pattern + r")[^\S\n]+(?:[A-Z][\w.'-]*[^\S\n]+){0,3}" + last + r"\b", text):
        return gov
    if kind == "person":
        return fallback or entities.org_of(name)
    return classify.consolidate(name, fallback)
