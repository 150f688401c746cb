"""The records the reader produces: one `Article` per document, one `InputReport` per input."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One document (a file's main article or one of its ``related:`` items), or one chunk of a long one."""

    doc_id: str  # stable per document: copies of one document (same URL) share it
    source_file: str
    title: str
    excerpt: str
    body: str
    published: date | None
    published_source: str  # metadata | related | manifest | text | unknown
    url: str = ""
    provider: str = ""
    part: str = "main"  # "main", "related[1]", "line 3", "row 7"; a later chunk adds "@offset"
    copies: int = 1  # how many mentions of this doc_id the run read
    chunk: int = 0  # 0 for a whole document or its first chunk; later chunks carry only body text

    @property
    def sections(self) -> list[tuple[str, str]]:
        """(name, text) of the non-empty sections, in reading order (a later chunk: its body only)."""
        named = (("body", self.body),) if self.chunk else (("title", self.title), ("excerpt", self.excerpt),
                                                           ("body", self.body))
        return [(n, t) for n, t in named if t]


@dataclass
class InputReport:
    """What happened to one input (a file, or stdin)."""

    source: str
    status: str = "ok"  # ok | partial | skipped | ignored | manifest
    documents: int = 0
    reasons: list[str] = field(default_factory=list)
    encoding: str = ""

    def problem(self, reason: str, status: str = "partial") -> None:
        """A reason that lowers the status: something was lost or guessed."""
        self.reasons.append(reason)
        if status == "skipped" or self.status == "ok":
            self.status = status

    def note(self, reason: str) -> None:
        """A reason worth reading that loses nothing."""
        self.reasons.append(reason)


@dataclass
class ReadResult:
    """Articles in input order, plus one report per input."""

    articles: list[Article]
    inputs: list[InputReport]

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)
