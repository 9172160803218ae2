"""The name index: which entity each name key belongs to, and blocking keys.

The index reads the ``entity_names`` table as it goes (indexed lookups through
the store's :class:`~newsdossier.store.protocols.EntityNameRepository`, see
migration 0600) and writes every change straight to it, so a resumed or
repeated run sees exactly what the last one left, and memory does not grow
with the number of names in the corpus.
Blocking keys keep candidate search near-linear: a new name is compared only
with names of identical consonant skeleton (transliteration variants) or, for
a surname short form, with person names ending in the same folded token.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from ..analyze.entities.people import parse_person
from ..model import make_id
from ..names import skeleton, translit_key
from ..store.names_repo import NEVER_WRITTEN
from ..store.protocols import EntityNameRepository

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
    seq: int  # insertion order (what recall has scanned up to)
    first: int  # where the name is first written, in input order (first_seen)

    def order(self, key: str) -> tuple[int, str]:
        """The name's place among its entity's: first written first, then by key."""
        return (self.first, key)


def surname_column(key: str, folded: str, typ: str, scoped: bool) -> str | None:
    """``entity_names.surname``: a person's folded surname, an organisation's folded
    last word ("... Harriers"), else none (the blocking key of a surname short form)."""
    if scoped:
        return None
    if typ == "person":
        person = parse_person(key)
        return translit_key(person.surname) if person.surname else None
    if typ in ("organization", "other") and " " in key:
        return folded.rsplit(" ", 1)[-1]
    return None


class _Names(Mapping[str, NameInfo]):
    """``key -> NameInfo`` read through to ``entity_names``, remembering what it read."""

    def __init__(self, index: NameIndex) -> None:
        self._index = index

    def __getitem__(self, key: str) -> NameInfo:
        info = self._index.info(key)
        if info is None:
            raise KeyError(key)
        return info

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._index.info(key) is not None

    def __iter__(self) -> Iterator[str]:  # every name: for tests and small stores only
        return self._index.store.iter_name_keys()

    def __len__(self) -> int:
        return self._index.store.name_count()


class NameIndex:
    """The name index of one resolver pass, read from ``entity_names`` as needed.

    Nothing is loaded up front: each lookup is an indexed query, and what a pass
    reads or writes is remembered for the rest of the pass, so memory follows
    the pass's work, not the size of the corpus (loading every name each pass
    grew with the corpus: 1.6 KB a name, 36k names at 4k generated documents).
    """

    def __init__(self, store: EntityNameRepository) -> None:
        self.store = store
        self.names = _Names(self)
        self.touched: set[str] = set()
        self._info: dict[str, NameInfo | None] = {}
        self._members: dict[str, set[str]] = {}
        self.next_seq = store.name_max_seq() + 1
        #: where each name of this pass is first written (the resolver fills it from
        #: the unresolved mentions: input order, whatever pass indexes the name)
        self.first_seen: dict[str, int] = {}
        #: each name's votes so far (migration 0925's JSON: all its mentions' types and
        #: tagger labels, every pass summed), written with the name when it is indexed
        self.votes: dict[str, str] = {}

    def info(self, key: str) -> NameInfo | None:
        if key not in self._info:
            row = self.store.name_info_row(key)
            self._info[key] = None if row is None else NameInfo(*row)
        return self._info[key]

    def prefetch(self, keys: list[str]) -> None:
        """Look up many keys at once (a pass's new keys): one query per 500 instead of
        one per key (each a round trip to a PostgreSQL server)."""
        todo = [k for k in keys if k not in self._info]
        rows = self.store.name_info_rows(todo) if todo else {}
        for k in todo:
            row = rows.get(k)
            self._info[k] = None if row is None else NameInfo(*row)

    def _remember(self, key: str, info: NameInfo) -> None:
        self._info[key] = info
        if info.entity in self._members:
            self._members[info.entity].add(key)

    def entity(self, key: str) -> str | None:
        info = self.info(key)
        return None if info is None else info.entity

    def members(self, entity: str) -> set[str]:
        """The name keys of ``entity`` (empty if it has none)."""
        if entity not in self._members:
            self._members[entity] = self.store.name_keys_of(entity)
        return self._members[entity]

    def order_of(self, entity: str) -> tuple[int, str]:
        """The entity's first written name's place: the older entity survives a merge.

        Input order, not the order passes indexed the names: a name indexed in a
        later pass (its statement read later, a pass boundary elsewhere) keeps the
        place of its first mention, so where passes fall changes no survivor."""
        return min(self.info(k).order(k) for k in self.members(entity))  # type: ignore[union-attr]

    def root(self, entity: str) -> str:
        """The entity's first written name key."""
        return min(self.members(entity), key=lambda k: self.info(k).order(k))  # type: ignore[union-attr]

    def _first_seen(self, key: str, via: str | None) -> int:
        """Where ``key`` is first written: its unresolved mentions (this pass), else a
        one-document name's mention in its document, else the name it came from."""
        if key in self.first_seen:
            return self.first_seen[key]
        core, sep, doc = key.partition("@")
        if sep:
            first = self.store.name_first_seen_in(doc, core)
            if first is not None:
                return first
            if core in self.first_seen:
                return self.first_seen[core]
        via_info = self.info(via) if via else None
        return via_info.first if via_info is not None else NEVER_WRITTEN

    def candidates(self, skel: str) -> list[str]:
        """Names with this consonant skeleton, oldest first (none for acronyms)."""
        if not skel:
            return []
        return self.store.name_keys_by("skeleton", skel)

    def surname_keys(self, surname: str) -> list[str]:
        """Person names of two words or more whose folded surname is ``surname``, and
        organisation names of two words or more whose folded last word it is."""
        return self.store.name_keys_by("surname", surname)

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
        link: tuple[str, int | None] | None = None,
        scoped: bool = False,
    ) -> str:
        """Index ``key`` under ``entity`` (a new entity when ``None``); return the entity id.

        ``scoped``: a one-word name of one document ("williams@<doc>"): never a
        candidate for spelling or surname matching."""
        folded = translit_key(key)
        skel = "" if acronym or scoped else skeleton(folded)
        eid = entity or entity_id_for(key)
        info = NameInfo(eid, folded, skel, typ, self.next_seq, self._first_seen(key, via))
        self.next_seq += 1
        self.store.add_name(
            key, eid, how=how, via=via, score=score, link=link, type=typ, folded=folded,
            skeleton=skel, seq=info.seq, surname=surname_column(key, folded, typ, scoped),
            first_seen=info.first, votes=self.votes.get(key),
        )  # fmt: skip
        self._remember(key, info)
        self.touched.add(eid)
        return eid

    def remove(self, key: str) -> None:
        """Take ``key`` out of the index (its entity is touched: refreshed or dropped)."""
        info = self.info(key)
        if info is None:
            return
        self.store.delete_name(key)
        self._info[key] = None
        self.members(info.entity).discard(key)
        self.touched.add(info.entity)

    def retype(self, key: str, typ: str, votes: str) -> None:
        """Record an indexed name's summed ``votes`` and the type they give it."""
        info = self.info(key)
        assert info is not None
        # (a one-document name "word@doc" is no mention's key: never re-voted)
        self.store.set_name_votes(key, typ, surname_column(key, info.folded, typ, False), votes)
        if typ != info.type:
            info.type = typ
            self.touched.add(info.entity)

    def settle_ids(self) -> None:
        """Name each touched entity after its first written name: ``entity_id_for(root)``.

        An entity's id is the hash of the name that created it, and which name
        that is depends on where the resolver passes fall ("Corvane", written
        first, makes the entity in a pass of its own; in a pass that also holds
        "Corvane Group", the longer name is placed first and "Corvane" joins it).
        Run at the end of a pass (nothing holds ids then): an entity whose root
        (:meth:`root`, input order) did not make it takes that root's id, so the
        same documents give the same ids however they were batched or resumed."""
        for eid in sorted(self.touched):
            members = self.members(eid)
            if not members:
                continue
            want = entity_id_for(self.root(eid))
            if want == eid or self.members(want):
                continue  # (an id some other entity holds: left as it is)
            self.store.rename_entity(eid, want)
            self._members[want] = self._members.pop(eid)
            for k in members:
                self.info(k).entity = want  # type: ignore[union-attr]
            self.touched.add(want)

    def merge(
        self,
        keep: str,
        drop: str,
        *,
        how: str,
        via: str,
        link: tuple[str, int | None] | None = None,
        other: str | None = None,
        older_survives: bool = True,
    ) -> str:
        """Move every name of entity ``drop`` into ``keep``.  The older entity survives
        unless ``older_survives`` is false (a lone surname joining its full name)."""
        if older_survives and self.order_of(drop) < self.order_of(keep):
            keep, drop = drop, keep
        dropped = self.members(drop)
        if via in dropped and other is not None:
            via = other  # the explanation points from the joining side to the surviving one
        root = self.root(drop)
        self.store.merge_names(keep, drop, root=root, how=how, via=via, link=link)
        kept = self.members(keep)
        for k in self._members.pop(drop):
            self.info(k).entity = keep  # type: ignore[union-attr]
            kept.add(k)
        self.touched.update((keep, drop))
        return keep
