"""Evidence of a fiscal calendar: what the text says about it, and what is known of the companies and
governments it names (lexicons/fiscal.yaml).

A text's own statement ("IndiGo, whose fiscal year runs from April to March", "fiscal 2023, which begins
in April", "the first quarter, which ends April 30") wins over the lexicon. A statement that only defines
the calendar is no claim: its time expression is returned as a `Statement.span`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from extractor import lexicon, rxcache
from extractor.fiscal.calendar import FiscalCalendar, month_number, parse_rule
from extractor.time import starts

_SENTENCE_END = rxcache.compile(r"[.!?](?=\s+[A-Z\"“(])|\n")
_OWNER_REACH = 300  # characters before a statement searched for its sentence's start
_BOUNDARY = r"(?<![\w-])"  # every statement pattern's left boundary
_KINDS = ("definitions", "periods")


@dataclass(frozen=True)
class Statement:
    """A text's word on a fiscal calendar."""

    start: int
    end: int
    end_month: int
    naming: str | None  # end | start when the text shows how it labels its years
    day: int | None  # the last day, when written
    owner: str  # lexicon key of the entity the sentence names, or ""
    span: tuple[int, int] | None  # a definition's time expression: not a due date


@cache
def _lex() -> dict:
    return lexicon.load("fiscal")


@cache
def calendars() -> dict[str, FiscalCalendar]:
    """Lexicon key -> its fiscal calendar."""
    lex = _lex()
    out = {}
    for key, info in lex["entities"].items():
        month = parse_rule(str(info["ends"]))
        if month is None:
            raise lexicon.LexiconError(f"fiscal.yaml: {key}: unreadable year end {info['ends']!r}")
        out[key] = FiscalCalendar(month, info.get("naming", lex["default_naming"]), str(info["ends"]), key)
    return out


@cache
def _alias_index() -> tuple[re.Pattern[str], dict[str, str]]:
    index = {key: key for key in _lex()["entities"]}
    for key, info in _lex()["entities"].items():
        index.update({str(a): key for a in info.get("aliases", [])})
    alternation = lexicon.trie(index)
    return rxcache.compile(r"(?<![\w&-])(?:" + alternation + r")(?:'s|’s)?(?![\w&-])"), index


@cache
def _folded_index() -> dict[str, str]:
    """Lower-cased alias -> key, the first alias of each spelling winning as in the alias index's order."""
    folded: dict[str, str] = {}
    for alias, key in _alias_index()[1].items():
        folded.setdefault(alias.lower(), key)
    return folded


def entity_of(name: str) -> str:
    """Lexicon key of a name as a claim's subject gives it ("InterGlobe Aviation" -> "IndiGo"), or ""."""
    _, index = _alias_index()
    name = name.strip()
    return index.get(name) or _folded_index().get(name.lower(), "")


def mentions(text: str) -> list[tuple[int, str]]:
    """(offset, lexicon key) of every known entity named in ``text``."""
    pattern, index = _alias_index()
    return [(m.start(), index[re.sub(r"(?:'s|’s)$", "", m.group())]) for m in pattern.finditer(text)]


@cache
def _public_bodies() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + lexicon.trie(_lex()["public_bodies"]) + r")(?![\w-])")


def public_bodies(text: str) -> list[str]:
    """Lexicon key of every government body (not a country's name) named in ``text``, in order."""
    _, index = _alias_index()
    return [index[m.group()] for m in _public_bodies().finditer(text)]


def ranked(found: list[tuple[int, str]], least: int = 1) -> list[str]:
    """Keys named at least ``least`` times, by how often the text names them, first-named first among equals."""
    counts = Counter(k for _, k in found)
    first = {k: i for i, (_, k) in reversed(list(enumerate(found)))}
    return sorted((k for k in counts if counts[k] >= least), key=lambda k: (-counts[k], first[k]))


@cache
def _patterns() -> dict[str, list[re.Pattern[str]]]:
    st = _lex()["statements"]
    quarters = _lex()["quarters"]
    parts = {
        "{FY}": st["fy"],
        "{LABEL}": st["label"],
        "{PART}": st["part"],
        "{M}": r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![a-z])",
        "{D}": r"\d{1,2}(?:st|nd|rd|th)?(?!\d)",
        "{Y}": r"(?:19|20)\d\d",
        "{Q}": "(?:" + "|".join(sorted((re.escape(str(q)) for q in quarters), key=len, reverse=True)) + ")",
    }

    def build(text: str) -> re.Pattern[str]:
        for key, value in parts.items():
            text = text.replace(key, value)
        return rxcache.compile(_BOUNDARY + text, re.I)

    return {kind: [build(p) for p in st[kind]] for kind in _KINDS} | {
        "named_end": [build(_lex()["named_end"])]
    }


def named_end(text: str) -> tuple[int, int] | None:
    """(year, month) of an expression naming a year by its last month ("the fiscal year through March 2025")."""
    m = _patterns()["named_end"][0].search(text)
    return (int(m["year"]), month_number(m["end"])) if m and month_number(m["end"]) else None


def _occurrence(month: int, anchor: date | None, past: bool) -> int | None:
    """Calendar year of the month meant by a yearless "begins in April" (the next one, or the last if past)."""
    if anchor is None:
        return None
    if past:
        return anchor.year - (month > anchor.month)
    return anchor.year + (month < anchor.month)


@cache
def _past_statement() -> re.Pattern[str]:
    return rxcache.compile(rf"(?i)\b(?:{lexicon.alternation(_lex()['statement_past_verbs'])})\b")


def _naming(m: re.Match[str], anchor: date | None, end_month: int) -> str | None:
    """How a statement about a labelled year ("fiscal 2023, which begins in April") names its years."""
    groups = m.groupdict()
    if not groups.get("label"):
        return None
    digits = re.search(r"\d{4}|\d\d$", groups["label"])
    label = int(digits.group()) if len(digits.group()) == 4 else 2000 + int(digits.group())
    past = bool(_past_statement().search(m.group()))
    if groups.get("begin"):
        year = int(groups["year"]) if groups.get("year") else _occurrence(month_number(groups["begin"]), anchor, past)
        end_year = None if year is None else year + (end_month < month_number(groups["begin"]))
    else:
        end_year = int(groups["year"]) if groups.get("year") else _occurrence(end_month, anchor, past)
    if end_year is None or end_month == 12:
        return None
    return {label: "end", label + 1: "start"}.get(end_year)


@cache
def _statement_index() -> starts.StartIndex:
    """The statement patterns, definitions then periods, indexed by where they can start (`starts`): one scan of a
    text instead of one pass per pattern."""
    return starts.build([rx for kind in _KINDS for rx in _patterns()[kind]], _BOUNDARY)


@cache
def _statement_cue() -> re.Pattern[str]:
    return rxcache.compile(_lex()["statement_cue"])


def statements(text: str, anchor: date | None, found: list[tuple[int, str]]) -> list[Statement]:
    """Every statement of a fiscal calendar in ``text``, in text order."""
    if not _statement_cue().search(text):
        return []  # one pass over a text with no fiscal word instead of every pattern
    quarters = {str(k).lower(): v for k, v in _lex()["quarters"].items()}
    matched: dict[int, list[re.Match[str]]] = {}  # each pattern's matches, in text order
    for i, m in starts.scan(text, _statement_index()):
        matched.setdefault(i, []).append(m)
    out: list[Statement] = []
    for i, kind in enumerate(k for k in _KINDS for _ in _patterns()[k]):  # definitions first, as indexed
        for m in matched.get(i, ()):
            if kind == "periods" and any(s.span and s.start == m.start() for s in out):
                continue  # already read as a definition
            g = m.groupdict()
            if g.get("end"):
                end_month = month_number(g["end"])
            elif g.get("begin"):
                end_month = (month_number(g["begin"]) - 2) % 12 + 1
            else:  # a numbered quarter's last month, or its first ("which begins in July")
                q = quarters.get(g["q"].lower())
                qend = month_number(g["qend"]) if g.get("qend") else month_number(g["qbegin"]) % 12 + 2
                end_month = (qend + 3 * (4 - q) - 1) % 12 + 1
            where = m.group("span") if kind == "definitions" else m.group()
            day = re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s*$", where)
            out.append(Statement(
                m.start(), m.end(), end_month, _naming(m, anchor, end_month),
                int(day.group(1)) if day and g.get("end") and not g.get("year") else None,
                _owner(text, m.start(), m.end(), found),
                m.span("span") if kind == "definitions" else None,
            ))
    return sorted(out, key=lambda s: s.start)


def _owner(text: str, start: int, end: int, found: list[tuple[int, str]]) -> str:
    """The entity named in the statement's sentence, nearest to it."""
    reach = max(0, start - _OWNER_REACH)
    left = max((e.end() for e in _SENTENCE_END.finditer(text, reach, start)), default=reach)
    stop = _SENTENCE_END.search(text, end, end + _OWNER_REACH)
    right = stop.start() if stop else min(len(text), end + _OWNER_REACH)
    near = [(min(abs(off - start), abs(off - end)), key) for off, key in found if left <= off < right]
    return min(near)[1] if near else ""


def share_naming(found: list[Statement]) -> list[Statement]:
    """Statements whose naming one of them shows: a text that says once how it labels a year ("fiscal 2025,
    which ends February 28, 2026") labels its other years of that calendar and owner the same way; a statement of
    nobody named ("its fiscal third quarter, from October to December") those of the calendar ending in its month,
    when they agree."""
    shown = {(s.owner, s.end_month): s.naming for s in found if s.naming}
    by_month: dict[int, set[str]] = {}
    for s in found:
        if s.naming:
            by_month.setdefault(s.end_month, set()).add(s.naming)

    def naming(s: Statement) -> str | None:
        agreed = by_month.get(s.end_month, set())
        return shown.get((s.owner, s.end_month)) or (next(iter(agreed)) if not s.owner and len(agreed) == 1 else None)

    return [s if s.naming else replace(s, naming=naming(s)) for s in found]


@cache
def _conventions() -> list[tuple[re.Pattern[str], FiscalCalendar | None, bool]]:
    out = []
    for country, info in _lex()["conventions"].items():
        cues = lexicon.alternation(info["cues"])
        cal = None
        if "ends" in info:  # a country whose organisations share no fiscal year has none
            month = parse_rule(str(info["ends"]))
            if month is None:
                raise lexicon.LexiconError(f"fiscal.yaml: conventions: {country}: unreadable year end {info['ends']!r}")
            cal = FiscalCalendar(month, info.get("naming", _lex()["default_naming"]), str(info["ends"]), "",
                                 "convention")
        # "Tokyo-based" counts, "US$" does not; a currency cue ("A$", "NZ$", "¥", "₹") runs into its amount
        out.append((rxcache.compile(r"(?<![\w$])(?:" + cues + r")(?:(?<=[$¥₹£])|(?![\w$]))"), cal,
                    bool(info.get("split_only"))))
    return out


def convention(text: str, split: bool = False) -> FiscalCalendar | None:
    """The fiscal calendar of the country an article's words point to, None when they point to none; a country
    whose convention holds for split labels only ("2026/27") gives it only when ``split``."""
    counts = sorted(((len(rx.findall(text)), i) for i, (rx, _, _) in enumerate(_conventions())), reverse=True)
    if not counts or counts[0][0] < int(_lex()["convention_least"]):
        return None
    if len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    _, cal, split_only = _conventions()[counts[0][1]]
    return cal if split or not split_only else None


def from_statement(st: Statement, known: FiscalCalendar | None,
                   usual: FiscalCalendar | None = None) -> FiscalCalendar:
    """The calendar a statement gives; the lexicon fills in the naming and the floating rule it agrees with,
    else the country's convention (``usual``) fills in the naming of the calendar it agrees with."""
    agrees = known is not None and known.end_month == st.end_month
    rule = (known.rule if agrees and (st.day is None or known.weekly)
            else f"{date(2000, st.end_month, 1):%B}" + (f" {st.day}" if st.day else ""))
    naming = (st.naming or (known.naming if agrees else None)
              or (usual.naming if usual and usual.end_month == st.end_month else None) or _lex()["default_naming"])
    return FiscalCalendar(st.end_month, naming, rule, st.owner or (known.owner if known else ""), "text")


@cache
def governments() -> frozenset[str]:
    """Lexicon keys of governments: their fiscal year is not a company's."""
    return frozenset(k for k, info in _lex()["entities"].items() if info.get("kind") == "government")


@cache
def _word_pattern(key: str) -> re.Pattern[str]:
    words = "|".join(re.escape(str(w)) for w in _lex()[key])
    return rxcache.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])", re.I)


def _any_word(key: str, sentence: str) -> bool:
    return _word_pattern(key).search(sentence) is not None


@cache
def _season_words(key: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A split season ("2028-29 season") and the words of ``key`` (time.yaml) that tell what kind it is."""
    time_words = lexicon.load("time")
    nouns = lexicon.alternation(time_words["split_season_nouns"])
    return (rxcache.compile(rf"(?i)(?:19|20)\d\d\s*[-–/]\s*\d\d\s+(?:{nouns})(?![\w-])"),
            rxcache.compile(rf"(?i)(?<![\w-])(?:{lexicon.alternation(time_words[key])})(?![\w-])"))


def sport_season(text: str, sentence: str) -> bool:
    """Whether ``text`` is a split sports season ("the 2028-29 season" in a sentence about a club or a league): named
    by its start year, no fiscal label, whatever financial year the club keeps."""
    season, sport = _season_words("sport_words")
    return season.search(text) is not None and sport.search(sentence) is not None


def harvest_season(text: str, sentence: str) -> bool:
    """Whether ``text`` is a split crop season ("the 2025/26 season" in a sentence about soybeans): a crop year."""
    season, harvest = _season_words("harvest_words")
    return season.search(text) is not None and harvest.search(sentence) is not None


def public_finance(sentence: str) -> bool:
    """Whether a sentence speaks of public money ("fiscal deficit", "budget"): a government's year then applies."""
    return _any_word("public_finance_words", sentence)


def earnings_context(sentence: str) -> bool:
    """Whether a sentence speaks of results ("adjusted earnings", "revenue"): bare quarters are then fiscal."""
    return _any_word("earnings_words", sentence)


def deictic_offset(text: str) -> int | None:
    """Offset a deictic word gives ("next fiscal year" -> 1), None when the expression has none."""
    table = _lex()["deictics"]
    return next((int(table[w]) for w in re.findall(r"[a-z]+", text.lower()) if w in table), None)


def begins_next(sentence: str, text: str, anchor: date | None) -> date | None:
    """The first day of the month a clause right after ``text`` says its fiscal year begins in ("the fiscal year that
    begins on October 1"), at its next occurrence after ``anchor``; None when no such clause follows."""
    at = sentence.find(text)
    m = re.match(_lex()["begins_next"], sentence[at + len(text):]) if at >= 0 else None
    month = month_number(m["begin"]) if m else None
    year = _occurrence(month, anchor, past=False) if month else None
    return date(year, month, 1) if month and year else None


def of_current_year(text: str) -> bool:
    """Whether an expression names a part of "the fiscal year" itself, i.e. the one under way at publication."""
    return any(re.search(rx, text, re.I) for rx in _lex()["current_year_parts"])


def writes_codes(text: str) -> bool:
    """Whether an article writes fiscal years as codes ("FY26", "FY 26/27"): its bare quarters are fiscal ones."""
    return re.search(_lex()["fiscal_code"], text) is not None


def last_code_year(before: str) -> int | None:
    """The year the last fiscal code in ``before`` labels ("FY26" -> 2026, "FY2026" -> 2026, "FY 26/27" -> 2027),
    None when there is none."""
    m = next(reversed(list(re.finditer(_lex()["fiscal_code"], before))), None)
    if m is None:
        return None
    year = m["end"] or m["year"]
    return int(year) if len(year) == 4 else 2000 + int(year)


def sentence_label_year(sentence: str, text: str) -> int | None:
    """The fiscal-year label of the last labelled quarter or half before ``text`` in its sentence, which a bare
    part after it shares; None when there is none."""
    return _last_label("sentence_part_label", sentence, text)


def sentence_year(sentence: str, text: str) -> int | None:
    """The year of the last fiscal-year label before ``text`` in its sentence ("fiscal 2027", "FY27"), None when
    there is none."""
    return _last_label("sentence_year_label", sentence, text)


def _last_label(key: str, sentence: str, text: str) -> int | None:
    """The year of the last match of the lexicon's label pattern ``key`` before ``text`` in ``sentence``
    ("FY2026", "fiscal 2027", "FY27"); None when ``text`` is not there or no label precedes it."""
    at = sentence.find(text)
    found = list(re.finditer(_lex()[key], sentence[:at], re.I)) if at > 0 else []
    if not found:
        return None
    m = found[-1]
    return int(m["year"]) if m["year"] else 2000 + int(m["short"])


def part_end(text: str) -> bool:
    """Whether an expression is the end of a numbered half or quarter with no year ("the end of the first half")."""
    return re.search(_lex()["part_end"], text) is not None


def deictic_year(text: str) -> bool:
    """Whether an expression is a year counted from now ("next year")."""
    return re.fullmatch(_lex()["deictic_year"], " ".join(text.split())) is not None


def label_anaphor(text: str) -> bool:
    """Whether an expression is a bare "the year" that names the year labelled before it ("FY27 ... for the year")."""
    return re.fullmatch(_lex()["label_anaphor"], " ".join(text.split())) is not None


def quarter_number(text: str) -> int | None:
    """The quarter an expression numbers ("Q4", "the fourth quarter"), None when it numbers none."""
    table = {str(k).lower(): v for k, v in _lex()["quarters"].items()}
    return next((int(table[w]) for w in re.findall(r"[a-z0-9]+", text.lower()) if w in table), None)

