"""Denials and their corrective statements (issue 15, round 5): precision first.

An independent reader (eval/claims/judged/contradictions_tt_seed33.tsv) judged the pairs
of a misquote and its clarification ("X clearly said ‘...’") not genuine: the clarified
words do not exclude the reported ones.  A substantive counter-claim ("the men were simply
farmers" against "soldiers carrying explosives") is a contradiction between sources; and a
denied sentence is one disputed statement, not one per clause.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.resolve.contradictions import denials_in


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of(None)


def _rows(doc: Any, claims: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "id": c.id, "document_id": c.doc_id, "doc": c.doc_id, "start": c.start, "end": c.end,
            "text": c.text, "statement": doc.text[c.statement_start : c.statement_end],
            "statement_start": c.statement_start, "source_name": c.source_name,
            "source_start": c.source_start, "via": c.via, "denies": c.denies, "status": c.status,
            "polarity": c.polarity, "modality": c.modality,
            "source_key": (c.source_name or "").lower(),
        }
        for c in claims
    ]  # fmt: skip


@pytest.mark.issue(15)
def test_contradictions_clarified_quote_is_not_paired(analyze) -> None:
    doc, claims = analyze(
        "On Monday the Harbor Post quoted Ivo Renk as issuing a threat against the mayor, "
        "“the mayor will soon be gone,” the paper quoted him as saying. "
        "The Vellorn Council rejected the Harbor Post report on Tuesday. "
        "The Vellorn Council said Renk clearly said ‘the mayor’s career will soon be over’."
    )
    # the report and its bare rejection share no topic word ("the report on Tuesday"): the
    # dispute is the disputed quote's (test_disputed_quotes.py), never a denial's counter
    pairs = denials_in(_rows(doc, claims))
    counters = [e for _, e in pairs if "clearly said" in e["text"]]
    assert not counters, [(c["statement"], e["statement"]) for c, e in pairs]


@pytest.mark.issue(15)
def test_contradictions_one_denied_claim_per_sentence() -> None:
    def claim(i: str, start: int, stmt: int, **kw: Any) -> dict[str, Any]:
        base = {"id": i, "doc": "d", "start": start, "statement_start": stmt, "text": "t",
                "statement": f"the mayor will soon be gone {i}", "source_name": "Harbor Post", "source_start": 0,
                "source_key": "harbor post", "via": None, "denies": None, "status": "asserted",
                "polarity": "positive", "modality": "asserted"}  # fmt: skip
        return base | kw

    rows = [
        claim("a", 0, 40),  # the quote's words, later in the sentence
        claim("b", 0, 10),  # "quoted X as issuing a threat": the first clause
        claim("c", 100, 120, source_name="Vellorn Council", source_start=100,
              source_key="vellorn council", denies="Harbor Post", statement="the report",
              text="The Vellorn Council rejected the Harbor Post report about the mayor."),
    ]  # fmt: skip
    pairs = denials_in(rows)
    assert [(c["id"], e["id"]) for c, e in pairs] == [("b", "c")]


@pytest.mark.issue(15)
def test_contradictions_substantive_counter_is_paired(analyze) -> None:
    doc, claims = analyze(
        "The Vostanian interior ministry has denied a claim by Marrowland that its coastguard "
        "arrested three Vostanian soldiers. Earlier, Marrowland's defence ministry said in a "
        'statement that its coastguard had arrested "three Vostanian soldiers carrying explosives." '
        "The Vostanian interior ministry said the men were simply farmers."
    )
    pairs = denials_in(_rows(doc, claims))
    assert any("simply farmers" in e["text"] for _, e in pairs), [
        (c["statement"], e["statement"]) for c, e in pairs
    ]


@pytest.mark.issue(15)
def test_contradictions_cut_off_words_are_not_a_side() -> None:
    from newsdossier.resolve.contradictions import _says_something

    assert not _says_something("“The three were onboard [")
    assert not _says_something("it")
    assert _says_something("the men were simply farmers")


def _claim(i: str, start: int, text: str, statement: str, source: str, **kw: Any) -> dict[str, Any]:
    base = {"id": i, "doc": "d", "start": start, "end": start + len(text), "text": text,
            "statement": statement, "statement_start": start, "source_name": source,
            "source_start": start, "source_key": source.lower(), "via": None, "denies": None,
            "status": "asserted", "polarity": "positive", "modality": "asserted",
            "resolved": None, "said_start": -1, "said_end": -1}  # fmt: skip
    return base | kw


@pytest.mark.issue(15)
def test_a_bare_rejection_pairs_only_claims_on_its_topic() -> None:
    rows = [
        _claim("a", 0, "The Harbor Post said Renk met the smugglers in March.",
               "Renk met the smugglers in March", "Harbor Post"),
        _claim("b", 60, "The Harbor Post said ferry fares should be cut.",
               "ferry fares should be cut for all pensioners", "Harbor Post"),
        _claim("c", 120, "Renk rejected the Harbor Post claims about the smugglers.",
               "the Harbor Post claims about the smugglers", "Renk", denies="Harbor Post"),
    ]  # fmt: skip
    pairs = denials_in(rows)
    assert [(c["id"], e["id"]) for c, e in pairs] == [("a", "c")]


@pytest.mark.issue(15)
def test_a_pronoun_speaker_named_in_its_own_sentence_is_no_denier() -> None:
    from newsdossier.resolve.contradictions import _unsure_speaker

    text = "He rejected Voss’s allegations as a fantasy and called Ebert a fraud."
    d = _claim("d", 200, text, "Voss’s allegations as a fantasy", "Tomas Ebert",
               denies="Voss", resolved="pronoun", said_start=200, said_end=202)  # fmt: skip
    assert _unsure_speaker(d)
    assert not _unsure_speaker(d | {"resolved": None})
    assert not _unsure_speaker(d | {"source_key": "ivo renk"})


@pytest.mark.issue(15)
def test_a_side_that_only_names_the_claim_is_no_side() -> None:
    from newsdossier.resolve.contradictions import _reference_only

    c = _claim("a", 0, "t", "the Harbor Post’s claims, while Renk threatened to sue", "Harbor Post")
    assert _reference_only(c, "harbor post")
    assert not _reference_only(c | {"statement": "Renk met the smugglers"}, "harbor post")
