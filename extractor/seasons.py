"""A league's season an article defines by its months ("The league, whose regular season runs from October to
April"): a season label of that article ("begin play in the 2028-29 season", "starting with the 2027-28 season") is
due in the season's first month of its first year, not in the labelled year as a whole. A league's season straddles
two years, so only the text says when one starts; without such a definition the label keeps its year. A crop or
production season ("this season, which runs from November to February") is not a league's: its label's output is
due at its end (the fiscal and crop conventions), so only claims.yaml league_season_nouns define one here.
"""

from __future__ import annotations

import re
from functools import cache

from extractor import lexicon
from extractor.time import Period
from extractor.time.calendar import Cal, period_of


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    months = {str(w).lower(): int(n) for n, words in lexicon.load("datelines")["months"].items() for w in words}
    month = "|".join(sorted(months, key=len, reverse=True))
    words = lexicon.load("claims")
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in words["league_season_nouns"])
    verbs = "|".join(words["period_define_verbs"])
    definition = re.compile(rf"\b(?:{nouns}),?\s+(?:(?:which|that)\s+)?(?:{verbs})\s+from\s+(?P<begin>{month})\b"
                            rf"\.?\s+(?:to|through|until|till|-|–)\s+(?:{month})\b", re.I)
    label = re.compile(r"(?i)(?:the\s+)?(?P<year>(?:19|20)\d\d)\s*[-–/]\s*\d\d\s+(?:regular\s+)?seasons?")
    return definition, label, months


def defined_start(text: str) -> int | None:
    """The first month of the season the text defines, or None when it defines none."""
    definition, _, months = _patterns()
    m = definition.search(text)
    return months[m["begin"].lower()] if m else None


def season_start(date_text: str, start_month: int | None) -> Period | None:
    """The period a season label is due in when the text gives the season's first month; else None."""
    if start_month is None:
        return None
    m = _patterns()[1].fullmatch(" ".join(date_text.split()))
    return period_of(Cal("month", int(m["year"]), start_month)) if m else None
