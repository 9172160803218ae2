"""Real scraped data from ../shared/data (skipped when absent); no text copied here."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdossier.ingest import ReadOptions, read_paths
from newsdossier.model import RawRecord

pytestmark = pytest.mark.shared_data


def test_shared_fakenewscorpus_sample_csv(shared_data: Path) -> None:
    path = shared_data / "fakenewscorpus-sample" / "news_sample.csv"
    if not path.is_file():
        pytest.skip("fakenewscorpus-sample/news_sample.csv is not present")
    items = list(read_paths([str(path)], ReadOptions()))
    assert len(items) == 250
    assert all(isinstance(i, RawRecord) for i in items), [
        i for i in items if not isinstance(i, RawRecord)
    ][:3]
    records = [i for i in items if isinstance(i, RawRecord)]
    assert [r.record for r in records] == [f"row:{n}" for n in range(1, 251)]
    assert all(r.content.strip() for r in records)
    assert all(r.name and not r.name.startswith("news_sample#") for r in records)  # the id column
    assert all(r.meta.get("title") and r.meta.get("url") and r.meta.get("outlet") for r in records)
    assert sum("author" in r.meta for r in records) > 100
    assert all("." in r.meta["outlet"] for r in records)  # the domain column
    # scraped_at / inserted_at / updated_at are collection dates: never "published"
    assert not any("published" in r.meta for r in records)
    assert {r.format for r in records} <= {"text", "html"}
