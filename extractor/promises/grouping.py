"""Which claim mentions state one milestone: candidate blocks, the pair rule, constrained union-find, ids.

Two mentions are one promise only when they name the same milestone: the same subject after alias folding
(within one article and one promised period the extractor's per-sentence subject and category may vary),
compatible categories, values and actions, and milestone phrases sharing at least two words, one of them a
name, over half of the shorter phrase ("Dojo production start" and "start of Dojo production"; not "Dojo
production" and "Optimus production", nor "Ohio fab construction finished" and "Ohio fab production start").
Within one article, claims of periods that do not overlap are one promise only when a sentence says the date
moved; a vague time ("the coming months") never joins a period it does not overlap; a later date joins only
while the earlier one was still live (``stale_after_days``).

Cost: identical mentions are collapsed first; candidates come from blocks (one subject and one name word, or
one document), each node compared with the ``window`` nodes before it in the block, so the work grows with
n x window, never with all pairs; only linking pairs are kept, and they are merged most similar first into a
union-find that keeps every group consistent (values agree, names overlap, one article's periods agree).
A promise's id hashes its subject, category and the `what` and value of its earliest mention.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

import pandas as pd

from extractor.promises import linksort
from extractor.promises.mentions import Mention, mentions
from extractor.promises.rules import rules

Period = tuple[date | None, date | None, bool]  # start, end, the sentence says the date moved
Grouping = tuple[list[list[Mention]], list[str]]  # the groups of mentions, in order, and their promise ids


def _values_agree(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """Same unit and within the relative tolerance."""
    if a[1] != b[1]:
        return False
    scale = max(abs(a[0]), abs(b[0]))
    return scale == 0 or abs(a[0] - b[0]) <= rules()["tolerance"] * scale


def _categories_agree(a: str, b: str) -> bool:
    rule = rules()
    if a == b or a in rule["any_category"] or b in rule["any_category"]:
        return True
    return any(a in family and b in family for family in rule["families"])


def _actions_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return True
    pairs = rules()["compatible_actions"]
    return any(x == y or (x, y) in pairs for x in a for y in b)


def _apart(a: Period, b: Period) -> bool:
    """Two promised periods that do not overlap (nested or overlapping periods refine, not move)."""
    if None in (a[0], a[1], b[0], b[1]):
        return False
    return a[1] < b[0] or b[1] < a[0]  # type: ignore[operator]


def _periods_agree(a: Period, b: Period) -> bool:
    """Within one article: overlapping periods, or a sentence saying the date moved."""
    return not _apart(a, b) or a[2] or b[2]


def _still_open(a: Mention, b: Mention) -> bool:
    """The mention promising the later date was published while the other's date was still live.

    Without this, next year's "AI Day" would be a 14-month slip of last year's; a late report of the
    old date ("promised for July 2021") still joins the old promise, since its date is no later.
    """
    if a.end is None or b.end is None:
        return True
    early, late = sorted((a, b), key=lambda m: m.end or date.min)
    if late.published is None or late.end == early.end:
        return True
    return (late.published - early.end).days <= rules()["stale_days"]


def _weight(words: Iterable[str]) -> float:
    rule = rules()
    return sum(rule["weak_weight"] if w in rule["weak"] else 1.0 for w in words)


def _distinct_names(a: Mention, b: Mention) -> bool:
    """Without a sentence a `what` is all there is: each naming something the other never says ("Direct to
    Cell texting" and "Direct to Cell voice and data") means two milestones of one family. (A clause is
    wordier, so there the overlap rules of `similarity` decide.)"""
    weak = rules()["weak"]
    return (not a.sentence or not b.sentence) and any(t not in weak and t not in b.words for t in a.tokens) and any(
        t not in weak and t not in a.words for t in b.tokens
    )


def _restated_value(a: Mention, b: Mention) -> bool:
    """One subject's target value in one unit for one promised period, with no clashing action or name number,
    restated in one article ("aims for 30 launches next year" in a headline, "is targeting 30 launches next
    year, up from 18" below it) or in two that share `min_shared` names and no distinct ones ("10 million
    foldable iPhones in 2027"): however differently worded, whichever category the extractor gave each."""
    if a.value is None or b.value is None or a.subject != b.subject or a.end is None:
        return False
    if (a.start, a.end) != (b.start, b.end) or not _values_agree((a.value, a.unit_key), (b.value, b.unit_key)):
        return False
    if (a.numbers and b.numbers and not a.numbers & b.numbers) or not _actions_agree(a.actions, b.actions):
        return False
    return a.doc == b.doc or (len(a.strong & b.strong) >= rules()["min_shared"] and not _distinct_names(a, b))


def similarity(a: Mention, b: Mention) -> float:
    """How alike two mentions are (ranks links); 0 when they do not state one milestone (module docstring)."""
    if _restated_value(a, b):
        return 1.0
    same_doc = a.doc == b.doc
    if (a.subject != b.subject and not same_doc) or not (a.words & b.words or (not a.words and not b.words)):
        return 0.0  # the cheap refusals first: most candidates share no word
    rule = rules()
    one_date = a.end is not None and a.end == b.end
    if (a.subject != b.subject or not _categories_agree(a.category, b.category)) and not (same_doc and one_date):
        return 0.0
    if a.subject != b.subject and not (a.strong <= b.strong or b.strong <= a.strong):
        return 0.0  # another subject in the same article: only a restatement of the same name
    if a.value is not None and b.value is not None and not _values_agree((a.value, a.unit_key), (b.value, b.unit_key)):
        return 0.0
    pa, pb = (a.start, a.end, a.moved), (b.start, b.end, b.moved)
    if (same_doc and not _periods_agree(pa, pb)) or ((a.vague or b.vague) and _apart(pa, pb)):
        return 0.0
    if not a.words or not b.words:
        return 1.0 if not a.words and not b.words and (a.doc, a.sentence) == (b.doc, b.sentence) else 0.0
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return 0.0
    if not _actions_agree(a.actions, b.actions):
        return 0.0
    if _distinct_names(a, b):
        return 0.0
    shared = a.words & b.words
    score = _weight(shared) / min(a.weight, b.weight)
    valued = a.value is not None and b.value is not None and a.subject == b.subject
    if valued and a.strong & b.strong and not _apart(pa, pb):
        return score  # one target value, one subject, one time: the words need not agree further
    if a.strong and b.strong:
        names = a.strong & b.strong
        if not names or not _still_open(a, b):
            return 0.0
        moved = max((a, b), key=lambda m: m.end or date.min).moved
        if _apart(pa, pb) and moved and valued:
            return score  # one target value, a name of it, and the later text says its date moved
        if _apart(pa, pb) and len(names) < rule["min_shared"] and not (moved and names in (a.strong, b.strong)):
            return 0.0  # a move needs the milestone's name, or its one name and a stated move
        smaller = min(len(a.words), len(b.words))
        whole = names in (a.strong, b.strong) and (a.start, a.end) == (b.start, b.end)  # "Feynman in 2028"
        if len(shared) < rule["min_shared"] and not whole:
            return 0.0
        return score if len(shared) / smaller >= rule["min_overlap"] and score >= rule["min_score"] else 0.0
    if not same_doc:
        return 0.0  # nothing names the milestone: only the same article can tell it is the same one
    generic = b if a.strong else a
    nested = a.end is not None and b.end is not None and not _apart(pa, pb) and a.category == b.category
    restated = (one_date or nested) and a.sentence != b.sentence
    moved = a.moved and a.sentence == b.sentence  # "promised for early 2027, will now begin in the third quarter"
    if (restated or moved) and generic.words <= shared:
        return score
    union = _weight(a.words | b.words)
    return _weight(shared) / union if _weight(shared) / union >= rule["min_weak_jaccard"] else 0.0


def _nodes(ms: Sequence[Mention]) -> tuple[list[Mention], list[int]]:
    """Identical mentions collapsed: the representatives (earliest first) and each mention's node."""
    by_shape: dict[tuple, int] = {}
    reps: list[Mention] = []
    node_of = [0] * len(ms)
    for m in sorted(ms, key=lambda m: m.order):
        shape = m.shape if m.words else (*m.shape, m.doc, m.sentence)
        if shape not in by_shape:
            by_shape[shape] = len(reps)
            reps.append(m)
        node_of[m.row] = by_shape[shape]
    return reps, node_of


def _candidates(nodes: Sequence[Mention], exhaustive: bool = False) -> Iterator[tuple[int, int]]:
    """Pairs worth scoring, node by node, each once: a node with the `window` nodes before it in each of its
    blocks (`exhaustive`: every pair, the quadratic reference the blocks must agree with)."""
    if exhaustive:
        yield from ((j, k) for k in range(len(nodes)) for j in range(k))
        return
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    window = rules()["window"]
    for k, m in enumerate(nodes):  # nodes are in order, so every block is too: a node's window is known when it joins
        before: set[int] = set()
        for key in [("name", m.subject, word) for word in sorted(m.strong)] + [("doc", m.doc)]:
            block = blocks[key]
            before.update(block[-window:])
            block.append(k)
        yield from ((j, k) for j in sorted(before))


def _links(nodes: Sequence[Mention], exhaustive: bool = False) -> Iterator[tuple[int, int]]:
    """The linking pairs, most similar first (ties: earliest), sorted in bounded memory (`linksort`)."""
    scored = ((similar, i, j) for i, j in _candidates(nodes, exhaustive)
              if (similar := similarity(nodes[i], nodes[j])) > 0)
    return linksort.ordered(scored)


class _Groups:
    """Union-find over nodes whose merges keep each group one consistent milestone. What a group holds (its values,
    names and each article's periods) is kept only for groups that have merged; a node alone reads its own."""

    def __init__(self, nodes: Sequence[Mention], members: Sequence[Sequence[Mention]]) -> None:
        self.nodes, self.members = nodes, members
        self.parent = list(range(len(nodes)))
        self.values: dict[int, set[tuple[float, str]]] = {}
        self.names: dict[int, set[frozenset[str]]] = {}
        self.periods: dict[int, dict[str, set[Period]]] = {}

    def _values(self, k: int) -> set[tuple[float, str]]:
        if k in self.values:
            return self.values[k]
        node = self.nodes[k]
        return {(node.value, node.unit_key)} if node.value is not None else set()

    def _names(self, k: int) -> set[frozenset[str]]:
        return self.names[k] if k in self.names else ({self.nodes[k].strong} if self.nodes[k].strong else set())

    def _periods(self, k: int) -> dict[str, set[Period]]:
        if k in self.periods:
            return self.periods[k]
        periods: dict[str, set[Period]] = defaultdict(set)
        for m in self.members[k]:
            periods[m.doc].add((m.start, m.end, m.moved))
        return periods

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def _agree(self, ri: int, rj: int) -> bool:
        if not all(_values_agree(x, y) for x in self._values(ri) for y in self._values(rj)):
            return False
        names_i, names_j = self._names(ri), self._names(rj)
        if names_i and names_j and not any(x & y for x in names_i for y in names_j):
            return False
        small, large = sorted((self._periods(ri), self._periods(rj)), key=len)
        return all(
            _periods_agree(p, q) for doc, ps in small.items() if doc in large for p in ps for q in large[doc]
        )

    def union(self, i: int, j: int) -> None:
        ri, rj = self.root(i), self.root(j)
        if ri == rj or not self._agree(ri, rj):
            return
        if len(self._periods(ri)) < len(self._periods(rj)):
            ri, rj = rj, ri  # the smaller group joins the larger: each mention's data moves O(log n) times
        self.parent[rj] = ri
        self.values[ri] = self._values(ri) | self._values(rj)
        self.names[ri] = self._names(ri) | self._names(rj)
        periods = self.periods[ri] = self._periods(ri)
        for doc, ps in self._periods(rj).items():
            periods[doc] |= ps
        for held in (self.values, self.names, self.periods):
            held.pop(rj, None)


def groups(ms: Sequence[Mention], exhaustive: bool = False) -> list[list[Mention]]:
    """The mentions grouped into promises, each group in order, groups in order of their first mention
    (`exhaustive`: score every pair instead of the blocked candidates; for tests and the benchmark)."""
    nodes, node_of = _nodes(ms)
    members: list[list[Mention]] = [[] for _ in nodes]
    for m in ms:
        members[node_of[m.row]].append(m)
    uf = _Groups(nodes, members)
    for i, j in _links(nodes, exhaustive):
        uf.union(i, j)
    grouped: dict[int, list[Mention]] = defaultdict(list)
    for m in ms:
        grouped[uf.root(node_of[m.row])].append(m)
    return sorted((sorted(g, key=lambda m: m.order) for g in grouped.values()), key=lambda g: g[0].order)


def most_common(values: Iterable[str]) -> str:
    """The most frequent value (ties: the first seen); "" for none."""
    counts = Counter(values)
    return max(counts, key=lambda v: counts[v], default="")


def kind_of(group: Sequence[Mention]) -> tuple[str, str]:
    """A promise's subject and category: its mentions' most frequent ones."""
    return most_common(m.subject for m in group), most_common(m.category for m in group)


def ids(grouped: Sequence[Sequence[Mention]]) -> list[str]:
    """Short content hash of each group's subject, category and earliest mention; collisions get -2, -3."""
    out: list[str] = []
    seen: Counter[str] = Counter()
    for group in grouped:
        first = group[0]
        value = "" if first.value is None else repr(first.value)
        subject, category = kind_of(group)
        key = "\x1f".join((subject, category, " ".join(first.tokens), value, first.unit))
        if not first.tokens:
            key += "\x1f" + first.doc + "\x1f" + first.sentence
        pid = "p-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
        seen[pid] += 1
        out.append(pid if seen[pid] == 1 else f"{pid}-{seen[pid]}")
    return out


def grouped(claims: pd.DataFrame) -> Grouping:
    """The promises of a claims table: the grouping its `promise_id` column already records (as
    `extract` fills it), else computed; grouping is the costly step, so it runs once per table."""
    ms = mentions(claims)
    given = claims["promise_id"].astype(str).tolist() if "promise_id" in claims else []
    if given and all(given):
        by_id: dict[str, list[Mention]] = defaultdict(list)
        for m, pid in zip(ms, given, strict=True):
            by_id[pid].append(m)
        ordered = sorted(by_id.items(), key=lambda kv: min(m.order for m in kv[1]))
        return [sorted(g, key=lambda m: m.order) for _, g in ordered], [pid for pid, _ in ordered]
    found = groups(ms)
    return found, ids(found)


def group_claims(claims: pd.DataFrame) -> Grouping:
    """The claims grouped afresh, with the promise ids: a run keeps this for the promises table, so the mentions
    are built and grouped once."""
    found = groups(mentions(claims))
    return found, ids(found)


def promise_column(rows: int, grouping: Grouping) -> list[str]:
    """Each claim row's promise id."""
    promise = [""] * rows
    for group, pid in zip(*grouping, strict=True):
        for m in group:
            promise[m.row] = pid
    return promise


def assign_promises(claims: pd.DataFrame) -> pd.DataFrame:
    """A copy of the claims with `promise_id` filled for every row (grouped afresh)."""
    out = claims.copy()
    out["promise_id"] = promise_column(len(claims), group_claims(claims))
    return out
