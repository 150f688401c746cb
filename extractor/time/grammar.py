"""The time grammar: ``lexicons/time_rules.yaml`` compiled into rules and helper patterns.

Patterns in the rules file name word classes as ``{CLASS}``; the classes are built here from the
word lists of ``lexicons/time.yaml`` (the only place those words live), then ``fragments`` (regex
pieces shared by several rules, e.g. YEAR) are expanded, then the rules and the helper patterns the
finder and parser use are compiled. A rule is a name, a regular expression and the name of the
builder (in ``parse``) its matches feed. Built once per process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from extractor import lexicon, rxcache


def _alt(words: Iterable[object]) -> str:
    """Regex alternation of words/phrases, longest first, inner spaces matching any whitespace; a prefix tree when
    the words are in lower case (`lexicon.lower_trie`: the same matches, several times faster)."""
    return "(?:" + lexicon.lower_trie(words, r"\s+") + ")"


def _capitalised(words: Iterable[str], dotted: bool, full: frozenset[str]) -> str:
    """Case-sensitive alternation: Title-case or UPPER-case forms; abbreviations may take a dot."""
    forms = []
    for w in sorted(words, key=lambda w: (-len(w), w)):
        for form in (w.capitalize(), w.upper()):
            abbreviation = len(w) <= 4 and w not in full
            forms.append(re.escape(form) + (r"\.?" if dotted and abbreviation else ""))
    return "(?:" + "|".join(forms) + ")"


def _joined(pattern: str | list[str]) -> str:
    """A pattern written as one string or as a list of pieces (long patterns) in the rules file."""
    return pattern if isinstance(pattern, str) else "".join(pattern)


def _expand(pattern: str, classes: dict[str, str]) -> str:
    """Replace every ``{NAME}`` of a known class; other braces (``\\d{4}``) are regex repeats."""
    return re.sub(r"\{([A-Z][A-Z0-9_]*)\}", lambda m: classes[m[1]], pattern)


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    builder: str  # name of the function in parse.BUILDERS that turns a match into a Spec
    weak: bool = False  # only accepted after a time preposition/modifier (e.g. a bare "May", "the fall")


@dataclass
class Grammar:
    lex: dict
    rules: list[Rule]
    rx: dict[str, re.Pattern[str]]  # helper patterns of the finder and parser, by name (time_rules.yaml)
    prefix_bound: dict[str, str]


def _day_words(lex: dict) -> list[str]:
    """Spelled ordinals of the days of a month: "first" ... "thirtieth", "twenty-second", "thirty-first"."""
    ords = {w: v for w, v in lex["ordinals"].items() if not w[:1].isdigit() and v <= 31}
    tens = {w: v for w, v in lex["number_words"].items() if v in (20, 30)}
    compounds = [f"{t}{sep}{o}" for t, tv in tens.items() for o, ov in ords.items() if ov < 10 and tv + ov <= 31
                 for sep in ("-", " ")]  # fmt: skip
    return list(ords) + compounds


def _word_classes(lex: dict) -> dict[str, str]:
    """Regex alternations of the word lists of time.yaml, by class name."""
    months = lex["months"]
    by_month: dict[int, str] = {}
    for word, n in months.items():  # a month's full name is its longest word ("may", "june", "september")
        if len(word) > len(by_month.get(n, "")):
            by_month[n] = word
    full_months = frozenset(by_month.values())
    amb_months = set(lex["ambiguous_months"])
    weekdays = list(lex["weekdays"])
    amb_wd = set(lex["ambiguous_weekdays"])
    nums = lex["number_words"]
    spelled = lex["spelled_years"]
    articles = set(lex["articles"])
    prefix_bound = {" ".join(w.lower().split()): b for b, words in lex["prefixes"].items() for w in words}
    reporting = lexicon.word_list("claims", "reporting")
    return {
        "MONTH": _capitalised(months, True, full_months),
        "FULLMONTH": _capitalised([m for m in months if m in full_months and m not in amb_months], False, full_months),
        "AMBMONTH": _capitalised([m for m in months if m in full_months and m in amb_months], False, full_months),
        "DOTMONTH": "(?:" + "|".join(re.escape(m.capitalize()) + r"\." for m in months if m not in full_months) + ")",
        "WEEKDAY": _capitalised([w for w in weekdays if w not in amb_wd], True, full_months),
        "ANYWEEKDAY": _capitalised(weekdays, True, full_months),
        "FULLWEEKDAY": _capitalised([w for w in weekdays if w.endswith("day")], False, full_months),
        "LOWERWEEKDAY": "(?:" + "|".join(w for w in weekdays if w.endswith("day")) + ")",
        "ONES": _alt(w for w, v in nums.items() if isinstance(v, int) and 0 < v < 10 and w not in articles),
        "TEENS": _alt(w for w, v in nums.items() if isinstance(v, int) and 10 <= v < 20),
        "TENS": _alt(w for w, v in nums.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)),
        "NUMWORD": _alt(nums),
        "HUNDRED": _alt(w for w, v in nums.items() if v == 100),
        "YEARCENTURY": _alt(spelled["centuries"]),
        "THOUSANDS": _alt(spelled["thousands"]),
        "YEARZERO": _alt(spelled["zeros"]),
        "YEARJOINER": _alt(spelled["joiners"]),
        "NUMWORDNOTA": _alt(w for w in nums if w not in articles),
        "DAYWORD": _alt(_day_words(lex)),
        "LOWERMONTH": _alt(m for m in full_months if m not in set(lex["common_word_months"])),
        "NAMEDPERIOD": _alt(lex["named_periods"]),
        "WORDMONTH": _alt(lex["common_word_months"]),
        "DECADEWORD": _alt(lex["decade_words"]),
        "SEASONSPAN": _alt(lex["split_season_nouns"]),
        "NOTADJNOUN": _alt(lex["full_year_non_nouns"]),
        "DAYOFFSET": _alt(lex["day_offsets"]),
        "FILLER": _alt(lex["unit_fillers"]),
        "SERIES": _alt(lex["series_nouns"]),
        "HOLIDAY": "(?:" + "|".join(
            r"\s+".join(re.escape(w[:1].upper() + w[1:]) for w in h.split())
            for h in sorted(lex["holidays"], key=lambda h: (-len(h), h))
        ) + ")",
        "VAGUEQ": _alt(lex["vague_quantities"]),
        "UNITWORD": _alt(list(lex["units"]) + list(lex["unit_plurals"])),
        "SINGULARUNIT": _alt(lex["units"]),
        "ORD": _alt(lex["ordinals"]),
        "DEIX": _alt(lex["deictics"]),
        "FARDEIX": _alt(lex["far_deictics"]),
        "SEASON": _alt(lex["seasons"]),
        "SEASONNOUN": _alt(lex["season_nouns"]),
        "DURMOD": _alt(lex["duration_modifiers"]),
        "DIR": _alt(lex["duration_directions"]),
        "FIXED": _alt(lex["fixed"]),
        "DAYPART": _alt(lex["day_parts"]),
        "SETW": _alt(lex["set_words"]),
        "HALFW": _alt(lex["halves"]),
        "YEAREDGE": _alt(lex["year_edges"]),
        "PREFIX": _alt(prefix_bound),
        "APPROX": _alt(lex["approximators"]),
        "PART": _alt(lex["parts"]),
        "HEDGE": _alt(lex["hedges"]),
        "DEADLINEHOLDER": _alt(lex["deadline_holders"]),
        "DEADLINEGIVER": _alt(lex["deadline_givers"]),
        "CONTEXT": _alt(list(prefix_bound) + list(lex["parts"]) + list(lex["deictics"]) + lex["context_words"]),
        "SEASONCONTEXT": _alt(lex["ambiguous_season_context"]),
        "SEASONEVENT": _alt(lex["ambiguous_season_events"]),
        "SEASONVERBAFTER": _alt(lex["ambiguous_season_verb_followers"]),
        "HORIZONNOUN": _alt(lexicon.word_list("claims", "plan_horizon_nouns")),
        "HORIZONLINK": _alt(lexicon.word_list("claims", "plan_horizon_links")),
        "BOUNDSUFFIX": _alt(lex["bound_suffixes"]),
        "RATEWORD": _alt(lex["rate_words"]),
        "YEARBLOCKER": _alt(lex["year_blockers_after"]),
        "FUTURECUE": _alt(lex["future_cues"]),
        "PASTCUE": _alt(lex["past_cues"]),
        # verb classes shared with the claim rules (claims.yaml), kept there once
        "PASTVERB": _alt(set(lexicon.word_list("claims", "past_verbs")) - set(reporting)),
        "NOTPAST": _alt(lexicon.word_list("claims", "not_past_verbs")),
        "REPORTING": _alt(reporting),
        "NEGATION": _alt(lexicon.word_list("claims", "negations") + lexicon.word_list("claims", "clause_negations")),
    }


@functools.cache
def grammar() -> Grammar:
    lex = lexicon.load("time")  # the shared, cached parse (the decide package reads it too); never mutated
    data = lexicon.load("time_rules")
    classes = _word_classes(lex)
    for name, pattern in data["fragments"].items():  # in file order: a fragment may use earlier ones
        classes[name] = _expand(_joined(pattern), classes)
    boundary_before, boundary_after = data["boundaries"]
    rules = [
        Rule(r["name"], rxcache.compile(boundary_before + _expand(_joined(r["pattern"]), classes) + boundary_after),
             str(r["builder"]), bool(r.get("weak", False)))  # fmt: skip
        for r in data["rules"]
    ]
    patterns = {name: rxcache.compile(_expand(_joined(p), classes)) for name, p in data["patterns"].items()}
    prefix_bound = {" ".join(w.lower().split()): b for b, words in lex["prefixes"].items() for w in words}
    return Grammar(lex=lex, rules=rules, rx=patterns, prefix_bound=prefix_bound)
