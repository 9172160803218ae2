"""The encoder gate on PTC train's held-out tenth: its recall, its savings, SI with it.

    python -m eval.framing.gate [--data ../shared/data/ptc-semeval2020] [--gates 0 0.05 0.1]

The gate (``FramingModel.gate_min_prob``) encodes only the sentences where the
static tagger's P(inside) reaches the threshold somewhere; the others get the
static tagger's probabilities alone.  On the held-out tenth of the train split
(the 41 articles whose id's sha256 is 0 mod 10: never trained on, used for every
selection since model 1.0; dev is not looked at here), per threshold it prints:

- the share of word pieces the encoder still sees (its cost is ~linear in them);
- the gate's recall: the share of gold spans (TC lines) that touch a sentence the
  gate lets through (a span wholly in skipped sentences cannot be found with the
  encoder's help), and the share of the ungated model's own predicted spans that
  lie in kept sentences;
- SI precision/recall/F1 of the whole model with that gate.

TC is scored given gold spans (``classify``), which encodes every sentence, so the
gate does not change it.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import numpy as np

from eval.framing.scoring import merge_overlapping, score_si
from newsdossier.analyze.framing._encoder import word_pieces
from newsdossier.analyze.framing._model import FramingModel, default_model_dir
from newsdossier.analyze.framing.ptc import article_id_from_path, parse_labels, read_article

DEFAULT_ROOT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ptc-semeval2020"
HELDOUT_MOD = 10  # the training code's held-out rule (training/framing/train.py: _heldout)


def heldout(article_id: str) -> bool:
    return int(hashlib.sha256(article_id.encode()).hexdigest(), 16) % HELDOUT_MOD == 0


def load_heldout(root: Path) -> tuple[dict[str, str], dict[str, list[tuple[int, int]]]]:
    texts = {
        article_id_from_path(p): read_article(p)
        for p in sorted((root / "train" / "articles").glob("article*.txt"))
        if heldout(article_id_from_path(p))
    }
    gold: dict[str, list[tuple[int, int]]] = {a: [] for a in texts}
    with open(root / "train" / "train-task2-TC.labels", encoding="utf-8") as handle:
        for line in parse_labels(handle):
            if line.article_id in gold and line.end > line.start:
                gold[line.article_id].append((line.start, line.end))
    return texts, gold


def _sentences_touched(
    model: FramingModel, text: str, spans: list[tuple[int, int]]
) -> list[set[int]]:
    tokens = model._prepare(text).tokens
    out = []
    for s, e in spans:
        idx = np.flatnonzero((tokens.starts < e) & (tokens.ends > s))
        out.append(set(tokens.sentence[idx].tolist()))
    return out


def evaluate(root: Path, gates: list[float]) -> list[dict[str, float]]:
    model = FramingModel(default_model_dir())  # its own instance: the gate is set below
    if model._encoder is None:
        raise SystemExit("the model has no encoder: nothing to gate")
    texts, gold = load_heldout(root)
    ids = sorted(texts)
    prepared = {a: model._prepare(texts[a]) for a in ids}
    pieces = {a: word_pieces(p.tokens, model._wp) for a, p in prepared.items()}
    gold_sents = {a: _sentences_touched(model, texts[a], gold[a]) for a in ids}
    gold_si = {a: merge_overlapping(v) for a, v in gold.items()}
    model.gate_min_prob = 0.0
    ungated = dict(zip(ids, model.detect([texts[a] for a in ids]), strict=True))
    pred_sents = {
        a: _sentences_touched(model, texts[a], [(s.start, s.end) for s in ungated[a]]) for a in ids
    }
    rows = []
    for gate in gates:
        model.gate_min_prob = gate
        total = kept = 0
        hit = n_gold = pred_hit = n_pred = 0
        for a in ids:
            keep = model._gate(prepared[a])
            n = len(pieces[a].ids)
            total += n
            if keep is None:
                kept += n
                hit += len(gold_sents[a])
                pred_hit += len(pred_sents[a])
            else:
                sent_of_piece = prepared[a].tokens.sentence[pieces[a].owner]
                kept += int(keep[sent_of_piece].sum())
                hit += sum(1 for g in gold_sents[a] if any(keep[i] for i in g))
                pred_hit += sum(1 for g in pred_sents[a] if any(keep[i] for i in g))
            n_gold += len(gold_sents[a])
            n_pred += len(pred_sents[a])
        detected = (
            ungated
            if gate <= 0
            else dict(zip(ids, model.detect([texts[a] for a in ids]), strict=True))
        )
        pred_si = {a: [(s.start, s.end) for s in detected[a]] for a in ids}
        si = score_si(pred_si, gold_si)
        rows.append({
            "gate": gate, "pieces_encoded": kept / max(total, 1),
            "gold_span_recall": hit / max(n_gold, 1),
            "ungated_prediction_recall": pred_hit / max(n_pred, 1),
            "si_p": si.precision, "si_r": si.recall, "si_f1": si.f1,
            "predicted_spans": sum(len(v) for v in pred_si.values()),
        })  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--gates", type=float, nargs="+", default=[0.0, 0.03, 0.05, 0.08, 0.1])
    args = ap.parse_args(argv)
    if not (args.data / "train").is_dir():
        print(f"no PTC train split at {args.data}", file=sys.stderr)
        return 2
    rows = evaluate(args.data, args.gates)
    print("PTC train, held-out tenth (sha256(id) % 10 == 0); gold = TC lines")
    for r in rows:
        print(
            f"gate {r['gate']:.2f}: encoder sees {100 * r['pieces_encoded']:5.1f} % of pieces;"
            f" gate recall {r['gold_span_recall']:.4f} of gold spans,"
            f" {r['ungated_prediction_recall']:.4f} of the ungated model's spans;"
            f" SI P={r['si_p']:.4f} R={r['si_r']:.4f} F1={r['si_f1']:.4f}"
            f" ({r['predicted_spans']:.0f} spans)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
