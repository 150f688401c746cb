"""What is known of the companies and governments a text names: their fiscal calendars, and where the text
names them."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from extractor import lexicon, rxcache
from extractor.fiscal.calendar import FiscalCalendar, parse_rule
from extractor.fiscal.evidence.data import lex


@cache
def calendars() -> dict[str, FiscalCalendar]:
    """Lexicon key -> its fiscal calendar."""
    data = lex()
    out = {}
    for key, info in data["entities"].items():
        month = parse_rule(str(info["ends"]))
        if month is None:
            raise lexicon.LexiconError(f"fiscal.yaml: {key}: unreadable year end {info['ends']!r}")
        out[key] = FiscalCalendar(month, info.get("naming", data["default_naming"]), str(info["ends"]), key)
    return out


@cache
def _alias_index() -> tuple[re.Pattern[str], dict[str, str]]:
    index = {key: key for key in lex()["entities"]}
    for key, info in lex()["entities"].items():
        index.update({str(a): key for a in info.get("aliases", [])})
    alternation = lexicon.trie(index)
    return rxcache.compile(r"(?<![\w&-])(?:" + alternation + r")(?:'s|’s)?(?![\w&-])"), index


@cache
def _folded_index() -> dict[str, str]:
    """Lower-cased alias -> key, the first alias of each spelling winning as in the alias index's order."""
    folded: dict[str, str] = {}
    for alias, key in _alias_index()[1].items():
        folded.setdefault(alias.lower(), key)
    return folded


def entity_of(name: str) -> str:
    """Lexicon key of a name as a claim's subject gives it ("InterGlobe Aviation" -> "IndiGo"), or ""."""
    _, index = _alias_index()
    name = name.strip()
    return index.get(name) or _folded_index().get(name.lower(), "")


def mentions(text: str) -> list[tuple[int, str]]:
    """(offset, lexicon key) of every known entity named in ``text``."""
    pattern, index = _alias_index()
    return [(m.start(), index[re.sub(r"(?:'s|’s)$", "", m.group())]) for m in pattern.finditer(text)]


@cache
def _public_bodies() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + lexicon.trie(lex()["public_bodies"]) + r")(?![\w-])")


def public_bodies(text: str) -> list[str]:
    """Lexicon key of every government body (not a country's name) named in ``text``, in order."""
    _, index = _alias_index()
    return [index[m.group()] for m in _public_bodies().finditer(text)]


def ranked(found: list[tuple[int, str]], least: int = 1) -> list[str]:
    """Keys named at least ``least`` times, by how often the text names them, first-named first among equals."""
    counts = Counter(k for _, k in found)
    first = {k: i for i, (_, k) in reversed(list(enumerate(found)))}
    return sorted((k for k in counts if counts[k] >= least), key=lambda k: (-counts[k], first[k]))


@cache
def governments() -> frozenset[str]:
    """Lexicon keys of governments: their fiscal year is not a company's."""
    return frozenset(k for k, info in lex()["entities"].items() if info.get("kind") == "government")
