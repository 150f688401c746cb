"""Evidence of a fiscal calendar: what the text says about it, and what is known of the companies and
governments it names (lexicons/fiscal.yaml).

A text's own statement ("IndiGo, whose fiscal year runs from April to March", "fiscal 2023, which begins
in April", "the first quarter, which ends April 30") wins over the lexicon. A statement that only defines
the calendar is no claim: its time expression is returned as a `Statement.span`.

Modules: ``data`` (the lexicon), ``entities`` (known organisations and their calendars), ``statement`` (the
text's own word on a calendar), ``conventions`` (a country's usual calendar), ``context`` (what a sentence
speaks of), ``labels`` (readings of a time expression). The names below keep ``evidence.X`` working.
"""

from extractor.fiscal.evidence.context import earnings_context, harvest_season, public_finance, sport_season
from extractor.fiscal.evidence.conventions import convention
from extractor.fiscal.evidence.entities import calendars, entity_of, governments, mentions, public_bodies, ranked
from extractor.fiscal.evidence.labels import (
    current_year,
    deictic_offset,
    deictic_year,
    label_anaphor,
    last_code_year,
    of_current_year,
    part_end,
    quarter_number,
    sentence_label_year,
    sentence_year,
    writes_codes,
)
from extractor.fiscal.evidence.statement import (
    Statement,
    begins_next,
    from_statement,
    named_end,
    share_naming,
    statements,
)

__all__ = [
    "Statement",
    "begins_next",
    "calendars",
    "convention",
    "current_year",
    "deictic_offset",
    "deictic_year",
    "earnings_context",
    "entity_of",
    "from_statement",
    "governments",
    "harvest_season",
    "label_anaphor",
    "last_code_year",
    "mentions",
    "named_end",
    "of_current_year",
    "part_end",
    "public_bodies",
    "public_finance",
    "quarter_number",
    "ranked",
    "sentence_label_year",
    "sentence_year",
    "share_naming",
    "sport_season",
    "statements",
    "writes_codes",
]
