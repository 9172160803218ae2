"""Reader's check (issue 15): sample claims or contradictions of a real corpus for judging.

    .venv/bin/python -m eval.claims.sample --corpus fnc --seed 1 --n 30 --what claims
    .venv/bin/python -m eval.claims.sample --corpus tt --seed 1 --what contradictions

Builds the corpus (``fnc``: ../shared/data/fakenewscorpus-sample; ``tt``:
../shared/data/tehrantimes-mek/mek) into a store under ``eval/claims/judged/stores/``
(reused while the claims code is unchanged: the store remembers a hash of
``newsdossier/analyze/claims``, ``resolve/contradictions.py`` and the claims data)
and writes ``eval/claims/judged/<what>_<corpus>_seed<N>.reading.tsv``: one row per
sampled item with the sentence(s), what the system made of it, and an empty
``verdict`` column for a reader (``right`` / ``wrong <class>``, then a reason after a
colon).  That file holds article text and names, so it is gitignored; once judged,
``python -m eval.judged --strip <it>`` writes the committed, text-free
``<what>_<corpus>_seed<N>.tsv`` (ids, offsets, categories, the verdict's class) that
``python -m eval.claims`` counts (issue 20).  All items are written when there are
fewer than ``--n``.  Skips (exit 0) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = ROOT.parent / "shared" / "data"
CORPORA = {
    "fnc": DATA / "fakenewscorpus-sample" / "news_sample.csv",
    "tt": DATA / "tehrantimes-mek" / "mek",
}
OUT = HERE / "judged"
#: what the store's reuse depends on: the claims analyzer, its data and the resolver
_CODE = (
    "newsdossier/analyze/claims",
    "newsdossier/resolve/contradictions.py",
    "newsdossier/resolve/disputed_quotes.py",
    "newsdossier/data/attribution_verbs.yml",
    "newsdossier/data/hedges.yml",
    "newsdossier/data/claims",
)


def code_hash() -> str:
    h = hashlib.sha256()
    for rel in _CODE:
        p = ROOT / rel
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.is_file() and f.suffix in (".py", ".yml", ".yaml"):
                h.update(str(f.relative_to(ROOT)).encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


def store_for(corpus: str, rebuild: bool = False) -> Path:
    """The built store of a corpus, rebuilt when the claims code changed."""
    from newsdossier.run.local import build
    from newsdossier.settings import Settings
    from newsdossier.store.sqlite import open_store

    stores = OUT / "stores"
    stores.mkdir(parents=True, exist_ok=True)
    db, stamp = stores / f"{corpus}.db", stores / f"{corpus}.hash"
    want = code_hash()
    if not rebuild and db.exists() and stamp.exists() and stamp.read_text().strip() == want:
        return db
    for p in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm")):
        p.unlink(missing_ok=True)
    with open_store(str(db)) as store:
        build([str(CORPORA[corpus])], store, Settings(framing_enabled=False))
    stamp.write_text(want + "\n")
    return db


def _side_source(c: dict[str, Any]) -> str:
    """A contradiction side's speaker as the dossier shows it: name, kind and the channel
    (a reader of seed 57 judged a side by its name alone, the ``via`` not being shown)."""
    out = f"{c.get('source_name')} [{c.get('source_kind')}]"
    return out + (f" via {c['via']}" if c.get("via") else "")


def _account(side: dict[str, Any]) -> str:
    """A disputed quote's side: whose account of whose words (issue 15)."""
    return f" (account of {side['account']})" if side.get("account") else ""


def _source(c: dict[str, Any]) -> str:
    s = c["source"]
    out = f"{s.get('name') or '-'} [{s.get('kind')}]"
    if s.get("resolved") == "metadata":
        out += " (from the page's metadata)"  # the page's own voice, named by its metadata
    elif s.get("resolved") == "byline":
        out += " (from the page's byline, removed as furniture)"  # a repost's writer
    elif s.get("resolved"):
        said = (s.get("said") or {}).get("text") if isinstance(s.get("said"), dict) else None
        out += f" (from {s['resolved']} {said!r})"
    return out


def _subject(c: dict[str, Any], names: dict[str, str]) -> str:
    """The subject as the dossier shows it: "Harvan Council = Harvan Council (from 'it')",
    or the pointing words with nothing named ("(refers back: 'It')", issue 15), with the
    earlier sentence they need when one fits ("(refers back: 'It'; see: '...')", 15bi)."""
    out = (c["subject_text"] or "") + (
        f" = {names[c['subject']]}" if c.get("subject") in names else ""
    )
    if c.get("subject_from"):
        out += f" (from {c['subject_from']['text']!r})"
    if c.get("refers_back"):
        see = (c["refers_back"].get("context") or {}).get("text")
        out += f"(refers back: {c['refers_back']['text']!r}"
        out += f"; see: {see!r})" if see else ")"
    return out


def claim_rows(store: Any) -> list[dict[str, Any]]:
    from newsdossier.export.claims import iter_claims

    names = {e["id"]: e["name"] for e in store.iter_entities()}
    docs = {d["id"]: d["name"] for d in store.iter_documents()}
    rows = []
    for c in iter_claims(store):
        rows.append({
            "doc": docs.get(c["doc"], c["doc"]), "claim": c["id"], "start": c["start"],
            "end": c["end"], "sentence": c["text"],
            "speaker": _source(c), "via": c["source"].get("via") or "",
            "statement": (c["statement"] or {}).get("text", "") if c["statement"] else "",
            "subject": _subject(c, names),
            "attribute": c["attribute"] or "", "value": c["value"] or "", "unit": c["unit"] or "",
            "polarity": c["polarity"], "modality": c["modality"],
            "hedge": c["hedge"] or "", "hedge_words": (c["hedge_span"] or {}).get("text", "") if c["hedge_span"] else "",
            "verdict": "",
        })  # fmt: skip
    return rows


def contradiction_rows(store: Any) -> list[dict[str, Any]]:
    from newsdossier.export.claims import iter_contradictions

    names = {e["id"]: e["name"] for e in store.iter_entities()}
    docs = {d["id"]: d["name"] for d in store.iter_documents()}
    rows = []
    # one row per dispute: the same pair in reprints of an article is listed under copies
    for rec in iter_contradictions(store):
        claims = store.get_claims(rec["claims"])
        sides = []
        for cid in rec["claims"]:
            c = claims.get(cid, {})
            doc = store.get_document(c["document_id"]) if c else None
            text = doc["text"][c["start"] : c["end"]] if doc else ""
            sides.append((c, text, doc["name"] if doc else ""))
        (a, ta, da), (b, tb, db) = sides
        rows.append({
            "subject": names.get(rec["subject"], rec["subject"]), "attribute": rec["attribute"],
            "kind": rec["kind"], "value_a": rec["values"][0], "value_b": rec["values"][1],
            "source_a": _side_source(a) + _account(rec["sides"][0]), "doc_a": da, "sentence_a": ta,
            "source_b": _side_source(b) + _account(rec["sides"][1]), "doc_b": db, "sentence_b": tb,
            "copies": " ".join(
                "+".join(docs.get(d, str(d)) for d in cp["docs"]) for cp in rec["copies"]
            ),
            "verdict": "",
        })  # fmt: skip
    return rows


def write_sample(rows: list[dict[str, Any]], path: Path, n: int, seed: int) -> int:
    picked = rows if len(rows) <= n else random.Random(seed).sample(rows, n)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        if not picked:
            f.write("verdict\n")
            return 0
        w = csv.DictWriter(f, fieldnames=list(picked[0]), delimiter="\t", lineterminator="\n")
        w.writeheader()
        for r in picked:
            w.writerow({k: " ".join(str(v).split()) for k, v in r.items()})
    return len(picked)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m eval.claims.sample", description=__doc__.split("\n")[0]
    )
    ap.add_argument("--corpus", choices=sorted(CORPORA), required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--what", choices=("claims", "contradictions"), default="claims")
    ap.add_argument("--rebuild", action="store_true", help="build the store again even if current")
    args = ap.parse_args(argv)
    if not CORPORA[args.corpus].exists():
        print(f"skipped: {CORPORA[args.corpus]} is absent")
        return 0
    from newsdossier.store.sqlite import open_store

    db = store_for(args.corpus, args.rebuild)
    with open_store(str(db), readonly=True) as store:
        rows = claim_rows(store) if args.what == "claims" else contradiction_rows(store)
    path = OUT / f"{args.what}_{args.corpus}_seed{args.seed}.reading.tsv"
    k = write_sample(rows, path, args.n, args.seed)
    print(f"{k} of {len(rows)} {args.what} -> {path.relative_to(ROOT)}")
    print(f"once judged: python -m eval.judged --strip {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
