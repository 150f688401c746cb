"""Time expressions as spans and plain records."""

from __future__ import annotations

from dataclasses import fields

from spacy.language import Language
from spacy.tokens import Doc

from extractor import prefilter
from extractor import time as temporal
from extractor.components.text import text_of

_TIMEX_FIELDS = tuple(f.name for f in fields(temporal.Timex))


@Language.factory("extractor_timexes")
def make_timexes(nlp: Language, name: str) -> TimexRecognizer:
    return TimexRecognizer()


class TimexRecognizer:
    """Time expressions (temporal.find_timexes over the prefilter's live stretches) as ``doc.spans["timex"]``
    plus plain records."""

    def __call__(self, doc: Doc) -> Doc:
        spans, records = [], []
        for timex in prefilter.find_timexes(text_of(doc)):
            span = doc.char_span(timex.start, timex.end, label=timex.type, alignment_mode="expand")
            if span is None:
                continue
            spans.append(span)
            records.append({name: getattr(timex, name) for name in _TIMEX_FIELDS})  # asdict, without its deep copy
        doc.spans["timex"] = spans
        doc._.timexes = records
        return doc
