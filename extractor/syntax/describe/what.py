"""The milestone as a phrase: a clause's verb and object, or its thing and verb, in the sentence's words."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from extractor import lexicon, rxcache
from extractor.syntax.describe.shared import vocab


def _third_person(verb: str) -> str:
    if verb == "be":
        return "is"
    if verb == "have":
        return "has"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _names_actor(np: dict[str, Any]) -> bool:
    """A subject phrase that names who acts, not what happens: a pronoun, "the company", "analysts"."""
    return bool(np) and (np["pos"] == "PRON" or np["lemma"] in vocab("self_nouns")
                         or np["lemma"] in vocab("generic_actors"))


@cache
def _list_marker() -> re.Pattern[str]:
    """A list item's leading marker ("-", "2/", "3)"), compiled once rather than on every phrase."""
    return rxcache.compile(lexicon.load("syntax")["what_list_marker"])


@cache
def _nominal(key: str = "what_nominal") -> dict[str, str]:
    """Verb lemma -> the noun an analyst writes for it (lexicons/syntax.yaml ``key``: `what_nominal`, or
    `what_passive_nominal` for its passive; `what_spelled_out`: a shorthand -> the words it stands for)."""
    return {str(k).lower(): str(v) for k, v in (lexicon.load("syntax").get(key) or {}).items()}


def _light(verb: str, words: list[str]) -> str:
    """The light verb (or verb and particle, "take place") that ``words`` open with, which says only
    that the thing it follows happens ("the decision comes", "the meeting takes place"); else ""."""
    for phrase in sorted(vocab("what_light_verbs"), key=len, reverse=True):
        head, *more = phrase.split()
        if head == verb and [w.lower() for w in words[1:1 + len(more)]] == more:
            return phrase
    return ""


def _agent_name(cand: dict[str, Any], verb: str) -> bool:
    """A name that does something to an object ("Brisbane organisers present the venue plan", "the
    CBO raises its forecast") is an actor the lexicon does not know, not the milestone's thing; so is one
    expected to ("the Directorate General of Civil Aviation is expected to grant the licence")."""
    np = cand.get("syn_subject") or {}
    raised = np.get("dep") == "nsubj:pass" and np.get("governor") in vocab("framing")
    return bool(verb) and np.get("pos") == "PROPN" and bool(cand.get("syn_transitive")) \
        and not cand.get("syn_passive") and (np.get("dep") == "nsubj" or raised) \
        and cand.get("syn_verb_lemma") == verb and verb not in vocab("what_thing_verbs")


def _nominal_subject(cand: dict[str, Any], verb: str) -> bool:
    """The clause's own verb (not a phase verb before another: "shares begin trading") with a subject
    that is a place or thing, not a period that opens ("the launch window opens", "pre-orders open")."""
    np = cand.get("syn_subject") or {}
    periods = vocab("what_verb_subjects")  # "the first phase of ticket sales opens": a period of sales
    return cand.get("syn_verb_lemma") == verb and not cand.get("syn_verb_clause") \
        and np.get("lemma", "") not in periods and not periods & set(cand.get("syn_subject_mods") or ())


@cache
def _frame_lemmas() -> frozenset[str]:
    return vocab("reporting") | vocab("framing") | vocab("what_headline_verbs")


@cache
def _headline_verbs() -> frozenset[str]:
    """Third-person forms of the verbs that frame a milestone in a headline ("targets", "eyes",
    "delays", "teases"): what precedes one in a phrase is its actor, what follows the milestone."""
    lemmas = vocab("reporting") | vocab("framing") | vocab("what_headline_verbs")
    return frozenset(w + ("es" if w.endswith(("s", "sh", "ch", "x", "z")) else "s") for w in lemmas if " " not in w)


def _headline_clause(words: list[str], headline: str, date: str) -> list[str]:
    """``words`` of a headline's phrase kept to the clause holding the date: a headline joins its clauses
    with commas, semicolons or "as" ("Hanul to begin HBM4 output in Q3, invest 20 trillion won this year"), and
    the parser may hang the date on the other clause's verb. Words the headline does not hold (the analyst's
    nouns, "opening") stay; ``words`` as they were when fewer than two content words of the clause would."""
    links = "|".join(rf"\b{w}\b" if w.isalpha() else re.escape(w)
                     for w in lexicon.word_list("syntax", "what_headline_links"))
    clauses = re.split(rf"\s*(?:{links})\s+", headline)
    clause = next((c for c in clauses if date and date in c), "")
    if len(clauses) < 2 or not clause:
        return words
    tokens = {t.lower() for t in re.findall(r"[\w$%.'’&+-]+", clause)}
    everywhere = {t.lower() for t in re.findall(r"[\w$%.'’&+-]+", headline)}
    kept = [w for w in words if w.strip(",").lower() in tokens or w.strip(",").lower() not in everywhere]
    stop = lexicon.words("claims", "what_stopwords")
    return kept if sum(1 for w in kept if w.strip(",").lower() in tokens and w.lower() not in stop) >= 2 else words


def _is_the_subject(cand: dict[str, Any], thing: str, names: list[str]) -> bool:
    """A thing that is the claim's own subject under a name the parse did not resolve, acting ("Brightline will
    start deliveries" with Brightline Mobility the subject, "KHNP must deliver the vessel", "the National Assembly
    will vote on the bill"): who acts, not what. Not when it only happens or is done to ("the Annual General
    Meeting will take place", "Steelwork will be completed", "the subway will open", "throughput reaches"): then
    the subject is the rules' guess from the thing itself."""
    subject = {w.lower() for w in names[0].split()} if names and names[0] else set()
    words = {w.lower().rstrip("'’s") for w in thing.split()} - lexicon.words("claims", "what_stopwords")
    if not subject or not words or not words <= subject:
        return False
    verb = cand.get("syn_verb_lemma", "")
    if cand.get("syn_passive") or verb in vocab("what_thing_verbs") \
            or any(phrase.split()[0] == verb for phrase in vocab("what_light_verbs")):
        return False
    return bool(cand.get("syn_transitive")) or verb not in _nominal()


def _label(headline: str) -> set[str]:
    """The lower-cased words of a headline's label, a few words before a colon ("Metrolink budget: ..."); the
    parser may take them for the subject of the clause after it."""
    head, colon, _ = headline.partition(":")
    return set(head.lower().split()) if colon and len(head.split()) <= int(
        lexicon.load("syntax").get("what_label_words", 4)) else set()


def what(cand: dict[str, Any], own_subject: bool, names: list[str], headline: tuple[str, str] = ("", "")) -> str:
    """The milestone as a phrase: the verb (as a lemma) and its object when the clause's subject is
    the actor ("spend about $10 billion on AI training"), else the thing first ("compute hits 100
    exaflops", "Dojo production start"); without the words of ``names`` (subject, people) outside
    that thing, nor function words at its edges. "" when the parse leaves too few content words to
    name a milestone ("hold" for "hold an 'AI Day'" misparsed): the rules' description is then the
    better guess. ``headline``: (the line, the date's text) when the claim is a headline's; where the parse
    hung its date on another clause's verb, the date's own clause names the milestone when it holds enough;
    when it holds one word that the other clause's phrase lacks, that phrase is the wrong one and the rules'
    description is the better guess ("secures US loan for Thacker Pass, targets production in late 2027")."""
    clause = cand.get("syn_clause_what") or []
    main = _phrase(cand, cand.get("syn_what") or [], own_subject, names, headline)
    if headline[0] and len(clause) == 4:
        found = _phrase(cand, clause, own_subject and not clause[0], names, headline)
        if found:
            return found
        stop = lexicon.words("claims", "what_stopwords")
        own = {w.lower() for w in " ".join(clause[:3]).split() if w.lower() not in stop}
        if own and not own & {w.lower() for w in main.split()}:
            return ""
    return main


def _phrase(cand: dict[str, Any], parts: list[str], own_subject: bool, names: list[str],
            headline: tuple[str, str]) -> str:
    """`what` from one phrase of the parse (``parts``: thing, verb, rest, number)."""
    if len(parts) != 4:
        return ""
    thing, verb, rest, number = parts
    if headline[0] and thing and set(thing.lower().split()) <= _label(headline[0]):
        thing = ""  # "Metrolink budget: fares up 5%, Green Line extension pushed to late 2028": a label, no thing
    # a name's words as written: "government" stays, and so does "power" in "grid power" for Ontario Power Generation
    drop = {w for name in names for w in name.split() if not w.islower()}
    words = [w for w in f"{verb} {rest}".split() if w.rstrip("'’s") not in drop and w not in drop]
    if not (own_subject or not thing or _names_actor(cand.get("syn_subject") or {}) or _agent_name(cand, verb)
            or _is_the_subject(cand, thing, names)):
        if words and verb and cand.get("syn_verb_pos") != "ADJ":  # "split effective" stays as written
            moved = words[1 + (len(words) > 1 and words[1].lower() in vocab("what_particles")):]
            if verb in vocab("what_reschedule_verbs") and _content(thing.split() + moved) >= 2:
                words = moved  # "AI Day pushed to Sept 30": the thing moved ("decision slips" stays)
            elif cand.get("syn_passive") and _nominal("what_passive_nominal").get(verb):  # "the dividend will be paid"
                rest = words[1:]
                if rest and rest[0].lower() in vocab("what_particles"):
                    rest = rest[1:]  # "to be paid out": the payment
                words = [*rest, _nominal("what_passive_nominal")[verb]]  # "final dividend payment"
            elif cand.get("syn_passive"):  # "new facilities completed", as an analyst writes a passive
                words[0] = cand.get("syn_verb", verb)
            elif _nominal().get(verb) and _nominal_subject(cand, verb):  # "Arizona fab opens": "Arizona fab opening"
                noun = _nominal()[verb]
                words = words[1:] if noun in thing.lower().split() else [noun, *words[1:]]
            elif _light(verb, words) and cand.get("syn_verb_lemma") == verb and len(thing.split()) > 1:
                words = words[len(_light(verb, words).split()):]  # "the public beta comes": the public beta
            elif cand.get("syn_bare_participle"):  # "New roof lighting installed": no finite verb to conjugate
                words[0] = cand.get("syn_verb", verb)
            elif number == "singular":
                words[0] = _third_person(verb)
        words = thing.split() + words  # a thing keeps its name: "Giga Berlin starts production"
    if len(words) > 2 and verb and words[0] == verb and cand.get("syn_verb_pos") == "VERB" \
            and (verb in _frame_lemmas() or verb in vocab("what_light_objects")
                 or verb in vocab("what_reschedule_verbs")):
        words = words[1:]  # "confirm a developer showcase", "push back the launch", "reach 600 stores": the milestone
    words = _target_metric(cand, verb, words)
    if words and words[-1].lower() in _headline_verbs():
        words.pop()  # "sales growth of 3% to 4%, announces [a stock split]"
    cut = [i for i, w in enumerate(words) if w.strip(",").lower() in _headline_verbs()]
    if cut:  # "Tesla AI account teases start of Dojo production": a verb the tagger took for a noun
        words = words[cut[-1] + 1:]
    if headline[0]:
        words = _headline_clause(words, *headline)
    data = lexicon.load("syntax")
    edges = vocab("what_edge_words")
    marker = _list_marker()
    while words and marker.match(words[0]):
        words.pop(0)  # "2/ New roof lighting installed": the item's marker is layout
    words = [w for w in words[:int(data["what_max_words"])] if w != ","]
    while words and words[0].lower() in edges:
        words.pop(0)
    while words and words[-1].strip(",").lower() in edges:
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(",")
    if words and words[-1].lower() in _nominal("what_spelled_out"):  # the head noun, not a modifier ("capex budget")
        words[-1:] = _nominal("what_spelled_out")[words[-1].lower()].split()
    return " ".join(words) if _content(words) >= int(data["what_min_words"]) else ""


def _target_metric(cand: dict[str, Any], verb: str, words: list[str]) -> list[str]:
    """A verb that only moves a metric to its target, first in the phrase ("raise capital expenditure to about N1
    trillion", "double headcount to 400"): the metric an analyst writes, with the participle `what_target_verbs`
    gives ("capital expenditure", "headcount doubled"); the target amount is the value column's. ``words`` as they
    were when the verb is another, or nothing but the amount (or nothing at all) follows it."""
    written = _nominal("what_target_verbs")
    if len(words) < 2 or not verb or words[0].lower() != verb or verb not in written \
            or cand.get("syn_verb_lemma") != verb or cand.get("syn_verb_pos") != "VERB":
        return words
    links = vocab("what_target_links")
    cut = next((i for i in range(1, len(words) - 1) if words[i].lower() in links and _amount(words[i + 1])),
               len(words))
    metric = [*words[1:cut], *written[verb].split()]
    least = int(lexicon.load("syntax")["what_min_words"])
    opens = words[1][:1].isdigit() or not words[1][:1].isalnum()  # "reach 64": no metric ("A321 output" is one)
    return metric if words[1:cut] and not opens and _content(metric) >= least else words


def _amount(word: str) -> bool:
    """A word that opens an amount ("47", "$10", "N1", "about")."""
    return word[:1].isdigit() or not word[:1].isalnum() or word.lower() in vocab("what_target_openers") \
        or len(word) > 1 and word[0].isupper() and word[1].isdigit()


def _content(words: list[str]) -> int:
    """How many of ``words`` are content words (not `what_stopwords`)."""
    return sum(1 for w in words if w.lower() not in lexicon.words("claims", "what_stopwords"))
