"""The queries moved behind the store's protocols answer alike on SQLite and PostgreSQL
(issue 18).  Each test runs once per engine (``db_url``; the PostgreSQL run needs
``--pg`` or ``NEWSDOSSIER_TEST_PG=1`` and is skipped otherwise).

The PostgreSQL store cannot write a build yet, so its copy of the sample corpus comes
from the SQLite build through ``copy_tables``; the SQLite run reads a copy of the same
file.  Every answer is compared with the one the built SQLite store gives, and the
name index's writes are checked on an empty store of each engine.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdossier.store.base import EXPORTABLE_TABLES
from newsdossier.store.sqlite import SQLiteStore
from tests.pg import open_engine_store


@pytest.fixture
def reference(sample_db: Path) -> Iterator[SQLiteStore]:
    store = SQLiteStore(sample_db, readonly=True)
    yield store
    store.close()


@pytest.fixture
def engine_store(db_url: str, reference: SQLiteStore, tmp_path: Path) -> Iterator[Any]:
    """The sample corpus's store on the engine of ``db_url``."""
    if db_url.startswith("postgresql://"):
        from newsdossier.store.postgres import copy_tables

        store = open_engine_store(db_url)
        counts = copy_tables(reference, store)
        assert counts["documents"] == reference.document_count() > 0
    else:
        path = tmp_path / "copy.db"
        shutil.copy(reference.path, path)
        store = open_engine_store(str(path), readonly=True)
    yield store
    store.close()


def _calls(ref: SQLiteStore) -> list[tuple[str, tuple[Any, ...]]]:
    """Every moved read, with arguments that find rows in the sample corpus."""
    top = ref.top_entities(3)
    eid = top[0]["id"]
    framed_entity = ref.conn.execute(
        "SELECT entity_id FROM entity_framing_counts GROUP BY entity_id"
        " ORDER BY sum(spans) DESC, entity_id LIMIT 1"
    ).fetchone()[0]
    person = next(e["id"] for e in ref.entities_page("person", 50, 0))
    doc = next(ref.iter_documents())["id"]
    variants = sorted(ref.outlet_variant_map())[:3]
    aliases = ("acronym", "alias", "renamed", "alias_claim")
    relations = ("leader_of", "member_of", "wing_of", "ally_of", "located_in", "renamed")
    name = ref.entity_aliases(eid)[0]["name"]
    some_keys = list(ref.iter_name_keys())[:5]
    linked = sorted(set(ref.name_link_owners(aliases).values()))[0]
    speaker = next(c["source_entity"] for c in ref.iter_claims() if c["source_entity"])
    claims = list(ref.iter_claims())
    subject = next(c["subject"] for c in claims if c["subject"] and c["attribute"])
    about = ref.claims_about(subject)[-1]
    framed = next(f["document_id"] for f in ref.iter_framing_spans())
    labelled = next(x["entity_id"] for x in ref.iter_framing_labels() if x["entity_id"])
    events = list(ref.iter_events())
    eventful = next(
        a["entity_id"] for e in events for a in ref.event_arguments_of(e["id"]) if a["entity_id"]
    )
    keys = [k for (k,) in ref.conn.execute("SELECT key FROM event_keys ORDER BY key LIMIT 40")]
    lsh = ref.conn.execute("SELECT key, doc FROM reuse_lsh ORDER BY key LIMIT 30").fetchall()
    pair = next(ref.iter_reuse_pairs())
    short = next(e["id"] for e in ref.entities_page(None, 500, 0) if ref.short_form_count(e["id"]))
    return [
        ("document_count", ()),
        ("stats", ()),
        ("iter_documents", ()),
        ("get_document", (doc,)),
        ("get_document", ("no-such-doc",)),
        ("document_removed", (doc,)),
        ("document_sources", (doc,)),
        ("document_sentences", (doc,)),
        ("document_mentions", (doc,)),
        ("iter_rejections", ()),
        ("iter_input_notes", ()),
        ("iter_entities", ()),
        ("iter_entities", (5,)),
        ("entity_aliases", (eid,)),
        ("find_entities", (name.upper(),)),
        ("entity_mentions", (eid,)),
        ("entity_mentions", (person, 3)),
        ("iter_entity_mentions", ()),
        ("entity_named", (doc, _linked(ref, doc) + "'s office")),
        ("documents_meta", ([doc, "no-such-doc"],)),
        ("text_slice", (doc, 5, 60)),
        ("publication_counts", ()),
        ("publication_counts", (eid,)),
        ("publications_page", (None, None, None, 51, 0)),
        ("publications_page", ("2011", "2013-06", None, 5, 2)),
        ("publications_page", (None, None, eid, 51, 0)),
        ("ambiguous_mentions", (50,)),
        ("outlet_totals", ()),
        ("outlet_totals", ()),
        ("outlet_sites", ()),
        ("outlet_summary", (variants,)),
        ("outlet_documents", (variants, 3, 1)),
        ("outlet_labels", (variants, 2000)),
        ("outlet_document_ids", (variants,)),
        ("outlet_variant_map", ()),
        ("outlet_variant_rows", ()),
        ("outlet_judgement_rows", ()),
        ("get_entity", (eid,)),
        ("get_entity", ("no-such-entity",)),
        ("entity_exists", (eid,)),
        ("entity_count", ()),
        ("entity_names_of", ([e["id"] for e in top],)),
        ("top_entities", (20,)),
        ("entities_page", (None, 51, 0)),
        ("entities_page", (None, 10, 20)),
        ("entities_page", ("person", 51, 0)),
        ("entity_types", ()),
        ("entities_with_alias_like", ("%a%", 20)),
        ("alias_names_of_top_entities", (30,)),
        ("alias_evidence", (eid, name)),
        ("entity_mention_page", (eid, 51, 0)),
        ("entity_mention_page", (person, 5, 1)),
        ("entity_outlet_months", (eid,)),
        ("entity_framing_by_outlet", (framed_entity,)),
        ("claim_subject_entities", ()),
        ("claim_ids_spoken_by", (speaker,)),
        ("judgement_rows", ()),
        ("name_history", (eid,)),
        ("short_form_count", (short,)),
        ("name_links_touching", (linked, aliases)),
        ("name_link_owners", (aliases,)),
        ("name_links_between_entities", (relations,)),
        ("name_max_seq", ()),
        ("name_count", ()),
        ("iter_name_keys", ()),
        ("iter_name_folds", ()),
        ("name_info_row", (some_keys[0],)),
        ("name_keys_of", (eid,)),
        ("names_by_value", ("key", some_keys)),
        ("names_after", (3,)),
        ("entity_roots", ([e["id"] for e in top],)),
        ("recall_unscanned", ()),
        ("recall_scanned_before", (10**9,)),
        ("document_text", (doc,)),
        # claims, contradictions, framing (claims_repo.py)
        ("iter_claims", ()),
        ("iter_claims", (claims[len(claims) // 2]["claim_rowid"],)),
        ("claims_about", (subject,)),
        ("claims_about", (subject, about["attribute"])),
        ("claims_of_document", (about["document_id"],)),
        ("claim_text", (about,)),
        ("get_claims", ([c["id"] for c in claims[:7]] + ["no-such-claim"],)),
        ("claims_mark", ("contradictions",)),
        ("claims_mark", ("no-such-mark",)),
        ("iter_contradictions", ()),
        ("iter_contradictions", (next(ref.iter_contradictions())["subject"],)),
        ("iter_framing_spans", ()),
        ("iter_framing_spans", (framed,)),
        ("framing_documents", ()),
        ("framing_technique_counts", ()),
        ("iter_framing_labels", ()),
        ("iter_framing_labels", (labelled,)),
        # events, reuse, the resolvers' state (events_repo.py)
        ("resolution_state", ()),
        ("resolution_inputs", ()),
        ("unmerged_event_mentions", (50,)),
        ("iter_events", ()),
        ("iter_events", (eventful, 2000, 2030)),
        ("events_by_keys", (keys,)),
        ("event_mentions_of", ([e["id"] for e in events[:5]],)),
        ("event_arguments_of", (events[0]["id"],)),
        ("event_evidence", (events[0]["id"],)),
        ("documents_after", (3, 5)),
        ("reuse_lookup", ([k for k, _ in lsh],)),
        ("document_texts", ([1, 2, 5, 10**6],)),
        ("iter_reuse_pairs", ()),
        ("iter_reuse_pairs", ([pair["doc_a"]],)),
        ("reuse_links", ([pair["doc_a"], pair["doc_b"]],)),
        # the CSV export's tables
        *[("table_columns", (t,)) for t in EXPORTABLE_TABLES],
        *[("iter_table", (t,)) for t in EXPORTABLE_TABLES],
    ]


def _linked(ref: SQLiteStore, doc: str) -> str:
    return str(next(m["text"] for m in ref.document_mentions(doc) if m["entity_id"]))


def _plain(value: Any) -> Any:
    if isinstance(value, dict | set | str | int | tuple) or value is None:
        return value
    return list(value)


def test_moved_reads_answer_as_the_sqlite_build(engine_store: Any, reference: SQLiteStore) -> None:
    calls = _calls(reference)
    empty = set()
    for name, args in calls:
        want = _plain(getattr(reference, name)(*args))
        got = _plain(getattr(engine_store, name)(*args))
        assert got == want, f"{name}{args!r}"
        if not want:
            empty.add(name)
    # the arguments find rows (no user judgements in a fresh build, no ambiguous mention
    # in the sample, every document scanned by recall): not a comparison of empty answers
    assert empty <= {
        "judgement_rows", "outlet_judgement_rows", "get_entity", "get_document",
        "ambiguous_mentions", "recall_unscanned", "iter_rejections", "iter_input_notes",
        "claims_mark", "unmerged_event_mentions", "iter_table",
    }, empty  # fmt: skip


def test_snapshot_and_transaction_keep_the_commit_counter(engine_store: Any) -> None:
    before = engine_store.store_version()
    with engine_store.snapshot():
        assert engine_store.store_version() == before


def test_name_index_writes(db_url: str) -> None:
    with open_engine_store(db_url) as store:
        assert store.name_max_seq() == -1
        with store.transaction():
            for seq, (key, eid, skel) in enumerate(
                [
                    ("ivo renk", "e1", "vrnk"),
                    ("ivo renc", "e2", "vrnk"),
                    ("harvan council", "e3", "hrvncncl"),
                ]
            ):
                store.add_name(
                    key, eid, how="canonical", via=None, score=None, link=None, type="person",
                    folded=key, skeleton=skel, seq=seq, surname=key.split()[-1],
                    first_seen=10 - seq,  # written in the other order: that order wins
                )  # fmt: skip
        assert store.store_version() == 1
        assert store.name_info_row("ivo renc") == ("e2", "ivo renc", "vrnk", "person", 1, 9)
        assert store.name_keys_by("skeleton", "vrnk") == ["ivo renc", "ivo renk"]
        assert store.name_keys_by("surname", "council") == ["harvan council"]
        # by value: each row under the value it has, a value no row has absent
        assert store.names_by_value("skeleton", ["vrnk", "nothing"]) == {
            "vrnk": [
                ("ivo renk", "e1", "person", "ivo renk", 0),
                ("ivo renc", "e2", "person", "ivo renc", 1),
            ]
        }
        with pytest.raises(ValueError):
            store.name_keys_by("entity_id; DROP TABLE entity_names", "x")
        with store.transaction(), store.transaction():  # a savepoint inside the pass
            store.merge_names(
                "e1", "e2", root="ivo renc", how="spelling", via="ivo renk", link=("d1", 4)
            )
        assert store.name_keys_of("e1") == {"ivo renk", "ivo renc"}
        assert store.entity_roots(["e1", "e3"]) == {"e1": "ivo renc", "e3": "harvan council"}
        assert store.name_history("e1") == [
            ("ivo renk", "canonical", None, None, None, None),
            ("ivo renc", "spelling", "ivo renk", None, "d1", 4),
        ]
        with pytest.raises(RuntimeError), store.transaction():
            store.merge_names("e3", "e1", root="ivo renk", how="alias", via="x", link=None)
            raise RuntimeError("rolled back")
        assert store.name_keys_of("e1") == {"ivo renk", "ivo renc"}
        assert store.store_version() == 2
        with store.transaction():
            store.mark_recall_scanned("d1", 1)
            store.mark_recall_scanned("d1", 2)  # an upsert
        assert [n for n in store.iter_name_keys()] == ["harvan council", "ivo renc", "ivo renk"]
        assert store.name_count() == 3


def test_watch_changes_counts_rows_that_really_changed(db_url: str) -> None:
    """A fixed point is a pass that changes no row: a delete and re-insert of the same
    row counts nothing, on either engine."""
    rows = [("c1", "value", "12", "14", "k1", "k2", "contradictions@1")]
    with open_engine_store(db_url) as store:
        with store.transaction():
            store.replace_contradictions("e1", "age", rows)
        with store.watch_changes() as watch:
            with store.transaction():
                store.replace_contradictions("e1", "age", rows)  # the same rows again
                store.set_resolution_state(passed_docs=5)  # not watched: the pass's own state
            assert watch.changed() == {}
            with store.transaction():
                store.replace_contradictions("e1", "age", [(*rows[0][:2], "13", *rows[0][3:])])
                store.set_claims_mark("contradictions", 7)
            assert watch.changed() == {"claims_marks": 1, "contradictions": 2}
            watch.reset()
            assert watch.changed() == {}
        # the watch is gone: writes after it count nowhere, and fail nowhere
        with store.transaction():
            store.set_claims_mark("contradictions", 8)
        assert store.claims_mark("contradictions") == 8


# ------------------------------------------------------------------ search
_OPEN, _CLOSE = "\ue000", "\ue001"


def _common_word(ref: SQLiteStore) -> str:
    """A plain word of several sample documents' text (found, not written here)."""
    from collections import Counter

    seen: Counter[str] = Counter()
    for d in ref.iter_documents():
        seen.update({w.lower() for w in d["text"].split() if w.isalpha() and len(w) >= 7})
    return sorted(seen, key=lambda w: (-seen[w], w))[0]


def test_search_keeps_the_contract_of_the_web_and_cli(
    engine_store: Any, reference: SQLiteStore
) -> None:
    from newsdossier.serve.fts import fts_query

    word = _common_word(reference)
    match = fts_query(word)
    assert match
    hits = engine_store.search_documents(match, 100, 0, (_OPEN, _CLOSE))
    want = reference.search_documents(match, 100, 0, (_OPEN, _CLOSE))
    assert len(hits) >= 2
    # the same documents (ranking may differ between FTS5 and ts_rank), with their titles
    assert {(h["id"], h["title"]) for h in hits} == {(w["id"], w["title"]) for w in want}
    keys = {"id", "title", "name", "outlet", "published", "published_precision", "snippet"}
    assert all(set(h) == keys for h in hits)
    for h in hits:
        # every hit in the snippet is the word, wrapped in the marks, balanced
        snippet = h["snippet"]
        assert snippet.count(_OPEN) == snippet.count(_CLOSE)
        marked = [p.split(_CLOSE)[0] for p in snippet.split(_OPEN)[1:]]
        assert all(m.lower() == word for m in marked)
    assert any(_OPEN in h["snippet"] for h in hits)
    # a stable order, and pages that follow each other
    assert engine_store.search_documents(match, 100, 0, (_OPEN, _CLOSE)) == hits
    first = engine_store.search_documents(match, 1, 0, (_OPEN, _CLOSE))
    rest = engine_store.search_documents(match, 99, 1, (_OPEN, _CLOSE))
    assert first + rest == hits
    assert engine_store.search_documents(match, 5, len(hits), (_OPEN, _CLOSE)) == []
    # a prefix finds at least what the word finds
    prefix = engine_store.search_documents(
        fts_query(word[:-2] + "*") or "", 500, 0, (_OPEN, _CLOSE)
    )
    assert {h["id"] for h in hits} <= {p["id"] for p in prefix}
    # request text full of operators is words, never an error
    for q in ["\" & | ! <-> ( ) :* \\ '", "NOT OR AND NEAR", "zzqxv-none"]:
        m = fts_query(q)
        if m:
            assert engine_store.search_documents(m, 10, 0, (_OPEN, _CLOSE)) == []


@pytest.mark.pg
def test_pg_search_snippets_carry_only_the_given_marks(pg_url: str) -> None:
    """Article text is untrusted: ts_headline must add nothing but the marks, and the
    web page escapes every part of the snippet (as for SQLite's snippet())."""
    from newsdossier.serve.fts import fts_query
    from newsdossier.serve.queries import search

    store = open_engine_store(pg_url)
    try:
        cols = [
            r[0]
            for r in store.conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name ="
                " 'documents' AND table_schema = current_schema() AND is_nullable = 'NO'"
                " AND column_default IS NULL AND is_identity = 'NO'"
            )
        ]
        text = (
            'Ivo Renk told the Harvan Council <script>alert("x")</script> that Vellorn'
            " &amp; its <b onmouseover=x>allies</b> would sign; Vellorn denied it."
        )
        row = {c: "x" for c in cols} | {"id": "doc-1", "name": "one", "text": text}
        store.conn.execute(
            f"INSERT INTO documents ({', '.join(row)}) VALUES ({', '.join(['%s'] * len(row))})",
            tuple(row.values()),
        )
        hits = store.search_documents(fts_query("vellorn") or "", 10, 0, (_OPEN, _CLOSE))
        assert [h["id"] for h in hits] == ["doc-1"]
        snippet = hits[0]["snippet"]
        assert snippet.count(_OPEN) == snippet.count(_CLOSE) == 2
        # ts_headline drops tags it parses; it adds no character but the marks
        assert set(snippet) - set(text) == {_OPEN, _CLOSE}
        page = search(store, "vellorn")
        parts = page["documents"][0]["snippet"]
        assert [p["text"] for p in parts if p["hit"]] == ["Vellorn", "Vellorn"]
        # the search page's snippet markup (templates/search.html) escapes each part
        from newsdossier.serve.app import make_templates

        html = (
            make_templates()
            .from_string(
                "{% for part in d.snippet %}{% if part.hit %}<mark>{{ part.text|show }}</mark>"
                "{% else %}{{ part.text|show }}{% endif %}{% endfor %}"
            )
            .render(d=page["documents"][0])
        )
        assert "<" not in html.replace("<mark>", "").replace("</mark>", "")
        assert html.count("<mark>Vellorn</mark>") == 2 and "&amp;amp;" in html
    finally:
        store.close()


@pytest.mark.pg
def test_pg_search_vector_stays_in_the_row(pg_url: str) -> None:
    """Migration 0971: a document's search vector is kept in its row (storage MAIN), not
    in the TOAST table, where a search fetched it twice per candidate (to match, to rank);
    a vector over the 2 kB past which PostgreSQL moves values out stays in, the text goes
    out first."""
    from newsdossier.serve.fts import fts_query

    store = open_engine_store(pg_url)
    try:
        storage = store.conn.execute(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = 'documents'::regclass"
            " AND attname = 'search_vector'"
        ).fetchone()[0]
        assert storage == "m"
        # the table it rewrote was vacuumed after the migration committed (an empty
        # visibility map would make every index-only scan of documents read the heap)
        vacuumed = store.conn.execute(
            "SELECT last_vacuum FROM pg_stat_user_tables WHERE relname = 'documents'"
            " AND schemaname = current_schema()"
        ).fetchone()[0]
        assert vacuumed is not None
        cols = [
            r[0]
            for r in store.conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name ="
                " 'documents' AND table_schema = current_schema() AND is_nullable = 'NO'"
                " AND column_default IS NULL AND is_identity = 'NO'"
            )
        ]
        # 300 distinct invented words: a vector of ~4 kB, a text of ~2.7 kB
        letters = "bcdfghklmnprstvz"
        words = [
            "".join(letters[(i >> (4 * k)) % 16] + "aeiou"[(i + k) % 5] for k in range(4))
            for i in range(300)
        ]
        text = "Ivo Renk told the Harvan Council " + " ".join(words) + "."
        row = {c: "x" for c in cols} | {"id": "doc-big", "name": "big", "text": text}
        store.conn.execute(
            f"INSERT INTO documents ({', '.join(row)}) VALUES ({', '.join(['%s'] * len(row))})",
            tuple(row.values()),
        )
        size = store.conn.execute(
            "SELECT pg_column_size(search_vector) FROM documents WHERE id = 'doc-big'"
        ).fetchone()[0]
        assert size > 2100
        toast = store.conn.execute(
            "SELECT reltoastrelid::regclass::text FROM pg_class WHERE oid = 'documents'::regclass"
        ).fetchone()[0]
        stored = store.conn.execute(
            f"SELECT coalesce(max(n), 0) FROM (SELECT sum(octet_length(chunk_data)) AS n"
            f" FROM {toast} GROUP BY chunk_id) AS x"
        ).fetchone()[0]
        assert stored < size  # (the text, if anything: never the vector)
        hits = store.search_documents(fts_query("harvan") or "", 10, 0, (_OPEN, _CLOSE))
        assert [h["id"] for h in hits] == ["doc-big"]
    finally:
        store.close()
