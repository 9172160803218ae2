"""Text-reuse benchmark (issue 5): time and peak memory at 10k / 100k generated documents.

    .venv/bin/python benchmarks/bench_reuse.py 10000 [100000 ...]

For each size N: N generated documents (eval/claims/synth.py; a fifth are edited
copies of earlier ones: reorder / substitute / insert / excerpt) are stored in a
fresh SQLite file, then ``resolve_reuse`` runs over all of them; then 1 % more
documents are added and the incremental run is timed.  Prints one JSON line per
size: seconds, documents/s, peak RSS of this process, LSH rows, pairs found, and
doc-pair precision/recall against the known copies.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.claims.evaluate import insert_documents  # noqa: E402
from eval.claims.synth import document, edit, vocabulary  # noqa: E402
from newsdossier.resolve.reuse import resolve_reuse  # noqa: E402
from newsdossier.settings import Settings  # noqa: E402
from newsdossier.store.sqlite import open_store  # noqa: E402


def generate(n: int, rng: random.Random, vocab: list[str], start: int = 0):
    docs: list[tuple[str, str]] = []
    bases: list[tuple[str, list[str]]] = []
    family: dict[str, list[str]] = {}  # base -> its copies; copies of one base share text too
    for i in range(start, start + n):
        if bases and rng.random() < 0.2:
            bid, sents = rng.choice(bases)
            copy, _ = edit(rng, vocab, sents)
            docs.append((f"d{i}", " ".join(copy)))
            family[bid].append(f"d{i}")
        else:
            sents = document(rng, vocab)
            docs.append((f"d{i}", " ".join(sents)))
            if len(bases) < 5000:
                bases.append((f"d{i}", sents))
                family[f"d{i}"] = [f"d{i}"]
    gold = {
        frozenset((x, y)) for members in family.values() for x in members for y in members if x < y
    }
    return docs, gold


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(n: int) -> dict[str, object]:
    rng = random.Random(n)
    vocab = vocabulary(rng)
    docs, gold = generate(n, rng, vocab)
    words = sum(len(t.split()) for _, t in docs)
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        store = open_store(str(Path(tmp) / "bench.db"))
        for i in range(0, len(docs), 5000):
            insert_documents(store, docs[i : i + 5000])
        del docs
        t = time.perf_counter()
        resolve_reuse(store, Settings())
        full = time.perf_counter() - t
        extra, _ = generate(max(1, n // 100), rng, vocab, start=n)
        insert_documents(store, extra)
        t = time.perf_counter()
        resolve_reuse(store, Settings())
        incr = time.perf_counter() - t
        pred = {
            frozenset((r["doc_a"], r["doc_b"]))
            for r in store.iter_reuse_pairs()
            if r["doc_a"] != r["doc_b"] and int(r["doc_a"][1:]) < n and int(r["doc_b"][1:]) < n
        }
        lsh = store.conn.execute("SELECT count(*) FROM reuse_lsh").fetchone()[0]
        store.close()
    tp = len(pred & gold)
    return {
        "documents": n, "words": words, "seconds": round(full, 1), "docs_per_s": round(n / full, 1),
        "incremental_docs": max(1, n // 100), "incremental_seconds": round(incr, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1), "lsh_rows": lsh, "gold_pairs": len(gold),
        "found_pairs": len(pred), "precision": round(tp / max(1, len(pred)), 3),
        "recall": round(tp / max(1, len(gold)), 3),
    }  # fmt: skip


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["10000"]:
        print(json.dumps(run(int(arg))), flush=True)
