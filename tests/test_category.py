"""Category from the claim clause: its verb, the object's and a thing-subject's head nouns, the noun a
date modifies and the target's unit (extractor/syntax/category.py), one row per case, by class.

The first table runs the precedence on clause fields alone (no model); the second runs whole
sentences through the pipeline and needs the trained syntax model (skipped when it is absent).
"""

from __future__ import annotations

from datetime import date

import pytest

from extractor import lexicon, nlp, records
from extractor.articles import Article
from extractor.classify.category import _best_category, _category_patterns
from extractor.syntax import component
from extractor.syntax.category import Clause, category

needs_model = pytest.mark.skipif(not (component.MODEL_DIR / "config.cfg").is_file(),
                                 reason="models/syntax is not present")


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (Clause(verb="release", subject="update", subject_mods=("trading", "next")), "event"),
        (Clause(verb="release", subject="update", subject_mods=("software",)), "launch"),
        # an obligation on the actor: a command is a ruling, a modal only where a regulator is named
        (Clause(verb="complete", obj="sale", obliged="command"), "regulatory"),
        (Clause(verb="submit", obj="plan", obliged="modal", regulator=True), "regulatory"),
        (Clause(verb="submit", obj="plan", obliged="modal", regulator=False), ""),
        (Clause(verb="deliver", obj="vessel", obliged="modal", regulator=True), "delivery"),
        # a share of a population or a supply reached is a capacity target, not a launch or a ratio
        (Clause(verb="target", obj="coverage", obj_mods=("population", "5g"), unit="%"), "capacity"),
        (Clause(verb="cover", obj="%", unit="%"), "capacity"),
        (Clause(verb="raise", obj="target", obj_mods=("renewables",), unit="%"), "capacity"),
        (Clause(verb="target", obj="coverage", obj_mods=("5g",)), "launch"),  # coverage with no share: a rollout
        # verb families: a verb that names its milestone decides over its object
        (Clause(verb="deliver", obj="truck"), "delivery"),
        (Clause(verb="spend", obj="$", unit="USD"), "spending"),
        (Clause(verb="unveil", obj="product"), "event"),
        (Clause(verb="present", obj="budget"), "event"),
        (Clause(verb="launch", obj="satellite", obj_mods=("production",)), "launch"),
        (Clause(verb="rule", obj="request"), "regulatory"),
        # objects and thing-subjects under a verb that names nothing
        (Clause(verb="start", obj="production"), "production"),
        (Clause(verb="begin", obj="flight"), "launch"),
        (Clause(verb="begin", subject="production", subject_mods=("dojo",)), "production"),
        (Clause(verb="rise", subject="debt"), "financial"),
        (Clause(verb="set", obj="target", obj_mods=("deficit", "fiscal")), "financial"),
        # a ruling noun outranks the verb; a weak verb yields to its object
        (Clause(verb="publish", obj="decision", regulator=True), "regulatory"),
        # a decision where no regulator is named is the actor's own step, whatever it decides on
        (Clause(verb="publish", obj="decision"), "other"),
        (Clause(verb="decide", obj="plant", obj_mods=("second",)), "other"),
        (Clause(verb="decide", obj="application", regulator=True), "regulatory"),
        (Clause(verb="expect", obj="decision", obj_mods=("approval",)), "regulatory"),
        # procurement (a tender, a bid, a contract) is a project step whatever is done to it; rules are a ruling
        (Clause(verb="launch", obj="tenders", obj_mods=("section",)), "other"),
        (Clause(verb="award", obj="contract", obj_mods=("manufacturing",)), "other"),
        (Clause(verb="publish", obj="rule", obj_mods=("new",)), "regulatory"),
        (Clause(verb="cut", obj="job", unit="jobs"), "other"),  # the workforce and emissions: the actor's own goals
        (Clause(verb="double", obj="workforce", obj_mods=("its",)), "other"),
        (Clause(verb="cut", obj="emission", obj_mods=("gas", "greenhouse"), unit="%"), "other"),
        (Clause(verb="hire", obj="engineer", unit="engineers"), "other"),
        # a fleet's vehicles arriving or received are a delivery; a product arriving is a launch
        (Clause(verb="arrive", subject="aircraft", subject_mods=("first",)), "delivery"),
        (Clause(verb="take", obj="jet", obj_mods=("more",), unit="aircraft"), "delivery"),
        (Clause(verb="arrive", subject="version", subject_mods=("cheap",)), "launch"),
        (Clause(verb="take", obj="place", subject="meeting"), "event"),
        # money given to a project is spent, whatever the sentence's keywords; a spectrum auction is a regulator's
        (Clause(verb="promise", obj="billion", unit="ZAR"), "spending"),
        (Clause(verb="budget", obj="$", unit="CAD"), "spending"),
        (Clause(verb="hold", obj="auction", obj_mods=("ghz",)), "regulatory"),
        (Clause(verb="hold", obj="auction", obj_mods=("first",)), "event"),
        # publishing a plan or a study is a step; publishing results or a report stays an event
        (Clause(verb="publish", obj="study", obj_mods=("impact",)), "other"),
        (Clause(verb="publish", obj="report", obj_mods=("annual",)), "event"),
        # a subject stands in for the object, unless that is a ruling: "the Authority plans to publish new rules"
        (Clause(verb="publish", obj="regulation", obj_mods=("draft",), subject="plan"), "regulatory"),
        (Clause(verb="publish", subject="plan", subject_mods=("delivery",)), "other"),
        # a qualified noun: whose decision it is, and what about, comes first
        (Clause(verb="take", obj="decision", obj_mods=("investment", "final")), "other"),
        (Clause(verb="be", subject="decision", subject_mods=("rate", "next")), "event"),
        (Clause(verb="open", subject="games"), "event"),
        # a verb and object that name a milestone together; a measure of the economy or of returns is financial
        (Clause(verb="enter", obj="service", subject="vehicle"), "delivery"),
        (Clause(verb="enter", obj="orbit"), "launch"),
        (Clause(verb="grow", subject="economy", unit="%"), "financial"),
        # a line is a railway's or a factory's by its qualifier; trains or a line that run are a service's start
        (Clause(verb="open", subject="line", subject_mods=("metro",)), "launch"),
        (Clause(verb="open", subject="line"), "launch"),
        (Clause(verb="start", obj="line", obj_mods=("packaging", "new")), "production"),
        (Clause(verb="run", subject="train", subject_mods=("passenger",)), "launch"),
        (Clause(verb="run", subject="programme"), ""),  # "run" alone names no service's start
        (Clause(verb="run", subject="consultation"), "event"),  # a public consultation is an event whatever its verb
        # completing builds nothing by itself: the object says what is completed
        (Clause(verb="complete", obj="plant"), "production"),
        (Clause(verb="complete", obj="upgrade", obj_mods=("station",)), "other"),
        (Clause(verb="finish", subject="stadium", unit="AUD"), "other"),  # what it costs is no target
        (Clause(verb="complete", obj="study"), "research"),
        (Clause(verb="complete", unit="AUD"), "financial"),  # nothing completed is named: the money decides
        (Clause(verb="approve", obj="budget"), "spending"),
        (Clause(verb="approve", obj="merger"), "regulatory"),
        # a policy measure: a wage floor, a statutory rate, a named tax, a step of lawmaking is regulatory;
        # a company's own wages stay with what the money says
        (Clause(verb="raise", obj="wage", obj_mods=("minimum", "national"), unit="GBP"), "regulatory"),
        (Clause(verb="rise", subject="rate", subject_mods=("minimum", "hourly"), unit="CZK"), "regulatory"),
        (Clause(verb="introduce", obj="tax", obj_mods=("windfall",)), "regulatory"),
        (Clause(verb="complete", obj="transposition", obj_mods=("directive",)), "regulatory"),
        (Clause(verb="expect", subject="enactment"), "regulatory"),
        (Clause(verb="raise", obj="wage", obj_mods=("its",), unit="USD"), "financial"),
        (Clause(verb="begin", subject="harvest", subject_mods=("wheat",)), "production"),  # a farm's output
        (Clause(verb="shrink", subject="crop", subject_mods=("cocoa",), unit="%"), "production"),
        # units: a counted target of an adding verb, a rate under a growth verb, money under nothing
        (Clause(verb="open", obj="store", unit="stores"), "capacity"),
        (Clause(verb="open"), "launch"),
        (Clause(verb="produce", obj="k", unit="vehicles"), "capacity"),
        (Clause(verb="raise", obj="production", unit="aircraft per month"), "capacity"),
        (Clause(verb="hit", obj="exaflop", unit="exaflops"), "capacity"),
        (Clause(verb="reach", obj="$", unit="USD"), "financial"),
        (Clause(verb="cost", obj="$", unit="USD per month"), "financial"),
        # a money or ratio target is no thing scheduled: the money decides; a share or change that names nothing
        # else is a financial result, whatever the sentence's keywords
        (Clause(verb="target", obj="sale", obj_mods=("yen",), unit="JPY"), "financial"),
        (Clause(verb="expect", obj="sale", obj_mods=("hbm",), unit="%"), "financial"),
        (Clause(verb="expect", subject="tier", subject_mods=("cheap",)), "launch"),
        (Clause(verb="expect", obj="earning", obj_mods=("adjust",)), "financial"),
        (Clause(verb="report", obj="earning", obj_mods=("quarter",)), "event"),
        # the milestone noun a date modifies decides first
        (Clause(verb="prepare", obj="production", dated="pro", before=("pro", "debut")), "launch"),
        (Clause(verb="spend", obj="$", unit="USD", dated="completion"), "production"),
        # negatives: a date on a thing or a count of years name nothing; no words, no category
        (Clause(verb="prepare", obj="production", dated="iphone", before=("iphone",)), "production"),
        (Clause(verb="rise", obj="43", unit="years"), ""),
        (Clause(verb="reach", obj="%", unit="%"), "financial"),  # a share alone: a financial result
        (Clause(), ""),
    ],
)
def test_clause_precedence(clause: Clause, expected: str) -> None:
    assert category(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a carrier's traffic target is a capacity target, as an output target is
        (Clause(verb="carry", obj="passenger", unit="passengers"), "capacity"),
        # a union's ballot, a budget put before a parliament: scheduled events, not the money
        (Clause(verb="ballot", obj="member"), "event"),
        (Clause(verb="table", obj="budget"), "event"),
        (Clause(verb="present", subject="budget"), "event"),
        # a field's or a plant's first flow is its production start
        (Clause(verb="target", subject="oil", subject_mods=("first",)), "production"),
        (Clause(verb="pour", subject="concrete", subject_mods=("first",)), "production"),
        # fiscal results: a surplus, a balanced budget, a cost per unit made
        (Clause(verb="return", obj="surplus"), "financial"),
        (Clause(verb="balance", obj="budget"), "financial"),
        (Clause(verb="fall", subject="cost", subject_mods=("unit",), unit="USD per tonne"), "financial"),
        (Clause(verb="spend", obj="cost", unit="USD"), "spending"),  # an unqualified cost stays money spent
        # rules and an authority's acts
        (Clause(verb="come", obj="force"), "regulatory"),
        (Clause(verb="expect", obj="opinion"), "regulatory"),
        (Clause(verb="expect", subject="permission", subject_mods=("planning",)), "regulatory"),
        (Clause(verb="waive", obj="duty"), "regulatory"),
        (Clause(verb="file", obj="u.s."), "regulatory"),
        (Clause(verb="open", obj="store", unit="stores"), "capacity"),  # unchanged: a counted opening
        # a financial ratio and a price students pay, whatever the verb
        (Clause(verb="target", obj="ratio", unit="%"), "financial"),
        (Clause(verb="freeze", obj="tuition"), "financial"),
        # trains reaching or running to a place: the service opening there
        (Clause(verb="reach", obj="euston", subject="train"), "launch"),
        (Clause(verb="run", obj="ate", subject="trains"), "launch"),
    ],
)
def test_clause_words_added_for_traffic_budgets_fiscal_results_and_rules(clause: Clause, expected: str) -> None:
    assert category(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a counted target is the clause's own only where the count names the thing the verb acts on
        (Clause(verb="open", obj="base", obj_mods=("fifth",), unit="aircraft", before=("riga", "base")), "launch"),
        (Clause(verb="open", obj="office", unit="engineers", before=("office",)), "launch"),
        (Clause(verb="open", subject="stadium", subject_mods=("seat",), unit="seats", before=("stadium",)), "launch"),
        (Clause(verb="open", obj="store", obj_mods=("new",), unit="stores"), "capacity"),
        (Clause(verb="open", obj="more", unit="branches", dated="branch"), "capacity"),
        (Clause(verb="add", obj="train", unit="vehicles"), "capacity"),  # a unit that stands for many nouns
        (Clause(verb="grow", obj="240", unit="students"), "capacity"),
        # commissioning a rated plant is its production start, not a capacity target
        (Clause(verb="commission", subject="line", unit="tonnes per year"), "production"),
        # building works are a project's steps; building a production plant is production
        (Clause(verb="begin", subject="construction", subject_mods=("expressway",)), "other"),
        (Clause(verb="start", obj="construction"), "other"),
        (Clause(verb="start", subject="dredging", subject_mods=("channel",), unit="metres"), "other"),
        (Clause(verb="complete", subject="construction", subject_mods=("fab", "first")), "production"),
        (Clause(verb="break", obj="ground", subject="railway"), "other"),
        (Clause(verb="begin", subject="installation", subject_mods=("track",)), "other"),
        (Clause(verb="terminate", obj="installation", obj_mods=("turbine",)), "production"),
        (Clause(verb="make", obj="draw", obj_mods=("first", "its"), dated="loan"), "financial"),
        (Clause(verb="open", obj="draw", obj_mods=("random", "resident")), "launch"),
        # a facility taking its first users opens
        (Clause(verb="admit", obj="patient", obj_mods=("first",), subject="patient"), "launch"),
        (Clause(verb="take", obj="patient", obj_mods=("first", "its"), subject="hospital"), "launch"),
        (Clause(verb="welcome", obj="student", obj_mods=("first",)), "launch"),
        # a thing moved to a new date is scheduled there
        (Clause(verb="delay", obj="blade", obj_mods=("amaterasu",)), "launch"),
        (Clause(verb="shift", subject="program", subject_mods=("semi",)), "launch"),
    ],
)
def test_clause_counts_works_first_users_and_moved_dates(clause: Clause, expected: str) -> None:
    assert category(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a thing that follows another is the claim before it's milestone, unless it names its own
        (Clause(verb="follow", subject="two", subject_mods=("other",), previous="delivery"), "delivery"),
        (Clause(verb="follow", subject="line", unit="GWh", previous="production"), "production"),
        (Clause(verb="follow", subject="service", subject_mods=("route",), previous="regulatory"), "launch"),
        (Clause(verb="follow", subject="line", subject_mods=("second",)), "launch"),  # nothing before: scheduled
        (Clause(verb="slate", subject="fab", previous="delivery"), "production"),  # only a following thing inherits
        # a scheduled anaphor names no release ("approval from the FDA, which officials expect in the first quarter")
        (Clause(verb="expect", subject="which"), ""),
        (Clause(verb="expect", subject="ultra", subject_mods=("rubin",)), "launch"),
        # a count expected is a counted target; a count of another clause is not
        (Clause(verb="expect", obj="passenger", obj_mods=("cruise",), unit="passengers"), "capacity"),
        (Clause(verb="expect", obj="which", unit="hours"), ""),
        # a mine's, a mill's or a plant's first output is its production start
        (Clause(verb="target", subject="concentrate", subject_mods=("first",)), "production"),
        (Clause(verb="delay", obj="steel", obj_mods=("green", "first")), "production"),
    ],
)
def test_clause_following_things_anaphors_and_first_output(clause: Clause, expected: str) -> None:
    assert category(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a share or a change whose clause names nothing else is a financial result
        (Clause(verb="fall", obj="%", unit="%"), "financial"),
        (Clause(verb="halve", obj="forecast", obj_mods=("its", "growth"), unit="%"), "financial"),
        (Clause(verb="rise", obj="%", subject="salary", unit="%"), "financial"),
        # unless the clause names a milestone: a fuel-blend mandate, a utility's environmental goals, a coverage
        (Clause(verb="raise", obj="blend", unit="%"), "regulatory"),
        (Clause(verb="cut", obj="spill", unit="%"), "other"),
        (Clause(verb="reduce", obj="leakage", unit="%"), "other"),
        (Clause(verb="cover", obj="%", obj_mods=("population",), unit="%"), "capacity"),
    ],
)
def test_clause_shares_are_financial_unless_the_clause_names_a_milestone(clause: Clause, expected: str) -> None:
    assert category(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # TEU counts containers: a port's throughput target, no money
        (Clause(verb="handle", obj="teu", unit="TEU"), "capacity"),
        (Clause(verb="open", obj="extension", obj_mods=("quay",), unit="TEU"), "capacity"),
        (Clause(verb="handle", obj="passenger", unit="passengers"), "capacity"),
        # a mobile network generation brought somewhere is a launch; a 3G network switched off is not
        (Clause(verb="switch", obj="g", unit="cities"), "launch"),
        (Clause(verb="reach", obj="%", subject="g", unit="%"), "launch"),
        (Clause(verb="switch", obj="network", obj_mods=("g", "its")), ""),
    ],
)
def test_clause_container_throughput_and_network_generations(clause: Clause, expected: str) -> None:
    assert category(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # an accounting charge and interest paid are results, no money spent
        (Clause(verb="record", obj="bulk", obj_mods=("charge",)), "financial"),
        (Clause(verb="surpass", obj="$", subject="outlay", subject_mods=("interest", "net"), unit="USD"), "financial"),
        (Clause(verb="budget", obj="outlay", obj_mods=("capital",), unit="INR"), "spending"),
        # samples, panels or a count of units shipped are deliveries; a product shipping to customers is its release
        (Clause(verb="ship", subject="sample", subject_mods=("qualification",), obj="customer"), "delivery"),
        (Clause(verb="ship", obj="unit", unit="units"), "delivery"),
        (Clause(verb="ship", obj="customer", subject="track"), "launch"),
        # money a project or a budget needs or seeks is money spent
        (Clause(verb="need", obj="$", unit="USD"), "spending"),
        # a company's own premises opening is a project step
        (Clause(verb="open", subject="hangar", subject_mods=("maintenance",)), "other"),
        (Clause(verb="open", subject="stadium"), "launch"),
        # a publisher's or a studio's release, and a show set to stream
        (Clause(verb="remain", obj="track", subject="title", subject_mods=("small", "its")), "launch"),
        (Clause(verb="get", obj="remake", subject="serie"), "launch"),
        (Clause(verb="stream", subject="drama", subject_mods=("crime",)), "launch"),
    ],
)
def test_clause_charges_shipments_money_sought_and_premises(clause: Clause, expected: str) -> None:
    assert category(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a rated or counted thing starting is what starts, not a capacity target
        (Clause(verb="start", subject="line", subject_mods=("ton", "new"), unit="tonnes"), "production"),
        (Clause(verb="begin", subject="delivery", unit="GWh"), "delivery"),
        (Clause(verb="start", subject="construction", unit="tonnes per year"), "other"),
        (Clause(verb="raise", obj="production", unit="tonnes per year"), "capacity"),  # a growth target stays
        (Clause(verb="start", obj="programme", unit="growers"), ""),  # a count says nothing of what starts
        # a power plant's unit connected to the grid starts production; homes connected are a capacity target
        (Clause(verb="connect", obj="grid", unit="units"), "production"),
        (Clause(verb="connect", obj="home", obj_mods=("more",), unit="homes"), "capacity"),
    ],
)
def test_clause_rated_things_starting(clause: Clause, expected: str) -> None:
    assert category(clause) == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # what a regulator publishes or releases is a ruling; a company's publication stays an event
        (Clause(verb="publish", obj="audit", obj_mods=("its",), subject="regulator", regulator=True), "regulatory"),
        (Clause(verb="release", obj="determination", obj_mods=("draft",), regulator=True), "regulatory"),
        (Clause(verb="publish", obj="report", obj_mods=("annual",), regulator=False), "event"),
        # a committee's hearing and a league's season are events
        (Clause(verb="give", obj="evidence", subject="company", dated="committee"), "event"),
        (Clause(verb="question", obj="board", subject="committee"), "event"),
        (Clause(verb="start", subject="season", subject_mods=("division", "new")), "event"),
        # a thing only scheduled where the sentence names a regulator is the regulator's decision
        (Clause(verb="set", obj="date", obj_mods=("pdufa",), regulator=True), "regulatory"),
        (Clause(verb="push", subject="shot", subject_mods=("covid",), regulator=True), "regulatory"),
        (Clause(verb="push", subject="shot", subject_mods=("covid",), regulator=False), "launch"),
        # a military deployment is no delivery; deploying trucks to customers is
        (Clause(verb="deploy", subject="missile", subject_mods=("standoff", "first")), "other"),
        (Clause(verb="deploy", obj="tractor", obj_mods=("truck",), unit="vehicles"), "delivery"),
    ],
)
def test_clause_what_a_regulator_issues_is_a_ruling(clause: Clause, expected: str) -> None:
    assert category(clause) == expected


def _categories(sentence: str) -> list[str]:
    article = Article("doc", "f.txt", "Acme news", "", sentence, date(2025, 11, 3), "metadata")
    composed, sections = records.compose(article)
    return [c.category for c in records.claims_from_doc(nlp.load()(composed), article, sections)]


@needs_model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # verb families
        ("Acme will unveil its new robot on March 3, 2026.", "event"),
        ("Acme will host its annual investor day on May 5.", "event"),
        ("Acme will report second-quarter results on July 28.", "event"),
        ("Acme will begin deliveries of the Z3 truck in June 2026.", "delivery"),
        ("Acme expects to hand over the first 12 jets in 2026.", "delivery"),
        ("Acme will spend $4 billion on new plants through 2027.", "spending"),
        ("Acme will release the Nova 2 app in the first quarter of 2026.", "launch"),
        ("The Nova 2 headset will ship in March 2026.", "launch"),
        ("Acme plans to list its battery unit as soon as next year.", "financial"),
        ("The court will rule on the merger on May 3.", "regulatory"),
        ("Acme plans to test its drone in Kenya in the second half of 2026.", "research"),
        # objects and thing-subjects
        ("Acme will start commercial flights to Lisbon in August 2026.", "launch"),
        ("Acme expects production of the Z3 to begin in July 2026.", "production"),
        ("The regulator will publish its final decision by June 30, 2026.", "regulatory"),
        ("The cabinet is expected to approve a record defence budget next week.", "spending"),
        ("Acme said it would decide by the end of the year whether to build a second plant.", "other"),
        ("The Food and Drug Administration is expected to decide on the drug by June 2026.", "regulatory"),
        ("The new levy will raise $2 billion a year, though its timing will be decided in 2027.", "regulatory"),
        ("Tenders for the northern section will be launched in the third quarter of 2026.", "other"),
        ("The council will publish a revised delivery plan by the autumn.", "other"),
        ("Acme plans to cut 900 jobs in Ohio by the end of March 2027.", "other"),
        ("The airline expects to receive 14 new jets in 2026.", "delivery"),
        ("The minister has promised $2.4 billion for the new line over the 2026/27 to 2028/29 period.", "spending"),
        ("The state will contribute $300 million to the new line between 2027 and 2029.", "spending"),
        ("The parent group will inject another $500 million into the airline by the end of 2026.", "spending"),
        ("The regulator will auction the 700 MHz band before the end of March 2026.", "regulatory"),
        ("The first of its new freighters will arrive in the fourth quarter of 2026.", "delivery"),
        ("Acme expects to complete the sale of its card business in the first half of 2026.", "other"),
        ("The arena, expected to cost $900 million, is due to be completed in 2029.", "other"),
        ("The deficit is projected to rise to 6% of GDP in 2027.", "financial"),
        # policy measures
        ("Romania will raise the national minimum wage to 4,300 lei from July 1, 2026.", "regulatory"),
        ("The government plans to introduce a windfall tax on lenders from January 2027.", "regulatory"),
        # a production facility coming on line: commissioning, start-up
        ("The electrolyser, supplied by a Danish partner, will be commissioned in the spring of 2027.", "production"),
        ("Hot commissioning of the new rolling mill is planned for the winter.", "production"),
        ("Acme expects to commission the new kiln in the third quarter of 2026.", "production"),
        # units
        ("Acme aims to produce 50,000 trucks in 2027.", "capacity"),
        ("Acme will open 300 new stores by the end of 2027.", "capacity"),
        ("Acme plans to raise output to 60 jets a month by 2027.", "capacity"),
        ("Acme will add 12 GW of solar capacity by 2030.", "capacity"),
        ("Acme expects sales to reach $3 billion by 2030.", "financial"),
        ("Acme targets 600 billion yen in sales in fiscal 2028.", "financial"),
        ("The company expects annual sales to top $2 billion by 2027.", "financial"),
        # negatives: keywords elsewhere in the sentence do not decide
        ("Acme, which built a factory in Texas, will unveil the Z3 on March 3, 2026.", "event"),
        ("Despite production problems at its plant, Acme will launch the Z3 in May 2026.", "launch"),
        ("The new stadium will open in August 2027.", "launch"),
        ("The Harbour metro line is now expected to open no earlier than 2031.", "launch"),
        ("Passenger trains between Kelby and Arden will not run before 2030.", "launch"),
        # traffic targets, budgets before a parliament, fiscal results, rules in force
        ("Kelby Air expects to carry 9 million passengers in 2027.", "capacity"),
        ("The government will table its spring budget on March 4, 2026.", "event"),
        ("The state expects to return to surplus in 2028-29.", "financial"),
        ("The new rules will come into force from January 1, 2027.", "regulatory"),
        # a deadline set by a regulator, a court or a law: a command whoever gives it, a modal of obligation where
        # the sentence names a regulator; a company's own "must" or "shall" is no ruling
        ("The Trade Department ordered Kestrel to complete the sale of its unit within 90 days.", "regulatory"),
        ("Pipeline operators must submit their plans by March 31, 2026, the energy regulator said.", "regulatory"),
        ("Under the new regulations, every operator shall complete the checks no later than June 30, 2026.",
         "regulatory"),
        ("Acme must complete the sale of its unit by March 2026 to meet its debt targets.", "other"),
        # a scheduled vote of members, a walkout, a shareholders' meeting, a trading update: events whatever the verb
        ("Nurses will ballot on industrial action in March 2026.", "event"),
        ("Dock workers have called a strike for June 9 over pay.", "event"),
        ("Kelby Foods' next trading update is due on 4 February.", "event"),
        # a company's scheduled announcement of its results or dividend, a parliament's budget sitting: events
        ("Kelby Foods will announce its first-half dividend on 3 March.", "event"),
        ("The energy regulator will announce its next price cap on 25 May.", "event"),
        ("The Budget session of parliament will end on 2 April.", "event"),
        ("A public consultation on the new line will open on 3 March.", "event"),
        ("Kelby Foods' half-year results will be released on 12 August.", "event"),
        # a share of a population or a supply reached
        ("Kelby Telecom aims to cover 90% of the population with 5G by the end of 2027.", "capacity"),
        ("Kelby Telecom will extend its 5G network to 90 per cent of the population by 2027.", "capacity"),
    ],
)
def test_sentence_category(sentence: str, expected: str) -> None:
    assert _categories(sentence) == [expected]


@needs_model
def test_a_cue_less_sentence_takes_its_clause_category() -> None:
    """A present-tense schedule ("The Games run from ...") has no forward-looking cue; its parse, read for
    `what`, names the milestone too, where the sentence's keywords name nothing."""
    text = ("Kelby will hold its investor day on May 5, 2026. The Games run from July 14 to July 30, 2028. "
            "The Paralympics follow from 6 March.")
    assert _categories(text) == ["event", "event", "event"]


@needs_model
def test_a_following_thing_takes_the_milestone_of_the_claim_before_it() -> None:
    text = ("Kelby Air expects to take delivery of its first A350 in April 2027. The other two will follow early "
            "next year.\n\nThe new terminal is expected in 2028. The second line will follow in 2029.")
    assert _categories(text) == ["delivery", "delivery", "launch", "launch"]


def test_a_clause_parsed_round_a_noun_reads_the_noun_as_its_milestone() -> None:
    cand = {"syn_verb_lemma": "flight", "syn_verb_pos": "NOUN", "syn_object": ""}
    assert category(Clause.of(cand, "", subject_is_actor=False)) == "launch"


def test_an_actor_as_subject_names_no_milestone() -> None:
    cand = {"syn_verb_lemma": "say", "syn_verb_pos": "VERB", "syn_subject": {"lemma": "production"}}
    assert category(Clause.of(cand, "", subject_is_actor=True)) == ""
    assert category(Clause.of(cand, "", subject_is_actor=False)) == "production"


def test_a_money_target_alone_takes_the_sentences_money_category() -> None:
    money = Clause(verb="combine", subject="training", unit="USD")  # "will spend ... $10 billion ... combined"
    assert category(money, by_words="spending") == "spending"
    assert category(money, by_words="production") == "financial"
    assert category(Clause(verb="deliver", unit="USD"), by_words="spending") == "delivery"


@pytest.mark.parametrize("window", [
    "Launching the relaunch: LAUNCHES and prelaunch spending on capital expenditures",
    "The FDA’s approval of the e-commerce rollout rolls out in Zürich",
    "\u212aey regulators approved the same-store sales guidance",
    "Nothing here at all",
])  # fmt: skip
def test_keyword_gate_changes_no_score(window: str) -> None:
    """Keywords whose first word the window lacks are skipped: the same category as counting every one."""
    data = lexicon.load("categories")
    scores = {name: 0 for name in data["order"]}
    for k in _category_patterns():
        scores[k.category] += k.weight * len(k.pattern.findall(window))
    best = max(data["order"], key=lambda n: (scores[n], -data["order"].index(n)))
    assert _best_category(window, "") == (best if scores[best] > 0 else "")


@pytest.mark.parametrize("window", ["It aims to return to break-even by 2029.",
                                    "We're aiming to be cash-flow positive in the fourth quarter of 2027."])
def test_hyphenated_financial_results_are_financial_keywords(window: str) -> None:
    assert _best_category(window, "") == "financial"
