"""Time expressions as spans and plain records."""

from __future__ import annotations

from dataclasses import fields

from spacy.language import Language
from spacy.tokens import Doc

from extractor import prefilter, seasons
from extractor import time as temporal
from extractor.components.text import text_of

_TIMEX_FIELDS = tuple(f.name for f in fields(temporal.Timex))


@Language.factory("extractor_timexes")
def make_timexes(nlp: Language, name: str) -> TimexRecognizer:
    return TimexRecognizer()


class TimexRecognizer:
    """Time expressions (temporal.find_timexes over the prefilter's live stretches, and the mentions of a season the
    text defines: seasons.mentions) as ``doc.spans["timex"]`` plus plain records."""

    def __call__(self, doc: Doc) -> Doc:
        spans, records = [], []
        text = text_of(doc)
        found = prefilter.find_timexes(text)
        extra = [t for t in seasons.mentions(text) if not any(t.start < f.end and f.start < t.end for f in found)]
        for timex in sorted(found + extra, key=lambda t: t.start) if extra else found:  # a defined season's mentions
            span = doc.char_span(timex.start, timex.end, label=timex.type, alignment_mode="expand")
            if span is None:
                continue
            spans.append(span)
            records.append({name: getattr(timex, name) for name in _TIMEX_FIELDS})  # asdict, without its deep copy
        doc.spans["timex"] = spans
        doc._.timexes = records
        return doc
