"""Files, folders and streams -> `Article` records, with one `InputReport` per input.

Parsing never raises on bad input: each problem becomes a reason on the input's report, and an
unexpected failure while reading one file costs that file only.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from extractor import datelines
from extractor.articles import front
from extractor.articles.decode import NotText, decode
from extractor.articles.fields import FieldMap, config, parse_date, provider, text
from extractor.articles.ids import make_doc_id
from extractor.articles.manifest import find_manifests, load_manifest, with_manifest
from extractor.articles.model import Article, InputReport, ReadResult
from extractor.articles.walk import display, expand

csv.field_size_limit(2**31 - 1)  # a long article body is one cell; the file-size limit bounds it
_BREAK = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")  # where str.splitlines breaks
_BREAK_NOT_CR = frozenset("\v\f\x1c\x1d\x1e\x85\u2028\u2029")
_BYTE_LINES = ("utf-8", "ascii", "cp1252")  # codecs whose newline byte is never part of another character


def _article(record: Mapping[str, Any], source: str, part: str, date_source: str, fields: FieldMap,
             report: InputReport) -> Article:
    """One document from a record; a dateline opening its body is taken out of the text and dates it
    when the metadata does not."""
    title, body = text(fields.get(record, "title")), text(fields.get(record, "text"))
    url = text(fields.get(record, "url"))
    body, line = datelines.strip(body, datelines.year_hint(url, source)) if date_source != "related" else (body, None)
    published = parse_date(fields.get(record, "published"))
    doc = Article(
        doc_id=make_doc_id(url, title, body, source),
        source_file=source,
        title=title,
        excerpt=text(fields.get(record, "excerpt")),
        body=body.strip(),
        published=published,
        published_source=date_source if published else "unknown",
        url=url,
        provider=provider(fields.get(record, "provider")),
        part=part,
    )
    return _dated(doc, line, report)


def _dated(doc: Article, line: datelines.Dateline | None, report: InputReport) -> Article:
    if line is None or doc.published is not None:
        return doc
    if line.published is None:
        report.note(f"{doc.part}: dateline {line.text!r} has no usable year; publication date left unknown")
        return doc
    return replace(doc, published=line.published, published_source="text")


def _plain(body: str, source: str, report: InputReport, fields: FieldMap) -> Article:
    """A text without front matter: its dateline (if any) and label lines ("PRESS RELEASE") out, then the first
    non-empty line is the title, unless that line is too long for one (a one-line page is all body)."""
    body, line = datelines.strip(body, datelines.year_hint(source))
    body = datelines.drop_labels(body)
    first, _, rest = body.strip().partition("\n")
    if len(first) > config()["limits"]["max_title_chars"]:
        report.note("first line too long for a title; read as body text")
        first, rest = "", body
    return _dated(_article({"title": first, "text": rest}, source, "main", "metadata", fields, report), line, report)


def _read_text_file(raw_text: str, source: str, report: InputReport, fields: FieldMap) -> list[Article]:
    meta_text, body, problem = front.split(front.normalise(raw_text))
    if problem:
        report.problem(problem)
    if meta_text is None:
        return [_plain(body, source, report, fields)] if body.strip() else []
    try:
        meta = front.parse(meta_text)
    except Exception as err:  # noqa: BLE001 - malformed YAML, unsafe tags, alias bombs, absurd nesting alike
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        reason = getattr(err, "problem", None) or f"{type(err).__name__}: {err}"
        report.problem(f"broken front matter{where}: {reason}; read the body as plain text")
        return [_plain(body, source, report, fields)] if body.strip() else []
    if not isinstance(meta, Mapping):
        report.problem("front matter is not a mapping; read the body as plain text")
        return [_plain(body, source, report, fields)] if body.strip() else []
    record = dict(meta)
    if body.strip():
        record["text"] = body
    main = _article(record, source, "main", "metadata", fields, report)
    docs = [main] if (main.title or main.excerpt or main.body) else []
    related = meta.get("related") or []
    if not isinstance(related, list):
        report.problem("`related:` is not a list; ignored")
        related = []
    for k, item in enumerate(related, start=1):
        if not isinstance(item, Mapping):
            report.problem(f"related item {k} is not a mapping; ignored")
            continue
        doc = _article(item, source, f"related[{k}]", "related", fields, report)
        if doc.title or doc.excerpt or doc.body:
            docs.append(doc)
        else:
            report.problem(f"related item {k} has no text; ignored")
    return docs


def _columns(seen: Iterable[str], fields: FieldMap, report: InputReport, what: str) -> None:
    """Name the columns (keys) nothing reads, and say so loudly when no text column is among them."""
    seen = list(dict.fromkeys(str(k) for k in seen))
    unknown = fields.unknown(seen)
    if not fields.has(seen, "text"):
        report.problem(f"no text {what} among {seen}; accepted: {fields.names('text')} (or name yours with "
                       "--text-column); only titles and excerpts read")
    elif unknown:
        accepted = "; ".join(f"{name}: {', '.join(fields.names(name))}" for name in config()["fields"])
        report.note(f"{what}s not read: {unknown} (accepted {accepted})")


def _records_jsonl(lines: Iterable[str], report: InputReport, fields: FieldMap
                   ) -> Iterator[tuple[str, Mapping[str, Any]]]:
    keys: dict[str, None] = {}
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as err:
            report.problem(f"line {n}: not JSON ({getattr(err, 'msg', type(err).__name__)}); skipped")
            continue
        if not isinstance(record, Mapping):
            report.problem(f"line {n}: not a JSON object; skipped")
            continue
        keys.update(dict.fromkeys(map(str, record)))
        yield f"line {n}", record
    if keys:
        _columns(keys, fields, report, "key")


def _records_csv(body: str, report: InputReport, fields: FieldMap) -> Iterator[tuple[str, Mapping[str, Any]]]:
    try:
        reader = csv.DictReader(io.StringIO(body))
        _columns(reader.fieldnames or [], fields, report, "column")
        for n, row in enumerate(reader, start=2):
            yield f"row {n}", {k: v for k, v in row.items() if k is not None}
    except csv.Error as err:
        report.problem(f"CSV error: {err}; rest of the file skipped")


def _from_records(records: Iterable[tuple[str, Mapping[str, Any]]], source: str, report: InputReport,
                  fields: FieldMap) -> Iterator[Article]:
    for part, record in records:
        doc = _article(record, source, part, "metadata", fields, report)
        if doc.title or doc.body or doc.excerpt:
            yield doc
        else:
            report.problem(f"{part}: no title or text; skipped")


def _kind(path: Path) -> str | None:
    ext = path.suffix.lower()
    for kind, exts in config()["extensions"].items():
        if ext in exts:
            return kind
    return None


def read_file(path: Path, source: str | None = None, fields: FieldMap | None = None,
              max_bytes: int | None = None) -> tuple[list[Article], InputReport]:
    """Read one file of any accepted form; never raises on bad content."""
    report = InputReport(source or display(path))
    return list(iter_file(path, report, fields, max_bytes)), report


def iter_file(path: Path, report: InputReport, fields: FieldMap | None = None,
              max_bytes: int | None = None) -> Iterator[Article]:
    """The articles of one file as they are parsed (a JSON Lines or CSV file is never held as a list of
    articles), with its problems on ``report``; never raises on bad content."""
    source = report.source
    fields = fields or FieldMap()
    kind = _kind(path)
    if kind is None:
        report.problem(f"not an article file type ({path.suffix or 'no extension'})", "ignored")
        return
    limit = max_bytes if max_bytes is not None else int(config()["limits"]["max_file_mb"] * 1_000_000)
    try:
        size = path.stat().st_size
        if size > limit:
            report.problem(f"larger than {limit // 1_000_000} MB ({size} bytes); skipped, not cut "
                           "(raise --max-file-mb to read it)", "skipped")
            return
        raw = path.read_bytes()
    except OSError as err:
        report.problem(f"unreadable: {err.strerror or err}", "skipped")
        return
    try:
        body, report.encoding = decode(raw)
    except NotText as err:
        report.problem(str(err), "skipped")
        return
    if not body.strip(" \t\r\n\ufeff\x00"):
        report.problem("empty file", "skipped")
        return
    if report.encoding not in ("utf-8", "utf-8 with BOM", "ascii"):
        report.note(f"not UTF-8: decoded as {report.encoding} (detected)")
    if kind == "jsonl":
        lines = _byte_lines(raw, report.encoding) if report.encoding in _BYTE_LINES else _lines(body)
        del raw, body  # a big file is held once, as bytes where they decode line by line
        yield from _from_records(_records_jsonl(lines, report, fields), source, report, fields)
        return
    del raw
    if kind == "csv":
        yield from _from_records(_records_csv(front.normalise(body), report, fields), source, report, fields)
    else:
        yield from _read_text_file(body, source, report, fields)


def _lines(text: str) -> Iterator[str]:
    """``text.splitlines()`` one line at a time (the same line breaks), so no list of lines is held."""
    start = 0
    for m in _BREAK.finditer(text):
        yield text[start:m.start()]
        start = m.end()
    if start < len(text):
        yield text[start:]


def _byte_lines(raw: bytes, encoding: str) -> Iterator[str]:
    """`_lines` of ``raw`` decoded, one line decoded at a time: the bytes of a mostly-English file take a
    byte a character where its decoded text takes two or four. Only for codecs in which a newline byte is
    always a newline (``_BYTE_LINES``)."""
    start = 0
    while (end := raw.find(b"\n", start)) != -1:
        chunk = raw[start:end].decode(encoding)
        yield from chunk.splitlines()
        if not chunk or chunk[-1] in _BREAK_NOT_CR:  # the newline after that break ends an empty line
            yield ""
        start = end + 1
    if start < len(raw):
        yield from raw[start:].decode(encoding).splitlines()


def _stdin_lines(stdin: io.TextIOBase | None, report: InputReport) -> Iterable[str]:
    if stdin is not None:
        return stdin
    try:
        body, report.encoding = decode(sys.stdin.buffer.read())
    except NotText as err:
        report.problem(str(err), "skipped")
        return []
    return body.splitlines()


def read_articles(
    inputs: Iterable[str | Path] | str | Path,
    manifest: str | Path | Mapping[str, date] | None = None,
    stdin: io.TextIOBase | None = None,
    columns: Mapping[str, str] | None = None,
    max_file_mb: float | None = None,
) -> ReadResult:
    """Read every article below ``inputs``; dates missing from metadata come from the manifest
    (explicit, else a ``published.yaml`` beside the inputs), else from a dateline. ``columns`` maps a
    field (text, title, published, ...) to the user's own column name."""
    reports: list[InputReport] = []
    articles = list(stream_articles(inputs, reports, manifest, stdin, columns, max_file_mb))
    counts = Counter(a.doc_id for a in articles)
    articles = [replace(a, copies=counts[a.doc_id]) for a in articles]
    return ReadResult(articles, reports)


def stream_articles(
    inputs: Iterable[str | Path] | str | Path,
    reports: list[InputReport],
    manifest: str | Path | Mapping[str, date] | None = None,
    stdin: io.TextIOBase | None = None,
    columns: Mapping[str, str] | None = None,
    max_file_mb: float | None = None,
) -> Iterator[Article]:
    """`read_articles` as a stream, so a run reads files only as fast as it processes them: each input's
    report is appended to ``reports`` once the input is read through, and ``copies`` is left at 1 (how
    many times a document occurs is known only at the end). An input that fails partway is "partial".
    Manifests are loaded here, before the first article is asked for (a bad one raises ValueError now)."""
    if isinstance(inputs, str | Path):
        inputs = [inputs]
    inputs = list(inputs)
    fields = FieldMap(dict(columns or {}))
    max_bytes = int(max_file_mb * 1_000_000) if max_file_mb is not None else None
    manifests = {found: load_manifest(found) for found in find_manifests(inputs)} if manifest is None else {}
    if manifest is None:
        dates: dict[str, date] = {}
        for found in manifests.values():
            dates.update(found)
    elif isinstance(manifest, Mapping):
        dates = dict(manifest)
    else:
        dates = load_manifest(Path(manifest))
    return _stream(inputs, reports, manifests, dates, stdin, fields, max_bytes)


def _stream(inputs: list[str | Path], reports: list[InputReport], manifests: Mapping[Path, Mapping[str, date]],
            dates: Mapping[str, date], stdin: io.TextIOBase | None, fields: FieldMap,
            max_bytes: int | None) -> Iterator[Article]:
    for path, name, early in expand(inputs):
        if early is not None:
            reports.append(early)
            continue
        if path in manifests:
            count = len(manifests[path])
            reports.append(InputReport(name, "manifest", 0, [f"publication-date manifest for {count} file(s)"]))
            continue
        report = InputReport(name)
        undated: list[str] = []  # noted after the file's own reasons
        read = 0
        try:
            if path is None:
                docs = _from_records(_records_jsonl(_stdin_lines(stdin, report), report, fields), "-", report, fields)
            else:
                docs = (with_manifest(d, path, dates) for d in iter_file(path, report, fields, max_bytes))
            for d in docs:
                if d.published is None:
                    undated.append(f"{d.part}: no publication date; relative dates stay unresolved")
                read += 1
                yield d
        except Exception as err:  # noqa: BLE001 - one unreadable input never costs the run
            report.problem(f"could not be read: {type(err).__name__}: {err}", "partial" if read else "skipped")
        for note in undated:
            report.note(note)
        report.documents = read
        if not read and report.status == "ok":
            report.problem("no article text found", "skipped")
        reports.append(report)


def pieces(article: Article) -> list[Article]:
    """The article, or its chunks when it is longer than the configured chunk size."""
    from extractor.articles.chunks import chunked

    return chunked(article, int(config()["limits"]["chunk_chars"]))
