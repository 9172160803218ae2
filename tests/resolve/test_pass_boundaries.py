"""Where resolver passes fall changes no entity (issue 18: same input, same dossier).

A build runs the resolvers every ``resolve_every_docs`` documents, so the
documents a pass sees depend on that setting, and a resumed build's first pass
on where the last one was killed.  The entity resolver decides on the evidence
stored so far; what it must not do is let the cut decide *names and ids*: an
entity is named after its first written name (``entity_names.first_seen``,
input order), not after the name a pass happened to index first.  Hand-made
mentions (no spaCy), the same documents resolved in one pass and in several.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsdossier.resolve import run_resolvers
from newsdossier.settings import Settings
from newsdossier.store.base import Processed
from newsdossier.store.sqlite import open_store

from .test_entities_resolve import _doc

# "Corvane", written first, alone; "Corvane Group" later.  In one pass the longer
# name is placed first (a one-word name waits for the short-form stage) and made
# the entity; in a pass of its own "Corvane" did.
_CORVANE = [
    _doc("Corvane said on Monday that it would expand.", [("Corvane", "ORG")]),
    _doc("A spokesman of the Ostmark Union disagreed.", [("Ostmark Union", "ORG")]),
    _doc(
        "The Corvane Group opened an office in Velmora.",
        [("Corvane Group", "ORG"), ("Velmora", "GPE")],
    ),
    _doc(
        "Corvane Group shares fell, the Ostmark Union said.",
        [("Corvane Group", "ORG"), ("Ostmark Union", "ORG")],
    ),
]


def _resolve_in_passes(db: Path, docs: list[Processed], cuts: list[int]) -> None:
    with open_store(str(db)) as store:
        start = 0
        for end in [*cuts, len(docs)]:
            store.write_batch(docs[start:end])
            run_resolvers(store, Settings(), final=end != len(docs))
            start = end
        run_resolvers(store, Settings())


def _decisions(db: Path) -> dict[str, object]:
    conn = sqlite3.connect(db)
    try:
        return {
            "entities": sorted(conn.execute(
                "SELECT id, name, type, key, mention_count, document_count FROM entities")),
            "links": sorted(conn.execute(
                'SELECT document_id, start, "end", entity_id, kind FROM mentions')),
            "names": sorted(conn.execute(
                "SELECT key, entity_id, type, first_seen FROM entity_names")),
        }  # fmt: skip
    finally:
        conn.close()


def test_entity_ids_and_names_do_not_depend_on_where_passes_fall(tmp_path: Path) -> None:
    outcomes = {}
    for cuts in ([], [1], [1, 2, 3], [2], [3]):
        db = tmp_path / f"cut{'-'.join(map(str, cuts)) or 'none'}.db"
        _resolve_in_passes(db, _CORVANE, cuts)
        outcomes[tuple(cuts)] = _decisions(db)
    one_pass = outcomes[()]
    corvane = {e for k, e, _, _ in one_pass["names"] if k in ("corvane", "corvane group")}  # type: ignore[union-attr]
    assert len(corvane) == 1  # one organisation, in every cut
    for cuts, got in outcomes.items():
        assert got == one_pass, cuts


def test_an_entity_is_named_after_its_first_written_name(tmp_path: Path) -> None:
    from newsdossier.resolve.blocking import entity_id_for

    db = tmp_path / "one.db"
    _resolve_in_passes(db, _CORVANE, [])
    names = {k: (e, first) for k, e, _, first in _decisions(db)["names"]}  # type: ignore[union-attr]
    assert names["corvane"][0] == names["corvane group"][0] == entity_id_for("corvane")
    assert names["corvane"][1] < names["corvane group"][1]  # document 0 before document 2


# "Vellor Kasimov" tagged ORG on the first page, PERSON on the next.  The pass that
# indexed the name typed it from its own slice of mentions and no later pass looked
# again: resolved every page, the full name stayed an "organization" in the name
# index, and the bare "Kasimov" of the second page found no person to stand for (a
# one-page entity of its own); resolved in one pass, it was his surname.
_KASIMOV = [
    _doc(
        "Vellor Kasimov Holdings? No: Vellor Kasimov spoke at the port.",
        [("Vellor Kasimov", "ORG")],
    ),
    _doc(
        "Vellor Kasimov met the envoy. Vellor Kasimov said later that Kasimov had left.",
        [("Vellor Kasimov", "PERSON"), ("Vellor Kasimov", "PERSON"), ("Kasimov", "PERSON")],
    ),
]


@pytest.mark.issue(18)
def test_a_names_type_is_voted_by_all_its_mentions_not_by_its_first_pass(tmp_path: Path) -> None:
    one, cut = tmp_path / "one.db", tmp_path / "cut.db"
    _resolve_in_passes(one, _KASIMOV, [])
    _resolve_in_passes(cut, _KASIMOV, [1])
    assert _decisions(cut) == _decisions(one)
    conn = sqlite3.connect(cut)
    try:
        got = conn.execute(
            "SELECT n.type, e.name FROM entity_names n JOIN entities e ON e.id = n.entity_id"
            " WHERE n.key = 'kasimov'"
        ).fetchall()
    finally:
        conn.close()
    assert got == [] or got[0][1] == "Vellor Kasimov"
    links = {kind for _, _, _, _, kind in _decisions(cut)["links"]}  # type: ignore[misc]
    assert "short-form" in links


@pytest.mark.issue(18)
def test_name_history_is_input_order_with_each_name_after_its_via() -> None:
    """``show --why`` listed names by ``seq``, the order passes indexed them in."""
    from newsdossier.store.reads import via_first

    rows = [  # (key, how, via) in first-written order
        ("ivo renc", "spelling", "ivo renk"),  # written first, joined the later name
        ("harva", "short-form", "harva council"),
        ("ivo renk", "canonical", None),
        ("harva council", "spelling", "ivo renk"),
        ("a", "spelling", "b"),  # a cycle keeps the given order
        ("b", "spelling", "a"),
    ]
    assert [r[0] for r in via_first(rows)] == [
        "ivo renk", "ivo renc", "harva council", "harva", "a", "b",
    ]  # fmt: skip


# The bare surname on the *first* page: decided in the first pass, while the full name
# was still an "organization", it became a one-page person; when the second page turns
# the full name into a person, the first page's word is decided again.
_KASIMOV_FIRST = [
    _doc(
        "Vellor Kasimov spoke at the port. Kasimov left at noon.",
        [("Vellor Kasimov", "ORG"), ("Kasimov", "PERSON")],
    ),
    _KASIMOV[1],
]


@pytest.mark.issue(18)
def test_a_retyped_name_decides_its_earlier_pages_bare_words_again(tmp_path: Path) -> None:
    one, cut = tmp_path / "one.db", tmp_path / "cut.db"
    _resolve_in_passes(one, _KASIMOV_FIRST, [])
    _resolve_in_passes(cut, _KASIMOV_FIRST, [1])
    got = _decisions(cut)
    assert got == _decisions(one)
    assert not [k for k, *_ in got["names"] if "@" in k]  # type: ignore[union-attr]
    assert [n for *_, n in got["entities"]] == [2]  # type: ignore[union-attr]


def _with_attack(p: Processed, actor: str) -> Processed:
    """``p`` with one "attack" event in 2015 whose participant is the mention ``actor``."""
    import dataclasses

    from newsdossier.model import EventMention, TimeExpression

    ann, text = p.annotations, p.document.text  # type: ignore[union-attr]
    assert ann is not None
    (mention,) = [m for m in ann.mentions if m.text == actor]
    at = text.index("2015")
    time = TimeExpression(ann.doc_id, at, at + 4, "2015", "2015", "year", "absolute")
    trigger = text.index("attacked")
    event = EventMention(
        ann.doc_id, 0, len(text), text, "attack", trigger, trigger + 8, time,
        text, participants=(mention.id,),
    )  # fmt: skip
    return dataclasses.replace(
        p, annotations=dataclasses.replace(ann, times=(time,), events=(event,))
    )


# The same attack, reported under a name and under its acronym; a third page states
# that the acronym is that name's.  Resolved in one pass the two names are one entity
# when events merge, and the two reports one attack; resolved after the first two
# pages, the reports had been kept apart on two entity ids, and the later merge of the
# entities left them so.
_ATTACK = [
    _with_attack(
        _doc("The Harvan Liberation Front attacked the depot in 2015.",
             [("Harvan Liberation Front", "ORG")]),
        "Harvan Liberation Front",
    ),
    _with_attack(
        _doc("Armed men of the Velmora cell attacked the depot in 2015, HLF said.",
             [("Velmora", "GPE"), ("HLF", "ORG")]),
        "HLF",
    ),
    _doc(
        "The Harvan Liberation Front (HLF) denied it.",
        [("Harvan Liberation Front", "ORG"), ("HLF", "ORG")],
        links=[("acronym", "Harvan Liberation Front", "HLF")],
    ),
]  # fmt: skip


def _events(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return sorted(
            conn.execute(
                "SELECT e.id, e.mention_count, e.document_count, group_concat(k.key)"
                " FROM events e JOIN event_keys k ON k.event_id = e.id GROUP BY e.id"
            )
        )
    finally:
        conn.close()


@pytest.mark.issue(18)
def test_events_merge_again_when_their_participants_entities_merge(tmp_path: Path) -> None:
    one, cut = tmp_path / "one.db", tmp_path / "cut.db"
    _resolve_in_passes(one, _ATTACK, [])
    _resolve_in_passes(cut, _ATTACK, [2])
    assert [n for _, n, *_ in _events(one)] == [2]  # one attack, two reports
    assert _events(cut) == _events(one)
    assert _decisions(cut) == _decisions(one)


# An organisation's one-word name, alone on the first page, with its long form on the
# second.  In one pass the word joins the one organisation it stood for on the second
# page; resolved after the first page it had become an organisation of its own, and
# the second page, where every "Ostrel" stood for the long form, merged nothing.
_OSTREL = [
    _doc("The Ostrel said on Monday that it would expand.", [("Ostrel", "ORG")]),
    _doc(
        "The Danish Ostrel opened an office. The Ostrel denied any link.",
        [("Danish Ostrel", "ORG"), ("Ostrel", "ORG")],
    ),
]


@pytest.mark.issue(18)
def test_a_word_with_an_entity_of_its_own_joins_the_organisation_it_later_stands_for(
    tmp_path: Path,
) -> None:
    one, cut = tmp_path / "one.db", tmp_path / "cut.db"
    _resolve_in_passes(one, _OSTREL, [])
    _resolve_in_passes(cut, _OSTREL, [1])
    assert len(_decisions(one)["entities"]) == 1  # type: ignore[arg-type]
    assert _decisions(cut) == _decisions(one)


@pytest.mark.issue(18)
def test_the_word_joins_the_organisation_not_the_other_way(tmp_path: Path) -> None:
    """How each name joined (``show --why``, the export's alias ``via``) is the same too."""

    def hows(db: Path) -> list[tuple[str, str, str | None]]:
        conn = sqlite3.connect(db)
        try:
            return sorted(conn.execute("SELECT key, how, via FROM entity_names"))
        finally:
            conn.close()

    one, cut = tmp_path / "one.db", tmp_path / "cut.db"
    _resolve_in_passes(one, _OSTREL, [])
    _resolve_in_passes(cut, _OSTREL, [1])
    assert hows(one) == [
        ("danish ostrel", "canonical", None), ("ostrel", "short-form", "danish ostrel"),
    ]  # fmt: skip
    assert hows(cut) == hows(one)


# "Harva" alone first, "Harva Party" on a later page: one pass reads the word as the
# party's short form; resolved after the first page, the party's name had joined the
# word's entity as *its* short form.
_HARVA = [
    _doc("Harva said the vote was rigged.", [("Harva", "ORG")]),
    _doc("The Harva Party won four seats.", [("Harva Party", "ORG")]),
]


@pytest.mark.issue(18)
def test_a_long_form_written_later_makes_the_earlier_word_its_short_form(tmp_path: Path) -> None:
    one, cut = tmp_path / "one.db", tmp_path / "cut.db"
    _resolve_in_passes(one, _HARVA, [])
    _resolve_in_passes(cut, _HARVA, [1])
    conn = sqlite3.connect(one)
    try:
        hows = sorted(conn.execute("SELECT key, how, via FROM entity_names"))
    finally:
        conn.close()
    assert hows == [("harva", "short-form", "harva party"), ("harva party", "canonical", None)]
    assert _decisions(cut) == _decisions(one)
    conn = sqlite3.connect(cut)
    try:
        assert sorted(conn.execute("SELECT key, how, via FROM entity_names")) == hows
    finally:
        conn.close()
