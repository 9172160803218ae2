"""Group mentions into entities (v1: by normalised name).

Incremental: only mentions not yet linked to an entity are read; the
entities they join (or create) are recomputed from their mentions, nothing
else.  Entity ids are a hash of the grouping key, so a rebuild gives the same
ids.  Alias resolution (acronyms, romanisations, alias statements) replaces
this function behind the same store calls; ingest and the readers of the
store do not change.
"""

from __future__ import annotations

from ..model import make_id
from ..registry import resolvers
from ..settings import Settings
from ..store.sqlite import SQLiteStore

__all__ = ["RESOLVER", "resolve_entities"]

RESOLVER = "newsdossier.group-by-name@1"
_BATCH_KEYS = 5000


def entity_id_for(key: str) -> str:
    return make_id("entity", key)


def resolve_entities(store: SQLiteStore) -> int:
    """Link unresolved mentions to entities; return how many entities were touched."""
    keys = list(store.unresolved_mention_keys())
    touched = 0
    for i in range(0, len(keys), _BATCH_KEYS):
        chunk = keys[i : i + _BATCH_KEYS]
        links = [(k, entity_id_for(k)) for k in chunk]
        with store.transaction():
            store.link_mentions(links)
            store.refresh_entities([e for _, e in links], {e: k for k, e in links}, RESOLVER)
        touched += len(chunk)
    return touched


@resolvers.register("newsdossier.entities.v1")
def run_entity_resolver(store: SQLiteStore, settings: Settings) -> int:
    return resolve_entities(store)
