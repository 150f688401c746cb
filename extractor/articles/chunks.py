"""Long texts in pieces: a document longer than the chunk size is read whole, as consecutive chunks
that end on a sentence boundary, so memory stays bounded and nothing is cut.

The first chunk keeps the title and excerpt; later ones carry body text only (``Article.chunk``) and
a ``part`` naming their offset, so every claim keeps a distinct id.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.articles.model import Article

_SENTENCE_END = re.compile(r"(?:[.!?][\"'\u201d\u2019)\]]*\s+|\n\s*)")


def _cut(text: str, start: int, limit: int) -> int:
    """Where the chunk starting at ``start`` ends: after the last sentence end (or line end) in its
    second half, else after the last space, else at the limit."""
    end = start + limit
    if end >= len(text):
        return len(text)
    window = text[start + limit // 2:end]
    last = max(_SENTENCE_END.finditer(window), key=lambda m: m.end(), default=None)
    if last is not None:
        return start + limit // 2 + last.end()
    space = window.rfind(" ")
    return start + limit // 2 + space + 1 if space >= 0 else end


def split_body(body: str, limit: int) -> list[tuple[int, str]]:
    """(offset, text) of consecutive chunks covering the whole body."""
    pieces, start = [], 0
    while start < len(body):
        end = _cut(body, start, limit)
        pieces.append((start, body[start:end]))
        start = end
    return pieces or [(0, body)]


def chunked(article: Article, limit: int) -> list[Article]:
    """The article itself when short enough, else its chunks in reading order."""
    if len(article.title) + len(article.excerpt) + len(article.body) <= limit:
        return [article]
    if len(article.title) + len(article.excerpt) > limit // 2:  # an absurd title or excerpt is read as body
        body = "\n\n".join(t for t in (article.title, article.excerpt, article.body) if t)
        article = replace(article, title="", excerpt="", body=body)
    out = []
    for k, (offset, text) in enumerate(split_body(article.body, limit)):
        if k == 0:
            out.append(replace(article, body=text))
        else:
            out.append(replace(article, body=text, chunk=k, part=f"{article.part}@{offset}"))
    return out
