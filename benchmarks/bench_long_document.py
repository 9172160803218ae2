"""Cost of one long document as it grows: linear time, bounded memory (issue 17).

Builds one-line articles of 0.25, 0.5 and 1 MB (real Tehran Times pages joined
into one line when ../shared/data is present, else generated sentences), each
alone, in a fresh ``newsdossier build --workers 0 --no-framing`` subprocess with
``max_analyze_chars`` raised above it, and prints per size: wall and CPU
seconds, CPU seconds per MB, peak RSS, and the ratios to the smallest size:

- CPU per MB ÷ CPU per MB at 0.25 MB (target ≤ 1.3: linear, allowing start-up);
- peak RSS ÷ peak RSS at 0.25 MB (memory grows with what a document holds, its
  sentences and names, not with its tokens).

``--sizes`` sets the sizes in MB (e.g. ``--sizes 0.5 1 2 3.2``).  Run:
``python benchmarks/bench_long_document.py`` (about 3 minutes on 2 cores).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def article(size: int) -> str:
    pages = sorted((SHARED / "tehrantimes-mek").glob("*/*.txt"))
    if not pages:
        sentence = (
            "The Harvan Council met delegates from Velmora in Ostrand on Tuesday, and spokesman "
            "Daniel Whitford said the talks on the river dispute would continue. "
        )
        return (sentence * (size // len(sentence) + 1))[:size]
    parts, total, i = [], 0, 0
    while total < size:
        text = " ".join(pages[i % len(pages)].read_text(encoding="utf-8").split())
        parts.append(text)
        total += len(text) + 1
        i += 1
    return " ".join(parts)[:size]


def measure(size_mb: float, work: Path) -> dict[str, float]:
    size = int(size_mb * 1_000_000)
    path = work / f"one-line-{size_mb}.txt"
    path.write_text(article(size), encoding="utf-8")
    db = work / f"b{size_mb}.db"
    env = {
        **os.environ,
        "NEWSDOSSIER_MAX_ANALYZE_CHARS": str(size * 2),
        "NEWSDOSSIER_MAX_DOCUMENT_SECONDS": "0",
    }
    cmd = [sys.executable, "-m", "newsdossier.cli", "build", str(path), "--db", str(db), "-q",
           "--workers", "0", "--no-framing"]  # fmt: skip
    errors = work / "stderr.txt"
    started = time.monotonic()
    with errors.open("wb") as err:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        # wait4: the CPU time and peak RSS of this build's own process
        _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - started
    if proc.returncode != 0:
        raise SystemExit(f"build of {size_mb} MB failed: {errors.read_text()[-500:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return {"mb": size_mb, "wall": wall, "cpu": cpu, "cpu_per_mb": cpu / size_mb,
            "rss_mb": usage.ru_maxrss / 1024}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1.0])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-long-") as tmp:
        rows = [measure(mb, Path(tmp)) for mb in args.sizes]
    base = rows[0]
    print(f"{'MB':>5} {'wall s':>7} {'CPU s':>7} {'CPU s/MB':>9} {'peak RSS MB':>12} "
          f"{'CPU/MB ratio':>13} {'RSS ratio':>10}")  # fmt: skip
    for r in rows:
        print(
            f"{r['mb']:>5} {r['wall']:>7.1f} {r['cpu']:>7.1f} {r['cpu_per_mb']:>9.1f}"
            f" {r['rss_mb']:>12.0f} {r['cpu_per_mb'] / base['cpu_per_mb']:>13.2f}"
            f" {r['rss_mb'] / base['rss_mb']:>10.2f}"
        )


if __name__ == "__main__":
    main()
