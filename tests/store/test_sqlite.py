from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdossier.errors import StoreError
from newsdossier.model import (
    Annotations,
    Document,
    Mention,
    PublishedDate,
    Rejection,
    Removed,
    Sentence,
)
from newsdossier.resolve.entities import resolve_entities
from newsdossier.store.base import Processed
from newsdossier.store.migrations import SCHEMA_VERSION
from newsdossier.store.sqlite import SQLiteStore, open_store


def _item(text: str, key: str, names: tuple[str, ...] = ()) -> Processed:
    doc = Document(
        Document.make_id(text), text, source=key, name=Path(key).stem, title="T", outlet="Out",
        published=PublishedDate("2011-03", "month", "byline"), removed=(Removed("teaser", "x"),),
    )  # fmt: skip
    mentions = []
    for n in names:
        i = text.index(n)
        mentions.append(
            Mention(doc.id, i, i + len(n), n, "ORG", "organization", n.lower(), "t.v1", "1")
        )
    ann = Annotations(doc.id, (Sentence(doc.id, 0, len(text), text),), tuple(mentions), ("t@1",))
    return Processed(key, key, None, "h-" + key, doc, ann)


def test_sqlite_write_is_idempotent(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "c.db")) as store:
        items = [
            _item("Azadi Front met today.", "a.txt", ("Azadi Front",)),
            _item("Other text here.", "b.txt"),
        ]
        first = store.write_batch(items)
        again = store.write_batch(items)
        resolve_entities(store)
        assert (first.added, first.duplicates) == (2, 0)
        assert (again.added, again.duplicates) == (0, 2)
        stats = store.stats()
        assert (stats["documents"], stats["sources"], stats["mentions"]) == (2, 2, 1)
        assert stats["entities"] == 1


def test_sqlite_same_text_from_two_sources_is_one_document(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "c.db")) as store:
        counts = store.write_batch(
            [_item("Same words.", "a.txt"), _item("Same  words.\n", "b.jsonl")]
        )
        assert (counts.added, counts.duplicates) == (1, 1)
        doc_id = Document.make_id("Same words.")
        assert [s["input_key"] for s in store.document_sources(doc_id)] == ["a.txt", "b.jsonl"]


def test_sqlite_rejection_is_a_row_and_is_replaced_on_retry(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "c.db")) as store:
        rej = Rejection("bad.txt", None, "E101", "empty file")
        store.write_batch([Processed("bad.txt", "bad.txt", None, None, rejection=rej)])
        store.write_batch([Processed("bad.txt", "bad.txt", None, None, rejection=rej)])
        assert [(r["key"], r["code"]) for r in store.iter_rejections()] == [("bad.txt", "E101")]
        store.write_batch([_item("Now it has text.", "bad.txt")])
        assert list(store.iter_rejections()) == []


def test_sqlite_schema_is_versioned_and_migrations_rerun_safely(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    SQLiteStore(path).close()
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        (lambda p: None, "E301"),  # missing
        (lambda p: p.write_bytes(b"this is not sqlite at all" * 100), "E304"),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE x(a)"), "E303"),
        (lambda p: p.mkdir(), "E302"),
    ],
)
def test_sqlite_readonly_open_errors(tmp_path: Path, setup, code: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "c.db"
    setup(path)
    with pytest.raises(StoreError) as err:
        open_store(str(path), readonly=True)
    assert err.value.code == code


def test_sqlite_readonly_store_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with open_store(str(path)) as store:
        store.write_batch([_item("Some words here.", "a.txt")])
    with open_store(str(path), readonly=True) as ro, pytest.raises(StoreError):
        ro.write_batch([_item("More words here.", "b.txt")])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(min_size=1, max_size=300).filter(lambda t: t.strip()))
def test_sqlite_document_text_round_trips(tmp_path: Path, text: str) -> None:
    # Any text, including quotes, NULs and SQL, is stored and read back unchanged.
    # One store per example: tmp_path is shared by all of them, and two texts that
    # differ only in whitespace ("¥" and "¥\x0c") are one document by design.
    db = tmp_path / f"rt-{Document.make_id(text)}-{abs(hash(text))}.db"
    with open_store(str(db)) as store:
        item = _item(text, f"k{abs(hash(text))}")
        store.write_batch([item])
        assert item.document is not None
        row = store.get_document(item.document.id)
        assert row is not None and row["text"] == text


def test_sqlite_fts_index_finds_documents(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "c.db")) as store:
        store.write_batch([_item("The convoy reached Golzar at dawn.", "a.txt")])
        hits = store.conn.execute(
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", ("golzar",)
        ).fetchall()
        assert len(hits) == 1


def test_sqlite_writer_keeps_its_wal_until_many_pages_and_readers_see_every_commit(
    tmp_path: Path,
) -> None:
    """The writer checkpoints every ``_WRITER_WAL_PAGES`` pages (issue 18 item 4: not after
    each batch's commit); a reader opened meanwhile reads the committed batches from the
    WAL, and closing the writer copies them into the file (no WAL left behind)."""
    from newsdossier.store.sqlite import _WRITER_WAL_PAGES

    db = tmp_path / "w.db"
    with open_store(str(db)) as store:
        assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == _WRITER_WAL_PAGES
        assert _WRITER_WAL_PAGES > 1000  # SQLite's default ran a checkpoint at every commit
        store.write_batch([_item("Vellornia Tools met on Monday.", "a.txt", ("Vellornia Tools",))])
        store.write_batch([_item("Ivo Renk spoke there.", "b.txt")])
        assert Path(f"{db}-wal").stat().st_size > 0  # committed, not yet copied back
        with open_store(str(db), readonly=True) as reader:
            assert reader.stats()["documents"] == 2
    assert not Path(f"{db}-wal").exists()
    with open_store(str(db), readonly=True) as reader:
        assert reader.stats()["documents"] == 2


def test_an_sqlite_library_too_old_is_refused_with_a_code(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 34, 1))
    with pytest.raises(StoreError) as err:
        open_store(str(tmp_path / "c.db"))
    assert err.value.code == "E309"
    assert not (tmp_path / "c.db").exists()
