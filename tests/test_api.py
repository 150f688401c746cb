"""The Python API: pandas dtypes from extract(), claim ids that depend on the document and not on how its path
was spelled, and vague times that never reach back before the article."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import extractor
from extractor import promises, table

ARTICLES = {
    "a.md": """---
title: Tesla plans more compute
publishedDateTime: 2023-06-21T10:00:00Z
originalUrl: https://example.com/tesla-compute
---
Tesla will expand its AI training compute over the coming months, the company said.

Tesla expects Dojo production to begin in July 2024.
""",
    "b.md": """---
title: Intel roadmap update
publishedDateTime: 2024-04-14
---
Intel said it will ramp production of its 18A process in the coming months.

Intel will open its Ohio fab by the end of the year.
""",
    "c.md": """Acme roadmap

Acme will launch the X1 rocket in 2026.
""",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("api") / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def claims(corpus: Path) -> pd.DataFrame:
    return extractor.extract(corpus)


def _row(claims: pd.DataFrame, date_text: str) -> pd.Series:
    return claims.set_index("date_text").loc[date_text]


def test_dates_are_datetime64_and_closed_sets_categories(claims: pd.DataFrame) -> None:
    for column in ("published", "promised_start", "promised_end"):
        assert pd.api.types.is_datetime64_any_dtype(claims[column]), column
    for column in table.ENUMS:
        assert isinstance(claims[column].dtype, pd.CategoricalDtype), column
    assert list(claims["category"].cat.categories[:3]) == ["production", "launch", "delivery"]
    dojo = _row(claims, "July 2024")
    assert (dojo["published"], dojo["promised_start"], dojo["promised_end"]) == (
        pd.Timestamp("2023-06-21"), pd.Timestamp("2024-07-01"), pd.Timestamp("2024-07-31"))
    assert pd.isna(_row(claims, "2026")["published"])  # no publication date: NaT, not ""
    later = claims[claims["promised_start"] >= "2024-01-01"]  # ordinary pandas date filtering
    assert set(later["date_text"]) == {"July 2024", "in the coming months", "the end of the year", "2026"}


def test_csv_stays_iso_text_and_matches_the_plain_frame(claims: pd.DataFrame, tmp_path: Path) -> None:
    typed = table.write_csv(claims, tmp_path / "typed.csv").read_bytes()
    plain = table.write_csv(table.plain(claims), tmp_path / "plain.csv").read_bytes()
    assert typed == plain
    text = pd.read_csv(tmp_path / "typed.csv", dtype=str, keep_default_na=False)
    assert set(text["published"]) == {"2023-06-21", "2024-04-14", ""}
    assert text.loc[text.date_text == "July 2024", "promised_start"].item() == "2024-07-01"
    assert table.write_csv(table.typed(table.read_csv(tmp_path / "typed.csv")), tmp_path / "again.csv"
                           ).read_bytes() == typed  # text -> typed -> text is lossless


def test_far_off_years_do_not_overflow() -> None:
    frame = table.to_frame([{"claim_id": "x", "published": "2024-01-05", "published_source": "metadata",
                             "promised": "2300", "promised_start": "2300-01-01", "promised_end": "2300-12-31"}])
    assert table.typed(frame)["promised_end"].item() == pd.Timestamp("2300-12-31")


def test_claim_ids_do_not_depend_on_how_the_path_was_spelled(corpus: Path, claims: pd.DataFrame,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus.parent)
    spelled = {
        "relative": extractor.extract("news"),
        "relative with ./ and a slash": extractor.extract("./news/"),
        "one file at a time": pd.concat([extractor.extract(Path("news") / n) for n in sorted(ARTICLES)]),
        "through a symlinked folder": extractor.extract(_link(corpus)),
    }
    expected = dict(zip(claims["sentence"], claims["claim_id"], strict=True))
    for how, frame in spelled.items():
        assert dict(zip(frame["sentence"], frame["claim_id"], strict=True)) == expected, how
    assert claims["claim_id"].is_unique


def _link(corpus: Path) -> Path:
    link = corpus.parent / "elsewhere"
    if not link.exists():
        os.symlink(corpus, link)
    return link


def test_copies_of_one_document_keep_distinct_ids(tmp_path: Path) -> None:
    for name in ("first.md", "second.md"):
        (tmp_path / name).write_text(ARTICLES["a.md"], encoding="utf-8")
    frame = extractor.extract(tmp_path)
    assert frame["doc_id"].nunique() == 1 and len(frame) == 4
    assert frame["claim_id"].is_unique


@pytest.mark.parametrize(("date_text", "promised", "start", "end", "vague"), [
    # vague: the guide's label (the publication year), but the period starts in the publication month
    ("over the coming months", "2023", "2023-06-01", "2023-12-31", True),
    ("in the coming months", "2024", "2024-04-01", "2024-12-31", True),
    # precise times are untouched
    ("July 2024", "2024-07", "2024-07-01", "2024-07-31", False),
    ("the end of the year", "2024-12", "2024-12-01", "2024-12-31", False),
])
def test_vague_times_never_reach_back_before_the_article(claims: pd.DataFrame, date_text: str, promised: str,
                                                         start: str, end: str, vague: bool) -> None:
    row = _row(claims, date_text)
    assert (row["promised"], row["promised_start"], row["promised_end"], row["vague"]) == (
        promised, pd.Timestamp(start), pd.Timestamp(end), vague)
    assert row["promised_start"] >= row["published"].replace(day=1)


def test_the_timeline_bar_of_a_vague_claim_starts_at_the_article(claims: pd.DataFrame) -> None:
    fig = extractor.timeline(claims)
    bars = next(t for t in fig.data if t.name == "Tesla: promised period")
    starts = {pd.Timestamp(bars.x[i]).date().isoformat(): pd.Timestamp(bars.y[i]).date().isoformat()
              for i in range(0, len(bars.x), 3)}
    assert starts["2023-06-21"] == "2023-06-01"


def test_the_typed_frame_groups_into_promises_like_the_csv(claims: pd.DataFrame, tmp_path: Path) -> None:
    as_text = table.read_csv(table.write_csv(claims, tmp_path / "claims.csv"))
    typed = promises.promises_table(promises.assign_promises(claims), date(2024, 6, 30))
    plain = promises.promises_table(promises.assign_promises(as_text), date(2024, 6, 30))
    pd.testing.assert_frame_equal(typed, plain)  # NaT publication dates included
