"""Event merging across documents, incremental reruns, timeline and export (issue 4)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsdossier.cli import run
from newsdossier.store.sqlite import open_store

# Imported inside the tests, not here: the resolver registry runs resolvers in
# registration order, and importing this module at collection time would
# register the events resolver before the entities resolver for the whole session.


def _m(doc: str, value: str | None, precision: str | None) -> dict:
    return {"document_id": doc, "date_value": value, "date_precision": precision, "date_end": None}


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("readings", "chosen", "conflict"),
    [
        ([("a", "2011", "year"), ("b", "2011-03-14", "day")], "2011-03-14", False),
        ([("a", "1979", "year"), ("b", "1979", "year"), ("c", "1965", "year")], "1979", True),
        ([("a", "1960", "decade"), ("b", "1965", "year")], "1965", False),
        ([("a", None, None)], None, False),
    ],
)
def test_events_date_readings(readings, chosen, conflict) -> None:
    from newsdossier.resolve.events import event_date

    got, flagged = event_date([_m(*r) for r in readings])
    assert (got["date_value"] if got else None, flagged) == (chosen, conflict)


class _NoReuse:
    def reuse_links(self, docs):
        return []


class _Reuse:
    def reuse_links(self, docs):
        return [("a", 0, 50, "b", 100, 150)]


def test_events_count_sources_outlets_and_reuse() -> None:
    from newsdossier.resolve.events import count_sources

    ev = [
        {"document_id": "a", "start": 10, "end": 40, "outlet": "Wire"},
        {"document_id": "b", "start": 110, "end": 140, "outlet": "Daily"},
        {"document_id": "c", "start": 0, "end": 20, "outlet": "wire"},  # same outlet as a
        {"document_id": "d", "start": 0, "end": 20, "outlet": None},
    ]
    assert count_sources(_NoReuse(), ev) == {"documents": 4, "independent": 3, "copies": 1}
    assert count_sources(_Reuse(), ev) == {"documents": 4, "independent": 2, "copies": 2}


def test_events_merged_in_sample(sample_url: str) -> None:
    """Once per store engine (tests/pg.py)."""
    from newsdossier.store.engine import open_store as open_any

    with open_any(sample_url, readonly=True) as store:
        events = list(store.iter_events())
        assert events, "the sample corpus reports dated events"
        merged = [e for e in events if e["document_count"] > 1]
        assert merged, "some event is reported by several documents"
        founding = [e for e in events if e["type"] == "founding" and e["conflict"]]
        assert founding, "the sample's sources disagree on the founding year"
        for e in events:
            for ev in store.event_evidence(e["id"]):
                doc = store.get_document(ev["document_id"])
                assert doc["text"][ev["start"] : ev["end"]] == ev["text"]


def test_events_resolver_is_incremental(sample_db: Path, tmp_path: Path) -> None:
    from newsdossier.resolve.events import resolve_events

    db = tmp_path / "copy.db"
    shutil.copy(sample_db, db)
    with open_store(str(db)) as store:
        before = store.conn.execute("SELECT count(*), sum(mention_count) FROM events").fetchone()
        assert resolve_events(store) == 0  # nothing new since the build
        after = store.conn.execute("SELECT count(*), sum(mention_count) FROM events").fetchone()
    assert before == after


def test_events_timeline_command(sample_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["timeline", "--db", str(sample_db), "--from", "1970", "--to", "1990"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.strip()]
    assert lines and all(line[:4].isdigit() and 1970 <= int(line[:4]) <= 1990 for line in lines)
    assert "conflict" in out
    assert run(["timeline", "--db", str(sample_db), "--from", "1990", "--to", "1980"]) == 1
    assert run(["timeline", "No Such Actor", "--db", str(sample_db)]) == 1
    assert "E402" in capsys.readouterr().err


def test_events_export_section(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    assert run(["export", "--db", str(sample_db), "-o", str(out)]) == 0
    events = json.loads(out.read_text("utf-8"))["events"]
    assert events
    for ev in events:
        assert {"id", "type", "date", "summary", "participants", "places", "evidence"} <= set(ev)
        assert set(ev["date"]) >= {"value", "precision", "text", "resolved"}
        assert ev["date"]["resolved"] == (ev["date"]["value"] is not None)
        assert ev["sources"]["documents"] >= ev["sources"]["independent"] >= 1


def _row(typ: str, summary: str, parts: set[str], value: str | None = "2015") -> dict:
    return {"type": typ, "summary": summary, "participants": parts, "date_value": value,
            "date_precision": "year", "date_end": None}  # fmt: skip


@pytest.mark.issue(16)
def test_events_other_joins_only_copies() -> None:
    """Two dated happenings of type "other" about one actor in one year stay two events."""
    from newsdossier.resolve.events import _joins, _keys

    a = _row("other", "In 2015, Velmora had 40 clinics.", {"e1"})
    b = _row("other", "In 2015, Velmora closed its border.", {"e1"})
    copy = _row("other", "In 2015,  Velmora had 40 clinics.", {"e9"})
    assert not _joins(b, [a])
    assert _joins(copy, [a])
    assert _keys(a) == [k for k in _keys(a) if "|text:" in k]
    # an ordinary type still joins on a shared participant and a compatible date
    assert _joins(_row("attack", "x", {"e1"}), [_row("attack", "y", {"e1"})])


@pytest.mark.issue(16)
def test_events_one_sentence_two_dates_are_no_copies() -> None:
    """'visited Kessa in 2005 and 2008, respectively': two visits, one sentence."""
    from newsdossier.resolve.events import _joins

    said = "Renk and Holm visited Kessa in 2005 and 2008, respectively."
    first = {**_row("meeting", said, {"e1"}, "2005"), "date_text": "2005"}
    second = {**_row("meeting", said, {"e2"}, "2008"), "date_text": "2008"}
    repost = {**_row("meeting", said, {"e7"}, "2005"), "date_text": "2005"}
    assert not _joins(second, [first])
    assert _joins(repost, [first])
