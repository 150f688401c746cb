"""`what`: the milestone as a phrase of the dated clause, one class of sentence per case.

The phrase comes from the parse (models/syntax): the clause's verb and object with the object's
value, or the thing that is the subject first; never the actor, attribution, hedges, fronted
adverbials, circumstances or the date. Without the model those tests skip; the rules' description
(classify.short_what) stands then and is tested in test_classify.py, plus here for names in any script.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from test_claims import claims

from extractor import classify
from extractor import time as temporal
from extractor.syntax import casing, component, describe, features

needs_model = pytest.mark.skipif(not (component.MODEL_DIR / "config.cfg").is_file(),
                                 reason="models/syntax is not present")


@pytest.fixture(scope="module")
def parser() -> spacy.language.Language:
    return spacy.load(component.MODEL_DIR)


def _what(parser: spacy.language.Language, sentence: str, date: str, own_subject: bool) -> str:
    """The phrase for the time expression containing ``date``; the others of the sentence are dates too."""
    doc = parser(sentence)
    spans = [doc.char_span(t.start, t.end, alignment_mode="expand") for t in temporal.find_timexes(sentence)]
    (own,) = [s for s in spans if date in s.text]
    others = [(s.start, s.end) for s in spans if s.start != own.start]
    return describe.what(features.describe(doc, own.start, own.end, others), own_subject, ["Tesla"])


@needs_model
@pytest.mark.parametrize(
    ("sentence", "date", "own_subject", "what"),
    [
        # the actor subject and the reporting clause left out; a spending verb's milestone is what the
        # money goes to, as an analyst writes it; the amount is the value
        ("Musk said the company will spend about $10 billion on AI training and inference in 2025.", "2025", True,
         "AI training and inference spending"),
        ("Amazon will invest 19.8 billion pounds in its network by 2030.", "2030", True, "network investment"),
        # a participle pooling a list ("X and Y combined") modifies it: the date is the spending's
        ("The group expects to spend $3 billion on marketing and research combined in 2026.", "2026", True,
         "marketing and research spending"),
        # a start verb with a noun object becomes the noun phrase ("Dojo production start"); with a clause, stays
        ("The company will begin commercial flights in 2027.", "2027", True, "commercial flights start"),
        ("The Federal Reserve will begin cutting interest rates in 2024.", "2024", True,
         "begin cutting interest rates"),
        # a money amount is the value, not the milestone, with its qualifiers and linking preposition
        ("Novo expects capital expenditure of around 25 billion crowns this year.", "this year", True,
         "capital expenditure"),
        ("The company will allocate over $10 billion in capital expenditures in 2024.", "2024", True,
         "allocate capital expenditures"),
        # a change beside the target is not the milestone
        ("The cabinet will approve a record defence budget, up 26%, next week.", "next week", True,
         "record defence budget approval"),
        # ... nor the amount it starts from, before the target's "to" or after the target, nor an approximation
        # or a particle reading of "up" before it
        ("The company plans to raise output from 10 to 20 GW by 2027.", "2027", True, "raise output to 20 GW"),
        ("The chain expects overseas stores to reach 3,500 from 2,100 by 2028.", "2028", False,
         "overseas stores reach 3,500"),
        ("The bank cut its forecast for growth to 0.75% from 1.5% for 2026.", "2026", True,
         "cut forecast for growth to 0.75%"),
        ("The ferry line expects to carry 14 million passengers this year, up from 12.8 million in 2025.", "this year",
         True, "carry 14 million passengers"),
        # ... nor the percentage a verb changes a thing by before the amount it reaches; a range of percentages stays
        ("Takeda forecast that net profit would fall 61% to 58 billion yen in the fiscal year through March 2025.",
         "March 2025", False, "net profit falls to 58 billion yen"),
        ("The carrier expects passenger numbers to grow by 8% to 21 million in 2026.", "2026", False,
         "passenger numbers growth to 21 million"),
        ("The retailer expects net sales to rise 3% to 4% in fiscal 2025.", "fiscal 2025", False,
         "net sales rise 3% to 4%"),
        # ... but a year it is measured from stays a period
        ("The utility will cut emissions by 45% from 2021 levels by 2030.", "2030", True,
         "cut emissions by 45% from levels"),
        # a thing as subject comes first, the verb agreeing with it, or as the noun an analyst writes
        ("Tesla expects its compute to reach 100 exaflops by October 2025.", "October 2025", False,
         "compute reaches 100 exaflops"),
        # ... also where the parser hangs the infinitive as an adverbial clause of "expects"
        ("The agency expects coal output to fall to 600 million tonnes by 2030.", "2030", False,
         "coal output falls to 600 million tonnes"),
        ("He announced that his company's android would debut on AI Day in September 2022.", "September 2022",
         False, "android debut on AI Day"),
        # another time expression naming the period a noun is of stays; the claim's own date goes
        ("The company will report first-quarter results on April 18.", "April 18", True, "first-quarter results"),
        # a common noun's possessive says whose, not what; a name keeps its words without "'s"
        ("Jio will cover the country's major cities by the end of 2023.", "2023", True, "major cities coverage"),
        ("Inflation will fall to the Fed's 2% target by 2026.", "2026", False, "Inflation falls to Fed 2% target"),
        # a subject the parser made the root, its verb hung beside it, is still the clause's subject; a
        # participle phrase on a subject says how it came about, not what happens
        ("The Halden line extension to the harbour, once promised for 2025, now opens in late 2027.", "late 2027",
         False, "Halden line extension to harbour opening"),
        ("The bridge, designed by a Danish firm, is due to open in 2028.", "2028", False, "bridge opening"),
        # a dateline opening the sentence is no part of the milestone
        ("DETROIT, Nov 6 - The automaker will open a battery plant in 2027.", "2027", False,
         "battery plant opening"),
        # a name doing something to an object is an actor the lexicon does not know, not the thing; a light
        # verb ("make", "reach", "bring ... online") leaves the object that names the milestone
        ("Isar Aerospace will make an orbital launch attempt in March.", "March", False,
         "orbital launch attempt"),
        # ... also one that is expected to do it
        ("The Directorate General of Civil Aviation is expected to grant the aerodrome licence by March.", "March",
         False, "grant aerodrome licence"),
        ("The House Appropriations Committee is expected to mark up the Commerce spending bill next week.",
         "next week", False, "mark up Commerce spending bill"),
        ("The chain aims to reach 900 stores by 2029.", "2029", True, "900 stores"),
        ("The utility will bring the new gas plant online in 2027.", "2027", True, "new gas plant online"),
        ("The carrier will take delivery of its first A321XLR in March.", "March", True, "delivery of A321XLR"),
        # ... after a thing it stays
        ("Orvane expects its cloud revenue to reach 5 billion euros in 2027.", "2027", False,
         "cloud revenue reaches 5 billion euros"),
        # more verbs an analyst writes as nouns
        ("The bakery group will hire 300 bakers in 2026.", "2026", True, "300 bakers hiring"),
        ("The council will adopt the new zoning plan in March.", "March", True, "new zoning plan adoption"),
        # publishing, signing, adding or presenting a thing: the thing is the milestone
        ("The regulator will publish its final guidance for mortgage brokers in June.", "June", True,
         "final guidance for mortgage brokers"),
        ("The two firms expect to sign a binding supply agreement by the end of 2026.", "2026", True,
         "binding supply agreement"),
        # a framing verb with its actor leaves the milestone it frames
        ("Voltaic Cells will push back the launch of its pickup to 2027.", "2027", False, "launch of pickup"),
        # a verb that moves the date moves the milestone, it is not one: the thing moved stays
        ("Elon Musk says that Tesla's AI Day has now been pushed to September 30.", "September 30", False,
         "AI Day"),
        ("The opening of the Brenner tunnel was pushed back to 2032.", "2032", False, "opening of Brenner tunnel"),
        ("Tesla will shift the launch of its Semi truck program to 2022.", "2022", True,
         "launch of Semi truck program"),
        # a light verb after a thing says only that it happens
        ("Apple said the public beta comes next month.", "next month", False, "public beta"),
        # ... but a period that opens keeps its verb
        ("The launch window opens in March 2026.", "March 2026", False, "launch window opens"),
        ("The first phase of ticket sales opens in September.", "September", False, "phase of ticket sales opens"),
        # ... and a phase of a thing opens as the thing does
        ("The first phase of the Tarn metro opens in 2027.", "2027", False, "phase of Tarn metro opening"),
        # a phase verb and the verb it governs, both as nouns
        ("North Field West will start producing in 2027.", "2027", False, "North Field West production start"),
        ("The plant will begin making chips in 2030.", "2030", False, "plant chips production start"),
        # a verb with its object becomes the analyst's noun phrase: object first, or after "of" when long
        ("The chain will open 25 stores in 2026.", "2026", True, "25 stores opening"),
        ("The group will hold its annual general meeting on May 14.", "May 14", True, "annual general meeting"),
        # a thing keeps its name
        ("The Giga Berlin plant will start production by the end of 2021.", "2021", False,
         "Giga Berlin plant production start"),
        # passive: the participle as written
        ("The new facilities are expected to be completed in 2027.", "2027", False, "new facilities completed"),
        # ... but a payment, a commissioning, a construction or a release is the noun an analyst writes
        ("The special dividend will be paid on June 30.", "June 30", False, "special dividend payment"),
        ("The special dividend will be paid out on June 30.", "June 30", False, "special dividend payment"),
        ("The desalination plant will be commissioned in 2027.", "2027", False, "desalination plant commissioning"),
        # attribution
        ("Tesla will open the plant in Berlin in 2026, according to Elon Musk.", "2026", True,
         "opening of plant in Berlin"),
        # ... and so is the speaker before a reporting verb, wherever the parse hangs it
        ("The first high-speed trains between Lisbon and Porto will run between 2030 and 2033, Infrastructure "
         "Minister Miguel Pinto Lobo said on Thursday.", "between 2030", False,
         "high-speed trains between Lisbon and Porto"),
        ("Inflation is projected to ease to 7.5% by June 2027, the IMF mission chief, Iva Petrova, said in a "
         "statement.", "June 2027", False, "Inflation eases to 7.5%"),
        # a label before a colon is a topic, a speaker or a stage; one with a verb is a clause of its own
        ("Phase 1: From 1 April 2026, private cars entering the central zone on weekdays will pay a daily charge.",
         "1 April 2026", False, "daily charge payment"),
        ("Commerzbank raises targets: return on tangible equity of more than 15% by 2028.", "2028", False,
         "return on tangible equity of more than 15%"),
        # a fronted adverbial is not the milestone
        ("Under its licence from the regulator, Amazon must launch half of its satellites by July 2026.",
         "July 2026", True, "launch of half of satellites"),
        # hedges, negation and the date's own words
        ("Tesla could start production as early as next year.", "next year", True, "production start"),
        ("Tesla will not start production before 2027 at the earliest, the managers said.", "2027", True,
         "production start"),
        # circumstances: alongside / as part of / an absolute with-phrase
        ("Analysts expect the ring to launch this summer, alongside the company's next foldable phones.", "summer",
         False, "ring launch"),
        ("The stadium will open in 2030 as part of the Games programme.", "2030", False, "stadium opening"),
        ("The phones go on sale on January 31, with preorders opening immediately.", "January 31", False,
         "phones go on sale"),
        # a phase verb stays before the verb it governs
        ("Shares will begin trading on a split-adjusted basis on Feb. 26.", "Feb. 26", False,
         "Shares begin trading on split-adjusted basis"),
        # coordination: a list of nouns is one phrase; of coordinated clauses, the dated one
        ("The Aldi chain will enter Phoenix, Tucson and Las Vegas in 2025.", "2025", True,
         "enter Phoenix, Tucson and Las Vegas"),
        ("Text capabilities would come in 2024, and voice and data would start in 2025.", "2025", False,
         "voice and data start"),
        # ... and after a date that follows the verb, a coordinator opens the next item, whatever the parse
        ("The strategy promises 4G coverage for 98% of the population by 2028 and 5G in all 47 county headquarters "
         "by 2030.", "2028", True, "4G coverage for 98% of population"),
        ("Throughput will reach 62 million tonnes in 2026 and 70 million tonnes in 2028.", "2026", False,
         "Throughput reaches 62 million tonnes"),
        # ... and so does a participle after a comma
        ("Galaxy AI features will be provided free of charge until the end of 2025, fueling speculation that it may "
         "begin charging.", "2025", False, "Galaxy AI features provided free of charge"),
        # ... but a list of nouns all after the date is one item
        ("The firm would hire 200 engineers over the next 18 months, mostly in Nairobi and Kigali.", "18 months",
         True, "hiring of 200 engineers mostly in Nairobi and Kigali"),
        # a participle that names a thing leaves the name, not itself ("known as")
        ("Tesla may start production of a humanoid robot known as Optimus as early as next year.", "next year", True,
         "start of production of humanoid robot Optimus"),
        # a hyphenated word stays whole
        ("Tesla will unveil its next-gen Roadster in late 2024.", "2024", True, "next-gen Roadster unveil"),
        # nominal claims, and no function word at the edges
        ("The MPC's next rate decision is due on March 20.", "March 20", False, "next rate decision"),
        ("We are aiming for 50,000 units in 2024.", "2024", True, "50,000 units"),
        # an amount that is the predicate of a thing is the value: the thing is the milestone
        ("Operating expenditure for fiscal 2027 will be about $45 million.", "fiscal 2027", False,
         "Operating expenditure"),
        ("Total capital investment for 2026 is expected to be between C$210 million and C$260 million.", "2026",
         False, "Total capital investment"),
        # ... and a shorthand head noun is written out, one that modifies another stays
        ("Capex for FY28 will be roughly NZ$120 million, the chief financial officer said.", "FY28", False,
         "capital expenditure"),
        ("The miner budgets 4,000 crore rupees of capex for FY28.", "FY28", True, "budget capital expenditure"),
        ("Capex growth will slow in fiscal 2027.", "fiscal 2027", False, "Capex growth slows"),
        # a name's possessive on a thing someone else expects says whose it is; a pronoun's still goes
        ("Analysts at Barclays expect Orlen's net profit to reach 9 billion zlotys in 2027.", "2027", False,
         "Orlen net profit reaches 9 billion zlotys"),
        ("Brokers expect Telia's dividend to rise to 2 crowns in 2026.", "2026", False,
         "Telia dividend rises to 2 crowns"),
        # an infinitive the parser hangs as an adverbial on "due" after a copula is its content: its subject
        # is the thing
        ("Paving is due to start in the first half of next year, the mayor said.", "first half", False,
         "Paving start"),
    ],
)
def test_phrase_of_the_dated_clause(parser: spacy.language.Language, sentence: str, date: str,
                                    own_subject: bool, what: str) -> None:
    assert _what(parser, sentence, date, own_subject) == what


@needs_model
@pytest.mark.parametrize(
    ("headline", "body", "date", "what"),
    [
        # a title-case headline is parsed from its common words in lower case, names as the article writes
        # them: the verb and object are found and the phrase is in the sentence's own lower-case words
        ("Rivian To Open Second Factory In Georgia In 2026, Says Chief Executive",
         "Rivian will open its second factory in Georgia in 2026, the chief executive said on Tuesday.", "2026",
         "opening of second factory in Georgia"),
        ("Boeing Expects To Resume 737 Max Deliveries To China In March",
         "Boeing expects to resume deliveries of the 737 Max to China in March.", "March",
         "resume 737 Max deliveries to China"),
    ],
)
def test_title_case_headline_is_read_in_lower_case(parser: spacy.language.Language, headline: str, body: str,
                                                   date: str, what: str) -> None:
    line = parser.make_doc(headline)[:]
    common = casing.common_words(parser.get_pipe("lemmatizer").lookups)
    words = casing.folded_words(line, casing.Evidence(parser(body)), common)
    assert [len(w) for w in words] == [len(t) for t in line]  # offsets stay the article's
    doc = parser(Doc(parser.vocab, words=words, spaces=[bool(t.whitespace_) for t in line]))
    (timex,) = [t for t in temporal.find_timexes(headline) if date in t.text]
    own = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    assert describe.what(features.describe(doc, own.start, own.end), True, [headline.split()[0]]) == what


def test_ordinary_sentence_is_not_folded() -> None:
    """Only a line with most words capitalised is a title: a sentence full of names stays as written."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Tesla Inc CEO Elon Musk said on Sunday that the company will spend more in 2024.")
    assert not casing.is_title_case(doc)
    assert casing.folded_words(doc[:], casing.Evidence(doc)) == [t.text for t in doc]


@needs_model
def test_headline_label_is_not_the_subject(parser: spacy.language.Language) -> None:
    """ "Report: ..." labels the headline; the thing after it is what arrives."""
    assert _what(parser, "Report: Honda's solid-state battery car won't arrive until 2029", "2029",
                 False) == "solid-state battery car"


@needs_model
def test_a_misread_clause_leaves_what_to_the_rules(parser: spacy.language.Language) -> None:
    """ "self-driving" parsed as a verb of its own: no phrase, so records fall back to the rules."""
    assert _what(parser, "Elon Musk says Tesla will unveil self-driving Robotaxi on August 8.", "August 8",
                 True) == ""


@needs_model
def test_a_currency_read_as_a_verb_leaves_what_to_the_rules(parser: spacy.language.Language) -> None:
    """ "12 trillion won" with "won" tagged as the verb ("win"): a misread clause, not "12 trillion wins"."""
    assert _what(parser, "Daesan expects overseas revenue to exceed 12 trillion won annually by 2031.", "2031",
                 True) == ""


def test_rules_read_names_in_any_script_once() -> None:
    """The rules' words are letters of any script: "Nuñez" once, not "Nuñez ... Nu ez"."""
    text = "Corvane will hire 500 workers for the Nuñez project in 2026."
    start = text.index("in 2026")
    assert classify.short_what(text, [(start, start + 7)], "Corvane") == "Nuñez hire workers project"


def test_no_hedge_or_link_word_at_the_edges() -> None:
    """A time's hedge or a clause's link the parse leaves behind ("no earlier", "before") is no part of
    the milestone, in the parse's phrase and in the rules' words."""
    cand = {"syn_what": ["", "reopen", "lounges no earlier", "singular"], "syn_verb_pos": "VERB"}
    assert describe.what(cand, True, []) == "reopen lounges"
    text = "The trust approved a special grant, payable on or before June 9."
    start = text.index("June 9")
    assert "before" not in classify.short_what(text, [(start, start + 6)], "").split()


@needs_model
def test_headline_phrase_keeps_to_the_clause_of_its_date(parser: spacy.language.Language) -> None:
    """A headline joins two claims with a comma; the parser hangs the second's noun on the first's verb, and
    the phrase keeps to the clause holding the date."""
    line = "Kestrel Air to take six more A220 jets next year, targets 2027 Nasdaq listing"
    doc = parser(line)
    spans = [doc.char_span(t.start, t.end, alignment_mode="expand") for t in temporal.find_timexes(line)]
    (own,) = [s for s in spans if "next year" in s.text]
    cand = features.describe(doc, own.start, own.end, [(s.start, s.end) for s in spans if s.start != own.start])
    assert describe.what(cand, True, ["Kestrel Air"], (line, own.text)) == "six more A220 jets"


def test_headline_clause_by_semicolon_or_as_keeps_the_analysts_nouns() -> None:
    """The clause holding the date decides which of the phrase's words stay; a noun the analyst writes
    for a verb ("opening") is in no clause and stays; a clause of one content word leaves the phrase whole."""
    cand = {"syn_what": ["", "", "Leeds depot opening 40 new routes", "singular"], "syn_verb_pos": "VERB"}
    line = "Orvane eyes 40 new routes; Leeds depot to open in May"
    assert describe.what(cand, True, ["Orvane"], (line, "May")) == "Leeds depot opening"
    line = "Orvane eyes 40 new routes as Leeds depot opens in May"
    assert describe.what(cand, True, ["Orvane"], (line, "May")) == "Leeds depot opening"
    line = "Orvane adds Leeds depot and 40 new routes, opening in May"
    assert describe.what(cand, True, ["Orvane"], (line, "May")) == "Leeds depot opening 40 new routes"


def test_rules_leave_out_a_name_with_an_office_title() -> None:
    """The rules' words: "Water Minister Rose Jackson said" names who speaks, not the milestone."""
    text = ("Water Minister Rose Jackson said planning approval for the expansion would be sought in the first half"
            " of 2025.")
    start = text.index("the first half")
    assert classify.short_what(text, [(start, len(text) - 1)], "Victorian government") == "approval expansion sought"
    text = "Transport Secretary Mark Harper said the Northern link would open in 2029."
    start = text.index("2029")
    assert classify.short_what(text, [(start, start + 4)], "Department for Transport") == "Northern opening"


def _headline_what(parser: spacy.language.Language, line: str, date: str, actor: str) -> str:
    doc = parser(line)
    spans = [doc.char_span(t.start, t.end, alignment_mode="expand") for t in temporal.find_timexes(line)]
    (own,) = [s for s in spans if date in s.text]
    cand = features.describe(doc, own.start, own.end, [(s.start, s.end) for s in spans if s.start != own.start])
    return describe.what(cand, True, [actor], (line, own.text))


@needs_model
@pytest.mark.parametrize(
    ("line", "date", "actor", "what"),
    [
        # the parse hangs the date on the first clause's verb: the date's own clause names the milestone
        ("Rio Tinto starts underground production at Oyu Tolgoi, targets 500,000 tonnes of copper a year from 2028",
         "2028", "Rio Tinto", "500,000 tonnes of copper"),
        # ... of its words, the part nearest before the date when the parse splits it in two
        ("Ariane 6 reaches orbit on debut; Arianespace plans second flight by year-end", "year-end", "Arianespace",
         "second flight"),
        # a label before a colon is no clause's subject: no thing of the milestone, so here the rules describe it
        ("Metrolink budget: fares up 5% from January, Green Line extension pushed to late 2028", "late 2028",
         "Metrolink", ""),
        # ... and when that clause holds one word the other clause's phrase lacks, the rules describe it
        ("Lithium Americas secures $2.26 billion US loan for Thacker Pass, targets production in late 2027",
         "late 2027", "Lithium Americas", ""),
    ],
)
def test_headline_date_hung_on_another_clause(parser: spacy.language.Language, line: str, date: str, actor: str,
                                              what: str) -> None:
    assert _headline_what(parser, line, date, actor) == what


def test_a_name_leaves_out_its_words_as_written() -> None:
    """The subject's name leaves the phrase in its own spelling: "Ontario Power Generation" takes no "power"
    out of "grid power", "Steel Nordic" no "steel" out of "green steel"; the name itself goes."""
    cand = {"syn_what": ["", "", "grid power", "singular"], "syn_verb_pos": "VERB"}
    assert describe.what(cand, True, ["Ontario Power Generation"]) == "grid power"
    cand = {"syn_what": ["", "", "Steel Nordic green steel production", "singular"], "syn_verb_pos": "VERB"}
    assert describe.what(cand, True, ["Steel Nordic"]) == "green steel production"


@needs_model
@pytest.mark.parametrize(
    ("sentence", "date", "what"),
    [
        # the date closes the second verb's words; the parse hung it on the first verb or its object
        ("Toriola said it would add 1,500 5G sites before the end of the year and raise capital expenditure "
         "to about N1 trillion in 2026.", "2026", "raise capital expenditure"),
        ("The company will hold a Capital Markets Day on 3 March 2027 and report first-quarter figures on "
         "11 February 2027.", "11 February 2027", "report first-quarter figures"),
        # ... while the first verb keeps its own date
        ("Toriola said it would add 1,500 5G sites before the end of the year and raise capital expenditure "
         "to about N1 trillion in 2026.", "the end of the year", "1,500 5G sites"),
    ],
)
def test_date_of_a_coordinated_verb(parser: spacy.language.Language, sentence: str, date: str, what: str) -> None:
    assert _what(parser, sentence, date, True) == what


@needs_model
def test_raised_subject_of_a_misread_infinitive(parser: spacy.language.Language) -> None:
    """ "expect X to reach": the parse may hang "to reach" on X (read as a verb); X is still what reaches."""
    sentence = "Analysts at Jefferies expect Microsoft's capital spending to reach $94 billion in fiscal 2026."
    assert _what(parser, sentence, "fiscal 2026", False) == "Microsoft capital spending reaches $94 billion"


@needs_model
@pytest.mark.parametrize(
    ("sentence", "date", "what"),
    [
        # the agent of the clause's passive verb is who does it, not what is done
        ("A full budget will be presented by the new government in July.", "July", "full budget presented"),
        ("The electrolyser of 500 megawatt shall be delivered by the company Elektra Systems in the third quarter "
         "2029.", "the third quarter 2029", "electrolyser of 500 megawatt delivered"),
    ],
)
def test_passive_agent_is_not_the_milestone(parser: spacy.language.Language, sentence: str, date: str,
                                            what: str) -> None:
    assert _what(parser, sentence, date, False) == what


@needs_model
def test_participle_agent_names_its_noun(parser: spacy.language.Language) -> None:
    """ "ships powered by liquefied natural gas": the agent of a participle modifying a noun stays."""
    sentence = "Adriatic Ferries will take delivery of three ships powered by liquefied natural gas by the end of 2027."
    assert "liquefied natural gas" in _what(parser, sentence, "the end of 2027", True)


def _what_named(parser: spacy.language.Language, sentence: str, date: str, subject: str) -> str:
    """The phrase when the claim's subject is ``subject`` and the parse did not resolve the clause's own subject."""
    doc = parser(sentence)
    spans = [doc.char_span(t.start, t.end, alignment_mode="expand") for t in temporal.find_timexes(sentence)]
    (own,) = [s for s in spans if date in s.text]
    others = [(s.start, s.end) for s in spans if s.start != own.start]
    return describe.what(features.describe(doc, own.start, own.end, others), False, [subject])


@needs_model
@pytest.mark.parametrize(
    ("sentence", "date", "subject", "what"),
    [
        # the claim's subject acting under a name the parse left unresolved is who, not what
        ("KHNP must deliver the reactor pressure vessel before the end of 2032.", "the end of 2032", "KHNP",
         "reactor pressure vessel deliveries"),
        ("Brightline will start deliveries of its Kite e-scooter in Europe in February.", "February",
         "Brightline Mobility", "start of deliveries of Kite e-scooter in Europe"),
        # ... but a thing that only happens keeps its name, whatever the subject column guessed
        ("The Annual General Meeting will take place on 15 May 2025.", "15 May 2025", "Annual General Meeting",
         "Annual General Meeting"),
    ],
)
def test_the_subject_acting_is_not_the_thing(parser: spacy.language.Language, sentence: str, date: str,
                                             subject: str, what: str) -> None:
    assert _what_named(parser, sentence, date, subject) == what


@needs_model
@pytest.mark.parametrize(
    ("sentence", "date", "what"),
    [
        # a verb that only moves a metric to its target: the metric, the target left to the value column
        ("Hanbit aims to raise its HBM capacity to 150,000 wafers per month by the end of next year.",
         "the end of next year", "HBM capacity"),
        ("The company plans to double its headcount to 400 by the end of next year.", "the end of next year",
         "headcount doubled"),
        ("Airbus has said it will raise A321 output to 75 aircraft a month in 2027.", "2027", "A321 output"),
        # ... but a metric of one word keeps its verb and target
        ("Thames has asked to raise bills by 59% by 2029-30.", "2029-30", "raise bills by 59%"),
    ],
)
def test_target_verb_gives_the_metric(parser: spacy.language.Language, sentence: str, date: str, what: str) -> None:
    assert _what(parser, sentence, date, True) == what


@needs_model
@pytest.mark.parametrize(
    ("sentence", "date", "what"),
    [
        # deciding on a thing is the milestone, a decision; the decider is its actor
        ("The city council will decide on a new tram stop at Castle Wharf in September.", "September",
         "decision on new tram stop at Castle Wharf"),
        ("The Swedish Energy Agency is expected to decide on a 3.1 billion crown grant in late spring.", "late spring",
         "decision on grant"),
    ],
)
def test_deciding_is_a_decision(parser: spacy.language.Language, sentence: str, date: str, what: str) -> None:
    assert _what(parser, sentence, date, False) == what


@needs_model
@pytest.mark.parametrize(
    ("sentence", "date", "what"),
    [
        # a common noun as subject with a name set off in commas: the name is the thing
        ("Its smaller title, the roguelike Ember Tide, remains on track for November 12.", "November 12",
         "roguelike Ember Tide on track"),
        ("The company's next console, the Halcyon Ring, will arrive in March 2026.", "March 2026", "Halcyon Ring"),
        # ... not a place phrase set off beside a name
        ("Sydney Metro West, between Westmead and Hunter Street, will open in 2032.", "2032",
         "Sydney Metro West opening"),
    ],
)
def test_a_name_in_apposition_is_the_thing(parser: spacy.language.Language, sentence: str, date: str,
                                           what: str) -> None:
    assert _what(parser, sentence, date, False) == what


@needs_model
def test_a_list_of_names_hung_on_the_verb_stays_whole(parser: spacy.language.Language) -> None:
    """ "begin services in Delhi, Mumbai, Kolkata and Chennai": the parse may hang the later names on the verb."""
    sentence = "Jio would begin services in Delhi, Mumbai, Kolkata and Chennai by Diwali later this month."
    what = _what(parser, sentence, "later this month", True)
    assert what == "start of services in Delhi, Mumbai, Kolkata and Chennai"


@needs_model
@pytest.mark.parametrize(
    ("sentence", "date", "what"),
    [
        # a verb opened by its own auxiliaries with no subject of its own: the parser hung the noun before them
        # on the date or the clause before, and the milestone is that noun's
        ("The harvest will start in late October and exports will peak in January.", "January", "exports peak"),
        ("The airline is spending A$300 million on new lounges, with Perth due to reopen before Christmas.",
         "Christmas", "Perth reopening"),
    ],
)
def test_a_stranded_noun_before_a_subjectless_verb_is_its_thing(parser: spacy.language.Language, sentence: str,
                                                               date: str, what: str) -> None:
    assert _what(parser, sentence, date, False) == what


@needs_model
def test_a_noun_before_a_verb_with_an_object_is_no_stranded_thing(parser: spacy.language.Language) -> None:
    """ "Klarvik to launch pay-by-bank": a verb with an object is done by an actor, who is not the milestone."""
    what = _what(parser, "Swedish fintech Klarvik to launch pay-by-bank in Germany next month", "next month", False)
    assert "Klarvik" not in what


@needs_model
@pytest.mark.parametrize(
    ("title", "what"),
    [
        # a cue-less headline's infinitive clause ("X to VERB ... by DATE") is read from its parse, as a body's is
        ("Northway to retire half its A319 fleet by end of next year as new jets arrive", "half A319 fleet retirement"),
        ("Harbor Lines to take delivery of LNG cruise ferry in spring 2028, a year late",
         "delivery of LNG cruise ferry"),
        # ... a headline's finite telegraphic line is not: the parser misreads it, the rules' words stand
        ("Acme Multiple Battery Lines Ramp in 2026", "Acme Multiple Battery Lines Ramp"),
    ],
)
def test_a_headline_infinitive_is_read_from_its_parse(title: str, what: str) -> None:
    found = [c.what for c in claims("The company said it will open a new base in 2029.", title=title)
             if c.section == "title"]
    assert found == [what]


@needs_model
def test_a_name_the_tagger_made_the_predicate_leaves_the_phrase_to_the_rules(
        parser: spacy.language.Language) -> None:
    """ "Qatar to lift ...": a proper-noun tag on the clause's head is a misreading, no verb to phrase."""
    sentence = "Qatar to lift LNG capacity to 100 million tonnes a year by 2028 with new trains"
    assert _what(parser, sentence, "2028", False) == ""


@needs_model
@pytest.mark.parametrize(
    ("sentence", "date", "what"),
    [
        # an infinitive the parser hung by "to" as an oblique of a passive framing verb: its passive subject is the
        # thing, as it is for the complement the infinitive is
        ("Gross margin is expected to dip to 68% in the current quarter as the company ramps production of Rubin "
         "systems.", "current quarter", "Gross margin dips to 68%"),
        ("Shipping rates on the Asia-Africa route are forecast by consultancy Maritimo to fall by between 5% and 10% "
         "next year.", "next year", "Shipping rates on Asia-Africa route fall by between 5%"),
    ],
)
def test_a_framed_infinitive_misattached_keeps_the_framed_thing(parser: spacy.language.Language, sentence: str,
                                                                date: str, what: str) -> None:
    assert _what(parser, sentence, date, False) == what


@needs_model
def test_the_nearer_of_two_subjects_after_a_framing_noun_is_the_thing(parser: spacy.language.Language) -> None:
    """ "X forecasts that demand will rise" read with "forecasts" a noun and both nouns the verb's subjects: the
    framing noun reports the milestone, the nearer subject is its thing."""
    sentence = ("Texas's Electric Reliability Council forecasts that electricity demand in the state will rise 60% by "
                "2040, driven by data centres.")
    assert _what(parser, sentence, "2040", False) == "electricity demand in state rises 60%"


@needs_model
@pytest.mark.parametrize(
    ("sentence", "date", "what"),
    [
        # "with X to follow": the noun "with" opens is the thing, not the last noun of a phrase inside it
        ("The drama will open in Kenyan cinemas on March 3, with releases in Uganda and Tanzania to follow in April.",
         "April", "releases in Uganda and Tanzania"),
        ("The airline will start flights to Lima in May, with flights from Bogota to Quito and Cali to follow in the "
         "second half of 2027.", "second half", "flights from Bogota to Quito and Cali"),
    ],
)
def test_the_noun_a_with_phrase_opens_is_the_thing_to_follow(parser: spacy.language.Language, sentence: str,
                                                             date: str, what: str) -> None:
    assert _what(parser, sentence, date, False) == what


@needs_model
@pytest.mark.parametrize(
    ("sentence", "date", "what"),
    [
        # a date in a subordinate clause of time only times the clause it hangs from: that clause is the milestone
        ("The council will vote on the plan before it rises for the summer in July.", "July", "vote on plan"),
        ("Parliament is expected to pass the bill before it adjourns in December.", "December", "pass bill"),
        # ... but a participle after "before" is a milestone of its own
        ("The probe will fly past three moons before landing on Europa in 2031.", "2031", "land on Europa"),
    ],
)
def test_a_clause_of_time_dates_the_clause_it_hangs_from(parser: spacy.language.Language, sentence: str, date: str,
                                                         what: str) -> None:
    assert _what(parser, sentence, date, True) == what


@needs_model
@pytest.mark.parametrize(
    ("sentence", "date", "what"),
    [
        # an ordinal or a rest standing for a noun named before is the thing with that noun, not its count; of the
        # conjunct that holds the date
        ("The operator has ordered 12 new ferries from Damen, with the first to be delivered in 2028 and the rest by "
         "2030.", "2028", "first new ferries delivered"),
        ("The operator has ordered 12 new ferries from Damen, with the first to be delivered in 2028 and the rest by "
         "2030.", "2030", "rest new ferries delivered"),
        # ... not a word with a noun of its own
        ("The city will put in £20 million of its own money, with the remaining £60 million to be raised through a "
         "bond issue in 2027.", "2027", "remaining £60 million raised through bond issue"),
    ],
)
def test_an_ordinal_standing_for_a_noun_named_before_names_the_thing(parser: spacy.language.Language, sentence: str,
                                                                     date: str, what: str) -> None:
    assert _what(parser, sentence, date, False) == what
