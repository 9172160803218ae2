"""A reader's check of entity merges (issue 16): sample N merges at random, write a TSV.

    .venv/bin/python -m eval.entities.sample_merges --seed 7 --n 30
    .venv/bin/python -m eval.entities.sample_merges --seed 7 --db /tmp/fnc.db   # an existing build

Builds ``../shared/data/fakenewscorpus-sample/news_sample.csv`` (``--corpus``
to choose another input) without the framing model unless ``--db`` names a
store that already exists, then lists every merge decision of the store:

- a name that joined an entity (``entity_names`` rows with a ``via``: spelling,
  transliteration, acronym, alias statement, country data, organisation short
  form, nickname), counted once per name that has mentions;
- a one-word short form linked to a full name by its document (mentions of
  kind ``short-form``), counted once per (document, name).

``--n`` of them are drawn with ``random.Random(seed)`` from the list in a fixed
order, and written to ``judged/merges_seed<N>.reading.tsv`` with the evidence a
reader needs (the statement's sentence, or the document span, or the two names in
context) and an empty ``verdict`` column: write ``right``/``wrong`` (and a note)
by reading.  That file holds article text and names, so it is gitignored; once
judged, ``python -m eval.judged --strip <it>`` writes the committed, text-free
``merges_seed<N>.tsv`` (a hash of the two names, how, document, verdict: issue 20).
Record the seeds judged; a new seed after the last change is the independent check.
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "data"
DEFAULT_CORPUS = SHARED / "fakenewscorpus-sample" / "news_sample.csv"
_CONTEXT_CHARS = 220


def _build(corpus: Path, db: Path) -> None:
    cmd = [sys.executable, "-m", "newsdossier.cli", "build", str(corpus), "--db", str(db),
           "--no-framing", "--quiet"]  # fmt: skip
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.stderr.write(res.stdout + res.stderr)
        raise SystemExit(f"build failed ({res.returncode})")


def _context(text: str, start: int, end: int) -> str:
    a = max(0, start - _CONTEXT_CHARS // 2)
    b = min(len(text), end + _CONTEXT_CHARS // 2)
    return ("…" if a else "") + " ".join(text[a:b].split()) + ("…" if b < len(text) else "")


def list_merges(store: Any) -> list[dict[str, Any]]:
    """Every merge decision of an SQLite store (module docstring), in a fixed order."""
    from newsdossier.resolve.explain import why_chain

    conn = store.conn  # this evaluation reads the SQLite file's tables directly
    names = dict(conn.execute("SELECT id, name FROM entities"))
    texts: dict[str, str] = {}

    def text_of(doc: str) -> str:
        if doc not in texts:
            texts[doc] = conn.execute("SELECT text FROM documents WHERE id = ?", (doc,)).fetchone()[
                0
            ]
        return texts[doc]

    def first_mention(key: str, eid: str) -> tuple[str, str, int, int] | None:
        row = conn.execute(
            'SELECT text, document_id, start, "end" FROM mentions WHERE key = ? AND entity_id = ?'
            " ORDER BY document_id, start LIMIT 1",
            (key, eid),
        ).fetchone()
        return tuple(row) if row else None  # type: ignore[return-value]

    out: list[dict[str, Any]] = []
    for key, eid, how, via in conn.execute(
        "SELECT key, entity_id, how, via FROM entity_names WHERE via IS NOT NULL AND how != 'canonical'"
        " ORDER BY key"
    ).fetchall():
        if eid not in names:
            continue
        mine = first_mention(key, eid)
        if mine is None:
            continue  # a name with no mention of its own (a title-less form indexed alongside)
        why = next((w for w in why_chain(store, eid) if w["key"] == key.split("@")[0]), None)
        ev = (why or {}).get("evidence")
        other = first_mention(via, eid)
        if ev:
            evidence = f"[{ev.get('asserted_by') or ''}] {' '.join(ev['text'].split())}"
            doc = ev["doc"]
        else:
            parts = [f"{mine[0]!r}: {_context(text_of(mine[1]), mine[2], mine[3])}"]
            if other:
                parts.append(f"{other[0]!r}: {_context(text_of(other[1]), other[2], other[3])}")
            evidence = (
                " || ".join(parts) if how != "country-data" else "country data (countries.yml)"
            )
            doc = mine[1]
        out.append({"kind": "name", "entity": names[eid], "name": mine[0],
                    "joined": other[0] if other else via, "how": how,
                    "score": (why or {}).get("score"), "evidence": evidence, "doc": doc})  # fmt: skip
    seen: set[tuple[str, str, str]] = set()
    for doc, key, eid, surface, start, end in conn.execute(
        'SELECT document_id, key, entity_id, text, start, "end" FROM mentions'
        " WHERE kind = 'short-form' AND entity_id IS NOT NULL ORDER BY document_id, key, start"
    ).fetchall():
        if eid not in names or (doc, key, eid) in seen:
            continue
        seen.add((doc, key, eid))
        full = conn.execute(
            'SELECT text, start, "end" FROM mentions WHERE document_id = ? AND entity_id = ?'
            " AND kind = 'name' ORDER BY start LIMIT 1",
            (doc, eid),
        ).fetchone()
        body = text_of(doc)
        evidence = f"{surface!r}: {_context(body, start, end)}"
        if full:
            evidence += f" || {full[0]!r}: {_context(body, full[1], full[2])}"
        out.append({"kind": "short-form", "entity": names[eid], "name": surface,
                    "joined": full[0] if full else names[eid], "how": "short-form (document)",
                    "score": None, "evidence": evidence, "doc": doc})  # fmt: skip
    return out


def write_sample(rows: list[dict[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["n", "entity", "name", "joined_to", "how", "score", "evidence", "doc",
                    "verdict", "note"])  # fmt: skip
        for i, r in enumerate(rows, 1):
            w.writerow([i, r["entity"], r["name"], r["joined"], r["how"],
                        "" if r["score"] is None else f"{r['score']:.0f}",
                        r["evidence"].replace("\t", " ").replace("\n", " "), r["doc"], "", ""])  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--db", type=Path, help="a built store (built here first if it does not exist)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument(
        "-o", "--out", type=Path, help="TSV path (default judged/merges_seed<N>.reading.tsv)"
    )
    args = ap.parse_args(argv)
    from newsdossier.store.sqlite import open_store

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "merges.db"
        if not db.exists():
            if not args.corpus.exists():
                print(f"{args.corpus} is absent; skipped")
                return 0
            _build(args.corpus, db)
        with open_store(str(db), readonly=True) as store:
            merges = list_merges(store)
    rng = random.Random(args.seed)
    picked = rng.sample(merges, min(args.n, len(merges)))
    out = args.out or HERE / "judged" / f"merges_seed{args.seed}.reading.tsv"
    write_sample(picked, out)
    kinds: dict[str, int] = {}
    for m in merges:
        kinds[m["how"]] = kinds.get(m["how"], 0) + 1
    print(f"{len(merges)} merges ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))});"
          f" {len(picked)} sampled with seed {args.seed} -> {out}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
