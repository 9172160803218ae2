"""The pages read the analysis sections through indexed, paginated store queries (issue 18),
and show what the export's sections hold; pages page (next/prev, a stable order, empty
pages past the end).  Each test runs once per engine (``db_url``: PostgreSQL with
``--pg`` or ``NEWSDOSSIER_TEST_PG=1``, filled from the SQLite build by ``copy_tables``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdossier.export.claims import iter_claims, iter_contradictions, iter_reuse
from newsdossier.export.events import iter_events
from newsdossier.export.framing import iter_framing
from newsdossier.export.relations import iter_relation_records
from newsdossier.serve import queries
from newsdossier.store.reads import SEARCH_RANKED_MAX
from newsdossier.store.sqlite import SQLiteStore
from tests.pg import sample_store_copy, sql

pytestmark = pytest.mark.issue(18)


@pytest.fixture(scope="module")
def sections(sample_db: Path) -> dict[str, list[dict[str, Any]]]:
    """The export's sections of the sample store: what the pages used to index whole."""
    store = SQLiteStore(sample_db, readonly=True)
    try:
        with store.snapshot():
            return {
                "relations": list(iter_relation_records(store)),
                "events": list(iter_events(store)),
                "claims": list(iter_claims(store)),
                "contradictions": list(iter_contradictions(store)),
                "reuse": list(iter_reuse(store)),
                "framing": list(iter_framing(store)),
            }
    finally:
        store.close()


@pytest.fixture
def store(db_url: str, sample_db: Path, tmp_path: Path) -> Iterator[Any]:
    """The sample store on the engine of ``db_url``."""
    s = sample_store_copy(db_url, sample_db, tmp_path, readonly=True)
    yield s
    s.close()


def _entities_in(sec: dict[str, list[dict[str, Any]]]) -> set[str]:
    ids: set[str] = set()
    for r in sec["relations"]:
        ids |= {r["subject"], r["object"]}
    for e in sec["events"]:
        ids |= set(e["participants"]) | set(e["places"])
    ids |= {c["subject"] for c in sec["claims"] if c["subject"]}
    ids |= {f["target"] for f in sec["framing"] if f["target"]}
    return ids


def test_entity_pages_show_what_the_sections_hold(
    store: Any, sections: dict[str, list[dict[str, Any]]]
) -> None:
    entities = _entities_in(sections)
    assert len(entities) > 10
    outlet_of = {d["id"]: d["outlet"] for d in store.iter_documents()}
    for eid in sorted(entities):
        page = queries.entity(store, eid)
        want_rel = {
            (r["subject"], r["type"], r["object"], len(r["evidence"]))
            for r in sections["relations"] if eid in (r["subject"], r["object"])
        }  # fmt: skip
        got_rel = {
            (r["subject"], r["type"], r["object"], len(r["evidence"])) for r in page["relations"]
        }
        assert got_rel == want_rel, eid
        want_events = [
            e["id"] for e in sections["events"] if eid in e["participants"] or eid in e["places"]
        ]
        assert [e["id"] for e in page["events"]] == want_events[: queries.MAX_ENTITY_EVENTS]
        assert page["events_total"] == len(want_events)
        want_claims = {c["id"] for c in sections["claims"] if c["subject"] == eid}
        assert {c["id"] for c in page["claims"]} == want_claims, eid
        for c in page["claims"]:
            assert c["text"] == next(x["text"] for x in sections["claims"] if x["id"] == c["id"])
        want_contra = [x["claims"] for x in sections["contradictions"] if x["subject"] == eid]
        assert sorted(x["claims"] for x in page["contradictions"]) == sorted(want_contra)
        want_framing = Counter(
            (outlet_of[f["doc"]] or "(no outlet)", f["technique"])
            for f in sections["framing"] if f["target"] == eid
        )  # fmt: skip
        got_framing = Counter(
            {
                (o["outlet"], t): n
                for o in page["framing_by_outlet"]
                for t, n in o["techniques"].items()
            }
        )
        assert got_framing == want_framing, eid


def test_document_pages_show_what_the_sections_hold(
    store: Any, sections: dict[str, list[dict[str, Any]]]
) -> None:
    for doc in [d["id"] for d in store.iter_documents()]:
        page = queries.document(store, doc)
        assert [c["id"] for c in page["claims"]] == [
            c["id"] for c in sections["claims"] if c["doc"] == doc
        ]
        assert [(f["start"], f["technique"]) for f in page["framing"]] == [
            (f["start"], f["technique"]) for f in sections["framing"] if f["doc"] == doc
        ]

        def side(x: dict[str, Any]) -> tuple[str, int, int]:
            return (x["doc"], x["start"], x["end"])

        want_reuse = sorted(
            tuple(sorted((side(r["a"]), side(r["b"]))))
            for r in sections["reuse"] if doc in (r["a"]["doc"], r["b"]["doc"])
        )  # fmt: skip
        got_reuse = sorted(
            tuple(sorted((side(r["here"]), side(r["other"])))) for r in page["reuse"]
        )
        assert got_reuse == want_reuse
        assert all(r["here"]["doc"] == doc for r in page["reuse"])
        events = sorted(
            (ev["start"], ev["end"])
            for e in sections["events"] for ev in e["evidence"] if ev["doc"] == doc
        )  # fmt: skip
        marked = sorted((ev["start"], ev["end"]) for ev in store.document_event_spans(doc))
        assert marked == events


def _all_pages(fetch: Any, key: str) -> tuple[list[Any], list[dict[str, Any]]]:
    """Every page of a paged function from page 1 until ``has_next`` is false."""
    rows: list[Any] = []
    pages = []
    page = 1
    while True:
        data = fetch(page)
        pages.append(data)
        rows += data[key]
        assert data["page"] == page and data["has_prev"] == (page > 1)
        if not data["has_next"]:
            return rows, pages
        page += 1


def test_timeline_pages_in_the_export_order(
    store: Any, sections: dict[str, list[dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queries, "PAGE_SIZE", 7)
    rows, pages = _all_pages(lambda p: queries.timeline(store, page=p), "events")
    assert len(pages) > 3
    assert [e["id"] for e in rows] == [e["id"] for e in sections["events"]]
    assert all(len(p["events"]) == 7 for p in pages[:-1]) and 1 <= len(pages[-1]["events"]) <= 7
    past = queries.timeline(store, page=len(pages) + 1)
    assert past["events"] == [] and not past["has_next"] and past["has_prev"]
    # filters: by type, by a date range (ISO prefixes), by entity
    kind = sections["events"][0]["type"]
    typed, _ = _all_pages(lambda p: queries.timeline(store, type=kind, page=p), "events")
    assert [e["id"] for e in typed] == [e["id"] for e in sections["events"] if e["type"] == kind]
    dated = [e for e in sections["events"] if e["date"]["value"]]
    year = dated[len(dated) // 2]["date"]["value"][:4]
    ranged, _ = _all_pages(
        lambda p: queries.timeline(store, start=year, end=year, page=p), "events"
    )
    assert [e["id"] for e in ranged] == [e["id"] for e in dated if e["date"]["value"][:4] == year]
    assert queries.timeline(store, start="2999")["events"] == []
    # one entity's events (paged from its time axis's rows), with and without a range
    involved = Counter(x for e in sections["events"] for x in e["participants"] + e["places"])
    eid = involved.most_common(1)[0][0]
    mine = [e for e in sections["events"] if eid in e["participants"] + e["places"]]
    got, _ = _all_pages(lambda p: queries.timeline(store, entity_id=eid, page=p), "events")
    assert [e["id"] for e in got] == [e["id"] for e in mine] and len(mine) > 7
    dated_mine = [e for e in mine if e["date"]["value"]]
    y = dated_mine[0]["date"]["value"][:4]
    got, _ = _all_pages(
        lambda p: queries.timeline(store, start=y, end=y, entity_id=eid, page=p), "events"
    )
    assert [e["id"] for e in got] == [e["id"] for e in dated_mine if e["date"]["value"][:4] == y]


def test_entity_list_and_mentions_page_without_repeats(
    store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queries, "PAGE_SIZE", 9)
    rows, pages = _all_pages(lambda p: queries.entities(store, page=p), "entities")
    assert len(pages) > 2
    ids = [e["id"] for e in rows]
    assert len(ids) == len(set(ids)) == store.entity_count()
    counts = [(-e["mention_count"], e["name"], e["id"]) for e in rows]
    assert counts == sorted(counts)  # a total order: OFFSET pages neither repeat nor skip
    assert queries.entities(store, page=len(pages) + 1)["entities"] == []
    top = store.top_entities(1)[0]
    mentions, mpages = _all_pages(lambda p: queries.entity(store, top["id"], page=p), "mentions")
    assert len(mpages) > 1 and len(mentions) == top["mention_count"]
    assert len({m["id"] for m in mentions}) == len(mentions)


def test_search_pages_rank_a_bounded_set(store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queries, "PAGE_SIZE", 4)
    rows, pages = _all_pages(lambda p: queries.search(store, "said", page=p), "documents")
    assert len(pages) > 1 and pages[0]["ranked_max"] == SEARCH_RANKED_MAX
    ids = [d["id"] for d in rows]
    assert len(ids) == len(set(ids))
    # every document holding the word, exactly once (fewer than the ranked bound here)
    holding = {d["id"] for d in store.iter_documents() if "said" in d["text"].lower().split()}
    assert holding <= set(ids)
    assert queries.search(store, "said", page=len(pages) + 1)["documents"] == []
    assert queries.search(store, "zzqxv")["documents"] == []


def test_search_ranks_only_the_first_matches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past ``SEARCH_RANKED_MAX`` matches, later ones are not ranked: the page of a common
    word costs the same at 100k documents as at 2k (benchmarks/bench_web_scale.py)."""
    import newsdossier.store.sqlite as sqlite_store

    db = tmp_path / "s.db"
    with SQLiteStore(db) as s, s.transaction():
        for i in range(30):
            s.conn.execute(
                "INSERT INTO documents(id, name, source, language, text, analyzers)"
                " VALUES (?, ?, 't', 'en', ?, 'test@1')",
                (f"d{i}", f"n{i}", "harvan " * (1 + i % 5) + "vellorn"),
            )
    monkeypatch.setattr(sqlite_store, "SEARCH_RANKED_MAX", 10)
    with SQLiteStore(db, readonly=True) as s:
        got = s.search_documents('"harvan"', 100, 0, ("[", "]"))
    assert sorted(d["id"] for d in got) == sorted(f"d{i}" for i in range(10))
    # ranked (bm25): the documents that repeat the word most come first
    assert {d["id"] for d in got[:2]} == {"d4", "d9"}
    assert all("[harvan]" in d["snippet"] for d in got)


def test_sources_and_reuse_count_every_row(
    store: Any, sections: dict[str, list[dict[str, Any]]]
) -> None:
    data = queries.sources(store)
    assert sum(r.get("framing_spans", 0) for r in data["outlets"]) == len(sections["framing"])
    matrix = queries.reuse(store)
    total = sum(c["passages"] for c in matrix["cells"]) + sum(
        u["passages"] for u in matrix["undirected"]
    )
    assert total == len(sections["reuse"])
    for cell in matrix["cells"] + [
        {"later": u["a"], "first": u["b"]} for u in matrix["undirected"]
    ]:
        passages = queries.reuse(store, later=cell["later"], first=cell["first"])["passages"]
        assert passages and all(p["later"]["outlet"] == cell["later"] for p in passages)
    for outlet in {r["outlet"] for r in data["outlets"] if r["outlet"]}:
        page = queries.source(store, outlet)
        assert sum(page["techniques"].values()) == sum(
            1 for f in sections["framing"]
            if queries.canonical_outlet(store, store.get_document(f["doc"])["outlet"]) == outlet
        )  # fmt: skip


def test_store_pool_closes_the_stores_of_ended_threads(sample_db: Path) -> None:
    """One open store per live thread: a pool whose threads come and go (Starlette's
    TestClient starts one per request) must not hold a connection per thread it ever
    had (a PostgreSQL server refuses new ones past max_connections)."""
    import threading

    from newsdossier.serve.db import StorePool

    pool = StorePool(str(sample_db), time_limit_ms=5_000)
    try:
        for _ in range(12):
            t = threading.Thread(target=lambda: pool.session().__enter__().document_count())
            t.start()
            t.join()
        # each new thread's store closed the ended threads' ones: the last thread's and the
        # one start-up opened (this thread's) are left
        assert len(pool._all) == 2
        assert sum(not t.is_alive() for t, _ in pool._all) == 1
    finally:
        pool.close()


@pytest.mark.parametrize("walk", [True, False], ids=["walk", "collect"])
def test_entity_reads_agree_whichever_way_they_are_read(
    store: Any,
    sections: dict[str, list[dict[str, Any]]],
    monkeypatch: pytest.MonkeyPatch,
    walk: bool,
) -> None:
    """An entity's documents are read by walking every document in date order, or by
    collecting the entity's first (``store/reads.py`` picks the cheaper by their counts);
    its events from its own index range in date order (migration 0990): both give the
    export's order, page by page."""
    monkeypatch.setattr(type(store), "_walk_entity_documents", lambda self, *a: walk)
    monkeypatch.setattr(queries, "PAGE_SIZE", 3)
    monkeypatch.setattr(queries, "MAX_ENTITY_EVENTS", 3)
    monkeypatch.setattr(queries, "MAX_AXIS_EVENTS", 2)  # the timeline pages through the store
    monkeypatch.setattr(queries, "MAX_ENTITY_AXIS_EVENTS", 2)
    order = {d["id"]: i for i, d in enumerate(store.iter_documents())}
    involved = Counter(x for e in sections["events"] for x in e["participants"] + e["places"])
    for eid, _ in involved.most_common(6):
        mine = [e for e in sections["events"] if eid in e["participants"] + e["places"]]
        page = queries.entity(store, eid)
        assert [e["id"] for e in page["events"]] == [e["id"] for e in mine[:3]]
        assert page["events_total"] == len(mine)
        got, _ = _all_pages(
            lambda p, eid=eid: queries.timeline(store, entity_id=eid, page=p), "events"
        )
        assert [e["id"] for e in got] == [e["id"] for e in mine], eid
        first = queries.timeline(store, entity_id=eid)
        assert first["axis"]["events_total"] == len(mine)
        assert first["types"] == sorted({e["type"] for e in mine})
        docs = {
            m["document_id"]
            for d in order
            for m in store.document_mentions(d)
            if m["entity_id"] == eid
        }
        meta = store.documents_meta(docs)
        want = sorted(
            (d for d in docs if meta[d]["published"]),
            key=lambda d: (meta[d]["published"], order[d]),
        )
        pubs: list[str] = []
        p = 1
        while True:
            data = queries.timeline(store, entity_id=eid, page=p)
            pubs += [r["id"] for r in data["publications"]]
            if not data["publications_has_next"]:
                break
            p += 1
        assert pubs == want, eid


def test_source_reuse_counts_from_the_matrix(store: Any) -> None:
    """A source page's copying counts, derived from the reuse matrix (read once per store
    version), equal the store's per-outlet query."""
    names = {r["outlet"] for r in store.outlet_totals()}
    assert names
    seen = 0
    for outlet in sorted(names):
        variants = queries.outlet_variants(store, queries.canonical_outlet(store, outlet) or outlet)
        want = store.outlet_reuse_counts(variants)
        assert queries._outlet_reuse_counts(store, variants) == want, outlet
        seen += bool(want)
        assert queries._outlet_summary(store, variants) == store.outlet_summary(variants)
    assert seen  # the sample has reuse between outlets


def test_event_records_read_in_batches_equal_one_by_one(store: Any) -> None:
    """A page's events read in one batch per kind of read (evidence, arguments, reuse)
    are the records the export writes one event at a time."""
    from newsdossier.export.events import event_record

    rows = list(store.iter_events())
    assert len(rows) > 5
    for page in (rows[:7], rows[7:], rows[:1]):
        assert queries._event_records(store, page) == [
            queries._event(event_record(store, r)) for r in page
        ]
    assert any(e["sources"]["copies"] for e in queries._event_records(store, rows))
    from newsdossier.export.claims import claim_records

    ids = [c["id"] for c in store.iter_claims()]
    assert len(ids) > 5
    assert queries._claim_records(store, ids) == claim_records(store, ids)
    assert queries._claim_records(store, ids[3:5]) == claim_records(store, ids[3:5])


def test_axis_events_carry_their_first_evidence(
    store: Any, sections: dict[str, list[dict[str, Any]]]
) -> None:
    """The time axis's rows (corpus and per entity) are the export's events in its order,
    each with its first evidence (document order, then offset)."""
    first = {e["id"]: e["evidence"][0] if e["evidence"] else None for e in sections["events"]}
    axis = store.event_axis(None, None, 10_000)
    assert [r["id"] for r in axis] == [e["id"] for e in sections["events"]]
    involved = Counter(x for e in sections["events"] for x in e["participants"] + e["places"])
    for eid, _ in involved.most_common(4):
        axis += store.event_axis(eid, None, 10_000)
    for r in axis:
        ev = first[r["id"]]
        got = (r["doc"], r["ev_start"], r["ev_end"])
        assert got == ((ev["doc"], ev["start"], ev["end"]) if ev else (None, None, None)), r["id"]


def _relation_links_as_joined(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    """For each entity at an end of a statement of the relation kinds whose both ends
    name an entity, its statements in document order, then start, then statement, each
    as ``name_link`` reads it with both ends' entities in front (read row by row)."""
    order = {d["id"]: i for i, d in enumerate(store.iter_documents())}
    owner = dict(store._x("SELECT key, entity_id FROM entity_names").fetchall())
    entities = {r[0] for r in store._x("SELECT id FROM entities").fetchall()}
    links = store._x("SELECT document_id, seq, start, kind, a_key, b_key FROM name_links")
    kinds = queries.RELATION_LINK_KINDS
    both = sorted(
        (order[d], start, seq, d, owner[a], owner[b])
        for d, seq, start, kind, a, b in links.fetchall()
        if kind in kinds and owner.get(a) in entities and owner.get(b) in entities
    )
    out: dict[str, list[tuple[Any, ...]]] = {}
    for _, _, seq, d, a, b in both:
        for eid in dict.fromkeys((a, b)):
            out.setdefault(eid, []).append((a, b, *store.name_link(d, seq)))
    return out


def test_entity_relation_links_are_the_first_statements_of_either_end(store: Any) -> None:
    """``entity_relation_links`` (the statements chosen and ordered before their text is
    cut, from either end's index: issue 18) gives, for each entity, the statements of the
    asked kinds with the entity at either end and both ends entities, in document order,
    then start, then statement: the first ``limit`` of them, each as ``name_link`` reads
    it with both ends' entities in front."""
    want = _relation_links_as_joined(store)
    assert len(want) > 3, "the sample store has too few statements between entities"
    for eid in sorted(want, key=lambda e: -len(want[e]))[:8]:
        n = len(want[eid])
        for limit in (1, 2, n + 5):
            got = store.entity_relation_links(eid, queries.RELATION_LINK_KINDS, limit)
            assert got == want[eid][:limit], eid


def test_entity_relation_links_of_odd_ends(sample_store: Any) -> None:
    """A statement whose both ends are the entity's names is one row (each end's index
    finds it); one whose other end names no entity, or a removed entity, is left out; an
    entity whose row is gone has none (each end's name and entity are probed once for
    the entity, not for each statement: issue 18)."""
    store = sample_store
    eid, key = sql(
        store,
        "SELECT n.entity_id, min(n.key) FROM name_links l JOIN entity_names n"
        " ON n.key = l.a_key WHERE l.kind = 'leader_of' GROUP BY n.entity_id"
        " ORDER BY count(*) DESC, 1 LIMIT 1",
    ).fetchone()
    doc = sql(store, "SELECT document_id FROM name_links ORDER BY 1 LIMIT 1").fetchone()[0]
    columns = (
        "document_id, seq, kind, a_start, a_end, a_text, a_key, b_start, b_end, b_text,"
        ' b_key, start, "end", asserted_by, analyzer, resolved'
    )
    with store.transaction():
        sql(store, "INSERT INTO entity_names (key, entity_id, how, type, folded, skeleton, seq)"
            " VALUES ('vellornia gone', 'no-such-entity', 'canonical', 'ORG', 'v', 'v', 999999)")  # fmt: skip
        for seq, b_key in ((9001, key), (9002, "ivo renk nobody"), (9003, "vellornia gone")):
            sql(store, f"INSERT INTO name_links ({columns}) VALUES"
                " (?, ?, 'ally_of', 0, 1, 'x', ?, 2, 3, 'y', ?, 0, 5, NULL, 'test', 1)",
                (doc, seq, key, b_key))  # fmt: skip
    want = _relation_links_as_joined(store)
    assert sum(r[2] == doc and r[0] == r[1] == eid for r in want[eid]) >= 1
    kinds = queries.RELATION_LINK_KINDS
    for e in sorted(want, key=lambda e: -len(want[e]))[:8]:
        assert store.entity_relation_links(e, kinds, len(want[e]) + 5) == want[e], e
    with store.transaction():
        sql(store, "DELETE FROM entities WHERE id = ?", (eid,))
    assert store.entity_relation_links(eid, kinds, 10) == []


def test_reuse_links_of_many_documents_are_the_pairs_among_them(store: Any) -> None:
    """``reuse_links`` over more than 450 ids (chunks on SQLite, one array on PostgreSQL:
    issue 18) gives every reuse pair with both documents among the ids, and no other."""
    pairs = store._x(
        "SELECT doc_a, start_a, end_a, doc_b, start_b, end_b FROM reuse_pairs"
    ).fetchall()
    assert pairs, "the sample store has no reuse"
    docs = [d["id"] for d in store.iter_documents()]
    absent = [f"absent-{i}" for i in range(500)]
    for chosen in (docs, docs[::2], docs[1::2], [pairs[0][0], pairs[0][3]]):
        ids = [*chosen[:1], *absent, *chosen[1:]]
        want = sorted(tuple(p) for p in pairs if p[0] in chosen and p[3] in chosen)
        assert sorted(store.reuse_links(ids)) == want
        assert sorted(store.reuse_links(chosen)) == want


def test_event_evidence_batched_cuts_the_text_where_no_sentence_is_kept(
    db_url: str, sample_db: Path, tmp_path: Path
) -> None:
    """``event_evidence_many`` gives each event's ``event_evidence`` rows (the text cut
    from the document), whether the mention keeps its sentence (migration 0993) or not
    (the document's text is read only then: issue 18)."""
    s = sample_store_copy(db_url, sample_db, tmp_path)
    try:
        ids = [e["id"] for e in s.iter_events()]
        assert len(ids) > 5
        with s.transaction():
            # the triggers of 0993 keep every sentence; without them, as a store whose
            # sentence could not be kept
            if s.dialect.name == "sqlite":
                s._x("DROP TRIGGER event_mentions_sentence_update")
            else:
                s._x("ALTER TABLE event_mentions DISABLE TRIGGER USER")
            s._x("UPDATE event_mentions SET sentence = NULL WHERE event_id IN (?, ?, ?)", ids[:3])
        dropped = s._x("SELECT count(*) FROM event_mentions WHERE sentence IS NULL").fetchone()
        kept = s._x("SELECT count(*) FROM event_mentions WHERE sentence IS NOT NULL").fetchone()
        assert dropped[0] > 0 and kept[0] > 0
        assert s.event_evidence_many(ids) == {i: s.event_evidence(i) for i in ids}
    finally:
        s.close()
