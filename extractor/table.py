"""The claims table: its columns, its schema, the DataFrame and the deterministic CSV.

This is the only module that knows the column list. Everything downstream (timeline,
promises, evaluation, notebooks) reads these names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

# name -> kind; order is the CSV's column order (the first 25 are fixed by the product's owner).
SCHEMA: dict[str, str] = {
    "claim_id": "str",
    "doc_id": "str",
    "source_file": "str",
    "url": "str",
    "provider": "str",
    "title": "str",
    "published": "date",
    "published_source": "str",
    "sentence": "str",
    "date_text": "str",
    "promised": "str",
    "promised_start": "date",
    "promised_end": "date",
    "granularity": "str",
    "bound": "str",
    "fiscal": "bool",
    "subject": "str",
    "speaker": "str",
    "what": "str",
    "category": "str",
    "value": "float",
    "unit": "str",
    "value_text": "str",
    "commitment": "str",
    "lead_days": "int",
    # extra columns
    "vague": "bool",
    "section": "str",
    "copies": "int",
    "promise_id": "str",
}
COLUMNS: list[str] = list(SCHEMA)
