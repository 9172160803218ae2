"""The rows one analysed document adds to the store, whatever the engine (issue 18).

:func:`document_rows` turns a :class:`~newsdossier.model.Document` and its
annotations into ``(table, columns, rows)`` triples, in the order a writer
inserts them (children after their document), for both stores' ``write_batch``
(``INSERT OR IGNORE`` on SQLite, ``ON CONFLICT DO NOTHING`` on PostgreSQL);
``tests/store/test_pg_writes.py`` checks both engines end with the same tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..names import name_key

__all__ = ["CLAIM_COLUMNS", "TableRows", "by_table", "document_row", "document_rows"]

TableRows = tuple[str, tuple[str, ...], list[tuple[Any, ...]]]

DOCUMENT_COLUMNS = (
    "id", "name", "source", "title", "author", "outlet", "section", "url", "published",
    "published_precision", "published_origin", "language", "text", "analyzers",
)  # fmt: skip

CLAIM_COLUMNS = (
    "id", "document_id", "start", "end", "attribute", "subject_start", "subject_end",
    "subject_text", "value", "value_start", "value_end", "norm", "source_name", "source_kind",
    "source_start", "source_end", "via", "quote", "hedge", "status", "scope", "as_of",
    "analyzer", "version", "statement_start", "statement_end", "polarity", "modality",
    "hedge_start", "hedge_end", "said_start", "said_end", "resolved", "via_start", "via_end",
    "denies", "denies_start", "denies_end", "unit", "refers_start", "refers_end",
    "context_start", "context_end",
)  # fmt: skip


def document_row(doc: Any, ann: Any) -> tuple[Any, ...]:
    """The ``documents`` row (columns :data:`DOCUMENT_COLUMNS`)."""
    pub = doc.published
    return (
        doc.id, doc.name, doc.source, doc.title, doc.author, doc.outlet, doc.section, doc.url,
        pub.value if pub else None, pub.precision if pub else None, pub.origin if pub else None,
        doc.language, doc.text, ",".join(ann.analyzers),
    )  # fmt: skip


def document_rows(doc: Any, ann: Any) -> list[TableRows]:
    """Every child row of a new document, per table (empty tables left out)."""
    out: list[TableRows] = [
        ("removed", ("document_id", "seq", "kind", "text"),
         [(doc.id, i, r.kind, r.text) for i, r in enumerate(doc.removed)]),
        ("sentences", ("document_id", "start", "end"),
         [(s.doc_id, s.start, s.end) for s in ann.sentences]),
        ("mentions", ("id", "document_id", "start", "end", "text", "label", "type", "key",
                      "analyzer", "version"),
         [(m.id, m.doc_id, m.start, m.end, m.text, m.label, m.type, m.key, m.analyzer, m.version)
          for m in ann.mentions]),
        ("claims", CLAIM_COLUMNS, [_claim(c) for c in getattr(ann, "claims", ())]),
    ]  # fmt: skip
    out.extend(_time_event_rows(doc.id, getattr(ann, "times", ()), getattr(ann, "events", ())))
    out.extend(_framing_rows(doc, ann))
    out.append(_name_link_rows(doc.id, getattr(ann, "name_links", ())))
    return [t for t in out if t[2]]


def _claim(c: Any) -> tuple[Any, ...]:
    return (
        c.id, c.doc_id, c.start, c.end, c.attribute, c.subject_start, c.subject_end,
        c.subject_text, c.value, c.value_start, c.value_end, c.norm, c.source_name,
        c.source_kind, c.source_start, c.source_end, c.via, c.quote, c.hedge, c.status,
        c.scope, c.as_of, c.analyzer, c.version, c.statement_start, c.statement_end,
        c.polarity, c.modality, c.hedge_start, c.hedge_end, c.said_start, c.said_end,
        c.resolved, c.via_start, c.via_end, c.denies, c.denies_start, c.denies_end, c.unit,
        c.refers_start, c.refers_end, c.context_start, c.context_end,
    )  # fmt: skip


def _time_event_rows(doc_id: str, times: Sequence[Any], events: Sequence[Any]) -> list[TableRows]:
    rows: list[tuple[Any, ...]] = []
    args: list[tuple[Any, ...]] = []
    for e in events:
        t = e.time
        rows.append(
            (e.id, doc_id, e.start, e.end, e.trigger_start, e.trigger_end, e.type,
             t.id if t else None, t.value if t else None, t.end_value if t else None,
             t.precision if t else None, t.text if t else None, e.summary, e.analyzer,
             e.version)
        )  # fmt: skip
        args.extend((e.id, "participant", m) for m in e.participants)
        args.extend((e.id, "place", m) for m in e.places)
    return [
        ("time_expressions",
         ("id", "document_id", "start", "end", "text", "value", "end_value", "precision", "kind",
          "mod", "duration", "anchored", "analyzer", "version"),
         [(t.id, doc_id, t.start, t.end, t.text, t.value, t.end_value, t.precision, t.kind,
           t.mod, t.duration, int(t.anchored), t.analyzer, t.version) for t in times]),
        ("event_mentions",
         ("id", "document_id", "start", "end", "trigger_start", "trigger_end", "type", "time_id",
          "date_value", "date_end", "date_precision", "date_text", "summary", "analyzer",
          "version"),
         rows),
        ("event_arguments", ("event_mention_id", "role", "mention_id"), args),
    ]  # fmt: skip


def _framing_rows(doc: Any, ann: Any) -> list[TableRows]:
    """Framing spans, labels and the per-document row (only if the framing analyzer ran)."""
    spans = getattr(ann, "framing", ())
    labels = getattr(ann, "framing_labels", ())
    ran = [a for a in ann.analyzers if a.startswith("newsdossier.framing@")]
    if not (spans or labels or ran):
        return []
    name, _, version = (ran[0] if ran else "newsdossier.framing@1").partition("@")
    return [
        ("framing_spans",
         ("id", "document_id", "start", "end", "technique", "score", "target_mention",
          "target_start", "target_end", "target_text", "target_key", "target_how", "model",
          "analyzer", "version"),
         [(f.id, f.doc_id, f.start, f.end, f.technique, f.score, f.target_mention, f.target_start,
           f.target_end, f.target_text, f.target_key, f.target_how, f.model, f.analyzer,
           f.version) for f in spans]),
        ("framing_labels",
         ("id", "document_id", "start", "end", "label", "pattern", "mention_id", "mention_start",
          "mention_end", "mention_text", "mention_key", "analyzer", "version"),
         [(x.id, x.doc_id, x.start, x.end, x.label, x.pattern, x.mention_id, x.mention_start,
           x.mention_end, x.mention_text, x.mention_key, x.analyzer, x.version) for x in labels]),
        ("framing_documents",
         ("document_id", "words", "spans", "model", "analyzer", "version"),
         [(doc.id, len(doc.text.split()), len(spans), spans[0].model if spans else None, name,
           version)]),
    ]  # fmt: skip


def _name_link_rows(doc_id: str, links: Sequence[Any]) -> TableRows:
    """Alias statements and relations of one document (issue 3)."""
    return (
        "name_links",
        ("document_id", "seq", "kind", "a_start", "a_end", "a_text", "a_key", "b_start", "b_end",
         "b_text", "b_key", "start", "end", "asserted_by", "analyzer"),
        [(doc_id, i, k.kind, k.a_start, k.a_end, k.a_text, name_key(k.a_text), k.b_start,
          k.b_end, k.b_text, name_key(k.b_text), k.start, k.end, k.asserted_by, k.analyzer)
         for i, k in enumerate(links)],
    )  # fmt: skip


def by_table(docs: Sequence[tuple[Any, Any]]) -> list[TableRows]:
    """:func:`document_rows` of several new documents, one triple per table: the tables in
    :func:`document_rows`'s order, each one's rows in the documents' order (a writer
    inserting them so writes every table's rows in the order it would document by
    document; the triggers that fill a row from another table read rows of the same
    document, which an earlier table holds either way)."""
    tables: dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]] = {}
    for doc, ann in docs:
        for table, cols, rows in document_rows(doc, ann):
            got = tables.setdefault(table, (cols, []))
            got[1].extend(rows)
    return [(t, cols, rows) for t, (cols, rows) in tables.items()]
