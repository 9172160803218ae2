"""Entity-resolution evaluation (issue 3): pairwise precision/recall on our gold.

    .venv/bin/python -m eval.entities.evaluate            # gold fixtures
    .venv/bin/python -m eval.entities.evaluate --mek      # + tehrantimes-mek counts, 30 sampled merges

Gold: ``eval/entities/gold.yml`` over ``eval/entities/fixtures/`` (our own
invented articles).  A predicted pair is "merged" when both names' entities
(the entity most of their mentions link to) exist and are equal.  Targets:
precision >= 0.99, recall >= 0.95 (floors pinned in ``baseline.json``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from newsdossier.run.local import build
from newsdossier.settings import Settings
from newsdossier.store.sqlite import SQLiteStore, open_store

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
SHARED = HERE.parent.parent.parent / "shared" / "data"


def gold_pairs(path: Path = HERE / "gold.yml") -> list[tuple[str, str, bool]]:
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    pairs = [
        (a, b, True) for cluster in gold["same"] for a, b in itertools.combinations(cluster, 2)
    ]
    pairs += [(a, b, False) for a, b in gold["different"]]
    return pairs


def _doc_ids(store: SQLiteStore) -> dict[str, str]:
    """Fixture number ("01") -> document id."""
    return {
        Path(r["source"]).name[:2]: r["id"]
        for r in store.conn.execute("SELECT id, source FROM documents").fetchall()
        for r in [{"id": r[0], "source": r[1]}]
    }


def entity_of(store: SQLiteStore, name: str, docs: dict[str, str]) -> str | None:
    doc = None
    name_doc = name[:2]
    if len(name) > 3 and name[2] == ":" and name[:2].isdigit():
        doc, name = docs.get(name[:2]), name[3:]
    sql = "SELECT entity_id FROM mentions WHERE text = ?"
    params: tuple[Any, ...] = (name,)
    if doc is not None:
        sql += " AND document_id = ?"
        params = (name, doc)
    ents = Counter(e for (e,) in store.conn.execute(sql, params))
    if (
        not ents
        and " " in name
        and name.split()[0].rstrip(".").lower() in ("mr", "mrs", "ms", "dr")
    ):
        return entity_of(store, (f"{name_doc}:" if doc else "") + name.split(" ", 1)[1], docs)
    if not ents:
        return "<no mention>"
    top, _ = ents.most_common(1)[0]
    return top


def score(store: SQLiteStore, pairs: list[tuple[str, str, bool]]) -> dict[str, Any]:
    docs = _doc_ids(store)
    tp = fp = fn = tn = 0
    errors: list[str] = []
    for a, b, same in pairs:
        ea, eb = entity_of(store, a, docs), entity_of(store, b, docs)
        merged = ea is not None and ea == eb and ea != "<no mention>"
        if same and merged:
            tp += 1
        elif same:
            fn += 1
            errors.append(f"MISSED  {a!r} ~ {b!r}  ({ea} / {eb})")
        elif merged:
            fp += 1
            errors.append(f"WRONG   {a!r} ~ {b!r}")
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"should_merge": tp + fn, "must_not_merge": fp + tn, "tp": tp, "fp": fp, "fn": fn,
            "precision": round(precision, 4), "recall": round(recall, 4), "errors": errors}  # fmt: skip


def build_store(paths: list[str], db: Path, settings: Settings | None = None) -> float:
    started = time.perf_counter()
    with open_store(str(db)) as store:
        build(paths, store, settings or Settings())
    return time.perf_counter() - started


def evaluate_gold() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "gold.db"
        build_store([str(FIXTURES)], db)
        with open_store(str(db), readonly=True) as store:
            return score(store, gold_pairs())


def _v1_entity_count(store: SQLiteStore) -> int:
    """Entities the v1 resolver (group by name key) would have made."""
    return store.conn.execute(
        "SELECT count(DISTINCT key) FROM mentions WHERE analyzer != 'newsdossier.recall.v1'"
    ).fetchone()[0]


def evaluate_mek(sample: int = 30, seed: int = 3) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "mek.db"
        secs = build_store([str(SHARED / "tehrantimes-mek" / "mek"), str(SHARED / "tehrantimes-mek" / "control")], db,
                           Settings(workers=2))  # fmt: skip
        with open_store(str(db), readonly=True) as store:
            c = store.conn
            out["build_seconds"] = round(secs, 1)
            out["documents"] = c.execute("SELECT count(*) FROM documents").fetchone()[0]
            out["mentions"] = c.execute("SELECT count(*) FROM mentions").fetchone()[0]
            out["entities_before_v1_by_name_key"] = _v1_entity_count(store)
            out["entities_after"] = c.execute("SELECT count(*) FROM entities").fetchone()[0]
            out["mention_kinds"] = dict(
                c.execute("SELECT kind, count(*) FROM mentions GROUP BY kind").fetchall()
            )
            merges = c.execute(
                "SELECT n.key, n.how, n.via, n.score, e.name, n.link_doc, n.link_seq FROM entity_names n"
                " JOIN entities e ON e.id = n.entity_id WHERE n.how NOT IN ('canonical')"
                " AND n.key != e.key ORDER BY n.seq"
            ).fetchall()
            out["merges"] = len(merges)
            out["merges_by_how"] = dict(Counter(m[1] for m in merges))
            rng = random.Random(seed)
            picked = rng.sample(merges, min(sample, len(merges)))
            sampled = []
            for key, how, via, sc, name, ldoc, lseq in picked:
                ev = None
                if ldoc is not None:
                    row = c.execute(
                        'SELECT substr(d.text, l.start + 1, l."end" - l.start) FROM name_links l'
                        " JOIN documents d ON d.id = l.document_id WHERE l.document_id = ? AND l.seq = ?",
                        (ldoc, lseq),
                    ).fetchone()
                    ev = " ".join(row[0].split())[:240] if row else None
                sampled.append(
                    {
                        "name": key,
                        "joined": name,
                        "how": how,
                        "via": via,
                        "score": sc,
                        "evidence": ev,
                    }
                )
            out["sampled_merges"] = sampled
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mek", action="store_true", help="also run on ../shared/data/tehrantimes-mek")
    ap.add_argument("--json", type=Path, help="write the report here")
    args = ap.parse_args(argv)
    report: dict[str, Any] = {"gold": evaluate_gold()}
    g = report["gold"]
    print(f"gold pairs: {g['should_merge']} should-merge, {g['must_not_merge']} must-not-merge")
    print(
        f"pairwise precision {g['precision']:.4f} (target >= 0.99), recall {g['recall']:.4f} (target >= 0.95)"
    )
    for e in g["errors"]:
        print("  " + e)
    if args.mek:
        if not (SHARED / "tehrantimes-mek").is_dir():
            print("../shared/data/tehrantimes-mek is absent; skipped")
        else:
            report["mek"] = m = evaluate_mek()
            print(json.dumps({k: v for k, v in m.items() if k != "sampled_merges"}, indent=1))
            for s in m["sampled_merges"]:
                print(f"  {s['how']:<16} {s['name']!r} -> {s['joined']!r} via {s['via']!r}"
                      + (f"  [{s['evidence']}]" if s["evidence"] else ""))  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    base = (
        json.loads((HERE / "baseline.json").read_text())
        if (HERE / "baseline.json").exists()
        else {}
    )
    ok = g["precision"] >= base.get("precision", 0) and g["recall"] >= base.get("recall", 0)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
