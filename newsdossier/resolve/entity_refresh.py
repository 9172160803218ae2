"""Recompute the entities a resolver touched: name, type, counts, aliases (issues 3, 16, 18).

The policy (which surface is the canonical name, which type the mentions vote
for, how each alias joined) is :func:`~.entity_policy.summarize_entity`, a pure
function; the store only hands over the rows and writes the result
(``store/entities_repo.py``).  Both the entity resolver and recall call this.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..names import name_key
from ..store.protocols import EntitySummaryRepository
from .entity_policy import summarize_entity

__all__ = ["refresh_entities"]

# Entities summarised per round of reads.  Part of the answer, not only of the cost:
# an alias's ``how`` is looked up among the names of every entity of its round (as
# the store's refresh did before issue 18), so the rounds stay the size they were.
_CHUNK = 900


def refresh_entities(
    store: EntitySummaryRepository,
    entity_ids: Sequence[str],
    keys: Mapping[str, str],
    resolver: str,
) -> None:
    """Recompute these entities from their mentions; drop those no mention holds.

    ``keys``: each entity's display key (its oldest name key); an entity without
    one is keyed by its canonical name.  Demonym mentions count for the entity but
    are never one of its names; short-form mentions give "short-form" aliases."""
    ids = list(dict.fromkeys(entity_ids))
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        rows_of: dict[str, list[tuple[str, str, str, int]]] = {}
        totals: dict[str, int] = {}
        for eid, text, kind, typ, n in store.entity_mention_forms(chunk):
            totals[eid] = totals.get(eid, 0) + n
            rows_of.setdefault(eid, []).append((text, kind, typ, n))
        how_of = store.entity_name_hows(chunk)
        docs = store.entity_document_counts(chunk)
        for eid in chunk:
            if not totals.get(eid):
                store.delete_entity(eid)
                continue
            summary = summarize_entity(rows_of.get(eid, []), how_of, keys.get(eid, ""))
            key = keys.get(eid) or name_key(summary.name)
            store.write_entity(
                (eid, summary.name, summary.type, key, totals[eid], docs.get(eid, 0), resolver,
                 summary.aliases)
            )  # fmt: skip
