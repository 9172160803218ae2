"""Claims evaluation (issue 5): run with ``.venv/bin/python -m eval.claims``.

1. Claims (gold.yml, 100+ gold claims in invented articles): extraction
   precision/recall on (attribute, value); on matched claims, attribution accuracy
   (source kind right and source name overlapping the gold name; for unattributed
   claims the kind author/outlet), hedge P/R/F1 (a hedge counts as found when the
   label is equal), subject accuracy.
2. Contradictions (contradiction_cases.yml): precision/recall of ``conflict()``.
3. Reuse: generated documents and edited copies (reorder, substitute, insert,
   excerpt) through the real resolver and store; doc-pair precision/recall.
4. ``--tehran N``: N claims sampled from ../shared/data/tehrantimes-mek printed for
   judging by reading (skipped when the data is absent).
5. Reader's checks (issue 15): the verdicts written into ``judged/*.tsv`` by readers of
   samples of the real corpora (``python -m eval.claims.sample``), tallied per file.
   Printed, not gated: each file records the code at the time it was judged.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from newsdossier.analyze.claims.lexicon import attribute_index
from newsdossier.analyze.claims.values import normalize_value
from newsdossier.analyze.entities.names import name_key
from newsdossier.model import Document, PublishedDate
from newsdossier.resolve.contradictions import conflict
from newsdossier.settings import Settings

HERE = Path(__file__).resolve().parent
# Only the analyzers claims need: other stages in DEFAULT_ANALYZERS neither help nor
# should be able to break this evaluation.
ANALYZERS = ("newsdossier.spacy.v1", "newsdossier.sentences.v1", "newsdossier.mentions.v1",
             "newsdossier.claims.v2")  # fmt: skip
TARGETS = {"attribution_accuracy": 0.9, "hedge_f1": 0.9, "contradiction_precision": 0.9,
           "reuse_precision": 0.95, "reuse_recall": 0.9}  # fmt: skip


def _overlap(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    ka, kb = name_key(a), name_key(b)
    return bool(ka and kb) and (ka in kb or kb in ka)


def _docs() -> list[tuple[Document, list[list[Any]]]]:
    out = []
    for i, art in enumerate(yaml.safe_load((HERE / "gold.yml").read_text(encoding="utf-8"))):
        text = art["text"].strip()
        pub = (
            PublishedDate(str(art["published"]), "day", "metadata")
            if art.get("published")
            else None
        )
        doc = Document(Document.make_id(text), text, "eval/claims/gold.yml", f"gold-{i}",
                       author=art.get("author"), outlet=art.get("outlet"), published=pub)  # fmt: skip
        out.append((doc, art["gold"]))
    return out


def evaluate_claims(verbose: bool = False) -> dict[str, Any]:
    from newsdossier.analyze.pipeline import make_pipeline

    data = _docs()
    pipe = make_pipeline(Settings(), ANALYZERS)
    anns = pipe.analyze([d for d, _ in data])
    n_gold = n_pred = matched = attr_ok = subj_ok = 0
    hedge_tp = hedge_fp = hedge_fn = 0
    misses: list[str] = []
    for (doc, gold), ann in zip(data, anns, strict=True):
        preds = list(ann.claims)
        n_gold += len(gold)
        n_pred += len(preds)
        used: set[int] = set()
        for attribute, subject, value, src_name, src_kind, hedge in gold:
            hit = next(
                (i for i, c in enumerate(preds) if i not in used and c.attribute == attribute
                 and _overlap(c.value, value)),
                None,
            )  # fmt: skip
            if hit is None:
                misses.append(f"MISS {attribute} {value!r} | {doc.name}")
                continue
            used.add(hit)
            c = preds[hit]
            matched += 1
            if src_name is None:
                ok = c.source_kind == src_kind
            else:
                ok = c.source_kind == src_kind and _overlap(c.source_name, src_name)
            attr_ok += ok
            if not ok:
                misses.append(f"ATTR {attribute} {value!r}: got {c.source_name!r}/{c.source_kind},"
                              f" gold {src_name!r}/{src_kind} | {doc.name}")  # fmt: skip
            subj_ok += subject is None or _overlap(c.subject_text, subject)
            if hedge is not None and c.hedge == hedge:
                hedge_tp += 1
            else:
                if c.hedge is not None:
                    hedge_fp += 1
                if hedge is not None:
                    hedge_fn += 1
                if c.hedge != hedge:
                    misses.append(
                        f"HEDGE {attribute} {value!r}: got {c.hedge}, gold {hedge} | {doc.name}"
                    )
    hp = hedge_tp / max(1, hedge_tp + hedge_fp)
    hr = hedge_tp / max(1, hedge_tp + hedge_fn)
    res = {
        "gold_claims": n_gold, "predicted_claims": n_pred, "matched": matched,
        "extraction_recall": round(matched / n_gold, 3),
        "extraction_precision_upper": round(matched / max(1, n_pred), 3),
        "attribution_accuracy": round(attr_ok / max(1, matched), 3),
        "hedge_precision": round(hp, 3), "hedge_recall": round(hr, 3),
        "hedge_f1": round(2 * hp * hr / max(1e-9, hp + hr), 3),
        "subject_accuracy": round(subj_ok / max(1, matched), 3),
    }  # fmt: skip
    if verbose:
        print("\n".join(misses), file=sys.stderr)
    return res


def _case(attribute: str, side: list[Any], i: int) -> dict[str, Any]:
    spec = attribute_index()[attribute]
    value, status, date, scope = side[:4]
    text = side[4] if len(side) > 4 else ""  # the sentence, where the decision needs it
    return {"id": f"c{i}", "attribute": attribute, "value": value, "status": status,
            "norm": normalize_value(spec.value, value), "as_of": date, "published": None,
            "scope": scope, "text": text, "unit": "people" if attribute == "casualties" else None}  # fmt: skip


def evaluate_contradictions() -> dict[str, Any]:
    cases = yaml.safe_load((HERE / "contradiction_cases.yml").read_text(encoding="utf-8"))
    tol = Settings().contradiction_tolerance_pct
    tp = fp = fn = tn = 0
    for expected, rows in ((True, cases["contradictions"]), (False, cases["non_contradictions"])):
        for attribute, a, b in rows:
            got = conflict(
                _case(attribute, a, 0), _case(attribute, b, 1), attribute_index()[attribute], tol
            )
            if got and expected:
                tp += 1
            elif got:
                fp += 1
                print(f"FALSE CONTRADICTION {attribute} {a} {b}", file=sys.stderr)
            elif expected:
                fn += 1
                print(f"MISSED CONTRADICTION {attribute} {a} {b}", file=sys.stderr)
            else:
                tn += 1
    return {"contradiction_cases": tp + fn, "non_contradiction_cases": fp + tn,
            "contradiction_precision": round(tp / max(1, tp + fp), 3),
            "contradiction_recall": round(tp / max(1, tp + fn), 3)}  # fmt: skip


def insert_documents(store: Any, texts: list[tuple[str, str]]) -> None:
    """Insert bare documents (id, text) for reuse tests and benchmarks."""
    with store.transaction() as c:
        c.executemany(
            "INSERT OR IGNORE INTO documents(id, name, source, language, text, analyzers)"
            " VALUES (?, ?, 'synthetic', 'en', ?, '')",
            [(i, i, t) for i, t in texts],
        )


def evaluate_reuse(n_base: int = 400, seed: int = 7) -> dict[str, Any]:
    from newsdossier.resolve.reuse import resolve_reuse
    from newsdossier.store.sqlite import open_store

    from .synth import document, edit, vocabulary

    rng = random.Random(seed)
    vocab = vocabulary(rng)
    texts: list[tuple[str, str]] = []
    gold: set[frozenset[str]] = set()
    hows: dict[frozenset[str], str] = {}
    for i in range(n_base):
        sents = document(rng, vocab)
        texts.append((f"base{i}", " ".join(sents)))
        if i % 2 == 0:
            copy, how = edit(rng, vocab, sents)
            texts.append((f"copy{i}", " ".join(copy)))
            gold.add(frozenset((f"base{i}", f"copy{i}")))
            hows[frozenset((f"base{i}", f"copy{i}"))] = how
    rng.shuffle(texts)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "reuse.db"))
        insert_documents(store, texts)
        t = time.perf_counter()
        resolve_reuse(store, Settings())
        secs = time.perf_counter() - t
        pred = {
            frozenset((r["doc_a"], r["doc_b"]))
            for r in store.iter_reuse_pairs()
            if r["doc_a"] != r["doc_b"]
        }
        store.close()
    tp = len(pred & gold)
    missed = sorted(hows[g] for g in gold - pred)
    if missed:
        print(f"MISSED REUSE ({len(missed)}): {missed[:10]}", file=sys.stderr)
    return {"reuse_documents": len(texts), "reuse_gold_pairs": len(gold), "reuse_predicted_pairs": len(pred),
            "reuse_precision": round(tp / max(1, len(pred)), 3), "reuse_recall": round(tp / max(1, len(gold)), 3),
            "reuse_seconds": round(secs, 2)}  # fmt: skip


def sample_tehran(n: int, seed: int = 5) -> list[dict[str, Any]]:
    from newsdossier.analyze.pipeline import make_pipeline
    from newsdossier.clean import clean_record
    from newsdossier.ingest import read_paths
    from newsdossier.ingest.base import ReadOptions
    from newsdossier.model import RawRecord

    root = HERE.parents[2] / "shared" / "data" / "tehrantimes-mek" / "mek"
    if not root.is_dir():
        return []
    files = sorted(str(p) for p in root.rglob("*") if p.is_file())
    random.Random(seed).shuffle(files)
    settings = Settings()
    docs = []
    for raw in read_paths(files[:60], ReadOptions()):
        if isinstance(raw, RawRecord):
            try:
                docs.append(clean_record(raw, settings))
            except Exception:  # noqa: BLE001, S112 - skip what does not clean, as a build would
                continue
    anns = make_pipeline(settings, ANALYZERS).analyze(docs)
    claims = [(d, c) for d, a in zip(docs, anns, strict=True) for c in a.claims]
    random.Random(seed).shuffle(claims)
    return [
        {
            "doc": d.name,
            "attribute": c.attribute,
            "subject": c.subject_text,
            "value": c.value,
            "source": f"{c.source_name} ({c.source_kind})",
            "hedge": c.hedge,
            "status": c.status,
            "text": c.text,
        }  # fmt: skip
        for d, c in claims[:n]
    ]


def judged_tallies() -> list[dict[str, Any]]:
    """``right``/``genuine`` verdicts per judged file (issue 15)."""
    import csv

    out = []
    for path in sorted((HERE / "judged").glob("*.tsv")):
        if path.name.endswith(".reading.tsv"):
            continue  # a reader's file (gitignored), counted through its stripped copy
        with path.open(encoding="utf-8") as f:
            verdicts = [r.get("verdict", "") for r in csv.DictReader(f, delimiter="\t")]
        done = [v for v in verdicts if v.strip()]
        if not done:
            continue
        good = sum(v.startswith(("right", "genuine")) for v in done)
        row: dict[str, Any] = {"file": path.name, "judged": len(done), "right": good}
        if path.name.startswith("quantities_"):
            # numbers about named actors (eval.claims.quantities): right / wrong / missed,
            # and "none" for numbers about no named actor that correctly got no subject
            row["verdicts"] = {k: done.count(k) for k in ("right", "wrong", "missed", "none")}
        out.append(row)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.claims")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--tehran", type=int, default=0, help="print N sampled Tehran Times claims")
    args = ap.parse_args(argv)
    res: dict[str, Any] = {}
    res.update(evaluate_claims(args.verbose))
    res.update(evaluate_contradictions())
    res.update(evaluate_reuse())
    res["targets_met"] = {k: res[k] >= v for k, v in TARGETS.items()}
    res["readers_checks"] = (
        judged_tallies()
    )  # issue 15 bars: FNC claims 26/30, TT contradictions 27/30
    print(json.dumps(res, indent=1))
    if args.tehran:
        for row in sample_tehran(args.tehran):
            print(json.dumps(row, ensure_ascii=False))
    return 0 if all(res["targets_met"].values()) else 1
