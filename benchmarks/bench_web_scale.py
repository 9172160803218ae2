"""Web page p95 and the coordinator's absorb rate at 10k and 100k stored documents (issue 18).

    .venv/bin/python benchmarks/bench_web_scale.py                     # 10k and 100k (make bench-scale)
    .venv/bin/python benchmarks/bench_web_scale.py --sizes 10000 --pg  # and PostgreSQL

For each size N a store is synthesised fast, from **pre-analysed** documents (no NLP):
news-like texts of ~12 sentences over a 20,000-word invented vocabulary, with a
Zipf-distributed cast of 3,000 invented people, organisations and places, and in every
document the annotations the analysers would give: sentences, mentions, one
membership claim about an organisation (values that sometimes disagree:
contradictions), one dated meeting event with its participants and place, one framing
span aimed at an organisation, and in every tenth document a ``leader_of`` statement;
every 25th document repeats three sentences of an earlier one from another outlet
(text reuse).  Then, timed and printed:

1. **Absorb rate** of the building process.  The N documents are written in batches
   (``write_batch``) and resolved by one catch-up pass (both printed, not the
   target); then ``--absorb`` more documents go through what a build's building
   process does (``run/local.py``'s ``_Builder.write``, handed over in analysed batches
   of ``--feed`` documents, by default as a build hands them: the writes and the
   resolver passes where the schedule puts them).  docs/s over that stretch (wall, and per
   CPU-second of this process: the machine is shared, load stretches wall time),
   with writes and each resolver's ms/doc.  Target (issue 18): >= 300 docs/s at 10k
   and at 100k, ratio 100k/10k >= 0.9.
2. **Web page p95**, in-process through FastAPI's TestClient (routing, store
   queries, templates; no network), after one warm-up request per page kind: the
   overview, the entity page of the 30 most mentioned entities and of 100 drawn at
   random, the timeline (pages, a date range, an entity's), documents, search (200
   one- or two-word queries, common words included), entity list pages, sources,
   one source, the reuse matrix.  With ``--pg`` the same store is copied into a
   scratch PostgreSQL cluster (``tools/pg_scratch.py``) and the same requests are
   timed there (the web pool opened on the PostgreSQL store); ``--pg-url URL`` times
   them on a database already holding the copy (kept between runs: the copy of 100k
   documents takes minutes).  On PostgreSQL each request's CPU is also given as the
   app's plus the server's (every process of the cluster, from /proc, when it runs on
   this machine).  Target: p95 <= 100 ms for every page kind, search included.

Every figure is printed with ``os.getloadavg()``.  Results also go to
benchmarks/results/web_scale.json.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import warnings
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdossier.model import (  # noqa: E402
    Annotations,
    Claim,
    Document,
    EventMention,
    FramingSpanRecord,
    Mention,
    NameLink,
    PublishedDate,
    Sentence,
    TimeExpression,
    make_id,
)
from newsdossier.names import name_key  # noqa: E402
from newsdossier.store.base import Processed  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
TARGET_MS = 100.0
TARGET_DOCS_S = 300.0

# -- the synthetic corpus -------------------------------------------------------------

_SYLL = ["har", "vel", "mor", "os", "trand", "bren", "mark", "qas", "run", "gol", "zar",
         "te", "shan", "dar", "ka", "lin", "vo", "rem", "tis", "pel"]  # fmt: skip
_OUTLETS = [f"{w} Herald" for w in ("Ostra", "Velmor", "Harvan", "Tessel", "Qarin", "Brent")]
_OUTLETS += [f"{w} News" for w in ("Golzar", "Kadir", "Marren", "Linvo", "Peltis", "Runa")]
_LABEL = {"person": "PERSON", "organization": "ORG", "place": "GPE"}


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLL) for _ in range(rng.randint(2, 3)))


class Corpus:
    """A reproducible stream of pre-analysed documents (``Processed`` items)."""

    def __init__(self, seed: int = 18) -> None:
        rng = random.Random(seed)
        self.vocab = sorted({_word(rng) for _ in range(30_000)})
        seen: set[str] = set()
        self.cast: dict[str, list[str]] = {"person": [], "organization": [], "place": []}
        while sum(len(v) for v in self.cast.values()) < 3000:
            kind = rng.choice(list(self.cast))
            parts = 2 if kind == "person" else rng.randint(1, 3)
            name = " ".join(_word(rng).capitalize() for _ in range(parts))
            if kind == "organization":
                name = f"{name} {rng.choice(['Council', 'Front', 'Party', 'Union'])}"
            if name not in seen:
                seen.add(name)
                self.cast[kind].append(name)
        self.weights = {k: [1 / (r + 1) for r in range(len(v))] for k, v in self.cast.items()}
        self.sentences: list[list[str]] = []  # every document's filler, for copies

    def _pick(self, rng: random.Random, kind: str) -> str:
        return rng.choices(self.cast[kind], self.weights[kind])[0]

    def _words(self, rng: random.Random, n: int = 2) -> str:
        return " ".join(rng.choice(self.vocab) for _ in range(n))

    def _filler(self, rng: random.Random) -> str:
        words = [rng.choice(self.vocab) for _ in range(rng.randint(9, 16))]
        return " ".join(words).capitalize() + "."

    def document(self, i: int) -> Processed:
        rng = random.Random(i * 7919 + 1)
        outlet = _OUTLETS[i % len(_OUTLETS)]
        year, month, day = 2005 + i % 15, 1 + i % 12, 1 + i % 28
        date = f"{year}-{month:02d}-{day:02d}"
        doc_id = make_id("bench-doc", i)
        text = ""
        sentences: list[tuple[int, int]] = []
        mentions: list[Mention] = []

        def add(parts: list[tuple[str, str | None]]) -> list[Mention]:
            """Append one sentence of (text, entity kind or None) parts."""
            nonlocal text
            if text:
                text += " "
            start = len(text)
            found = []
            for s, kind in parts:
                if kind is not None:
                    m = Mention(doc_id, len(text), len(text) + len(s), s, _LABEL[kind], kind,
                                name_key(s), "bench", "1")  # fmt: skip
                    mentions.append(m)
                    found.append(m)
                text += s
            sentences.append((start, len(text)))
            return found

        filler: list[str] = []  # the plain sentences: what a later document may copy
        for _ in range(rng.randint(4, 6)):
            f = self._filler(rng)
            add([(f[:-1] + ", ", None), (self._pick(rng, "person"), "person"),
                 (f" {self._words(rng)}.", None)])  # fmt: skip
        org, person, other, place = (self._pick(rng, "organization"), self._pick(rng, "person"),
                                     self._pick(rng, "person"), self._pick(rng, "place"))  # fmt: skip
        members = (
            100 * (1 + zlib.crc32(org.encode()) % 5) if rng.random() < 0.8 else rng.randint(50, 900)
        )
        # random words between the fixed ones: no word 3-gram of a template is shared by
        # the documents that name the same actor (text reuse would find thousands)
        w = self._words
        c_org, c_src = add([(org, "organization"), (f" {w(rng)} has {members} members {w(rng)}, ", None),
                            (person, "person"), (f" {w(rng)} said.", None)])  # fmt: skip
        claim_start, claim_end = sentences[-1]
        v = text.index(str(members), c_org.end)
        claim = Claim(
            doc_id, claim_start, claim_end, text[claim_start:claim_end], "member_count",
            c_org.start, c_org.end, org, str(members), v, v + len(str(members)),
            f"number:{members}:{members}", person, "named", c_src.start, c_src.end, None,
            "indirect", None, "asserted", None, None, "bench", "1",
        )  # fmt: skip
        e_p, e_o, e_pl = add([(person, "person"), (" met ", None), (other, "person"),
                              (f" {w(rng)} in ", None), (place, "place"),
                              (f" {w(rng)} on {date}.", None)])  # fmt: skip
        ev_start, ev_end = sentences[-1]
        t_at = text.index(date, e_pl.end)
        when = TimeExpression(doc_id, t_at, t_at + len(date), date, date, "day", "absolute")
        event = EventMention(
            doc_id, ev_start, ev_end, text[ev_start:ev_end], "meeting", e_p.end + 1,
            e_p.end + 4, when, f"{person} met {other}", (e_p.id, e_o.id), (e_pl.id,),
        )  # fmt: skip
        f_org, *_ = add([(org, "organization"), (f" {w(rng)} thugs {w(rng)}.", None)])
        f_start, f_end = sentences[-1]
        framing = FramingSpanRecord(
            doc_id, f_start, f_end, text[f_start:f_end], "Name_Calling,Labeling", 0.9,
            "bench@1", f_org.id, f_org.start, f_org.end, org, f_org.key, "overlap",
        )  # fmt: skip
        links = []
        if i % 10 == 0:
            lead = self._pick(rng, "person")
            l_p, l_o = add([(lead, "person"), (f", {w(rng)} leader of ", None),
                            (org, "organization"), (f", {w(rng)}.", None)])  # fmt: skip
            s, e = sentences[-1]
            links.append(NameLink(doc_id, "leader_of", l_p.start, l_p.end, lead, l_o.start,
                                  l_o.end, org, s, e, None, "bench"))  # fmt: skip
        if i % 25 == 24 and len(self.sentences) > 30:
            source = self.sentences[rng.randrange(len(self.sentences) - 20)]
            for f in source[:3]:
                add([(f, None)])
        for _ in range(rng.randint(3, 5)):
            f = self._filler(rng)
            filler.append(f)
            add([(f, None)])
        self.sentences.append(filler)
        doc = Document(
            id=doc_id, text=text, source="bench", name=f"b{i}",
            title=f"Report {i}: {self._pick(rng, 'place')}", outlet=outlet,
            published=PublishedDate(date, "day", "metadata"),
        )  # fmt: skip
        ann = Annotations(
            doc_id=doc_id,
            sentences=tuple(Sentence(doc_id, a, b, text[a:b]) for a, b in sentences),
            mentions=tuple(mentions), analyzers=("bench@1",), claims=(claim,),
            times=(when,), events=(event,), name_links=tuple(links), framing=(framing,),
        )  # fmt: skip
        return Processed(key=f"bench#{i}", source="bench", record=str(i),
                         content_hash=doc_id, document=doc, annotations=ann)  # fmt: skip

    def batches(self, lo: int, hi: int, size: int) -> Iterator[list[Processed]]:
        for a in range(lo, hi, size):
            yield [self.document(i) for i in range(a, min(hi, a + size))]


# -- helpers ---------------------------------------------------------------------------


def _load() -> str:
    return "load " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def _pct(samples: list[float]) -> dict[str, float]:
    s = sorted(samples)
    return {
        "p50_ms": round(statistics.median(s) * 1000, 1),
        "p95_ms": round(s[min(len(s) - 1, int(0.95 * len(s)))] * 1000, 1),
        "max_ms": round(s[-1] * 1000, 1),
        "n": len(s),
    }


# -- part 1: the store and the absorb rate ------------------------------------------------


def make_store(
    path: Path, corpus: Corpus, n: int, absorb: int, feed: int | None = None
) -> dict[str, Any]:
    """``n`` documents written and resolved (catch-up), then ``absorb`` more through the
    building process's path, timed."""
    from newsdossier.run.passes import intermediate_pass
    from newsdossier.settings import Settings
    from newsdossier.store.sqlite import open_store

    settings = Settings(framing_enabled=False)
    out: dict[str, Any] = {"stored": n, "absorbed": absorb}
    with open_store(str(path)) as store:
        t0 = time.perf_counter()
        for batch in corpus.batches(0, n, 500):
            store.write_batch(batch)
        out["bulk_write_s"] = round(time.perf_counter() - t0, 1)
        print(f"  {n} documents written in {out['bulk_write_s']} s ({_load()})", flush=True)
        t0 = time.perf_counter()
        timings: dict[str, float] = {}
        intermediate_pass(store, settings, timings)
        out["catch_up_s"] = round(time.perf_counter() - t0, 1)
        out["catch_up_by_resolver_s"] = {k: round(v, 1) for k, v in timings.items()}
        print(f"  catch-up resolver pass over them: {out['catch_up_s']} s "
              f"{out['catch_up_by_resolver_s']} ({_load()})", flush=True)  # fmt: skip
        items = [corpus.document(i) for i in range(n, n + absorb)]  # made before timing
        out.update(_timed_absorb(store, settings, items, feed))
        store.conn.execute("ANALYZE")
    return out


@contextlib.contextmanager
def _resolver_cpu(cpu_of: dict[str, float]) -> Iterator[None]:
    """Each registered resolver's CPU seconds (this process) into ``cpu_of`` while inside
    (the build times them on the wall clock only, which load stretches)."""
    import functools

    from newsdossier.registry import resolvers
    from newsdossier.resolve import RESOLVER_MODULES

    for module in RESOLVER_MODULES:
        importlib.import_module(module)
    saved = dict(resolvers._factories)

    def timed(name: str, run: Any) -> Any:
        @functools.wraps(run)
        def call(*args: Any, **kwargs: Any) -> Any:
            c = time.process_time()
            try:
                return run(*args, **kwargs)
            finally:
                cpu_of[name] = cpu_of.get(name, 0.0) + time.process_time() - c

        return call

    resolvers._factories.update({n: timed(n, f) for n, f in saved.items()})
    try:
        yield
    finally:
        resolvers._factories.clear()
        resolvers._factories.update(saved)


_PROFILE: Path | None = None  # --profile: cProfile of the timed absorb (CPU clock) to this file


def _timed_absorb(store: Any, settings: Any, items: list[Any], feed: int | None) -> dict[str, Any]:
    """``items`` handed to the building process's path (``_Builder.write``) in analysed
    batches of ``feed`` documents (default: as a build hands them, ``nlp_batch_docs`` or
    ``write_batch_docs`` if fewer), written and resolved as a build does, the last ones
    flushed; timed: docs/s wall and per CPU-second, ms per document of the writes and of
    each resolver."""
    import cProfile

    from newsdossier.run.local import _Builder
    from newsdossier.run.process import BatchResult

    builder = _Builder(store, settings, None)
    step = feed or min(settings.nlp_batch_docs, settings.write_batch_docs)
    absorb = len(items)
    flush = getattr(builder, "flush", lambda: None)  # before 18x each batch was written at once
    prof = cProfile.Profile(time.process_time) if _PROFILE else None
    cpu_of: dict[str, float] = {}
    with _resolver_cpu(cpu_of):
        t0, c0 = time.perf_counter(), time.process_time()
        if prof is not None:
            prof.enable()
        for a in range(0, absorb, step):
            builder.write([], BatchResult(items[a : a + step]), 0)
        flush()
        if prof is not None:
            prof.disable()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    if prof is not None and _PROFILE is not None:
        prof.dump_stats(str(_PROFILE))
    secs = dict(builder.seconds)
    return dict(
        docs_s=round(absorb / wall, 1), docs_cpu_s=round(absorb / cpu, 1),
        write_ms_doc=round(1000 * secs.get("write", 0.0) / absorb, 2),
        resolvers_ms_doc={k[8:]: round(1000 * v / absorb, 2) for k, v in secs.items()
                          if k.startswith("resolve:")},
        resolvers_cpu_ms_doc={k: round(1000 * v / absorb, 2) for k, v in cpu_of.items()},
        other_cpu_ms_doc=round(1000 * (cpu - sum(cpu_of.values())) / absorb, 2),
        passes=builder.report.resolver_passes, load=os.getloadavg(),
    )  # fmt: skip


def absorb_again(
    kept: Path, copy: Path, absorb: int, warm_docs: int = 300, feed: int | None = None
) -> dict[str, Any]:
    """A copy of the kept store ``kept`` (written and resolved by :func:`make_store`), then
    ``absorb`` more documents through the building process's path into the copy, timed as
    :func:`make_store` times its stretch: the same kept store gives a before and an after
    (``store.compare.diff_stores`` of the two copies: the same rows).

    The documents are the corpus's next ones (numbered from the copy's document count),
    made by a fresh :class:`Corpus`: the every-25th copies repeat sentences of documents of
    this stretch.  The resolvers' imports and word lists are loaded first, by one pass over
    ``warm_docs`` documents in a scratch store and the word lists' first look-ups."""
    from newsdossier.run.passes import intermediate_pass
    from newsdossier.settings import Settings
    from newsdossier.store.sqlite import open_store

    settings = Settings(framing_enabled=False)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    t0 = time.perf_counter()
    shutil.copyfile(kept, copy)
    if Path(f"{kept}-wal").exists():
        shutil.copyfile(f"{kept}-wal", f"{copy}-wal")
    print(f"  copied {kept} in {time.perf_counter() - t0:.1f} s", flush=True)
    from newsdossier.resolve.names import is_adjective, is_sentence_word

    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "warm.db")) as warm:
        scratch = Corpus(seed=5)
        warm.write_batch([scratch.document(i) for i in range(warm_docs)])
        intermediate_pass(warm, settings, {})
    # word lists some rules load on first use (spaCy's lemma tables: seconds), which 300
    # scratch documents may not reach
    is_adjective("tiny", settings.spacy_model)
    is_sentence_word("given", settings.spacy_model)
    with open_store(str(copy)) as store:
        n = store.document_count()
        out: dict[str, Any] = {"stored": n, "absorbed": absorb, "copy_of": str(kept)}
        corpus = Corpus()  # a fresh one: the same documents whatever ran before
        items = [corpus.document(i) for i in range(n, n + absorb)]  # made before timing
        out.update(_timed_absorb(store, settings, items, feed))
    return out


def quick_store(path: Path, corpus: Corpus, n: int) -> dict[str, Any]:
    """``n`` documents written (resuming a store that holds fewer), then resolved the cheap
    way, for the web pages only: every name key one entity, every event mention one event.
    No text reuse, recall, relations or contradictions (their resolvers' one catch-up
    pass over 10k documents already took 264 s here; see make_store)."""
    from newsdossier.resolve.entity_refresh import refresh_entities
    from newsdossier.store.sqlite import open_store

    out: dict[str, Any] = {"stored": n, "quick": True}
    with open_store(str(path)) as store:
        t0 = time.perf_counter()
        for batch in corpus.batches(0, n, 500):
            if int(batch[-1].record or 0) >= store.document_count():
                store.write_batch(batch)
        out["bulk_write_s"] = round(time.perf_counter() - t0, 1)
        t0 = time.perf_counter()
        keys = list(store.unresolved_mention_keys())
        ids = {k: make_id("bench-entity", k) for k in keys}
        with store.transaction():
            store.link_mentions(list(ids.items()))
            refresh_entities(store, list(ids.values()), {v: k for k, v in ids.items()}, "bench@1")
        while rows := store.unmerged_event_mentions(5000):
            with store.transaction():
                events = [
                    (make_id("bench-event", r["id"]), r["type"], r["date_value"], r["date_end"],
                     r["date_precision"] or "unknown", r["date_text"],
                     int(r["date_value"][:4]) if r["date_value"] else None, r["summary"], 1, 1, 0,
                     "bench@1")
                    for r in rows
                ]  # fmt: skip
                store.upsert_events(events)
                store.merge_event_mentions(
                    [(r["id"], e[0]) for r, e in zip(rows, events, strict=True)], []
                )
        store.conn.execute("ANALYZE")
        out["quick_resolve_s"] = round(time.perf_counter() - t0, 1)
    print(f"  {n} documents, resolved by key in {out['quick_resolve_s']} s ({_load()})")
    return out


# -- part 2: web pages ---------------------------------------------------------------------


def _page_urls(path: Path, rng: random.Random, corpus: Corpus) -> dict[str, list[str]]:
    from newsdossier.store.sqlite import SQLiteStore

    with SQLiteStore(path, readonly=True) as s:
        top = [e["id"] for e in s.top_entities(30)]
        every = [e["id"] for e in s.entities_page(None, 100_000, 0)]
        docs = [
            r[0] for r in s.conn.execute("SELECT id FROM documents ORDER BY random() LIMIT 100")
        ]
        n_entities = s.entity_count()
    # words in every document (the worst case: every document matches), then rarer ones
    common = ["said", "members", "met", "said members", "leader"] + corpus.vocab[:25]
    names = [n.split()[0] for k in corpus.cast.values() for n in k[:100]]
    queries = [
        rng.choice(common) if r < 0.3 else
        " ".join(rng.sample(corpus.vocab, 2)) if r < 0.6 else rng.choice(names)
        for r in (rng.random() for _ in range(200))
    ]  # fmt: skip
    pages = max(1, min(200, n_entities // 50))
    return {
        "overview": ["/"] * 20,
        "entity_top30": [f"/entities/{e}" for e in top],
        "entity_random": [f"/entities/{rng.choice(every)}" for _ in range(100)],
        "entity_mentions_p5": [f"/entities/{e}?page=5" for e in top[:20]],
        "entities_list": [f"/entities?page={rng.randint(1, pages)}" for _ in range(40)],
        "timeline": [f"/timeline?page={rng.randint(1, 200)}" for _ in range(30)],
        "timeline_range": [f"/timeline?start={y}&end={y}-06" for y in range(2005, 2020)] * 2,
        "timeline_entity": [f"/timeline?entity={e}" for e in top[:20]],
        "document": [f"/documents/{d}" for d in docs],
        "search": [f"/search?q={q}" for q in queries],
        "search_p3": [f"/search?q={q}&page=3" for q in common[:30]],
        "sources": ["/sources"] * 10,
        "source": [f"/source?outlet={o}" for o in _OUTLETS] * 2,
        "reuse": ["/reuse"] * 10,
        "reuse_cell": [
            f"/reuse?later={a}&first={b}" for a, b in zip(_OUTLETS, _OUTLETS[1:], strict=False)
        ],
    }


class ServerCPU:
    """The CPU seconds a PostgreSQL server has used so far: every process of its cluster
    (the backends serving the pages, and the rest), from ``/proc/PID/schedstat``
    (nanoseconds on a CPU).  The server's share of a page's work, which the app's own CPU
    time leaves out.  ``ServerCPU.at(url)`` is None when the server's processes cannot be
    read (another machine, another user)."""

    def __init__(self, postmaster: int) -> None:
        self.postmaster = postmaster
        self.pids = self._cluster()

    @classmethod
    def at(cls, url: str) -> ServerCPU | None:
        import psycopg

        try:
            with psycopg.connect(url, autocommit=True) as conn:
                row = conn.execute("SHOW data_directory").fetchone()
            master = int((Path(row[0]) / "postmaster.pid").read_text().split()[0])
            Path(f"/proc/{master}/schedstat").read_text()
        except (OSError, ValueError, IndexError, TypeError, psycopg.Error):
            return None
        return cls(master)

    def _cluster(self) -> list[int]:
        pids = [self.postmaster]
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                # after the parenthesised command name: the state, then the parent's pid
                if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == self.postmaster:
                    pids.append(int(stat.parent.name))
            except (OSError, ValueError, IndexError):
                continue
        return pids

    def refresh(self) -> None:
        """Count the backends started since (the web pool's connections)."""
        self.pids = self._cluster()

    def seconds(self) -> float:
        total = 0
        for pid in self.pids:
            try:
                total += int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
            except (OSError, ValueError, IndexError):
                continue
        return total / 1e9


def measure_web(db: str, urls: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from newsdossier.serve import create_app

    server = ServerCPU.at(db) if db.startswith("postgresql") else None
    # As a context manager: one event loop and one worker thread pool for every request,
    # as a server has.  Without it the TestClient starts a loop, hence a worker thread,
    # per request, and the web pool opens a store per thread: every page then paid a
    # connection, a migration check and a cold page cache (measured at 10k documents:
    # timeline_range mean 198 ms that way, 10 ms in one pool).
    with TestClient(create_app(db)) as client:
        out: dict[str, dict[str, float]] = {}
        for kind, batch in urls.items():
            client.get(batch[0])  # warm-up: first use of the page kind
            if server is not None:
                server.refresh()
            samples, cpu, total_cpu = [], [], []
            errors = failed = 0
            for url in batch:
                s0 = server.seconds() if server is not None else 0.0
                t0, c0 = time.perf_counter(), time.process_time()
                r = client.get(url)
                samples.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)  # every thread of this process
                if server is not None:  # the app's CPU plus the server's
                    total_cpu.append(cpu[-1] + server.seconds() - s0)
                if r.status_code == 503:  # over the request deadline (sql_time_limit_ms): counted
                    errors += 1
                elif r.status_code != 200:  # counted and shown (the JSON twin says why)
                    failed += 1
                    api = client.get("/api" + url if url != "/" else "/api/overview")
                    print(f"    {url}: {r.status_code} {api.text[:300]}", flush=True)
            out[kind] = {**_pct(samples), "over_deadline": errors, "failed": failed}
            out[kind].update({f"cpu_{k}": v for k, v in _pct(cpu).items() if k != "n"})
            if total_cpu:
                out[kind].update({f"total_cpu_{k}": v for k, v in _pct(total_cpu).items()
                                  if k != "n"})  # fmt: skip
    return out


def _with_postgres(db: Path) -> tuple[Any, str]:
    """A scratch cluster holding a copy of the SQLite store ``db``; the web pool opens it."""
    sys.path.insert(0, str(ROOT / "tools"))
    import pg_scratch

    from newsdossier.store.postgres import PostgresStore, copy_tables
    from newsdossier.store.sqlite import SQLiteStore

    cluster = pg_scratch.start()
    pg_scratch.wait_ready(cluster)
    url = cluster.url()
    t0 = time.perf_counter()
    with SQLiteStore(db, readonly=True) as src:
        target = PostgresStore(url)
        copy_tables(src, target)
        target.conn.execute("ANALYZE")
        target.close()
    print(f"  copied into PostgreSQL in {time.perf_counter() - t0:.0f} s", flush=True)
    return cluster, url


def _into_postgres(db: Path, url: str) -> str:
    """``url``, holding a copy of the SQLite store ``db`` (copied unless it already holds
    as many documents), migrated and analysed."""
    from newsdossier.store.postgres import PostgresStore, copy_tables
    from newsdossier.store.sqlite import SQLiteStore

    t0 = time.perf_counter()
    target = PostgresStore(url)  # opening applies the migrations it lacks
    try:
        with SQLiteStore(db, readonly=True) as src:
            if target.document_count() != src.document_count():
                copy_tables(src, target)
                print(f"  copied into PostgreSQL in {time.perf_counter() - t0:.0f} s", flush=True)
        target.conn.execute("ANALYZE")
    finally:
        target.close()
    print(f"  PostgreSQL store ready (migrated, analysed) in {time.perf_counter() - t0:.1f} s",
          flush=True)  # fmt: skip
    return url


def _migrate(db: Path) -> float:
    """Open a kept store once for writing: migrations it lacks are applied (the web pool
    opens it read-only, which refuses a store at an older version); seconds taken."""
    from newsdossier.store.sqlite import open_store

    t0 = time.perf_counter()
    with open_store(str(db)) as store:
        store.conn.execute("ANALYZE")
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--absorb", type=int, default=2_000, help="documents absorbed, timed")
    ap.add_argument(
        "--feed",
        type=int,
        help="documents per analysed batch handed to the building process (default: as a"
        " build hands them, nlp_batch_docs; 200 = write_batch_docs, the figures before 18x)",
    )
    ap.add_argument("--pg", action="store_true", help="also time the pages on PostgreSQL")
    ap.add_argument("--keep", type=Path, help="folder to keep the stores in (reused if there)")
    ap.add_argument("--skip-web", action="store_true")
    ap.add_argument("--pg-only", action="store_true", help="time the pages on PostgreSQL only")
    ap.add_argument(
        "--pg-url",
        help="time the pages on this PostgreSQL database (implies --pg); the SQLite store is"
        " copied into it only when it holds a different number of documents (a copy of the"
        " 100k store takes 3-6 minutes here)",
    )
    ap.add_argument(
        "--absorb-again",
        action="store_true",
        help="time --absorb more documents into a copy of each kept store (--keep; made"
        " first if missing): the same kept store times a before and an after",
    )
    ap.add_argument(
        "--absorb-copy",
        type=Path,
        help="with --absorb-again: write the copies here (web-scale-N-absorbed.db), kept"
        " for store.compare.diff_stores; default a temporary folder",
    )
    ap.add_argument(
        "--quick-resolve",
        action="store_true",
        help="resolve the store by key (web pages only, no absorb rate): fast at 100k",
    )
    ap.add_argument(
        "--kinds",
        nargs="+",
        help="time only these page kinds (as printed: timeline_entity, search_p3, ...); the"
        " same requests as a full run",
    )
    ap.add_argument(
        "--profile",
        type=Path,
        help="cProfile the timed absorb (CPU clock) into this file (pstats); the profiler"
        " slows Python calls: compare a profiled stretch only with another profiled one",
    )
    args = ap.parse_args(argv)
    global _PROFILE
    _PROFILE = args.profile
    results: dict[str, Any] = {"cpus": os.cpu_count(), "started_load": os.getloadavg()}
    corpus = Corpus()
    print(f"bench_web_scale: {os.cpu_count()} CPUs, {_load()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in args.sizes:
            db = folder / f"web-scale-{n}.db"
            info = folder / f"web-scale-{n}.json"
            print(f"{n} stored documents:", flush=True)
            if db.exists() and info.exists() and args.absorb_again:
                absorb = json.loads(info.read_text())  # the kept store is only read (copied)
            elif db.exists() and info.exists():
                absorb = json.loads(info.read_text())
                print("  (store and absorb figures from the kept run;"
                      f" migrated and analysed in {_migrate(db):.1f} s)", flush=True)  # fmt: skip
            elif args.quick_resolve:
                absorb = quick_store(db, corpus, n)
                info.write_text(json.dumps(absorb, default=str))
            else:
                db.unlink(missing_ok=True)
                absorb = make_store(db, corpus, n, args.absorb, args.feed)
                info.write_text(json.dumps(absorb, default=str))
            if args.absorb_again:
                if absorb.get("quick"):
                    ap.error("--absorb-again needs a store made without --quick-resolve")
                copies = args.absorb_copy or Path(tmp)
                copies.mkdir(parents=True, exist_ok=True)
                absorb = absorb_again(
                    db, copies / f"web-scale-{n}-absorbed.db", args.absorb, feed=args.feed
                )
            res: dict[str, Any] = {"absorb": absorb}
            top = sorted(absorb.get("resolvers_ms_doc", {}).items(), key=lambda kv: -kv[1])[:4]
            if absorb.get("quick"):
                print("  (resolved by key for the web pages only: no absorb rate measured)")
            else:
                print(f"  absorb {absorb['absorbed']} more (into {absorb['stored']}): {absorb['docs_s']} docs/s wall, "
                      f"{absorb['docs_cpu_s']} per CPU-second (target {TARGET_DOCS_S:.0f}); ms/doc: "
                      f"write {absorb['write_ms_doc']}, resolvers "
                      f"{', '.join(f'{k} {v}' for k, v in top)}; {absorb['passes']} passes; "
                      + (f"CPU ms/doc: resolvers {', '.join(f'{k.split(chr(46))[1]} {v}' for k, v in sorted(absorb['resolvers_cpu_ms_doc'].items(), key=lambda kv: -kv[1]))}, "
                         f"the rest (writes) {absorb['other_cpu_ms_doc']}; "
                         if 'resolvers_cpu_ms_doc' in absorb else "") +
                      f"load {' '.join(f'{x:.1f}' for x in absorb['load'])}", flush=True)  # fmt: skip
            if not args.skip_web:
                urls = _page_urls(db, random.Random(5), corpus)
                if args.kinds:
                    unknown = set(args.kinds) - set(urls)
                    if unknown:
                        ap.error(f"unknown page kinds {sorted(unknown)}; known: {sorted(urls)}")
                    urls = {k: v for k, v in urls.items() if k in args.kinds}
                engines = [] if args.pg_only else [("sqlite", str(db))]
                cluster = None
                if args.pg_url:
                    engines.append(("postgresql", _into_postgres(db, args.pg_url)))
                elif args.pg or args.pg_only:
                    cluster, url = _with_postgres(db)
                    engines.append(("postgresql", url))
                try:
                    for engine, location in engines:
                        pages = measure_web(location, urls)
                        res[engine] = pages
                        worst = max(r["p95_ms"] for r in pages.values())
                        worst_cpu = max(r["cpu_p95_ms"] for r in pages.values())
                        print(f"  web pages on {engine} ({_load()}); worst p95 {worst} ms wall, "
                              f"{worst_cpu} ms CPU (target {TARGET_MS:.0f}); wall | CPU of this "
                              "process (load stretches wall time, not CPU time):", flush=True)  # fmt: skip
                        for kind, r in pages.items():
                            flag = "" if r["p95_ms"] <= TARGET_MS else "  (wall over)"
                            if r.get("total_cpu_p95_ms", r["cpu_p95_ms"]) > TARGET_MS:
                                flag = "  MISSED (CPU over)"
                            print(f"    {kind:<20} p50 {r['p50_ms']:>7.1f} | {r['cpu_p50_ms']:>6.1f}"
                                  f"  p95 {r['p95_ms']:>7.1f} | {r['cpu_p95_ms']:>6.1f}"
                                  f"  max {r['max_ms']:>7.1f} ms  (n={r['n']}"
                                  + (f", app+server CPU p50 {r['total_cpu_p50_ms']} p95 "
                                     f"{r['total_cpu_p95_ms']}" if "total_cpu_p95_ms" in r else "")
                                  + (f", {r['failed']} failed" if r["failed"] else "")
                                  + (f", {r['over_deadline']} answered 503: over the request deadline"
                                     if r["over_deadline"] else "") + f"){flag}", flush=True)  # fmt: skip
                finally:
                    if cluster is not None:
                        import pg_scratch

                        pg_scratch.stop(cluster)
            results[str(n)] = res
        rates = [results[str(n)]["absorb"].get("docs_s") for n in args.sizes]
        if len(args.sizes) >= 2 and rates[0] and rates[-1]:
            print(f"absorb ratio {args.sizes[-1]}/{args.sizes[0]}: {rates[-1] / rates[0]:.2f} "
                  "(target >= 0.9)")  # fmt: skip
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "web_scale.json").write_text(json.dumps(results, indent=1, default=str) + "\n")
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
