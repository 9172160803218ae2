"""Merge event mentions across documents into events (issue 4).

Incremental: only event mentions with no ``event_id`` are read, in batches;
each is compared only with events that share a *blocking key* with it, so the
work grows with the number of new mentions, not with the corpus:

- ``type|year``            same type, same year (or ``type|undated``);
- ``type|entity:<id>``     for once-only events (founding, birth, death): the
                           same entity founded twice is one founding with two
                           dated readings, i.e. a conflict, not two events;
- ``type|text:<hash>``     the same sentence (a copy) is the same report.

A mention joins a candidate event when the type is the same and:
- it is a copy (same sentence text), or
- participants overlap (entity ids) and the dates are compatible (the
  intervals they cover overlap: 2011 and 2011-03-14 agree), or
- the type is once-only and participants overlap: differing dates are then
  kept as readings and the event is flagged ``conflict``.
Undated mentions of ordinary types join only copies of themselves: "an
attack" with no date cannot be told apart from any other attack.  Nor can two
dated happenings of type ``other`` (issue 16: a date no trigger names, "Canada
had 2.7 doctors in 2015"): two such sentences about the same actor in the same
year are as often two happenings as one, so they too join only copies; so do ``state``
events (a state or a figure that held at its date: "the yield was 20% in May").

An event's date is the most precise reading in the largest group of
agreeing documents.  Independent sources are counted at read time
(:func:`count_sources`), so reuse pairs found later by the reuse resolver
(issue 5) count without re-merging.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..analyze.time.intervals import compatible, interval, year_of
from ..model import make_id
from ..registry import resolvers
from ..settings import Settings
from ..store.protocols import ReuseRepository, Store

__all__ = ["COPIES_ONLY", "ONCE_ONLY", "RESOLVER", "count_sources", "event_date", "resolve_events"]

# 2: "other" events join only copies; 3: a copy says the same date as written (issue 16)
# 4: "state" events (a state or a figure held at its date, analyze/events/states.py) join
# only copies too (issue 16); 5: events whose participants' entities changed are merged
# again (issue 18)
RESOLVER = "newsdossier.events@5"
#: Event types that happen once to an entity: dates that disagree are a conflict.
ONCE_ONLY = frozenset({"founding", "birth", "death"})
#: Event types that merge only with copies of the same sentence (see the docstring).
COPIES_ONLY = frozenset({"other", "state"})
_BATCH = 2000


def _text_key(row: dict[str, Any]) -> str:
    # the date as written is part of the key: one sentence may report two happenings of a
    # type ("visited Tehran in 2015 and 2018, respectively"), which are no copies (issue 16)
    said = " ".join(row["summary"].lower().split())
    return make_id(said, row.get("date_text") or "", length=12)


def _keys(row: dict[str, Any]) -> list[str]:
    typ = row["type"]
    year = year_of(row["date_value"])
    # Blocking: an event can only join an event of its type that shares a participant
    # (see _joins) or the same sentence text, so key on (type, year, participant)
    # rather than (type, year): that block grew with the corpus and made merging
    # quadratic (10k generated documents: >10 min and 580 MB in this resolver alone).
    when = year if year is not None else "undated"
    keys = [f"{typ}|text:{_text_key(row)}"]
    if typ in COPIES_ONLY:
        return keys
    keys.extend(f"{typ}|{when}|p:{p}" for p in sorted(row["participants"]))
    if typ in ONCE_ONLY:
        # "key:<name>" stands in for an entity id when mentions are not resolved yet
        keys.extend(f"{typ}|entity:{p}" for p in sorted(row["participants"]))
    return keys


def _span(row: dict[str, Any]) -> Any:
    return interval(row["date_value"], row["date_precision"], row["date_end"])


def _joins(row: dict[str, Any], event: list[dict[str, Any]]) -> bool:
    if event[0]["type"] != row["type"]:
        return False
    text = _text_key(row)
    if any(_text_key(m) == text for m in event):
        return True
    if row["type"] in COPIES_ONLY:
        return False
    parts = set().union(*(m["participants"] for m in event))
    if not (row["participants"] & parts):
        return False
    if row["type"] in ONCE_ONLY:
        return True
    if row["date_value"] is None:
        return False
    return any(m["date_value"] is not None and compatible(_span(row), _span(m)) for m in event)


def event_date(mentions: Sequence[dict[str, Any]]) -> tuple[dict[str, Any] | None, bool]:
    """The chosen dated mention (or ``None``) and whether documents disagree on the date."""
    dated = [m for m in mentions if m["date_value"] is not None]
    groups: list[list[dict[str, Any]]] = []
    for m in dated:
        for g in groups:
            if all(compatible(_span(m), _span(x)) for x in g):
                g.append(m)
                break
        else:
            groups.append([m])
    if not groups:
        return None, False
    best = max(groups, key=lambda g: (len({x["document_id"] for x in g}), -groups.index(g)))

    def width(m: dict[str, Any]) -> int:
        lo, hi = _span(m) or (None, None)
        return (hi - lo).days if lo and hi else 10**9

    return min(best, key=width), len(groups) > 1


def _refresh(store: Store, event_ids: Sequence[str]) -> None:
    by_event: dict[str, list[dict[str, Any]]] = {}
    for m in store.event_mentions_of(event_ids):
        by_event.setdefault(m["event_id"], []).append(m)
    rows = []
    for eid, ms in by_event.items():
        chosen, conflict = event_date(ms)
        first = chosen or ms[0]
        rows.append(
            (eid, ms[0]["type"], first["date_value"], first["date_end"],
             first["date_precision"] or "unknown", first["date_text"],
             year_of(first["date_value"]), first["summary"], len(ms),
             len({m["document_id"] for m in ms}), int(conflict), RESOLVER)
        )  # fmt: skip
    store.upsert_events(rows)


def resolve_events(store: Store) -> int:
    """Merge every unmerged event mention; return the number of events touched.

    First, events whose participants' entities changed since they were merged (an
    entity merged, renamed or split in a later pass: ``event_requeue``, filled by a
    trigger) are undone and their mentions merged again with the others, in input
    order, so where resolver passes fall changes no event (issue 18)."""
    requeued = store.take_event_requeue()
    if requeued:
        store.unmerge_events(requeued)
    touched_all = len(requeued)
    while batch := store.unmerged_event_mentions(_BATCH):
        keyed = [(row, _keys(row)) for row in batch]
        found = store.events_by_keys(sorted({k for _, ks in keyed for k in ks}))
        events: dict[str, list[dict[str, Any]]] = {}
        for m in store.event_mentions_of(list(found)):
            events.setdefault(m["event_id"], []).append(m)
        index: dict[str, set[str]] = {}
        for found_id, found_keys in found.items():
            for k in found_keys:
                index.setdefault(k, set()).add(found_id)
        links: list[tuple[str, str]] = []
        new_keys: list[tuple[str, str]] = []
        for row, keys in keyed:
            candidates = sorted({e for k in keys for e in index.get(k, ())})
            joined = next((e for e in candidates if _joins(row, events[e])), None)
            eid = joined if joined is not None else make_id("event", row["id"])
            events.setdefault(eid, [])
            row["event_id"] = eid
            events[eid].append(row)
            links.append((row["id"], eid))
            for k in keys:
                index.setdefault(k, set()).add(eid)
                new_keys.append((k, eid))
        touched = sorted({e for _, e in links})
        with store.transaction():
            store.merge_event_mentions(links, new_keys)
            _refresh(store, touched)
        touched_all += len(touched)
    return touched_all


def count_sources(store: ReuseRepository, evidence: Sequence[dict[str, Any]]) -> dict[str, int]:
    """Documents, independent sources and copies behind an event's evidence.

    Two documents are one source when issue 5's reuse resolver found a reused
    passage overlapping both evidence sentences, or when they come from the
    same outlet (the fallback while no reuse pairs exist).
    """
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

    for da, sa, ea, db, sb, eb in store.reuse_links(docs):
        if da in parent and db in parent and hits(da, sa, ea) and hits(db, sb, eb):
            union(da, db)
    independent = len({find(d) for d in docs})
    return {"documents": len(docs), "independent": independent, "copies": len(docs) - independent}


@resolvers.register("newsdossier.events.v1")
def run_event_resolver(store: Store, settings: Settings) -> int:
    return resolve_events(store)
