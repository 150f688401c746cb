"""The public table of phrase -> period cases (tests/time_cases.yaml), one test per class, and the
check that every rule of the time grammar (lexicons/time_rules.yaml) is exercised by some row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from extractor.time import find_timexes, resolve
from extractor.time.grammar import grammar
from extractor.time.parse import BUILDERS, build

TABLE = yaml.safe_load((Path(__file__).parent / "time_cases.yaml").read_text(encoding="utf-8"))["classes"]


def _rows() -> list[tuple[str, str, str, str, str | None, str]]:
    rows = []
    for cls, spec in TABLE.items():
        anchor = str(spec["anchor"])
        for row in spec["rows"]:
            rows.append((cls, anchor, row[0], row[1], row[2] if len(row) > 2 else None, spec.get("check", "period")))
    return rows


CONTEXT = {cls: str(spec.get("context", "")) for cls, spec in TABLE.items()}


def _found(cls: str, phrase: str) -> list:
    """The expressions of a row's phrase; a class's ``context`` (text an anaphoric phrase refers back to) is
    read before it, and only what the phrase itself holds is the row's."""
    context = CONTEXT[cls]
    return [t for t in find_timexes(context + phrase) if t.start >= len(context)]


ROWS = _rows()


def test_the_table_is_large_and_grouped():
    assert len(ROWS) >= 400
    assert len(TABLE) >= 15


@pytest.mark.parametrize(("cls", "anchor", "phrase", "expected", "bound", "check"), ROWS,
                         ids=[f"{r[0]}:{r[2]}" for r in ROWS])  # fmt: skip
def test_case(cls, anchor, phrase, expected, bound, check):
    found = _found(cls, phrase)
    assert len(found) == 1, [t.text for t in found]
    t = found[0]
    if check == "value":
        assert resolve(t, date.fromisoformat(anchor)).value == expected
        return
    res = resolve(t, date.fromisoformat(anchor), prefer_future=True)
    got = res.period.label if res.period is not None else "-"
    assert got == expected, res
    if res.period is None:
        assert res.reason or t.type != "DATE"
    else:
        assert res.period.start <= res.period.end
    if bound is not None:
        assert t.bound == bound


def _rules_exercised() -> set[str]:
    """Rules whose pattern reads a whole found expression (or a piece of a joined one) to a meaning."""
    used = set()
    rules = grammar().rules
    for cls, _, phrase, _, _, _ in ROWS:
        pieces = {t.text for t in _found(cls, phrase)}
        pieces |= {w for t in _found(cls, phrase) for w in _sides(t.text)}
        for rule in rules:
            for piece in pieces:
                m = rule.regex.fullmatch(piece)
                if m is not None and build(rule, m) is not None:
                    used.add(rule.name)
    return used


def _sides(text: str) -> list[str]:
    """The two sides of a range or a narrowed expression, which rules read on their own."""
    out = []
    for name in ("range", "narrow"):
        m = grammar().rx[name].fullmatch(text)
        if m:
            out += [m["a"], m["b"]]
    return out


def test_every_rule_is_exercised_by_a_row():
    names = [r.name for r in grammar().rules]
    assert len(names) == len(set(names)), "rule names must be unique"
    assert set(names) - _rules_exercised() == set()


def test_every_builder_a_rule_names_exists():
    assert {r.builder for r in grammar().rules} <= set(BUILDERS)
