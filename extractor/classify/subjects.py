"""Who a claim is about: the sentence's subject, the article's main subject and the full names, government
bodies, forecasters and news outlets that decide it."""

from __future__ import annotations

import itertools
import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from extractor import entities, lexicon, rxcache
from extractor.classify.mentions import Mention, claim_words, find_mentions


def _governed(lowered: str, start: int, prepositions: frozenset[str]) -> bool:
    """A preposition stands before the name, past any determiners and possessors ("with the SEC", "with
    OpenAI's ChatGPT")."""
    for word in reversed(lowered[max(0, start - 40):start].split()):
        if word not in claim_words("determiners") and not word.endswith(("'s", "’s")):
            return word in prepositions
    return False


def subject_of(text: str, default: str = "", mentions: list[Mention] | None = None, government: str = "") -> str:
    """Who the claim is about: the first organisation (known, or an unknown name acting as one)
    not governed by a preposition ("with the SEC", "from the FDA"); else the article's main subject;
    else the first name. A sentence opening with "The government" (or "The cabinet") is the article's
    ``government``'s, whoever the article is about."""
    mentions = find_mentions(text) if mentions is None else mentions
    lowered = text.lower()
    if government and _opens_with_government(lowered):
        return government
    governed = claim_words("governing_prepositions")
    actors = [m for m in mentions if m.kind in ("org", "unknown") and not _governed(lowered, m.start, governed)]
    if default and _opens_with_self(text, default, actors[0].start if actors else len(text)):
        return default
    if actors:
        return actors[0].name
    if default:
        return default
    return mentions[0].name if mentions else ""


def _opens_with_government(lowered: str) -> bool:
    """The sentence opens with "the government" or "the cabinet" (lexicons/syntax.yaml `government_nouns`), not
    a body's proper name or possessive ("The Ministry of Defence's review")."""
    opening = re.match(r"the[^\S\n]+([a-z]+)\b(?!['’]s|[^\S\n]+of\b)", lowered)
    return bool(opening) and opening.group(1) in lexicon.words("syntax", "government_nouns")


@cache
def _forecaster_patterns() -> tuple[re.Pattern[str], ...]:
    """A firm named with its forecasters: "analysts at Bernstein", "Jefferies analysts", "analysts
    including Wedbush's Dan Ives"; and the forecasters alone, opening the sentence ("Some industry
    analysts are more cautious")."""
    data = lexicon.load("subjects")
    nouns = "|".join(re.escape(n) for n in data["forecaster_nouns"])
    preps = "|".join(re.escape(p) for p in data["forecaster_prepositions"])
    name = r"(?P<name>[A-Z][\w&.'-]*(?:[^\S\n]+(?:&[^\S\n]+)?[A-Z][\w&.'-]*)*)"
    return (rxcache.compile(rf"\b(?i:{nouns})[^\S\n]+(?:{preps})[^\S\n]+(?:the[^\S\n]+)?{name}"),
            rxcache.compile(rf"\b(?i:{nouns})[^\S\n]+including[^\S\n]+{name}['’]s\b"),
            rxcache.compile(rf"{name}[^\S\n]+(?i:{nouns})\b"),
            rxcache.compile(rf"^(?:[A-Za-z-]+[^\S\n]+){{0,3}}?(?P<noun>{nouns})(?![\w'’])", re.I))


def forecaster(text: str, at: int = -1) -> str:
    """The firm whose analysts make the claim, or the forecasters' own noun ("analysts") when no firm
    is named; "" unless they are the sentence's subject: named among its first words, or right
    after a quotation ("...," Stifel analyst Stephen Gengaro wrote), or closing it; or the subject of a
    clause of their own inside the sentence that holds the claim's date at ``at`` (after them)."""
    skip = claim_words("not_names") | claim_words("speaker_titles")
    for pattern in _forecaster_patterns():
        for m in pattern.finditer(text):
            before, after = text[:m.start()], text[m.end():]
            opening = len(before.split()) <= 6 or before.rstrip().endswith(('"', "”"))
            trailing = before.rstrip().endswith(",") and len(after.split()) <= 3  # "..., analysts at Baird said."
            inner = 0 <= m.start() < at and _clause_forecaster(before, after)  # not "Fjordlaks will decide by Q2,
            if not (opening or trailing or inner):  # but Pareto analyst Ingrid Solheim expects ..." for Q2
                continue
            if "noun" in m.groupdict():
                words = m.group(0).split()[:-1]  # "Some industry analysts", not "Tesla beat analysts"
                if all(w.islower() or (i == 0 and w.lower() in STOP_WORDS) for i, w in enumerate(words)):
                    return m.group("noun").lower()
                continue
            name = m.group("name").rstrip(".")
            if name.split()[0].lower() not in skip | STOP_WORDS:  # not "Some analysts"
                return entities.canonical(name)
    return ""


def _clause_forecaster(before: str, after: str) -> bool:
    """The forecasters open a clause of their own inside the sentence (after a comma or a joint: lexicons/subjects.yaml
    `forecaster_clause_joints`) and say or forecast in it, past their own name (`forecaster_verbs`): "...,
    analysts at Bernstein said in a note", "..., while economists at RBC expect", "..., but Pareto analyst Ingrid
    Solheim expects"."""
    data = lexicon.load("subjects")
    joints = "|".join(re.escape(j) for j in data["forecaster_clause_joints"])
    if not re.search(rf"(?:[,;]|[,;][^\S\n]+(?:{joints}))[^\S\n]*$", before):
        return False
    words = after.split()[:4]
    while words and words[0][:1].isupper():  # the analyst's name
        words = words[1:]
    return bool(words) and words[0].strip(",.").lower() in {str(v) for v in data["forecaster_verbs"]}


@cache
def _currencies() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over the currencies of a single country (lexicons/syntax.yaml), and currency -> government."""
    index = {str(c): gov for gov, cs in lexicon.load("syntax")["currency_governments"].items() for c in cs}
    alternation = lexicon.trie(index)
    return rxcache.compile(r"(?<![\w$£])(?:" + alternation + r")(?![A-Za-z])"), index


def currency_government(text: str) -> str:
    """The government whose currency ``text`` counts in most ("₹12.2 lakh crore" -> Indian government),
    for an article that names no country; "" when it uses none."""
    pattern, index = _currencies()
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        counts[index[m.group(0)]] = counts.get(index[m.group(0)], 0) + 1
    return max(sorted(counts), key=lambda g: counts[g]) if counts else ""


@cache
def _country_index() -> dict[str, str]:
    """Country names and adjectives, lower-cased -> government (lexicons/syntax.yaml)."""
    data = lexicon.load("syntax")
    index = {n.lower(): g for g, ns in data["demonyms"].items() for n in ns}
    return index | {n.lower(): g for g, ns in data["governments"].items() for n in ns}


@cache
def _bodies() -> re.Pattern[str]:
    data = lexicon.load("subjects")
    heads = "|".join(sorted({*data["government_bodies"], *(h.lower() for h in data["official_name_heads"])},
                            key=lambda h: (-len(h), h))).replace(" ", r"[^\S\n]+")  # the same in every process
    # "Ministry of Science and ICT", "Department of Housing, Local Government and Heritage": capitals only
    of = r"(?P<of>[^\S\n]+of[^\S\n]+(?-i:[A-Z][\w&]*(?:,?[^\S\n]+(?:(?:and|&)[^\S\n]+(?:the[^\S\n]+)?)?[A-Z][\w&]*)*))?"
    return re.compile(r"(?P<before>(?:[\w'’.-]+[^\S\n]+){0,3}?)(?P<head>" + heads + r")\b" + of, re.I)


def government_body(phrase: str, gov: str, before: str = "") -> str:
    """The government body a noun phrase names, written as its country's adjective, its portfolio and
    its head ("the defence ministry" in a German article -> "German defence ministry", "South Korea's
    transport ministry" -> "South Korean transport ministry", "Thailand's cabinet" -> "Thai cabinet",
    "The Treasury" -> "UK Treasury"); a proper name as written ("the Ministry of Science and ICT").
    "The ministry" alone is the last ministry ``before`` (the article up to the sentence) names; another official
    head (lexicons/subjects.yaml `official_name_heads`) names a body only in a proper name ("the Department of Health").
    ``gov``: the article's government; "" when the phrase names no body or no country is known."""
    m = _bodies().search(phrase)
    if not m:
        return ""
    if m.group("of") and m.group("head")[:1].isupper():  # with the capitals before it: "Communications Authority of"
        named = re.search(r"(?:(?<![\w'’])[A-Z][\w&-]*[^\S\n]+)*$", m.group("before"))
        words = [w for w in named.group(0).split() if w.lower() not in STOP_WORDS] if named else []
        return " ".join([*words, (m.group("head") + m.group("of")).strip()])
    data = lexicon.load("subjects")
    if m.group("head").lower() not in data["government_bodies"]:
        return ""  # "the health department", "a new agency": a body only by its proper name
    words = [w for w in m.group("before").split() if w.lower() not in data["body_skip_words"]]
    index = _country_index()
    owner, portfolio = gov, [w.lower() for w in words]
    for n in range(len(words), 0, -1):  # "South Korea's transport": the country, then the portfolio
        place = re.sub(r"['’]s$", "", " ".join(words[:n])).lower()
        if place in index:
            owner, portfolio = index[place], [w.lower() for w in words[n:]]
            break
    if not owner or any(re.search(r"\W", w) for w in portfolio):
        return ""
    head = " ".join(m.group("head").lower().split())
    if head == "government" and portfolio:
        return ""  # "the state government", "Ontario's provincial government": not the country's
    if head == "ministry" and not portfolio:
        named = [b for b in re.finditer(r"\b([a-z]+)[^\S\n]+[Mm]inistry\b", before)
                 if b.group(1) not in data["body_skip_words"]]
        if not named:
            return ""
        portfolio = [named[-1].group(1)]
    if head == "central bank":
        return "" if portfolio else data["central_banks"].get(owner, "")
    demonym = owner.removesuffix(" government")
    return " ".join([demonym, *portfolio, data["government_bodies"][head]])


def central_bank(headline: str, gov: str) -> str:
    """The central bank a headline opens with as its actor ("Chile's central bank holds rate"), by its own
    name (lexicons/subjects.yaml `central_banks`): the article is the bank's, not its government's; else ""."""
    body = government_body(headline, gov)
    return body if body in lexicon.load("subjects")["central_banks"].values() else ""


@cache
def _outlets() -> frozenset[str]:
    return lexicon.words("subjects", "news_outlets") | {a.lower() for a in lexicon.load("datelines")["agencies"]}


def outlet(name: str, provider: str = "") -> bool:
    """A news outlet (lexicons/subjects.yaml, the wire agencies, the article's own ``provider``): it attributes
    a claim, it does not make one."""
    return name.lower() in _outlets() or bool(provider) and name.lower() == provider.lower()


def _opens_with_self(text: str, main: str, first_actor: int) -> bool:
    """The sentence's subject, before any other actor, is the article's own: its name ("IndiGo
    orders 500 Airbus jets"), a pronoun or a role noun ("The airline now expects ...")."""
    words = text.split()
    if not words:
        return False
    head = words[1] if words[0].lower() == "the" and len(words) > 1 else words[0]
    if head.lower().strip(",") in lexicon.words("syntax", "self_nouns") | lexicon.words("syntax", "org_pronouns"):
        return True
    found = re.search(r"(?<![\w-])" + re.escape(main) + r"(?![\w-])", text)
    return bool(found) and found.start() < first_actor and not _governed(text.lower(), found.start(),
                                                                          claim_words("governing_prepositions"))


def main_subject(texts: list[str], lead: str = "") -> str:
    """The organisation an article is about: ``lead`` (the headline's actor) when given, else the
    title's own subject when it has one (a regulator it merely mentions does not count: "Acme
    expects FDA decision"), else the most mentioned one, never with a person's title after it ("KASA
    Administrator's briefing" is KASA's); a fuller name of it in the article wins ("Corvane" -> "Corvane
    Robotics", "Jio" -> "Reliance Jio")."""
    counts: dict[str, int] = {}
    titles = claim_words("speaker_titles")
    for n, text in enumerate(texts):
        for m in find_mentions(text):
            if m.kind in ("org", "unknown"):
                words = m.name.split()
                while len(words) > 1 and words[-1].lower() in titles:  # "KASA Administrator's briefing": KASA's
                    words = words[:-1]
                name = " ".join(words)
                counts[name] = counts.get(name, 0) + (3 if n == 0 else 1)
    given, lead = lead, lead or (subject_of(texts[0]) if texts and texts[0] else "")
    best = lead if given or lead in counts else max(sorted(counts), key=lambda k: counts[k]) if counts else ""
    words = best.split()
    country = best.lower() in _country_index()  # "Qatar" opens "QatarEnergy"; "Infraestruturas de Portugal" is no
    longer = [name for name in counts if best and len(name) > len(best)  # fuller name of Portugal
              and (_abbreviates(words, name.split()) and not _demonym_led(name, words)
                   or not country and name.split()[-len(words):] == words)]
    mentions = counts.get(best, 0) + sum(counts[name] for name in longer)
    if best != lead and mentions < lexicon.load("claims")["main_subject_least_mentions"]:
        return ""  # a name the body mentions once ("Surat and Bilimora") is no article's subject
    # a name of several words is already what an analyst writes: more words after it are its legal or descriptive
    # tail ("Formosa Semiconductor" of "Formosa Semiconductor Manufacturing Co"); only its cut-short last word
    # is spelled out ("Vardhan Pharma" -> "Vardhan Pharmaceuticals")
    fuller = [name for name in longer if len(words) < 2 or len(name.split()) == len(words)]
    return max(fuller, key=len) if fuller else best


def _demonym_led(name: str, short: list[str]) -> bool:
    """``name`` goes on from ``short`` with another country word ("Australian Competition and Consumer Commission"
    after "Australia"): a body of the country, not a fuller name of it."""
    against = name.split()[len(short) - 1]
    return against != short[-1] and against.lower() in _country_index()


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """``short`` opens ``full``, its last word perhaps cut short ("Vardhan Pharma" of "Vardhan
    Pharmaceuticals", "Reliance" of "Reliance Industries")."""
    if not short or len(full) < len(short) or full[:len(short) - 1] != short[:-1]:
        return False
    last, against = short[-1], full[len(short) - 1]
    return last == against or len(last) >= 4 and against.startswith(last)


def consolidate(name: str, main: str) -> str:
    """A short form of the article's main subject is that subject ("Corvane" for "Corvane Robotics"), and
    so is a name the main subject abbreviates ("Congressional Budget Office" in an article about the CBO); a
    government is no short form of its country's agency ("Norwegian government", "Norwegian Energy Agency")."""
    if not name or not main or name == main or name.split()[-1].lower() in lexicon.words("syntax", "government_nouns"):
        return name
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    spelled = "".join(w[0] for w in main.split() if w[:1].isupper())  # "IGT" for "Indus Gateway Terminals"
    return main if _shortens(name, main) or len(initials) > 1 and initials == main \
        or len(name) > 1 and name.isupper() and name == spelled else name


def _shortens(name: str, main: str) -> bool:
    """``name`` is ``main`` cut short ("Corvane" of "Corvane Robotics", "Vardhan Pharma" of "Vardhan
    Pharmaceuticals"), with its legal form ("Hanwha Group" of "Hanwha") or, for a main name of several words, with
    a descriptive tail ("Sagebrush Mutual Insurance" of "Sagebrush Mutual"); a sister company that only shares the
    first word ("Samsung Display", "Kagura Pictures" in an article about Samsung or Kagura Interactive), or that
    adds to a one-word group name ("Hanwha Ocean" of Hanwha), is a company of its own."""
    legal = {str(s).lower() for s in lexicon.load("claims")["company_suffixes"]}
    words = [w for w in re.sub(r"['’]s$", "", name).split() if w.lower() not in legal]
    full = [w for w in main.split() if w.lower() not in legal]
    if not words or not full or words[0] != full[0]:
        return False
    if len(words) > len(full):
        return len(full) > 1 and words[:len(full)] == full
    return _abbreviates(words, full)


_NAME_WORD = r"(?<![\w.&'’-])[A-ZÀ-ÖØ-ÞĀ-Ž][\w.&'’-]*"


@cache
def _name_stops() -> frozenset[str]:
    """Words that never belong to a full name: titles, descriptors, headline openers (read once, used per claim)."""
    return lexicon.words("subjects", "full_name_stops") | claim_words("speaker_titles") \
        | lexicon.words("subjects", "descriptors") | lexicon.words("subjects", "headline_openers")


def _not_in_name(word: str, stops: frozenset[str]) -> bool:
    """A word next to a short name that does not belong to its full name ("Mumbai-based", "So", "Mr")."""
    bare = word.lower().strip(".")
    return bare in stops or bare in STOP_WORDS or word.endswith(("'s", "’s")) \
        or word.lower().endswith(tuple(claim_words("place_suffixes")))


def _ends_sentence(word: str) -> bool:
    """A full stop after a word that is no abbreviation ("Germany." but not "U.S.")."""
    return word.endswith(".") and "." not in word[:-1]


@cache
def _name_run_before() -> re.Pattern[str]:
    """Capitalised words right before a short name, compiled once."""
    return re.compile(rf"((?:{_NAME_WORD}[^\S\n])+)$")


@cache
def _name_run_after() -> re.Pattern[str]:
    """Capitalised words and name joints ("of") right after a short name, compiled once."""
    joints = lexicon.words("subjects", "name_joints")
    return re.compile(rf"((?:[^\S\n](?:{_NAME_WORD}|(?:{'|'.join(map(re.escape, joints))})(?=[^\S\n][A-Z])))+)")


def full_name(name: str, body: str) -> str:
    """The full name of a short one, as the article spells it out at its first mention ("Macron" after
    "Emmanuel Macron", "Xunfeng" after "Xunfeng Auto"): analysts write the full name. A name the entity
    lexicon knows, a government body, or a first mention that stands alone stays as it is."""
    if not name or not name[0].isupper() or name in entities.load() or name.lower() in _name_stops() \
            or name.split()[-1].lower() in lexicon.load("subjects")["government_bodies"]:
        return name
    first = re.search(rf"(?<![\w.&'’-]){re.escape(name)}(?![\w&'’-])", body)
    if not first:
        return name
    stops, joints = _name_stops(), lexicon.words("subjects", "name_joints")
    left = _name_run_before().search(body[max(0, first.start() - 80):first.start()])
    before: list[str] = []
    for word in reversed(left.group(1).split() if left else []):  # the closest words first
        if _not_in_name(word, stops) or _ends_sentence(word):
            break
        before.insert(0, word)
    right = _name_run_after().match(body[first.end():first.end() + 80])
    after = right.group(1).split() if right else []
    ends = [i for i, word in enumerate(after) if _ends_sentence(word)]
    if ends:  # the run goes on in the next sentence ("by Xunfeng Auto. The plant")
        after = after[:ends[0] + 1]
    if after and after[0].lower() in joints:  # "Army Corps" of "U.S. Army Corps of Engineers", "Federation" of
        run = list(itertools.takewhile(lambda w: w.lower() not in joints, after[1:]))  # "... of Coffee Growers"
        after = after[:1 + len(run)] if len(run) + 1 == len(after) or after[1 + len(run)].lower() not in joints else []
    elif after:  # one word ("Xunfeng Auto"); a longer run, or one with a number, is a product or another
        # name ("Formosa Semiconductor Manufacturing Co", "Nimbus Deck 2")
        model = re.match(r"[^\S\n]+\d", body[first.end() + right.end():]) if right and not ends else None
        after = after if len(after) == 1 and not model else []
    owning = re.sub(r"['’]s$", "", after[-1]) if len(after) == 1 else ""  # "Cascade State University's board"
    if owning != (after[-1] if after else "") and owning.lower() in claim_words("org_words"):
        after = [owning]
    elif after and (_not_in_name(after[-1], stops) or after[-1].lower() in joints):
        after = []
    after = [w.rstrip(".") if _ends_sentence(w) else w for w in after]
    if len(before) > 3:
        return name
    return " ".join([*before, name, *after])
