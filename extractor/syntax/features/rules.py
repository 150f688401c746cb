"""The lexicon of lexicons/syntax.yaml as frozen sets (``Rules``, with its ``Comparison`` words): what the
component serialises with itself and every step reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from extractor import lexicon
from extractor.quantities.patterns import MONEY


@dataclass(frozen=True)
class Comparison:
    """``what_comparison`` of lexicons/syntax.yaml: the words that open a change or comparison beside a target."""

    change_words: frozenset[str]
    change_link: str
    change_not_after: frozenset[str]
    ceiling_link: str
    comparisons: dict[str, frozenset[str]]
    percent_words: frozenset[str]
    approximations: frozenset[str]  # words between a link and its amount ("up from about 14 gigawatts")

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Comparison:
        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in data.get(key) or ())

        return cls(words("change_words"), str(data["change_link"]).lower(), words("change_not_after"),
                   str(data["ceiling_link"]).lower(),
                   {str(k).lower(): frozenset(str(w).lower() for w in v) for k, v in data["comparisons"].items()},
                   words("percent_words"), words("approximations"))


@dataclass(frozen=True)
class Rules:
    """The lexicon of lexicons/syntax.yaml as sets (what the component serialises with itself)."""

    reporting: frozenset[str]
    framing: frozenset[str]
    drop_deps: frozenset[str]
    drop_dep_prefixes: tuple[str, ...]
    drop_words: frozenset[str]
    attribution: frozenset[str]
    drop_determiners: frozenset[str]
    drop_cases: frozenset[str]
    phase_verbs: frozenset[str]
    example_cases: frozenset[str]
    future_aux: frozenset[str]
    conditional_aux: frozenset[str]
    max_words: int
    nominal: dict[str, str]  # verb lemma -> the noun an analyst writes after its object ("begin production")
    amount_verbs: frozenset[str]  # verbs whose object is an amount, left to the value column ("spend $10 billion")
    nominal_before: int  # longest object the noun follows ("Lagos office opening"); a longer one takes "of"
    currency_words: frozenset[str]  # a money amount's markers ("$", "yen", "DKK"), lower-cased
    currency_prefixes: tuple[str, ...]  # glued to the digits ("R5.5", "A$3.7", "₹5,500")
    scaled_prefixes: tuple[str, ...]  # currency prefixes only before a scale word ("R5.5 billion", not "R2")
    scale_words: frozenset[str]  # "billion", "m"
    amount_words: frozenset[str]  # range links inside an amount ("to", "and")
    amount_qualifiers: frozenset[str]  # words before an amount that go with it ("of about", "up to", "down from")
    day_words: frozenset[str]  # a time expression holding one names when, never what ("Thursday")
    gerunds: dict[str, str]  # verb lemma -> noun after a phase verb only ("begin making chips": chip production)
    pooling: frozenset[str]  # participles that pool the phrase before them ("X and Y combined"), never a verb
    comparison: Comparison  # the words of a change or comparison beside the target ("up from 90,000")
    clause_links: frozenset[str]  # what joins a headline's clauses (",", ";", "as")
    label_words: int  # most words of a label before a colon ("Railways: ...", "Ellison: ...")
    naming: frozenset[str]  # participles that give a thing its name ("known as Optimus")
    obligation_aux: frozenset[str] = frozenset()  # "must", "shall": an obligation where a regulator is named
    obligation_verbs: frozenset[str] = frozenset()  # "have to", "told X to": likewise
    command_verbs: frozenset[str] = frozenset()  # "ordered X to", "require X to": an obligation whoever gives it
    verb_drop_deps: frozenset[str] = frozenset()  # the clause verb's dependants that are never the milestone
    frame_nominal: dict[str, str] = field(default_factory=dict)  # a framing verb with no clause below: its noun
    stranded_openers: frozenset[str] = frozenset()  # a verb's own function words ("will", "due to")
    stranded_cases: frozenset[str] = frozenset()  # the preposition a noun before them may hang by ("with")
    temporal_marks: frozenset[str] = frozenset()  # what opens a subordinate clause of time ("before", "until")
    elliptic_heads: frozenset[str] = frozenset()  # words standing for a noun named before ("the first", "the rest")

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Rules:
        deps = [str(d) for d in data["what_drop_deps"]]

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in data[key])

        return cls(words("reporting"), words("framing"),
                   frozenset(d for d in deps if not d.endswith(":")), tuple(d for d in deps if d.endswith(":")),
                   words("what_drop_words"), words("attribution_nouns"), words("what_drop_determiners"),
                   words("what_drop_cases"), words("what_phase_verbs"), words("what_example_cases"),
                   words("future_aux"), words("conditional_aux"), int(data["what_max_words"]),
                   {str(k).lower(): str(v) for k, v in (data.get("what_nominal") or {}).items()},
                   frozenset(str(w).lower() for w in data.get("what_amount_verbs") or ()),
                   int(data.get("what_nominal_before", 4)),
                   MONEY.words, MONEY.signs, MONEY.scaled_signs, MONEY.scale_words,  # units.yaml, as the values
                   frozenset(str(w).lower() for w in data.get("what_amount_words") or ()),
                   frozenset(str(w).lower() for w in data.get("what_amount_qualifiers") or ()),
                   frozenset(str(w).lower() for w in data.get("what_day_words") or ()),
                   {str(k).lower(): str(v) for k, v in (data.get("what_phase_nominal") or {}).items()},
                   frozenset(str(w).lower() for w in data.get("what_pooling_participles") or ()),
                   Comparison.from_data(data["what_comparison"]),
                   frozenset(str(w).lower() for w in data.get("what_headline_links") or ()),
                   int(data.get("what_label_words", 4)),
                   frozenset(str(w).lower() for w in data.get("what_naming_participles") or ()),
                   frozenset(str(w).lower() for w in data.get("obligation_aux") or ()),
                   frozenset(str(w).lower() for w in data.get("obligation_verbs") or ()),
                   frozenset(str(w).lower() for w in data.get("command_verbs") or ()),
                   frozenset(str(d) for d in data.get("what_verb_drop_deps") or ()),
                   {str(k).lower(): str(v) for k, v in (data.get("what_frame_nominal") or {}).items()},
                   frozenset(str(w).lower() for w in data.get("what_stranded_openers") or ()),
                   frozenset(str(w).lower() for w in data.get("what_stranded_cases") or ()),
                   frozenset(str(w).lower() for w in data.get("what_temporal_marks") or ()),
                   frozenset(str(w).lower() for w in data.get("what_elliptic_heads") or ()))


@cache
def default_rules() -> Rules:
    return Rules.from_data(lexicon.load("syntax"))
