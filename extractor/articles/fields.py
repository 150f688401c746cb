"""Field names of article records (front matter, JSON Lines, CSV) and the clean values read from them.

The accepted names live in ``lexicons/inputs.yaml``; a user's own column names (``--text-column`` etc.)
come first. Values are cleaned once here: no control characters, LF line ends, and only scalars
become text (a mapping or list where a title belongs is not stringified, whatever its size).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from extractor import yamlio

LEXICON = Path(__file__).resolve().parent.parent / "lexicons" / "inputs.yaml"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_LINE_HYPHEN = re.compile(r"\b([A-Za-z]*[a-z])-[ \t]*\n[ \t]*([a-z]+)\b")  # "sched-\nuled"
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@cache
def config() -> dict[str, Any]:
    """inputs.yaml: extensions, field names, limits."""
    return yamlio.load(LEXICON)


@dataclass(frozen=True)
class FieldMap:
    """Which record keys give each field: the user's own names first, then the accepted ones."""

    overrides: Mapping[str, str] = field(default_factory=dict)

    def names(self, name: str) -> list[str]:
        own = [self.overrides[name].lower()] if self.overrides.get(name) else []
        return own + list(config()["fields"][name])

    def get(self, record: Mapping[str, Any], name: str) -> Any:
        """First present value among the names of ``name`` (keys compared case-insensitively)."""
        lowered = {str(k).lower(): v for k, v in record.items()}
        for key in self.names(name):
            value = lowered.get(key)
            if value is not None and value != "" and not isinstance(value, bool):
                return value
        return None

    def unknown(self, keys: Iterable[str]) -> list[str]:
        """The keys no field reads."""
        known = {n for name in config()["fields"] for n in self.names(name)} | {"related"}
        return [k for k in keys if str(k).lower() not in known]

    def has(self, keys: Iterable[str], name: str) -> bool:
        lowered = {str(k).lower() for k in keys}
        return any(n in lowered for n in self.names(name))


def _joined(m: re.Match[str]) -> str:
    head, tail = m[1], m[2]
    kept = head.lower() in config()["line_break_hyphen_kept_after"]
    return f"{head}-{tail}" if kept else head + tail


def text(value: Any) -> str:
    """Clean text from a scalar (anything else is empty): no control characters, LF line ends, and words
    a PDF's line breaks hyphenated ("sched-\\nuled") joined again."""
    if value is None or isinstance(value, Mapping | list | tuple | set | bool):
        return ""
    out = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _LINE_HYPHEN.sub(_joined, _CONTROL.sub("", out)).strip()


def provider(value: Any) -> str:
    if isinstance(value, Mapping):
        return text(value.get("name") or value.get("domain"))
    return text(value)


def parse_date(value: Any) -> date | None:
    """A publication date from metadata: ISO first (its date part), else dateparser on the string;
    an impossible or out-of-range date is None."""
    if value is None or value == "" or isinstance(value, bool | Mapping | list):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = str(value).strip()[:100]
    m = _ISO_DAY.match(raw)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    import dateparser  # slow import; only for non-ISO metadata dates

    try:
        parsed = dateparser.parse(raw, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None
