"""Entity mentions in a sentence: known names, a pretrained pipeline's names, and unknown names acting in it.

The blank pipeline has no NER: organisations and people come from the entity gazetteer
(lexicons/entities.yaml) plus one pattern for unknown names: a capitalised name directly before a
cue or reporting verb ("Rivian expects", "Lucid said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache, partial

from spacy.lang.en.stop_words import STOP_WORDS

from extractor import entities, lexicon, rxcache


@cache
def _capname() -> re.Pattern[str]:
    """A run of capitalised words, with the lower-case joints of a name between two of them ("Transport for
    Wales", "Department of National Defence": lexicons/subjects.yaml `name_joints`; not before a label,
    "Capex for FY27"). A name never runs across a line break: "Ivanhoe Mines\n\nIvanhoe Mines" is a
    heading and a sentence. A possessive inside a name runs on before one of its heads ("National Children's
    Hospital": lexicons/subjects.yaml `possessive_name_heads`)."""
    heads = "|".join(re.escape(h.capitalize()) for h in lexicon.word_list("subjects", "possessive_name_heads"))
    owning = rf"(?:['’]s(?=[^\S\n]+(?:{heads})\b))?"
    # "Children's Health Ireland", "Pharmacists' Defence Association": a plural people noun's possessive, then a name
    people = "|".join(re.escape(p.capitalize()) for p in lexicon.word_list("subjects", "name_possessives"))
    plural = rf"(?:(?:{people})|[A-Z][a-z]+s['’])(?=[^\S\n]+[A-Z])"
    word = rf"(?:{plural}|[A-Z][A-Za-z0-9&.-]*[A-Za-z0-9]{owning}|[A-Z])"
    joints = "|".join(re.escape(j) for j in lexicon.word_list("subjects", "name_joints") if j.isalpha())
    joint = rf"(?:(?:{joints})[^\S\n]+(?=[A-Z][a-z]))?"
    more = rf"(?:{plural}|[A-Z][A-Za-z0-9&.-]*[A-Za-z0-9]{owning}|[A-Z]\b|\d+\b)"
    return re.compile(rf"\b({word}(?:[^\S\n]+{joint}{more})*)(?:'s|’s)?\s+")


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
    alternation = lexicon.trie(index)
    return rxcache.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])"), index


claim_words = partial(lexicon.words, "claims")


@cache
def verb_cues() -> frozenset[str]:
    words = {w for key in ("future", "reporting", "reschedule") for w in claim_words(key) if " " not in w}
    return frozenset(words - claim_words("non_verb_cues"))


@cache
def _acting_cues() -> frozenset[str]:
    """Words after a name that make it an actor: cues and auxiliaries (built once, not per text)."""
    return verb_cues() | claim_words("auxiliaries")


@cache
def _name_skips() -> frozenset[str]:
    """Words that open a capitalised run without belonging to the name ("The", "CFO", "It")."""
    return claim_words("what_stopwords") | claim_words("speaker_titles") | claim_words("pronouns") \
        | claim_words("not_names") | lexicon.words("subjects", "descriptors")


@cache
def _place_based() -> re.Pattern[str]:
    """A place of up to four words before a suffix ("Abu Dhabi-based "), compiled once."""
    places = tuple(claim_words("place_suffixes"))
    return re.compile(rf"(?:\S+\s+){{0,3}}?\S+(?:{'|'.join(map(re.escape, places))})\s+(?=\S)", re.I)


PRETRAINED_KINDS = {"ORG": "org", "PERSON": "person"}


REMEMBERED = 1024  # sentences and names whose mentions are kept: a claim's sentence is read again by its
REMEMBERED_CHARS = 1000  # subject, speaker and headline steps; a whole body is read once and not kept


def find_mentions(text: str, pretrained: list[tuple[int, int, str]] | None = None) -> list[Mention]:
    """Known entities; then names a pretrained pipeline found, (start, end, label) in ``text``;
    then unknown capitalised names acting in the sentence: right before a cue, reporting verb or
    auxiliary, or opening it in the possessive. A short text's mentions are found once per process (the
    same sentence or name is asked for by several steps); each call gets a list of its own."""
    if len(text) > REMEMBERED_CHARS:
        return _find_mentions(text, pretrained)
    return list(_remembered(text, tuple(pretrained or ())))


@lru_cache(maxsize=REMEMBERED)
def _remembered(text: str, pretrained: tuple[tuple[int, int, str], ...]) -> tuple[Mention, ...]:
    return tuple(_find_mentions(text, list(pretrained)))


def _find_mentions(text: str, pretrained: list[tuple[int, int, str]] | None = None) -> list[Mention]:
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
        name = m.group("name")
        if _TAIL_OF_NAME.search(text, 0, start):  # "National Federation of Coffee Growers (FNC)": the end of a
            run = _NAME_RUN.search(text, max(0, start - 60), start)  # longer name, which is the organisation's
            words = text[run.start():end].split() if run else []
            heads = lexicon.words("subjects", "possessive_name_heads")
            owners = [i for i, w in enumerate(words[:-1])
                      if w.endswith(("'s", "’s")) and words[i + 1].lower() not in heads]
            words = words[owners[-1] + 1:] if owners else words  # "Chile's National Agency for ...": not the owner
            while len(words) > 1 and words[0].lower() in _name_skips():
                words = words[1:]
            start = text.find(words[0], run.start()) if words else start
            name = text[start:end]
        described = name.split(" ", 1)  # "Rival Tata Consultancy Services, which ...": the name after the descriptor
        if len(described) == 2 and described[0].lower() in lexicon.words("subjects", "descriptors"):
            name, start = described[1].lstrip(), end - len(described[1].lstrip())
        if not taken.intersection(range(start, end)) and name.split()[0].lower() not in claim_words("not_names") \
                and name.lower() not in STOP_WORDS:  # "The Company believes": a role noun, no name
            found.append(Mention(start, end, name, "org"))
            taken.update(range(start, end))
    cues, skip = _acting_cues(), _name_skips()
    reporting = claim_words("reporting")
    places = tuple(claim_words("place_suffixes"))
    covered = 0  # the end of the last official name run on past "and" ("Ministry of Agriculture and Environment")
    for m in _capname().finditer(text):
        if m.start(1) < covered:
            continue
        end = _official_end(text, m)
        covered = end
        short = SHORT_FORM.match(text, end)  # "The Nigerian Communications Commission (NCC) has told"
        after = _SPACES.match(text, short.end() if short else m.end() if end == m.end(1) else end).end()  # lstrip()
        space = text.find(" ", after)
        following = text[after:space if space >= 0 else len(text)].lower().strip(",.;:")
        start, name, titled = m.start(1), text[m.start(1):end], False
        known = [f for f in found if start <= f.start < end]
        if known:  # "Boeing Chief Executive Dave Smith": the rest after the known name
            name = text[known[-1].end:end].lstrip()
            start = end - len(name)
            if name.lower().rstrip(".") in lexicon.words("subjects", "full_name_stops"):
                continue  # "Hanwha Group said": the known name's legal form, no name of its own
        based = _place_based().match(name)
        if based:  # "Abu Dhabi-based Sahra Airways": a place of several words before the suffix
            name = name[based.end():]
            start = end - len(name)
        while name and (name.split()[0].lower() in skip or name.split()[0].lower().endswith(places)):
            # "The European Commission", "CFO Jane Doe", "Mumbai-based Vardhan Pharmaceuticals"
            head = name.split()[0]
            titled = titled or head.lower() in claim_words("speaker_titles")
            name = name[len(head):].lstrip()
            start = end - len(name)
        first = not text[:start].strip(" -*•–·")  # opening the sentence, or a list item ("- Bids are due")
        if first and " " not in name and name.endswith("s") and name[1:].islower():
            continue  # "Analysts expect", "Users will": a plural common noun opening the sentence
        if first and " " not in name and sentence_opener(text, start, name):
            continue  # "Spending will total", "Excited to announce": capitalised only as the opener
        opening_possessive = m.start(1) == 0 and m.group(0).rstrip().endswith(("'s", "’s"))
        opening_actor = m.start(1) == 0 and (following == "to" or text[end:].startswith(", the "))
        # "Rivian expects", "Boeing's Starliner will", "Orbis Foods to open", "Albion Grid, the operator,"
        org_like = bool(name) and (name.split()[-1].lower() in claim_words("org_words")  # "Avantair Aerospace said"
                                   or bool(_official_name().match(name)))  # "Ministry of Trade and Industry says"
        # "The International Maritime Organization agreed": an institution's name opens the sentence before a verb
        opening_body = org_like and " " in name and text[:start].strip() in ("", "The") \
            and text[after:after + 1].islower() and following not in lexicon.words("subjects", "name_joints")
        acting = (following in cues or opening_possessive or opening_actor or opening_body) and not _placed(text, start)
        if not acting or len(name) < 2 or taken.intersection(range(start, end)):
            continue
        if not (any(ch.islower() for ch in name) or (name.isalpha() and name.isupper())):
            continue  # "Q1 FY26", "H2": labels, not names
        # a name that only reports ("Menon said") is a person; one that plans or promises, an organisation, and so
        # is one of several words or capitals whose report goes on with "it" ("Melbourne Water said it would", "SK
        # On said last month it had"; a surname alone may be a chief executive's: "Toriola said it would")
        its = (" " in name or name.isupper()) and _its_report().match(text, after + len(following))
        person = titled or (following in reporting and following not in claim_words("future") and not org_like
                            and not its and not _institution(text, start, name))
        for part_start, part, kind in _split_at_title(start, name, person):
            found.append(Mention(part_start, part_start + len(part), part, kind))
        taken.update(range(start, end))
    return sorted((_short_named(text, f) for f in found), key=lambda x: x.start)


@cache
def _official_name() -> re.Pattern[str]:
    """An official name that lists portfolios after its head and "of", past commas and "and" ("Department of
    Information and Communications Technology", "Ministry of Information, Communications and the Digital Economy",
    "Lagos Chamber of Commerce and Industry": lexicons/subjects.yaml `listing_name_heads`), or that lists them before
    its head ("Australian Communications and Media Authority")."""
    data = lexicon.load("subjects")
    heads = "|".join(map(re.escape, [*data["official_name_heads"], *data["listing_name_heads"]]))
    more = r"[A-Z][A-Za-z0-9&.-]*[A-Za-z0-9]"
    part = rf"{more}(?:[^\S\n]+{more})*"
    after = rf"(?:{heads})[^\S\n]+of[^\S\n]+{part}(?:,[^\S\n]+{part})*,?[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?{part}"
    before = rf"{part}[^\S\n]+and[^\S\n]+(?:{more}[^\S\n]+)*?(?:{heads})"
    return re.compile(rf"(?<![\w-])(?:{after}|{before})(?![\w-])")


def _official_end(text: str, m: re.Match[str]) -> int:
    """Where a capitalised run ends: past the portfolios of an official name it opens ("The Department of
    Children, Equality and Youth"); "and" joins two names anywhere else ("Google and Microsoft")."""
    for word in re.finditer(r"\S+", m.group(1)):
        official = _official_name().match(text, m.start(1) + word.start())
        if official:
            return max(official.end(), m.end(1))
    return m.end(1)


def _institution(text: str, start: int, name: str) -> bool:
    """A name that only reports and is still no person's: an acronym ("ONCF said"), one with the joint of an
    institution's name ("The Royal Commission for Riyadh City said"), one after a noun for an institution ("the
    exporters' association Frutas de Chile said", "rail operator ONCF said"; not after "the" alone: "the Elysee
    said" stands for the president); lexicons/subjects.yaml `institution_joints` and `institution_nouns`, with
    syntax.yaml `self_nouns`); and one of three words or more that opens with a country's name ("Malaysia Rail Link
    said": syntax.yaml `governments`)."""
    if name.isupper() and len(name) > 1 or set(name.lower().split()) & lexicon.words("subjects", "institution_joints"):
        return True
    words = name.split()
    if len(words) >= 3 and words[0].lower() in _countries():
        return True
    before = text[max(0, start - 40):start].split()
    nouns = lexicon.words("subjects", "institution_nouns") | lexicon.words("syntax", "self_nouns")
    return bool(before) and before[-1] in nouns


@cache
def _countries() -> frozenset[str]:
    """Countries' names, lower-cased (lexicons/syntax.yaml `governments`), read once."""
    return frozenset(n.lower() for ns in lexicon.load("syntax")["governments"].values() for n in ns)


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
        if word in claim_words("reporting") or word in verb_cues() or word in claim_words("auxiliaries"):
            return False
    return False


_SPACES = re.compile(r"\s*")
# A capitalised word and a joint right before a name: the name is the end of a longer one ("Federation of").
_TAIL_OF_NAME = re.compile(r"(?<![\w-])[A-Z][\w&'’.-]*[^\S\n]+(?:of|for|and|&)[^\S\n]+$")


@cache
def _its_report() -> re.Pattern[str]:
    """After a reporting verb, within three words: "its", or "it" and a modal or plan (lexicons/claims.yaml
    `its_report_verbs`: "it would", "it had"; not "it was time"), which speak of an organisation."""
    verbs = lexicon.alternation(lexicon.word_list("claims", "its_report_verbs"))
    return re.compile(rf"\W*(?:[a-z]+[^\S\n]+){{0,3}}?(?:its|it[^\S\n]+(?:{verbs}))\b")


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
    full = text[mention.start:mention.end]
    initials = "".join(w[0] for w in full.split() if w[:1].isupper())
    if name.isupper() and not (initials.endswith(name) or len(initials) > 1 and name.endswith(initials)):
        return mention
    run = _NAME_RUN.search(text, max(0, mention.start - 60), mention.start)  # "Directorate General of" before it
    capitals = "".join(c for c in name if c.isupper())  # "TfW" of "Transport for Wales": initials in mixed case
    lettered = name.isupper() or len(name) <= 5 and len(capitals) > 1 and capitals == initials
    if lettered and not _known_by_initials((run.group(0) if run else "") + full):
        return mention  # "Indus Gateway Terminals (IGT)": a company goes by its name
    return Mention(mention.start, mention.end, name, mention.kind)


# The capitalised words and joints right before a name: the rest of a longer name the mention is the end of.
_NAME_RUN = re.compile(r"(?:(?:[A-Z][\w&'’.-]*|of|for|and|de|del|the)[^\S\n]+)*$")


def _known_by_initials(full: str) -> bool:
    """A name an analyst writes by its initials: a public body's ("Directorate General of Civil Aviation", "Japan
    Aerospace Exploration Agency": lexicons/subjects.yaml `initials_heads`) or a registered company's full legal name
    ("Taiwan Semiconductor Manufacturing Co", "Hindustan Aeronautics Ltd"); not a company's trading name ("Meridian
    Box Line", "Ontario Power Generation") nor an institute's ("Synchrotron Light Research Institute")."""
    words = [w.strip(".,").lower() for w in full.split()]
    legal = {str(x).strip(".").lower() for x in lexicon.load("claims")["company_suffixes"]}
    return bool(set(words) & lexicon.words("subjects", "initials_heads")) or bool(words) and words[-1] in legal


@cache
def _company_patterns() -> tuple[re.Pattern[str], ...]:
    """A capitalised name followed by a legal suffix or a stock ticker ("Orbis Foods Inc.",
    "Corvane Robotics (NASDAQ: CRVN)"), or opening the sentence with an appositive, a relative clause or
    a sentence adverb before a verb of saying or planning ("Albion Grid, the FTSE 250 operator, will ...",
    "Crusoe, which is developing the campus, has said", "Archer, meanwhile, said"; not "Rubin Ultra, which
    packs four dies, is slated")."""
    suffixes = lexicon.alternation(lexicon.load("claims")["company_suffixes"])
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
    titles = claim_words("speaker_titles")
    for i, word in enumerate(words[1:-1], start=1):
        if word.lower() in claim_words("portfolio_titles") and not all(w.isupper() for w in words[:i]):
            # "Railway Minister Ashwini Vaishnaw", "Health Secretary X": no organisation ("NATO Secretary General" has)
            person = " ".join(w for w in words[i + 1:] if w.lower() not in titles)
            return [(start + name.rindex(person), person, "person")] if person else []
        if word.lower() in titles:
            j = i
            while j < len(words) - 1 and words[j].lower() in titles:
                j += 1
            org, person = " ".join(words[:i]), " ".join(words[j:])
            return [(start, org, "unknown"), (start + name.index(person, len(org)), person, "person")]
    return [(start, name, "person" if titled else "unknown")]


def sentence_opener(text: str, start: int, word: str) -> bool:
    """A capitalised word that is only capitalised because it opens the sentence or a quote
    ("Excited to announce", "If tests go well", "BREAKING"): a stop word, a participle or adverb,
    an abstract noun by its ending, a month."""
    opening = start == 0 or text[:start].rstrip()[-1:] in "\"“‘':—-"
    lw = word.lower()
    common = lw.endswith(tuple(claim_words("common_noun_endings"))) or lw in lexicon.load("time")["months"]
    return opening and (lw in STOP_WORDS or lw.endswith(("ing", "ed", "ly")) or word.isupper() and len(word) > 4
                        or common)  # "Construction will start", "Profitability is", "June is the deadline"
