"""The notebook API (issue 16): a built corpus as pandas DataFrames.

    import newsdossier as nd

    d = nd.open("corpus.db")
    d.entities()                         # one row per entity, most mentioned first
    v = d.entity("Velmora Front")        # by canonical name, alias or id
    v.aliases(); v.mentions(); v.claims(); v.timeline()
    d.events()                           # merged events in date order
    d.claims()                           # every claim with its source and hedge

Every row that comes from a text carries its provenance: ``doc`` (document id),
``start``/``end`` (0-based, end-exclusive offsets into that document's clean
text) and the ``text`` they cover, so a cell can always be checked against its
source.  Dates keep their precision: ``date`` is what a reader writes ("1960s",
"2011-03-14", via :func:`newsdossier.dates.format_date`), ``date_value`` and
``date_precision`` what the store holds.

The store is opened read-only.  pandas is an optional extra
(``pip install "newsdossier[notebook]"``); without it the first call that makes
a DataFrame raises :class:`~newsdossier.errors.ConfigError` E701.  An unknown
entity name raises :class:`~newsdossier.errors.NewsdossierError` E702.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from types import TracebackType
from typing import Any

from .dates import format_date
from .errors import ConfigError, NewsdossierError
from .store.engine import open_store
from .store.protocols import ReadStore

__all__ = ["Dossier", "EntityView", "open_dossier"]

ENTITY_COLUMNS = ("id", "name", "type", "mentions", "documents", "aliases")
ALIAS_COLUMNS = ("name", "count", "how")
MENTION_COLUMNS = (
    "doc", "start", "end", "text", "type", "kind", "sentence", "title", "outlet", "published",
)  # fmt: skip
CLAIM_COLUMNS = (
    "id", "doc", "start", "end", "text", "subject", "subject_text", "attribute", "value",
    "source", "source_kind", "source_entity", "hedge", "status", "date",
)  # fmt: skip
EVENT_COLUMNS = (
    "id", "date", "date_value", "date_precision", "date_end", "type", "summary", "mentions",
    "documents", "conflict", "evidence",
)  # fmt: skip


def _frame(rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> Any:
    """A pandas DataFrame of ``rows`` with exactly ``columns`` (in this order)."""
    try:
        pandas = importlib.import_module("pandas")
    except ImportError:
        raise ConfigError(
            "the notebook API returns pandas DataFrames and pandas is not installed; "
            'install the extra: pip install "newsdossier[notebook]"',
            code="E701",
        ) from None
    return pandas.DataFrame([{c: r.get(c) for c in columns} for r in rows], columns=list(columns))


def _event_row(store: ReadStore, e: dict[str, Any]) -> dict[str, Any]:
    evidence = store.event_evidence(e["id"])
    return {
        "id": e["id"],
        "date": format_date(e["date_value"], e["date_precision"], e["date_end"]),
        "date_value": e["date_value"],
        "date_precision": e["date_precision"],
        "date_end": e["date_end"],
        "type": e["type"],
        "summary": e["summary"],
        "mentions": e["mention_count"],
        "documents": e["document_count"],
        "conflict": bool(e["conflict"]),
        "evidence": [(x["document_id"], x["start"], x["end"]) for x in evidence],
    }


def _claim_rows(store: ReadStore, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    from .export.claims import claim_record

    out = []
    texts: dict[str, str] = {}
    for c in rows:
        doc = c["document_id"]
        if doc not in texts:
            found = store.get_document(doc)
            texts[doc] = found["text"] if found else ""
        rec = claim_record(c)
        source = rec["source"]
        out.append(
            {**rec, "text": texts[doc][c["start"] : c["end"]], "source": source["name"],
             "source_kind": source["kind"], "source_entity": source["entity"]}
        )  # fmt: skip
    return out


class EntityView:
    """One entity of a :class:`Dossier`: its aliases, mentions, claims and timeline."""

    def __init__(self, store: ReadStore, row: dict[str, Any]) -> None:
        self._store = store
        self.id: str = row["id"]
        self.name: str = row["name"]
        self.type: str = row["type"]

    def __repr__(self) -> str:
        return f"EntityView({self.name!r}, type={self.type!r}, id={self.id!r})"

    def aliases(self) -> Any:
        """Names the entity goes by: ``name``, ``count`` (mentions), ``how`` it was linked."""
        return _frame(self._store.entity_aliases(self.id), ALIAS_COLUMNS)

    def mentions(self) -> Any:
        """Every mention: ``doc``/``start``/``end``/``text``, its sentence and document."""
        rows = self._store.entity_mentions(self.id)
        return _frame(({**m, "doc": m["document_id"]} for m in rows), MENTION_COLUMNS)

    def claims(self) -> Any:
        """Claims whose subject is this entity, with source, hedge and evidence span."""
        return _frame(_claim_rows(self._store, self._store.claims_about(self.id)), CLAIM_COLUMNS)

    def timeline(self, undated: bool = False) -> Any:
        """Events involving the entity in date order (``undated=True`` keeps undated ones)."""
        rows = (
            _event_row(self._store, e)
            for e in self._store.iter_events(self.id)
            if undated or e["date_value"] is not None
        )
        return _frame(rows, EVENT_COLUMNS)


class Dossier:
    """A built corpus store, read-only, as DataFrames (see the module docstring)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._store = open_store(path, readonly=True)

    def __repr__(self) -> str:
        return f"Dossier({self.path!r})"

    def __enter__(self) -> Dossier:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._store.close()

    def entities(self, limit: int | None = None) -> Any:
        """Entities, most mentioned first: id, name, type, mentions, documents, aliases."""

        def rows() -> Iterable[dict[str, Any]]:
            for e in self._store.iter_entities(limit):
                yield {
                    "id": e["id"], "name": e["name"], "type": e["type"],
                    "mentions": e["mention_count"], "documents": e["document_count"],
                    "aliases": [a["name"] for a in self._store.entity_aliases(e["id"])],
                }  # fmt: skip

        return _frame(rows(), ENTITY_COLUMNS)

    def entity(self, name: str) -> EntityView:
        """The entity called ``name`` (canonical name, alias or id); the most mentioned one."""
        found = self._store.find_entities(name)
        if not found:
            raise NewsdossierError(
                f"no entity named {name!r} in {self.path}; list them with .entities()",
                code="E702",
            )
        return EntityView(self._store, found[0])

    def events(self, undated: bool = False) -> Any:
        """Merged events in date order (``undated=True`` keeps undated ones, last)."""
        rows = (
            _event_row(self._store, e)
            for e in self._store.iter_events()
            if undated or e["date_value"] is not None
        )
        return _frame(rows, EVENT_COLUMNS)

    def claims(self) -> Any:
        """Every claim: evidence span and text, subject, attribute, value, source, hedge."""
        return _frame(_claim_rows(self._store, self._store.iter_claims()), CLAIM_COLUMNS)


def open_dossier(path: str) -> Dossier:
    """Open a store built by ``newsdossier build`` for reading (``newsdossier.open``)."""
    return Dossier(path)
