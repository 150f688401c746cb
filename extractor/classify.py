"""Describe a claim sentence: subject, speaker, short `what`, and category.

Pure functions over strings and lexicons (no spaCy), so each rule is testable on its own.
The blank pipeline has no NER: organisations and people come from the entity gazetteer
(lexicons/entities.yaml) plus one pattern for unknown names: a capitalised name directly before a
cue or reporting verb ("Rivian expects", "Lucid said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache, partial

from spacy.lang.en.stop_words import STOP_WORDS

from extractor import entities, lexicon

# a word of any script ("Nuñez", "São"): letters and digits, with inner $ % ' . & -
WORD = re.compile(r"[^\W_](?:[^\W_]|[$%'’.&-])*(?:[^\W_]|%)|[^\W_]|[$%]")
# a name never runs across a line break: "Ivanhoe Mines\n\nIvanhoe Mines" is a heading and a sentence
CAPNAME = re.compile(
    r"\b((?:[A-Z][A-Za-z0-9&.-]*[A-Za-z0-9]|[A-Z])(?:[^\S\n]+(?:[A-Z][A-Za-z0-9&.-]*[A-Za-z0-9]|[A-Z]\b|\d+\b))*)"
    r"(?:'s|’s)?\s+"
)


# "Tomas Berg -- Chief Executive Officer: ...", "CEO Maya Okafor: ...", "Dana Reyes (CFO): ..."
SPEAKER_LABEL = re.compile(
    r"^(?:[A-Z]{2,5}\s+)?(?P<name>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3})"
    r"(?:\s*(?:--|—|–|,)\s*[A-Za-z ,&.-]{2,60}|\s*\([^)]{2,40}\))?:\s"
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # canonical
    kind: str  # org | person


@cache
def _aliases() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One alternation over every alias of the gazetteer (longest first, so "Tesla Inc" beats
    "Tesla"), and alias -> (canonical name, kind)."""
    index = {alias: (entity.name, entity.kind) for entity in entities.load().values() for alias in entity.aliases}
    alternation = "|".join(re.escape(a) for a in sorted(index, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])"), index


_words = partial(lexicon.words, "claims")


@cache
def _verb_cues() -> frozenset[str]:
    words = {w for key in ("future", "reporting", "reschedule") for w in _words(key) if " " not in w}
    return frozenset(words - _words("non_verb_cues"))


@cache
def _acting_cues() -> frozenset[str]:
    """Words after a name that make it an actor: cues and auxiliaries (built once, not per text)."""
    return _verb_cues() | _words("auxiliaries")


@cache
def _name_skips() -> frozenset[str]:
    """Words that open a capitalised run without belonging to the name ("The", "CFO", "It")."""
    return _words("what_stopwords") | _words("speaker_titles") | _words("pronouns") | _words("not_names") \
        | lexicon.words("subjects", "descriptors")


@cache
def _place_based() -> re.Pattern[str]:
    """A place of up to four words before a suffix ("Abu Dhabi-based "), compiled once."""
    places = tuple(_words("place_suffixes"))
    return re.compile(rf"(?:\S+\s+){{0,3}}?\S+(?:{'|'.join(map(re.escape, places))})\s+(?=\S)", re.I)


PRETRAINED_KINDS = {"ORG": "org", "PERSON": "person"}


def find_mentions(text: str, pretrained: list[tuple[int, int, str]] | None = None) -> list[Mention]:
    """Known entities; then names a pretrained pipeline found, (start, end, label) in ``text``;
    then unknown capitalised names acting in the sentence: right before a cue, reporting verb or
    auxiliary, or opening it in the possessive."""
    found: list[Mention] = []
    taken: set[int] = set()
    pattern, index = _aliases()
    for m in pattern.finditer(text):
        canonical, kind = index[m.group(0)]
        found.append(Mention(m.start(), m.end(), canonical, kind))
        taken.update(range(m.start(), m.end()))
    for start, end, label in pretrained or []:
        if label in PRETRAINED_KINDS and not taken.intersection(range(start, end)):
            found.append(Mention(start, end, entities.canonical(text[start:end]), PRETRAINED_KINDS[label]))
            taken.update(range(start, end))
    for m in (m for pattern in _company_patterns() for m in pattern.finditer(text)):
        start, end = m.span("name")
        if not taken.intersection(range(start, end)) and m.group("name").split()[0].lower() not in _words("not_names") \
                and m.group("name").lower() not in STOP_WORDS:  # "The Company believes": a role noun, no name
            found.append(Mention(start, end, m.group("name"), "org"))
            taken.update(range(start, end))
    cues, skip = _acting_cues(), _name_skips()
    reporting = _words("reporting")
    places = tuple(_words("place_suffixes"))
    for m in CAPNAME.finditer(text):
        short = SHORT_FORM.match(text, m.end(1))  # "The Nigerian Communications Commission (NCC) has told"
        after = _SPACES.match(text, short.end() if short else m.end()).end()  # as lstrip(), without a copy
        space = text.find(" ", after)
        following = text[after:space if space >= 0 else len(text)].lower().strip(",.;:")
        start, name, titled = m.start(1), m.group(1), False
        known = [f for f in found if start <= f.start < m.end(1)]
        if known:  # "Boeing Chief Executive Dave Smith": the rest after the known name
            name = text[known[-1].end:m.end(1)].lstrip()
            start = m.end(1) - len(name)
        based = _place_based().match(name)
        if based:  # "Abu Dhabi-based Sahra Airways": a place of several words before the suffix
            name = name[based.end():]
            start = m.end(1) - len(name)
        while name and (name.split()[0].lower() in skip or name.split()[0].lower().endswith(places)):
            # "The European Commission", "CFO Jane Doe", "Mumbai-based Vardhan Pharmaceuticals"
            head = name.split()[0]
            titled = titled or head.lower() in _words("speaker_titles")
            name = name[len(head):].lstrip()
            start = m.end(1) - len(name)
        if start == 0 and " " not in name and name.endswith("s") and name[1:].islower():
            continue  # "Analysts expect", "Users will": a plural common noun opening the sentence
        if start == 0 and " " not in name and _sentence_opener(text, start, name):
            continue  # "Spending will total", "Excited to announce": capitalised only as the opener
        opening_possessive = m.start(1) == 0 and m.group(0).rstrip().endswith(("'s", "’s"))
        opening_actor = m.start(1) == 0 and (following == "to" or text[m.end(1):].startswith(", the "))
        # "Rivian expects", "Boeing's Starliner will", "Orbis Foods to open", "Albion Grid, the operator,"
        acting = (following in cues or opening_possessive or opening_actor) and not _placed(text, start)
        if not acting or len(name) < 2 or taken.intersection(range(start, m.end(1))):
            continue
        if not (any(ch.islower() for ch in name) or (name.isalpha() and name.isupper())):
            continue  # "Q1 FY26", "H2": labels, not names
        # a name that only reports ("Menon said") is a person; one that plans or promises, an organisation
        org_like = name.split()[-1].lower() in _words("org_words")  # "Avantair Aerospace said"
        person = titled or (following in reporting and following not in _words("future") and not org_like)
        for part_start, part, kind in _split_at_title(start, name, person):
            found.append(Mention(part_start, part_start + len(part), part, kind))
        taken.update(range(start, m.end(1)))
    return sorted((_short_named(text, f) for f in found), key=lambda x: x.start)


def _placed(text: str, start: int) -> bool:
    """The name at ``start`` is a place, not an actor: governed by a preposition of place ("in Yokohama is
    scheduled", "through Bedford will open") or joined by "and"/"or" to a phrase that is ("between Surat
    and Bilimora will open", "flights to Milan and Oslo will resume")."""
    places = lexicon.words("subjects", "place_prepositions")
    before = text[max(0, start - 60):start].lower().replace(",", " ").split()
    if before and before[-1] in places:
        return True
    if not before or before[-1] not in ("and", "or"):
        return False
    for word in reversed(before[-6:-1]):
        if word in places:
            return True
        if word in _words("reporting") or word in _verb_cues() or word in _words("auxiliaries"):
            return False
    return False


_SPACES = re.compile(r"\s*")
# A short form the text gives a name in parentheses right after it: "(NCC)", "(Bundesnetzagentur)"
SHORT_FORM = re.compile(r"[^\S\n]*\((?P<short>[A-Z][A-Za-z0-9&.-]{1,20})\)")


def _short_named(text: str, mention: Mention) -> Mention:
    """An organisation by the short form the text defines for it, its initials ("The Directorate
    General of Civil Aviation (DGCA)" -> DGCA) or a name in another language ("Federal Network
    Agency (Bundesnetzagentur)"): the name the rest of the article uses. A ticker ("Halden
    Semiconductor (HLDN)") is no such name."""
    short = SHORT_FORM.match(text, mention.end)
    if not short or mention.kind == "person":
        return mention
    name = short.group("short")
    initials = "".join(w[0] for w in text[mention.start:mention.end].split() if w[:1].isupper())
    if name.isupper() and not (initials.endswith(name) or len(initials) > 1 and name.endswith(initials)):
        return mention
    return Mention(mention.start, mention.end, name, mention.kind)


@cache
def _company_patterns() -> tuple[re.Pattern[str], ...]:
    """A capitalised name followed by a legal suffix or a stock ticker ("Orbis Foods Inc.",
    "Corvane Robotics (NASDAQ: CRVN)"), or opening the sentence with an appositive, a relative clause or
    a sentence adverb before a verb of saying or planning ("Albion Grid, the FTSE 250 operator, will ...",
    "Crusoe, which is developing the campus, has said", "Archer, meanwhile, said"; not "Rubin Ultra, which
    packs four dies, is slated")."""
    suffixes = "|".join(re.escape(x) for x in sorted(lexicon.load("claims")["company_suffixes"], key=len, reverse=True))
    exchanges = "|".join(re.escape(x) for x in lexicon.load("claims")["exchanges"])
    name = r"(?<![\w-])(?P<name>[A-Z][\w&'-]*(?:[^\S\n]+(?:&[^\S\n]+)?[A-Z][\w&'-]*){0,3})"  # not "7-[Eleven]"
    ticker = rf"\s+\((?:(?:{exchanges})\s*:\s*)?[A-Z]{{1,5}}\)"
    asides = lexicon.word_list("subjects", "opening_asides")
    relatives = "|".join(re.escape(w) for w in asides if not w.endswith(","))  # "which ...,"
    asides = "|".join(re.escape(w) for w in asides if w.endswith(","))  # "meanwhile,"
    verbs = "|".join(re.escape(w) for w in lexicon.word_list("subjects", "aside_verbs"))
    return (re.compile(rf"{name}(?:,?\s+(?:{suffixes})(?!\w)|{ticker})"),
            re.compile(rf"^{name},\s+(?:the|an?)\s"),
            re.compile(rf"^(?:The\s+)?{name},\s+(?:(?:{relatives})\s[^;]*?,|{asides})\s+(?:[a-z]+\s+){{0,2}}?(?:{verbs})\b"))


def _split_at_title(start: int, name: str, titled: bool) -> list[tuple[int, str, str]]:
    """ "NASA Administrator Bill Nelson" -> the organisation "NASA" and the person "Bill Nelson"."""
    words = name.split()
    titles = _words("speaker_titles")
    for i, word in enumerate(words[1:-1], start=1):
        if word.lower() in _words("portfolio_titles"):  # "Railway Minister Ashwini Vaishnaw": no organisation
            person = " ".join(w for w in words[i + 1:] if w.lower() not in titles)
            return [(start + name.rindex(person), person, "person")] if person else []
        if word.lower() in titles:
            j = i
            while j < len(words) - 1 and words[j].lower() in titles:
                j += 1
            org, person = " ".join(words[:i]), " ".join(words[j:])
            return [(start, org, "unknown"), (start + name.index(person, len(org)), person, "person")]
    return [(start, name, "person" if titled else "unknown")]


def _governed(lowered: str, start: int, prepositions: frozenset[str]) -> bool:
    """A preposition stands before the name, past any determiners ("with the SEC")."""
    for word in reversed(lowered[max(0, start - 40):start].split()):
        if word not in _words("determiners"):
            return word in prepositions
    return False


def subject_of(text: str, default: str = "", mentions: list[Mention] | None = None) -> str:
    """Who the claim is about: the first organisation (known, or an unknown name acting as one)
    not governed by a preposition ("with the SEC", "from the FDA"); else the article's main subject;
    else the first name."""
    mentions = find_mentions(text) if mentions is None else mentions
    lowered = text.lower()
    governed = _words("governing_prepositions")
    actors = [m for m in mentions if m.kind in ("org", "unknown") and not _governed(lowered, m.start, governed)]
    if default and _opens_with_self(text, default, actors[0].start if actors else len(text)):
        return default
    if actors:
        return actors[0].name
    if default:
        return default
    return mentions[0].name if mentions else ""


@cache
def _forecaster_patterns() -> tuple[re.Pattern[str], ...]:
    """A firm named with its forecasters: "analysts at Bernstein", "Jefferies analysts", "analysts
    including Wedbush's Dan Ives"; and the forecasters alone, opening the sentence ("Some industry
    analysts are more cautious")."""
    data = lexicon.load("subjects")
    nouns = "|".join(re.escape(n) for n in data["forecaster_nouns"])
    preps = "|".join(re.escape(p) for p in data["forecaster_prepositions"])
    name = r"(?P<name>[A-Z][\w&.'-]*(?:[^\S\n]+(?:&[^\S\n]+)?[A-Z][\w&.'-]*)*)"
    return (re.compile(rf"\b(?i:{nouns})[^\S\n]+(?:{preps})[^\S\n]+{name}"),
            re.compile(rf"\b(?i:{nouns})[^\S\n]+including[^\S\n]+{name}['’]s\b"),
            re.compile(rf"{name}[^\S\n]+(?i:{nouns})\b"),
            re.compile(rf"^(?:[A-Za-z-]+[^\S\n]+){{0,3}}?(?P<noun>{nouns})(?![\w'’])", re.I))


def forecaster(text: str) -> str:
    """The firm whose analysts make the claim, or the forecasters' own noun ("analysts") when no firm
    is named; "" unless they are the sentence's subject: named among its first words, or right
    after a quotation ("...," Stifel analyst Stephen Gengaro wrote), or closing it."""
    skip = _words("not_names") | _words("speaker_titles")
    for pattern in _forecaster_patterns():
        for m in pattern.finditer(text):
            before, after = text[:m.start()], text[m.end():]
            opening = len(before.split()) <= 6 or before.rstrip().endswith(('"', "”"))
            trailing = before.rstrip().endswith(",") and len(after.split()) <= 3  # "..., analysts at Baird said."
            if not (opening or trailing):
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


@cache
def _currencies() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over the currencies of a single country (lexicons/syntax.yaml), and currency -> government."""
    index = {str(c): gov for gov, cs in lexicon.load("syntax")["currency_governments"].items() for c in cs}
    alternation = "|".join(re.escape(c) for c in sorted(index, key=len, reverse=True))
    return re.compile(r"(?<![\w$£])(?:" + alternation + r")(?![A-Za-z])"), index


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
    heads = "|".join(sorted(lexicon.load("subjects")["government_bodies"]))
    of = r"(?P<of>[^\S\n]+of[^\S\n]+[A-Z][\w&]*(?:[^\S\n]+(?:and|&|[A-Z][\w&]*))*)?"  # "Ministry of Science and ICT"
    return re.compile(r"(?P<before>(?:[\w'’.-]+[^\S\n]+){0,3}?)(?P<head>" + heads + r")\b" + of, re.I)


def government_body(phrase: str, gov: str, before: str = "") -> str:
    """The government body a noun phrase names, written as its country's adjective, its portfolio and
    its head ("the defence ministry" in a German article -> "German defence ministry", "South Korea's
    transport ministry" -> "South Korean transport ministry", "Thailand's cabinet" -> "Thai cabinet",
    "The Treasury" -> "UK Treasury"); a proper name as written ("the Ministry of Science and ICT").
    "The ministry" alone is the last ministry ``before`` (the article up to the sentence) names.
    ``gov``: the article's government; "" when the phrase names no body or no country is known."""
    m = _bodies().search(phrase)
    if not m:
        return ""
    if m.group("of") and m.group("head")[:1].isupper():
        return (m.group("head") + m.group("of")).strip()
    data = lexicon.load("subjects")
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
    head = m.group("head").lower()
    if head == "government" and portfolio:
        return ""  # "the state government", "Ontario's provincial government": not the country's
    if head == "ministry" and not portfolio:
        named = [b for b in re.finditer(r"\b([a-z]+)[^\S\n]+[Mm]inistry\b", before)
                 if b.group(1) not in data["body_skip_words"]]
        if not named:
            return ""
        portfolio = [named[-1].group(1)]
    demonym = owner.removesuffix(" government")
    return " ".join([demonym, *portfolio, data["government_bodies"][head]])


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
                                                                          _words("governing_prepositions"))


def main_subject(texts: list[str], lead: str = "") -> str:
    """The organisation an article is about: ``lead`` (the headline's actor) when given, else the
    title's own subject when it has one (a regulator it merely mentions does not count: "Acme
    expects FDA decision"), else the most mentioned one; a fuller name of it in the article wins
    ("Corvane" -> "Corvane Robotics", "Jio" -> "Reliance Jio")."""
    counts: dict[str, int] = {}
    for n, text in enumerate(texts):
        for m in find_mentions(text):
            if m.kind in ("org", "unknown"):
                counts[m.name] = counts.get(m.name, 0) + (3 if n == 0 else 1)
    given, lead = lead, lead or (subject_of(texts[0]) if texts and texts[0] else "")
    best = lead if given or lead in counts else max(sorted(counts), key=lambda k: counts[k]) if counts else ""
    words = best.split()
    longer = [name for name in counts if best and len(name) > len(best)
              and (_abbreviates(words, name.split()) or name.split()[-len(words):] == words)]
    mentions = counts.get(best, 0) + sum(counts[name] for name in longer)
    if best != lead and mentions < lexicon.load("claims")["main_subject_least_mentions"]:
        return ""  # a name the body mentions once ("Surat and Bilimora") is no article's subject
    return max(longer, key=len) if longer else best


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """``short`` opens ``full``, its last word perhaps cut short ("Vardhan Pharma" of "Vardhan
    Pharmaceuticals", "Reliance" of "Reliance Industries")."""
    if not short or len(full) < len(short) or full[:len(short) - 1] != short[:-1]:
        return False
    last, against = short[-1], full[len(short) - 1]
    return last == against or len(last) >= 4 and against.startswith(last)


def consolidate(name: str, main: str) -> str:
    """A short form of the article's main subject is that subject ("Corvane" for "Corvane Robotics")."""
    return main if name and main and name != main and main.split()[0] == name.split()[0] else name


_NAME_WORD = r"(?<![\w.&'’-])[A-ZÀ-ÖØ-ÞĀ-Ž][\w.&'’-]*"


@cache
def _name_stops() -> frozenset[str]:
    """Words that never belong to a full name: titles, descriptors, headline openers (read once, used per claim)."""
    return lexicon.words("subjects", "full_name_stops") | _words("speaker_titles") \
        | lexicon.words("subjects", "descriptors") | lexicon.words("subjects", "headline_openers")


def _not_in_name(word: str, stops: frozenset[str]) -> bool:
    """A word next to a short name that does not belong to its full name ("Mumbai-based", "So", "Mr")."""
    bare = word.lower().strip(".")
    return bare in stops or bare in STOP_WORDS or word.endswith(("'s", "’s")) \
        or word.lower().endswith(tuple(_words("place_suffixes")))


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
    if after and after[0].lower() in joints:  # "Army Corps" of "U.S. Army Corps of Engineers"
        after = after[:2] if len(after) == 2 or after[2].lower() not in joints else []
    elif after:  # one word ("Xunfeng Auto"); a longer run, or one with a number, is a product or another
        # name ("Formosa Semiconductor Manufacturing Co", "Nimbus Deck 2")
        model = re.match(r"[^\S\n]+\d", body[first.end() + right.end():]) if right and not ends else None
        after = after if len(after) == 1 and not model else []
    if after and (_not_in_name(after[-1], stops) or after[-1].lower() in joints):
        after = []
    after = [w.rstrip(".") if _ends_sentence(w) else w for w in after]
    if len(before) > 3:
        return name
    return " ".join([*before, name, *after])


def speaker_of(text: str, reporting: list[tuple[int, int]], last_person: str = "",
               mentions: list[Mention] | None = None) -> str:
    """The entity attributed with the statement: a transcript or live-blog label opening the line
    ("Tomas Berg -- Chief Executive Officer: We expect ..."), else the name next to a reporting verb
    ("Musk said", "said Musk", "according to Reuters"); a pronoun refers to the last named person."""
    label = SPEAKER_LABEL.match(text)
    if label and label.group("name").split()[0].lower() not in _words("not_names"):
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
            if before and before[-1] in _words("pronouns") and last_person:
                best = last_person
    return best


@cache
def _milestones() -> tuple[re.Pattern[str], dict[str, str], list[str]]:
    """Alternation over milestone words, word -> milestone noun, and the nouns' writing order."""
    spec = lexicon.load("claims")["milestones"]
    index = {word.lower(): noun for noun, words in spec.items() for word in words}
    alternation = "|".join(re.escape(w) for w in sorted(index, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])", re.I), index, list(spec)


# "Model S Plaid", "Falcon 9", "iPhone 17"
NAME = re.compile(r"(?:[A-Z]|[a-z][A-Z])[\w&-]*(?:\s+(?:(?:[A-Z]|[a-z][A-Z])[\w&-]*|\d+[\w-]*))*")


def _sentence_opener(text: str, start: int, word: str) -> bool:
    """A capitalised word that is only capitalised because it opens the sentence or a quote
    ("Excited to announce", "If tests go well", "BREAKING"): a stop word, a participle or adverb,
    an abstract noun by its ending, a month."""
    opening = start == 0 or text[:start].rstrip()[-1:] in "\"“‘':—-"
    lw = word.lower()
    common = lw.endswith(tuple(_words("common_noun_endings"))) or lw in lexicon.load("time")["months"]
    return opening and (lw in STOP_WORDS or lw.endswith(("ing", "ed", "ly")) or word.isupper() and len(word) > 4
                        or common)  # "Construction will start", "Profitability is", "June is the deadline"


def _clause(text: str, anchor: int) -> tuple[int, int]:
    clauses = [(m.start(), m.end()) for m in re.finditer(r"[^,;:()“”\"]+", text)]
    chosen = [c for c in clauses if c[0] <= anchor <= c[1]] or clauses[:1]
    return chosen[0] if chosen else (0, len(text))


def short_what(text: str, drop: list[tuple[int, int]], subject: str, limit: int = 7,
               values: list[tuple[int, int]] = ()) -> str:
    """A short description of the milestone: the product names and milestone words of the clause
    around the time expression ("Dojo production start"), else its content words; never the
    subject, time expressions or attribution (``drop``, the first span being the expression) nor
    quantities (``values``), though a quantity's unit may name the milestone ("30 launches")."""
    anchor = drop[0][0] if drop else 0
    lo, hi = _clause(text, anchor)
    kept = [*drop, *values]
    stop = _words("what_stopwords") | _words("future") | _words("reporting") | _words("speaker_titles")
    subject_words = {w.lower() for w in subject.split()}

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in kept)

    name_stop = _words("what_stopwords") | _verb_cues()
    ranked: list[tuple[int, int, str]] = []  # names in the clause first, then the nearest outside it
    for m in NAME.finditer(text):
        words = [w.group(0) for w in re.finditer(r"\S+", m.group(0))
                 if free(m.start() + w.start(), m.start() + w.end())
                 and w.group(0).lower() not in name_stop and w.group(0).lower() not in subject_words]
        before = text[max(0, m.start() - 20):m.start()].lower().split()
        if before and before[-1].strip("(,") in _words("place_and_source_prepositions"):
            continue  # "in Austin", "on Twitter", "per Bloomberg": places and sources, not the milestone
        if text.rfind("(", 0, m.start()) > text.rfind(")", 0, m.start()):
            continue  # "(NASDAQ:TSLA)": an aside
        if words and words[0] == m.group(0).split()[0] and _sentence_opener(text, m.start(), words[0]):
            words = words[1:]
        name = entities.canonical(" ".join(words)) if words else ""
        if name and not (len(name) <= 2 and name.isupper()):
            ranked.append((max(lo - m.end(), m.start() - hi, 0), m.start(), name))
    names = list(dict.fromkeys(name for _, _, name in sorted(ranked)))
    pattern, index, order = _milestones()
    found = {index[m.group(0).lower()] for m in pattern.finditer(text, lo, hi)
             if not any(a < m.end() and m.start() < b for a, b in drop)}
    milestones = [noun for noun in order if noun in found]
    if milestones and names:
        return _dedupe([*names[:2], *milestones])
    words: list[tuple[int, str]] = []
    for m in WORD.finditer(text):
        w = m.group(0)
        lw = w.lower()
        if not free(m.start(), m.end()) or lw in stop or lw in subject_words or lw.rstrip("’'s") in subject_words:
            continue
        if not lw.isdigit():
            words.append((m.start(), w))
    inside = [w for s, w in words if lo <= s <= hi]
    if len(inside) < 2:
        inside = [w for _, w in sorted(words, key=lambda sw: abs(sw[0] - anchor))][:limit]
    return _dedupe([*names[:2], *milestones, *inside], limit)


def _dedupe(parts: list[str], limit: int = 7) -> str:
    """Join the parts' words once each (case-insensitive), at most ``limit`` words."""
    seen: set[str] = set()
    words = []
    for word in " ".join(parts).split():
        if word.lower() not in seen:
            seen.add(word.lower())
            words.append(word)
    return " ".join(words[:limit])


@dataclass(frozen=True)
class _Keyword:
    """A category keyword's pattern, and the lower-cased word it opens with: a window without that word
    (or, for a one-word stem such as "launch*", without a word starting with it) cannot match."""

    category: str
    pattern: re.Pattern[str]
    weight: int
    first: str
    stem: bool


@cache
def _category_patterns() -> list[_Keyword]:
    data = lexicon.load("categories")
    weights = data["weights"]
    out = []
    for name in data["order"]:
        for strength, words in (data["categories"].get(name) or {}).items():
            for word in words:
                body = re.escape(word.rstrip("*")) + (r"\w*" if word.endswith("*") else "")
                first = re.match(r"\w*", word.lower())[0]
                stem = word.endswith("*") and first == word[:-1].lower()
                out.append(_Keyword(name, re.compile(r"(?<!\w)" + body + r"(?!\w)", re.I), weights[strength], first,
                                    stem))
    return out


def category_of(text: str, unit: str = "", anchor: int | None = None) -> str:
    """Guidelines category. The milestone word nearest the time expression (at ``anchor``) in its
    clause decides; else weighted keyword evidence in that clause, else in the sentence; a target's
    unit adds strong evidence."""
    data = lexicon.load("categories")
    lo, hi = _clause(text, anchor) if anchor is not None else (0, len(text))
    if anchor is not None:
        pattern, index, _ = _milestones()
        mapped = [(abs(m.start() - anchor), data["milestone_categories"][index[m.group(0).lower()]])
                  for m in pattern.finditer(text, lo, hi) if index[m.group(0).lower()] in data["milestone_categories"]]
        if mapped:
            return min(mapped)[1]
    for window in (text[lo:hi], text):
        best = _best_category(window, unit)
        if best:
            return best
    return "other"


@cache
def _stem_lengths() -> frozenset[int]:
    return frozenset(len(k.first) for k in _category_patterns() if k.stem)


@lru_cache(maxsize=4096)  # a sentence with several expressions is weighed once
def _best_category(window: str, unit: str) -> str:
    """The category with the most weighted keyword evidence in ``window`` (a target's unit adds
    strong evidence); "" when there is none."""
    data = lexicon.load("categories")
    scores = {name: 0 for name in data["order"]}
    words = set(re.findall(r"\w+", window.lower())) if window.isascii() else None  # else case folding differs
    keywords = _category_patterns()
    if words is not None:
        stems = {w[:n] for w in words for n in _stem_lengths()}
        keywords = [k for k in keywords if not k.first or (k.first in stems if k.stem else k.first in words)]
    for k in keywords:
        scores[k.category] += k.weight * len(k.pattern.findall(window))
    hint = data["units"].get(unit)
    if hint:
        scores[hint] += data["weights"]["strong"]
    best = max(data["order"], key=lambda n: (scores[n], -data["order"].index(n)))
    return best if scores[best] > 0 else ""
