"""The claims stage alone, over the same parsed documents (issue 15).

The build's share of step time (bench_build.py) moves with the load of the machine and
with the other stages; this times only the claims analyzer, in one process, over
documents whose spaCy, sentence and mention stages ran once and were saved:

    # once: the first N records of bench_build's corpus, cleaned and analysed up to mentions
    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_claims.py prepare --limit 300 \
        --out /tmp/works.pkl
    # the claims stage's process CPU seconds (median of --repeat), split into its steps
    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_claims.py time /tmp/works.pkl
    # cProfile of one run, top entries by own and by cumulative time
    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_claims.py profile /tmp/works.pkl
    # every claim as JSON lines (compare two versions' files: the output must not move)
    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_claims.py dump /tmp/works.pkl out.jsonl

The analyzer runs in batches of ``nlp_batch_docs`` documents, as in the build (one parse
of all the windows of a batch).  Timing a version of the package other than this
worktree's: put its root first on PYTHONPATH (``git archive`` of a commit).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import json
import pickle
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsdossier.analyze.claims import extract
from newsdossier.analyze.claims.syntax import parse_sentences
from newsdossier.analyze.pipeline import Work, make_pipeline
from newsdossier.settings import Settings

_FOUNDATION = ("newsdossier.spacy.v1", "newsdossier.sentences.v1", "newsdossier.mentions.v1")


def prepare(limit: int, out: Path) -> None:
    from bench_build import _real_corpus  # noqa: PLC0415  (benchmarks/ is sys.path[0])

    from newsdossier.clean.document import clean_record
    from newsdossier.errors import InputError
    from newsdossier.ingest.base import ReadOptions
    from newsdossier.ingest.files import read_paths
    from newsdossier.model import Rejection

    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        _real_corpus(Path(tmp), limit)
        docs, seen = [], set()
        for raw in read_paths([tmp], ReadOptions()):
            if isinstance(raw, Rejection):
                continue
            try:
                doc = clean_record(raw, settings)
            except InputError:
                continue
            if doc.id not in seen:
                seen.add(doc.id)
                docs.append(doc)
    pipeline = make_pipeline(settings, _FOUNDATION)
    saved: list[tuple[Any, list[Any], list[Any]]] = []
    step = settings.nlp_batch_docs
    for i in range(0, len(docs), step):
        batch = [Work(d) for d in docs[i : i + step]]
        for comp in pipeline.components:
            comp(batch)
        saved += [(w.document, w.sentences, w.mentions) for w in batch]
    out.write_bytes(pickle.dumps(saved))
    chars = sum(len(d.text) for d, _, _ in saved)
    print(f"{len(saved)} documents, {chars} characters -> {out}")


def _load(path: Path) -> list[tuple[Any, list[Any], list[Any]]]:
    return pickle.loads(path.read_bytes())  # noqa: S301  (a file this script wrote)


def _batches(saved: Sequence[tuple[Any, list[Any], list[Any]]]) -> list[list[Work]]:
    step = Settings().nlp_batch_docs
    works = [Work(d, sentences=list(s), mentions=list(m)) for d, s, m in saved]
    return [works[i : i + step] for i in range(0, len(works), step)]


def run_steps(saved: Sequence[tuple[Any, list[Any], list[Any]]]) -> dict[str, float]:
    """One pass of the claims stage, as ClaimExtractor.__call__ runs it, with the process
    CPU seconds of its three steps: plan (the patterns), parse (spaCy, the windows and
    clauses) and finish (bindings, statements, hedges)."""
    model = Settings().spacy_model
    cpu = {"plan": 0.0, "parse": 0.0, "finish": 0.0}
    for batch in _batches(saved):
        t0 = time.process_time()
        plans = [extract.plan_claims(w.document, w.sentences, w.mentions) for w in batch]
        t1 = time.process_time()
        texts = [t for p in plans for t in p.texts()]
        parsed = parse_sentences(model, texts) if texts else []
        t2 = time.process_time()
        i = 0
        for work, plan in zip(batch, plans, strict=True):
            n = plan.parses()
            work.extra["claims"] = extract.finish_claims(plan, parsed[i : i + n])
            i += n
        t3 = time.process_time()
        cpu["plan"] += t1 - t0
        cpu["parse"] += t2 - t1
        cpu["finish"] += t3 - t2
    cpu["total"] = cpu["plan"] + cpu["parse"] + cpu["finish"]
    return cpu


def _warm() -> None:
    extract.ClaimExtractor(Settings())  # loads the parser, compiles the lexicons
    parse_sentences(Settings().spacy_model, ["A warm-up sentence was parsed."])


def time_it(path: Path, repeat: int) -> None:
    saved = _load(path)
    _warm()
    rounds = [run_steps(saved) for _ in range(repeat)]
    med = {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}
    each = ", ".join(f"{r['total']:.2f}" for r in rounds)
    print(f"{len(saved)} documents; claims stage process CPU s, median of {repeat} ({each}):")
    for k in ("plan", "parse", "finish", "total"):
        print(f"  {k:7s} {med[k]:7.2f}")


def profile(path: Path, top: int) -> None:
    saved = _load(path)
    _warm()
    prof = cProfile.Profile()
    prof.enable()
    run_steps(saved)
    prof.disable()
    for key in ("tottime", "cumulative"):
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats(key).print_stats(top)
        print(buf.getvalue())


def dump(path: Path, out: Path) -> None:
    saved = _load(path)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for batch in _batches(saved):
            extract.ClaimExtractor(Settings())(batch)
            for w in batch:
                for c in w.extra["claims"]:
                    fh.write(json.dumps(dataclasses.asdict(c), sort_keys=True) + "\n")
                    n += 1
    print(f"{n} claims of {len(saved)} documents -> {out}")


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--limit", type=int, default=300)
    p.add_argument("--out", type=Path, required=True)
    t = sub.add_parser("time")
    t.add_argument("works", type=Path)
    t.add_argument("--repeat", type=int, default=3)
    f = sub.add_parser("profile")
    f.add_argument("works", type=Path)
    f.add_argument("--top", type=int, default=40)
    d = sub.add_parser("dump")
    d.add_argument("works", type=Path)
    d.add_argument("out", type=Path)
    a = ap.parse_args(argv)
    if a.cmd == "prepare":
        prepare(a.limit, a.out)
    elif a.cmd == "time":
        time_it(a.works, a.repeat)
    elif a.cmd == "profile":
        profile(a.works, a.top)
    else:
        dump(a.works, a.out)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
