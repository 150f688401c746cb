"""Shared rule data of the claim decision: the claims lexicon's word lists, the patterns built from them and the
reaches several steps of the decision use."""

from __future__ import annotations

import re
from functools import partial

from extractor import lexicon

CUE_REACH = 25  # tokens: a future cue further away governs another clause


claim_words = partial(lexicon.words, "claims")


SPLIT_LABEL = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–/]\s*\d\d(?!\d)")  # "2025-26": a fiscal year by its form


def alternation(key: str) -> str:
    return lexicon.alternation(lexicon.word_list("claims", key))


# "2023-2027", not "2025/26"
YEAR_SPAN = re.compile(rf"(?:19|20)\d\d\s*(?:-|–|{alternation('year_span_links')})\s*(?:19|20)\d\d")


FISCAL_LABEL = re.compile(rf"(?i)(?:{alternation('fiscal_label_words')})\s+(?:year\s+)?(?:19|20)\d\d"
                          rf"|(?:{alternation('fiscal_label_codes')})\s?'?\d\d(?:\d\d)?")  # "fiscal 2028", "FY27"


_AMOUNT_WORDS = alternation("budget_amount_words").replace(r"\ ", r"\s?")  # "per cent", "percent"


AMOUNT = re.compile(rf"[$€£¥₹]\s?\d|\d\s*%|\d\s*(?:{_AMOUNT_WORDS})\b", re.I)  # "412 million": an amount stated
