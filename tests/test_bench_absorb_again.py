"""benchmarks/bench_web_scale.py --absorb-again leaves the kept store alone (issue 18).

The before and the after of a change are timed on copies of one kept store; the
kept store must not change (a second run would start elsewhere), and the copy must
hold the corpus's next documents through the build's own path (passes included)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsdossier.store.compare import diff_stores
from newsdossier.store.sqlite import SQLiteStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import bench_web_scale  # noqa: E402

pytestmark = pytest.mark.issue(18)


def test_absorb_again_times_a_copy_and_keeps_the_store(tmp_path: Path) -> None:
    kept = tmp_path / "kept.db"
    bench_web_scale.make_store(kept, bench_web_scale.Corpus(), 40, 10)
    frozen = tmp_path / "frozen.db"
    frozen.write_bytes(kept.read_bytes())
    out = bench_web_scale.absorb_again(kept, tmp_path / "copy.db", 30, warm_docs=20)
    assert out["stored"] == 50 and out["absorbed"] == 30 and out["docs_cpu_s"] > 0
    assert diff_stores(kept, frozen) == {}  # the kept store is as it was
    with SQLiteStore(tmp_path / "copy.db", readonly=True) as copy:
        assert copy.document_count() == 80
        names = {r[0] for r in copy.conn.execute("SELECT name FROM documents")}
    assert {f"b{i}" for i in range(80)} == names  # the corpus's next documents
    # and twice from the same kept store: the same copy (a before and an after compare)
    bench_web_scale.absorb_again(kept, tmp_path / "again.db", 30, warm_docs=20)
    assert diff_stores(tmp_path / "copy.db", tmp_path / "again.db") == {}
