"""Scale evidence (issue 18): Dask vs the process pool, and the building process's absorb rate.

    .venv/bin/python benchmarks/bench_scale.py                 # both parts (make bench-scale)
    .venv/bin/python benchmarks/bench_scale.py --skip-absorb --docs 200 --rounds 3
    .venv/bin/python benchmarks/bench_scale.py --skip-throughput --absorb-stored 10000

1. **Throughput, side by side.**  In every round, a ``--no-framing`` build with
   the process pool and with ``dask-local``, at 1 and 2 workers, the order of
   the two engines alternating between rounds; this process is the building
   one.  Each run starts its engine and warms it on a small generated corpus
   (printed as start-up seconds: a LocalCluster spawns its workers, each loads
   the models), then times the build of the corpus into a new store: docs/s in
   steady state, the building process's writes and resolvers included, which
   is what a long build sees.  Every run prints its docs/s and
   ``os.getloadavg()``, and the CPU seconds per document of the whole process
   tree (load stretches wall time, not CPU time: on a shared machine the CPU
   ratio is the steadier one); every round the ratio dask-local / pool at the
   same workers (target at 2 workers >= 0.9), and the end the medians.  Corpus: the
   first ``--docs`` articles of ../shared/data (as bench_build.py), else
   generated ones.
2. **Absorb rate of the building process alone.**  Generated news-like
   documents (invented names from syllables, a Zipf-like cast of people,
   organisations with acronyms and places; dates, counts, attributions,
   hedges; filler from a ~100k-form vocabulary so that no two share passages)
   are cleaned and analysed once, by a 2-worker pool, and cached on disk
   (``benchmarks/results/cache``, resumable): ``--absorb-base`` of them (4,000,
   ~10 minutes on an idle machine); the documents beyond are re-keyed copies of
   those (``rekey.py``: every word but the shared ones re-spelled per copy, fresh
   ids), so 10k and 100k stored documents are reachable.  Then only what the building
   process does in a build is timed: ``write_batch`` of the analysed batches and
   the resolver passes where the build would run them (run/passes.py), then
   the end-of-build pass.  Printed every ``--absorb-every`` documents: docs/s of
   that stretch (wall, and per CPU-second of this process), ms/doc writing and
   resolving (CPU ms unless ``--wall-clock``: load on a shared machine stretches
   wall time unevenly), resident memory, and the load; then the rate over
   ``--absorb-measure`` documents added to a store of ``--absorb-stored``
   (10k; ``--absorb-stored 100000``: 100k).  ``--profile FILE`` writes a cProfile
   (CPU clock) of that stretch.  The framing model is off: its spans add to the
   writes, not to the resolvers.

Results also go to benchmarks/results/scale.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench_build import SHARED, _generated_corpus, _real_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results"
CACHE = RESULTS / "cache"

# -- part 1: throughput ---------------------------------------------------------


def _load(load: tuple[float, ...] | None = None) -> str:
    return "load " + " ".join(f"{x:.1f}" for x in (load or os.getloadavg()))


def _tree_cpu_s() -> float:
    """CPU seconds (user + system) of this process and every live descendant: the
    building process, the engine's workers, their forkservers and children.  Load
    on a shared machine stretches wall time, not CPU time, so CPU per document
    compares engines where wall-clock docs/s cannot (a worker replaced during the
    build takes its seconds with it: the pool replaces workers every 20 batches
    each, so use fewer batches than that per worker)."""
    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[tuple[int, float]]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        cpu = (int(fields[11]) + int(fields[12])) / tick
        children.setdefault(int(fields[1]), []).append((int(stat.parent.name), cpu))
    own = os.times()
    total, stack = own.user + own.system, [os.getpid()]
    while stack:
        for pid, cpu in children.get(stack.pop(), []):
            total += cpu
            stack.append(pid)
    return total


def _rss_mb() -> tuple[float, float]:
    """This process's resident memory now and at its peak (VmRSS, VmHWM), in MB."""
    got = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            got[line[:5]] = int(line.split()[1]) / 1024
    return got.get("VmRSS", 0.0), got.get("VmHWM", 0.0)


def _engine(name: str, settings: Any) -> Any:
    from newsdossier.run.executor import make_executor, parse_executor

    return make_executor(parse_executor(name), settings)


def _one(corpus: Path, warm: Path, tmp: Path, engine: str, workers: int) -> dict[str, Any]:
    """Start ``engine``, warm it on a small corpus, then time a build of ``corpus``."""
    from newsdossier.run.local import build
    from newsdossier.settings import Settings
    from newsdossier.store.sqlite import open_store

    settings = Settings(framing_enabled=False, workers=workers)
    for old in tmp.glob("*.db*"):
        old.unlink()
    load = os.getloadavg()
    t0 = time.perf_counter()
    with _engine(engine, settings) as ex:
        with open_store(str(tmp / "warm.db")) as store:
            build([str(warm)], store, settings, executor=ex)
        start_s = time.perf_counter() - t0
        cpu0, own0 = _tree_cpu_s(), os.times()
        t1 = time.perf_counter()
        with open_store(str(tmp / "timed.db")) as store:
            report = build([str(corpus)], store, settings, executor=ex)
        wall = time.perf_counter() - t1
        cpu, own1 = _tree_cpu_s() - cpu0, os.times()
    coordinator = (own1.user + own1.system) - (own0.user + own0.system)
    stages = report.stage_seconds
    return {"engine": engine, "workers": workers, "docs": report.added, "wall_s": wall,
            "docs_s": report.added / wall, "start_s": start_s, "load": load,
            "cpu_ms_doc": 1000 * cpu / max(1, report.added),
            "coordinator_cpu_ms_doc": 1000 * coordinator / max(1, report.added),
            "peak_worker_rss_mb": report.peak_worker_rss_mb,
            "worker_idle_s": report.worker_idle_seconds,
            "spacy_s": stages.get("newsdossier.spacy", 0.0),
            "write_resolve_s": sum(v for k, v in stages.items()
                                   if k == "write" or k.startswith("resolve:"))}  # fmt: skip


def throughput(args: argparse.Namespace, results: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        corpus, warm = tmp / "corpus", tmp / "warm"
        corpus.mkdir()
        warm.mkdir()
        n = _real_corpus(corpus, args.docs) if SHARED.is_dir() else 0
        source = "../shared/data (first articles, as bench_build.py)"
        if n == 0:
            n = _generated_corpus(corpus, args.docs, 600)
            source = "generated, 600 words each"
        _generated_corpus(warm, 2 * 32 * max(args.workers), 60, seed=3)
        print(f"throughput: {n} records from {source}; build --no-framing, this process the "
              "building one.  Each run: start the engine and warm it on a small generated "
              "corpus (start-up s), then time the build of the corpus (docs/s: steady state, "
              "writes and resolvers included)")  # fmt: skip
        rounds: list[dict[str, dict[str, Any]]] = []
        for r in range(args.rounds):
            runs: dict[str, dict[str, Any]] = {}
            for workers in args.workers:
                engines = ["local", "dask-local"] if r % 2 == 0 else ["dask-local", "local"]
                for engine in engines:
                    run = _one(corpus, warm, tmp, engine, workers)
                    runs[f"{engine}/{workers}w"] = run
                    print(
                        f"  round {r + 1} {engine:10s} {workers}w: {run['docs']} docs "
                        f"{run['wall_s']:6.1f} s {run['docs_s']:6.2f} docs/s, CPU "
                        f"{run['cpu_ms_doc']:4.0f} ms/doc (building process "
                        f"{run['coordinator_cpu_ms_doc']:3.0f}) (start-up "
                        f"{run['start_s']:5.1f} s; spaCy {run['spacy_s']:5.1f} s, writes+resolvers "
                        f"{run['write_resolve_s']:5.1f} s, workers idle {run['worker_idle_s']:5.1f} s; "
                        f"peak worker {run['peak_worker_rss_mb']:.0f} MB)  "
                        f"{_load(run['load'])} before, {_load()[5:]} after",
                        flush=True,
                    )
            ratios = {
                w: runs[f"dask-local/{w}w"]["docs_s"] / runs[f"local/{w}w"]["docs_s"]
                for w in args.workers
            }
            cpu = {
                w: runs[f"local/{w}w"]["cpu_ms_doc"] / runs[f"dask-local/{w}w"]["cpu_ms_doc"]
                for w in args.workers
            }
            print(
                f"  round {r + 1} dask-local/pool docs/s: "
                + ", ".join(f"{w}w {v:.2f}" for w, v in ratios.items())
                + "; pool/dask-local CPU per doc: "
                + ", ".join(f"{w}w {v:.2f}" for w, v in cpu.items()),
                flush=True,
            )
            rounds.append(runs)
        summary: dict[str, Any] = {}
        for w in args.workers:
            per = [x[f"dask-local/{w}w"]["docs_s"] / x[f"local/{w}w"]["docs_s"] for x in rounds]
            summary[f"ratio_dask_pool_{w}w"] = {"median": statistics.median(per), "rounds": per}
            per_cpu = [
                x[f"local/{w}w"]["cpu_ms_doc"] / x[f"dask-local/{w}w"]["cpu_ms_doc"] for x in rounds
            ]
            summary[f"cpu_ratio_pool_dask_{w}w"] = {"median": statistics.median(per_cpu),
                                                    "rounds": per_cpu}  # fmt: skip
            for engine in ("local", "dask-local"):
                rates = [x[f"{engine}/{w}w"]["docs_s"] for x in rounds]
                summary[f"{engine}_{w}w_docs_s"] = {"median": statistics.median(rates),
                                                    "rounds": rates}  # fmt: skip
        if len(args.workers) > 1:
            lo, hi = min(args.workers), max(args.workers)
            for engine in ("local", "dask-local"):
                s = (
                    summary[f"{engine}_{hi}w_docs_s"]["median"]
                    / summary[f"{engine}_{lo}w_docs_s"]["median"]
                )
                summary[f"scaling_{engine}_{hi}w_{lo}w"] = s
        for k, v in summary.items():
            med = v["median"] if isinstance(v, dict) else v
            each = ", ".join(f"{x:.2f}" for x in v["rounds"]) if isinstance(v, dict) else ""
            print(f"  {k}: {med:.2f}" + (f"  (rounds: {each})" if each else ""))
        results["throughput"] = {"records": n, "source": source, "summary": summary,
                                 "rounds": rounds}  # fmt: skip


# -- part 2: absorb rate -------------------------------------------------------

#: Version of the generated absorb corpus (part of its cache key).
_GENERATOR = 2
_C, _V = "bdfghjklmnprstvz", "aeiou"
_ROLES = ["spokesman", "leader", "deputy head", "commander", "foreign minister", "secretary"]
_NOUNS = ["members", "fighters", "protesters", "refugees", "officials", "soldiers", "families"]
_VERBS = ["arrested", "killed", "detained", "released", "wounded", "evacuated"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in ("a", "e", "i", "o", "u", "ar", "en")]


def _name_word(rng: random.Random) -> str:
    return "".join(rng.choice(_C) + rng.choice(_V) for _ in range(rng.randint(2, 3))).title()


def _filler(rng: random.Random, n: int) -> str:
    words = ["".join(rng.choice(_SYLLABLES) for _ in range(1 + min(int(rng.expovariate(0.9)), 3)))
             for _ in range(n)]  # fmt: skip
    return " ".join(words).capitalize() + "."


class _Cast:
    """Invented actors with Zipf-like frequencies (a few in many articles, most in few)."""

    def __init__(self, rng: random.Random, people: int, orgs: int, places: int) -> None:
        self.people = [f"{_name_word(rng)} {_name_word(rng)}" for _ in range(people)]
        self.orgs = []
        for _ in range(orgs):
            words = [_name_word(rng) for _ in range(3)]
            self.orgs.append((f"{words[0]} {words[1]} {words[2]} Front",
                              "".join(w[0] for w in words) + "F"))  # fmt: skip
        self.places = [_name_word(rng) for _ in range(places)]
        self._w = {k: [1 / (i + 1) for i in range(len(getattr(self, k)))]
                   for k in ("people", "orgs", "places")}  # fmt: skip

    def pick(self, rng: random.Random, kind: str) -> Any:
        return rng.choices(getattr(self, kind), weights=self._w[kind])[0]


def _vary(rng: random.Random, *parts: tuple[str, ...]) -> str:
    """One phrasing per part, and an invented word inside: generated articles must
    not share passages, or text-reuse detection compares everything with everything
    (a first version, with fixed phrasings, gave 83 reuse pairs per document)."""
    words = " ".join(rng.choice(p) for p in parts).split()
    words.insert(rng.randrange(len(words) + 1), _filler(rng, 1)[:-1].lower())
    return " ".join(words)


def _article(rng: random.Random, cast: _Cast, i: int) -> tuple[str, dict[str, str]]:
    p1, p2, p3 = (cast.pick(rng, "people") for _ in range(3))
    (org, acr), (org2, _) = cast.pick(rng, "orgs"), cast.pick(rng, "orgs")
    place, place2 = cast.pick(rng, "places"), cast.pick(rng, "places")
    year = rng.randint(1990, 2024)
    day, month = rng.randint(1, 28), rng.choice(_MONTHS)
    n1, n2 = rng.randint(2, 400), rng.choice([300, 1200, 3000, 5000, 10000])
    said = ("said", "told reporters", "announced", "stated", "claimed", "insisted")
    sentences = [
        f"The {org} ({acr}) "
        + _vary(rng, said, ("on", "late on", "early on"))
        + f" {day} {month} {year} that {n1} {rng.choice(_NOUNS)} were {rng.choice(_VERBS)} "
        + f"near {place}.",
        f"{p1}, the {rng.choice(_ROLES)} of the {acr}, "
        + _vary(rng, said, ("in", "while visiting", "after a meeting in"))
        + f" {place2} that the "
        + _vary(
            rng,
            ("talks", "negotiations", "dispute", "campaign", "operation"),
            ("would continue", "had stalled", "would end soon", "was over"),
        )
        + ".",
        f"According to {org2}, the {acr} was "
        + _vary(rng, ("founded", "formed", "set up", "created", "established"))
        + f" in {rng.randint(1950, 1990)}.",
        f"{p2} "
        + _vary(
            rng,
            ("reportedly", "allegedly", "apparently", "later", "openly"),
            ("rejected", "denied", "disputed", "dismissed"),
            ("the claim", "the report", "the account", "this"),
        )
        + f" and said the group has {n2} members.",
        f"{p3} is "
        + _vary(rng, ("believed", "thought", "said", "understood", "reported"))
        + f" to be the leader of the {org2}.",
        f"In {month} {year - 1}, {p1} "
        + _vary(rng, ("met", "visited", "called", "criticised", "praised"))
        + f" {p2} in {place}.",
        f'"{_filler(rng, 8)}" {p2} ' + rng.choice(said) + ".",
    ]
    rng.shuffle(sentences)
    body = []
    for s in sentences:
        body.append(s)
        body.append(_filler(rng, rng.randint(8, 16)))
    published = f"{year}-{_MONTHS.index(month) + 1:02d}-{min(28, day + 1):02d}"
    return " ".join(body), {"title": f"Report {i} from {place}", "published": published}


def _records(n: int, seed: int) -> Iterator[Any]:
    from newsdossier.model import RawRecord

    rng = random.Random(seed)
    cast = _Cast(rng, people=max(50, n // 4), orgs=max(20, n // 20), places=max(20, n // 50))
    for i in range(n):
        text, meta = _article(rng, cast, i)
        yield RawRecord("generated.jsonl", f"line:{i + 1}", f"g{i}", text, "text", meta)


def _analysis_fingerprint() -> list[Any]:
    """What a cached analysis depends on besides the settings: the fields of the records it
    pickles (a Claim pickled before a field was added lacks it, and writing it failed) and
    the analyzers' versions (a behaviour change bumps them)."""
    import dataclasses
    import importlib

    from newsdossier import model

    records = sorted(
        (name, [f.name for f in dataclasses.fields(cls)])
        for name, cls in vars(model).items()
        if isinstance(cls, type) and dataclasses.is_dataclass(cls)
    )
    versions = [
        getattr(importlib.import_module(f"newsdossier.analyze.{m}"), "VERSION", None)
        for m in ("claims.extract", "events.extract", "time.expressions", "framing.analyzer")
    ]
    return [records, versions]


def _cache_file(n: int, seed: int, settings: Any) -> Path:
    import dataclasses

    import newsdossier

    key = json.dumps(
        [n, seed, newsdossier.__version__, dataclasses.asdict(settings), _GENERATOR,
         _analysis_fingerprint()],
        sort_keys=True,
    )  # fmt: skip
    return CACHE / f"absorb-{hashlib.sha256(key.encode()).hexdigest()[:16]}-{n}.pkl"


def _read_cache(path: Path) -> list[Any]:
    items: list[Any] = []
    if path.exists():
        with path.open("rb") as fh:
            while True:
                try:
                    items.extend(pickle.load(fh))
                except EOFError:
                    break
                except pickle.UnpicklingError:  # a frame cut by a kill: drop it
                    break
    return items


def analysed(n: int, seed: int, settings: Any, workers: int) -> list[Any]:
    """``n`` generated documents, cleaned and analysed, from the disk cache (made once)."""
    from newsdossier.run.pool import PoolExecutor

    path = _cache_file(n, seed, settings)
    items = _read_cache(path)
    if len(items) >= n:
        return items[:n]
    path.parent.mkdir(parents=True, exist_ok=True)
    if items:  # rewrite the whole frames only (a kill may have cut the last one)
        with path.open("wb") as fh:
            pickle.dump(items, fh)
    todo = list(_records(n, seed))[len(items) :]
    print(f"absorb: analysing {len(todo)} generated documents once ({workers} workers; cached "
          f"in {path.relative_to(ROOT)}) ...", flush=True)  # fmt: skip
    started, done = time.perf_counter(), 0
    from collections import deque

    batches = [
        todo[i : i + settings.nlp_batch_docs] for i in range(0, len(todo), settings.nlp_batch_docs)
    ]
    with PoolExecutor(settings.replace(workers=workers)) as pool, path.open("ab") as fh:
        flight: deque[Any] = deque()
        for batch in batches:
            flight.append(pool.submit(batch, settings))
            while len(flight) >= pool.window or (flight and batch is batches[-1]):
                got = [p for p in flight.popleft().result().items if p.document is not None]
                pickle.dump(got, fh)
                items.extend(got)
                done += len(got)
                if done % 1000 < len(got):
                    rate = done / (time.perf_counter() - started)
                    print(f"  {done} analysed, {rate:.1f} docs/s ({_load()})", flush=True)
    return items[:n]


def absorb(args: argparse.Namespace, results: dict[str, Any]) -> None:
    from rekey import Rekeyer

    from newsdossier.run.local import _Builder
    from newsdossier.run.process import BatchResult
    from newsdossier.settings import Settings
    from newsdossier.store.sqlite import open_store

    if args.cpu_clock:
        # writes and resolvers timed in CPU seconds of this process: the machine is shared,
        # and load stretches each resolver's wall time by 3-10 times (and unevenly)
        import types

        import newsdossier.resolve
        import newsdossier.run.local

        clock = types.SimpleNamespace(perf_counter=time.process_time)
        newsdossier.resolve.time = clock  # type: ignore[attr-defined]
        newsdossier.run.local.time = clock  # type: ignore[attr-defined]
    settings = Settings(framing_enabled=False)
    total = args.absorb_stored + args.absorb_measure
    base = min(total, args.absorb_base)
    stream = Rekeyer(analysed(base, args.seed, settings, args.absorb_workers))
    if total > base:
        print(f"absorb: {base} documents analysed for real; documents {base}-{total} are "
              f"re-keyed copies of them (benchmarks/rekey.py: {len(stream.keep)} shared words "
              "keep their spelling, every other word is re-spelled per copy)")  # fmt: skip
    step = min(settings.nlp_batch_docs, settings.write_batch_docs)
    print(f"absorb: {total} analysed documents into a new store, {step} a batch, resolver "
          "passes where a build runs them; every stretch of documents:")  # fmt: skip
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "absorb.db")) as store:
        builder = _Builder(store, settings, None)

        def feed(lo: int, hi: int) -> dict[str, Any]:
            items = stream.items(lo, hi)  # made before the clock starts
            before = dict(builder.seconds)
            t0, c0 = time.perf_counter(), time.process_time()
            for i in range(0, hi - lo, step):
                builder.write([], BatchResult(items[i : min(hi - lo, i + step)]), 0)
            builder.flush()  # the stretch's last gathered batches
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            spent = {k: v - before.get(k, 0.0) for k, v in builder.seconds.items()}
            rss = _rss_mb()
            resolve = sum(v for k, v in spent.items() if k.startswith("resolve:"))
            return {"from": lo, "to": hi, "docs_s": (hi - lo) / wall, "wall_s": wall,
                    "cpu_ms_doc": 1000 * cpu / (hi - lo), "docs_cpu_s": (hi - lo) / cpu,
                    "write_ms": 1000 * spent.get("write", 0.0) / (hi - lo),
                    "resolve_ms": 1000 * resolve / (hi - lo), "load": os.getloadavg(),
                    "rss_mb": rss[0], "peak_rss_mb": rss[1],
                    "clock": "CPU" if args.cpu_clock else "wall",
                    "by_resolver_s": {k[8:]: round(v, 2) for k, v in spent.items()
                                      if k.startswith("resolve:")}}  # fmt: skip

        def show(row: dict[str, Any], label: str = "") -> None:
            top = sorted(row["by_resolver_s"].items(), key=lambda kv: -kv[1])[:3]
            print(f"  {label}{row['from']:>6}-{row['to']:<6} {row['docs_s']:6.1f} docs/s wall, "
                  f"{row['docs_cpu_s']:6.1f} per CPU-second ({row['cpu_ms_doc']:5.1f} CPU ms/doc); "
                  f"{row['clock']} ms/doc: write {row['write_ms']:4.1f}, resolvers {row['resolve_ms']:5.1f} "
                  f"({', '.join(f'{k} {v:.0f} s' for k, v in top)}); RSS {row['rss_mb']:.0f} MB (peak "
                  f"{row['peak_rss_mb']:.0f}); {_load(row['load'])}",
                  flush=True)  # fmt: skip

        for lo in range(0, args.absorb_stored, args.absorb_every):
            row = feed(lo, min(args.absorb_stored, lo + args.absorb_every))
            rows.append(row)
            show(row)
        if args.profile:
            import cProfile

            prof = cProfile.Profile(time.process_time)  # CPU seconds: load stretches wall time
            prof.enable()
        measured = feed(args.absorb_stored, total)
        if args.profile:
            prof.disable()
            prof.dump_stats(args.profile)
            print(f"  profile of the measured stretch: {args.profile}")
        show(measured, "measured ")
        t0 = time.perf_counter()
        report = builder.finish(t0)
        final_s = time.perf_counter() - t0
        reuse = store.conn.execute("SELECT count(*) FROM reuse_pairs").fetchone()[0]
        entities = store.conn.execute("SELECT count(*) FROM entities").fetchone()[0]
        mentions = store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
    with_final = args.absorb_measure / (measured["wall_s"] + final_s)
    print(f"  end-of-build pass: {final_s:.1f} s ({report.final_rounds} rounds, fixed point "
          f"{report.fixed_point})")  # fmt: skip
    print(f"  store: {total} documents, {mentions} mentions, {entities} entities, {reuse} reuse "
          "pairs")  # fmt: skip
    print(f"absorb rate at {args.absorb_stored} stored documents: {measured['docs_s']:.1f} docs/s "
          f"wall, {measured['docs_cpu_s']:.1f} per CPU-second, "
          f"(writes {measured['write_ms']:.1f} + resolvers {measured['resolve_ms']:.1f} ms/doc; "
          f"{with_final:.1f} docs/s with the end-of-build pass; target 300); resolvers "
          f"{measured['by_resolver_s']}")  # fmt: skip
    results["absorb"] = {"stored": args.absorb_stored, "measure": args.absorb_measure,
                         "stretches": rows, "measured": measured, "final_pass_s": final_s,
                         "docs_s_with_final_pass": with_final, "entities": entities,
                         "mentions": mentions, "reuse_pairs": reuse}  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=240, help="throughput corpus size")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--skip-absorb", action="store_true")
    ap.add_argument("--absorb-stored", type=int, default=10_000)
    ap.add_argument("--absorb-measure", type=int, default=2_000)
    ap.add_argument("--absorb-every", type=int, default=1_000)
    ap.add_argument("--absorb-workers", type=int, default=2, help="pool that analyses once")
    ap.add_argument("--absorb-base", type=int, default=4_000,
                    help="documents analysed for real; beyond them, re-keyed copies (rekey.py)")  # fmt: skip
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--wall-clock", dest="cpu_clock", action="store_false",
                    help="time writes and resolvers in wall seconds (default: CPU seconds)")  # fmt: skip
    ap.add_argument("--profile", help="cProfile the measured absorb stretch into this file")
    args = ap.parse_args()
    results: dict[str, Any] = {"started_load": os.getloadavg(), "cpus": os.cpu_count()}
    print(f"bench_scale: {os.cpu_count()} CPUs, {_load()}")
    if not args.skip_throughput:
        throughput(args, results)
    if not args.skip_absorb:
        absorb(args, results)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
