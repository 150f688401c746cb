"""The one-scan finder (time/starts.py) gives exactly the matches of every rule's own ``finditer``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.time import shapes, starts
from extractor.time.grammar import Rule, grammar

FIXTURES = Path(__file__).parent / "fixtures"
CASES = Path(__file__).parent / "time_cases.yaml"


def _by_rule(text: str) -> list[tuple[str, tuple[int, int], tuple]]:
    return sorted((r.name, m.span(), m.groups()) for r in grammar().rules for m in r.regex.finditer(text))


def _one_scan(text: str) -> list[tuple[str, tuple[int, int], tuple]]:
    return sorted((r.name, m.span(), m.groups()) for r, m in starts.matches(text))


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    values = node.values() if isinstance(node, dict) else node if isinstance(node, list) else []
    return [s for v in values for s in _strings(v)]


def test_most_rules_are_tried_only_where_they_can_start() -> None:
    idx = starts.index()
    assert len(idx.unread) <= len(grammar().rules) // 10  # a full scan stays the exception
    assert "#" in idx.by_key and "jan" in idx.by_key and "the" in idx.by_key


@pytest.mark.parametrize("pattern, keys", [
    (r"(?<!\w)(?:Jan\.?|January)\s+\d", {"jan"}),
    (r"(?<!\w)(?i:q)[1-4]", {"q"}),
    (r"(?<!\w)(?:mid-?)?(?:19|20)\d\d(?!\w)", {"mid", "#"}),
    (r"(?<!\w)(?:an?|one)\s+year", {"a", "an", "one"}),
    (r"(?<!\w)'\d\d", {"'"}),
])  # fmt: skip
def test_keys_read_from_a_pattern(pattern: str, keys: set[str]) -> None:
    assert starts.rule_keys(Rule("r", re.compile(pattern), "year")) == keys


@pytest.mark.parametrize("pattern, keys", [
    (r"(?<!\w)(?:(?i:the)\s+)?(?:first|second)\s+half", {"fir", "sec", "the fir", "the sec"}),
    (r"(?<!\w)(?i:the)\s*(?:19|20)\d\d", {"the #", "the#"}),
    (r"(?<!\w)(?i:the)(?!\w)[-\s]?'\d\d", {"the-", "the '", "the'"}),
    (r"(?<!\w)(?i:these|the)\s+days", {"thes", "the day"}),
])  # fmt: skip
def test_keys_read_past_the_followed_word(pattern: str, keys: set[str]) -> None:
    assert starts.pattern_keys(re.compile(pattern), starts.FOLLOW) == keys


def test_rules_after_a_the_are_tried_by_the_next_word() -> None:
    idx = starts.index()
    assert not idx.follow_any and len(idx.followed) > 20  # every rule opening with "the" says what may follow it
    half = next(i for i, r in enumerate(grammar().rules) if r.name == "half")
    assert half in starts._after_follow("the first half", 3, idx)
    assert half not in starts._after_follow("the company", 3, idx)
    assert starts._after_follow("the Ärger", 3, idx) == idx.by_key["the"]  # outside ASCII: every rule of "the"


@pytest.mark.parametrize("pattern", [r"[A-Z][a-z]+\s+\d", r"\w+\s+times", r"\s*2025", r"(?:later)?"])
def test_a_pattern_that_may_start_anywhere_has_no_keys(pattern: str) -> None:
    assert starts.rule_keys(Rule("r", re.compile(pattern), "year")) is None


def test_same_matches_on_the_time_cases_and_fixture_corpora() -> None:
    texts = _strings(yaml.safe_load(CASES.read_text(encoding="utf-8")))
    texts += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*_corpus/**/*")) if p.is_file()
              and p.suffix in (".md", ".txt", ".html", ".jsonl", ".json")]
    assert len(texts) > 100
    for text in texts:
        assert _one_scan(text) == _by_rule(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "by", "in", "the", "end", "of", "mid-", "2025", "'26", "Q3", "q4", "FY2027", "H2", "May", "MAY", "may",
    "Sept.", "next", "year", "years", "two", "twenty", "five", "a", "twice", "times", "per", "week", "ſpring",
    "\u212aelvin", "İstanbul", "Zürich", "١٢", "_", "#", "$", "-", ",", ".", "\n", "fall", "spring", "1990s",
    "3rd", "of", "March", "Monday", "early", "to", "until", "and", "or", "o'clock", "noon", "Christmas",
    "THE", "first", "half", "quarter", "week", "  ", "'90s", "these",
]), max_size=14))  # fmt: skip
def test_same_matches_on_random_word_strings(words: list[str]) -> None:
    for sep in (" ", ""):
        text = sep.join(words)
        assert _one_scan(text) == _by_rule(text)


@pytest.mark.parametrize("pattern, shapes_read", [
    (r"(?<!\w)(?:19|20)\d\d(?!\w)", {"####*"}),
    (r"(?<!\w)\d{1,2}\s+(?:Jan|Feb)", {"# ", "## "}),
    (r"(?<!\w)(?:Q[1-4]|[1-4]Q)", {"#a"}),
    (r"(?<!\w)\d{1,2}[:.]\d\d", {"#:", "#.", "##:", "##."}),
    (r"(?<!\w)(?:the\s+)?\d+\s+days", {"# ", "## ", "### ", "#### ", "#####*"}),
    (r"(?<!\w)(?:early|late)\s+\d{4}", set()),  # no match opens with a digit
    (r"(?<!\w)\w+\s+times", {"*"}),  # could open with anything
])  # fmt: skip
def test_number_shapes_read_from_a_pattern(pattern: str, shapes_read: set[str]) -> None:
    assert shapes.pattern_shapes(re.compile(pattern)) == shapes_read


@pytest.mark.parametrize("text, shape", [
    ("in 2026.", "####."), ("by 2026", "####$"), ("on 12 March", "## "), ("at 9:30", "#:"), ("1Q27", "#a"),
    ("20261 units", "#####"), ("١٢ يناير", "## "),
])  # fmt: skip
def test_a_numbers_shape(text: str, shape: str) -> None:
    start = next(i for i, ch in enumerate(text) if ch.isdecimal())
    assert shapes.text_shape(text, start) == shape
    assert shape in shapes.fitting(shape) and "*" in shapes.fitting(shape)


def test_a_number_is_tried_only_with_the_rules_its_shape_fits() -> None:
    idx = starts.index()
    year = next(i for i, r in enumerate(grammar().rules) if r.name == "year")
    clock = next(i for i, r in enumerate(grammar().rules) if r.name == "clock24")
    assert year in starts._at_number("by 2026.", 3, idx) and clock not in starts._at_number("by 2026.", 3, idx)
    assert clock in starts._at_number("at 9:30", 3, idx) and year not in starts._at_number("at 9:30", 3, idx)
    assert len(starts._at_number("by 2026.", 3, idx)) < len(idx.by_key["#"]) // 3


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "2026", "2026.", "20261", "12", "1", "9:30", "9.30", "3.5", "1,000", "1Q", "Q1", "2Q26", "H2", "2H", "1990s",
    "'90s", "2026-27", "2026/27", "2026–27", "12/31", "31/12/2026", "12.03.2026", "2026-03", "2026W12", "3rd",
    "21st", "٢٠٢٦", "a.m.", "pm", "BC", "days", "March", "of", "the", "by", "in", "-", ":", ".", "/", "\n", " ",
    "FY", "fiscal", "year", "season", "to", "and",
]), max_size=12))  # fmt: skip
def test_same_matches_on_random_number_strings(words: list[str]) -> None:
    for sep in (" ", ""):
        text = sep.join(words)
        assert _one_scan(text) == _by_rule(text)
