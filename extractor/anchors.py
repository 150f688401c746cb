"""Which date a time expression counts from, where that is not the publication date.

Relative times resolve against publication, except in two cases the guide names, and a third: reported speech
whose statement date the sentence gives ("SoftBank pledged in December to invest ... over the next
four years" counts from December), and narrative anaphors that count from another date of the
text ("selected the A350 in December 2019, planning to finalise the order early the following
year" counts from 2019); and a length counted from an event the text dates ("within 30 months of the contract
award in June" counts from June, also when another sentence dates it), or does not ("within 18 months of
approval": no date to count from, so no claim). Each case returns a reference date per time expression; the claim
decision still judges past and future against publication.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from dateutil.relativedelta import relativedelta

from extractor import lexicon
from extractor import time as temporal
from extractor.time.calendar import shift_period
from extractor.time.parse import parse as parse_span


@cache
def _anaphors() -> tuple[str, ...]:
    return tuple(lexicon.word_list("claims", "narrative_anaphors"))


LABEL_REACH = 10  # characters before a year its label ("full-year 2026") is looked for in


@cache
def _label_anaphors() -> tuple[str, ...]:
    return tuple(lexicon.word_list("claims", "label_anaphors"))


@cache
def _reach() -> int:
    return int(lexicon.load("claims")["anaphor_reach"])


def later_length(text: str, timex: temporal.Timex) -> bool:
    """A bare length "later" ("a year later", "six months later") or before "after that" ("two years after that") that
    counts from the date the text just gave, not a comparison ("a year later than planned")."""
    if timex.type != "DURATION" or timex.prefix:
        return False
    words = timex.text.lower().split()
    after = text[timex.end:timex.end + 12].lower().split()
    if len(words) > 1 and words[-1] in lexicon.word_list("claims", "later_words"):
        return not (after and after[0].strip(",.;:") in lexicon.word_list("claims", "later_comparisons"))
    return after_that(text, timex)


def after_that(text: str, timex: temporal.Timex) -> bool:
    """A bare length right before "after that" / "afterwards" / "thereafter": counted from the date before it."""
    return bool(_after_that_link().match(text, timex.end)) and timex.type == "DURATION" and not timex.prefix


@cache
def _after_that_link() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_words('later_links')})(?!\w)", re.I)


def after_claim(text: str, timex: temporal.Timex, previous: tuple[int, temporal.Period] | None,
                timexes: list[dict[str, Any]]) -> temporal.Period | None:
    """The period of a length later counted from the claim just before it (``previous``: where that claim's time ends,
    and its period), at that period's granularity ("will begin play in the 2028-29 season" of a league starting in
    October, "and Boise will follow a year later": 2029-10); None when it is no such length, another time stands
    between, or the length does not fit the period ("six months" after a year keeps its own reading)."""
    if previous is None or not later_length(text, timex):
        return None
    end, period = previous
    if any(t["type"] == "DATE" and end <= t["start"] and t["end"] <= timex.start for t in timexes):
        return None
    spec = parse_span(timex.text)
    if spec is None or spec.dur is None or spec.dur[0] is None or spec.dur[0] != int(spec.dur[0]):
        return None
    return shift_period(period, int(spec.dur[0]), spec.dur[1])


def narrative_anaphor(text: str, timex: temporal.Timex) -> bool:
    """The expression counts from another date of the text: it holds an anaphor ("early the
    following year"), one follows it ("in July of that year"), or it is a length later ("a year later")."""
    if later_length(text, timex):
        return True
    own = " ".join(timex.text.lower().split())
    after = " ".join(text[timex.end:timex.end + 24].lower().split())
    return any(_holds(own, a) or after.startswith(a) or after.startswith("of " + a) for a in _anaphors())


@cache
def _trailing_anaphors() -> tuple[re.Pattern[str], dict[str, int]]:
    """One pattern for every anaphor of `trailing_anaphor_years` (after "of" or not), and the years
    each adds: built once, not per expression."""
    offsets = {str(a): int(n) for a, n in lexicon.load("claims")["trailing_anaphor_years"].items()}
    return re.compile(rf"(?:of\s+)?({'|'.join(re.escape(a) for a in offsets)})(?!\w)"), offsets


def _trailing_years(text: str, timex: temporal.Timex) -> int:
    """Years between the referent and a period whose year an anaphor after it names ("the summer of the following
    year", "March the following year": 1), so the period is read in that year, not the referent's."""
    after = " ".join(text[timex.end:timex.end + 24].lower().split())
    pattern, offsets = _trailing_anaphors()
    m = pattern.match(after)
    return offsets[m.group(1)] if m else 0


def in_named_year(text: str, timex: temporal.Timex) -> bool:
    """A period followed by the narrative anaphor that names its year ("the summer of that year", "March the
    following year"): it lies in that year, whichever way a cue would lean, so it is read from the year's start."""
    after = " ".join(text[timex.end:timex.end + 24].lower().split())
    return any(after.startswith(a) or after.startswith("of " + a) for a in _referring_years())


@cache
def _referring_years() -> tuple[str, ...]:
    return tuple(lexicon.word_list("claims", "referring_years"))


def _label_anaphor(timex: temporal.Timex) -> bool:
    """A bare "for the year", which names only a year labelled before it in its sentence."""
    return timex.prefix == "for" and " ".join(timex.text.lower().split()) in _label_anaphors()


def _labelled_year(text: str, timex: temporal.Timex, timexes: list[dict[str, Any]], sent_start: int) -> date | None:
    """ "FY27 organic growth of 1% and EPS of $3.70 for the year": a bare "for the year" after a year labelled
    as a reporting year earlier in its sentence ("FY27", "fiscal 2027", "full-year 2026") is that year; the start
    of the last such year, None when there is none ("Looking ahead to 2024, ... for the year" names no label)."""
    if not _label_anaphor(timex):
        return None
    label = re.compile(lexicon.load("claims")["year_label"])
    best: date | None = None
    for other in timexes:
        if other["start"] < sent_start or other["end"] > timex.start or other["type"] != "DATE":
            continue
        if not label.search(text[max(sent_start, other["start"] - LABEL_REACH):other["end"]]):
            continue
        resolved = temporal.resolve(temporal.Timex(**other), None)
        if not resolved.relative and resolved.period is not None and resolved.period.granularity == "year":
            best = resolved.period.start
    return best


def _holds(own: str, anaphor: str) -> bool:
    """The anaphor ends a phrase of the expression: "the year after" is one, "the year after next" counts
    from now."""
    return anaphor in own and re.search(r"(?<!\w)" + re.escape(anaphor) + r"(?!\s+\w)", own) is not None


def _referent(timex: temporal.Timex, timexes: list[dict[str, Any]], published: date | None,
              stated: set[int]) -> date | None:
    """The start of the nearest earlier expression with its own year, within reach; a relative one
    ("will open next year ... the following year") counts from publication, unless it dates a
    statement ("said on Wednesday")."""
    best: date | None = None
    for index, other in enumerate(timexes):
        if other["end"] > timex.start or timex.start - other["end"] > _reach() or other["type"] != "DATE":
            continue
        resolved = temporal.resolve(temporal.Timex(**other), None)
        if resolved.relative and published is not None and index not in stated:
            resolved = temporal.resolve(temporal.Timex(**other), published)
        elif resolved.relative:
            continue
        if resolved.period is not None:
            best = resolved.period.start
    return best


def _statement_date(cand: dict[str, Any], timex: temporal.Timex, published: date | None) -> date | None:
    """The date a statement was made, when the expression dates it and lies before publication. An
    undated article keeps the statement dates it spells out in full ("said on 4 June 2024"): they
    are the only date its relative times can count from."""
    if not cand["statement"]:
        return None
    resolved = temporal.resolve(timex, published, prefer_future=False)
    period = resolved.period
    if period is None:
        return None
    if published is None:
        return None if resolved.relative else period.start
    return None if period.end >= published else period.start


# Between a length and the time of the event it counts from: "within 30 months of the contract award in June".
def _words(key: str) -> str:
    return lexicon.alternation(lexicon.word_list("claims", key))


_EVENT_RELATIVE = (rf",?\s+(?:{_words('event_relative_pronouns')})\s+(?:{_words('event_relative_copulas')})\s+"
                   rf"(?:{_words('event_relative_participles')})\s+(?:{_words('event_relative_prepositions')})")
SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")  # where the sentence of an event's mention ends

_EVENT_GAP = re.compile(rf"\s+(?:{_words('event_links')})\s+(?:(?:{_words('event_determiners')})\s+)?"
                        rf"(?:[\w'’-]+\s+){{0,3}}[\w'’-]+(?:\s+(?:{_words('event_date_prepositions')})|{_EVENT_RELATIVE})"
                        rf"\s+$", re.I)


# A length counting from an event named by one word after it ("within three months of launch"), and that word
# dated earlier in the sentence ("for launch in the December quarter"); the sentence may not end in between.
_EVENT_WORD = re.compile(rf"\s+(?:{_words('event_links')})\s+(?:(?:{_words('event_word_determiners')})\s+)?"
                         r"(?P<w>[A-Za-z][\w'’-]+(?:\s+[A-Za-z][\w'’-]+){0,2})\b")
_EVENT_WORD_DATED = rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_words('event_word_date_prepositions')})\s+$"
_EARLIER_REACH = 200


def _event_start(text: str, timex: temporal.Timex, timexes: list[dict[str, Any]],
                 published: date | None) -> date | None:
    """The start of the event a length counts from, when the text dates it right after the length
    ("within 30 months of the contract award in June": June), or the end of the period an earlier mention of
    the event in the sentence is dated by ("launch in the December quarter ... within three months of launch":
    the quarter's end, the latest the event may fall); None otherwise."""
    if timex.type != "DURATION":
        return None
    following = [t for t in timexes if t["start"] >= timex.end and t["type"] == "DATE"]
    if following and _EVENT_GAP.fullmatch(text, timex.end, following[0]["start"]):
        resolved = temporal.resolve(temporal.Timex(**following[0]), published, prefer_future=True)
        return resolved.period.start if resolved.period is not None else None
    match = _EVENT_WORD.match(text, timex.end)
    if match is None:
        return None
    words = _event_words(match["w"])
    earlier = [t for t in timexes if t["type"] == "DATE" and timex.start - _EARLIER_REACH <= t["start"]
               and t["end"] <= timex.start]
    for word in words:
        dated = re.compile(rf"\b{re.escape(word)}{_EVENT_WORD_DATED}", re.I)
        for t in reversed(earlier):
            if re.search(r"[.!?]\s", text[t["end"]:timex.start]):
                break
            if dated.search(text, max(0, t["start"] - 60), t["start"]):
                return _period_end(t, published)
    for word in words:
        if (end := _dated_elsewhere(text, word, timex, timexes, published)) is not None:
            return end
    for word in words:
        if (end := _dated_in_sentence(text, word, (timex.start, match.end()), timexes, published)) is not None:
            return end
    return None


def _event_words(phrase: str) -> list[str]:
    """The words of the event phrase after a length's link that may name the event, its head first ("the frequency
    assignment": assignment, then frequency); the phrase ends at a stop word ("approval by the FDA": approval)."""
    stops = set(lexicon.word_list("claims", "event_phrase_stops"))
    words: list[str] = []
    for word in phrase.split():
        if word.lower() in stops:
            break
        words.append(word)
    return list(reversed(words))


def _period_end(t: dict[str, Any], published: date | None) -> date | None:
    resolved = temporal.resolve(temporal.Timex(**t), published, prefer_future=True)
    return resolved.period.end if resolved.period is not None else None


@cache
def _event_forms(word: str) -> str:
    """The forms an event word may take elsewhere in the article, as one alternation ("sale": "sell", "offering",
    "sold", ...), each with its regular endings."""
    word = word.lower()
    family = next((f for f in lexicon.load("claims")["event_word_families"] if word in f), [word])
    stems = {w[:-1] if w.endswith("e") else w for w in family}
    return "|".join(sorted({re.escape(w) for w in family} | {re.escape(s) + e for s in stems
                                                            for e in ("s", "es", "ed", "ing")}, key=lambda w: -len(w)))


_EVENT_ADJECTIVE_WORDS = 3  # words between a date and the event noun it dates ("4 November local government elections")


def _dated_elsewhere(text: str, word: str, timex: temporal.Timex, timexes: list[dict[str, Any]],
                     published: date | None) -> date | None:
    """The end of the period another mention of the event is dated by, anywhere in the article, the nearest
    first ("within five years of the sale" ... "plans to sell the stake in a share offering in December")."""
    dated = re.compile(rf"\b(?:{_event_forms(word)}){_EVENT_WORD_DATED}", re.I)
    # ... or a date written before the event's noun, as its adjective ("the 4 November local government elections")
    before = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,{_EVENT_ADJECTIVE_WORDS}}}?(?:{_event_forms(word)})\b", re.I)
    others = [t for t in timexes if t["type"] == "DATE" and (t["end"] <= timex.start or t["start"] >= timex.end)]
    nearest = sorted(others, key=lambda t: abs(t["start"] - timex.start))
    # the date the event's noun carries first: "the 4 November elections on Sunday" dates the elections by November
    found = next((t for t in nearest if before.match(text, t["end"])), None) or next(
        (t for t in nearest if dated.search(text, max(0, t["start"] - 60), t["start"])), None)
    return _period_end(found, published) if found else None


def _dated_in_sentence(text: str, word: str, own: tuple[int, int], timexes: list[dict[str, Any]],
                       published: date | None) -> date | None:
    """The end of the period of the one date after a mention of the event later in that mention's sentence, another
    sentence than the length's ("within 30 days of the auction" ... "will hold an auction of spectrum in the 700 MHz
    and 3.5 GHz bands on 24 February 2027"): a definite event named before, so earlier mentions first, the nearest.
    The date must give its own year and not end before publication: a past event of the same name ("the previous
    auction, held on 31 March 2022") is another one."""
    dates = [t for t in timexes if t["type"] == "DATE"]
    mentions = [m for m in re.finditer(rf"\b(?:{_event_forms(word)})\b", text, re.I)
                if not own[0] <= m.start() < own[1]]
    mentions.sort(key=lambda m: (m.start() > own[0], abs(m.start() - own[0])))
    for mention in mentions:
        stop = SENTENCE_STOP.search(text, mention.end())
        end = stop.start() if stop else len(text)
        inside = [t for t in dates if mention.end() <= t["start"] and t["end"] <= end]
        if len(inside) != 1 or mention.end() <= own[0] < end:  # one date, in a sentence other than the length's
            continue
        resolved = temporal.resolve(temporal.Timex(**inside[0]), published, prefer_future=True)
        if resolved.relative or resolved.period is None:
            continue
        if published is not None and resolved.period.end < published:
            continue
        return resolved.period.end
    return None


# A length followed (after a closing quote, if any) by an event link and a word that opens no time: "within 18 months
# of approval", "within three years of the deal closing", '"within weeks" of an approval'. Without a date for the
# event, it counts from no date the text gives.
_EVENT_AFTER = re.compile(rf"[\"”’']?\s+(?:{_words('event_links')})\s+(?!(?:{_words('event_time_openers')})\b)[A-Za-z]",
                          re.I)


def _undated_event(text: str, timex: temporal.Timex, timexes: list[dict[str, Any]]) -> bool:
    """A length counted from an event the text does not date ("within 18 months of approval"); an event the text
    dates is counted from by _event_start, and a time right after the link ("of today") is no event."""
    if timex.type != "DURATION":
        return False
    link = _EVENT_AFTER.match(text, timex.end)
    if link is None:
        return False
    return not any(t["start"] == link.end() - 1 for t in timexes)


_UNIT_DELTAS = {"hour": "hours", "day": "days", "week": "weeks", "month": "months", "year": "years"}


# A length before an event ("21 days before trial", "two weeks ahead of the hearing"): its deadline is the event's date
# less the length.
_BEFORE_EVENT = re.compile(rf"\s+(?:{_words('event_before_links')})\s+(?:(?:{_words('event_word_determiners')})\s+)?"
                           r"(?P<w>[A-Za-z][\w'’-]+)\b")


def before_event(text: str, timex: temporal.Timex) -> bool:
    """Whether a bare length is counted back from an event named right after it ("21 days before trial")."""
    return timex.type == "DURATION" and not timex.prefix and _BEFORE_EVENT.match(text, timex.end) is not None


def _event_before(text: str, timex: temporal.Timex, timexes: list[dict[str, Any]],
                  published: date | None) -> date | None:
    """The day a length before an event falls on ("21 days before trial", the trial set for March 1, 2027 elsewhere:
    February 8, 2027): the event's date, written right before its word ("a March 1, 2027 trial date") or after one
    of its forms ("the trial will start on March 1"), less the length; None when the text dates no such event."""
    m = _BEFORE_EVENT.match(text, timex.end) if before_event(text, timex) else None
    if m is None:
        return None
    named = re.compile(rf"\s+(?:{_event_forms(m['w'])})\b", re.I)
    others = [t for t in timexes if t["type"] == "DATE" and (t["end"] <= timex.start or t["start"] >= m.end())]
    event = next((_period_start(t, published) for t in sorted(others, key=lambda t: abs(t["start"] - timex.start))
                  if named.match(text, t["end"])), None) or _dated_elsewhere(text, m["w"], timex, timexes, published)
    spec = parse_span(timex.text)
    if event is None or spec is None or spec.dur is None or spec.dur[0] is None or spec.dur[1] not in _UNIT_DELTAS:
        return None  # a vague length ("days before the vote") counts back no set time
    return event - relativedelta(**{_UNIT_DELTAS[spec.dur[1]]: round(spec.dur[0])})


def _period_start(t: dict[str, Any], published: date | None) -> date | None:
    resolved = temporal.resolve(temporal.Timex(**t), published, prefer_future=True)
    return resolved.period.start if resolved.period is not None else None


def references(text: str, timexes: list[dict[str, Any]], candidates: list[dict[str, Any]],
               published: date | None) -> dict[int, date | None]:
    """Timex index -> the date it counts from, for the expressions that do not count from
    publication (None: an anaphor whose referent the text does not give)."""
    refs: dict[int, date | None] = {}
    said: dict[int, date] = {}  # sentence start -> statement date
    for cand in candidates:
        stated = _statement_date(cand, temporal.Timex(**timexes[cand["timex"]]), published)
        if stated is not None:
            said.setdefault(cand["sent_start"], stated)
    stated = {cand["timex"] for cand in candidates if cand["statement"]}
    for cand in candidates:
        timex = temporal.Timex(**timexes[cand["timex"]])
        if narrative_anaphor(text, timex):
            referent = _referent(timex, timexes, published, stated)
            years = _trailing_years(text, timex)
            refs[cand["timex"]] = referent + relativedelta(years=years) if referent and years else referent
        elif (labelled := _labelled_year(text, timex, timexes, cand["sent_start"])) is not None:
            refs[cand["timex"]] = labelled
        elif (event := _event_start(text, timex, timexes, published)) is not None:  # resolved only when read
            refs[cand["timex"]] = event
        elif before_event(text, timex):  # "21 days before trial": the event's date less the length, or none
            refs[cand["timex"]] = _event_before(text, timex, timexes, published)
        elif _undated_event(text, timex, timexes):
            refs[cand["timex"]] = None  # "within 18 months of approval": from a date the text does not give
        elif cand["sent_start"] in said and not cand["statement"] and not _label_anaphor(timex):
            refs[cand["timex"]] = said[cand["sent_start"]]
    return refs
