"""Same input, same store: batching, workers, crashes, resumes and reruns change nothing (issue 17).

The corpus (messy_corpus.py) is made so that incremental resolution depends on
order: before issue 17, builds of it with other batch sizes ended with other
entities, name-index rows and recall scans.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdossier.registry import resolvers
from newsdossier.resolve import RESOLVER_MODULES
from newsdossier.run.local import BuildReport, build
from newsdossier.run.passes import cut_points, next_pass_at
from newsdossier.settings import Settings
from newsdossier.store.compare import diff_stores
from newsdossier.store.sqlite import SQLiteStore, open_store

from .messy_corpus import write_messy_corpus

pytestmark = pytest.mark.issue(17)

_BASE = Settings(resolve_every_docs=4, framing_enabled=False)


def _build(corpus: Path, db: Path, settings: Settings = _BASE) -> BuildReport:
    with open_store(str(db)) as store:
        return build([str(corpus)], store, settings)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_messy_corpus(tmp_path_factory.mktemp("messy") / "in", 28)


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("ref") / "ref.db"
    report = _build(corpus, db)
    assert report.added == 28 and report.fixed_point == "reached"
    return db


@pytest.mark.parametrize(
    ("write_batch", "nlp_batch", "workers"), [(1, 1, 0), (5, 3, 0), (3, 2, 1), (4, 3, 2)]
)
def test_store_is_the_same_whatever_the_batches_and_workers(
    corpus: Path, reference: Path, tmp_path: Path, write_batch: int, nlp_batch: int, workers: int
) -> None:
    db = tmp_path / "c.db"
    settings = _BASE.replace(
        write_batch_docs=write_batch, nlp_batch_docs=nlp_batch, workers=workers
    )
    _build(corpus, db, settings)
    assert diff_stores(reference, db) == {}


def test_analysed_batches_are_gathered_into_one_transaction(
    corpus: Path, reference: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build hands over analysed batches of ``nlp_batch_docs``; the writer gathers them
    up to ``write_batch_docs`` documents a transaction, cut where a pass falls (issue 18
    item 4: a transaction per batch of 32 committed each index page 32 documents
    touched), and the store is the same."""
    sizes: list[int] = []
    write = SQLiteStore.write_batch

    def counting(self: SQLiteStore, items: Any) -> Any:
        sizes.append(len(items))
        return write(self, items)

    monkeypatch.setattr(SQLiteStore, "write_batch", counting)
    db = tmp_path / "c.db"
    report = _build(corpus, db, _BASE.replace(write_batch_docs=8, nlp_batch_docs=2))
    assert report.added == 28
    assert sizes == [4] * 7  # two batches of 2 a transaction (passes every 4), not 14 of 2
    assert diff_stores(reference, db) == {}


def test_rerun_changes_no_row_and_says_so(corpus: Path, reference: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    db.write_bytes(reference.read_bytes())
    report = _build(corpus, db)
    assert (report.added, report.unchanged) == (0, 28)
    assert (report.fixed_point, report.rows_changed, report.resolved) == ("already", {}, {})
    assert diff_stores(reference, db) == {}


def test_final_pass_rounds_end_with_one_that_changes_nothing(reference: Path) -> None:
    from newsdossier.run.passes import final_pass

    with open_store(str(reference)) as store:
        state = store.resolution_state()
        assert state["passed_docs"] == "28" and state["fixed_point"] == store.resolution_inputs()
        store.set_resolution_state(fixed_point="")  # as if the last round had not been recorded
        try:
            again = final_pass(store, _BASE, {})
        finally:
            store.set_resolution_state(fixed_point=state["fixed_point"])
    assert (again.fixed_point, again.rounds, again.changed) == ("reached", 1, {})


class _Crash(BaseException):
    """A stand-in for kill -9: nothing catches it, and the store is closed unsaved."""


@pytest.fixture()
def crash_at(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """``crash_at(kind, n)``: raise _Crash at the n-th batch write or the n-th call of
    a resolver ("write" or a resolver name), once."""
    import importlib

    for module in RESOLVER_MODULES:
        importlib.import_module(module)
    calls: dict[str, int] = {}
    armed: dict[str, int] = {}

    def counting(name: str, fn: Any) -> Any:
        @functools.wraps(fn)  # keeps __module__: run_resolvers orders by it
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls[name] = calls.get(name, 0) + 1
            if armed.get(name) == calls[name]:
                del armed[name]
                raise _Crash(name)
            return fn(*args, **kwargs)

        return wrapper

    for name in resolvers.names():
        monkeypatch.setitem(resolvers._factories, name, counting(name, resolvers.get(name)))
    monkeypatch.setattr(SQLiteStore, "write_batch", counting("write", SQLiteStore.write_batch))

    def arm(kind: str, n: int) -> None:
        calls.clear()
        armed.clear()
        armed[kind] = n

    yield arm


# Points of a 28-document build (passes at 4, 8, 12, 16, 20, 24, then the final rounds):
# between batches, in the middle of an intermediate pass (after entities and recall
# committed their savepoints), during the final pass's first and second rounds.
CRASHES = [
    [("write", 3)],
    [("newsdossier.events.v1", 2)],
    [("newsdossier.contradictions.v1", 7)],
    [("newsdossier.recall-rescan.v1", 2)],
    [("write", 2), ("newsdossier.reuse.v1", 3), ("write", 4)],  # crashed, resumed, crashed...
]


@pytest.mark.parametrize("crashes", CRASHES, ids=lambda c: "+".join(f"{k}:{n}" for k, n in c))
def test_a_build_crashed_anywhere_resumes_to_the_clean_store(
    corpus: Path, reference: Path, tmp_path: Path, crash_at: Any, crashes: list[tuple[str, int]]
) -> None:
    db = tmp_path / "c.db"
    settings = _BASE.replace(write_batch_docs=3, nlp_batch_docs=3)
    for kind, n in crashes:
        crash_at(kind, n)
        with pytest.raises(_Crash):
            _build(corpus, db, settings)
    crash_at("none", 0)
    _build(corpus, db, settings)
    assert diff_stores(reference, db) == {}


def test_pass_points_depend_on_the_store_only() -> None:
    assert [next_pass_at(p, 200) for p in (0, 200, 1_999, 2_000, 19_000, 50_000)] == [
        200, 400, 2_199, 2_200, 20_900, 52_000,
    ]  # fmt: skip


def test_cut_points_count_new_documents_only() -> None:
    from newsdossier.model import Document, Rejection
    from newsdossier.store.base import Processed

    def doc(i: int) -> Processed:
        d = Document(f"d{i}", "x", "s", "n")
        return Processed(f"k{i}", "s", None, "h", d)

    rej = Processed("r", "s", None, None, rejection=Rejection("s", None, "E104", "empty"))
    items = [doc(1), rej, doc(2), doc(1), doc(3), doc(4)]  # doc 1 twice; doc 2 stored already
    assert cut_points(items, {"d2"}, stored=10, due=12) == [5]  # d1 -> 11, d3 -> 12
    assert cut_points(items, set(), stored=10, due=99) == []
