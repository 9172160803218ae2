"""Event merging across documents, incremental reruns, timeline and export (issue 4)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
            "date_precision": "year", "date_end": None, "date_text": None,
            "document_id": summary, "doc_rowid": 1, "start": 0, "id": summary}  # fmt: skip


def _reference_joins(row: dict, event: list[dict]) -> bool:
    """The merge rule as the resolver applied it before issue 18 item 4: on the
    candidate's mentions themselves (each text key, every participant and date)."""
    from newsdossier.analyze.time.intervals import compatible
    from newsdossier.resolve.events import COPIES_ONLY, ONCE_ONLY, _span, _text_key

    if event[0]["type"] != row["type"]:
        return False
    if any(_text_key(m) == _text_key(row) for m in event):
        return True
    if row["type"] in COPIES_ONLY:
        return False
    if not row["participants"] & set().union(*(m["participants"] for m in event)):
        return False
    if row["type"] in ONCE_ONLY:
        return True
    if row["date_value"] is None:
        return False
    return any(m["date_value"] is not None and compatible(_span(row), _span(m)) for m in event)


def _joins_members(row: dict, event: list[dict]) -> bool:
    """The resolver's rule for ``row`` and an event of these mentions: no candidate
    unless a blocking key is shared, then the event's keys and state decide."""
    from newsdossier.resolve.events import _joins, _keys, _spans, _state_of

    keys = {k for m in event for k in _keys(m)}
    if not keys & set(_keys(row)):
        return False
    return _joins(row, _keys(row)[0], keys, lambda: _spans(_state_of(event)))


@pytest.mark.issue(16)
def test_events_other_joins_only_copies() -> None:
    """Two dated happenings of type "other" about one actor in one year stay two events."""
    from newsdossier.resolve.events import _keys

    _joins = _joins_members
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
    _joins = _joins_members
    said = "Renk and Holm visited Kessa in 2005 and 2008, respectively."
    first = {**_row("meeting", said, {"e1"}, "2005"), "date_text": "2005"}
    second = {**_row("meeting", said, {"e2"}, "2008"), "date_text": "2008"}
    repost = {**_row("meeting", said, {"e7"}, "2005"), "date_text": "2005"}
    assert not _joins(second, [first])
    assert _joins(repost, [first])


def _random_mention(rng: Any, i: int) -> dict:
    typ = rng.choice(["attack", "meeting", "other", "death", "state"])
    value, precision, end = rng.choice(
        [(None, None, None), ("2015", "year", None), ("2015-03", "month", None),
         ("2015-03-14", "day", None), ("2015-03-20", "day", None), ("2016", "year", None),
         ("2010", "decade", None), ("2015-W11", "week", None), ("2015-02", "month", "2015-04"),
         ("2014-12-30", "day", "2015-01-02"), ("", "year", None), ("2015-13", "month", None)]
    )  # fmt: skip
    return {"id": f"m{i:04d}", "type": typ, "document_id": f"d{i // 3}", "doc_rowid": i // 3,
            "start": 10 * (i % 3), "summary": rng.choice(["Ivo Renk met Holm.", "A raid."]),
            "date_value": value, "date_precision": precision, "date_end": end,
            "date_text": rng.choice([None, "in 2015"]),
            "participants": set(rng.sample(["e1", "e2", "e3", "key:vellorn"], rng.randint(0, 2)))}  # fmt: skip


@pytest.mark.issue(18)
@pytest.mark.parametrize("seed", range(40))
def test_events_state_answers_as_the_mentions(seed: int) -> None:
    """An event's state (issue 18 item 4: kept per event so that neither merging a new
    mention nor dating the event reads its mentions) gives event_date's reading, counts
    and conflict flag, built one mention at a time, and the merge rule of the mentions
    themselves for every candidate a blocking key finds."""
    import random

    from newsdossier.analyze.time.intervals import year_of
    from newsdossier.resolve.events import (
        RESOLVER,
        _event_row,
        _state_of,
        _text_key,
        event_date,
    )  # fmt: skip

    rng = random.Random(seed)
    ms = [_random_mention(rng, i) for i in range(rng.randint(1, 30))]
    for m in ms:
        m["type"] = ms[0]["type"]
    chosen, conflict = event_date(ms)
    first = chosen or ms[0]
    want = ("ev", ms[0]["type"], first["date_value"], first["date_end"],
            first["date_precision"] or "unknown", first["date_text"], year_of(first["date_value"]),
            first["summary"], len(ms), len({m["document_id"] for m in ms}), int(conflict),
            RESOLVER)  # fmt: skip
    assert _event_row("ev", _state_of(ms)) == want
    # the state survives its JSON round trip
    assert _event_row("ev", json.loads(json.dumps(_state_of(ms)))) == want
    for j in range(30):
        row = _random_mention(rng, 1000 + j)
        if _joins_members(row, ms):
            assert _reference_joins(row, ms)
        elif _reference_joins(row, ms):
            # the reference joins only through a shared key: a copy, a participant
            # of the same year (or undated), or a once-only type's entity
            from newsdossier.resolve.events import _keys

            assert not {k for m in ms for k in _keys(m)} & set(_keys(row)), (row, _text_key(row))


def _count_sources_reference(links: list[tuple[Any, ...]], evidence: list[dict[str, Any]]) -> int:
    """Independent sources as count_sources counted them with a union per piece of
    evidence (before issue 18 wrote its union-find out): the reference."""
    docs = list(dict.fromkeys(e["document_id"] for e in evidence))
    parent = {d: d for d in docs}

    def find(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    spans: dict[str, list[tuple[int, int]]] = {}
    by_outlet: dict[str, str] = {}
    for e in evidence:
        spans.setdefault(e["document_id"], []).append((e["start"], e["end"]))
        if e.get("outlet"):
            union(e["document_id"], by_outlet.setdefault(e["outlet"].lower(), e["document_id"]))

    def hits(doc: str, s: int, t: int) -> bool:
        return any(a < t and s < b for a, b in spans.get(doc, ()))

    for da, sa, ea, db, sb, eb in links:
        if da in parent and db in parent and hits(da, sa, ea) and hits(db, sb, eb):
            union(da, db)
    return len({find(d) for d in docs})


_DOC = st.sampled_from("abcdefgh")
_SPAN = st.tuples(st.integers(0, 60), st.integers(1, 30))


@given(
    pieces=st.lists(
        st.tuples(_DOC, _SPAN, st.sampled_from([None, "", "Wire", "wire", "Daily", "Post"])),
        max_size=25,
    ),
    links=st.lists(st.tuples(_DOC | st.just("z"), _SPAN, _DOC, _SPAN), max_size=6),
)
def test_count_sources_same_count_as_a_union_per_piece(
    pieces: list[tuple[str, tuple[int, int], str | None]],
    links: list[tuple[str, tuple[int, int], str, tuple[int, int]]],
) -> None:
    """The written-out union-find counts what a union per piece of evidence counted,
    whatever the outlets (case, none, a document under two) and reuse links."""
    from newsdossier.resolve.events import count_sources

    evidence = [
        {"document_id": d, "start": s, "end": s + n, "outlet": o} for d, (s, n), o in pieces
    ]
    rows = [(da, sa, sa + na, db, sb, sb + nb) for da, (sa, na), db, (sb, nb) in links]

    class _Links:
        def reuse_links(self, docs: Any) -> list[tuple[Any, ...]]:
            return rows

    got = count_sources(_Links(), evidence)
    docs = len({e["document_id"] for e in evidence})
    want = _count_sources_reference(rows, evidence)
    assert got == {"documents": docs, "independent": want, "copies": docs - want}
