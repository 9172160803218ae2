"""Score the shipped framing model on the PTC dev split (SI and TC), against TRIMMED gold.

    python -m eval.framing.evaluate_dev [--data ../shared/data/ptc-semeval2020] [--model DIR] [--json OUT]

The dev gold in ../shared/data is the organisers' earlier, untrimmed
annotation (see its SOURCE.md); train gold is "version 2", trimmed of
`` \\n.,:;`` at both ends.  Gold spans are trimmed the same way before
scoring (``--untrimmed`` also prints the scores against the raw gold).
SI gold = trimmed TC spans merged where they overlap (as the official scorer
merges gold).  TC = the model's label for each trimmed gold line, given the
spans.  Also prints the majority-class TC baseline and inference speed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from eval.framing.scoring import merge_overlapping, score_si, score_tc, trim_span
from newsdossier.analyze.framing import load_framing_model
from newsdossier.analyze.framing.ptc import article_id_from_path, parse_labels, read_article

DEFAULT_ROOT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ptc-semeval2020"
MAJORITY_LABEL = "Loaded_Language"  # most frequent technique in the train split (2,123 of 6,129)


def load_dev(root: Path, trim: bool) -> tuple[dict[str, str], list[tuple[str, str, int, int]]]:
    texts = {
        article_id_from_path(p): read_article(p)
        for p in sorted((root / "dev" / "articles").glob("article*.txt"))
    }
    gold = []
    with open(root / "dev" / "dev-task-TC.labels", encoding="utf-8") as handle:
        for line in parse_labels(handle):
            start, end = line.start, line.end
            if trim:
                start, end = trim_span(texts[line.article_id], start, end)
            if end > start:
                gold.append((line.article_id, str(line.technique), start, end))
    return texts, gold


def evaluate(root: Path, model_dir: str | None, trim: bool = True) -> dict[str, object]:
    model = load_framing_model(model_dir)
    texts, gold = load_dev(root, trim)
    ids = sorted(texts)
    t0 = time.perf_counter()
    detected = model.detect([texts[a] for a in ids])
    seconds = time.perf_counter() - t0
    words = sum(len(texts[a].split()) for a in ids)
    pred_si = {a: [(s.start, s.end) for s in spans] for a, spans in zip(ids, detected, strict=True)}
    gold_si: dict[str, list[tuple[int, int]]] = {a: [] for a in ids}
    for a, _, s, e in gold:
        gold_si[a].append((s, e))
    gold_si = {a: merge_overlapping(v) for a, v in gold_si.items()}
    si = score_si(pred_si, gold_si)
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for a, _, s, e in gold:
        by_doc.setdefault(a, []).append((s, e))
    pred_tc = []
    for a, spans in by_doc.items():
        for (s, e), (label, _) in zip(spans, model.classify(texts[a], spans), strict=True):
            pred_tc.append((a, label, s, e))
    tc = score_tc(pred_tc, gold)
    majority = score_tc([(a, MAJORITY_LABEL, s, e) for a, _, s, e in gold], gold)
    per_class = {}
    for label in sorted({g[1] for g in gold}):
        p = [x for x in pred_tc if x[1] == label]
        g = [x for x in gold if x[1] == label]
        per_class[label] = {"gold": len(g), "pred": len(p), "f1": round(score_tc(p, g).f1, 4)}
    return {
        "gold": "trimmed" if trim else "untrimmed",
        "articles": len(ids),
        "gold_tc_lines": len(gold),
        "gold_si_spans": sum(len(v) for v in gold_si.values()),
        "predicted_si_spans": sum(len(v) for v in pred_si.values()),
        "si": {
            "precision": round(si.precision, 4),
            "recall": round(si.recall, 4),
            "f1": round(si.f1, 4),
        },
        "tc_micro_f1": round(tc.f1, 4),
        "tc_majority_baseline_f1": round(majority.f1, 4),
        "tc_per_class": per_class,
        "predicted_label_counts": dict(Counter(x[1] for x in pred_tc).most_common()),
        "speed": {
            "docs": len(ids),
            "words": words,
            "seconds": round(seconds, 3),
            "docs_per_s_at_600_words": round(words / 600 / seconds, 1),
        },
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--model", default=None, help="model folder (default: the shipped one)")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--untrimmed", action="store_true", help="also score against the raw gold")
    args = ap.parse_args(argv)
    if not (args.data / "dev").is_dir():
        print(f"no PTC dev split at {args.data}", file=sys.stderr)
        return 2
    result = evaluate(args.data, args.model, trim=True)
    if args.untrimmed:
        raw = evaluate(args.data, args.model, trim=False)
        result["untrimmed"] = {"si": raw["si"], "tc_micro_f1": raw["tc_micro_f1"]}
    si = result["si"]
    print(f"PTC dev ({result['articles']} articles), gold TRIMMED of ' \\n.,:;' at span ends")
    print(
        f"SI  P={si['precision']:.4f} R={si['recall']:.4f} F1={si['f1']:.4f}  "  # type: ignore[index]
        f"({result['predicted_si_spans']} predicted / {result['gold_si_spans']} gold spans)"
    )
    print(
        f"TC  micro-F1={result['tc_micro_f1']:.4f}  (majority '{MAJORITY_LABEL}': "
        f"{result['tc_majority_baseline_f1']:.4f}; {result['gold_tc_lines']} gold lines)"
    )
    sp = result["speed"]
    print(
        f"speed: {sp['docs_per_s_at_600_words']} docs/s at 600 words "  # type: ignore[index]
        f"({sp['words']} words in {sp['seconds']} s, one process)"
    )  # type: ignore[index]
    if "untrimmed" in result:
        print("untrimmed gold (for reference):", json.dumps(result["untrimmed"]))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
