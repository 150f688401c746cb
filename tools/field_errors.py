#!/usr/bin/env python3
"""Tally subject and category errors of a run against a corpus's gold, grouped by kind.

usage: field_errors.py OUT_DIR [CORPUS ...] [--list KIND] [--field subject|category]

OUT_DIR holds one folder per corpus with its claims.csv (as /work/tools/score.sh writes them). Pairs a
predicted row with a gold claim as the reference scorer does (its functions are imported), then puts each
wrong subject into one kind (the first that fits, in the order of KINDS) and each wrong category into its
gold -> predicted pair. Why: the fields are fixed class by class; this says which class is largest.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import re
from collections import Counter, defaultdict
from pathlib import Path

import yaml

SCORER = Path("/work/shared/corpus/score.py")
FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
GOV_WORDS = re.compile(r"\b(?:government|ministry|minister|department|cabinet|treasury|office|agency|"
                       r"authority|commission|council|administration|parliament|state|federal)\b", re.I)
PRONOUN = re.compile(r"\b(?:it|its|he|his|she|her|they|their|we|our|the company|the firm|the group)\b", re.I)
KINDS = ("empty", "government naming", "subsidiary/parent or longer name", "headline", "person vs organisation",
         "dateline/outlet", "pronoun/possessive", "wrong name in clause", "main actor for unnamed", "other")


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_dir(name: str) -> Path:
    return Path("/work/shared/corpus") / name if name in ("dev", "dev2") else FIXTURES / f"{name}_corpus"


def pairs(sc, corpus: Path, claims: Path):
    """(file, gold claim, predicted row, article title) for every matched non-optional gold claim."""
    gold = yaml.safe_load((corpus / "gold.yaml").read_text(encoding="utf-8")) or []
    rows: dict[str, list[dict]] = defaultdict(list)
    with claims.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rows[Path(row.get("source_file") or "").name].append(row)
    for art in gold:
        golds, preds = art.get("claims") or [], rows.get(art["file"], [])
        cands = sorted((-int(sc.norm(r.get("date_text")) == sc.norm(g["date_text"])),
                        -sc.similarity(r.get("sentence"), g["sentence"]), ri, gi)
                       for ri, r in enumerate(preds) for gi, g in enumerate(golds)
                       if sc.sentences_overlap(r.get("sentence"), g["sentence"])
                       and sc.dates_overlap(r.get("date_text"), g["date_text"]))
        seen_r, seen_g = set(), set()
        title = _title(corpus / art["file"])
        for _, _, ri, gi in cands:
            if ri in seen_r or gi in seen_g:
                continue
            seen_r.add(ri)
            seen_g.add(gi)
            if not golds[gi].get("optional"):
                yield art["file"], golds[gi], preds[ri], title


def _title(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    m = re.search(r'^title:\s*"?(.*?)"?\s*$', text, re.M)
    return m.group(1) if m else text.strip().split("\n", 1)[0]


def subject_kind(sc, gold: str, pred: str, sentence: str, title: str) -> str:
    """The first kind of KINDS a wrong subject fits."""
    g, p, s = sc.norm_subject(gold), sc.norm_subject(pred), sc.norm(sentence)
    if not p:
        return "empty"
    if GOV_WORDS.search(gold) or GOV_WORDS.search(pred):
        return "government naming"
    gw, pw = set(g.split()), set(p.split())
    if gw & pw or g in p or p in g:
        return "subsidiary/parent or longer name"
    if sc.norm(title) and (sc.norm(title) in s or s in sc.norm(title)):
        return "headline"
    words = pred.split()
    if len(words) in (2, 3) and all(w[:1].isupper() for w in words) or len(gold.split()) in (2, 3) and \
            all(w[:1].isupper() for w in gold.split()) and g not in s:
        return "person vs organisation"
    if re.search(r"\b(?:reuters|bloomberg|ap|afp|pti|yonhap|xinhua|kyodo)\b", p):
        return "dateline/outlet"
    if g not in s and PRONOUN.search(sentence):
        return "pronoun/possessive"
    if g in s and p in s:
        return "wrong name in clause"
    if g not in s:
        return "main actor for unnamed"
    return "other"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("corpora", nargs="*")
    ap.add_argument("--list", default="", help="print the errors of this kind (subject) or gold->pred (category)")
    ap.add_argument("--field", default="subject", choices=("subject", "category"))
    args = ap.parse_args()
    sc = _scorer()
    out = Path(args.out)
    names = args.corpora or sorted(p.name for p in out.iterdir() if (p / "claims.csv").exists())
    total: Counter[str] = Counter()
    for name in names:
        kinds: Counter[str] = Counter()
        n = 0
        for file, g, row, title in pairs(sc, corpus_dir(name), out / name / "claims.csv"):
            n += 1
            if args.field == "subject":
                if sc.norm_subject(row.get("subject")) == sc.norm_subject(g.get("subject")):
                    continue
                kind = subject_kind(sc, str(g.get("subject") or ""), row.get("subject") or "", g["sentence"], title)
            else:
                if sc.norm(row.get("category")) == sc.norm(g.get("category")):
                    continue
                kind = f"{g.get('category')} -> {row.get('category')}"
            kinds[kind] += 1
            if args.list and (args.list == "all" or args.list == kind):
                print(f"  [{name}/{file}] {kind}: gold={g.get('subject' if args.field == 'subject' else 'category')!r}"
                      f" pred={row.get(args.field)!r} what={g.get('what')!r}\n      {g['sentence'][:300]}")
        total.update(kinds)
        print(f"{name:10s} n={n:3d} wrong={sum(kinds.values()):3d}  " +
              ", ".join(f"{k}: {v}" for k, v in kinds.most_common()))
    print(f"{'ALL':10s} wrong={sum(total.values()):4d}  " + ", ".join(f"{k}: {v}" for k, v in total.most_common()))


if __name__ == "__main__":
    main()
