"""Promise tracking: group claim mentions that state one milestone, follow its revisions and status.

A *promise* is one milestone of one subject ("Tesla: Dojo production start") as stated by any number
of claim mentions across articles. Mentions join when they share the subject (aliases folded by
`entities.canonical`) and the category (within one article and one promised date, the
extractor's per-sentence subject and category may differ), name the milestone alike (`what` tokens
after stop words, plural folding and synonyms from lexicons/promises.yaml), have compatible values,
and a later promised date was announced while the earlier one was still live (``stale_after_days``).
Grouping is constrained single linkage over the most similar pairs first (a merge must keep values
consistent, and a mention that names nothing cannot bridge two named milestones), so it does not
depend on row order. A promise's id hashes its subject, category and the normalised `what` and value
of its earliest mention: the same input always gives the same ids.

Copies of one document (same doc_id) never count twice: a mention is a distinct (doc_id, sentence,
date_text, promised). ``sources`` counts distinct outlets (provider, else URL host, else the document
itself); ``providers`` lists the named ones. A promise's `subject`, `category` and `what` are its
mentions' most frequent ones (ties: the earliest).
Revisions compare what the press said on successive publication days: each day's statement is the
most common promised end among that day's mentions (ties: the later end); a revision is a day whose
promised end differs from the previous day's. ``slip_days`` = latest statement's end - first
statement's end. Mentions without a published or promised date still get a promise_id but do not
count toward revisions or slip.

Status as of a date (pure function of rows, date and outcomes), from the period of the latest statement
published on or before that date (what had been said by then):
``pending`` (not begun), ``due`` (within it), ``overdue`` (past its end), ``unknown`` (no promised
date, or nothing said yet by that date). An outcome recorded on or before the as-of date overrides
it: ``met`` (on or before the *first* promised end: the original commitment), ``met-late``,
``missed``, ``cancelled``.

Outcomes file (YAML list; first matching entry wins)::

    - match:                       # at least one key; all given keys must hold
        promise_id: p-0123456789   # exact id, or:
        subject: Tesla             # alias-folded, like claims
        category: event
        what: [ai, day]            # keywords, normalised like `what` (the subject's name is ignored);
                                   # all must occur in one mention's what
        promised: "2021"           # prefix of a mention's promised label (tells yearly events apart)
      outcome: met                 # met | missed | cancelled
      on: 2021-08-19               # required for met; optional otherwise (undated counts at any as-of)
      source: https://...          # required: where the outcome is documented
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pandas as pd
import yaml
from spacy.lang.en.stop_words import STOP_WORDS

from extractor import entities, yamlio

LEXICON = Path(__file__).parent / "lexicons" / "promises.yaml"
COLUMNS: list[str] = [
    "promise_id", "subject", "what", "category", "value", "unit", "first_published", "last_published",
    "mentions", "sources", "providers", "first_promised", "latest_promised", "revisions", "slip_days",
    "status", "as_of", "outcome_on", "outcome_source",
]  # fmt: skip
OUTCOMES = ("met", "missed", "cancelled")
_TOKEN = re.compile(r"\$?\d+(?:[.,]\d+)*[a-z%]*|[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_NUMBER = re.compile(r"^(\d+(?:[.,]\d+)*)([a-z%]*)$")


# ---------------------------------------------------------------- rules and cell values


@cache
def _rules(path: str | Path = LEXICON) -> dict[str, Any]:
    """The grouping rules, with word lists turned into sets once."""
    data = yamlio.load(path)
    what = data["what"]
    return {
        "stop": frozenset(what["stop_words"]) | STOP_WORDS,
        "synonyms": dict(what["synonyms"]),
        "weak": frozenset(what["weak"]),
        "weak_weight": float(what["weak_weight"]),
        "quantity": frozenset(what["quantity_words"]),
        "min_strong_jaccard": float(what["min_strong_jaccard"]),
        "min_weak_jaccard": float(what["min_weak_jaccard"]),
        "tolerance": float(data["values"]["relative_tolerance"]),
        "stale_days": int(data["stale_after_days"]),
    }


def _text(value: Any) -> str:
    """Cell as stripped text; None/NaN/NA -> ""."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return str(value).strip()


def _day(value: Any) -> date | None:
    """An ISO day (or date) cell as a date; anything else -> None."""
    if isinstance(value, datetime):
        return None if pd.isna(value) else value.date()  # NaT: extract()'s datetime64 columns
    if isinstance(value, date):
        return value
    text = _text(value)[:10]
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _number(value: Any) -> float | None:
    """A numeric cell as float; empty or unparsable -> None."""
    text = _text(value).replace(",", "")
    try:
        number = float(text) if text else None
    except ValueError:
        return None
    return None if number is None or math.isnan(number) else number


# ---------------------------------------------------------------- `what` normalisation


def _fold(word: str, synonyms: Mapping[str, str]) -> str:
    """Plural folding then synonyms: "deliveries" -> "delivery" -> "deliver"."""
    if word in synonyms:
        return synonyms[word]
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us")):
        word = word[:-1]
    return synonyms.get(word, word)


def what_tokens(what: str, drop: Iterable[str] = ()) -> list[str]:
    """Normalised content tokens of a `what`, in order, without stop words, quantities or `drop` names.

    Numbers stay when they name something ("Flight 5", "AI Day 2022", "4680"); amounts ("$1 billion",
    "50,000 units") go, because the `value` column compares those.
    """
    rules = _rules()
    text = _text(what).lower().replace("’", "'")
    text = re.sub(r"\([^)]*\)", " ", text)  # annotators' and writers' asides
    text = re.sub(r"https?://\S+|\S+\.(?:com|org|net|co)\b\S*|@\w+", " ", text)  # links and handles
    text = re.sub(r"n't\b|'(?:s|re|ll|ve|d|m)\b|'", " ", text)  # possessives and contractions
    raw = _TOKEN.findall(text)
    dropped = {w for name in drop for w in _TOKEN.findall(_text(name).lower())}
    tokens: list[str] = []
    amount = False  # the previous token was an amount: its scale or unit word goes with it
    for k, word in enumerate(raw):
        number = _NUMBER.match(word.lstrip("$"))
        if number:
            following = raw[k + 1] if k + 1 < len(raw) else ""
            suffix = number.group(2)
            amount = (
                word.startswith("$")
                or suffix.endswith("%")
                or suffix in rules["quantity"]
                or (not suffix and following in rules["quantity"])
            )
            if not amount:
                tokens.append(number.group(1).replace(",", ""))
            continue
        if amount and word in rules["quantity"]:
            continue
        amount = False
        folded = _fold(word, rules["synonyms"])
        if word in rules["stop"] or folded in rules["stop"] or word in dropped or folded in dropped:
            continue
        tokens.append(folded)
    return tokens


# ---------------------------------------------------------------- mentions and grouping


@dataclass(frozen=True)
class _Mention:
    """One claim row, reduced to what grouping compares."""

    row: int
    order: tuple[Any, ...]  # earliest first; content-derived so ids do not depend on row order
    subject: str
    what: str
    category: str
    tokens: tuple[str, ...]
    weights: Mapping[str, float]
    strong: frozenset[str]
    numbers: frozenset[str]
    value: float | None
    unit: str
    published: date | None
    promised: str
    start: date | None
    end: date | None
    doc: str
    sentence: str
    date_text: str
    provider: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        """Copies of one document share it: they are one mention, not several sources."""
        return (self.doc, self.sentence, self.date_text, self.promised)


def _subject(row: Mapping[str, Any]) -> str:
    """Canonical subject; with none, the organisation of a known speaker, else the speaker."""
    subject = entities.canonical(_text(row.get("subject")))
    if subject:
        return subject
    speaker = _text(row.get("speaker"))
    return entities.org_of(speaker) or entities.canonical(speaker)


def _provider(row: Mapping[str, Any]) -> str:
    """The outlet: provider name, else the URL's host without www."""
    provider = _text(row.get("provider"))
    if provider:
        return provider
    host = urlsplit(_text(row.get("url"))).hostname or ""
    return host.removeprefix("www.")


def _mentions(claims: pd.DataFrame) -> list[_Mention]:
    rules = _rules()
    out: list[_Mention] = []
    for k, row in enumerate(claims.to_dict("records")):
        subject = _subject(row)
        names = (subject, entities.canonical(row.get("speaker")))
        tokens = tuple(what_tokens(_text(row.get("what")), drop=names))
        published = _day(row.get("published"))
        doc = _text(row.get("doc_id")) or _text(row.get("source_file"))
        sentence = " ".join(_text(row.get("sentence")).split())
        claim = _text(row.get("claim_id"))
        out.append(
            _Mention(
                row=k,
                order=(published is None, published or date.max, doc, claim, sentence, k),
                subject=subject,
                what=" ".join(_text(row.get("what")).split()),
                category=_text(row.get("category")).lower(),
                tokens=tokens,
                weights={t: rules["weak_weight"] if t in rules["weak"] else 1.0 for t in tokens},
                strong=frozenset(t for t in tokens if t not in rules["weak"]),
                numbers=frozenset(t for t in tokens if t[0].isdigit()),
                value=_number(row.get("value")),
                unit=_text(row.get("unit")),
                published=published,
                promised=_text(row.get("promised")),
                start=_day(row.get("promised_start")),
                end=_day(row.get("promised_end")),
                doc=doc,
                sentence=sentence,
                date_text=_text(row.get("date_text")),
                provider=_provider(row),
            )
        )
    return out


def _names_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sets of name tokens name one milestone: one contains the other, or they overlap enough."""
    return bool(a & b) and (a <= b or b <= a or len(a & b) / len(a | b) >= _rules()["min_strong_jaccard"])


def _similarity(a: _Mention, b: _Mention) -> float:
    """How alike two descriptions are (ranks links); 0 when they do not name the same milestone.

    The strong tokens (the milestone's name) must agree (`_names_agree`); with different promised
    dates, at least two words must be shared (or all). Numbers in names ("Flight 5", "AI Day 2022")
    must share one when both have some. A description with no strong token links only within its own
    document: to a near-identical one, or, with the same date, to one containing all its words (the
    article's generic restatement of the milestone it named). Empty ones link only to copies.
    """
    rules = _rules()
    if not a.tokens or not b.tokens:
        return 1.0 if not a.tokens and not b.tokens and (a.doc, a.sentence) == (b.doc, b.sentence) else 0.0
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return 0.0
    common = set(a.weights) & set(b.weights)
    shared = sum(a.weights[t] for t in common)
    if a.strong and b.strong:
        if not _names_agree(a.strong, b.strong):
            return 0.0
        if a.end != b.end and len(common) < 2 and set(a.weights) != set(b.weights):
            return 0.0  # a different date needs more than one shared word ("compute hit" vs "compute top")
        return shared / min(sum(a.weights.values()), sum(b.weights.values()))
    if a.doc != b.doc:
        return 0.0  # nothing names the milestone: only the same article can tell it is the same one
    union = sum(a.weights.values()) + sum(b.weights.values()) - shared
    generic = b if a.strong else a
    if a.end is not None and a.end == b.end and set(generic.weights) <= common:
        return shared / union
    return shared / union if shared / union >= rules["min_weak_jaccard"] else 0.0


def _values_agree(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """Same unit and within the relative tolerance."""
    if a[1] != b[1]:
        return False
    scale = max(abs(a[0]), abs(b[0]))
    return scale == 0 or abs(a[0] - b[0]) <= _rules()["tolerance"] * scale


def _still_open(a: _Mention, b: _Mention) -> bool:
    """The mention promising the later date was published while the other's date was still live.

    Without this, next year's "AI Day" would be a 14-month slip of last year's; a late report of the
    old date ("promised for July 2021") still joins the old promise, since its date is no later.
    """
    if a.end is None or b.end is None:
        return True
    early, late = sorted((a, b), key=lambda m: m.end or date.min)
    if late.published is None or late.end == early.end:
        return True
    return (late.published - early.end).days <= _rules()["stale_days"]


def _edges(mentions: Sequence[_Mention]) -> list[tuple[float, Any, Any, int, int]]:
    """Candidate links, most similar first: same subject and category; or, within one document,
    any subject and category with the same promised period (the extractor's subject and category are
    per sentence: one may name a bystander, such as the platform an announcement was made on).

    Only pairs `_similarity` can link are scored: those sharing a name token, and those of one document,
    so the cost follows the number of plausible pairs, not the square of the corpus.
    """
    buckets: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for m in mentions:
        for token in m.strong:
            buckets[("name", m.subject, m.category, token)].append(m.row)
        buckets[("doc", m.doc)].append(m.row)
    pairs = {pair for rows in buckets.values() for pair in combinations(rows, 2)}
    edges = []
    for i, j in sorted(pairs):
        a, b = mentions[i], mentions[j]
        same_kind = (a.subject, a.category) == (b.subject, b.category)
        if not same_kind and (a.doc != b.doc or a.end is None or a.end != b.end):
            continue
        sim = _similarity(a, b)
        if sim > 0 and _still_open(a, b):
            edges.append((-sim, min(a.order, b.order), max(a.order, b.order), a.row, b.row))
    return sorted(edges)


def _groups(mentions: Sequence[_Mention]) -> list[list[_Mention]]:
    """Constrained single linkage: link the most similar pairs first, but merge two groups only while
    all their values agree and some of their names agree, so a nameless mention cannot chain two milestones."""
    parent = list(range(len(mentions)))
    values: dict[int, set[tuple[float, str]]] = {
        m.row: ({(m.value, m.unit)} if m.value is not None else set()) for m in mentions
    }
    names: dict[int, set[frozenset[str]]] = {m.row: ({m.strong} if m.strong else set()) for m in mentions}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, _, _, i, j in _edges(mentions):
        ri, rj = root(i), root(j)
        if (
            ri == rj
            or not all(_values_agree(x, y) for x in values[ri] for y in values[rj])
            or (names[ri] and names[rj] and not any(_names_agree(x, y) for x in names[ri] for y in names[rj]))
        ):
            continue
        parent[rj] = ri
        values[ri] |= values.pop(rj)
        names[ri] |= names.pop(rj)
    grouped: dict[int, list[_Mention]] = defaultdict(list)
    for m in mentions:
        grouped[root(m.row)].append(m)
    return sorted((sorted(g, key=lambda m: m.order) for g in grouped.values()), key=lambda g: g[0].order)


def _most_common(values: Iterable[str]) -> str:
    """The most frequent value (ties: the first seen); "" for none."""
    counts = Counter(values)
    return max(counts, key=lambda v: counts[v], default="")


def _kind_of(group: Sequence[_Mention]) -> tuple[str, str]:
    """A promise's subject and category: its mentions' most frequent ones."""
    return _most_common(m.subject for m in group), _most_common(m.category for m in group)


def _ids(groups: Sequence[Sequence[_Mention]]) -> list[str]:
    """Short content hash of each group's subject, category and earliest mention; collisions get -2, -3."""
    ids: list[str] = []
    seen: Counter[str] = Counter()
    for group in groups:
        first = group[0]
        value = "" if first.value is None else repr(first.value)
        subject, category = _kind_of(group)
        key = "\x1f".join((subject, category, " ".join(first.tokens), value, first.unit))
        if not first.tokens:
            key += "\x1f" + first.doc + "\x1f" + first.sentence
        pid = "p-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
        seen[pid] += 1
        ids.append(pid if seen[pid] == 1 else f"{pid}-{seen[pid]}")
    return ids


def _grouped(claims: pd.DataFrame) -> tuple[list[list[_Mention]], list[str]]:
    """The promises of a claims table: the grouping its `promise_id` column already records (as
    `extract` fills it), else computed; grouping is the costly step, so it runs once per table."""
    mentions = _mentions(claims)
    given = claims["promise_id"].astype(str).tolist() if "promise_id" in claims else []
    if given and all(given):
        by_id: dict[str, list[_Mention]] = defaultdict(list)
        for m, pid in zip(mentions, given, strict=True):
            by_id[pid].append(m)
        ordered = sorted(by_id.items(), key=lambda kv: min(m.order for m in kv[1]))
        return [sorted(g, key=lambda m: m.order) for _, g in ordered], [pid for pid, _ in ordered]
    groups = _groups(mentions)
    return groups, _ids(groups)


def assign_promises(claims: pd.DataFrame) -> pd.DataFrame:
    """A copy of the claims with `promise_id` filled for every row (grouped afresh)."""
    groups = _groups(_mentions(claims))
    ids = _ids(groups)
    promise = [""] * len(claims)
    for group, pid in zip(groups, ids, strict=True):
        for m in group:
            promise[m.row] = pid
    out = claims.copy()
    out["promise_id"] = promise
    return out


# ---------------------------------------------------------------- outcomes


@dataclass(frozen=True)
class Outcome:
    """One entry of an outcomes file: a match rule and what happened."""

    outcome: str  # met | missed | cancelled
    on: date | None
    source: str
    promise_id: str = ""
    subject: str = ""
    category: str = ""
    what: tuple[str, ...] = ()
    promised: str = ""


_MATCH_KEYS = ("promise_id", "subject", "category", "what", "promised")


def _outcome(entry: Any, k: int, where: str) -> Outcome:
    """Validate one entry; errors name the file and the entry."""

    def fail(message: str) -> ValueError:
        return ValueError(f"{where}: entry {k}: {message}")

    if not isinstance(entry, dict):
        raise fail("expected a mapping with `match`, `outcome`, `source`")
    unknown = set(entry) - {"match", "outcome", "on", "source", "note"}
    if unknown:
        raise fail(f"unknown key(s) {sorted(unknown)}")
    match = entry.get("match")
    if not isinstance(match, dict) or not match:
        raise fail("`match` must be a non-empty mapping of " + ", ".join(_MATCH_KEYS))
    if set(match) - set(_MATCH_KEYS):
        raise fail(f"unknown match key(s) {sorted(set(match) - set(_MATCH_KEYS))}")
    outcome = entry.get("outcome")
    if outcome not in OUTCOMES:
        raise fail(f"`outcome` must be one of {', '.join(OUTCOMES)}, not {outcome!r}")
    on = _day(entry.get("on"))
    if entry.get("on") is not None and (on is None or len(_text(entry["on"])) != 10):
        raise fail(f"`on` must be an ISO day (YYYY-MM-DD), not {entry['on']!r}")
    if outcome == "met" and on is None:
        raise fail("`outcome: met` needs `on: YYYY-MM-DD`")
    source = _text(entry.get("source"))
    if not source:
        raise fail("`source` (a URL documenting the outcome) is required")
    keywords = match.get("what", [])
    if isinstance(keywords, str):
        keywords = keywords.split()
    if not isinstance(keywords, list) or not all(isinstance(w, str | int) for w in keywords):
        raise fail("`match.what` must be a list of keywords")
    subject = entities.canonical(_text(match.get("subject")))
    words = tuple(what_tokens(" ".join(str(w) for w in keywords), drop=(subject,)))
    if keywords and not words:
        raise fail(f"`match.what` {keywords!r} has only stop words or the subject's name")
    return Outcome(
        outcome=outcome,
        on=on,
        source=source,
        promise_id=_text(match.get("promise_id")),
        subject=subject,
        category=_text(match.get("category")).lower(),
        what=words,
        promised=_text(match.get("promised")),
    )


def parse_outcomes(data: Any, where: str = "<outcomes>") -> list[Outcome]:
    """Validate parsed outcomes YAML (a list of entries)."""
    if data is None:
        return []
    if not isinstance(data, list):
        raise ValueError(f"{where}: expected a list of outcome entries")
    return [_outcome(entry, k, where) for k, entry in enumerate(data, start=1)]


def load_outcomes(path: str | Path) -> list[Outcome]:
    """Read and validate an outcomes YAML file; ValueError names the file and the entry."""
    try:
        data = yamlio.load(path)
    except OSError as exc:
        raise ValueError(f"{path}: cannot read outcomes file: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {exc}") from exc
    return parse_outcomes(data, str(path))


def _matches(rule: Outcome, pid: str, group: Sequence[_Mention]) -> bool:
    subject, category = _kind_of(group)
    return (
        (not rule.promise_id or rule.promise_id == pid)
        and (not rule.subject or rule.subject == subject)
        and (not rule.category or rule.category == category)
        and (not rule.what or any(set(rule.what) <= set(m.tokens) for m in group))
        and (not rule.promised or any(m.promised.startswith(rule.promised) for m in group))
    )


# ---------------------------------------------------------------- the promises table


@dataclass(frozen=True)
class _Statement:
    """What the press said on one publication day."""

    published: date
    promised: str
    start: date | None
    end: date


def _statements(mentions: Iterable[_Mention]) -> list[_Statement]:
    """Per publication day: the most common promised end (ties: later), labelled by its commonest label."""
    by_day: dict[date, list[_Mention]] = defaultdict(list)
    for m in mentions:
        if m.published and m.end and m.promised:
            by_day[m.published].append(m)
    out = []
    for day in sorted(by_day):
        ends = Counter(m.end for m in by_day[day])
        end = max(ends, key=lambda e: (ends[e], e))
        labels = Counter((m.promised, m.start) for m in by_day[day] if m.end == end)
        (label, start), _ = max(labels.items(), key=lambda kv: (kv[1], kv[0][1] or date.min, kv[0][0]))
        out.append(_Statement(day, label, start, end))
    return out


def _status(statements: Sequence[_Statement], as_of: date, outcome: Outcome | None) -> str:
    if outcome is not None and (outcome.on is None or outcome.on <= as_of):
        if outcome.outcome == "met" and statements and outcome.on and outcome.on > statements[0].end:
            return "met-late"
        return outcome.outcome
    known = [s for s in statements if s.published <= as_of]  # what had been said by the as-of date
    if not known:
        return "unknown"
    latest = known[-1]
    if latest.start and as_of < latest.start:
        return "pending"
    return "due" if as_of <= latest.end else "overdue"


def _format_value(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


def promises_table(
    claims: pd.DataFrame, as_of: date, outcomes: Sequence[Outcome] | None = None
) -> pd.DataFrame:
    """One row per promise (columns `COLUMNS`), in order of first mention; deterministic."""
    groups, ids = _grouped(claims)
    rows = []
    for group, pid in zip(groups, ids, strict=True):
        distinct = list({m.key: m for m in reversed(group)}.values())[::-1]
        published = [m.published for m in distinct if m.published]
        statements = _statements(distinct)
        valued = next((m for m in group if m.value is not None), None)
        providers = sorted({m.provider for m in distinct if m.provider})
        rule = next((o for o in outcomes or () if _matches(o, pid, group)), None)
        status = _status(statements, as_of, rule)
        applied = rule is not None and status in ("met", "met-late", "missed", "cancelled")
        subject, category = _kind_of(group)
        rows.append(
            {
                "promise_id": pid,
                "subject": subject,
                "what": _most_common(m.what for m in distinct if m.what),
                "category": category,
                "value": _format_value(valued.value if valued else None),
                "unit": valued.unit if valued else "",
                "first_published": min(published).isoformat() if published else "",
                "last_published": max(published).isoformat() if published else "",
                "mentions": len(distinct),
                "sources": len({m.provider or "doc:" + m.doc for m in distinct}),
                "providers": "; ".join(providers),
                "first_promised": statements[0].promised if statements else "",
                "latest_promised": statements[-1].promised if statements else "",
                "revisions": sum(a.end != b.end for a, b in zip(statements, statements[1:], strict=False)),
                "slip_days": str((statements[-1].end - statements[0].end).days) if statements else "",
                "status": status,
                "as_of": as_of.isoformat(),
                "outcome_on": rule.on.isoformat() if applied and rule and rule.on else "",
                "outcome_source": rule.source if applied and rule else "",
            }
        )
    counts = {"mentions": "int64", "sources": "int64", "revisions": "int64"}
    return pd.DataFrame(rows, columns=COLUMNS).astype(counts)


def write_promises_csv(df: pd.DataFrame, path: str | Path) -> None:
    """UTF-8 CSV with "\\n" line ends and `COLUMNS` order: same table, same bytes."""
    table = df.reindex(columns=COLUMNS).fillna("")
    Path(path).write_text(table.to_csv(index=False, lineterminator="\n"), encoding="utf-8")


# ---------------------------------------------------------------- evaluation


def grouping_scores(pred_ids: Sequence[Any], gold_ids: Sequence[Any]) -> dict[str, float]:
    """Pairwise precision/recall/F1 of a clustering: over pairs of items, is "same group" right?

    Items are aligned by position. With no predicted (gold) pairs, precision (recall) is 1.0:
    nothing was wrongly merged (nothing needed merging).
    """
    if len(pred_ids) != len(gold_ids):
        raise ValueError(f"grouping_scores: {len(pred_ids)} predicted ids but {len(gold_ids)} gold ids")

    def pairs(counts: Iterable[int]) -> int:
        return sum(n * (n - 1) // 2 for n in counts)

    pred = [str(p) for p in pred_ids]
    gold = [str(g) for g in gold_ids]
    both = pairs(Counter(zip(pred, gold, strict=True)).values())
    n_pred = pairs(Counter(pred).values())
    n_gold = pairs(Counter(gold).values())
    precision = both / n_pred if n_pred else 1.0
    recall = both / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "pred_pairs": n_pred, "gold_pairs": n_gold}
