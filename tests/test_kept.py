"""Values kept across runs (extractor/kept.py) are what the run would work out itself: patterns made from the
cache file are the patterns re.compile makes (same code, flags and groups), lexicons and the time grammar's
start keys read back equal the parsed ones."""

from __future__ import annotations

import json
import marshal
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from extractor import kept, lexicon, rxcache, yamlio
from extractor.syntax import casing, component
from extractor.time import grammar, starts
from extractor.timeline import layout

PATTERNS = [
    (r"(?<!\w)(?P<n>\d+(?:[.,]\d+)?)\s*(?:bn|billion|million)\b", re.IGNORECASE),
    (r"^[ \t]*(?:(?P<place>[A-Z][A-Za-z]+)\s+--\s+)", re.MULTILINE),
    (r"(?i:Q[1-4])\s+(?:of\s+)?(?P<year>\d{4})|(?-i:FY)\d{2}", 0),
    ("caf\u00e9s?|na\u00efve", re.I | re.VERBOSE),
]


@pytest.fixture()
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache folder of the test's own, and no patterns in memory."""
    monkeypatch.setenv(kept.CACHE_ENV, str(tmp_path))
    stores = (rxcache.STORE, lexicon.PARSED, starts.KEYS)
    for store in stores:
        store.forget()
    yield tmp_path
    for store in stores:
        store.forget()


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_compiled_from_the_file_equals_re_compile(fresh_cache: Path, pattern: str, flags: int) -> None:
    made = rxcache.compile(pattern, flags)
    rxcache.STORE.save()
    assert list(fresh_cache.iterdir())
    rxcache.STORE.forget()  # another run: the file only
    again = rxcache.compile(pattern, flags)
    assert not rxcache.STORE._added  # read from the file, not compiled
    expected = re.compile(pattern, flags)
    assert made == expected and again == expected  # Pattern equality compares the compiled code
    assert (again.flags, again.groups, again.groupindex) == (expected.flags, expected.groups, expected.groupindex)
    text = "Q3 of 2026, 4.5 billion, CAFÉS, FY27\nBUSAN -- x"
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_damaged_or_foreign_file_falls_back(fresh_cache: Path) -> None:
    rxcache.STORE.path().write_bytes(b"not marshal data")
    assert rxcache.compile(r"\d+ units") == re.compile(r"\d+ units")
    # a file of another build (its tag differs) is not read, even where it holds the very key asked for: here
    # the code of another pattern, which would match the wrong text if it were used
    rxcache.STORE.forget()
    wrong = rxcache._entry(r"[a-z]+", 0)
    rxcache.STORE.path().write_bytes(marshal.dumps(("another build", [((r"\d+", 0), wrong)])))
    assert rxcache.compile(r"\d+") == re.compile(r"\d+") and rxcache.STORE._added
    rxcache.STORE.forget()  # and a file of this build with a malformed entry: re.compile's pattern all the same
    rxcache.STORE.path().write_bytes(marshal.dumps((rxcache.STORE.tag, [((r"\d+", 0), (0, [1, 2, 3], 0, {}, ()))])))
    assert rxcache.compile(r"\d+") == re.compile(r"\d+")


def test_switched_off_writes_nothing(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(kept.CACHE_ENV, "none")
    assert rxcache.compile(r"x+") == re.compile(r"x+")
    rxcache.STORE.save()
    assert not list(fresh_cache.iterdir())


def test_bad_pattern_raises_like_re(fresh_cache: Path) -> None:
    with pytest.raises(re.error):
        rxcache.compile(r"(unclosed")


def test_time_grammar_from_the_file_is_the_same(fresh_cache: Path) -> None:
    """The time grammar's rules and patterns, compiled and then read back, equal re.compile's."""
    grammar.grammar.cache_clear()
    try:
        first = grammar.grammar()
        rxcache.STORE.save()
        rxcache.STORE.forget()
        grammar.grammar.cache_clear()
        second = grammar.grammar()
        assert not rxcache.STORE._added
        for a, b in zip(first.rules, second.rules, strict=True):
            assert a.regex == b.regex == re.compile(a.regex.pattern, a.regex.flags & ~re.UNICODE)
        assert second.rx == first.rx
    finally:
        grammar.grammar.cache_clear()


def test_lexicons_read_back_equal_the_yaml(fresh_cache: Path) -> None:
    names = [p.stem for p in sorted(lexicon.DIR.glob("*.yaml"))]
    lexicon.load.cache_clear()
    try:
        for name in names:
            lexicon.load(name)
        lexicon.PARSED.save()
        lexicon.PARSED.forget()
        lexicon.load.cache_clear()
        for name in names:
            assert lexicon.load(name) == yamlio.load(lexicon.DIR / f"{name}.yaml")
        assert not lexicon.PARSED._added  # every one read from the file
    finally:
        lexicon.load.cache_clear()


def test_the_gazetteer_units_and_grouping_rules_are_kept_like_the_lexicons(fresh_cache: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """entities.yaml, units.yaml and promises.yaml are read by their own modules, not by name: they too are parsed
    once and then read back from the kept store (equal to the YAML), with no YAML parse in a later run."""
    from extractor import entities
    from extractor.promises import rules

    paths = [entities.LEXICON, lexicon.DIR / "units.yaml", rules.LEXICON]
    first = [lexicon.parsed(path) for path in paths]
    assert first == [yamlio.load(path) for path in paths]
    lexicon.PARSED.save()
    lexicon.PARSED.forget()

    def parse(_text: str) -> None:
        raise AssertionError("parsed the YAML again")

    monkeypatch.setattr(yamlio, "loads", parse)
    assert [lexicon.parsed(path) for path in paths] == first
    assert not lexicon.PARSED._added


def test_start_keys_read_back_equal_the_reading(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = grammar.grammar().rules
    first = [starts.rule_keys(rule) for rule in rules]
    starts.KEYS.save()
    starts.KEYS.forget()
    again = [starts.rule_keys(rule) for rule in rules]
    assert not starts.KEYS._added
    assert again == first and any(k is None for k in first) == any(k is None for k in again)
    starts.KEYS.forget()
    monkeypatch.setattr(starts.KEYS, "tag", "another reader")  # a changed module reads the patterns again
    assert [starts.rule_keys(rule) for rule in rules] == first and starts.KEYS._added


@pytest.mark.skipif(not (component.MODEL_DIR / "config.cfg").is_file(), reason="models/syntax is not present")
def test_common_words_read_back_equal_the_tables(fresh_cache: Path) -> None:
    component.COMMON_WORDS.forget()
    annotator = component.SyntaxAnnotator("", 64)
    annotator._ensure()
    first = annotator.common
    assert first == casing.common_words(annotator.parser.get_pipe("lemmatizer").lookups)
    component.COMMON_WORDS.save()
    component.COMMON_WORDS.forget()
    annotator._common = None
    assert annotator.common == first and not component.COMMON_WORDS._added
    component.COMMON_WORDS.forget()


def test_cache_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(kept.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert kept.folder() == tmp_path / "claims-timeline-extractor"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # no absolute place: nothing kept, nothing under the cwd
    assert kept.folder() is None
    monkeypatch.setenv(kept.CACHE_ENV, "NONE")
    assert kept.folder() is None


def test_lexicons_parsed_again_by_another_loader(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parsed lexicons are tagged with the loader (yamlio's source, PyYAML's release and parser): a file the
    old loader wrote is not read by a changed one."""
    assert yamlio.yaml.__version__ in lexicon.PARSED.tag and yamlio.Base.__name__ in lexicon.PARSED.tag
    lexicon.load.cache_clear()
    try:
        lexicon.load("time")
        lexicon.PARSED.save()
        lexicon.PARSED.forget()
        lexicon.load.cache_clear()
        monkeypatch.setattr(lexicon.PARSED, "tag", lexicon.PARSED.tag + "-edited")
        assert lexicon.load("time") == yamlio.load(lexicon.DIR / "time.yaml") and lexicon.PARSED._added
    finally:
        lexicon.load.cache_clear()


def test_first_use_from_two_threads_keeps_both(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two threads' first use of a store: one reads the file (slowly, here) while the other adds an entry; the
    file's entries and the added one are all kept (the file is read once, under the store's lock)."""
    import threading
    import time

    store = kept.Store("threads-test")
    store.put("from the file", 1)
    store.save()
    store.forget()
    reads: list[int] = []
    real_read = store._read

    def slow_read() -> dict:
        reads.append(1)
        time.sleep(0.2)
        return real_read()

    monkeypatch.setattr(store, "_read", slow_read)
    reader = threading.Thread(target=store.get, args=("from the file",))
    reader.start()
    time.sleep(0.05)  # the reader is inside the slow read
    store.put("added meanwhile", 2)
    reader.join()
    assert (store.get("from the file"), store.get("added meanwhile"), len(reads)) == (1, 2, 1)
    store.forget()


def test_killed_save_leaves_no_temporary_file(fresh_cache: Path) -> None:
    """A process killed between writing its temporary file and the rename leaves that file behind; the next load
    removes it once it is a day old (a younger one may be another process's save under way, and stays)."""
    child = (
        "import os, signal\n"
        "from extractor import kept\n"
        "store = kept.Store('killed-test')\n"
        "store.put('key', 'value')\n"
        "os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)\n"
        "store.save()\n"
    )
    env = {**os.environ, kept.CACHE_ENV: str(fresh_cache)}
    done = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, check=False)
    assert done.returncode == -signal.SIGKILL
    left = list(fresh_cache.glob(".killed-test-*"))
    assert len(left) == 1 and left[0].stat().st_size > 0  # the killed save's whole temporary file, never renamed
    store = kept.Store("killed-test")
    assert store.get("key") is None and left[0].exists()  # not yet stale
    day_old = time.time() - kept.STALE_SECONDS - 60
    os.utime(left[0], (day_old, day_old))
    store.forget()
    assert store.get("key") is None and not left[0].exists()
    assert list(fresh_cache.iterdir()) == []


def test_hit_keeps_an_entry_written_back(fresh_cache: Path) -> None:
    """The entries written back are the most recently used: one read since it was added outlives one that was
    only added."""
    store = kept.Store("recency-test", kept=2)
    store.put("read again", 1)
    store.put("only added", 2)
    store.save()
    store.forget()
    assert store.get("read again") == 1
    store.put("new", 3)
    store.save()
    store.forget()
    assert (store.get("read again"), store.get("only added"), store.get("new")) == (1, None, 3)
    store.put("read again", 4)  # a put of a kept key moves it last too
    assert list(store._load()) == ["new", "read again"]
    store.forget()


def test_template_is_each_callers_own(fresh_cache: Path) -> None:
    """A caller that changes the template it was given changes neither the next caller's nor the kept one."""
    layout.TEMPLATES.forget()
    try:
        first = layout.template()
        pristine = json.dumps(first)
        first["layout"]["font"] = {"color": "red"}
        first["data"].clear()
        assert json.dumps(layout.template()) == pristine
        assert json.dumps(layout.TEMPLATES.get(layout.TEMPLATE)) == pristine
    finally:
        layout.TEMPLATES.forget()
