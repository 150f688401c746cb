"""A hostile-input corpus, generated on demand (never committed): every kind of bad file a batch run
meets, each with the good claims that must survive it.

`extractor bench --hostile` times a run over it (seconds and peak RSS), and the test suite asserts that
the run finishes, accounts for every input, keeps every good claim, runs nothing and writes no
formula-leading cell.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from extractor.articles import display

_FILLER = ("The company reported steady demand across its regions, and analysts said margins were stable. "
           "Executives declined to comment on market rumours about a merger. ")


def _claim(k: int) -> str:
    return f"Acme unit {k} will open its new plant in March 2031."


@dataclass
class Corpus:
    """Where the corpus is, which good claims (file name, date text) must survive, and the canary a code
    execution would create."""

    root: Path
    claims: list[tuple[str, str]] = field(default_factory=list)
    canary: Path = Path()
    files: int = 0

    def add(self, rel: str | bytes, content: str | bytes, *claims: str) -> Path:
        path = Path(os.fsdecode(os.path.join(os.fsencode(self.root), os.fsencode(rel))))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        self.claims.extend((Path(display(path)).name, c) for c in claims)
        self.files += 1
        return path


def _long_text(chars: int, one_line: bool) -> str:
    """Filler of about ``chars`` characters with a claim at its start, middle and end."""
    reps = max(1, chars // len(_FILLER) // 2)
    sep = " " if one_line else "\n\n"
    half = sep.join([_FILLER] * reps)
    return sep.join([_claim(1), half, _claim(2), half, _claim(3)])


def build(root: Path, big_mb: float = 2.0, one_line_kb: int = 300, related: int = 3000) -> Corpus:
    """Write the corpus under ``root`` (a fresh folder); sizes are parameters so the suite can run a
    small one and the benchmark the full 20 MB."""
    corpus = Corpus(root, canary=root.parent / f"{root.name}-PWNED")
    front = "---\ntitle: \"{title}\"\npublishedDateTime: 2025-01-02\n---\n{body}\n"
    good = "Acme will open its new plant in March 2031, the company said."
    corpus.add("empty.txt", "")
    corpus.add("whitespace.md", " \n\t\n\n")
    corpus.add("binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    corpus.add("random.txt", bytes((k * 7919) % 256 for k in range(20000)))
    corpus.add("nul-bytes.txt", f"Plant news\n{good}\x00 More text.\n".encode() + b"\x00" + _FILLER.encode() * 20,
               "March 2031")
    corpus.add("utf16.txt", b"\xff\xfe" + f"Plant news\n{good}\n".encode("utf-16-le"), "March 2031")
    corpus.add("utf16be.txt", b"\xfe\xff" + f"Plant news\n{good}\n".encode("utf-16-be"), "March 2031")
    corpus.add("utf32.txt", b"\xff\xfe\x00\x00" + f"Plant news\n{good}\n".encode("utf-32-le"), "March 2031")
    corpus.add("cp1252.txt", f"Café’s plant\n{good} “Soon,” it said.\n".encode("cp1252"), "March 2031")
    corpus.add("mixed-encodings.txt", "Mixed news\ncafé ".encode() + "naïve ".encode("cp1252") + good.encode(),
               "March 2031")
    corpus.add("crlf.md", front.format(title="CRLF news", body=good).replace("\n", "\r\n"), "March 2031")
    corpus.add("cr.md", front.format(title="CR news", body=good).replace("\n", "\r"), "March 2031")
    corpus.add("bom.md", "\ufeff" + front.format(title="BOM news", body=good), "March 2031")
    corpus.add("broken-yaml.md", f"---\ntitle: [unclosed\n---\n{good}\n", "March 2031")
    corpus.add("unclosed.md", f"---\ntitle: never closed\n{good}\n", "March 2031")
    bomb = "".join(f"{chr(98 + k)}: &{chr(98 + k)} [{', '.join([f'*{chr(97 + k)}'] * 9)}]\n" for k in range(8))
    corpus.add("alias-bomb.md", f"---\na: &a [lol, lol]\n{bomb}title: *i\n---\n{good}\n", "March 2031")
    corpus.add("python-tag.md", f"---\ntitle: !!python/object/apply:os.system ['touch {corpus.canary}']\n"
               f"x: !!python/object/new:os.system ['touch {corpus.canary}']\n---\n{good}\n", "March 2031")
    corpus.add("formula.md", front.format(title="=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")",
                                          body="+Acme will open its new plant in March 2031.\n\n"
                                               "@SUM(A1) Acme will ship the car in June 2032.\n\n"
                                               "-Acme will hire 500 people by 2033."),
               "March 2031", "June 2032", "2033")
    corpus.add("script.md", front.format(title="<script>alert(1)</script> Acme plant",
                                         body="<img src=x onerror=alert(2)> Acme will open its plant in March 2031."),
               "March 2031")
    corpus.add("year-9999.md", "---\ntitle: Far future\npublishedDateTime: 9999-12-31\n---\n"
               "Acme will open the plant next month. Acme will ship the car next year.\n")
    corpus.add("year-0001.md", "---\ntitle: Far past\npublishedDateTime: 0001-01-01\n---\n"
               "Acme will open the plant last month, next month and in 3 years.\n")
    corpus.add("february-30.md", front.format(title="Impossible date",
                                              body="Acme will open the plant on February 30, 2031."))
    items = "".join(f"  - title: \"Related item {k:x}\"\n    publishedDateTime: 2025-01-02\n" for k in range(related))
    corpus.add("related-3000.md", f"---\ntitle: Many related\npublishedDateTime: 2025-01-02\nrelated:\n{items}"
               f"  - title: \"{good}\"\n---\nBody.\n", "March 2031")
    corpus.add("/".join(f"d{k}" for k in range(60)) + "/deep.txt", f"Deep news\n{good}\n", "March 2031")
    loop = root / "d0" / "d1" / "loop"
    loop.symlink_to(root, target_is_directory=True)
    (root / "dangling.txt").symlink_to(root / "missing-target.txt")
    corpus.files += 2
    corpus.add("name with spaces é 東京.txt", f"Named news\n{good}\n", "March 2031")
    corpus.add(b"bad-name-\xff\xfe.txt", f"Bad name news\n{good}\n", "March 2031")
    rows = [{"title": f"Story {k}", "text": good, "url": f"https://example.com/story.php?id={k}&utm_source=x",
             "published": "2025-01-02"} for k in (101, 202)]
    corpus.add("stories.jsonl", "\n".join(json.dumps(r) for r in rows) + "\nnot json\n" + "[" * 100000 + "\n",
               "March 2031", "March 2031")
    corpus.add("story-column.csv", f"Headline,Story\nAcme plant,\"{good}\"\n")
    corpus.add("long-cell.csv", f"title,text\nLong cell,\"{_long_text(200_000, one_line=True)}\"\n",
               "March 2031", "March 2031", "March 2031")
    corpus.add("one-line-page.txt", _long_text(one_line_kb * 1000, one_line=True), "March 2031", "March 2031",
               "March 2031")
    corpus.add("big-text.txt", "Big news\n" + _long_text(int(big_mb * 1_000_000), one_line=False),
               "March 2031", "March 2031", "March 2031")
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "a-pipe.txt")
        corpus.files += 1
    return corpus


def bench(big_mb: float = 20.0, one_line_kb: int = 1000) -> str:
    """Build the corpus in a temporary folder, run ``extractor run`` over it in a child process, and
    report wall and CPU seconds (wall alone misleads on a shared machine) and the child's peak RSS."""
    with tempfile.TemporaryDirectory(prefix="extractor-hostile-") as tmp:
        corpus = build(Path(tmp) / "in", big_mb=big_mb, one_line_kb=one_line_kb)
        size = sum(p.stat().st_size for p in corpus.root.rglob("*") if p.is_file() and not p.is_symlink())
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "extractor", "run", str(corpus.root), "--out",
                               str(Path(tmp) / "out")], capture_output=True, text=True)
        seconds = time.perf_counter() - t0
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        rss, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
        report = json.loads((Path(tmp) / "out" / "run.json").read_text(encoding="utf-8")) if not done.returncode \
            else {"counts": {}}
    counts = report["counts"]
    return (f"hostile corpus: {corpus.files} inputs, {size / 1e6:.1f} MB (a {big_mb:g} MB text, a {one_line_kb} KB "
            f"one-line page, 3,000 related items) -> exit {done.returncode}, {counts.get('claims', 0)} claims, "
            f"{counts.get('documents_failed', 0)} documents failed, {seconds:.1f} s ({cpu:.1f} s CPU), "
            f"peak RSS {rss:.0f} MB")
