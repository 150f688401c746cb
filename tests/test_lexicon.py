"""The lexicon helpers every rule module builds its patterns with."""

import random
import re
from pathlib import Path

from extractor import lexicon


def test_alternation_puts_a_longer_word_before_the_word_it_starts_with() -> None:
    pattern = re.compile(rf"(?:{lexicon.alternation(['Sep', 'Sept', 'September'])})")
    assert pattern.match("September 2027").group() == "September"
    assert pattern.match("Sept. 2027").group() == "Sept"


def test_alternation_escapes_and_orders_ties_the_same_way_every_time() -> None:
    assert lexicon.alternation({"U.S.", "bn", "EU"}) == r"U\.S\.|EU|bn"
    assert lexicon.alternation(["b", "a", "c"]) == lexicon.alternation(["c", "b", "a"]) == "a|b|c"


def test_alternation_with_a_space_pattern_lets_a_phrase_span_any_spacing() -> None:
    """One helper for plain and spaced alternations (the time grammar's word classes, the newswires of datelines):
    inner spaces match the given pattern, longest phrase first as for single words."""
    pattern = re.compile("(?:" + lexicon.alternation(["per cent", "per", "U.S. dollar"], r"[^\S\n]+") + ")")
    assert pattern.match("per \t cent").group() == "per \t cent"
    assert pattern.match("per\ncent").group() == "per"
    assert pattern.match("U.S.  dollar").group() == "U.S.  dollar"
    assert lexicon.alternation(["a b"], r"\s+") == r"a\s+b" and lexicon.alternation(["a b"]) == r"a\ b"


def _spans(pattern: str, flags: int, texts: list[str]) -> list[list[tuple[int, int]]]:
    rx = re.compile(pattern, flags)
    return [[m.span() for m in rx.finditer(text)] for text in texts]


def test_trie_matches_what_the_alternation_matches_in_the_same_order_of_preference() -> None:
    """Random words sharing prefixes (case variants, marks, spaces), inside a context that makes the engine back off
    from a longer word to a shorter one: the prefix tree finds exactly the alternation's matches, with and without
    re.I."""
    rng = random.Random(14)
    letters = "aAbB.- ’é"
    for _ in range(300):
        words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 12))}
        texts = ["".join(rng.choice(letters + "cx") for _ in range(60)) for _ in range(5)]
        for flags in (0, re.I):
            for context in ("(?:{})", r"(?<![\w-])(?:{})(?![\w-])", r"(?:{})(?=[ .])"):
                trie = lexicon.trie(words, ignore_case=bool(flags))
                assert _spans(context.format(trie), flags, texts) == \
                    _spans(context.format(lexicon.alternation(words)), flags, texts), (words, flags, context)


def test_trie_with_a_space_pattern_matches_what_the_alternation_matches() -> None:
    """Phrases sharing words, their inner spaces matching any whitespace (as the time grammar's word classes do),
    in texts spaced irregularly: the prefix tree finds exactly the alternation's matches and groups, with and
    without re.I; irregularly spaced phrases keep the alternation (a longer string is then no longer phrase)."""
    rng = random.Random(10)
    vocabulary = ["next", "year", "years", "the", "a", "ye"]
    for _ in range(300):
        words = {" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 8))}
        texts = ["".join(rng.choice([*vocabulary, " ", "  ", "\n", "x"]) for _ in range(40)) for _ in range(5)]
        for flags in (0, re.I):
            for context in ("(?P<w>{})", r"(?<![\w-])(?P<w>{})(?![\w-])", r"(?P<w>{})\s+y"):
                tree = re.compile(context.format(lexicon.trie(words, ignore_case=True, space=r"\s+")), flags)
                plain = re.compile(context.format(lexicon.alternation(words, r"\s+")), flags)
                assert [[(m.span(), m.span("w")) for m in tree.finditer(t)] for t in texts] == \
                    [[(m.span(), m.span("w")) for m in plain.finditer(t)] for t in texts], (words, flags, context)
    assert lexicon.trie(["next year", "next"], space=r"\s+") == r"next(?:\s+year|)"
    assert lexicon.trie(["next  year", "next"], space=r"\s+") == lexicon.alternation(["next  year", "next"], r"\s+")


def test_trie_shares_prefixes_and_falls_back_for_characters_the_engine_folds_widely() -> None:
    assert lexicon.trie(["Jap", "Japan", "Japanese", "Korea"]) == "(?:Jap(?:an(?:ese|)|)|Korea)"
    assert lexicon.trie(["Sep", "sept"], ignore_case=True) == "sep(?:t|)"
    assert lexicon.trie(["straße", "Strasse"], ignore_case=True) == lexicon.alternation(["straße", "Strasse"])


def test_trie_over_the_gazetteer_country_names_and_offices_matches_the_alternation_on_the_fixture_texts() -> None:
    from extractor import entities

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.glob("fixtures/*_corpus/*.md"))]
    aliases = [a for e in entities.load().values() for a in e.aliases]
    syntax = lexicon.load("syntax")
    countries = [n for key in ("governments", "demonyms") for names in syntax[key].values() for n in names]
    offices = [*lexicon.words("syntax", "offices"), *lexicon.words("syntax", "government_offices")]
    for words, flags, folded, context in ((aliases, 0, False, r"(?<![\w-])(?:{})(?![\w-])"),
                                          (countries, re.I, True, r"(?<![\w.])(?:{})(?![\w-])"),
                                          (offices, re.I, True, r"\b(?:{})\b"),
                                          # folded inside a pattern that is not (describe.lead_actor)
                                          (offices, 0, True, r"(?i:\b(?:{})\b)[^\S\n]+(?:[A-Z][\w.'-]*[^\S\n]+){{0,3}}"
                                                             r"[A-Z]\w+\b")):
        assert _spans(context.format(lexicon.trie(words, ignore_case=folded)), flags, texts) == \
            _spans(context.format(lexicon.alternation(words)), flags, texts)
