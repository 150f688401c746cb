"""Load and validate the YAML rule data under lexicons/ (package data).

Every lexicon is read once per process, and its parsed form is kept across runs (`kept`, keyed by the
file's bytes: an edited file is parsed again). A malformed file fails loudly with its name and the
offending key, because a silently empty cue list would quietly drop claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from extractor import kept, yamlio

DIR = Path(__file__).parent / "lexicons"
# file digest -> the parsed lexicon; what the parse makes of the bytes also depends on the loader (yamlio's own
# source, the PyYAML release and whether its C parser is there), so those tag the store: an edit to the loader
# parses every lexicon again rather than keeping what the old loader made
PARSED = kept.Store("lexicons", kept=64, tag="-".join((
    kept.source_tag(yamlio.__file__), yamlio.yaml.__version__,
    yamlio.Base.__name__)))


class LexiconError(ValueError):
    """A lexicon file is missing, malformed, or lacks a required key."""


@cache
def load(name: str) -> dict[str, Any]:
    """The lexicon ``lexicons/<name>.yaml`` as a mapping."""
    path = DIR / f"{name}.yaml"
    try:
        data = parsed(path)
    except FileNotFoundError as err:
        raise LexiconError(f"{path}: no such lexicon") from err
    except Exception as err:  # noqa: BLE001 - any parse error becomes one clear message
        raise LexiconError(f"{path}: not valid YAML: {err}") from err
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: top level must be a mapping")
    return data


def parsed(path: str | Path) -> Any:  # noqa: ANN401 - whatever the YAML holds
    """A YAML file's data as ``yamlio.load`` reads it, kept across runs under the digest of the file's bytes (the
    lexicons, and the gazetteer and units files their modules read themselves); its errors are yamlio's. The data
    is shared by every caller in the process: read it, never change it."""
    raw = Path(path).read_bytes()
    digest = kept.digest(raw, size=20)
    data = PARSED.get(digest)
    if data is None:
        data = yamlio.loads(raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"))  # as read_text reads it
        PARSED.put(digest, data)
    return data


def word_list(name: str, key: str) -> list[str]:
    """A list of lower-cased phrases under ``key`` (dotted for nesting: "commitment.hedged")."""
    node: Any = load(name)
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            raise LexiconError(f"{DIR / name}.yaml: missing key {key!r}")
        node = node[part]
    if not isinstance(node, list) or not all(isinstance(x, str) and x.strip() for x in node):
        raise LexiconError(f"{DIR / name}.yaml: {key!r} must be a list of non-empty strings")
    return [x.lower() for x in node]


@cache
def words(name: str, key: str) -> frozenset[str]:
    """`word_list` as a set, built once: cue lookups run for every time expression."""
    return frozenset(word_list(name, key))


def alternation(words: Iterable[object], space: str | None = None) -> str:
    """Words as one regex alternation, escaped and longest first, so a word is never cut short by a word it starts
    with ("Sept" before "Sep"); ties go alphabetically, so the pattern is the same in every process. ``space``: what
    the spaces inside a phrase match instead of one space ("per  cent" across a line break with r"\\s+"), the phrase's
    outer spaces dropped."""
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    if space is None:
        return "|".join(re.escape(w) for w in ordered)
    return "|".join(space.join(re.escape(part) for part in w.split()) for w in ordered)


def lower_trie(words: Iterable[object], space: str | None = None) -> str:
    """`alternation(words, space)`, written as a prefix tree (`trie`) when every word is in lower case: such a tree
    matches the same in a pattern read with or without re.I (two lower-case keys never match one character), so
    it can stand in a word class used both ways; words in other cases keep the alternation."""
    unique = {str(w) for w in words}
    if all(w == w.lower() for w in unique):
        return trie(unique, ignore_case=True, space=space)
    return alternation(unique, space)


def _simple_case(ch: str) -> bool:
    """A character whose case-insensitive matches are exactly the characters with its lower case (not "ſ", "ς",
    "µ", "ß", "İ": the regex engine gives those wider classes)."""
    low = ch.lower()
    return len(low) == 1 and len(low.upper()) == 1 and low.upper().lower() == low


def trie(words: Iterable[str], ignore_case: bool = False, space: str | None = None) -> str:
    """The words as one regex matching exactly what `alternation` matches, in the same order of preference, but
    written as a prefix tree ("Japan|Japanese" as "Japan(?:ese|)"), so the engine tries a handful of first
    letters at each position instead of every word: several times faster over whole texts.

    Why the same: the words that match at one position are prefixes of one another, and a node tries its longer
    continuations before ending, so they are tried longest first as in `alternation` (words that differ only in
    case match the same text). ``ignore_case``: for a pattern compiled with `re.I`, where the tree is keyed by
    lower case (so two keys never match one character); a word with a character the engine folds more widely
    falls back to `alternation`. ``space``: as in `alternation`, what a space inside a phrase matches; the tree
    is then used only when every phrase is written with single spaces (so a longer phrase is a longer string,
    as `alternation` orders them), else `alternation` is."""
    unique = {str(w) for w in words}
    if ignore_case and not all(_simple_case(ch) for w in unique for ch in w):
        return alternation(unique, space)
    if space is not None and not all(w == " ".join(w.split()) for w in unique):
        return alternation(unique, space)
    root: dict[str, dict] = {}
    for word in unique:
        node = root
        for ch in word.lower() if ignore_case else word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def written(node: dict[str, dict]) -> str:
        branches = [(space if ch == " " and space is not None else re.escape(ch)) + written(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches or ("" not in node and len(branches) == 1):
            return "".join(branches)  # a word's end, or one way on
        return "(?:" + "|".join([*branches, ""] if "" in node else branches) + ")"  # ending here is tried last

    return written(root)
