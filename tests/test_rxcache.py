"""Patterns made from the cache file are the patterns re.compile makes (same code, flags and groups)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor import rxcache
from extractor.time import grammar

PATTERNS = [
    (r"(?<!\w)(?P<n>\d+(?:[.,]\d+)?)\s*(?:bn|billion|million)\b", re.IGNORECASE),
    (r"^[ \t]*(?:(?P<place>[A-Z][A-Za-z]+)\s+--\s+)", re.MULTILINE),
    (r"(?i:Q[1-4])\s+(?:of\s+)?(?P<year>\d{4})|(?-i:FY)\d{2}", 0),
    ("caf\u00e9s?|na\u00efve", re.I | re.VERBOSE),
]


@pytest.fixture()
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own, and no patterns in memory."""
    monkeypatch.setenv(rxcache.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(rxcache, "_store", None)
    monkeypatch.setattr(rxcache, "_added", False)
    return tmp_path


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_compiled_from_the_file_equals_re_compile(fresh_cache: Path, pattern: str, flags: int) -> None:
    made = rxcache.compile(pattern, flags)
    rxcache._save()
    assert list(fresh_cache.iterdir())
    rxcache._store, rxcache._added = None, False  # another run: the file only
    again = rxcache.compile(pattern, flags)
    assert not rxcache._added  # read from the file, not compiled
    expected = re.compile(pattern, flags)
    assert made == expected and again == expected  # Pattern equality compares the compiled code
    assert (again.flags, again.groups, again.groupindex) == (expected.flags, expected.groups, expected.groupindex)
    text = "Q3 of 2026, 4.5 billion, CAFÉS, FY27\nBUSAN -- x"
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_damaged_or_foreign_file_falls_back(fresh_cache: Path) -> None:
    (fresh_cache / rxcache._file().name).write_bytes(b"not marshal data")
    assert rxcache.compile(r"\d+ units") == re.compile(r"\d+ units")


def test_switched_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(rxcache.CACHE_ENV, "none")
    monkeypatch.setattr(rxcache, "_store", None)
    monkeypatch.setattr(rxcache, "_added", False)
    assert rxcache.compile(r"x+") == re.compile(r"x+")
    rxcache._save()
    assert not list(tmp_path.iterdir())


def test_bad_pattern_raises_like_re(fresh_cache: Path) -> None:
    with pytest.raises(re.error):
        rxcache.compile(r"(unclosed")


def test_time_grammar_from_the_file_is_the_same(fresh_cache: Path) -> None:
    """The time grammar's rules and patterns, compiled and then read back, equal re.compile's."""
    grammar.grammar.cache_clear()
    try:
        first = grammar.grammar()
        rxcache._save()
        rxcache._store, rxcache._added = None, False
        grammar.grammar.cache_clear()
        second = grammar.grammar()
        assert not rxcache._added
        for a, b in zip(first.rules, second.rules, strict=True):
            assert a.regex == b.regex == re.compile(a.regex.pattern, a.regex.flags & ~re.UNICODE)
        assert second.rx == first.rx
    finally:
        grammar.grammar.cache_clear()
