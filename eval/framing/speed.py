"""Inference speed of the framing model on ~600-word articles, one process.

    python -m eval.framing.speed [--data ../shared/data/ptc-semeval2020] [--docs 200]

Texts: PTC dev/test articles cut to their first 600 words when the data is
present, otherwise our own generated sentences.  Reports the first pass
(cold per-word vector cache, as for a new corpus) and a second pass (warm).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from eval.framing.evaluate_dev import DEFAULT_ROOT
from newsdossier.analyze.framing import load_framing_model
from newsdossier.analyze.framing.ptc import read_article

_WORDS = [
    "the",
    "council",
    "said",
    "that",
    "corrupt",
    "officials",
    "never",
    "tell",
    "the",
    "truth",
    "about",
    "our",
    "nation",
    "and",
    "its",
    "people",
]


def _texts(root: Path, n: int) -> list[str]:
    paths = sorted((root / "dev" / "articles").glob("*.txt")) + sorted(
        (root / "test" / "articles").glob("*.txt")
    )
    texts = []
    for path in paths:
        lines = read_article(path).split("\n")
        words = 0
        kept = []
        for line in lines:
            kept.append(line)
            words += len(line.split())
            if words >= 600:
                break
        if words >= 500:
            texts.append("\n".join(kept))
    if not texts:
        rng = random.Random(0)
        texts = [
            "\n".join(" ".join(rng.choices(_WORDS, k=20)) + "." for _ in range(30))
            for _ in range(n)
        ]
    return (texts * (n // max(len(texts), 1) + 1))[:n]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--docs", type=int, default=200)
    args = ap.parse_args()
    t0 = time.perf_counter()
    model = load_framing_model()
    load_s = time.perf_counter() - t0
    texts = _texts(args.data, args.docs)
    words = sum(len(t.split()) for t in texts)
    for label in ("cold", "warm"):
        t0 = time.perf_counter()
        model.detect(texts)
        seconds = time.perf_counter() - t0
        print(
            f"{label}: {len(texts) / seconds:.1f} docs/s ({words / len(texts):.0f} words/doc, {len(texts)} docs)"
        )
    print(f"model load: {load_s:.2f} s")


if __name__ == "__main__":
    main()
