"""Reader: every input form, broken inputs reported by name, nothing lost."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from extractor.articles import canonical_url, load_manifest, parse_date, read_articles

FRONT = """---
title: "Acme will open a plant in 2026"
excerpt: "Acme said the plant opens next year."
publishedDateTime: 2025-03-04T10:00:00Z
published: false
originalUrl: "https://www.example.com/acme-plant/"
provider:
  name: Example News
  domain: example.com
related:
  - title: "Acme plant coming"
    excerpt: "The plant is due in 2026."
    publishedDateTime: 2025-03-05T01:00:00Z
    webUrl: "https://other.example.org/acme"
    provider:
      name: Other
---
The body says production starts in Q3 2026.
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_front_matter_with_related_items(tmp_path: Path) -> None:
    write(tmp_path, "a.md", FRONT)
    result = read_articles(tmp_path)
    main, related = result.articles
    assert main.title == "Acme will open a plant in 2026"
    assert main.excerpt.startswith("Acme said")
    assert main.body == "The body says production starts in Q3 2026."
    assert main.published == date(2025, 3, 4) and main.published_source == "metadata"
    assert main.provider == "Example News" and main.url == "https://www.example.com/acme-plant/"
    assert related.part == "related[1]" and related.published_source == "related"
    assert related.published == date(2025, 3, 5) and related.provider == "Other"
    assert related.source_file == main.source_file
    assert result.inputs[0].status == "ok" and result.inputs[0].documents == 2


def test_plain_text_first_line_is_title(tmp_path: Path) -> None:
    write(tmp_path, "p.txt", "\n\nHeadline here\n\nFirst paragraph.\nSecond line.\n")
    (article,) = read_articles(tmp_path).articles
    assert article.title == "Headline here"
    assert article.body.startswith("First paragraph.")
    assert article.published is None and article.published_source == "unknown"


def test_jsonl_and_csv_records(tmp_path: Path) -> None:
    rows = [
        {"title": "One", "text": "Body one.", "published": "2024-01-02", "url": "u1", "source": "S1"},
        {"headline": "Two", "body": "Body two.", "date": "March 5, 2024", "provider": {"name": "S2"}},
    ]
    write(tmp_path, "a.jsonl", "\n".join(json.dumps(r) for r in rows) + "\nnot json\n")
    write(tmp_path, "b.csv", "title,text,published,url,source\nThree,Body three.,2024-02-03,u3,S3\n")
    result = read_articles(tmp_path)
    titles = [a.title for a in result.articles]
    assert titles == ["One", "Two", "Three"]
    assert result.articles[1].published == date(2024, 3, 5)
    assert result.articles[1].provider == "S2"
    jsonl = next(i for i in result.inputs if i.source.endswith("a.jsonl"))
    assert jsonl.status == "partial" and any("line 3" in r for r in jsonl.reasons)


def test_stdin_jsonl() -> None:
    stream = io.StringIO(json.dumps({"title": "T", "text": "X will ship in 2030."}) + "\n")
    result = read_articles(["-"], stdin=stream)
    assert [a.title for a in result.articles] == ["T"]
    assert result.inputs[0].source == "-"


@pytest.mark.parametrize(
    ("name", "content", "status", "reason"),
    [
        ("empty.txt", "", "skipped", "empty"),
        ("blank.md", "   \n\n", "skipped", "empty"),
        ("bin.txt", b"\x00\x01\x02binary", "skipped", "binary"),
        ("latin.txt", "Caf\xe9 will open in 2030\n".encode("latin-1"), "partial", "not UTF-8"),
        ("badyaml.md", "---\ntitle: [unclosed\n---\nBody text will ship in 2030.\n", "partial", "broken front matter"),
        ("notes.yaml", "a: 1\n", "ignored", "not an article file type"),
    ],
)
def test_broken_inputs_are_reported_by_name(tmp_path: Path, name: str, content, status: str, reason: str) -> None:
    write(tmp_path, name, content)
    result = read_articles(tmp_path)
    (rep,) = result.inputs
    assert rep.source.endswith(name)
    assert rep.status == status
    assert any(reason in r for r in rep.reasons)


def test_missing_path_is_reported(tmp_path: Path) -> None:
    result = read_articles([tmp_path / "nope"])
    assert result.inputs[0].status == "skipped" and "no such file" in result.inputs[0].reasons[0]


def test_huge_file_is_cut_not_lost(tmp_path: Path) -> None:
    write(tmp_path, "huge.txt", "Title\n" + "word " * 1_200_000)
    result = read_articles(tmp_path)
    assert len(result.articles) == 1
    assert result.inputs[0].status == "partial"


def test_hostile_control_characters_removed(tmp_path: Path) -> None:
    write(tmp_path, "h.txt", "Ti\x07tle\x1b\nBody\x00 text")
    # NUL in the first 8 KB marks a binary file; control characters elsewhere are stripped
    assert read_articles(tmp_path).inputs[0].status == "skipped"
    write(tmp_path, "h.txt", "Ti\x07tle\x1b\nBody text")
    (article,) = read_articles(tmp_path).articles
    assert article.title == "Title"


def test_copies_share_doc_id(tmp_path: Path) -> None:
    write(tmp_path, "a.md", FRONT)
    copy = FRONT.replace("https://www.example.com/acme-plant/", "http://example.com/acme-plant")
    write(tmp_path, "b.md", copy)
    result = read_articles(tmp_path)
    mains = [a for a in result.articles if a.part == "main"]
    assert mains[0].doc_id == mains[1].doc_id
    assert all(a.copies == 2 for a in mains)


def test_manifest_beside_inputs_and_explicit(tmp_path: Path) -> None:
    write(tmp_path, "x.txt", "Title\nBody")
    write(tmp_path, "published.yaml", "x.txt: 2023-06-21\n")
    (article,) = read_articles(tmp_path).articles
    assert article.published == date(2023, 6, 21) and article.published_source == "manifest"
    manifest = write(tmp_path, "dates.csv", "file,published\nx.txt,2022-01-02\n")
    (article,) = read_articles([tmp_path / "x.txt"], manifest=manifest).articles
    assert article.published == date(2022, 1, 2)
    assert load_manifest(manifest) == {"x.txt": date(2022, 1, 2)}


def test_seeds_dates(seeds_dir: Path) -> None:
    result = read_articles(seeds_dir)
    by_file = {(Path(a.source_file).name, a.part): a for a in result.articles}
    assert by_file[("002_2faedc00c0d08911.txt", "main")].published == date(2023, 6, 21)
    assert by_file[("002_2faedc00c0d08911.txt", "main")].published_source == "manifest"
    assert by_file[("004_229ffc7f2b7bfb05.txt", "main")].published == date(2024, 4, 14)
    assert by_file[("000_fbf8e560e0113207.txt", "main")].published == date(2021, 6, 21)
    assert len(result.articles) == 9


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2021-06-21T19:12:00Z", date(2021, 6, 21)), ("2024-01-02", date(2024, 1, 2)), ("", None),
     ("not a date", None), ("June 3, 2021", date(2021, 6, 3))],
)
def test_parse_date(value: str, expected: date | None) -> None:
    assert parse_date(value) == expected


def test_canonical_url() -> None:
    assert canonical_url("https://www.Example.com/a/amp/?utm=1") == canonical_url("http://example.com/a")
