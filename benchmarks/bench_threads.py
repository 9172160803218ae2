"""spaCy's speed in a process that has had a second thread, side by side (issue 19).

    python benchmarks/bench_threads.py [--docs 40] [--rounds 6]

Each measurement is a fresh interpreter that loads the spaCy pipeline, then:

- ``fresh``: runs ``nlp.pipe`` over the texts;
- ``thread``: first starts and joins a thread that does nothing;
- ``fork``: forks, and the child runs it (how a worker starts from the forkserver);
- ``fork-frozen``: ``gc.freeze()`` and then forks (what run/warm.py does before the
  forkserver forks workers: the collector then leaves the inherited objects' pages
  unwritten, so fewer copy-on-write faults);
- ``fork-after-thread``: starts and joins a thread, then forks;
- ``onnxruntime``: first imports onnxruntime (its import starts a native thread);
- ``framing-child``: the build's worker as it is now: the framing model runs one
  batch in its child process (analyze/child.py), then this process runs spaCy.

The kinds alternate within each round, so a shared machine's load hits them
alike; the time is the process's CPU seconds in ``nlp.pipe`` (steadier than wall
time under load).  Texts: Tehran Times pages from ../shared/data (generated
sentences when absent).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "tehrantimes-mek" / "mek"
KINDS = (
    "fresh",
    "thread",
    "fork",
    "fork-frozen",
    "fork-after-thread",
    "onnxruntime",
    "framing-child",
)

_CHILD = """
import os, sys, threading, time
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
from pathlib import Path
from newsdossier.analyze.nlp import load_nlp, pipe_chunks
from newsdossier.settings import Settings
kind, folder, n = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
paths = sorted(folder.glob("*.txt"))[:n]
texts = [p.read_text("utf-8", errors="replace") for p in paths] or [
    "The council met on Monday. It said the plan would go ahead in Harvan. " * 40
] * n
s = Settings()
nlp = load_nlp(s.spacy_model)
if kind in ("thread", "fork-after-thread"):
    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()
elif kind == "onnxruntime":
    import onnxruntime  # noqa: F401
elif kind == "framing-child":
    from newsdossier.analyze.framing.analyzer import CHILD
    CHILD(texts[:2])


def run():
    pipe_chunks(nlp, texts[:3], s.analyze_chunk_chars, s.nlp_batch_docs)  # warm-up
    t0 = time.process_time()
    pipe_chunks(nlp, texts, s.analyze_chunk_chars, s.nlp_batch_docs)
    return time.process_time() - t0


if kind == "fork-frozen":
    import gc
    gc.freeze()
if kind.startswith("fork"):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        os.write(w, repr(run()).encode())
        os._exit(0)
    os.close(w)
    value = float(os.read(r, 100))
    os.waitpid(pid, 0)
else:
    value = run()
print("RESULT", value, len(os.listdir("/proc/self/task")) if os.path.isdir("/proc/self/task") else -1)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--kinds", nargs="+", default=list(KINDS), choices=KINDS)
    args = ap.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    seconds: dict[str, list[float]] = {k: [] for k in args.kinds}
    threads: dict[str, int] = {}
    for r in range(args.rounds):
        for kind in args.kinds:
            out = subprocess.run(
                [sys.executable, "-c", _CHILD, kind, str(SHARED), str(args.docs)],
                capture_output=True, text=True, check=True, env=env,
            )  # fmt: skip
            line = [ln for ln in out.stdout.splitlines() if ln.startswith("RESULT")][-1].split()
            seconds[kind].append(float(line[1]))
            threads[kind] = int(line[2])
        print(f"round {r + 1} of {args.rounds}: load {os.getloadavg()[0]:.2f}", flush=True)
    base = statistics.median(seconds[args.kinds[0]])
    for kind in args.kinds:
        med = statistics.median(seconds[kind])
        print(
            f"{kind:18s} spaCy CPU s median {med:6.2f} (x{med / base:.3f} of {args.kinds[0]});"
            f" rounds {', '.join(f'{v:.2f}' for v in seconds[kind])};"
            f" threads at the end {threads[kind]}"
        )


if __name__ == "__main__":
    main()
