"""The milestone of a parsed clause as a short phrase in the sentence's own words.

An analyst writes a claim's `what` from the clause the date belongs to: its verb and object, with
the object's value ("spend about $10 billion on AI training"), or the thing that is the subject
first when the clause is about a thing ("compute reaches 100 exaflops"). What is left out, by
class: the subject when it is an actor, auxiliaries and hedges, the date and its prepositions,
attribution ("according to Musk", "in a tweet"), adverbials fronted before the verb ("Under its
license from the FCC, ..."), and circumstances that are not the milestone ("alongside its next
phones", "as part of a programme", "with preorders opening immediately").

One module a step: `clauses` (the clause and what is not of it), `keep` (the tokens of a phrase that belong),
`amounts` and `comparison` (money and changes left to the value column), `nominal` (the verb as a noun),
`words` (shared token tests and `join`), `build` (the milestone assembled).
"""

from extractor.syntax.phrase.amounts import CONTENT
from extractor.syntax.phrase.build import milestone
from extractor.syntax.phrase.clauses import clause, clause_root
from extractor.syntax.phrase.host import temporal_host
from extractor.syntax.phrase.keep import collect
from extractor.syntax.phrase.stranded import elliptic_thing, stranded_subject
from extractor.syntax.phrase.words import HYPHENS, POSSESSIVE, frames, join, pooling

__all__ = [
    "CONTENT",
    "HYPHENS",
    "POSSESSIVE",
    "clause",
    "clause_root",
    "elliptic_thing",
    "collect",
    "frames",
    "join",
    "milestone",
    "pooling",
    "stranded_subject",
    "temporal_host",
]
