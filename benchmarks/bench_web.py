"""Page latency of the web app at 10k and 100k generated documents (issue 7).

Documents, sentences and mentions are generated and written straight into a
store through ``SQLiteStore.write_batch`` with synthetic ``Annotations`` (no
spaCy), then entities are resolved by name key.  Entity frequencies follow a
Zipf law over 3,000 names, so the top entities have tens of thousands of
mentions at 100k documents.  Latency is measured in-process through FastAPI's
TestClient (routing, SQL, template rendering; no network), after one warm-up
request per page.  Prints p50/p95 in ms of:
- the entity page of the 50 most-mentioned entities (the worst case),
- the entity page of 200 entities drawn at random,
- search for 200 one- or two-word queries.
Target: entity page p95 <= 100 ms at 100k.  Results also go to
benchmarks/results/web.json.  Run: `make bench` or
`python benchmarks/bench_web.py [--sizes 10000 100000]`.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

from generated_text import WORDS

from newsdossier.model import Annotations, Document, Mention, PublishedDate, Sentence, make_id
from newsdossier.resolve.entity_refresh import refresh_entities
from newsdossier.store.base import Processed
from newsdossier.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parent.parent
_WORDS = list(WORDS)
_OUTLETS = [f"Outlet {c}" for c in "ABCDEFGHIJKL"]
_SYLL = [
    "har",
    "vel",
    "mor",
    "os",
    "trand",
    "bren",
    "mark",
    "qas",
    "run",
    "gol",
    "zar",
    "te",
    "shan",
    "dar",
    "ka",
]


def _names(rng: random.Random, n: int) -> list[tuple[str, str]]:
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    while len(out) < n:
        name = " ".join(
            "".join(rng.choice(_SYLL) for _ in range(rng.randint(2, 3))).capitalize()
            for _ in range(rng.randint(1, 3))
        )
        if name not in seen:
            seen.add(name)
            out.append((name, rng.choice(["person", "organization", "place"])))
    return out


def _document(
    i: int, rng: random.Random, names: list[tuple[str, str]], weights: list[float]
) -> Processed:
    parts: list[str] = []
    sentences: list[tuple[int, int]] = []
    spans: list[tuple[int, int, str, str]] = []
    pos = 0
    for _ in range(rng.randint(8, 16)):
        words = rng.sample(_WORDS, 9)
        start = pos
        sent = ""
        for j, w in enumerate(words):
            if j in (2, 6) and rng.random() < 0.7:
                name, typ = rng.choices(names, weights)[0]
                a = start + len(sent)
                spans.append((a, a + len(name), name, typ))
                sent += name + " "
            sent += w + " "
        sent = sent.rstrip() + "."
        parts.append(sent)
        sentences.append((start, start + len(sent)))
        pos += len(sent) + 1
    text = " ".join(parts)
    doc_id = make_id("bench", i)
    year = 2005 + i % 15
    pub = PublishedDate(f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}", "day", "metadata")
    doc = Document(
        id=doc_id, text=text, source="bench", name=f"b{i}", title=f"Report {i}: {rng.choice(_WORDS)}",
        outlet=_OUTLETS[i % len(_OUTLETS)], published=pub,
    )  # fmt: skip
    ann = Annotations(
        doc_id=doc_id,
        sentences=tuple(Sentence(doc_id, a, b, text[a:b]) for a, b in sentences),
        mentions=tuple(
            Mention(doc_id, a, b, text[a:b], "ORG", typ, name.lower(), "bench", "1")
            for a, b, name, typ in spans
        ),
        analyzers=("bench@1",),
    )
    return Processed(key=f"bench#{i}", source="bench", record=str(i), content_hash=doc_id,
                     document=doc, annotations=ann)  # fmt: skip


def generate(path: Path, n: int, seed: int = 11) -> float:
    began = time.perf_counter()
    rng = random.Random(seed)
    names = _names(rng, 3000)
    weights = [1 / (r + 1) for r in range(len(names))]
    with SQLiteStore(path) as store:
        batch: list[Processed] = []
        for i in range(n):
            batch.append(_document(i, rng, names, weights))
            if len(batch) == 1000:
                store.write_batch(batch)
                batch = []
        if batch:
            store.write_batch(batch)
        keys = list(store.unresolved_mention_keys())
        ids = {k: make_id("bench-entity", k) for k in keys}
        with store.transaction():
            store.link_mentions(list(ids.items()))
            refresh_entities(store, list(ids.values()), {v: k for k, v in ids.items()}, "bench@1")
        store.conn.execute("ANALYZE")
    return time.perf_counter() - began


def _pct(samples: list[float]) -> dict[str, float]:
    s = sorted(samples)
    return {
        "p50_ms": round(statistics.median(s) * 1000, 1),
        "p95_ms": round(s[min(len(s) - 1, int(0.95 * len(s)))] * 1000, 1),
        "n": len(s),
    }


def measure(path: Path, seed: int = 5) -> dict[str, dict[str, float]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from newsdossier.serve import create_app

    rng = random.Random(seed)
    client = TestClient(create_app(str(path)))
    import sqlite3

    con = sqlite3.connect(path)
    top = [
        r[0] for r in con.execute("SELECT id FROM entities ORDER BY mention_count DESC LIMIT 50")
    ]
    every = [r[0] for r in con.execute("SELECT id FROM entities")]
    names = [r[0] for r in con.execute("SELECT name FROM entities LIMIT 500")]
    con.close()

    def timed(urls: list[str]) -> dict[str, float]:
        client.get(urls[0])
        samples = []
        for url in urls:
            t0 = time.perf_counter()
            r = client.get(url)
            samples.append(time.perf_counter() - t0)
            if r.status_code != 200:
                raise SystemExit(f"{url}: {r.status_code} {r.text[:200]}")
        return _pct(samples)

    queries = [
        " ".join(rng.sample(_WORDS, rng.randint(1, 2))) if rng.random() < 0.5
        else rng.choice(names).split()[0]
        for _ in range(200)
    ]  # fmt: skip
    return {
        "entity_top50": timed([f"/entities/{e}" for e in top]),
        "entity_random": timed([f"/entities/{rng.choice(every)}" for _ in range(200)]),
        "search": timed([f"/search?q={q}" for q in queries]),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--keep", type=Path, help="folder to keep the generated stores in")
    args = ap.parse_args(argv)
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in args.sizes:
            db = folder / f"web-{n}.db"
            if not db.exists():
                secs = generate(db, n)
                print(
                    f"generated {n} documents in {secs:.0f}s ({db.stat().st_size / 1e6:.0f} MB)",
                    flush=True,
                )
            res = measure(db)
            results[str(n)] = res
            for page, r in res.items():
                print(
                    f"{n:>7} docs  {page:<14} p50 {r['p50_ms']:>6.1f} ms  p95 {r['p95_ms']:>6.1f} ms  (n={r['n']})",
                    flush=True,
                )
    out = ROOT / "benchmarks" / "results" / "web.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
