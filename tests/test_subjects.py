"""Who a claim is about, one class of sentence or article at a time (issue 10's `subject`).

Sentences and articles here are written for these tests, not taken from any scored corpus.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from extractor import classify, extract, headline
from extractor.syntax import describe
from extractor.syntax.describe.subject import _placed_actors


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # the name that opens a headline, acting, is the article's actor, not the most mentioned one
        ("Skyline Air orders 300 Airbus jets for delivery from 2031",
         "Skyline Air said on Monday the Airbus jets would arrive from 2031. Airbus said the order was its largest.",
         "Skyline Air"),
        ("Norland to raise gas output by 2030", "State-owned producers in Norland will add two fields.", "Norland"),
        ("Harbor Bank of Ontario cuts rates, sees growth in 2026", "The Harbor Bank of Ontario cut its rate.",
         "Harbor Bank of Ontario"),
        ("Volkswagen's new Golf arrives in 2027", "", "Volkswagen"),  # a product's maker
        ("Rivian R3 deliveries slated for 2027", "", "Rivian"),
        ("Ferrow, Brandt and Oakes unveil joint venture, pledging $5 billion", "Ferrow said ...", "Ferrow"),
        ("Lilly expects approval by year-end", "", "Eli Lilly"),  # through the alias lexicon
        ("Corvane Robotics Announces Commercial Availability of Its Robot in Q3 2026",
         "Corvane Robotics said the robot ships in Q3 2026.", "Corvane Robotics"),
        ("Q&A: Meridian Therapeutics CEO Ana Salgado on the road to approval",
         "We spoke to the head of Meridian Therapeutics.", "Meridian Therapeutics"),
        ("Battery startup Voltaic Cells raises $400 million", "Voltaic Cells said on Monday.", "Voltaic Cells"),
        ("Korean EV maker Hanul to open Polish plant in 2027", "Hanul said on Monday.", "Hanul"),
        ("Danish fintech Pengeflow eyes 2027 listing", "Pengeflow said it would list.", "Pengeflow"),
        # a country in the possessive only places the company that acts
        ("Peru's Andina Cobre to double output by 2028", "Andina Cobre said on Monday.", "Andina Cobre"),
        ("Mexico's Aceros del Norte plans new mill for 2027", "Aceros del Norte will build it.", "Aceros del Norte"),
        # an organisation the headline writes in lower case, as the body names it
        ("Harbour rail link sets 2031 opening", "The Harbour Rail Link Authority said the line opens in 2031.",
         "Harbour Rail Link Authority"),
        ("Streamly revenue climbs 14% on ads", "Streamly said revenue rose. Streamly revenue beat forecasts.", ""),
        # not an actor: a common word opening the headline, a product, a label, no verb after the name
        ("Inflation to rise to 4% next year", "The bank expects inflation to fall in 2027.", ""),
        ("Aurora 7 reaches orbit on its first flight", "The Aurora 7 rocket flew.", ""),
        ("Analysis: Drone makers have missed every deadline", "", ""),
        ("Markets wrap: stocks to open higher", "Stocks rose and markets were calm.", ""),
        # a name that labels the headline's topic, or the actor of the headline after the label
        ("Metro budget: fares up 5% from January", "The Metro board voted.", "Metro"),
        ("Rowan & Pike: margins to recover in 2026", "Rowan & Pike said margins would recover.", "Rowan & Pike"),
        ("Orlen Bio (ORLB.WA): trial data due in Q2", "Orlen Bio expects data in Q2.", "Orlen Bio"),
        ("Earnings preview: Kestrel Foods seen raising its outlook", "Kestrel Foods reports on Tuesday.",
         "Kestrel Foods"),
        ("Government moves up 6G target to 2028", "The Ministry of Science and ICT said.", ""),
        # a period or filing label after the name, in a report's headline: the name before it, not an
        # analyst the transcript quotes more often
        ("Harlow Instruments Q2 2026 earnings call: edited transcript",
         "Harlow Instruments Ltd. (HLW) second quarter call. Analyst, Jefferies: Thanks.", "Harlow Instruments"),
        ("Pellam Foods 10-Q: quarterly report", "Pellam Foods, Inc. (the \"Company\") expects ...", "Pellam Foods"),
        # an analyst's note on the report: a label before the name, a verdict after its period
        ("Flash note: Orchard Mills Q1 beat; FY27 guide reiterated", "Orchard Mills (ORM) reported.", "Orchard Mills"),
        ("Trade Expo 2026 roundup: what to buy", "At Trade Expo this week ...", ""),  # an event, no report
        ("Budget 2026-27: minister pegs capex at 3% of GDP", "The Union Budget ...", ""),  # a topic
        # a place's budget for a fiscal year: the place's government (a country's, as its name)
        ("Tasmania budget 2026-27: ferry by 2029, $2b for hospitals", "", "Tasmania government"),
        ("Kenya budget 2025/26: deficit to narrow", "", "Kenya"),
        ("Harbour budget airline to launch in 2026", "", ""),  # "budget" before no year: an adjective
        # a letterhead in capitals names the filing's issuer: by the initials the body uses, else its name
        ("KESTREL BAY MINING LTD.", "Outlook. Kestrel Bay expects output to rise in 2027.", "Kestrel Bay Mining"),
        ("NATIONAL AUTHORITY FOR RAIL SAFETY", "1. NARS, by this circular, directs operators ...", "NARS"),
        ("FERRY UPDATE", "Ferries will run from May.", ""),  # no name the body uses
    ],
)
def test_headline_actor(title: str, body: str, expected: str) -> None:
    assert headline.subject(title, body) == expected


def test_fuller_name_wins_over_a_cut_short_one() -> None:
    texts = ["Vardhan Pharma targets US revenue by FY27", "",
             "Mumbai-based Vardhan Pharmaceuticals expects its US business to grow. Vardhan Pharmaceuticals said."]
    assert classify.main_subject(texts, "Vardhan Pharma") == "Vardhan Pharmaceuticals"


@pytest.mark.parametrize(
    ("lead", "body", "expected"),
    [
        # a name of several words keeps its words: a longer name after it is its legal or descriptive tail
        ("Keelung Semiconductor", "Keelung Semiconductor Manufacturing Co said. Keelung Semiconductor Manufacturing "
         "expects growth.", "Keelung Semiconductor"),
        ("Tarim Energy", "Tarim Energy Technology said it would expand. Tarim Energy Technology expects more.",
         "Tarim Energy"),
        # one word is still spelled out
        ("Corvane", "Corvane Robotics said it would ship. Corvane Robotics expects more.", "Corvane Robotics"),
    ],
)
def test_a_name_of_several_words_is_not_lengthened_by_its_tail(lead: str, body: str, expected: str) -> None:
    assert classify.main_subject([f"{lead} sets targets", "", body], lead) == expected


def test_a_place_whose_government_the_article_names_is_that_government() -> None:
    text = "Q&A: Ontario's housing minister on the target\nOntario's government promised in 2022 to build homes."
    assert describe.lead_actor(None, text, "Ontario", "", "Ontario") == "Ontario government"
    assert describe.lead_actor(None, "Ontario Power said it will build.", "Ontario", "", "Ontario") == "Ontario"


def test_a_name_ending_in_the_countrys_name_is_no_fuller_name_of_the_country() -> None:
    texts = ["Chile's Santiago-Valparaiso train to run from 2031, minister says", "",
             "Empresa de Ferrocarriles de Chile expects to sign the contract in 2026. Empresa de Ferrocarriles de "
             "Chile said the line would open in 2031."]
    assert classify.main_subject(texts, "Chile") == "Chile"
    assert classify.main_subject(["Qatar to lift LNG capacity", "", "QatarEnergy said. QatarEnergy will."],
                                 "Qatar") == "QatarEnergy"  # a name the country's opens still is


def test_a_body_named_by_the_countrys_adjective_is_no_fuller_name_of_the_country() -> None:
    """A country named once and a body of it named once ("Australia", "Australian Energy Regulator"): no
    fuller name of the country, so neither is mentioned enough to be the article's subject."""
    body = ("Australia's rules start on 10 December. Separately, the Australian Energy Regulator will report "
            "in March 2026.")
    assert classify.main_subject(["Ban starts 10 December, regulator confirms", "", body]) == ""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Department of Marine Affairs will publish its rules in March 2026.", "Department of Marine Affairs"),
        ("Transport for Northland will add 20 buses by 2027.", "Transport for Northland"),
        ("The Office for Water Standards expects to report in June.", "Office for Water Standards"),
        ("Capex for FY27 will be about $1 billion.", ""),  # a label after the joint: no name
        # an institution's name opening the sentence acts, whatever its verb
        ("The Northern Fisheries Organization agreed in May on quotas that take effect in 2027.",
         "Northern Fisheries Organization"),
        ("The Global Shipping Council reviewed the rules, which are due to change in 2027.", "Global Shipping Council"),
        ("The Harbour Line opened in May.", ""),  # no institution
    ],
)
def test_a_name_runs_over_its_lower_case_joints(sentence: str, expected: str) -> None:
    names = [m.name for m in classify.find_mentions(sentence)]
    assert names == ([expected] if expected else [])


def test_a_name_the_articles_subject_abbreviates_is_that_subject() -> None:
    assert classify.consolidate("Parliamentary Budget Office", "PBO") == "PBO"
    assert classify.consolidate("Corvane", "Corvane Robotics") == "Corvane Robotics"
    assert classify.consolidate("Pacific Budget Office", "NASA") == "Pacific Budget Office"


@pytest.mark.parametrize(
    ("name", "main", "expected"),
    [
        # a sister company sharing only the group's first word acts for itself
        ("Loriel Ocean", "Loriel", "Loriel Ocean"),
        ("Brask Renewables", "Brask Group", "Brask Renewables"),
        ("Tenmoku Pictures", "Tenmoku Interactive", "Tenmoku Pictures"),
        # the article's own company, cut short, with its legal form or with a descriptive tail
        ("Loriel Group", "Loriel", "Loriel"),
        ("Vesta Pharma", "Vesta Pharmaceuticals", "Vesta Pharmaceuticals"),
        ("Sagemark Mutual Insurance", "Sagemark Mutual", "Sagemark Mutual"),
        ("Brask", "Brask Group", "Brask Group"),
    ],
)
def test_a_sister_company_is_no_short_form_of_the_articles(name: str, main: str, expected: str) -> None:
    assert classify.consolidate(name, main) == expected


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a name whose report goes on with "it" is an organisation; a surname alone, or "it" as no actor, a person's
        ("Separately, Harbour Water said it would decide by the end of 2025.", "unknown"),
        ("KTL said last month it had pushed back the opening.", "unknown"),
        ("Menon said it would open the plant in 2026.", "person"),
        ("Dana Ruiz said it was time to build.", "person"),
    ],
)
def test_a_name_whose_report_goes_on_with_it_is_an_organisation(sentence: str, kind: str) -> None:
    assert [m.kind for m in classify.find_mentions(sentence)] == [kind]


def test_the_reporting_organisation_stands_for_it(tmp_path: Path) -> None:
    (tmp_path / "001-water.md").write_text(
        "---\ntitle: \"Sydney Water to expand desalination plant\"\npublishedDateTime: 2025-03-01T00:00:00Z\n---\n"
        "Sydney Water will double the plant by 2030.\n\n"
        "Separately, Harbour Water said it would decide by the end of 2025 whether to expand its own plant.\n",
        encoding="utf-8")
    rows = extract(tmp_path)
    by_date = dict(zip(rows["date_text"], rows["subject"], strict=True))
    assert by_date["the end of 2025"] == "Harbour Water"
    assert by_date["2030"] == "Sydney Water"


def test_fuller_name_of_the_headline_actor_wins() -> None:
    texts = ["Jolt promises fibre in every town by 2026", "",
             "Telecom group Reliant Jolt will cover every town by 2026, Reliant Jolt said."]
    assert classify.main_subject(texts, "Jolt") == "Reliant Jolt"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Analysts at Harwick Securities expect the plant to reach full output by 2028.", "Harwick Securities"),
        ("In a note, analysts at Corran & Co. said they expect sales to pass $5 billion by 2028.", "Corran & Co"),
        ("Analysts including Milbrook's Dana Ives expect an upgrade cycle starting in September.", "Milbrook"),
        ("\"We think 2027 is more realistic,\" Stowe analyst Pat Green wrote in a note.", "Stowe"),
        ("Tesla will deliver the truck in 2025, analysts at Baird said.", "Baird"),
        ("Some industry analysts expect revenue to lag until 2026.", "analysts"),
        ("Economists expect rates to fall by the end of 2025.", "economists"),
        # forecasters that are not the subject
        ("Tesla beat analysts' estimates and will deliver more in 2025.", ""),
        ("The company expects margins to recover in 2026.", ""),
    ],
)
def test_forecasters_firm(sentence: str, expected: str) -> None:
    assert classify.forecaster(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "main", "expected"),
    [
        ("Skyline Air orders 300 Airbus jets for delivery from 2031", "Skyline Air", "Skyline Air"),
        ("The airline now expects the first of its 12 Airbus jets in late 2026.", "Skyline Air", "Skyline Air"),
        ("It expects Boeing to deliver the first jet in 2026.", "Skyline Air", "Skyline Air"),
        ("Boeing expects to deliver the first jet to Skyline Air in 2026.", "Skyline Air", "Boeing"),  # another first
    ],
)
def test_sentence_opened_by_the_articles_actor(sentence: str, main: str, expected: str) -> None:
    assert classify.subject_of(sentence, main) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rival Halden Chips plans to start mass production in early 2026.", "Halden Chips"),
        ("Regulator Watermark will publish its final decision on December 19.", "Watermark"),
        ("Rival Halden Chips, which gives no guidance, said it expects growth in 2026.", "Halden Chips"),
        ("Brokerage Tamsin Securities expects margins to improve by FY28.", "Tamsin Securities"),
        ("Processor Volta Cocoa Processing will open a grinding plant in 2026.", "Volta Cocoa Processing"),
    ],
)
def test_descriptor_before_a_name(sentence: str, expected: str) -> None:
    assert classify.subject_of(sentence, "Skyline Air") == expected


def test_names_do_not_span_line_breaks() -> None:
    text = "Tokyo\n\nKairo Motors will open five factories by 2030."
    names = [m.name for m in classify.find_mentions(text)]
    assert all("\n" not in name for name in names)
    assert "Kairo Motors" in names


def test_sentence_opener_is_no_name() -> None:
    assert classify.subject_of("Spending will total 4 trillion yen over five years.", "Japanese government") == \
        "Japanese government"


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder: Path = tmp_path_factory.mktemp("subjects")
    (folder / "001-airline.md").write_text(
        "---\ntitle: \"Skyline Air orders 300 Airbus jets for delivery between 2031 and 2036\"\n"
        "publishedDateTime: 2025-06-01T00:00:00Z\n---\n"
        "Skyline Air said on Monday it had ordered 300 Airbus jets. Airbus shares rose 2%.\n\n"
        "Deliveries are scheduled between 2031 and 2036, Airbus said.\n\n"
        "Skyline Air, the country's largest carrier, expects to double its fleet by 2030.\n\n"
        "Analysts at Harwick Securities expect the airline's revenue to pass $10 billion by 2028.\n\n"
        "Lyft, which has its own robotaxi deals, said last month it aims to offer rides in three cities by 2028.\n",
        encoding="utf-8")
    (folder / "002-drugmaker.md").write_text(
        "---\ntitle: \"Hoshida forecasts profit drop for the year through March 2026\"\n"
        "publishedDateTime: 2025-05-08T00:00:00Z\n---\n"
        "Hoshida Pharma said on Thursday its profit would fall in the year through March 2026.\n\n"
        "Japan's largest drugmaker said it would book restructuring costs of 140 billion yen by March 2026.\n",
        encoding="utf-8")
    return extract(folder)


def _subject_of(frame: pd.DataFrame, fragment: str) -> set[str]:
    return set(frame[frame["sentence"].str.contains(fragment, regex=False)]["subject"])


def test_articles_actor_from_headline(articles: pd.DataFrame) -> None:
    assert _subject_of(articles, "orders 300 Airbus jets") == {"Skyline Air"}
    assert _subject_of(articles, "double its fleet") == {"Skyline Air"}


def test_articles_forecaster(articles: pd.DataFrame) -> None:
    assert _subject_of(articles, "Harwick Securities") == {"Harwick Securities"}


def test_country_possessive_describes_the_company(articles: pd.DataFrame) -> None:
    subjects = _subject_of(articles, "Japan's largest drugmaker")
    assert subjects and not any("government" in s for s in subjects)


def test_pronoun_under_a_reporting_verb(articles: pd.DataFrame) -> None:
    """ "it" is the organisation that said it, not the article's actor (with the parse model)."""
    subjects = _subject_of(articles, "robotaxi deals")
    assert subjects and subjects <= {"Lyft"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Centre will spend ₹12.2 lakh crore on capital projects.", "Indian government"),
        ("Mbadi says total spending will be KSh4.29 trillion in 2025/26.", "Kenyan government"),
        ("The company will spend $4 billion and €2 billion.", ""),  # shared or ambiguous currencies name no country
    ],
)
def test_an_articles_country_from_its_currency(text: str, expected: str) -> None:
    assert classify.currency_government(text) == expected


@pytest.mark.parametrize(
    ("phrase", "gov", "before", "expected"),
    [
        ("the defence ministry", "German government", "", "German defence ministry"),
        ("according to the finance ministry", "German government", "", "German finance ministry"),
        ("South Korea's transport ministry", "", "", "South Korean transport ministry"),
        ("Thailand's cabinet", "", "", "Thai cabinet"),
        ("The Treasury", "UK government", "", "UK Treasury"),
        ("The Ministry of Science and ICT", "South Korean government", "", "Ministry of Science and ICT"),
        ("The ministry", "German government", "the defence ministry said on Monday.", "German defence ministry"),
        ("The ministry", "German government", "", ""),  # no ministry named before: the government stays
        ("Government officials", "UK government", "", "UK government"),
        ("the state government", "Brazilian government", "", ""),  # a state's, not the country's
        ("the defence ministry", "", "", ""),  # no country known
    ],
)
def test_a_government_body_is_named_by_its_country_and_portfolio(phrase: str, gov: str, before: str,
                                                                 expected: str) -> None:
    assert classify.government_body(phrase, gov, before) == expected


def test_a_claim_attributed_to_an_organisation_is_its_own(tmp_path: Path) -> None:
    """A clause whose subject is a thing takes the organisation it is attributed to ("according to HS2 Ltd"),
    never a news outlet."""
    (tmp_path / "001-rail.md").write_text(
        "---\ntitle: \"Harlow Transport to reshape its bus network\"\npublishedDateTime: 2025-03-01T00:00:00Z\n---\n"
        "Harlow Transport said it will cut ten routes.\n\n"
        "The western section of the line is due to open in 2031, according to Dunmore Rail Ltd.\n\n"
        "The eastern section is expected to open in 2033, according to Bloomberg.\n", encoding="utf-8")
    rows = extract(tmp_path)
    by_date = dict(zip(rows["date_text"], rows["subject"], strict=True))
    assert by_date["2031"] == "Dunmore Rail"
    assert by_date["2033"] != "Bloomberg"


def test_a_claim_naming_no_actor_goes_on_with_the_last_claims_subject_in_its_paragraph(tmp_path: Path) -> None:
    """A digest's item or a live blog's entry names its actor once; the next sentence of that paragraph
    ("The southern section follows ...") is still its claim. A blank line ends the carry."""
    (tmp_path / "001-digest.md").write_text(
        "---\ntitle: \"Week in rail: three updates\"\npublishedDateTime: 2025-03-01T00:00:00Z\n---\n"
        "The Kelby Rail Authority said it would open the northern section in December 2026. "
        "The southern section follows by March 2027.\n\n"
        "The Dunmore Transit Agency said its new depot would open in 2028. A second depot follows in 2029.\n",
        encoding="utf-8")
    rows = extract(tmp_path)
    by_date = dict(zip(rows["date_text"], rows["subject"], strict=True))
    assert by_date["December 2026"] == by_date["March 2027"] == "Kelby Rail Authority"
    assert by_date["2028"] == by_date["2029"] == "Dunmore Transit Agency"


@pytest.mark.parametrize(
    ("name", "body", "expected"),
    [
        # the first mention spells the name out; later ones cut it short
        ("Dumont", "President Claire Dumont said on Monday. Later Dumont added more.", "Claire Dumont"),
        ("Korvel", "Chinese carmaker Korvel Auto will build a plant. Korvel said so.", "Korvel Auto"),
        ("Coast Guard", "The U.S. Coast Guard of Alaska said. The Coast Guard will.", "U.S. Coast Guard of Alaska"),
        ("Federation", "The National Federation of Tea Planters (NFTP) said. The Federation will.",
         "National Federation of Tea Planters"),  # every capitalised word after the joint
        ("Nordvik", "Oslo-based Nordvik Fisheries said. Nordvik will report.", "Nordvik Fisheries"),
        # in the possessive, when its last word names an institution ("University", "Council")
        ("Salish State", "BEND — Salish State University's board voted. Salish State will.", "Salish State University"),
        ("Acme", "Acme Widget's plan was cut. Acme will.", "Acme"),
        # a legal form, a product with a number, a longer run or a name standing alone stays as it is
        ("Fjellfisk", "Fjellfisk ASA said its margin would rise.", "Fjellfisk"),
        ("Lumo", "The Lumo Pad 2 is due in 2027. Lumo said so.", "Lumo"),
        ("Talvik", "Talvik Semiconductor Manufacturing Co said.", "Talvik"),
        ("Talvik", "Talvik said on Monday it would build a fab.", "Talvik"),
        ("Japanese government", "The Japanese government said.", "Japanese government"),
    ],
)
def test_a_short_name_is_the_full_name_of_its_first_mention(name: str, body: str, expected: str) -> None:
    assert classify.full_name(name, body) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "name", "expected"),
    [
        # an office held only in a government speaks for the article's government
        ("The first auctions will be held in 2026, the prime minister said.", "the prime minister", "",
         "Norlandic government"),
        ("Economy minister Kari Dahl has said the first auctions should take place in 2026.", "Economy minister",
         "Kari Dahl", "Norlandic government"),
        ("The budget will balance by 2027, the finance minister told parliament.", "the finance minister", "",
         "Norlandic government"),
        # a company's president, or a named actor the minister reports, is no government
        ("The plant will open in 2027, president Kari Dahl said.", "president Kari Dahl", "Kari Dahl", ""),
        ("The minister said Norrail expected it to open in 2027.", "The minister", "Norrail", ""),
    ],
)
def test_a_speaker_named_by_a_government_office_is_the_government(text: str, speaker: str, name: str,
                                                                   expected: str) -> None:
    ctx = describe.Context(text, 0, [], "", government="Norlandic government")
    assert describe.office_government({"syn_speaker": {"text": speaker}}, ctx, name) == expected
    assert describe.office_government({"syn_speaker": {"text": speaker}}, describe.Context(text, 0, [], ""),
                                      name) == ""


@pytest.mark.parametrize(
    ("subject", "gov", "expected"),
    [
        ("Portugal", "", "Portuguese government"),  # a country named as the actor is its government
        ("Government", "New Zealand government", "New Zealand government"),  # "The Government's Budget"
        ("Government", "", "Government"),
        ("Transport for Wales", "UK government", "Transport for Wales"),
    ],
)
def test_a_country_or_bare_government_subject_is_a_government(subject: str, gov: str, expected: str) -> None:
    assert describe.as_government(subject, gov) == expected


@pytest.mark.parametrize(
    ("body", "gov", "expected"),
    [
        # a region's government as the text writes it; a country's as its government
        ("By Staff Reporter, Ranchi, Mon Mar 02 2026\n\nThe Jharkhand government presented a budget of "
         "1.4 lakh crore on Monday. The state aims to double irrigation.", "Indian government", "Jharkhand government"),
        ("CURITIBA -- The Paraná state government expects the new bridge to open in 2027, the governor said.",
         "Brazilian government", "Paraná state government"),
        ("The Japanese government plans to raise defence spending by 2027.", "", "Japanese government"),
        # a government body after a dateline
        ("SEJONG, Feb. 3 (Yonhap) -- South Korea's transport ministry said Monday the airport would open later.",
         "South Korean government", "South Korean transport ministry"),
        # a company first named is no such actor; a short label line is skipped, not read
        ("Harbour Foods said on Monday it would open 40 stores by 2027.", "", ""),
        ("MINISTRY OF FINANCE\n\nPrices rose 3% in the year to March.", "", ""),
    ],
)
def test_an_article_without_a_headline_actor_takes_the_government_its_first_sentence_names(
        body: str, gov: str, expected: str) -> None:
    assert describe.body_actor(body, gov) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name opening the sentence, an aside, then a verb of saying or planning: the name acts
        ("Corrib Data, which is building the Ennis campus, has said the first hall will open in 2026.", "Corrib Data"),
        ("Velmar, meanwhile, said it plans to fly its air taxi in Dubai by the third quarter.", "Velmar"),
        ("The Harbour Authority, for its part, expects dredging to finish in 2027.", "Harbour Authority"),
        ("Skyward, which once promised flights by 2025, now says 2028.", "Skyward"),
        # a thing with an aside, then a verb of its own, acts in nothing: the article's actor stays
        ("Nova Ultra, which packs four dies into one package, is slated for 2027.", "Acme"),
        ("Occupancy, which averaged 71% last year, should rise to 75% by 2027.", "Acme"),
    ],
)
def test_an_opening_name_before_an_aside_and_a_reporting_verb_is_the_subject(sentence: str, expected: str) -> None:
    assert classify.subject_of(sentence, "Acme") == expected


@pytest.mark.parametrize(
    ("before", "main", "expected"),
    [
        # the organisation opening the sentence before, in the paragraph: what "the company" after it names
        ("Intro.\n\nNorthwind Air, the regional carrier, will add routes. ", "Skyline", "Northwind Air"),
        # the article's own actor, a government, another paragraph, or no opening organisation: none
        ("Skyline said on Monday it would expand. ", "Skyline", ""),
        ("Japan said the budget would grow. ", "Skyline", ""),
        ("Northwind Air, the regional carrier, will add routes.\n\nThen prices rose. ", "Skyline", ""),
        # a name of several words opening it before a verb in the past tense, which is no cue
        ("Kestrel Vani switched on its network in six cities on Saturday. ", "Skyline", "Kestrel Vani"),
        ("South Korea launched the service in six cities. ", "Skyline", ""),  # a country
        ("Construction started in 2022. ", "Skyline", ""),  # one capitalised word: the sentence's opener
    ],
)
def test_the_organisation_the_sentence_before_opens_with(before: str, main: str, expected: str) -> None:
    assert describe.previous_actor(before, main) == expected


@pytest.mark.parametrize(
    "sentence",
    ["The Company believes its cash will fund operations into the second quarter of 2028.",
     "Third, the company's partner is expected to start a bridging study in early 2025."],
)
def test_a_stop_word_before_a_legal_suffix_or_an_appositive_is_no_name(sentence: str) -> None:
    # "The Company", "Third, the company's": a role noun or an enumeration, not an organisation named "The"
    assert classify.subject_of(sentence, "Acme") == "Acme"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [("The Ministry of Trade and Industry says the new tariff schedule will apply from July 2027.",
      "Ministry of Trade and Industry"),
     ("The Department of Housing, Local Government and Heritage has set a deadline of March 2028.",
      "Department of Housing, Local Government and Heritage"),
     ("The Ministry of Energy and the Green Transition expects the grid link to open in 2029.",
      "Ministry of Energy and the Green Transition")],
)
def test_an_official_name_runs_past_the_and_of_its_portfolios(sentence: str, name: str) -> None:
    # the portfolios of a ministry or department are one name, not a cut-off head and a stray second name
    assert [m.name for m in classify.find_mentions(sentence)] == [name]


def test_and_still_joins_two_names_outside_an_official_name() -> None:
    names = [m.name for m in classify.find_mentions("Northwind Air and Skyline Cargo said they would merge in 2027.")]
    assert "Northwind Air and Skyline Cargo" not in names


@pytest.mark.parametrize(
    ("phrase", "gov", "expected"),
    [("the Department of Transport", "Irish government", "Department of Transport"),
     ("the Energy Regulatory Authority of Ghana", "Ghanaian government", "Energy Regulatory Authority of Ghana"),
     ("the Ministry of Mines and Energy", "Brazilian government", "Ministry of Mines and Energy"),
     ("the transport department", "Irish government", ""),  # a body other than a ministry only by its proper name
     ("the Moroccan cabinet", "Moroccan government", "Moroccan cabinet"),  # the adjective once, not twice
     ("the Greek finance ministry", "Greek government", "Greek finance ministry")],
)
def test_a_public_body_by_its_proper_name_or_its_country(phrase: str, gov: str, expected: str) -> None:
    assert classify.government_body(phrase, gov) == expected


@pytest.mark.parametrize(
    ("text", "gov", "expected"),
    [("Ghana's central bank raises rate to 28%, sees inflation easing in 2027", "Ghanaian government", "Bank of Ghana"),
     ("The central bank keeps policy on hold until mid-2027", "Norwegian government", "Norges Bank"),
     ("Ghana's cabinet approves 2027 budget", "Ghanaian government", ""),  # a body, but no central bank
     ("Central bank holds rate", "", "")],  # no country known: no name to give it
)
def test_a_headline_about_a_central_bank_is_the_banks(text: str, gov: str, expected: str) -> None:
    assert classify.central_bank(text, gov) == expected


@pytest.mark.parametrize(
    "title",
    ["Greens manifesto pledges light rail for every city by 2032",
     "Northwind roadmap sees solid-state cells in 2028"],
)
def test_a_headline_names_its_actor_before_the_actors_document(title: str) -> None:
    # "X manifesto promises": X promises in its manifesto
    body = "The Greens said on Sunday. Northwind said on Monday."
    assert headline.subject(title, body) == title.split()[0]


@pytest.mark.parametrize(
    ("body", "expected"),
    [("ACCRA, 3 March 2026: The Ministry of Roads and Highways has unveiled a plan to pave 5,000 km of roads "
      "by 2030, up from 2,000 km today.\n\nMore follows.", "Ministry of Roads and Highways"),
     ("ACCRA, 3 March 2026: Ghana will pave 5,000 km of roads by 2030, the Ministry of Roads and Highways said "
      "on Tuesday.\n\nMore follows.", "")],  # the body does not open the sentence: the country acts
)
def test_a_proper_named_body_opening_the_article_is_its_actor(body: str, expected: str) -> None:
    assert describe.body_official(body, "Ghanaian government") == expected


@pytest.mark.parametrize(
    ("body", "place", "expected"),
    [("Leeds's city council last week approved a plan to build 3,000 council homes by 2030, the largest in decades.",
      "Leeds", "Leeds city council"),
     ("The Lagos state government said on Monday the Blue Line's second phase would open by December 2027.",
      "Lagos", "Lagos state government"),
     ("Residents of Leeds have waited a decade for a tram, and the city council now says one will run by 2033.",
      "Leeds", "")],  # the body does not open the sentence
)
def test_a_place_in_the_headline_is_its_body_opening_the_article(body: str, place: str, expected: str) -> None:
    assert describe.place_body(body, place) == expected


@pytest.mark.parametrize("office", ["Prime Minister", "Chancellor"])
def test_a_bare_government_office_as_subject_is_the_government(office: str) -> None:
    assert describe.as_government(office, "Ghanaian government") == "Ghanaian government"
    assert describe.as_government("Northwind Air", "Ghanaian government") == "Northwind Air"


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # a name that only reports is a person's, unless it is an acronym, holds an institution's joint or follows
        # a noun for an institution
        ("The new line will open in 2029, the national rail operator KRN said on Wednesday.", "KRN", "unknown"),
        ("The Harbour Commission for Port Alder said on Monday that the quay would open in 2027.",
         "Harbour Commission for Port Alder", "unknown"),
        ("Exports will peak in January, the growers' association Frutas del Norte said.", "Frutas del Norte",
         "unknown"),
        ("The plant will open in 2027, Menon said.", "Menon", "person"),
        ("The plant will open in 2027, Dana Ruiz said.", "Dana Ruiz", "person"),
    ],
)
def test_an_institution_that_only_reports_is_no_person(sentence: str, name: str, kind: str) -> None:
    assert [(m.name, m.kind) for m in classify.find_mentions(sentence)] == [(name, kind)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [("OSLO — Norway will offer two wind areas to developers, the Norwegian Ocean Energy Agency said on Tuesday.",
      "Norwegian Ocean Energy Agency"),
     ("LIMA — Peru's state port operator ENAPU said on Monday that the new quay would open in 2028.", "ENAPU"),
     ("OSLO — Norway will offer two wind areas to developers, minister Terje Aasland said on Tuesday.", ""),
     ("OSLO — Norway will offer two wind areas to developers, Sweden said on Tuesday.", "")],  # a person, a country
)
def test_the_organisation_the_first_sentence_attributes_its_news_to(body: str, expected: str) -> None:
    assert describe.body_reporter(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [("The hospital will open in 2031, two years later than the Health Service Executive promised in 2022.\n\n"
      "The HSE said costs rose.",
      "Health Service Executive"),  # named again by its initials
     ("The Kelby Rail Authority said it would open the line in 2026.\n\nThe Dunmore Transit Agency said ...", "")],
)
def test_an_article_naming_no_actor_is_the_reporters_only_when_it_names_it_again(body: str, expected: str) -> None:
    assert describe.body_reporter(body, again=True) == expected


def test_an_article_headed_by_a_country_is_the_reporting_bodys(tmp_path: Path) -> None:
    """The headline names only the country, the first sentence the body that reports: claims naming no actor are
    the body's; "The government plans" stays the government's, which no short form of the body's name folds into."""
    (tmp_path / "001-wind.md").write_text(
        "---\ntitle: \"Norway to auction two floating wind areas next year\"\npublishedDateTime: 2026-03-10T00:00:00Z\n"
        "---\nOSLO — Norway will offer two floating wind areas to developers, the Norwegian Ocean Energy Agency said"
        " on Tuesday.\n\nApplications open on 1 March 2027, and the winners will be named by the end of the year.\n\n"
        "The government plans to spend 5 billion crowns on grid links by 2030.\n", encoding="utf-8")
    rows = extract(tmp_path)
    by_date = dict(zip(rows["date_text"], rows["subject"], strict=True))
    assert by_date["1 March 2027"] == "Norwegian Ocean Energy Agency"
    assert by_date["2030"] == "Norwegian government"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("The government plans to spend 5 billion crowns on grid links by 2030.", "Norwegian government"),
     ("The cabinet will decide on the route in 2027.", "Norwegian government"),
     ("The Ministry of Defence's review will report in 2026.", "Ministry of Defence"),  # a body's proper name
     ("The governor will decide in 2027.", "Fjord Rail")],
)
def test_a_sentence_opening_with_the_government_is_the_articles_government(sentence: str, expected: str) -> None:
    assert classify.subject_of(sentence, "Fjord Rail", None, "Norwegian government") == expected


def test_a_government_is_no_short_form_of_its_countrys_agency() -> None:
    assert classify.consolidate("Norwegian government", "Norwegian Ocean Energy Agency") == "Norwegian government"
    assert classify.consolidate("Norwegian", "Norwegian Ocean Energy Agency") == "Norwegian Ocean Energy Agency"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a label in capitals glued to the headline by a hyphen, or of several words ending in a label word
        ("FACTBOX-Harbin Optics is building plants abroad", "Harbin Optics said on Monday.", "Harbin Optics"),
        ("EXCLUSIVE-Harbin Optics to list in Hong Kong in 2027", "Harbin Optics said.", "Harbin Optics"),
        ("MEDIA RELEASE: Tasman Rail sets 2028 opening", "MEDIA RELEASE\n\nTasman Rail said.", "Tasman Rail"),
        ("ASX ANNOUNCEMENT - Kestrel Minerals targets first ore in FY27", "Kestrel Minerals said.", "Kestrel Minerals"),
    ],
)
def test_a_headline_label_in_capitals_names_no_actor(title: str, body: str, expected: str) -> None:
    assert headline.subject(title, body) == expected


def test_the_articles_subject_is_read_past_the_headlines_label(tmp_path: Path) -> None:
    (tmp_path / "001-factbox.md").write_text(
        "---\ntitle: \"FACTBOX-Where Harbin Optics is building plants abroad\"\npublishedDateTime: 2026-07-15T00:00:00Z"
        "\n---\nHarbin Optics said on Wednesday it would open a lens plant in Hungary in 2028.\n\n"
        "* A packaging plant is due to open in 2029.\n", encoding="utf-8")
    rows = extract(tmp_path)
    assert set(rows["subject"]) == {"Harbin Optics"}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [("- Bids are due in the autumn, with the winners named before Christmas.", []),  # a list item's opener
     ("- Rivian expects to open the plant in 2027.", [("Rivian", "org")]),
     ("Managing Director Priya Raman said the satellite would launch in 2027.", [("Priya Raman", "person")])],
)
def test_a_list_items_opener_and_a_title_are_no_names(sentence: str, names: list[tuple[str, str]]) -> None:
    assert [(m.name, m.kind) for m in classify.find_mentions(sentence)] == names


def test_an_article_whose_headline_names_no_actor_is_the_reporting_organisations(tmp_path: Path) -> None:
    """No actor in the headline, no government body opening the article: the organisation its first sentence
    attributes the news to, when the article names it again, is the article's, and so are claims naming no actor."""
    (tmp_path / "001-hospital.md").write_text(
        "---\ntitle: \"New Galway children's hospital to open in 2032\"\npublishedDateTime: 2026-03-10T00:00:00Z\n"
        "---\nThe new hospital will not open until 2032, two years later than the Western Health Board promised in "
        "2023, a parliamentary committee heard on Tuesday.\n\nThe first patients would be admitted in the latter part "
        "of 2032, WHB director Aoife Byrne told the committee.\n", encoding="utf-8")
    rows = extract(tmp_path)
    by_date = dict(zip(rows["date_text"], rows["subject"], strict=True))
    assert by_date["the latter part of 2032"] == "Western Health Board"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place acting in the headline is its government, as the article writes it
        ("Tarvana sets share offering\n\nThe government of Brazil's Tarvana state plans to sell its stake.",
         "Tarvana government"),
        ("Karoo promised the rail link by 2020\n\nIn 2016 the Karoo provincial government pledged the link.",
         "Karoo provincial government"),
        ("Karoo promised the rail link by 2020\n\nKaroo's government pledged the link.", "Karoo government"),
        ("Karoo Rail promised the link by 2020\n\nKaroo Rail said it would build the link.", "Karoo Rail"),
    ],
)
def test_a_place_acting_in_the_headline_is_its_government_as_the_article_writes_it(text: str, expected: str) -> None:
    name = text.split(" promised")[0].split(" sets")[0]
    assert describe.lead_actor(None, text, name, "", name) == expected
    assert describe.lead_actor(None, text, name) == expected  # no headline actor: the article's main subject


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a portfolio before "Secretary" or "MEC" is part of the title, no organisation
        ("Health Secretary Maria Santos said the doses would arrive in October.", [("Maria Santos", "person")]),
        ("Finance MEC Thabo Dlamini has promised R2 billion for the line.", [("Thabo Dlamini", "person")]),
        # after an acronym, the title's organisation stays
        ("NATO Secretary General Jonas Berg said allies would meet in June.",
         [("NATO", "unknown"), ("General Jonas Berg", "person")]),
    ],
)
def test_a_portfolio_title_names_no_organisation(sentence: str, names: list[tuple[str, str]]) -> None:
    assert [(m.name, m.kind) for m in classify.find_mentions(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a public body, or a registered company by its legal name, goes by the initials the text gives it
        ("The Directorate General of Inland Waterways (DGIW) is expected to grant the licence by March.", "DGIW"),
        ("The Kivu Basin Transport Authority (KBTA) will open the line in 2027.", "KBTA"),
        ("Kestrel Aeronautics Ltd (KAL) will deliver the jets in 2027.", "KAL"),
        # a company's trading name or an institute's goes by its name
        ("Indus Harbour Terminals (IHT) will invest $700 million by 2028.", "Indus Harbour Terminals"),
        ("The Andes Light Research Institute (ALRI) expects first light in 2028.", "Andes Light Research Institute"),
        ("Transport for Kent (TfK) plans to spend £1 billion in 2027.", "Transport for Kent"),  # initials in mixed case
        ("The Federal Grid Agency (Bundesnetzamt) will decide in 2027.", "Bundesnetzamt"),  # a name in another language
    ],
)
def test_initials_stand_for_a_public_body_not_for_a_company(sentence: str, name: str) -> None:
    assert [m.name for m in classify.find_mentions(sentence)][:1] == [name]


def test_initials_of_the_articles_subject_are_that_subject() -> None:
    assert classify.consolidate("IHT", "Indus Harbour Terminals") == "Indus Harbour Terminals"
    assert classify.consolidate("IMF", "Indus Harbour Terminals") == "IMF"


def test_a_filings_form_before_its_label_is_no_part_of_the_name() -> None:
    title = "Kestrel Biologics Form 8-K: FDA accepts BLA, sets October 9 PDUFA date"
    assert headline.subject(title, "On April 6, 2026, Kestrel Biologics, Inc. announced.") == "Kestrel Biologics"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Tanjung Wafer Packaging Bhd", "Tanjung Wafer Packaging"),  # a legal form an analyst leaves off
        ("Kerrow Mining Pty Ltd", "Kerrow Mining"),
        ("Ostrava Castings SpA", "Ostrava Castings"),
        ("Hollins & Co", "Hollins & Co"),  # the form after "&" is the name's
        ("Seven Rivers Holdings", "Seven Rivers Holdings"),  # "Holdings" is often the name itself
        ("AB", "AB"),
    ],
)
def test_a_subject_is_written_without_its_legal_form(name: str, expected: str) -> None:
    assert classify.without_legal_form(name) == expected


def test_the_claims_subject_drops_the_legal_form(tmp_path: Path) -> None:
    (tmp_path / "001-wafer.md").write_text(
        "---\ntitle: \"Tanjung Wafer Packaging to open second line in 2027\"\npublishedDateTime: 2025-03-01T00:00:00Z\n"
        "---\nTanjung Wafer Packaging Bhd said it will open its second line in 2027.\n", encoding="utf-8")
    assert set(extract(tmp_path)["subject"]) == {"Tanjung Wafer Packaging"}


@pytest.mark.parametrize(
    ("text", "opening", "expected"),
    [
        ("North Carolina lawmakers", True, "North Carolina lawmakers"),  # a place names the generic actors
        ("Brisbane 2032 organisers", False, "Brisbane 2032 organisers"),
        ("Senior officials", True, "officials"),  # capitalised only as the sentence's opener
        ("Some analysts", True, "analysts"),  # a determiner is no name
        ("industry analysts", False, "analysts"),
    ],
)
def test_generic_actors_keep_the_place_that_names_them(text: str, opening: bool, expected: str) -> None:
    assert _placed_actors(text, opening) == expected


def test_lawmakers_of_a_named_state_are_the_subject(tmp_path: Path) -> None:
    (tmp_path / "001-plant.md").write_text(
        "---\ntitle: \"Kestrel Motors picks Wheeling for new plant\"\npublishedDateTime: 2025-03-01T00:00:00Z\n---\n"
        "Kestrel Motors will build a battery plant near Wheeling.\n\n"
        "West Virginia lawmakers have given the company until the end of 2027 to start hiring.\n", encoding="utf-8")
    rows = extract(tmp_path)
    assert set(rows[rows["date_text"].str.contains("2027")]["subject"]) == {"West Virginia lawmakers"}
