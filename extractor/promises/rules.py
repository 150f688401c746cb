"""Grouping rules from lexicons/promises.yaml and the normalisation of cells and descriptions.

Every word list the grouping uses lives in the YAML; this module turns it into sets once and offers the
cell readers (claims tables come from CSV text or from `extract()`'s typed frame) and `what_tokens`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS

from extractor import lexicon

LEXICON = Path(__file__).parent.parent / "lexicons" / "promises.yaml"
_TOKEN = re.compile(r"\$?\d+(?:[.,]\d+)*[a-z%]*|[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_NUMBER = re.compile(r"^(\d+(?:[.,]\d+)*)([a-z%]*)$")


@cache
def rules(path: str | Path = LEXICON) -> dict[str, Any]:
    """The grouping rules, with word lists turned into sets and patterns once."""
    data = lexicon.parsed(path)
    what = data["what"]
    actions = {word: name for name, words in data["actions"].items() for word in words}
    compatible = {(a, b) for group in data["compatible_actions"] for a in group for b in group}
    cues = sorted(data["moved_cues"], key=len, reverse=True)
    return {
        "stop": frozenset(what["stop_words"]) | STOP_WORDS,
        "clause_stop": frozenset(data["clause_stop_words"]) | frozenset(what["stop_words"]) | STOP_WORDS,
        "synonyms": dict(what["synonyms"]),
        "weak": frozenset(what["weak"]) | frozenset(actions) | frozenset(data["actions"]),
        "weak_weight": float(what["weak_weight"]),
        "quantity": frozenset(what["quantity_words"]),
        "actions": actions,
        "months": frozenset(what["stop_words"]) & frozenset(lexicon.load("time")["months"]),  # not "maybe"
        "compatible_actions": frozenset(compatible),
        "families": [frozenset(f) for f in data["category_families"]],
        "any_category": frozenset(data["compatible_with_all"]),
        "min_weak_jaccard": float(what["min_weak_jaccard"]),
        "min_shared": int(data["min_shared"]),
        "min_overlap": float(data["min_overlap"]),
        "min_score": float(data["min_score"]),
        "clause_ends": tuple(data["clause_ends"]),
        "dateline": re.compile(data["dateline"]),
        "moved": re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b"),
        "window": int(data["window"]),
        "tolerance": float(data["values"]["relative_tolerance"]),
        "unit_classes": {u: name for name, units in data["values"]["unit_classes"].items() for u in units},
        "rate_suffixes": tuple(data["values"]["rate_suffixes"]),
        "stale_days": int(data["stale_after_days"]),
    }


def cell(value: Any) -> str:
    """Cell as stripped text; None/NaN/NA -> ""."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return str(value).strip()


def day(value: Any) -> date | None:
    """An ISO day (or date) cell as a date; anything else -> None."""
    if isinstance(value, datetime):
        return None if pd.isna(value) else value.date()  # NaT: extract()'s datetime64 columns
    if isinstance(value, date):
        return value
    text = cell(value)[:10]
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def number(value: Any) -> float | None:
    """A numeric cell as float; empty or unparsable -> None."""
    text = cell(value).replace(",", "")
    try:
        number = float(text) if text else None
    except ValueError:
        return None
    return None if number is None or math.isnan(number) else number


def fold(word: str, synonyms: Mapping[str, str]) -> str:
    """Plural folding then synonyms: "deliveries" -> "delivery" -> "deliver"."""
    if word in synonyms:
        return synonyms[word]
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us")):
        word = word[:-1]
    return synonyms.get(word, word)


def what_tokens(what: str, drop: Iterable[str] = ()) -> list[str]:
    """Normalised content tokens of a `what`, in order, without stop words, quantities or `drop` names.

    Numbers stay when they name something ("Flight 5", "AI Day 2022", "4680"); amounts ("$1 billion",
    "50,000 units") go, because the `value` column compares those.
    """
    return _tokens(what, drop, clause=False)


def clause_tokens(clause: str, drop: Iterable[str] = ()) -> list[str]:
    """Like `what_tokens` for a stretch of a sentence: attribution, hedge and time words and years go too."""
    return _tokens(clause, drop, clause=True)


def _tokens(what: str, drop: Iterable[str], clause: bool) -> list[str]:
    return list(_cached_tokens(cell(what), tuple(cell(name) for name in drop), clause))


@lru_cache(maxsize=65536)
def _dropped(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for name in names for w in _TOKEN.findall(name.lower()))


@lru_cache(maxsize=65536)
def _cached_tokens(what: str, drop: tuple[str, ...], clause: bool) -> tuple[str, ...]:
    """The tokens of one text (copies and restatements repeat texts: each is normalised once)."""
    rule = rules()
    stop = rule["clause_stop"] if clause else rule["stop"]
    text = cell(what).lower().replace("’", "'")
    text = re.sub(r"\([^)]*\)", " ", text)  # annotators' and writers' asides
    text = re.sub(r"https?://\S+|\S+\.(?:com|org|net|co)\b\S*|@\w+", " ", text)  # links and handles
    text = re.sub(r"n't\b|'(?:s|re|ll|ve|d|m)\b|'", " ", text)  # possessives and contractions
    raw = _TOKEN.findall(text)
    dropped = _dropped(drop)
    tokens: list[str] = []
    amount = False  # the previous token was an amount: its scale or unit word goes with it
    for k, word in enumerate(raw):
        number = _NUMBER.match(word.lstrip("$"))
        if number:
            following = raw[k + 1] if k + 1 < len(raw) else ""
            suffix = number.group(2)
            amount = (
                word.startswith("$")
                or suffix.endswith("%")
                or suffix in rule["quantity"]
                or (not suffix and following in rule["quantity"])
            )
            year = clause and len(word) == 4 and word[:2] in ("19", "20")
            dated = clause and k > 0 and raw[k - 1] in rule["months"]  # "Feb 10", "on July 23"
            if not amount and not year and not dated:
                tokens.append(number.group(1).replace(",", ""))
            continue
        if amount and word in rule["quantity"]:
            continue
        amount = False
        folded = fold(word, rule["synonyms"])
        if word in stop or folded in stop or word in dropped or folded in dropped:
            continue
        tokens.append(folded)
        if clause and "-" in word:  # "all-solid-state" also says "solid" and "state"
            tokens += [f for part in word.split("-") if (f := fold(part, rule["synonyms"])) not in stop and f.isalpha()]
    return tuple(tokens)


def unit(value: Any) -> str:
    """A unit for comparing values: units counting one kind of thing are one, a rate's period is dropped."""
    rule = rules()
    text = cell(value).lower()
    for suffix in rule["rate_suffixes"]:
        text = text.removesuffix(suffix)
    return rule["unit_classes"].get(text, text)


def flag(value: Any) -> bool:
    """A boolean cell: True, or text such as "true"/"1"/"yes"."""
    if isinstance(value, bool):
        return value
    return cell(value).lower() in ("true", "1", "yes")
