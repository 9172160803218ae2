"""The framing encoder's batching and gate, side by side in one process.

    python benchmarks/bench_framing.py [--docs 256] [--rounds 3] [--batch 32]

On the same clean texts (real pages from ../shared/data: Tehran Times and PTC
articles; generated sentences when absent), in batches of ``--batch`` documents
as the build hands them over, it times ``Encoder.encode`` for each layout, in
alternating rounds so that a shared machine's load hits every layout alike:

- ``per-doc x8``: each document's windows alone, 8 per call, in text order (the
  layout before issue 19);
- ``buckets W/P``: all windows of the batch sorted into length buckets of at most
  W windows and P padded positions (``plan_buckets``);
- ``gate G``: buckets, and only the sentences whose static P(inside) reaches G;
- ``model DIR``: buckets 1/512 with another model folder's ``encoder.onnx`` (``--compare``,
  e.g. a layer-dropped student), on the same windows.

Prints, per layout, each round's seconds, the median, its speed against
``per-doc x8`` and the share of padded positions.  CPU seconds
(``time.process_time``) are printed beside wall seconds: on a loaded machine
they are the steadier of the two.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from generated_text import WORDS  # noqa: E402  (benchmarks/ is sys.path[0])

from newsdossier.analyze.framing import load_framing_model  # noqa: E402
from newsdossier.analyze.framing._encoder import (  # noqa: E402
    Encoder,
    pack_windows,
    plan_buckets,
    word_pieces,
)

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def _texts(n: int) -> list[str]:
    paths: list[Path] = []
    for sub in ("tehrantimes-mek/mek", "ptc-semeval2020/dev/articles"):
        paths += sorted((SHARED / sub).glob("*.txt"))
    random.Random(0).shuffle(paths)
    texts = [p.read_text("utf-8", errors="replace") for p in paths[:n]]
    if not texts:
        rng = random.Random(0)
        texts = ["\n".join(" ".join(rng.choices(WORDS, k=20)) + "." for _ in range(30))] * n
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=256)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch", type=int, default=32, help="documents per detect call")
    ap.add_argument("--gates", type=float, nargs="*", default=[0.05, 0.1])
    ap.add_argument(
        "--compare", type=Path, nargs="*", default=[], help="model folders with an encoder.onnx"
    )
    args = ap.parse_args()
    model = load_framing_model()
    enc = model._encoder
    assert enc is not None, "the shipped model has no encoder"
    texts = _texts(args.docs)
    prepared = [model._prepare(t) for t in texts]
    prepared = [p for p in prepared if len(p.tokens)]
    pieces = [word_pieces(p.tokens, model._wp) for p in prepared]
    full = [pack_windows(p.tokens, pc) for p, pc in zip(prepared, pieces, strict=True)]
    batches = [
        range(i, min(i + args.batch, len(prepared))) for i in range(0, len(prepared), args.batch)
    ]
    n_pieces = sum(len(p.ids) for p in pieces)
    n_real = sum(hi - lo + 2 for ws in full for lo, hi in ws)
    print(
        f"{len(prepared)} documents, {n_pieces} word pieces, "
        f"{sum(len(w) for w in full)} windows, batches of {args.batch}; "
        f"load {os.getloadavg()[0]:.2f}"
    )

    def per_doc() -> tuple[int, int]:
        real = padded = 0
        for pc, ws in zip(pieces, full, strict=True):
            for b in range(0, len(ws), 8):
                chunk = ws[b : b + 8]
                width = max(hi - lo for lo, hi in chunk) + 2
                enc.encode([(pc.ids, chunk)], max_windows=8, max_positions=10**9)
                real += sum(hi - lo + 2 for lo, hi in chunk)
                padded += width * len(chunk)
        return real, padded

    def buckets(
        max_windows: int, max_positions: int, gate: float = 0.0
    ) -> Callable[[], tuple[int, int]]:
        def run() -> tuple[int, int]:
            real = padded = 0
            for batch in batches:
                todo = []
                for i in batch:
                    keep = None
                    if gate > 0:
                        sent = prepared[i].tokens.sentence
                        best = np.zeros(int(sent[-1]) + 1, dtype=np.float32)
                        np.maximum.at(best, sent, prepared[i].probs)
                        keep = best >= gate
                    todo.append(
                        (pieces[i].ids, pack_windows(prepared[i].tokens, pieces[i], keep=keep))
                    )
                enc.encode(todo, max_windows=max_windows, max_positions=max_positions)
                lengths = [hi - lo + 2 for _, ws in todo for lo, hi in ws]
                for b in plan_buckets(lengths, max_windows, max_positions):
                    real += sum(lengths[i] for i in b)
                    padded += max(lengths[i] for i in b) * len(b)
            return real, padded

        return run

    layouts: dict[str, Callable[[], tuple[int, int]]] = {"per-doc x8": per_doc}
    for w, p in ((1, 512), (8, 2048), (16, 4096)):
        layouts[f"buckets {w}/{p}"] = buckets(w, p)
    for g in args.gates:
        layouts[f"gate {g:g}, 1 window a call"] = buckets(1, 512, g)
    for folder in args.compare:
        other = Encoder(folder / "encoder.onnx", model._wp, threads=1)

        def run_other(other: Encoder = other) -> tuple[int, int]:
            for batch in batches:
                other.encode([(pieces[i].ids, full[i]) for i in batch], 1, 512)
            return n_real, n_real

        other.encode([(pieces[0].ids, full[0])])
        layouts[f"model {folder.name}, buckets 1/512"] = run_other
    enc.encode([(pieces[0].ids, full[0])])  # the session is made before the clock starts
    wall: dict[str, list[float]] = {k: [] for k in layouts}
    cpu: dict[str, list[float]] = {k: [] for k in layouts}
    pad: dict[str, tuple[int, int]] = {}
    for r in range(args.rounds):
        for name, fn in layouts.items():
            w0, c0 = time.perf_counter(), time.process_time()
            pad[name] = fn()
            wall[name].append(time.perf_counter() - w0)
            cpu[name].append(time.process_time() - c0)
        print(f"round {r + 1}: load {os.getloadavg()[0]:.2f}")
    base = statistics.median(cpu["per-doc x8"])
    for name in layouts:
        real, padded = pad[name]
        med = statistics.median(cpu[name])
        print(
            f"{name:28s} cpu s {', '.join(f'{v:.2f}' for v in cpu[name])} (median {med:.2f},"
            f" x{base / med:.2f}); wall s {', '.join(f'{v:.2f}' for v in wall[name])};"
            f" positions {real} real of {padded} ({100 * (1 - real / padded):.1f} % padding)"
        )
    shipped = "buckets 1/512"
    for name in layouts:
        if name.startswith("model "):
            ratios = [c / s for c, s in zip(cpu[name], cpu[shipped], strict=True)]
            print(
                f"{name}: encoder CPU ms per document {1000 * statistics.median(cpu[name]) / len(prepared):.1f}"
                f" vs shipped {1000 * statistics.median(cpu[shipped]) / len(prepared):.1f};"
                f" ratio to shipped per round {', '.join(f'{r:.3f}' for r in ratios)}"
                f" (median {statistics.median(ratios):.3f})"
            )


if __name__ == "__main__":
    main()
