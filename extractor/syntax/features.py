"""Claim features from the dependency parse of one sentence (Universal Dependencies relations).

Given a parsed sentence and the tokens of its time expression, find the clause the date belongs
to and read off plain fields: the governing verb and its tense, mood and aspect (from the
morphologizer and the auxiliaries), the clause's grammatical subject, the reporting verb and its
subject (the speaker), and the milestone as an ordered phrase of the clause's own words (its verb
and object, without subject, attribution, hedges or dates). Everything returned is plain data
(strings, ints, lists), so candidates stay msgpack-safe across processes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from extractor import lexicon
from extractor.quantities.patterns import MONEY
from extractor.syntax import phrase

CLAUSE_UP = {"xcomp", "ccomp", "csubj"}  # a clause that is the content of the verb above it
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
MODIFIERS = {"amod", "compound", "nummod", "det"}  # a word in these relations is part of a noun phrase


@dataclass(frozen=True)
class Comparison:
    """``what_comparison`` of lexicons/syntax.yaml: the words that open a change or comparison beside a target."""

    change_words: frozenset[str]
    change_link: str
    change_not_after: frozenset[str]
    ceiling_link: str
    comparisons: dict[str, frozenset[str]]
    percent_words: frozenset[str]
    approximations: frozenset[str]  # words between a link and its amount ("up from about 14 gigawatts")

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Comparison:
        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in data.get(key) or ())

        return cls(words("change_words"), str(data["change_link"]).lower(), words("change_not_after"),
                   str(data["ceiling_link"]).lower(),
                   {str(k).lower(): frozenset(str(w).lower() for w in v) for k, v in data["comparisons"].items()},
                   words("percent_words"), words("approximations"))


@dataclass(frozen=True)
class Rules:
    """The lexicon of lexicons/syntax.yaml as sets (what the component serialises with itself)."""

    reporting: frozenset[str]
    framing: frozenset[str]
    drop_deps: frozenset[str]
    drop_dep_prefixes: tuple[str, ...]
    drop_words: frozenset[str]
    attribution: frozenset[str]
    drop_determiners: frozenset[str]
    drop_cases: frozenset[str]
    phase_verbs: frozenset[str]
    example_cases: frozenset[str]
    future_aux: frozenset[str]
    conditional_aux: frozenset[str]
    max_words: int
    nominal: dict[str, str]  # verb lemma -> the noun an analyst writes after its object ("begin production")
    amount_verbs: frozenset[str]  # verbs whose object is an amount, left to the value column ("spend $10 billion")
    nominal_before: int  # longest object the noun follows ("Lagos office opening"); a longer one takes "of"
    currency_words: frozenset[str]  # a money amount's markers ("$", "yen", "DKK"), lower-cased
    currency_prefixes: tuple[str, ...]  # glued to the digits ("R5.5", "A$3.7", "₹5,500")
    scaled_prefixes: tuple[str, ...]  # currency prefixes only before a scale word ("R5.5 billion", not "R2")
    scale_words: frozenset[str]  # "billion", "m"
    amount_words: frozenset[str]  # range links inside an amount ("to", "and")
    amount_qualifiers: frozenset[str]  # words before an amount that go with it ("of about", "up to", "down from")
    day_words: frozenset[str]  # a time expression holding one names when, never what ("Thursday")
    gerunds: dict[str, str]  # verb lemma -> noun after a phase verb only ("begin making chips": chip production)
    pooling: frozenset[str]  # participles that pool the phrase before them ("X and Y combined"), never a verb
    comparison: Comparison  # the words of a change or comparison beside the target ("up from 90,000")
    clause_links: frozenset[str]  # what joins a headline's clauses (",", ";", "as")
    label_words: int  # most words of a label before a colon ("Railways: ...", "Ellison: ...")
    naming: frozenset[str]  # participles that give a thing its name ("known as Optimus")
    obligation_aux: frozenset[str] = frozenset()  # "must", "shall": an obligation where a regulator is named
    obligation_verbs: frozenset[str] = frozenset()  # "have to", "told X to": likewise
    command_verbs: frozenset[str] = frozenset()  # "ordered X to", "require X to": an obligation whoever gives it
    verb_drop_deps: frozenset[str] = frozenset()  # the clause verb's dependants that are never the milestone
    frame_nominal: dict[str, str] = field(default_factory=dict)  # a framing verb with no clause below: its noun

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Rules:
        deps = [str(d) for d in data["what_drop_deps"]]

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in data[key])

        return cls(words("reporting"), words("framing"),
                   frozenset(d for d in deps if not d.endswith(":")), tuple(d for d in deps if d.endswith(":")),
                   words("what_drop_words"), words("attribution_nouns"), words("what_drop_determiners"),
                   words("what_drop_cases"), words("what_phase_verbs"), words("what_example_cases"),
                   words("future_aux"), words("conditional_aux"), int(data["what_max_words"]),
                   {str(k).lower(): str(v) for k, v in (data.get("what_nominal") or {}).items()},
                   frozenset(str(w).lower() for w in data.get("what_amount_verbs") or ()),
                   int(data.get("what_nominal_before", 4)),
                   MONEY.words, MONEY.signs, MONEY.scaled_signs, MONEY.scale_words,  # units.yaml, as the values
                   frozenset(str(w).lower() for w in data.get("what_amount_words") or ()),
                   frozenset(str(w).lower() for w in data.get("what_amount_qualifiers") or ()),
                   frozenset(str(w).lower() for w in data.get("what_day_words") or ()),
                   {str(k).lower(): str(v) for k, v in (data.get("what_phase_nominal") or {}).items()},
                   frozenset(str(w).lower() for w in data.get("what_pooling_participles") or ()),
                   Comparison.from_data(data["what_comparison"]),
                   frozenset(str(w).lower() for w in data.get("what_headline_links") or ()),
                   int(data.get("what_label_words", 4)),
                   frozenset(str(w).lower() for w in data.get("what_naming_participles") or ()),
                   frozenset(str(w).lower() for w in data.get("obligation_aux") or ()),
                   frozenset(str(w).lower() for w in data.get("obligation_verbs") or ()),
                   frozenset(str(w).lower() for w in data.get("command_verbs") or ()),
                   frozenset(str(d) for d in data.get("what_verb_drop_deps") or ()),
                   {str(k).lower(): str(v) for k, v in (data.get("what_frame_nominal") or {}).items()})


@cache
def default_rules() -> Rules:
    return Rules.from_data(lexicon.load("syntax"))


def describe(sent: Doc, start: int, end: int, others: Iterable[tuple[int, int]] = (),
             rules: Rules | None = None, base: int = 0) -> dict[str, Any]:
    """Syntax fields for the time expression at tokens ``start:end`` of the parsed ``sent``
    (``others``: the token ranges of the sentence's other time expressions; ``base``: the character
    offset of ``sent`` in the text the offsets returned refer to)."""
    rules = rules or default_rules()
    timex = set(range(start, end))
    for a, b in others:
        timex.update(range(a, b))
    head = _span_head(sent, start, end)
    governor = _governor(head, rules)
    core = _core(governor, rules)
    chain = _chain(core, rules)
    subject = _subject(core, chain, rules)
    reporting = _reporting(core, rules)
    speaker = _speaker(sent, reporting)
    tense, mood, aspect, frame = _tense(chain, reporting, rules)
    if governor is not core and governor.lemma_.lower() in rules.reporting and "Past" in governor.morph.get("Tense"):
        frame = "past"  # "trains will not run before 2030, the minister told MPs on Wednesday": the telling's day
    agent = _agent(chain, subject, rules)
    obj = _object(core, timex)
    dated = _dated_noun(head)
    near = _nouns_before(sent, start, timex)
    dated_verb = _coordinated_verb(core, start, timex) if core is not None else None
    what = phrase.milestone(dated_verb or core, subject, head, timex, rules, own=set(range(start, end)))
    return {
        "syn_verb": core.text if core is not None else "",
        "syn_verb_lemma": core.lemma_.lower() if core is not None else "",
        "syn_verb_pos": core.pos_ if core is not None else "",
        # "New roof lighting installed in January.": a participle with no auxiliary, as a list item or note writes it
        "syn_bare_participle": bool(core is not None and core.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "aux:pass", "cop") for c in core.children)),
        "syn_object": obj.lemma_.lower() if obj is not None else "",
        "syn_object_mods": _modifiers(obj, timex),
        "syn_subject_mods": _modifiers(subject, timex),
        "syn_date_noun": dated.lemma_.lower() if dated is not None else "",
        "syn_nouns_before": near,
        "syn_tense": tense,
        "syn_mood": mood,
        "syn_aspect": aspect,
        "syn_time": frame,
        "syn_transitive": bool(core is not None and any(c.dep_ == "obj" for c in core.children)),
        "syn_verb_clause": bool(core is not None and any(c.dep_ in ("xcomp", "ccomp") for c in core.children)),
        "syn_passive": bool(core is not None and any(c.dep_ in ("aux:pass", "nsubj:pass") for c in core.children)),
        "syn_obliged": _obliged(chain, rules),
        "syn_subject": _np(subject, base),
        "syn_possessor": _np(_possessor(subject), base),
        "syn_agent": _np(agent, base),
        "syn_speaker": _np(speaker, base, keep_appos=True),
        "syn_reporting": reporting.lemma_.lower() if reporting is not None else "",
        "syn_what": what,
        "syn_clause_what": _clause_what(sent, start, end, head, core, timex, rules),
    }


VERB_TAGS = ("VB", "VBP", "VBZ")  # a bare or present verb the tagger may have called a noun ("and report figures")


def _coordinated_verb(core: Token, start: int, timex: set[int]) -> Token | None:
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


def _clause_what(sent: Doc, start: int, end: int, head: Token, core: Token, timex: set[int],
                 rules: Rules) -> list[Any]:
    """The milestone of the date's own clause where the parse hangs the date on another clause's verb (a
    headline joins clauses: "Lithium Americas secures US loan, targets production in late 2027"), as
    `phrase.milestone` gives it; [] when the date's clause holds the verb or the sentence joins none."""
    tokens = phrase.clause(sent, start, end, rules.clause_links)
    if not tokens or core is None or core.i in tokens:
        return []
    root = phrase.clause_root(sent, tokens, timex, start)
    if root is None:
        return []
    inner = _core(root, rules)
    inner = inner if inner.i in tokens else root
    subject = next((c for c in inner.children if c.dep_.startswith("nsubj") and c.i in tokens), None)
    return phrase.milestone(inner, subject, head, timex, rules, own=set(range(start, end)),
                            outside=set(range(len(sent))) - tokens)


def lead_subject(sent: Doc, base: int = 0) -> dict[str, Any]:
    """The subject of the lead sentence's main verb ("IndiGo orders 500 Airbus jets": IndiGo);
    {} for a headline without a verb."""
    for root in (t for t in sent if t.dep_ == "ROOT"):
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is not None and root.pos_ in ("VERB", "AUX"):
            return _np(subj, base)
    return {}


def _span_head(sent: Doc, start: int, end: int) -> Token:
    """The token of ``start:end`` whose head lies outside it (the expression's syntactic head)."""
    for token in sent[start:end]:
        if token.head.i < start or token.head.i >= end or token.head.i == token.i:
            return token
    return sent[start]


def _is_predicate(token: Token) -> bool:
    """A clause's predicate; a participle that only modifies a noun ("self-driving", "long-awaited") is not."""
    if token.dep_ in MODIFIERS and token.head.i != token.i:
        return False
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in token.children) or token.dep_ == "ROOT"


def _governor(head: Token, rules: Rules) -> Token:
    """The predicate the date belongs to: the nearest verb (or copular predicate) above it."""
    token = head
    if _is_predicate(token) and token.dep_ == "ROOT":  # "AI Day will be in a month": the date is the predicate
        return token
    token = token.head
    while not _is_predicate(token) or phrase.pooling(token, rules):
        token = token.head
    return token


def _core(governor: Token, rules: Rules) -> Token:
    """Past framing verbs down to the milestone's own verb: "expects to open" -> open; "said it
    would open" -> open."""
    token = governor
    seen = 0
    while seen < 8:
        seen += 1
        if not phrase.frames(token, rules) and token.lemma_.lower() not in rules.reporting:
            break
        below = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") or _raised(c, rules)]
        if not below:
            break
        token = below[0]
    return token


def _raised(token: Token, rules: Rules) -> bool:
    """An infinitive the parser hung as an adverbial clause on a framing verb with an object before it
    ("expects copper production to climb", read as "expects copper production in order to climb"):
    the content of that verb, whose object is the infinitive's subject, as an xcomp would be; likewise on a
    framing adjective after a copula ("Construction is due to start", read as "due in order to start"), whose
    subject is the infinitive's."""
    return token.dep_ == "advcl" and token.head.lemma_.lower() in rules.framing \
        and any(c.dep_ == "mark" and c.lower_ == "to" for c in token.children) \
        and any(c.dep_ == "obj" and c.i < token.i or c.dep_ == "cop" for c in token.head.children)


def _obliged(chain: list[Token], rules: Rules) -> str:
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


def _chain(core: Token, rules: Rules) -> list[Token]:
    """The core and the verbs whose content it is ("open" <- "expects" <- "said")."""
    chain = [core]
    token = core
    while len(chain) < 8:
        if token.dep_ in CLAUSE_UP or _raised(token, rules) \
                or token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
            token = token.head
        elif token.dep_ == "acl" and token.head.dep_ == "obj" and token.head.head.pos_ == "VERB":
            token = token.head.head  # "expect the ring to launch" read as the ring's modifier
        else:
            break
        chain.append(token)
    return chain


def _subject(core: Token, chain: list[Token], rules: Rules) -> Token | None:
    """The grammatical subject of the milestone's clause: its own, else its controller's ("Tesla
    expected its compute to hit": compute), else the first conjunct's; a relative pronoun stands
    for the noun the clause modifies."""
    previous = None
    for token in chain:
        subjects = [c for c in token.children if c.dep_.startswith("nsubj") or c.dep_.startswith("csubj")]
        subj = next((c for c in subjects if not _label(c)), subjects[0] if subjects else None)
        if previous is not None and (previous.dep_ == "xcomp" or _raised(previous, rules)):
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


def _label(token: Token) -> bool:
    """A headline's label before a colon ("Report: Toyota's EV won't arrive until 2028"), which the
    parser may take for a second subject."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == ":" and token.i == token.sent.start


def _reporting(core: Token, rules: Rules) -> Token | None:
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


def _speaker(sent: Doc, reporting: Token | None) -> Token | None:
    """The subject of the reporting verb, else the source named by "according to"."""
    if reporting is not None:
        subj = next((c for c in reporting.children if c.dep_.startswith("nsubj")), None)
        if subj is not None:
            return subj
    for token in sent:
        if token.lower_ == "according" and token.head.pos_ in NOMINAL:
            return token.head
    return None


def _agent(chain: list[Token], subject: Token | None, rules: Rules) -> Token | None:
    """Who frames the milestone when its subject is a thing: the subject of the planning,
    expecting or reporting verb above ("analysts expect the ring to launch": analysts)."""
    for token in chain[1:]:
        subj = next((c for c in token.children if c.dep_.startswith("nsubj")), None)
        if subj is not None and (subject is None or subj.i != subject.i):
            return subj
    return None


def _object(core: Token | None, timex: set[int]) -> Token | None:
    """The verb's object (or passive subject, complement, oblique), never the date itself."""
    if core is None:
        return None
    for dep in ("obj", "nsubj:pass", "xcomp", "obl"):
        found = next((c for c in core.children if c.dep_ == dep and c.i not in timex), None)
        if found is not None:
            return found
    return None


def _dated_noun(head: Token) -> Token | None:
    """The noun the time expression modifies, when it modifies a noun rather than a verb ("a
    planned debut in September 2026", "completion between 2027 and 2029"): that noun is the
    milestone the date belongs to."""
    token = head.head
    if token.i == head.i or token.pos_ not in ("NOUN", "PROPN") or head.dep_ not in ("nmod", "obl", "nmod:tmod",
                                                                                     "compound", "appos"):
        return None
    return token


BOUNDARY_DEPS = frozenset({"amod", "acl", "compound"})  # a verb in these relations does not end the phrase


def _nouns_before(sent: Doc, start: int, timex: set[int], window: int = 8) -> list[str]:
    """Lemmas of the nouns right before the time expression, nearest first, back to the verb or
    punctuation that opens their phrase ("ahead of a planned debut alongside the iPhone 18 Pro in
    September 2026": pro, debut): a parse may hang the date on the wrong one."""
    found: list[str] = []
    for token in reversed(sent[max(0, start - window):start]):
        if token.i in timex:
            continue
        if token.is_punct or token.pos_ in ("AUX", "SCONJ", "PRON") or token.pos_ == "VERB" \
                and token.dep_ not in BOUNDARY_DEPS:
            break
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in BOUNDARY_DEPS:  # heads, not "production" satellites
            found.append(token.lemma_.lower())
    return found


def _modifiers(token: Token | None, timex: set[int]) -> list[str]:
    """Lemmas of the nouns and adjectives that qualify a head ("fiscal deficit target", "net
    interest outlays", "target of 5.1%": deficit, fiscal, interest, net), nearest first."""
    if token is None:
        return []
    found = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "nmod:poss")]
    found += [g for c in found if c.dep_ == "compound" for g in c.children if g.dep_ in ("compound", "amod")]
    found = [c for c in found if c.i not in timex and c.pos_ != "NUM"]
    return [c.lemma_.lower() for c in sorted(found, key=lambda c: abs(c.i - token.i))]


def _possessor(token: Token | None) -> Token | None:
    if token is None:
        return None
    return next((c for c in token.children if c.dep_ == "nmod:poss"), None)


NP_DEPS = frozenset({"det", "det:predet", "amod", "compound", "flat", "nmod", "nmod:poss", "nmod:desc", "nummod",
                     "case", "fixed", "goeswith", "compound:prt", "advmod"})  # what a noun phrase is made of


def _np(token: Token | None, base: int, keep_appos: bool = False) -> dict[str, Any]:
    """The noun phrase a token heads (without relative clauses, conjuncts and, unless
    ``keep_appos``, appositions): its character span and its head's, shifted by ``base``, text,
    head lemma, part of speech, relation and governor's lemma; {} when none."""
    if token is None:
        return {}
    keep = _np_tokens(token, NP_DEPS | {"appos", "punct"} if keep_appos else NP_DEPS)
    lo, hi = min(keep), max(keep)
    doc = token.doc
    return {"start": doc[lo].idx + base, "end": doc[hi].idx + len(doc[hi]) + base, "text": doc[lo:hi + 1].text,
            "head_start": token.idx + base, "head_end": token.idx + len(token) + base,
            "lemma": token.lemma_.lower(), "pos": token.pos_,
            "dep": token.dep_, "governor": token.head.lemma_.lower()}


def _np_tokens(token: Token, deps: frozenset[str]) -> set[int]:
    out = {token.i}
    for child in token.children:
        if child.dep_ in deps:
            out |= _np_tokens(child, deps)
    return out


def _tense(chain: list[Token], reporting: Token | None, rules: Rules) -> tuple[str, str, str, str]:
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
