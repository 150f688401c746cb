"""Subject, speaker, `what` and category rules, one row per case."""

from __future__ import annotations

import pytest

from extractor import classify
from extractor import time as temporal


@pytest.mark.parametrize(
    ("sentence", "default", "subject"),
    [
        ("Tesla plans to start production in 2026.", "", "Tesla"),
        ("Elon Musk said Tesla will hold an event next month.", "", "Tesla"),
        ("Musk said it could be launched next year.", "Tesla", "Tesla"),
        ("Rivian expects deliveries to begin in 2026.", "", "Rivian"),
        ("Ford will put its pickup on sale this spring.", "Tesla", "Ford"),
        ("Tesla Inc said the plant opens in 2027.", "", "Tesla"),
        ("The plant opens in 2027.", "Acme", "Acme"),
    ],
)
def test_subject(sentence: str, default: str, subject: str) -> None:
    assert classify.subject_of(sentence, default) == subject


def test_aliases_fold_to_one_person() -> None:
    names = {m.name for m in classify.find_mentions("Elon said, and Musk added, that Elon Musk agrees.")}
    assert names == {"Elon Musk"}


@pytest.mark.parametrize(
    ("sentence", "verb", "speaker"),
    [
        ("Elon Musk said the factory will open in 2026.", "said", "Elon Musk"),
        ("The factory will open in 2026, said Musk.", "said", "Elon Musk"),
        ("The factory will open in 2026, according to Reuters.", "according to", ""),
        ("The factory will open in 2026, he said.", "said", "Elon Musk"),
    ],
)
def test_speaker(sentence: str, verb: str, speaker: str) -> None:
    start = sentence.index(verb)
    assert classify.speaker_of(sentence, [(start, start + len(verb))], last_person="Elon Musk") == speaker


def test_no_reporting_verb_no_speaker() -> None:
    assert classify.speaker_of("Tesla will ship in 2026.", []) == ""


@pytest.mark.parametrize(
    ("sentence", "unit", "category"),
    [
        ("Tesla will spend around $10 billion on AI in 2024.", "USD", "spending"),
        ("Dojo production is expected to begin in July 2023.", "", "production"),
        ("Tesla will hold an AI Day event in about a month.", "", "event"),
        ("Its compute will hit 100 exaflops by October 2024.", "exaflops", "capacity"),
        ("The first trucks will be delivered to PepsiCo on Dec. 1.", "", "delivery"),
        ("The company plans to go public in 2027.", "", "financial"),
        ("The FAA expects to issue a launch license by late November.", "", "regulatory"),
        ("Neuralink plans to implant a second patient next week.", "", "research"),
        ("xAI will open source Grok this week.", "", "launch"),
        # where no parse speaks (list items, labels): results dates and meetings are events, a premiere or a
        # product in stores a launch
        ("Harbour Foods reports third-quarter results on Nov. 6.", "", "event"),
        ("The central bank's policy committee meets on May 4.", "", "event"),
        ("The series will premiere its third season in the fall.", "", "launch"),
        ("- March 3: Nova 2 in stores", "", "launch"),
        ("Acme will report results from a late-stage trial of its drug in June.", "", "research"),
        ("Phase 3 enrolment completes late this year.", "", "research"),
        # an opening (a line, a tunnel, a film) or a resumed service is a launch
        ("- 2027: Harbour Line opens.", "", "launch"),
        ("The Kelby Tunnel now opens to traffic in 2031.", "", "launch"),
        ("- Lisbon, resuming in the first week of August", "", "launch"),
        ("Something will happen in 2030.", "", "other"),
    ],
)
def test_category(sentence: str, unit: str, category: str) -> None:
    assert classify.category_of(sentence, unit) == category


def test_what_leaves_out_subject_time_and_attribution() -> None:
    sentence = "Elon Musk said Tesla will start Dojo production in July 2023."
    t = sentence.index("July 2023")
    drop = [(t, t + len("July 2023"))] + [(m.start, m.end) for m in classify.find_mentions(sentence)]
    what = classify.short_what(sentence, drop, "Tesla")
    assert "Dojo production" in what
    assert "July" not in what and "Tesla" not in what and "said" not in what


@pytest.mark.parametrize(
    ("sentence", "subject", "what"),
    [
        ("Acme expects the start of Nova production in July 2030.", "Acme", "Nova production start"),
        ("Acme will begin shipping the Model Z Plus next month.", "Acme", "Model Z Plus deliveries start"),
        ("Acme will hold its Investor Day event on May 5.", "Acme", "Investor Day event"),
        ("Acme plans an IPO as soon as next year.", "Acme", "IPO"),
        ("Acme will open source Grok this week.", "Acme", "Grok opening"),
    ],
)
def test_what_names_product_and_milestone(sentence: str, subject: str, what: str) -> None:
    timexes = temporal.find_timexes(sentence)
    drop = [(t.start, t.end) for t in timexes] + [(m.start, m.end) for m in classify.find_mentions(sentence)]
    assert classify.short_what(sentence, drop, subject) == what


def test_a_quantity_unit_can_name_the_milestone() -> None:
    sentence = "Skyhook aims for 30 launches next year."
    t = sentence.index("next year")
    q = sentence.index("30 launches")
    assert classify.short_what(sentence, [(t, t + 9)], "Skyhook", values=[(q, q + 11)]) == "launch"


def test_main_subject_prefers_title() -> None:
    assert classify.main_subject(["SpaceX targets March launch", "Tesla and SpaceX news. SpaceX said."]) == "SpaceX"


def test_organisation_and_person_split_at_a_title() -> None:
    s = "The capsule will undock in early September, NASA Administrator Bill Nelson said."
    names = {(m.name, m.kind) for m in classify.find_mentions(s)}
    assert ("NASA", "unknown") in names and ("Bill Nelson", "person") in names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a portfolio before "Minister" is part of the title, not an organisation
        ("Prime Minister Keir Starmer said on Tuesday the plan would start in 2027.", {("Keir Starmer", "person")}),
        ("Railway Minister Ashwini Vaishnaw said on Monday the line will open in 2027.",
         {("Ashwini Vaishnaw", "person")}),
        # where a company sits is no part of its name
        ("Mumbai-based Vardhan Pharmaceuticals expects revenue to double by FY27.",
         {("Vardhan Pharmaceuticals", "unknown")}),
        ("Abu Dhabi-based Sahra Airways will receive its first wide-body jet in 2027.",
         {("Sahra Airways", "unknown")}),  # a place of two words before the suffix
        # a name does not start inside a word ("7-Eleven Inc.")
        ("We plan to list 7-Eleven Inc., our North American business, in 2026.", set()),
        # an abstract noun or a month opening the sentence alone is no name
        ("Construction will not start before 2027, officials say.", set()),
        ("Profitability is a 2027 story.", set()),
        ("Rivian expects deliveries to start in 2026.", {("Rivian", "org")}),
        # the short form a text defines for a name: its initials, or a name in another language; not a ticker
        ("The Directorate General of Civil Aviation (DGCA) is expected to grant the licence by March 2025.",
         {("DGCA", "org")}),
        ("The Federal Network Agency (Bundesnetzagentur) will require operators to file plans by June 2025.",
         {("Bundesnetzagentur", "unknown")}),
        ("Halden Semiconductor (HLDN) will ship the chip in 2026.", {("Halden Semiconductor", "org")}),
    ],
)
def test_names_without_titles_places_or_word_fragments(sentence: str, names: set[tuple[str, str]]) -> None:
    assert {(m.name, m.kind) for m in classify.find_mentions(sentence)} == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # "and" inside an institution's name: sectors after "<head> of", or before its head
        ("The Westmark Chamber of Commerce and Industry expects exports to rise next year.",
         {("Westmark Chamber of Commerce and Industry", "unknown")}),
        ("The Northland Transport and Energy Authority will open the bids in April.",
         {("Northland Transport and Energy Authority", "unknown")}),
        ("Corvane and Halden will open the plant in April.", {("Halden", "unknown")}),
        # a possessive inside a name before one of its heads; elsewhere it ends the name
        ("Officials said the Rosedale Children's Hospital will open in 2027.",
         {("Rosedale Children's Hospital", "unknown")}),
        ("Boeing's Starliner will fly in 2026.", {("Boeing", "org"), ("Starliner", "unknown")}),
        # a short form after the end of a longer name is no ticker: the whole name acts
        ("The National League of Tea Planters (LTP) projected today that output will rise in 2027.",
         {("National League of Tea Planters", "org")}),
        # a name that opens with a country's name and reports is no person's
        ("The line will open in 2026, Malaysia Rail Link said.", {("Malaysia Rail Link", "unknown")}),
        # a short form between the name and its appositive ("X (XY), the landlord, expects")
        ("Norland's National Agency for Research and Development (NARD) committed $60 million until 2029.",
         {("Norland", "unknown"), ("NARD", "org")}),  # not "Norland's National Agency ..." nor "Development"
        ("Ghana Harbour and Lands Authority (GHLA), the landlord, expects to publish tariffs this year.",
         {("GHLA", "org")}),
    ],
)
def test_institution_names_run_on(sentence: str, names: set[tuple[str, str]]) -> None:
    assert {(m.name, m.kind) for m in classify.find_mentions(sentence)} == names


def test_opening_possessive_names_the_subject() -> None:
    assert classify.subject_of("Boeing's capsule will undock in September, NASA said.") == "Boeing"


def test_unknown_name_before_auxiliary() -> None:
    assert classify.subject_of("OpenAI is expected to release the model later this year.") == "OpenAI"


def test_main_subject_is_the_titles_actor_not_a_regulator_it_mentions() -> None:
    title = "Calloway Therapeutics expects FDA decision on its drug by October 28"
    assert classify.main_subject([title, "The FDA said it will decide. The FDA will."]) == "Calloway Therapeutics"


def test_plural_noun_opening_a_sentence_is_not_a_name() -> None:
    assert classify.find_mentions("Analysts expect the plant to open in 2030.") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("TORONTO - Orbis Foods Inc., the owner of the Maple Grill chain, plans to open 40 outlets.", "Orbis Foods"),
        ("PITTSBURGH -- Corvane Robotics, Inc. (NASDAQ: CRVN), a leader in automation, said.", "Corvane Robotics"),
        ("Albion Grid, the FTSE 250 transmission operator, will invest £4bn.", "Albion Grid"),
        ("Halden Semiconductor (HLDN) said revenue will rise.", "Halden Semiconductor"),
        ("Albion Grid to spend £4.2bn on new substations by 2026", "Albion Grid"),
        ("TOULOUSE (Reuters) - Avantair Aerospace said on Friday that deliveries would slip.", "Avantair Aerospace"),
    ],
)
def test_unknown_companies_from_suffixes_tickers_appositives_and_headlines(sentence: str, name: str) -> None:
    assert classify.subject_of(sentence) == name


@pytest.mark.parametrize("sentence", ["Why should 2028 be different?", "Q1 FY26 would be flat."])
def test_questions_and_labels_are_not_names(sentence: str) -> None:
    assert classify.find_mentions(sentence) == []


def test_a_short_form_is_the_main_subject() -> None:
    texts = ["Corvane opens a plant", "Corvane Robotics, Inc. (NASDAQ: CRVN) said. Corvane will ship."]
    main = classify.main_subject(texts)
    assert main == "Corvane Robotics" and classify.consolidate("Corvane", main) == "Corvane Robotics"


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Tomas Berg -- Chief Executive Officer: For the fourth quarter, we expect more.", "Tomas Berg"),
        ("CEO Maya Okafor: We will ship in March.", "Maya Okafor"),
        ("Dana Reyes (CFO): Margins recover in 2026.", "Dana Reyes"),
        ("Phase 1: From 1 April 2026, cars pay.", ""),
        ("Key Dates: March 3 launch.", ""),
    ],
)
def test_transcript_labels_name_the_speaker(line: str, speaker: str) -> None:
    assert classify.speaker_of(line, []) == speaker


def test_a_name_mentioned_once_is_no_main_subject() -> None:
    title = "Budget: minister pegs spending at a record, deficit to narrow"
    body = "The line between Surat and Dunmore will open in 2027, the minister said."
    assert classify.main_subject([title, "", body]) == ""
    again = " Dunmore will also host the depot. Dunmore plans to hire 300 staff."  # "Surat and Dunmore": a place
    assert classify.main_subject([title, "", body + again]) == "Dunmore"


@pytest.mark.parametrize(
    "sentence",
    [
        "A new research centre in Yokohama is scheduled to open in spring 2027.",
        "The first section between Surat and Bilimora will open in 2027.",
        "Flights to Milan and Oslo will resume in October.",
        "Tunnelling under Euston is due to restart in 2026.",
    ],
)
def test_places_after_a_preposition_are_not_actors(sentence: str) -> None:
    assert classify.find_mentions(sentence) == []
