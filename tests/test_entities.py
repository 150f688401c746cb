"""Alias folding over lexicons/entities.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import classify, entities


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


# --- The broadened gazetteer: organisations and people beyond Tesla/SpaceX news.


def test_shipped_lexicon_loads_validates_and_keeps_its_shape() -> None:
    text = entities.LEXICON.read_text(encoding="utf-8")
    assert text.startswith("# Known organisations and people: canonical name -> kind, aliases")
    loaded = entities.load()
    orgs = [e for e in loaded.values() if e.kind == "org"]
    people = [e for e in loaded.values() if e.kind == "person"]
    assert len(orgs) >= 150 and len(people) >= 40
    for entity in people:
        if entity.org:
            assert loaded[entity.org].kind == "org", entity.name
    for entity in loaded.values():
        assert all(alias.strip() == alias and alias for alias in entity.aliases), entity.name


def test_no_alias_names_two_entries_even_folded() -> None:
    """Folding ignores case and possessives, so "Nio"/"NIO" and "McDonald's"/"McDonald’s" must agree too."""
    owner: dict[str, str] = {}
    for name, entity in entities.load().items():
        for alias in entity.aliases:
            key = entities._clean(alias).lower()
            assert owner.setdefault(key, name) == name, f"{alias!r}: {owner[key]} and {name}"


@pytest.mark.parametrize(
    "alias",
    # ordinary words, sentence openers, clashing abbreviations, and surnames shared by many people
    [
        "Target",
        "X",
        "Arm",
        "Visa",
        "Delta",
        "United",
        "Cruise",
        "HP",
        "EMA",
        "GE",
        "Block",
        "Square",
        "Cook",
        "Su",
        "Huang",
        "Son",
        "Li",
        "Wood",
        "Tan",
        "Beck",
        "Powell",
        "Ellison",
        "Calhoun",
        "NASA",
        "Reuters",
        "Bloomberg",
    ],
)
def test_ambiguous_bare_aliases_are_absent(alias: str) -> None:
    known = {a for entity in entities.load().values() for a in entity.aliases}
    assert alias not in known


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Google", "Google"),  # written apart from its holding company, as analysts write it
        ("Alphabet Inc.", "Alphabet"),
        ("Google Cloud", "Google"),  # a part of an organisation folds to it
        ("Google DeepMind", "DeepMind"),  # an exact alias beats the prefix fold
        ("VW", "Volkswagen"),
        ("J&J", "Johnson & Johnson"),
        ("Lilly's", "Eli Lilly"),
        ("Exxon", "ExxonMobil"),
        ("Ørsted", "Orsted"),
        ("McDonald’s", "McDonald's"),
        ("Samsung SDI", "Samsung SDI"),  # a company of its own, not a part of Samsung
        ("Samsung Foundry", "Samsung"),
        ("Merck KGaA", "Merck KGaA"),  # not Merck & Co.
        ("Daimler Truck", "Daimler Truck"),  # not Mercedes-Benz
        ("CMA CGM", "CMA CGM"),  # not the UK regulator
        ("Target Corp.", "Target Corporation"),
        ("UK CMA", "Competition and Markets Authority"),
        ("Securities and Exchange Commission", "SEC"),
    ],
)
def test_new_aliases_fold(name: str, expected: str) -> None:
    assert entities.canonical(name) == expected


@pytest.mark.parametrize(
    ("person", "org"),
    [
        ("Tim Cook", "Apple"),
        ("Nadella", "Microsoft"),
        ("Pichai", "Google"),
        ("Jensen Huang", "Nvidia"),
        ("Mary Barra", "General Motors"),
        ("Barra", "General Motors"),
        ("Jim Farley", "Ford"),
        ("Altman", "OpenAI"),
        ("Bezos", "Blue Origin"),
        ("Zuckerberg", "Meta"),
        ("Lisa Su", "AMD"),
        ("Gelsinger", "Intel"),
        ("Källenius", "Mercedes-Benz"),
        ("Dimon", "JPMorgan"),
        ("Cook", ""),  # surnames too common to stand alone
        ("Huang", ""),
        ("Su", ""),
    ],
)
def test_people_speak_for_their_organisation(person: str, org: str) -> None:
    assert entities.org_of(person) == org


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Google plans to open the data centre in 2026.", "Google"),
        ("Microsoft expects the deal to close by June 2025.", "Microsoft"),
        ("Nvidia said it will ship the chips in the fourth quarter.", "Nvidia"),
        ("TSMC aims to start production in Arizona in 2025.", "TSMC"),
        ("Apple's first foldable phone is due in 2026.", "Apple"),
        ("Facebook will launch the service next year.", "Meta"),
        ("Lilly expects to file for approval later this year.", "Eli Lilly"),
        ("J&J plans to spin off its consumer unit in 2023.", "Johnson & Johnson"),
        ("Novo Nordisk expects supply to improve in 2025.", "Novo Nordisk"),
        ("VW will open the battery plant in 2025.", "Volkswagen"),
        ("Mercedes-Benz Group plans to sell only electric cars by 2030.", "Mercedes-Benz"),
        ("GM will end production of the Bolt by the end of 2023.", "General Motors"),
        ("Blue Origin expects New Glenn to fly before the end of the year.", "Blue Origin"),
        ("ULA plans to launch Vulcan in May.", "United Launch Alliance"),
        ("Exxon Mobil expects to start production in Guyana in 2025.", "ExxonMobil"),
        ("Shell aims to halve emissions by 2030.", "Shell"),
        ("Target Corp. plans to open 300 stores over the next decade.", "Target Corporation"),
        ("SoftBank plans to invest $100 billion over four years.", "SoftBank"),
        ("JPMorgan Chase & Co. will open 500 branches by 2027.", "JPMorgan"),
        ("The FDA is expected to rule on the drug by March 31.", "FDA"),
        ("NHTSA plans to issue the rule next year.", "NHTSA"),
        ("The European Commission will propose the rules in 2025.", "European Commission"),
        ("The EU will ban new combustion-engine cars from 2035.", "European Union"),
        ("The UK CMA will publish its decision by Sept. 5.", "Competition and Markets Authority"),
        ("Ford CEO Jim Farley said the truck will ship next spring.", "Ford"),
        ("Pichai said Google will release the model next month.", "Google"),  # people are no subject
    ],
)
def test_subject_of_new_organisations(sentence: str, subject: str) -> None:
    assert classify.subject_of(sentence) == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares hit a target of $50 by December.",
        "Target prices for the stock will rise next year.",
        "The shell of the building will be finished next year.",
        "A meta-analysis of 40 trials will be published in 2025.",
        "Meta-analysis results are due in 2025.",
        "The apple harvest will start in September.",
        "The cars will ford the river next week.",
        "The engine will make 1,020 HP by 2025.",
        "The stock will stay above its 50-day EMA until March.",
        "Travellers will need a visa from 2025.",
        "The delta between the forecasts will narrow next year.",
        "Cruise ship bookings will recover in 2025.",
        "Users will be able to post on X by March.",
        "A lucid plan will be presented in 2025.",
        "The fed funds rate will fall next year.",
        "Cook the pasta for 10 minutes.",
        "Dinner will be served at the Nikola Tesla museum next week.",  # "Tesla" is, "Nikola" is not
    ],
)
def test_ordinary_words_are_no_known_entity(sentence: str) -> None:
    known = entities.load()
    found = [m.name for m in classify.find_mentions(sentence) if m.name in known and m.name != "Tesla"]
    assert found == []


def test_where_a_name_is_based_is_not_part_of_it() -> None:
    assert entities.canonical("Abu Dhabi-based Sahra Airways") == "Sahra Airways"
    assert entities.canonical("Lagos-headquartered Orbit Rail") == "Orbit Rail"
