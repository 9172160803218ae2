"""An entity's mention forms kept at write (migration 0996, issue 18 item 4): the rows the
entity refresh reads (``entity_mention_forms``) stay what grouping the entities' mentions
says (``entity_mention_forms_counted``), on both engines, after a build and after random
sequences of every kind of change a mention can go through (linked, unlinked, moved to
another entity, its kind, text, type or analyzer changed, inserted linked, deleted, several
rows by one statement, a reset)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.pg import sample_store_copy, sql

pytestmark = pytest.mark.issue(18)

_RECALL = "newsdossier.recall.v1"


@pytest.fixture
def store(db_url: str, sample_db: Path, tmp_path: Path) -> Iterator[Any]:
    """A writable copy of the built sample store, on the engine of ``db_url``."""
    s = sample_store_copy(db_url, sample_db, tmp_path)
    yield s
    s.close()


def _entities(store: Any) -> list[str]:
    return [
        r[0]
        for r in sql(
            store,
            "SELECT DISTINCT entity_id FROM mentions WHERE entity_id IS NOT NULL"
            " UNION SELECT DISTINCT entity_id FROM entity_mention_forms ORDER BY 1",
        ).fetchall()
    ]


def _check(store: Any) -> int:
    """The kept forms equal the counted ones for every entity, none left at 0; return how
    many forms are kept."""
    ids = _entities(store)
    kept, counted = [], []
    for i in range(0, len(ids), 500):
        kept += store.entity_mention_forms(ids[i : i + 500])
        counted += store.entity_mention_forms_counted(ids[i : i + 500])
    assert kept == counted
    assert not sql(store, "SELECT 1 FROM entity_mention_forms WHERE mentions <= 0").fetchall()
    total = sql(store, "SELECT count(*) FROM entity_mention_forms").fetchone()[0]
    assert total == len(kept)
    return total


def test_the_build_keeps_the_forms(store: Any) -> None:
    assert _check(store) > 0
    # the refresh's answer is ordered as the grouped one was (entity, text, kind, type)
    ids = _entities(store)[:50]
    rows = store.entity_mention_forms(ids)
    assert rows == sorted(rows, key=lambda r: (r[0], r[1], r[2], r[3]))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_forms_follow_random_changes(store: Any, seed: int) -> None:
    rng = random.Random(seed)
    entities = _entities(store)
    mentions = [r[0] for r in sql(store, "SELECT id FROM mentions ORDER BY id").fetchall()]
    docs = [r[0] for r in sql(store, "SELECT id FROM documents ORDER BY id").fetchall()]
    inserted = 0
    for step in range(40):
        op = rng.choice(
            ["link", "unlink", "kind", "text", "type", "analyzer", "insert", "delete", "doc"]
        )
        mid = rng.choice(mentions)
        with store.transaction():
            if op == "link":
                sql(store, "UPDATE mentions SET entity_id = ? WHERE id = ?",
                    (rng.choice(entities), mid))  # fmt: skip
            elif op == "unlink":
                sql(store, "UPDATE mentions SET entity_id = NULL WHERE id = ?", (mid,))
            elif op == "kind":
                sql(store, "UPDATE mentions SET kind = ? WHERE id = ?",
                    (rng.choice(["name", "demonym", "short-form", "ambiguous"]), mid))  # fmt: skip
            elif op == "text":
                sql(store, "UPDATE mentions SET text = ? WHERE id = ?",
                    (rng.choice(["Harvel Tis", "Qasrun", "Bren Golzar"]), mid))  # fmt: skip
            elif op == "type":
                sql(store, "UPDATE mentions SET type = ? WHERE id = ?",
                    (rng.choice(["person", "organization", "place"]), mid))  # fmt: skip
            elif op == "analyzer":
                sql(store, "UPDATE mentions SET analyzer = ? WHERE id = ?",
                    (rng.choice([_RECALL, "newsdossier.entities.v1"]), mid))  # fmt: skip
            elif op == "insert":
                inserted += 1
                new_id = f"test-mention-{seed}-{inserted}"
                sql(
                    store,
                    'INSERT INTO mentions(id, document_id, start, "end", text, label, type,'
                    " key, analyzer, version, entity_id, kind) SELECT ?, document_id, start,"
                    ' "end", text, label, type, key, ?, version, ?, kind FROM mentions'
                    " WHERE id = ?",
                    (new_id, rng.choice([_RECALL, "newsdossier.entities.v1"]),
                     rng.choice([*entities, None]), mid),
                )  # fmt: skip
                mentions.append(new_id)
            elif op == "delete":
                sql(store, "DELETE FROM mentions WHERE id = ?", (mid,))
                mentions.remove(mid)
            else:  # every mention of one document moved by one statement
                sql(store, "UPDATE mentions SET entity_id = ? WHERE document_id = ?",
                    (rng.choice([*entities, None]), rng.choice(docs)))  # fmt: skip
        if step % 8 == 7:
            _check(store)
    _check(store)
    with store.transaction():
        store.reset_entity_resolution()
    assert _check(store) == 0
