"""Quantities: values and units in business prose, and the numbers that are not quantities."""

from __future__ import annotations

import pytest

from extractor import time as temporal
from extractor.quantities import Quantity, coordinated_targets, find_quantities, pick_target

# (text, value, unit) for the one quantity with a unit in the text
FOUND = [
    ("Acme plans to spend $10B on data centres.", 1e10, "USD"),
    ("Acme plans to spend $10 billion on data centres.", 1e10, "USD"),
    ("It will invest around $10 billion next year.", 1e10, "USD"),
    ("The group will put US$1 billion into the project.", 1e9, "USD"),
    ("Each pack should cost $6000 by then.", 6000, "USD"),
    ("Revenue could reach $2.5 trillion.", 2.5e12, "USD"),
    ("A budget of a billion dollars was approved.", 1e9, "USD"),
    ("The fund raised 300 million dollars.", 3e8, "USD"),
    ("Orders worth €5 million were signed.", 5e6, "EUR"),
    ("The deal is worth EUR 40 million.", 4e7, "EUR"),
    ("Sales should top £3.2bn this year.", 3.2e9, "GBP"),
    ("Profit of ¥500 billion is forecast.", 5e11, "JPY"),
    ("Investment of 10 billion yuan is planned.", 1e10, "CNY"),
    ("Capex of RMB 20 billion is planned.", 2e10, "CNY"),
    ("Spending of Rs 500 crore is planned.", 5e9, "INR"),
    ("The supercomputer will deliver 100 exaflops.", 100, "exaflops"),
    ("They target 50,000 units next year.", 50000, "units"),
    ("They target 50,000 truck units next year.", 50000, "vehicles"),
    ("They target 50K Semis next year.", 50000, "vehicles"),
    ("Car output could hit 100 units a week.", 100, "vehicles per week"),
    ("The plant can build 250,000 Cybertrucks a year.", 250000, "vehicles per year"),
    ("The line makes 5,000 cars per week.", 5000, "vehicles per week"),
    ("A fleet of 15 trucks will be deployed.", 15, "vehicles"),
    ("A fleet of 15 Semis will be deployed.", 15, "vehicles"),
    ("The carrier ordered 40 all-electric Class-8 tractors.", 40, "vehicles"),
    ("Sales will reach 1.5 million vehicles.", 1.5e6, "vehicles"),
    ("Margins should widen to 50%.", 50, "%"),
    ("Margins should widen to 50 percent.", 50, "%"),
    ("Margins should widen to 12.5 per cent.", 12.5, "%"),
    ("Rates may fall 25 basis points.", 25, "basis points"),
    ("Rates may fall 25bp.", 25, "basis points"),
    ("Share may rise 3 percentage points.", 3, "percentage points"),
    ("Deliveries should rise by more than half.", 50, "%"),
    ("Costs are to be cut by a third.", 33.3, "%"),
    ("The company plans 144 launches.", 144, "launches"),
    ("The company plans 144 Falcon flights.", 144, "launches"),
    ("It wants 100 Falcon 9 launches.", 100, "launches"),
    ("The rocket maker aims for 12 flights per month.", 12, "launches per month"),
    ("It will add 4 more lines.", 4, "production lines"),
    ("It will add four production lines.", 4, "production lines"),
    ("Another three lines will follow.", 3, "production lines"),
    ("The factory will reach 100 GWh.", 100, "GWh"),
    ("The factory will reach 100GWh.", 100, "GWh"),
    ("The wind farm will supply 500 MW.", 500, "MW"),
    ("The site will draw 1.2 gigawatts.", 1.2, "GW"),
    ("The mine will ship 2 million tonnes.", 2e6, "tonnes"),
    ("The bank wants 1 million customers.", 1e6, "customers"),
    ("The app will have 300 million monthly active users.", 3e8, "users"),
    ("The service expects 5 million subscribers.", 5e6, "subscribers"),
    ("The firm will hire 10,000 employees.", 10000, "employees"),
    ("The firm will cut 2,000 jobs.", 2000, "jobs"),
    ("The plan brings 1,100 job cuts.", 1100, "jobs"),
    ("The chain will open 200 new stores.", 200, "stores"),
    ("The constellation will have 12,000 satellites.", 12000, "satellites"),
    ("The startup will build 1,000 humanoid robots.", 1000, "robots"),
    ("The network will extend 120 km.", 120, "km"),
    ("The tunnel will run 29 miles.", 29, "miles"),
    ("The phone maker expects to ship 10 million units.", 1e7, "phones"),
    ("Acme expects to build 3 new factories.", 3, "factories"),
    ("It is digging a 29-mile tunnel.", 29, "miles"),
    ("It is building a 100-GWh factory.", 100, "GWh"),
    ("It will build a $1.5-billion plant.", 1.5e9, "USD"),
    ("It promised 100+ launches.", 100, "launches"),
    ("It expects half a million vehicles.", 5e5, "vehicles"),
    ("The plant will make 5,000 Model Ys per week.", 5000, "vehicles per week"),
    ("The field will pump 2.5 million barrels per day.", 2.5e6, "barrels per day"),
    ("It will sell 1.8m vehicles.", 1.8e6, "vehicles"),
    ("It will sell 10 Megapack units.", 10, "units"),
    ("Headline: SpaceX Targets 144 Launches In 2024", 144, "launches"),
    # currency fractions, more currencies and money rates; people, mass, wafers; unknown plural nouns
    ("a final dividend of 18 Australian cents a share", 0.18, "AUD"),
    ("a 30 pence dividend", 0.3, "GBP"),
    ("it will hire about 1,500 engineers", 1500, "engineers"),
    ("return about 100 grams of material", 100, "grams"),
    ("full output of 40,000 wafers a month", 40000, "wafers per month"),
    ("expand to 60,000 racks by 2027", 60000, "racks"),
    ("deliver 500 million packages a year by 2030", 5e8, "packages per year"),
    # a period adjective among the count's modifiers makes it a rate
    ("expects 38 daily transits next dry season", 38, "transits per day"),
    ("will carry 40,000 daily passengers by 2028", 40000, "passengers per day"),
    # lengths and depths
    ("will keep the maximum draft at 50 feet through the dry season", 50, "feet"),
    ("will dredge the channel to 17 metres by 2027", 17, "metres"),
    ("open five new factories by 2028", 5, "factories"),
    ("reach 1 million rides a week", 1e6, "rides per week"),
    ("divest about 40 billion Danish kroner of assets", 4e10, "DKK"),
    ("spend about $10 billion a year on oil", 1e10, "USD per year"),
    ("with savings of $45m/yr by FY29", 4.5e7, "USD per year"),  # an analyst's slash shorthand
    ("output of 2,000 tonnes/wk", 2000, "tonnes per week"),
    ("expand to 500 U.S. locations by 2027", 500, "locations"),
    ("rides in three U.S. cities by 2028", 3, "cities"),
    ("open 500 branches", 500, "branches"),
    ("its goal of building 75 A320neo-family jets a month", 75, "aircraft per month"),
    ("Airbus aims for about 850 deliveries this year", 850, "aircraft"),
    ("Tesla expects 1.8 million deliveries in 2023", 1.8e6, "vehicles"),
    # a currency written after its number keeps its rate; more currencies by name
    ("cost the state 40 million euros per year", 4e7, "EUR per year"),
    ("charge 300 rupees a month", 300, "INR per month"),
    ("lend 2 trillion rupiah to farmers", 2e12, "IDR"),
    ("a budget of 12 billion baht", 1.2e10, "THB"),
    ("Korean lenders will add 3 trillion won a year", 3e12, "KRW per year"),
    ("raise about 2 trillion yen annually", 2e12, "JPY"),  # an adverb tells how often the verb acts
    # ISO codes before the amount, R$ and rand; prices per physical unit; more counted nouns
    ("revenue of SEK 4.2bn next year", 4.2e9, "SEK"),
    ("sales of BRL 900 million", 9e8, "BRL"),
    ("revenue above R$3 billion", 3e9, "BRL"),
    ("capital spending of R7.1 billion in FY27", 7.1e9, "ZAR"),
    ("a charge of R2.4bn", 2.4e9, "ZAR"),
    ("gold is seen averaging $2,300 an ounce", 2300, "USD per ounce"),
    ("iron ore at US$95 a tonne", 95, "USD per tonne"),
    ("Brent at $80 per barrel", 80, "USD per barrel"),
    ("add 30 regional routes", 30, "routes"),
    ("deploy 2,000 small cells", 2000, "small cells"),
    ("handle 4 million TEU a year", 4e6, "TEU per year"),
    ("lease three more freighters", 3, "aircraft"),
    ("buy 60 electric prime movers", 60, "vehicles"),
    ("reach 2 million tonnes of annual output", 2e6, "tonnes per year"),
    ("add 300 aircraft of monthly capacity", 300, "aircraft per month"),
    # oil and gas output in oil equivalent keeps it, written out or abbreviated
    ("output of 3.2 million barrels of oil equivalent per day", 3.2e6, "barrels of oil equivalent per day"),
    ("production guidance of 44,000 to 48,000 boepd", 44000, "barrels of oil equivalent per day"),
    ("plateau output of 120 kboepd", 120000, "barrels of oil equivalent per day"),
]


@pytest.mark.parametrize(("text", "value", "unit"), FOUND)
def test_finds_value_and_unit(text: str, value: float, unit: str) -> None:
    with_unit = [q for q in find_quantities(text) if q.unit]
    assert len(with_unit) == 1, with_unit
    q = with_unit[0]
    assert q.unit == unit
    assert q.value == pytest.approx(value)
    assert text[q.start : q.end] == q.value_text


def test_range_with_the_unit_on_both_ends() -> None:
    (q,) = find_quantities("Capex of $5 billion to $6 billion.")
    assert (q.value, q.unit, q.value_text, q.ranged) == (5e9, "USD", "$5 billion to $6 billion", True)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Margins of 10-20% are expected.", 10, "%"),
        ("Margins of 10–20 percent are expected.", 10, "%"),
        ("Between 5 and 6 million vehicles will be built.", 5e6, "vehicles"),
        ("Capex will be $8-10 billion.", 8e9, "USD"),
        ("Output of 20 to 30 GWh is planned.", 20, "GWh"),
        ("The yard will deliver nine or ten ships a year.", 9, "ships per year"),
        ("Capex will be between A$3.7 billion and A$3.9 billion.", 3.7e9, "AUD"),
    ],
)
def test_ranges_and_alternatives_give_their_lower_bound(text: str, value: float, unit: str) -> None:
    (q,) = [q for q in find_quantities(text) if q.unit]
    assert (q.value, q.unit, q.ranged) == (value, unit, True)


@pytest.mark.parametrize(
    "text",
    [
        "The plant opens in 2024.",
        "By 2030 the firm will be carbon neutral.",
        "Deliveries start July 1.",
        "Deliveries start on 1 July.",
        "Deliveries start Sept. 30, 2022.",
        "Results are due in Q3.",
        "Guidance for 3Q was raised.",
        "The Model 3 is cheaper.",
        "A Falcon 9 lifted off.",
        "The 4680 cells are late.",
        "The 4680 production lines ramp up.",
        "US 4680 vehicles get a credit.",
        "Boeing will fix the 737 jets.",
        "Gen 3 hardware is coming.",
        "It came 3rd in the ranking.",
        "Call 555-123-4567 for details.",
        "Call +44 20 7946 0958 for details.",
        "The update 12.3.4 ships soon.",
        "The event starts at 10:30.",
        "Support runs 24/7.",
        "The plan covers the 2020s.",
        "The work will take 18 months.",
        "A 10-year plan was agreed.",
        "Fiscal 2024-25 starts soon.",
        "The filing was dated 2024-06-21.",
        "It is one of the best plans.",
        "Level 4 autonomy is the goal.",
        "The top 10 automakers agreed.",
        "The iPhone 16 sells well.",
        "5G coverage will grow.",
        "The call is at 10am.",
        "The F-150 is popular.",
        "Tesla's 2024 capex is large.",
        "It ranks No. 1 in sales.",
        "Shoppers at 7-Eleven were surveyed.",  # a name glued to a number
        "The 3-Series sold well.",
        "Lilly will file for the treatment of type 2 diabetes in 2026.",  # a lower-case designator
        "It will auction the 700 MHz and 26 GHz bands.",  # the names of radio bands
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_won_is_a_currency_only_in_a_korean_context() -> None:
    assert all(q.unit != "KRW" for q in find_quantities("The party expects 12 won seats to hold."))
    assert [q.unit for q in find_quantities("Seoul will spend 5 trillion won.")] == ["KRW"]


def test_bare_count_has_empty_unit() -> None:
    (q,) = find_quantities("The board met 12 times.")
    assert (q.value, q.unit) == (12, "")


def test_lines_of_something_are_not_production_lines() -> None:
    (q,) = find_quantities("They shipped 10 lines of code.")
    assert q.unit == ""


def test_from_to_is_a_change_not_a_range() -> None:
    qs = find_quantities("Margins rise from 10 to 20%.")
    assert [(q.value, q.unit) for q in qs] == [(10, ""), (20, "%")]


def test_quantities_are_ordered_and_disjoint() -> None:
    text = "It will spend $5 billion on 4 more lines to make 50,000 Semis a year by 2025."
    qs = find_quantities(text)
    assert [q.unit for q in qs] == ["USD", "production lines", "vehicles per year"]
    assert all(a.end <= b.start for a, b in zip(qs, qs[1:], strict=False))


def _target(sentence: str, anchor: str) -> Quantity | None:
    start = sentence.index(anchor)
    return pick_target(find_quantities(sentence), sentence, start, start + len(anchor))


@pytest.mark.parametrize(
    ("sentence", "anchor", "value", "unit"),
    [
        ("The utility said its solar capacity will reach 2 GW by 2026.", "2026", 2, "GW"),
        ("By March 2025 the airline expects 40 million passengers.", "March 2025", 4e7, "passengers"),
        # nearest of two
        ("Acme will ship 20 robots in May and 500 robots by December.", "December", 500, "robots"),
        ("The first 10 buses arrive by June, part of an order for 200 buses.", "June", 10, "vehicles"),
        # clause break: the figure on the anchor's side wins
        ("Packs will cost $90 by 2026 versus about $140 at the end of 2023.", "2026", 90, "USD"),
        ("Output will rise to 500,000 cars in 2025, up from 300,000 cars.", "2025", 5e5, "vehicles"),
        # "by X to Y": X is the size of the change, Y the target
        ("Analysts expect the bank to lift its dividend by 3 cents to $1.05 next week.", "next week", 1.05, "USD"),
        ("The bank will raise its core capital by 1.5 percentage points to 14% by 2027.", "2027", 14, "%"),
        # a total beats a rate of the same thing
        ("In 2025 it plans 10 flights a month, totalling 120 flights for the year.", "2025", 120, "launches"),
        # ... but not a total that belongs to another date
        ("It will hand over 12 jets in 2026 and make four jets a month by 2028.", "2028", 4, "aircraft per month"),
        # a yearly rate stated for a named year is that year's total
        ("The firm aims to build 80,000 trucks per year in 2026.", "2026", 80000, "vehicles"),
        ("It targets 80,000 trucks a year, but not until after 2026.", "2026", 80000, "vehicles per year"),
        # a change's target, not its start
        ("By 2030 it will lift its market share from 10% to 20%.", "2030", 20, "%"),
        # a range stated with its unit twice
        ("Revenue should grow 13% to 15% in 2026.", "2026", 13, "%"),
        # a unit beats a bare count
        ("The 3 founders expect revenue of $2 billion next year.", "next year", 2e9, "USD"),
        # a rate cut to a new level, from an old one after a comma: the new level, though a total stands beside it
        ("The mill cut its cane price for the 2027 season to $41 per tonne, from $45.", "the 2027 season", 41,
         "USD per tonne"),
        # a percentage change, then the level it reaches: the level
        ("Harbour Ports expects sales to rise 9% in 2027 to $610 million.", "2027", 6.1e8, "USD"),
        # a consequence after ", so" or ", implying" holds no target of its own
        ("We guide to $3.1 billion to $3.3 billion for 2027, implying 7% growth.", "2027", 3.1e9, "USD"),
        # a bare amount a change leads to, right by its date, is in the currency of the amount before it
        ("Lisbon sets the 2027 metro fare at €1.80, rising to 2.10 in 2028", "2028", 2.1, "EUR"),
        ("The toll of $4.50 will go up to 5 in 2027.", "2027", 5, "USD"),
    ],
)
def test_pick_target(sentence: str, anchor: str, value: float | None, unit: str) -> None:
    q = _target(sentence, anchor)
    assert q is not None
    assert (q.value, q.unit) == (value if value is None else pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("sentence", "anchor"),
    [
        ("The board will meet 3 times in 2025.", "2025"),
        ("Acme, which sold 1.8 million cars last year, will open a plant in 2026.", "2026"),
        ("The plant (which employs 4,000 workers) will close in 2026.", "2026"),
        ("The launch is set for next month.", "next month"),
    ],
)
def test_no_target(sentence: str, anchor: str) -> None:
    assert _target(sentence, anchor) is None



def test_identifier_between_count_and_unit() -> None:
    (q,) = find_quantities("There are four 4680 production lines in Texas.")
    assert (q.value, q.unit) == (4, "production lines")


def test_quantity_nearer_another_date_belongs_to_it() -> None:
    sentence = "It will add 2 GW of solar by June 2026 and reach 60% clean power in 2030."
    assert (_target(sentence, "June 2026").value, _target(sentence, "2030").value) == (2, 60)



@pytest.mark.parametrize("text", ["it grew 3 times", "two years ago", "the 737 MAX 10 deliveries"])
def test_not_generic_units(text: str) -> None:
    assert all(not q.unit for q in find_quantities(text))



def test_a_target_in_a_forward_relative_clause_is_not_an_aside() -> None:
    sentence = "It will add a second shift next year, which would lift capacity to 155,000 vehicles."
    t = sentence.index("next year")
    assert pick_target(find_quantities(sentence), sentence, t, t + 9).value == 155000


def test_an_elided_rate_takes_the_noun_of_the_rate_before_it_or_of_the_sentence() -> None:
    (first, second) = find_quantities("raise output to 47 jets a month in March and to 52 a month by 2026")
    assert (second.value, second.unit) == (52, "aircraft per month")
    (q,) = find_quantities("Output of the A350 widebody will rise to 12 a month in 2028")
    assert q.unit == "aircraft per month"
    assert find_quantities("prices rose 5 a year")[0].unit == ""


@pytest.mark.parametrize(
    ("sentence", "date_text", "value", "unit"),
    [
        # a measure before a bare number gives its unit
        ("Parliament voted to raise the retirement age to 67 by 2035.", "2035", 67, "years"),
        ("The number of years of contributions will rise to 42 by 2028.", "2028", 42, "years"),
        # units that carry their own scale
        ("The terminal will lift capacity to 18 mtpa in 2027.", "2027", 18e6, "tonnes per year"),
        # a rate after what the unit measures
        ("The smelter will produce 300,000 tonnes of aluminium a year from 2026.", "2026", 3e5, "tonnes per year"),
        # counted things keep their own plural noun; "N of the <noun>" counts that noun
        ("About 90 of the new outlets will open in 2025.", "2025", 90, "outlets"),
        ("Shipments of foldable smartphones will reach 40 million units in 2026.", "2026", 4e7, "smartphones"),
        # a bare number by the date counts what the sentence counted before it
        ("The operator must launch 600 satellites by 2026, and all 1,200 by 2028.", "2028", 1200, "satellites"),
        # ... or what its subject names
        ("Broadband subscriptions in Kenya would reach about 9 million by the end of 2027.",
         "the end of 2027", 9e6, "subscriptions"),
        # an equivalence aside is not the target
        ("The mine will produce 20,000 tonnes per year of lithium, enough for up to 400,000 cars annually, "
         "and should start in 2028.", "2028", 20000, "tonnes per year"),
        # a value followed by its own date is that date's
        ("Debt will rise from 98% of GDP at the end of this year to 120% in 2034.", "the end of this year", 98, "%"),
        # a part of a counted whole counts the whole's noun: "300 of its 1,650 stores" is 300 stores
        ("Corbel Foods will shut 120 of its 2,300 outlets by next summer.", "next summer", 120, "outlets"),
        ("The bank plans to refit 450 of their 6,100 branches by 2027.", "2027", 450, "branches"),
        # the level a change reaches comes before where it started: "to 52 cents from 46 cents"
        ("Ostra will lift its dividend to 18 cents from 15 cents from the March payment.", "March", 0.18, "USD"),
        ("Exports would fall to about 30% of sales in 2027 from 41%, the CFO said.", "2027", 30, "%"),
        # the analysts' figure a forecast is set against is a baseline
        ("Delmar forecast sales of $2.1 billion to $2.3 billion for the third quarter, above analysts' average "
         "estimate of $2 billion.", "the third quarter", 2.1e9, "USD"),
        # a speed is no distance; bicycles are counted vehicles
        ("Trains will run at 320 km/h on the new line from 2029.", "2029", 320, "km/h"),
        ("The city will add 900 e-bikes in 2027.", "2027", 900, "vehicles"),
        # the size of a change is no total that would push the level it reaches, a rate, aside
        ("Vexa will lift the price of its premium plan by $3 to $21.99 a month on June 1.", "June 1", 21.99,
         "USD per month"),
        # a spelled-out count of "more" things takes lower-case modifiers before its noun
        ("The army will order four more mobile air-defence systems, due in the course of 2028.",
         "the course of 2028", 4, "systems"),
        # an hourly price is a rate per hour; a data rate is its own unit
        ("The minimum hourly wage will rise to $17.50 in January.", "January", 17.5, "USD per hour"),
        ("Fibre at 10 gigabits per second will reach every town by 2029.", "2029", 10, "Gbps"),
        # a counted thing named in quotes; an amount sizing a named thing is not what is promised
        ("Ardent Care plans to open 30 \"wellness clinics\" over the next three years, starting with 5 sites in May.",
         "the next three years", 30, "clinics"),
        ("Sable Homes will hand over the first three towers at its $4 billion Harbour Point project in 2028.",
         "2028", 3, "towers"),
    ],
)
def test_value_classes(sentence: str, date_text: str, value: float, unit: str) -> None:
    start = sentence.index(date_text)
    target = pick_target(find_quantities(sentence), sentence, start, start + len(date_text))
    assert target is not None
    assert (target.value, target.unit) == (pytest.approx(value), unit)


def test_currency_words_take_their_country_from_the_article() -> None:
    article = "Carlsberg, the Danish brewer, said on Monday ..."
    (q,) = find_quantities("It will spend 3 billion crowns on the plant.", article)
    assert (q.value, q.unit) == (3e9, "DKK")
    (q,) = find_quantities("Volvo will spend 2 billion Swedish crowns.")
    assert q.unit == "SEK"


def test_a_currency_word_or_cent_shared_by_several_countries_takes_the_article_s() -> None:
    assert find_quantities("It will raise 4 billion dirhams.", "Rabat, Morocco --")[0].unit == "MAD"
    assert find_quantities("It will raise 4 billion dirhams.", "DUBAI, UAE --")[0].unit == "AED"
    assert find_quantities("It will spend 9 billion pesos.", "MEXICO CITY, Mexican cement")[0].unit == "MXN"
    assert find_quantities("It will lend 2 billion shillings.", "NAIROBI, Kenya's banks")[0].unit == "KES"
    (q,) = find_quantities("A dividend of 120 cents a share.", "JOHANNESBURG - the South African miner")
    assert (q.value, q.unit) == (pytest.approx(1.2), "ZAR")
    assert find_quantities("A dividend of 12 cents.", "Perth, Western Australia, ASX-listed")[0].unit == "AUD"
    assert find_quantities("A dividend of 12 cents.", "")[0].unit == "USD"
    assert find_quantities("A dividend of 12 Australian cents.", "JOHANNESBURG, South Africa")[0].unit == "AUD"


def test_a_letter_is_a_currency_sign_only_before_a_multiplier_word() -> None:
    assert not find_quantities("Rivian's R1T and R2 ship in 2026.")
    assert not find_quantities("The R3 Million Dollar Quartet tour.")  # capitalised: a name


def test_a_bare_dollar_is_the_local_dollar_of_an_article_from_a_dollar_country() -> None:
    brisbane = "Queensland Rail said in Brisbane on Monday that the line will open in 2027."
    (q,) = find_quantities("The line will cost $1.2 billion.", brisbane)
    assert (q.value, q.unit) == (1.2e9, "AUD")
    (q,) = find_quantities("The miner will raise US$95 million.", brisbane)
    assert q.unit == "USD"  # a written US dollar stays one
    auckland = "Auckland Airport, New Zealand's busiest, said ..."
    assert find_quantities("It will spend $400 million.", auckland)[0].unit == "NZD"
    # one passing mention of a country, or a US story naming it, does not make the dollar local
    assert find_quantities("It will spend $400 million.", "Shipments to Canada rose.")[0].unit == "USD"
    us_story = "The U.S. company, based in New York, will sell in Canada through Canadian dealers from Texas."
    assert find_quantities("It will spend $400 million.", us_story)[0].unit == "USD"


def test_a_name_glued_to_a_number_leaves_the_count_before_it() -> None:
    (q,) = find_quantities("The chain will open 250 7-Eleven shops.")
    assert (q.value, q.unit) == (250, "shops")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The state will borrow N250 billion through a bond.", 2.5e11, "NGN"),
        ("Profit should reach about R9 billion next year.", 9e9, "ZAR"),
        ("The ministry will spend SR 12 billion on the site.", 1.2e10, "SAR"),
        ("A fund of Dh2 billion will open.", 2e9, "AED"),
        ("The capital gets Rp 30.5 trillion over five years.", 3.05e13, "IDR"),
        ("Revenue is targeted at KSh2.6 trillion.", 2.6e12, "KES"),
        ("The city will invest R$ 3 billion in buses.", 3e9, "BRL"),
    ],
)
def test_letter_currency_prefixes_before_a_scaled_number(text: str, value: float, unit: str) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text) if q.unit] == [(pytest.approx(value), unit)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # Kenyan shillings, pesos, dong, baht and codes of the public-sector stories: a currency without a scale word
        ("The permit fee will be capped at KSh 200 from July.", 200, "KES"),
        ("Each household gets a Ksh 3,000 voucher in 2027.", 3000, "KES"),
        ("The city will sell ₱25 rice at all markets by 2027.", 25, "PHP"),
        ("Fares rise to ₫15,000 next year.", 15000, "VND"),
        ("The ticket will cost ฿45 from May.", 45, "THB"),
        ("Islamabad plans PKR 500 billion in spending for 2027.", 5e11, "PKR"),
    ],
)
def test_currency_signs_and_codes_of_more_countries(text: str, value: float, unit: str) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text) if q.unit] == [(pytest.approx(value), unit)]


@pytest.mark.parametrize("text", ["The R2 arrives in 2026.", "Stock N95 masks by May.", "Output of R 2 units."])
def test_letter_prefixes_without_a_scale_word_are_not_currencies(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.unit in ("ZAR", "NGN")]


def test_lakh_crore_is_one_scale_word() -> None:
    assert [(q.value, q.unit) for q in find_quantities("Capex of ₹11.5 lakh crore is budgeted.")] == [
        (pytest.approx(1.15e13), "INR")]


def _coordinated(sentence: str, anchor: str) -> list[tuple[float | None, str]]:
    start = sentence.index(anchor)
    found = find_quantities(sentence)
    target = pick_target(found, sentence, start, start + len(anchor))
    more = coordinated_targets(found, sentence, target, start, start + len(anchor), temporal.find_timexes(sentence))
    return [(q.value, q.unit) for q in more]


@pytest.mark.parametrize(
    ("sentence", "anchor", "more"),
    [
        ("For the fourth quarter, we expect revenue to be between US$9.1 billion and US$9.4 billion, and gross "
         "margin between 51% and 53%.", "the fourth quarter", [(51, "%")]),
        ("For fiscal 2027, the Company expects revenue growth of 8% to 10% and capital expenditures of "
         "approximately $400 million.", "fiscal 2027", [(400000000, "USD")]),
        ("Walmart expects net sales to grow 3% to 4% in fiscal 2025 and adjusted earnings of $6.70 to $7.12 per "
         "share.", "fiscal 2025", [(6.7, "USD")]),
        ("We forecast operating income of 420 billion yen and net income of 240 billion yen in 2026.", "2026",
         [(420000000000, "JPY")]),
        # a time between the anchor and the amounts (its definition) does not take them
        ("For fiscal 2025, which ends February 28, 2026, we forecast operating income of 420 billion yen and net "
         "income of 240 billion yen.", "fiscal 2025", [(240000000000, "JPY")]),
    ],
)
def test_a_second_measure_for_the_same_time_is_a_second_target(sentence: str, anchor: str, more: list) -> None:
    assert [(pytest.approx(v), u) for v, u in more] == _coordinated(sentence, anchor)


@pytest.mark.parametrize(
    ("sentence", "anchor"),
    [
        ("Revenue will be between $9.1 billion and $9.4 billion in 2026.", "2026"),  # one range
        ("The company will invest 2.4 trillion won in the line through 2027 and expects its capacity to reach "
         "150,000 wafers per month by the end of 2026.", "2027"),  # the second amount has its own date
        ("The plant will cost $2 billion and employ 500 people by 2027.", "2027"),  # no measure named by a link
        ("Sales will reach $5 billion in 2026, up from $4 billion, and margins of 20% in 2027.", "2026"),
        # the amount nearer another time is that time's ("FY27 EPS at $3.74" is FY27's, not FY28's)
        ("We leave FY27 EPS at $3.74 and raise FY28 to $4.05 from $3.98.", "FY28"),
        ("Output of 40 GW in 2026 and exports of 12 GW in 2027.", "2027"),
    ],
)
def test_no_second_target(sentence: str, anchor: str) -> None:
    assert _coordinated(sentence, anchor) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # trains and other rolling stock are counted vehicles
        ("The operator has ordered 40 new regional trains.", 40, "vehicles"),
        ("The city will buy 12 six-car trainsets.", 12, "vehicles"),
        # singular energy units, electrical output, route length, gas volume
        ("The wind farm will add 2 terawatt-hour of output.", 2, "TWh"),
        ("Each unit has 300 MWe of capacity.", 300, "MWe"),
        ("Signalling will cover 4,000 route km.", 4000, "route km"),
        ("Output will reach 1.2 billion standard cubic feet per day.", 1.2e9, "standard cubic feet per day"),
        ("The utility plans to build three small modular reactors.", 3, "reactors"),
        ("The campaign aims to train 300,000 people.", 3e5, "people"),
        # a price per watt-hour
        ("Cells should cost 0.3 yuan per Wh.", 0.3, "CNY per Wh"),
    ],
)
def test_more_counted_things_and_measures(text: str, value: float, unit: str) -> None:
    (q,) = [q for q in find_quantities(text) if q.unit]
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_singular_crown_and_real_take_the_article_s_country() -> None:
    (crown,) = find_quantities("The board approved a 2 billion crown buyback.", "Sweden's largest lender ...")
    assert (crown.value, crown.unit) == (2e9, "SEK")
    (real,) = find_quantities("It will pay 1.10 real per share.", "the Brazilian miner ...")
    assert (real.value, real.unit) == (pytest.approx(1.1), "BRL")
    assert not [q for q in find_quantities("It will pay 2 real bonuses.", "a London firm") if q.unit]


def test_people_named_as_a_source_are_not_a_target() -> None:
    sentence = "The bank will cut its fees by June, according to three people familiar with the plan."
    assert _target(sentence, "June") is None


@pytest.mark.parametrize(
    ("sentence", "anchor", "value", "unit"),
    [
        # a tolerance around the target is never the target, in an aside or in parentheses in a relative clause
        ("The firm expects sales of $8 billion, plus or minus 3%, for the second quarter.", "the second quarter",
         8e9, "USD"),
        ("Inflation, which the bank wants to bring down to 2% (give or take 0.5%) by 2027, is high.", "2027", 2, "%"),
        # the baseline a target is compared with ranks below the target
        ("A dividend of 40 cents, compared with 35 cents for last year, will be paid on May 2.", "May 2", 0.4, "USD"),
        # "from about X a year to Y a year": the rate's noun carries over and the change's start ranks lower
        ("The yard will lift output from about 3 barges a year to 12 a year by 2030.", "2030", 12, "barges per year"),
        # "by X to Y" with Y several times X is a change: X its size, Y the target
        ("The council cut the budget by £2 million to £30 million for 2027.", "2027", 3e7, "GBP"),
        # a bare number by "the end of" a period counts what the sentence counted before it, also "N more"
        ("It will buy 20 vans this year, taking the fleet to 90 by the end of 2026.", "2026", 90, "vehicles"),
        ("The chain will open 12 cafes this year and 40 more by the end of 2027.", "2027", 40, "cafes"),
        ("It will add 600 4G towers before the end of the year.", "the end of the year", 600, "towers"),
        # a count a rated capacity introduces is that rate
        ("The maker will raise annual battery output to 200,000 packs by 2028.", "2028", 2e5, "packs per year"),
        ("It will lift annual production capacity to 40,000 trucks in 2027.", "2027", 4e4, "vehicles per year"),
        # a capacity's yearly rate stated for a named year stays a rate
        ("Smelting capacity will reach 2 million tonnes per year in 2029.", "2029", 2e6, "tonnes per year"),
        # "the number of <things> ... to N" counts those things
        ("The city wants the number of licensed taxis to rise to 9,000 by 2028.", "2028", 9000, "taxis"),
        # a consequence (", creating N jobs") and a restatement (", or N% of GDP") hold no target
        ("Acme will spend $3bn on a plant over the next two years, creating 800 jobs.", "the next two years",
         3e9, "USD"),
        ("Defence spending will reach 95 billion euros in 2027, or 2.5% of GDP, the minister said.", "2027",
         9.5e10, "EUR"),
        # the price of what was counted before it is not the target
        ("The carrier ordered 12 Airbus A350-1000 jets worth $4 billion for delivery from 2028.", "2028",
         12, "aircraft"),
        # a number with a thousands comma does not end a relative clause that holds the anchor
        ("It will invest $9bn over five years, including $2,500 million in 2026, he said.", "2026", 2.5e9, "USD"),
        # a bare number with a word of scope after it ("nationwide") keeps the noun counted before
        ("The first 300 chargers open by May, with 4,000 nationwide by 2030.", "2030", 4000, "chargers"),
        # a collective noun is written as it is
        ("The chain will hire 2,000 staff by year-end.", "year-end", 2000, "staff"),
        # a bare number in the state its things will be in keeps the noun counted before
        ("It has 80 satellites in orbit and plans 300 in orbit by June.", "June", 300, "satellites"),
        # an elided rate counts what "the number of" names, per hour too
        ("The change will cut the number of buses on the route to 8 an hour in May.", "May", 8, "buses per hour"),
        # a number restated in parentheses before its unit
        ("The state will build one crore (10 million) new homes over the next five years.",
         "the next five years", 1e7, "homes"),
        # Airbus types in the plural are aircraft
        ("Four Airbus A321neos will arrive in the third quarter.", "the third quarter", 4, "aircraft"),
        # the size of the whole a share is of is not a target
        ("It will sell half of its fleet of 40 jets by 2027.", "2027", 50, "%"),
        # an elided rate counts the things counted before it, with or without a rate
        ("The supplier will ship 30 turbines in 2026 and three a month from 2027.", "2027", 3, "turbines per month"),
        # a daily ridership is a rate per day
        ("Daily ridership is expected to reach 90,000 passengers by 2028.", "2028", 9e4, "passengers per day"),
        # the amount a time is attached to ("X over four years on Y")
        ("The state will spend $2 billion over four years on 12 new hospitals.", "four years", 2e9, "USD"),
        # a capacity noun glued to a number counts those things
        ("A second phase, with a 250-bed ward, will follow in 2030.", "2030", 250, "beds"),
    ],
)
def test_which_number_is_the_target(sentence: str, anchor: str, value: float, unit: str) -> None:
    q = _target(sentence, anchor)
    assert q is not None
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_a_range_after_by_is_a_range_when_its_ends_are_close() -> None:
    (q,) = find_quantities("Costs will fall by 10 to 15% next year.")
    assert (q.value, q.unit, q.ranged) == (10, "%", True)


def test_a_number_after_a_name_is_a_model_not_an_elided_count() -> None:
    sentence = "The operator will put its first 24 satellites on an Ariane 6 in March."
    q = _target(sentence, "March")
    assert q is not None
    assert (q.value, q.unit) == (24, "satellites")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # a share of a whole named after it is a percentage
        ("The airline will retire half of its fleet.", 50, "%"),
        ("Solar should supply more than a third of the grid's power.", 33.3, "%"),
        # unknown plural nouns after digits keep lower-case modifiers before them
        ("The insurer will cut 1,200 full-time roles.", 1200, "roles"),
        ("The region will add 800 new intensive care beds.", 800, "beds"),
    ],
)
def test_shares_and_modified_plural_nouns(text: str, value: float, unit: str) -> None:
    (q,) = [q for q in find_quantities(text) if q.unit]
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in the second half of the year.",  # a period, not a share
        "They will launch 400 satellites, half of its planned network.",  # a restatement of the count before it
        "The Helix 3 AI accelerator remains on track.",  # a number after a name
    ],
)
def test_no_share_or_modified_noun(text: str) -> None:
    assert [q.unit for q in find_quantities(text) if q.unit not in ("satellites",)] in ([], [""])


def test_a_bare_units_counts_what_the_article_is_about() -> None:
    article = "The carmaker said its trucks, vans and SUVs ... car ... vehicles ... the EV maker's cars"
    (q,) = find_quantities("Analysts expect volumes of roughly 30,000 units in 2027.", article)
    assert q.unit == "vehicles"
    (few,) = find_quantities("Analysts expect volumes of roughly 30,000 units in 2027.", "one car")
    assert few.unit == "units"


def test_a_local_dollar_named_often_enough_by_one_city() -> None:
    article = "Perth council said ... In Perth ... the Perth budget"
    (q,) = find_quantities("The council faces a $2b gap next year.", article)
    assert q.unit == "AUD"


def test_the_what_phrase_leaves_out_the_money_the_values_read() -> None:
    """One money vocabulary (units.yaml) for the values and the `what` phrase that leaves amounts out."""
    from extractor.syntax.features import default_rules

    rules = default_rules()
    for text, code in (("5 billion crowns", "DKK"), ("a 2 billion crown grant", "DKK"), ("300 rupee", "INR")):
        (q,) = [q for q in find_quantities(text, "Danish ...") if q.unit]
        assert q.unit == code
        assert set(text.lower().split()) & rules.currency_words
    assert {"billion", "bn", "crore"} <= rules.scale_words
    assert "R" in rules.scaled_prefixes and "A$" in rules.currency_prefixes


def test_a_share_of_an_amount_is_that_part_of_it() -> None:
    (q,) = find_quantities("The plant will open at half of the 40 gigawatt-hours first planned.")
    assert (q.value, q.unit) == (20, "GWh")


def test_a_size_glued_to_a_number_is_not_a_count() -> None:
    assert [q.unit for q in find_quantities("They will build a 5-metre airlock and a 400-kilovolt link.")] == ["", ""]


def test_a_price_after_a_price_per_unit_keeps_that_unit() -> None:
    prices = find_quantities("Copper should average US$9,000 a tonne in 2026 and US$9,800 in 2027.")
    assert [q.unit for q in prices] == ["USD per tonne", "USD per tonne"]
    other = find_quantities("Gold at $2,000 an ounce and capex of $500 million.")
    assert [q.unit for q in other] == ["USD per ounce", "USD"]


def test_a_bare_cent_is_of_the_dollar_its_sentence_writes_other_amounts_in() -> None:
    sentence = "Harbour Bank made NZ$410 million and will pay a dividend of 22 cents a share in May."
    assert [q.unit for q in find_quantities(sentence, "")] == ["NZD", "NZD"]
    mixed = "It earned A$2 billion and US$1 billion, and pays 22 cents a share."
    assert find_quantities(mixed, "")[-1].unit == "USD"  # two dollars: no single one decides


def test_rupees_are_of_the_country_the_sentence_or_article_names() -> None:
    assert find_quantities("Lahore will spend 30 billion rupees on buses.", "")[0].unit == "PKR"
    colombo = "COLOMBO, Sri Lanka - the port authority"
    assert find_quantities("The port gets 9 billion rupees.", colombo)[0].unit == "LKR"
    assert find_quantities("Delhi gets 9 billion rupees.", "India and Pakistan talks; New Delhi")[0].unit == "INR"
    assert find_quantities("The plan costs 9 billion rupees.", "")[0].unit == "INR"


def test_a_scaled_amount_after_a_designator_word_is_an_amount() -> None:
    """ "top" names a rank ("the top 10 firms"), but "to top 12 billion dirhams" is a verb before an amount."""
    (q,) = find_quantities("Sales should top 4 billion dirhams next year.", "Dubai, UAE")
    assert (q.value, q.unit) == (4e9, "AED")
    assert find_quantities("The top 10 firms will merge.", "") == []


@pytest.mark.parametrize(
    ("sentence", "anchor", "value", "unit"),
    [
        # a count before a size modifier counts the noun, not the size
        ("The yard will deliver 300 18-metre electric buses by 2028.", "2028", 300, "vehicles"),
        ("The line will turn out 25,000 8-inch wafers a month from 2027.", "2027", 25000, "wafers per month"),
        ("The operator ordered nine 24,000-TEU container ships for delivery in 2029.", "2029", 9, "ships"),
        # a count glued to the noun it sizes
        ("The airline wants an 80-plane fleet by 2031.", "2031", 80, "planes"),
        ("The developer will finish the 1,500-home scheme in 2030.", "2030", 1500, "homes"),
        # "N more" before a model name of an aircraft
        ("The carrier has 8 more A350-900s due by 2028.", "2028", 8, "aircraft"),
        # "<thing> numbers" name what a bare number counts
        ("The museum expects visitor numbers to reach 2.5 million in 2027.", "2027", 2.5e6, "visitors"),
        # a list label names what its number counts
        ("Beds: 640 in service by June 2029.", "June 2029", 640, "beds"),
        # "another six" is a count of the thing counted before it
        ("Four 90-metre dredgers arrive in May, with another five to follow by the end of 2027.",
         "the end of 2027", 5, "dredgers"),
        # members are counted things
        ("The union expects 120,000 members by 2028.", "2028", 120000, "members"),
    ],
)
def test_counts_in_other_phrasings(sentence: str, anchor: str, value: float, unit: str) -> None:
    q = _target(sentence, anchor)
    assert q is not None and (q.value, q.unit) == (pytest.approx(value), unit)


def test_a_spelled_out_number_with_plain_modifiers_is_a_reference() -> None:
    """ "the three security documents" names things already known; only a size makes it an amount."""
    assert [q.unit for q in find_quantities("They will revise the three security documents by 2027.")] == []


def test_a_quantity_with_its_own_date_in_an_earlier_clause_is_not_the_target() -> None:
    sentence = "The club expects 40,000 season-ticket holders by June, and the new stand will open in August."
    assert _target(sentence, "August") is None
    assert _target(sentence, "June") is not None


# currencies of the world read as their countries write them: letter signs, symbols, codes, words and hundredth parts
WORLD_MONEY = [
    ("revenue topping RM2 billion by fiscal 2028", "", 2e9, "MYR"),
    ("capital expenditure of RM650 million to RM700 million", "", 6.5e8, "MYR"),
    ("a share price of RM2.50", "", 2.5, "MYR"),
    ("a final dividend of 4 sen a share", "", 0.04, "MYR"),
    ("an interim dividend of 50 paise a share", "", 0.5, "INR"),
    ("a fare of 40 kopeks", "", 0.4, "RUB"),
    ("a budget of ₦5 billion", "", 5e9, "NGN"),
    ("sales of NT$30 billion", "", 3e10, "TWD"),
    ("a levy of 300 zł", "", 300, "PLN"),
    ("a plant costing 250 million franc", "Lindholm, based in Basel, Switzerland", 2.5e8, "CHF"),
    ("a fee of 500 kr", "the Copenhagen pension fund", 500, "DKK"),
    ("invest 2 billion rials", "Oman's sovereign fund in Muscat", 2e9, "OMR"),
    ("invest 2 billion riyals", "", 2e9, "SAR"),
    ("a loan of 50 million dinars", "Kuwait's central bank", 5e7, "KWD"),
    ("a grant of 10 billion forints", "", 1e10, "HUF"),
]


@pytest.mark.parametrize(("text", "article", "value", "unit"), WORLD_MONEY)
def test_the_worlds_currencies(text: str, article: str, value: float, unit: str) -> None:
    (q,) = [q for q in find_quantities(text, article) if q.unit]
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_a_letter_sign_is_a_currency_only_in_its_own_case() -> None:
    assert not [q for q in find_quantities("the rm5 units ship") if q.unit in ("MYR",)]


def test_a_province_only_one_country_has_makes_the_bare_dollar_local() -> None:
    ontario = "HAMILTON — McMaster University ... The Ontario government has committed funds."
    (q,) = find_quantities("The government has committed $85 million.", ontario)
    assert q.unit == "CAD"
    brunswick = "FREDERICTON — New Brunswick's government tabled its budget on Tuesday."
    (q,) = find_quantities("It forecasts a deficit of $412 million.", brunswick)
    assert (q.value, q.unit) == (4.12e8, "CAD")
    us_story = "The New Jersey company, based in New Brunswick, N.J., and New York, sells in America."
    assert find_quantities("It will spend $400 million.", us_story)[0].unit == "USD"


def test_each_mass_keeps_its_own_scale() -> None:
    text = "cut emissions per tonne of cement to 520 kg by 2030 and return about 100 grams of material"
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(520, "kg"), (100, "grams")]
    assert find_quantities("a price of NZ$9.40 per kilogram")[0].unit == "NZD per kilogram"


def test_a_count_glued_before_the_thing_it_sizes() -> None:
    title = "Kvanttia raises €140 million, promises 300-qubit machine in 2028"
    start = title.index("in 2028")
    target = pick_target(find_quantities(title), title, start, start + 7)
    assert target is not None and (target.value, target.unit) == (300, "qubits")
    assert [(q.value, q.unit) for q in find_quantities("a 54-qubit machine and a 64-core chip")] == [
        (54, "qubits"), (64, "cores")]


def test_people_counted_by_their_measure() -> None:
    (q,) = find_quantities("The company plans to double its headcount to 400 by the end of next year.")
    assert (q.value, q.unit) == (400, "employees")
    (q,) = find_quantities("Officials expect the workforce at the site to peak at 7,000 no earlier than 2031.")
    assert (q.value, q.unit) == (7000, "workers")


def test_a_multiple_of_a_ratio_is_a_value_in_times() -> None:
    (target, base) = find_quantities("It aims to cut its leverage ratio to below 3.5 times, from 5.1 times.")
    assert (target.value, target.unit, base.unit) == (3.5, "times", "times")
    (q,) = find_quantities("The board met 12 times.")
    assert q.unit == ""


def test_compound_counted_nouns_stay_whole() -> None:
    assert find_quantities("relocate about 12,000 civil servants")[0].unit == "civil servants"
    assert find_quantities("cover 20 state capitals")[0].unit == "state capitals"
    assert find_quantities("add 10,000 additional medical seats")[0].unit == "medical seats"


def test_an_amount_with_its_own_date_in_the_next_clause_is_that_dates() -> None:
    title = "Kulim to start Penang chiplet line in fiscal Q3 2027, sees revenue topping RM2 billion by fiscal 2028"
    start = title.index("fiscal Q3 2027")
    assert pick_target(find_quantities(title), title, start, start + 14) is None
    later = title.index("fiscal 2028")
    target = pick_target(find_quantities(title), title, later, later + 11)
    assert target is not None and target.unit == "MYR"
    pier = "Barbados to open new cruise pier in late 2027, handle 1.2 million passengers by 2030"
    start = pier.index("late 2027")
    assert pick_target(find_quantities(pier), pier, start, start + 9) is None


def test_a_duration_that_is_the_level_of_a_measure_of_time_is_a_value() -> None:
    sentence = "The Government will cut average hospital waiting time from 64 days today to under 50 days by 2028."
    start = sentence.index("by 2028")
    target = pick_target(find_quantities(sentence), sentence, start, start + 7)
    assert target is not None and (target.value, target.unit) == (50, "days")
    assert find_quantities("It will cut waiting times within 18 months.") == []  # the time expression's duration


def test_games_are_counted() -> None:
    (start, level) = find_quantities("The league will expand its season from 60 to 68 games.")
    assert (level.value, level.unit) == (68, "games")


def test_a_price_per_measure_of_goods() -> None:
    (q,) = find_quantities("The guaranteed price will rise to 1.9 million pesos per load.", "Colombia's coffee")
    assert (q.value, q.unit) == (1.9e6, "COP per load")
    (q,) = find_quantities("Diesel will cost 1.50 euros a litre.")
    assert q.unit == "EUR per litre"


def test_a_measure_that_sizes_each_counted_thing_is_not_the_target() -> None:
    sentence = "Output will reach 14.2 million bags of 60 kilograms in the 2026/27 coffee year."
    start = sentence.index("in the 2026/27")
    target = pick_target(find_quantities(sentence), sentence, start, start + 26)
    assert target is not None and (target.value, target.unit) == (1.42e7, "bags")


def test_a_count_with_its_own_date_before_a_comma_is_that_dates() -> None:
    title = "Voa to take 14 Embraer E2s next year, targets return to profit in 2027"
    start = title.index("in 2027")
    assert pick_target(find_quantities(title), title, start, start + 7) is None
    headline = "Metrolink budget: fares up 5% from January, Green Line extension pushed to late 2028"
    start = headline.index("late 2028")
    assert pick_target(find_quantities(headline), headline, start, start + 9) is None


def test_a_spelled_out_number_after_an_ordinal_counts_its_noun() -> None:
    sentence = "The first two ship-to-shore cranes are due in January, with another six to follow by the end of 2027."
    start = sentence.index("by the end")
    target = pick_target(find_quantities(sentence), sentence, start, start + 18)
    assert target is not None and (target.value, target.unit) == (6, "cranes")
    assert find_quantities(sentence)[0].unit == "cranes"
    assert all(not q.unit for q in find_quantities("the three security documents"))


def test_a_count_of_sales_counts_the_thing_named() -> None:
    (q,) = find_quantities("Apple aims for around 10 million foldable iPhone sales in 2027.")
    assert (q.value, q.unit) == (1e7, "phones")


def test_a_quantity_of_the_condition_a_claim_waits_on_is_not_its_target() -> None:
    sentence = "The route will start on July 1, 2027 at the earliest, pending delivery of two leased A330neo aircraft."
    start = sentence.index("July 1")
    assert pick_target(find_quantities(sentence), sentence, start, start + 29) is None


def test_a_participle_clause_on_the_subject_is_an_aside() -> None:
    sentence = "Services, cut to 65% of normal during the strikes, will return to the full timetable from Monday."
    start = sentence.index("from Monday")
    assert pick_target(find_quantities(sentence), sentence, start, start + 11) is None
    forward = "Output, expected to reach 5 million tonnes, will peak in 2030."
    start = forward.index("in 2030")
    target = pick_target(find_quantities(forward), forward, start, start + 7)
    assert target is not None and target.value == 5e6


def test_a_dateline_place_makes_the_bare_dollar_local() -> None:
    datelined = "City approves transit plan\n\nVANCOUVER — The city council said on Monday that the line will open."
    assert find_quantities("It will spend $400 million.", datelined)[0].unit == "CAD"
    assert find_quantities("It will spend $400 million.", "The Vancouver office said.")[0].unit == "USD"


@pytest.mark.parametrize(("text", "unit"), [
    ("a budget of 5 billion Malaysian ringgit", "MYR"), ("5 billion Indonesian rupiah", "IDR"),
    ("5 billion Japanese yen", "JPY"), ("5 billion Turkish lira", "TRY"), ("500 million TL", "TRY"),
    ("TL 5 billion", "TRY"), ("Tk 500 crore", "BDT"), ("5 billion Lebanese pounds", "LBP"),
])
def test_a_nationality_before_a_currency_word(text: str, unit: str) -> None:
    (q,) = find_quantities(text)
    assert q.unit == unit


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("a 300 KW charger", 300, "kW"), ("storage of 5 kwh", 5, "kWh"), ("a 500 MWp solar farm", 500, "MW"),
    ("2 million square feet of space", 2e6, "square feet"),
])
def test_energy_and_measures_in_their_other_spellings(text: str, value: float, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_a_milli_prefix_is_never_a_mega_one() -> None:
    assert find_quantities("a sensor drawing 500 mW")[0].unit == ""


def test_an_amount_before_a_headlines_next_clause_verb_is_that_clauses() -> None:
    title = "Battery startup Voltaic Cells raises $400 million, eyes IPO as soon as 2026"
    start = title.index("as soon as 2026")
    assert pick_target(find_quantities(title), title, start, start + 15) is None
    kept = "Orsted takes final investment decision on 2.9 GW Hornsea 3, targets completion by end-2027"
    start = kept.index("end-2027")
    target = pick_target(find_quantities(kept), kept, start, start + 8)
    assert target is not None and target.unit == "GW"


def test_an_amount_of_the_main_clause_is_not_the_target_of_a_place_relative_clause() -> None:
    sentence = "Qurum will take a 25% stake in a plant at Duqm, where construction is to begin in the third quarter."
    start = sentence.index("in the third quarter")
    assert pick_target(find_quantities(sentence), sentence, start, start + 20) is None
    own = "Fjordlaks will hold a markets day on June 13, where it will present a target of 220,000 tonnes by 2027."
    start = own.index("by 2027")
    target = pick_target(find_quantities(own), own, start, start + 7)
    assert target is not None and target.value == 220000


def test_the_cost_of_the_thing_a_claim_is_about_is_not_its_target() -> None:
    sentence = "Production at a new 250 million franc biologics plant in Visp is scheduled to start in 2028."
    start = sentence.index("in 2028")
    assert pick_target(find_quantities(sentence, "Swiss"), sentence, start, start + 7) is None
    sized = "The developer will finish the 1,500-home scheme in 2030."  # a physical size stays the target
    start = sized.index("in 2030")
    target = pick_target(find_quantities(sized), sized, start, start + 7)
    assert target is not None and target.unit == "homes"


def test_an_amount_of_a_first_reported_clause_is_not_the_seconds() -> None:
    sentence = ("She said the programme would be completed by next year, with 1,100 job cuts, and that the sale of the"
                " tea business should close in the third quarter.")
    start = sentence.index("in the third quarter")
    assert pick_target(find_quantities(sentence), sentence, start, start + 20) is None
