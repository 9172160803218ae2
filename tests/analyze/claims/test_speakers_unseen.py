"""Speakers on text the rules were not written for (issue 15, branch 15r).

Classes independent readers found on FakeNewsCorpus and the Tehran Times build: a time
phrase or a sentence adverb taken for the speaker, speaker phrases that keep a clause of
their own, a relative after an appositive credited to the appositive's institution, and
outlets named without a media word filed as ``named``.  Invented examples only.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.analyze.claims.outlets import outlet_keys
from newsdossier.model import Mention


@pytest.fixture(scope="module")
def run(claims_of: Any) -> Any:
    return claims_of(None)


def _sources(run: Any, text: str) -> list[tuple[str | None, str, str | None]]:
    _, claims = run(text)
    return [(c.source_name, c.source_kind, c.via) for c in claims if c.quote != "none"]


def test_a_day_after_an_inverted_verb_is_no_speaker(run: Any) -> None:
    text = (
        "“We are close to another long war,” Harvan Sen. Ivo Renk, the ranking member "
        "on the committee, said Thursday."
    )
    got = _sources(run, text)
    assert got and all(name == "Ivo Renk" for name, _, _ in got)


def test_a_fronted_day_never_speaks(run: Any) -> None:
    text = (
        "On Monday, Renk met the envoy to discuss the sale of equipment the president "
        "said will help protect the region."
    )
    assert all(name != "On Monday" for name, _, _ in _sources(run, text))


def test_a_sentence_adverb_is_not_the_subject(run: Any) -> None:
    got = _sources(run, "Likewise, the research team found that the lakes played a central role.")
    assert [n for n, _, _ in got] == ["the research team"]


def test_a_fronted_year_is_cut_from_the_speaker(run: Any) -> None:
    got = _sources(run, "In 2008 the Harvan government announced that it would sell the port.")
    assert got and got[0][0] == "the Harvan government"


def test_a_relative_after_an_appositive_is_the_person(run: Any) -> None:
    text = (
        "That cannot be squared with the claim by Ivo Renk, a prominent historian and "
        'associate of the Vellorn Institute of Modern History, who wrote: "Every house was '
        'searched and every family was questioned."'
    )
    got = _sources(run, text)
    assert got and got[0][0] == "Ivo Renk"


def test_who_spoke_to_an_outlet_is_the_channel(run: Any) -> None:
    text = (
        "Harvan drug agents who spoke to Vellornpost about the matter said that the "
        "ministry had derailed the investigation."
    )
    got = _sources(run, text)
    assert got and got[0][0] == "Harvan drug agents" and got[0][2] == "Vellornpost"


def test_a_speaker_phrase_ends_at_its_own_verb(run: Any) -> None:
    text = (
        "Experts at the University of Vellorn have published research that suggests the "
        "habit is triggered by old reflexes."
    )
    got = _sources(run, text)
    assert got and got[0][0] == "Experts at the University of Vellorn"


def test_according_to_opener_is_not_the_subject(run: Any) -> None:
    text = (
        "According to the report, Ivo Renk, the ministry's undersecretary, suggested the "
        "platoon shed their uniforms."
    )
    got = _sources(run, text)
    assert got and got[0][0] == "Ivo Renk" and got[0][2] == "the report"


def test_behaving_according_to_a_line_is_no_source(run: Any) -> None:
    text = "Leaders try to ensure that members behave according to the party line."
    assert _sources(run, text) == []


def test_a_named_outlet_is_an_outlet_by_the_document(run: Any) -> None:
    text = (
        "The Harvan Commission charged the former chief on Friday, the news agency "
        "Vellornpress said.\n\nVellornpress reported that the chief would appeal."
    )
    kinds = {(n, k) for n, k, _ in _sources(run, text)}
    assert ("Vellornpress", "named") in kinds  # another outlet than the page's shows as named (v75)
    assert all(k == "named" for n, k in kinds if n == "Vellornpress")


def test_the_newspaper_is_an_outlet(run: Any) -> None:
    got = _sources(run, "The next meeting is reported to be in May, per the Harvan newspaper.")
    assert got and got[0][1] == "named"  # another outlet than the page's shows as named (v75)


def _m(text: str, part: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Mention("d", start, start + len(part), part, label, "person", part.lower(), "t", "1")


def test_outlet_evidence_is_the_documents_own() -> None:
    text = (
        "The talks had failed, the news agency Vellornpress said. The Harvan Council told "
        "Tomas Vell nothing. Columnist Ivo Renk reported:\nThe port is closed. In a note, "
        "the Albania newspaper said so."
    )
    ms = [
        _m(text, "Vellornpress", "ORG"),
        _m(text, "Harvan Council", "ORG"),
        _m(text, "Tomas Vell", "ORG"),  # a person the tagger called an organisation
        _m(text, "Ivo Renk", "PERSON"),
        _m(text, "Albania", "GPE"),
    ]
    # the listener of "told" is no evidence; a country named like a paper stays a country
    assert outlet_keys(text, ms) == frozenset({"vellornpress"})


def test_a_list_before_a_relative_is_not_its_antecedent(run: Any) -> None:
    text = (
        "The network is run by Tomas Vell, Lena Brack and Ivo Renk, all the figures who "
        "claim that they lead the opposition."
    )
    assert all(n != "Ivo Renk" for n, _, _ in _sources(run, text))


def test_a_repost_block_of_an_untagged_outlet_is_the_outlets(run: Any) -> None:
    text = (
        "The commission acted today.\n\nVellornpost reported:\n\nThe Harvan Commission has "
        "charged the former chief with fraud. The complaint focuses on the sale of shares.\n"
    )
    got = _sources(run, text)
    assert got and all((n, k) == ("Vellornpost", "named") for n, k, _ in got)


@pytest.mark.parametrize("opening,closing", [("“", "”"), ('"', '"')])
def test_a_quote_run_over_paragraphs_is_the_last_frames(
    run: Any, opening: str, closing: str
) -> None:
    text = (
        f"The council met on Friday. {opening}We will not accept the ruling. The court has "
        f"no authority over the council.\n\n{opening}The council will appeal and we expect a "
        f"fair hearing,{closing} Ivo Renk said.\n\nRenk then left the building."
    )
    doc, claims = run(text)
    said = {doc.text[c.start : c.end].strip(): c.source_name for c in claims}
    assert said.get("The court has no authority over the council.") == "Ivo Renk"


@pytest.mark.parametrize("verb", ["rebuffed", "brushed aside", "rubbished"])
def test_a_denial_by_its_noun_object(run: Any, verb: str) -> None:
    _, claims = run(f"Ivo Renk {verb} the accusations that his office leaked the memo.")
    assert [(c.source_name, c.polarity) for c in claims] == [("Ivo Renk", "negative")]


def test_a_role_ending_in_a_bodys_name_is_no_person(run: Any) -> None:
    got = _sources(
        run,
        "The deal is a test for the union, the head of the Harvan Strategic Council on "
        "Foreign Relations said on Tuesday.",
    )
    assert got and all(n != "Foreign Relations" for n, _, _ in got)
    got = _sources(run, "Elsewhere, Leader of the Harvan Revolution said the ministry is corrupt.")
    assert got and got[0][0] == "Leader of the Harvan Revolution"


def test_a_pronoun_after_the_sentences_own_subject_is_that_person(run: Any) -> None:
    text = (
        '"Schools are not condiments," Sen. Tomas Vell said later in the hearing.\n\n'
        "Ivo Renk, apparently not one to mince words, produced another odd moment at the "
        'hearing when he asked the minister, "You know some people dislike you?"'
    )
    got = _sources(run, text)
    assert [n for n, _, _ in got] == ["Tomas Vell", "Ivo Renk"]
