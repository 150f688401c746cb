"""Who a claim is about and who said it: the actor a clause's subject, possessor or reporting verb names
(alias lexicon, possessives, pronouns, "the company"), and the article's own actor from its lead."""

from __future__ import annotations

import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from extractor import classify, entities, lexicon
from extractor.syntax.describe.governments import government, office_holder, offices, place_government
from extractor.syntax.describe.shared import Context, span, vocab


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
    reported = _OPENING_PAST.match(last)  # "Bharti Airtel switched on 5G ...": several capitalised words, a past verb
    name = opening[0].name if opening else reported.group("name") if reported and not government(reported["name"]) \
        else ""
    name = classify.consolidate(name, main)
    return name if name != main else ""


# A name of two or more capitalised words opening a sentence, then a verb in the past tense ("Bharti Airtel switched
# on 5G"): find_mentions takes a name only before a cue, and a past verb is none.
_OPENING_PAST = re.compile(r"^(?:The[^\S\n]+)?(?P<name>[A-Z][\w&.'-]*(?:[^\S\n]+[A-Z][\w&.'-]*)+)[^\S\n]+[a-z]+ed\b")


def _person_org(name: str, ctx: Context, start: int = -1) -> str:
    """A person speaks for their government when they hold an office, else for the article's
    actor (Musk in a SpaceX article), else for the organisation the lexicon gives them."""
    if ctx.government and start >= 0 and office_holder(ctx.text, start):
        return ctx.government
    return ctx.main or entities.org_of(name) or name


def _named_actor(np: dict[str, Any], ctx: Context) -> str:
    """The organisation a reporting or framing verb's subject names: the name covering its head,
    or for a person the organisation named in their title ("NextEra Chief Executive John
    Ketchum"); "" for anything else ("The company, which counts Tesla among its customers")."""
    if not np:
        return ""
    h0, h1 = span(np, ctx, "head_")
    s0, _ = span(np, ctx)
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
    h0, h1 = span(np, ctx, "head_")
    s0, s1 = span(np, ctx)
    for m in ctx.mentions:
        if m.start <= h0 and h1 <= m.end or (m.start >= s0 and m.end <= s1 and h0 < m.end and m.start < h1):
            if m.kind == "person":
                return _person_org(m.name, ctx, m.start)
            if government(m.name):
                return government(m.name)
            if m.kind == "org" or agentive or classify.consolidate(m.name, ctx.main) == ctx.main:
                return classify.consolidate(m.name, ctx.main)
    if np["pos"] == "PRON":
        if lemma in vocab("org_pronouns") or text in vocab("org_pronouns"):
            return antecedent or ctx.main
        if lemma in vocab("person_pronouns") or text in vocab("person_pronouns"):
            return _person_org(ctx.last_person, ctx) if ctx.last_person else ctx.main
        return ""
    if place_government(np, ctx.text, ctx.base):
        return place_government(np, ctx.text, ctx.base)
    if lemma in vocab("government_nouns") and ctx.government:
        return ctx.government
    named = [m for m in ctx.mentions if m.start >= s0 and m.end <= s1 and not government(m.name)]
    if lemma in vocab("self_nouns") and not named:  # "Japan's largest drugmaker": the article's company; "the
        previous = ctx.previous if text.startswith("the ") else ""  # company": the one the sentence before opens with
        return antecedent or previous or ctx.main
    described = definite(np["text"], lemma, ctx.before) if not named else ""  # "the council": "Auckland Council"
    if described:
        return described
    if lemma in vocab("generic_actors") or text.split()[-1:] and text.split()[-1] in vocab("generic_actors"):
        return _placed_actors(np["text"], opening=s0 <= 0)
    if np["pos"] == "PROPN" and government(np["text"]):
        return government(np["text"])
    if agentive and np["pos"] == "PROPN":
        return classify.consolidate(entities.canonical(np["text"]), ctx.main)
    return ""


def definite(text: str, lemma: str, before: str) -> str:
    """The one organisation the article has named, up to the sentence, whose name ends in the words of a definite
    description ("the council" -> "Auckland Council", "the port authority" -> "Split Port Authority", "The
    institute" -> "Synchrotron Light Research Institute"; its head in syntax.yaml `definite_org_heads`); "" when
    the article names none or several ("the Finance Ministry" and "the Defence Ministry"), or only by generic words
    ("The City Council": `definite_generic_words`). A head that is a self noun ("the agency", "the board") is the
    article's own organisation, not looked up."""
    words = text.split()
    if len(words) < 2 or words[0].lower() != "the" or lemma not in vocab("definite_org_heads") \
            or any(not w.isalpha() or w[:1].isupper() for w in words[1:]):
        return ""
    tail = r"[^\S\n]+".join(re.escape(w.capitalize()) for w in words[1:])
    joints = lexicon.alternation(lexicon.word_list("subjects", "name_joints"))  # "Federation of Coffee Growers"
    names = {" ".join(w for w in m.group("name").split() if w != "The") for m in re.finditer(
        rf"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’.&-]*[^\S\n]+(?:(?:{joints})[^\S\n]+)?)+{tail})(?![\w-])",
        before)}
    names = {n for n in names if n.split()[0].lower() not in vocab("definite_generic_words")}  # "The City Council"
    return names.pop() if len(names) == 1 else ""


def _placed_actors(text: str, opening: bool) -> str:
    """Generic actors as an analyst writes them: the noun ("analysts", "officials"), with the place or event that
    qualifies it by name ("North Carolina lawmakers", "Brisbane 2032 organisers"); one capitalised word opening the
    sentence may be capitalised only as its opener ("Senior officials"), and a determiner is no name ("Some")."""
    words = text.split()
    qualifier = words[:-1]
    named = bool(qualifier) and all(w[:1].isupper() or w.isdigit() for w in qualifier) \
        and not any(w.lower() in STOP_WORDS or w.lower() in vocab("what_drop_determiners") for w in qualifier) \
        and not (opening and len(qualifier) == 1)
    return " ".join([*qualifier, words[-1].lower()]) if named else words[-1].lower()


def owner(np: dict[str, Any], ctx: Context) -> str:
    """The actor a thing belongs to: a name inside its phrase ("Tesla AI Day", "Amazon's
    Kuiper") or its possessor ("his company's android" -> the company)."""
    if not np:
        return ""
    s0, s1 = span(np, ctx)
    for m in ctx.mentions:
        if s0 <= m.start and m.end <= s1 and m.kind in ("org", "unknown") and not _partnered(ctx.text, s0, m.start):
            name = classify.consolidate(m.name, ctx.main)
            if m.kind == "org" or name == ctx.main:
                return name
    return ""


def _partnered(text: str, s0: int, start: int) -> bool:
    """The name at ``start`` sits in a prepositional modifier of the phrase opening at ``s0`` ("Integration with
    OpenAI's ChatGPT", "orders from Airbus"): a partner, supplier or place of the thing, not its owner; "of"
    (syntax.yaml `owning_prepositions`) still owns it ("the production of Tesla's Cybertruck")."""
    words = [w.strip(",").lower() for w in text[s0:start].split()]
    governing = lexicon.words("claims", "governing_prepositions") - vocab("owning_prepositions")
    return any(w in governing for w in words)


def subject(cand: dict[str, Any], ctx: Context) -> tuple[str, bool]:
    """(subject, whether it is the clause's own grammatical subject): the clause subject when it is
    an actor, else the owner of the thing it names, else who frames it (the subject of "expect",
    "plan" or "say" above it), else ""."""
    clause = cand.get("syn_subject") or {}
    agentive = bool(clause) and clause.get("dep") == "nsubj" and cand.get("syn_verb_lemma") in vocab("framing")
    # "Lyft, which has its own deals, said it aims": "it" is the reporting verb's organisation
    antecedent = _named_actor(cand.get("syn_speaker") or {}, ctx) or _named_actor(cand.get("syn_agent") or {}, ctx) \
        or _reporting_actor(cand, ctx)
    found = actor(clause, ctx, agentive, antecedent)
    if found:  # "Melbourne Water said it would decide": the reporting verb's own name stands for "it", and "the
        # council" the one council the article named
        described = definite(clause["text"], clause["lemma"], ctx.before)
        return (found, True) if found in (antecedent, described) or _trusted(found, ctx) else ("", True)
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
    h0, h1 = span(np, ctx, "head_")
    for m in ctx.mentions:
        if m.start <= h0 and h1 <= m.end and m.kind in ("org", "unknown") and not government(m.name):
            return classify.consolidate(m.name, ctx.main)
    name = ctx.text[span(possessor, ctx)[1]:h1].strip()  # "Brazil's Voare to take": the article's own Voare
    return name if name and (name == ctx.main or name in entities.load()) else ""


def _trusted(name: str, ctx: Context) -> bool:
    """A subject the parse may assert over the rules: the article's own actor or government, the
    organisation the sentence before opens with, a generic actor, or a name the alias lexicon knows; an
    unknown name is left to the rules."""
    return bool(name) and (name in (ctx.main, ctx.government, ctx.previous)
                           or name.split()[-1] in vocab("generic_actors")  # "North Carolina lawmakers" too
                           or name.split()[-1] in vocab("place_government_heads")
                           or name in entities.load() or bool(government(name)))


def speaker(cand: dict[str, Any], ctx: Context) -> str:
    """Who made the statement: a name in the reporting verb's subject (or the "according to"
    source); a pronoun is the last person named."""
    np = cand.get("syn_speaker") or {}
    if not np:
        return ""
    s0, s1 = span(np, ctx)
    names = [m for m in ctx.mentions if s0 <= m.start and m.end <= s1]
    people = [m for m in names if m.kind == "person"]
    if people or names:
        return (people or names)[-1].name
    if np["pos"] == "PRON" and np["lemma"] in vocab("person_pronouns"):
        return ctx.last_person
    if np["pos"] == "PROPN":  # the name up to its head: not an aside after it ("Crusoe, which is developing ...")
        return entities.canonical(ctx.text[s0:span(np, ctx, "head_")[1]].strip(" ,"))
    return ""


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
        return government(fallback) or _regional_government(fallback, text) or fallback
    else:
        s0, s1 = syntax["lead"]
        lead = text[s0:s1]
        h0, h1 = np["head_start"] - s0, np["head_end"] - s0
        mentions = classify.find_mentions(lead)
        held = owner(np, Context(lead, s0, mentions, fallback)) or place_government(np, lead, s0)
        if held:  # "Tesla Cybertruck will arrive": the thing's maker; "Ontario's government promised"
            return _regional_government(held, text) or held  # "Gauteng" of "the Gauteng provincial government"
        name = ""
        for m in mentions:
            if m.start <= h0 and h1 <= m.end:
                name, kind = m.name, m.kind
                break
        else:
            words = [w for w in np["text"].split() if w.lower() not in vocab("what_drop_determiners")]
            proper = np["pos"] == "PROPN" and words
            name, kind = (entities.canonical(" ".join(words)), "unknown") if proper else ("", "")
    if not name:
        return government(fallback) or _regional_government(fallback, text) or fallback
    if government(name):
        return government(name)
    if gov and name.lower() in vocab("government_offices"):  # "Prime Minister's address at ...": no name, an office
        return gov
    regional = _regional_government(name, text)
    if regional:
        return regional  # "Ontario's housing minister" in an article of "Ontario's government"
    last = re.escape(name.split()[-1])
    if gov and re.search("(?i:" + offices().pattern + r")[^\S\n]+(?:[A-Z][\w.'-]*[^\S\n]+){0,3}" + last + r"\b", text):
        return gov
    if kind == "person":
        return fallback or entities.org_of(name)
    return classify.consolidate(name, fallback)


def _regional_government(name: str, text: str) -> str:
    """The government of the place ``name`` as the article writes it: "Ontario's government" or "the Ontario
    government" -> "Ontario government", "the Gauteng provincial government" -> "Gauteng provincial government",
    "the government of Brazil's Goiás state" -> "Goiás government" (lexicons/subjects.yaml
    `regional_government_kinds`); "" when the article names no government of it."""
    heads = "|".join(sorted(vocab("place_government_heads")))
    kinds = lexicon.alternation(lexicon.words("subjects", "regional_government_kinds"))
    place = re.escape(name)
    found = re.search(rf"(?<![\w-]){place}(?:['’]s)?[^\S\n]+(?:(?P<kind>{kinds})[^\S\n]+)?(?:{heads})\b", text)
    if found:
        return f"{name} {found['kind']} government" if found["kind"] else f"{name} government"
    of = re.search(rf"\b(?:{heads})[^\S\n]+of[^\S\n]+(?:[A-Z][\w'’.-]*['’]s[^\S\n]+)?{place}(?![\w-])", text, re.I)
    return f"{name} government" if of else ""
