"""Resolve mentions into canonical entities across the corpus (issue 3).

v1 (kept registered for old stores, not run by default) grouped mentions by
``name_key``.  v2 resolves, in this order, for what is new since the last run:

1. judgements (user aliases, FtM watch lists, merges; never-merge pairs and
   splits block any merge below);
2. new name keys: a demonym links to its country (mention kind "demonym");
   a key already indexed joins its entity; otherwise it is compared, within
   its blocking key (consonant skeleton), with indexed names of a compatible
   type by :func:`~newsdossier.resolve.names.match_spelling` (spelling,
   transliteration); no unique match makes a new entity;
3. new name statements: "acronym"/"alias"/"renamed" merge the two names'
   entities (how: acronym, alias-statement) *unless* some document states a
   structural relation (wing_of, part_of, member_of, leader_of, ...) between
   them: then the alias claim stays evidence and both entities stay;
4. surname short forms ("Navazei", "Mrs. Navazei") link, per document, to the
   one person in that document (else in the corpus) whose name ends with that
   surname; two candidates leave the mention unlinked, kind "ambiguous".

Incremental: only mentions with no entity and unread statements are worked
on; the name index is loaded from ``entity_names`` (see blocking.py).
A judgement added later triggers :func:`reset_resolution` and a full run.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import defaultdict
from dataclasses import dataclass

from ..analyze.entities.names import (
    country_names,
    demonyms,
    honorifics,
    is_acronym,
    name_key,
    skeleton,
    strip_honorifics,
    translit_key,
)
from ..analyze.entities.statements import ALIAS_KINDS, RELATION_KINDS
from ..registry import resolvers
from ..settings import Settings
from ..store.sqlite import SQLiteStore
from .blocking import NameIndex, entity_id_for
from .judgements import iter_judgements
from .names import match_spelling

__all__ = ["RESOLVER", "entity_id_for", "reset_resolution", "resolve_entities"]

log = logging.getLogger(__name__)
RESOLVER = "newsdossier.entities@2"
_STRUCTURAL = frozenset(RELATION_KINDS) - {"located_in", "ally_of", "supported_by"}
# capitalised words that precede a surname without being a given name
_NOT_GIVEN_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "but",
        "when",
        "while",
        "as",
        "if",
        "after",
        "before",
        "then",
        "so",
        "yet",
        "of",
        "for",
        "mr",
        "mrs",
        "ms",
        "dr",
        "said",
        "told",
    ]
)
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]+)[ \t]+$")
_DEMONYM_SUFFIXES = ("ians", "ian", "is", "i", "ese", "ans", "an")
_ALIAS_HOW = {"acronym": "acronym", "alias": "alias-statement", "renamed": "alias-statement"}


@dataclass(slots=True)
class _NewKey:
    key: str
    type: str
    surface: str
    count: int


def _compatible(a: str, b: str) -> bool:
    return a == b or "other" in (a, b)


class _Resolver:
    def __init__(self, store: SQLiteStore, settings: Settings) -> None:
        self.store = store
        self.conn = store.conn
        self.settings = settings
        self.index = NameIndex(self.conn)
        self._surnames_of: dict[str, dict[str, list[str]]] = {}  # see _doc_surnames
        self._text: tuple[str, str] = ("", "")  # (document id, its text): _untagged_namesake
        self.never: dict[str, set[str]] = defaultdict(set)
        self.structural: dict[str, set[str]] = defaultdict(set)
        for a, b in self.conn.execute(
            f"SELECT a_key, b_key FROM name_links WHERE kind IN ({','.join('?' * len(_STRUCTURAL))})",
            tuple(_STRUCTURAL),
        ):
            self.structural[a].add(b)
            self.structural[b].add(a)

    # ------------------------------------------------------------ checks
    def _blocked(self, keys_a: set[str], keys_b: set[str]) -> bool:
        """A never-merge judgement or a structural statement joins the two sets."""
        small, big = (keys_a, keys_b) if len(keys_a) <= len(keys_b) else (keys_b, keys_a)
        for k in small:
            if self.never.get(k, set()) & big or self.structural.get(k, set()) & big:
                return True
        return False

    def _keys(self, entity: str) -> set[str]:
        return self.index.members(entity)

    def _union(self, a: str, b: str, how: str, link: tuple[str, int] | None = None) -> bool:
        ea, eb = self.index.entity(a), self.index.entity(b)
        if ea is None or eb is None or ea == eb:
            return ea == eb and ea is not None
        if self._blocked(self._keys(ea), self._keys(eb)):
            return False
        self.index.merge(ea, eb, how=how, via=a, link=link, other=b)
        return True

    def _ensure(self, key: str, typ: str, surface: str) -> str:
        eid = self.index.entity(key)
        return eid if eid is not None else self.index.add(key, typ, acronym=is_acronym(surface))

    # ------------------------------------------------------------ stages
    def apply_judgements(self) -> None:
        splits: list[str] = []
        for j in iter_judgements(self.store):
            a, b = name_key(j.a), name_key(j.b or "")
            if j.kind == "never-merge":
                self.never[a].add(b)
                self.never[b].add(a)
            elif j.kind == "split":
                splits.append(a)
            elif j.kind in ("alias", "merge"):
                self._ensure(a, "other", j.a)
                if b and b != a:
                    if self.index.entity(b) is None:
                        self.index.add(b, "other", acronym=is_acronym(j.b or ""),
                                       entity=self.index.entity(a), how="user", via=a)  # fmt: skip
                    else:
                        self._union(a, b, "user")
        for key in splits:  # a split name never merges with anything it was with
            eid = self.index.entity(key)
            for other in self._keys(eid) - {key} if eid else ():
                self.never[key].add(other)
                self.never[other].add(key)

    def new_keys(self) -> list[_NewKey]:
        votes: dict[str, dict[str, int]] = {}
        surface: dict[str, str] = {}
        for key, typ, text, n in self.conn.execute(
            "SELECT key, type, min(text), count(*) FROM mentions WHERE entity_id IS NULL"
            " AND kind = 'name' GROUP BY key, type ORDER BY min(rowid)"
        ):
            votes.setdefault(key, {})[typ] = n
            surface.setdefault(key, text)
        out = []
        for key, v in votes.items():
            real = {t: n for t, n in v.items() if t != "other"} or v
            typ = sorted(real.items(), key=lambda t: (-t[1], t[0]))[0][0]
            out.append(_NewKey(key, typ, surface[key], sum(v.values())))
        return out

    def place_key(self, nk: _NewKey) -> None:
        key = nk.key
        if self.index.entity(key) is not None:
            return
        stripped = strip_honorifics(key)
        if stripped != key and self.index.entity(stripped) is not None:
            self.index.add(key, nk.type, acronym=False, entity=self.index.entity(stripped),
                           how="spelling", via=stripped)  # fmt: skip
            return
        acronym = is_acronym(nk.surface)
        if not acronym:
            folded = translit_key(stripped)
            best: dict[str, tuple[float, str, str]] = {}
            for cand in self.index.candidates(skeleton(folded)):
                info = self.index.names[cand]
                m = match_spelling(
                    stripped, folded, cand, info.folded,
                    min_score=float(self.settings.resolve_translit_min_score),
                    place="place" in (info.type, nk.type),
                )  # fmt: skip
                # the tagger's type is noisy (a town tagged PERSON): identical folded
                # forms of two words or more win over a type disagreement
                if m is None or (
                    not _compatible(info.type, nk.type)
                    and (m.score < 100 or len(folded.split()) < 2)
                ):
                    continue
                if m.score > best.get(info.entity, (-1.0, "", ""))[0] and not self._blocked(
                    {key}, self._keys(info.entity)
                ):
                    best[info.entity] = (m.score, m.how, cand)
            if len(best) == 1:
                ((eid, (score, how, via)),) = best.items()
                self.index.add(
                    key, nk.type, acronym=False, entity=eid, how=how, via=via, score=score
                )
                return
            if len(best) > 1:
                log.debug("%r matches %d entities; kept apart", key, len(best))
        self.index.add(key, nk.type, acronym=acronym)

    def link_statements(self) -> int:
        rows = self.conn.execute(
            "SELECT document_id, seq, kind, a_key, b_key FROM name_links"
            " WHERE resolved = 0 ORDER BY rowid"
        ).fetchall()
        pending = []
        for doc, seq, kind, a, b in rows:
            if kind not in ALIAS_KINDS or not a or not b or a == b:
                continue
            if self.index.entity(a) is None or self.index.entity(b) is None:
                # a short form or demonym (never merged by a statement), or a name
                # whose mentions a later pass will place: read it again then
                pending.append((doc, seq))
                continue
            if (a in country_names()) != (b in country_names()):
                continue  # a country's other names come from data, not from one sentence
            self._union(a, b, _ALIAS_HOW[kind], (doc, seq))
        self.conn.execute("UPDATE name_links SET resolved = 1 WHERE resolved = 0")
        self.conn.executemany(
            "UPDATE name_links SET resolved = 0 WHERE document_id = ? AND seq = ?", pending
        )
        return len(rows)

    def demonym(self, nk: _NewKey) -> bool:
        country = demonyms().get(nk.key)
        eid: str | None
        if country is not None:
            eid = self._ensure(name_key(country), "place", country)
        else:
            eid = self._derived_demonym(nk)
            if eid is None:
                return False
        self.conn.execute(
            "UPDATE mentions SET entity_id = ?, kind = 'demonym' WHERE entity_id IS NULL"
            " AND kind = 'name' AND key = ?",
            (eid, nk.key),
        )
        self.index.touched.add(eid)
        return True

    def _derived_demonym(self, nk: _NewKey) -> str | None:
        """ "Zaravandi(s)", "Qasruni" -> the indexed place "Zaravand", "Qasrun".

        Only single words, only against places already in the corpus: a
        person "Hosseini" is not read as a demonym of a place "Hossein".
        """
        if " " in nk.key or nk.type == "organization":
            return None
        for suffix in _DEMONYM_SUFFIXES:
            if nk.key.endswith(suffix) and len(nk.key) - len(suffix) >= 4:
                info = self.index.names.get(nk.key[: -len(suffix)])
                if info is not None and info.type != "person":
                    return info.entity
        return None

    def adopt_lone_surnames(self, surnames: set[str]) -> None:
        """A surname that became an entity of its own (no full name was known
        when it was first seen) joins the one person with that surname once the
        corpus names one: resolving in several passes then ends where one pass
        over the same documents would."""
        for surname in sorted(surnames):
            people = {self.index.names[k].entity for k in self.index.surname_keys(surname)}
            if len(people) != 1:
                continue
            (person,) = people
            for key in self.index.candidates(skeleton(surname)):
                info = self.index.names[key]
                lone = info.entity
                if (
                    info.folded == surname and info.type == "person" and lone != person
                    and self._keys(lone) == {key}
                    and not self._blocked({key}, self._keys(person))
                ):  # fmt: skip
                    self.index.merge(
                        person, lone, how="short-form", via=key, other=key, older_survives=False
                    )

    def _doc_surnames(self, doc: str) -> dict[str, list[str]]:
        """``{surname: the document's person full-name keys ending with it}``, read once
        per document and pass.  Read again per short form, a 3.2 MB article's 48,000
        mentions were scanned once for each of its surnames (issue 17: 94 s in this
        resolver).  Safe to keep for the pass: only full names (two words or more)
        enter it, and this pass places no new full name after it starts on short forms."""
        cached = self._surnames_of.get(doc)
        if cached is None:
            cached = {}
            for (k,) in self.conn.execute(
                "SELECT DISTINCT key FROM mentions WHERE document_id = ?", (doc,)
            ):
                surname = _full_name_surname(k)
                if surname and k in self.index.names and self.index.names[k].type == "person":
                    cached.setdefault(surname, []).append(k)
            self._surnames_of[doc] = cached
        return cached

    def short_forms(self, keys: list[_NewKey]) -> None:
        for nk in keys:
            surname = translit_key(strip_honorifics(nk.key))
            docs = [
                d for (d,) in self.conn.execute(
                    # INDEXED BY: the planner otherwise walks mentions_entity_doc over
                    # every unresolved mention (all of them in a first build) per key,
                    # which made this pass quadratic in the corpus.
                    "SELECT DISTINCT document_id FROM mentions INDEXED BY mentions_unresolved"
                    " WHERE key = ? AND entity_id IS NULL AND kind = 'name'", (nk.key,),
                )
            ]  # fmt: skip
            corpus = {self.index.names[k].entity for k in self.index.surname_keys(surname)}
            if nk.type != "person" or self.index.entity(nk.key) is not None:
                corpus = set()  # only a document's own full name links a non-person or known word
            for doc in docs:
                local = {
                    self.index.names[k].entity
                    for k in self._doc_surnames(doc).get(surname or "", ())
                    if k != nk.key
                }
                cands = local or corpus
                if len(cands) == 1 and self._untagged_namesake(doc, nk.key, cands):
                    cands = {*cands, ""}  # "Mohammadi Sadeghi", untagged, shares the surname
                if len(cands) == 1:
                    (eid,) = cands
                    self._link_doc(doc, nk.key, eid, "short-form")
                elif len(cands) > 1:
                    self._link_doc(doc, nk.key, None, "ambiguous")
            # no full name anywhere: the surname is an entity of its own
            if self.conn.execute(
                "SELECT 1 FROM mentions WHERE key = ? AND entity_id IS NULL AND kind = 'name' LIMIT 1",
                (nk.key,),
            ).fetchone():
                self.place_key(nk)

    def _untagged_namesake(self, doc: str, key: str, cands: set[str]) -> bool:
        """Another "Given Surname" in the text that is none of the candidates' names."""
        if self._text[0] != doc:  # one text held, not fetched again per short form
            row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc,)).fetchone()
            self._text = (doc, row[0])
        text = self._text[1]
        surfaces = {t for (t,) in self.conn.execute(
            "SELECT DISTINCT text FROM mentions WHERE document_id = ? AND key = ?", (doc, key))}  # fmt: skip
        known = {tok for e in cands for k in self._keys(e) for tok in translit_key(k).split()}
        for surface in surfaces:
            last = surface.split()[-1]
            at = text.find(last)
            while at >= 0:
                before = _WORD_BEFORE.search(text, max(0, at - 40), at)
                at = text.find(last, at + len(last))
                if before is None:
                    continue
                word = name_key(before.group(1))
                if word in honorifics() or word in _NOT_GIVEN_NAMES or not word:
                    continue
                if translit_key(word) not in known:
                    return True
        return False

    def _link_doc(self, doc: str, key: str, eid: str | None, kind: str) -> None:
        self.conn.execute(
            "UPDATE mentions SET entity_id = ?, kind = ? WHERE document_id = ? AND key = ?"
            " AND entity_id IS NULL AND kind = 'name'",
            (eid, kind, doc, key),
        )
        if eid:
            self.index.touched.add(eid)

    def link_mentions(self) -> None:
        pending = [
            k for (k,) in self.conn.execute(
                "SELECT DISTINCT key FROM mentions WHERE entity_id IS NULL AND kind = 'name'"
            )
        ]  # fmt: skip
        self.store.link_mentions([(k, e) for k in pending if (e := self.index.entity(k))])
        self.index.touched.update(e for k in pending if (e := self.index.entity(k)))


@functools.lru_cache(maxsize=10_000)
def _full_name_surname(key: str) -> str | None:
    """Folded last word of a name of two words or more (after titles), else ``None``."""
    toks = translit_key(strip_honorifics(key)).split()
    return toks[-1] if len(toks) >= 2 else None


def _is_short_form(nk: _NewKey) -> bool:
    """A single word (after titles) that is no acronym: maybe a surname.

    The tagger's type is not trusted here (surnames used alone were tagged ORG
    in a third of our fixtures): :meth:`_Resolver.short_forms` links it only
    where a person with that surname is named, else places it as a name.
    """
    stripped = strip_honorifics(nk.key)
    return nk.type != "place" and " " not in stripped and not is_acronym(nk.surface)


def resolve_entities(store: SQLiteStore, settings: Settings | None = None) -> int:
    """Resolve what is new since the last run; return how many entities were touched."""
    settings = settings or Settings()
    with store.transaction():
        r = _Resolver(store, settings)
        r.apply_judgements()
        keys = r.new_keys()
        short, maybe_demonyms = [], []
        for nk in keys:
            if nk.key in demonyms():
                r.demonym(nk)
            elif " " not in nk.key and nk.key.endswith(_DEMONYM_SUFFIXES):
                maybe_demonyms.append(nk)  # after the places they may derive from
            elif _is_short_form(nk):
                short.append(nk)
            else:
                r.place_key(nk)
        for nk in maybe_demonyms:
            if r.demonym(nk):
                continue
            if _is_short_form(nk):
                short.append(nk)
            else:
                r.place_key(nk)
        r.link_statements()
        r.short_forms(short)
        r.link_mentions()
        # surnames of the persons and short forms seen in this pass
        r.adopt_lone_surnames(
            {s for nk in keys if (s := _full_name_surname(nk.key)) and nk.type == "person"}
            | {translit_key(strip_honorifics(nk.key)) for nk in short if nk.type == "person"}
        )
        touched = sorted(r.index.touched)
        canon = {e: min(r.index.members(e) or {""}, key=lambda k: r.index.names[k].seq if k else 0)
                 for e in touched}  # fmt: skip
        store.refresh_entities(touched, canon, RESOLVER)
    return len(touched)


def reset_resolution(store: SQLiteStore) -> None:
    """Forget every resolution decision (judgements and statements stay)."""
    with store.transaction() as c:
        c.execute("UPDATE mentions SET entity_id = NULL, kind = 'name'")
        c.execute("DELETE FROM mentions WHERE analyzer = 'newsdossier.recall.v1'")
        c.execute("DELETE FROM recall_scans")
        c.execute("DELETE FROM entity_names")
        c.execute("DELETE FROM entity_aliases")
        c.execute("DELETE FROM entities")
        c.execute("UPDATE name_links SET resolved = 0")


def _resolve_v1(store: SQLiteStore) -> int:
    """v1: group by name key (kept for comparison: ``eval/entities`` reports both)."""
    keys = list(store.unresolved_mention_keys())
    with store.transaction():
        links = [(k, entity_id_for(k)) for k in keys]
        store.link_mentions(links)
        store.refresh_entities(
            [e for _, e in links], {e: k for k, e in links}, "newsdossier.group-by-name@1"
        )
    return len(keys)


@resolvers.register("newsdossier.entities.v2")
def run_entity_resolver(store: SQLiteStore, settings: Settings) -> int:
    return resolve_entities(store, settings)


# v1 stays importable (see _resolve_v1) but is not registered as a resolver:
# registered resolvers all run, and two entity resolvers would fight.
