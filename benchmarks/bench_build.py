"""Build throughput and memory, as ratios measured side by side in one run.

Prints, first, issue 19's four ratios (full build ÷ bare nlp.pipe ≥ 0.6;
`--no-framing` build ÷ bare nlp.pipe ≥ 0.9; the spaCy step's seconds inside the
full build's worker ÷ bare nlp.pipe's ≤ 1.05; 2 workers ÷ 1 ≥ 1.8), each with
every round's value and the load average before every run; then:
1. docs/s of `newsdossier build --workers 1 --no-framing` (every stage of issues
   2-5) ÷ docs/s of a bare `nlp.pipe` of the same spaCy pipeline over the same
   clean texts (target ≥ 0.8; goal 0.9).  The full build is also shown against
   nlp.pipe alone, for reference: it runs a second model that nlp.pipe does not;
2. docs/s of the full build ÷ docs/s of the bare models it runs (spaCy
   `nlp.pipe` + framing `detect` over the same clean texts, same run; issue 6,
   target ≥ 0.8: the orchestration must not add its own cost), and the framing
   stage's docs/s inside the build;
3. docs/s with `--workers 2` ÷ with `--workers 1` (target ≥ 1.7), beside what two
   processes of the bare models give over one on this machine (its ceiling: on
   2 cores two spaCy processes measured 1.6-1.8x one);
4. peak anonymous memory of a build of 10k generated documents ÷ of 1k (target ≤ 1.2),
   the whole process tree at once (sampled, PSS), beside the peak RSS of the building
   process and its largest worker (which also counts the store file's mapped pages);
5. the full build's seconds by step (from its `--report-json`).

The throughput runs are repeated in ``--rounds`` rounds (default 2); each round
runs the two sides of every ratio back to back, and the ratios printed are the
medians over rounds, with each round's value beside them.
`--limit N` uses only the first N records (a quick check on a loaded machine).

Inputs: the real articles in ../shared/data (Tehran Times pages, the PTC
articles, the FakeNewsCorpus sample) when present, else generated ones.  Every
build runs as the real command in a fresh subprocess; wall time includes its
start-up; the bare models are timed with their models loaded.
Run: `make bench` (about 25 minutes on 2 cores).  Results are also written to
benchmarks/results/build.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from generated_text import WORDS  # noqa: E402  (benchmarks/ is sys.path[0] when run as a script)

_FRAMING = "newsdossier.framing"  # the framing analyzer's name in the build's step timings
_SPACY = "newsdossier.spacy"  # the spaCy step's name there
_CLAIMS = "newsdossier.claims"  # the claims analyzer's (issue 15)
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
BIN = Path(sys.executable).parent / "newsdossier"

_WORDS = list(WORDS[:23])
_NAMES = [
    "Harvan",
    "Velmora",
    "Ostrand",
    "Brenmark",
    "Daniel Whitford",
    "Qasrun",
    "Golzar",
    "Teshan",
]


def _real_corpus(dest: Path, limit: int | None = None) -> int:
    n = 0
    for sub in (
        "tehrantimes-mek/mek",
        "tehrantimes-mek/control",
        "ptc-semeval2020/train/articles",
        "ptc-semeval2020/dev/articles",
        "ptc-semeval2020/test/articles",
    ):
        folder = SHARED / sub
        if folder.is_dir():
            for f in sorted(folder.glob("*.txt")):
                if limit is not None and n >= limit:
                    return n
                shutil.copy(f, dest / f.name)
                n += 1
    sample = SHARED / "fakenewscorpus-sample" / "news_sample.csv"
    if sample.exists():
        csv.field_size_limit(10**9)
        if limit is None:
            shutil.copy(sample, dest / "news_sample.csv")
            with sample.open(encoding="utf-8", newline="") as fh:
                n += sum(1 for _ in csv.DictReader(fh))
        elif n < limit:  # the first rows only
            with (
                sample.open(encoding="utf-8", newline="") as fh,
                (dest / "news_sample.csv").open("w", encoding="utf-8", newline="") as out,
            ):
                reader = csv.DictReader(fh)
                writer = csv.DictWriter(out, fieldnames=reader.fieldnames or [])
                writer.writeheader()
                for row in reader:
                    if n >= limit:
                        break
                    writer.writerow(row)
                    n += 1
    return n


_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in ("a", "e", "i", "o", "u", "ar", "en")]


def _pseudo_word(rng: random.Random) -> str:
    # Zipf-like: short frequent words and a long tail, ~100k distinct forms.
    n = 1 + min(int(rng.expovariate(0.9)), 3)
    return "".join(rng.choice(_SYLLABLES) for _ in range(n))


def _generated_corpus(dest: Path, n: int, words: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    with (dest / "generated.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(n):
            body = []
            for _ in range(max(1, words // 12)):
                # Mostly words drawn from a large synthetic vocabulary: with only the
                # small list above, every pair of generated documents shared word
                # 3-grams and text-reuse detection compared all pairs (1k docs took
                # 131 s), which measures a pathological corpus, not the build.
                sent = rng.sample(_WORDS, 3) + [_pseudo_word(rng) for _ in range(7)]
                sent.insert(rng.randrange(10), rng.choice(_NAMES))
                body.append(" ".join(sent).capitalize() + f" on day {rng.randrange(1, 2000)}.")
            fh.write(
                json.dumps({"id": f"g{i}", "title": f"Report {i}", "content": " ".join(body)})
                + "\n"
            )
    return n


def _run_build(
    corpus: Path, db: Path, workers: int, extra: tuple[str, ...] = (), sample: bool = False
) -> dict[str, Any]:
    """The real ``newsdossier build`` in a fresh interpreter; wall time includes its
    start-up.  Per-step seconds come from the build's own ``--report-json``.  ``sample``:
    the process tree's memory is sampled too (``peak_pss_mb``, ``peak_anon_mb``; the
    sampling costs CPU, so throughput runs leave it off)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    report = db.with_suffix(".report.json")
    code = (
        "import resource, sys, time\n"
        "t = time.perf_counter()\n"
        "from newsdossier.cli import run\n"
        f"rc = run(['build', {str(corpus)!r}, '--db', {str(db)!r}, '--workers', '{workers}', '-q',"
        f" '--report-json', {str(report)!r}, *{list(extra)!r}])\n"
        "wall = time.perf_counter() - t\n"
        "self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print('RESULT', rc, wall, self_rss, kids)\n"
    )
    memory: dict[str, float] | None = {} if sample else None
    outer, line = _run_python(code, memory)
    conn = sqlite3.connect(db)
    docs = conn.execute("SELECT count(*) FROM inputs WHERE status='done'").fetchone()[0]
    conn.close()
    summary = json.loads(report.read_text(encoding="utf-8"))
    stages = summary["stage_seconds"]
    # pool workers are forked by the forkserver, not by the building process, so
    # their peak comes from the build's own report (each worker measures itself)
    main_mb, worker_mb = int(line[3]) / 1024, summary["peak_worker_rss_mb"] if workers else 0.0
    return {
        "wall_s": outer, "records_done": docs, "rc": int(line[1]),
        # the building process and its largest worker (0 with --workers 0); their
        # sum bounds what the build held at once
        "peak_rss_mb": main_mb + worker_mb, "peak_main_rss_mb": main_mb,
        "peak_worker_rss_mb": worker_mb, **(memory or {}),
        "framing_s": stages.get(_FRAMING, 0.0), "stage_seconds": stages,
        "resolver_passes": summary["resolver_passes"],
        # the critical path's parts outside the workers' analysis (run/local.py)
        "startup_s": summary.get("startup_seconds", 0.0),
        "final_pass_s": summary.get("final_pass_seconds", 0.0),
    }  # fmt: skip


def _run_python(code: str, memory: dict[str, float] | None = None) -> tuple[float, list[str]]:
    """Run ``code`` in a fresh interpreter; its wall seconds and its last RESULT line's
    fields.  With ``memory``, the process tree's memory is sampled while it runs
    (:class:`_TreeMemory`) and its peaks are put there."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    sampler = _TreeMemory(proc.pid) if memory is not None else None
    if sampler:
        sampler.start()
    stdout, stderr = proc.communicate()
    outer = time.perf_counter() - t0
    if sampler and memory is not None:
        sampler.stop()
        memory.update(sampler.peaks())
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, proc.args, stdout, stderr)
    return outer, [ln for ln in stdout.splitlines() if ln.startswith("RESULT")][-1].split()


class _TreeMemory(threading.Thread):
    """The peak memory a build's whole process tree holds at once, sampled every
    ``interval`` seconds from ``/proc/PID/smaps_rollup``: the building process, the pool's
    forkserver and its workers.

    Two sums per sample, each over every process of the tree: ``Pss`` (what the tree holds,
    a page shared by N processes counted 1/N in each) and ``Pss_Anon`` (of it, anonymous
    memory: heaps, models, SQLite's page cache).  ``ru_maxrss`` counts, besides, every
    page of the store file that the writer's map has touched (docs/scale.md, "Peak RSS
    from 1k to 10k generated documents"): file-backed pages the kernel drops under
    pressure, which grow with the store file; anonymous memory is what must stay flat as
    the corpus grows.  A sample misses a peak shorter than ``interval``."""

    def __init__(self, root: int, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.pss_kib = self.anon_kib = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(self.interval):
            pss = anon = 0
            for pid in _tree(self.root):
                fields = _rollup(pid)
                pss += fields.get("Pss", 0)
                anon += fields.get("Pss_Anon", 0)
            self.pss_kib, self.anon_kib = max(self.pss_kib, pss), max(self.anon_kib, anon)

    def stop(self) -> None:
        self._done.set()
        self.join()

    def peaks(self) -> dict[str, float]:
        return {"peak_pss_mb": self.pss_kib / 1024, "peak_anon_mb": self.anon_kib / 1024}


def _tree(root: int) -> list[int]:
    """``root`` and every process below it (one read of each ``/proc/PID/stat``)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue  # gone meanwhile
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, ()))
    return out


def _rollup(pid: int) -> dict[str, int]:
    """The kB fields of ``/proc/PID/smaps_rollup`` ({} once the process is gone)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as f:
            lines = f.read().splitlines()[1:]
    except OSError:
        return {}
    out = {}
    for line in lines:
        name, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[0].isdigit():
            out[name] = int(parts[0])
    return out


_BARE = """
import os, sqlite3, sys, time
# the same BLAS threading as the CLI sets for the build (newsdossier/cli.py)
for v in ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS'):
    os.environ.setdefault(v, '1')
from newsdossier.analyze.nlp import load_nlp, pipe_chunks
from newsdossier.settings import Settings
s = Settings()
nlp = load_nlp(s.spacy_model)
part, parts = int(sys.argv[2]), int(sys.argv[3])
rows = sqlite3.connect(sys.argv[1]).execute('SELECT text FROM documents ORDER BY rowid')
texts = [r[0] for i, r in enumerate(rows) if i % parts == part]
print('READY', flush=True)
sys.stdin.readline()  # every process starts its models at the same moment
t1 = time.perf_counter()
pipe_chunks(nlp, texts, s.analyze_chunk_chars, s.nlp_batch_docs)
t2 = time.perf_counter()
# The framing model is loaded only now: importing onnxruntime starts a thread, and
# spaCy runs 10-30 % slower in a process that has one (newsdossier/run/process.py).
# So spaCy is timed at its best, as in a --no-framing build (the full build's
# workers run spaCy with onnxruntime loaded: that cost is the build's).
from newsdossier.analyze.framing import load_framing_model
fm = load_framing_model()
fm.detect(texts[:1])
t3 = time.perf_counter()
for i in range(0, len(texts), s.nlp_batch_docs):
    fm.detect(texts[i : i + s.nlp_batch_docs])
t4 = time.perf_counter()
print('RESULT', len(texts), t2 - t1, t4 - t3, flush=True)
"""


def _bare_models(db: Path, processes: int = 1) -> dict[str, float]:
    """The bare models over the same clean texts, in fresh processes with the models
    loaded before the clock starts: spaCy's nlp.pipe of the same pipeline, then the
    framing model's detect (issue 6).  With ``processes`` > 1 the texts are dealt out
    round-robin and every process starts at once; the times are those of the slowest
    process: what the hardware gives two copies of the bare models."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _BARE, str(db), str(i), str(processes)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        for i in range(processes)
    ]  # fmt: skip
    try:
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().startswith("READY")
        started = time.perf_counter()
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        lines = [[ln for ln in p.communicate()[0].splitlines() if ln.startswith("RESULT")][-1]
                 for p in procs]  # fmt: skip
        wall = time.perf_counter() - started
    finally:
        for proc in procs:
            proc.kill()
    fields = [ln.split() for ln in lines]
    return {
        "docs": sum(int(f[1]) for f in fields),
        "pipe_s": max(float(f[2]) for f in fields),
        "detect_s": max(float(f[3]) for f in fields),
        "wall_s": wall,
        "processes": processes,
    }


def _round(corpus: Path, tmp: Path, w: int) -> dict[str, Any]:
    """One round of every measurement, run back to back, with its ratios.

    The order keeps each ratio's two sides next to each other in time: on this
    shared 2-core VM the same work varies by up to ~40 % from one minute to the
    next (12 repeats of one nlp.pipe: 2.11 to 3.08 s), so ratios of runs minutes
    apart would measure the machine, not the build."""
    load: dict[str, float] = {}
    load["triage"] = os.getloadavg()[0]
    triage = _run_build(corpus, tmp / "triage.db", w, ("--no-framing",))
    load["bare"] = os.getloadavg()[0]
    bare = _bare_models(tmp / "triage.db")
    load["one"] = os.getloadavg()[0]
    one = _run_build(corpus, tmp / "one.db", w)
    load["two"] = os.getloadavg()[0]
    two = _run_build(corpus, tmp / "two.db", 2 * w)
    load["bare2"] = os.getloadavg()[0]
    bare2 = _bare_models(tmp / "triage.db", processes=2)
    load["end"] = os.getloadavg()[0]
    # The bare models process only the distinct clean texts (duplicates and rejected
    # records excluded), so every rate is per *stored* document.
    docs = bare["docs"]
    rate = {k: docs / r["wall_s"] for k, r in (("one", one), ("triage", triage), ("two", two))}
    nlp_rate = docs / bare["pipe_s"]
    models_rate = docs / (bare["pipe_s"] + bare["detect_s"])
    models2_rate = docs / (bare2["pipe_s"] + bare2["detect_s"])
    return {
        "docs": docs, "triage": triage, "one": one, "two": two, "bare": bare, "bare2": bare2,
        "load": load,
        "rate": rate, "nlp_rate": nlp_rate, "detect_rate": docs / bare["detect_s"],
        "models_rate": models_rate, "models2_rate": models2_rate,
        "framing_rate": docs / one["framing_s"] if one["framing_s"] else 0.0,
        # the framing stage's part of everything the 1-worker build timed (all steps,
        # summed over processes)
        "framing_share": one["framing_s"] / (sum(one["stage_seconds"].values()) or 1.0),
        # issue 15: the claims stage's part of the --no-framing build's step time (target <= 10 %)
        "claims_share": triage["stage_seconds"].get(_CLAIMS, 0.0)
        / (sum(triage["stage_seconds"].values()) or 1.0),
        "ratios": {
            "full_vs_nlp": rate["one"] / nlp_rate,
            "foundation": rate["triage"] / nlp_rate,
            # the spaCy step's seconds inside the build's worker over bare nlp.pipe's on
            # the same texts (issue 19: <= 1.05); the full build is the one whose
            # worker also runs the framing model
            "spacy_in_worker_vs_bare": one["stage_seconds"].get(_SPACY, 0.0) / bare["pipe_s"],
            "spacy_in_triage_worker_vs_bare": (
                triage["stage_seconds"].get(_SPACY, 0.0) / bare["pipe_s"]
            ),
            "full_vs_models": rate["one"] / models_rate,
            "two_vs_one": rate["two"] / rate["one"],
            # what two processes of the bare models give over one: the ceiling of
            # two_vs_one on this machine
            "bare_two_vs_one": models2_rate / models_rate,
            "framing_stage_vs_bare_detect": (
                bare["detect_s"] / one["framing_s"] if one["framing_s"] else 0.0
            ),
        },
    }  # fmt: skip


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


_RATIO_LINES = (
    ("full_vs_nlp", "full build / bare nlp.pipe", "issue 19: target >= 0.6"),
    ("foundation", "build --no-framing / bare nlp.pipe", "issue 19: target >= 0.9; issues 16, 18: >= 0.85"),
    ("spacy_in_worker_vs_bare", "spaCy step in the full build's worker / bare nlp.pipe (seconds)", "issue 19: target <= 1.05"),
    ("spacy_in_triage_worker_vs_bare", "spaCy step in the --no-framing build's worker / bare (seconds)", "reference for the line above"),
    ("two_vs_one", "build(2w) / build(1w)", "issues 18, 19: target >= 1.8 (issue 2: 1.7)"),
    ("full_vs_models", "build / bare models (nlp.pipe + detect)", "target >= 0.8; issue 6"),
    ("bare_two_vs_one", "bare models, 2 processes / 1 process", "the machine's ceiling for the line above"),
    ("framing_stage_vs_bare_detect", "framing stage / bare detect", "1.0: target linking and labels cost nothing"),
)  # fmt: skip


def _throughput(
    args: argparse.Namespace, corpus: Path, tmp: Path, n: int, results: dict[str, object]
) -> None:
    """Builds vs the bare models, 2 workers vs 1, and the framing stage, in rounds."""
    w = args.workers
    rounds = []
    for i in range(args.rounds):
        r = _round(corpus, tmp, w)
        rounds.append(r)
        loads = ", ".join(f"{k} {v:.2f}" for k, v in r["load"].items())
        print(f"round {i + 1} of {args.rounds} ({r['docs']} stored documents):")
        print(f"  load average (1 min) before each run: {loads}")
        print(
            f"  bare nlp.pipe            : {r['nlp_rate']:7.2f} docs/s  ({r['bare']['pipe_s']:.1f} s, models loaded)"
        )
        print(
            f"  bare framing detect      : {r['detect_rate']:7.2f} docs/s  ({r['bare']['detect_s']:.1f} s)"
        )
        print(
            f"  bare models (both)       : {r['models_rate']:7.2f} docs/s; 2 processes {r['models2_rate']:.2f}"
        )
        for label, key in (
            (f"build --no-framing, {w}w", "triage"),
            (f"build, {w} worker(s)", "one"),
            (f"build, {2 * w} workers", "two"),
        ):
            b = r[key]
            print(
                f"  {label:25s}: {r['rate'][key]:7.2f} docs/s  ({b['wall_s']:.1f} s wall incl."
                f" start-up, {b['resolver_passes']} resolver passes)"
            )
        print(
            f"  framing stage            : {r['framing_rate']:7.2f} docs/s inside the build"
            f" ({r['one']['framing_s']:.1f} s of the worker's time,"
            f" {100 * r['framing_share']:.0f} % of the build's step time)"
        )
        t = r["triage"]
        print(
            f"  --no-framing build's critical path: {t['startup_s']:.1f} s from its start to"
            f" the first batch's analysis (imports, forkserver warm-up), {t['final_pass_s']:.1f} s"
            f" in the end-of-build pass after the last batch, of {t['wall_s']:.1f} s wall"
        )
        print("  ratios: " + ", ".join(f"{k} {v:.3f}" for k, v in r["ratios"].items()))
    medians = {k: _median([r["ratios"][k] for r in rounds]) for k in rounds[0]["ratios"]}
    worst = max(v for r in rounds for v in r["load"].values())
    print(
        f"highest 1-minute load average seen: {worst:.2f} on {os.cpu_count()} cores"
        + ("  (LOADED: ratios are not comparable to a quiet machine's)" if worst > 1.5 else "")
    )
    for key, label, note in _RATIO_LINES:
        each = ", ".join(f"{r['ratios'][key]:.3f}" for r in rounds)
        print(f"RATIO {label} = {medians[key]:.3f}   (median of rounds: {each}; {note})")
    share = _median([r["framing_share"] for r in rounds])
    print(
        f"framing stage: {_median([r['framing_rate'] for r in rounds]):.2f} docs/s,"
        f" {100 * share:.0f} % of the 1-worker build's step time (median of rounds)"
    )
    claims_share = _median([r["claims_share"] for r in rounds])
    each_share = ", ".join(f"{100 * r['claims_share']:.1f}" for r in rounds)
    print(
        f"claims stage: {100 * claims_share:.1f} % of the --no-framing build's step time"
        f" (median of rounds: {each_share}; issue 15 target <= 10 %)"
    )
    last = rounds[-1]
    print("time by step, 1-worker full build of the last round (s, summed over processes):")
    for step, secs in sorted(last["one"]["stage_seconds"].items(), key=lambda kv: -kv[1]):
        print(f"  {step:40s} {secs:7.2f}")
    results.update(
        corpus_records=n, stored_documents=last["docs"], workers=w, rounds=rounds,
        ratio_build_vs_bare=medians["foundation"], ratio_full_build_vs_bare=medians["full_vs_nlp"],
        ratio_build_vs_bare_models=medians["full_vs_models"], ratio_2w_vs_1w=medians["two_vs_one"],
        ratio_bare_2p_vs_1p=medians["bare_two_vs_one"],
        ratio_framing_stage_vs_bare_detect=medians["framing_stage_vs_bare_detect"],
        ratio_spacy_in_worker_vs_bare=medians["spacy_in_worker_vs_bare"],
        framing_share_of_build=share, claims_share_of_triage_build=claims_share,
    )  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--memory-only", action="store_true", help="Only the peak-RSS ratio.")
    ap.add_argument("--memory-docs", type=int, nargs=2, default=(1000, 10000))
    ap.add_argument("--limit", type=int, default=None, help="Use only the first N records.")
    ap.add_argument(
        "--rounds", type=int, default=2, help="Rounds of the throughput runs (ratios: median)."
    )
    ap.add_argument(
        "--workers", type=int, default=1, help="Workers of the base build (the other has twice)."
    )
    args = ap.parse_args()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus"
        corpus.mkdir()
        n = _real_corpus(corpus, args.limit) if SHARED.is_dir() else 0
        source = "../shared/data (tehrantimes-mek, ptc-semeval2020 articles, fakenewscorpus-sample)"
        if n == 0:
            n = _generated_corpus(corpus, args.limit or 600, 600)
            source = "generated, 600 words each"
            # said loudly: the ratios of generated text are not those of real pages (a
            # checkout without ../shared beside it, e.g. a git worktree, lands here)
            print(
                f"WARNING: no real articles under {SHARED}: timing generated text", file=sys.stderr
            )
        if not args.memory_only:
            print(f"throughput corpus: {n} records from {source}")
            _throughput(args, corpus, tmp, n, results)
        if not args.skip_memory:
            small, large = args.memory_docs
            rss: dict[int, float] = {}
            anon: dict[int, float] = {}
            pss: dict[int, float] = {}
            for count in (small, large):
                mem = tmp / f"mem{count}"
                mem.mkdir()
                _generated_corpus(mem, count, 150)
                r = _run_build(mem, tmp / f"mem{count}.db", args.workers, sample=True)
                rss[count], anon[count], pss[count] = (
                    r["peak_rss_mb"],
                    r["peak_anon_mb"],
                    r["peak_pss_mb"],
                )
                print(
                    f"peak RSS, {count:6d} generated docs: {r['peak_rss_mb']:.0f} MB"
                    f" (building process {r['peak_main_rss_mb']:.0f} + largest worker"
                    f" {r['peak_worker_rss_mb']:.0f}; {r['wall_s']:.0f} s); the whole"
                    f" tree at once: {r['peak_pss_mb']:.0f} MB, of it anonymous"
                    f" {r['peak_anon_mb']:.0f} MB"
                )
            ratio = rss[large] / rss[small]
            ratio_anon = anon[large] / anon[small]
            results.update(
                peak_rss_mb=rss, ratio_rss=ratio, peak_anon_mb=anon, ratio_anon=ratio_anon,
                peak_pss_mb=pss, ratio_pss=pss[large] / pss[small],
            )  # fmt: skip
            # the target is on anonymous memory: ru_maxrss also counts the store file's
            # pages that the writer's map touched (file-backed, dropped under pressure;
            # _TreeMemory's docstring)
            print(
                f"RATIO peak anonymous memory {large} / {small} docs = {ratio_anon:.3f}"
                "   (target <= 1.2)"
            )
            print(
                f"      peak RSS {large} / {small} docs = {ratio:.3f}, the tree's PSS"
                f" {results['ratio_pss']:.3f} (both with the store file's mapped pages)"
            )
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "build.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print(f"cpu count: {os.cpu_count()}; results in benchmarks/results/build.json")


if __name__ == "__main__":
    main()
