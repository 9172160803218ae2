"""Event recall and precision on dated sentences against eval/time/events.tsv.

Each gold sentence is analysed as its own document (the real pipeline:
spaCy NER + senter, mentions, time, events) with the gold anchor as its
publication date.  A predicted event is right when a gold event of the same
sentence has the same type and the same date value (both unresolved counts
as the same).  Participants: share of the gold names of matched events found
among the event's participant and place mentions (substring either way).
Run: ``python -m eval.time.events [-v]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsdossier.analyze.pipeline import make_pipeline
from newsdossier.model import Document, PublishedDate
from newsdossier.settings import Settings

from .expressions import _anchor

#: only the analyzers events need (the other stages are measured by their own evals)
ANALYZERS = (
    "newsdossier.spacy.v1", "newsdossier.sentences.v1", "newsdossier.mentions.v1",
    "newsdossier.time.v1", "newsdossier.events.v1",
)  # fmt: skip

GOLD = Path(__file__).with_name("events.tsv")


def load_gold(
    path: Path = GOLD,
) -> list[tuple[PublishedDate | None, str, list[tuple[str, str | None, list[str]]]]]:
    cases = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        anchor, sentence, *rest = line.split("\t")
        events = []
        for item in (rest[0] if rest else "").split(" ;; "):
            if not item.strip():
                continue
            head, _, parts = item.partition("[")
            typ, _, value = head.partition("@")
            names = [p for p in parts.rstrip("]").split("|") if p]
            events.append((typ.strip(), None if value.strip() == "-" else value.strip(), names))
        cases.append((_anchor(anchor), sentence, events))
    return cases


def evaluate(verbose: bool = False) -> dict[str, float]:
    pipeline = make_pipeline(Settings(), ANALYZERS)
    cases = load_gold()
    # Each sentence follows a neutral lead sentence, so that its offsets do not start at 0.
    lead = "This is a test document. "
    docs = [
        Document(Document.make_id(f"{i}:{s}"), lead + s, "gold", f"s{i}", published=a)
        for i, (a, s, _) in enumerate(cases)
    ]
    tp = n_gold = n_pred = 0
    part_hit = part_total = 0
    for (_anchor_date, sentence, gold), ann in zip(cases, pipeline.analyze(docs), strict=True):
        names = {m.id: m.text for m in ann.mentions}
        pred = [(e.type, e.time.value if e.time else None, e) for e in ann.events]
        n_gold += len(gold)
        n_pred += len(pred)
        left = list(pred)
        for typ, value, want in gold:
            match = next((p for p in left if p[0] == typ and p[1] == value), None)
            if match is None:
                if verbose:
                    print(f"MISS {typ}@{value} | {sentence} | got {[(p[0], p[1]) for p in pred]}")
                continue
            left.remove(match)
            tp += 1
            got = [names[i] for i in (*match[2].participants, *match[2].places)]
            for w in want:
                part_total += 1
                part_hit += any(w in g or g in w for g in got)
                if verbose and not any(w in g or g in w for g in got):
                    print(f"ARG  {typ}@{value} want {w!r} got {got} | {sentence}")
        if verbose:
            for p in left:
                print(f"FP   {p[0]}@{p[1]} | {sentence}")
    return {
        "sentences": len(cases),
        "gold_events": n_gold,
        "predicted": n_pred,
        "right": tp,
        "recall": tp / n_gold,
        "precision": tp / max(n_pred, 1),
        "participant_recall": part_hit / max(part_total, 1),
    }


#: issue 4's targets on dated sentences
TARGET_RECALL = 0.9
TARGET_PRECISION = 0.85

if __name__ == "__main__":
    result = evaluate(verbose="-v" in sys.argv)
    print(
        " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items())
    )
    print(f"targets recall >= {TARGET_RECALL}, precision >= {TARGET_PRECISION}")
    ok = result["recall"] >= TARGET_RECALL and result["precision"] >= TARGET_PRECISION
    sys.exit(0 if ok else 1)
