"""Where the syntax model's tagger and morphologizer disagree on a word's class, the parse settles it.

The two predict apart (Penn tag and UPOS), and a verb may come out as a verb from one and a noun from the
other ("Meta's glasses won't ship until 2028": VB and NOUN). Every rule reads the UPOS, so one reading is
chosen here, once per parsed sentence: an auxiliary hung on the word makes it a verb whatever the UPOS
said. Where both agree, nothing changes.
"""

from __future__ import annotations

from spacy.tokens import Doc

NOMINAL = frozenset({"NOUN", "PROPN"})
AUXILIARIES = frozenset({"aux", "aux:pass"})


def verbs(doc: Doc) -> Doc:
    """``doc`` with the UPOS of each Penn-tagged verb that governs an auxiliary but was called a noun set to VERB."""
    for token in doc:
        if token.pos_ in NOMINAL and token.tag_.startswith("VB") and any(c.dep_ in AUXILIARIES for c in token.children):
            token.pos_ = "VERB"
    return doc
