"""Money amounts in a parsed sentence ("of about $10 billion", "R5.5 billion down from R7.1 billion"): found,
and left out of a milestone when enough else remains; the amount is the value column's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from extractor.syntax.features import Rules


CONTENT = ("NOUN", "ADJ", "VERB", "NUM", "X")  # a name alone may be the subject, left out later


def without(doc: Doc, keep: set[int], money: set[int], links: tuple[str, ...] = ("of", "in"),
             content: tuple[str, ...] = CONTENT, least: int = 2) -> set[int]:
    """``keep`` without its money amounts, unless fewer than ``least`` content words would remain ("revenue
    of $43 billion" stays whole: "revenue" alone names too little); a preposition of ``links`` right
    after an amount goes with it ("allocate over $10 billion in capital expenditures")."""
    rest = keep - money
    if rest == keep or sum(1 for i in rest if doc[i].pos_ in content) < least:
        return keep
    after = {i + 1 for i in money & keep}
    return rest - {i for i in after - money if i in rest and doc[i].dep_ == "case" and doc[i].lower_ in links}


def money(doc: Doc, rules: Rules) -> set[int]:
    """Token indices of the sentence's money amounts that are arguments ("of about $10 billion", "to 25
    billion crowns", "R5.5 billion down from R7.1 billion"): runs of numbers, scale words and range
    links that hold a currency, with the qualifiers right before them."""
    out: set[int] = set()
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and amount_part(doc[j], rules):
            j += 1
        while j > i and doc[j - 1].lower_ in rules.amount_words:
            j -= 1  # a trailing "and" or "to" links to no amount
        run = range(i, j)
        scaled = any(doc[k].lower_ in rules.scale_words for k in run)
        if any(currency(doc[k], rules, scaled) for k in run) and any(numeric(doc[k]) for k in run):
            out.update(run)
            k = i - 1
            while k >= 0 and doc[k].lower_ in rules.amount_qualifiers:
                out.add(k)
                k -= 1
        i = max(j, i + 1)
    return out


def numeric(token: Token) -> bool:
    return token.like_num or not token.is_alpha and any(ch.isdigit() for ch in token.text)


def currency(token: Token, rules: Rules, scaled: bool) -> bool:
    """A currency word or symbol, or a number with its currency glued on ("A$3.7"; "R5.5" only before
    a scale word)."""
    text = token.text
    prefixes = rules.currency_prefixes + (rules.scaled_prefixes if scaled else ())
    return token.lower_ in rules.currency_words or any(
        text.startswith(p) and text[len(p):len(p) + 1].isdigit() for p in prefixes)


def amount_part(token: Token, rules: Rules) -> bool:
    """A number, currency, scale word or range link: a currency glued to digits ("R5.5") is numeric
    already, so only the currency words are left to look up."""
    lower = token.lower_
    return numeric(token) or lower in rules.currency_words or lower in rules.amount_words \
        or lower in rules.scale_words
