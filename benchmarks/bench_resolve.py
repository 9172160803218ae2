"""Scale benchmark of entity resolution (issue 3): generated names, 100k and 1M mentions.

    .venv/bin/python benchmarks/bench_resolve.py              # 100k and 1M
    .venv/bin/python benchmarks/bench_resolve.py --mentions 100000

Each size runs in a fresh subprocess so its peak RSS is its own.  Names are
generated (syllables, no real names): every actor gets a canonical name and
romanisation variants (o/u, e/i, doubled letters, ou/u, q/gh/k, -e ezafe),
organisations an acronym, and one mention in ten is a bare surname.  Mentions
are inserted straight into the store (no spaCy: this measures the resolver),
twenty to a document.  Reported: insert time, resolve time (entities v2),
incremental re-run time after adding 1 % more mentions, entity count, peak RSS.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_C = "bdfghjklmnprstvz"
_V = "aeiou"
_VARIANTS = [("o", "u"), ("e", "i"), ("ou", "u"), ("q", "gh"), ("ss", "s"), ("a", "aa"), ("k", "q")]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_C) + rng.choice(_V) for _ in range(rng.randint(2, 4))) + rng.choice(
        _C
    )


def _variant(name: str, rng: random.Random) -> str:
    a, b = rng.choice(_VARIANTS)
    return name.replace(a, b, 1) if a in name else name


def _actors(n: int, rng: random.Random) -> list[tuple[str, str, list[str]]]:
    """(type, canonical, variants)."""
    out = []
    for i in range(n):
        if i % 3 == 0:
            words = [_word(rng).title() for _ in range(3)]
            name = f"{words[0]}-e {words[1]} {words[2]}"
            acr = "".join(w[0] for w in words).upper() + rng.choice("ABCDEFGHJKLMNPRSTVZ")
            out.append(("organization", name, [_variant(name, rng), acr]))
        else:
            name = f"{_word(rng).title()} {_word(rng).title()}"
            out.append(
                ("person", name, [_variant(name, rng), _variant(name, rng), name.split()[-1]])
            )
    return out


def _insert(store: object, n_mentions: int, rng: random.Random, doc_prefix: str) -> None:
    from newsdossier.analyze.entities.names import name_key
    from newsdossier.model import make_id

    actors = _actors(max(1, n_mentions // 10), rng)
    labels = {"person": "PERSON", "organization": "ORG"}
    rows = []
    for i in range(n_mentions):
        typ, name, variants = actors[rng.randrange(len(actors))]
        text = name if rng.random() < 0.5 else rng.choice(variants)
        doc = f"{doc_prefix}{i // 20}"
        rows.append(
            (
                make_id(doc, i),
                doc,
                i,
                i + len(text),
                text,
                labels[typ],
                typ,
                name_key(text),
                "bench.v1",
                "1",
            )
        )
    c = store.conn  # type: ignore[attr-defined]
    c.execute("BEGIN")
    c.executemany(
        'INSERT INTO mentions(id, document_id, start, "end", text, label, type, key, analyzer, version)'
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    docs = sorted({r[1] for r in rows})
    c.executemany(
        "INSERT OR IGNORE INTO documents(id, name, source, language, text, analyzers) VALUES (?,?,?,?,?,?)",
        [(d, d, "bench", "en", "", "bench") for d in docs],
    )
    c.execute("COMMIT")


def run_one(n_mentions: int, seed: int = 7) -> dict[str, object]:
    from newsdossier.resolve.entities import resolve_entities
    from newsdossier.settings import Settings
    from newsdossier.store.sqlite import open_store

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "bench.db")) as store:
        t0 = time.perf_counter()
        _insert(store, n_mentions, rng, "d")
        t1 = time.perf_counter()
        touched = resolve_entities(store, Settings())
        t2 = time.perf_counter()
        _insert(store, max(1, n_mentions // 100), rng, "extra")
        t3 = time.perf_counter()
        resolve_entities(store, Settings())
        t4 = time.perf_counter()
        c = store.conn
        return {
            "mentions": n_mentions,
            "distinct_names": c.execute("SELECT count(*) FROM entity_names").fetchone()[0],
            "entities": c.execute("SELECT count(*) FROM entities").fetchone()[0],
            "touched": touched,
            "ambiguous_mentions": c.execute(
                "SELECT count(*) FROM mentions WHERE kind = 'ambiguous'"
            ).fetchone()[0],
            "insert_s": round(t1 - t0, 1),
            "resolve_s": round(t2 - t1, 1),
            "incremental_1pct_s": round(t4 - t3, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mentions", type=int, action="append", help="size(s); default 100k and 1M")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return 0
    for n in args.mentions or [100_000, 1_000_000]:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], capture_output=True, text=True
        )
        if out.returncode:
            print(out.stderr, file=sys.stderr)
            return out.returncode
        print(out.stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
