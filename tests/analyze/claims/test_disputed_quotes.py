"""Disputed quotes (issue 15): an outlet's account of what someone said against the
correction of that account, one pair per dispute; two quotes are no dispute by themselves."""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.names import name_key
from newsdossier.resolve.disputed_quotes import disputed_quotes_in, misreport


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of(None)


def _rows(doc: Any, claims: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "id": c.id, "document_id": c.doc_id, "doc": c.doc_id, "start": c.start, "end": c.end,
            "text": c.text, "statement": doc.text[c.statement_start : c.statement_end],
            "statement_start": c.statement_start, "source_name": c.source_name,
            "source_kind": c.source_kind, "source_start": c.source_start, "via": c.via,
            "denies": c.denies, "status": c.status, "polarity": c.polarity,
            "modality": c.modality, "quote": c.quote, "source_entity": None,
            "source_key": name_key(c.source_name or ""),
        }
        for c in claims
    ]  # fmt: skip


MISQUOTE = (
    "On Monday the Harbor Post falsely quoted Ivo Renk as issuing a threat against the mayor, "
    "“The mayor will soon be gone from this city,” the Harbor Post quoted Renk as saying. "
    "The Vellorn Council rejected the Harbor Post report on Tuesday. "
    "“Renk clearly said ‘the mayor’s career in politics will soon be over’,” "
    "council spokeswoman Mara Voss wrote on her account."
)


@pytest.mark.issue(15)
def test_disputed_quote_pairs_the_outlets_account_with_the_correction(analyze) -> None:
    doc, claims = analyze(MISQUOTE)
    pairs = disputed_quotes_in(_rows(doc, claims))
    got = [(r["statement"], r["via"], k["statement"]) for r, k in pairs]
    assert len(pairs) == 1, got
    r, k = pairs[0]
    assert "will soon be gone" in r["statement"] and r["via"] == "Harbor Post"
    assert "career in politics" in k["statement"]
    assert name_key(k["via"] or k["source_name"]) != name_key("Harbor Post")


@pytest.mark.issue(15)
def test_two_accounts_without_a_dispute_are_no_pair(analyze) -> None:
    # the same words through two channels, nobody calls either report false
    doc, claims = analyze(
        "“The mayor will soon be gone from this city,” the Harbor Post quoted Ivo Renk as saying. "
        "Renk clearly said ‘the mayor’s career in politics will soon be over’, "
        "council spokeswoman Mara Voss wrote on her account."
    )
    assert not disputed_quotes_in(_rows(doc, claims))


@pytest.mark.issue(15)
def test_a_correction_of_another_person_is_no_pair(analyze) -> None:
    doc, claims = analyze(
        "On Monday the Harbor Post falsely quoted Ivo Renk as issuing a threat against the mayor, "
        "“The mayor will soon be gone from this city,” the Harbor Post quoted Renk as saying. "
        "“Tomas Ebert clearly said ‘the mayor’s career in politics will soon be over’,” "
        "council spokeswoman Mara Voss wrote on her account."
    )
    assert not disputed_quotes_in(_rows(doc, claims))


def test_misreport_words() -> None:
    assert misreport("the paper misquoted the minister")
    assert misreport("the daily’s distortion of her remarks")
    assert misreport("Stop #FakeNews")
    assert not misreport("the paper quoted the minister as saying")


def test_same_speaker_by_whole_words_only() -> None:
    from newsdossier.resolve.contradictions import _same_speaker

    def c(name: str, via: str | None = None) -> dict[str, Any]:
        return {"source_start": -1, "source_key": name_key(name), "via": via}

    assert _same_speaker(c("Renkova"), c("Ivo Renkova"))
    assert _same_speaker(c("Mara Voss", via="Harbor Post"), c("Harbor Post"))
    assert not _same_speaker(c("Vellorn"), c("Vellornian"))  # a substring is no name
    assert not _same_speaker(c("Ana Renkova"), c("Ivo Renkova"))  # two people, one surname


def test_a_short_denied_source_matches_only_as_the_whole_name() -> None:
    from newsdossier.resolve.contradictions import _matches

    assert _matches(name_key("U.S."), {"source_name": "U.S.", "via": None})
    assert not _matches(name_key("U.S."), {"source_name": "U.S. Navy spokesman", "via": None})
    assert _matches(name_key("Harbor Post"), {"source_name": "Ivo Renk", "via": "the Harbor Post"})
    assert not _matches("", {"source_name": "Ivo Renk", "via": None})


@pytest.mark.issue(15)
def test_the_quoted_person_denies_the_words(analyze) -> None:
    doc, claims = analyze(
        "“The harbour tax will double next spring,” Ivo Renk told the Harbor Post on Monday. "
        "On Tuesday Renk denied saying that the harbour tax would double, and asked the paper "
        "to publish a correction."
    )
    pairs = disputed_quotes_in(_rows(doc, claims))
    assert pairs, [(c.source_name, c.via, c.text) for c in claims]
    assert all("harbour tax will double" in r["statement"] for r, _ in pairs)


@pytest.mark.issue(15)
def test_the_corrector_calls_the_report_false_elsewhere(analyze) -> None:
    doc, claims = analyze(
        "“The mayor will soon be gone from this city,” the Harbor Post quoted Ivo Renk as "
        "saying on Monday. “Renk clearly said ‘the mayor’s career in politics will soon be "
        "over’,” council spokeswoman Mara Voss wrote on her account. “The Harbor Post is "
        "spreading fake news,” Voss added."
    )
    assert len(disputed_quotes_in(_rows(doc, claims))) == 1
