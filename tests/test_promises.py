"""Promise tracking: grouping, ids, revisions, slip, status, outcomes, CSV bytes and the grouping metric."""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from extractor import promises, table, yamlio
from extractor.promises.rules import unit

FIXTURES = Path(__file__).parent / "fixtures"


def _period(label: str) -> tuple[str, str]:
    """ISO first and last day of a promised label (YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM, YYYY-MM-DD)."""
    if not label:
        return "", ""
    year, _, rest = label.partition("-")
    y = int(year)
    if not rest:
        first, last = (1, 12)
    elif rest[0] in "HQ":
        size = 6 if rest[0] == "H" else 3
        last = size * int(rest[1])
        first = last - size + 1
    elif len(rest) == 2:
        first = last = int(rest)
    else:
        return label, label
    return date(y, first, 1).isoformat(), date(y, last, calendar.monthrange(y, last)[1]).isoformat()


def _frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """A claims table shaped like the extractor's: every schema column, strings, Float64 values."""
    records = []
    for k, row in enumerate(rows):
        record = {name: "" for name in table.COLUMNS}
        record.update({key: "" if value is None else value for key, value in row.items() if key in record})
        record["claim_id"] = str(row.get("claim_id") or f"c{k:03d}")
        record["published"] = str(record["published"])
        record["promised"] = str(record["promised"])
        if "promised_start" not in row:
            record["promised_start"], record["promised_end"] = _period(record["promised"])
        records.append(record)
    frame = pd.DataFrame(records, columns=table.COLUMNS)
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce").astype("Float64")
    return frame


def _gold() -> list[dict[str, Any]]:
    return yamlio.load(FIXTURES / "promises_gold.yaml")


@pytest.fixture(scope="module")
def gold_frame() -> pd.DataFrame:
    rows = _gold()
    frame = _frame(rows)
    frame["gold"] = [r["promise"] for r in rows]
    return frame


def _row(table_: pd.DataFrame, frame: pd.DataFrame, claim_id: str) -> pd.Series:
    """The promises-table row of the promise that claim `claim_id` belongs to."""
    pid = promises.assign_promises(frame).set_index("claim_id").loc[claim_id, "promise_id"]
    return table_.set_index("promise_id").loc[pid]


# ------------------------------------------------------------------ what normalisation


def test_what_tokens_fold_plurals_synonyms_stop_words_and_quantities() -> None:
    assert promises.what_tokens("the first Semi deliveries to PepsiCo") == ["semi", "deliver", "pepsico"]
    assert promises.what_tokens("start of Dojo production") == ["start", "dojo", "produce"]
    assert promises.what_tokens("Robotaxis unveiled") == promises.what_tokens("Robotaxi unveil")
    assert promises.what_tokens("Tesla's AI Day 2022", drop=["Tesla"]) == ["ai", "day", "2022"]
    assert promises.what_tokens("spend $1 billion on Dojo") == ["spending", "dojo"]
    assert promises.what_tokens("output of 50,000 units") == ["produce"]
    assert promises.what_tokens("Starship Flight 5 (earlier estimate)") == ["starship", "flight", "5"]



def test_a_clause_drops_a_month_s_day_but_not_a_number_after_a_word_that_starts_like_a_month() -> None:
    """The month names come from lexicons/time.yaml: "Feb 10" is a date (10 dropped), "maybe 12" is a count (kept;
    a three-letter prefix test read "maybe" as "may")."""
    from extractor.promises.rules import clause_tokens

    assert clause_tokens("deliveries start Feb 10 and maybe 12 more sites") == ["deliver", "start", "12", "site"]
    assert "10" not in clause_tokens("launch on September 10")

# ------------------------------------------------------------------ grouping


def test_gold_groups_are_recovered(gold_frame: pd.DataFrame) -> None:
    pred = promises.assign_promises(gold_frame)
    scores = promises.grouping_scores(pred["promise_id"], gold_frame["gold"])
    assert scores["precision"] == 1.0
    assert scores["recall"] == 1.0


def test_every_row_gets_an_id_including_undated_and_empty_what(gold_frame: pd.DataFrame) -> None:
    pred = promises.assign_promises(gold_frame)
    assert pred["promise_id"].str.fullmatch(r"p-[0-9a-f]{10}(-\d+)?").all()
    assert list(pred.columns) == list(gold_frame.columns)
    assert "promise_id" in gold_frame and (gold_frame["promise_id"] == "").all()  # input left untouched


def test_ids_do_not_depend_on_row_order(gold_frame: pd.DataFrame) -> None:
    forward = promises.assign_promises(gold_frame).set_index("claim_id")["promise_id"]
    shuffled = gold_frame.sample(frac=1.0, random_state=7).reset_index(drop=True)
    backward = promises.assign_promises(shuffled).set_index("claim_id")["promise_id"]
    assert forward.sort_index().equals(backward.sort_index())


def test_alias_subjects_and_speaker_fallback_join_one_subject() -> None:
    frame = _frame(
        [
            {"doc_id": "a", "published": "2022-04-08", "subject": "Tesla Inc", "what": "Optimus production",
             "category": "production", "promised": "2023"},
            {"doc_id": "b", "published": "2022-04-09", "subject": "", "speaker": "Musk",
             "what": "production of Optimus", "category": "production", "promised": "2023"},
        ]
    )  # fmt: skip
    out = promises.promises_table(frame, as_of=date(2022, 5, 1))
    assert len(out) == 1
    assert out.loc[0, "subject"] == "Tesla"


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        ({}, {"category": "delivery"}, "another category"),
        ({}, {"subject": "SpaceX"}, "another subject"),
        ({}, {"what": "Optimus production start"}, "another milestone, same action words"),
        ({}, {"value": 250.0}, "another value"),
        ({}, {"unit": "EUR"}, "another unit"),
        ({"what": "Dojo 2 production"}, {"what": "Dojo 3 production"}, "another number in the name"),
        ({"what": "Starlink Direct to Cell texting"}, {"what": "Starlink Direct to Cell voice and data"},
         "same family, different services"),
    ],
)  # fmt: skip
def test_different_milestones_stay_apart(a: dict[str, Any], b: dict[str, Any], why: str) -> None:
    base = {"doc_id": "a", "published": "2023-06-21", "subject": "Tesla", "what": "Dojo production start",
            "category": "production", "promised": "2023-07", "value": 100.0, "unit": "USD"}  # fmt: skip
    ids = promises.assign_promises(_frame([{**base, **a}, {**base, "doc_id": "b", **b}]))["promise_id"]
    assert ids[0] != ids[1], why


def test_restatements_in_other_words_join() -> None:
    base = {"published": "2023-06-21", "subject": "Tesla", "category": "production", "promised": "2023-07"}
    whats = ["Dojo production start", "start of Dojo production", "the Dojo supercomputer's production",
             "Dojo producing"]  # fmt: skip
    frame = _frame([{**base, "doc_id": f"d{k}", "what": w} for k, w in enumerate(whats)])
    assert promises.assign_promises(frame)["promise_id"].nunique() == 1


def test_one_article_may_slip_subject_or_category_for_one_date() -> None:
    """The extractor decides subject and category per sentence; within one article and one date they may vary."""
    base = {"doc_id": "a", "published": "2023-06-21", "promised": "2023-07", "what": "start Dojo production"}
    rows = [
        {**base, "subject": "Tesla", "category": "production"},
        {**base, "subject": "Twitter", "category": "production", "sentence": "As shared on Twitter, Dojo..."},
        {**base, "subject": "Tesla", "category": "capacity", "sentence": "Dojo production starts in July."},
        {**base, "doc_id": "b", "subject": "SpaceX", "category": "production"},  # another article: no
        {**base, "subject": "Tesla", "category": "delivery", "promised": "2023-08"},  # another date: no
    ]
    ids = promises.assign_promises(_frame(rows))["promise_id"].tolist()
    assert ids[0] == ids[1] == ids[2]
    assert ids[3] != ids[0] and ids[4] != ids[0]
    row = promises.promises_table(_frame(rows[:3]), as_of=date(2023, 7, 1)).iloc[0]
    assert (row["subject"], row["category"]) == ("Tesla", "production")


def test_a_generic_mention_does_not_chain_two_milestones() -> None:
    base = {"doc_id": "a", "published": "2022-01-27", "subject": "Tesla", "category": "production", "promised": "2023"}
    rows = [
        {**base, "what": "Cybertruck production", "sentence": "Cybertruck production starts next year."},
        {**base, "what": "Semi production", "sentence": "Semi production starts next year."},
        {**base, "what": "production", "sentence": "Production starts next year, Musk said."},  # fits both
    ]
    ids = promises.assign_promises(_frame(rows))["promise_id"].tolist()
    assert ids[0] != ids[1]
    assert ids[2] in (ids[0], ids[1])


def test_values_stay_consistent_within_a_promise() -> None:
    """A value-less mention may not bridge two different targets into one promise."""
    rows = [
        {"doc_id": d, "published": "2023-01-05", "subject": "SpaceX", "what": "Falcon launches",
         "category": "capacity", "promised": "2023", "value": v, "unit": "launches" if v else ""}
        for d, v in (("a", 100.0), ("b", None), ("c", 60.0))
    ]  # fmt: skip
    ids = promises.assign_promises(_frame(rows))["promise_id"].tolist()
    assert ids[0] != ids[2]
    assert ids[1] in (ids[0], ids[2])


def test_a_closed_promise_is_not_reopened_by_next_years_event() -> None:
    rows = [
        {"doc_id": "a", "published": "2021-06-21", "subject": "Tesla", "what": "AI Day", "category": "event",
         "promised": "2021-07"},
        {"doc_id": "b", "published": "2022-06-03", "subject": "Tesla", "what": "AI Day", "category": "event",
         "promised": "2022-09-30"},
        # a report, a year later, of the old promise keeps the old promise's id
        {"doc_id": "c", "published": "2022-06-03", "subject": "Tesla", "what": "AI Day", "category": "event",
         "promised": "2021-07"},
    ]  # fmt: skip
    ids = promises.assign_promises(_frame(rows))["promise_id"].tolist()
    assert ids[0] != ids[1]
    assert ids[2] == ids[0]


def test_a_restatement_before_the_deadline_keeps_the_promise_open() -> None:
    rows = [
        {"doc_id": "a", "published": "2022-05-18", "subject": "Tesla", "what": "AI Day", "category": "event",
         "promised": "2022-08-19", "sentence": "Tesla will hold AI Day on August 19.", "date_text": "August 19"},
        {"doc_id": "b", "published": "2022-06-03", "subject": "Tesla", "what": "AI Day", "category": "event",
         "promised": "2022-09-30", "sentence": "Tesla AI Day pushed to September 30.", "date_text": "September 30"},
    ]  # fmt: skip
    ids = promises.assign_promises(_frame(rows))["promise_id"].tolist()
    assert ids[0] == ids[1]


def test_missing_columns_and_empty_frame() -> None:
    sparse = pd.DataFrame({"subject": ["Tesla", None], "what": ["Semi deliveries", float("nan")]})
    assert promises.assign_promises(sparse)["promise_id"].str.startswith("p-").all()
    empty = _frame([])
    assert promises.assign_promises(empty).empty
    out = promises.promises_table(empty, as_of=date(2024, 1, 1))
    assert out.empty and list(out.columns) == promises.COLUMNS


# ------------------------------------------------------------------ the promises table


def test_mentions_sources_revisions_and_slip(gold_frame: pd.DataFrame) -> None:
    out = promises.promises_table(gold_frame, as_of=date(2021, 7, 1))
    ai_day = _row(out, gold_frame, "c01")
    # c03 and c04 are one document (ele1) read from two files: one mention, one source
    assert ai_day["mentions"] == 4
    assert (ai_day["sources"], ai_day["providers"]) == (3, "Electrek; NextBigFuture; The Verge")
    assert (ai_day["first_published"], ai_day["last_published"]) == ("2021-06-21", "2021-07-20")
    assert (ai_day["first_promised"], ai_day["latest_promised"]) == ("2021-07", "2021-08-19")
    assert ai_day["revisions"] == 1
    assert ai_day["slip_days"] == "19"  # 2021-07-31 -> 2021-08-19
    assert ai_day["what"] == "an 'AI Day'"  # four wordings once each: the earliest (doc ele1 < nbf1)
    robotaxi = _row(out, gold_frame, "c23")
    assert (robotaxi["revisions"], robotaxi["slip_days"]) == (1, "63")
    dojo = _row(out, gold_frame, "c08")
    # the undated blog has no provider: it still counts as a source of its own, but is not named
    assert (dojo["mentions"], dojo["sources"], dojo["providers"]) == (3, 2, "Teslarati")
    assert (dojo["revisions"], dojo["slip_days"]) == (0, "0")
    spend = _row(out, gold_frame, "c13")
    assert (spend["value"], spend["unit"], spend["sources"]) == ("1000000000", "USD", 2)


def test_undated_mentions_do_not_count_toward_revisions() -> None:
    rows = [
        {"doc_id": "a", "published": "2023-01-01", "subject": "Tesla", "what": "Cybertruck deliveries",
         "category": "delivery", "promised": "2023-Q3"},
        {"doc_id": "b", "published": "", "subject": "Tesla", "what": "Cybertruck deliveries",
         "category": "delivery", "promised": "2025"},
        {"doc_id": "c", "published": "2023-05-01", "subject": "Tesla", "what": "Cybertruck deliveries",
         "category": "delivery", "promised": ""},
        {"doc_id": "d", "published": "2023-07-19", "subject": "Tesla", "what": "Cybertruck deliveries",
         "category": "delivery", "promised": "2023-Q3"},
        {"doc_id": "e", "published": "2023-10-18", "subject": "Tesla", "what": "Cybertruck deliveries",
         "category": "delivery", "promised": "2023-11-30"},
    ]  # fmt: skip
    out = promises.promises_table(_frame(rows), as_of=date(2023, 11, 1))
    assert len(out) == 1
    row = out.iloc[0]
    assert (row["mentions"], row["revisions"], row["slip_days"]) == (5, 1, "61")
    assert (row["first_promised"], row["latest_promised"]) == ("2023-Q3", "2023-11-30")


def test_one_day_of_mixed_precision_is_one_statement() -> None:
    """Saying "by the end of 2024" and "in 2024" on one day is one end date: no revision, no slip."""
    rows = [
        {"doc_id": "a", "published": "2023-07-20", "subject": "Tesla", "what": "Dojo spending",
         "category": "spending", "promised": p, "sentence": s}
        for p, s in (("2024", "In 2024."), ("2024-12", "By end of 2024."), ("2024-12", "End of 2024."))
    ]  # fmt: skip
    row = promises.promises_table(_frame(rows), as_of=date(2024, 1, 1)).iloc[0]
    assert (row["revisions"], row["slip_days"], row["latest_promised"]) == (0, "0", "2024-12")


# ------------------------------------------------------------------ status


@pytest.mark.parametrize(
    ("as_of", "status"),
    [(date(2024, 6, 30), "pending"), (date(2024, 8, 8), "due"), (date(2024, 8, 9), "overdue")],
)
def test_status_from_dates(as_of: date, status: str) -> None:
    frame = _frame([{"doc_id": "a", "published": "2024-04-06", "subject": "Tesla", "what": "Robotaxi",
                     "category": "event", "promised": "2024-08-08"}])  # fmt: skip
    out = promises.promises_table(frame, as_of=as_of)
    assert out.loc[0, "status"] == status
    assert out.loc[0, "as_of"] == as_of.isoformat()


def test_status_due_spans_the_whole_period() -> None:
    frame = _frame([{"doc_id": "a", "published": "2023-01-01", "subject": "Tesla", "what": "Cybertruck",
                     "category": "delivery", "promised": "2023-Q3"}])  # fmt: skip
    statuses = [promises.promises_table(frame, as_of=d).loc[0, "status"] for d in
                (date(2023, 6, 30), date(2023, 7, 1), date(2023, 9, 30), date(2023, 10, 1))]  # fmt: skip
    assert statuses == ["pending", "due", "due", "overdue"]


def test_status_unknown_without_a_promised_date() -> None:
    frame = _frame([{"doc_id": "a", "published": "2023-01-01", "subject": "Tesla", "what": "Cybertruck",
                     "category": "delivery", "promised": ""}])  # fmt: skip
    assert promises.promises_table(frame, as_of=date(2023, 1, 2)).loc[0, "status"] == "unknown"


def test_status_with_outcomes_file(gold_frame: pd.DataFrame) -> None:
    outcomes = promises.load_outcomes(FIXTURES / "outcomes.yaml")
    late = promises.promises_table(gold_frame, as_of=date(2025, 1, 1), outcomes=outcomes)
    claims = ("c01", "c06", "c08", "c17", "c18", "c26", "c23", "c11")
    status = {c: _row(late, gold_frame, c)["status"] for c in claims}
    assert status == {
        "c01": "met-late",  # AI Day 2021: promised July, held 2021-08-19
        "c06": "overdue",  # AI Day 2022: the rule's `promised: "2021"` does not match it
        "c08": "met",  # Dojo production: promised 2023-07, met 2023-07-20
        "c17": "missed",
        "c18": "missed",
        "c26": "cancelled",
        "c23": "met-late",  # Robotaxi: first promised 2024-08-08, held 2024-10-10
        "c11": "overdue",  # Optimus production 2023: no outcome
    }
    ai_day = _row(late, gold_frame, "c01")
    assert (ai_day["outcome_on"], ai_day["outcome_source"]) == (
        "2021-08-19",
        "https://www.electrek.co/2021/08/19/tesla-ai-day-live-blog/",
    )


def test_outcomes_after_the_as_of_date_are_not_known_yet(gold_frame: pd.DataFrame) -> None:
    outcomes = promises.load_outcomes(FIXTURES / "outcomes.yaml")
    early = promises.promises_table(gold_frame, as_of=date(2024, 9, 1), outcomes=outcomes)
    robotaxi = _row(early, gold_frame, "c23")
    assert (robotaxi["status"], robotaxi["outcome_on"], robotaxi["outcome_source"]) == ("pending", "", "")
    assert _row(early, gold_frame, "c26")["status"] == "cancelled"  # undated outcome: known at any date


def test_outcome_by_promise_id_and_first_match_wins(gold_frame: pd.DataFrame) -> None:
    pid = promises.assign_promises(gold_frame).set_index("claim_id").loc["c11", "promise_id"]
    outcomes = promises.parse_outcomes(
        [
            {"match": {"promise_id": pid}, "outcome": "missed", "source": "https://example.org/a"},
            {"match": {"subject": "Tesla", "what": ["optimus"]}, "outcome": "met", "on": "2023-03-01",
             "source": "https://example.org/b"},
        ]
    )  # fmt: skip
    out = promises.promises_table(gold_frame, as_of=date(2024, 1, 1), outcomes=outcomes)
    assert _row(out, gold_frame, "c11")["status"] == "missed"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("match: {subject: Tesla}\n", "expected a list"),
        ("- just a string\n", "entry 1: expected a mapping"),
        ("- {outcome: met, on: 2021-01-01, source: u}\n", "entry 1: `match`"),
        ("- {match: {subject: Tesla}, outcome: done, source: u}\n", "entry 1: `outcome` must be one of"),
        ("- {match: {subject: Tesla}, outcome: met, source: u}\n", "entry 1: `outcome: met` needs `on"),
        ("- {match: {subject: Tesla}, outcome: met, on: 2021-13-01, source: u}\n", "entry 1: `on` must be"),
        ("- {match: {subject: Tesla}, outcome: met, on: 2021-08, source: u}\n", "entry 1: `on` must be"),
        ("- {match: {subject: Tesla}, outcome: missed, source: u}\n"
         "- {match: {subject: Tesla}, outcome: missed}\n", "entry 2: `source`"),
        ("- {match: {subject: Tesla, title: x}, outcome: missed, source: u}\n", "entry 1: unknown match key"),
        ("- {match: {subject: Tesla}, outcome: missed, source: u, when: now}\n", "entry 1: unknown key"),
        ("- {match: {what: [the, of]}, outcome: missed, source: u}\n", "entry 1: `match.what`"),
        ("- {match: {subject: [Tesla}\n", "not valid YAML"),
    ],
)  # fmt: skip
def test_outcomes_file_errors_name_file_and_entry(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "my-outcomes.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="my-outcomes.yaml") as err:
        promises.load_outcomes(path)
    assert message in str(err.value)


def test_missing_outcomes_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="nope.yaml: cannot read outcomes file"):
        promises.load_outcomes(tmp_path / "nope.yaml")


# ------------------------------------------------------------------ CSV


def test_csv_is_deterministic_bytes(gold_frame: pd.DataFrame, tmp_path: Path) -> None:
    outcomes = promises.load_outcomes(FIXTURES / "outcomes.yaml")
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    promises.write_promises_csv(promises.promises_table(gold_frame, date(2024, 1, 1), outcomes), first)
    shuffled = gold_frame.sample(frac=1.0, random_state=3).reset_index(drop=True)
    promises.write_promises_csv(promises.promises_table(shuffled, date(2024, 1, 1), outcomes), second)
    data = first.read_bytes()
    assert data == second.read_bytes()
    assert b"\r" not in data
    lines = data.decode("utf-8").splitlines()
    assert lines[0] == ",".join(promises.COLUMNS)
    assert len(lines) == 1 + len(set(gold_frame["gold"]))
    published = [line.split(",")[6] for line in lines[1:]]
    assert [p for p in published if p] == sorted(p for p in published if p)  # order of first mention


# ------------------------------------------------------------------ the grouping metric


def test_grouping_scores_by_hand() -> None:
    scores = promises.grouping_scores(["a", "a", "b", "b", "c"], ["x", "x", "x", "y", "y"])
    # predicted pairs {01, 23}; gold pairs {01, 02, 12, 34}; shared {01}
    assert scores["precision"] == pytest.approx(0.5)
    assert scores["recall"] == pytest.approx(0.25)
    assert scores["f1"] == pytest.approx(1 / 3)
    assert (scores["pred_pairs"], scores["gold_pairs"]) == (2, 4)


def test_grouping_scores_edge_cases() -> None:
    assert promises.grouping_scores(["a", "b"], ["x", "y"])["f1"] == 1.0  # all singletons, rightly
    merged = promises.grouping_scores(["a", "a"], ["x", "y"])
    assert (merged["precision"], merged["recall"], merged["f1"]) == (0.0, 1.0, 0.0)
    with pytest.raises(ValueError, match="3 predicted ids but 2 gold ids"):
        promises.grouping_scores(["a", "b", "c"], ["x", "y"])


def test_grouping_scores_penalise_lumping_everything(gold_frame: pd.DataFrame) -> None:
    lumped = promises.grouping_scores(["one"] * len(gold_frame), gold_frame["gold"])
    split = promises.grouping_scores(gold_frame["claim_id"], gold_frame["gold"])
    assert lumped["recall"] == 1.0 and lumped["precision"] < 0.2
    assert split["precision"] == 1.0 and split["recall"] == 0.0


# ------------------------------------------------------------------ the dev corpus and the seeds


def _gold_claims(shared_dir: Path) -> pd.DataFrame:
    """The dev gold's claims as a claims table (gold `what`s: cleaner than the extractor's)."""
    rows = []
    for doc in yamlio.load(shared_dir / "corpus" / "dev" / "gold.yaml"):
        for k, claim in enumerate(doc["claims"]):
            published = claim.get("published") or doc["published"]
            rows.append({**claim, "claim_id": f"{doc['file']}#{k}", "doc_id": doc["file"],
                         "provider": doc["file"], "source_file": doc["file"], "published": published})  # fmt: skip
    return promises.assign_promises(_frame(rows))


def test_dev_gold_restatements_group_and_other_milestones_do_not(shared_dir: Path) -> None:
    frame = _gold_claims(shared_dir)

    def ids(file_prefix: str, what: str) -> set[str]:
        picked = frame[frame["source_file"].str.startswith(file_prefix) & (frame["what"] == what)]
        assert len(picked), (file_prefix, what)
        return set(picked["promise_id"])

    semi = ids("109", "first Semi deliveries to PepsiCo") | ids("110", "first Semi deliveries to PepsiCo")
    dojo = ids("115", "Dojo supercomputer spending") | ids("116", "Dojo supercomputer spending")
    robotaxi = ids("125", "Robotaxi unveil") | ids("126", "Robotaxi unveil")
    ai_day_2021 = ids("000", "Tesla AI Day event") | ids("001", "Tesla AI Day event")
    assert all(len(s) == 1 for s in (semi, dojo, robotaxi, ai_day_2021))
    others = {
        "Semi production": ids("110", "Semi production start (2017 promise, past due)"),
        "Semi output": ids("111", "Semi output of 50,000 units"),
        "AI spending": ids("004", "AI training and inference spending"),
        "capital expenditure": ids("122", "capital expenditure"),
        "Roadster unveil": ids("123", "next-generation Roadster unveil"),
        "AI Day 2022": ids("108", "Tesla AI Day 2022"),
        "Model S Plaid event": ids("102", "Model S Plaid delivery event"),
    }
    for name, other in others.items():
        assert not other & (semi | dojo | robotaxi | ai_day_2021), name


def _extract(inputs: Path) -> pd.DataFrame:
    from extractor.pipeline import extract

    return promises.assign_promises(extract(inputs))


@pytest.mark.slow
def test_seeds_ai_day_and_dojo_promises(seeds_dir: Path) -> None:
    claims = _extract(seeds_dir)
    file = claims["source_file"].str.extract(r"(\d{3})_", expand=False)
    table_ = promises.promises_table(claims, as_of=date(2024, 1, 1)).set_index("promise_id")
    ai_day = claims[file.isin(["000", "001"]) & claims["sentence"].str.contains("AI Day")]
    assert ai_day["promise_id"].nunique() == 1
    row = table_.loc[ai_day["promise_id"].iloc[0]]
    assert row["mentions"] >= 3
    assert (row["sources"], row["providers"]) == (2, "Electrek; NextBigFuture")
    dojo = claims[(file == "002") & claims["sentence"].str.contains("Dojo production")]
    assert len(dojo) >= 2 and dojo["promise_id"].nunique() == 1
    assert table_.loc[dojo["promise_id"].iloc[0], "latest_promised"] == "2023-07"


@pytest.mark.slow
def test_dev_restatement_pairs_share_one_promise(shared_dir: Path) -> None:
    claims = _extract(shared_dir / "corpus" / "dev")
    file = claims["source_file"].str.extract(r"/(\d{3})-", expand=False)
    what = claims["what"].str.lower()
    promised = claims["promised"]
    pairs = {  # name: (files, rows picked, the product every member's sentence must name)
        "Semi deliveries": (("109", "110"), promised.str.startswith("2022-12") & what.str.contains("deliver")
                            & claims["subject"].eq("Tesla"), "semi"),  # PepsiCo's own deployment is another promise
        "Dojo $1B": (("115", "116"), claims["value"].eq(1e9).fillna(False), "dojo"),
        "Robotaxi unveil": (("125", "126"), promised.eq("2024-08-08") & what.str.contains("robotaxi"), "robotaxi"),
    }
    for name, (files, picked, product) in pairs.items():
        rows = claims[file.isin(files) & picked]
        assert set(file[rows.index]) == set(files), name
        assert rows["promise_id"].nunique() == 1, name
        members = claims[claims["promise_id"] == rows["promise_id"].iloc[0]]
        said = members["sentence"].str.lower().str.contains(product)  # `what` may miss a name the sentence has
        assert said.all(), f"{name}: unrelated milestones joined"


# ------------------------------------------------------------------ command line


def test_promises_command_writes_csv_beside_claims(gold_frame: pd.DataFrame, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from extractor.cli import app

    claims = tmp_path / "claims.csv"
    gold_frame.drop(columns="gold").to_csv(claims, index=False)
    runner = CliRunner()
    args = ["promises", str(claims), "--as-of", "2025-01-01", "--outcomes", str(FIXTURES / "outcomes.yaml")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    written = pd.read_csv(tmp_path / "promises.csv", dtype=str, keep_default_na=False)
    assert list(written.columns) == promises.COLUMNS
    assert len(written) == gold_frame["gold"].nunique()
    assert {"met", "met-late", "missed", "cancelled", "overdue"} <= set(written["status"])

    bad = tmp_path / "bad.yaml"
    bad.write_text("- {match: {subject: Tesla}, outcome: met, source: u}\n", encoding="utf-8")
    result = runner.invoke(app, ["promises", str(claims), "--outcomes", str(bad)])
    assert result.exit_code == 2
    assert "bad.yaml: entry 1" in result.output


def test_status_uses_only_what_was_said_by_the_as_of_date() -> None:
    rows = pd.DataFrame([
        {"claim_id": "a", "doc_id": "d1", "subject": "Acme", "what": "Ohio plant opening", "category": "production",
         "published": "2022-01-10", "promised": "2022-06", "promised_start": "2022-06-01",
         "promised_end": "2022-06-30", "provider": "P1", "sentence": "Acme will open its Ohio plant in June 2022."},
        {"claim_id": "b", "doc_id": "d2", "subject": "Acme", "what": "Ohio plant opening", "category": "production",
         "published": "2022-09-01", "promised": "2023", "promised_start": "2023-01-01", "promised_end": "2023-12-31",
         "provider": "P2", "sentence": "Acme now expects to open its Ohio plant in 2023."},
    ])
    early = promises.promises_table(rows, date(2022, 8, 1))
    assert list(early["status"]) == ["overdue"]  # the 2023 restatement was not yet published
    later = promises.promises_table(rows, date(2022, 10, 1))
    assert list(later["status"]) == ["pending"]
    assert list(promises.promises_table(rows, date(2021, 12, 1))["status"]) == ["unknown"]


# ------------------------------------------------------------------ milestone phrases, moves and vague times


def _claims(*rows: Mapping[str, Any]) -> pd.DataFrame:
    return _frame([{"subject": "Acme", "category": "launch", **row} for row in rows])


@pytest.mark.parametrize(
    ("rows", "same", "why"),
    [
        ([{"doc_id": "a", "published": "2026-06-02", "promised": "2027-H2", "date_text": "second half of 2027",
           "sentence": "Acme says Rocket Ultra arrives in second half of 2027, Feynman in 2028"},
          {"doc_id": "a", "published": "2026-06-02", "promised": "2028", "date_text": "2028",
           "sentence": "Acme says Rocket Ultra arrives in second half of 2027, Feynman in 2028"}],
         False, "two dates of one sentence name two milestones"),
        ([{"doc_id": "a", "published": "2025-11-04", "promised": "2026-06", "date_text": "June 2026",
           "category": "production", "sentence": "Acme will start mass production of its foldable phone in June 2026."},
          {"doc_id": "b", "published": "2025-11-05", "promised": "2026-09", "date_text": "September 2026",
           "sentence": "Acme will launch its foldable phone in September 2026."}],
         False, "same product, another action and date"),
        ([{"doc_id": "a", "published": "2026-02-20", "promised": "2026-H1", "date_text": "first half of 2026",
           "category": "delivery", "sentence": "Acme says first Model Q deliveries on track for first half of 2026"},
          {"doc_id": "a", "published": "2026-02-20", "promised": "2026-06", "date_text": "end of June",
           "category": "delivery",
           "sentence": "The first Model Q deliveries will reach customers before the end of June."}],
         True, "a finer date inside the same period is no move"),
        ([{"doc_id": "a", "published": "2026-03-03", "promised": "2026-H2", "date_text": "late 2026",
           "category": "production", "sentence": "Acme targets late 2026 for the start of midsize EV production."},
          {"doc_id": "a", "published": "2026-03-03", "promised": "2027-Q2", "date_text": "second quarter of 2027",
           "category": "production",
           "sentence": "A later plan puts midsize EV production in the second quarter of 2027."}],
         False, "one article, two periods, no word of a move"),
        ([{"doc_id": "a", "published": "2026-10-21", "promised": "2026-H2", "date_text": "late 2026",
           "sentence": "Acme delayed the launch of its electric pickups from late 2026 to mid-2028."},
          {"doc_id": "a", "published": "2026-10-21", "promised": "2028-06", "date_text": "mid-2028",
           "sentence": "Acme delayed the launch of its electric pickups from late 2026 to mid-2028."}],
         True, "the text says the date moved"),
        ([{"doc_id": "a", "published": "2023-06-21", "promised": "2023", "date_text": "the coming months",
           "vague": True, "category": "capacity",
           "sentence": "Acme projected growth of its AI compute capacity over the coming months."},
          {"doc_id": "b", "published": "2024-04-14", "promised": "2024", "date_text": "the coming months",
           "vague": True, "category": "capacity",
           "sentence": "Acme will increase its AI compute capacity in the coming months."}],
         False, "a vague time never joins a period it does not overlap"),
    ],
)  # fmt: skip
def test_milestone_phrase_rules(rows: list[dict[str, Any]], same: bool, why: str) -> None:
    ids = promises.assign_promises(_claims(*rows))["promise_id"]
    assert (ids[0] == ids[1]) is same, why


def test_dateline_and_people_name_no_milestone() -> None:
    rows = [
        {"doc_id": "a", "published": "2026-02-10", "promised": "2027", "date_text": "2027",
         "sentence": "SAN FRANCISCO, Feb 10 (Reuters) - Acme said it would launch robotaxis in Boston in 2027."},
        {"doc_id": "b", "published": "2026-02-10", "promised": "2027", "date_text": "2027", "speaker": "Elon Musk",
         "sentence": "Acme is heading to Boston with robotaxis, but not until 2027, Musk said."},
    ]  # fmt: skip
    words = [m.words for m in promises.mentions.mentions(_claims(*rows))]
    assert not {"san", "francisco", "feb", "10", "reuters", "musk"} & (words[0] | words[1])
    assert promises.assign_promises(_claims(*rows))["promise_id"].nunique() == 1


def _moves(rows: list[dict[str, Any]]) -> pd.Series:
    return promises.promises_table(_claims(*rows), as_of=date(2027, 1, 1)).iloc[0]


def test_revisions_count_moves_between_sources_and_stated_moves_only() -> None:
    base = {"category": "production", "date_text": "x"}
    two_sources = [
        {**base, "doc_id": "a", "published": "2025-03-06", "promised": "2031", "provider": "Reuters",
         "sentence": "Chip production at the first Ohio fab will start in 2031."},
        {**base, "doc_id": "b", "published": "2026-07-24", "promised": "2032", "provider": "AP",
         "sentence": "Acme pushed back the start of chip production at its first Ohio fab to 2032."},
    ]  # fmt: skip
    row = _moves(two_sources)
    assert (row["mentions"], row["revisions"], row["slip_days"]) == (2, 1, "366")
    stated = [
        {**base, "doc_id": "a", "published": "2026-10-21", "promised": p, "date_text": t,
         "sentence": "Acme delayed the start of pickup production from late 2026 to mid-2028."}
        for p, t in (("2026-H2", "late 2026"), ("2028-06", "mid-2028"))
    ]  # fmt: skip
    row = _moves(stated)
    assert (row["revisions"], row["first_promised"], row["latest_promised"]) == (1, "2026-H2", "2028-06")
    assert row["slip_days"] == str((date(2028, 6, 30) - date(2026, 12, 31)).days)
    narrowed = [
        {**base, "doc_id": "a", "published": "2026-02-20", "promised": "2027-H1",
         "sentence": "Acme will start production of the Model Q in the first half of 2027."},
        {**base, "doc_id": "b", "published": "2026-05-20", "promised": "2027-Q1",
         "sentence": "Acme will start production of the Model Q in the first quarter of 2027."},
    ]  # fmt: skip
    row = _moves(narrowed)
    assert (row["revisions"], row["slip_days"]) == (0, "0")  # a finer date inside the old period is no move


def test_vague_times_never_count_as_a_move() -> None:
    rows = [
        {"doc_id": "a", "published": "2023-06-21", "promised": "2023", "vague": True, "category": "capacity",
         "date_text": "the coming months", "sentence": "Acme AI compute capacity grows over the coming months."},
        {"doc_id": "b", "published": "2023-12-01", "promised": "2024", "vague": True, "category": "capacity",
         "date_text": "the coming months", "sentence": "Acme AI compute capacity grows in the coming months."},
    ]  # fmt: skip
    for _, row in promises.promises_table(_claims(*rows), as_of=date(2024, 6, 1)).iterrows():
        assert (row["revisions"], row["slip_days"]) == (0, "0")


def test_blocked_candidates_group_like_every_pair(gold_frame: pd.DataFrame) -> None:
    """The linear grouping (blocks and a window) finds the groups the quadratic comparison of all pairs does."""
    frames = [gold_frame]
    for name in ("promises_corpus", "promises2_corpus", "promises3_corpus"):
        rows = []
        for doc in yamlio.load(FIXTURES / name / "gold.yaml"):
            for k, claim in enumerate(doc.get("claims") or []):
                rows.append({**claim, "doc_id": doc["file"], "source_file": doc["file"], "published": doc["published"],
                             "claim_id": f"{doc['file']}#{k}"})  # fmt: skip
        frames.append(_frame(rows))
    for frame in frames:
        ms = promises.mentions.mentions(frame)
        fast = [[m.row for m in g] for g in promises.grouping.groups(ms)]
        slow = [[m.row for m in g] for g in promises.grouping.groups(ms, exhaustive=True)]
        assert fast == slow


def test_grouping_benchmark_reports_each_size(gold_frame: pd.DataFrame) -> None:
    rows = promises.grouping_benchmark(gold_frame.drop(columns="gold"), sizes=(40, 80))
    assert [r["claims"] for r in rows] == [40, 80]
    assert all(r["seconds"] >= 0 and r["promises"] >= 1 for r in rows)
    assert rows[1]["n_log_n_growth"] == pytest.approx(80 * math.log(80) / (40 * math.log(40)))


# ------------------------------------------------------------------ per-subject summary


def test_subjects_table_summarises_slip_and_on_time_share(gold_frame: pd.DataFrame) -> None:
    out = promises.promises_table(gold_frame, as_of=date(2025, 1, 1), outcomes=promises.load_outcomes(
        FIXTURES / "outcomes.yaml"))
    subjects = promises.subjects_table(out)
    assert list(subjects.columns) == promises.SUBJECT_COLUMNS
    tesla = subjects.set_index("subject").loc["Tesla"]
    mine = out[out["subject"] == "Tesla"]
    assert tesla["promises"] == len(mine) and tesla["mentions"] == mine["mentions"].sum()
    median = pd.to_numeric(mine["slip_days"], errors="coerce").dropna().median()
    assert tesla["median_slip_days"] == (str(int(median)) if float(median).is_integer() else f"{median:.1f}")
    known = mine[mine["status"].isin(["met", "met-late", "missed", "cancelled"])]
    assert tesla["outcomes_known"] == len(known) and tesla["met_on_time"] == (known["status"] == "met").sum()
    if len(known):
        assert tesla["on_time_share"] == f"{(known['status'] == 'met').sum() / len(known):.2f}"
    assert subjects["promises"].is_monotonic_decreasing


def _subjects_one_group_at_a_time(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The per-subject figures worked out subject by subject, as the table was first made: the reference."""
    frame = frame.assign(subject=frame["subject"].fillna("").astype(str).replace("", "(no subject)"))
    rows = []
    for subject, group in frame.groupby("subject", sort=False):
        slip = pd.to_numeric(group["slip_days"], errors="coerce").dropna()
        known = group[group["status"].isin(["met", "met-late", "missed", "cancelled"])]
        met = int((known["status"] == "met").sum())
        figure = [str(int(v)) if float(v).is_integer() else f"{v:.1f}" for v in (slip.median(), slip.max())]
        rows.append({"subject": subject, "promises": len(group), "mentions": int(group["mentions"].sum()),
                     "dated": len(slip), "moved": int((group["revisions"] > 0).sum()),
                     "median_slip_days": figure[0] if len(slip) else "",
                     "max_slip_days": figure[1] if len(slip) else "",
                     "outcomes_known": len(known), "met_on_time": met,
                     "on_time_share": f"{met / len(known):.2f}" if len(known) else ""})
    return sorted(rows, key=lambda r: (-r["promises"], r["subject"]))


def test_subjects_table_worked_out_a_column_at_a_time_equals_one_subject_at_a_time() -> None:
    """Random promises tables (blank subjects, unknown slips, half days, every status): the same rows, in the same
    order, as working each subject's figures out from its own rows."""
    import random

    rng = random.Random(14)
    statuses = ["met", "met-late", "missed", "cancelled", "overdue", "pending", ""]
    for size in (0, 1, 7, 300):
        frame = pd.DataFrame({
            "subject": [rng.choice(["Tesla", "SpaceX", "", None, "Acme", "acme"]) for _ in range(size)],
            "mentions": [rng.randint(1, 9) for _ in range(size)],
            "slip_days": [rng.choice(["", "0", "31", "-12", "45.5", "200"]) for _ in range(size)],
            "revisions": [rng.randint(0, 3) for _ in range(size)],
            "status": [rng.choice(statuses) for _ in range(size)],
        })
        table = promises.subjects_table(frame)
        assert list(table.columns) == promises.SUBJECT_COLUMNS
        assert table.to_dict("records") == _subjects_one_group_at_a_time(frame), size


def test_subjects_csv_and_page_table(gold_frame: pd.DataFrame, tmp_path: Path) -> None:
    subjects = promises.subjects_table(promises.promises_table(gold_frame, as_of=date(2025, 1, 1)))
    promises.write_subjects_csv(subjects, tmp_path / "subjects.csv")
    again = pd.read_csv(tmp_path / "subjects.csv", dtype=str, keep_default_na=False)
    assert list(again.columns) == promises.SUBJECT_COLUMNS and len(again) == len(subjects)
    page = promises.subjects_html(subjects.assign(subject=subjects["subject"].replace("Tesla", "<b>Tesla</b>")))
    assert page.count("<tr>") == len(subjects) + 1 and "&lt;b&gt;Tesla&lt;/b&gt;" in page and "<b>Tesla" not in page
    assert promises.subjects_html(subjects.iloc[0:0]) == ""


def test_public_api_returns_the_promises_table(gold_frame: pd.DataFrame) -> None:
    import extractor

    claims = gold_frame.drop(columns="gold")
    table_ = extractor.promises(claims, as_of="2021-07-01")
    assert table_.equals(promises.promises_table(claims, date(2021, 7, 1)))
    assert list(table_.columns) == promises.COLUMNS
    with pytest.raises(ValueError, match="as_of"):
        extractor.promises(claims, as_of="not a date")


@pytest.mark.slow
def test_seeds_acceptance(seeds_dir: Path, tmp_path: Path) -> None:
    """On the seeds: no slip without two independent sources moving a date (there is none); AI Day one
    promise of at least three mentions; Dojo July 2023 one promise; subjects.csv and its table written."""
    from extractor.run import run

    result = run([str(seeds_dir)], tmp_path, as_of=date(2025, 1, 1), warn=lambda _: None)
    table_ = pd.read_csv(tmp_path / "promises.csv", dtype=str, keep_default_na=False)
    claims = pd.read_csv(tmp_path / "claims.csv", dtype=str, keep_default_na=False)
    assert (pd.to_numeric(table_["slip_days"], errors="coerce").fillna(0) == 0).all()
    assert (table_["revisions"] == "0").all()
    ai_day = claims[claims["sentence"].str.contains("AI Day") & claims["promised"].eq("2021-07")]
    assert ai_day["promise_id"].nunique() == 1
    assert int(table_.set_index("promise_id").loc[ai_day["promise_id"].iloc[0], "mentions"]) >= 3
    dojo = claims[claims["sentence"].str.contains("Dojo production") & claims["promised"].eq("2023-07")]
    assert len(dojo) >= 2 and dojo["promise_id"].nunique() == 1
    assert (tmp_path / "subjects.csv").is_file() and "subjects" in result.outputs
    assert 'id="subjects"' in (tmp_path / "timeline.html").read_text(encoding="utf-8")


def test_a_kept_grouping_gives_the_table_grouping_afresh_gives(gold_frame: pd.DataFrame) -> None:
    """The run groups once and hands its grouping to the promises table: same table as grouping afresh."""
    kept = promises.grouping.group_claims(gold_frame)
    claims = gold_frame.assign(promise_id=promises.grouping.promise_column(len(gold_frame), kept))
    assert claims.equals(promises.assign_promises(gold_frame))
    with_kept = promises.promises_table(claims, date(2026, 1, 1), grouping=kept)
    assert len(with_kept) > 5
    assert with_kept.equals(promises.promises_table(gold_frame.drop(columns="promise_id", errors="ignore"),
                                                    date(2026, 1, 1)))


def test_regrouping_a_written_claims_csv_gives_the_runs_promise_ids(tmp_path: Path) -> None:
    """An analyst reads claims.csv back and groups it afresh: same promise ids, same promises.csv as the run.
    The domains corpus states values the CSV's 15 digits round (0.83 computed as 83 * 0.01)."""
    from extractor.run import run

    run([str(FIXTURES / "domains_corpus")], tmp_path, as_of=date(2025, 1, 1), warn=lambda _: None)
    claims = table.read_csv(tmp_path / "claims.csv")
    assert len(claims) > 50 and claims["promise_id"].str.startswith("p-").all()
    afresh = promises.assign_promises(claims.drop(columns="promise_id"))
    assert afresh["promise_id"].tolist() == claims["promise_id"].tolist()
    written = pd.read_csv(tmp_path / "promises.csv", dtype=str, keep_default_na=False)
    regrouped = promises.promises_table(claims.drop(columns="promise_id"), date(2025, 1, 1))
    promises.write_promises_csv(regrouped, tmp_path / "again.csv")
    assert (tmp_path / "again.csv").read_bytes() == (tmp_path / "promises.csv").read_bytes()
    assert len(written) == claims["promise_id"].nunique()


def test_a_value_groups_as_claims_csv_writes_it() -> None:
    """A float the CSV's 15 significant digits do not hold exactly gets the id its read-back value gets."""
    row = {"subject": "Walmart", "what": "annual dividend increase", "category": "financial",
           "published": "2024-02-20", "promised": "2025-01", "unit": "USD"}  # fmt: skip
    computed = promises.assign_promises(_frame([{**row, "value": 83 * 0.01}]))
    read_back = promises.assign_promises(_frame([{**row, "value": 0.83}]))
    assert 83 * 0.01 != 0.83
    assert computed["promise_id"].tolist() == read_back["promise_id"].tolist()
    assert table.as_written(4.35 * 1e12) == 4.35e12


def test_one_article_restating_a_target_value_is_one_promise() -> None:
    """A headline and its body restate one target in other words and categories; another value or action stays apart."""
    base = {"doc_id": "a", "published": "2024-11-20", "subject": "Skyhook Aerospace", "promised": "2025",
            "value": 30.0, "unit": "launches"}  # fmt: skip
    rows = [
        {**base, "what": "30 launches", "category": "capacity", "sentence": "Skyhook aims for 30 launches next year"},
        {**base, "what": "30 launches up from 18", "category": "launch",
         "sentence": "Skyhook Aerospace is targeting 30 launches next year, up from 18 this year."},
        {**base, "what": "40 launches", "category": "launch", "value": 40.0,
         "sentence": "Its rival is targeting 40 launches next year."},
        {**base, "what": "assembly of 30 rockets", "category": "production", "unit": "rockets",
         "sentence": "Skyhook will assemble 30 rockets next year."},
    ]  # fmt: skip
    ids = promises.assign_promises(_frame(rows))["promise_id"].tolist()
    assert ids[0] == ids[1]
    assert ids[2] != ids[0] and ids[3] != ids[0]


@pytest.mark.parametrize(("a", "b"), [("users", "people"), ("phones", "sales"), ("vehicles", "units per year")])
def test_units_counting_one_kind_of_thing_compare_as_one(a: str, b: str) -> None:
    base = {"published": "2026-03-10", "subject": "Microsoft", "what": "Copilot monthly users", "category": "capacity",
            "promised": "2027", "value": 100_000_000.0}  # fmt: skip
    ids = promises.assign_promises(_frame([{**base, "doc_id": "a", "unit": a}, {**base, "doc_id": "b", "unit": b}]))
    assert ids["promise_id"].nunique() == 1
    assert unit(a) == unit(b) and unit("users") != unit("vehicles")


def test_attribution_and_time_of_day_words_name_no_milestone() -> None:
    """'came during its earnings call Tuesday morning, promising ...' says who and when it was said, not what."""
    base = {"doc_id": "a", "published": "2026-05-06", "subject": "Nimbus", "category": "delivery"}
    rows = [
        {**base, "what": "Nimbus N3 deliveries", "promised": "2026-H2", "date_text": "the second half of 2026",
         "sentence": "Nimbus N3 deliveries still slated for the second half of 2026"},
        {**base, "what": "deliveries happen", "promised": "2026-09", "date_text": "September",
         "sentence": "The news came during the company's earnings call on Tuesday morning, promising that "
                     "first deliveries will happen by September."},
    ]  # fmt: skip
    assert promises.assign_promises(_frame(rows))["promise_id"].nunique() == 1


def test_two_articles_restating_a_named_target_value_join_across_categories() -> None:
    """Two outlets restate one sales target; the extractor called one `spending`, the other `capacity`."""
    base = {"published": "2025-11-04", "subject": "Apple", "promised": "2027", "value": 10_000_000.0}
    rows = [
        {**base, "doc_id": "a", "what": "10 million foldable iPhones sales", "category": "spending", "unit": "phones"},
        {**base, "doc_id": "b", "what": "around 10 million foldable iPhone sales", "category": "capacity",
         "unit": "sales"},
        {**base, "doc_id": "c", "what": "10 million iPhone sales", "category": "launch", "unit": "sales"},
        {**base, "doc_id": "d", "what": "15 million foldable iPhones sales", "category": "spending", "unit": "phones",
         "value": 15_000_000.0},
    ]  # fmt: skip
    ids = promises.assign_promises(_frame(rows))["promise_id"].tolist()
    assert ids[0] == ids[1]
    assert ids[2] != ids[0] and ids[3] != ids[0]  # one shared name only; another value


def test_links_spilled_to_disk_come_in_the_same_order(gold_frame: pd.DataFrame,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Linking pairs sorted a run at a time into a temporary file and merged back come in exactly the order of
    the in-memory sort (the external sort of a big corpus, tried here with runs of a few pairs)."""
    nodes, _ = promises.grouping._nodes(promises.mentions.mentions(gold_frame.drop(columns="gold")))
    in_memory = list(promises.grouping._links(nodes, exhaustive=True))
    assert len(in_memory) > 10  # enough pairs for several runs
    made: list[object] = []
    real = promises.linksort.tempfile.TemporaryFile
    monkeypatch.setattr(promises.linksort.tempfile, "TemporaryFile", lambda: made.append(real()) or made[-1])
    monkeypatch.setattr(promises.linksort, "_RUN", 4)
    assert list(promises.grouping._links(nodes, exhaustive=True)) == in_memory
    assert len(made) == 1 and made[0].closed  # one file, closed (and so removed) once the pairs are handed out
    monkeypatch.setattr(promises.linksort, "_RUN", len(in_memory) + 1)
    assert list(promises.grouping._links(nodes, exhaustive=True)) == in_memory and len(made) == 1  # no file


def test_mentions_read_the_rows_a_column_at_a_time_with_pandas_own_values() -> None:
    """The mentions read each row as a dict made from the columns' lists: the same values, of the same types, as
    pandas' ``to_dict("records")`` (typed columns: categories, datetimes with NaT, numbers with NaN, booleans,
    nullable integers), slice after slice."""
    from extractor.promises.mentions import _records

    frame = pd.DataFrame({
        "subject": pd.Categorical(["Tesla", None, "SpaceX", "Tesla", ""]),
        "published": pd.to_datetime(["2024-01-02", None, "2025-03-04", "2026-05-06", "2027-07-08"]),
        "value": [1.5, float("nan"), 3.0, None, 7.25],
        "revisions": [0, 1, 2, 3, 4],
        "vague": [True, False, True, False, True],
        "count": pd.array([1, None, 3, 4, None], dtype="Int64"),
        "what": ["a", None, "c", "d", "e"],
    })
    for size in (2, 4096):
        ours = list(_records(frame, size))
        theirs = [row for at in range(0, len(frame), size) for row in frame.iloc[at:at + size].to_dict("records")]
        assert repr(ours) == repr(theirs)
        assert [[type(v) for v in row.values()] for row in ours] == [[type(v) for v in row.values()] for row in theirs]
