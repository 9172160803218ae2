"""The name index: which entity each name key belongs to, and blocking keys.

The in-memory index is a pure function of the ``entity_names`` table: it is
loaded at the start of a run and every change goes to both (the write methods
here), so a resumed or repeated run sees exactly what the last one left.
Blocking keys keep candidate search near-linear: a new name is compared only
with names of identical consonant skeleton (transliteration variants) or, for
a surname short form, with person names ending in the same folded token.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..analyze.entities.names import skeleton, translit_key
from ..model import make_id

__all__ = ["NameIndex", "NameInfo", "entity_id_for"]


def entity_id_for(key: str) -> str:
    """Entity ids are a hash of their first name key (same ids as v1)."""
    return make_id("entity", key)


@dataclass(slots=True)
class NameInfo:
    entity: str
    folded: str
    skeleton: str  # "" for acronyms: they are never transliteration-matched
    type: str
    seq: int


class NameIndex:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.names: dict[str, NameInfo] = {}
        self.members: dict[str, set[str]] = {}
        self.blocks: dict[str, list[str]] = {}
        self.surnames: dict[str, set[str]] = {}  # folded last token -> keys of person names
        self.touched: set[str] = set()
        self.next_seq = 0
        for key, eid, typ, folded, skel, seq in conn.execute(
            "SELECT key, entity_id, type, folded, skeleton, seq FROM entity_names ORDER BY seq"
        ):
            self._remember(key, NameInfo(eid, folded, skel, typ, seq))
            self.next_seq = max(self.next_seq, seq + 1)

    def _remember(self, key: str, info: NameInfo) -> None:
        self.names[key] = info
        self.members.setdefault(info.entity, set()).add(key)
        if info.skeleton:
            self.blocks.setdefault(info.skeleton, []).append(key)
        toks = info.folded.split()
        if info.type == "person" and len(toks) >= 2:
            self.surnames.setdefault(toks[-1], set()).add(key)

    def entity(self, key: str) -> str | None:
        info = self.names.get(key)
        return None if info is None else info.entity

    def seq_of(self, entity: str) -> int:
        return min(self.names[k].seq for k in self.members[entity])

    def add(
        self,
        key: str,
        typ: str,
        *,
        acronym: bool,
        entity: str | None = None,
        how: str = "canonical",
        via: str | None = None,
        score: float | None = None,
        link: tuple[str, int] | None = None,
    ) -> str:
        """Index ``key`` under ``entity`` (a new entity when ``None``); return the entity id."""
        folded = translit_key(key)
        skel = "" if acronym else skeleton(folded)
        eid = entity or entity_id_for(key)
        info = NameInfo(eid, folded, skel, typ, self.next_seq)
        self.next_seq += 1
        self.conn.execute(
            "INSERT INTO entity_names(key, entity_id, how, via, score, link_doc, link_seq, type,"
            " folded, skeleton, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (key, eid, how, via, score, link[0] if link else None, link[1] if link else None, typ,
             folded, skel, info.seq),
        )  # fmt: skip
        self._remember(key, info)
        self.touched.add(eid)
        return eid

    def candidates(self, skel: str) -> list[str]:
        return self.blocks.get(skel, []) if skel else []

    def merge(
        self,
        keep: str,
        drop: str,
        *,
        how: str,
        via: str,
        link: tuple[str, int] | None = None,
        other: str | None = None,
        older_survives: bool = True,
    ) -> str:
        """Move every name of entity ``drop`` into ``keep``.  The older entity survives
        unless ``older_survives`` is false (a lone surname joining its full name)."""
        if older_survives and self.seq_of(drop) < self.seq_of(keep):
            keep, drop = drop, keep
        if via in self.members[drop] and other is not None:
            via = other  # the explanation points from the joining side to the surviving one
        root = min(self.members[drop], key=lambda k: self.names[k].seq)
        c = self.conn
        c.execute(
            "UPDATE entity_names SET how = ?, via = ?, link_doc = ?, link_seq = ? WHERE key = ?",
            (how, via, link[0] if link else None, link[1] if link else None, root),
        )
        c.execute("UPDATE entity_names SET entity_id = ? WHERE entity_id = ?", (keep, drop))
        c.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (keep, drop))
        for k in self.members.pop(drop):
            self.names[k].entity = keep
            self.members[keep].add(k)
        self.touched.update((keep, drop))
        return keep
