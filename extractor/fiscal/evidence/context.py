"""What a sentence speaks of (public money, results, a sports or crop season): it decides whether a bare
period is a fiscal one, and whose."""

from __future__ import annotations

import re
from functools import cache

from extractor import lexicon, rxcache
from extractor.fiscal.evidence.data import lex


@cache
def _word_pattern(key: str) -> re.Pattern[str]:
    words = "|".join(re.escape(str(w)) for w in lex()[key])
    return rxcache.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])", re.I)


def _any_word(key: str, sentence: str) -> bool:
    return _word_pattern(key).search(sentence) is not None


@cache
def _season_words(key: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A split season ("2028-29 season") and the words of ``key`` (time.yaml) that tell what kind it is."""
    time_words = lexicon.load("time")
    nouns = lexicon.alternation(time_words["split_season_nouns"])
    return (rxcache.compile(rf"(?i)(?:19|20)\d\d\s*[-–/]\s*\d\d\s+(?:{nouns})(?![\w-])"),
            rxcache.compile(rf"(?i)(?<![\w-])(?:{lexicon.alternation(time_words[key])})(?![\w-])"))


def sport_season(text: str, sentence: str) -> bool:
    """Whether ``text`` is a split sports season ("the 2028-29 season" in a sentence about a club or a league): named
    by its start year, no fiscal label, whatever financial year the club keeps."""
    season, sport = _season_words("sport_words")
    return season.search(text) is not None and sport.search(sentence) is not None


def harvest_season(text: str, sentence: str) -> bool:
    """Whether ``text`` is a split crop season ("the 2025/26 season" in a sentence about soybeans): a crop year."""
    season, harvest = _season_words("harvest_words")
    return season.search(text) is not None and harvest.search(sentence) is not None


def public_finance(sentence: str) -> bool:
    """Whether a sentence speaks of public money ("fiscal deficit", "budget"): a government's year then applies."""
    return _any_word("public_finance_words", sentence)


def earnings_context(sentence: str) -> bool:
    """Whether a sentence speaks of results ("adjusted earnings", "revenue"): bare quarters are then fiscal."""
    return _any_word("earnings_words", sentence)
