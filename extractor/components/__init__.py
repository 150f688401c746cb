"""spaCy components of the claims pipeline: sentences, time expressions, claim candidates.

Components are purely linguistic: they never see publication dates. They write plain dicts to
``doc._`` (msgpack-safe, so ``nlp.pipe(n_process>1)`` works); resolving dates and building claim
records happens afterwards in the records package. One module per component: sentences, pretrained (names
from an installed pipeline), timexes, claims (a package: candidates and their cue evidence); importing the
package registers every factory.
"""

from spacy.tokens import Doc

for _name in ("timexes", "candidates", "entities"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

from extractor.components.claims import ClaimCandidates, make_claims  # noqa: E402 - after the extensions
from extractor.components.pretrained import PretrainedEntities, make_entities  # noqa: E402
from extractor.components.sentences import SentenceSplitter, make_sentences  # noqa: E402
from extractor.components.timexes import TimexRecognizer, make_timexes  # noqa: E402

__all__ = [
    "ClaimCandidates",
    "PretrainedEntities",
    "SentenceSplitter",
    "TimexRecognizer",
    "make_claims",
    "make_entities",
    "make_sentences",
    "make_timexes",
]
