"""A Doc's text, read once per Doc.

spaCy builds ``Doc.text`` from the tokens on every access (a Token object each), so a component asking for it
per candidate pays for the whole document again each time. The text of a Doc never changes once made, so the
first reading is kept in ``doc.user_data`` and every component and the claim records share it.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "extractor.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, built from the tokens only on the first call for this Doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
