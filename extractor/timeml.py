"""TimeML reading and TempEval-3 timex scoring of the product's own recogniser and normaliser.

Scoring follows the official TE3 entity evaluation (described in ../shared/tempeval3/README.md):
a gold TIMEX3 is matched *relaxed* by a system timex that overlaps it, *strict* when the extents are
identical; P/R/F1 are micro-averaged over all files; value and type are scored on relaxed matches
only, and "value F1" = value accuracy x relaxed F1. The DCT (CREATION_TIME) is the anchor, not scored.
Offsets here are characters of the <TEXT> element, so overlap of characters stands in for tokens.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from extractor.metrics import prf
from extractor.time import find_timexes, range_ends, resolve

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class Mention:
    """One TIMEX3, gold or system, as character offsets into the document text."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    dct: date | None
    timexes: tuple[Mention, ...]


def _dct(root: ET.Element) -> date | None:
    for el in root.iter("TIMEX3"):
        if el.get("functionInDocument") == "CREATION_TIME":
            try:
                return date.fromisoformat((el.get("value") or "")[:10])
            except ValueError:
                return None
    return None


def parse_tml(content: str, name: str = "") -> Document:
    """The <TEXT> of a TimeML document as plain text, with its TIMEX3 spans and its DCT."""
    root = ET.fromstring(content)
    body = root.find("TEXT")
    chunks: list[str] = []
    mentions: list[Mention] = []
    length = 0

    def walk(el: ET.Element) -> None:
        nonlocal length
        start = length
        if el.text:
            chunks.append(el.text)
            length += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                chunks.append(child.tail)
                length += len(child.tail)
        if el.tag == "TIMEX3":
            covered = "".join(chunks)[start:length]
            mentions.append(Mention(start, length, covered, el.get("type", ""), el.get("value", "")))

    if body is not None:
        walk(body)
    return Document(name, "".join(chunks), _dct(root), tuple(mentions))


def read_tml(path: str | Path) -> Document:
    p = Path(path)
    return parse_tml(p.read_text(encoding="utf-8"), p.name)


def system_mentions(text: str, anchor: date | None) -> list[Mention]:
    """The product's timexes for a text: the same find_timexes + resolve the claim extractor uses.

    The one TimeML-specific step: a range the product keeps as one timex ("from 1991 to 1997") is
    written as its two ends, as TimeML annotates it."""
    out = []
    for found in find_timexes(text):
        for t in range_ends(found) or (found,):
            out.append(Mention(t.start, t.end, t.text, t.type, resolve(t, anchor).value))
    return out


@dataclass
class Counts:
    """Tallies for one slice (all timexes, or one gold type)."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        for f in ("gold", "system", "relaxed", "strict", "value", "type"):
            setattr(self, f, getattr(self, f) + getattr(other, f))

    def figures(self) -> dict[str, float | int]:
        sp, sr, sf = prf(self.strict, self.system, self.gold)
        rp, rr, rf = prf(self.relaxed, self.system, self.gold)
        value_acc = self.value / self.relaxed if self.relaxed else 0.0
        type_acc = self.type / self.relaxed if self.relaxed else 0.0
        return {
            "gold": self.gold, "system": self.system,
            "relaxed_matches": self.relaxed, "strict_matches": self.strict,
            "strict_p": sp, "strict_r": sr, "strict_f1": sf,
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
            "value_acc": value_acc, "value_f1": value_acc * rf,
            "type_acc": type_acc, "type_f1": type_acc * rf,
        }  # fmt: skip


@dataclass
class Score:
    """Micro totals plus per-gold-type tallies (system timexes are counted under their own type)."""

    total: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    errors: list[tuple[str, Mention | None, Mention | None]] = field(default_factory=list)

    def figures(self) -> dict:
        out = self.total.figures()
        out["per_type"] = {t: c.figures() for t, c in self.by_type.items()}
        return out


def score_document(gold: Iterable[Mention], system: Iterable[Mention], name: str = "") -> Score:
    """Match one document's system timexes to gold (one-to-one, first overlap) and tally."""
    gold, system = sorted(gold, key=lambda m: m.start), sorted(system, key=lambda m: m.start)
    score = Score()
    used: set[int] = set()
    for g in gold:
        slot = score.by_type.setdefault(g.type, Counts())
        slot.gold += 1
        score.total.gold += 1
        hit = next((i for i, s in enumerate(system) if i not in used and s.start < g.end and g.start < s.end), None)
        if hit is None:
            score.errors.append((name, g, None))
            continue
        used.add(hit)
        s = system[hit]
        for c in (score.total, slot):
            c.relaxed += 1
            c.strict += (s.start, s.end) == (g.start, g.end)
            c.value += s.value == g.value
            c.type += s.type == g.type
        if s.value != g.value or s.type != g.type or (s.start, s.end) != (g.start, g.end):
            score.errors.append((name, g, s))
    for i, s in enumerate(system):
        score.by_type.setdefault(s.type, Counts()).system += 1
        score.total.system += 1
        if i not in used:
            score.errors.append((name, None, s))
    return score


def evaluate(paths: Iterable[str | Path]) -> Score:
    """Score the product over TimeML files, anchoring each on its own DCT."""
    total = Score()
    for path in paths:
        doc = read_tml(path)
        one = score_document(doc.timexes, system_mentions(doc.text, doc.dct), doc.name)
        total.total.add(one.total)
        for t, c in one.by_type.items():
            total.by_type.setdefault(t, Counts()).add(c)
        total.errors.extend(one.errors)
    return total


def tml_files(folder: str | Path) -> list[Path]:
    return sorted(Path(folder).rglob("*.tml"))


def render_errors(errors: Iterable[tuple[str, Mention | None, Mention | None]]) -> str:
    """One line per error: MISS (gold only), EXTRA (system only), or gold vs system where they differ."""

    def one(m: Mention) -> str:
        return f"{m.text!r} {m.type} {m.value}"

    lines = []
    for name, g, s in errors:
        if s is None and g is not None:
            lines.append(f"MISS   {name}: {one(g)}")
        elif g is None and s is not None:
            lines.append(f"EXTRA  {name}: {one(s)}")
        elif g is not None and s is not None:
            kind = "VALUE" if s.value != g.value else "TYPE" if s.type != g.type else "SPAN"
            lines.append(f"{kind:6} {name}: gold {one(g)} | system {one(s)}")
    return "\n".join(lines)


def report(figures: dict) -> str:
    """Human-readable table of the TE3 figures."""
    lines = [
        f"timexes: gold {figures['gold']}, system {figures['system']}, relaxed matches {figures['relaxed_matches']}",
        "            P       R       F1",
        f"strict   {figures['strict_p']:6.2%} {figures['strict_r']:6.2%} {figures['strict_f1']:6.2%}",
        f"relaxed  {figures['relaxed_p']:6.2%} {figures['relaxed_r']:6.2%} {figures['relaxed_f1']:6.2%}",
        f"value    accuracy {figures['value_acc']:6.2%}  F1 {figures['value_f1']:6.2%}",
        f"type     accuracy {figures['type_acc']:6.2%}  F1 {figures['type_f1']:6.2%}",
        "per gold type: gold  system  relaxed-R  value-acc  type-acc",
    ]
    for t, f in figures["per_type"].items():
        lines.append(
            f"  {t:9} {f['gold']:5} {f['system']:7} {f['relaxed_r']:9.2%} {f['value_acc']:9.2%} {f['type_acc']:9.2%}"
        )
    return "\n".join(lines)
