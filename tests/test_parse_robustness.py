"""The syntax features on hand-made parses: readings that any parser may give, so the rules do not hang on one
model's habits (a retrained model moves them). No trained model needed."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from extractor.syntax import describe, features, settle


def _doc(rows: list[tuple[str, str, str, int, str, str]]) -> Doc:
    """A parsed sentence from (word, Penn tag, UPOS, head index, relation, lemma) rows."""
    words, tags, pos, heads, deps, lemmas = map(list, zip(*rows, strict=True))
    return Doc(Vocab(), words=words, tags=tags, pos=pos, heads=heads, deps=deps, lemmas=lemmas)


def test_a_verb_with_an_auxiliary_is_a_verb_whatever_the_upos() -> None:
    doc = _doc([("glasses", "NNS", "NOUN", 3, "nsubj", "glass"), ("wo", "MD", "AUX", 3, "aux", "will"),
                ("n't", "RB", "PART", 3, "advmod", "not"), ("ship", "VB", "NOUN", 3, "ROOT", "ship"),
                ("until", "IN", "ADP", 5, "case", "until"), ("2028", "CD", "NUM", 3, "obl", "2028")])
    settle.verbs(doc)
    assert doc[3].pos_ == "VERB"
    assert features.describe(doc, 4, 6)["syn_verb_pos"] == "VERB"


def test_a_noun_keeps_its_class() -> None:
    doc = _doc([("the", "DT", "DET", 1, "det", "the"), ("ship", "NN", "NOUN", 2, "nsubj", "ship"),
                ("sails", "VBZ", "VERB", 2, "ROOT", "sail")])
    settle.verbs(doc)
    assert [t.pos_ for t in doc] == ["DET", "NOUN", "VERB"]


def test_a_gerund_heading_the_subject_is_no_predicate() -> None:
    """"Gross market borrowing for the next fiscal year is pegged at 14 trillion": the date belongs to "pegged",
    not to "borrowing" read as a verb."""
    doc = _doc([("Gross", "JJ", "ADJ", 2, "amod", "gross"), ("market", "NN", "NOUN", 2, "compound", "market"),
                ("borrowing", "VBG", "VERB", 9, "nsubj:pass", "borrow"), ("for", "IN", "ADP", 6, "case", "for"),
                ("the", "DT", "DET", 6, "det", "the"), ("next", "JJ", "ADJ", 6, "amod", "next"),
                ("fiscal year", "NN", "NOUN", 2, "obl", "fiscal year"), ("is", "VBZ", "AUX", 9, "aux:pass", "be"),
                ("so", "RB", "ADV", 9, "advmod", "so"), ("pegged", "VBN", "VERB", 9, "ROOT", "peg"),
                ("at", "IN", "ADP", 11, "case", "at"), ("14", "CD", "NUM", 9, "obl", "14")])
    assert features.describe(doc, 4, 7)["syn_verb_lemma"] == "peg"


def _attributed(date_first: bool) -> Doc:
    """"Capex will rise in 2025, Sitharaman said" (the parse hangs the date on "said") or "Capex will rise,
    Sitharaman said in 2025"."""
    opening = [("Capex", "NN", "NOUN", 2, "nsubj", "capex"), ("will", "MD", "AUX", 2, "aux", "will"),
               ("rise", "VB", "VERB", 2, "ROOT", "rise"), ("up", "RB", "ADV", 2, "advmod", "up")]
    if date_first:
        return _doc([*opening, ("in", "IN", "ADP", 5, "case", "in"), ("2025", "CD", "NUM", 8, "obl", "2025"),
                     (",", ",", "PUNCT", 8, "punct", ","), ("Sitharaman", "NNP", "PROPN", 8, "nsubj", "sitharaman"),
                     ("said", "VBD", "VERB", 2, "advcl", "say")])
    return _doc([*opening, (",", ",", "PUNCT", 6, "punct", ","),
                 ("Sitharaman", "NNP", "PROPN", 6, "nsubj", "sitharaman"),
                 ("said", "VBD", "VERB", 2, "advcl", "say"), ("in", "IN", "ADP", 8, "case", "in"),
                 ("2025", "CD", "NUM", 6, "obl", "2025")])


def test_a_date_hung_on_a_trailing_attribution_is_the_reported_clause() -> None:
    assert features.describe(_attributed(date_first=True), 4, 6)["syn_verb_lemma"] == "rise"


def test_a_date_after_the_reporting_verb_stays_with_it() -> None:
    """"Capex will rise, Sitharaman said in 2025": the date follows the saying and is its own."""
    assert features.describe(_attributed(date_first=False), 7, 9)["syn_verb_lemma"] == "say"


def test_a_target_verb_alone_is_its_own_phrase() -> None:
    """"the company aims to lift revenue to 1.2 trillion yen", "revenue" read as a verb: the phrase is the bare
    target verb, which names no metric (it used to raise IndexError and cost the claim)."""
    cand = {"syn_what": ["company", "lift", "", "singular"], "syn_verb_lemma": "lift", "syn_verb_pos": "VERB",
            "syn_subject": {"text": "the company", "lemma": "company", "pos": "NOUN", "dep": "nsubj"}}
    assert describe.what(cand, True, ["Shiranami"]) == ""


def test_a_misread_relative_clause_is_no_subject() -> None:
    """"Arm, in which SoftBank owns 90%, will start selling chips in 2026" with "owns" read as a noun and made the
    subject of "start": no subject from the parse (the rules name Arm), not "SoftBank owns 90%"."""
    doc = _doc([("Arm", "NNP", "PROPN", 9, "obj", "arm"), (",", ",", "PUNCT", 5, "punct", ","),
                ("in", "IN", "ADP", 3, "case", "in"), ("which", "WDT", "PRON", 5, "obl", "which"),
                ("SoftBank", "NNP", "PROPN", 5, "compound", "softbank"), ("owns", "NNS", "NOUN", 8, "nsubj", "own"),
                ("90%", "NN", "NOUN", 5, "nmod", "90%"), (",", ",", "PUNCT", 5, "punct", ","),
                ("start", "VB", "VERB", 9, "ccomp", "start"), ("said", "VBD", "VERB", 9, "ROOT", "say"),
                ("in", "IN", "ADP", 11, "case", "in"), ("2026", "CD", "NUM", 8, "obl", "2026")])
    assert features.describe(doc, 10, 12)["syn_subject"] == {}
