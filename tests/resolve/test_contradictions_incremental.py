"""Contradictions paired incrementally give the rows of a full pairing (issue 18).

A pass pairs only a key's new claims against the ones paired before
(``contradiction_keys``).  These tests hold it to the full pairing it replaced:
after every pass, every key's rows equal a full pairing of the key as stored then;
documents resolved in several passes end with the same contradictions (ids, kinds,
values, claims) as in one pass, also when new claims sorting early push paired
ones past the cap on claims per key; a change of the subject's type falls back to
a full pairing; a claim whose subject never gets an
entity no longer holds the watermark back.  Hand-made documents (no spaCy), with
invented organisations, people and figures, published out of input order so that a
later document can sort before earlier ones in a key.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from newsdossier.model import Annotations, Claim, Document, Mention, PublishedDate, Sentence
from newsdossier.names import name_key
from newsdossier.resolve import contradictions, run_resolvers
from newsdossier.settings import Settings
from newsdossier.store.base import Processed
from newsdossier.store.engine import open_store

_ORGS = ["Harvan Council", "Vellorn Front", "Ostmark Union"]
_PEOPLE = ["Ivo Renk", "Ana Dusel", "Teo Marrin", "Lina Voss", "Piet Sarrow", "Odile Kemp"]
_MEMBERS = ["400", "450", "3,000", "12,000"]  # 400 and 450 agree (tolerance); the rest do not
_YEARS = ["1961", "1964", "1964", "1970"]


def _doc(i: int, rng: random.Random) -> Processed:
    org, person = rng.choice(_ORGS), rng.choice(_PEOPLE)
    members, year = rng.choice(_MEMBERS), rng.choice(_YEARS)
    s1 = f"The {org} has {members} members, {person} told the Harvan Post."
    s2 = f"According to {person}, the {org} was founded in {year}."
    text = f"{s1} Crowds gathered in the square on report {i}. {s2}"
    published = f"20{10 + rng.randrange(8)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
    doc = Document(Document.make_id(text), text, f"n{i}.txt", f"n{i}", outlet="Harvan Post",
                   published=PublishedDate(published, "day", "metadata"))  # fmt: skip
    mentions, claims = [], []
    for sent_start, sentence, attribute, value in ((0, s1, "member_count", members),
                                                   (text.index(s2), s2, "founded", year)):  # fmt: skip
        o = sent_start + sentence.index(org)
        p = sent_start + sentence.index(person)
        v = sent_start + sentence.index(value)
        for start, surface, label in ((o, org, "ORG"), (p, person, "PERSON")):
            if all(m.start != start for m in mentions):
                kind = "organization" if label == "ORG" else "person"
                mentions.append(Mention(doc.id, start, start + len(surface), surface, label, kind,
                                        name_key(surface), "test.v1", "1"))  # fmt: skip
        number = value.replace(",", "")
        norm = (
            f"number:{number}:{number}" if attribute == "member_count" else f"year:{value}:{value}"
        )
        claims.append(Claim(
            doc.id, sent_start, sent_start + len(sentence), sentence, attribute, o, o + len(org),
            org, value, v, v + len(value), norm, person, "named", p, p + len(person), None,
            "indirect", None, "asserted", None, "2014" if attribute == "member_count" else None,
            "test.v1", "1",
        ))  # fmt: skip
    mentions.sort(key=lambda m: m.start)
    ann = Annotations(doc.id, (Sentence(doc.id, 0, len(text), text),), tuple(mentions),
                      ("test@1",), claims=tuple(claims))  # fmt: skip
    return Processed(f"n{i}", doc.source, None, doc.id, doc, ann)


def _corpus(n: int, seed: int = 18) -> list[Processed]:
    rng = random.Random(seed)
    return [_doc(i, rng) for i in range(n)]


def _rows(store: Any) -> list[tuple[Any, ...]]:
    return sorted(
        (r["id"], r["subject"], r["attribute"], r["kind"], r["value_a"], r["value_b"],
         r["claim_a"], r["claim_b"])
        for r in store.iter_contradictions()
    )  # fmt: skip


def _full_pairing(store: Any) -> list[tuple[Any, ...]]:
    """Every paired key's rows as a full pairing of the key as stored now gives them."""
    specs = contradictions.attribute_index()
    out = []
    for subject, attribute in sorted(_paired_keys(store)):
        entity = store.get_entity(subject)
        ids = store.claim_ids_in_key(subject, attribute)
        claims = contradictions._prepare(store, ids, entity["type"] if entity else None)
        for r in contradictions._pairs(claims, specs[attribute], 15):
            out.append((r[0], subject, attribute, *r[1:6]))
    return sorted(out)


def _paired_keys(store: Any) -> set[tuple[str, str]]:
    cur = store.conn.execute("SELECT subject, attribute FROM contradiction_keys")
    return {(s, a) for s, a in cur.fetchall()}


def _value_rows(store: Any) -> list[tuple[Any, ...]]:
    return [r for r in _rows(store) if r[3] in ("value", "polarity")]


def _resolve_in_passes(store: Any, docs: list[Processed], cuts: list[int]) -> list[Any]:
    """Write ``docs`` cut at ``cuts``, a resolver pass after each part; after each pass,
    the stored rows and the full pairing of every key."""
    seen = []
    start = 0
    for end in [*cuts, len(docs)]:
        store.write_batch(docs[start:end])
        run_resolvers(store, Settings(), final=end != len(docs))
        seen.append((_value_rows(store), _full_pairing(store)))
        start = end
    return seen


@pytest.mark.parametrize("cap", [300, 5])
def test_contradictions_incremental_passes_equal_one_pass(
    engine_store: Any, tmp_path: Path, cap: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once per engine; with the cap at 5 claims per key, keys outgrow it and later
    documents that sort earlier push paired claims out (a full pairing again)."""
    monkeypatch.setattr(contradictions, "_MAX_CLAIMS_PER_KEY", cap)
    docs = _corpus(36)
    with open_store(str(tmp_path / "one.db")) as one:
        one.write_batch(docs)
        run_resolvers(one, Settings())
        expected = _rows(one)
    assert sum(r[3] == "value" for r in expected) >= 10  # the corpus has conflicts to find
    for stored, full in _resolve_in_passes(engine_store, docs, [3, 4, 9, 10, 17, 25, 26, 33]):
        assert stored == full  # after every pass: the rows of a full pairing
    assert _rows(engine_store) == expected  # the same ids, kinds, values and claims


@pytest.mark.parametrize("cap", [300, 5])
def test_contradictions_incremental_pairs_only_new_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cap: int
) -> None:
    """A pass that adds claims to a paired key pairs only the new ones, also when they
    push paired claims past the cap (their rows are dropped, the rest stand)."""
    monkeypatch.setattr(contradictions, "_MAX_CLAIMS_PER_KEY", cap)
    docs = _corpus(30)
    calls: list[int] = []
    full = contradictions._pairs

    def counting(claims: Any, spec: Any, tol: float) -> Any:
        calls.append(len(claims))
        return full(claims, spec, tol)

    monkeypatch.setattr(contradictions, "_pairs", counting)
    with open_store(str(tmp_path / "s.db")) as store:
        store.write_batch(docs[:20])
        run_resolvers(store, Settings(), final=False)
        first = len(calls)
        assert first > 0  # every key paired in full once
        store.write_batch(docs[20:])
        run_resolvers(store, Settings(), final=False)
        assert len(calls) == first  # no key paired in full again: only the new claims
        assert _value_rows(store) == _full_pairing(store)


def test_contradictions_type_change_repairs_the_key(tmp_path: Path) -> None:
    """A subject whose type changed is paired in full: a pair's verdict reads the type."""
    docs = _corpus(20)
    with open_store(str(tmp_path / "s.db")) as store:
        store.write_batch(docs[:12])
        run_resolvers(store, Settings(), final=False)
        store.write_batch(docs[12:])
        org = docs[12].annotations.claims[0].subject_text  # type: ignore[union-attr]
        (subject,) = store.conn.execute(
            "SELECT entity_id FROM mentions WHERE key = ? AND entity_id IS NOT NULL LIMIT 1",
            (name_key(org),),
        ).fetchone()
        assert (subject, "member_count") in _paired_keys(store)
        store.conn.execute("UPDATE contradiction_keys SET subject_type = 'place'")
        store.conn.execute("INSERT INTO contradictions(id, subject, attribute, kind, value_a,"
                           " value_b, claim_a, claim_b, resolver) VALUES ('stale', ?,"
                           " 'member_count', 'value', 'x', 'y', 'a', 'b', 'test')",
                           (subject,))  # fmt: skip
        run_resolvers(store, Settings(), final=False)
        assert "stale" not in {r[0] for r in _rows(store)}
        assert _value_rows(store) == _full_pairing(store)


def test_contradictions_unlinked_subject_does_not_hold_the_watermark(tmp_path: Path) -> None:
    """A claim whose subject mention never gets an entity waits by id; later claims are
    not read again pass after pass."""
    docs = _corpus(12)
    with open_store(str(tmp_path / "s.db")) as store:
        store.write_batch(docs[:6])
        run_resolvers(store, Settings(), final=False)
        (claim_id, rowid), *_ = store.conn.execute(
            "SELECT id, rowid FROM claims ORDER BY rowid LIMIT 1"
        ).fetchall()
        store.conn.execute(  # its subject is no mention: it never gets an entity
            "DELETE FROM mentions WHERE id IN (SELECT m.id FROM mentions m JOIN claims c"
            " ON c.document_id = m.document_id AND c.subject_start = m.start WHERE c.id = ?)",
            (claim_id,),
        )
        store.conn.execute("UPDATE claims_marks SET value = ? WHERE name = 'contradictions'",
                           (rowid - 1,))  # fmt: skip
        store.write_batch(docs[6:])
        run_resolvers(store, Settings(), final=False)
        last = store.conn.execute("SELECT max(rowid) FROM claims").fetchone()[0]
        assert store.claims_mark("contradictions") == last
        assert store.contradiction_waiting() == [claim_id]


def test_claim_ids_in_key_limit_is_the_first_ids(engine_store: Any) -> None:
    """The resolver asks for the first ``_MAX_CLAIMS_PER_KEY`` ids of a key: the database
    cuts them (``LIMIT``), in the key's order, on both engines (issue 18)."""
    engine_store.write_batch(_corpus(30))
    run_resolvers(engine_store, Settings())
    keys = sorted(_paired_keys(engine_store))
    assert keys
    for subject, attribute in keys:
        ids = engine_store.claim_ids_in_key(subject, attribute)
        assert len(ids) > 4  # the cut falls inside the key
        for limit in (1, 4, len(ids), len(ids) + 3):
            assert engine_store.claim_ids_in_key(subject, attribute, limit) == ids[:limit]


@pytest.mark.parametrize("over_time", [True, False])
def test_claims_read_whole_only_where_judged(engine_store: Any, over_time: bool) -> None:
    """``_needed`` reads whole only the new claims and those their year and gate let
    through; pairing its list gives the rows of pairing every claim read whole (issue
    18).  "founded" claims carry no ``as_of``: their year is their document's, which
    varies, so as an over-time attribute they fall into several years."""
    import dataclasses

    engine_store.write_batch(_corpus(36))
    run_resolvers(engine_store, Settings())
    rng = random.Random(over_time)
    checked = 0
    for subject, attribute in sorted(_paired_keys(engine_store)):
        spec = contradictions.attribute_index()[attribute]
        if attribute == "founded":
            spec = dataclasses.replace(spec, over_time=over_time)
        entity = engine_store.get_entity(subject)
        ids = engine_store.claim_ids_in_key(subject, attribute)
        whole = contradictions._prepare(engine_store, ids, entity["type"] if entity else None)
        for _ in range(5):
            new = {c["id"] for c in rng.sample(whole, max(1, len(whole) // 4))}
            some = contradictions._needed(
                engine_store, ids, new, spec, entity["type"] if entity else None, 15
            )
            assert [c["id"] for c in some] == [c["id"] for c in whole]
            assert contradictions._new_pairs(some, new, spec, 15) == contradictions._new_pairs(
                whole, new, spec, 15
            )
            checked += len(contradictions._new_pairs(whole, new, spec, 15))
            if over_time and attribute == "founded":
                assert sum("text" in c for c in some) < len(some)  # some read by gate only
    assert checked  # conflicting pairs were met
