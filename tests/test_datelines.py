"""Publication dates from a plain text's dateline or byline, and the dateline never becoming a claim."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor import datelines
from extractor.articles import read_articles


@pytest.mark.parametrize(
    ("text", "expected", "pattern"),
    [
        ("2025-10-01 Semiconductors editor", date(2025, 10, 1), "iso_desk"),
        ("2024-02-25 Energy desk", date(2024, 2, 25), "iso_desk"),
        ("November 17, 2017.", date(2017, 11, 17), "stamp"),
        ("April 15, 2023.", date(2023, 4, 15), "stamp"),
        ("Updated: June 4, 2024 10:32 am", date(2024, 6, 4), "stamp"),
        ("Updated: October 23, 2024", date(2024, 10, 23), "stamp"),
        ("Published on 3 March 2024", date(2024, 3, 3), "stamp"),
        ("Posted Mon, 4 Mar 2024 10:00 GMT", date(2024, 3, 4), "stamp"),
        ("By Jane Doe | Jan 19, 2024", date(2024, 1, 19), "byline"),
        ("By Priya Natarajan | Feb 1, 2024", date(2024, 2, 1), "byline"),
        ("By Jane Doe, Reuters - 19 January 2024", date(2024, 1, 19), "byline"),
        ("Maria Santos, Health Correspondent | April 17, 2025", date(2025, 4, 17), "segments"),
        ("October 1, 2025 | Science", date(2025, 10, 1), "segments"),
        ("12 November 2024 | Utilities", date(2024, 11, 12), "segments"),
        ("Markets · 3 March 2024 · 4 min read", date(2024, 3, 3), "segments"),
        ("TOKYO, Dec 16, 2022 (Reuters) - Japan on Friday unveiled a plan.", date(2022, 12, 16), "wire"),
        ("NEW YORK, Sept. 5, 2023 (AP) — Acme said.", date(2023, 9, 5), "wire"),
        ("LONDON, March 3 (Reuters) - Acme said.", None, "wire"),  # yearless, no other year source
        # national agencies
        ("WARSAW, Nov 3, 2026 (PAP) — Poland's government said.", date(2026, 11, 3), "wire"),
        ("ROME, 12 March 2025 (ANSA) - Italy will.", date(2025, 3, 12), "wire"),
        ("February 30, 2031", None, "stamp"),  # impossible: never a neighbouring day
        # day-first numeric dates of European bylines, stamp words before a segment's date, a writer after it
        ("Posted 04.09.2024 · Energy desk", date(2024, 9, 4), "segments"),
        ("Last updated: 28.1.2025 08:15", date(2025, 1, 28), "stamp"),
        ("Wire desk · Updated 2 Jun 2024", date(2024, 6, 2), "segments"),
        ("Published on 9 July 2024, by Ana de Souza and Tom Reilly", date(2024, 7, 9), "stamp"),
        ("Updated: 2024-07-09 16:40", date(2024, 7, 9), "stamp"),
        ("Earnings call desk | Sept. 4, 2024", date(2024, 9, 4), "segments"),
        ("May 6, 2024 / Retail desk", date(2024, 5, 6), "segments"),  # segments joined by a spaced slash
        ("Commodities / 14 Feb 2025 / By Ana Ruiz", date(2025, 2, 14), "segments"),
        # a release's reference line: its date labelled "Date:" among numbered segments
        ("Press release | Date: 14.09.2026 | No.: 87/2026 | Ministry of Health and Care Services", date(2026, 9, 14),
         "segments"),
        ("Date: 3 March 2025 | Ref. 12/2025", date(2025, 3, 3), "segments"),
        # a place then a full date (a day-first or year-first one too), ending the line or before a dash
        ("Lyon, 7 October 2024", date(2024, 10, 7), "place"),
        ("Rio de Janeiro, 21 May 2025", date(2025, 5, 21), "place"),
        ("Newcastle upon Tyne, March 9, 2025 - Acme said.", date(2025, 3, 9), "place"),
        ("TAIPEI, Chip Weekly, 2024.11.05 -- Acme said.", date(2024, 11, 5), "place"),
        ("OSAKA, 2023/07/14 - Acme said.", date(2023, 7, 14), "place"),
        # a colon closing a place and an ordinal date
        ("Kampala, 3rd March 2027: The Ministry of Works has approved the bypass.", date(2027, 3, 3), "place"),
        ("Lusaka, 21 January 2026: Zesco said it will add 300 MW.", date(2026, 1, 21), "place"),
        # the outlet in brackets after a full date, any outlet name
        ("NAIROBI, 4 March 2025 (Daily Ledger) --", date(2025, 3, 4), "place"),
        # a press-release distributor after the date, between slashes or in brackets
        ("DHAHRAN, Saudi Arabia, May 5, 2026 /PRNewswire/ -- Qamar Energy today announced.", date(2026, 5, 5),
         "newswire"),
        ("AUSTIN, Texas, Jan. 8, 2025 (BUSINESS WIRE) -- Acme said.", date(2025, 1, 8), "place"),
        ("TORONTO, March 3, 2025 /CNW/ - Acme said.", date(2025, 3, 3), "newswire"),
        ("SINGAPORE, 14 May 2025 /PRNewswire-Asia/ -- Acme said.", date(2025, 5, 14), "newswire"),
        # a distributor's name in two words ("PR Newswire", "Business Wire": each space was escaped, then replaced)
        ("SAN JOSE, Calif., Sept. 8, 2025 /PR Newswire/ -- Acme said.", date(2025, 9, 8), "newswire"),
        ("HOUSTON, June 2, 2026 / Business Wire / -- Acme said.", date(2026, 6, 2), "newswire"),
        ("Porto, May 9, 2024 (Jornal Economico) - Acme said.", date(2024, 5, 9), "place"),
        # a circular's or letter's reference line: a code, then its date
        # a weekday opening a full date, in any kind of line
        ("Published Wednesday, 4 March 2026 · Shipping", date(2026, 3, 4), "segments"),
        ("By Staff Reporter, Bhubaneswar, Tue Mar 03 2026", date(2026, 3, 3), "byline"),
        ("Saturday 6 June 2026 | Markets", date(2026, 6, 6), "segments"),
        # a full date first, then a dash and the place
        ("June 2, 2026 — BUENOS AIRES", date(2026, 6, 2), "date_place"),
        ("4 March 2026 - SPLIT, Croatia -- Acme said.", date(2026, 3, 4), "date_place"),
        ("RBI/2024-25/118 DOR.CAP.REC.No.7      January 9, 2025", date(2025, 1, 9), "reference"),
        ("ABC/DEF/CIR/2024/77      March 2, 2024", date(2024, 3, 2), "reference"),
        ("Ref: MIN/2023/041 dated 30 June 2023", date(2023, 6, 30), "reference"),
        # numeric dates with slashes: day first, month first only when day first is impossible
        ("Published: 07/04/2025", date(2025, 4, 7), "stamp"),
        ("Last updated 11/28/2024", date(2024, 11, 28), "stamp"),
        # a filing or announcement dating itself in a line of its own
        ("This circular is dated as of 2 September 2025.", date(2025, 9, 2), "dated"),
        ("The prospectus was dated May 14, 2024", date(2024, 5, 14), "dated"),
        ("Dated: 19 January 2026", date(2026, 1, 19), "dated"),
    ],
)
def test_dateline_table(text: str, expected: date | None, pattern: str) -> None:
    found = datelines.find("Headline of the story\n\n" + text)
    assert found is not None and found.pattern == pattern
    assert found.published == expected


@pytest.mark.parametrize(
    "text",
    [
        "December 2024 will see the first deliveries.",  # a sentence, not a stamp
        "2026-01-01 is when Acme will launch its new car across Europe and Asia.",
        "By 2030, Acme will build 20 plants.",
        "Acme said on March 3, 2024 that it will open a plant in 2026.",
        "NEW DELHI (AP) - Acme said.",  # a wire dateline without a date
        "Acme to open plant in 2026 | Analysis",  # a headline with a section: no full date
        "Acme says first cars ship on March 3, 2026, and the plant opens in May | Autos",
        "March 3, 2026, by which time Acme will have opened its plant.",  # "by" a writer only by name
        "Acme ships version 2.10.2025 of its software | Tech",
        "31.13.2025",  # no thirteenth month
        "Deliveries begin for Acme, March 3, 2026",  # a headline's lower-case words: no place
        "Acme plans 2026.13.01 rollout",
        "Acme and/or Beta to merge by March 3, 2026",  # an unspaced slash joins no segments
        "Revenue target / 2026 guidance",
        "Acme, March 3, 2026 (Analysis) will see the first cars.",  # a bracket not closing the dateline
        "March 3, 2026 - Acme said it will open a plant.",  # a date and a dash, then a sentence, not a place
        "Monday March 3 will see the first cars.",  # a weekday and a yearless date
    ],
)
def test_not_datelines(text: str) -> None:
    assert datelines.find("Headline\n\n" + text) is None


def test_only_near_the_top() -> None:
    text = "Headline\n" + "A paragraph.\n" * 10 + "Updated: June 4, 2024\n"
    assert datelines.find(text) is None


def test_a_pdf_page_footer_dates_the_text_and_every_footer_line_goes() -> None:
    footer = "Harbour Gas Ltd | Interim Report H1 2025 | Published 5 August 2025      Page {} of 20"
    text = ("Harbour Gas Ltd\nInterim Report\n\n" + "A paragraph on results.\n\n" * 8 + footer.format(2)
            + "\n\nThe terminal opens in May 2027.\n\n" + footer.format(3) + "\n")
    found = datelines.find(text)
    assert found is not None and found.pattern == "footer" and found.published == date(2025, 8, 5)
    stripped, _ = datelines.strip(text)
    assert "Page" not in stripped and "The terminal opens in May 2027." in stripped
    header_first = datelines.find("Title\n" + "Body.\n" * 9 + "Page 7 of 9 | Acme plc | Updated 3 March 2025\n")
    assert header_first is not None and header_first.published == date(2025, 3, 3)


def test_a_dated_line_far_down_without_a_page_number_is_no_footer() -> None:
    assert datelines.find("Title\n" + "Body.\n" * 9 + "Acme plc | Published 3 March 2025\n") is None


def test_yearless_dateline_takes_its_year_from_the_weekday_and_the_years_the_story_names() -> None:
    text = ("Chip output to rise\n\nSEOUL, March 3 (Yonhap) -- Daesan Electronics said Tuesday it will start a new "
            "line in the third quarter after a record profit for 2025. It plans a second line by 2028.\n")
    found = datelines.find(text)
    assert found is not None and found.published == date(2026, 3, 3)
    # no weekday, or a weekday no year near the story's years fits: no date
    assert datelines.find("T\n\nSEOUL, March 3 (Yonhap) -- Daesan said it will open in 2027.").published is None
    assert datelines.find("T\n\nSEOUL, March 3 (Yonhap) -- Daesan said Monday it opens in 2027.").published is None
@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        ("Dated this 12th day of August, 2025.", date(2025, 8, 12)),
        ("Dated at Kampala this 1st day of February 2027", date(2027, 2, 1)),
        ("Made on 3 March 2026.", date(2026, 3, 3)),
        ("Given under my hand this 2nd day of June, 2025.", date(2025, 6, 2)),
    ],
)
def test_a_legal_notice_is_dated_at_its_foot(foot: str, expected: date) -> None:
    text = ("LEGAL NOTICE NO. 14\n\nTHE ROADS ACT\n\nIT IS NOTIFIED that the toll shall rise on 1st July, 2026.\n\n"
            + "Every operator shall comply.\n\n" * 8 + foot + "\n\nJANE WANJIRU,\nCabinet Secretary.\n")
    found = datelines.find(text)
    assert found is not None and found.pattern == "signed" and found.published == expected
    assert datelines.strip(text)[0].count(foot) == 0  # the signature's date is no claim


def test_a_dated_line_at_the_foot_needs_a_signing_word() -> None:
    text = "Headline\n" + "A paragraph.\n" * 10 + "The toll rises on 5 May 2026.\nUpdated: June 4, 2024\n"
    assert datelines.find(text) is None


def test_yearless_dateline_takes_a_year_from_the_name() -> None:
    assert datelines.year_hint("reuters-2024-03-03-acme.txt") == 2024
    assert datelines.year_hint("acme.txt") is None
    found = datelines.find("LONDON, March 3 (Reuters) - Acme said.", datelines.year_hint("2024/acme.txt"))
    assert found is not None and found.published == date(2024, 3, 3)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_plain_text_dated_by_its_dateline_which_is_removed(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Japan plans spending\n\nTOKYO, Dec 16, 2022 (Reuters) - Japan on Friday said it "
           "will double defence spending by 2027.\n")
    (article,) = read_articles(tmp_path).articles
    assert article.published == date(2022, 12, 16) and article.published_source == "text"
    assert article.body.startswith("Japan on Friday") and "Reuters" not in article.body


def test_label_line_is_not_the_title(tmp_path: Path) -> None:
    _write(tmp_path, "c.txt", "NEWS RELEASE\nMunich, 4 June 2024\n\nAcme to open plant in 2026\n\nAcme hires.\n")
    (article,) = read_articles(tmp_path).articles
    assert article.title == "Acme to open plant in 2026" and article.published == date(2024, 6, 4)
    assert "RELEASE" not in article.body and "Munich" not in article.body


def test_desk_line_removed_and_title_kept(tmp_path: Path) -> None:
    _write(tmp_path, "b.txt", "Qatar lifts LNG capacity\n2024-02-25 Energy desk\n\nQatar will lift capacity by 2030.\n")
    (article,) = read_articles(tmp_path).articles
    assert article.title == "Qatar lifts LNG capacity" and article.published == date(2024, 2, 25)
    assert "Energy desk" not in article.body


def test_metadata_and_manifest_win_over_the_dateline(tmp_path: Path) -> None:
    _write(tmp_path, "c.md", "---\ntitle: T\npublishedDateTime: 2020-01-02\n---\nUpdated: June 4, 2024\n\nBody.\n")
    (article,) = read_articles(tmp_path / "c.md").articles
    assert article.published == date(2020, 1, 2) and article.published_source == "metadata"
    assert "Updated" not in article.body  # the dateline line is still never text to read
    _write(tmp_path, "d.txt", "Title\nUpdated: June 4, 2024\n\nBody.\n")
    (article,) = read_articles(tmp_path / "d.txt", manifest={"d.txt": date(2021, 5, 6)}).articles
    assert article.published == date(2021, 5, 6) and article.published_source == "manifest"


def test_yearless_dateline_left_unknown(tmp_path: Path) -> None:
    _write(tmp_path, "e.txt", "Title\n\nLONDON, March 3 (Reuters) - Acme said it will ship next month.\n")
    result = read_articles(tmp_path)
    (article,) = result.articles
    assert article.published is None and article.body.startswith("Acme said")
    assert any("no usable year" in r for r in result.inputs[0].reasons)


def test_dateline_is_never_a_claim(tmp_path: Path) -> None:
    from extractor import extract

    _write(tmp_path, "f.txt", "Acme plans\nUpdated: October 23, 2024 10:32 am\n\nAcme will open its plant in "
           "March 2026, it said.\n")
    frame = extract(tmp_path)
    assert list(frame["date_text"]) == ["March 2026"]
    assert set(frame["published_source"]) == {"text"}
    assert set(frame["published"].dt.strftime("%Y-%m-%d")) == {"2024-10-23"}


DEV2_DATES = {"208": "2024-02-25", "210": "2024-10-23", "220": "2024-02-01", "221": "2022-12-16", "223": "2023-04-15"}


def test_dev2_plain_texts_dated_from_their_datelines(shared_dir: Path, tmp_path: Path) -> None:
    corpus = shared_dir / "corpus" / "dev2"
    if not corpus.is_dir():
        pytest.skip("no ../shared/corpus/dev2")
    for path in sorted(corpus.glob("*.txt")):  # copied without published.yaml: the text alone dates them
        _write(tmp_path, path.name, path.read_text(encoding="utf-8"))
    dated = {a.source_file.split("/")[-1][:3]: a.published.isoformat() for a in read_articles(tmp_path).articles
             if a.published_source == "text"}
    assert dated == DEV2_DATES


def test_a_long_text_without_a_page_number_is_not_searched_for_a_footer(monkeypatch) -> None:
    """The footer search tries every line of a text at every character; a text with no page number ("Page 3")
    can hold no footer, so it is not searched at all, while one with a page number still is."""
    def searched() -> None:
        raise AssertionError("searched for a footer")

    long = "The terminal opens in May 2027, the operator said on Tuesday.\n\n" * 5000
    monkeypatch.setattr(datelines, "_footer", searched)
    assert datelines.find(long) is None
    with pytest.raises(AssertionError, match="footer"):
        datelines.find(long + "Harbour Gas Ltd | Published 5 August 2025      Page 3 of 20\n")


def test_the_first_and_last_lines_are_read_from_the_ends_as_a_whole_split_gives_them() -> None:
    """A dateline is looked for in the first and last few non-empty lines, read from the text's two ends (a long
    text is not split whole): the same lines at the same offsets as splitting the whole text, on random texts of
    blank, spaced and empty lines."""
    import random

    rng = random.Random(14)
    for _ in range(5000):
        text = "".join(rng.choice("ab \n\n\t") for _ in range(rng.randint(0, 40)))
        pos, every = 0, []
        for line in text.split("\n"):
            if line.strip():
                every.append((pos, line))
            pos += len(line) + 1
        for first, last in ((6, 6), (1, 1), (3, 10)):
            assert datelines._lines(text, first, last) == (every[:first], every[-last:]), (text, first, last)
