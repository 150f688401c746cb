"""Known organisations and people (lexicons/entities.yaml): alias folding to one canonical name.

Claims name the same actor many ways ("Elon Musk", "Musk", "Elon"; "Tesla Inc", "Tesla's").
Grouping claims into promises and counting sources only works if those spellings fold to one
name, so every module that compares subjects or speakers goes through `canonical`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extractor import lexicon

LEXICON = Path(__file__).parent / "lexicons" / "entities.yaml"
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
# where a name is based ("Abu Dhabi-based Sahra Airways"): the claims lexicon's place suffixes, lower-case only
_BASED = re.compile(rf"^.*?\S(?:{lexicon.alternation(lexicon.word_list('claims', 'place_suffixes'))})\s+(?=\S)")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


@dataclass(frozen=True)
class Entity:
    """One canonical organisation or person."""

    name: str
    kind: str  # org | person
    aliases: tuple[str, ...]
    org: str = ""  # for people: the organisation their claims are usually about


def _clean(name: str) -> str:
    """Collapse whitespace, unify quotes, drop a possessive ending ("Tesla's" -> "Tesla") and where the name
    is based ("Abu Dhabi-based Sahra Airways" -> "Sahra Airways")."""
    text = " ".join(name.translate(_QUOTES).split()).strip(" \t,;:")
    text = _BASED.sub("", text)
    return _POSSESSIVE.sub("", text).strip()


@cache
def load(path: str | Path = LEXICON) -> dict[str, Entity]:
    """Canonical name -> Entity; raises ValueError naming the file and entry when malformed."""
    data = lexicon.parsed(path) or {}  # kept across runs: read, never changed
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of canonical name -> entry")
    entities: dict[str, Entity] = {}
    for name, entry in data.items():
        if not isinstance(entry, dict) or entry.get("kind") not in ("org", "person"):
            raise ValueError(f"{path}: entry {name!r}: needs `kind: org` or `kind: person`")
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ValueError(f"{path}: entry {name!r}: `aliases` must be a list of strings")
        org = entry.get("org") or ""
        if org and org not in data:
            raise ValueError(f"{path}: entry {name!r}: `org: {org}` is not an entry of this file")
        names = tuple(dict.fromkeys([str(name), *aliases]))
        entities[str(name)] = Entity(str(name), entry["kind"], names, org)
    return entities


@cache
def _alias_index(path: str | Path = LEXICON) -> tuple[dict[str, str], dict[str, str]]:
    """(exact alias -> canonical, lower-cased alias -> canonical); exact spellings win over folded ones."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for entity in load(path).values():
        for alias in entity.aliases:
            key = _clean(alias)
            exact.setdefault(key, entity.name)
            folded.setdefault(key.lower(), entity.name)
    return exact, folded


def canonical(name: str | None, path: str | Path = LEXICON) -> str:
    """The canonical name for a known alias; an unknown name comes back cleaned, never dropped.

    A name that starts with a known organisation's alias names a part of it and folds to it
    ("Tesla AI", "SpaceX Starship" -> the organisation), so divisions need no alias of their own
    (an alias like "Tesla AI" would also swallow "AI" from "Tesla AI Day" when finding names in text).
    """
    text = _clean(name or "")
    if not text:
        return ""
    exact, folded = _alias_index(path)
    known = exact.get(text) or folded.get(text.lower())
    if known:
        return known
    words = text.split()
    for n in range(len(words) - 1, 0, -1):
        head = folded.get(" ".join(words[:n]).lower())
        if head and load(path)[head].kind == "org":
            return head
    return text


def org_of(name: str | None, path: str | Path = LEXICON) -> str:
    """The organisation a person's claims are about ("Musk" -> "Tesla"); "" when not a known person."""
    entity = load(path).get(canonical(name, path))
    return entity.org if entity and entity.kind == "person" else ""
