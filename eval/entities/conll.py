"""Mention recall on CoNLL-2003 (issue 3): PER/LOC/ORG F1, small spaCy model vs our final mentions.

    .venv/bin/python -m eval.entities.conll [--split testb] [--limit-docs N] [--db PATH]

Reads ``../shared/data/conll2003/eng.<split>`` (research use only; never copied
into the repo).  Each ``-DOCSTART-`` document becomes one text: tokens joined
by spaces, sentences by newlines.  Scored on exact character spans, by type:

- baseline: the small model's entities as spaCy gives them (PERSON -> PER,
  ORG -> ORG, GPE/LOC/FAC -> LOC), no repair;
- final: the store's mentions after the whole build (span repair, name
  statements, entity resolution with type vote, recall pass), typed by their
  entity's corpus type (person/organization/place), demonyms, fragments and
  headline descriptions excluded.

Floors (testb, whole split): ``baseline.json`` "conll": exact F1 and a ceiling
on right PER mentions turned ORG by the corpus stage (issue 16: 36 -> 4).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from newsdossier.analyze.nlp import load_nlp
from newsdossier.model import Document
from newsdossier.resolve import run_resolvers
from newsdossier.run.process import process_records  # noqa: F401  (warms the same code path)
from newsdossier.settings import Settings
from newsdossier.store.base import Processed
from newsdossier.store.sqlite import open_store

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "conll2003"
_SPACY = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
_OURS = {"person": "PER", "organization": "ORG", "place": "LOC"}
BASELINE = Path(__file__).resolve().parent / "baseline.json"
# one span of ~4,900 gold mentions moves F1 by ~0.0002
EPSILON = 0.0005

Span = tuple[int, int, str]


def read_conll(path: Path) -> list[tuple[str, set[Span]]]:
    """Documents as (text, gold spans of PER/LOC/ORG)."""
    docs: list[tuple[str, set[Span]]] = []
    sents: list[list[tuple[str, str]]] = [[]]

    def flush() -> None:
        text_parts, gold, pos = [], set(), 0
        for sent in (s for s in sents if s):
            cur: list[int] | None = None
            for i, (tok, tag) in enumerate(sent):
                start = pos
                text_parts.append(tok)
                pos += len(tok)
                typ = tag[2:] if tag != "O" else None
                begins = tag.startswith("B-") or (typ and (cur is None or cur[2] != typ))  # type: ignore[index]
                if cur is not None and (typ is None or begins):
                    gold.add((cur[0], cur[1], cur[2]))  # type: ignore[arg-type]
                    cur = None
                if typ is not None:
                    cur = [start, pos, typ] if cur is None else [cur[0], pos, typ]  # type: ignore[list-item]
                if i < len(sent) - 1:
                    text_parts.append(" ")
                    pos += 1
            if cur is not None:
                gold.add((cur[0], cur[1], cur[2]))  # type: ignore[arg-type]
            text_parts.append("\n")
            pos += 1
        if text_parts:
            docs.append(("".join(text_parts), {g for g in gold if g[2] in ("PER", "LOC", "ORG")}))

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            flush()
            sents = [[]]
        elif not line.strip():
            sents.append([])
        else:
            parts = line.split()
            sents[-1].append((parts[0], parts[-1]))
    flush()
    return docs


def prf(gold: set[tuple[int, ...]], pred: set[tuple[int, ...]]) -> dict[str, float]:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
    }


def evaluate(
    split: str = "testb", limit_docs: int | None = None, db: Path | None = None
) -> dict[str, object]:
    """Scores of the small model and of the whole build; ``db``: keep the analysed
    store there, and when it exists only reset and re-run the resolvers on it."""
    docs = read_conll(SHARED / f"eng.{split}")[:limit_docs]
    settings = Settings()
    nlp = load_nlp(settings.spacy_model)
    gold: set[tuple[int, int, int, str]] = set()
    base: set[tuple[int, int, int, str]] = set()
    started = time.perf_counter()
    from newsdossier.analyze.api import analyze_documents
    from newsdossier.resolve.entities import reset_resolution

    reuse = db is not None and db.exists()
    with (
        tempfile.TemporaryDirectory() as tmp,
        open_store(str(db or Path(tmp) / "conll.db")) as store,
    ):
        index: dict[str, int] = {}
        documents = []
        for i, (text, spans) in enumerate(docs):
            d = Document(Document.make_id(f"{i}\x1f{text}"), text, f"conll-{split}", f"doc{i}")
            index[d.id] = i
            documents.append(d)
            gold.update((i, s, e, t) for s, e, t in spans)
        for i, sdoc in enumerate(nlp.pipe([d.text for d in documents], batch_size=32)):
            base.update(
                (i, e.start_char, e.end_char, _SPACY[e.label_])
                for e in sdoc.ents
                if e.label_ in _SPACY
            )
        if reuse:
            reset_resolution(store)
            documents = []
        for b in range(0, len(documents), 64):
            batch = documents[b : b + 64]
            anns = analyze_documents(batch, settings)
            store.write_batch(
                [
                    Processed(d.id, d.source, d.name, d.id, d, a)
                    for d, a in zip(batch, anns, strict=True)
                ]
            )
        resolved = run_resolvers(store, settings)
        final: set[tuple[int, int, int, str]] = set()
        flips: Counter[str] = Counter()
        for doc_id, s, e, mtype, etype, _kind in store.conn.execute(
            'SELECT m.document_id, m.start, m."end", m.type, e.type, m.kind FROM mentions m'
            " LEFT JOIN entities e ON e.id = m.entity_id"
            # a headline noun that describes a person ("Driver Charged") is no name
            " WHERE m.kind NOT IN ('demonym', 'fragment', 'description')"
        ):
            t = _OURS.get(etype or mtype)
            if t:
                final.add((index[doc_id], s, e, t))
            # the corpus stage (entity type) overrode a right mention type, or fixed a wrong one
            before, span = _OURS.get(mtype), (index[doc_id], s, e)
            if before and t and before != t:
                if (*span, before) in gold:
                    flips[f"{before}->{t} wrong"] += 1
                elif (*span, t) in gold:
                    flips[f"{before}->{t} right"] += 1
        recall_added = store.conn.execute(
            "SELECT count(*) FROM mentions WHERE analyzer = 'newsdossier.recall.v1'"
        ).fetchone()[0]
    out: dict[str, object] = {
        "split": split, "documents": len(docs), "gold_mentions": len(gold),
        "seconds": round(time.perf_counter() - started, 1), "recall_pass_mentions": recall_added,
        "resolvers": resolved,
        "baseline_small_model": prf(gold, base), "final": prf(gold, final),
    }  # fmt: skip
    for typ in ("PER", "LOC", "ORG"):
        g = {x for x in gold if x[3] == typ}
        out[f"baseline_{typ}"] = prf(g, {x for x in base if x[3] == typ})
        out[f"final_{typ}"] = prf(g, {x for x in final if x[3] == typ})
    out["final_error_types"] = dict(Counter(x[3] for x in final - gold))
    # issue 16: a right PER mention typed ORG by its entity's corpus type
    out["corpus_type_flips"] = dict(sorted(flips.items()))
    out["per_to_org_flips"] = flips["PER->ORG wrong"]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="testb")
    ap.add_argument("--limit-docs", type=int)
    ap.add_argument(
        "--db", type=Path, help="keep the analysed store; if it exists, resolve again only"
    )
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print("../shared/data/conll2003 is absent; skipped")
        return 0
    result = evaluate(args.split, args.limit_docs, args.db)
    print(json.dumps(result, indent=1))
    if args.split != "testb" or args.limit_docs:
        return 0
    floors = json.loads(BASELINE.read_text(encoding="utf-8")).get("conll", {})
    low = []
    f1 = result["final"]["f1"]  # type: ignore[index]
    if "f1" in floors and f1 + EPSILON < floors["f1"]:
        low.append(f"exact F1 {f1:.4f} < floor {floors['f1']:.4f}")
    flips = result["per_to_org_flips"]
    if "max_per_to_org_flips" in floors and flips > floors["max_per_to_org_flips"]:  # type: ignore[operator]
        low.append(f"PER->ORG flips {flips} > ceiling {floors['max_per_to_org_flips']}")
    for line in low:
        print("BELOW FLOOR conll " + line)
    n = len([k for k in floors if k != "note"])
    print(f"conll floors: {n - len(low)}/{n} met (baseline.json)")
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())
