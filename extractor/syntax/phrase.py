"""The milestone of a parsed clause as a short phrase in the sentence's own words.

An analyst writes a claim's `what` from the clause the date belongs to: its verb and object, with
the object's value ("spend about $10 billion on AI training"), or the thing that is the subject
first when the clause is about a thing ("compute reaches 100 exaflops"). What is left out, by
class: the subject when it is an actor, auxiliaries and hedges, the date and its prepositions,
attribution ("according to Musk", "in a tweet"), adverbials fronted before the verb ("Under its
license from the FCC, ..."), and circumstances that are not the milestone ("alongside its next
phones", "as part of a programme", "with preorders opening immediately").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from extractor.syntax.features import Rules

HYPHENS = ("-", "‑", "–")
POSSESSIVE = ("'s", "’s", "'", "’")


def frames(token: Token, rules: Rules) -> bool:
    """A framing verb or adjective by its lemma or its form ("slated", whose lemma may come out as "slat")."""
    return token.lemma_.lower() in rules.framing or token.lower_ in rules.framing


def pooling(token: Token, rules: Rules) -> bool:
    """A participle after the noun phrase it pools ("AI training and inference combined", "all costs
    included"): a modifier, not a clause's verb."""
    before = token.doc[token.i - 1] if token.i else token
    return token.lower_ in rules.pooling and token.head.i < token.i and before.pos_ in ("NOUN", "PROPN", "NUM") \
        and not any(c.dep_ in ("obj", "nsubj", "nsubj:pass") or _case(c) == "with" for c in token.children)


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
    changes = _comparison(core.doc, rules)
    starts = _starting_points(core.doc, changes, rules) | _changes_by(core.doc, rules)
    drop = dated | _dateline(core.doc) | changes - starts | set(outside) | _label(core, rules)
    for i in dated:  # a date's own prepositions ("in", "by the end of") go with it
        token = core.doc[i]
        drop |= {c.i for c in token.children if c.dep_ in ("case", "det", "amod", "advmod")}
    example = _example(core, date, rules)
    if example is not None:  # "projections such as the start of Dojo production in July 2023"
        words = collect(example, rules, drop | {c.i for c in example.children if c.dep_ in ("case", "fixed")},
                        top=False)
        return ["", "", join(core.doc, words), "singular"]
    path = _path(core, date)
    money = _money(core.doc, rules)
    links = ("of",) if core.lemma_.lower() in rules.amount_verbs else ("of", "in")  # "invest $1 billion in"
    # an amount that is the predicate of a thing ("Capex for FY27 will be about A$390 million") is the value
    # column's; the thing names the milestone, so nothing of the amount need be left
    least = 0 if core.i in money and subject is not None else 2
    keep = _without(core.doc, collect(core, rules, drop, top=True, path=path) - starts, money, links, least=least)
    keep |= {i for span in _runs(sorted(naming)) if keep & set(span) for i in span}  # "first-quarter" whole
    keep = _before_next_item(core, keep, own, timex)
    subject_words = ""
    if subject is not None and subject.i not in keep and not frames(subject, rules) \
            and subject.tag_ not in ("WDT", "WP"):
        # whose thing it is matters when someone else expects it ("analysts expect Nanhai's net profit to reach")
        sub = collect(subject, rules, drop | {core.i}, top=False, cut_poss=True, keep_names=subject.dep_ == "obj")
        sub -= {c.i for c in subject.children if c.dep_ == "case"} | starts  # "with the bulk to follow": the bulk
        subject_words = join(core.doc, _without(core.doc, sub, money, content=(*CONTENT, "PROPN")))
    verb_is_frame = frames(core, rules) and core.pos_ in ("VERB", "ADJ", "AUX")
    verb = "" if verb_is_frame or core.pos_ not in ("VERB", "AUX", "ADJ") else core.lemma_.lower()
    if core.pos_ == "ADJ":
        verb = core.lower_  # "effective", not a verb to inflect
    if core.pos_ == "AUX" and core.lemma_.lower() == "be":
        verb = ""
    rest = join(core.doc, keep - {core.i} if verb or verb_is_frame else keep)
    if verb and core.dep_ == "xcomp" and core.head.lemma_.lower() in rules.phase_verbs:
        verb, rest = core.head.lemma_.lower(), join(core.doc, keep)  # "shares will begin trading"
    phased = _phase(core, keep, rules)
    if phased:
        verb, rest = "", phased
    elif verb in rules.nominal and _governs_noun(core, verb):
        verb, rest = _nominalised(core, keep, verb, rules)
    plural = subject is not None and "Plur" in subject.morph.get("Number")
    return [subject_words, verb, rest, "plural" if plural else "singular"]


def clause(doc: Doc, start: int, end: int, links: frozenset[str]) -> set[int]:
    """The tokens of the clause holding the date ``start:end`` when ``doc`` joins clauses with one of
    ``links`` (a comma, a semicolon, a subordinating "as": "Rio Tinto starts underground production, targets
    500,000 tonnes of copper a year from 2028"); empty when it joins none."""
    cuts = [t.i for t in doc if t.lower_ in links and (t.is_punct or t.dep_ == "mark" and t.pos_ == "SCONJ")]
    if not cuts:
        return set()
    lo = max((i + 1 for i in cuts if i < start), default=0)
    hi = min((i for i in cuts if i >= end), default=len(doc))
    return set(range(lo, hi))


def clause_root(doc: Doc, tokens: set[int], timex: set[int], start: int) -> Token | None:
    """The head of a clause's words as the parse hangs them, of the words whose head lies outside it: a verb
    if one is, the last before the date ``start`` (the parse may split "Arianespace plans second flight by
    year-end" into "Arianespace plans" and "second flight"), else the first; None when it holds only dates."""
    roots = [doc[i] for i in sorted(tokens - timex) if doc[i].head.i not in tokens or doc[i].head.i == i]
    roots = [t for t in roots if not t.is_punct]
    roots = [t for t in roots if t.pos_ in ("VERB", "AUX")] or roots
    return next((t for t in reversed(roots) if t.i < start), roots[0] if roots else None)


CONTENT = ("NOUN", "ADJ", "VERB", "NUM", "X")  # a name alone may be the subject, left out later


def _without(doc: Doc, keep: set[int], money: set[int], links: tuple[str, ...] = ("of", "in"),
             content: tuple[str, ...] = CONTENT, least: int = 2) -> set[int]:
    """``keep`` without its money amounts, unless fewer than ``least`` content words would remain ("revenue
    of $43 billion" stays whole: "revenue" alone names too little); a preposition of ``links`` right
    after an amount goes with it ("allocate over $10 billion in capital expenditures")."""
    rest = keep - money
    if rest == keep or sum(1 for i in rest if doc[i].pos_ in content) < least:
        return keep
    after = {i + 1 for i in money & keep}
    return rest - {i for i in after - money if i in rest and doc[i].dep_ == "case" and doc[i].lower_ in links}


def _money(doc: Doc, rules: Rules) -> set[int]:
    """Token indices of the sentence's money amounts that are arguments ("of about $10 billion", "to 25
    billion crowns", "R5.5 billion down from R7.1 billion"): runs of numbers, scale words and range
    links that hold a currency, with the qualifiers right before them."""
    out: set[int] = set()
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and _amount_part(doc[j], rules):
            j += 1
        while j > i and doc[j - 1].lower_ in rules.amount_words:
            j -= 1  # a trailing "and" or "to" links to no amount
        run = range(i, j)
        scaled = any(doc[k].lower_ in rules.scale_words for k in run)
        if any(_currency(doc[k], rules, scaled) for k in run) and any(_numeric(doc[k]) for k in run):
            out.update(run)
            k = i - 1
            while k >= 0 and doc[k].lower_ in rules.amount_qualifiers:
                out.add(k)
                k -= 1
        i = max(j, i + 1)
    return out


def _numeric(token: Token) -> bool:
    return token.like_num or not token.is_alpha and any(ch.isdigit() for ch in token.text)


def _currency(token: Token, rules: Rules, scaled: bool) -> bool:
    """A currency word or symbol, or a number with its currency glued on ("A$3.7"; "R5.5" only before
    a scale word)."""
    text = token.text
    prefixes = rules.currency_prefixes + (rules.scaled_prefixes if scaled else ())
    return token.lower_ in rules.currency_words or any(
        text.startswith(p) and text[len(p):len(p) + 1].isdigit() for p in prefixes)


def _amount_part(token: Token, rules: Rules) -> bool:
    """A number, currency, scale word or range link: a currency glued to digits ("R5.5") is numeric
    already, so only the currency words are left to look up."""
    lower = token.lower_
    return _numeric(token) or lower in rules.currency_words or lower in rules.amount_words \
        or lower in rules.scale_words


def _naming(doc: Doc, others: set[int], rules: Rules) -> set[int]:
    """The tokens of the other time expressions that name the period a noun is of ("first-quarter
    results", "results for its fiscal second quarter", "its 2023 results"): part of the milestone."""
    out: set[int] = set()
    for span in _runs(sorted(others)):
        head = next((doc[i] for i in span if not span[0] <= doc[i].head.i <= span[-1] or doc[i].head.i == i), None)
        if head is None or head.head.pos_ not in ("NOUN", "PROPN") or head.head.i in others \
                or any(doc[i].lower_ in rules.day_words for i in span):
            continue  # "Thursday" names when, never what
        if head.dep_ in ("compound", "amod", "nmod:poss") or head.dep_ == "nmod" and _case(head) in ("for", "of"):
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


def _year(token: Token) -> bool:
    """A year's number ("from 2021 levels" is a period, not an amount)."""
    return len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2100


def _baseline(doc: Doc, token: Token, rules: Rules, after_change: bool = False) -> bool:
    """A bare "from" before an amount that is a change's starting point: before the "to" of its target ("from
    10 to 20 GW") or after another amount, the target ("reach 3,500 from 2,100", "to 0.75% from 1.5%");
    ``after_change``: one after "up" or "down", which the parser may take for a particle ("carry 14 million
    passengers, up from 12.8 million")."""
    words = rules.comparison
    if token.lower_ != words.change_link or token.i + 1 >= len(doc) or token.i and not after_change and (
            doc[token.i - 1].lower_ in words.change_words):
        return False
    k = token.i + 1
    while k < len(doc) and doc[k].lower_ in words.approximations:
        k += 1
    if k >= len(doc) or not _numeric(doc[k]) or _year(doc[k]):
        return False
    j = k
    while j < len(doc) and (_amount_part(doc[j], rules) or doc[j].lower_ in words.percent_words) \
            and doc[j].lower_ != words.ceiling_link:
        j += 1
    if j < len(doc) and doc[j].lower_ == words.ceiling_link:
        return j + 1 < len(doc) and (_numeric(doc[j + 1]) or doc[j + 1].lower_ in words.approximations)
    return any(_numeric(t) and not _year(t) for t in doc[:token.i])


def _change_by(doc: Doc, token: Token, rules: Rules) -> bool:
    """ "by" (or the verb's own slot) and a percentage a verb changes something by, before the "to" of the amount
    it reaches ("will rise 11.1% to 11.11 lakh crore rupees", "fall 61% to 58 billion yen")."""
    words = rules.comparison
    at = token.i + (token.lower_ == "by")
    if at + 3 >= len(doc) or not _numeric(doc[at]) or doc[at + 1].lower_ not in words.percent_words:
        return False
    if not (token.i and doc[token.i - 1].pos_ == "VERB"):
        return False
    after, target = doc[at + 2], doc[at + 3]
    ranged = _numeric(target) and at + 4 < len(doc) and doc[at + 4].lower_ in words.percent_words  # "3% to 4%"
    return after.lower_ == words.ceiling_link and not ranged and (
        _numeric(target) or target.lower_ in words.approximations or _currency(target, rules, True))


def _changes_by(doc: Doc, rules: Rules) -> set[int]:
    """The tokens of every `_change_by` ("by 8%", "61%"): taken out of the phrase after it is collected, since the
    parser may hang the target below them ("grow by 8% to 21 million")."""
    return {i for t in doc if _change_by(doc, t, rules) for i in range(t.i, t.i + (t.lower_ == "by") + 2)}


def _comparison(doc: Doc, rules: Rules) -> set[int]:
    """A change or comparison beside the target ("up 26%", "up from about 90,000", "down from R7.1 billion",
    "compared with 84 cents", "to 0.75% from 1.5%", "from 10 to 20 GW"): the analyst's milestone is the
    target alone."""
    words = rules.comparison
    out: set[int] = set()
    for token in doc:
        if token.lower_ in words.change_words and token.i + 1 < len(doc) \
                and (token.dep_ != "compound:prt" or _baseline(doc, doc[token.i + 1], rules, after_change=True)) \
                and token.head.lower_ not in words.change_not_after \
                and doc[token.i + 1].lower_ != words.ceiling_link and doc[token.i - 1].lower_ != words.ceiling_link:
            # "up to 20%" is a ceiling and "flat to down 2%" a range, not a change beside the target
            k = token.i + 1 + (doc[token.i + 1].lower_ == words.change_link)
        elif token.lower_ in words.comparisons and token.i + 1 < len(doc) \
                and doc[token.i + 1].lower_ in words.comparisons[token.lower_]:
            k = token.i + 2
        elif _baseline(doc, token, rules):
            k = token.i + 1
        else:
            continue
        while k < len(doc) and doc[k].lower_ in words.approximations:
            k += 1
        j = k
        while j < len(doc) and (_amount_part(doc[j], rules) or doc[j].lower_ in words.percent_words) \
                and doc[j].lower_ != words.ceiling_link:  # "from 10 to 20 GW": the target stays
            j += 1
        if j < len(doc) and doc[j].pos_ == "NOUN" and doc[j - 1].head.i == j:
            j += 1  # "up from 755,000 tonnes": its unit too
        if j > k and any(_numeric(doc[i]) for i in range(k, j)):
            out.update(range(token.i, j))
    return out


def _starting_points(doc: Doc, changes: set[int], rules: Rules) -> set[int]:
    """Of the ``changes`` (`_comparison`), the starting points that run into their target's "to" ("from 10 to 20
    GW"): the parser may hang the target below them, so they are taken out of the phrase after it is collected
    rather than cut with what hangs below them."""
    out: set[int] = set()
    for i in sorted(changes):
        if doc[i].lower_ == rules.comparison.change_link and _baseline(doc, doc[i], rules):
            j = i
            while j + 1 < len(doc) and j + 1 in changes:
                j += 1
            if j + 1 < len(doc) and doc[j + 1].lower_ == rules.comparison.ceiling_link:
                out.update(range(i, j + 1))
    return out


def _before_next_item(core: Token, keep: set[int], own: set[int] | frozenset[int], timex: set[int]) -> set[int]:
    """``keep`` up to a coordinator after the claim's date, when the date follows the verb: what comes after
    it is the next item of a coordination ("grow 3% to 4% in fiscal 2025 and adjusted earnings of ...", "open
    in 2027 and employ 2,000 people"), with a date of its own or none, which the parser may hang anywhere."""
    if not own or min(own) < core.i:
        return keep
    doc = core.doc
    nominal = ("NOUN", "PROPN", "NUM")
    cut = next((t.i for t in doc[max(own) + 1:] if t.dep_ == "cc" and t.i not in timex and not (
        t.head.dep_ == "conj" and t.head.head.i > max(own) and t.head.pos_ in nominal and t.head.head.pos_ in nominal
    ) or t.tag_ in ("VBG", "VBN") and doc[t.i - 1].text == ","), None)  # a list of nouns all after the date
    # ("mostly in Nairobi and Kigali") is one item; a participle after a comma opens a clause of its own
    return keep if cut is None else {i for i in keep if i < cut}


def _label(core: Token, rules: Rules) -> set[int]:
    """The tokens of a label before a colon that opens the sentence ahead of the clause ("Railways: 200 new
    trains will be manufactured ...", "Phase 2: Commercial vehicles will be charged ...", "LEE: The task order
    kicks off in January"): a topic, a speaker or a stage, not part of the milestone; one with a verb is a clause."""
    doc = core.doc
    colon = next((t.i for t in doc[:rules.label_words + 1] if t.text == ":"), None)
    if colon is None or not 0 < colon < core.i or any(t.pos_ in ("VERB", "AUX") for t in doc[:colon]):
        return set()  # "Commerzbank raises targets: ..." is a clause of its own
    return set(range(colon + 1))


def _dateline(doc: Doc, reach: int = 10) -> set[int]:
    """The tokens of a dateline that opens the sentence ("DETROIT, Nov 6 - ", "SÃO PAULO -"): a
    place in capitals, up to the dash that ends it."""
    if not doc or not doc[0].is_upper or len(doc[0].text) < 3:
        return set()
    for token in doc[1:reach]:
        if token.text in (*HYPHENS, "—", "--") and token.whitespace_ and doc[token.i - 1].whitespace_:
            return set(range(token.i + 1))
    return set()


def _phase(core: Token, keep: set[int], rules: Rules) -> str:
    """ "start producing 2-nanometer chips" -> "2-nanometer chips production start": a phase verb and
    the verb it governs, both written as nouns (``rules.nominal``, ``rules.gerunds``); "" when either
    has no noun ("begin trading" stays)."""
    if core.lemma_.lower() in rules.phase_verbs:
        phase, act = core, next((c for c in core.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    elif core.dep_ == "xcomp" and core.head.lemma_.lower() in rules.phase_verbs:
        phase, act = core.head, core
    else:
        return ""
    if act is None:
        return ""
    lemma = act.lemma_.lower()
    noun, start = rules.gerunds.get(lemma) or rules.nominal.get(lemma), rules.nominal.get(phase.lemma_.lower())
    if not noun or not start:
        return ""
    order = sorted(keep - {phase.i, act.i} - {c.i for c in act.children if c.dep_ == "mark"})
    if order and core.doc[order[0]].pos_ == "ADP":
        order = order[1:]
    rest = join(core.doc, set(order))
    if not rest:
        return f"{noun} {start}"
    if any(core.doc[i].pos_ == "ADP" for i in order[1:]) or len(rest.split()) > rules.nominal_before:
        return f"{start} of {noun} of {rest}"
    return f"{rest} {noun} {start}"


def _governs_noun(core: Token, verb: str) -> bool:
    """The kept verb is the clause's own (not a phase verb above it) and governs a noun object."""
    return core.lemma_.lower() == verb and any(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN", "SYM", "NUM")
                                               for c in core.children)


def _nominalised(core: Token, keep: set[int], verb: str, rules: Rules) -> tuple[str, str]:
    """ "begin production" -> ("", "production start"); "spend $10 billion on Dojo" -> ("", "Dojo
    spending"): the milestone as the noun phrase an analyst writes, the amount left to the value
    column. (verb, rest) as they were when nothing but the amount would be left."""
    words = keep - {core.i}
    if verb in rules.amount_verbs:
        amount = next(c for c in core.children if c.dep_ == "obj")
        spent = {amount.i} | {t.i for c in amount.children if not c.dep_.startswith("nmod") for t in c.subtree}
        without = words - spent  # "19.8 billion pounds in its network": what it goes to stays
        if any(core.doc[i].pos_ in ("NOUN", "PROPN") for i in without):
            words = without
    if not words:
        return verb, ""
    noun = rules.nominal[verb]
    order = sorted(words)
    if core.doc[order[0]].pos_ == "ADP" and len(order) > 1:  # "spend ... on AI training": the preposition goes
        order = order[1:]
    rest = join(core.doc, set(order))
    inner = any(core.doc[i].pos_ == "ADP" for i in order[1:])
    if noun and (inner or len(rest.split()) > rules.nominal_before):
        return "", f"{noun} of {rest}"  # "opening of 40 new restaurants in Canada": the noun survives a cut
    return "", f"{rest} {noun}".strip()


def _misread(core: Token, rules: Rules) -> bool:
    """A verb the tagger made of a name ("between Merced and Bakersfield"), of a currency after its
    amount ("10 trillion won") or of the second half of a hyphenated adjective ("self-driving"): the
    clause around it is misread, the rules do better."""
    doc = core.doc
    if core.pos_ == "VERB" and core.text[:1].isupper() and not core.is_sent_start:
        return True
    if core.lower_ in rules.currency_words and core.i and _amount_part(doc[core.i - 1], rules):
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
        if token.pos_ in ("NOUN", "PROPN") and _case(token) in rules.example_cases:
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


def _case(token: Token) -> str:
    """The preposition a nominal hangs by ("ahead of" -> "ahead"; also one the parser made an
    adverb of, "alongside"), lower-cased; "" when none."""
    return next((c.lower_ for c in token.children if c.i < token.i and (
        c.dep_ == "case" or c.dep_ == "advmod" and c.pos_ in ("ADP", "ADV", "SCONJ"))), "")


def _case_word(token: Token) -> str:
    """A case marker's own word ("as" of "known as Optimus"), "" for any other token."""
    return token.lower_ if token.dep_ == "case" else ""


def _absolute(token: Token) -> bool:
    """ "with preorders opening immediately": a with-phrase whose noun has its own participle."""
    return _case(token) == "with" and any(c.dep_.startswith("acl") or c.tag_ in ("VBG", "VBN")
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
                _case(child) in rules.drop_cases or child.lower_ in rules.drop_cases or _absolute(child)):
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
            c.pos_ == "PROPN" and c.i == child.i + 1 or any(_case_word(g) == "as" for g in c.children))]
        if dep == "acl" and child.lemma_.lower() in rules.naming and child.i > token.i and names:
            for named in names:
                out |= {i for i in collect(named, rules, drop, top=False, cut_poss=cut_poss, path=path,
                                           keep_names=keep_names) if _case_word(token.doc[i]) != "as"}
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
    return out


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


def join(doc: Doc, indices: set[int]) -> str:
    """The kept tokens in sentence order, spaced as written where adjacent; a hyphen between two
    kept words stays ("self-driving", "next-gen"), and the commas of a list ("Delhi, Kolkata and Chennai")."""
    indices = set(indices)
    for i in range(1, len(doc) - 1):
        if doc[i].text in HYPHENS and i - 1 in indices and i + 1 in indices \
                and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
            indices.add(i)
    parts: list[str] = []
    previous = -2
    for i in sorted(indices):
        token = doc[i]
        if token.is_space or token.is_punct and token.text not in ("%", "$", "&", ",", *HYPHENS):
            continue
        if parts and token.text != "," and (previous != i - 1 or doc[previous].whitespace_):
            parts.append(" ")
        parts.append(token.text)
        previous = i
    return "".join(parts).strip()
