"""Which patterns can match at a number, read from the number's shape: its run of digits and what ends it.

Forty-odd rules of the time grammar can open with a digit, and every number of a text used to be tried with
all of them, though a day ("12 March"), a year ("2026"), a quarter code ("1Q") or a clock time ("9:30") each
fits only a few. A *shape* is the run of digits where a match starts, one ``#`` a digit up to ``RUN`` of them,
then the class of the character that ends the run: ``a`` a letter, a space for any white space, ``$`` the end of
the text, any other character as itself ("2026 " is ``#### ``, "1Q" ``#a``, "9:30" ``#:``); a run of ``RUN``
digits or more has no end class (``#####``). Each pattern's parsed form is read for the shapes its matches can
open with; a key ending in ``*`` stands for every shape that starts with what comes before it (the pattern
may end there, or what follows could not be read), ``*`` alone for any shape. A pattern whose shapes cannot
be read is tried at every number. The matches are exactly those of trying every pattern, since a pattern is
passed over only where no shape it can open with fits the text.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parsed form of a pattern, as time/starts.py reads it
from re import _parser

RUN = 5  # digits counted in a shape: a year's four and one more, so "2026" and "20261" differ
_BUDGET = 20_000  # steps of reading one pattern before giving up (it is then tried at every number)
_DIGIT, _ANY, _END = "#", "*", "$"
_DIGITS = re.compile(rf"\d{{1,{RUN}}}")


class _Unreadable(Exception):
    """A pattern whose shapes cannot be listed (or would take too long to)."""


def char_class(char: str) -> str:
    """The class of a character ending a run of digits: a letter, a space, or the character itself."""
    return "a" if char.isalpha() else " " if char.isspace() else char


def text_shape(text: str, start: int) -> str:
    """The shape of ``text`` at ``start``, where a digit stands."""
    m = _DIGITS.match(text, start)
    run = m.end() - start if m else 0
    if run >= RUN:
        return _DIGIT * RUN
    return _DIGIT * run + (char_class(text[m.end()]) if m and m.end() < len(text) else _END)


def fitting(shape: str) -> tuple[str, ...]:
    """The keys that fit a text's ``shape``: the shape itself, and every run of its digits followed by ``*``."""
    run = len(shape) - len(shape.lstrip(_DIGIT))
    return (shape, _ANY, *(_DIGIT * k + _ANY for k in range(1, run + 1)))


class _Reader:
    """Walks one parsed pattern, listing the shapes of its matches that open with a digit."""

    def __init__(self) -> None:
        self.steps = 0

    def ended(self, prefix: str, char: str, rest: list) -> set[str]:
        """One character of the pattern read: a digit goes on with the run, anything else ends it."""
        if char.isdecimal():
            return self.shapes(rest, prefix + _DIGIT)
        return {prefix + char_class(char)} if prefix else set()  # no digit first: no match at a number

    def shapes(self, items: list, prefix: str) -> set[str]:
        self.steps += 1
        if self.steps > _BUDGET:
            raise _Unreadable
        if len(prefix) >= RUN or not items:  # a run this long goes on as it may; or the pattern may end here
            return {prefix + _ANY}
        (op, av), rest = items[0], items[1:]
        if op is sre.LITERAL:
            return self.ended(prefix, chr(av), rest)
        if op is sre.IN:
            return self._in(av, prefix, rest)
        if op is sre.SUBPATTERN:
            return self.shapes(list(av[3]) + rest, prefix)
        if op is sre.ATOMIC_GROUP:
            return self.shapes(list(av) + rest, prefix)
        if op is sre.BRANCH:
            return set().union(*(self.shapes(list(branch) + rest, prefix) for branch in av[1]))
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            lo, hi, item = av
            out = self.shapes(rest, prefix) if lo == 0 else set()
            if hi > 0:
                again = [(op, (max(lo - 1, 0), hi - 1, item))] if hi > 1 else []
                out |= self.shapes(list(item) + again + rest, prefix)
            return out
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero-width: passed over, so more shapes, never fewer
            return self.shapes(rest, prefix)
        return {prefix + _ANY}  # any character, a back-reference, ...: what follows cannot be read

    def _in(self, av: list, prefix: str, rest: list) -> set[str]:
        """A character class: each character it lists, its digits going on with the run."""
        out: set[str] = set()
        for op, arg in av:
            if op is sre.LITERAL:
                out |= self.ended(prefix, chr(arg), rest)
            elif op is sre.RANGE:
                lo, hi = arg
                digits = [c for c in map(chr, range(lo, hi + 1)) if c.isdecimal()]
                if digits:
                    out |= self.shapes(rest, prefix + _DIGIT)
                if prefix and len(digits) < hi - lo + 1:
                    out |= {prefix + char_class(chr(c)) for c in range(lo, hi + 1) if not chr(c).isdecimal()}
            elif op is sre.CATEGORY and arg in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT):
                out |= self.shapes(rest, prefix + _DIGIT)
            elif op is sre.CATEGORY and arg in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE):
                out |= {prefix + " "} if prefix else set()
            else:  # NEGATE, the word category, ...: any character could come
                return {prefix + _ANY}
        return out


def pattern_shapes(regex: re.Pattern[str]) -> frozenset[str] | None:
    """The shapes a pattern's matches can open with at a number; None when they cannot be listed."""
    try:
        return frozenset(_Reader().shapes(list(_parser.parse(regex.pattern, regex.flags)), ""))
    except (_Unreadable, RecursionError):
        return None
