"""Wrong-merge classes from a reader's check of FakeNewsCorpus merges (issue 16, fourth
session): generic words, compass words, compounds, non-person heads, hyphenated given
names, people introduced as new, words discussed as words, acronym runs, numerals,
words of the language matched by spelling.  Invented names; no spaCy."""

from __future__ import annotations

import pytest

from newsdossier.analyze.entities.names import name_key, translit_key
from newsdossier.analyze.entities.statements import find_statements
from newsdossier.model import Mention
from newsdossier.resolve.names import match_spelling
from newsdossier.store.protocols import Store
from tests.pg import sql

from .test_entities_resolve import _doc, _write


@pytest.fixture()
def store(engine_store: Store) -> Store:
    """An empty store, once per engine (tests/pg.py: PostgreSQL with --pg)."""
    return engine_store


def _rows(store: Store, surface: str) -> set[tuple[str | None, str]]:
    return set(sql(store, "SELECT entity_id, kind FROM mentions WHERE text = ?", (surface,)))


def _entity(store: Store, surface: str) -> str | None:
    (e,) = {e for e, _ in _rows(store, surface)}
    return e


def test_a_generic_word_is_no_short_form_of_the_organisation_it_ends(store: Store) -> None:
    _write(store, _doc(
        "Secretary of State Ivo Renk spoke of the Harvan State and its fighters. State"
        " officials said the Harvan State had lost ground.",
        [("Ivo Renk", "PERSON"), ("Harvan State", "ORG"), ("State", "ORG"),
         ("Harvan State", "ORG")],
    ))  # fmt: skip
    harvan = _entity(store, "Harvan State")
    assert all(e != harvan for e, _ in _rows(store, "State"))


def test_a_compass_word_and_a_hyphenated_compound_are_no_short_forms(store: Store) -> None:
    _write(
        store,
        _doc("Eastern leaders met. The Eastern countries agreed.", [("Eastern", "ORG")]),
        _doc("Floods in Eastern Ukraine went on.", [("Eastern Ukraine", "ORG")]),
        _doc("Tarvo spoke at a rally.", [("Tarvo", "ORG")]),
        _doc("The Tarvo-Russia story was denied.", [("Tarvo-Russia", "ORG")]),
    )
    assert _entity(store, "Eastern Ukraine") != _entity(store, "Eastern")
    assert _entity(store, "Tarvo-Russia") != _entity(store, "Tarvo")


def test_a_persons_surname_is_no_short_form_of_the_company_named_after_him(
    store: Store,
) -> None:
    _write(
        store,
        _doc("Ivo Renk spoke. Renk said no.", [("Ivo Renk", "PERSON"), ("Renk", "PERSON")]),
        _doc("Renk was praised by the board.", [("Renk", "ORG")]),
        _doc("The Renk Organization sold towers.", [("Renk Organization", "ORG")]),
    )
    assert _entity(store, "Renk Organization") != _entity(store, "Ivo Renk")
    assert {e for e, _ in _rows(store, "Renk")}.isdisjoint({_entity(store, "Renk Organization")})


def test_a_name_ending_in_a_common_noun_is_no_ones_full_name(store: Store) -> None:
    _write(store, _doc(
        "Both the Velk and Renk Administrations backed it. Renk said so in 2010.",
        [("Renk Administrations", "PERSON"), ("Renk", "PERSON")],
    ))  # fmt: skip
    assert _entity(store, "Renk") != _entity(store, "Renk Administrations")


def test_a_given_name_written_hyphenated_is_no_short_form(store: Store) -> None:
    _write(store, _doc(
        "A court heard Davor-Tarek Vand, a former commander. Davor was not in court.",
        [("Davor-Tarek Vand", "PERSON"), ("Davor", "PERSON")],
    ))  # fmt: skip
    assert _rows(store, "Davor") == {(None, "ambiguous")}


def test_a_person_introduced_by_an_indefinite_description_is_someone_new(store: Store) -> None:
    _write(store, _doc(
        "In 2016 a tribunal fined a courier Tarek for speeding. In 2013 a panel agreed"
        " that Tarek Ossandi had a claim.",
        [("Tarek", "PERSON"), ("Tarek Ossandi", "PERSON")],
    ))  # fmt: skip
    assert _rows(store, "Tarek") == {(None, "ambiguous")}


def test_a_surname_after_a_preposition_phrase_still_links(store: Store) -> None:
    _write(store, _doc(
        "Ivo Renk spoke on Monday. It was a victory for Renk. A friend of Renk agreed.",
        [("Ivo Renk", "PERSON"), ("Renk", "PERSON"), ("Renk", "PERSON")],
    ))  # fmt: skip
    assert _rows(store, "Renk") == {(_entity(store, "Ivo Renk"), "short-form")}


def test_a_word_discussed_as_a_word_is_no_short_form(store: Store) -> None:
    _write(store, _doc(
        "Ostrel literally translated means bright hill. Our club is the Vellor"
        " Rowing Ostrel.",
        [("Ostrel", "ORG"), ("Vellor Rowing Ostrel", "ORG")],
    ))  # fmt: skip
    assert _entity(store, "Ostrel") != _entity(store, "Vellor Rowing Ostrel")


def test_a_run_of_acronyms_is_no_long_name_of_its_first(store: Store) -> None:
    _write(store, _doc(
        "HRV said so. Later HRV-ECO-TRN wanted to move families.",
        [("HRV", "ORG"), ("HRV-ECO-TRN", "ORG")],
    ))  # fmt: skip
    assert _entity(store, "HRV") != _entity(store, "HRV-ECO-TRN")


def test_ordinal_numerals_keep_two_names_apart() -> None:
    def m(a: str, b: str) -> object:
        ka, kb = name_key(a), name_key(b)
        return match_spelling(ka, translit_key(ka), kb, translit_key(kb), min_score=80)

    assert m("Velk Cup", "Velk Cup III") is None
    assert m("Velk Cup II", "Velk Cup III") is None
    assert m("Mohammad Vand", "Muhammad Vand") is not None


def test_a_word_its_pages_write_in_lower_case_is_no_romanised_name(store: Store) -> None:
    _write(
        store,
        _doc("TRADERS MUST EXPAND THEIR STOCK IN DORNE.", [("EXPAND", "ORG")]),
        _doc("Expand Guide: stock in Dorne.", [("Expand", "ORG")]),
        _doc("See the Pricing, Contact and Expend pages.", [("Expend", "ORG")]),
        _doc("Kheyravan fighters moved.", [("Kheyravan", "ORG")]),
        _doc("Khayravan fighters left.", [("Khayravan", "ORG")]),
    )
    assert _entity(store, "EXPAND") != _entity(store, "Expend")
    assert _entity(store, "Kheyravan") == _entity(store, "Khayravan")


def test_statements_a_name_cut_at_a_slash_is_no_alias() -> None:
    text = "A class on Vernica, also known as the Vernal/ Harvest Feast, follows."
    ms = [Mention("d", 11, 18, "Vernica", "ORG", "organization", "vernica", "t", "1")]
    links, _ = find_statements(text, "d", ms, [(0, len(text))])
    assert links == []


def test_a_job_described_after_a_name_splits_a_namesake_of_other_pages(store: Store) -> None:
    senator = "Senator Tarek Vossen met Ivo Renk and the Velk Party in Dorne."
    _write(
        store,
        _doc(senator, [("Tarek Vossen", "PERSON"), ("Ivo Renk", "PERSON"), ("Velk Party", "ORG")]),
        _doc(
            "Ivo Renk praised Tarek Vossen, and the Velk Party agreed.",
            [("Ivo Renk", "PERSON"), ("Tarek Vossen", "PERSON"), ("Velk Party", "ORG")],
        ),
        _doc(
            "“Cooling matters,” said Tarek Vossen, senior vice president of Harvan Tools."
            " Harvan Tools bought Orrel Labs.",
            [("Tarek Vossen", "PERSON"), ("Harvan Tools", "ORG"), ("Orrel Labs", "ORG")],
        ),
    )
    assert len(_entities(store, "Tarek Vossen")) == 2
    assert len(_entities(store, "Ivo Renk")) == 1


def test_a_famous_name_without_a_job_described_stays_one_person(store: Store) -> None:
    _write(
        store,
        _doc(
            "Tarek Vossen met Ivo Renk and the Velk Party.",
            [("Tarek Vossen", "PERSON"), ("Ivo Renk", "PERSON"), ("Velk Party", "ORG")],
        ),
        _doc(
            "Tarek Vossen spoke of Harvan Tools and Orrel Labs.",
            [("Tarek Vossen", "PERSON"), ("Harvan Tools", "ORG"), ("Orrel Labs", "ORG")],
        ),
    )
    assert len(_entities(store, "Tarek Vossen")) == 1


def _entities(store: Store, surface: str) -> set[str | None]:
    return {e for e, _ in _rows(store, surface)}


def test_a_town_tagged_org_is_no_short_form_of_a_company_named_after_it(store: Store) -> None:
    _write(
        store,
        _doc("We drove to the big city of Newlyn for supplies.", [("Newlyn", "ORG")]),
        _doc("Makers include Newlyn Corporation (U.S.).", [("Newlyn Corporation", "ORG")]),
    )
    assert _entity(store, "Newlyn") != _entity(store, "Newlyn Corporation")


def test_an_adjective_before_a_name_is_no_given_name(store: Store) -> None:
    _write(store, _doc(
        "“Calm the mind.” – The Vellor. Read more on Tiny Vellor. Vellor taught patience.",
        [("Vellor", "PERSON"), ("Tiny Vellor", "PERSON"), ("Vellor", "PERSON")],
    ))  # fmt: skip
    assert all(e != _entity(store, "Tiny Vellor") for e, _ in _rows(store, "Vellor"))
