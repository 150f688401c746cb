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
        ("pdf.txt", b"%PDF-1.7\n" + bytes(range(256)) * 4, "skipped", "binary"),
        ("latin.txt", "Caf\xe9 will open in 2030\n".encode("latin-1"), "ok", "not UTF-8"),
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


def test_huge_file_is_read_whole_not_cut(tmp_path: Path) -> None:
    write(tmp_path, "huge.txt", "Title\n" + "word " * 1_200_000)
    result = read_articles(tmp_path)
    (article,) = result.articles
    assert len(article.body) == len("word " * 1_200_000) - 1
    assert result.inputs[0].status == "ok"
    assert read_articles(tmp_path, max_file_mb=1).inputs[0].status == "skipped"  # over the flag: skipped, not cut


def test_hostile_control_characters_removed(tmp_path: Path) -> None:
    write(tmp_path, "h.txt", "Ti\x07tle\x1b\nBody\x00 text will ship in 2030. " + "More prose. " * 20)
    (article,) = read_articles(tmp_path).articles  # a stray NUL does not make a text binary
    assert article.title == "Title" and article.body.startswith("Body text")
    write(tmp_path, "h.txt", "\x00" * 50 + "Title")
    assert read_articles(tmp_path).inputs[0].status == "skipped"


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


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("https://www.Example.com/a/amp/?utm_source=x", "http://example.com/a", True),
        ("https://example.com/story.php?id=101", "https://example.com/story.php?id=202", False),
        ("https://example.com/story.php?id=101&utm_medium=s&fbclid=z", "example.com/story.php?id=101", True),
        ("https://example.com/s?b=2&a=1", "https://example.com/s?a=1&b=2", True),
        ("https://example.com/s?a=1#comments", "https://example.com/s?a=1", True),
        ("https://example.com/s?gclid=1&amp=1", "https://example.com/s", True),
        ("https://example.com/news/a", "https://example.com/news/b", False),
    ],
)
def test_canonical_url(a: str, b: str, same: bool) -> None:
    assert (canonical_url(a) == canonical_url(b)) is same


def test_query_strings_keep_documents_apart(tmp_path: Path) -> None:
    rows = [{"title": f"Story {k}", "text": "Acme will ship in 2030.", "url": f"https://e.com/story.php?id={k}"}
            for k in (101, 202)]
    write(tmp_path, "a.jsonl", "\n".join(json.dumps(r) for r in rows))
    one, two = read_articles(tmp_path).articles
    assert one.doc_id != two.doc_id and one.copies == two.copies == 1


def test_doc_id_without_url_uses_the_file_name_not_the_path(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    write(tmp_path / "x", "a.txt", "Title\nAcme will ship in 2030.")
    near = read_articles(tmp_path / "x" / "a.txt").articles[0].doc_id
    spelled = read_articles(f"{tmp_path}/x/../x/a.txt").articles[0].doc_id
    assert near == spelled
    write(tmp_path / "x", "b.txt", "Title\nAcme will ship in 2030.")
    assert read_articles(tmp_path / "x" / "b.txt").articles[0].doc_id != near


@pytest.mark.parametrize(
    ("encoding", "bom", "word"),
    [("utf-8", b"", "café"), ("utf-8", b"\xef\xbb\xbf", "café"), ("utf-16-le", b"\xff\xfe", "café"),
     ("utf-16-be", b"\xfe\xff", "café"), ("utf-32-le", b"\xff\xfe\x00\x00", "café"), ("cp1252", b"", "café’s"),
     ("shift_jis", b"", "東京の工場")],
)
def test_text_encodings(tmp_path: Path, encoding: str, bom: bytes, word: str) -> None:
    body = f"Acme will open the {word} plant in March 2026, the company said. " * 8
    if encoding == "shift_jis":
        body = "東京の工場は2026年に稼働する予定です。" * 20 + body
    write(tmp_path, "e.txt", bom + f"Acme plan\n{body}".encode(encoding))
    result = read_articles(tmp_path)
    (article,) = result.articles
    assert word in article.body and article.title == "Acme plan"
    assert result.inputs[0].status == "ok" and result.inputs[0].encoding


def test_mixed_encodings_keep_both_parts(tmp_path: Path) -> None:
    write(tmp_path, "m.txt", "Mixed\nThe café ".encode() + "naïve ".encode("cp1252") + "plan “opens” in 2030.".encode())
    result = read_articles(tmp_path)
    (article,) = result.articles
    assert article.body == "The café naïve plan “opens” in 2030."
    assert "stray" in result.inputs[0].encoding


@pytest.mark.parametrize(("size", "limit"), [(10, 100), (250_000, 100_000), (1_000_003, 100_000)])
@pytest.mark.parametrize("one_line", [False, True])
def test_long_bodies_split_on_sentence_ends_and_lose_nothing(size: int, limit: int, one_line: bool) -> None:
    from extractor.articles.chunks import split_body

    sentence = "Acme will open plant number %d soon. "
    sep = " " if one_line else "\n"
    body = sep.join(sentence % k for k in range(size // len(sentence) + 1))[:size]
    pieces = split_body(body, limit)
    assert "".join(text for _, text in pieces) == body
    assert [offset for offset, _ in pieces] == [sum(len(t) for _, t in pieces[:k]) for k in range(len(pieces))]
    assert all(len(text) <= limit for _, text in pieces)
    assert all(text.rstrip().endswith(".") for _, text in pieces[:-1])


def test_chunks_carry_ids_apart(tmp_path: Path) -> None:
    from extractor.articles import pieces

    write(tmp_path, "long.txt", "Title\n" + "Acme will open a plant in 2030. " * 10_000)
    (article,) = read_articles(tmp_path).articles
    chunks = pieces(article)
    assert len(chunks) == 4 and chunks[0].title == "Title" and [c.sections[0][0] for c in chunks[1:]] == ["body"] * 3
    assert len({c.part for c in chunks}) == 4 and {c.doc_id for c in chunks} == {article.doc_id}


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_front_matter_line_endings_and_bom(tmp_path: Path, newline: str, bom: str) -> None:
    write(tmp_path, "a.md", bom + FRONT.replace("\n", newline))
    main, related = read_articles(tmp_path).articles
    assert main.title == "Acme will open a plant in 2026" and main.published == date(2025, 3, 4)
    assert main.body == "The body says production starts in Q3 2026."


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        ("a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
         "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
         "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ntitle: *h\n", "alias"),
        ("title: !!python/object/apply:os.system ['touch PWNED']\n", "broken front matter"),
        ("title: " + "[" * 5000 + "]" * 5000 + "\n", "broken front matter"),
        ("- just\n- a list\n", "not a mapping"),
    ],
)
def test_hostile_front_matter(tmp_path: Path, front: str, reason: str) -> None:
    write(tmp_path, "h.md", f"---\n{front}---\nAcme will open its plant in 2030.\n")
    result = read_articles(tmp_path)
    assert any(reason in r for r in result.inputs[0].reasons)
    assert [a.body or a.title for a in result.articles] == ["Acme will open its plant in 2030."]
    assert not (tmp_path / "PWNED").exists() and not Path("PWNED").exists()


def test_unclosed_front_matter_is_not_a_title(tmp_path: Path) -> None:
    write(tmp_path, "u.md", "---\ntitle: never closed\nAcme will open its plant in 2030.\n")
    result = read_articles(tmp_path)
    (article,) = result.articles
    assert article.title != "---" and result.inputs[0].status == "partial"


def test_unknown_columns_are_named_and_can_be_mapped(tmp_path: Path) -> None:
    write(tmp_path, "s.csv", "Headline,Story,When\nAcme plan,Acme will open a plant in 2030.,2025-01-02\n")
    result = read_articles(tmp_path)
    rep = result.inputs[0]
    assert rep.status == "partial" and "Story" in rep.reasons[0] and "text" in rep.reasons[0]
    mapped = read_articles(tmp_path, columns={"text": "Story", "published": "When"})
    (article,) = mapped.articles
    assert article.body == "Acme will open a plant in 2030." and article.published == date(2025, 1, 2)
    assert mapped.inputs[0].status == "ok"


def test_symlink_loops_and_odd_names(tmp_path: Path) -> None:
    root = tmp_path / "in"
    deep = root.joinpath(*[f"d{k}" for k in range(40)])
    deep.mkdir(parents=True)
    write(deep, "deep file é.txt", "Deep\nAcme will open a plant in 2030.")
    (deep / "loop").symlink_to(root, target_is_directory=True)
    (root / "dangling.txt").symlink_to(root / "missing.txt")
    result = read_articles(root)
    assert [a.title for a in result.articles] == ["Deep"]
    status = {Path(r.source).name: r.status for r in result.inputs}
    assert status["loop"] == "ignored" and status["dangling.txt"] == "skipped"


def test_stream_reads_a_file_only_as_articles_are_asked_for(tmp_path: Path) -> None:
    from extractor.articles import stream_articles

    lines = [json.dumps({"title": f"T{k}", "text": f"Body {k}.", "published": "2025-01-02"}) for k in range(3)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Title B\nBody B.", encoding="utf-8")
    reports: list = []
    stream = stream_articles(tmp_path, reports)
    first = next(stream)
    assert first.title == "T0" and reports == []  # nothing reported before the file is read through
    rest = list(stream)
    assert [a.title for a in rest] == ["T1", "T2", "Title B"]
    assert [(r.source.rsplit("/", 1)[-1], r.documents) for r in reports] == [("a.jsonl", 3), ("b.txt", 1)]
    whole = read_articles(tmp_path)
    assert [a.doc_id for a in whole.articles] == [a.doc_id for a in [first, *rest]]


def test_a_file_failing_partway_is_partial_and_keeps_what_it_gave(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor.articles import reader, stream_articles

    lines = [json.dumps({"title": f"T{k}", "text": f"Body {k}."}) for k in range(3)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    original = reader._article

    def flaky(record: dict, *args: object) -> object:
        if record.get("title") == "T2":
            raise RuntimeError("disk went away")
        return original(record, *args)

    monkeypatch.setattr(reader, "_article", flaky)
    reports: list = []
    assert [a.title for a in stream_articles(tmp_path, reports)] == ["T0", "T1"]
    (report,) = reports
    assert report.status == "partial" and report.documents == 2
    assert "could not be read: RuntimeError: disk went away" in report.reasons


@pytest.mark.parametrize("text", ["", "\n", "a", "a\n", "a\r\nb\rc\x0bd\x0ce\x1cf\x85g\u2028h\u2029", "a\n\nb\n",
                                  "\r\n\r\n", "é\u2028\nx\x85", "€\r\r\n\x85\n"])
def test_stream_lines_break_where_splitlines_does(text: str) -> None:
    from extractor.articles.reader import _byte_lines, _lines

    assert list(_lines(text)) == text.splitlines()
    assert list(_byte_lines(text.encode("utf-8"), "utf-8")) == text.splitlines()


def test_words_hyphenated_at_a_line_break_are_joined(tmp_path: Path) -> None:
    """Text extracted from a PDF splits words at line ends ("sched-" / "uled"); compounds keep their hyphen."""
    (tmp_path / "r.txt").write_text("Annual report\n\nThe plant is sched-\nuled to open in 2027 under a long-\n"
                                    "term plan; the dividend is pay-\nable in May.\n", encoding="utf-8")
    (article,) = read_articles(tmp_path / "r.txt").articles
    assert "scheduled to open" in article.body and "long-term plan" in article.body
    assert "payable in May" in article.body
