"""Which tokens of a phrase belong to a milestone: its subtree minus attribution, hedges, fronted adverbials,
possessives and circumstances that are not the milestone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from extractor.syntax.features import Rules
from extractor.syntax.phrase.words import POSSESSIVE, case_word, frames, pooling, preposition


def _listed(token: Token, child: Token, drop: set[int], rules: Rules) -> bool:
    """A conjunct of a noun and its conjunction belong to the noun phrase ("AI training and
    inference", "Delhi, Mumbai and Chennai"), unless the conjunct holds another date (one on a
    participle pooling the list, "fleet and cabin upgrades combined over 2025", is the whole list's)."""
    nominal = ("NOUN", "PROPN", "NUM")
    if child.dep_ == "conj" and child.pos_ in nominal and token.pos_ in nominal:
        pooled = {t.i for c in child.children if pooling(c, rules) for t in c.subtree}
        return not any(t.i in drop and t.i not in pooled for t in child.subtree)
    in_list = token.dep_ == "conj" and token.pos_ in nominal and child.i < token.i
    return in_list and (child.dep_ == "cc" or child.dep_ == "punct" and child.text == ",")


def _absolute(token: Token) -> bool:
    """ "with preorders opening immediately": a with-phrase whose noun has its own participle."""
    return preposition(token) == "with" and any(c.dep_.startswith("acl") or c.tag_ in ("VBG", "VBN")
                                          for c in token.children)


def collect(token: Token, rules: Rules, drop: set[int], top: bool, cut_poss: bool = False,
            path: frozenset[int] | set[int] = frozenset(), keep_names: bool = False) -> set[int]:
    """Token indices of ``token``'s phrase minus what never belongs to a milestone; of coordinated
    phrases, the conjunct on the date's ``path`` stands for its head. ``cut_poss``: possessives go (a subject's
    owner is its actor), but with ``keep_names`` a name's stays."""
    out = {token.i} if token.i not in drop else set()
    for child in token.children:
        dep = child.dep_
        dated = next((c for c in child.children if c.dep_ == "conj" and c.i in path), None)
        if dated is not None and child.i not in path:
            out |= collect(dated, rules, drop, top=False, cut_poss=cut_poss, path=path, keep_names=keep_names)
            continue
        if child.i in drop:
            continue
        if _listed(token, child, drop, rules):
            out |= collect(child, rules, drop, top=False, cut_poss=cut_poss, path=path, keep_names=keep_names)
            continue
        if dep in rules.drop_deps or dep.startswith(rules.drop_dep_prefixes):
            continue
        if dep in ("amod", "advmod") and frames(child, rules) and not list(child.children):
            continue  # "is due on stream", "the expected launch"
        if top and (dep.startswith("nsubj") or token.dep_ not in ("acl", "amod") and (
                dep in rules.verb_drop_deps)):
            continue  # a participle's agent names its noun ("ships powered by LNG")
        if top and dep.startswith(("obl", "advmod")) and child.i < token.i:
            continue  # fronted: "Under its license from the FCC, Amazon must put ..."
        if dep.startswith(("obl", "nmod", "advmod")) and dep != "nmod:poss" and (
                preposition(child) in rules.drop_cases or child.lower_ in rules.drop_cases or _absolute(child)):
            continue
        if dep == "det" and child.lower_ in rules.drop_determiners:
            continue
        if cut_poss and dep == "acl" and child.tag_ in ("VBN", "VBG") and child.i > token.i:
            continue  # a subject's participle phrase ("the lander, built by a UAE start-up"): how it came about
        if dep == "nmod:poss" and (child.pos_ == "PRON" or cut_poss and not (keep_names and child.pos_ == "PROPN")
                                   or child.pos_ == "NOUN" and any(
                c.dep_ == "case" and c.lower_ in POSSESSIVE[:2] for c in child.children)):
            continue  # "its", "the country's major cities": whose, not what ("shareholders' meeting" stays)
        if dep == "case" and child.lower_ in POSSESSIVE:
            continue  # "the Fed's 2% target": the name without its "'s"
        if pooling(child, rules):
            continue  # "AI training and inference combined": the phrase, not its pooling
        names = [c for c in child.children if c.dep_.startswith(("obl", "xcomp", "obj")) and (
            c.pos_ == "PROPN" and c.i == child.i + 1 or any(case_word(g) == "as" for g in c.children))]
        if dep == "acl" and child.lemma_.lower() in rules.naming and child.i > token.i and names:
            for named in names:
                out |= {i for i in collect(named, rules, drop, top=False, cut_poss=cut_poss, path=path,
                                           keep_names=keep_names) if case_word(token.doc[i]) != "as"}
            continue  # "a humanoid robot known as Optimus": the robot Optimus
        if child.pos_ == "VERB" and child.lemma_.lower() in rules.reporting or _speaker(child, rules):
            continue  # "..., the project's managers said": attribution wherever the parse hangs it
        if dep == "advmod" and child.lower_ in rules.drop_words:
            continue
        if dep in ("obl", "amod", "advmod") and child.lower_ in rules.drop_words \
                and all(c.dep_ in ("case", "det", "advmod", "fixed") for c in child.children):
            continue  # "at the earliest", "as early as"
        if dep == "obl" and child.lemma_.lower() in rules.attribution:
            continue  # "in a tweet": where it was said, not what
        if dep == "advmod" and child.lower_ in ("not", "n't", "never"):
            continue
        if dep in ("case", "fixed") and token.i in drop:
            continue
        out |= collect(child, rules, drop, top=False, cut_poss=cut_poss, path=path, keep_names=keep_names)
    return out | _list_on_verb(token, out, drop) if top else out


def _list_on_verb(verb: Token, kept: set[int], drop: set[int]) -> set[int]:
    """The rest of a list of names the parse hung on the verb ("begin services in Delhi, Mumbai, Kolkata and
    Chennai", "Mumbai" and "Kolkata" read as conjuncts of "begin"): each name right after a comma or "and"
    that follows a kept name, with its comma or conjunction; none that holds a date."""
    doc = verb.doc
    out: set[int] = set()
    for child in sorted((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN"), key=lambda c: c.i):
        link = child.i - 1
        while link > 0 and doc[link].text in (",", "and", "or"):
            link -= 1
        if link == child.i - 1 or doc[link].pos_ != "PROPN" or link not in kept | out \
                or any(t.i in drop for t in child.subtree):
            continue
        out |= {t.i for t in child.subtree if t.i > link} | set(range(link + 1, child.i))
    names = {i for i in kept | out if doc[i].pos_ == "PROPN"}
    return out | {t.i for t in doc[1:-1] if out and t.text == "," and {t.i - 1, t.i + 1} <= names}


def _speaker(token: Token, rules: Rules) -> bool:
    """A noun phrase between a comma and a reporting verb (", Infrastructure Minister Miguel Pinto Lobo said",
    ", the IMF mission chief, Iva Petrova, said"), wherever the parse hangs it: who speaks, not what."""
    if token.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    doc = token.doc
    words = [t for t in token.subtree if not t.is_punct]
    if not words:
        return False
    after = words[-1].i + 1
    while after < len(doc) and doc[after].is_punct:
        after += 1
    before = words[0].i - 1
    return before >= 0 and doc[before].text == "," and after < len(doc) and doc[after].pos_ == "VERB" \
        and doc[after].lemma_.lower() in rules.reporting
