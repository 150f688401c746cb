"""The compiled vocabulary of quantities: every word list, unit and multiplier of
``lexicons/units.yaml`` and the regexes built from them, compiled once at import."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from extractor import lexicon, rxcache

LEX = lexicon.parsed(Path(__file__).parent.parent / "lexicons" / "units.yaml")  # kept across runs


def alt(words: list[str]) -> str:
    """`lexicon.alternation`, with inner spaces matching any whitespace; a prefix tree when the words are in lower
    case (`lexicon.lower_trie`: the same matches, faster)."""
    return lexicon.lower_trie(words, r"\s+")


def fold(text: str) -> str:
    return " ".join(text.lower().split())


def _phrases(items: list[str]) -> re.Pattern[str]:
    """Words and punctuation marks to find in running text; words only as whole words."""
    words = [w for w in items if w[0].isalnum()]
    marks = [w for w in items if not w[0].isalnum()]
    return rxcache.compile(rf"(?<!\w)(?:{alt(words)})(?!\w)|{alt(marks) or '(?!)'}", re.IGNORECASE)


MULT = {fold(k): float(v) for k, v in LEX["multipliers"].items()}
SUFFIX = {fold(k): float(v) for k, v in LEX["suffix_multipliers"].items()}
_SPELLED = {fold(k): float(v) for k, v in LEX["number_words"].items()}
# "twenty-five", "ninety nine": a tens word and a ones word make one number, so the amount is not read as its tens
WORDS = _SPELLED | {f"{t}{joint}{o}": _SPELLED[t] + _SPELLED[o]
                    for t in _SPELLED if _SPELLED[t] % 10 == 0 and 20 <= _SPELLED[t] <= 90
                    for o in _SPELLED if 1 <= _SPELLED[o] <= 9 and _SPELLED[o].is_integer() for joint in ("-", " ")}
CUR_PRE = {fold(k): v for k, v in (LEX["currency_prefixes"] | LEX["cased_currency_prefixes"]
                                   | LEX["scaled_currency_prefixes"]).items()}
BARE_DOLLAR = "$"
CUR_SUF = {fold(k): v for k, v in LEX["currency_suffixes"].items()}
PERCENT = {fold(k): v for k, v in LEX["percent_units"].items()}
FRACTIONS = {fold(k): float(v) for k, v in LEX["fractions"].items()}
UNIT_OF: dict[str, str] = {}
RATED: set[str] = set()
WRITTEN: set[str] = set()  # aliases reported as written ("smartphones", "staff"), not as their class
for _canon, _spec in LEX["units"].items():
    if _spec.get("rate"):
        RATED.add(_canon)
    for _alias in _spec["aliases"]:
        UNIT_OF[fold(_alias)] = _canon
        plural_word = (_alias.endswith("s") or _alias in _spec.get("collective", [])) and " " not in _alias
        if _spec.get("written") and _alias not in _spec.get("brands", []) and plural_word:
            WRITTEN.add(fold(_alias))
for _compound in LEX["compound_counts"]:
    UNIT_OF[fold(_compound)] = fold(_compound)  # "civil servants": the compound is its own unit
NOT_FOLLOWED = {
    canon: rxcache.compile(rf"\s+(?:{alt(spec['not_followed_by'])})\b", re.IGNORECASE)
    for canon, spec in LEX["units"].items()
    if spec.get("not_followed_by")
}
CASE_SENSITIVE = {fold(w): {w, *LEX["case_variants"].get(w, [])} for w in LEX["case_sensitive"]}  # spellings allowed
PERIODS = {fold(k): v for k, v in LEX["rate_periods"].items()}
ADVERBS = {fold(k): v for k, v in LEX["rate_adverbs"].items()}
UNITS_DEFAULT: str = LEX["units_default"]
UNITS_ARTICLE_MIN = int(LEX["units_article_min"])
IDENTIFIERS = {str(n) for n in LEX["identifiers"]}
DESIGNATORS = {fold(w) for w in LEX["designators"]}
MONTHS = {fold(w) for w in LEX["month_names"]}
YEAR_PREPS = {fold(w) for w in LEX["year_prepositions"]}
YEAR_RATE_LINKS = {fold(w) for w in LEX["year_rate_links"]}

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MULT_ALT = alt(list(MULT))
_SUFFIX_ALT = alt(list(SUFFIX))
_CUR_ALT = (
    alt(list(LEX["currency_prefixes"]))
    + rf"|(?-i:{alt(list(LEX['cased_currency_prefixes']))})(?=\s?\d)"  # "RM2.50", not "rm2"
    + rf"|(?-i:{alt(list(LEX['scaled_currency_prefixes']))})(?=\s?(?:{_DIGITS})\s*(?-i:{_MULT_ALT})\b)"
)  # a letter sign only right before an amount and a lower-case multiplier word ("R5.5 billion", not "R2 B")
# pieces NUMBER and RANGE share: a currency sign, the amount in digits or words, a glued suffix ("5bn")
_CUR_OPT = rf"(?:(?P<cur>{_CUR_ALT})\s?)?"
_AMOUNT = rf"(?P<digits>{_DIGITS})|(?P<word>{alt(list(WORDS))})"
_SUFFIXED = rf"(?P<suffix>{_SUFFIX_ALT})(?!\w)"
NUMBER = rxcache.compile(
    rf"(?<![\w.,/+:$€£¥₹₩-])"
    rf"{_CUR_OPT}"
    rf"(?:{_AMOUNT}(?!\w)"
    rf"|(?P<article>{alt(LEX['article_numbers'])})(?=\s+(?:{_MULT_ALT})\b))"
    rf"(?:{_SUFFIXED}"
    rf"|(?=(?:{alt(list(CASE_SENSITIVE) + ['%'])})(?!\w))"
    rf"|(?!\w)(?:\s*-?(?P<mult>{_MULT_ALT})\b)?)",
    re.IGNORECASE,
)
RANGE = rxcache.compile(
    rf"\s*(?P<sep>-|–|—|\bto\b|\band\b|\bor\b)\s*{_CUR_OPT}"
    rf"(?:{_AMOUNT})"
    rf"(?:{_SUFFIXED}|(?!\w)(?:\s*(?P<mult>{_MULT_ALT})\b)?)",
    re.IGNORECASE,
)
PERCENT_RE = rxcache.compile(rf"\s*(?P<u>{alt(list(LEX['percent_units']))})(?!\w)", re.IGNORECASE)
ANAPHORIC = frozenset(lexicon.word_list("claims", "anaphoric"))
SUBCUR = {fold(k): (v[0], float(v[1])) for k, v in LEX["currency_fractions"].items()}
CONTEXT_FRACTIONS = {
    fold(word): [(rxcache.compile(rf"(?<!\w)(?:{alt(cues)})(?!\w)", re.IGNORECASE), code) for cues, code in rules]
    for word, rules in LEX["contextual_fractions"].items()
}
MONEY_PER = {fold(k): v for k, v in LEX["money_rate_units"].items()}
MONEY_PER_RE = rxcache.compile(
    rf"\s*(?:a|an|per|/)\s*(?P<u>{alt(list(LEX['money_rate_units']))})(?![\w-])", re.IGNORECASE
)
SUBCUR_RE = rxcache.compile(rf"\s*(?P<u>{alt(list(LEX['currency_fractions']))})(?!\w)", re.IGNORECASE)
CUR_SUF_RE = rxcache.compile(rf"\s*(?P<u>{alt(list(LEX['currency_suffixes']))})(?!\w)", re.IGNORECASE)
_ONE_COUNTRY = [w for w in LEX["currency_suffixes"] if fold(w) not in {fold(s) for s in LEX["shared_currency_words"]}]
NATIONAL_CUR_RE = rxcache.compile(rf"\s+(?-i:[A-Z][a-z]+)\s+(?P<u>{alt(_ONE_COUNTRY)})(?!\w)", re.IGNORECASE)
_DURATIONS = LEX["duration_measures"]
DURATION_UNITS = {fold(k): v for k, v in _DURATIONS["units"].items()}
DURATION_UNIT = rxcache.compile(rf"\s*(?P<u>{alt(list(DURATION_UNITS))})(?![\w])", re.IGNORECASE)
DURATION_MEASURE = rxcache.compile(rf"\b(?:{alt(_DURATIONS['measures'])})\b", re.IGNORECASE)
DURATION_LINK = rxcache.compile(
    rf"(?<!\w)(?:{alt(_DURATIONS['links'])})\s+(?:(?:{alt(LEX['change_start']['qualifiers'])})\s+)*$", re.IGNORECASE)
DURATION_REACH = int(_DURATIONS["reach"])
TIME_RE = rxcache.compile(rf"\s*-?\s*(?:{alt(LEX['time_nouns'])})(?![\w])", re.IGNORECASE)
MONTH_RE = rxcache.compile(rf"\s*(?:{alt(LEX['month_names'])})\b", re.IGNORECASE)
NAMING_UNIT = rxcache.compile(rf"\s*(?:{alt(LEX['naming_units'])})(?!\w)", re.IGNORECASE)
DESIGNATION_RE = rxcache.compile(rf"\s*-?\s*(?:{alt(LEX['designation_nouns'])})\b", re.IGNORECASE)
PLAIN_WORDS = {fold(w) for w in LEX["modifier_stops"] + LEX["change_start"]["qualifiers"]}
_STOPS = alt(LEX["modifier_stops"] + LEX["time_nouns"] + LEX["month_names"])
_MOD = (
    rf"(?!(?:{_STOPS})(?![\w'’-]))"
    rf"(?:(?:{alt(LEX['designators'])})\s?\d+(?:-\d+)?\w*|{alt(list(IDENTIFIERS))}|[A-Za-z][\w'’-]*"
    r"|\d+-(?-i:[A-Z][a-z])[\w'’-]*"  # ... or a name glued to a number ("600 new 7-Eleven stores")
    r"|\d{1,3}(?:,\d{3})*(?:\.\d+)?-[A-Za-z][\w'’-]*"  # ... or a size ("40,000 12-inch wafers")
    r"|\d+(?-i:[A-Z]+))(?![\w'’-])"  # ... or a generation ("1,500 5G sites")
)
UNIT_RE = rxcache.compile(
    rf"\+?(?P<mods>(?:\s+{_MOD}){{0,4}}?)\s*-?(?P<u>{alt(list(UNIT_OF))})(?![\w'’-])", re.IGNORECASE
)
_PLURAL = r"(?P<u>[a-z][a-z-]*[a-z](?<!ss)(?<!us)(?<!is)s)\b"  # a plural noun: "racks", not "glass", "bus" or "basis"
GENERIC_RE = rxcache.compile(  # "60,000 racks", "six ship-to-shore cranes"
    rf"\s+(?:(?:{alt(LEX['generic_modifiers'])}|[A-Z][\w.'-]*|{LEX['compound_modifier']})\s+){{0,2}}{_PLURAL}")
# a plural noun right after a singular unit word: the compound's head ("bus routes")
COMPOUND_HEAD = rxcache.compile(rf"\s+(?-i:{_PLURAL})")
ATTRIBUTIVE_MIN = int(LEX["attributive_unit_min_length"])
ACTION_HEADS = {fold(w) for w in LEX["action_heads"]}
# ... also after what the first count measures ("300 megawatts of geothermal across three sites")
SPREAD = rxcache.compile(rf"(?:\s+of\s+[a-z][\w-]*)?\s+(?:{alt(LEX['spread_prepositions'])})\s+", re.IGNORECASE)
# after digits, lower-case modifiers too ("3,900 full-time positions", "1,000 new acute hospital beds")
GENERIC_MODS_RE = rxcache.compile(rf"(?:\s+(?:(?-i:[A-Z][\w.'-]*)|{_MOD})){{0,3}}?\s+(?-i:{_PLURAL})", re.IGNORECASE)
# a counted thing named in quotes ("40 \"health hubs\""): the quoted phrase's last plural noun
QUOTED_PLURAL = rxcache.compile(rf"\s+[\"“‘](?:{_MOD}\s+){{0,2}}?(?-i:{_PLURAL})[\"”’]", re.IGNORECASE)
NOT_GENERIC = {fold(w) for w in LEX["not_generic_units"]}
# "a 400-bed residence"
GLUED_COUNT = rxcache.compile(rf"-(?P<u>{alt(LEX['glued_counts'])})(?=\s+[a-z])", re.IGNORECASE)
RATE_RE = rxcache.compile(
    rf"\s*(?:(?:{alt(LEX['rate_connectors'])})\s*(?P<period>{alt(list(PERIODS))})"
    rf"|(?P<adverb>{alt(list(ADVERBS))}))(?!\w)",
    re.IGNORECASE,
)
RATE_ADJECTIVES = {fold(k): v for k, v in LEX["rate_adjectives"].items()}
_QUALIFIED = rf"(?:(?:{alt(LEX['change_start']['qualifiers'])})\s+)*"  # "about", "more than"
_MEASURES = LEX["rate_measures"]
RATE_MEASURE_REACH = int(_MEASURES["reach"])
RATED_MEASURE = rxcache.compile(
    rf"\b(?P<adj>{alt(list(RATE_ADJECTIVES))})\s+(?:[\w'’-]+\s+){{0,{int(_MEASURES['between'])}}}?"
    rf"(?:{alt(_MEASURES['measures'])})\b.*\b(?:{alt(_MEASURES['links'])})\s+"
    rf"{_QUALIFIED}$",
    re.IGNORECASE,
)
CAPACITY = rxcache.compile(rf"\b(?:{alt(_MEASURES['measures'])})\b", re.IGNORECASE)
MONEY_RATE_ADJECTIVES = {fold(k): v for k, v in LEX["money_rate_adjectives"].items()}
MONEY_RATED = rxcache.compile(rf"\b(?P<adj>{alt(list(MONEY_RATE_ADJECTIVES))})\s+[a-z][^.;:!?]*$", re.IGNORECASE)
OF_RATE_ADJECTIVE = rxcache.compile(rf"\s+of\s+(?P<adj>{alt(list(RATE_ADJECTIVES))})\s+[a-z]", re.IGNORECASE)
RATE_AFTER_OF = rxcache.compile(r"\s+of\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*" + RATE_RE.pattern, re.IGNORECASE)
SHARES = {fold(k): float(v) for k, v in LEX["shares"]["values"].items()}
SHARE_NOT_AFTER = rxcache.compile(rf"(?<![\w-])(?:{alt(LEX['shares']['not_after'])})\s*$", re.IGNORECASE)
SHARE_RE = rxcache.compile(
    rf"(?<![\w-])(?P<q>(?:(?:{alt(LEX['fraction_qualifiers'])})\s+)*)"
    rf"(?P<f>{alt(list(SHARES))})(?=\s+(?:{alt(LEX['shares']['followed_by'])})\b)",
    re.IGNORECASE,
)
FRACTION_RE = rxcache.compile(
    rf"\bby\s+(?P<q>(?:(?:{alt(LEX['fraction_qualifiers'])})\s+)*)(?P<f>{alt(list(FRACTIONS))})\b",
    re.IGNORECASE,
)
MASKS = rxcache.compile(
    r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"  # phone numbers
    r"|\+\d[\d\s().-]{7,}\d"  # international phone numbers
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"  # numeric dates
    r"|\b\d+(?:\.\d+){2,}\b"  # version numbers
)
LOWERCASE_DESIGNATORS = {fold(w) for w in LEX["lowercase_designators"]}
GLUED_AFTER = rxcache.compile(r"[:/.-]\d")
GLUED_NAME = rxcache.compile(r"-(?=[A-Z][a-z])")  # "7-Eleven", "3-Series": a number glued to a capitalised word
PREV_WORD = rxcache.compile(r"([A-Za-z][A-Za-z.]*)\s*$")
YEAR = rxcache.compile(r"(?:1[89]|2[01])\d\d")
CLAUSE_BREAK = _phrases(LEX["clause_breaks"])
CONDITION = _phrases(LEX["condition_openers"])
PLACE_RELATIVE = rxcache.compile(rf"(?:{alt(LEX['place_relatives'])})(?!\w)", re.IGNORECASE)
NEW_CLAUSE = rxcache.compile(rf",\s+(?:{alt(LEX['new_clause_verbs'])})\b", re.IGNORECASE)
FUTURE_ASIDE = rxcache.compile(rf"\b(?:{alt(LEX['future_aside_modals'])})\b", re.IGNORECASE)
# each kind found on its own, so that a parenthesis inside a relative clause is an aside too
_PARTICIPLES = LEX["participle_asides"]
ASIDES = (
    rxcache.compile(r"\([^()]*\)"),
    rxcache.compile(r"—[^—]*—"),
    rxcache.compile(rf",\s*(?:{alt(LEX['relative_openers'])})\b(?:[^,;]|(?<=\d),(?=\d))*", re.IGNORECASE),  # "1,800"
    rxcache.compile(  # ", cut to 65% of normal during the strikes, will return": a participle clause on the subject
        rf",\s*(?!(?:{alt(_PARTICIPLES['forward'])})\b)(?:[a-z]+ed|{alt(_PARTICIPLES['irregular'])})\s"
        rf"(?:[^,;]|(?<=\d),(?=\d))*,(?=\s*(?:{alt(_PARTICIPLES['verbs_after'])})\b)"),
)
UNITS_CONTEXT = {
    canon: rxcache.compile(rf"\b(?:{alt(words)})\b", re.IGNORECASE)
    for canon, words in LEX["units_context"].items()
}
COORDINATOR = _phrases(LEX["coordinators"])
CLAUSE_OPENER = rxcache.compile(rf"(?:{alt(LEX['clause_openers'])})(?!\w)", re.IGNORECASE)
_COORD = LEX["coordinated_targets"]
COORDINATED = rxcache.compile(
    rf"[^.;:!?]*?(?<!\w)(?:{alt(_COORD['joints'])})\s+(?:the\s+)?(?:[\w$'’/-]+\s+){{1,{int(_COORD['measure_words'])}}}?"
    rf"(?:{alt(_COORD['links'])})\s+(?:(?:{alt(_COORD['approximators'])})\s+)?",
    re.IGNORECASE,
)
SCALED_UNITS = {fold(k): (v[0], float(v[1])) for k, v in LEX["scaled_units"].items()}
SCALED_RE = rxcache.compile(rf"\s*(?P<u>{alt(list(SCALED_UNITS))})(?![\w/])", re.IGNORECASE)
CONTEXT_CURRENCIES = {
    fold(word): [(rxcache.compile(rf"\b(?:{alt(cues)})\b", re.IGNORECASE), code) for cues, code in rules]
    for word, rules in LEX["contextual_currencies"].items()
}
CONTEXT_CUR_RE = rxcache.compile(rf"\s+(?:[A-Z][a-z]+\s+)?(?P<u>{alt(list(CONTEXT_CURRENCIES))})(?!\w)", re.IGNORECASE)
IMPLICIT = [(unit, rxcache.compile(rf"\b(?:{alt(words)})\b", re.IGNORECASE))
             for unit, words in LEX["implicit_units"].items()]
IMPLICIT_REACH = 80  # characters before a bare number searched for the measure it gives a value of
RATIO_WORD = rxcache.compile(rf"\s*(?P<u>{alt(LEX['ratio_units']['words'])})(?!\w)", re.IGNORECASE)
RATIO_MEASURE = rxcache.compile(rf"(?<![\w/-])(?:{alt(LEX['ratio_units']['measures'])})(?![\w/-])", re.IGNORECASE)
RATIO_REACH = int(LEX["ratio_units"]["reach"])
# "about 120 of the new stores"
OF_THE = rxcache.compile(rf"\s+of\s+(?:{alt(LEX['of_determiners'])})(?=\s)", re.IGNORECASE)
# "Of the 1,200 jobs planned, around 400 are to be filled": a whole fronted at the sentence's start, then its part
FRONTED_WHOLE = rxcache.compile(rf"^\W*of\s+(?:{alt(LEX['of_determiners'])})\s+$", re.IGNORECASE)
FRONTED_PART = rxcache.compile(
    rf",\s+(?:(?:{alt(LEX['fronted_part_qualifiers'])})\s+)?$", re.IGNORECASE)
# "1,100 base stations, of which 400 are due ...", "600 rooms, the first 250 of which ...": a part of the whole before
# it, told in a relative clause (`partitive_*` in units.yaml): before the part's number, and after it
_PARTITIVE_OF = rf"of\s+(?:{alt(LEX['partitive_relatives'])})"
_PARTITIVE_OPENER = rf"(?:(?:{alt(LEX['partitive_openers'])})\s+)?"
PARTITIVE_LED = rxcache.compile(rf"^[^,;]*,\s+{_PARTITIVE_OF}\s+{_PARTITIVE_OPENER}$", re.IGNORECASE)
PARTITIVE_BEFORE = rxcache.compile(rf"^[^,;]*,\s+{_PARTITIVE_OPENER}$", re.IGNORECASE)
PARTITIVE_AFTER = rxcache.compile(rf"\s+{_PARTITIVE_OF}\b", re.IGNORECASE)
# "300 of its 1,650 stores": the count of the whole, after "of its", that the part before it takes its noun from
WHOLE_COUNT = rxcache.compile(r"\s+\d{1,3}(?:,\d{3})+(?=\s)|\s+\d+(?=\s)")
_LINKS = LEX["date_links"]
PREPOSITION_ONLY = rxcache.compile(
    rf"\s*(?:{alt(_LINKS['prepositions'])})?\s*(?:the\s+)?(?:(?:{alt(_LINKS['edges'])})\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
COUNTED_MEASURE = rxcache.compile(
    rf"\b(?:{alt(LEX['counted_measures'])})\s+(?:[\w-]+\s+){{0,2}}?{_PLURAL}",
    re.IGNORECASE,
)
COUNTED_AFTER = rxcache.compile(
    rf"\b(?P<u>[a-z][a-z-]*[a-z])\s+(?:{alt(LEX['counted_after'])})\b", re.IGNORECASE
)  # "passenger numbers": passengers
COUNT_OPENER = rxcache.compile(rf"(?<!\w)(?:{alt(LEX['count_openers'])})\s+$", re.IGNORECASE)
ELIDED_OPENER = rxcache.compile(rf"(?<!\w)(?:{alt(LEX['elided_count_openers'])})\s+$", re.IGNORECASE)
# a spelled-out number counted as "more"/"additional"/"new" things ("four more Patriot air-defence systems"): a count,
# so lower-case modifiers may stand before its noun, as after digits
COUNT_MODIFIER = rxcache.compile(rf"\s+(?:{alt(LEX['generic_modifiers'])})\s", re.IGNORECASE)
SIZE_MODIFIER = rxcache.compile(r"\s+\d{1,3}(?:,\d{3})*(?:\.\d+)?-[A-Za-z]")  # "twelve 16,000-TEU ships"
SIZED_BEFORE = rxcache.compile(rf"(?<!\w)(?:{alt(LEX['sized_determiners'])})\s+(?:new\s+)?$", re.IGNORECASE)
SIZED_AFTER = rxcache.compile(rf"\s+(?:(?-i:[A-Z][\w'’-]*)\s+)*(?:(?-i:[A-Z][\w'’-]*)|{alt(LEX['sized_things'])}"
                              rf"|(?-i:[a-z][\w-]*)\s+(?:{alt(LEX['sized_sites'])}))\b",
                              re.IGNORECASE)
LABEL = rxcache.compile(r"(?:^|[\n/*•])\s*(?P<u>[A-Za-z][a-z-]*[a-z](?<!ss)(?<!us)s)\s*:\s*$")  # "Seats: 83,000"
# the size of the whole a share is of ("half of its fleet of 62 jets"): not an amount of its own
SIZE_OF = rxcache.compile(rf"\s+of\s+(?:{alt(LEX['size_of_determiners'])})\s+(?:[\w-]+\s+){{1,2}}?of\s+",
                          re.IGNORECASE)
ELIDED_PRICE_LINK = rxcache.compile(
    rf"(?:\s+[\w'’-]+){{0,{int(LEX['elided_price']['words'])}}}?\s+(?:{alt(LEX['elided_price']['links'])})\s+",
    re.IGNORECASE,
)
RESTATED = rxcache.compile(r"\s*\([^()]*\d[^()]*\)")  # a number restated in parentheses before its unit
ELIDED_COUNT = rxcache.compile(rf"\s+(?:{alt(LEX['elided_count_words'])})(?!\w)", re.IGNORECASE)
CHANGE_FROM = rxcache.compile(
    rf"(?<!\w)(?:{alt(LEX['change_start']['before'])})\s*{_QUALIFIED}$",
    re.IGNORECASE,
)
CHANGE_BACK = rxcache.compile(rf"(?<!\w)(?:{alt(LEX['change_start']['back'])})\s*{_QUALIFIED}$", re.IGNORECASE)
CHANGE_TO_LEVEL = rxcache.compile(rf"(?<!\w)(?:{alt(LEX['change_start']['after'])})\s+{_QUALIFIED}$", re.IGNORECASE)
CHANGE_BY_RATIO = float(LEX["change_start"]["by_ratio"])
_BASELINE_WORDS = [w for w in LEX["baseline_markers"] if w[0].isalnum()]
_BASELINE_MARKS = [w for w in LEX["baseline_markers"] if not w[0].isalnum()]  # ", from": no word boundary before
BASELINE = rxcache.compile(
    rf"(?:(?<!\w)(?:{alt(_BASELINE_WORDS)})|{alt(_BASELINE_MARKS) or '(?!)'})\s+{_QUALIFIED}$",
    re.IGNORECASE,
)
ITEM_SIZE = rxcache.compile(rf"\s*,?\s+(?:{alt(LEX['item_size_links'])})\s+", re.IGNORECASE)
TOLERANCE = rxcache.compile(rf"(?:{alt(LEX['tolerance_markers'])})\s*$", re.IGNORECASE)
# The word that leads to the level a change reaches ("to"): CHANGE_TO right after a quantity ("from 10% to"),
# CHANGE_TO_BEFORE right before one ("rising to 5,400", "to 410"); search it with the quantity's start as endpos.
CHANGE_TO = rxcache.compile(rf"\s*(?:{alt(LEX['change_start']['after'])})(?!\w)", re.IGNORECASE)
CHANGE_TO_BEFORE = rxcache.compile(rf"(?<!\w)(?:{alt(LEX['change_start']['after'])})\s+$", re.IGNORECASE)
ANCHOR_YEAR = rxcache.compile(
    rf"^(?:(?:{alt(LEX['year_rate_links'])})\s+)?(?:the\s+year\s+)?\d{{4}}$", re.IGNORECASE
)


@dataclass(frozen=True)
class Money:
    """The money vocabulary of units.yaml as the `what` phrase reads it off tokens (syntax/phrase/amounts.py): the
    same currencies and scale words as the quantities, so that both leave the same amounts to the value."""

    words: frozenset[str]  # lower-cased single-token currency signs, codes and words ("$", "usd", "yen", "cents")
    signs: tuple[str, ...]  # signs glued to the digits ("A$3.7", "₹5,500", "Rs500")
    scaled_signs: tuple[str, ...]  # letter signs glued to the digits only before a scale word ("R5.5 billion")
    scale_words: frozenset[str]  # "billion", "bn", "m"


def _single(words: list[str]) -> set[str]:
    return {str(w).lower() for w in words if " " not in str(w)}


def _is_code(sign: str) -> bool:
    return sign.isalpha() and sign.isupper() and len(sign) == 3  # "USD": written apart from the digits


MONEY = Money(
    frozenset(_single(list(LEX["currency_prefixes"]) + list(LEX["currency_suffixes"])
                      + list(LEX["contextual_currencies"]) + list(LEX["currency_fractions"]))
              | {str(w).lower() for w in list(LEX["scaled_currency_prefixes"]) + list(LEX["cased_currency_prefixes"])
                 if len(str(w)) > 1}),
    tuple(str(w) for w in list(LEX["currency_prefixes"]) + list(LEX["cased_currency_prefixes"])
          if not _is_code(str(w))),
    tuple(str(w) for w in LEX["scaled_currency_prefixes"]),
    frozenset(_single(list(LEX["multipliers"]) + list(LEX["suffix_multipliers"]) + LEX["abbreviated_multipliers"])),
)
