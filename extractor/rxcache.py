"""Compiled regular expressions kept across runs, so a run does not pay for parsing its big patterns again.

The time grammar, the quantity patterns, the fiscal evidence and the datelines build a few hundred long
alternations from the lexicons; Python parses and compiles each one again in every process (about 0.15 s a
run). ``compile`` keeps what the regular-expression compiler makes of a pattern (its code: a list of
numbers) in a file under the user's cache folder, keyed by the pattern, its flags and the exact Python
build, and makes the pattern from it next time the way ``re`` itself does (``_sre.compile``). The result is
the same pattern object ``re.compile`` gives; any mismatch or error (another Python, a damaged file, a
read-only folder) falls back to ``re.compile``. ``EXTRACTOR_CACHE_DIR`` names another folder, ``none``
turns the file off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

try:  # CPython's own compiler: what re.compile runs (re/_compiler.py)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: plain re.compile
    _sre = None

CACHE_ENV = "EXTRACTOR_CACHE_DIR"
KEPT = 1024  # patterns kept in the file (the most recently added; a run uses about 250, some 1 MB)
_BUILD = f"{sys.implementation.cache_tag}-{sys.version}-{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}"

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_store: dict[tuple[str, int], Entry] | None = None
_added = False


def _file() -> Path | None:
    """The cache file for this Python build, or None when turned off."""
    chosen = os.environ.get(CACHE_ENV, "")
    if chosen.lower() == "none":
        return None
    base = Path(chosen) if chosen else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") \
        / "claims-timeline-extractor"
    return base / f"patterns-{sys.implementation.cache_tag}.marshal"


def _load() -> dict[tuple[str, int], Entry]:
    global _store
    if _store is None:
        _store = {}
        path = _file()
        try:
            if path is not None and path.is_file():
                build, entries = marshal.loads(path.read_bytes())
                if build == _BUILD:
                    _store = {(p, f): tuple(e) for p, f, *e in entries}  # type: ignore[misc]
        except (OSError, ValueError, EOFError, TypeError):
            _store = {}
        atexit.register(_save)
    return _store


def _save() -> None:
    """Write the patterns back when this process added any (atomically: a process reading it meanwhile
    sees the old file or the new one)."""
    path = _file()
    if not _added or _store is None or path is None:
        return
    entries = [(p, f, *e) for (p, f), e in list(_store.items())[-KEPT:]]
    try:
        data = marshal.dumps((_BUILD, entries))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass


def _entry(pattern: str, flags: int) -> Entry:
    """What re/_compiler.compile hands to ``_sre.compile`` for ``pattern``."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # its opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name
    """``re.compile(pattern, flags)``, its compiled code read from the cache file when an earlier run made it."""
    global _added
    flags = int(flags)
    if _sre is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    store = _load()
    entry = store.get((pattern, flags))
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except (TypeError, ValueError, RuntimeError):
            pass
    try:
        entry = _entry(pattern, flags)
        compiled: Any = _sre.compile(pattern, *entry)
    except (AttributeError, TypeError):  # pragma: no cover - a Python whose compiler differs
        return re.compile(pattern, flags)
    store[(pattern, flags)] = entry
    _added = True
    return compiled
