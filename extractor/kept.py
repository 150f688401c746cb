"""Values kept across runs in files under the user's cache folder: what a run would otherwise work out again
from the same inputs on every start (compiled patterns, parsed lexicons, the time grammar's start keys).

A `Store` is a mapping written with ``marshal`` (plain data only: str, numbers, lists, tuples, dicts, sets),
tagged with the exact Python build; a file from another build, a damaged or unreadable one, or a read-only
folder counts as empty, and every caller can work the value out itself. A process writes its store back once,
at exit, only when it added something, atomically (a process reading meanwhile sees the old file or the
new one), keeping the entries used most recently. ``EXTRACTOR_CACHE_DIR`` names another folder; ``none`` turns
the files off.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

CACHE_ENV = "EXTRACTOR_CACHE_DIR"
BUILD = f"{sys.implementation.cache_tag}-{sys.version}"
STALE_SECONDS = 24 * 3600  # a temporary file this old is a save that never finished (its process was killed)
_MISSING = object()


def digest(data: bytes, size: int = 16) -> str:
    """A short hex digest of ``data``: what a kept value's key or a store's tag is made from, so a change to the
    bytes it was worked out from (a lexicon, a tables file, a module's source) is never read as the old value."""
    return hashlib.blake2b(data, digest_size=size).hexdigest()


def source_tag(path: str | Path) -> str:
    """The digest of a module's source file, for tagging a store with the code that makes its values."""
    return digest(Path(path).read_bytes())


def folder() -> Path | None:
    """The cache folder, or None when turned off."""
    chosen = os.environ.get(CACHE_ENV, "")
    if chosen.lower() == "none":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):  # no home folder to be found: keep nothing rather than write under the cwd
        return None
    return Path(base) / "claims-timeline-extractor"


class Store:
    """One file of kept values, read on first use; ``tag`` is part of what a value depends on beyond its key
    (the Python build always is)."""

    def __init__(self, name: str, tag: str = "", kept: int = 1024) -> None:
        self.name = name
        self.tag = f"{BUILD}-{tag}"
        self.kept = kept  # entries written back (the most recently used: a hit or a put moves an entry last)
        self._data: dict[Any, Any] | None = None
        self._added = False
        self._lock = threading.Lock()  # one reader of the file: a thread's entries are not lost to another's load
        atexit.register(self.save)  # once per store (a no-op when nothing was added)

    def path(self) -> Path | None:
        base = folder()
        return None if base is None else base / f"{self.name}-{sys.implementation.cache_tag}.marshal"

    def _load(self) -> dict[Any, Any]:
        data = self._data
        if data is None:
            with self._lock:
                if self._data is None:
                    self._data = self._read()
                data = self._data
        return data

    def _read(self) -> dict[Any, Any]:
        """The file's entries; none when it is missing, unreadable, damaged or from another build."""
        path = self.path()
        if path is not None:
            self._sweep(path.parent)
        try:
            if path is not None and path.is_file():
                tag, entries = marshal.loads(path.read_bytes())
                if tag == self.tag:
                    return dict(entries)
        except (OSError, ValueError, EOFError, TypeError):
            pass
        return {}

    def _sweep(self, where: Path) -> None:
        """Remove this store's temporary files left by a save whose process was killed before its rename; one
        younger than `STALE_SECONDS` may be another process's save under way, and stays."""
        too_old = time.time() - STALE_SECONDS
        try:
            for tmp in where.glob(f".{self.name}-*"):
                if tmp.stat().st_mtime < too_old:
                    tmp.unlink(missing_ok=True)
        except OSError:
            pass

    def get(self, key: Any) -> Any:
        """The value kept for ``key``, else None; a hit makes the entry the most recently used."""
        data = self._load()
        with self._lock:
            value = data.pop(key, _MISSING)
            if value is _MISSING:
                return None
            data[key] = value
        return value

    def put(self, key: Any, value: Any) -> None:
        """Keep ``value`` (plain data) for ``key``; a value marshal cannot write is not kept."""
        try:
            marshal.dumps(value)
        except ValueError:
            return
        data = self._load()
        with self._lock:
            data.pop(key, None)
            data[key] = value
        self._added = True

    def forget(self) -> None:
        """Drop what is in memory (the next use reads the file again)."""
        self._data, self._added = None, False

    def save(self) -> None:
        """Write the store back when this process added to it: to a temporary file in the folder, then renamed
        over the old one, so a reader never sees half a file and two processes at once leave one whole file (the
        last one's). Any failure (no folder, read-only or full disk) keeps nothing and says nothing."""
        path = self.path()
        if not self._added or self._data is None or path is None:
            return
        tmp = ""
        try:
            data = marshal.dumps((self.tag, list(self._data.items())[-self.kept:]))
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{self.name}-")
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, path)
            self._added = False
        except (OSError, ValueError):
            if tmp:
                Path(tmp).unlink(missing_ok=True)
