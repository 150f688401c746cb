"""Changes and comparisons beside a target ("up 26%", "to 0.75% from 1.5%", "grow by 8% to 21 million"): the
analyst's milestone is the target alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from extractor.syntax.features import Rules
from extractor.syntax.phrase.amounts import amount_part, currency, numeric


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
    if k >= len(doc) or not numeric(doc[k]) or _year(doc[k]):
        return False
    j = k
    while j < len(doc) and (amount_part(doc[j], rules) or doc[j].lower_ in words.percent_words) \
            and doc[j].lower_ != words.ceiling_link:
        j += 1
    if j < len(doc) and doc[j].lower_ == words.ceiling_link:
        return j + 1 < len(doc) and (numeric(doc[j + 1]) or doc[j + 1].lower_ in words.approximations)
    return any(numeric(t) and not _year(t) for t in doc[:token.i])


def _change_by(doc: Doc, token: Token, rules: Rules) -> bool:
    """ "by" (or the verb's own slot) and a percentage a verb changes something by, before the "to" of the amount
    it reaches ("will rise 11.1% to 11.11 lakh crore rupees", "fall 61% to 58 billion yen")."""
    words = rules.comparison
    at = token.i + (token.lower_ == "by")
    if at + 3 >= len(doc) or not numeric(doc[at]) or doc[at + 1].lower_ not in words.percent_words:
        return False
    if not (token.i and doc[token.i - 1].pos_ == "VERB"):
        return False
    after, target = doc[at + 2], doc[at + 3]
    ranged = numeric(target) and at + 4 < len(doc) and doc[at + 4].lower_ in words.percent_words  # "3% to 4%"
    return after.lower_ == words.ceiling_link and not ranged and (
        numeric(target) or target.lower_ in words.approximations or currency(target, rules, True))


def changes_by(doc: Doc, rules: Rules) -> set[int]:
    """The tokens of every `_change_by` ("by 8%", "61%"): taken out of the phrase after it is collected, since the
    parser may hang the target below them ("grow by 8% to 21 million")."""
    return {i for t in doc if _change_by(doc, t, rules) for i in range(t.i, t.i + (t.lower_ == "by") + 2)}


def comparison(doc: Doc, rules: Rules) -> set[int]:
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
        while j < len(doc) and (amount_part(doc[j], rules) or doc[j].lower_ in words.percent_words) \
                and doc[j].lower_ != words.ceiling_link:  # "from 10 to 20 GW": the target stays
            j += 1
        if j < len(doc) and doc[j].pos_ == "NOUN" and doc[j - 1].head.i == j:
            j += 1  # "up from 755,000 tonnes": its unit too
        if j > k and any(numeric(doc[i]) for i in range(k, j)):
            out.update(range(token.i, j))
    return out


def starting_points(doc: Doc, changes: set[int], rules: Rules) -> set[int]:
    """Of the ``changes`` (`comparison`), the starting points that run into their target's "to" ("from 10 to 20
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
