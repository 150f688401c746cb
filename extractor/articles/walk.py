"""Folders -> files: every non-hidden regular file below an input, links followed, each folder once,
and a report for every entry that is not a readable file (loops, dangling links, pipes, devices).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from extractor.articles.model import InputReport

_NAME_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def display(path: str | Path) -> str:
    """A path as text that any output can hold: undecodable bytes of a file name become U+FFFD, control
    characters (a terminal escape in a name) become "?"."""
    return _NAME_CONTROL.sub("?", os.fsencode(str(path)).decode("utf-8", errors="replace"))


def walk(root: Path) -> tuple[list[Path], list[InputReport]]:
    """Every non-hidden regular file below ``root`` (links followed, each folder read once, so a link
    loop ends), plus a report for each entry that is not one."""
    files: list[Path] = []
    notes: list[InputReport] = []
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
            if (st.st_dev, st.st_ino) in seen:
                notes.append(InputReport(display(folder), "ignored", 0, ["link to a folder already read (a loop?)"]))
                continue
            seen.add((st.st_dev, st.st_ino))
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as err:
            notes.append(InputReport(display(folder), "skipped", 0, [f"unreadable folder: {err.strerror or err}"]))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                if entry.is_dir():
                    stack.append(path)
                elif entry.is_file():
                    files.append(path)
                elif entry.is_symlink():
                    notes.append(InputReport(display(path), "skipped", 0, ["broken or looping symbolic link"]))
                else:
                    reason = "not a regular file (pipe, socket, device)"
                    notes.append(InputReport(display(path), "ignored", 0, [reason]))
            except OSError as err:
                notes.append(InputReport(display(path), "skipped", 0, [f"unreadable: {err.strerror or err}"]))
    return sorted(files), sorted(notes, key=lambda r: r.source)


def expand(inputs: Iterable[str | Path]) -> Iterator[tuple[Path | None, str, InputReport | None]]:
    """(path, shown name, early report) for every file below the inputs, in a stable order."""
    for item in inputs:
        name = str(item)
        if name == "-":
            yield None, "-", None
            continue
        path = Path(item)
        if path.is_dir():
            files, notes = walk(path)
            for sub in files:
                yield sub, display(sub), None
            for note in notes:
                yield None, note.source, note
        elif path.is_file():
            yield path, display(name), None
        elif path.exists():
            yield None, display(name), InputReport(display(name), "ignored", 0, ["not a regular file"])
        else:
            yield None, display(name), InputReport(display(name), "skipped", 0, ["no such file or folder"])
