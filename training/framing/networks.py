"""torch twins of newsdossier/analyze/framing/_nn.py (same parameter names and shapes)."""

from __future__ import annotations

import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(
        self,
        d_in: int,
        hidden: int,
        dilations: tuple[int, ...],
        kernel: int,
        dropout: float,
        gru: int = 0,
        sent_pool: bool = False,
        techniques: int = 0,
    ):
        super().__init__()
        self.gru = gru
        # optional second head: P(technique | token inside a span), for the classifier
        self.techniques = techniques
        if techniques:
            self.tech = nn.Linear(hidden + 2 * gru, techniques)
        self.sent_pool = sent_pool
        if sent_pool:
            # sentence context: each token sees the max and mean of its sentence's
            # conv states, mixed with its own by one ReLU layer
            self.pool = nn.Linear(3 * hidden, hidden)
        if gru:
            # two one-directional GRUs over left-aligned sentences (forwards and
            # reversed): numpy runs exactly this, without packing
            self.gru_f = nn.GRU(hidden, gru, batch_first=True)
            self.gru_b = nn.GRU(hidden, gru, batch_first=True)
        self.dilations = dilations
        self.inp = nn.Linear(d_in, hidden)
        self.convs = nn.ModuleList(
            nn.Conv1d(hidden, hidden, kernel, padding=d * (kernel // 2), dilation=d)
            for d in dilations
        )
        self.out = nn.Linear(hidden + 2 * gru, 1)
        self.drop = nn.Dropout(dropout)
        self.in_drop = nn.Dropout(dropout / 2)

    def forward(
        self,
        x: torch.Tensor,
        mask: torch.Tensor,
        sent_fwd: torch.Tensor | None = None,
        sent_rev: torch.Tensor | None = None,
        with_techniques: bool = False,
    ) -> torch.Tensor | tuple[torch.Tensor, torch.Tensor]:
        # x (B, T, d_in), mask (B, T) float; padded positions are kept at zero
        # before every convolution so they act like numpy's zero padding.
        # sent_fwd/sent_rev (S, L): flat indices into B*T of each sentence's
        # tokens (forwards / reversed, left-aligned), -1 for padding.
        m = mask.unsqueeze(-1)
        h = torch.relu(self.inp(self.in_drop(x))) * m
        for conv in self.convs:
            c = torch.relu(conv(self.drop(h).transpose(1, 2)).transpose(1, 2))
            h = (h + c) * m
        if self.sent_pool:
            assert sent_fwd is not None
            b, t, d = h.shape
            flat = torch.cat([h.reshape(b * t, d), h.new_zeros(1, d)])
            valid = sent_fwd >= 0
            gathered = flat[sent_fwd]  # (S, L, d); padding gathers the zero row
            pooled_max = gathered.max(dim=1).values  # h >= 0, so zero padding is neutral
            pooled_mean = gathered.sum(dim=1) / valid.sum(dim=1, keepdim=True).clamp(min=1)
            rows = torch.arange(sent_fwd.shape[0]).unsqueeze(1).expand_as(sent_fwd)[valid]
            ctx = h.new_zeros(b * t, 2 * d)
            ctx[sent_fwd[valid]] = torch.cat([pooled_max, pooled_mean], dim=-1)[rows]
            mixed = torch.relu(self.pool(torch.cat([h, ctx.reshape(b, t, 2 * d)], dim=-1)))
            h = (h + mixed) * m
        if self.gru:
            assert sent_fwd is not None and sent_rev is not None
            b, t, d = h.shape
            flat = torch.cat([h.reshape(b * t, d), h.new_zeros(1, d)])
            outs = []
            for idx, gru in ((sent_fwd, self.gru_f), (sent_rev, self.gru_b)):
                ys, _ = gru(flat[idx])  # idx -1 -> the zero row
                valid = idx >= 0
                o = h.new_zeros(b * t, self.gru)
                o[idx[valid]] = ys[valid]
                outs.append(o.reshape(b, t, self.gru))
            h = torch.cat([h, *outs], dim=-1)
        h = self.drop(h)
        logits = self.out(h).squeeze(-1)
        if with_techniques:
            return logits, self.tech(h)
        return logits

    def export(self) -> dict[str, object]:
        params = {
            "inp_w": self.inp.weight,
            "inp_b": self.inp.bias,
            "out_w": self.out.weight,
            "out_b": self.out.bias,
        }
        for i, conv in enumerate(self.convs):
            params[f"conv{i}_w"] = conv.weight
            params[f"conv{i}_b"] = conv.bias
        if self.techniques:
            params["tech_w"] = self.tech.weight
            params["tech_b"] = self.tech.bias
        if self.sent_pool:
            params["pool_w"] = self.pool.weight
            params["pool_b"] = self.pool.bias
        if self.gru:
            for name, gru in (("gru_f_", self.gru_f), ("gru_b_", self.gru_b)):
                params[name + "wih"] = gru.weight_ih_l0
                params[name + "whh"] = gru.weight_hh_l0
                params[name + "bih"] = gru.bias_ih_l0
                params[name + "bhh"] = gru.bias_hh_l0
        return {k: v.detach().cpu().numpy().astype("float32") for k, v in params.items()}


class SpanClassifier(nn.Module):
    def __init__(self, d_in: int, hidden: int, n_labels: int, buckets: int, dropout: float):
        super().__init__()
        self.h = nn.Linear(d_in, hidden)
        self.o = nn.Linear(hidden, n_labels)
        self.hash = nn.EmbeddingBag(buckets, n_labels, mode="mean")
        nn.init.zeros_(self.hash.weight)
        self.drop = nn.Dropout(dropout)

    def forward(self, z: torch.Tensor, ids: torch.Tensor, offsets: torch.Tensor) -> torch.Tensor:
        hidden = torch.relu(self.h(self.drop(z)))
        return self.o(self.drop(hidden)) + self.hash(ids, offsets)

    def export(self) -> dict[str, object]:
        return {
            "h_w": self.h.weight.detach().numpy().astype("float32"),
            "h_b": self.h.bias.detach().numpy().astype("float32"),
            "o_w": self.o.weight.detach().numpy().astype("float32"),
            "o_b": self.o.bias.detach().numpy().astype("float32"),
            "hash_w": self.hash.weight.detach().numpy().astype("float16"),
        }
