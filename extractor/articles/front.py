"""Front matter: the YAML block between ``---`` lines at the top of a text file.

python-frontmatter finds the block (it tolerates trailing spaces and longer dashes); the project's
YAML 1.2 loader parses it. Line endings are normalised and a byte-order mark dropped first, so CRLF,
CR and BOM files read like the rest.
"""

from __future__ import annotations

from typing import Any

import frontmatter

from extractor import yamlio


class _Handler(frontmatter.YAMLHandler):
    """python-frontmatter's YAML delimiters with the project's YAML 1.2 loader (safe, alias-bounded)."""

    def load(self, fm: str, **kwargs: object) -> Any:
        return yamlio.loads(fm)


_HANDLER = _Handler()


def normalise(text: str) -> str:
    """LF line ends and no byte-order mark: what every reader below expects."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split(text: str) -> tuple[str | None, str, str]:
    """(front matter text or None, the rest, a problem to report or ""). A text that opens with ``---``
    but never closes the block is read whole as plain text, minus that first line, and reported."""
    if not _HANDLER.detect(text.lstrip("\n")):
        return None, text, ""
    try:
        meta, body = _HANDLER.split(text.lstrip("\n"))
    except ValueError:
        first, _, rest = text.lstrip("\n").partition("\n")
        return None, rest, f"front matter opened with {first.strip()!r} but never closed; read as plain text"
    return meta, body, ""


def parse(meta: str) -> Any:
    """The parsed block; raises on malformed YAML, unsafe tags and alias bombs."""
    return _HANDLER.load(meta)
