"""Contradiction decisions (case table) and the sample corpus end to end (issue 5)."""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.lexicon import attribute_index
from newsdossier.analyze.claims.values import normalize_value
from newsdossier.resolve.contradictions import conflict


def _c(attribute: str, value: str | None, status: str = "asserted", date: str = "2014", scope=None):
    spec = attribute_index()[attribute]
    return {"attribute": attribute, "value": value, "status": status, "as_of": date,
            "published": None, "scope": scope, "norm": normalize_value(spec.value, value)}  # fmt: skip


CASES = [
    ("member_count", _c("member_count", "10,000"), _c("member_count", "1,300"), "value"),
    (
        "member_count",
        _c("member_count", "10,000", date="2010"),
        _c("member_count", "1,300"),
        None,
    ),  # over time
    (
        "member_count",
        _c("member_count", "about 4,200"),
        _c("member_count", "4,000"),
        None,
    ),  # tolerance
    (
        "member_count",
        _c("member_count", "3,400", scope="the camp"),
        _c("member_count", "10,000"),
        None,
    ),
    (
        "founded",
        _c("founded", "1978", date="2012"),
        _c("founded", "1979"),
        "value",
    ),  # not over time
    ("disbanded", _c("disbanded", "2003"), _c("disbanded", None, "negated"), "polarity"),
    ("located_in", _c("located_in", "Corvane"), _c("located_in", "Dunmere"), None),  # a list
    ("founder", _c("founder", "Mohammad Navazei"), _c("founder", "Navazei"), None),
]


@pytest.mark.parametrize(("attribute", "a", "b", "expected"), CASES)
def test_contradictions_case_table(attribute, a, b, expected) -> None:
    assert conflict(a, b, attribute_index()[attribute], 15) == expected
    assert conflict(b, a, attribute_index()[attribute], 15) == expected


def test_contradictions_sample_corpus(sample_url: str) -> None:
    """Once per store engine (tests/pg.py)."""
    from newsdossier.store.engine import open_store

    with open_store(sample_url, readonly=True) as store:
        rows = list(store.iter_contradictions())
        values = {frozenset((r["value_a"], r["value_b"])) for r in rows}
        assert frozenset(("10,000", "1,300")) in values  # Navazei vs the interior ministry
        claims = list(store.iter_claims())
        assert claims
        for c in claims:  # every stored offset points into its document
            doc = store.get_document(c["document_id"])
            if c["value"] is not None:
                assert doc["text"][c["value_start"] : c["value_end"]] == c["value"]


def test_claims_cli_commands(sample_db, capsys) -> None:
    from newsdossier.cli import run

    assert run(["contradictions", "--db", str(sample_db)]) == 0
    assert run(["profile", "JAMZ", "--db", str(sample_db)]) == 0
    assert run(["reuse", "--db", str(sample_db)]) == 0
    assert run(["profile", "No Such Group", "--db", str(sample_db)]) == 1
    err = capsys.readouterr().err
    assert "E501" in err


def test_contradictions_two_people_under_one_entity_are_not_paired() -> None:
    from newsdossier.resolve.people import distinct_people

    def c(text: str, doc: str = "d1") -> dict[str, str]:
        return {"subject_text": text, "doc": doc}

    assert distinct_people(c("Ivo Renk"), c("Ana Renk", "d2"))  # one surname, two people
    assert not distinct_people(c("President Ivo Renk"), c("Renk", "d2"))  # titles and short forms
    assert distinct_people(c("the minister"), c("Ivo Renk", "d2"))  # a role elsewhere names nobody
    assert not distinct_people(c("the minister"), c("Ivo Renk"))  # resolved in its own article
    a = _c("founded", "1978") | {"subject_type": "person", "subject_text": "Ivo Renk", "doc": "d1"}
    b = _c("founded", "1979") | {"subject_type": "person", "subject_text": "Ana Renk", "doc": "d2"}
    assert conflict(a, b, attribute_index()["founded"], 15) is None
    assert conflict(a, b | {"subject_text": "Renk"}, attribute_index()["founded"], 15) == "value"
