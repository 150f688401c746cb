"""Seasons an article defines by their months ("The league, whose regular season runs from October to April", "the
2027-28 cruise season, which in the eastern Caribbean runs from November to April"), and the season labels of that
article they date. A season straddles two years, so only the text says when one starts; without such a definition a
label keeps the time grammar's reading.

A league's season label ("begin play in the 2028-29 season", "starting with the 2027-28 season") is due in the season's
first month of its first year: play begins then. Any defined season's label is due in its first month when the words
around it name its start ("in time for the 2027-28 cruise season", "in time for the 2029-30 opener"): bound `by` after
a deadline word ("in time for", "ahead of"). "Through the 2027-28 season" is due in its last month, bound `by`. A crop,
production or academic season's label otherwise is due in its last month, bound `by`, as a fiscal year's is ("to reach
780,000 tons in the 2026-27 season" where seasons "run from October to September": September 2027). An article that
defines one kind of season only ("Ivory Coast's cocoa seasons run from October to September") defines the season of its
kind-less labels ("the 2027-28 season"); a part of a season ("the first quarter of the 2027-28 season") is left to the
fiscal calendar.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from extractor import lexicon
from extractor.time import Period, Timex
from extractor.time.calendar import Cal, period_of

LABEL_REACH = 40  # characters after a split year searched for its season noun ("2027-28 cruise season")
CUE_REACH = 40  # characters before a season label searched for the words that name its start or end


@dataclass(frozen=True)
class Season:
    """A season the text defines: the word that kinds it ("regular", "cruise", "" for a bare season), its months."""

    kind: str
    begin: int
    end: int


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    months = "|".join(sorted(_months(), key=len, reverse=True))
    words = lexicon.load("claims")
    verbs = _alternation(words["period_define_verbs"])
    scopes = _alternation(words["period_define_scopes"])
    nouns = _alternation(words["season_label_nouns"])
    seasons = _alternation(words["season_nouns"])
    return {
        "definition": re.compile(
            rf"\b(?:(?P<kind>[a-z]+)\s+)?(?:{seasons}),?\s+(?:(?:which|that)\s+)?(?:(?:{scopes})(?:\s+[\w'’-]+){{1,4}}\s+)?"
            rf"(?:{verbs})\s+from\s+(?P<begin>{months})\b\.?\s+(?:to|through|until|till|-|–)\s+(?P<end>{months})\b",
            re.I),
        # "the 2029-30 academic year, which begins on 1 September 2029": a season defined by the month it begins in
        "begins": re.compile(
            rf"\b(?:(?P<kind>[a-z]+)\s+)?(?:{seasons}),?\s+(?:which|that)\s+(?:{_alternation(words['period_begin_verbs'])})"
            rf"\s+(?:(?:in|on)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<begin>{months})\b", re.I),
        "part": re.compile(rf"(?i)\b(?:{_alternation(words['season_part_words'])})\b"),
        "label": re.compile(rf"(?:(?P<kind>[a-z]+)\s+)?(?P<noun>{nouns})(?![\w-])"),
        "start_cue": re.compile(rf"(?i)\b(?P<cue>{_alternation(words['season_start_cues'])})\s+(?:the\s+)?$"),
        "deadline": re.compile(rf"(?i)\b(?:{_alternation(words['season_deadline_words'])})\s+(?:the\s+)?$"),
        # the preposition before a mention of a defined season that governs it ("through the dry season")
        "mention_prefix": re.compile(rf"(?i)\b(?P<p>{_alternation(words['season_mention_prefixes'])})\s+$"),
        "end_cue": re.compile(rf"(?i)\b(?:{_alternation(words['season_end_cues'])})\s+(?:the\s+)?$"),
        "year": re.compile(r"(?P<year>(?:19|20)\d\d)\s*[-–/]\s*\d\d"),
    }


@cache
def _months() -> dict[str, int]:
    return {str(w).lower(): int(n) for n, words in lexicon.load("datelines")["months"].items() for w in words}


def defined(text: str) -> dict[str, Season]:
    """The seasons the text defines by their months, by kind (the first definition of a kind wins)."""
    out: dict[str, Season] = {}
    for m in _patterns()["definition"].finditer(text):
        kind = (m["kind"] or "").lower()
        if kind in lexicon.words("claims", "season_kind_stopwords"):
            kind = ""  # "the season, which runs ...", "whose season runs ...": no kind named
        out.setdefault(kind, Season(kind, _months()[m["begin"].lower()], _months()[m["end"].lower()]))
    for m in _patterns()["begins"].finditer(text):  # a year of twelve months from the one it begins in
        kind = (m["kind"] or "").lower()
        kind = "" if kind in lexicon.words("claims", "season_kind_stopwords") else kind
        begin = _months()[m["begin"].lower()]
        out.setdefault(kind, Season(kind, begin, (begin - 2) % 12 + 1))
    return out


def mentions(text: str) -> list[Timex]:
    """The times that mention a season of a kind the text defines ("the coming dry season", "through the dry season"
    after "the dry season, which runs from January to April"): due by the season's last month, as a range of its
    months is (the context reads the range's end). A definition's own head counts only when it is a particular season
    ("the coming dry season, which runs ..."), not a bare one ("during the hurricane season, which runs ...")."""
    if "season" not in text.lower():
        return []
    heads = {m.start("kind"): m for m in _patterns()["definition"].finditer(text) if m["kind"]}
    found = {k: s for k, s in defined(text).items() if k and k not in lexicon.words("claims", "league_season_kinds")}
    if not found:
        return []
    words = lexicon.load("claims")
    particular = set(words["period_particular_words"])
    mention = re.compile(rf"(?i)\b(?P<opener>{_alternation(words['season_mention_openers'])})\s+"
                         rf"(?:(?P<modifier>{_alternation(sorted(particular))})\s+)?(?P<kind>{_alternation(list(found))})"
                         rf"\s+season\b")
    prefix = _patterns()["mention_prefix"]
    out = []
    for m in mention.finditer(text):
        season = found[m["kind"].lower()]
        is_particular = bool(m["modifier"]) or m["opener"].lower() in particular
        if m.start("kind") in heads and not is_particular:
            continue  # "during the hurricane season, which runs from June to November": the definition itself
        lead = prefix.search(text, max(0, m.start() - 15), m.start())
        months = f"from_{calendar.month_name[season.begin]}_to_{calendar.month_name[season.end]}"
        out.append(Timex(m.start(), m.end(), m.group(), "DATE", lead["p"].lower() if lead else "", "by",
                         f"range={months} side=b"))
    return out


def _season_of(kind: str, noun: str, found: dict[str, Season]) -> Season | None:
    """The defined season a label's kind names; a league's for a label with no kind (or a start noun: "opener");
    for a label with no kind, the bare season defined, else the one kind the text defines."""
    if kind in found:
        return found[kind]
    league = next((found[k] for k in lexicon.words("claims", "league_season_kinds") if k in found), None)
    if league and (not kind or noun.lower() not in lexicon.words("claims", "season_nouns")):
        return league
    if kind:
        return None
    return found.get("") or (next(iter(found.values())) if len(found) == 1 else None)


def dated(text: str, start: int, end: int, found: dict[str, Season], bound: str,
          placed: bool = False) -> tuple[Period, str] | None:
    """The period and bound of a split season label at text[start:end] ("2027-28", "the 2028-29 season") when the
    text defines that season's months and the label's words place the claim at its start or end, or place it nowhere
    and no fiscal calendar the text states has placed it (``placed``: "Kahurangi Dairy, whose financial year runs from
    August to July, ... for the 2026/27 season" is that year's, whatever other season the article defines); else
    None."""
    if not found:
        return None
    pats = _patterns()
    year = pats["year"].search(text, start, end)
    if year is None or pats["year"].search(text, year.end(), end):
        return None  # no split label, or more than one: "2026-27 to 2028-29"
    rest = text[year.end():year.end() + LABEL_REACH]
    label = pats["label"].match(rest.lstrip())
    if label is None or (label["kind"] or "").lower() in lexicon.words("claims", "season_nouns"):
        return None
    kind = (label["kind"] or "").lower()
    season = _season_of(kind, label["noun"], found)
    if season is None or pats["part"].search(text, start, year.start()):
        return None  # no defined season, or a part of one ("the first quarter of the 2027-28 season")
    first = int(year["year"])
    last = first + (season.end < season.begin)
    before = text[max(0, year.start() - CUE_REACH):year.start()]
    if pats["end_cue"].search(before):  # "through the 2027-28 season": its last month
        return period_of(Cal("month", last, season.end)), "by"
    cue = pats["start_cue"].search(before)
    league = season.kind in lexicon.words("claims", "league_season_kinds")
    opener = " ".join(label["noun"].lower().split()) not in lexicon.words("claims", "season_nouns")
    if not (cue or opener or league):  # a crop, production or academic season: its output is due by its end
        return None if placed else (period_of(Cal("month", last, season.end)), "by")
    deadline = bool(cue) and (cue["cue"].lower() in lexicon.words("claims", "season_deadline_cues")
                              or bool(pats["deadline"].search(before, 0, cue.start())))  # "by the start of"
    at_start = bool(cue) and " ".join(cue["cue"].lower().split()) in lexicon.words("claims", "season_on_cues")
    return period_of(Cal("month", first, season.begin)), "by" if deadline else "on" if at_start else bound
