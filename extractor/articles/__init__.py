"""Read article files, folders and streams into `Article` records.

Every input is accounted for: each file (or stdin) gets an `InputReport` saying what was read,
what was skipped and why, so a run never loses an input silently. Parsing never raises on bad
input; it reports.

Accepted forms (field names in lexicons/inputs.yaml):
- text/markdown with YAML front matter between ``---`` lines (title, excerpt, publishedDateTime,
  originalUrl/webUrl, provider.name, and ``related:`` items, each a document of its own);
- plain text/markdown: first non-empty line is the title, the rest the body; a dateline or byline
  near the top dates it (extractor.datelines);
- JSON Lines and CSV with one article per line/row;
- ``-``: JSON Lines on standard input.

Modules: ``model`` (records), ``decode`` (bytes -> text), ``front`` (front matter), ``fields`` (field
names, clean values), ``ids`` (doc ids, URL canonicalisation), ``chunks`` (long texts), ``walk`` (folders), ``manifest``
(publication-date manifests), ``reader`` (files and records -> articles, whole or as a stream).
"""

from extractor.articles.fields import FieldMap, parse_date
from extractor.articles.ids import canonical_url, make_doc_id
from extractor.articles.manifest import find_manifests, load_manifest
from extractor.articles.model import Article, InputReport, ReadResult
from extractor.articles.reader import iter_file, pieces, read_articles, read_file, stream_articles
from extractor.articles.walk import display

__all__ = ["Article", "FieldMap", "InputReport", "ReadResult", "canonical_url", "display", "find_manifests",
           "iter_file", "load_manifest", "make_doc_id", "parse_date", "pieces", "read_articles", "read_file",
           "stream_articles"]
