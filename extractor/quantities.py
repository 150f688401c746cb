"""Quantities in text: amounts of money, counts of things, percentages, energy, compute.

A claim's target ("spend $10 billion in 2024", "50,000 Semis in 2024") is a number with a unit.
Numbers that are parts of dates, years, model names or phone numbers are not quantities, so
they are recognised here and dropped. All words, units and multipliers live in
``lexicons/units.yaml``; the regexes are compiled once at import.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from extractor import lexicon, yamlio
from extractor import time as temporal

_LEX = yamlio.load(Path(__file__).parent / "lexicons" / "units.yaml")


@dataclass(frozen=True)
class Quantity:
    """A number with its unit; a range ("10-20%", "$60 billion to $65 billion") has its lower bound
    as ``value`` and ``ranged`` set; ``unit`` is "" for bare counts."""

    start: int
    end: int
    value: float | None
    unit: str
    value_text: str
    ranged: bool = False


def _alt(words: list[str]) -> str:
    """Regex alternation, longest first, with inner spaces matching any whitespace."""
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _phrases(items: list[str]) -> re.Pattern[str]:
    """Words and punctuation marks to find in running text; words only as whole words."""
    words = [w for w in items if w[0].isalnum()]
    marks = [w for w in items if not w[0].isalnum()]
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)|{_alt(marks) or '(?!)'}", re.IGNORECASE)


_MULT = {_key(k): float(v) for k, v in _LEX["multipliers"].items()}
_SUFFIX = {_key(k): float(v) for k, v in _LEX["suffix_multipliers"].items()}
_WORDS = {_key(k): float(v) for k, v in _LEX["number_words"].items()}
_CUR_PRE = {_key(k): v for k, v in (_LEX["currency_prefixes"] | _LEX["scaled_currency_prefixes"]).items()}
_BARE_DOLLAR = "$"
_CUR_SUF = {_key(k): v for k, v in _LEX["currency_suffixes"].items()}
_PERCENT = {_key(k): v for k, v in _LEX["percent_units"].items()}
_FRACTIONS = {_key(k): float(v) for k, v in _LEX["fractions"].items()}
_UNIT_OF: dict[str, str] = {}
_RATED: set[str] = set()
_WRITTEN: set[str] = set()  # aliases reported as written ("smartphones", "staff"), not as their class
for _canon, _spec in _LEX["units"].items():
    if _spec.get("rate"):
        _RATED.add(_canon)
    for _alias in _spec["aliases"]:
        _UNIT_OF[_key(_alias)] = _canon
        plural_word = _alias.endswith("s") and " " not in _alias
        if _spec.get("written") and _alias not in _spec.get("brands", []) and plural_word:
            _WRITTEN.add(_key(_alias))
_NOT_FOLLOWED = {
    canon: re.compile(rf"\s+(?:{_alt(spec['not_followed_by'])})\b", re.IGNORECASE)
    for canon, spec in _LEX["units"].items()
    if spec.get("not_followed_by")
}
_CASE_SENSITIVE = {_key(w): w for w in _LEX["case_sensitive"]}
_PERIODS = {_key(k): v for k, v in _LEX["rate_periods"].items()}
_ADVERBS = {_key(k): v for k, v in _LEX["rate_adverbs"].items()}
_UNITS_DEFAULT: str = _LEX["units_default"]
_IDENTIFIERS = {str(n) for n in _LEX["identifiers"]}
_DESIGNATORS = {_key(w) for w in _LEX["designators"]}
_MONTHS = {_key(w) for w in _LEX["month_names"]}
_YEAR_PREPS = {_key(w) for w in _LEX["year_prepositions"]}
_YEAR_RATE_LINKS = {_key(w) for w in _LEX["year_rate_links"]}

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MULT_ALT = _alt(list(_MULT))
_SUFFIX_ALT = _alt(list(_SUFFIX))
_CUR_ALT = (
    _alt(list(_LEX["currency_prefixes"]))
    + rf"|(?-i:{_alt(list(_LEX['scaled_currency_prefixes']))})(?=\s?(?:{_DIGITS})\s*(?-i:{_MULT_ALT})\b)"
)  # a letter sign only right before an amount and a lower-case multiplier word ("R5.5 billion", not "R2 B")
_NUMBER = re.compile(
    rf"(?<![\w.,/+:$€£¥₹₩-])"
    rf"(?:(?P<cur>{_CUR_ALT})\s?)?"
    rf"(?:(?P<digits>{_DIGITS})|(?P<word>{_alt(list(_WORDS))})(?!\w)"
    rf"|(?P<article>{_alt(_LEX['article_numbers'])})(?=\s+(?:{_MULT_ALT})\b))"
    rf"(?:(?P<suffix>{_SUFFIX_ALT})(?!\w)"
    rf"|(?=(?:{_alt(list(_CASE_SENSITIVE) + ['%'])})(?!\w))"
    rf"|(?!\w)(?:\s*-?(?P<mult>{_MULT_ALT})\b)?)",
    re.IGNORECASE,
)
_RANGE = re.compile(
    rf"\s*(?P<sep>-|–|—|\bto\b|\band\b|\bor\b)\s*(?:(?P<cur>{_CUR_ALT})\s?)?"
    rf"(?:(?P<digits>{_DIGITS})|(?P<word>{_alt(list(_WORDS))}))"
    rf"(?:(?P<suffix>{_SUFFIX_ALT})(?!\w)|(?!\w)(?:\s*(?P<mult>{_MULT_ALT})\b)?)",
    re.IGNORECASE,
)
_PERCENT_RE = re.compile(rf"\s*(?P<u>{_alt(list(_LEX['percent_units']))})(?!\w)", re.IGNORECASE)
_ANAPHORIC = frozenset(lexicon.word_list("claims", "anaphoric"))
_SUBCUR = {_key(k): (v[0], float(v[1])) for k, v in _LEX["currency_fractions"].items()}
_CONTEXT_FRACTIONS = {
    _key(word): [(re.compile(rf"(?<!\w)(?:{_alt(cues)})(?!\w)", re.IGNORECASE), code) for cues, code in rules]
    for word, rules in _LEX["contextual_fractions"].items()
}
_MONEY_PER = {_key(k): v for k, v in _LEX["money_rate_units"].items()}
_MONEY_PER_RE = re.compile(
    rf"\s*(?:a|an|per|/)\s*(?P<u>{_alt(list(_LEX['money_rate_units']))})(?![\w-])", re.IGNORECASE
)
_SUBCUR_RE = re.compile(rf"\s*(?P<u>{_alt(list(_LEX['currency_fractions']))})(?!\w)", re.IGNORECASE)
_CUR_SUF_RE = re.compile(rf"\s*(?P<u>{_alt(list(_LEX['currency_suffixes']))})(?!\w)", re.IGNORECASE)
_TIME_RE = re.compile(rf"\s*-?\s*(?:{_alt(_LEX['time_nouns'])})(?![\w])", re.IGNORECASE)
_MONTH_RE = re.compile(rf"\s*(?:{_alt(_LEX['month_names'])})\b", re.IGNORECASE)
_DESIGNATION_RE = re.compile(rf"\s*-?\s*(?:{_alt(_LEX['designation_nouns'])})\b", re.IGNORECASE)
_STOPS = _alt(_LEX["modifier_stops"] + _LEX["time_nouns"] + _LEX["month_names"])
_MOD = (
    rf"(?!(?:{_STOPS})(?![\w'’-]))"
    rf"(?:(?:{_alt(_LEX['designators'])})\s?\d+\w*|{_alt(list(_IDENTIFIERS))}|[A-Za-z][\w'’-]*"
    r"|\d+-(?-i:[A-Z][a-z])[\w'’-]*)(?![\w'’-])"  # ... or a name glued to a number ("600 new 7-Eleven stores")
)
_UNIT_RE = re.compile(
    rf"\+?(?P<mods>(?:\s+{_MOD}){{0,3}}?)\s*-?(?P<u>{_alt(list(_UNIT_OF))})(?![\w'’-])", re.IGNORECASE
)
_GENERIC_RE = re.compile(
    r"\s+(?:(?:new|more|additional|[A-Z][\w.'-]*)\s+){0,2}(?P<u>[a-z][a-z-]*[a-z](?<!ss)(?<!us)(?<!is)s)\b"
)  # "60,000 racks", "500 U.S. locations"
_NOT_GENERIC = {_key(w) for w in _LEX["not_generic_units"]}
_RATE_RE = re.compile(
    rf"\s*(?:(?:{_alt(_LEX['rate_connectors'])})\s*(?P<period>{_alt(list(_PERIODS))})"
    rf"|(?P<adverb>{_alt(list(_ADVERBS))}))(?!\w)",
    re.IGNORECASE,
)
_RATE_ADJECTIVES = {_key(k): v for k, v in _LEX["rate_adjectives"].items()}
_OF_RATE_ADJECTIVE = re.compile(rf"\s+of\s+(?P<adj>{_alt(list(_RATE_ADJECTIVES))})\s+[a-z]", re.IGNORECASE)
_RATE_AFTER_OF = re.compile(r"\s+of\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*" + _RATE_RE.pattern, re.IGNORECASE)
_FRACTION_RE = re.compile(
    rf"\bby\s+(?P<q>(?:(?:{_alt(_LEX['fraction_qualifiers'])})\s+)*)(?P<f>{_alt(list(_FRACTIONS))})\b",
    re.IGNORECASE,
)
_MASKS = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"  # phone numbers
    r"|\+\d[\d\s().-]{7,}\d"  # international phone numbers
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"  # numeric dates
    r"|\b\d+(?:\.\d+){2,}\b"  # version numbers
)
_LOWERCASE_DESIGNATORS = {_key(w) for w in _LEX["lowercase_designators"]}
_GLUED_AFTER = re.compile(r"[:/.-]\d")
_GLUED_NAME = re.compile(r"-(?=[A-Z][a-z])")  # "7-Eleven", "3-Series": a number glued to a capitalised word
_PREV_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\s*$")
_YEAR = re.compile(r"(?:1[89]|2[01])\d\d")
_CLAUSE_BREAK = _phrases(_LEX["clause_breaks"])
_FUTURE_ASIDE = re.compile(r"\b(?:would|will|could|should)\b", re.IGNORECASE)
_ASIDE = re.compile(rf"\([^()]*\)|—[^—]*—|,\s*(?:{_alt(_LEX['relative_openers'])})\b[^,;]*", re.IGNORECASE)
_UNITS_CONTEXT = {
    canon: re.compile(rf"\b(?:{_alt(words)})\b", re.IGNORECASE)
    for canon, words in _LEX["units_context"].items()
}
_COORDINATOR = _phrases(_LEX["coordinators"])
_COORD = _LEX["coordinated_targets"]
_COORDINATED = re.compile(
    rf"[^.;:!?]*?(?<!\w)(?:{_alt(_COORD['joints'])})\s+(?:the\s+)?(?:[\w$'’/-]+\s+){{1,{int(_COORD['measure_words'])}}}?"
    rf"(?:{_alt(_COORD['links'])})\s+(?:(?:{_alt(_COORD['approximators'])})\s+)?",
    re.IGNORECASE,
)
_SCALED_UNITS = {_key(k): (v[0], float(v[1])) for k, v in _LEX["scaled_units"].items()}
_SCALED_RE = re.compile(rf"\s*(?P<u>{_alt(list(_SCALED_UNITS))})(?![\w/])", re.IGNORECASE)
_CONTEXT_CURRENCIES = {
    _key(word): [(re.compile(rf"\b(?:{_alt(cues)})\b", re.IGNORECASE), code) for cues, code in rules]
    for word, rules in _LEX["contextual_currencies"].items()
}
_CONTEXT_CUR_RE = re.compile(rf"\s+(?:[A-Z][a-z]+\s+)?(?P<u>{_alt(list(_CONTEXT_CURRENCIES))})(?!\w)", re.IGNORECASE)
_IMPLICIT = [(unit, re.compile(rf"\b(?:{_alt(words)})\b", re.IGNORECASE))
             for unit, words in _LEX["implicit_units"].items()]
_IMPLICIT_REACH = 80  # characters before a bare number searched for the measure it gives a value of
# "about 120 of the new stores"
_OF_THE = re.compile(r"\s+of\s+(?:the|its|their|our|his|her|these|those)(?=\s)", re.IGNORECASE)
_PREPOSITION_ONLY = re.compile(r"\s*(?:in|by|at|on|from|until|for|during|through)?\s*(?:the\s+)?", re.IGNORECASE)
_CHANGE_FROM = re.compile(rf"(?<!\w)(?:{_alt(_LEX['change_start']['before'])})\s*$", re.IGNORECASE)
_CHANGE_TO = re.compile(rf"\s*(?:{_alt(_LEX['change_start']['after'])})(?!\w)", re.IGNORECASE)
_ANCHOR_YEAR = re.compile(
    rf"^(?:(?:{_alt(_LEX['year_rate_links'])})\s+)?(?:the\s+year\s+)?\d{{4}}$", re.IGNORECASE
)


def _number_value(m: re.Match[str]) -> float:
    """The scaled value of a numeral match (digits or words, times its multiplier)."""
    if m.group("digits"):
        base = float(m.group("digits").replace(",", ""))
    elif m.group("word"):
        base = _WORDS[_key(m.group("word"))]
    else:
        base = 1.0
    scale = _key(m.group("suffix") or m.group("mult") or "")
    return base * (_SUFFIX.get(scale) or _MULT.get(scale) or 1.0)


def _is_scaled(m: re.Match[str]) -> bool:
    return bool(m.group("suffix") or m.group("mult"))


def _names_something(text: str, m: re.Match[str]) -> bool:
    """True when the number is part of a date, a year, a model name or another identifier."""
    start, end = m.start(), m.end()
    if _GLUED_AFTER.match(text, end) and not _RANGE.match(text, end):
        return True
    if _TIME_RE.match(text, end):
        return True  # "18 months": a duration belongs to the time expression
    if _GLUED_NAME.match(text, end) and not (_UNIT_RE.match(text, end + 1) or _TIME_RE.match(text, end + 1)):
        return True  # "7-Eleven stores" name a chain; "a 5-Gigawatt Plant" in a title still measures
    if m.group("cur"):
        return False
    prev = _PREV_WORD.search(text[max(0, start - 40) : start])
    prev_word = _key(prev.group(1)) if prev else ""
    if prev and prev_word.rstrip(".") in _MONTHS and prev.group(1)[0].isupper():
        return True  # "July 1", "Sept. 30"
    named = prev is not None and (prev.group(1)[0].isupper() or prev_word in _LOWERCASE_DESIGNATORS)
    if named and (prev_word in _DESIGNATORS or prev_word.rstrip(".") in _DESIGNATORS):
        return True  # "Model 3", "Falcon 9", "Gen 3"; "building 75 jets" is a verb and a count
    digits = m.group("digits") or ""
    if digits and _MONTH_RE.match(text, end) and not _is_scaled(m):
        return True  # "1 July"
    plain = digits.isdigit() and not _is_scaled(m)
    if plain and digits in _IDENTIFIERS:
        return True  # "4680 production lines" are lines making 4680 cells
    if plain and len(digits) == 4 and _DESIGNATION_RE.match(text, end):
        return True  # "4680 cells"
    if plain and _YEAR.fullmatch(digits):
        unit = _UNIT_RE.match(text, end)
        adjacent = unit is not None and not unit.group("mods")
        return not adjacent or prev_word in _YEAR_PREPS
    return False


def _unit_after(text: str, pos: int, context: str = "") -> tuple[str, int] | None:
    """The unit written right after a number (percent, currency word, counted noun + rate)."""
    m = _PERCENT_RE.match(text, pos)
    if m:
        return _PERCENT[_key(m.group("u"))], m.end()
    m = _CUR_SUF_RE.match(text, pos)
    if m:
        return _money_rate(text, _CUR_SUF[_key(m.group("u"))], m.end())
    m = _CONTEXT_CUR_RE.match(text, pos)
    if m:
        code = _contextual_currency(m.group("u"), text, context)
        return _money_rate(text, code, m.end()) if code else None
    m = _UNIT_RE.match(text, pos)
    if not m:
        of_the = _OF_THE.match(text, pos)  # "about 120 of the new stores"
        return _generic_unit(text, pos) or (_unit_after(text, of_the.end(), context) if of_the else None)
    alias = _key(m.group("u"))
    if alias in _CASE_SENSITIVE and m.group("u") != _CASE_SENSITIVE[alias]:
        return None
    unit, end = _UNIT_OF[alias], m.end()
    if unit in _NOT_FOLLOWED and _NOT_FOLLOWED[unit].match(text, end):
        return None
    while (more := _UNIT_RE.match(text, end)) and (
        not more.group("mods") and _UNIT_OF[_key(more.group("u"))] in (unit, "units")
    ):
        end = more.end()  # "Semi truck tractors", "Semi units": one noun phrase
    if unit == "units":
        unit = _context_noun(text) or _UNITS_DEFAULT
    elif alias in _WRITTEN:
        unit = alias  # counted things take their own plural noun ("smartphones", "subscriptions")
    if _UNIT_OF[alias] in _RATED:
        r = _RATE_RE.match(text, end) or _rate_after_of(text, end)
        if r:
            return f"{unit} per {_rate_period(r)}", r.end()
        if adj := _OF_RATE_ADJECTIVE.match(text, end):  # "5 million tonnes of annual output"
            return f"{unit} per {_RATE_ADJECTIVES[_key(adj.group('adj'))]}", end
    return unit, end


def _money_rate(text: str, code: str, end: int, adverbs: bool = False) -> tuple[str, int]:
    """A currency written after its number keeps a rate written as a period after it ("40 million euros
    a year"), as one written before it does ("$10 billion a year"); an adverb ("raise 1 trillion yen
    annually") tells how often the verb acts, not what the amount is, except after a sign ("$10 billion
    annually"), as before. A price per physical unit is a rate too ("$1,450 an ounce": USD per ounce)."""
    r = _RATE_RE.match(text, end)
    if r and (r.group("period") or adverbs):
        return f"{code} per {_rate_period(r)}", r.end()
    per = _MONEY_PER_RE.match(text, end)
    if per:
        return f"{code} per {_MONEY_PER[_key(per.group('u'))]}", per.end()
    return code, end


def _fraction_currency(word: str, text: str, context: str) -> str | None:
    """The currency of a bare "cents" the sentence or article decides (``contextual_fractions``), else the
    article's local dollar; None for a named fraction ("Australian cents") or no such country."""
    rules = _CONTEXT_FRACTIONS.get(_key(word))
    if not rules:
        return None
    for where in (text, context):
        code = next((code for rx, code in rules if rx.search(where)), None)
        if code:
            return code
    return _local_dollar(context) if context else None


def _context_noun(text: str) -> str | None:
    """The thing a bare "units" counts: the class the sentence names, as the sentence writes it
    when that class keeps its own words ("100 million units" of "smartphones")."""
    for canon, rx in _UNITS_CONTEXT.items():
        found = rx.search(text)
        if found:
            word = _key(found.group())
            return word if word in _WRITTEN else canon
    return None


def _rate_after_of(text: str, pos: int) -> re.Match[str] | None:
    """A rate after what the unit measures ("500,000 tonnes of copper a year")."""
    return _RATE_AFTER_OF.match(text, pos)


def _contextual_currency(word: str, text: str, context: str) -> str | None:
    """The ISO code of a currency word the country decides ("crowns": DKK for a Danish company),
    from the sentence, else from the article around it."""
    rules = _CONTEXT_CURRENCIES[_key(word)]
    for where in (text, context):
        code = next((code for rx, code in rules if rx.search(where)), None)
        if code:
            return code
    return None


@lru_cache(maxsize=64)
def _cue_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w$])(?:{_alt(list(words))})(?![\w$])", re.IGNORECASE)


def _cue_counts(words: list[str], text: str) -> Counter[str]:
    """How often each cue word occurs in ``text`` (whole words only)."""
    return Counter(m.group().lower() for m in _cue_rx(tuple(words)).finditer(text))


@lru_cache(maxsize=16)
def _local_dollar(context: str) -> str | None:
    """The dollar of the non-US country the article is from (see ``local_dollars`` in units.yaml), or None."""
    rules = _LEX["local_dollars"]
    us = sum(_cue_counts(rules["us_cues"], context).values())
    for code, cues in rules["countries"].items():
        counts = _cue_counts(cues, context)
        if len(counts) >= int(rules["min_cues"]) and sum(counts.values()) > us:
            return code
    return None


def _currency_prefix(symbol: str, context: str) -> str:
    """The ISO code of a currency sign before a number; a bare "$" takes the article's local dollar."""
    if symbol.strip() == _BARE_DOLLAR and context:
        return _local_dollar(context) or _CUR_PRE[_key(symbol)]
    return _CUR_PRE[_key(symbol)]


def _generic_unit(text: str, pos: int) -> tuple[str, int] | None:
    """A plural noun the lexicon does not know, right after the number ("60,000 racks", "500 million
    packages a year"): the noun is the unit, a rate after it is kept."""
    m = _GENERIC_RE.match(text, pos)
    if not m or _key(m.group("u")) in _NOT_GENERIC:
        return None
    unit, end = m.group("u").lower(), m.end()
    r = _RATE_RE.match(text, end)
    if r:
        return f"{unit} per {_rate_period(r)}", r.end()
    return unit, end


def _rate_period(r: re.Match[str]) -> str:
    return _PERIODS.get(_key(r.group("period") or "")) or _ADVERBS[_key(r.group("adverb"))]


def _range_after(text: str, m: re.Match[str], pos: int) -> re.Match[str] | None:
    """A second number at ``pos`` that makes this one a range ("10-20%", "between 5 and 6 million")."""
    r = _RANGE.match(text, pos)
    if not r:
        return None
    sep = _key(r.group("sep"))
    before = _key(text[max(0, m.start() - 9) : m.start()])
    if sep == "and" and not before.endswith("between"):
        return None
    if sep == "to" and before.endswith("from"):
        return None  # "from 10 to 20%": a change, the target is the second number
    first, second = (m.group("digits") or ""), r.group("digits")
    if _YEAR.fullmatch(first) and (_YEAR.fullmatch(second) or len(second) == 2):
        return None  # "2023-2024", "2024-25": years
    return r


def _lower_bound(m: re.Match[str], rng: re.Match[str]) -> float:
    """A range's lower end, scaled like the upper one when only that is ("5 to 6 million")."""
    value = _number_value(m)
    scale = _key(rng.group("suffix") or rng.group("mult") or "")
    if not _is_scaled(m) and scale:
        value *= _SUFFIX.get(scale) or _MULT.get(scale) or 1.0
    return value


def _implicit_unit(text: str, start: int) -> str:
    """The unit a measure named just before a bare number gives it ("retirement age to 64": years)."""
    before = text[max(0, start - _IMPLICIT_REACH):start]
    return next((unit for unit, rx in _IMPLICIT if rx.search(before)), "")


def find_quantities(text: str, context: str = "") -> list[Quantity]:
    """Every quantity in ``text``, in order, non-overlapping; ``context`` (the article) tells currency
    words the sentence leaves open."""
    masked = [(mm.start(), mm.end()) for mm in _MASKS.finditer(text)]
    found: list[Quantity] = []
    covered = 0
    for m in _NUMBER.finditer(text):
        if m.start() < covered or any(a <= m.start() < b for a, b in masked):
            continue
        if _names_something(text, m):
            covered = max(covered, m.end())
            continue
        value: float | None = _number_value(m)
        end = m.end()
        rng = _range_after(text, m, end)
        if rng:
            value, end = _lower_bound(m, rng), rng.end()
        if scaled := _SCALED_RE.match(text, end):  # "110 mtpa"
            unit, scale = _SCALED_UNITS[_key(scaled.group("u"))]
            covered = scaled.end()
            found.append(Quantity(m.start(), covered, value * scale, unit, text[m.start():covered], bool(rng)))
            continue
        fraction = False
        if m.group("cur"):
            unit, end = _money_rate(text, _currency_prefix(m.group("cur"), context), end, adverbs=True)
        elif sub := _SUBCUR_RE.match(text, end):  # "18 Australian cents" -> 0.18 AUD
            unit, scale = _SUBCUR[_key(sub.group("u"))]
            unit = _fraction_currency(sub.group("u"), text, context) or unit
            value = value * scale if value is not None else None
            end, fraction = sub.end(), True
        else:
            after = _unit_after(text, end, context) or _elided_rate(text, end, found)
            if after is None:
                if not m.group("digits") and not _is_scaled(m):
                    continue  # a spelled-out number with no unit is prose ("one of the")
                unit = _implicit_unit(text, m.start())
            else:
                unit, end = after
        # "by 2 cents to C$1.12": a change in cents, then the new amount with its sign, is never a range
        cents_then_sign = fraction and (nxt := _RANGE.match(text, end)) is not None and bool(nxt.group("cur"))
        if unit and not rng and not cents_then_sign and (rng := _range_after(text, m, end)):
            second = _currency_prefix(rng.group("cur"), context) if rng.group("cur") else None
            second_unit, second_end = (second, rng.end()) if second else _unit_after(text, rng.end()) or ("", 0)
            if second_unit == unit:
                end = second_end  # "13% to 15%", "$5 billion to $6 billion": the lower bound
            else:
                rng = None
        covered = end
        found.append(Quantity(m.start(), end, value, unit, text[m.start() : end], bool(rng)))
    for f in _FRACTION_RE.finditer(text):
        start = f.start("q") if f.group("q") else f.start("f")
        if not any(q.start <= start < q.end for q in found):
            found.append(Quantity(start, f.end(), _FRACTIONS[_key(f.group("f"))], "%", text[start : f.end()]))
    return sorted(found, key=lambda q: q.start)


def _elided_rate(text: str, pos: int, before: list[Quantity]) -> tuple[str, int] | None:
    """A rate whose noun is left out ("47 jets a month ... to 52 a month", "the A350 ... to 12 a
    month"): the noun of the last counted rate before it, else the thing the sentence names."""
    rate = _RATE_RE.match(text, pos)
    if rate is None:
        return None
    counted = [_base_unit(q.unit) for q in before if _base_unit(q.unit) in _RATED]
    noun = counted[-1] if counted else next((c for c, rx in _UNITS_CONTEXT.items() if rx.search(text)), None)
    return (f"{noun} per {_rate_period(rate)}", rate.end()) if noun and noun != "units" else None


def _base_unit(unit: str) -> str:
    return unit.split(" per ")[0]


# Extra cost, in characters of distance, of a candidate target with each weakness.
_COST = {"range": 50, "change_start": 200, "clause_break": 200, "other_date": 300, "rate_beside_total": 1000}


def _with_elided_nouns(quantities: list[Quantity], sentence: str, start: int, end: int) -> list[Quantity]:
    """A bare number right by the date counts the thing the sentence counted before ("1,618
    satellites by July 2026, and all 3,236 by July 2029") or the thing its subject names ("5G
    subscriptions would reach about 500 million by 2027")."""
    out = []
    for q in quantities:
        near = _PREPOSITION_ONLY.fullmatch(sentence, q.end, start) if q.end <= start else None
        if q.unit or q.value is None or near is None or _YEAR.fullmatch(q.value_text):
            out.append(q)
            continue
        counted = [o.unit for o in quantities if o.end <= q.start and o.unit and o.unit[0].islower()
                   and o.unit not in ("%",)]
        named = _UNIT_RE.search(sentence, 0, q.start) if not counted else None
        noun = counted[-1] if counted else _noun_of(named) if named else ""
        out.append(replace(q, unit=noun) if noun else q)
    return out


def _noun_of(m: re.Match[str]) -> str:
    alias = _key(m.group("u"))
    return alias if alias in _WRITTEN else _UNIT_OF[alias]


def _gap(q: Quantity, start: int, end: int) -> tuple[int, int]:
    """Character span between a quantity and a time expression."""
    return (q.end, start) if q.end <= start else (end, q.start)


def pick_target(
    quantities: list[Quantity], sentence: str, anchor_start: int, anchor_end: int,
    timexes: list[temporal.Timex] | None = None,
) -> Quantity | None:
    """The quantity most likely to be what a claim promises by the time expression at the anchor span.

    Bare counts are never targets, nor are quantities inside an aside that does not hold the anchor
    (parentheses, ", which sold 1.8 million cars,"). The nearest quantity wins, except that one across
    a clause break ("versus", "up from", ";"), one that belongs to another date of the sentence ("3 GWh
    by 2025 and 40% in 2027"), a range, or a rate when the sentence also states a total of the same
    thing ("12 flights a month, 144 for the year"), or the start of a change ("from 10% to 20%")
    ranks lower. A yearly rate tied to a named year
    ("50,000 units per year in 2024") is that year's total, so the rate is dropped. ``timexes``: the
    sentence's time expressions (offsets within it) when the caller has them, else they are found here.
    """
    asides = [(a.start(), a.end()) for a in _ASIDE.finditer(sentence)
              if not _FUTURE_ASIDE.search(a.group())]  # ", which would lift capacity to 155,000" holds a target
    asides = [(a, b) for a, b in asides if not a <= anchor_start < b]
    quantities = _with_elided_nouns(quantities, sentence, anchor_start, anchor_end)
    cands = [
        q
        for q in quantities
        if q.unit
        and (q.end <= anchor_start or q.start >= anchor_end)
        and not any(a <= q.start < b for a, b in asides)
    ]
    if not cands:
        return None
    dates = [
        (t.start, t.end)
        for t in (temporal.find_timexes(sentence) if timexes is None else timexes)
        if t.type == "DATE"
        and t.text.lower() not in _ANAPHORIC  # "144 flights for the year" is the anchor's year
        and (t.end <= anchor_start or t.start >= anchor_end)
        and not any(q.start < t.end and t.start < q.end for q in quantities)
    ]

    def elsewhere(q: Quantity) -> bool:
        """The quantity belongs to another date of the sentence."""
        lo, hi = _gap(q, anchor_start, anchor_end)
        if any(lo <= a and b <= hi for a, b in dates):
            return True  # another date stands between
        if any(a >= q.end and _PREPOSITION_ONLY.fullmatch(sentence, q.end, a) for a, _ in dates):
            return True  # "from 99% at the end of this year to 122% in 2034": 122% is 2034's
        # "3 GWh by 2025 and 40% in 2027": it opens the next dated clause
        opens_next = q.start >= anchor_end and bool(_COORDINATOR.search(sentence, lo, hi))
        return opens_next and any(a >= q.end for a, _ in dates)

    totals = {q.unit for q in cands if " per " not in q.unit and not elsewhere(q)}  # this date's totals only

    def cost(q: Quantity) -> tuple[int, int]:
        lo, hi = _gap(q, anchor_start, anchor_end)
        c = hi - lo
        if _CLAUSE_BREAK.search(sentence, lo, hi):
            c += _COST["clause_break"]
        if elsewhere(q):
            c += _COST["other_date"]
        if " per " in q.unit and _base_unit(q.unit) in totals:
            c += _COST["rate_beside_total"]
        if q.ranged:
            c += _COST["range"]
        if _CHANGE_FROM.search(sentence, max(0, q.start - 12), q.start) and _CHANGE_TO.match(sentence, q.end):
            c += _COST["change_start"]  # "from 10% to 20%": the change's starting point
        return c, q.start

    best = min(cands, key=cost)
    if best.unit.endswith(" per year") and best.end <= anchor_start and _RATE_RE.search(best.value_text):
        link = _key(sentence[best.end : anchor_start])
        named_year = _ANCHOR_YEAR.match(_key(sentence[anchor_start:anchor_end]))
        if (not link or link in _YEAR_RATE_LINKS) and named_year:
            return replace(best, unit=_base_unit(best.unit))
    return best


def coordinated_targets(
    quantities: list[Quantity], sentence: str, target: Quantity | None, anchor_start: int, anchor_end: int,
    timexes: list[temporal.Timex],
) -> list[Quantity]:
    """Further targets of the same time expression: amounts chained to ``target`` by "and <measure> of"
    ("revenue of $2.4 billion and gross margin of 61% in the first quarter" promises both). A link may hold
    the anchor itself, never another time expression, and no amount may be followed by one (then it is that
    time's, as in "2.4 trillion won through 2027 and capacity to reach 150,000 wafers by 2026")."""
    if target is None:
        return []
    others = [(t.start, t.end) for t in timexes if (t.start, t.end) != (anchor_start, anchor_end)]
    units = sorted((q for q in quantities if q.unit and (q.end <= anchor_start or q.start >= anchor_end)),
                   key=lambda q: q.start)
    if target not in units or any(a >= min(q.start for q in units) for a, _ in others):
        return []

    def linked(left: Quantity, right: Quantity) -> bool:
        lo, hi = left.end, right.start
        gap = sentence[lo:hi]
        if lo <= anchor_start and anchor_end <= hi:
            gap = sentence[lo:anchor_start] + sentence[anchor_end:hi]
        return bool(_COORDINATED.fullmatch(gap))

    i = units.index(target)
    lo = hi = i
    while lo > 0 and linked(units[lo - 1], units[lo]):
        lo -= 1
    while hi + 1 < len(units) and linked(units[hi], units[hi + 1]):
        hi += 1
    return [q for q in units[lo:hi + 1] if q is not target]
