"""The milestone of a clause assembled: [subject words, verb, rest, number] from the steps of the package."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from extractor.syntax.features import Rules
from extractor.syntax.phrase import amounts
from extractor.syntax.phrase.amounts import CONTENT, amount_part, without
from extractor.syntax.phrase.clauses import before_next_item, dateline, label
from extractor.syntax.phrase.comparison import changes_by, comparison, starting_points
from extractor.syntax.phrase.keep import collect
from extractor.syntax.phrase.nominal import governs_noun, nominalised, phase
from extractor.syntax.phrase.words import HYPHENS, frames, join, preposition


def milestone(core: Token | None, subject: Token | None, date: Token, timex: set[int], rules: Rules,
              own: set[int] | frozenset[int] = frozenset(), outside: set[int] | frozenset[int] = frozenset()
              ) -> list[Any]:
    """The milestone's words: [subject words, verb, rest, number] where the subject words are the
    clause subject's phrase (kept by the caller only when the subject is a thing, not an actor), the
    verb its lemma and the rest the object and complements, each an ordered string. ``timex``: the
    tokens of the sentence's time expressions, ``own`` those of the claim's date among them; ``outside``:
    tokens of other clauses, never part of it."""
    if core is None or _misread(core, rules):
        return ["", "", "", ""]
    naming = _naming(core.doc, set(timex) - set(own), rules)
    dated = set(timex) - naming
    changes, starts, line, money = _sentence_findings(core.doc, rules)
    drop = dated | line | changes - starts | set(outside) | label(core, rules)
    for i in dated:  # a date's own prepositions ("in", "by the end of") go with it
        token = core.doc[i]
        drop |= {c.i for c in token.children if c.dep_ in ("case", "det", "amod", "advmod")}
    example = _example(core, date, rules)
    if example is not None:  # "projections such as the start of Dojo production in July 2023"
        words = collect(example, rules, drop | {c.i for c in example.children if c.dep_ in ("case", "fixed")},
                        top=False)
        return ["", "", join(core.doc, words), "singular"]
    path = _path(core, date)
    links = ("of",) if core.lemma_.lower() in rules.amount_verbs else ("of", "in")  # "invest $1 billion in"
    # an amount that is the predicate of a thing ("Capex for FY27 will be about A$390 million") is the value
    # column's; the thing names the milestone, so nothing of the amount need be left
    least = 0 if core.i in money and subject is not None else 2
    keep = without(core.doc, collect(core, rules, drop, top=True, path=path) - starts, money, links, least=least)
    keep |= {i for span in _runs(sorted(naming)) if keep & set(span) for i in span}  # "first-quarter" whole
    keep = before_next_item(core, keep, own, timex)
    subject_words = ""
    if subject is not None and subject.i not in keep and not frames(subject, rules) \
            and subject.tag_ not in ("WDT", "WP"):
        # whose thing it is matters when someone else expects it ("analysts expect Nanhai's net profit to reach")
        named = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i
                      and c.pos_ in ("NOUN", "PROPN") and not any(g.dep_ == "case" for g in c.children)
                      and "," in (c.left_edge.text, core.doc[max(c.left_edge.i - 1, 0)].text)
                      and any(t.pos_ == "PROPN" for t in c.subtree)), None) if subject.pos_ == "NOUN" else None
        # "Its other major title, the strategy game Moonrail, remains on track": the name is the thing
        thing = named if named is not None else subject
        sub = collect(thing, rules, drop | {core.i}, top=False, cut_poss=True, keep_names=subject.dep_ == "obj")
        sub -= {c.i for c in subject.children if c.dep_ == "case"} | starts  # "with the bulk to follow": the bulk
        subject_words = join(core.doc, without(core.doc, sub, money, content=(*CONTENT, "PROPN")))
    verb_is_frame = frames(core, rules) and core.pos_ in ("VERB", "ADJ", "AUX")
    verb = "" if verb_is_frame or core.pos_ not in ("VERB", "AUX", "ADJ") else core.lemma_.lower()
    if core.pos_ == "ADJ":
        verb = core.lower_  # "effective", not a verb to inflect
    if core.pos_ == "AUX" and core.lemma_.lower() == "be":
        verb = ""
    rest = join(core.doc, keep - {core.i} if verb or verb_is_frame else keep)
    plural = subject is not None and "Plur" in subject.morph.get("Number")
    decided = rules.frame_nominal.get(core.lemma_.lower()) if verb_is_frame and core.pos_ == "VERB" else None
    if decided and not any(c.dep_ in ("xcomp", "ccomp") for c in core.children):
        # "the council will decide on a new tram stop": the decision is the milestone, the decider its actor
        return ["", "", f"{decided} {rest}".strip(), "plural" if plural else "singular"]
    if verb and core.dep_ == "xcomp" and core.head.lemma_.lower() in rules.phase_verbs:
        verb, rest = core.head.lemma_.lower(), join(core.doc, keep)  # "shares will begin trading"
    phased = phase(core, keep, rules)
    if phased:
        verb, rest = "", phased
    elif verb in rules.nominal and governs_noun(core, verb):
        verb, rest = nominalised(core, keep, verb, rules)
    return [subject_words, verb, rest, "plural" if plural else "singular"]


def _sentence_findings(doc: Doc, rules: Rules) -> tuple[frozenset[int], ...]:
    """What a milestone reads of the parsed sentence as a whole, whichever date it is for: its changes and
    comparisons, their starting points with the changes-by, its dateline, its money amounts. Made once per
    sentence and kept with its parse (a sentence with two dates is described twice, and a repeated sentence's
    parse is the same cached Doc)."""
    key = ("extractor.milestone", id(rules))
    found = doc.user_data.get(key)
    if found is None:
        changes = comparison(doc, rules)
        found = (frozenset(changes), frozenset(starting_points(doc, changes, rules) | changes_by(doc, rules)),
                 frozenset(dateline(doc)), frozenset(amounts.money(doc, rules)))
        doc.user_data[key] = found
    return found


def _naming(doc: Doc, others: set[int], rules: Rules) -> set[int]:
    """The tokens of the other time expressions that name the period a noun is of ("first-quarter
    results", "results for its fiscal second quarter", "its 2023 results"): part of the milestone."""
    out: set[int] = set()
    for span in _runs(sorted(others)):
        head = next((doc[i] for i in span if not span[0] <= doc[i].head.i <= span[-1] or doc[i].head.i == i), None)
        if head is None or head.head.pos_ not in ("NOUN", "PROPN") or head.head.i in others \
                or any(doc[i].lower_ in rules.day_words for i in span):
            continue  # "Thursday" names when, never what
        if head.dep_ in ("compound", "amod", "nmod:poss") or head.dep_ == "nmod" and preposition(head) in ("for", "of"):
            out.update(span)
    return out


def _runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _misread(core: Token, rules: Rules) -> bool:
    """A verb the tagger made of a name ("between Merced and Bakersfield"), of a currency after its
    amount ("10 trillion won") or of the second half of a hyphenated adjective ("self-driving"): the
    clause around it is misread, the rules do better."""
    doc = core.doc
    if core.pos_ == "VERB" and core.text[:1].isupper() and not core.is_sent_start:
        return True
    if core.tag_ in ("NNP", "NNPS") and core.pos_ in ("VERB", "ADJ"):
        return True  # "Qatar to lift LNG capacity": a name the tagger made the predicate
    if core.lower_ in rules.currency_words and core.i and amount_part(doc[core.i - 1], rules):
        return True
    return core.i > 1 and doc[core.i - 1].text in HYPHENS and not doc[core.i - 2].whitespace_ \
        and not doc[core.i - 1].whitespace_


def _example(core: Token, date: Token, rules: Rules) -> Token | None:
    """The example the date belongs to, when it sits in one below the verb ("such as the start of
    Dojo production in July 2023"): that example is the dated milestone."""
    token = date.head
    for _ in range(len(core.doc)):
        if token.i == core.i or token.head.i == token.i:
            return None
        if token.pos_ in ("NOUN", "PROPN") and preposition(token) in rules.example_cases:
            return token
        token = token.head
    return None


def _path(core: Token, date: Token) -> set[int]:
    """The tokens from the date up to the clause's verb: a conjunct on it holds the dated milestone
    ("cover the major cities by 2023 and all of rural India by March 2024": all of rural India)."""
    token, path = date, set()
    for _ in range(len(core.doc)):
        if token.i == core.i or token.head.i == token.i:
            break
        path.add(token.i)
        token = token.head
    return path if token.i == core.i else set()
