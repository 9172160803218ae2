"""Role labels named in the adjacent sentence, and "he"/"she" left unresolved against the
text (issue 15, branch 15ay, claims v71).

Independent readers of claims v67 (seeds 1024, 1028) found "according to a top Senate
Democrat" filed under a body called "Democrat" with the senator named in the next
sentence, "Germany's top diplomat" left as written with the minister named in the
sentence before, and "She" credited to a man quoted before while a nearer person opened
the sentence before.  Invented sentences of each construction, and what must stay.
"""

from __future__ import annotations

from typing import Any

import pytest


def _by(doc: Any, claims: list[Any], words: str) -> Any:
    found = [c for c in claims if words in doc.text[c.statement_start : c.statement_end]]
    assert found, [(c.source_name, doc.text[c.statement_start : c.statement_end]) for c in claims]
    return found[0]


LABEL = "The plan goes beyond the mayor's authority, according to a top Senate Democrat. "


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("after", "who", "kind"),
    [
        # the one senator of that party in the next sentence
        ("Sen. Ivo Renk (D-Tarn) said in a letter on Monday that the plan needs a vote.",
         "Ivo Renk", "named"),
        # a senator of no stated party fits by the chamber
        ("\u201cWe are on the edge,\u201d Tarn Sen. Ivo Renk, the ranking member on the "
         "harbour committee, said Thursday.", "Ivo Renk", "named"),
        # no chamber in the title: nothing of the label fits
        ("\u201cWe are on the edge,\u201d Ivo Renk, the ranking member on the harbour "
         "committee, said Thursday.", "a top Senate Democrat", "anonymous"),
        # two who fit: the label stays, one unnamed person
        ("Sen. Ivo Renk (D-Tarn) and Sen. Pol Marek (D-Vell) said in a letter that the plan "
         "needs a vote.", "a top Senate Democrat", "anonymous"),
        # the senator named is of the other party: not the one the label fits
        ("Sen. Ivo Renk (R-Tarn) said in a letter on Monday that the plan needs a vote.",
         "a top Senate Democrat", "anonymous"),
    ],
)  # fmt: skip
def test_a_party_label_is_the_one_fitting_person_of_the_next_sentence(
    claims_of, after, who, kind
) -> None:
    doc, claims = claims_of("Lena Ostrova")(LABEL + after)
    c = _by(doc, claims, "beyond the mayor")
    assert (c.source_name, c.source_kind) == (who, kind)
    assert c.source_name != "Democrat"


DIPLOMAT = (
    "{who} warned on Friday against more troops at the border. \u201cAnyone who thinks you "
    "can buy security with parades of tanks is mistaken,\u201d Vellornia\u2019s top diplomat "
    "added.\n"
)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("who", "name"),
    [
        ("Foreign Minister Ivo Renk", "Ivo Renk"),
        # a person whose title is no diplomat's, or two ministers: the label stays
        ("Harbour chief Ivo Renk", "Vellornia\u2019s top diplomat"),
        ("Foreign Minister Ivo Renk and Foreign Minister Pol Marek",
         "Vellornia\u2019s top diplomat"),
    ],
)  # fmt: skip
def test_a_role_label_is_the_fitting_person_of_the_sentence_before(claims_of, who, name) -> None:
    doc, claims = claims_of("Lena Ostrova")(DIPLOMAT.format(who=who))
    c = _by(doc, claims, "parades of tanks")
    assert c.source_name == name


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        # the subject of the sentence before is a person the pronoun may stand for
        "Ivo Renk said the firm was doing well. Mara Voss\u2019s lawyer filed a suit on Monday. "
        "He said the company was pleased with the harbour.",
        # a title on the page gives the one quoted before the other gender
        "Ivo Renk said the firm was doing well. Profits rose in May, Mr Renk added. She said "
        "the company was displeased with her posts.",
    ],
)
def test_he_or_she_against_the_text_stays_unresolved(claims_of, text) -> None:
    doc, claims = claims_of("Lena Ostrova")(text)
    c = [c for c in claims if "the company was" in doc.text[c.statement_start : c.statement_end]]
    assert all(x.source_name not in ("Ivo Renk", "Mara Voss", "Renk") for x in c)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the subject of the sentence before, named there
        ("Ivo Renk said the firm was doing well. Mara Voss posted the photo in May. She said "
         "the company was displeased with her posts.", "Mara Voss"),
        # the one quoted before opens the sentence before again
        ("Ivo Renk said the firm was doing well. On Monday, Ivo Renk visited the port. He said "
         "the company was pleased with the harbour.", "Ivo Renk"),
        ("Mara Voss said the firm was doing well. Profits rose in May, Mrs Voss added. She said "
         "the company was displeased with the posts.", "Voss"),
        # an owner in the sentence before is not whom "she" goes on about
        ("Mara Voss was fired on Monday. \u201cThey said we are separating from you,\u201d Voss "
         "told reporters. Most firms want staff to behave well, and a boss would react the "
         "same to a clerk who mocked President Ivo Renk\u2019s motorcade.\n\nShe said the "
         "company was displeased with her posts.", "Voss"),
    ],
)  # fmt: skip
def test_he_or_she_still_resolves_where_the_text_agrees(claims_of, text, who) -> None:
    doc, claims = claims_of("Lena Ostrova")(text)
    assert _by(doc, claims, "the company was").source_name == who


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("In his book The Long Harbour, Ivo Renk tells us: \u201cThe harbour of Tarn was built "
         "by convicts in 1820.\u201d", "The Long Harbour"),
        ("In her 2019 memoir, Mara Voss writes that the harbour of Tarn was built in 1820.",
         "her 2019 memoir"),
        # an opening phrase of time is no work
        ("In May, Mara Voss said that the harbour of Tarn was built in 1820.", None),
    ],
)  # fmt: skip
def test_a_work_named_before_its_author_is_the_channel(claims_of, text, via) -> None:
    doc, claims = claims_of("Lena Ostrova")(text)
    c = _by(doc, claims, "was built")
    assert (c.source_kind, c.via) == ("named", via)


PAPER = (
    "I give credit to the scientists for a paper about the foods I avoid. Now it does not "
    "matter much.\n\n"
    "Tarn mussels and fever: Hundreds of cases in a wet winter\n\n"
    "Harvan Medical Journal, Vol. 12, No. 3, May 2017, page(s) 20, 21 Tarn Centre for "
    "Disease Control\n\n"
    "{authors}\n\n"
    "Between November 2016 and March 2017 more than 200 people fell ill after eating mussels.\n\n"
    "Given the low dose and the cold water, we postulate that sewage spread by currents may "
    "have contaminated the farms.\n"
)


@pytest.mark.issue(15)
def test_we_in_a_reprinted_paper_is_the_papers_not_the_blogs(claims_of) -> None:
    doc, claims = claims_of("Lena Ostrova")(
        PAPER.format(authors="Ivo Renk, MSc, Mara Voss, MD, MPH, Pol Marek, PhD")
    )
    c = _by(doc, claims, "we postulate")
    assert (c.source_kind, c.source_name) == (
        "document", "Tarn mussels and fever: Hundreds of cases in a wet winter",
    )  # fmt: skip
    # its sentences are not each filed as the paper's statements
    assert not [c for c in claims if "200 people" in doc.text[c.statement_start : c.statement_end]]


@pytest.mark.issue(15)
def test_a_citation_line_without_an_authors_line_is_no_reprint(claims_of) -> None:
    doc, claims = claims_of("Lena Ostrova")(
        PAPER.format(authors="Ivo Renk and Mara Voss wrote it.")
    )
    assert _by(doc, claims, "we postulate").source_kind != "document"


RETOLD_QUOTE = (
    "The fund is failing, and nobody in Tarn will say so.\n\n"
    "As the Vellorn Ledger reports,\n\n"
    "Harbour leaders sounded the alarm this week. {before} \u201cI am not optimistic about "
    "doing that, because I\u2019m just not. This is the first time in my career that I think "
    "it could fail.\u201d The fund appears to be unable to pay its debts.\n"
)


@pytest.mark.issue(15)
def test_a_first_person_quote_in_a_retold_report_is_the_person_via_the_outlet(claims_of) -> None:
    before = "Earlier this week, Commissioner Ivo Renk spoke in Tarn of his fears for the fund."
    doc, claims = claims_of("Lena Ostrova")(RETOLD_QUOTE.format(before=before))
    c = _by(doc, claims, "not optimistic")
    assert (c.source_name, c.source_kind, c.via) == ("Ivo Renk", "named", "Vellorn Ledger")
    # the report's own sentence after the quote stays the outlet's
    assert _by(doc, claims, "unable to pay").source_name == "Vellorn Ledger"


@pytest.mark.issue(15)
def test_a_first_person_quote_after_two_people_is_nobodys_named(claims_of) -> None:
    before = "Ivo Renk and Mara Voss spoke in Tarn of their fears for the fund."
    doc, claims = claims_of("Lena Ostrova")(RETOLD_QUOTE.format(before=before))
    c = [c for c in claims if "not optimistic" in doc.text[c.statement_start : c.statement_end]]
    assert all(x.source_name not in ("Ivo Renk", "Mara Voss") for x in c)
