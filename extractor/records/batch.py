"""Claims of several documents at once, with the sentences the decision keeps parsed in one batch, and a
document's failure kept to that document."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from spacy.tokens import Doc

from extractor.articles import Article
from extractor.records.claim import Claim
from extractor.records.describer import describer
from extractor.syntax import component as syntax


def claims_from_doc(doc: Doc, article: Article, sections: list[tuple[str, int, int]],
                    failures: list[str] | None = None) -> list[Claim]:
    """Turn a processed Doc's candidates into claims resolved against the article's date. With
    ``failures``, a candidate whose description raises is reported there and the others go on."""
    (found,) = claims_from_docs([(doc, article, sections)], [failures], isolate=False)
    assert isinstance(found, list)
    return found


def claims_from_docs(docs: Sequence[tuple[Doc, Article, list[tuple[str, int, int]]]],
                     failures: Sequence[list[str] | None] | None = None,
                     isolate: bool = True) -> list[list[Claim] | Exception]:
    """`claims_from_doc` over several documents, with the sentences the claim decision keeps parsed in one
    batch for all of them (the syntax model costs less a sentence in big batches). With ``isolate``, a
    document whose description raises gives its exception in its place and the others go on."""
    failures = failures or [None] * len(docs)
    out: list[list[Claim] | Exception | None] = [None] * len(docs)
    steps: dict[int, Generator[Any, None, list[Claim]]] = {}
    leads: dict[int, Doc] = {}
    for i, ((doc, article, sections), broken) in enumerate(zip(docs, failures, strict=True)):
        with _alone(out, i, isolate):
            steps[i] = describer(doc, article, sections, broken)
            if next(steps[i]):
                leads[i] = doc
    _parse(syntax.describe_leads_of, leads, out, isolate)  # the lead's parse only where its subject is read
    parses: dict[int, tuple[Doc, Callable[[dict[str, Any]], bool]]] = {}
    for i, step in steps.items():
        if out[i] is not None:
            continue
        with _alone(out, i, isolate):
            parses[i] = (docs[i][0], next(step))
    _parse(syntax.describe_claims_of, parses, out, isolate)  # the parse only for the claims it describes
    for i, step in steps.items():
        if out[i] is not None:
            continue
        with _alone(out, i, isolate):
            try:
                next(step)
            except StopIteration as done:
                out[i] = done.value
    return out  # type: ignore[return-value]  # every place is filled


def _parse(describe_of: Callable[[Any], None], items: dict[int, Any], out: list[Any], isolate: bool) -> None:
    """``describe_of`` (a batch parse of the syntax component) over ``items`` together; when it raises and
    ``isolate``, again one document at a time, so that only the one that fails gets its error in ``out``."""
    try:
        describe_of(items.values())
    except Exception:
        if not isolate:
            raise
        for i, item in items.items():
            with _alone(out, i, isolate):  # that document only
                describe_of([item])


@contextmanager
def _alone(out: list[Any], i: int, isolate: bool) -> Iterator[None]:
    """One document's step: with ``isolate``, an exception it raises takes the document's place in ``out`` and
    the others go on; without, it propagates."""
    try:
        yield
    except Exception as err:
        if not isolate:
            raise
        out[i] = err
