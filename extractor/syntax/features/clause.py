"""The clause a date belongs to: the expression's head, the predicate above it, the milestone's own verb under
framing verbs (or a coordinated verb the date closes), the chain of verbs whose content it is, and the clause's
tense, mood, aspect, time frame and obligation."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extractor.syntax import phrase
from extractor.syntax.features.rules import Rules

CLAUSE_UP = {"xcomp", "ccomp", "csubj"}  # a clause that is the content of the verb above it


MODIFIERS = {"amod", "compound", "nummod", "det"}  # a word in these relations is part of a noun phrase


NOUN_SLOTS = {"nsubj", "nsubj:pass", "obj", "iobj"}
NOUN_MODIFIERS = {"det", "amod", "compound", "nmod:poss"}
CLAUSE_DEPENDENTS = {"aux", "aux:pass", "nsubj", "nsubj:pass", "obj", "mark", "cop"}
REPORTED_AFTER = {"parataxis", "advcl", "conj"}  # how a parse may hang a trailing "..., the minister said"


VERB_TAGS = ("VB", "VBP", "VBZ")  # a bare or present verb the tagger may have called a noun ("and report figures")


def coordinated_verb(core: Token, start: int, timex: set[int]) -> Token | None:
    """The coordinated verb whose own words the date ``start`` closes, when the parse hung that date on the
    first verb or its object ("would add 1,500 sites before the end of the year and raise capital expenditure
    to N1 trillion in 2026", "hold a Capital Markets Day on 3 March and report first-quarter figures on 11
    February"): the conjunct of the core's phrase that opens, after its "and", the stretch ending at the date,
    with no other date in between; None when the date follows no such verb."""
    doc = core.doc
    found = None
    for token in doc[core.i + 1:start]:
        if token.dep_ != "conj" or token.i in timex or not (token.pos_ == "VERB" or token.tag_ in VERB_TAGS or any(
                c.dep_ == "obj" for c in token.children)):  # a "noun" with an object is a verb the tagger missed
            continue
        if not any(c.dep_ == "cc" and c.i < token.i for c in token.children):
            continue  # "and" opens the conjunct: a list of participles ("built, tested") is one phrase
        if not any(c.dep_ in ("obj", "obl", "xcomp") and c.i < start for c in token.children):
            continue  # the verb's own object or complement lies before the date: the date closes its words
        above = token.head
        while above.i != core.i and above.head.i != above.i:
            above = above.head
        if above.i == core.i and not any(i in timex and doc[i].dep_.startswith(("obl", "nmod", "advmod"))
                                         for i in range(token.i, start)):  # "first-quarter figures" names
            found = token
    return found


def span_head(sent: Doc, start: int, end: int) -> Token:
    """The token of ``start:end`` whose head lies outside it (the expression's syntactic head)."""
    for token in sent[start:end]:
        if token.head.i < start or token.head.i >= end or token.head.i == token.i:
            return token
    return sent[start]


def _is_predicate(token: Token) -> bool:
    """A clause's predicate; a participle that only modifies a noun ("self-driving", "long-awaited") is not,
    nor a gerund heading a noun phrase as subject or object ("Gross market borrowing ... is pegged")."""
    if token.dep_ in MODIFIERS and token.head.i != token.i or _nominal_gerund(token):
        return False
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in token.children) or token.dep_ == "ROOT"


def _nominal_gerund(token: Token) -> bool:
    """A gerund as the head of a subject or object noun phrase ("Gross market borrowing", "the planned
    hiring"): noun modifiers and none of a clause's own dependents (auxiliary, subject, object, marker)."""
    return token.tag_ == "VBG" and token.dep_ in NOUN_SLOTS \
        and any(c.dep_ in NOUN_MODIFIERS for c in token.children) \
        and not any(c.dep_ in CLAUSE_DEPENDENTS for c in token.children)


def governor(head: Token, rules: Rules) -> Token:
    """The predicate the date belongs to: the nearest verb (or copular predicate) above it."""
    token = head
    if _is_predicate(token) and token.dep_ == "ROOT":  # "AI Day will be in a month": the date is the predicate
        return token
    token = token.head
    while not _is_predicate(token) or phrase.pooling(token, rules):
        token = token.head
    return _attributed(token, head, rules)


def _attributed(found: Token, head: Token, rules: Rules) -> Token:
    """The clause a date belongs to when the parse hung it on a trailing attribution ("Capital expenditure
    will rise ... in 2024-25, or 3.4% of GDP, Sitharaman said in her budget speech"): a reporting verb hung
    after an earlier clause, whose speaker stands between the date and it, reports that clause, and the date
    is the clause's; the predicate above the reporting verb then governs it."""
    if found.lemma_.lower() not in rules.reporting or found.dep_ not in REPORTED_AFTER \
            or not found.head.i < head.i < found.i:
        return found
    speaker = next((c for c in found.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if speaker is None or not head.i < speaker.i < found.i:
        return found
    token = found.head
    while not _is_predicate(token) or phrase.pooling(token, rules):
        token = token.head
    return token


def core(governor: Token, rules: Rules) -> Token:
    """Past framing verbs down to the milestone's own verb: "expects to open" -> open; "said it
    would open" -> open."""
    token = governor
    seen = 0
    while seen < 8:
        seen += 1
        if not phrase.frames(token, rules) and token.lemma_.lower() not in rules.reporting:
            break
        below = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") or raised(c, rules)]
        if not below:
            break
        token = below[0]
    return token


def raised(token: Token, rules: Rules) -> bool:
    """An infinitive the parser hung as an adverbial clause on a framing verb with an object before it
    ("expects copper production to climb", read as "expects copper production in order to climb"):
    the content of that verb, whose object is the infinitive's subject, as an xcomp would be; likewise on a
    framing adjective after a copula ("Construction is due to start", read as "due in order to start"), whose
    subject is the infinitive's."""
    return token.dep_ == "advcl" and token.head.lemma_.lower() in rules.framing \
        and any(c.dep_ == "mark" and c.lower_ == "to" for c in token.children) \
        and any(c.dep_ == "obj" and c.i < token.i or c.dep_ == "cop" for c in token.head.children)


def obliged(chain: list[Token], rules: Rules) -> str:
    """How the clause's actor is bound to its milestone: "command" under a command verb ("ordered ByteDance to
    complete"), "modal" under a modal or verb of obligation ("must submit", "shall register", "will have to offer",
    "told holders to cover"), else ""."""
    for below, token in zip(chain, chain[1:], strict=False):
        if below.dep_ == "xcomp" and token.lemma_.lower() in rules.command_verbs:
            return "command"
    for below, token in zip(chain, chain[1:], strict=False):
        if below.dep_ == "xcomp" and token.lemma_.lower() in rules.obligation_verbs:
            return "modal"
    auxes = (c for t in chain for c in t.children if c.dep_ == "aux")
    return "modal" if any(a.lower_ in rules.obligation_aux for a in auxes) else ""


def chain(core: Token, rules: Rules) -> list[Token]:
    """The core and the verbs whose content it is ("open" <- "expects" <- "said")."""
    chain = [core]
    token = core
    while len(chain) < 8:
        if token.dep_ in CLAUSE_UP or raised(token, rules) \
                or token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
            token = token.head
        elif token.dep_ == "acl" and token.head.dep_ == "obj" and token.head.head.pos_ == "VERB":
            token = token.head.head  # "expect the ring to launch" read as the ring's modifier
        else:
            break
        chain.append(token)
    return chain


def dated_noun(head: Token) -> Token | None:
    """The noun the time expression modifies, when it modifies a noun rather than a verb ("a
    planned debut in September 2026", "completion between 2027 and 2029"): that noun is the
    milestone the date belongs to."""
    token = head.head
    if token.i == head.i or token.pos_ not in ("NOUN", "PROPN") or head.dep_ not in ("nmod", "obl", "nmod:tmod",
                                                                                     "compound", "appos"):
        return None
    return token


def tense(chain: list[Token], reporting: Token | None, rules: Rules) -> tuple[str, str, str, str]:
    """(tense, mood, aspect, time frame) of the clause: the first finite verb or auxiliary up the
    chain gives tense and mood; "will"/"going to" is future, "would" conditional or, under a
    reporting verb, future in reported speech; "has been"/"is ...ing" give aspect."""
    tense = mood = aspect = ""
    future = conditional = False
    for token in chain:
        auxes = [c for c in token.children if c.dep_.startswith("aux")]
        for aux in auxes:
            word = aux.lemma_.lower() if aux.lemma_ else aux.lower_
            if word in rules.future_aux or aux.lower_ in rules.future_aux:
                future = True
            elif word in rules.conditional_aux or aux.lower_ in rules.conditional_aux:
                conditional = True
            if word == "have" and not aspect:
                aspect = "Perf"
        if not aspect and "Prog" in token.morph.get("Aspect"):
            aspect = "Prog"
        if not aspect and token.tag_ == "VBG" and any(a.lemma_.lower() == "be" for a in auxes):
            aspect = "Prog"
        if not tense:
            for word in [*auxes, token]:
                if "Fin" in word.morph.get("VerbForm"):
                    tense = next(iter(word.morph.get("Tense")), "")
                    mood = next(iter(word.morph.get("Mood")), "")
                    if word.lower_ in rules.conditional_aux:
                        mood = "Cnd"
                    if tense:
                        break
        if token.lemma_.lower() == "go" and token.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in token.children):
            future = True  # "is going to open"
    reported_past = reporting is not None and "Past" in reporting.morph.get("Tense")
    if future or (conditional and reported_past):
        frame = "future"
    elif conditional:
        frame = "conditional"
    elif tense == "Past":
        frame = "past"
    elif tense == "Pres" and any(t.lemma_.lower() in rules.framing for t in chain[1:]):
        frame = "future"  # "is expected to open", "plans to open"
    elif tense == "Pres":
        frame = "present"
    else:
        frame = ""
    return tense, mood or ("Ind" if tense else ""), aspect, frame
