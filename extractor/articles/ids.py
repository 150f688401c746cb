"""Document ids: one per document, shared by its copies, never by two different documents.

With a URL the id comes from the canonical URL: w3lib normalises it (scheme-insensitive, sorted query,
no fragment) and only tracking parameters are dropped, so ``story.php?id=101`` and ``?id=202`` stay
apart while ``?utm_source=x`` copies meet. Without a URL, from the file's name (never the path as
spelled) and a hash of the text.
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
from pathlib import PurePath
from urllib.parse import parse_qsl, urlsplit

from w3lib.url import canonicalize_url, url_query_cleaner

from extractor.articles.fields import config


def _tracking(key: str) -> bool:
    return any(fnmatch.fnmatchcase(key.lower(), p) for p in config()["tracking_parameters"])


def canonical_url(url: str) -> str:
    """Host (no ``www.``/``amp.``), path (no AMP suffix, no trailing slash) and the identifying query."""
    raw = url.strip()
    if not re.match(r"^[a-z][a-z0-9+.-]*://", raw, re.I):
        raw = "http://" + raw
    try:
        canonical = canonicalize_url(raw)
        parts = urlsplit(canonical)
    except ValueError:  # an unparseable URL still identifies its document by its text
        return re.sub(r"^[a-z]+://", "", url.strip().lower())
    tracking = [k for k, _ in parse_qsl(parts.query, keep_blank_values=True) if _tracking(k)]
    query = urlsplit(url_query_cleaner(canonical, tracking, remove=True)).query if tracking else parts.query
    host = re.sub(r"^(?:www\d*|amp)\.", "", (parts.hostname or "").lower())
    path = re.sub(r"/amp/?$|\.amp$", "", parts.path).rstrip("/")
    return host + path + (f"?{query}" if query else "")


def make_doc_id(url: str, title: str, body: str, source: str = "") -> str:
    """Stable id: the canonical URL when there is one, else the file's name and the text's hash."""
    if url:
        key = "url:" + canonical_url(url)
    else:
        content = hashlib.sha1(" ".join((title + " " + body).split()).lower().encode("utf-8", "replace"))
        key = f"text:{PurePath(source).name}:{content.hexdigest()}"
    return hashlib.sha1(key.encode("utf-8", "replace")).hexdigest()[:12]
