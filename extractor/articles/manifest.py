"""Publication-date manifests: ``file name: date`` in YAML, or ``file,published`` in CSV, given with
``--published-manifest`` or found beside the inputs as ``published.yaml``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path

from extractor.articles import front
from extractor.articles.fields import config, parse_date
from extractor.articles.model import Article


def load_manifest(path: Path) -> dict[str, date]:
    """File name -> publication date, from YAML (mapping) or CSV (file, published columns); raises
    ValueError (naming the file) when it cannot be used."""
    try:
        if path.suffix.lower() == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as fh:
                rows = [(r.get("file") or r.get("source_file") or "", r.get("published") or "")
                        for r in csv.DictReader(fh)]
        else:
            data = front.parse(front.normalise(path.read_text(encoding="utf-8-sig"))) or {}
            if not isinstance(data, Mapping):
                raise ValueError("a manifest must map file names to dates")
            rows = list(data.items())
    except (OSError, UnicodeDecodeError) as err:
        raise ValueError(f"{path}: cannot read the manifest: {getattr(err, 'strerror', None) or err}") from err
    except ValueError as err:
        raise ValueError(f"{path}: {err}") from err
    except Exception as err:  # noqa: BLE001 - YAML errors of any kind become one line
        raise ValueError(f"{path}: not a valid manifest: {getattr(err, 'problem', None) or err}") from err
    out: dict[str, date] = {}
    for name, value in rows:
        day = parse_date(value)
        if day is None:
            raise ValueError(f"{path}: no date for {name!r} ({value!r})")
        out[str(name)] = day
    return out


def find_manifests(inputs: Iterable[str | Path]) -> list[Path]:
    """``published.yaml`` (or .csv) found in an input folder or beside an input file."""
    names = config()["manifest_names"]
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


def with_manifest(doc: Article, path: Path | None, manifest: Mapping[str, date]) -> Article:
    """A manifest dates a main document its metadata leaves undated, and wins over a dateline."""
    if (doc.published and doc.published_source != "text") or path is None or doc.part.startswith("related"):
        return doc
    for key in (path.name, str(path), path.as_posix()):
        if key in manifest:
            return replace(doc, published=manifest[key], published_source="manifest")
    return doc
