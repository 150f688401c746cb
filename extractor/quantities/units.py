"""The unit written after a number: percent, currencies (signs, words, cents, local dollars),
counted things and their rates."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from extractor.quantities.patterns import (
    ACTION_HEADS,
    ADVERBS,
    ATTRIBUTIVE_MIN,
    BARE_DOLLAR,
    CASE_SENSITIVE,
    COMPOUND_HEAD,
    CONTEXT_CUR_RE,
    CONTEXT_CURRENCIES,
    CONTEXT_FRACTIONS,
    CUR_PRE,
    CUR_SUF,
    CUR_SUF_RE,
    DURATION_LINK,
    DURATION_MEASURE,
    DURATION_REACH,
    DURATION_UNIT,
    DURATION_UNITS,
    GENERIC_MODS_RE,
    GENERIC_RE,
    GLUED_COUNT,
    IMPLICIT,
    IMPLICIT_REACH,
    LEX,
    MONEY_PER,
    MONEY_PER_RE,
    NATIONAL_CUR_RE,
    NOT_FOLLOWED,
    NOT_GENERIC,
    OF_RATE_ADJECTIVE,
    OF_THE,
    PERCENT,
    PERCENT_RE,
    PERIODS,
    QUOTED_PLURAL,
    RATE_ADJECTIVES,
    RATE_AFTER_OF,
    RATE_RE,
    RATED,
    RATIO_MEASURE,
    RATIO_REACH,
    RATIO_WORD,
    UNIT_OF,
    UNIT_RE,
    UNITS_ARTICLE_MIN,
    UNITS_CONTEXT,
    UNITS_DEFAULT,
    WHOLE_COUNT,
    WRITTEN,
    alt,
    fold,
)


def unit_after(text: str, pos: int, context: str = "", modified: bool = False) -> tuple[str, int] | None:
    """The unit written right after a number (percent, currency word, counted noun + rate); ``modified``: an
    unknown plural noun may have lower-case modifiers before it (see ``_generic_unit``)."""
    m = PERCENT_RE.match(text, pos)
    if m:
        return PERCENT[fold(m.group("u"))], m.end()
    m = CUR_SUF_RE.match(text, pos)
    if m:  # a currency word some countries share ("rupees") is the one its country decides, else the usual
        word = fold(m.group("u"))
        code = (_contextual_currency(word, text, context) if word in CONTEXT_CURRENCIES else None) or CUR_SUF[word]
        return money_rate(text, code, m.end())
    m = CONTEXT_CUR_RE.match(text, pos)
    if m:
        code = _contextual_currency(m.group("u"), text, context)
        return money_rate(text, code, m.end()) if code else None
    m = NATIONAL_CUR_RE.match(text, pos)
    if m:  # "5 billion Malaysian ringgit": a nationality before a currency only one country has
        return money_rate(text, CUR_SUF[fold(m.group("u"))], m.end())
    m = UNIT_RE.match(text, pos)
    if not m:
        of_the = OF_THE.match(text, pos)  # "about 120 of the new stores"
        whole = WHOLE_COUNT.match(text, of_the.end()) if of_the else None  # "300 of its 1,650 stores": stores
        return _generic_unit(text, pos, modified) or (
            unit_after(text, (whole or of_the).end(), context, modified) if of_the else None)
    alias = fold(m.group("u"))
    if alias in CASE_SENSITIVE and " ".join(m.group("u").split()) not in CASE_SENSITIVE[alias]:
        return None
    unit, end = UNIT_OF[alias], m.end()
    if unit in NOT_FOLLOWED and NOT_FOLLOWED[unit].match(text, end):
        return None
    while (more := UNIT_RE.match(text, end)) and (
        not more.group("mods") and UNIT_OF[fold(more.group("u"))] in (unit, "units")
    ):
        end = more.end()  # "Semi truck tractors", "Semi units": one noun phrase
    if head := _compound_head(text, m.group("u"), end):  # "three new bus routes": routes
        return unit_after(text, head, context, modified) or None
    if unit == "units":
        unit = _context_noun(text) or _article_noun(context) or UNITS_DEFAULT
    elif alias in WRITTEN:
        unit = alias  # counted things take their own plural noun ("smartphones", "subscriptions")
    if UNIT_OF[alias] in RATED:
        if rated := per_period(unit, RATE_RE.match(text, end) or _rate_after_of(text, end)):
            return rated
        if period := _rate_modifier(m.group("mods")):
            return f"{unit} per {period}", end  # "40,000 daily passengers"
        if adj := OF_RATE_ADJECTIVE.match(text, end):  # "5 million tonnes of annual output"
            return f"{unit} per {RATE_ADJECTIVES[fold(adj.group('adj'))]}", end
    return unit, end


def _compound_head(text: str, word: str, end: int) -> int | None:
    """Where the head of a noun compound starts, when the unit word is its singular modifier ("bus routes", "bus
    drivers": English writes a modifying noun in the singular); None when the unit word is the head."""
    head = COMPOUND_HEAD.match(text, end)
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))  # "buses" is the head, "bus" a modifier
    if head is None or fold(head.group("u")) in NOT_GENERIC | ACTION_HEADS or plural:
        return None
    return head.start() if word.isalpha() and word.islower() and len(word) >= ATTRIBUTIVE_MIN else None


def money_rate(text: str, code: str, end: int, adverbs: bool = False) -> tuple[str, int]:
    """A currency written after its number keeps a rate written as a period after it ("40 million euros
    a year"), as one written before it does ("$10 billion a year"); an adverb ("raise 1 trillion yen
    annually") tells how often the verb acts, not what the amount is, except after a sign ("$10 billion
    annually"), as before. A price per physical unit is a rate too ("$1,450 an ounce": USD per ounce)."""
    r = RATE_RE.match(text, end)
    if r and (r.group("period") or adverbs):
        return per_period(code, r)
    per = MONEY_PER_RE.match(text, end)
    if per:
        return f"{code} per {MONEY_PER[fold(per.group('u'))]}", per.end()
    return code, end


def fraction_currency(word: str, text: str, context: str) -> str | None:
    """The currency of a bare "cents" the sentence or article decides (``contextual_fractions``), else the
    article's local dollar; None for a named fraction ("Australian cents") or no such country."""
    rules = CONTEXT_FRACTIONS.get(fold(word))
    if not rules:
        return None
    local = _local_dollar(context) if context else None
    return _sentence_dollar(text) or _country_code(rules, text, context) or local


@lru_cache(maxsize=1)
def _dollar_signs() -> re.Pattern[str]:
    """A dollar sign that names its dollar before an amount ("A$", "NZ$", "C$", "US$"; not a bare "$")."""
    signs = [k for k, v in LEX["currency_prefixes"].items() if str(k).endswith("$") and k != "$" and v != "BRL"]
    return re.compile(rf"(?<![\w$])(?:{alt(signs)})\s?\d")


def _sentence_dollar(text: str) -> str | None:
    """The one named dollar a sentence writes its amounts in, whose cents a bare "cents" then counts."""
    codes = {CUR_PRE[fold(m.group().rstrip("0123456789 "))] for m in _dollar_signs().finditer(text)}
    return codes.pop() if len(codes) == 1 else None


def _context_noun(text: str) -> str | None:
    """The thing a bare "units" counts: the class the sentence names, as the sentence writes it
    when that class keeps its own words ("100 million units" of "smartphones")."""
    for canon, rx in UNITS_CONTEXT.items():
        found = rx.search(text)
        if found:
            word = fold(found.group())
            return word if word in WRITTEN else canon
    return None


@lru_cache(maxsize=16)
def _article_noun(context: str) -> str | None:
    """The thing a bare "units" counts when its sentence names none ("R2 volumes of roughly 20,000 units"):
    the class the article names most often, if any."""
    counts = {canon: len(rx.findall(context)) for canon, rx in UNITS_CONTEXT.items()}
    best = max(counts, key=lambda canon: counts[canon], default=None)
    return best if best is not None and counts[best] >= UNITS_ARTICLE_MIN else None


def _rate_after_of(text: str, pos: int) -> re.Match[str] | None:
    """A rate after what the unit measures ("500,000 tonnes of copper a year")."""
    return RATE_AFTER_OF.match(text, pos)


def _contextual_currency(word: str, text: str, context: str) -> str | None:
    """The ISO code of a currency word the country decides ("crowns": DKK for a Danish company),
    from the sentence, else from the article around it."""
    return _country_code(CONTEXT_CURRENCIES[fold(word)], text, context)


def _country_code(rules: list[tuple[re.Pattern[str], str]], text: str, context: str) -> str | None:
    """The code of the first rule whose cue words the sentence names, else the article."""
    for where in (text, context):
        code = next((code for rx, code in rules if rx.search(where)), None)
        if code:
            return code
    return None


@lru_cache(maxsize=64)
def _cue_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w$])(?:{alt(list(words))})(?![\w$])", re.IGNORECASE)


def _cue_counts(words: list[str], text: str) -> Counter[str]:
    """How often each cue word occurs in ``text`` (whole words only)."""
    return Counter(m.group().lower() for m in _cue_rx(tuple(words)).finditer(text))


@lru_cache(maxsize=16)
def _local_dollar(context: str) -> str | None:
    """The dollar of the non-US country the article is from (see ``local_dollars`` in units.yaml), or None."""
    rules = LEX["local_dollars"]
    us = sum(_cue_counts(rules["us_cues"], context).values())
    for code, cues in rules["countries"].items():
        counts = _cue_counts(cues, context)
        enough = len(counts) >= int(rules["min_cues"]) or sum(counts.values()) >= int(rules["min_mentions"]) \
            or _names_region(rules["regions"].get(code, []), context) or _datelined(tuple(cues), context)
        if enough and sum(counts.values()) > us:
            return code
    return None


def _names_region(regions: list[str], context: str) -> bool:
    """The article names a province or state only that country has ("The Ontario government")."""
    return bool(regions) and bool(_cue_counts(regions, context))


@lru_cache(maxsize=16)
def _dateline_rx(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?m)^[ \t]*(?:{alt([c.upper() for c in cues])})(?![\w$])[ \t]*[,(—–-]")


def _datelined(cues: tuple[str, ...], context: str) -> bool:
    """A line of the article opens with one of the country's places in capitals, a dateline ("VANCOUVER —")."""
    return bool(_dateline_rx(cues).search(context))


@lru_cache(maxsize=16)
def _signed_dollars(context: str) -> frozenset[str]:
    """The dollars the article writes with their own sign before an amount ("A$48 million": AUD)."""
    return frozenset(CUR_PRE[fold(m.group().rstrip("0123456789 "))] for m in _dollar_signs().finditer(context))


def currency_prefix(symbol: str, context: str) -> str:
    """The ISO code of a currency sign before a number; a bare "$" takes the article's local dollar, unless the
    article writes that dollar with its own sign ("A$48 million"): then, as wire copy writes, "$" is the US dollar."""
    if symbol.strip() == BARE_DOLLAR and context:
        local = _local_dollar(context)
        if local in _signed_dollars(context):
            return CUR_PRE[fold(symbol)]
        return local or CUR_PRE[fold(symbol)]
    return CUR_PRE[fold(symbol)]


def _generic_unit(text: str, pos: int, modified: bool = False) -> tuple[str, int] | None:
    """A plural noun the lexicon does not know, right after the number ("60,000 racks", "500 million
    packages a year"): the noun is the unit, a rate after it is kept, and so is one a period adjective before it
    gives ("38 daily transits": transits per day). ``modified``: lower-case modifiers may stand before the noun
    ("3,900 full-time positions")."""
    if modified and (glued := GLUED_COUNT.match(text, pos)):
        return glued.group("u").lower() + "s", glued.end()  # "a 400-bed residence": beds
    m = (GENERIC_MODS_RE if modified else GENERIC_RE).match(text, pos) or (
        QUOTED_PLURAL.match(text, pos) if modified else None)
    if not m or fold(m.group("u")) in NOT_GENERIC:
        return None
    unit, end = m.group("u").lower(), m.end()
    if period := _rate_modifier(text[pos:m.start("u")]):
        return f"{unit} per {period}", end  # "38 daily transits": transits per day
    return per_period(unit, RATE_RE.match(text, end)) or (unit, end)


def _rate_modifier(modifiers: str) -> str | None:
    """The period a rate adjective among a count's modifiers gives it ("38 daily transits": day), else None."""
    return next((RATE_ADJECTIVES[fold(w)] for w in modifiers.split() if fold(w) in RATE_ADJECTIVES), None)


def per_period(unit: str, r: re.Match[str] | None) -> tuple[str, int] | None:
    """``unit`` as a rate of the period ``r`` matched ("vehicles per month"), and where the rate ends."""
    return (f"{unit} per {rate_period(r)}", r.end()) if r else None


def rate_period(r: re.Match[str]) -> str:
    return PERIODS.get(fold(r.group("period") or "")) or ADVERBS[fold(r.group("adverb"))]


def implicit_unit(text: str, start: int) -> str:
    """The unit a measure named just before a bare number gives it ("retirement age to 64": years)."""
    before = text[max(0, start - IMPLICIT_REACH):start]
    return next((unit for unit, rx in IMPLICIT if rx.search(before)), "")


def measured_duration(text: str, start: int, end: int) -> tuple[str, int] | None:
    """A duration that is the level of a measure of time named before it ("cut waiting time to 50 days"): its unit
    ("days") and end; None for a duration of a time expression ("within 18 months")."""
    unit = DURATION_UNIT.match(text, end)
    if unit is None or not DURATION_LINK.search(text, max(0, start - 40), start):
        return None
    if not DURATION_MEASURE.search(text, max(0, start - DURATION_REACH), start):
        return None
    return DURATION_UNITS[fold(unit.group("u"))], unit.end()


def ratio_unit(text: str, start: int, end: int) -> tuple[str, int] | None:
    """A multiple of a ratio named before it ("leverage ratio to below 3.5 times"): unit `times`."""
    word = RATIO_WORD.match(text, end)
    if word is None or not RATIO_MEASURE.search(text, max(0, start - RATIO_REACH), start):
        return None
    return "times", word.end()


def base_unit(unit: str) -> str:
    return unit.split(" per ")[0]
