"""A demonym, adjective or affixed form is no short form of a longer name (issue 16):
"Velnic" ~ "Southern Velnic", "Velnic" ~ "Velnic Empire", "Velnics" ~ "non-Velnics"
stay apart; "Velnic Party" ~ "Velnic", a surname tagged NORP, and an organisation's
last word ("the Council" of "the Harvan Council") keep linking.  No spaCy."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdossier.resolve.modifiers import affixed, modifies, reads_as_adjective
from newsdossier.store.sqlite import SQLiteStore, open_store

from .test_entities_people import _one
from .test_entities_resolve import _doc, _write


@pytest.fixture()
def store(tmp_path: Path) -> SQLiteStore:
    with open_store(str(tmp_path / "t.db")) as s:
        yield s


def test_reads_as_adjective_from_labels_or_country_data() -> None:
    assert reads_as_adjective("velnic", {"NORP": 3, "ORG": 1})
    assert not reads_as_adjective("velnic", {"NORP": 1, "ORG": 1, "PERSON": 1})
    assert reads_as_adjective("french", {})  # a demonym of the country data
    assert not reads_as_adjective("southern velnic", {"NORP": 4})  # one word only


def test_modifies_and_affixed() -> None:
    heads = {"party", "group"}
    assert modifies("velnic", "velnic empire", heads)
    assert modifies("velnic", "southern velnic", heads)
    assert not modifies("velnic", "velnic party", heads)  # a party named by its adjective
    assert not modifies("velnic", "velnica", heads)
    assert affixed("renk", "anti renk") and affixed("velnics", "non velnics")
    assert not affixed("renk", "ivo renk")
    assert not affixed("charter", "un charter")  # the UN's charter, no "un-" prefix


def test_adjective_is_no_short_form_of_a_group_it_ends(store: SQLiteStore) -> None:
    _write(
        store,
        _doc(
            "Southern Velnic traders met. Velnic farmers, a Velnic poet and Velnic towns.",
            [
                ("Southern Velnic", "NORP"),
                ("Velnic", "NORP"),
                ("Velnic", "NORP"),
                ("Velnic", "NORP"),
            ],
        ),  # fmt: skip
    )
    assert _one(store, "Velnic") != _one(store, "Southern Velnic")


def test_affixed_form_is_not_the_name(store: SQLiteStore) -> None:
    _write(
        store,
        _doc(
            "Velnics and non-Velnics alike voted; the Velnics won.",
            [("Velnics", "NORP"), ("non-Velnics", "NORP"), ("Velnics", "NORP")],
        ),  # fmt: skip
        _doc(
            "Ivo Renk spoke. An anti-Renk crowd gathered; Renk left.",
            [("Ivo Renk", "PERSON"), ("anti-Renk", "ORG"), ("Renk", "PERSON")],
        ),  # fmt: skip
    )
    assert _one(store, "Velnics") != _one(store, "non-Velnics")
    assert _one(store, "Renk") == _one(store, "Ivo Renk")
    assert _one(store, "anti-Renk") != _one(store, "Ivo Renk")


def test_adjective_before_a_name_is_no_short_form_of_it(store: SQLiteStore) -> None:
    """ "Velnic France" (an adjective + a country) is no long form of "Velnic"."""
    _write(
        store,
        _doc("Velnic France fell in 1944.", [("Velnic France", "ORG")]),
        _doc("Velnic slogans and Velnic flags.", [("Velnic", "NORP"), ("Velnic", "NORP")]),
    )
    assert _one(store, "Velnic") != _one(store, "Velnic France")


def test_adjective_still_names_the_party_it_is_the_name_of(store: SQLiteStore) -> None:
    _write(
        store,
        _doc(
            "Velnic slogans and Velnic flags; the Velnic Party won.",
            [("Velnic", "NORP"), ("Velnic", "NORP"), ("Velnic Party", "ORG")],
        ),  # fmt: skip
    )
    assert _one(store, "Velnic") == _one(store, "Velnic Party")


def test_surname_tagged_norp_and_an_organisations_last_word_still_link(
    store: SQLiteStore,
) -> None:
    _write(
        store,
        _doc(
            "Frans Velmans spoke. Velmans said the vote was fair.",
            [("Frans Velmans", "PERSON"), ("Velmans", "NORP")],
        ),  # fmt: skip
        _doc(
            "The Dorne Free Lantern printed it. A source told the Lantern so.",
            [("Dorne Free Lantern", "ORG"), ("Lantern", "ORG")],
        ),  # fmt: skip
    )
    assert _one(store, "Velmans") == _one(store, "Frans Velmans")
    assert _one(store, "Lantern") == _one(store, "Dorne Free Lantern")
