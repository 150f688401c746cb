"""Optional names from a pretrained pipeline the user has installed, as plain records."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("extractor_entities", default_config={"model": "", "labels": ["ORG", "PERSON"]})
def make_entities(nlp: Language, name: str, model: str, labels: list[str]) -> PretrainedEntities:
    return PretrainedEntities(model, labels)


class PretrainedEntities:
    """Organisations and people from a pretrained pipeline the user has installed (``model`` is a
    package name or a path, e.g. ``en_core_web_sm``), as plain records in ``doc._.entities``.
    Optional: the rules never need it; it adds names the gazetteer does not know."""

    def __init__(self, model: str, labels: list[str]) -> None:
        import spacy

        self.model = spacy.load(model)
        self.labels = set(labels)

    def __call__(self, doc: Doc) -> Doc:
        found = self.model(doc.text)
        doc._.entities = [{"start": e.start_char, "end": e.end_char, "label": e.label_, "text": e.text}
                          for e in found.ents if e.label_ in self.labels]
        return doc
