"""Find time expressions in text: candidate spans from the grammar's rules, the longest kept,
widened by part-of modifiers and hedges, joined into ranges, with their governing prefix and bound.

``Timex.context`` records what the surrounding text says and the span does not: a forward or past
cue in the clause, quarterly reporting, the last explicit date for an anaphor ("later that year"),
the range a short end belongs to ("17" of "1915-17").
"""

from __future__ import annotations

from extractor.time import starts
from extractor.time.grammar import grammar
from extractor.time.model import Spec, Timex
from extractor.time.parse import build, legal_echo, parse, partable, year_only
from extractor.time.words import lex


def range_ends(timex: Timex) -> tuple[Timex, Timex] | None:
    """The two ends of a range timex as timexes of their own (TimeML annotates each end); else None."""
    spec = parse(timex.text)
    if spec is not None and spec.dur is not None:
        return _amount_ends(timex)
    m = (grammar().rx["range_words"].fullmatch(timex.text) or grammar().rx["range"].fullmatch(timex.text)) \
        if spec is not None and spec.end is not None else None
    if m is None:
        return None
    whole = "range=" + "_".join(timex.text.split())

    def end(side: str, prefix: str) -> Timex:
        # an end that is no date alone ("22" of "22-25 April", "17" of "1915-17") resolves through the range
        alone = parse(m[side])
        needs = alone is None or (alone.year is None and (spec.end if side == "b" else spec).year is not None)
        context = f"{timex.context} {whole} side={side}".strip() if needs else timex.context
        return Timex(timex.start + m.start(side), timex.start + m.end(side), m[side], "DATE", prefix, timex.bound,
                     context)  # fmt: skip

    return end("a", timex.prefix), end("b", "")


def _amount_ends(timex: Timex) -> tuple[Timex, Timex] | None:
    """ "two to six days": "two" (the unit borrowed through the range, see resolver) and "six days"."""
    m = grammar().rx["amount_range"].search(timex.text)
    if m is None:
        return None
    whole = f"{timex.context} range={'_'.join(timex.text.split())} side=a".strip()
    a = Timex(timex.start + m.start("a"), timex.start + m.end("a"), m["a"], timex.type, timex.prefix, timex.bound,
              whole)  # fmt: skip
    b = Timex(timex.start + m.start("b"), timex.end, m["b"], timex.type, "", timex.bound, timex.context)
    return a, b


_DURATION_RULES = frozenset({"duration", "half_unit", "the_duration", "plural_units"})


def _candidates(text: str) -> list[tuple[int, int]]:
    g = grammar()
    found: list[tuple[int, int]] = []
    for rule, m in starts.matches(text):
        s, e = m.span()
        event = rule.name == "season_bare" and g.rx["season_event"].match(text, e)  # "sets fall launch"
        if rule.weak and not event and not g.rx["context"].search(text, max(0, s - 30), s):
            continue
        if rule.name == "season_bare" and not event and g.rx["season_name"].match(text, m.start("season")):
            continue  # "in Spring Hill", "Fall River": a capitalised season opening a name
        if (rule.name == "season_bare" and m.group("season").lower() in g.lex["ambiguous_seasons"]
                and m.group(0)[:3].lower() != "the" and not g.rx["season_context"].search(text, max(0, s - 30), s)
                and not event):
            continue  # "expected to fall", "and spring": verbs and nouns, not seasons
        if (rule.name == "season" and m.group("deix").lower() == "that"
                and m.group("season").lower() in g.lex["ambiguous_seasons"] and g.rx["season_verb"].match(text, e)):
            continue  # "loans that fall due in 2027": the relative clause's verb
        if rule.name == "year" and g.rx["year_blocker"].match(text, e):
            continue
        if rule.name in ("decade", "decade_word") and g.rx["age_owner"].search(text, max(0, s - 20), s):
            continue  # "in his 30s", "in their forties": an age, not a decade
        if rule.name in _DURATION_RULES and g.rx["age"].match(text, e):
            continue  # "a 6-year-old": an age, not a time
        if rule.name == "holiday" and g.rx["dated_after"].match(text, e):
            continue  # "Independence Day in August 2024": the month named after it dates this one
        if g.rx["not_time_compound"].match(text, e):
            continue  # "one more quarter-point cut": a size, not a quarter
        if build(rule, m) is None:
            continue
        found.append((s, e))
    return found


def _select(cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest non-overlapping spans, in text order."""
    chosen: list[tuple[int, int]] = []
    for s, e in sorted(set(cands), key=lambda c: (c[0] - c[1], c[0])):
        if all(e <= cs or s >= ce for cs, ce in chosen):
            chosen.append((s, e))
    return sorted(chosen)


def _widen(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add part-of modifiers on the left, hedges on the right, and join ranges."""
    g = grammar()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        spec = parse(text[s:e])
        if spec and spec.type == "DATE" and spec.dur is None and partable(spec) and spec.part is None:
            m = g.rx["part"].search(text, max(0, s - 30), s)
            if m and m.end() == s and parse(text[m.start("p") : e]):
                s = m.start("p")
                the = g.rx["the_before"].search(text, max(0, s - 6), s)
                if the and m["p"].lower() in ("early", "late", "mid"):
                    s = the.start()  # TimeBank: "<TIMEX3>the early 1980s</TIMEX3>"
        h = g.rx["hedge"].match(text, e)
        if h:
            e = h.end()
        while out and out[-1][0] >= s:
            out.pop()  # "year-end 2025": a part-of word that is a time of its own joins the year it qualifies
        out.append((s, e))
    joined: list[tuple[int, int]] = []
    for s, e in out:
        gap = g.rx["range_joint"].fullmatch(text, joined[-1][1], s) if joined else None
        if gap:
            ps = joined[-1][0]
            opener = g.rx["range_open"].search(text, max(0, ps - 10), ps)
            start = opener.start("p") if opener and opener.end() == ps else ps
            between = opener is not None and opener.end() == ps and opener["p"].lower() == "between"
            # "and" joins after "between", or two whole years or months ("in 2026 and 2027", "April and May")
            left, right = text[joined[-1][0]:joined[-1][1]], text[s:e]
            years = gap["c"].lower() == "and" and (
                (_whole_year(left) and _whole_year(right)) or _month_pair(left, right)
                or g.rx["range_words"].fullmatch(text[start:e]) is not None) \
                and not g.rx["respectively"].match(text, e)
            if (gap["c"].lower() != "and" or between or years) and not _length_then_date(left, right) \
                    and parse(text[start:e]):
                joined[-1] = (start, e)
                continue
        if joined and g.rx["narrow_joint"].fullmatch(text, joined[-1][1], s) and not g.rx["horizon_before"].search(
                text, max(0, joined[-1][0] - 40), joined[-1][0]):  # "its strategy to 2030 in the spring": two times
            narrowed = parse(text[joined[-1][0] : e])
            if narrowed is not None and narrowed.end is None:  # "this year during the third quarter"
                joined[-1] = (joined[-1][0], e)
                continue
        joined.append((s, e))
    return joined


def _length_then_date(left: str, right: str) -> bool:
    """A length then a date is no range: "delayed by two years to December 2031" moved a date that far."""
    first, second = parse(left), parse(right)
    return first is not None and second is not None and first.dur is not None and second.dur is None


def _month_pair(left: str, right: str) -> bool:
    """A bare month name, then a month name that may carry its year ("April and May 2025")."""
    months = grammar().lex["months"]
    first = right.split()[0].lower().rstrip(".") if right.split() else ""
    return left.lower().rstrip(".") in months and first in months


def _whole_year(span: str) -> bool:
    spec = parse(span)
    return spec is not None and year_only(spec)


def _bound(prefix: str, spec: Spec) -> str:
    bound = grammar().prefix_bound.get(prefix, "on") if prefix else "on"
    if bound == "on" and spec.bound:
        return spec.bound
    return bound


def find_timexes(text: str) -> list[Timex]:
    """Every time expression in ``text``: sorted, non-overlapping, prefix split off."""
    g = grammar()
    result = []
    original, text = text, echo_blanked(text)  # "thirty (30) days": found as "thirty      days", kept as written
    for s, e in _widen(text, _select(_candidates(text))):
        span = original[s:e]
        spec = parse(span)
        if spec is None:
            continue
        pm = g.rx["prefix"].search(text, max(0, s - 30), s)
        prefix = " ".join(pm["p"].lower().split()) if pm else ""
        negated = lex()["negated_prefixes"].get(prefix)
        if negated and g.rx["negation"].search(text, max(0, pm.start() - 120), pm.start()):
            prefix = negated
        suffix = g.rx["bound_suffix"].match(text, e)
        kind = spec.type
        holder = _deadline_holder(text, s, e) if kind == "DURATION" and not prefix else ""
        prefix = holder or prefix
        if (
            kind == "DURATION"
            and not prefix
            and g.rx["rate"].fullmatch(span)
            and g.rx["rate_context"].search(text, max(0, s - 40), s)
        ):
            kind = "SET"  # "$5 million a year", "twice a day": a rate, not a length of time
        if kind == "DATE" and g.rx["the_year"].fullmatch(span) and g.rx["ended"].match(text, e):
            kind = "DURATION"  # "for the year ended March 31": TimeML marks the year's length
        if kind == "DATE" and prefix in lex()["span_prefixes"] and g.rx["coming_span"].fullmatch(span):
            kind = "DURATION"  # "over the next decade": its length (its period is kept)
        bound = lex()["bound_suffixes"][" ".join(suffix["w"].lower().split())] if suffix else (
            "by" if holder else _bound(prefix, spec))
        if bound == "on" and not suffix and prefix in _EVENT_PREFIXES:
            bound = _event_bound(text, s, e) or bound
        if g.rx["same_time"].fullmatch(" ".join(span.split())):
            if not result or result[-1].type != "DATE" or s - result[-1].end > lex()["same_time_reach"]:
                continue  # "all at the same time": simultaneity, no dated statement to refer back to
            bound = result[-1].bound  # "From January 1 ... at the same time": the time it refers to, its bound too
        context = _context(text, s)
        if g.rx["anaphor"].fullmatch(" ".join(span.split())):
            ref = next((t for t in reversed(result) if explicit(t.text)), None)
            if ref is not None:
                context = (context + " ref=" + "_".join(ref.text.split())).strip()
        result.append(Timex(s, e, span, kind, prefix, bound, context))
    return _framed(text, result)


def _deadline_holder(text: str, s: int, e: int) -> str:
    """The holder of a length that is the time left to act ("has 30 days to respond", "have six months to
    comply"), or the verb that gives it ("gives TikTok 90 days to"), lower-cased, else "": the length then counts
    from now as a deadline, as after "within"."""
    g = grammar()
    if not g.rx["deadline_to"].match(text, e):
        return ""
    m = g.rx["deadline_holder"].search(text, max(0, s - 30), s) or g.rx["deadline_giver"].search(
        text, max(0, s - 60), s)  # "gives TikTok 90 days to"
    return " ".join(m["p"].lower().split()) if m else ""


_EVENT_PREFIXES = frozenset({"", "in", "of", "on"})  # the words an event's date follows ("the break in December")
_EVENT_REACH = 60  # characters before an expression searched for "before the <event>"


def _event_bound(text: str, s: int, e: int) -> str | None:
    """ "before the 2030 World Cup", "before COP31 in November": due before an event the expression dates, a
    deadline ("by"); negated ("not before the Games in 2030") a start ("from"); the first of a series it dates
    ("beginning with the payment in February") a start; the end of a period a relative clause gives ("the quarter,
    which ends in late January") or a span runs to ("over the five-year term to 2031") a deadline; None without such
    an event."""
    g = grammar()
    if g.rx["period_end"].search(text, max(0, s - _EVENT_REACH), s):
        return "by"  # "in the quarter, which ends in late January": the period is due by its end
    if g.rx["span_to"].search(text, max(0, s - _EVENT_REACH), s):
        return "by"  # "over the five-year term to 2031": the span runs to it
    if g.rx["series_start"].search(text, max(0, s - _EVENT_REACH), s) or (
            g.rx["series_open"].search(text, max(0, s - _EVENT_REACH), s) and g.rx["series_after"].match(text, e)):
        return "from"  # "beginning with the payment in February", "starting with the April payout": a series' first
    ev = g.rx["event_before"].search(text, max(0, s - _EVENT_REACH), s)
    if ev is None:
        return None
    return "from" if g.rx["negation"].search(text, max(0, ev.start() - 120), ev.start()) else "by"


def _bare(spec: Spec | None) -> bool:
    """A month, season, quarter or half without a year of its own or a count from now ("the summer", "October")."""
    return (spec is not None and spec.type == "DATE" and spec.year is None and spec.rel is None
            and spec.dur is None and spec.end is None and spec.decade is None and spec.day is None
            and any(x is not None for x in (spec.month, spec.season, spec.quarter, spec.half)))


def _framed(text: str, timexes: list[Timex]) -> list[Timex]:
    """Mark a year heading its sentence ("- 2027: ...", "In 2027, ...") that dates the bare times after it:
    they carry ``frame=<year>``, the year ``frames``; a year opening a timeline line is ``listed``."""
    g = grammar()
    out = list(timexes)
    heads = {m.start("year") for m in g.rx["list_year"].finditer(text)}
    bare = [_bare(parse(t.text)) for t in timexes]
    for i, t in enumerate(timexes):
        line_end = text.find("\n", t.end)
        if t.start in heads and t.end - t.start == 4 and not g.rx["line_past"].search(
                text, t.end, line_end if line_end >= 0 else len(text)):
            out[i] = _with_cue(out[i], "listed")  # a timeline line's year ("2026: financial close;")
        if not bare[i]:
            continue
        starts = [m.end() for m in g.rx["frame_start"].finditer(text, max(0, t.start - 400), t.start)]
        start = starts[-1] if starts else max(0, t.start - 400) if t.start > 400 else 0
        m = g.rx["frame_year"].match(text, start)
        if m is None:
            continue
        head = next((k for k, h in enumerate(timexes) if h.start == m.start("year") and h.end == m.end("year")), None)
        if head is None or not all(bare[head + 1:i]):
            continue  # another dated expression stands between the year and this one
        out[i] = _with_cue(out[i], f"frame={m['year']}")
        if "frames" not in out[head].context.split():
            out[head] = _with_cue(out[head], "frames")
    return out


def _with_cue(t: Timex, cue: str) -> Timex:
    """``t`` with one more word in its context (cues travel there: "frames", "listed", "frame=2027")."""
    return Timex(t.start, t.end, t.text, t.type, t.prefix, t.bound, f"{t.context} {cue}".strip())


def echo_blanked(text: str) -> str:
    """``text`` with the figures that repeat a number word in legal drafting ("within thirty (30) days") blanked
    out, same length, so that the number word and its noun are one expression."""
    return legal_echo().sub(lambda m: " " * len(m.group()), text)


def without_clock(text: str) -> str:
    """The day of a clock time on a named day ("January 12, 2027, at 9:00 a.m." -> "January 12, 2027"): the
    text a claim due that day is dated by; anything else unchanged."""
    day = grammar().rx["clock_edge"].sub("", text)
    spec = parse(day) if day != text else None
    return day if spec is not None and spec.type == "DATE" else text


def explicit(text: str) -> bool:
    spec = parse(text)
    return (
        spec is not None and spec.year is not None and spec.rel is None and spec.dur is None
        and not spec.reported and spec.type == "DATE"
    )  # fmt: skip


_CONTEXT_REACH = 90  # characters before an expression searched for a forward cue (within its clause)
_QUARTER_REACH = 250  # characters before "a year earlier" searched for quarterly reporting


def _context(text: str, s: int) -> str:
    g = grammar()
    cues = []
    clause = text[max(0, s - _CONTEXT_REACH) : s]
    ends = list(g.rx["clause_end"].finditer(clause))
    if ends:
        clause = clause[ends[-1].end() :]
    cue = g.rx["future"].search(clause)
    told = cue is not None and g.rx["reporting"].search(clause, cue.start())
    if cue and not told and not g.rx["pluperfect"].search(clause[: cue.start()]):
        cues.append("future")
    elif g.rx["past"].search(clause):
        cues.append("past")
    elif g.rx["told"].search(clause):
        cues.append("told")
    if g.rx["quarter_context"].search(text, max(0, s - _QUARTER_REACH), s):
        cues.append("quarter")
    return " ".join(cues)
