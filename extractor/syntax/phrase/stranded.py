"""The thing of a verb whose subject the parser lost or misread, for the milestone only (the claim's subject is
read elsewhere): a noun the parser hung elsewhere before the verb's auxiliaries ("the harvest will start in late
October and exports will peak in January", "exports" read as a conjunct of "October"), the passive subject of a
framing verb the infinitive was misattached to ("margin is expected to dip", "dip" an oblique), or the nearer of two
subjects after a framing noun ("Cochilco forecast on Monday that national output would rise"). The milestone is
then the noun's and the verb's ("exports peak"), not the verb alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.syntax.phrase.words import frames, join

if TYPE_CHECKING:
    from extractor.syntax.features import Rules


def stranded_subject(core: Token | None, timex: set[int], rules: Rules) -> Token | None:
    """The thing ``core`` is said of where its parse gives none, or only a framing noun: the nearer of two
    subjects after a framing one (`_second_subject`); for a verb with neither subject nor object, the framed thing
    (`_framed_thing`), else the noun right before its own function words (`what_stranded_openers`: "will", "would
    be", "is due to") that the parser made something else's, unless it hangs by a preposition other than
    `what_stranded_cases` ("with Brisbane due to reopen before Christmas"); None when there is no such noun."""
    if core is not None and core.pos_ == "VERB":
        second = _second_subject(core, rules)
        if second is not None and not _inside_phrase(second, timex, rules):
            return second
    if core is None or core.pos_ != "VERB" or any(c.dep_.startswith(("nsubj", "csubj", "expl", "obj"))
                                                   for c in core.children):
        return None  # a verb with an object is done by an actor ("Klarvik to launch pay-by-bank"), not a thing
    framed = _framed_thing(core, rules)
    if framed is not None:
        return framed
    doc = core.doc
    i = core.i - 1
    opened = False
    while i >= 0 and doc[i].head.i == core.i and doc[i].lower_ in rules.stranded_openers:
        opened = opened or doc[i].dep_ in ("aux", "aux:pass", "mark", "cop")
        i -= 1
    if not opened or i < 0:
        return None
    noun = doc[i]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in timex or noun.head.i == core.i \
            or noun.dep_.startswith(("nsubj", "compound", "amod", "nmod:poss")):
        return None
    return _absolute(noun, rules) if _inside_phrase(noun, timex, rules) else noun


def _absolute(noun: Token, rules: Rules) -> Token | None:
    """The noun a `what_stranded_cases` preposition opens, when ``noun`` ends a phrase inside it ("with releases
    in Ghana and the UK to follow": releases, not UK); None when the phrase hangs from anything else."""
    token = noun
    for _ in range(len(noun.doc)):
        if any(c.dep_ == "case" and c.lower_ in rules.stranded_cases for c in token.children):
            return token if token.pos_ in ("NOUN", "PROPN") else None
        if token.dep_ not in ("conj", "appos", "flat", "flat:name", "nmod") or token.head.i == token.i \
                or token.head.pos_ not in ("NOUN", "PROPN"):
            return None
        token = token.head
    return None


def _second_subject(core: Token, rules: Rules) -> Token | None:
    """The nearer of two subjects the parser gave the verb when the first is a framing noun that reports it
    ("Cochilco forecast on Monday that national output would rise": output, not forecast)."""
    subjects = [c for c in core.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < core.i]
    if len(subjects) < 2 or not frames(subjects[0], rules) or subjects[-1].pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ == "cc" for c in subjects[-1].children):
        return None  # "... across buses and trams will be introduced": a conjunct, not a subject
    return subjects[-1]


def _framed_thing(core: Token, rules: Rules) -> Token | None:
    """The passive subject of the framing verb an infinitive hangs from by "to", where the parser made the
    infinitive an oblique or adverbial of it rather than its complement ("Adjusted gross margin is expected to
    dip to 71%": margin); None for an active framing verb, whose subject is an actor ("the company plans to")."""
    head = core.head
    if head.i == core.i or core.dep_ not in ("obl", "advcl", "acl", "dep") or not frames(head, rules) \
            or not any(c.dep_ == "mark" and c.lower_ == "to" for c in core.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj:pass" and c.pos_ in ("NOUN", "PROPN")), None)


def _inside_phrase(noun: Token, timex: set[int], rules: Rules) -> bool:
    """A noun that hangs by a preposition, itself or as a conjunct or apposition of a noun that does ("required
    under section 41 of the Act will be laid", "flights from Sydney to London and New York to follow"): a phrase
    inside another's words, not the subject. A conjunct of a time expression is none: the parser joined two clauses
    there ("start in late October and exports will peak")."""
    token = noun
    for _ in range(len(noun.doc)):
        if any(c.dep_ == "case" and c.lower_ not in rules.stranded_cases for c in token.children):
            return True
        if token.dep_ not in ("conj", "appos", "flat", "flat:name") or token.head.i == token.i \
                or token.head.i in timex:
            return False
        token = token.head
    return False


def elliptic_thing(core: Token | None, timex: set[int], own: set[int], rules: Rules) -> str:
    """The thing of a clause whose subject is an ordinal or a rest standing for a noun named before (`what_elliptic
    _heads`: "ordered 18 new trains, with the first to be delivered in 2027": first new trains; of the conjunct
    holding the date, "and the rest by 2029": rest new trains), that word with the noun's describing words but not
    its count; "" when the clause is no such word's or the word has a noun of its own ("the remaining £140 million")."""
    if core is None or core.dep_ != "acl" or core.head.lower_ not in rules.elliptic_heads \
            or any(c.pos_ in ("NOUN", "PROPN", "NUM", "SYM") for c in core.head.children):
        return ""
    head = core.head
    doc = head.doc
    head = next((t for t in doc[head.i + 1:] if t.lower_ in rules.elliptic_heads and t.dep_ == "conj"
                 and any(d.i in own for d in t.subtree)), head)  # "..., and the last by 2038"
    noun = next((t for t in reversed(doc[:core.head.i]) if t.pos_ == "NOUN" and t.i not in timex
                 and "Plur" in t.morph.get("Number")), None)
    if noun is None:
        return ""
    words = {t.i for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i for t in c.subtree
             if t.pos_ not in ("NUM", "PUNCT", "SYM") and t.lower_ not in rules.elliptic_heads}
    return f"{head.text} {join(doc, {*words, noun.i})}"
