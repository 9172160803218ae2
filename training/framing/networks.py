"""torch twins of newsdossier/analyze/framing/_nn.py (same parameter names and shapes)."""

from __future__ import annotations

import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(
        self, d_in: int, hidden: int, dilations: tuple[int, ...], kernel: int, dropout: float
    ):
        super().__init__()
        self.dilations = dilations
        self.inp = nn.Linear(d_in, hidden)
        self.convs = nn.ModuleList(
            nn.Conv1d(hidden, hidden, kernel, padding=d * (kernel // 2), dilation=d)
            for d in dilations
        )
        self.out = nn.Linear(hidden, 1)
        self.drop = nn.Dropout(dropout)
        self.in_drop = nn.Dropout(dropout / 2)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        # x (B, T, d_in), mask (B, T) float; padded positions are kept at zero
        # before every convolution so they act like numpy's zero padding.
        m = mask.unsqueeze(-1)
        h = torch.relu(self.inp(self.in_drop(x))) * m
        for conv in self.convs:
            c = torch.relu(conv(self.drop(h).transpose(1, 2)).transpose(1, 2))
            h = (h + c) * m
        return self.out(self.drop(h)).squeeze(-1)

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
