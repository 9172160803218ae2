"""Headline descriptions (issue 16): a title-case headline's noun ("Teenager Killed
By Police") is a mention of the one person the body describes with that noun, in an
apposition, a description before the name or a copula; never a name of the entity."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdossier.resolve.entities import reset_resolution
from newsdossier.resolve.recall import find_descriptions, surname_relinks
from newsdossier.store.protocols import Store
from tests.pg import sql
from tests.resolve.test_entities_resolve import _doc, _write


def _found(text: str, people: dict[str, str]) -> list[tuple[str, str]]:
    """``(headline word, entity)`` found for ``people`` {surface: entity} (every
    occurrence of each surface outside the first line is a mention of its entity)."""
    persons, taken = [], []
    body = text.index("\n")
    for surface, eid in people.items():
        pos = text.find(surface, body)
        while pos >= 0:
            persons.append((pos, pos + len(surface), eid))
            taken.append((pos, pos + len(surface)))
            pos = text.find(surface, pos + 1)
    return [(text[s:e], eid) for s, e, eid in find_descriptions(text, persons, taken)]


def test_apposition_before_the_name() -> None:
    text = "Teenager Killed By Police In Vellor Town\nOfficers shot the teenager, Ivo Renk, on Saturday."
    assert _found(text, {"Ivo Renk": "e1"}) == [("Teenager", "e1")]


def test_apposition_after_the_name_and_named() -> None:
    text = "Vellor Ships Defensive Tackle Faces Charges\nIvo Renk, the defensive tackle for the Vellor Ships, was arrested."
    assert _found(text, {"Ivo Renk": "e1"}) == [("Tackle", "e1")]
    text = "Quiet Woman Shoots Two Co-workers\nPolice said a quiet woman named Ina Dalmer shot two co-workers."
    assert _found(text, {"Ina Dalmer": "e2"}) == [("Woman", "e2")]
    text = "Woman Killed In Crash, Driver Charged\nThe driver, who police identified as Ivo Renk, fled."
    assert _found(text, {"Ivo Renk": "e1"}) == [("Driver", "e1")]


def test_copula() -> None:
    text = "Vellor Hire Ivo Renk as Head Coach\nIvo Renk was officially introduced as the 21st head coach of the team."
    assert _found(text, {"Ivo Renk": "e1"}) == [("Coach", "e1")]


def test_capitals_headline() -> None:
    text = "TRIAL DATE SET FOR DRIVER IN CRASH\nThe court heard that Ivo Renk, the driver of the van, fled."
    assert _found(text, {"Ivo Renk": "e1"}) == [("DRIVER", "e1")]


def test_a_headline_verb_is_no_description() -> None:
    text = "Ivo Renk to Host Vellor Awards Again\nIvo Renk, the host of the show, agreed."
    assert _found(text, {"Ivo Renk": "e1"}) == []
    text = "Vellor Awards Host Named\nIvo Renk, the host of the show, agreed."
    assert _found(text, {"Ivo Renk": "e1"}) == [("Host", "e1")]


def test_a_noun_of_two_people_names_nobody() -> None:
    text = ("Driver Charged After Crash In Vellor Town\nIvo Renk, the driver of the van, and Ina Dalmer,"
            " the driver of the car, were hurt.")  # fmt: skip
    assert _found(text, {"Ivo Renk": "e1", "Ina Dalmer": "e2"}) == []


def test_no_description_without_a_headline_or_a_construction() -> None:
    # no title-case line: nothing is a headline
    text = "Officers said the driver was hurt.\nThe driver, Ivo Renk, fled."
    assert _found(text, {"Ivo Renk": "e1"}) == []
    # the body uses the noun, but never of the named person
    text = "Driver Charged After Crash In Vellor Town\nThe driver fled. Ivo Renk said he saw it."
    assert _found(text, {"Ivo Renk": "e1"}) == []


@given(st.text(alphabet="Aab ,.\nTtheDriver", max_size=80))
def test_found_words_are_headline_words_of_a_given_entity(text: str) -> None:
    persons = [(i, i + 2, "e1") for i in range(0, len(text) - 2, 7)]
    for s, e, eid in find_descriptions(text, persons, []):
        assert eid == "e1" and text[s:e].strip() == text[s:e] and "\n" not in text[s:e]
        assert text[s:e][0].isupper()


def test_stored_as_a_description_never_a_name(engine_store: Store) -> None:
    text = ("Teenager Killed By Police In Vellor Town\n"
            "Officers shot the teenager, Ivo Renk, on Saturday. Ivo Renk was 16.")  # fmt: skip
    _write(engine_store, _doc(text, [("Ivo Renk", "PERSON"), ("Ivo Renk", "PERSON")]))
    rows = sql(
        engine_store, "SELECT text, kind, entity_id FROM mentions WHERE text = ?", ("Teenager",)
    )
    (eid,) = {
        e
        for (e,) in sql(
            engine_store, "SELECT entity_id FROM mentions WHERE text = ?", ("Ivo Renk",)
        )
    }
    assert [tuple(r) for r in rows] == [("Teenager", "description", eid)]
    names = [n for (n,) in sql(engine_store, "SELECT name FROM entities")]
    aliases = [a for (a,) in sql(engine_store, "SELECT name FROM entity_aliases")]
    assert names == ["Ivo Renk"] and "Teenager" not in aliases
    reset_resolution(engine_store)
    assert list(
        sql(engine_store, "SELECT count(*) FROM mentions WHERE text = ?", ("Teenager",))
    ) == [(0,)]


def _m(key: str, start: int, eid: str | None, kind: str = "name", typ: str = "person") -> dict:
    return {"key": key, "start": start, "entity_id": eid, "kind": kind, "type": typ}


def test_one_page_surname_joins_the_full_name_recall_found() -> None:
    """Issue 16: the tagger cut the headline's "Ivo Renk" to "Renk"; the page's bare
    surnames became a person of that page; recall found "Ivo Renk": they are his."""
    text = "Ivo Renk Beats Tarev\nRenk won on Sunday.\nRenk said he was tired."
    mentions = [_m("renk", 21, "renk@d"), _m("renk", 41, "renk@d")]
    found = [(0, 8, "ivo renk", "e1", "person")]
    assert surname_relinks(text, mentions, found) == [("renk", "renk@d", "e1")]
    # a one-word name recall also found is no full name: the link goes to the full name's
    # entity it checked, never to another "renk" of the corpus
    also = [(21, 25, "renk", "e_other", "person"), *found]
    assert surname_relinks(text, mentions, also) == [("renk", "renk@d", "e1")]
    # a namesake named in full on the page: which one, the page does not say
    two = [*mentions, _m("ina renk", 60, "e2")]
    assert surname_relinks(text + "\nIna Renk", two, found) == []
    # a line about relatives: the bare surname may be an unnamed relative
    family = "Ivo Renk Beats Tarev\nRenk was found guilty of killing his wife."
    assert surname_relinks(family, [_m("renk", 21, "renk@d")], found) == []
    # an organisation recall found, or a surname already linked elsewhere: nothing
    assert surname_relinks(text, mentions, [(0, 8, "ivo renk", "e1", "organization")]) == []
    assert surname_relinks(text, [_m("renk", 21, "e1", "short-form")], found) == []


def test_hyphen_compound_is_no_long_form_of_the_bare_word(engine_store: Store) -> None:
    """Issue 16: "Kestra-Vellum" (two companies glued by a hyphen) on a page writing
    "Vellum" alone: "Vellum" is the company the corpus names "Vellum Corp."."""
    _write(
        engine_store,
        _doc(
            "Vellum Corp. sold chips. Vellum said so.", [("Vellum Corp.", "ORG"), ("Vellum", "ORG")]
        ),
        _doc(
            "Kestra-Vellum deal closes\nVellum bought Kestra. Vellum paid cash.",
            [("Kestra-Vellum", "ORG"), ("Vellum", "ORG"), ("Vellum", "ORG")],
        ),
    )
    rows = set(sql(engine_store, "SELECT entity_id FROM mentions WHERE text IN (?, ?)",
                   ("Vellum", "Vellum Corp.")))  # fmt: skip
    (compound,) = set(
        sql(engine_store, "SELECT entity_id FROM mentions WHERE text = ?", ("Kestra-Vellum",))
    )
    assert compound not in rows
