"""Which absolute dates of unseen pages date no event? (issue 16, timeline recall)

    python -m eval.time.recall_probe --seed 281 --n 60 [--show uncovered|all|none]

Draws ``--n`` pages from each of the three corpora the independent gold takes its
articles from, in the gold's own file format (FakeNewsCorpus rows as "title line +
body" plain text with no metadata columns; PTC NLP4IF-2019 train articles as
released; Tehran Times pages as crawled), leaving out the dev gold's articles.  Like
the gold's pages, none has a publication date, so only absolute dates (a year, a
month, a day with its year, a month-day given its year by the paragraph) can date
anything.  For every resolved date expression it says whether an event of the page
carries it, and prints the uncovered ones in their sentence, so a reader can sort
them into "a dated happening the timeline misses" (a recall loss) and "dates
nothing" (a birth year in an apposition, a law's name, a bound).

Nothing is written into the repository: the output holds third-party text.  The
counts (expressions, covered, by corpus) are what the README quotes.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from pathlib import Path

from newsdossier.analyze.pipeline import make_pipeline
from newsdossier.clean import clean_record
from newsdossier.errors import InputError
from newsdossier.model import Document, RawRecord
from newsdossier.settings import Settings

from .sample_events import ANALYZERS, DATA

GOLD = DATA.parent / "gold"
_BATCH = 32


def _gold_names() -> set[str]:
    names: set[str] = set()
    for d in GOLD.glob("*/articles/*.txt"):
        names.add(d.stem.split("_", 1)[-1])
    return names


def _fnc(data: Path) -> list[RawRecord]:
    csv.field_size_limit(sys.maxsize)
    path = data / "fakenewscorpus-sample" / "news_sample.csv"
    out = []
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            body = row["content"].strip()
            if len(body) < 600 or body[:200] in seen:
                continue
            seen.add(body[:200])
            text = f"{row['title'].strip()}\n\n{body}\n"
            out.append(RawRecord(str(path), None, f"fnc_{row['id']}", text, "text"))
    return out


def _files(folder: Path, prefix: str) -> list[RawRecord]:
    out = []
    for p in sorted(folder.glob("*.txt")):
        text = p.read_text("utf-8")
        if len(text) >= 600:
            out.append(RawRecord(str(p), None, f"{prefix}{p.stem}", text, "text"))
    return out


def draw_pages(seed: int, n: int, data: Path = DATA) -> list[RawRecord]:
    """``n`` pages per corpus, the dev gold's articles left out."""
    gold = _gold_names()
    rng = random.Random(seed)
    pools = (
        _fnc(data),
        _files(data / "ptc-nlp4if2019" / "train" / "articles", "ptc_"),
        _files(data / "tehrantimes-mek" / "mek", "tt_"),
    )
    pages: list[RawRecord] = []
    for pool in pools:
        pool = [r for r in pool if r.name.split("_", 1)[-1] not in gold]
        pages.extend(rng.sample(pool, min(n, len(pool))))
    return pages


def probe(pages: list[RawRecord]) -> list[dict[str, str]]:
    settings = Settings()
    pipeline = make_pipeline(settings, ANALYZERS)
    docs: list[Document] = []
    for raw in pages:
        try:
            docs.append(clean_record(raw, settings))
        except InputError:
            continue
    rows: list[dict[str, str]] = []
    for i in range(0, len(docs), _BATCH):
        batch = docs[i : i + _BATCH]
        for doc, ann in zip(batch, pipeline.analyze(batch), strict=True):
            dated = {}
            for e in ann.events:
                if e.time is not None and e.time.value is not None:
                    dated[(e.time.start, e.time.end)] = e
            for t in ann.times:
                if t.value is None or t.kind == "duration":
                    continue
                sent = next((s for s in ann.sentences if s.start <= t.start < s.end), None)
                s0, s1 = (sent.start, sent.end) if sent else (t.start, t.end)
                ev = dated.get((t.start, t.end))
                shown = (
                    doc.text[s0 : t.start] + "[[" + doc.text[t.start : t.end] + "]]"
                    + doc.text[t.end : s1]
                )  # fmt: skip
                rows.append(
                    {"page": doc.name, "start": str(t.start), "value": t.value,
                     "precision": t.precision, "kind": t.kind,
                     "covered": "yes" if ev else "no",
                     "event": f"{ev.type}: {ev.summary}" if ev else "",
                     "sentence": " ".join(shown.split())}
                )  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=281)
    ap.add_argument("--n", type=int, default=60, help="pages per corpus")
    ap.add_argument("--show", choices=("uncovered", "all", "none"), default="uncovered")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"skipped: {DATA} is absent")
        return 0
    rows = probe(draw_pages(args.seed, args.n))
    for r in rows:
        if args.show == "all" or (args.show == "uncovered" and r["covered"] == "no"):
            mark = "+" if r["covered"] == "yes" else "-"
            print(f"{mark} {r['page']}@{r['start']} {r['value']} | {r['sentence']}")
            if r["event"]:
                print(f"     -> {r['event']}")
    by = Counter((r["page"].split("_", 1)[0], r["covered"]) for r in rows)
    for corpus in ("fnc", "ptc", "tt"):
        yes, no = by[(corpus, "yes")], by[(corpus, "no")]
        print(f"{corpus}: {yes}/{yes + no} resolved dates date an event")
    total = sum(by.values())
    print(f"all: {sum(v for k, v in by.items() if k[1] == 'yes')}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
