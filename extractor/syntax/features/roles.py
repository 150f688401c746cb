"""Who and what of the clause: its subject (own, controller's, or the noun a relative clause modifies), the
reporting verb and its speaker, the agent who frames a thing's milestone, the verb's object."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extractor.syntax.features.clause import raised
from extractor.syntax.features.rules import Rules

NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}


def subject(core: Token, chain: list[Token], rules: Rules) -> Token | None:
    """The grammatical subject of the milestone's clause: its own, else its controller's ("Tesla
    expected its compute to hit": compute), else the first conjunct's; a relative pronoun stands
    for the noun the clause modifies."""
    previous = None
    for token in chain:
        subjects = [c for c in token.children if c.dep_.startswith("nsubj") or c.dep_.startswith("csubj")]
        if subjects and all(_relative_clause(c) for c in subjects):
            return None  # the clause's subject is lost in a misread relative clause: no other one stands in
        subj = next((c for c in subjects if not _label(c)), subjects[0] if subjects else None)
        if previous is not None and (previous.dep_ == "xcomp" or raised(previous, rules)):
            obj = next((c for c in token.children if c.dep_ == "obj"), None)
            if obj is not None and obj.i < previous.i:
                subj = obj
        if subj is not None:
            if subj.tag_ in ("WDT", "WP") and token.dep_.startswith("acl"):
                return token.head
            return subj
        if token.dep_.startswith("acl") and token.head.pos_ in NOMINAL:
            return token.head  # "a plant, to be completed in 2026"
        if token.dep_ == "acl" and token.head.dep_ == "obj" and len(chain) > 1 and token.head.head.i == chain[1].i:
            return token.head  # "expect Microsoft's capital spending to reach", "spending" read as a verb
        if token.dep_ == "parataxis" and token.head.dep_ == "ROOT" and token.head.pos_ in NOMINAL \
                and token.head.i < token.i:
            return token.head  # "The probe, which will ..., is scheduled to launch": a root the parser made of it
        if previous is not None and previous.dep_ == "ccomp":
            break  # a reported clause without its own subject does not take the reporter's
        previous = token
    return None


def _relative_clause(token: Token) -> bool:
    """A relative clause the parser took for a noun phrase ("Arm Holdings Plc, in which SoftBank owns about 90%,
    will start": "owns" read as a noun, the subject of "start"): its head governs a relative pronoun with its own
    preposition ("in which", "of whom"), which no noun phrase does."""
    return any(c.tag_ in ("WDT", "WP") and any(g.dep_ == "case" for g in c.children) for c in token.children)


def _label(token: Token) -> bool:
    """A headline's label before a colon ("Report: Toyota's EV won't arrive until 2028"), which the
    parser may take for a second subject."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == ":" and token.i == token.sent.start


def reporting(core: Token, rules: Rules) -> Token | None:
    """The reporting verb the clause hangs from ("Musk said", ", the company said")."""
    token = core
    for _ in range(12):
        if token.lemma_.lower() in rules.reporting and token.i != core.i:
            return token
        for child in token.children:
            if child.dep_ == "parataxis" and child.lemma_.lower() in rules.reporting:
                return child
        if token.head.i == token.i:
            break
        token = token.head
    if token.lemma_.lower() in rules.reporting and token.i != core.i:
        return token
    return None


def speaker(sent: Doc, reporting: Token | None) -> Token | None:
    """The subject of the reporting verb, else the source named by "according to"."""
    if reporting is not None:
        subj = next((c for c in reporting.children if c.dep_.startswith("nsubj")), None)
        if subj is not None:
            return subj
    for token in sent:
        if token.lower_ == "according" and token.head.pos_ in NOMINAL:
            return token.head
    return None


def agent(chain: list[Token], subject: Token | None, rules: Rules) -> Token | None:
    """Who frames the milestone when its subject is a thing: the subject of the planning,
    expecting or reporting verb above ("analysts expect the ring to launch": analysts)."""
    for token in chain[1:]:
        subj = next((c for c in token.children if c.dep_.startswith("nsubj")), None)
        if subj is not None and (subject is None or subj.i != subject.i):
            return subj
    return None


def verb_object(core: Token | None, timex: set[int]) -> Token | None:
    """The verb's object (or passive subject, complement, oblique), never the date itself."""
    if core is None:
        return None
    for dep in ("obj", "nsubj:pass", "xcomp", "obl"):
        found = next((c for c in core.children if c.dep_ == dep and c.i not in timex), None)
        if found is not None:
            return found
    return None
