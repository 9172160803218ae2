"""The reliability campaign of issue 17, repeatable: ``make soak``.

Builds a >= 1,000-document corpus of real pages from ``../shared/data`` (Tehran
Times MEK + control pages, the FakeNewsCorpus sample, PTC articles) with
``--no-framing``, and checks, one line per check, then a pass count:

- **clean build**: the reference store and export; while it runs a second
  build on the same store must be refused at once with ``E311``;
- **torn exports**: a reader thread exports whichever store is being built,
  over and over, during every build of the campaign; each export must be
  whole (every document, entity, claim an item points at is in it; every
  quoted text is the document's text at its offsets);
- **rerun**: a rerun with nothing new changes 0 rows and says so;
- **batching**: a build with other batch sizes and two workers equals the
  reference export;
- **kill -9**: ``--kills`` kills at random points (seeded) of builds of the
  same corpus, in chains (killed, resumed, killed again ...), each chain
  resumed to the end: 0 rows differ from the reference export and store, no
  worker outlives a killed build, and a rerun after it changes 0 rows;
- **bad inputs**: >= 40 kinds generated here (never third-party text) beside
  good articles: 0 crashes, 0 good documents lost, each bad input reported
  with its code;
- **big document**: a generated 3.2 MB one-line article (real pages joined
  into one line) beside two good ones: built in <= 60 s with peak RSS <= 600
  MB, or stopped by the per-document budget (E160/E161) with the others kept.

PostgreSQL: the store is SQLite only in this version (``open_store`` refuses
other URLs), so the server-database run is reported as not applicable.

Usage: ``python tools/soak.py [--docs N] [--kills K] [--chain L] [--seed S]
[--workdir DIR] [--only NAME ...]``.  Exit code 0 only if every check passes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))

from newsdossier.store.compare import diff_stores  # noqa: E402

TAG = "NEWSDOSSIER_SOAK_RUN"


# --------------------------------------------------------------------------- output
@dataclass
class Results:
    lines: list[tuple[bool, str, str]] = field(default_factory=list)

    def check(self, ok: bool, name: str, detail: str) -> bool:
        self.lines.append((ok, name, detail))
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}", flush=True)
        return ok

    def note(self, name: str, detail: str) -> None:
        print(f"n/a   {name}: {detail}", flush=True)

    def summary(self) -> int:
        passed = sum(ok for ok, _, _ in self.lines)
        print(f"soak: {passed}/{len(self.lines)} checks passed", flush=True)
        return 0 if passed == len(self.lines) else 1


def log(msg: str) -> None:
    print(f"      {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- corpus
def real_corpus(limit: int) -> list[str]:
    """Paths of real pages, in a fixed order: >= ``limit`` documents if the data has them."""
    tt = sorted((DATA / "tehrantimes-mek").glob("*/*.txt"))
    ptc = sorted((DATA / "ptc-semeval2020" / "train" / "articles").glob("*.txt"))
    fnc = DATA / "fakenewscorpus-sample" / "news_sample.csv"
    paths: list[str] = []
    count = 0
    for p in tt:
        if count >= limit:
            break
        paths.append(str(p))
        count += 1
    if count < limit and fnc.exists():
        paths.append(str(fnc))
        count += 250  # rows in the sample
    for p in ptc:
        if count >= limit:
            break
        paths.append(str(p))
        count += 1
    return paths


# --------------------------------------------------------------------------- running builds
def cli(*args: str, **kw: Any) -> list[str]:
    return [sys.executable, "-m", "newsdossier.cli", *args]


def build_cmd(inputs: list[str], db: Path, *extra: str) -> list[str]:
    return cli("build", *inputs, "--db", str(db), "--no-framing", "-q", *extra)


def env_for(run_tag: str, **settings: str) -> dict[str, str]:
    env = {**os.environ, TAG: run_tag, "PYTHONPATH": str(ROOT)}
    env.update({f"NEWSDOSSIER_{k.upper()}": v for k, v in settings.items()})
    return env


def run_build(inputs: list[str], db: Path, run_tag: str, *extra: str, **settings: str
              ) -> subprocess.CompletedProcess[str]:  # fmt: skip
    return subprocess.run(
        build_cmd(inputs, db, *extra), env=env_for(run_tag, **settings), capture_output=True,
        text=True, timeout=3600,
    )  # fmt: skip


# Runs a command (argv[3:]) and writes "<exit code> <peak RSS KiB> <CPU s>" to argv[2];
# kills it after argv[1] seconds.  A small process of its own: a child's peak RSS
# counts the memory of the process it was forked from (Linux keeps the high-water
# mark of the image that exec replaced), so measured from the campaign (or from a
# test run) a 30 MB build "peaked" at 575 MB.
_MEASURE = """
import os, subprocess, sys, threading
proc = subprocess.Popen(sys.argv[3:])
timer = threading.Timer(float(sys.argv[1]), proc.kill)
timer.start()
_, status, usage = os.wait4(proc.pid, 0)
timer.cancel()
with open(sys.argv[2], "w") as out:
    out.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}"
              f" {usage.ru_utime + usage.ru_stime}")
"""


def run_measured(
    cmd: list[str], env: dict[str, str], timeout: float
) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """Run ``cmd``: its result, its own peak RSS in MB and its CPU seconds.

    ``getrusage(RUSAGE_CHILDREN)`` is the largest of every child this process has
    waited for: after the campaign's earlier builds and exports it no longer
    moves for a smaller one, and the big document's check read "0 MB" (FAIL).
    ``wait4`` in a small process of its own reports this command alone (with the
    processes it waited for)."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "usage"
        done = subprocess.run(
            [sys.executable, "-c", _MEASURE, str(timeout), str(report), *cmd], env=env,
            capture_output=True, text=True, timeout=timeout + 60,
        )  # fmt: skip
        code, kib, cpu = report.read_text().split()
    result = subprocess.CompletedProcess(cmd, int(code), done.stdout, done.stderr)
    return result, int(kib) / 1024, float(cpu)  # KiB on Linux


def export(db: Path, out: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli("export", "--db", str(db), "-o", str(out)), env=env_for("export"),
        capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


def tagged_processes(run_tag: str) -> set[int]:
    """Live processes whose environment carries ``run_tag`` (a build and its workers)."""
    needle = f"{TAG}={run_tag}".encode()
    out = set()
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if needle in environ.read_bytes():
                out.add(int(environ.parent.name))
        except OSError:
            continue
    return out


def fresh(db: Path) -> Path:
    """``db`` with no store left from an earlier run in the same work folder."""
    for suffix in ("", "-wal", "-shm", "-journal", "-lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return db


def docs_in(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


# --------------------------------------------------------------------------- exports
def rows_of(export: dict[str, Any]) -> Counter[tuple[str, str]]:
    """An export as a multiset of ``(section, item as sorted JSON)``."""
    rows: Counter[tuple[str, str]] = Counter()
    for key, items in export.items():
        if isinstance(items, list):
            for item in items:
                rows[(key, json.dumps(item, sort_keys=True, ensure_ascii=False))] += 1
    return rows


def export_rows(path: Path) -> Counter[tuple[str, str]]:
    """An export file's :func:`rows_of`."""
    return rows_of(json.loads(path.read_text(encoding="utf-8")))


def differing(a: Counter[tuple[str, str]], b: Counter[tuple[str, str]]) -> dict[str, int]:
    """Rows in one multiset and not the other, counted per section (sorted)."""
    out: Counter[str] = Counter()
    for (section, _), n in ((a - b) + (b - a)).items():
        out[section] += n
    return dict(sorted(out.items()))


def torn(path: Path) -> list[str]:
    """What makes an export not one consistent state (empty when it is whole)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"not whole JSON: {exc}"]
    problems: list[str] = []
    texts = {d["id"]: d["text"] for d in data.get("documents", [])}
    entities = {e["id"] for e in data.get("entities", [])}
    claims = {c["id"] for c in data.get("claims", [])}

    def span(where: str, s: dict[str, Any]) -> None:
        doc = s.get("doc")
        if doc not in texts:
            problems.append(f"{where}: document {doc} not in the export")
        elif "text" in s and "start" in s and texts[doc][s["start"] : s["end"]] != s["text"]:
            problems.append(f"{where}: text is not the document's at {s['start']}:{s['end']}")

    def entity(where: str, eid: Any) -> None:
        if eid is not None and eid not in entities:
            problems.append(f"{where}: entity {eid} not in the export")

    for e in data.get("entities", []):
        for m in e.get("mentions", []):
            span("entity mention", m)
    for r in data.get("relations", []):
        entity("relation", r.get("subject"))
        entity("relation", r.get("object"))
        for ev in r.get("evidence", []):
            span("relation evidence", ev)
    for ev in data.get("events", []):
        for p in (*ev.get("participants", []), *ev.get("places", [])):
            entity("event argument", p)
        for x in ev.get("evidence", []):
            span("event evidence", x)
    for c in data.get("claims", []):
        span("claim", c)
        entity("claim subject", c.get("subject"))
    for c in data.get("contradictions", []):
        entity("contradiction", c.get("subject"))
        for cid in c.get("claims", []):
            if cid not in claims:
                problems.append(f"contradiction: claim {cid} not in the export")
    for r in data.get("reuse", []):
        for side in ("a", "b"):
            span("reuse", r[side])
    return problems[:5]


class Reader(threading.Thread):
    """Exports whichever store is being built, again and again, checking each."""

    def __init__(self, folder: Path) -> None:
        super().__init__(daemon=True)
        self.folder = folder
        self.target: Path | None = None
        self.stop = threading.Event()
        self.taken = 0
        self.torn: list[str] = []
        self.lock = threading.Lock()

    def watch(self, db: Path | None) -> None:
        with self.lock:
            self.target = db

    def run(self) -> None:
        n = 0
        while not self.stop.is_set():
            with self.lock:
                db = self.target
            if db is None or docs_in(db) == 0:
                time.sleep(0.5)
                continue
            n += 1
            out = self.folder / f"during-{n}.json"
            try:
                done = export(db, out, timeout=300)
            except subprocess.TimeoutExpired:
                continue
            if done.returncode == 0:
                self.taken += 1
                problems = torn(out)
                if problems:
                    self.torn.append(f"{out.name}: {problems}")
            out.unlink(missing_ok=True)


# --------------------------------------------------------------------------- checks
@dataclass
class Campaign:
    args: argparse.Namespace
    work: Path
    res: Results
    inputs: list[str]
    reader: Reader
    rng: random.Random
    reference_db: Path | None = None
    reference: Counter[tuple[str, str]] = field(default_factory=Counter)
    build_seconds: float = 0.0

    def path(self, name: str) -> Path:
        return self.work / name

    # -- the reference build, and a second build at the same time
    def clean_build(self) -> None:
        db = fresh(self.path("reference.db"))
        self.reader.watch(db)
        started = time.monotonic()
        proc = subprocess.Popen(
            build_cmd(self.inputs, db), env=env_for("reference"), stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        # the second build: once the first holds the store (its first batch is in)
        while proc.poll() is None and docs_in(db) == 0:
            time.sleep(0.2)
        second = run_build(self.inputs, db, "second") if proc.poll() is None else None
        out, err = proc.communicate()
        self.build_seconds = time.monotonic() - started
        self.reader.watch(None)
        ok = proc.returncode == 0
        self.res.check(
            ok, "clean build",
            f"{docs_in(db)} documents from {len(self.inputs)} inputs in {self.build_seconds:.0f} s"
            + ("" if ok else f"; rc {proc.returncode}: {err.strip()[-300:]}"),
        )  # fmt: skip
        refused = (
            second is not None and second.returncode == 1 and "[E311]" in second.stderr
            and "Traceback" not in second.stderr
        )  # fmt: skip
        self.res.check(
            refused, "two builds at once",
            "the second build was refused: " + (second.stderr.strip()[:160] if second else "?")
            if refused else f"second build: {second and (second.returncode, second.stderr[-300:])}",
        )  # fmt: skip
        if not ok:
            return
        done = export(db, self.path("reference.json"))
        whole = torn(self.path("reference.json"))
        self.res.check(
            done.returncode == 0 and not whole, "clean build's export whole",
            "every document, entity and claim an item points at is in it"
            if not whole else f"{whole}",
        )  # fmt: skip
        self.reference = export_rows(self.path("reference.json"))
        self.reference_db = db
        log(f"reference export: {sum(self.reference.values())} rows ({done.returncode})")

    def rerun_changes_nothing(self, db: Path, name: str, **settings: str) -> bool:
        before = fresh(self.path(f"{db.stem}-before-rerun.db"))
        src, dst = sqlite3.connect(db), sqlite3.connect(before)
        src.backup(dst)
        src.close()
        dst.close()
        again = run_build(self.inputs, db, f"rerun-{db.stem}", **settings)
        changed = diff_stores(before, db)
        fresh(before)
        said = "nothing new to resolve; 0 rows changed" in again.stdout
        return self.res.check(
            again.returncode == 0 and not changed and said, name,
            f"{sum(changed.values())} rows changed"
            + (f" {changed}" if changed else "") + ("; it says so" if said else "; report: "
            + again.stdout.strip()[-200:]),
        )  # fmt: skip

    # -- other batch sizes and two workers
    def batching(self) -> None:
        db = fresh(self.path("batching.db"))
        self.reader.watch(db)
        done = run_build(
            self.inputs, db, "batching", "--workers", "2", write_batch_docs="25", nlp_batch_docs="7"
        )
        self.reader.watch(None)
        export(db, self.path("batching.json"))
        diff = differing(self.reference, export_rows(self.path("batching.json")))
        self.res.check(
            done.returncode == 0 and not diff, "batch sizes and workers",
            f"write batch 25, nlp batch 7, 2 workers: {sum(diff.values())} export rows differ"
            + (f" {diff}" if diff else ""),
        )  # fmt: skip

    # -- kill -9 at random points, resumed
    def kills(self) -> None:
        total = self.args.kills
        chain = max(1, self.args.chain)
        killed = 0
        chains = 0
        landed: Counter[str] = Counter()
        leftovers = 0
        bad: list[str] = []
        while killed < total:
            chains += 1
            db = fresh(self.path(f"chain-{chains}.db"))
            self.reader.watch(db)
            for _ in range(min(chain, total - killed)):
                where = self._kill_once(db, f"chain{chains}-{killed}")
                if where is None:  # the build finished before the kill: resume, next chain
                    break
                killed += 1
                landed[where[0]] += 1
                leftovers += where[1]
            done = run_build(self.inputs, db, f"chain{chains}-resume")
            self.reader.watch(None)
            out = self.path(f"chain-{chains}.json")
            export(db, out)
            diff = differing(self.reference, export_rows(out))
            store = diff_stores(self.reference_db, db) if self.reference_db else {"?": 1}
            if done.returncode != 0 or diff or store:
                bad.append(f"chain {chains}: rc {done.returncode}, export {diff}, store {store}")
            log(
                f"chain {chains}: {killed} kills so far; export rows differing {sum(diff.values())}"
            )
            if chains == 1:
                self.rerun_changes_nothing(db, "rerun after a resumed build")
            out.unlink(missing_ok=True)
            if not self.args.keep:
                fresh(db)
        where = ", ".join(f"{n} {k}" for k, n in sorted(landed.items()))
        self.res.check(
            not bad and killed >= total, "kill -9 and resume",
            f"{killed} kills in {chains} chains ({where}); every resumed build's export and store "
            f"equal the clean build's: {bad or 'yes'}",
        )  # fmt: skip
        self.res.check(
            leftovers == 0,
            "no worker outlives a killed build",
            f"{leftovers} processes left behind after {killed} kills",
        )

    def _kill_once(self, db: Path, run_tag: str) -> tuple[str, int] | None:
        """Start a build, kill -9 it at a random point; ``(where, processes left)``.

        Two kinds of point, so that both phases of a build are hit whatever its
        speed on a busy machine: most kills wait until the store holds a random
        number of documents (then a random 0-3 s more: inside an analysis, a write
        or an intermediate pass); the others wait until every document is in, then
        a random 0-20 s: inside the final rounds, or in their last commits."""
        total = self._reference_docs()
        stored = docs_in(db)
        final = self.rng.random() < 0.3 or stored >= total
        target = total if final else self.rng.randint(stored + 1, total)
        extra = self.rng.uniform(0, 20) if final else self.rng.uniform(0, 3)
        proc = subprocess.Popen(
            build_cmd(self.inputs, db), env=env_for(run_tag), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        started = time.monotonic()
        while proc.poll() is None and docs_in(db) < target:
            time.sleep(0.1)
        deadline = time.monotonic() + extra
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        if proc.poll() is not None:
            return None
        before, phase = docs_in(db), self._phase(db)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        wait_until = time.monotonic() + 20
        while tagged_processes(run_tag) and time.monotonic() < wait_until:
            time.sleep(0.2)
        left = len(tagged_processes(run_tag))
        where = "while writing" if before < total else phase
        log(
            f"killed {run_tag} after {time.monotonic() - started:.1f} s with {before} documents"
            f" stored ({where})"
        )
        return where, left

    @staticmethod
    def _phase(db: Path) -> str:
        """Once every document is in: still resolving, or a rerun with nothing to do."""
        from newsdossier.store.sqlite import SQLiteStore

        try:
            store = SQLiteStore(db, readonly=True)
        except Exception:  # noqa: BLE001 - not there yet
            return "while starting"
        try:
            done = store.resolution_state().get("fixed_point") == store.resolution_inputs()
        finally:
            store.close()
        return "in a rerun with nothing to resolve" if done else "in the final passes"

    def _reference_docs(self) -> int:
        return docs_in(self.reference_db) if self.reference_db else 1

    # -- the bad-input corpus
    def bad_inputs(self) -> None:
        folder = self.path("bad")
        shutil.rmtree(folder, ignore_errors=True)
        kinds = write_bad_corpus(folder)
        db = fresh(self.path("bad.db"))
        done = subprocess.run(
            build_cmd([str(folder)], db, "--workers", "1"), env=env_for("bad"),
            capture_output=True, text=True, timeout=1800,
        )  # fmt: skip
        crashed = done.returncode not in (0,) or "Traceback" in done.stderr
        conn = sqlite3.connect(db)
        rows = {
            k: (status, code, notes)
            for k, status, code, notes in conn.execute(
                "SELECT key, status, code, notes FROM inputs"
            )
        }
        conn.close()
        lost: list[str] = []
        wrong: list[str] = []
        for kind in kinds:
            got = [v for k, v in rows.items() if k.startswith(str(kind.path))]
            if kind.expect == "keep" or kind.expect.startswith("W"):
                if not got or any(s != "done" for s, _, _ in got):
                    lost.append(f"{kind.name} {got}")
                elif kind.expect.startswith("W") and not any(
                    (n or "").startswith(kind.expect) for _, _, n in got
                ):
                    wrong.append(f"{kind.name}: no {kind.expect} note")
            elif kind.expect == "any":
                if not got or any(s == "rejected" and not c for s, c, _ in got):
                    wrong.append(f"{kind.name}: neither stored nor coded {got}")
            else:
                codes = {c for s, c, _ in got if s == "rejected"}
                if kind.expect == "E*":
                    if not codes:
                        wrong.append(f"{kind.name}: no coded row {got}")
                elif kind.expect not in codes:
                    wrong.append(f"{kind.name}: expected {kind.expect}, got {got}")
        good = [k for k in kinds if k.good]
        self.res.check(
            not crashed, "bad inputs: no crash",
            f"{len(kinds)} kinds ({sum(not k.good for k in kinds)} bad, {len(good)} good),"
            f" rc {done.returncode}" + (f": {done.stderr.strip()[-300:]}" if crashed else ""),
        )  # fmt: skip
        self.res.check(
            not lost, "bad inputs: no good document lost",
            f"{sum(1 for k in kinds if k.expect == 'keep' or k.expect.startswith('W')) - len(lost)}"
            f" inputs that should be stored are stored" + (f"; lost: {lost}" if lost else ""),
        )  # fmt: skip
        self.res.check(
            not wrong, "bad inputs: each reported with its code",
            f"{len(kinds) - len(wrong)}/{len(kinds)} as expected" + (f"; {wrong}" if wrong else ""),
        )  # fmt: skip

    # -- one 3.2 MB one-line article
    def big_document(self) -> None:
        folder = self.path("big")
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        size = write_big_article(folder / "one-line.txt", 3_200_000)
        for i, text in enumerate(GOOD_ARTICLES[:2]):
            (folder / f"good-{i}.txt").write_text(text, encoding="utf-8")
        db = fresh(self.path("big.db"))
        started = time.monotonic()
        done, peak_mb, cpu = run_measured(
            build_cmd([str(folder)], db, "--workers", "0"), env_for("big"), timeout=3600
        )
        seconds = time.monotonic() - started
        conn = sqlite3.connect(db)
        rows = dict(
            (Path(k).name, (s, c, r)) for k, s, c, r in
            conn.execute("SELECT key, status, code, reason FROM inputs")
        )  # fmt: skip
        conn.close()
        big = rows.get("one-line.txt", ("missing", None, None))
        others = all(rows.get(f"good-{i}.txt", ("",))[0] == "done" for i in range(2))
        stored = big[0] == "done"
        budget = big[0] == "rejected" and big[1] in ("E160", "E161")
        fast = seconds <= 60 and 0 < peak_mb <= 600
        how = "built" if stored else f"stopped by the budget ({big[1]}: {big[2]})" if budget else (
            f"neither built nor stopped by the budget: {big}"
        )  # fmt: skip
        self.res.check(
            done.returncode == 0 and others and (stored or budget) and fast, "3.2 MB one-line article",
            f"{size:,} bytes {how} in {seconds:.1f} s ({cpu:.1f} CPU s), peak RSS {peak_mb:.0f} MB;"
            f" the other documents {'kept' if others else 'LOST'}",
        )  # fmt: skip

    def torn_exports(self) -> None:
        self.res.check(
            self.reader.taken >= self.args.min_exports and not self.reader.torn, "torn exports",
            f"{len(self.reader.torn)} torn of {self.reader.taken} exports taken during builds"
            + (f": {self.reader.torn[:2]}" if self.reader.torn else ""),
        )  # fmt: skip


# --------------------------------------------------------------------------- generated inputs
GOOD_ARTICLES = [
    (
        "Harbour council approves the new ferry route\n\n"
        "The council of Port Veltra voted on Tuesday to open a ferry route to the islands, its "
        "chair Miriam Ostvald said. The first boat will sail in May 2021, according to the "
        "harbour authority, and about 300 passengers a day are expected.\n"
    ),
    (
        "Velmoran workers end their strike\n\n"
        "Workers at the Kaskar textile mill returned on Monday after a strike of eleven days, "
        "the Velmoran Workers Council said in a statement. The council, founded in 1998, "
        "reportedly has 4,200 members.\n"
    ),
    (
        "Floods close the northern road\n\n"
        "Heavy rain closed the road between Ostrand and Velmora on 3 March 2019. Officials of "
        "the regional office said repairs would take two weeks; Daniel Whitford, a local "
        "engineer, told reporters the bridge was safe.\n"
    ),
]
_SENTENCE = (
    "The Harvan Council met delegates from Velmora in Ostrand on Tuesday, and spokesman "
    "Daniel Whitford said the talks on the river dispute would continue next week. "
)


@dataclass
class Kind:
    name: str
    path: Path
    #: "keep", "W101" (kept with that note), "E1xx", "E*" (rejected, any code), or "any"
    #: (kept, or rejected with a code: inputs a tool may fairly read either way)
    expect: str
    good: bool = False


def write_bad_corpus(folder: Path) -> list[Kind]:
    """>= 40 kinds of bad input (and a few good articles), all generated here."""
    folder.mkdir(parents=True)
    kinds: list[Kind] = []
    body = _SENTENCE * 3

    def put(name: str, data: bytes | str, expect: str, good: bool = False) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        kinds.append(Kind(name, path, expect, good))
        return path

    def line(obj: dict[str, Any]) -> str:
        return json.dumps(obj, ensure_ascii=True) + "\n"

    for i, text in enumerate(GOOD_ARTICLES):
        put(f"good/article-{i}.txt", text, "keep", good=True)
    put("good/feed.jsonl", "".join(line({"text": t, "title": f"T{i}"})
                                   for i, t in enumerate(GOOD_ARTICLES)), "keep", good=True)  # fmt: skip
    # JSON Lines: surrogates, huge numbers, structure
    sur = '{"text": "\\ud800 ' + body + '", "title": "ok"}\n'
    put("jsonl/surrogate-text.jsonl", sur, "W101")
    put("jsonl/surrogate-title.jsonl", '{"text": "' + body + '", "title": "\\udc00"}\n', "W101")
    put("jsonl/surrogate-author.jsonl", '{"text": "' + body + '", "author": "A \\ud83d"}\n', "W101")
    put(
        "jsonl/surrogate-url.jsonl",
        '{"text": "' + body + '", "url": "http://x.org/\\udfff"}\n',
        "W101",
    )
    put(
        "jsonl/surrogate-pair-split.jsonl", '{"text": "' + body + ' \\ud83d \\ude00 end"}\n', "W101"
    )
    put("jsonl/huge-numbers.jsonl",
        '{"text": "' + body + '", "views": 123456789012345678901234567890123, "score": 1e400,'
        ' "title": 99999999999999999999999999}\n', "keep")  # fmt: skip
    put("jsonl/number-as-text.jsonl", '{"text": 123456789012345678901234567890}\n', "E112")
    put("jsonl/5000-digit-number.jsonl", '{"text": "' + body + '", "id": ' + "9" * 5000 + "}\n",
        "E110")  # fmt: skip
    put("jsonl/malformed.jsonl", '{"text": "unterminated\n', "E110")
    put("jsonl/array-line.jsonl", '["text", "x"]\n', "E111")
    put("jsonl/deep-nesting.jsonl", "[" * 100_000 + "]" * 100_000 + "\n", "E110")
    put("jsonl/nul-in-text.jsonl", line({"text": body + "\u0000 binary"}), "E124")
    put("jsonl/empty-text.jsonl", line({"text": ""}), "E113")
    put("jsonl/pretty-document.json", json.dumps({"text": body}, indent=2), "E119")
    put("jsonl/crlf-lines.jsonl", line({"text": body}).replace("\n", "\r\n") * 2, "keep")
    # CSV/TSV
    put("csv/embedded-newlines-quotes.csv",
        'title,content\n"He said ""no""","' + body + '\nSecond ""quoted"" line, with a comma."\n',
        "keep")  # fmt: skip
    put("csv/unterminated-quote.csv", 'title,content\nx,"' + body + "\n", "any")
    put("csv/no-text-column.csv", "title,author\nx,y\n", "E114")
    put("csv/header-only.csv", "title,content\n", "E117")
    put("csv/utf8-bom.csv", "\ufefftitle,content\nx," + body + "\n", "keep")
    put("csv/tabs.tsv", "title\tcontent\nx\t" + body + "\n", "keep")
    # plain text: bytes and characters
    put("text/nul-bytes.txt", body.encode() + b"\x00\x00\x00" + body.encode(), "E105")
    put("text/mixed-encodings.txt", body.encode() + " caf\u00e9 ".encode("cp1252") + body.encode(),
        "E106")  # fmt: skip
    put("text/control-bytes.txt", bytes(range(1, 9)) * 400, "E105")
    put("text/utf16-bom.txt", body.encode("utf-16"), "keep")
    put("text/utf8-bom.txt", "\ufeff" + body, "keep")
    put("text/rtl-override.txt", "\u202e" + body + " \u202dtxt.exe\u202c " + body, "keep")
    put("text/zero-width-and-combining.txt", body.replace("a", "a\u200b").replace("e", "e\u0301"),
        "keep")  # fmt: skip
    put("text/empty.txt", b"", "E104")
    put("text/whitespace.txt", " \n\t\r\n   \n", "E104")
    put("text/too-short.txt", "Short note.", "E122")
    put("text/only-furniture.txt", "Share this\nLeave a Comment\nSubscribe to our newsletter\n",
        "E122")  # fmt: skip
    put("text/one-long-line.txt", (_SENTENCE * 1500).replace("\n", " "), "keep")
    put("text/arabic-script.txt", "اجتمع مجلس هارفان مع وفود من فيلمورا في أوستراند يوم الثلاثاء. " * 5,
        "keep")  # fmt: skip
    put("text/duplicate-of-good.txt", GOOD_ARTICLES[0], "keep")
    # HTML
    put("html/nested-divs.html",
        "<html><body>" + "<div>" * 100_000 + f"<p>{body}</p>" + "</div>" * 100_000
        + "</body></html>", "keep")  # fmt: skip
    put("html/only-scripts.html", "<html><head><script>var a=1;</script></head><body>"
        "<script>document.write(1)</script></body></html>", "E121")  # fmt: skip
    put("html/broken-markup.html", f"<div><p>{body} <b>bold <!-- never closed <textarea>", "keep")
    put("html/cp1252-meta-charset.html",
        ("<html><head><meta charset='windows-1252'></head><body><p>" + body
         + " caf\u00e9.</p></body></html>").encode("cp1252"), "keep")  # fmt: skip
    put(
        "html/surrogate-references.html",
        f"<html><body><p>{body} &#xD800; &#55296; &#x110000;</p></body></html>",
        "keep",
    )
    # compressed
    gz = gzip.compress(body.encode() * 20)
    put("gzip/truncated.txt.gz", gz[: len(gz) // 2], "E108")
    put("gzip/corrupt.txt.gz", gz[:10] + b"\x00garbage" * 50, "E108")
    put("gzip/not-gzip.txt.gz", body, "E108")
    put("gzip/bomb-over-cap.txt.gz", gzip.compress(b"word " * 5_000_000), "E107")  # 25 MB
    put("gzip/bomb-within-cap.txt.gz", gzip.compress((_SENTENCE * 9_000).encode()), "any")
    put("gzip/bomb-of-whitespace.txt.gz", gzip.compress(b" \n" * 4_000_000), "E104")
    # WARC
    page = f"<html><body><p>{body}</p></body></html>".encode()
    warc = _warc_record("http://example.org/a", page)
    put("warc/ok.warc", warc, "keep")
    put("warc/truncated.warc", warc + _warc_record("http://example.org/b", page)[:200], "E116")
    put("warc/not-a-warc.warc", body, "E116")
    put("warc/truncated.warc.gz", gzip.compress(warc)[:-30], "E*")
    # the file system
    put("odd/report.pdf", b"%PDF-1.4 binary", "E109")
    loop = folder / "odd" / "loop"
    os.symlink(folder, loop)
    kinds.append(Kind("odd/loop", loop, "E150"))
    broken = folder / "odd" / "broken.txt"
    os.symlink(folder / "odd" / "missing.txt", broken)
    kinds.append(Kind("odd/broken.txt", broken, "E101"))
    fifo = folder / "odd" / "pipe.txt"
    os.mkfifo(fifo)
    kinds.append(Kind("odd/pipe.txt", fifo, "E102"))
    raw = os.path.join(os.fsencode(folder / "odd"), b"caf\xe9-latin1-name.txt")
    with open(raw, "wb") as fh:
        fh.write(body.encode())
    kinds.append(Kind("odd/caf\\xe9-latin1-name.txt", folder / "odd" / "caf\\xe9-latin1-name.txt",
                      "W102"))  # fmt: skip
    return kinds


def _warc_record(url: str, html: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(url)) % 10**12:012d}-0000-0000-0000-000000000000>\r\n"
        f"WARC-Target-URI: {url}\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def write_big_article(path: Path, size: int) -> int:
    """Real pages joined into one line of ``size`` bytes (generated, never committed)."""
    pages = sorted((DATA / "tehrantimes-mek").glob("*/*.txt")) or sorted(
        (DATA / "ptc-semeval2020").glob("*/articles/*.txt")
    )
    parts: list[str] = []
    total = 0
    i = 0
    while total < size and pages:
        text = " ".join(pages[i % len(pages)].read_text(encoding="utf-8").split())
        parts.append(text)
        total += len(text.encode()) + 1
        i += 1
    data = " ".join(parts).encode()[:size].decode("utf-8", "ignore") if pages else _SENTENCE * (
        size // len(_SENTENCE)
    )  # fmt: skip
    path.write_text(data, encoding="utf-8")
    return path.stat().st_size


# --------------------------------------------------------------------------- main
CHECKS = ("clean", "rerun", "batching", "kills", "bad", "big")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--docs", type=int, default=1100, help="input records (1,100: >= 1,000 documents)"
    )
    ap.add_argument("--kills", type=int, default=20, help="kill -9 points (>= 20)")
    ap.add_argument("--chain", type=int, default=4, help="kills before a chain is resumed")
    ap.add_argument("--min-exports", type=int, default=20, help="exports to take during builds")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--workdir", type=Path, default=None, help="kept; default: a temp folder")
    ap.add_argument("--keep", action="store_true", help="keep every store made")
    ap.add_argument("--only", nargs="*", choices=CHECKS, default=list(CHECKS))
    args = ap.parse_args(argv)
    res = Results()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="newsdossier-soak-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"soak: seed {args.seed}, {args.docs} documents, {args.kills} kills, work in {work}",
          flush=True)  # fmt: skip
    inputs = real_corpus(args.docs)
    needs_corpus = {"clean", "rerun", "batching", "kills"} & set(args.only)
    if needs_corpus and not inputs:
        res.check(False, "corpus", f"no real pages under {DATA}")
        return res.summary()
    reader = Reader(work)
    reader.start()
    camp = Campaign(args, work, res, inputs, reader, random.Random(args.seed))
    steps: list[tuple[str, Callable[[], Any]]] = [
        ("clean", camp.clean_build),
        ("rerun", lambda: camp.rerun_changes_nothing(camp.reference_db, "rerun of the clean build")
         if camp.reference_db else res.check(False, "rerun", "no reference store")),
        ("batching", camp.batching),
        ("kills", camp.kills),
        ("bad", camp.bad_inputs),
        ("big", camp.big_document),
    ]  # fmt: skip
    try:
        for name, step in steps:
            if name in args.only and (
                name in ("bad", "big") or camp.reference_db or name == "clean"
            ):
                step()
        if needs_corpus:
            camp.torn_exports()
        res.note("server database", "SQLite only in this version: no PostgreSQL store to soak")
    finally:
        reader.stop.set()
        reader.join(timeout=600)
        if not args.keep and args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return res.summary()


if __name__ == "__main__":
    sys.exit(main())
