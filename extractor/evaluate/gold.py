"""Reading gold.yaml: every malformed entry is named in one GoldError, so an analyst fixes them in one go."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractor import yamlio
from extractor.evaluate.cells import number

GOLD_NAME = "gold.yaml"
_PROMISED = re.compile(r"^\d{4}(?:-H[12]|-Q[1-4]|-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


class GoldError(ValueError):
    """gold.yaml is malformed; the message names the file and every bad entry."""


@dataclass(frozen=True)
class GoldClaim:
    sentence: str
    date_text: str
    promised: str
    optional: bool
    value: float | None
    unit: str
    category: str
    promise: str | None  # the promise group this mention belongs to, when the analyst gave one


def _gold_path(gold_path_or_dir: str | Path) -> Path:
    path = Path(gold_path_or_dir)
    return path / GOLD_NAME if path.is_dir() else path


def _claim(c: Any, where: str, errors: list[str]) -> GoldClaim | None:
    """One validated gold claim, or None after recording what is wrong with it."""
    if not isinstance(c, Mapping):
        errors.append(f"{where}: not a mapping")
        return None
    bad = len(errors)
    for key in ("sentence", "date_text"):
        if not isinstance(c.get(key), str) or not c[key].strip():
            errors.append(f"{where}: {key} must be non-empty text")
    promised = c.get("promised")
    if isinstance(promised, int) and not isinstance(promised, bool):
        promised = str(promised)
    if not isinstance(promised, str) or not _PROMISED.match(promised.strip()):
        errors.append(f"{where}: promised {c.get('promised')!r} is not YYYY|YYYY-Hn|YYYY-Qn|YYYY-MM[-DD]")
    if not isinstance(c.get("optional", False), bool):
        errors.append(f"{where}: optional must be true or false, not {c.get('optional')!r}")
    value = c.get("value")
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
        errors.append(f"{where}: value must be a number or null, not {value!r}")
    for key in ("unit", "category"):
        if c.get(key) is not None and not isinstance(c.get(key), str):
            errors.append(f"{where}: {key} must be text or null, not {c.get(key)!r}")
    promise = c.get("promise")
    if promise is not None and not isinstance(promise, str | int):
        errors.append(f"{where}: promise must be an id (text) or null, not {promise!r}")
    if len(errors) > bad:
        return None
    return GoldClaim(
        sentence=c["sentence"],
        date_text=c["date_text"],
        promised=str(promised).strip(),
        optional=bool(c.get("optional", False)),
        value=number(value),
        unit=c.get("unit") or "",
        category=c.get("category") or "",
        promise=None if promise is None else str(promise),
    )


def load_gold(gold_path_or_dir: str | Path) -> dict[str, list[GoldClaim]]:
    """File name -> its gold claims (a file listed twice pools its claims); raises GoldError."""
    path = _gold_path(gold_path_or_dir)
    if not path.is_file():
        raise GoldError(f"{path}: no such gold file")
    try:
        data = yamlio.load(path)
    except Exception as err:  # noqa: BLE001 - any parse failure is reported with the file name
        raise GoldError(f"{path}: not valid YAML: {err}") from err
    if not isinstance(data, list):
        raise GoldError(f"{path}: the top level must be a list of articles")
    errors: list[str] = []
    gold: dict[str, list[GoldClaim]] = {}
    for i, entry in enumerate(data):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("file"), str) or not entry["file"]:
            errors.append(f"entry {i}: needs a `file` name")
            continue
        claims = entry.get("claims") or []
        if not isinstance(claims, list):
            errors.append(f"entry {i} ({entry['file']}): claims must be a list")
            continue
        found = gold.setdefault(entry["file"], [])
        for j, c in enumerate(claims):
            claim = _claim(c, f"entry {i} ({entry['file']}) claim {j}", errors)
            if claim is not None:
                found.append(claim)
    if errors:
        raise GoldError(f"{path}: {len(errors)} problem(s):\n  " + "\n  ".join(errors))
    return gold


def gold_dates(gold_path_or_dir: str | Path) -> dict[str, str]:
    """File name -> the publication date the analyst resolved relative dates against."""
    data = yamlio.load(_gold_path(gold_path_or_dir)) or []
    return {e["file"]: str(e["published"]) for e in data if isinstance(e, Mapping) and e.get("published")}
