"""One document's claims: the claim decision on each candidate, then each kept one described (sentence,
subject, speaker, what, category, value) as a ``Claim``, in steps around the syntax parses."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Generator, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any

from spacy.tokens import Doc

from extractor import anchors, classify, decide, entities, fiscal, headline, quantities, seasons
from extractor import time as temporal
from extractor.articles import Article
from extractor.components.text import text_of
from extractor.records.attribution import government_body, in_later_clause, source
from extractor.records.claim import Claim, claim_id
from extractor.syntax import component as syntax
from extractor.syntax import describe

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")  # a blank line: a digest's next item, a live blog's next entry


_POSS = ("'s", "’s")  # a field holding an ISO day (YYYY-MM-DD) or ""


_CLAUSE_HEADS = ("VERB", "AUX", "ADJ")  # a clause's head; a cue-less sentence's phrase is read only from one


def _read_phrase(cand: dict[str, Any], section: str) -> bool:
    """Whether a cue-less sentence's parse names its milestone: a clause's head, in a headline only one with no
    finite verb above it ("Fernway to retire half its A320 fleet by end of next year", "Nou Mestalla to be
    finished in summer 2027"); the parser misreads a headline's telegraphic finite line ("Tesla Multiple 4680
    Production Lines Ramp in 2024", "Musk says Tesla Semi output starting, with ..."), the rules do better."""
    return cand.get("syn_verb_pos") in _CLAUSE_HEADS and (section != "title" or not cand.get("syn_tense"))


def _section(spans: Sequence[tuple[str, int, int]], offset: int) -> str:
    return next((name for name, a, b in spans if a <= offset < b), "body")


def _date_text(text: str, timex: temporal.Timex) -> str:
    """The expression as written; an offset duration keeps its preposition ("in about a month"); a clock time
    on a day is dated by the day ("January 12, 2027, at 9:00 a.m." -> "January 12, 2027")."""
    start = timex.start
    if timex.type == "DURATION" and timex.prefix:
        found = text.lower().rfind(timex.prefix, max(0, start - 40), start)
        start = found if found >= 0 else start
    written = " ".join(text[start:timex.end].split())
    return temporal.without_clock(written) if timex.type == "TIME" else written


def _promised_start(period: temporal.Period, anchor: date | None) -> date:
    """A vague time ("the coming months") never reaches back before the article: its period keeps the guide's
    label (the publication year) but starts in the publication month."""
    month = anchor.replace(day=1) if anchor else None
    if period.vague and month and period.start < month <= period.end:
        return month
    return period.start


def _category(by_rules: str, by_parse: str) -> str:
    """The clause's category (its verb, object and unit: syntax/category.py), the sentence's
    keywords when the clause names none."""
    return by_parse or by_rules


def _kept(decision: Callable[[dict[str, Any]], object], cand: dict[str, Any]) -> bool:
    """Whether the claim decision keeps ``cand``, so that its sentence is parsed: with a forward-looking cue
    (syntax.wants_parse) for every field, else for `what` alone (the rules' words read a cue-less sentence,
    "Tesla Model S Plaid delivery event June 3 ...", worse than its clause does; of a headline, only an
    infinitive's clause, `_read_phrase`). One whose decision raises is parsed too, and reported by the loop
    that describes the claims."""
    try:
        return decision(cand) is not None
    except Exception:  # noqa: BLE001 - reported where the claims are made
        return True


def describer(doc: Doc, article: Article, sections: list[tuple[str, int, int]],
               failures: list[str] | None) -> Generator[Any, None, list[Claim]]:
    """One document's claims in three steps around the syntax parses: first it yields whether its lead
    sentence's parse is read (the headline names no actor), then whether the claim decision keeps a
    candidate (so that the kept candidates' sentences are parsed, with other documents'), then it
    returns the claims."""
    anchor = article.published
    claims: list[Claim] = []
    if not doc._.candidates:  # no dated sentence to describe: none of the article-wide reading below is needed
        yield False
        yield partial(_kept, lambda cand: None)
        return claims
    seen: set[tuple[str, str, int]] = set()
    names: dict[tuple[str, tuple[tuple[int, int, str], ...]], list[classify.Mention]] = {}
    previous: dict[int, str] = {}  # sentence start -> the organisation opening the sentence before it
    last_person = ""
    carried = ("", 0)  # the last claim's subject, and where its sentence ends: a claim naming none goes on with it
    last_category = ("", 0)  # the last claim's category, and where its sentence ends: what a following thing is
    lead = headline.subject(article.title, article.body, article.provider)
    title_ahead = headline.plans_ahead(article.title)
    person = lead in entities.load() and entities.load()[lead].kind == "person"  # "Musk says": his company's
    main = classify.main_subject([headline.unlabelled(article.title), article.excerpt, article.body],
                                 "" if person else lead)  # "FACTBOX-Where Hsinwei ...": no "FACTBOX-Where Hsinwei"
    if not lead and not (main and main in article.title):  # "Czech utility says ..." over "CEZ's new unit will not
        # start ...": the first sentence's own name beats the most mentioned one ("Korea Hydro & Nuclear Power"), not
        # one the headline names too ("Ariane 6 reaches orbit; Arianespace plans ..." over "Europe's new Ariane 6")
        opener = describe.body_opener(article.body)
        main = classify.consolidate(opener, main) if opener else main  # "ACMA" of the body's "Australian ... Authority"
    text = text_of(doc)  # built from the tokens on every access: read once per Doc
    fiscal_facts = fiscal.Context(text, anchor)
    defined_seasons = seasons.defined(text)  # "whose regular season runs from October to April"
    gov = describe.article_government(text) or classify.currency_government(text)  # "₹12.2 lakh crore": India's
    named = lead if person else main if lead else ""  # the headline's actor, read before the lead's parse
    yield not named
    main = describe.lead_actor(doc._.syntax if doc.has_extension("syntax") else None, text, main, gov, named)
    if main.endswith(" government"):  # "Chile's central bank holds rate": the bank's article, not the government's;
        # "Kenya targets ..." over "The Ministry of ICT has unveiled ...": the ministry's
        main = classify.central_bank(article.title, main) or describe.body_official(article.body, main) \
            or describe.body_reporter(article.body) or main  # "Denmark relaunches ..." over "..., the agency said"
    elif main and not describe.government(main):  # "Editorial: Kraków's housing plan" over "Kraków's city council ..."
        main = describe.place_body(article.body, main) or main
    main = main or describe.body_actor(article.body, gov) \
        or describe.body_reporter(article.body, again=True)  # "BUSAN -- South Korea's transport ministry said ..."
    by_sentence: dict[int, list[dict[str, Any]]] = defaultdict(list)  # the time expressions of each sentence
    for cand in doc._.candidates or []:
        by_sentence[cand["sent_start"]].append(doc._.timexes[cand["timex"]])
    refs = anchors.references(text, doc._.timexes or [], doc._.candidates or [], anchor)
    sentence_timexes = {s0: [temporal.Timex(**t) for t in found] for s0, found in by_sentence.items()}

    def decision(cand: dict[str, Any]) -> tuple[temporal.Timex, temporal.Resolution] | None:
        if cand["timex"] in refs and refs[cand["timex"]] is None:
            return None  # "the following year" with no year in the text to count from
        s0, s1 = cand["sent_start"], cand["sent_end"]
        section = _section(sections, s0)
        if section == "title" and title_ahead:
            cand = decide.headline_cue(cand)
        return decide.due(cand, temporal.Timex(**doc._.timexes[cand["timex"]]), text, anchor, section,
                          sentence_timexes[s0], refs.get(cand["timex"]),
                          partial(fiscal_facts.period, main=main, sentence=(s0, s1), sentence_text=text[s0:s1]))

    made: dict[int, tuple[temporal.Timex, temporal.Resolution] | None] = {}
    previous_claim: tuple[int, temporal.Period] | None = None  # where the last claim's time ends, and its period
    calendar_codes: dict[str, tuple[temporal.Period, str]] = {}  # a headline's "1Q" read as fiscal: its calendar one

    def decided_once(cand: dict[str, Any]) -> tuple[temporal.Timex, temporal.Resolution] | None:
        """The decision on one of the Doc's candidates, made once: the parse its sentence gains once kept
        is never read by it (decide.reads_parse: those are parsed before), and headline_cue is idempotent."""
        if id(cand) not in made:
            made[id(cand)] = decision(cand)
        return made[id(cand)]

    yield partial(_kept, decided_once)  # the caller parses the sentences of the candidates kept
    for cand in doc._.candidates or []:
        try:
            s0, s1 = cand["sent_start"], cand["sent_end"]
            section = _section(sections, s0)
            decided = decided_once(cand)
            if section == "title" and title_ahead:
                cand = decide.headline_cue(cand)
            if decided is None:
                continue
            timex, resolution = decided
            if fiscal_facts.is_definition(timex.start, timex.end):  # "whose fiscal year runs from April to March"
                continue
            raw = text[s0:s1]
            lead = len(raw) - len(raw.lstrip())
            sentence = " ".join(raw.split())
            date_text = _date_text(text, timex)
            key = (sentence.lower(), date_text.lower(), timex.start - s0)
            if key in seen:  # page chrome repeating a headline is one mention, not two
                continue
            seen.add(key)
            local = raw[lead:]
            t0, t1 = timex.start - s0 - lead, timex.end - s0 - lead
            found = quantities.find_quantities(local, text)
            base = s0 + lead
            in_local = [temporal.Timex(**{**t, "start": t["start"] - base, "end": t["end"] - base})
                        for t in by_sentence[s0]]  # the Doc's expressions, not found again
            target = quantities.pick_target(found, local, t0, t1, in_local)
            pretrained = [(e["start"] - base, e["end"] - base, e["label"]) for e in doc._.entities or []
                          if base <= e["start"] and e["end"] <= s1]
            found_in = (local, tuple(pretrained))  # a sentence with two dated claims is read for names once
            if found_in not in names:
                names[found_in] = classify.find_mentions(local, pretrained)
            mentions = list(names[found_in])
            reporting = [(a - s0 - lead, b - s0 - lead) for a, b in cand["reporting"]]
            if "syn_what" in cand and s0 not in previous:  # read once per sentence, like its names
                previous[s0] = describe.previous_actor(text[max(0, s0 - 1000):s0], main)
            described = describe.Context(local, base, mentions, main, last_person, gov, previous[s0],
                                         text[max(0, s0 - 4000):s0]) \
                if "syn_what" in cand else None
            parsed = described if syntax.wants_parse(cand) else None  # a cue-less sentence's parse: `what` only
            own_subject = False
            subject = speaker = category = ""
            unit = target.unit if target else ""
            if parsed:  # the parse where it answers, the rules where it does not
                subject, own_subject = describe.subject(cand, parsed)
                speaker = describe.speaker(cand, parsed)
            if not subject:  # a country in the possessive describes ("Japan's largest drugmaker"), it does not act
                actors = [m for m in mentions if not (describe.government(m.name) and local[m.end:m.end + 2] in _POSS)
                          and not in_later_clause(local, t1, m)]  # "... in December, and the DGCA is expected to"
                subject = classify.consolidate(classify.subject_of(local, main, actors, gov), main)
                subject = describe.government(subject) or subject  # "Japan aims to" is the Japanese government
            firm = classify.forecaster(local, t0)  # "Analysts at Bernstein expect": Bernstein's claim
            if firm and (not firm.islower() or not any(m.kind != "person" for m in mentions)):
                subject = firm  # bare "analysts" only where the sentence names no organisation
            if parsed and (not own_subject or subject.endswith(" government")):  # "..., the defence ministry said"
                subject = government_body(cand, gov, text[max(0, s0 - 2000):s0], mentions) \
                    or source(cand, parsed, article.provider) or subject
            if parsed and (not subject or subject in {m.name for m in mentions if m.kind != "org"}):
                subject = describe.office_government(cand, parsed, subject) or subject  # "the minister said"
            subject = classify.full_name(subject, article.body)  # "Macron" after "Emmanuel Macron"
            subject = classify.without_legal_form(subject)  # "Kulim Advanced Packaging Bhd"
            subject = describe.as_government(subject, gov)  # "Portugal's line to open, minister says"
            if not subject and carried[0] and not _PARAGRAPH_BREAK.search(text, carried[1], s0):
                subject = carried[0]  # "..., Malaysia Rail Link said. The southern section follows by January 2027."
            carried = (subject, s1)
            speaker = speaker or classify.speaker_of(local, reporting, last_person, mentions)
            persons = [m.name for m in mentions if m.kind == "person"]
            if persons:
                last_person = persons[-1]
            phrase = ""
            by_words = classify.category_of(local, unit, t0)
            before = "" if _PARAGRAPH_BREAK.search(text, last_category[1], s0) else last_category[0]
            if parsed:
                category = describe.category(cand, unit, own_subject, by_words, local, before)
            elif described:  # a cue-less sentence ("Council votes on the budget next Wednesday"): its clause too
                category = describe.category(cand, unit, describe.subject(cand, described)[1], by_words, local, before)
            if parsed or described and _read_phrase(cand, section):  # a cue-less fragment: the rules
                own = own_subject if parsed else describe.subject(cand, described)[1]
                phrase = describe.what(cand, own, [subject, *persons],
                                       (local, date_text) if section == "title" else ("", ""))
            others = [(t["start"] - s0 - lead, t["end"] - s0 - lead) for t in by_sentence[s0]
                      if t["start"] != timex.start]
            drop = [(t0, t1), *others]
            drop += [(m.start, m.end) for m in mentions if m.kind == "person" or m.name == subject]
            what = phrase or classify.short_what(local, drop, subject, values=[(q.start, q.end) for q in found])
            fy = fiscal_facts.resolve(resolution.period, timex.text, timex.bound, subject, main, (s0, s1), sentence)
            period, bound = (fy.period, fy.bound) if fy else (resolution.period, timex.bound)
            if section == "title" and fy and decide.PERIOD_CODE.fullmatch(date_text) and resolution.period:
                calendar_codes[claim_id(article, timex.start)] = (resolution.period, timex.bound)
            season = seasons.dated(text, timex.start, timex.end, defined_seasons, bound, bool(fy and fy.stated))
            if season:  # "in the 2028-29 season" of a league: October; "in time for the 2027-28 cruise season"
                period, bound = season
            later = anchors.after_claim(text, timex, previous_claim, doc._.timexes or [])
            period = later or period  # "..., and Boise will follow a year later": a year after that claim's period
            claim = Claim(
                claim_id=claim_id(article, timex.start),
                doc_id=article.doc_id,
                source_file=article.source_file,
                url=article.url,
                provider=article.provider,
                title=article.title,
                published=anchor.isoformat() if anchor else "",
                published_source=article.published_source,
                sentence=sentence,
                date_text=date_text,
                promised=period.label if period else "",
                promised_start=_promised_start(period, anchor).isoformat() if period else "",
                promised_end=period.end.isoformat() if period else "",
                granularity=period.granularity if period else "",
                bound=bound,
                fiscal=bool(period and period.fiscal),
                fiscal_year_end=fy.year_end if fy else "",
                subject=subject,
                speaker=speaker,
                what=what,
                category=_category(by_words, category),
                value=target.value if target else None,
                unit=unit,
                value_text=target.value_text if target else "",
                commitment=cand["commitment"] or ("firm" if cand["future"] else "planned"),
                lead_days=(period.end - anchor).days if period and anchor else None,
                vague=bool(period and period.vague),
                negated=cand["negated"] and timex.bound != "from",  # "not before 2027" is a start, not a negation
                section=section,
                copies=article.copies,
            )
            claims.append(claim)
            last_category = (claim.category, s1)
            previous_claim = (timex.end, period) if period else None
            for more in quantities.coordinated_targets(found, local, target, t0, t1, in_local):
                claims.append(replace(  # "revenue of $X and gross margin of Y%" for one quarter: two targets
                    claim, claim_id=claim_id(article, base + more.start), value=more.value, unit=more.unit,
                    value_text=more.value_text,
                    category=_category(classify.category_of(local, more.unit, t0), category)))
        except Exception as err:  # noqa: BLE001 - one claim's failure costs that claim, not its document
            if failures is None:
                raise
            failures.append(f"claim at offset {cand['sent_start']}: {type(err).__name__}: {err}")

    return _body_reading(claims, calendar_codes, anchor)


def _body_reading(claims: list[Claim], calendar_codes: dict[str, tuple[temporal.Period, str]],
                  anchor: date | None) -> list[Claim]:
    """A headline's bare period code of a company with a fiscal year ("to start output in 1Q") read in the calendar
    when the body dates its claims by that calendar period and never by the fiscal one ("in the first quarter of
    next year"): headlines abbreviate what the body says, so the body's reading wins."""
    if not calendar_codes:
        return claims
    body = {c.promised for c in claims if c.section != "title"}
    out = []
    for c in claims:
        if c.claim_id in calendar_codes and c.promised not in body and calendar_codes[c.claim_id][0].label in body:
            period, bound = calendar_codes[c.claim_id]
            c = replace(c, promised=period.label, promised_start=_promised_start(period, anchor).isoformat(),
                        promised_end=period.end.isoformat(), granularity=period.granularity, bound=bound,
                        fiscal=False, fiscal_year_end="", lead_days=(period.end - anchor).days if anchor else None)
        out.append(c)
    return out
