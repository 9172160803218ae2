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

import json
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
#: Types whose mentions join on copies or participants alone, never on dates.
_NO_DATES = COPIES_ONLY | ONCE_ONLY


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


# ---------------------------------------------------------------- event state
# An event's date, counts and conflict flag are functions of all its mentions in
# corpus order (event_date); re-reading them for every event that got a new mention
# made this resolver grow with the store (10k generated documents: 22.7 of 78.6 s
# re-reading, 54 s re-comparing old mentions' text keys and dates).  So each event
# keeps a summary (table ``event_state``, migration 0940) from which event_date's
# answer follows for one more mention in O(its date groups), and _joins' for a new
# mention without reading the event's mentions:
#   - ``last``: the corpus-order key (document place, start, id) of its last mention;
#     a mention that sorts after it extends the state, any other rebuilds it from the
#     stored mentions (after a requeue: rare);
#   - ``n``, ``docs``, ``last_doc``: mentions, documents, the last one's document (a
#     document's mentions are consecutive in corpus order, so a mention's document is
#     new unless it is the last one's);
#   - ``first``: the first mention's reading (the event's when none is dated);
#   - ``groups``: event_date's groups of agreeing dated mentions, each with its
#     distinct intervals (agreeing with all of a group = with each distinct interval),
#     documents, last document and chosen (narrowest, first) reading.
# Intervals are kept as day ordinals ``[first, last]`` (or ``None``: a value that does
# not parse, which agrees with anything, as in compatible()).
_READING = ("type", "summary", "date_value", "date_end", "date_precision", "date_text")


def _days(row: dict[str, Any]) -> tuple[int, int] | None:
    span = _span(row)
    return None if span is None else (span[0].toordinal(), span[1].toordinal())


def _agree(a: Sequence[int] | None, b: Sequence[int] | None) -> bool:
    # compatible() on day ordinals
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def _order(row: dict[str, Any]) -> list[Any]:
    return [row["doc_rowid"], row["start"], row["id"]]


def _new_state() -> dict[str, Any]:
    return {"last": None, "n": 0, "docs": 0, "last_doc": None, "first": None, "groups": []}


def _extend(state: dict[str, Any], m: dict[str, Any]) -> None:
    """Add mention ``m``, which sorts after every mention already in ``state``."""
    state["last"] = _order(m)
    state["n"] += 1
    if m["document_id"] != state["last_doc"]:
        state["docs"] += 1
        state["last_doc"] = m["document_id"]
    if state["first"] is None:
        state["first"] = {k: m[k] for k in _READING}
    if m["date_value"] is None:
        return
    days = _days(m)
    width = days[1] - days[0] if days is not None else 10**9
    for g in state["groups"]:
        if all(_agree(days, s) for s in g["spans"]):
            break
    else:
        g = {"spans": [], "docs": 0, "last_doc": None, "chosen": None, "width": None}
        state["groups"].append(g)
    spans = [tuple(s) if s is not None else None for s in g["spans"]]
    if days not in spans:
        g["spans"].append(list(days) if days is not None else None)
    if m["document_id"] != g["last_doc"]:
        g["docs"] += 1
        g["last_doc"] = m["document_id"]
    if g["chosen"] is None or width < g["width"]:
        g["chosen"], g["width"] = {k: m[k] for k in _READING}, width


def _state_of(mentions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    state = _new_state()
    for m in sorted(mentions, key=_order):
        _extend(state, m)
    return state


def _spans(state: dict[str, Any]) -> list[Any]:
    return [s for g in state["groups"] for s in g["spans"]]


def _event_row(eid: str, state: dict[str, Any]) -> tuple[Any, ...]:
    groups = state["groups"]
    if groups:
        best = max(groups, key=lambda g: (g["docs"], -groups.index(g)))
        first = best["chosen"]
    else:
        first = state["first"]
    return (eid, state["first"]["type"], first["date_value"], first["date_end"],
            first["date_precision"] or "unknown", first["date_text"],
            year_of(first["date_value"]), first["summary"], state["n"], state["docs"],
            int(len(groups) > 1), RESOLVER)  # fmt: skip


def _joins(row: dict[str, Any], text_key: str, keys: set[str], spans: Any) -> bool:
    """Whether ``row`` joins a candidate event found through one of its blocking keys
    (the rule is in the module's docstring), from the event's keys and state.

    An event's keys are its mentions' keys (each merged mention adds its own, and an
    event whose participants' entities change is requeued and merged again), so
    ``keys`` holds the row's text key exactly when a mention of the event is a copy,
    and a candidate reached through a participant or entity key shares a participant
    with the row: only the dates are left to compare, with the event's distinct
    intervals, which ``spans()`` gives (called only when dates are compared)."""
    if text_key in keys:
        return True
    typ = row["type"]
    if typ in COPIES_ONLY:
        return False
    if typ in ONCE_ONLY:
        return True
    if row["date_value"] is None:
        return False
    days = _days(row)
    return any(_agree(days, s) for s in spans())


def _load_states(store: Store, event_ids: Sequence[str], into: dict[str, Any]) -> None:
    """Put the stored state of each event into ``into``; an event stored without one (a
    store made before migration 0940) gets it from its mentions."""
    todo = [e for e in event_ids if e not in into]
    if not todo:
        return
    got = store.event_states(todo)
    into.update({e: json.loads(s) for e, s in got.items()})
    missing = [e for e in todo if e not in got]
    if missing:
        by_event: dict[str, list[dict[str, Any]]] = {e: [] for e in missing}
        for m in store.event_readings_of(missing):
            by_event[m["event_id"]].append(m)
        into.update({e: _state_of(ms) for e, ms in by_event.items()})


def resolve_events(store: Store) -> int:
    """Merge every unmerged event mention; return the number of events touched.

    First, events whose participants' entities changed since they were merged (an
    entity merged, renamed or split in a later pass: ``event_requeue``, filled by a
    trigger) are undone and their mentions merged again with the others, in input
    order, so where resolver passes fall changes no event (issue 18).

    The work per batch is bounded by the batch's mentions and the events they may
    join, not by how many mentions those events hold (see the event state above)."""
    requeued = store.take_event_requeue()
    if requeued:
        store.unmerge_events(requeued)
    touched_all = len(requeued)
    while batch := store.unmerged_event_mentions(_BATCH):
        touched_all += _merge_batch(store, batch)
    return touched_all


def _merge_batch(store: Store, batch: list[dict[str, Any]]) -> int:
    """Merge one batch of unmerged mentions (in corpus order); return the events touched."""
    keyed = [(row, _keys(row)) for row in batch]
    found = store.events_by_keys(sorted({k for _, ks in keyed for k in ks}))
    index: dict[str, set[str]] = {}
    for found_id, found_keys in found.items():
        for k in found_keys:
            index.setdefault(k, set()).add(found_id)
    keys_of: dict[str, set[str]] = {e: set(ks) for e, ks in found.items()}
    states: dict[str, Any] = {}
    # the stored events whose dates a mention of this batch may be compared with, at once
    _load_states(
        store,
        sorted(
            {
                e
                for row, keys in keyed
                if row["date_value"] is not None and row["type"] not in _NO_DATES
                for k in keys
                for e in index.get(k, ())
            }
        ),
        states,
    )

    def state(eid: str) -> Any:
        if eid not in states:
            _load_states(store, [eid], states)
        return states[eid]

    added: dict[str, list[dict[str, Any]]] = {}  # this batch's mentions, by event
    # events that got a mention sorting before their last one (merged again after a
    # requeue): the intervals of such mentions, and the state made again from all the
    # event's mentions once, at the end of the batch (made again per mention, a requeue
    # of many events read the same large events once per mention: 510 CPU s in one pass
    # at 15-20k stored generated documents)
    late: dict[str, list[Any]] = {}

    def spans(eid: str) -> list[Any]:
        return [*_spans(state(eid)), *late.get(eid, ())]

    links: list[tuple[str, str]] = []
    new_keys: list[tuple[str, str]] = []
    for row, keys in keyed:
        candidates = sorted({e for k in keys for e in index.get(k, ())})
        # keys[0] is the row's text key (see _keys)
        joined = next(
            (e for e in candidates if _joins(row, keys[0], keys_of[e], lambda e=e: spans(e))),
            None,
        )
        if joined is None:
            eid = make_id("event", row["id"])
            states.setdefault(eid, _new_state())
            keys_of.setdefault(eid, set())
        else:
            eid = joined
        row["event_id"] = eid
        st = state(eid)
        if eid not in late and (st["last"] is None or _order(row) > st["last"]):
            _extend(st, row)
        else:
            late.setdefault(eid, [])
            if row["date_value"] is not None:
                late[eid].append(_days(row))
        added.setdefault(eid, []).append(row)
        links.append((row["id"], eid))
        for k in keys:
            index.setdefault(k, set()).add(eid)
            keys_of[eid].add(k)
            new_keys.append((k, eid))
    if late:
        stored: dict[str, list[dict[str, Any]]] = {e: [] for e in late}
        for m in store.event_readings_of(sorted(late)):
            stored[m["event_id"]].append(m)
        for e in late:
            states[e] = _state_of([*stored[e], *added[e]])
    touched = sorted(added)
    with store.transaction():
        store.merge_event_mentions(links, new_keys)
        store.upsert_events([_event_row(e, states[e]) for e in touched])
        store.put_event_states([(e, json.dumps(states[e], separators=(",", ":"))) for e in touched])
    return len(touched)


def count_sources(store: ReuseRepository, evidence: Sequence[dict[str, Any]]) -> dict[str, int]:
    """Documents, independent sources and copies behind an event's evidence.

    Two documents are one source when issue 5's reuse resolver found a reused
    passage overlapping both evidence sentences, or when they come from the
    same outlet (the fallback while no reuse pairs exist).
    """
    # Independent sources = documents minus the joins that merged two groups (a
    # union-find, written out: the entity and timeline pages count this for each of
    # their 50 events, ~2,600 pieces of evidence for a most mentioned entity at 100k
    # documents, where a call per find and union was a fifth of the page's query CPU).
    merged = 0
    spans: dict[str, list[tuple[int, int]]] = {}
    by_outlet: dict[str, str] = {}
    joined: set[tuple[str, str]] = set()
    pairs: list[tuple[str, str]] = []
    for e in evidence:
        d = e["document_id"]
        span = (e["start"], e["end"])
        if d in spans:
            spans[d].append(span)
        else:
            spans[d] = [span]
        outlet = e.get("outlet")
        if outlet:
            first = by_outlet.setdefault(outlet.lower(), d)
            if first != d and (d, first) not in joined:
                joined.add((d, first))
                pairs.append((d, first))

    docs = list(spans)  # the documents in the order of their first evidence
    parent = {d: d for d in docs}

    def hits(doc: str, s: int, t: int) -> bool:
        return any(a < t and s < b for a, b in spans.get(doc, ()))

    for da, sa, ea, db, sb, eb in store.reuse_links(docs):
        if da in parent and db in parent and hits(da, sa, ea) and hits(db, sb, eb):
            pairs.append((da, db))
    for a, b in pairs:
        while parent[a] != a:
            parent[a] = a = parent[parent[a]]
        while parent[b] != b:
            parent[b] = b = parent[parent[b]]
        if a != b:
            parent[a] = b
            merged += 1
    independent = len(docs) - merged
    return {"documents": len(docs), "independent": independent, "copies": len(docs) - independent}


@resolvers.register("newsdossier.events.v1")
def run_event_resolver(store: Store, settings: Settings) -> int:
    return resolve_events(store)
