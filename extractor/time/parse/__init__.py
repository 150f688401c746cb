"""The meaning of a span of text: each grammar rule's builder turns its match into a Spec.

Builders are looked up by the name a rule gives (``Rule.builder``); ``parse`` re-reads any span
(found or written by hand), composing ranges, hedges and part-of modifiers around the rules.

One module a kind of builder: `dates` (calendar dates by form), `periods` (parts of a year), `relative`
(counted from the reference date or fixed by name), `durations` (lengths and recurring times); `compose`
holds ``parse`` itself, the builder table and the builders that parse a piece again.
"""

from extractor.time.parse.compose import (
    BUILDERS,
    build,
    legal_echo,
    parse,
    parse_narrowed,
    parse_range,
    partable,
    year_only,
)

__all__ = [
    "BUILDERS",
    "build",
    "legal_echo",
    "parse",
    "parse_narrowed",
    "parse_range",
    "partable",
    "year_only",
]
