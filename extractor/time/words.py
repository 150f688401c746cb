"""Word values from the time lexicon: numbers, spelled-out years, month and deictic words, unit names."""

from __future__ import annotations

import re

from extractor import lexicon


def lex() -> dict:
    """The time lexicon (``lexicons/time.yaml``): the shared, cached parse; never mutated."""
    return lexicon.load("time")


def num(word: str) -> float | None:
    """Numeric value of "3", "2.5", "three", "twenty-five", "a"; None for vague quantities."""
    w = " ".join(word.lower().replace("-", " ").split())
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if re.fullmatch(r"\d+ 1/2", w):
        return float(w.split()[0]) + 0.5
    nums = lex()["number_words"]
    if w in nums:
        return float(nums[w])
    parts = w.split()
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums:
        return float(nums[parts[0]] + nums[parts[1]])
    return None


def spelled_year(text: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "twenty oh five" -> 2005, "two thousand and one" -> 2001."""
    words = text.lower().replace("-", " ").split()
    nums = lex()["number_words"]
    spelled = lex()["spelled_years"]
    for phrase, thousands in spelled["thousands"].items():
        if words[: len(phrase.split())] == phrase.split():
            rest = [w for w in words[len(phrase.split()) :] if w not in spelled["joiners"]]
            return int(thousands) + sum(int(nums[w]) for w in rest)
    head = int(nums[words[0]])
    rest = [w for w in words[1:] if w not in spelled["zeros"]]
    if len(rest) == 1 and nums.get(rest[0]) == 100:  # "nineteen hundred"
        return head * 100
    return head * 100 + sum(int(nums[w]) for w in rest)


def month_number(word: str) -> int:
    return int(lex()["months"][word.lower().rstrip(".")])


def year_number(text: str | None) -> int | None:
    """4-digit year, or a 2-digit one ("'24", "FY25") read as 19xx/20xx."""
    if not text:
        return None
    if text[:1].isalpha():
        return spelled_year(text)
    digits = text.strip("'")
    if len(digits) == 4:
        return int(digits)
    n = int(digits)
    return 2000 + n if n < 50 else 1900 + n


def deictic_offset(word: str) -> int:
    return int(lex()["deictics"][" ".join(word.lower().split())])


def unit_name(word: str) -> str:
    w = word.lower()
    plurals = lex()["unit_plurals"]
    if w in plurals:
        return str(plurals[w])
    return w[:-1] if w.endswith("s") and w[:-1] in lex()["units"] else w


def day_number(text: str) -> int:
    """Day of a month from "22", "22nd", "twenty-second", "first"."""
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    words = text.lower().replace("-", " ").split()
    ordinals = lex()["ordinals"]
    if len(words) == 2:
        return int(lex()["number_words"][words[0]]) + int(ordinals[words[1]])
    return int(ordinals[words[0]])
