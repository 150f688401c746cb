"""Fiscal periods in the calendar: "fiscal 2025", "the first half of fiscal 2025", "this fiscal year",
"FY25", "2024-25", a bare "first quarter" in a company's earnings news.

One job: given a claim's resolved period (extractor.time resolves a fiscal period as if its year were the
calendar year), put it where the company's or government's fiscal year really lies. The calendar comes
from the text ("whose fiscal year runs from April to March") else from lexicons/fiscal.yaml via the
claim's subject or the entities the article names. Unknown calendar: the labelled year, as written.

    ctx = Context(text, anchor)                   # once per article
    ctx.is_definition(start, end)                 # a time expression that only defines the calendar
    ctx.resolve(period, timex_text, bound, ...)   # -> Fiscal | None
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from extractor.fiscal import evidence
from extractor.fiscal.calendar import SIZES, FiscalCalendar, to_calendar
from extractor.time import Period, Timex

__all__ = ["Context", "Fiscal", "FiscalCalendar"]

_FISCAL_RX = re.compile(r"(?i)\bfiscal\b|\bfinancial\s+years?\b|\bFY\s?'?\d|\bFY\b")
_SPLIT_RX = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–/]\s*(\d\d(?:\d\d)?)(?!\d)")
_YEAR_RX = re.compile(r"\d\d")
_SLACK_DAYS = 45  # a bare quarter that ended this recently is still the one meant (as the time slack)


@dataclass(frozen=True)
class Fiscal:
    """A claim's period once its fiscal calendar is applied."""

    period: Period
    bound: str
    year_end: str  # "01".."12": the fiscal year-end month used, "" when the calendar is unknown
    stated: bool = False  # the calendar is the one the text states ("for the year to September 30")


def _split_year(text: str) -> int | None:
    """End year of a split label ("2024-25", "FY2024/25"): consecutive years only; of the last one in a range
    of them ("2026/27 to 2028/29"), which promises its later end."""
    m = next(reversed(list(_SPLIT_RX.finditer(text))), None)
    if not m:
        return None
    first, second = int(m[1]), int(m[2])
    second += (first // 100) * 100 if second < 100 else 0
    return second if second == first + 1 else None


class Context:
    """The fiscal evidence of one article."""

    def __init__(self, text: str, anchor: date | None) -> None:
        self.text = text
        self.anchor = anchor

    # The evidence is read on first need: most articles have no claim that asks for it.
    @cached_property
    def found(self) -> list[tuple[int, str]]:
        """(offset, lexicon key) of every known entity the article names."""
        return evidence.mentions(self.text)

    @cached_property
    def ranked(self) -> list[str]:
        """The entities an article is about, not a passing name."""
        return evidence.ranked(self.found, least=2)

    @cached_property
    def government(self) -> FiscalCalendar | None:
        """The fiscal year of the one government an article names through its bodies at least twice ("GAO" and the
        "Government Accountability Office" in a report on a Navy ship), with no company named as often: an agency or
        service the lexicon does not know ("the Navy") keeps it. A country's name alone lends nobody its year."""
        bodies = evidence.public_bodies(self.text)
        if len(set(bodies)) != 1 or len(bodies) < 2 or any(k not in evidence.governments() for k in self.ranked):
            return None
        return evidence.calendars().get(bodies[0])

    @cached_property
    def statements(self) -> list[evidence.Statement]:
        """What the text says of a fiscal calendar ("whose fiscal year runs from April to March")."""
        return evidence.share_naming(evidence.statements(self.text, self.anchor, self.found))

    @cached_property
    def coded(self) -> bool:
        """The article writes fiscal years as codes ("FY26"): a bare quarter after one is that year's."""
        return evidence.writes_codes(self.text)

    @cached_property
    def usual(self) -> FiscalCalendar | None:
        """The article's country's fiscal year, when it has one."""
        return evidence.convention(self.text)

    @cached_property
    def usual_split(self) -> FiscalCalendar | None:
        """The article's country's fiscal year for a split label ("2026/27"), which some countries keep alone."""
        return evidence.convention(self.text, split=True)

    def is_definition(self, start: int, end: int) -> bool:
        """Whether text[start:end] is the time part of a calendar definition ("runs from April to March")."""
        return any(s.span and s.span[0] < end and start < s.span[1] for s in self.statements)

    def calendar(self, subject: str, main: str, sentence: tuple[int, int], strict: bool,
                 public: bool = False, split: bool = False) -> FiscalCalendar | None:
        """The calendar a claim's period follows. ``strict`` (a bare quarter or half): only the claim's subject,
        the article's main subject or the text itself may give it. A government the claim is not about
        lends its year only to a sentence about public money (``public``) or to a split label ("2025-26",
        ``split``), which is a fiscal year by its form; a company only to an article about a known one or in a
        country without a usual fiscal year. A definition in the claim's own sentence ("fiscal
        2026, which begins in April") outranks everything."""
        known = evidence.calendars()
        here = [s for s in self.statements if sentence[0] <= s.start < sentence[1]]
        if here:
            return evidence.from_statement(here[0], known.get(here[0].owner), self.usual)
        first = [evidence.entity_of(subject), evidence.entity_of(main)]
        if not strict and (first[0] or not subject or split):  # an unknown subject borrows no calendar
            first += [k for off, k in self.found if sentence[0] <= off < sentence[1]]
        # an article about an organisation the lexicon does not know, in a country with a usual fiscal year: a
        # company it names often (an analyst's bank, a customer) lends that organisation no calendar
        foreign = bool(main) and not evidence.entity_of(main) and self.usual is not None
        lend = [] if strict else [k for k in self.ranked if (public or split or k not in evidence.governments())
                                  and not (foreign and k not in evidence.governments())]
        first = first[:2] + [k for k in first[2:] if public or split or k not in evidence.governments()]
        tiers = [list(dict.fromkeys(k for k in first if k)), lend]
        owned = {s.owner: s for s in reversed(self.statements) if s.owner}
        calendar_year = None
        for i, tier in enumerate(tiers):
            for key in tier:  # nearest entity first; what the text says of it, else what is known of it
                if key in owned:
                    return evidence.from_statement(owned[key], known.get(key), self.usual)
                if key in known and known[key].end_month != 12:  # "fiscal" is said of a year that is not the calendar's
                    return known[key]
                calendar_year = calendar_year or known.get(key)
            if i == 0 and self.statements:  # the text's word on a calendar, said of nobody named or somebody else
                st = next((s for s in self.statements if not s.owner), self.statements[0])
                return evidence.from_statement(st, known.get(st.owner) or calendar_year, self.usual)
        return calendar_year

    def resolve(self, period: Period | None, text: str, bound: str, subject: str, main: str,
                sentence: tuple[int, int], sentence_text: str) -> Fiscal | None:
        """The period ``text`` (a claim's time expression, resolved to ``period``) means in the calendar;
        None when it is no fiscal period."""
        if period is None:
            return None
        named = evidence.named_end(text)
        if named:  # "the fiscal year through March 2025": already a month
            year, month = named
            start, end = date(year - (month < 12), month % 12 + 1, 1), FiscalCalendar(month).year_end(year)
            new = Period(f"{year}-{month:02d}", start, end, "month", True, period.vague)
            return Fiscal(new, "from" if bound == "from" else "by", f"{month:02d}")
        split = _split_year(text)
        if split and evidence.sport_season(text, sentence_text):
            return None  # "the 2028-29 season" of a club: its start year, no fiscal label
        explicit = period.fiscal or bool(_FISCAL_RX.search(text))
        bare = (not explicit and period.granularity in ("quarter", "half") and not _YEAR_RX.search(text)
                and "calendar" not in text.lower())
        label_year = evidence.sentence_label_year(sentence_text, text) if bare else None
        if bare and label_year is None and self.coded and evidence.quarter_number(text) is not None:
            # "FY25 ... in Q3": that year's quarter, when the paragraph writes the code before it
            at = max(sentence_text.find(text), 0)
            paragraph = self.text.rfind("\n\n", 0, sentence[0]) + 1
            label_year = evidence.last_code_year(self.text[paragraph:sentence[0]] + sentence_text[:at])
        bare_part = bare and (evidence.earnings_context(sentence_text) or label_year is not None)
        # after a fiscal label in its sentence, "the end of the first half" and "next year" are fiscal too
        labelled = None if explicit or split or bare_part else evidence.sentence_year(sentence_text, text)
        if labelled is not None and period.granularity == "month" and evidence.part_end(text):
            bare_part, label_year = True, labelled
        elif labelled is not None and period.granularity == "year" and evidence.deictic_year(text):
            explicit = True
        elif labelled is not None and period.granularity == "year" and evidence.label_anaphor(text):
            explicit, label_year = True, labelled  # "FY27 organic growth ... and EPS of $3.70 for the year"
        elif (not (explicit or split or bare_part) and period.granularity == "year" and evidence.current_year(text)
              and evidence.earnings_context(sentence_text) and self.statements):
            explicit = True  # "a dividend of 64 yen for the current year" where the text states the fiscal year
        if not (explicit or split or bare_part):
            return None
        cal = self.calendar(subject, main, sentence, bare_part, evidence.public_finance(sentence_text),
                            bool(split))
        # nobody known: an organisation of the article's country, also for a bare part after a labelled one ("the
        # first half of FY26 ..., while ... in the second half": the label's calendar is the country's)
        if cal is None and (not bare_part or label_year is not None):
            cal = self.usual_split if split else self.usual
        if cal is None and explicit and not bare_part:  # an agency of the one government a public-sector text is about
            cal = self.government
        if cal is None and split and evidence.harvest_season(text, sentence_text):  # a crop year, months unknown
            return Fiscal(Period(str(split), date(split, 1, 1), date(split, 12, 31), "year", False, period.vague), "by",
                          "")
        if cal is None or cal.end_month == 12:
            if not explicit:
                return None
            return Fiscal(period, bound, f"{cal.end_month:02d}" if cal else "")
        where = self._position(period, text, cal, split) if period.granularity in SIZES else None
        begins = evidence.begins_next(sentence_text, text, self.anchor) if period.granularity == "year" else None
        if begins is not None and where is not None and not re.search(r"\d", text):  # "... that begins on October 1"
            where = (cal.containing(begins), "year", 1)
        if label_year is not None and where is not None:  # "... of fiscal 2027, ... in the second quarter"
            where = (cal.end_year(label_year), where[1], where[2])
        if where is None:  # a day, or a relative period without a publication date: as resolved
            return Fiscal(period, bound, f"{cal.end_month:02d}")
        end_year, gran, n = where
        new, new_bound = to_calendar(cal, end_year, gran, n, bound, period.vague)
        return Fiscal(new, new_bound, f"{cal.end_month:02d}", cal.source == "text")

    def period(self, timex: Timex, period: Period | None, main: str, sentence: tuple[int, int],
               sentence_text: str) -> Period | None:
        """For the check that a claim is still ahead: the later of the calendar and the fiscal reading
        (its subject is not known yet), so neither loses a claim ("fiscal 2024"'s first quarter of a
        company whose year begins in April is not over in May). A calendar the text states is no guess: a period
        over by its reading is over ("by FY26" after "the year to September 30", in October)."""
        found = self.resolve(period, timex.text, timex.bound, "", main, sentence, sentence_text)
        if found is None or period is None:
            return period
        over = found.stated and self.anchor is not None and found.period.end < self.anchor
        return found.period if over or found.period.end > period.end else period

    def _position(self, period: Period, text: str, cal: FiscalCalendar,
                  split: int | None) -> tuple[int, str, int] | None:
        """(end year of the fiscal year, granularity, number) a period names; None without the anchor it needs."""
        gran, year = period.granularity, int(period.label[:4])
        n = 1 if gran == "year" else int(period.label[5:7]) if gran == "month" else int(period.label[-1])
        if split:
            return split, gran, n
        if re.search(r"\d{4}|FY\s?'?\d\d|'\d\d", text):  # a labelled year: the period's year is the label
            return cal.end_year(year), gran, n
        if self.anchor is None:
            return None
        anchor = self.anchor
        here = cal.containing(anchor)
        if gran == "quarter" and evidence.quarter_number(text) is None:  # "the current fiscal quarter"
            k = year * 4 + n - (anchor.year * 4 + (anchor.month - 1) // 3 + 1)
            i = here * 4 + (cal.month_of(anchor) - 1) // 3 + k
            return i // 4, "quarter", i % 4 + 1
        # "the second half of the fiscal year", "the end of the second quarter of the fiscal year" (a month): the
        # year under way, however far the calendar reading moved the part ahead
        if gran in ("quarter", "half", "month") and evidence.of_current_year(text):
            return here, gran, n
        # a bare "first quarter", or the end of one ("by the end of our fiscal second quarter"): the next to end
        if evidence.deictic_offset(text) is None and (gran in ("quarter", "half")
                                                       or gran == "month" and evidence.part_end(text)):
            for end_year in (here - 1, here, here + 1):
                size = {"quarter": 3, "half": 6, "month": 1}[gran]
                if (cal.position_end(end_year, n * size) - anchor).days >= -_SLACK_DAYS:
                    return end_year, gran, n
        return here + year - anchor.year, gran, n
