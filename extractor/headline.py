"""The actor a headline is about: the name that opens it, acting ("IndiGo orders 500 Airbus jets",
"Qatar to lift LNG capacity", "Samsung's Galaxy S24 puts AI at the center").

A headline names its actor first far more reliably than a count of mentions does: a story about an
airline ordering jets names the planemaker more often than the airline. Headline grammar is
telegraphic (no articles, present tense, "to" for the future), which trips a parser trained on
full sentences, so this is read by pattern, not from the parse.
"""

from __future__ import annotations

import re
from functools import cache, partial

from spacy.lang.en.stop_words import STOP_WORDS

from extractor import classify, entities, lexicon

_words = partial(lexicon.words, "subjects")
_WORD = re.compile(r"[A-Za-z0-9][\w&.'’-]*|&")  # "&" on its own joins a name: "Hallam & Reed"
# A leading label before the headline proper: "BREAKING:", "EXCLUSIVE-", "Update 2 -"
_LABEL = re.compile(r"^(?:[A-Z][A-Za-z&]*(?:\s+\d+)?\s*[:|-]\s+)(?=\S)")  # also "Q&A:"


@cache
def _wire_label() -> re.Pattern[str]:
    """A label in capitals the headline opens with, that _LABEL does not take: a wire service's glued to the
    headline by a hyphen ("FACTBOX-Where Hsinwei ...", "EXCLUSIVE-Acme to ..."), or of several words ending in a
    label word ("ASX ANNOUNCEMENT:", "MEDIA RELEASE -": lexicons/subjects.yaml `headline_label_words`)."""
    words = "|".join(re.escape(w.upper()) for w in _words("headline_label_words"))
    glued = r"[A-Z]{2,}(?:[^\S\n]+\d+)?-(?=[A-Z])"
    return re.compile(rf"^(?:{glued}|(?:[A-Z][A-Z&]*[^\S\n]+)+(?:{words})[^\S\n]*[:|-][^\S\n]+)")


@cache
def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1].islower() and any(ch.isupper() for ch in word[1:]))  # "xAI", "iPhone"


def _opening_name(title: str) -> tuple[str, str, bool]:
    """(name, the word after it, whether the name is possessive): the run of capitalised words that
    opens ``title``, with "of" / "&" inside it ("Bank of England")."""
    words = [(m.group(0), m.end()) for m in _WORD.finditer(title)]
    taken: list[str] = []
    i = 0
    verbs = _words("headline_verbs") | lexicon.words("claims", "future") | lexicon.words("claims", "reporting")
    while i < len(words):
        word = words[i][0]
        if taken and word.lower() in verbs:  # Title Case: "Corvane Robotics Announces ..."
            return _ended(title, taken, words[i - 1][1], title[words[i - 1][1]:].lstrip().lower())
        numbered = taken and word[:1].isdigit() and not title[words[i - 1][1]:].startswith(",")  # "Falcon 9"
        joint = taken and word.lower() in _words("name_joints") and i + 1 < len(words) \
            and (_capitalised(words[i + 1][0]) or word == "&" and len(words[i + 1][0]) == 1)
        after_and = taken and taken[-1] == "&" and len(word) == 1  # "Seven & i Holdings"
        if not (_capitalised(word) or numbered or joint or after_and):
            break
        taken.append(word)
        end = words[i][1]
        i += 1
        if end < len(title) and (title[end] in ",:;|(" or title[end:].lstrip()[:1] == "(") \
                or word.endswith(("'s", "’s", "s'", "s’")):
            break  # a name ends at a comma ("GM, Stellantis reshuffle"), an aside or a possessive ("Samsung's Galaxy",
            # "Lagoon Pictures' slate")
    if not taken:
        return "", "", False
    return _ended(title, taken, words[i - 1][1], title[words[i - 1][1]:].lstrip(" ,"))


def _ended(title: str, taken: list[str], end: int, following: str) -> tuple[str, str, bool]:
    """The name of ``taken`` words, what follows it and whether it is possessive; a name with a
    title in it is its organisation ("Meridian Therapeutics CEO Ana Salgado on ...")."""
    name = " ".join(taken)
    possessive = name.endswith(("'s", "’s", "s'", "s’"))
    name = re.sub(r"['’]s$|(?<=s)['’]$", "", name)
    titles = lexicon.words("claims", "speaker_titles")
    cut = next((n for n, w in enumerate(taken) if n and re.sub(r"['’]s$", "", w.lower()) in titles), 0)  # "CEO's"
    if cut and name.lower() in lexicon.words("syntax", "offices"):
        return name, following, possessive  # "Prime Minister's address": an office, no organisation before it
    if cut:
        return " ".join(taken[:cut]), "", True
    return name, following, possessive


def _acting(following: str, listed: bool) -> bool:
    """The word after the opening name makes it the subject of a headline verb: "orders", "to",
    "will"; after a list of names ("OpenAI, SoftBank and Oracle unveil") any lower-case word."""
    parts = following.split(" ", 1)
    if len(parts) == 2 and parts[0].lower() in _words("headline_adverbs"):  # "Vinh An Motors again delays ..."
        following = parts[1]
    word = following.split(" ", 1)[0].lower().strip(",.;:")
    if not word or not word[:1].isalpha() or not following[:1].islower():
        return False
    verb_s = word.endswith("s") and (not word.endswith("ss") or word.endswith("sses"))  # "passes", not "business"
    return listed or word in _words("headline_verbs") or verb_s


def unlabelled(title: str) -> str:
    """The headline without a leading label ("BREAKING:", "FACTBOX-", "ASX ANNOUNCEMENT:")."""
    return " ".join(_LABEL.sub("", _wire_label().sub("", title.strip())).split())


def _headline_proper(title: str) -> str:
    """The headline without a leading label ("BREAKING:") or describing words before its name ("Battery startup")."""
    title = unlabelled(title)
    nouns = lexicon.words("syntax", "self_nouns")
    for described in re.finditer(r"\b([a-z-]+)\s+(?=[A-Z])", " ".join(title.split()[:5])):  # "Battery startup
        if described.group(1) in nouns:  # Voltaic Cells", "Chinese EV maker Xunfeng", "Swedish fintech Klarvik"
            return title[described.end():]
    return title


# What follows a name that labels the headline's topic: an aside ("(NORDV.CO)"), at most two lower-case
# words before a colon ("budget:", "event live:") or nothing before a spaced dash, then the headline proper.
_TOPIC = re.compile(r"^(?:\([^)]{1,24}\)\s*)?(?:(?:(?:[a-z][\w-]*\s+)?[a-z][\w-]*)?\s*:|\s*[-–—|]\s)"
                    r"\s*(?P<rest>\S.*)$")
_TO_VERB = re.compile(r"\s*to\s+[a-z][a-z-]*\b")
# a reporting verb, a noun phrase, then "to" and a verb ("says deliveries to pick up")
_REPORTED = re.compile(r"\s+(?P<verb>[a-z]+)\s+(?:[\w'’.-]+\s+){1,5}?to\s+[a-z][a-z-]*\b")


def plans_ahead(title: str) -> bool:
    """The headline's grammar is the future of a named actor: "Southern Cross to fly Perth-Paris from June"
    (the name, then "to" and a lower-case verb; not "Exports to China fell"), so its times are read forward
    as a sentence's after "will"."""
    title = _headline_proper(title)
    name, _, _ = _opening_name(title)
    if not name or not title.startswith(name):
        return False
    reported = _REPORTED.match(title, len(name))  # "HAL says Tejas deliveries to pick up from April"
    return bool(_TO_VERB.match(title, len(name))) or bool(
        reported and reported["verb"].lower() in _words("headline_reporting_verbs"))


def subject(title: str, body: str = "", provider: str = "") -> str:
    """The headline's actor, canonical, or "" when the headline does not open with one acting.
    An unknown name counts only when ``body`` writes it capitalised inside a sentence too, or it is the article's
    ``provider`` ("City of Marlow Heights adopts ..." on the city's own site), so an opening common noun
    ("Inflation to rise") is not taken for a name."""
    issuer = _issuer(title, body) if _letterhead(title) else ""
    if issuer:
        return issuer
    title = _headline_proper(title)
    name, following, possessive = _opening_name(title)
    if not name or name.split()[0].lower() in _words("headline_openers"):
        return ""
    if _budget_of(following, name, body) and name not in entities.load() and not classify.find_mentions(name):
        return name if _country(name) else f"{name} government"  # "NSW budget 2026-27:": the place's government
    labelled = _report_label(name, following)
    if labelled and (" " in labelled or labelled in entities.load() or labelled.isupper()):
        return _topic_name(labelled, body)  # "Formosa Semiconductor Q3 2025 earnings call": the name's report
    topic = _TOPIC.match(following)
    if topic:  # "Hallam & Reed: price rises to slow", "Sulawesi nickel: Morowali Baru's line to start up"
        return subject(topic.group("rest"), body, provider) or _topic_name(name, body)
    if " " not in name and name.lower().endswith(tuple(lexicon.words("claims", "common_noun_endings"))):
        return ""  # "Government moves up 6G target": an abstract noun, no name
    if any(ch.isdigit() for ch in name):  # "Rivian R2 deliveries": the maker of a product, if known
        maker = [m for m in classify.find_mentions(name) if m.start == 0 and m.kind == "org"]
        return maker[0].name if maker else ""  # "Ariane 6 reaches orbit": a product, not an actor
    if possessive and _country(name) and following[:1].isupper():  # "Brazil's Voare to take 12 jets": Voare acts
        return subject(following, body, provider)
    paper = following.split(" ", 1)
    if len(paper) == 2 and paper[0].lower() in _words("headline_document_nouns") and _acting(paper[1], False):
        following = paper[1]  # "Labour manifesto promises ...": the party promises in its manifesto
    listed = False
    if following[:1].isupper() or following.startswith("and "):  # "GM, Stellantis reshuffle ..."
        rest = re.sub(r"^(?:and\s+)?", "", following)
        _, after, _ = _opening_name(rest)
        after = re.sub(r"^and\s+\S+(?:\s+[A-Z]\S*)*\s*", "", after)  # "SoftBank and Oracle unveil"
        following, listed = after, True
    if not (possessive or _acting(following, listed)):
        return _written_out(name, following, body)
    known = [m for m in classify.find_mentions(name) if m.start == 0]
    if known:
        return known[0].name
    canonical = entities.canonical(name)
    if canonical != name or _named_in(name, body) or name.lower() == provider.strip().lower():
        return canonical
    return ""


def _letterhead(title: str) -> bool:
    """A title in capitals of two words or more with no digit: a filing's or circular's letterhead
    ("NORTHERN ARC COPPER CORP.", "SECURITIES AND EXCHANGE BOARD OF INDIA"), which names its issuer."""
    words = title.split()
    return len(words) >= 2 and title.isupper() and not any(ch.isdigit() for ch in title) \
        and all(w.strip(".,&").isalpha() or w == "&" for w in words)


def _issuer(title: str, body: str) -> str:
    """The issuer a letterhead names, as the body writes it: its initials ("SEBI" for "SECURITIES AND
    EXCHANGE BOARD OF INDIA") when the body uses them, else the name in title case without its legal form
    ("Northern Arc Copper") when the body names it; "" otherwise."""
    joints = _words("name_joints") | STOP_WORDS  # "Securities and Exchange Board of India"
    words = [w.lower() if w.lower() in joints else w.capitalize() for w in title.split()]
    suffixes = {x.lower() for x in lexicon.word_list("claims", "company_suffixes")}
    while len(words) > 1 and words[-1].lower() in suffixes:
        words.pop()
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(initials) >= 3 and re.search(rf"(?<![\w]){initials}(?![\w])", body):
        return initials
    name = " ".join(words).rstrip(".,")
    short = " ".join(name.split()[:2])  # "Northern Arc expects": the body may cut the name short
    return name if re.search(rf"(?<![\w]){re.escape(short)}(?![\w])", body) else ""


@cache
def _countries() -> frozenset[str]:
    """Country names, lower-cased (lexicons/syntax.yaml `governments`)."""
    return frozenset(n.lower() for names in lexicon.load("syntax")["governments"].values() for n in names)


def _budget_of(following: str, name: str = "", body: str = "") -> bool:
    """The headline goes on with a government's budget for a fiscal year ("Odisha budget 2026-27 sets ...",
    "NSW budget 2026-27:"), or with a budget as its topic where the body names an office of the place ("Odisha
    budget: ..." over "Odisha Finance Minister Pradeep Kumar Sahu presented ...": syntax.yaml `offices`); a
    company's is a "capex budget", never a year's budget after its name, and "Metro budget:" names no office."""
    words = following.split()
    if not words or words[0].lower().rstrip(":") not in _words("government_budget_nouns"):
        return False
    if len(words) >= 2 and _report_labels().fullmatch(words[1].rstrip(":,")):
        return True
    office = lexicon.alternation(lexicon.word_list("syntax", "offices"))
    return words[0].endswith(":") and bool(name) \
        and bool(re.search(rf"(?<![\w-]){re.escape(name)}[^\S\n]+(?i:{office})\b", body))


@cache
def _report_labels() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lexicon.load("subjects")["headline_report_labels"]), re.I)


def _report_label(name: str, following: str) -> str:
    """The words of ``name`` before a period or filing label, when the headline (``following`` the name)
    says it is a report ("Formosa Semiconductor Q3 2025 earnings call" -> "Formosa Semiconductor",
    "Corvane Systems 8-K: results" -> "Corvane Systems"); "" when it has none, or nothing before it
    ("2025 outlook"), or the headline is no report ("CES 2026 roundup"). A model number ("Rivian R2",
    "Aurora 7") is no such label."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if _report_labels().fullmatch(w)), 0)
    told = {w.strip(",.:;()").lower() for w in [*words[cut:], *following.split()]}
    head = words[:cut]
    while head and head[-1].lower() in _words("headline_report_prefixes"):  # "Novaria Therapeutics Form 8-K:"
        head.pop()
    return " ".join(head) if head and told & _words("headline_report_words") else ""


def _country(name: str) -> bool:
    return name.lower() in _countries()


def _topic_name(name: str, body: str) -> str:
    """A name that labels the headline's topic ("Metrolink budget:", "Hallam & Reed:") is its actor
    when the lexicon knows it or the body writes it as a name; a label ("Earnings preview:") is not."""
    if any(ch.isdigit() for ch in name) or name.lower() in lexicon.words("claims", "not_names"):
        return ""
    known = [m for m in classify.find_mentions(name) if m.start == 0 and m.end == len(name)]
    if known:
        return known[0].name
    return entities.canonical(name) if _named_in(name, body) else ""


def _written_out(name: str, following: str, body: str) -> str:
    """The organisation a headline writes in lower case before its verb ("California high-speed
    rail sets ..."), as the body writes it capitalised ("California High-Speed Rail Authority");
    "" when the body has no such name."""
    lower: list[str] = []
    for word in following.split()[:4]:
        if _acting(word, False):
            break
        if not word[:1].islower():
            return ""
        lower.append(word)
    else:
        return ""
    if not lower:
        return ""
    phrase = re.escape(" ".join([name, *lower])).replace(r"\ ", r"[^\S\n]+")
    found = re.search(r"(?<![\w])(?i:" + phrase + r")(?:[^\S\n]+[A-Z][\w&.-]*)*", body)
    return found.group(0) if found and found.group(0)[len(name):].lstrip()[:1].isupper() else ""


def _named_in(name: str, body: str) -> bool:
    """``name`` is a proper name of ``body``, not a word capitalised only because it opens the
    headline: several words or an acronym written the same in the body, or one word the body
    writes capitalised and never in lower case ("Infosys", not "Inflation")."""
    found = re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", body)
    if " " in name or (name.isupper() and len(name) > 1):
        return bool(found)
    return bool(found) and not re.search(r"(?<![\w])" + re.escape(name.lower()) + r"(?![\w])", body)
