"""Claim detection on single sentences: one row per class of evidence, across companies and domains.

Each case is (sentence, expected promised labels in order, or [] for no claim), published 2024-05-15.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import spacy

from extractor import nlp, records
from extractor.articles import Article
from extractor.syntax import component as syntax

PUBLISHED = date(2024, 5, 15)


def claims(text: str, published: date | None = PUBLISHED, title: str = "") -> list[records.Claim]:
    article = Article("doc", "f.txt", title, "", text, published, "metadata" if published else "unknown")
    composed, sections = records.compose(article)
    return records.claims_from_doc(nlp.load()(composed), article, sections)


@pytest.mark.parametrize(
    ("sentence", "promised"),
    [
        # forward cues with explicit dates
        ("Apple plans to launch its first foldable iPhone in 2026.", ["2026"]),
        ("Boeing expects to resume deliveries by the end of the third quarter.", ["2024-09"]),
        ("Nvidia said it will ship the chips in the second half of 2024.", ["2024-H2"]),
        ("Pfizer aims to file for approval of the drug in early 2025.", ["2025-H1"]),
        ("Meta will hold its Connect conference on September 25.", ["2024-09-25"]),
        ("OpenAI is expected to release the model later this year.", ["2024"]),
        ("The plant is scheduled to open next spring.", ["2025-Q2"]),
        ("Sony will raise the console price next month.", ["2024-06"]),
        ("Netflix expects revenue to grow 15% in fiscal 2025.", ["2025"]),
        ("The EU rules take effect in August 2026.", ["2026-08"]),
        ("Samsung could begin mass production as early as next year.", ["2025"]),
        # rescheduling verbs name the new date
        ("The launch has been pushed back to June.", ["2024-06"]),
        ("Acme delays its truck to 2026.", ["2026"]),
        ("Acme pushed back the launch from this summer to the first quarter of 2027.", ["2027-Q1"]),
        # two dated claims in one sentence are two rows
        ("Lucid will open a plant in 2025 and a second one in 2027.", ["2025", "2027"]),
        # past events are not claims
        ("Amazon opened its first store in 2018.", []),
        ("Rivian delivered 13,588 vehicles in the first quarter.", []),
        ("Google unveiled the model in December.", []),
        ("Microsoft reported revenue of $61.9 billion in the quarter ended March 31.", []),
        # statement times are not due dates
        ("Shares fell 5% on Monday.", []),
        ("The company said on Tuesday that it is reviewing the plan.", []),
        ("On Monday, the chief executive announced a review.", []),
        # past and narrative markers
        ("Earlier this year, the company cut prices.", []),
        ("The firm was founded in 2015 and went public three years later.", []),
        ("In the past few months the stock has doubled.", []),
        # durations that measure a change or look back are not due dates
        ("Acme is delaying the launch by about 18 months to mid-2027.", ["2027-06"]),
        ("Acme said it would open 25 stores, its fastest expansion in five years.", []),
        ("The mission was pushed back by a year to October 2026.", ["2026-10"]),
        # yearless dates after a past-tense verb point back; a passive future does not
        ("The rules, agreed by lawmakers in December, were published.", []),
        ("The chief executive, who took over in April, spoke to analysts.", []),
        ("The part will be tested at the lab by the end of June.", ["2024-06"]),
        ("Margins will be flat in Q1 FY26.", ["2026-Q1"]),
        # reporting periods and period definitions next to the real due date
        ("The company will report fourth-quarter results on Feb. 4.", ["2025-02-04"]),
        ("For the third quarter ending in September, Acme expects revenue of $4 billion.", ["2024-Q3"]),
        ("Acme, whose financial year runs to 31 March, will report on 20 June.", ["2024-06-20"]),
        # the baseline of a comparison is not a due date
        ("Acme is targeting 30 launches next year, up from 18 this year.", ["2025"]),
        # scheduled events in the present tense; a target given after "says"
        ("Pre-orders for the phone open Friday.", ["2024-05-17"]),
        ("The ordinance takes effect in July.", ["2024-07"]),
        ("After two delays, Acme now says 2029.", ["2029"]),
        # a past verb right after the expression
        ("The gap between launches in May was the longest.", []),
        # names with a year, negative corrections, past verbs after the expression, d/m/y and 'YY dates
        ("Acme's Vision 2030 plan was unveiled.", []),
        ("Recruitment starts on Monday, not next year.", ["2024-05-20"]),
        ("The board will vote on its 2027 budget next Tuesday.", ["2024-05-21"]),
        ("Japan is a 2028 story.", ["2028"]),
        ("Output will ramp in the June quarter of 2026.", ["2026-Q2"]),
        ("The rocket will fly no earlier than April.", ["2025-04"]),
        ("It will fly an uncrewed cargo mission no earlier than April.", ["2025-04"]),
        ("Revenue for the fourth quarter rose 31%.", []),
        ("The consultation will close on 14/03/2025.", ["2025-03-14"]),
        ("The store will reopen on Mar 3, '25.", ["2025-03-03"]),
        # conditions and undated promises
        ("Even if we got hit by a meteor tomorrow, the company will survive.", []),
        ("The company will solve autonomy in due time.", []),
        ("Tesla will solve autonomy.", []),
    ],
)
def test_sentence_claims(sentence: str, promised: list[str]) -> None:
    assert [c.promised for c in claims(sentence)] == promised


def test_statement_time_next_to_a_real_claim() -> None:
    (claim,) = claims("CEO Jane Doe said on Sunday that the company will spend around $10 billion in 2024.")
    assert claim.promised == "2024" and claim.value == 10_000_000_000 and claim.unit == "USD"
    assert claim.speaker == "Jane Doe"


def test_relative_date_without_publication_date_keeps_text() -> None:
    (claim,) = claims("Production will start next month.", published=None)
    assert claim.date_text == "next month" and claim.promised == "" and claim.lead_days is None
    (absolute,) = claims("Production will start in July 2030.", published=None)
    assert absolute.promised == "2030-07"


def test_offset_keeps_its_preposition_and_bound() -> None:
    (claim,) = claims("The rollout will be finished within 18 months.")
    assert claim.date_text == "within 18 months"
    assert claim.promised == "2025-11" and claim.bound == "by"


def test_headline_without_cue_but_mostly_ahead() -> None:
    assert [c.promised for c in claims("", title="Acme Battery Lines Ramp in 2024", published=date(2024, 1, 2))] == [
        "2024"
    ]
    assert claims("", title="Acme Sales Record in 2024", published=date(2024, 12, 20)) == []


def test_headline_name_to_verb_reads_its_times_forward() -> None:
    # published in August: a yearless June is next June, as after "will"; "Exports to China" is no "to"-future
    late = date(2025, 8, 21)
    found = claims("", title="Kestrel Air to fly Perth-Paris from June, flags buyback", published=late)
    assert [(c.promised, c.bound) for c in found] == [("2026-06", "from")]
    assert claims("", title="Exports to China fell in June", published=late) == []


def test_commitment_levels() -> None:
    assert claims("Acme will open the store in 2026.")[0].commitment == "firm"
    assert claims("Acme plans to open the store in 2026.")[0].commitment == "planned"
    assert claims("Acme might open the store in 2026.")[0].commitment == "hedged"
    assert claims("If demand holds, Acme will open the store in 2026.")[0].commitment == "conditional"


def test_a_money_suffix_can_end_a_sentence() -> None:
    found = claims("Profit was flat at £310m. Acme will open a plant in 2030.")
    assert [c.sentence for c in found] == ["Acme will open a plant in 2030."]


def test_page_chrome_repeating_a_headline_is_one_mention() -> None:
    found = claims("Acme will ship the robot next year.\n\nAcme will ship the robot next year.")
    assert len(found) == 1


def test_saved_pipeline_matches_code(repo) -> None:
    saved = spacy.load(repo / "models" / "claims")
    built = nlp.build()
    assert saved.pipe_names == built.pipe_names == list(nlp.NAMES)
    assert saved.config.to_str() == built.config.to_str(), "run `extractor build-model` and commit models/claims"


def test_saved_tokenizer_is_read_only_when_it_is_not_englishs(repo: Path, tmp_path: Path) -> None:
    """The pipeline's own tokenizer file is English's (so loading builds it once, from the defaults); a
    folder whose tokenizer differs still gets its own."""
    loaded = nlp._from_disk(repo / "models" / "claims")
    assert loaded.tokenizer.to_bytes(exclude=["vocab"]) == (repo / "models" / "claims" / "tokenizer").read_bytes()
    custom = nlp.build()
    custom.tokenizer.add_special_case("foobar", [{"ORTH": "foo"}, {"ORTH": "bar"}])
    custom.to_disk(tmp_path)
    assert [t.text for t in nlp._from_disk(tmp_path)("a foobar b")] == ["a", "foo", "bar", "b"]
    assert [t.text for t in loaded("a foobar b")] == ["a", "foobar", "b"]


def test_negated_plans_questions_and_suppositions() -> None:
    (negated,) = claims("So, we will not be introducing new vehicle models this year.")
    assert negated.negated and negated.promised == "2024"
    (start,) = claims("Acme does not expect to be profitable until 2031.")
    assert not start.negated and start.bound == "from"
    assert claims("Is the phone finally coming this year?") == []  # a question promises nothing
    assert claims("Suppose air taxis reach ten cities by 2030.")[0].commitment == "conditional"
    assert not claims("Acme will open the plant in 2026.")[0].negated


def test_a_run_without_punctuation_is_cut_into_bounded_sentences() -> None:
    doc = nlp.load()("Acme will open a plant in 2026 and " * 100)
    lengths = [len(sent) for sent in doc.sents]
    assert len(lengths) == 4 and max(lengths) <= 201  # a start, then at most 200 more tokens


@pytest.mark.skipif(not (syntax.MODEL_DIR / "config.cfg").is_file(), reason="models/syntax is not present")
def test_a_sentence_without_a_cue_has_its_what_from_the_parse() -> None:
    """A kept claim with no forward-looking cue in its sentence ("must deliver ... before") has its `what` from
    its clause's parse, like the others: "signalling package", not only the rules' "deliveries"; its subject and
    category stay the rules'."""
    found = claims("Orvane will open a new plant in 2026. Marlow Rail must deliver the first signalling package "
                   "before the end of 2027.")
    (claim,) = [c for c in found if c.date_text == "the end of 2027"]
    assert "signalling package" in claim.what
