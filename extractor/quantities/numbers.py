"""Numbers in text: their values (digits, words, scale words, ranges) and the numbers that are not
quantities (parts of dates, years, model names)."""

from __future__ import annotations

import re

from extractor.quantities.patterns import (
    CHANGE_BY_RATIO,
    DESIGNATION_RE,
    DESIGNATORS,
    GLUED_AFTER,
    GLUED_NAME,
    IDENTIFIERS,
    LOWERCASE_DESIGNATORS,
    MONTH_RE,
    MONTHS,
    MULT,
    NAMING_UNIT,
    PLAIN_WORDS,
    PREV_WORD,
    RANGE,
    SUFFIX,
    TIME_RE,
    UNIT_RE,
    WORDS,
    YEAR,
    YEAR_PREPS,
    fold,
)


def number_value(m: re.Match[str]) -> float:
    """The scaled value of a numeral match (digits or words, times its multiplier)."""
    if m.group("digits"):
        base = float(m.group("digits").replace(",", ""))
    elif m.group("word"):
        base = WORDS[fold(m.group("word"))]
    else:
        base = 1.0
    scale = fold(m.group("suffix") or m.group("mult") or "")
    return base * (SUFFIX.get(scale) or MULT.get(scale) or 1.0)


def is_scaled(m: re.Match[str]) -> bool:
    return bool(m.group("suffix") or m.group("mult"))


def names_something(text: str, m: re.Match[str]) -> bool:
    """True when the number is part of a date, a year, a model name or another identifier."""
    start, end = m.start(), m.end()
    if GLUED_AFTER.match(text, end) and not RANGE.match(text, end):
        return True
    if TIME_RE.match(text, end):
        return True  # "18 months": a duration belongs to the time expression
    if NAMING_UNIT.match(text, end):
        return True  # "the 3.7 GHz band": a band's name
    if GLUED_NAME.match(text, end) and not (UNIT_RE.match(text, end + 1) or TIME_RE.match(text, end + 1)):
        return True  # "7-Eleven stores" name a chain; "a 5-Gigawatt Plant" in a title still measures
    if m.group("cur"):
        return False
    prev = PREV_WORD.search(text[max(0, start - 40) : start])
    prev_word = fold(prev.group(1)) if prev else ""
    if prev and prev_word.rstrip(".") in MONTHS and prev.group(1)[0].isupper():
        return True  # "July 1", "Sept. 30"
    named = prev is not None and (prev.group(1)[0].isupper() or prev_word in LOWERCASE_DESIGNATORS)
    if named and (prev_word in DESIGNATORS or prev_word.rstrip(".") in DESIGNATORS) and not is_scaled(m):
        return True  # "Model 3", "Falcon 9", "Gen 3"; "building 75 jets" is a verb and a count; "to top 12 billion"
    digits = m.group("digits") or ""
    if digits and MONTH_RE.match(text, end) and not is_scaled(m):
        return True  # "1 July"
    plain = digits.isdigit() and not is_scaled(m)
    if plain and digits in IDENTIFIERS:
        return True  # "4680 production lines" are lines making 4680 cells
    if plain and len(digits) == 4 and DESIGNATION_RE.match(text, end):
        return True  # "4680 cells"
    if plain and YEAR.fullmatch(digits):
        unit = UNIT_RE.match(text, end)
        adjacent = unit is not None and not unit.group("mods")
        return not adjacent or prev_word in YEAR_PREPS
    return False


def range_after(text: str, m: re.Match[str], pos: int) -> re.Match[str] | None:
    """A second number at ``pos`` that makes this one a range ("10-20%", "between 5 and 6 million")."""
    r = RANGE.match(text, pos)
    if not r:
        return None
    sep = fold(r.group("sep"))
    before = fold(text[max(0, m.start() - 9) : m.start()])
    if sep == "and" and not before.endswith("between"):
        return None
    if sep == "to" and before.endswith("from"):
        return None  # "from 10 to 20%": a change, the target is the second number
    if sep == "to" and before.endswith("by") and number_value(r) >= CHANGE_BY_RATIO * number_value(m) > 0:
        return None  # "by EUR 10 billion to EUR 45 billion": the change's size, then the target
    first, second = (m.group("digits") or ""), r.group("digits")
    if YEAR.fullmatch(first) and (YEAR.fullmatch(second) or len(second) == 2):
        return None  # "2023-2024", "2024-25": years
    return r


def lower_bound(m: re.Match[str], rng: re.Match[str]) -> float:
    """A range's lower end, scaled like the upper one when only that is ("5 to 6 million")."""
    value = number_value(m)
    scale = fold(rng.group("suffix") or rng.group("mult") or "")
    if not is_scaled(m) and scale:
        value *= SUFFIX.get(scale) or MULT.get(scale) or 1.0
    return value


def after_name(text: str, start: int) -> bool:
    """A number right after a capitalised word that names something ("Heysham 1", "Basel 3.1", "Line 2"; not
    "About 500")."""
    prev = PREV_WORD.search(text, max(0, start - 40), start)
    return prev is not None and prev.group(1)[0].isupper() and fold(prev.group(1)) not in PLAIN_WORDS
