"""Generalisation checks: the extractor on the hand-annotated fixture corpora (see fixtures/CORPORA.md).

Each corpus was annotated before the extractor was first run on it. Floors sit about 0.03 under the
figures reached now; raise them as the extractor improves, never lower them to make a change pass.
First-run figures (detect F1 / strict F1): domains 0.894 / 0.845, styles 0.949 / 0.924,
hard 0.844 / 0.789, promises 0.968 / 0.942, promises2 0.975 / 0.857, promises3 0.967 / 0.954,
heldout2 0.910 / 0.748, heldout3 0.954 / 0.906, heldout4 0.950 / 0.885, heldout5 0.951 / 0.922, heldout6 0.957 / 0.712,
heldout7 0.945 / 0.785, heldout8 0.920 / 0.724, heldout9 0.933 / 0.834, heldout10 0.971 / 0.922,
heldout11 0.861 / 0.731, heldout12 0.964 / 0.940, heldout13 0.920 / 0.900, heldout14 0.960 / 0.812.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

import extractor
from extractor import evaluate

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Corpus:
    name: str
    articles: int
    required: int
    floors: dict[str, float]  # now: see the comment on each entry
    empty: tuple[str, ...] = ()  # articles with no dated claim

    @property
    def path(self) -> Path:
        return FIXTURES / self.name


CORPORA = [
    # now: detect P 0.973 R 1.000 F1 0.986, strict F1 0.973, date_acc 0.986, value_acc 1.000 (n=25) (values)
    Corpus("domains_corpus", 12, 72,
           {"detect_p": 0.94, "detect_r": 0.97, "detect_f1": 0.95, "strict_f1": 0.90, "date_acc": 0.91,
            "value_acc": 0.97},
           ("011-roastery-quarterly-results.md", "012-steelworks-closure.md")),
    # now: detect P 0.987 R 1.000 F1 0.994, strict F1 0.981, date_acc 0.987, value_acc 0.850 (n=20; its gold
    # writes "£60m a year by the 2028-29 season" as a total, promises2's "$10 billion a year" as a rate)
    Corpus("styles_corpus", 12, 78,
           {"detect_p": 0.95, "detect_r": 0.97, "detect_f1": 0.96, "strict_f1": 0.95, "date_acc": 0.95,
            "value_acc": 0.82}),
    # now: detect P 1.000 R 0.945 F1 0.972, strict F1 0.930, date_acc 0.957, value_acc 1.000 (n=30) (values)
    Corpus("hard_corpus", 12, 73,
           {"detect_p": 0.97, "detect_r": 0.90, "detect_f1": 0.93, "strict_f1": 0.89, "date_acc": 0.92,
            "value_acc": 0.97}),
    # now: detect P 0.975 R 1.000 F1 0.987, strict F1 0.974, date_acc 0.987, value_acc 0.938 (n=16) (values)
    Corpus("promises_corpus", 14, 77,
           {"detect_p": 0.94, "detect_r": 0.97, "detect_f1": 0.95, "strict_f1": 0.94, "date_acc": 0.95,
            "value_acc": 0.90},
           ("013-netflix-first-quarter-results.md",)),
    # now: detect P 0.980 R 0.980 F1 0.980, strict F1 0.961, date_acc 0.980, value_acc 0.944 (n=18) (values)
    Corpus("promises2_corpus", 14, 102,
           {"detect_p": 0.95, "detect_r": 0.95, "detect_f1": 0.95, "strict_f1": 0.93, "date_acc": 0.95,
            "value_acc": 0.91},
           ("014-byd-first-half-results.md",)),
    # now: detect P 0.974 R 0.974 F1 0.974, strict F1 0.947, date_acc 0.973, value_acc 0.913 (n=23)
    Corpus("promises3_corpus", 14, 76,
           {"detect_p": 0.94, "detect_r": 0.94, "detect_f1": 0.94, "strict_f1": 0.93, "date_acc": 0.95,
            "value_acc": 0.88},
           ("013-amazon-third-quarter-results.md",)),
    # held out: written and annotated before the first run, never tuned on. First run (the product as it
    # stood before): detect P 0.845 R 0.882 F1 0.863, strict F1 0.574, date_acc 0.665, value_acc 0.786 (n=42).
    # now: detect P 0.940 R 0.930 F1 0.935, strict F1 0.827, date_acc 0.884, value_acc 0.962 (n=52) (values)
    Corpus("heldout_corpus", 20, 186,
           {"detect_p": 0.94, "detect_r": 0.94, "detect_f1": 0.94, "strict_f1": 0.93, "date_acc": 0.95,
            "value_acc": 0.93}),
    # second held out: written and annotated before the first run; its fiscal, dateline and value classes
    # were then fixed (floors raised to the figures after those fixes). First run (product at 18ed12a):
    # detect P 0.905 R 0.914 F1 0.910, strict F1 0.748, date_acc 0.822, value_acc 0.754 (n=65). value_acc 0.971 after
    # the values branch (n=70).
    Corpus("heldout2_corpus", 20, 209,
           {"detect_p": 0.90, "detect_r": 0.92, "detect_f1": 0.91, "strict_f1": 0.91, "date_acc": 0.96,
            "value_acc": 0.94}),
    # third held out (business news: fiscal calendars of five kinds, non-US currencies, translated-sounding copy):
    # written and annotated before the first run. First run (product at d9b7cf4): detect P 0.962 R 0.947 F1 0.954,
    # strict F1 0.906, date_acc 0.949, value_acc 0.750 (n=80).
    # now: detect P 0.989 R 0.995 F1 0.992, strict F1 0.976, date_acc 0.984, value_acc 1.000 (n=82) (values)
    Corpus("heldout3_corpus", 20, 187,
           {"detect_p": 0.96, "detect_r": 0.96, "detect_f1": 0.96, "strict_f1": 0.94, "date_acc": 0.95,
            "value_acc": 0.97},
           ("520-rift-valley-breweries-half-year.txt",)),
    # fourth held out (public sector and projects: governments, regulators, cities, infrastructure, defence
    # procurement, space agencies, sports events; Indian, South African, Japanese, NZ, Kenyan and UK fiscal years;
    # yearless datelines dated by published.yaml): written and annotated before the first run. First run (before
    # any change made for it): detect P 0.944 R 0.956 F1 0.950, strict F1
    # 0.885, date_acc 0.931, value_acc 0.485.
    # now: detect P 0.949 R 0.982 F1 0.966, strict F1 0.953, date_acc 0.987, value_acc 0.971 (n=68) (values)
    Corpus("heldout4_corpus", 20, 228,
           {"detect_p": 0.92, "detect_r": 0.95, "detect_f1": 0.93, "strict_f1": 0.92, "date_acc": 0.95,
            "value_acc": 0.94}),
    # fifth held out (Chinese EV/batteries, Taiwanese and Korean chips, Gulf aviation, oil and gas, SMR, hydrogen,
    # games, film, rail, Japanese pharma, satellites; begin-year and 52/53-week fiscal years; RNS, 8-K, transcript,
    # newsletters):
    # written and annotated before the first run. First run (product at 26bbb55): detect P 0.947 R 0.956 F1 0.951,
    # strict F1 0.922 (0.927 after the gold corrections), date_acc 0.969 (0.974), value_acc 0.818 (0.855) (n=55).
    # now: detect P 0.981 R 0.995 F1 0.988, strict F1 0.969, date_acc 0.980, value_acc 0.983 (n=60) (values)
    Corpus("heldout5_corpus", 22, 205,
           {"detect_p": 0.95, "detect_r": 0.96, "detect_f1": 0.95, "strict_f1": 0.94, "date_acc": 0.95,
            "value_acc": 0.95},
           ("818-meridian-retail-results-recap.md",)),
    # sixth held out (the hard classes: fiscal calendars of seven kinds, ranges, bounds, seasons, past vs future,
    # value clauses, datelines): written and annotated before the first run. First run (product at 26bbb55):
    # detect P 0.959 R 0.954 F1 0.957, strict F1 0.712, date_acc 0.745, value_acc 0.892 (n=74).
    # now: detect P 0.970 R 0.985 F1 0.977, strict F1 0.972, date_acc 0.995, value_acc 0.987 (n=76) (values)
    Corpus("heldout6_corpus", 20, 197,
           {"detect_p": 0.94, "detect_r": 0.95, "detect_f1": 0.94, "strict_f1": 0.94, "date_acc": 0.96,
            "value_acc": 0.95}),
    # seventh held out (defence procurement, pharma readouts and filings, spectrum and 5G, lithium and copper, ports,
    # metro and high-speed rail, state and provincial governments of India, Australia, Canada, Brazil, South Africa,
    # Nigeria and Indonesia, German September and US January year-ends, Japanese begin-year fiscal labels; wire, press
    # release, transcript with Q&A, 8-K, MD&A, live blog, op-ed, interview, local paper): written and annotated before
    # the first run. First run (product at 8c8025f; on the gold as corrected after it, see CORPORA.md): detect P 0.939
    # R 0.951 F1 0.945, strict F1 0.785, date_acc 0.831, value_acc 0.847 (n=59).
    # now: detect P 0.970 R 0.981 F1 0.975, strict F1 0.975, date_acc 1.000, value_acc 0.934 (n=61)
    Corpus("heldout7_corpus", 20, 162,
           {"detect_p": 0.94, "detect_r": 0.95, "detect_f1": 0.95, "strict_f1": 0.94, "date_acc": 0.97,
            "value_acc": 0.90}),
    # eighth held out (airlines and container shipping, an NHS trust and a UK water utility, southern harvests, an
    # Australian bank, offshore hydrogen, a game and film slate, satellites, a Gulf developer, African copper, a
    # stadium, Korean and Taiwanese chips, Egypt and Pakistan; six fiscal calendars stated or conventional; a PDF
    # annual report, an ASX table, a FACTBOX, a translated release, a podcast, a digest, a correction, an investor-day
    # list, a timeline list): written and annotated before the first run. First run (product at 6cc3a04; on the gold
    # as corrected after it, see CORPORA.md): detect P 0.899 R 0.941 F1 0.920, strict F1 0.724, date_acc 0.787,
    # value_acc 0.797 (n=79).
    # now: detect P 0.971 R 0.988 F1 0.980, strict F1 0.962, date_acc 0.982, value_acc 0.988 (n=83)
    Corpus("heldout8_corpus", 20, 170,
           {"detect_p": 0.94, "detect_r": 0.95, "detect_f1": 0.95, "strict_f1": 0.93, "date_acc": 0.95,
            "value_acc": 0.95}),
    # ninth held out (public sector, politics and science: an election manifesto, minimum-wage schedule, vaccine
    # rollout, gazette notice, broadband strategy, IMF review, translated cabinet statement, central bank guidance,
    # court deadline, net-zero Q&A, Thai budget blog, GAO report, Dáil debate, editorial, EU-directive explainer,
    # World Cup venues with an X thread, a Wikipedia-like observatory article, a fact-check, a speech; July-June and
    # October-September government years; datelines in the text): written and annotated before the first run.
    # First run (product at 6cc3a04): detect P 0.936 R 0.930 F1 0.933, strict F1 0.834, date_acc 0.894,
    # value_acc 0.852 (n=54).
    # now: detect P 0.986 R 0.979 F1 0.982, strict F1 0.982, date_acc 1.000, value_acc 0.966 (n=59)
    Corpus("heldout9_corpus", 20, 142,
           {"detect_p": 0.95, "detect_r": 0.95, "detect_f1": 0.95, "strict_f1": 0.95, "date_acc": 0.97,
            "value_acc": 0.93}),
    # First run (product at ec6c144, corrected gold): detect P 0.990 R 0.952 F1 0.971, strict F1 0.922,
    # date_acc 0.950, value_acc 0.732 (n=41); on the original gold strict F1 0.883, date_acc 0.910.
    # Since a development set (strict's class fixes: fiscal year ends by weekday, month-named quarters, bounds,
    # counted wholes, level-first changes). now: detect P 1.000 R 0.962 F1 0.981, strict F1 0.981, date_acc 1.000,
    # value_acc 0.951 (n=41)
    Corpus("heldout10_corpus", 12, 105,
           {"detect_p": 0.97, "detect_r": 0.93, "detect_f1": 0.95, "strict_f1": 0.95, "date_acc": 0.97,
            "value_acc": 0.92}),
    # eleventh held out (reinsurance and food analyst notes, an insurance rate-hearing notice, a basketball league, a
    # translated coffee-year forecast, a CEO Q&A, a university, a translated health ministry release, a city council,
    # a trial schedule, Canada Post, a translated Japanese leisure release, the Panama Canal, a museum, a hotel
    # franchisor; seasons, coffee and academic years and late-May, April-March, October-September fiscal years defined
    # in the text): written and annotated before the first run. First run (product at 169651d, gold corrected: one
    # unit): detect P 0.826 R 0.899 F1 0.861, strict F1 0.731, date_acc 0.850, value_acc 0.786 (n=42).
    # now: detect P 0.946 R 0.939 F1 0.942, strict F1 0.936, date_acc 0.993, value_acc 0.977 (n=44)
    Corpus("heldout11_corpus", 15, 148,
           {"detect_p": 0.91, "detect_r": 0.91, "detect_f1": 0.91, "strict_f1": 0.90, "date_acc": 0.96,
            "value_acc": 0.94}),
    # twelfth held out (Malaysian chip packaging with a June year-end, Indonesia's capital move, a Brazilian airline, a
    # Mexican cement maker, a Danish pension fund, a Finnish quantum startup, a Barbados cruise pier, New Brunswick's
    # budget, a Korean battery maker with an April-March year defined in the text, a Spanish rail strike deal, an Omani
    # sovereign fund, a Swiss pharma readout): written and annotated before the first run. First run (product at
    # 4f7d3ee, gold corrected: one unit): detect P 0.952 R 0.976 F1 0.964, strict F1 0.940, date_acc 0.975,
    # value_acc 0.667 (n=57). Floors about 0.03 under the first run; value_acc floor raised after the values
    # branch's currency, local-dollar, mass, glued-count and ratio classes (value_acc 1.000).
    Corpus("heldout12_corpus", 12, 123,
           {"detect_p": 0.92, "detect_r": 0.94, "detect_f1": 0.93, "strict_f1": 0.91, "date_acc": 0.94,
            "value_acc": 0.97}),
    # thirteenth held out (a Ghanaian port, a translated Uruguayan dairy co-op, a Bangladeshi spectrum auction
    # notice, an ASX feasibility announcement, a Nigerian film slate listicle, a Korean space agency Q&A, an Indian
    # state budget, a US county transit levy, an auto recall, a Kenyan hospital press release, a Polish bank analyst
    # note, a translated German fab delay, a stadium op-ed): written and annotated before the first run. First run
    # (product at 0e68097 = main b4aac4a, gold unchanged): detect P 0.899 R 0.941 F1 0.920, strict F1 0.900,
    # date_acc 0.979, value_acc 0.825 (n=40). Since a development set (branch ho13's class fixes). now: detect P 0.949
    # R 0.987 F1 0.968, strict F1 0.961, date_acc 0.993, value_acc 0.977 (n=43)
    Corpus("heldout13_corpus", 13, 152,
           {"detect_p": 0.92, "detect_r": 0.95, "detect_f1": 0.94, "strict_f1": 0.93, "date_acc": 0.96,
            "value_acc": 0.94}),
    # fourteenth held out (a Peruvian water tariff plan, Norwegian car carriers, a Dutch university campus, an Ethiopian
    # 5G release, a Japanese drugstore chain with a February year, a Scottish club's accounts, an Indonesian vaccine
    # maker, a Qatari developer, a Johannesburg manifesto, a Philippine geothermal Q&A, an Asia-Pacific brief, the
    # National Bank of Kazakhstan, an Ivorian cocoa grinder): written and annotated before the first run. First run
    # (product at c7d6cd6 = main 4d12669, gold corrected: three units): detect P 0.941 R 0.979 F1 0.960, strict F1
    # 0.812, date_acc 0.846, value_acc 0.817 (n=71; 0.789 on the original gold). Since a development set (branch ho14's
    # class fixes). now: detect P 1.000 R 0.986 F1 0.993, strict F1 0.986, date_acc 0.993, value_acc 0.958 (n=71)
    Corpus("heldout14_corpus", 13, 146,
           {"detect_p": 0.97, "detect_r": 0.95, "detect_f1": 0.96, "strict_f1": 0.94, "date_acc": 0.95,
            "value_acc": 0.92}),
]
IDS = [c.name for c in CORPORA]


def _articles(corpus: Corpus) -> list[str]:
    return sorted(p.name for p in corpus.path.iterdir() if p.suffix in (".md", ".txt"))


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    return {c.name: extractor.extract(str(c.path)) for c in CORPORA}


@pytest.mark.parametrize("corpus", CORPORA, ids=IDS)
def test_gold_is_valid_verbatim_and_covers_every_article(corpus: Corpus) -> None:
    gold = evaluate.load_gold(corpus.path)  # raises GoldError on a malformed entry
    assert sorted(gold) == _articles(corpus) and len(gold) == corpus.articles
    assert sum(not c.optional for claims in gold.values() for c in claims) == corpus.required
    assert all(not gold[name] for name in corpus.empty)
    for name, claims in gold.items():
        text = " ".join((corpus.path / name).read_text(encoding="utf-8").split())
        for c in claims:
            sentence = " ".join(c.sentence.split())
            assert sentence in text, (name, c.sentence[:80])
            assert c.date_text.lower() in sentence.lower(), (name, c.date_text)


@pytest.mark.parametrize("corpus", CORPORA, ids=IDS)
def test_floors(frames: dict[str, pd.DataFrame], corpus: Corpus) -> None:
    result = evaluate.score_frame(corpus.path, frames[corpus.name], show=True)
    assert result["gold"] == corpus.required and result["predicted_scored"] >= result["tp"] > 0
    low = {m: result[m] for m, floor in corpus.floors.items() if result[m] is None or result[m] < floor}
    assert not low, f"{corpus.name} under its floors {low}\n{evaluate.render(result)}"


def test_publication_dates_come_from_the_manifest_when_the_file_has_none(frames: dict[str, pd.DataFrame]) -> None:
    frame = frames["hard_corpus"]
    names = frame["source_file"].map(lambda s: Path(s).name)
    manifest = {"004-ridgeline-lithium.txt": "2025-11-18", "007-kairo-vision-2030.txt": "2026-05-06",
                "011-pinecrest-grocers-expansion.txt": "2026-02-17"}
    for name in set(names):
        rows = frame[names == name]
        assert set(rows["published_source"]) == {"manifest" if name in manifest else "metadata"}, name
        if name in manifest:
            assert set(rows["published"].astype(str)) == {manifest[name]}


def _promise_id(frame: pd.DataFrame, file: str, date_text: str, sentence_start: str) -> str:
    names = frame["source_file"].map(lambda s: Path(str(s)).name)
    hits = frame[(names == file) & (frame["date_text"].str.lower() == date_text.lower())
                 & frame["sentence"].str.startswith(sentence_start)]
    assert len(hits) == 1, (file, date_text, len(hits))
    return str(hits["promise_id"].iloc[0])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("001-apple-foldable-iphone-bloomberg.md", "September 2026", "Apple Inc. has told"),
         ("002-apple-foldable-iphone-macrumors.md", "September 2026", "Apple plans to launch")),
        (("003-waymo-boston-denver-reuters.md", "2027", "Alphabet's Waymo said"),  # the dateline is not text
         ("004-waymo-boston-denver-verge.md", "2027", "The Alphabet-owned company")),
        (("001-rivian-r2-deliveries-reuters.md", "first half of 2026", "Rivian says first R2"),
         ("002-rivian-r2-deliveries-electrek.md", "H1 2026", "Rivian R2 deliveries still")),
        (("003-toyota-solid-state-nikkei.md", "2028", "TOKYO -- Toyota Motor"),
         ("004-toyota-solid-state-insideevs.md", "2028", "According to a report")),
        (("005-lucid-midsize-late-2026.md", "late 2026", "Lucid Group is targeting"),
         ("006-lucid-midsize-pushed-2027.md", "the second quarter of 2027", "Lucid Group Inc. has pushed")),
    ],
    ids=["apple-foldable-september-2026", "waymo-boston-denver-2027", "rivian-r2-h1-2026", "toyota-solid-state-2028",
         "lucid-midsize-slip"],
)
def test_same_promise_from_two_outlets_is_grouped(frames: dict[str, pd.DataFrame], first: tuple, second: tuple) -> None:
    frame = frames["promises_corpus" if first[0].startswith(("001-apple", "003-waymo")) else "promises2_corpus"]
    assert _promise_id(frame, *first) == _promise_id(frame, *second)
