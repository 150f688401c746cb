"""Read article files, folders and streams into `Article` records.

Every input is accounted for: each file (or stdin) gets an `InputReport` saying what was read,
what was skipped and why, so a run never loses an input silently. Parsing never raises on bad
input; it reports.

Accepted forms (field names in lexicons/inputs.yaml):
- text/markdown with YAML front matter between ``---`` lines (title, excerpt, publishedDateTime,
  originalUrl/webUrl, provider.name, and ``related:`` items, each a document of its own);
- plain text/markdown: first non-empty line is the title, the rest the body;
- JSON Lines and CSV with one article per line/row;
- ``-``: JSON Lines on standard input.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from extractor import yamlio

LEXICON = Path(__file__).parent / "lexicons" / "inputs.yaml"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Article:
    """One document: a file's main article or one of its ``related:`` items."""

    doc_id: str  # stable per document: copies of one document (same URL) share it
    source_file: str
    title: str
    excerpt: str
    body: str
    published: date | None
    published_source: str  # metadata | related | manifest | unknown
    url: str = ""
    provider: str = ""
    part: str = "main"  # "main", "related[1]", "line 3", "row 7"
    copies: int = 1  # how many mentions of this doc_id the run read

    @property
    def sections(self) -> list[tuple[str, str]]:
        """(name, text) of the non-empty sections, in reading order."""
        return [(n, t) for n, t in (("title", self.title), ("excerpt", self.excerpt), ("body", self.body)) if t]


@dataclass
class InputReport:
    """What happened to one input (a file, or stdin)."""

    source: str
    status: str = "ok"  # ok | partial | skipped | ignored | manifest
    documents: int = 0
    reasons: list[str] = field(default_factory=list)

    def problem(self, reason: str, status: str = "partial") -> None:
        self.reasons.append(reason)
        if status == "skipped" or self.status == "ok":
            self.status = status


@dataclass
class ReadResult:
    """Articles in input order, plus one report per input."""

    articles: list[Article]
    inputs: list[InputReport]

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)


@cache
def _config() -> dict[str, Any]:
    return yamlio.load(LEXICON)


def _field(record: Mapping[str, Any], name: str) -> Any:
    """First present value among the accepted names of ``name`` (case-insensitive keys)."""
    lowered = {str(k).lower(): v for k, v in record.items()}
    for key in _config()["fields"][name]:
        value = lowered.get(key)
        if value is not None and value != "" and not isinstance(value, bool):
            return value
    return None


def _text(value: Any) -> str:
    """Clean text: no control characters, normalised line ends."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def _provider(value: Any) -> str:
    if isinstance(value, Mapping):
        return _text(value.get("name") or value.get("domain"))
    return _text(value)


def parse_date(value: Any) -> date | None:
    """A publication date from metadata: ISO first (its date part), else dateparser on the string."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    m = _ISO_DAY.match(text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    import dateparser  # slow import; only for non-ISO metadata dates

    parsed = dateparser.parse(text, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def canonical_url(url: str) -> str:
    """The URL with scheme, www., AMP and tracking noise removed, so copies compare equal."""
    u = url.strip().lower()
    u = re.sub(r"^[a-z]+://", "", u)
    u = re.sub(r"^www\.", "", u)
    u = u.split("#", 1)[0].split("?", 1)[0]
    u = re.sub(r"/amp/?$", "", u)
    return u.rstrip("/")


def make_doc_id(url: str, title: str, body: str) -> str:
    """Stable id: from the canonical URL when there is one, else from the text itself."""
    key = canonical_url(url) if url else "text:" + " ".join((title + " " + body).split()).lower()
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _article(record: Mapping[str, Any], source: str, part: str, date_source: str) -> Article:
    title = _text(_field(record, "title"))
    excerpt = _text(_field(record, "excerpt"))
    body = _text(_field(record, "text"))
    url = _text(_field(record, "url"))
    published = parse_date(_field(record, "published"))
    return Article(
        doc_id=make_doc_id(url, title, body),
        source_file=source,
        title=title,
        excerpt=excerpt,
        body=body,
        published=published,
        published_source=date_source if published else "unknown",
        url=url,
        provider=_provider(_field(record, "provider")),
        part=part,
    )


def _split_front_matter(text: str) -> tuple[str | None, str]:
    """(front matter, body) when the text opens with a ``---`` block, else (None, text)."""
    if not text.startswith("---"):
        return None, text
    m = re.match(r"---[ \t]*\n(.*?)\n---[ \t]*(?:\n|$)", text, flags=re.S)
    if not m:
        return None, text
    return m.group(1), text[m.end():]


def _plain(text: str, source: str, report: InputReport) -> Article:
    lines = text.strip().split("\n", 1)
    title = _text(lines[0])
    body = _text(lines[1]) if len(lines) > 1 else ""
    return _article({"title": title, "text": body}, source, "main", "metadata")


def _read_text_file(text: str, source: str, report: InputReport) -> list[Article]:
    meta_text, body = _split_front_matter(text)
    if meta_text is None:
        return [_plain(text, source, report)]
    try:
        meta = yamlio.loads(meta_text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        report.problem(f"broken front matter{where}: {getattr(err, 'problem', err)}; read the body as plain text")
        return [_plain(body, source, report)] if body.strip() else []
    if not isinstance(meta, Mapping):
        report.problem("front matter is not a mapping; read the body as plain text")
        return [_plain(body, source, report)] if body.strip() else []
    record = dict(meta)
    if body.strip():
        record["text"] = body
    main = _article(record, source, "main", "metadata")
    docs = [main] if (main.title or main.excerpt or main.body) else []
    related = meta.get("related") or []
    if not isinstance(related, list):
        report.problem("`related:` is not a list; ignored")
        related = []
    for k, item in enumerate(related, start=1):
        if not isinstance(item, Mapping):
            report.problem(f"related item {k} is not a mapping; ignored")
            continue
        doc = _article(item, source, f"related[{k}]", "related")
        if doc.title or doc.excerpt or doc.body:
            docs.append(doc)
        else:
            report.problem(f"related item {k} has no text; ignored")
    return docs


def _records_jsonl(lines: Iterable[str], report: InputReport) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            report.problem(f"line {n}: not JSON ({err.msg}); skipped")
            continue
        if not isinstance(record, Mapping):
            report.problem(f"line {n}: not a JSON object; skipped")
            continue
        yield f"line {n}", record


def _records_csv(text: str, report: InputReport) -> Iterator[tuple[str, Mapping[str, Any]]]:
    try:
        reader = csv.DictReader(io.StringIO(text))
        for n, row in enumerate(reader, start=2):
            yield f"row {n}", {k: v for k, v in row.items() if k is not None}
    except csv.Error as err:
        report.problem(f"CSV error: {err}; rest of the file skipped")


def _from_records(records: Iterable[tuple[str, Mapping[str, Any]]], source: str, report: InputReport) -> list[Article]:
    docs = []
    for part, record in records:
        doc = _article(record, source, part, "metadata")
        if doc.title or doc.body or doc.excerpt:
            docs.append(doc)
        else:
            report.problem(f"{part}: no title or text; skipped")
    return docs


def _decode(raw: bytes, report: InputReport) -> str | None:
    if not raw.strip():
        report.problem("empty file", "skipped")
        return None
    if b"\x00" in raw[:8192]:
        report.problem("binary file (NUL bytes); not text", "skipped")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        report.problem(f"not UTF-8 (byte {err.start}); decoded as Windows-1252")
        return raw.decode("cp1252", errors="replace")


def _kind(path: Path) -> str | None:
    ext = path.suffix.lower()
    for kind, exts in _config()["extensions"].items():
        if ext in exts:
            return kind
    return None


def read_file(path: Path, source: str | None = None) -> tuple[list[Article], InputReport]:
    """Read one file of any accepted form; never raises on bad content."""
    source = source or str(path)
    report = InputReport(source)
    kind = _kind(path)
    if kind is None:
        report.problem(f"not an article file type ({path.suffix or 'no extension'})", "ignored")
        return [], report
    limit = _config()["limits"]["max_file_bytes"]
    try:
        with path.open("rb") as fh:
            raw = fh.read() if kind != "text" else fh.read(limit + 1)
    except OSError as err:
        report.problem(f"unreadable: {err.strerror or err}", "skipped")
        return [], report
    if kind == "text" and len(raw) > limit:
        raw = raw[:limit]
        report.problem(f"larger than {limit} bytes; read the first {limit}")
    text = _decode(raw, report)
    if text is None:
        return [], report
    if kind == "jsonl":
        docs = _from_records(_records_jsonl(text.splitlines(), report), source, report)
    elif kind == "csv":
        docs = _from_records(_records_csv(text, report), source, report)
    else:
        docs = _read_text_file(text, source, report)
    return docs, report


def _expand(inputs: Iterable[str | Path]) -> Iterator[tuple[Path | None, str, InputReport | None]]:
    """(path, shown name, early report) for every file below the inputs, in a stable order."""
    for item in inputs:
        name = str(item)
        if name == "-":
            yield None, "-", None
            continue
        path = Path(item)
        if path.is_dir():
            for sub in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in sub.relative_to(path).parts):
                    continue
                yield sub, str(sub), None
        elif path.is_file():
            yield path, name, None
        else:
            yield None, name, InputReport(name, "skipped", 0, ["no such file or folder"])


def load_manifest(path: Path) -> dict[str, date]:
    """File name -> publication date, from YAML (mapping) or CSV (file, published columns)."""
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            rows = [(r.get("file") or r.get("source_file") or "", r.get("published") or "") for r in csv.DictReader(fh)]
    else:
        data = yamlio.load(path) or {}
        if not isinstance(data, Mapping):
            raise ValueError(f"{path}: a manifest must map file names to dates")
        rows = list(data.items())
    out: dict[str, date] = {}
    for name, value in rows:
        day = parse_date(value)
        if day is None:
            raise ValueError(f"{path}: no date for {name!r} ({value!r})")
        out[str(name)] = day
    return out


def find_manifests(inputs: Iterable[str | Path]) -> list[Path]:
    """``published.yaml`` (or .csv) found in an input folder or beside an input file."""
    names = _config()["manifest_names"]
    found: list[Path] = []
    for item in inputs:
        if str(item) == "-":
            continue
        path = Path(item)
        folder = path if path.is_dir() else path.parent
        for name in names:
            candidate = folder / name
            if candidate.is_file() and candidate not in found:
                found.append(candidate)
    return found


def _with_manifest(doc: Article, path: Path | None, manifest: Mapping[str, date]) -> Article:
    if doc.published or path is None or doc.part.startswith("related"):
        return doc
    for key in (path.name, str(path), path.as_posix()):
        if key in manifest:
            return replace(doc, published=manifest[key], published_source="manifest")
    return doc


def read_articles(
    inputs: Iterable[str | Path] | str | Path,
    manifest: str | Path | Mapping[str, date] | None = None,
    stdin: io.TextIOBase | None = None,
) -> ReadResult:
    """Read every article below ``inputs``; dates missing from metadata come from the manifest
    (explicit, else a ``published.yaml`` beside the inputs)."""
    if isinstance(inputs, str | Path):
        inputs = [inputs]
    inputs = list(inputs)
    manifests = {found: load_manifest(found) for found in find_manifests(inputs)} if manifest is None else {}
    if manifest is None:
        dates: dict[str, date] = {}
        for found in manifests.values():
            dates.update(found)
    elif isinstance(manifest, Mapping):
        dates = dict(manifest)
    else:
        dates = load_manifest(Path(manifest))
    articles: list[Article] = []
    reports: list[InputReport] = []
    for path, name, early in _expand(inputs):
        if early is not None:
            reports.append(early)
            continue
        if path is None:
            report = InputReport("-")
            docs = _from_records(_records_jsonl(stdin or sys.stdin, report), "-", report)
        elif path in manifests:
            count = len(manifests[path])
            reports.append(InputReport(name, "manifest", 0, [f"publication-date manifest for {count} file(s)"]))
            continue
        else:
            docs, report = read_file(path, name)
            docs = [_with_manifest(d, path, dates) for d in docs]
        docs = [_clip(d, report) for d in docs]
        for d in docs:
            if d.published is None:
                report.reasons.append(f"{d.part}: no publication date; relative dates stay unresolved")
        report.documents = len(docs)
        if not docs and report.status == "ok":
            report.problem("no article text found", "skipped")
        articles.extend(docs)
        reports.append(report)
    counts = Counter(a.doc_id for a in articles)
    articles = [replace(a, copies=counts[a.doc_id]) for a in articles]
    return ReadResult(articles, reports)


def _clip(doc: Article, report: InputReport) -> Article:
    """Cut an over-long article so one hostile input cannot stall the run."""
    limit = _config()["limits"]["max_text_chars"]
    if len(doc.title) + len(doc.excerpt) + len(doc.body) <= limit:
        return doc
    report.problem(f"{doc.part}: text longer than {limit} characters; cut")
    return replace(doc, title=doc.title[:1000], excerpt=doc.excerpt[:5000], body=doc.body[:limit])
