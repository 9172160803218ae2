"""Average fine-tuned encoders that share a starting point ("model soup"), and score the result.

    python -m training.framing.soup DIR... --out DIR [--score-only]

Each DIR holds ``encoder.pt`` and ``heads.npz`` (``training.framing.encoder``
writes them, with ``keep_epochs`` also per epoch).  Runs that start from the
same weights and differ in data order or epoch stay in one basin, so the mean
of their weights is itself a model, at no extra inference cost.  Prints each
input's and the average's quick held-out scores (the same ones the encoder's
epoch selection uses) and writes the average to ``--out`` with a
``history.json`` for ``training.framing.train --encoder-only --encoder-from``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch


def average(dirs: list[Path]) -> tuple[dict[str, torch.Tensor], dict[str, np.ndarray]]:
    from training.framing.encoder import read_encoder_dir

    states, heads = zip(*(read_encoder_dir(d) for d in dirs), strict=True)
    # a recovered start (training.framing.recover) has no pooler, which nothing uses
    keys = set.intersection(*(set(s) for s in states))
    if any(k.startswith("encoder.") for s in states for k in set(s) - keys):
        raise ValueError("the encoders do not hold the same transformer layers")
    state = {k: sum(s[k].float() for s in states) / len(states) for k in keys}
    return state, {k: np.mean([h[k] for h in heads], axis=0) for k in heads[0]}


def heldout(state: dict[str, torch.Tensor], heads: dict[str, np.ndarray], ctx) -> dict:
    from training.framing.encoder import heldout_scores, piece_states

    bert, articles, docs, held, ids = ctx
    bert.load_state_dict(state, strict=False)
    states = piece_states(bert, docs, held, *ids, bf16=True)
    return heldout_scores(articles, docs, held, states, heads)[0]


def main() -> None:
    from transformers import AutoModel

    from newsdossier.analyze.framing._embed import WordPiece
    from training.framing.data import DEFAULT_ROOT, load_split
    from training.framing.encoder import encoder_source, load_vocab, prepare
    from training.framing.train import _heldout

    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", type=Path, nargs="+")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    articles = load_split(args.data, "train")
    held = [a for a in sorted(articles) if _heldout(a)]
    wp = WordPiece(load_vocab())
    docs = prepare({a: articles[a] for a in held}, wp)
    bert = AutoModel.from_pretrained(str(encoder_source()))
    ctx = (bert, articles, docs, held, (wp.id_of("[CLS]"), wp.id_of("[SEP]"), wp.id_of("[PAD]")))
    rows = []
    for d in args.dirs:
        state, heads = average([d])
        rows.append({"encoder": str(d), **heldout(state, heads, ctx)})
        print("input", rows[-1], flush=True)
    state, heads = average(args.dirs)
    scores = heldout(state, heads, ctx)
    print("average", scores, flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    torch.save(state, args.out / "encoder.pt")
    np.savez(args.out / "heads.npz", **heads)
    report = {"soup_of": rows, "heldout": scores, "best_epoch": "weight average"}
    (args.out / "history.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
