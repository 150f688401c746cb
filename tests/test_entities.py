"""Alias folding over lexicons/entities.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import entities


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Elon Musk", "Elon Musk"),
        ("Musk", "Elon Musk"),
        ("Elon", "Elon Musk"),
        ("Musk’s", "Elon Musk"),
        ("Tesla Inc", "Tesla"),
        ("Tesla Inc.", "Tesla"),
        ("Tesla's", "Tesla"),
        ("  Tesla   Motors ", "Tesla"),
        ("TESLA", "Tesla"),
        ("Space Exploration Technologies", "SpaceX"),
        ("Boring Company", "The Boring Company"),
    ],
)
def test_canonical_folds_aliases(name: str, expected: str) -> None:
    assert entities.canonical(name) == expected


def test_parts_of_an_organisation_fold_to_it() -> None:
    assert entities.canonical("Tesla AI") == "Tesla"
    assert entities.canonical("SpaceX Starship team") == "SpaceX"
    assert entities.canonical("Elon Musk Foundation") == "Elon Musk Foundation"  # a person is no organisation


def test_unknown_names_come_back_cleaned_and_empty_stays_empty() -> None:
    assert entities.canonical(" Nikola  Corp's ") == "Nikola Corp"
    assert entities.canonical("") == ""
    assert entities.canonical(None) == ""


def test_org_of_people_only() -> None:
    assert entities.org_of("Musk") == "Tesla"
    assert entities.org_of("Tesla") == ""
    assert entities.org_of("Ron Baron") == ""
    assert entities.org_of("Someone Else") == ""


def test_every_alias_folds_to_its_own_entry() -> None:
    """No alias is claimed by two entries (the first would silently win)."""
    for name, entity in entities.load().items():
        for alias in entity.aliases:
            assert entities.canonical(alias) == name, alias


def test_load_names_file_and_entry_on_errors(tmp_path: Path) -> None:
    bad_kind = tmp_path / "kind.yaml"
    bad_kind.write_text("Acme:\n  kind: thing\n  aliases: [Acme]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"kind\.yaml: entry 'Acme'.*kind"):
        entities.load(bad_kind)
    bad_org = tmp_path / "org.yaml"
    bad_org.write_text("Jane:\n  kind: person\n  org: Nowhere\n  aliases: [Jane]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"org\.yaml: entry 'Jane'.*Nowhere"):
        entities.load(bad_org)


def test_custom_lexicon(tmp_path: Path) -> None:
    path = tmp_path / "e.yaml"
    path.write_text("Acme:\n  kind: org\n  aliases: [Acme Corp, ACME]\n", encoding="utf-8")
    assert entities.canonical("ACME", path) == "Acme"
    assert entities.canonical("acme corp", path) == "Acme"
