"""The read side of every page: one function per page, shared by HTML and JSON.

Each function takes a read-only store plus already-validated parameters and
returns plain JSON-able data; ``routes.py`` renders it as a page or returns it
from ``/api/...``.  Rules kept here:
- no SQL here: each page asks the store's read methods (``store/protocols.py``),
  every one bounded by an index or a limit (issue 18); request text reaches them
  only through ``fts.fts_query`` (quoted FTS5 tokens) or ``fts.like_pattern``
  (escaped LIKE), and values are bound as parameters;
- every list is bounded (``PAGE_SIZE``, ``page`` caps the offset);
- the analysis sections other stages add (relations, events, claims, contradictions,
  reuse, framing) are read per page too, through the same kind of bounded queries
  (issue 18: no in-memory index of whole sections); each page renders them in their
  export-contract shape (``export/``'s record functions), and says where a list is cut.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any

from ..export.claims import claim_records, grouped_contradictions, reuse_record
from ..export.events import event_record
from ..export.framing import framing_record
from ..store.protocols import ReadStore
from ..store.reads import SEARCH_RANKED_MAX
from .errors import BadRequest, NotFound
from .fts import fts_query, like_pattern
from .highlight import Span, make_segments
from .sections import (
    RELATION_LINK_KINDS,
    by_doc_outlet,
    canonical_outlet,
    feature_status,
    outlet_names,
    outlet_variants,
    per_version,
)

__all__ = [
    "PAGE_SIZE", "document", "entities", "entity", "entity_claims", "entity_relations", "event", "overview",
    "parse_date", "reuse", "search", "source", "sources", "timeline",
]  # fmt: skip

PAGE_SIZE = 50
MAX_PAGE = 200  # OFFSET beyond 10k rows is slow and never useful in a browser
_SNIPPET_OPEN, _SNIPPET_CLOSE = "\ue000", "\ue001"  # private-use markers, split in Python
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _offset(page: int) -> int:
    if page < 1 or page > MAX_PAGE:
        raise BadRequest(f"page must be between 1 and {MAX_PAGE}")
    return (page - 1) * PAGE_SIZE


def _pager(rows: list[Any], page: int) -> dict[str, Any]:
    more = len(rows) > PAGE_SIZE
    del rows[PAGE_SIZE:]
    return {"page": page, "has_next": more and page < MAX_PAGE, "has_prev": page > 1}


def parse_date(value: str | None, name: str) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or nothing); anything else is a 400."""
    if value is None or value.strip() == "":
        return None
    value = value.strip()
    if not _DATE.match(value):
        raise BadRequest(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value[:40]!r}")
    return value


# ------------------------------------------------------------------ overview
def overview(store: ReadStore) -> dict[str, Any]:
    # corpus-wide counts (every mention, on PostgreSQL a scan: 142 ms of server CPU an
    # overview at 100k documents), once per store version
    stats = dict(per_version(store, "stats", store.stats))
    # (store.outlet_totals(), from the per-version totals: a group-by over every document)
    totals = [
        {k: v for k, v in r.items() if k != "chars"}
        for r in _outlet_totals_sized(store)
        if r["outlet"] is not None
    ]
    outlets = _merge_outlets(store, totals)
    stats["outlets"] = len(outlets)
    outlets = outlets[:15]
    actors = store.top_entities(20)
    rows = store.contradictions_page(None, RECENT_CONTRADICTION_ROWS, newest=True)
    recent = [
        _contradiction(store, x)
        for x in islice(grouped_contradictions(store, rows), RECENT_CONTRADICTIONS)
    ]
    return {
        "axis": {
            "events": axis_events(store),
            "publications": publication_histogram(store),
        },  # fmt: skip
        "stats": stats,
        "outlets": outlets,
        "top_actors": actors,
        "recent_contradictions": recent,
        "features": feature_status(store),
    }


def _merge_outlets(store: ReadStore, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows grouped by stored outlet string -> one row per canonical outlet (issue 20):
    counts summed, first/last widened, ``variants`` lists the spellings merged."""
    merged: dict[Any, dict[str, Any]] = {}
    for r in rows:
        name = canonical_outlet(store, r["outlet"])
        m = merged.get(name)
        if m is None:
            merged[name] = {**r, "outlet": name, "variants": [r["outlet"]] if r["outlet"] else []}
            continue
        m["variants"].append(r["outlet"])
        for k, v in r.items():
            if (
                k == "first"
                and v
                and (m[k] is None or v < m[k])
                or k == "last"
                and v
                and (m[k] is None or v > m[k])
            ):
                m[k] = v
            elif isinstance(v, int | float) and k not in ("first", "last", "outlet"):
                m[k] = (m.get(k) or 0) + v
    return sorted(merged.values(), key=lambda m: (-m["documents"], str(m["outlet"])))


def _canon_rows(store: ReadStore, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    names = outlet_names(store)
    for r in rows:
        if r.get("outlet"):
            r["outlet"] = names.get(r["outlet"], r["outlet"])
    return rows


# -------------------------------------------------------------------- search
def _snippet_segments(snippet: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    hit = False
    for part in re.split(f"([{_SNIPPET_OPEN}{_SNIPPET_CLOSE}])", snippet):
        if part == _SNIPPET_OPEN:
            hit = True
        elif part == _SNIPPET_CLOSE:
            hit = False
        elif part:
            out.append({"text": part, "hit": hit})
    return out


def search(store: ReadStore, q: str, page: int = 1) -> dict[str, Any]:
    """Documents (FTS5 over title + text, best first, with snippets) and entity names."""
    offset = _offset(page)
    match = fts_query(q)
    result: dict[str, Any] = {"q": q, "match": match, "documents": [], "entities": [],
                              "ranked_max": SEARCH_RANKED_MAX}  # fmt: skip
    if match is None:
        result.update(page=page, has_next=False, has_prev=False)
        return result
    docs = store.search_documents(match, PAGE_SIZE + 1, offset, (_SNIPPET_OPEN, _SNIPPET_CLOSE))
    result.update(_pager(docs, page))
    _canon_rows(store, docs)
    for d in docs:
        d["snippet"] = _snippet_segments(d.pop("snippet") or "")
    result["documents"] = docs
    if page == 1:
        result["entities"] = store.entities_with_alias_like(like_pattern(q), 20)
    return result


# ------------------------------------------------------------------ entities
def entities(store: ReadStore, type: str | None = None, page: int = 1) -> dict[str, Any]:
    offset = _offset(page)
    rows = store.entities_page(type, PAGE_SIZE + 1, offset)
    types = store.entity_types()
    return {"type": type, "types": types, "entities": rows, **_pager(rows, page)}


def _entity_names(store: ReadStore, ids: set[str]) -> dict[str, str]:
    return store.entity_names_of(ids)


def entity(
    store: ReadStore, entity_id: str, page: int = 1, *, evidence_text: bool = True
) -> dict[str, Any]:
    """The dossier of one entity: aliases with evidence, mentions in context, sections.

    ``evidence_text=False`` (the HTML page, which links its events' and relations'
    evidence and quotes none of it): each piece's ``text`` is None, not read."""
    offset = _offset(page)
    row = store.get_entity(entity_id)
    if row is None:
        raise NotFound(f"no entity with id {entity_id[:80]!r}")
    aliases = store.entity_aliases(entity_id)
    for a in aliases:
        ev = store.alias_evidence(entity_id, a["name"])
        a["evidence"] = {"doc": ev[0], "start": ev[1], "end": ev[2]} if ev else None
    mentions = store.entity_mention_page(entity_id, PAGE_SIZE + 1, offset)
    pager = _pager(mentions, page)
    _canon_rows(store, mentions)
    texts = {d: r["text"] for d, r in store.documents_by_ids({m["doc"] for m in mentions}).items()}
    for m in mentions:
        m["context"] = _context(texts, m)
    # The kept counts by outlet and month (migration 0970) give both the outlets that
    # mention it and its publications by month (the time axis histogram).
    by_outlet_month = store.entity_outlet_months(entity_id)
    outlets = _merge_outlets(
        store, [{"outlet": r["outlet"], "documents": r["documents"]} for r in by_outlet_month]
    )[:20]
    months: Counter[str] = Counter()
    for r in by_outlet_month:
        if r["period"]:
            months[r["period"]] += r["documents"]
    return {
        "entity": row,
        "aliases": aliases,
        "curation": _curation(store, [row["name"], *(a["name"] for a in aliases)]),
        "mentions": mentions,
        **pager,
        "outlets": outlets,
        "publications": [{"period": p, "documents": n} for p, n in sorted(months.items())],
        **_entity_sections(store, entity_id, evidence_text),
    }


def _curation(store: ReadStore, names: list[str]) -> list[dict[str, Any]]:
    """Users' merge/split/never-merge judgements on these names, oldest first (issue 3)."""
    from ..resolve.explain import judgements_for

    return judgements_for(store, names)


def _context(texts: dict[str, str], m: dict[str, Any]) -> list[dict[str, Any]]:
    """The mention's sentence (or ±120 chars) as segments with the mention marked
    (``texts``: the page's documents' texts, read at once)."""
    s_start = m.pop("s_start")
    s_end = m.pop("s_end")
    if s_start is None or s_end is None or s_end < m["end"]:
        s_start, s_end = max(0, m["start"] - 120), m["end"] + 120
    s_start = max(s_start, m["start"] - 300)
    s_end = min(s_end, m["end"] + 300)
    text = texts[m["doc"]][s_start:s_end]  # the mention's own document
    span = Span(m["start"] - s_start, m["end"] - s_start, "mention")
    return [
        {"text": seg.text, "hit": "mention" in seg.kinds, "kinds": list(seg.kinds)}
        for seg in make_segments(text, [span])
    ]


#: What an entity page shows of each analysis section (issue 18: bounded queries; the
#: page says when a list is cut, and the timeline pages through all the events).
MAX_ENTITY_EVENTS = PAGE_SIZE
MAX_ENTITY_CLAIMS = 200
#: shown of them on the page, once (table; the profile and the estimates charts draw on
#: the same rows): the full list is ``/entities/{id}/claims``, a page at a time
ENTITY_CLAIMS_SHOWN = 50
#: evidence links shown per event on an entity page and a timeline page, in their order,
#: then "and N more" to the event's own page (``/events/{id}``), which lists them all
EVENT_EVIDENCE_SHOWN = 5
#: evidence links shown per relation on an entity page (the rest on its relations page)
RELATION_EVIDENCE_SHOWN = 5
MAX_ENTITY_CONTRADICTIONS = 100
#: rows read for them: a dispute found in reprints is one row per copy (state media
#: reprint an article up to ~10 times), shown once with its copies counted
MAX_ENTITY_CONTRADICTION_ROWS = 1000
#: the overview's newest disputes, and the rows read to find them
RECENT_CONTRADICTIONS = 10
RECENT_CONTRADICTION_ROWS = 100
MAX_RELATION_STATEMENTS = 500


def _link_evidence(row: tuple[Any, ...]) -> dict[str, Any]:
    """A name statement (``store.name_link``'s row) as a relation's evidence (the
    export's ``relations`` shape)."""
    doc, start, end, text, asserted_by, *_rest, outlet, published = row
    return {"doc": doc, "start": start, "end": end, "text": text,
            "asserted_by": asserted_by or outlet, "published": published}  # fmt: skip


def _relations(
    store: ReadStore, entity_id: str, text: bool = True
) -> tuple[list[dict[str, Any]], bool]:
    """The entity's relations (export ``relations`` records) from its first
    ``MAX_RELATION_STATEMENTS`` statements; True when more exist.  ``text=False``: each
    statement's text is None."""
    rows = store.entity_relation_links(
        entity_id, RELATION_LINK_KINDS, MAX_RELATION_STATEMENTS + 1, text=text
    )
    capped = len(rows) > MAX_RELATION_STATEMENTS
    grouped: dict[tuple[str, str, str], dict[str, Any]] = {}
    for ea, eb, *rest in rows[:MAX_RELATION_STATEMENTS]:
        kind = "renamed_to" if rest[5] == "renamed" else rest[5]
        rel = grouped.setdefault((ea, kind, eb), {
            "subject": ea, "type": kind, "object": eb, "subject_name": rest[6],
            "object_name": rest[7], "evidence": [],
        })  # fmt: skip
        rel["evidence"].append(_link_evidence(tuple(rest)))
    return list(grouped.values()), capped


def _entity_sections(store: ReadStore, entity_id: str, text: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"features": feature_status(store)}
    rel, out["relations_capped"] = _relations(store, entity_id, text)
    event_rows, out["events_total"] = store.events_with_total(entity_id, MAX_ENTITY_EVENTS)
    # the ids are cheap to count (up to MAX_ENTITY_CLAIMS, "more than" past it); the
    # records and their documents are read for the shown ones only
    claim_ids = store.claim_ids_about(entity_id, MAX_ENTITY_CLAIMS + 1)
    out["claims_total"] = min(len(claim_ids), MAX_ENTITY_CLAIMS)
    out["claims_capped"] = len(claim_ids) > ENTITY_CLAIMS_SHOWN
    out["claims_total_capped"] = len(claim_ids) > MAX_ENTITY_CLAIMS
    claims = _claim_records(store, claim_ids[:ENTITY_CLAIMS_SHOWN])
    rows = store.contradictions_page(entity_id, MAX_ENTITY_CONTRADICTION_ROWS)
    # the disputes' claims and documents read once each (_ClaimCache), not per dispute
    cstore: Any = _ClaimCache(store)
    contra = list(islice(grouped_contradictions(cstore, rows), MAX_ENTITY_CONTRADICTIONS + 1))
    out["contradictions_capped"] = (
        len(contra) > MAX_ENTITY_CONTRADICTIONS or len(rows) == MAX_ENTITY_CONTRADICTION_ROWS
    )
    docs = by_doc_outlet(store, {x["doc"] for x in claims if x.get("doc")})
    out["relations"] = _named_relations(store, rel)
    out["events"] = _event_records(store, event_rows, text)
    out["claims"] = [_claim(x, docs) for x in claims]
    out["profile"] = _profile(out["claims"])
    # the shown disputes' claims, their documents and subjects' names read at once (one
    # query each), not per dispute: on PostgreSQL ~40 round trips of a page
    shown = contra[:MAX_ENTITY_CONTRADICTIONS]
    found = cstore.get_claims([i for x in shown for i in (x.get("claims") or ())])
    if text:
        cstore.documents_by_ids(r["document_id"] for r in found.values())
    subjects = _entity_names(store, {s for x in shown if isinstance(s := x.get("subject"), str)})
    out["contradictions"] = [_contradiction(cstore, x, subjects, text) for x in shown]
    by_outlet: dict[str, Counter[str]] = defaultdict(Counter)
    for r in store.entity_framing_by_outlet(entity_id):
        outlet = canonical_outlet(store, r["outlet"]) or "(no outlet)"
        by_outlet[outlet][str(r["technique"])] += r["n"]
    out["framing_by_outlet"] = [
        {"outlet": o, "total": sum(cnt.values()), "techniques": dict(cnt.most_common())}
        for o, cnt in sorted(by_outlet.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    ]
    return out


def entity_relations(store: ReadStore, entity_id: str) -> dict[str, Any]:
    """An entity's relations with every piece of their evidence (the entity page shows the
    first few of each and links here), from the same statements as the entity page."""
    row = store.get_entity(entity_id)
    if row is None:
        raise NotFound(f"no entity with id {entity_id[:80]!r}")
    rel, capped = _relations(store, entity_id)
    return {"entity": row, "features": feature_status(store),
            "relations": _named_relations(store, rel), "relations_capped": capped}  # fmt: skip


def _named_relations(store: ReadStore, rel: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The relations with their subject's and object's entity names beside their ids."""
    names = _entity_names(
        store, {i for r in rel for i in (r.get("subject"), r.get("object")) if isinstance(i, str)}
    )
    return [
        {**r, "subject_name": names.get(r.get("subject") or ""),
         "object_name": names.get(r.get("object") or "")}
        for r in rel
    ]  # fmt: skip


def entity_claims(store: ReadStore, entity_id: str, page: int = 1) -> dict[str, Any]:
    """Every claim about an entity, a page at a time in document order (the full list the
    entity page links to when it shows only its first ``ENTITY_CLAIMS_SHOWN``)."""
    offset = _offset(page)
    row = store.get_entity(entity_id)
    if row is None:
        raise NotFound(f"no entity with id {entity_id[:80]!r}")
    ids = store.claim_ids_about(entity_id, offset + PAGE_SIZE + 1)[offset:]
    pager = _pager(ids, page)
    claims = _claim_records(store, ids)
    docs = by_doc_outlet(store, {x["doc"] for x in claims if x.get("doc")})
    return {
        "entity": row,
        "features": feature_status(store),
        "claims": [_claim(x, docs) for x in claims],
        "first": offset + 1,
        **pager,
    }


def event(store: ReadStore, event_id: str) -> dict[str, Any]:
    """One merged event with all its evidence (the page an entity page's or a timeline's
    "and N more" evidence links lead to), its participants' and places' names."""
    rows = store.events_by_ids([event_id])
    if not rows:
        raise NotFound(f"no event with id {event_id[:80]!r}")
    record = _event_records(store, rows[:1])[0]
    ids = {i for i in (*record["participants"], *record["places"]) if isinstance(i, str)}
    names = _entity_names(store, ids)
    return {
        **record,
        "participants": [{"id": i, "name": names.get(i)} for i in record["participants"]],
        "places": [{"id": i, "name": names.get(i)} for i in record["places"]],
    }


def _profile(claims: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The shown claims by attribute, each distinct value once (in the order of its first
    publication) with how many claims give it and its newest claim's id and date: the
    claims themselves are listed once, in the claims table (issue 18: an organisation's
    page showed its claims three times)."""
    by_attribute: dict[str, dict[Any, dict[str, Any]]] = defaultdict(dict)
    for cl in sorted(claims, key=lambda cl: cl.get("published") or ""):
        if not cl.get("attribute"):
            continue
        v = by_attribute[cl["attribute"]].setdefault(cl.get("value"), {
            "value": cl.get("value"), "claims": 0})  # fmt: skip
        v["claims"] += 1
        # the newest (the last in publication order; ties: document order)
        v.update(newest=cl["id"], published=cl.get("published"), precision=cl.get("precision"))
    return {a: list(values.values()) for a, values in sorted(by_attribute.items())}


def _claim(x: dict[str, Any], docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    meta = docs.get(x.get("doc", ""), {})
    return {**x, "outlet": meta.get("outlet"), "published": meta.get("published"),
            "precision": meta.get("precision"), "title": meta.get("title")}  # fmt: skip


def _contradiction(
    store: ReadStore, x: dict[str, Any], names: dict[str, str] | None = None, text: bool = True
) -> dict[str, Any]:
    """A contradiction with its subject's name (from ``names`` when given: the subjects'
    names read once for a page) and its two claims' records, read by id.  ``text=False``
    (the HTML entity page, which links each claim and quotes none): the records' texts
    None and their documents not read (a most mentioned organisation's 100 disputes read
    ~200 articles whole for them: ~12 ms of the server at 100k documents)."""
    subject = x.get("subject")
    name = None
    if isinstance(subject, str):
        name = (names if names is not None else _entity_names(store, {subject})).get(subject)
    return {
        **x,
        "subject_name": name,
        "claim_records": _claim_records(store, x.get("claims") or (), text),
    }


class _ClaimCache:
    """The store, with the claims, their sentences and the documents it was asked for kept
    for the rest of a page: an entity's disputes read each claim three times (grouping
    the copies, the dispute's record, its claims' records), each claim's sentence once
    (grouping) and their documents once per dispute: ~570 statements for 100 disputes
    (issue 18: ~45 ms of a most mentioned organisation's page at 100k documents).  The
    claims are read with their sentences (``get_claims(text=True)``, the same substring
    as ``claim_text``); each answer is a copy, as a fresh read is; every other read goes
    to the store."""

    def __init__(self, store: ReadStore) -> None:
        self._store = store
        self._claims: dict[str, dict[str, Any] | None] = {}
        self._texts: dict[tuple[Any, Any, Any], str] = {}
        self._docs: dict[str, dict[str, Any] | None] = {}

    def get_claims(self, ids: Sequence[str], text: bool = False) -> dict[str, dict[str, Any]]:
        if text:
            return self._store.get_claims(ids, text=True)
        ids = list(ids)
        missing = [i for i in dict.fromkeys(ids) if i not in self._claims]
        if missing:
            found = self._store.get_claims(missing, text=True)
            for i in missing:
                row = found.get(i)
                if row is not None:
                    sentence = row.pop("text")
                    key = (row["document_id"], row["start"], row["end"])
                    self._texts[key] = "" if sentence is None else str(sentence)
                self._claims[i] = row
        return {i: dict(c) for i in ids if (c := self._claims[i]) is not None}

    def claim_text(self, claim: dict[str, Any]) -> str:
        found = self._texts.get((claim["document_id"], claim["start"], claim["end"]))
        return found if found is not None else self._store.claim_text(claim)

    def documents_by_ids(self, doc_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        ids = list(dict.fromkeys(doc_ids))
        missing = [i for i in ids if i not in self._docs]
        if missing:
            found = self._store.documents_by_ids(missing)
            self._docs.update({i: found.get(i) for i in missing})
        return {i: dict(d) for i in ids if (d := self._docs[i]) is not None}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


class _ClaimReads:
    """``export.claims.claim_records``'s reads with the claims' documents read at once
    (it reads each claim's document whole, one query per document: up to 200 on an
    entity page); every other read goes to the store."""

    def __init__(self, store: ReadStore) -> None:
        self._store = store
        self._docs: dict[str, dict[str, Any]] = {}

    def get_claims(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        rows: dict[str, dict[str, Any]] = self._store.get_claims(ids)
        self._docs = self._store.documents_by_ids(r["document_id"] for r in rows.values())
        return rows

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        found = self._docs.get(doc_id)
        return found if found is not None else self._store.get_document(doc_id)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def _claim_records(store: ReadStore, ids: Any, text: bool = True) -> list[dict[str, Any]]:
    """``claim_records(store, ids)``, the claims' documents read in one query (none with
    ``text=False``: the records' texts None)."""
    if not text:
        return claim_records(store, list(ids), text=False)
    reads: Any = _ClaimReads(store)
    return claim_records(reads, list(ids))


class _EventReads:
    """The reads ``export.events.event_record`` makes for each event (its evidence, its
    arguments, the reuse among its documents), answered from one batched read each for
    a page's events; every other read goes to the store.  Per event they were 3 queries:
    150 round trips for a page of 50 events, most of an entity page on PostgreSQL
    (bench_web_scale at 10k documents)."""

    def __init__(self, store: ReadStore, event_ids: list[str], text: bool = True) -> None:
        self._store = store
        self._evidence = store.event_evidence_many(event_ids, text=text)
        self._args = store.event_arguments_many(event_ids)
        docs = list(dict.fromkeys(e["document_id"] for v in self._evidence.values() for e in v))
        # the reuse among all the page's documents, read once (issue 18: a most mentioned
        # entity's 50 events have more than 450 documents, and were read per event: 50
        # queries), by first document
        self._links: dict[str, list[tuple[str, int, int, str, int, int]]] = defaultdict(list)
        for link in store.reuse_links(docs):
            self._links[link[0]].append(link)

    def event_evidence(self, event_id: str) -> list[dict[str, Any]]:
        return self._evidence[event_id]

    def event_arguments_of(self, event_id: str) -> list[dict[str, Any]]:
        return self._args[event_id]

    def reuse_links(self, doc_ids: Any) -> list[tuple[str, int, int, str, int, int]]:
        ids = list(dict.fromkeys(doc_ids))
        if len(ids) < 2:
            return []
        among = set(ids)
        return [r for d in ids for r in self._links.get(d, ()) if r[3] in among]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def _event_records(
    store: ReadStore, rows: list[dict[str, Any]], text: bool = True
) -> list[dict[str, Any]]:
    """``_event(event_record(store, row))`` of each row, the page's reads batched
    (``text=False``: each piece of evidence's text None, not read)."""
    if not rows:
        return []
    reads: Any = _EventReads(store, [r["id"] for r in rows], text)
    return [_event(event_record(reads, r)) for r in rows]


def _event(e: dict[str, Any]) -> dict[str, Any]:
    """``e`` (a record of its own: ``event_record``'s) with its date as the pages show it,
    changed in place (a copy of each of a page's 50 records before)."""
    date = e.get("date") or {}
    e["date"] = {
        "value": date.get("value"),
        "precision": date.get("precision") or "unknown",
        "text": date.get("text"),
        "resolved": bool(date.get("resolved")),
    }
    return e


def _event_key(e: dict[str, Any]) -> tuple[int, str]:
    value = e["date"]["value"]
    return (0, value) if value else (1, "")


# ------------------------------------------------------------------ timeline
def timeline(
    store: ReadStore,
    start: str | None = None,
    end: str | None = None,
    type: str | None = None,
    entity_id: str | None = None,
    page: int = 1,
    *,
    evidence_text: bool = True,
) -> dict[str, Any]:
    """Events (when computed) in date order, filtered; always the publication timeline too.
    ``evidence_text=False`` (the HTML page): the events' evidence without its text.

    A date range compares ISO prefixes, so ``end=2012`` includes 2012-12-31 and an
    event dated only "2012" (precision year) falls inside ``start=2012-06``
    ... ``end=2012-08`` only if its year overlaps: it is kept and shown as a year.
    """
    offset = _offset(page)
    entity_name = _entity_names(store, {entity_id}).get(entity_id) if entity_id else None
    if entity_id and entity_name is None:
        raise NotFound(f"no entity with id {entity_id[:80]!r}")
    # The axis's rows (in the page's order) give an entity's page, count and types unless
    # they were cut: each query over an entity's events walks its mentions, and a top
    # entity has tens of thousands (measured at 10k documents: 4 such queries were 60 %
    # of the page).
    on_axis = axis_events(store, entity_id, type)
    cut = len(on_axis) >= _axis_limit(entity_id)
    if entity_id and not cut:
        chosen = [e["id"] for e in on_axis if _in_range(e["date"]["value"], start, end)]
        chosen = chosen[offset : offset + PAGE_SIZE + 1]
        found = {r["id"]: r for r in store.events_by_ids(chosen)}
        rows = [found[i] for i in chosen if i in found]
    else:
        rows = store.events_page(entity_id, type, start, end, PAGE_SIZE + 1, offset)
    pager = _pager(rows, page)
    window = _event_records(store, rows, evidence_text)
    publications = _canon_rows(
        store, store.publications_page(start, end, entity_id, PAGE_SIZE + 1, offset)
    )
    pub_pager = _pager(publications, page)
    if not cut:
        total = len(on_axis)
    elif entity_id is None:  # the corpus's: a count over every event, once per store version
        total = per_version(store, f"event_count:{type}", lambda: store.event_count(None, type))
    else:
        total = store.event_count(entity_id, type)
    if not (cut or type):
        types = sorted({str(e["type"]) for e in on_axis})
    elif entity_id is None:
        types = per_version(store, "event_types", store.event_types)
    else:
        types = store.event_types(entity_id)
    return {
        "start": start, "end": end, "type": type, "types": types,
        "axis": {"events": on_axis,
                 "events_total": total,
                 "publications": publication_histogram(store, entity_id)},
        "entity": {"id": entity_id, "name": entity_name} if entity_id else None,
        "events_computed": feature_status(store)["events"], "events": window, **pager,
        "publications": publications, "publications_has_next": pub_pager["has_next"],
    }  # fmt: skip


MAX_AXIS_EVENTS = 3000  # drawn on the time axis; the page says when more exist
#: An entity's axis, read and laid out for each request (the corpus's is cached per store
#: version): its first events in date order.  At 100k documents the most mentioned
#: entity takes part in ~25k events, and reading and drawing 3,000 of them was most of
#: its timeline page (bench_web_scale); the axis still shows its window's events and
#: says how many lie outside.
MAX_ENTITY_AXIS_EVENTS = 1000


def _axis_limit(entity_id: str | None) -> int:
    return MAX_AXIS_EVENTS if entity_id is None else min(MAX_AXIS_EVENTS, MAX_ENTITY_AXIS_EVENTS)


def _axis_event(row: dict[str, Any]) -> dict[str, Any]:
    """What the time axis needs of an event (``store.event_axis``'s row): its date,
    type, summary and first evidence."""
    ev = {"doc": row["doc"], "start": row["ev_start"], "end": row["ev_end"]}
    return {"id": row["id"], "type": row["type"], "summary": row["summary"],
            "date": {"value": row["date_value"], "precision": row["date_precision"] or "unknown",
                     "text": row["date_text"], "resolved": row["date_value"] is not None},
            "evidence": [ev] if row["doc"] else []}  # fmt: skip


def axis_events(
    store: ReadStore, entity_id: str | None = None, type: str | None = None
) -> list[dict[str, Any]]:
    """The first ``MAX_AXIS_EVENTS`` events in date order for the time axis (the
    corpus's cached per store version)."""

    def read() -> list[dict[str, Any]]:
        limit = _axis_limit(entity_id)
        return [_axis_event(r) for r in store.event_axis(entity_id, type, limit)]

    if entity_id is None and type is None:
        # the cached list itself: the chart drawn from it is kept too (charts/render.py)
        rows: list[dict[str, Any]] = per_version(store, "axis_events", read)
        return rows
    return read()


def publication_histogram(store: ReadStore, entity_id: str | None = None) -> list[dict[str, Any]]:
    """Dated documents per month (``period`` YYYY-MM, or YYYY for year-only dates):
    the corpus's (an index-only scan, cached per store version) or one entity's
    (every document that mentions it: kept counts, migration 0970)."""
    if entity_id is None:
        rows: list[dict[str, Any]] = per_version(
            store, "publication_histogram", lambda: store.publication_counts(None)
        )
        return rows
    return store.publication_counts(entity_id)


def _in_range(value: str | None, start: str | None, end: str | None) -> bool:
    """The date filter of ``store.events_page`` (ISO prefixes), on one event's date."""
    if value is None:
        return start is None and end is None
    if start and value < start[: len(value)]:
        return False
    return not (end and value[: len(end)] > end)


# ------------------------------------------------------------------ document
_KIND_ORDER = ("mention", "claim", "framing", "event", "reuse", "evidence")


def document(store: ReadStore, doc_id: str, span: str | None = None) -> dict[str, Any]:
    """A document's clean text as highlighted segments, its metadata and sections."""
    doc = store.get_document(doc_id)
    if doc is None:
        raise NotFound(f"no document with id {doc_id[:80]!r}")
    doc["outlet_as_written"] = doc["outlet"]
    doc["outlet"] = canonical_outlet(store, doc["outlet"])
    text: str = doc.pop("text")
    spans: list[Span] = []
    mentions = store.document_mentions(doc_id)
    names = _entity_names(store, {m["entity_id"] for m in mentions if m["entity_id"]})
    for m in mentions:
        label = f"{m['type']}: {names.get(m['entity_id'] or '', m['text'])}"
        spans.append(Span(m["start"], m["end"], "mention", f"m-{m['id']}", label))
    claim_ids = [c["id"] for c in store.claims_of_document(doc_id)]
    claims = [{**cl, "anchor": _anchor("c", cl)} for cl in _claim_records(store, claim_ids)]
    for cl in claims:
        label = "claim" + (f" ({cl['hedge']})" if cl.get("hedge") else "")
        spans.append(Span(cl["start"], cl["end"], "claim", cl["anchor"], label))
    framing = [
        {**f, "anchor": _anchor("f", f)}
        for f in (framing_record(r) for r in store.iter_framing_spans(doc_id))
    ]
    for f in framing:
        spans.append(Span(f["start"], f["end"], "framing", f["anchor"], str(f.get("technique"))))
    for ev in store.document_event_spans(doc_id):
        spans.append(Span(ev["start"], ev["end"], "event", None, f"event: {ev['type']}"))
    reuse = []
    for r in (reuse_record(p) for p in store.iter_reuse_pairs([doc_id])):
        mine, other = (r["a"], r["b"]) if r["a"].get("doc") == doc_id else (r["b"], r["a"])
        spans.append(Span(mine["start"], mine["end"], "reuse", None, "shared passage"))
        reuse.append({"here": mine, "other": other, "similarity": r.get("similarity")})
    others = by_doc_outlet(store, {r["other"]["doc"] for r in reuse})
    for r in reuse:
        r["other_meta"] = others.get(r["other"]["doc"], {})
    focus = _parse_span(span, len(text))
    if focus:
        spans.append(Span(focus[0], focus[1], "evidence", "evidence", "linked evidence"))
    segments = make_segments(text, spans)
    entity_rows = Counter((m["entity_id"], m["type"]) for m in mentions if m["entity_id"])
    return {
        "document": doc,
        "length": len(text),
        "segments": [{**s.as_json(), "label": s.label} for s in segments],
        "span": list(focus) if focus else None,
        "removed": store.document_removed(doc_id),
        "sources": store.document_sources(doc_id),
        "entities": [
            {"id": eid, "name": names.get(eid), "type": typ, "count": n}
            for (eid, typ), n in entity_rows.most_common()
        ],
        "claims": claims,
        "framing": framing,
        "reuse": reuse,
        "kinds": [k for k in _KIND_ORDER if any(k in s.kinds for s in segments)],
        "features": feature_status(store),
    }


def _anchor(prefix: str, item: dict[str, Any]) -> str:
    ident = item.get("id") or f"{item.get('start')}-{item.get('end')}"
    return f"{prefix}-{re.sub(r'[^A-Za-z0-9_-]', '_', str(ident))[:64]}"


def _parse_span(span: str | None, n: int) -> tuple[int, int] | None:
    if not span:
        return None
    m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", span.strip())
    if not m:
        raise BadRequest("span must be START-END (character offsets), e.g. 120-164")
    a, b = int(m.group(1)), int(m.group(2))
    if not 0 <= a < b <= n:
        raise BadRequest(f"span {a}-{b} is outside this document (0-{n})")
    return a, b


# ------------------------------------------------------------------- sources
def sources(store: ReadStore) -> dict[str, Any]:
    """Outlets (one row per canonical outlet) and, when framing is computed, each
    outlet's techniques per 1,000 characters (the framing chart's data).  Corpus-wide
    sums over every document and framing span: computed once per store version."""
    return dict(per_version(store, "sources", lambda: _sources(store)))


def _sources(store: ReadStore) -> dict[str, Any]:
    rows = _merge_outlets(store, [dict(r) for r in _outlet_totals_sized(store)])[:500]
    features = feature_status(store)
    techniques: list[str] = []
    if features["framing"]:
        per: dict[Any, Counter[str]] = defaultdict(Counter)
        for r in _framing_by_outlet(store):
            per[canonical_outlet(store, r["outlet"])][str(r["technique"])] += r["n"]
        totals: Counter[str] = Counter()
        for r in rows:
            cnt = per.get(r["outlet"], Counter())
            totals.update(cnt)
            r["framing_spans"] = sum(cnt.values())
            r["framing_per_1k_chars"] = round(1000 * r["framing_spans"] / max(1, r["chars"]), 3)
            r["techniques_per_1k_chars"] = {
                t: round(1000 * n / max(1, r["chars"]), 3) for t, n in cnt.most_common()
            }
        techniques = [t for t, _ in totals.most_common()]
    return {"outlets": rows, "techniques": techniques, "features": features}


def _outlet_totals_sized(store: ReadStore) -> list[dict[str, Any]]:
    """``store.outlet_totals(with_size=True)``, once per store version (the sources page's
    rows, and every source page's summary)."""
    rows: list[dict[str, Any]] = per_version(
        store, "outlet_totals_sized", lambda: store.outlet_totals(with_size=True)
    )
    return rows


def _outlet_summary(store: ReadStore, variants: list[str]) -> dict[str, Any]:
    """``store.outlet_summary(variants)`` from the per-version outlet totals: read per
    outlet it summed the length of every document of the outlet (8k documents for one
    outlet of a 100k-document store; it grows with the corpus)."""
    mine = set(variants)
    rows = [r for r in _outlet_totals_sized(store) if r["outlet"] in mine]
    firsts = [r["first"] for r in rows if r["first"] is not None]
    lasts = [r["last"] for r in rows if r["last"] is not None]
    return {
        "documents": sum(r["documents"] for r in rows),
        "first": min(firsts) if firsts else None,
        "last": max(lasts) if lasts else None,
        "chars": sum(r["chars"] or 0 for r in rows) if rows else None,
    }


def _framing_by_outlet(store: ReadStore) -> list[dict[str, Any]]:
    """``store.framing_by_outlet()`` (every outlet's spans per technique and target),
    once per store version: the sources page sums it, and a source page filters it.  Read
    per outlet instead it cost a source page a walk of all the outlet's spans (130 ms for
    an outlet of 8k documents, bench_web_scale at 100k)."""
    rows: list[dict[str, Any]] = per_version(store, "framing_by_outlet", store.framing_by_outlet)
    return rows


def _outlet_reuse_counts(store: ReadStore, variants: list[str]) -> list[dict[str, Any]]:
    """``outlet, direction, n`` as ``store.outlet_reuse_counts(variants)`` gives them,
    from the reuse matrix's counts (``store.reuse_outlet_counts``, read once per store
    version for the reuse page): a pair seen from this outlet's side keeps its direction
    when this outlet's document is its ``a``, and takes the opposite when it is ``b``
    (the direction compares a with b)."""
    mine = set(variants)
    out: Counter[tuple[str | None, int]] = Counter()
    for r in per_version(store, "reuse_matrix", store.reuse_outlet_counts):
        a, b, d, n = r["outlet_a"], r["outlet_b"], int(r["direction"]), int(r["n"])
        if a in mine and b not in mine:
            out[(b, d)] += n
        if b in mine and a not in mine:
            out[(a, -d)] += n
    return [
        {"outlet": o, "direction": d, "n": n}
        for (o, d), n in sorted(out.items(), key=lambda kv: (kv[0][0] is not None, kv[0]))
    ]


def source(store: ReadStore, outlet: str, page: int = 1) -> dict[str, Any]:
    """One outlet: its documents, how it names the top actors, techniques, copying."""
    offset = _offset(page)
    outlet = canonical_outlet(store, outlet) or outlet
    variants = outlet_variants(store, outlet)
    summary = _outlet_summary(store, variants)
    if not summary["documents"]:
        raise NotFound(f"no documents from outlet {outlet[:80]!r}")
    docs = store.outlet_documents(variants, PAGE_SIZE + 1, offset)
    pager = _pager(docs, page)
    # Label usage: which names this outlet uses for its most-mentioned actors.
    # Bounded to the outlet's 2,000 newest documents so a huge outlet stays fast.
    labels = store.outlet_labels(variants, 2000)
    per_entity: dict[str, dict[str, Any]] = {}
    for r in labels:
        e = per_entity.setdefault(
            r["id"], {"id": r["id"], "name": r["entity"], "total": 0, "labels": {}}
        )
        e["total"] += r["n"]
        e["labels"][r["label"]] = r["n"]
    actors = sorted(per_entity.values(), key=lambda e: -e["total"])[:10]
    for a in actors:
        a["labels"] = dict(sorted(a["labels"].items(), key=lambda kv: -kv[1]))
    techniques: Counter[str] = Counter()
    targets: dict[str, Counter[str]] = defaultdict(Counter)
    mine = set(variants)
    for r in _framing_by_outlet(store):
        if r["outlet"] not in mine:
            continue
        techniques[str(r["technique"])] += r["n"]
        if r["target"]:
            targets[r["target"]][str(r["technique"])] += r["n"]
    target_names = _entity_names(store, set(targets))
    framed = [
        {"id": t, "name": target_names.get(t, t), "techniques": dict(cnt.most_common())}
        for t, cnt in sorted(targets.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:15]
    ]
    copies, copied_by = _reuse_between(store, outlet, variants)
    return {
        "outlet": outlet, "variants": variants, "summary": summary, "documents": docs, **pager,
        "actors": actors, "techniques": dict(techniques.most_common()), "framed_actors": framed,
        "framing_per_1k_chars": round(1000 * sum(techniques.values()) / max(1, summary["chars"] or 0), 3),
        "copies": copies, "copied_by": copied_by, "features": feature_status(store),
    }  # fmt: skip


def _reuse_between(
    store: ReadStore, outlet: str, variants: list[str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Outlets this one shares passages with, split by who published first."""
    copies: Counter[str] = Counter()
    copied_by: Counter[str] = Counter()
    for r in _outlet_reuse_counts(store, variants):
        name = canonical_outlet(store, r["outlet"]) or "(no outlet)"
        if name == outlet:
            continue
        if r["direction"] > 0:  # the other outlet published first
            copies[name] += r["n"]
        elif r["direction"] < 0:
            copied_by[name] += r["n"]
    return (
        [{"outlet": o, "passages": n} for o, n in copies.most_common(20)],
        [{"outlet": o, "passages": n} for o, n in copied_by.most_common(20)],
    )


# --------------------------------------------------------------------- reuse
MAX_MATRIX_OUTLETS = 24
NO_OUTLET = "(no outlet)"


#: Pairs read for the passages of one matrix cell (the page shows the first 500).
MAX_CELL_PAIRS = 5000


def _reuse_side(r: dict[str, Any], side: str, outlet: str) -> dict[str, Any]:
    return {"doc": r[f"doc_{side}"], "start": r[f"start_{side}"], "end": r[f"end_{side}"],
            "outlet": outlet, "published": r[f"published_{side}"],
            "precision": r[f"precision_{side}"], "title": r[f"title_{side}"]}  # fmt: skip


def reuse(store: ReadStore, later: str | None = None, first: str | None = None) -> dict[str, Any]:
    """Outlet x outlet passage reuse (the matrix, counted once per store version), and
    the passages of one cell."""
    directed: Counter[tuple[str, str]] = Counter()
    undirected: Counter[tuple[str, str]] = Counter()
    involved: Counter[str] = Counter()
    counts = per_version(store, "reuse_matrix", store.reuse_outlet_counts)
    for r in counts:
        oa = canonical_outlet(store, r["outlet_a"]) or NO_OUTLET
        ob = canonical_outlet(store, r["outlet_b"]) or NO_OUTLET
        n, d = r["n"], r["direction"]
        involved[oa] += n
        involved[ob] += n
        if d == 0:
            undirected[(min(oa, ob), max(oa, ob))] += n
        elif d < 0:
            directed[(ob, oa)] += n
        else:
            directed[(oa, ob)] += n
    passages: list[dict[str, Any]] = []
    capped = False
    # the cell's passages, unless the matrix just counted none in it: reading the pairs
    # between two outlets walks the documents of both (16k at 100k documents: 40-100 ms
    # for an empty cell, issue 18)
    counted = (
        later is not None
        and first is not None
        and bool(directed[(later, first)] + undirected[(min(later, first), max(later, first))])
    )
    if later is not None and first is not None and counted:
        rows = store.reuse_between_outlets(
            _variants_or_none(store, later), _variants_or_none(store, first),
            MAX_CELL_PAIRS + 1, x_none=later == NO_OUTLET, y_none=first == NO_OUTLET,
        )  # fmt: skip
        capped = len(rows) > MAX_CELL_PAIRS
        for p in rows[:MAX_CELL_PAIRS]:
            oa = canonical_outlet(store, p["outlet_a"]) or NO_OUTLET
            ob = canonical_outlet(store, p["outlet_b"]) or NO_OUTLET
            d = p["direction"]
            if d == 0:
                pair = {(oa, ob), (ob, oa)}
                early, late = _reuse_side(p, "a", oa), _reuse_side(p, "b", ob)
            elif d < 0:
                pair = {(ob, oa)}
                early, late = _reuse_side(p, "a", oa), _reuse_side(p, "b", ob)
            else:
                pair = {(oa, ob)}
                early, late = _reuse_side(p, "b", ob), _reuse_side(p, "a", oa)
            if (later, first) in pair:
                passages.append({
                    "first": early, "later": late, "directed": d != 0,
                    "similarity": p.get("similarity"),
                    "kind": "repeat" if p["doc_a"] == p["doc_b"] else "copy",
                })  # fmt: skip
    outlets = [o for o, _ in involved.most_common(MAX_MATRIX_OUTLETS)]
    passages.sort(key=lambda x: (str(x["later"].get("published")), str(x["later"].get("doc"))))
    return {
        "computed": feature_status(store)["reuse"],
        "outlets": outlets,
        "outlets_total": len(involved),
        "cells": [{"later": a, "first": b, "passages": n} for (a, b), n in directed.most_common()],
        "undirected": [{"a": a, "b": b, "passages": n} for (a, b), n in undirected.most_common()],
        "later": later,
        "first": first,
        "passages": passages[:500],
        "passages_capped": capped,
        "features": feature_status(store),
    }


def _variants_or_none(store: ReadStore, outlet: str) -> list[str]:
    return [] if outlet == NO_OUTLET else outlet_variants(store, outlet)
