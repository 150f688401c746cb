"""Whether a time expression can name a due date at all: not a notice's or sign-off's time, not past-marked,
narrative, anaphoric or a look back, not a period's length, not counted from a past event."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from extractor import lexicon
from extractor import time as temporal
from extractor.decide.patterns import claim_words


def boilerplate(sentence: str) -> bool:
    """A sentence that states no news: a forward-looking-statements notice or a sign-off ("See you next
    Friday"), whatever times it names."""
    words = " ".join(sentence.lower().replace("’", "'").split())
    return (any(p in words for p in claim_words("boilerplate_phrases"))
            or any(words.startswith(p + " ") for p in claim_words("sign_off_openers")))


def due_date_expression(timex: temporal.Timex, resolution: temporal.Resolution, counted: bool = False,
                         later: bool = False) -> bool:
    """Whether the expression can name a due date at all: not past-marked ("earlier this year"),
    not narrative-relative ("two years later") nor anaphoric ("for the year") unless ``counted`` from
    the date it refers to ("by 2029, and ... in the following year"; ``later``: a length later that counts from
    it, anchors.later_length), not a duration without an offset
    or shorter than a day ("in less than 1 second")."""
    words = timex.text.lower().split()
    # "the last weeks of the year", "the last six months of 2024": "last" opens a part of the period, no past mark
    part_of = " ".join(words[:2]) in claim_words("part_of_period_starts") and "of" in words[2:5]
    if claim_words("past_in_timex").intersection(words[2:] if part_of else words):
        return False
    anaphor = " ".join(words)
    if anaphor in claim_words("anaphoric") and timex.prefix not in claim_words("deadline_prefixes"):
        coarse = words[-1] in claim_words("counted_anaphor_units")  # "the next day" after "2023" names no day
        if not (counted and coarse and anaphor in claim_words("narrative_anaphors") | claim_words("label_anaphors")):
            return False  # "for the year" counts from elsewhere; "within the year" is this year
    if words and words[-1] in claim_words("narrative_last_word") and len(words) > 1 and not (counted and later):
        return False  # "two years later" counts from a date of the text: only a ``later`` length, with that date
    if timex.type == "DURATION":
        lead = " ".join(words[:2])
        return (timex.prefix not in claim_words("narrative_prefixes") | claim_words("magnitude_prefixes")
                and lead not in claim_words("part_of_period_starts") and not resolution.value.startswith("PT"))
    return True


def anchored_length(text: str, timex: temporal.Timex) -> bool:
    """A duration joined to a named time ("in the five years from April 2025") is that period's length,
    not time to a due date; the named time, if any, is the claim ("two years from now" stays an offset)."""
    if timex.type != "DURATION":
        return False
    after = text[timex.end:timex.end + 30].lower().split()
    if len(after) < 2 or after[0] not in claim_words("period_anchor_joints"):
        return False
    named = after[1].strip(",.;:")  # a year or a month opens the named time ("to show" is no time)
    return named[:1].isdigit() or named.rstrip(".") in lexicon.load("time")["months"]


def retrospective(text: str, timex: temporal.Timex) -> bool:
    """A duration that closes a look back ("its fastest expansion in five years", "the second delay
    to the programme in less than a year") measures a past span, not time to a due date; not when a
    future cue stands in its clause ("expected to produce its first cells in 18 months' time")."""
    if timex.type != "DURATION":
        return False
    clause = re.split(r"[,;:(]", text[max(0, timex.start - 80):timex.start])[-1].lower().split()
    if claim_words("future").intersection(clause):
        return False
    return bool(claim_words("retrospective_words").intersection(clause[-8:]))


PAST_YEAR = re.compile(r"(?<![\d/-])((?:19|20)\d\d)(?![\d/-])")


def counted_from_past_year(cand: dict[str, Any], text: str, timex: temporal.Timex, anchor: date | None) -> bool:
    """A length told in the past after a year already over in its sentence ("Congress ignored a similar order in
    2022 to legislate within 180 days"): it counts from that past event, not from publication. Only when the nearest
    verb before it is past and no forward cue is nearer; a length after a past verb alone ("ordered ByteDance to sell
    within 90 days") still counts from the statement."""
    past, before = cand["past_verb_before"], cand["future_before"]
    if anchor is None or past is None or (before is not None and before <= past):
        return False
    years = PAST_YEAR.findall(text, cand["sent_start"], timex.start)
    return bool(years) and int(years[-1]) < anchor.year
