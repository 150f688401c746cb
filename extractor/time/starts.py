"""Where a time expression can start: one scan of a text instead of one pass per grammar rule.

Running every rule's regular expression over a whole text costs a full scan per rule, because each
rule opens with a look-behind and so gives the regex engine no first character to skip to. Instead,
each rule's pattern is read once (its parsed form) for the *keys* its matches can start with: the
first letters (up to ``KEY_LETTERS``, lower-cased) of its leading word, ``#`` for a digit, or the
punctuation mark it opens with. One scan of the text finds the word starts, numbers and marks that
the rules' shared left boundary allows, and each rule is tried (``Pattern.match``) only at the
starts whose key it can begin with. A rule whose keys cannot be read (it may open with any letter or
a space, or match nothing) keeps its full scan. Per rule, a try begins no earlier than the end of
that rule's last match, so the matches are exactly those of ``finditer``. The keys of each pattern are
kept across runs (`kept`, tagged with this module's own source, so that a change to the reading reads
the patterns again). Any list of patterns sharing one left boundary can be indexed the same way (`build`,
`scan`): the fiscal statements' patterns are.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from re import _constants as sre  # the parsed form of a pattern: the only reader of what it can start with
from re import _parser

from extractor import kept, lexicon
from extractor.time import shapes
from extractor.time.grammar import Rule, grammar

KEY_LETTERS = 3  # leading letters in a key: "jan", "the", "q"; more cost build time and save little
_BUDGET = 20_000  # steps of reading one pattern before giving up (it then keeps its full scan)
_LETTER_SPAN = 4  # a character class with more letters than this could open any word: no keys
_DIGIT = "#"
FOLLOW = "the"  # the leading word most rules share (over forty): its patterns are keyed by the next word too
_WORD = re.compile(r"[^\W\d_]+")  # a word's letters, as the scan reads them

Keys = frozenset[str] | None
KEYS = kept.Store("start-keys", tag=kept.source_tag(__file__))


class _Unreadable(Exception):
    """A pattern whose starting keys cannot be listed (or would take too long to)."""


def _is_word_guard(items: list) -> bool:
    """``(?!\\w)``'s body: a class holding the word category, so a leading word ends here."""
    return len(items) == 1 and items[0][0] is sre.IN and (sre.CATEGORY, sre.CATEGORY_WORD) in items[0][1]


def _class_chars(av: list) -> tuple[set[str], bool, bool]:
    """Characters a character class lists, and whether it holds digits, or spaces, through a category."""
    chars: set[str] = set()
    digits = spaces = False
    for op, arg in av:
        if op is sre.LITERAL:
            chars.add(chr(arg))
        elif op is sre.RANGE:
            lo, hi = arg
            span = [chr(c) for c in range(lo, hi + 1)]
            if sum(c.isalpha() for c in span) > _LETTER_SPAN:
                raise _Unreadable
            chars.update(span)
        elif op is sre.CATEGORY and arg in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT):
            digits = True
        elif op is sre.CATEGORY and arg in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE):
            spaces = True
        else:  # NEGATE, the word category: any letter could come
            raise _Unreadable
    return chars, digits, spaces


def _only_space(item: list) -> bool:
    """A repeated item that matches whitespace and nothing else (``\\s``, ``[ \\t]``)."""
    if len(item) != 1:
        return False
    op, av = item[0]
    if op is sre.LITERAL:
        return chr(av).isspace()
    if op is not sre.IN:
        return False
    try:
        chars, digits, spaces = _class_chars(av)
    except _Unreadable:
        return False
    return not digits and (spaces or bool(chars)) and all(c.isspace() for c in chars)


class _Reader:
    """Walks one parsed pattern, listing the keys its matches can start with. With ``follow`` (a leading word,
    "the"), a match opening with that word alone is keyed by what comes after it too: the next word's letters
    after a space ("the fir"), "#" for a number ("the #"), or the mark ("the-", "the '")."""

    def __init__(self, follow: str = "") -> None:
        self.steps = 0
        self.follow = follow

    def _following(self, prefix: str) -> bool:
        """The followed word has been read, perhaps with spaces after it, and nothing of the next word yet."""
        return bool(self.follow) and prefix in (self.follow, self.follow + " ")

    def _full(self, prefix: str) -> bool:
        if self.follow and prefix.startswith(self.follow + " "):
            return len(prefix) >= len(self.follow) + 1 + KEY_LETTERS
        return len(prefix) >= KEY_LETTERS and prefix != self.follow

    def ended(self, prefix: str, char: str, rest: list) -> set[str]:
        """The key when the leading word ends at ``char`` (or the text starts with it)."""
        if self._following(prefix):
            if char.isspace():
                return self.keys(rest, self.follow + " ")
            return {prefix + (_DIGIT if char.isdigit() else char)}
        if prefix:
            return {prefix}
        if char.isdigit():
            return {_DIGIT}
        if char.isspace():
            raise _Unreadable
        return {char}

    def keys(self, items: list, prefix: str) -> set[str]:
        self.steps += 1
        if self.steps > _BUDGET:
            raise _Unreadable
        if self._full(prefix):
            return {prefix}
        if not items:  # the pattern may end here while the text's word goes on
            raise _Unreadable
        (op, av), rest = items[0], items[1:]
        if op is sre.LITERAL:
            char = chr(av)
            return self.keys(rest, prefix + char.lower()) if char.isalpha() else self.ended(prefix, char, rest)
        if op is sre.IN:
            chars, digits, spaces = _class_chars(av)
            out = self.ended(prefix, "0", rest) if digits else set()
            if spaces:
                out |= self.ended(prefix, " ", rest)
            for char in chars:
                out |= self.keys(rest, prefix + char.lower()) if char.isalpha() else self.ended(prefix, char, rest)
            return out
        if op is sre.SUBPATTERN:
            return self.keys(list(av[3]) + rest, prefix)
        if op is sre.ATOMIC_GROUP:
            return self.keys(list(av) + rest, prefix)
        if op is sre.BRANCH:
            return set().union(*(self.keys(list(branch) + rest, prefix) for branch in av[1]))
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            lo, hi, item = av
            if self._following(prefix) and _only_space(list(item)):  # any run of spaces after the followed word
                spaced = self.keys(rest, self.follow + " ") if hi > 0 else set()
                return spaced | self.keys(rest, prefix) if lo == 0 else spaced
            out = self.keys(rest, prefix) if lo == 0 else set()
            if hi > 0:
                again = [(op, (max(lo - 1, 0), hi - 1, item))] if hi > 1 else []
                out |= self.keys(list(item) + again + rest, prefix)
            return out
        if op is sre.AT or op is sre.ASSERT:  # zero-width: what follows decides
            return self.keys(rest, prefix)
        if op is sre.ASSERT_NOT:
            direction, body = av
            if direction == 1 and prefix and _is_word_guard(list(body)):
                if self._following(prefix):
                    return self.keys(rest, prefix)  # the followed word ends here: what comes next is read on
                return {prefix}  # "(?!\w)" right after letters: the word ends here
            return self.keys(rest, prefix)
        raise _Unreadable  # ANY, NOT_LITERAL, back-references: any character could come


def rule_keys(rule: Rule) -> Keys:
    """The keys a rule's matches can start with; None when they cannot be listed."""
    return pattern_keys(rule.regex)


def pattern_keys(regex: re.Pattern[str], follow: str = "") -> Keys:
    """The keys a pattern's matches can start with (with ``follow``: read on past that leading word); None when
    they cannot be listed."""
    key = (regex.pattern, regex.flags, follow) if follow else (regex.pattern, regex.flags)
    found = KEYS.get(key)  # (keys,) or (): read in an earlier run
    if found is None:
        try:
            found = (frozenset(_Reader(follow).keys(list(_parser.parse(regex.pattern, regex.flags)), "")),)
        except (_Unreadable, RecursionError):
            found = ()
        KEYS.put(key, found)
    return found[0] if found else None


def number_shapes(regex: re.Pattern[str]) -> frozenset[str] | None:
    """The shapes (`shapes`) a pattern's matches can open with at a number; None when they cannot be listed. Kept
    across runs like the keys."""
    key = (regex.pattern, regex.flags, _DIGIT)
    found = KEYS.get(key)
    if found is None:
        read = shapes.pattern_shapes(regex)
        found = (read,) if read is not None else ()
        KEYS.put(key, found)
    return found[0] if found else None


@dataclass(frozen=True)
class StartIndex:
    """The scan for places an expression can start, and which patterns to try at each."""

    patterns: tuple[re.Pattern[str], ...]
    scan: re.Pattern[str]  # group "w": a word's letters; group "d": a digit; else a mark
    by_key: dict[str, tuple[int, ...]]  # key -> indices of the patterns that can start with it
    lettered: tuple[int, ...]  # patterns that can start with some letter (tried at words outside ASCII)
    unread: tuple[int, ...]  # patterns without keys: scanned whole, as before
    followed: dict[str, tuple[int, ...]]  # after the word FOLLOW alone: what comes next -> the patterns to try
    follow_any: tuple[int, ...]  # FOLLOW's patterns whose next word cannot be listed: tried after every FOLLOW
    by_shape: dict[str, tuple[int, ...]]  # of the patterns keyed by a digit: a number's shape -> those that fit it
    unshaped: tuple[int, ...]  # those whose shapes cannot be listed: tried at every number
    at_shape: dict[str, tuple[int, ...]]  # a text's number shape -> the patterns to try there (filled as met)


def build(patterns: Sequence[re.Pattern[str]], boundary: str) -> StartIndex:
    """The index of ``patterns``, every one of which opens with the look-behind ``boundary`` (the scan
    stops only where it holds)."""
    by_key: dict[str, list[int]] = {}
    lettered, unread = set(), []
    for i, regex in enumerate(patterns):
        keys = pattern_keys(regex)
        if keys is None:
            unread.append(i)
            continue
        for key in keys:
            by_key.setdefault(key, []).append(i)
            if key[0].isalpha():
                lettered.add(i)
    scan = re.compile(boundary + r"(?:(?P<w>[^\W\d_]+)|(?P<d>\d)|[^\w\s]|_)")
    followed: dict[str, set[int]] = {}
    follow_any = []
    for i in by_key.get(FOLLOW, []):
        keys = pattern_keys(patterns[i], FOLLOW)
        if keys is None:
            follow_any.append(i)
            continue
        for key in keys:  # "the fir", "the #", "the-": FOLLOW alone, then what comes after it
            if key.startswith(FOLLOW) and len(key) > len(FOLLOW) and not key[len(FOLLOW)].isalpha():
                followed.setdefault(key, set()).add(i)
    by_shape: dict[str, list[int]] = {}
    unshaped = []
    for i in by_key.get(_DIGIT, []):
        found = number_shapes(patterns[i])
        if found is None:
            unshaped.append(i)
            continue
        for shape in found:
            by_shape.setdefault(shape, []).append(i)
    return StartIndex(tuple(patterns), scan, {k: tuple(v) for k, v in by_key.items()}, tuple(sorted(lettered)),
                      tuple(unread), {k: tuple(sorted(v | set(follow_any))) for k, v in followed.items()},
                      tuple(follow_any), {k: tuple(v) for k, v in by_shape.items()}, tuple(unshaped), {})


@functools.cache
def index() -> StartIndex:
    """The time grammar's rules, indexed once per process, on first use (reading the patterns costs a few
    tenths of a second)."""
    boundary = lexicon.load("time_rules")["boundaries"][0]  # every rule's own left boundary
    return build([rule.regex for rule in grammar().rules], boundary)


def matches(text: str) -> Iterator[tuple[Rule, re.Match[str]]]:
    """Every rule's ``finditer`` matches over ``text`` (rule by rule in no set order)."""
    rules = grammar().rules
    for i, m in scan(text, index()):
        yield rules[i], m


def scan(text: str, idx: StartIndex) -> Iterator[tuple[int, re.Match[str]]]:
    """(pattern index, match) for every ``finditer`` match of the indexed patterns over ``text``: pattern by
    pattern in no set order, each pattern's own matches in text order."""
    patterns = idx.patterns
    for i in idx.unread:
        for m in patterns[i].finditer(text):
            yield i, m
    free = [0] * len(patterns)  # per pattern: where its next match may begin (the end of its last one)
    for start in idx.scan.finditer(text):
        word = start["w"]
        if word is not None and word.isascii() and word.lower() == FOLLOW:
            tried = _after_follow(text, start.end(), idx)
        elif word is not None:
            tried = idx.by_key.get(word[:KEY_LETTERS].lower(), ()) if word.isascii() else idx.lettered
        elif start["d"] is not None:
            tried = _at_number(text, start.start(), idx)
        else:
            tried = idx.by_key.get(start[0], ())
        p = start.start()
        for i in tried:
            if p < free[i]:
                continue
            m = patterns[i].match(text, p)
            if m is not None:
                free[i] = m.end()
                yield i, m


def _at_number(text: str, start: int, idx: StartIndex) -> tuple[int, ...]:
    """The patterns to try at a number: those whose shapes fit the number's (`shapes`), in index order."""
    shape = shapes.text_shape(text, start)
    tried = idx.at_shape.get(shape)
    if tried is None:
        fit = set(idx.unshaped).union(*(idx.by_shape.get(key, ()) for key in shapes.fitting(shape)))
        tried = idx.at_shape[shape] = tuple(sorted(fit))
    return tried


def _after_follow(text: str, end: int, idx: StartIndex) -> tuple[int, ...]:
    """The patterns to try where the word FOLLOW alone ends at ``end``: keyed by what comes next, as the reader keys
    them; a next word outside ASCII gets all of FOLLOW's patterns."""
    if end >= len(text):
        return idx.follow_any
    char = text[end]
    if not char.isspace():
        return idx.followed.get(FOLLOW + (_DIGIT if char.isdecimal() else char), idx.follow_any)
    at = end
    while at < len(text) and text[at].isspace():
        at += 1
    if at == len(text):
        return idx.follow_any
    char = text[at]
    if char.isdecimal():
        return idx.followed.get(f"{FOLLOW} {_DIGIT}", idx.follow_any)
    word = _WORD.match(text, at)
    if word is None:
        return idx.followed.get(f"{FOLLOW} {char}", idx.follow_any)
    if not word.group().isascii():
        return idx.by_key.get(FOLLOW, ())
    return idx.followed.get(f"{FOLLOW} {word.group()[:KEY_LETTERS].lower()}", idx.follow_any)
