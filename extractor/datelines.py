"""Publication dates from a plain text's own dateline or byline.

A plain text carries no metadata, but news copy usually dates itself near its top: a desk line
("2025-10-01 Semiconductors editor"), a stamp ("Updated: June 4, 2024 10:32 am"), a byline
("By Jane Doe | Jan 19, 2024") or a wire dateline ("TOKYO, Dec 16, 2022 (Reuters) - ..."). This
module finds that line, reads its date, and says which span to take out of the text, so the
dateline is never read as a claim. The patterns live in ``lexicons/datelines.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from extractor import lexicon, rxcache

_NAME = "datelines"


@dataclass(frozen=True)
class Dateline:
    """A dated line near the top of a text: its date (None when yearless without a year hint),
    the pattern that matched, and the character span to drop from the text."""

    published: date | None
    pattern: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Pattern:
    name: str
    regex: re.Pattern[str]
    whole_line: bool
    closing: bool  # searched at the foot of a text (a legal instrument's signature block), not at its top


def _month_words() -> dict[str, int]:
    return {word: int(month) for month, words in lexicon.load(_NAME)["months"].items() for word in words}


@cache
def _dates() -> tuple[str, str]:
    """The regex of a full date and of a yearless day ("March 3", "3 March")."""
    data = lexicon.load(_NAME)
    month = "(?:" + lexicon.alternation(_month_words()) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    dotted = r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{4}(?!\.?\d)"  # day-first "13.02.2025"
    mm, dd = r"(?:0?[1-9]|1[0-2])", r"(?:0?[1-9]|[12]\d|3[01])"
    year_first = rf"\d{{4}}(?:\.{mm}\.{dd}|/{mm}/{dd})(?![./]?\d)"  # year-first "2025.09.23", "2025/09/23"
    slashed = r"(?<![\d/])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|[12]\d|3[01])/\d{4}(?![/\d])"  # "12/03/2026"
    legal = rf"{day}[ \t]+day[ \t]+of[ \t]+{month},?[ \t]+\d{{4}}"  # "5th day of May, 2026"
    full = (rf"(?:{data['weekday']})?(?:{month}[ \t]+{day},?[ \t]+\d{{4}}|{day}[ \t]+{month},?[ \t]+\d{{4}}|{legal}"
            rf"|\d{{4}}-\d{{2}}-\d{{2}}|{dotted}|{year_first}|{slashed})")
    yearless = rf"(?:{month}[ \t]+{day}|{day}[ \t]+{month})(?![ \t,]*\d)"
    return full, yearless


@cache
def _patterns() -> tuple[_Pattern, ...]:
    data = lexicon.load(_NAME)
    full, yearless = _dates()
    agencies = "|".join(re.escape(a) for a in data["agencies"])
    newswires = lexicon.alternation(data["newswires"], r"[ \t]+")
    out = []
    for name, spec in [*data["patterns"].items(), *data["closing"].items()]:
        source = spec["regex"].replace("{DATE}", full).replace("{DAY}", yearless).replace("{AGENCY}", agencies)
        source = source.replace("{NEWSWIRE}", newswires)
        source = source.replace("{STAMP}", data["stamp_words"]).replace("{PLACE}", data["place"])
        end = r"[ \t]*$" if spec["whole_line"] else ""
        out.append(_Pattern(name, rxcache.compile(rf"^[ \t]*(?:{source}){end}", re.I), bool(spec["whole_line"]),
                            name in data["closing"]))
    return tuple(out)


@cache
def _footer() -> re.Pattern[str]:
    data = lexicon.load(_NAME)
    source = data["footer"].replace("{STAMP}", data["stamp_words"]).replace("{DATE}", _dates()[0])
    return rxcache.compile(rf"^[ \t]*(?:{source})[ \t]*$", re.I | re.M)


@cache
def _footer_mark() -> re.Pattern[str]:
    return re.compile(lexicon.load(_NAME)["footer_mark"], re.I)


def parse_day(text: str, year_hint: int | None = None) -> date | None:
    """The date of a dateline's date text; a yearless one takes ``year_hint`` (else None); an impossible
    calendar date ("February 30, 2031") is None, never a neighbouring day."""
    months = _month_words()
    words = re.findall(r"[a-z]+|\d+", text.lower())
    numbers = [int(w) for w in words if w.isdigit()]
    month = next((months[w] for w in words if w in months), None)
    if month is None:  # ISO 2024-03-03, day-first 13.02.2025 and 12/03/2026, month-first 03/25/2026
        if len(numbers) != 3:
            return None
        if numbers[0] >= 1000:
            year, month, day = numbers
        else:  # day first, as most of the world writes it; month first only when day first is impossible
            day, month, year = numbers if numbers[1] <= 12 else (numbers[1], numbers[0], numbers[2])
    else:
        years = [n for n in numbers if n >= 1000]
        days = [n for n in numbers if n < 1000]
        if len(years) > 1 or len(days) > 1:
            return None
        year = years[0] if years else year_hint
        day = days[0] if days else None
        if year is None or day is None:
            return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _lines(text: str, first: int, last: int) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(offset, line) of the ``first`` and of the ``last`` non-empty lines of ``text``, read from its two ends: a
    long text is not split whole (reading each document's dateline would cost time in its length)."""
    head: list[tuple[int, str]] = []
    pos = 0
    while len(head) < first and pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            head.append((pos, text[pos:end]))
        pos = end + 1
    tail: list[tuple[int, str]] = []
    end = len(text)
    while len(tail) < last:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            tail.append((start, text[start:end]))
        if start == 0:
            break
        end = start - 1
    return head, tail[::-1]


def find(text: str, year_hint: int | None = None) -> Dateline | None:
    """The first dateline among the first few non-empty lines of ``text``, else a legal instrument's dated
    signature block among its last few, else a dated page footer anywhere (None when there is none).

    ``year_hint`` completes a yearless wire dateline ("LONDON, March 3 (Reuters) -"); without it such
    a dateline is still found (and removed from the text) but carries no date."""
    data = lexicon.load(_NAME)
    width = int(data["max_line_chars"])
    head, tail = _lines(text, int(data["search_lines"]), int(data["closing_lines"]))
    places = [(head, False), (tail, True)]
    for chosen, closing in places:
        for start, line in chosen:
            for pattern in _patterns():
                if pattern.closing != closing or (pattern.whole_line and len(line) > width):
                    continue
                m = pattern.regex.match(line)
                if m:
                    day = parse_day(m["date"], year_hint) or (None if year_hint else _by_weekday(m["date"], text))
                    return Dateline(day, pattern.name, m.group(0).strip(),
                                    start, start + (len(line) if pattern.whole_line else m.end()))
    m = _footer().search(text) if _footer_mark().search(text) else None  # a PDF's page footer, wherever it breaks
    if m:
        return Dateline(parse_day(m["date"] or m["date2"]), "footer", m.group(0).strip(), m.start(), m.end())
    return None


_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d%])")
_WEEKDAY_REACH = 600  # characters of the story searched for the weekday its first sentence gives


@cache
def _weekdays() -> tuple[re.Pattern[str], dict[str, int]]:
    """A weekday's full name ("Tuesday", lexicons/time.yaml; not `calendar.day_name`, which follows the locale)
    and each name's ``date.weekday()``."""
    names = {w.capitalize(): n - 1 for w, n in lexicon.load("time")["weekdays"].items() if w.endswith("day")}
    return re.compile(r"\b(" + "|".join(names) + r")\b"), names


def _by_weekday(day_text: str, text: str) -> date | None:
    """A yearless dateline's date ("SEOUL, March 3 (Yonhap) --") from the weekday its story gives ("said Tuesday")
    and the years the text names: the one year, within a year of them, in which that day falls on that weekday."""
    pattern, numbers = _weekdays()
    weekday = pattern.search(text[:_WEEKDAY_REACH])
    years = [int(y) for y in _YEAR.findall(text)]
    if weekday is None or not years:
        return None
    wanted = numbers[weekday.group(1)]
    days = [d for y in range(min(years) - 1, max(years) + 2)
            if (d := parse_day(day_text, y)) is not None and d.weekday() == wanted]
    return days[0] if len(days) == 1 else None


def strip(text: str, year_hint: int | None = None) -> tuple[str, Dateline | None]:
    """``text`` without its dateline (a whole line, or the prefix of the first paragraph; every page footer
    line when a footer dates it), and the dateline."""
    found = find(text, year_hint)
    if found is None:
        return text, None
    if found.pattern == "footer":
        return _footer().sub("", text), found
    return text[: found.start] + text[found.end:], found


@cache
def _labels() -> re.Pattern[str]:
    labels = "|".join(lexicon.load(_NAME)["labels"])
    return rxcache.compile(r"[ \t]*[\[(]?(?:" + labels + r")[\])]?[ \t]*:?[ \t]*", re.I)


def drop_labels(text: str) -> str:
    """``text`` without the label lines that open it ("PRESS RELEASE", "CIRCULAR"): they name the kind of
    document, so the title is the first line after them."""
    lines = text.lstrip("\n").split("\n")
    k = 0
    while k < len(lines) - 1 and (not lines[k].strip() or _labels().fullmatch(lines[k])):
        k += 1
    return "\n".join(lines[k:]) if any(_labels().fullmatch(line) for line in lines[:k]) else text


def year_hint(*names: str) -> int | None:
    """A year named in a file name or URL ("2024/03/...", "...-2024-03-03-..."), to complete a yearless
    dateline; None when there is none or more than one."""
    years = {int(y) for name in names for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", name)}
    return years.pop() if len(years) == 1 else None
