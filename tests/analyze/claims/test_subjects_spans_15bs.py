"""Subjects, spans and values (issue 15, branch 15bs, claims v103).

Independent readers of claims v98/v99 (seeds 1060-1066) found a claim's subject taken
from a noun that is not its clause's subject (the "of" name of a share in the object, a
name in brackets, the antecedent of a relative clause inside an "as" clause, the first of
two coordinated subjects), words that begin at the reporting verb ("reported 5,391 cases
of ..."), the writer's relative-clause gloss joined to reported words, and "two and a
half" read as "two".  Invented sentences of each construction, and what must stay.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.analyze.claims.syntax import count_spans, duration_spans
from newsdossier.analyze.claims.values import normalize_value

pytestmark = pytest.mark.issue(15)


def _claims(claims_of: Any, text: str) -> tuple[Any, list[Any]]:
    return claims_of(None)(text + "\n")


def _words(claims_of: Any, text: str) -> list[str]:
    doc, claims = _claims(claims_of, text)
    return [doc.text[c.statement_start : c.statement_end] for c in claims]


@pytest.mark.parametrize(
    ("value", "norm"),
    [
        ("about two and a half", "number:2.25:2.75"),
        ("two and a half", "number:2.5:2.5"),
        ("3 and a half million", "number:3500000:3500000"),
        ("two-and-a-half", "number:2.5:2.5"),
        ("between two and three", "number:2:3"),  # a range stays a range
        ("twenty-five", "number:25:25"),
    ],
)
def test_a_number_and_a_half_is_one_number(value: str, norm: str) -> None:
    assert normalize_value("number", value) == norm


def test_a_span_of_time_and_a_half_is_one_span() -> None:
    text = "Hungary took about two and a half years, and Vellorn served 39 years."
    assert [text[a:b] for a, b in duration_spans(text)] == [
        "about two and a half years",
        "39 years",
    ]
    assert count_spans(text) == []  # never "about two" as a count


def test_the_value_is_the_whole_number(claims_of: Any) -> None:
    _, claims = _claims(claims_of, "Vellorn took about two and a half years, Mara Voss said.")
    # the value must be there, whole (the review of claims 103: [] passed before)
    assert [c.value for c in claims if c.value] == ["about two and a half years"]


@pytest.mark.parametrize(
    "text",
    [
        # the "of" name of a share in the object: the sentence is about its subject
        "The Vellorn League is made up of the 48% of Americans who voted against the plan.",
        # a relative clause inside an "as" clause is an aside two levels down
        "That is going to be a big problem for the Harvan government as Vellornia is backing "
        "the Tarnians, which are an enemy of Ostland.",
        # coordinated subjects: neither's alone
        "The Harvan Accord and New Reach are the only two remaining arms treaties in force.",
    ],
)
def test_no_subject_that_is_not_the_clauses(claims_of: Any, text: str) -> None:
    _, claims = _claims(claims_of, text)
    wrong = {"Americans", "Tarnians", "Harvan Accord"}
    assert not [c.subject_text for c in claims if c.subject_text in wrong]


def test_a_name_in_brackets_is_no_subject(claims_of: Any) -> None:
    _, claims = _claims(
        claims_of,
        "Made from sweetened tea that's been fermented by a symbiotic colony of bacteria and "
        'yeast (a SCOBY, or also known as the "mother" because of its ability to reproduce), '
        "kombucha has been around for more than 2000 years.",
    )
    assert not [c for c in claims if c.subject_text == "SCOBY"]


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        # what must stay: the clause's own subject, a subject whose share it is, pairs
        # told "respectively", a relative clause on the main clause's subject
        ("More than 40 percent of Vellornians voted for the plan.", "Vellornians",
         "More than 40 percent"),
        ("Mara Voss said 48% of Vellornians support the plan.", "Vellornians", "48%"),
        ("About 48% of the Harvan League's members voted against the plan in 2008.",
         "Harvan League", "About 48%"),
        ("The Harvan Council won 52 percent of the vote in March.", "Harvan Council",
         "52 percent"),
        ("The Harvan Council, with some 3,000 fighters, controls the north.", "Harvan Council",
         "some 3,000"),
        ("The Harvan Council and the Vellorn Front have 3,000 and 5,000 members, "
         "respectively.", "Vellorn Front", "5,000"),
        ("The Vellorn Front has about 4,000 members (the Harvan Council has 2,000), police "
         "said.", "Vellorn Front", "about 4,000"),
        ("Vellorn, which is backing the Tarnians, is an enemy of Ostland, Renk said.",
         "Vellorn", "Ostland"),
        ("As Vellorn is backing the Tarnians, the Harvan Front has lost 300 fighters.",
         "Harvan Front", "300"),
        ("The Harvan Front, which is an ally of Vellorn, has 3,000 fighters.", "Harvan Front",
         "Vellorn"),
        ("He served three and a half years in prison, Mara Voss said.", "Mara Voss",
         "three and a half years"),
        # "or" names the same party again; a relative clause on a subordinate clause's
        # own subject tells its subject's fact
        ("Police said the Harvan Front, or HF, has 3,000 fighters.", "Harvan Front", "3,000"),
        ("Because the Harvan Council, which has 3,000 members, refused, the talks ended.",
         "Harvan Council", "3,000"),
        ("Vellorn will talk to the Harvan Front, which has 3,000 fighters, the minister said.",
         "Harvan Front", "3,000"),
        # a reciprocal act is each party's
        ("Ivo Renk said Voss and Vire had exchanged tens of thousands of texts.", "Voss",
         "tens of thousands of"),
    ],
)  # fmt: skip
def test_subjects_that_stay(claims_of: Any, text: str, subject: str, value: str) -> None:
    _, claims = _claims(claims_of, text)
    assert (subject, value) in {(c.subject_text, c.value) for c in claims}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In July 2017, The Vellorn Health Service (VHS) reported 5,391 cases of measles.",
            "In July 2017, The Vellorn Health Service (VHS) reported 5,391 cases of measles",
        ),
        (
            "The Vellorn Health Service (VHS) reported 5,391 cases of measles.",
            "The Vellorn Health Service (VHS) reported 5,391 cases of measles",
        ),
        (
            "Last year, the Harvan Council accused the ministry of hiding the report.",
            "Last year, the Harvan Council accused the ministry of hiding the report",
        ),
        (
            "The Vellorn Rifle League said it would be happy to meet with Renk, who it "
            "endorsed at its annual meeting last month.",
            "it would be happy to meet with Renk",
        ),
        (
            "Ivo Renk said he was ending the program, which protects migrants brought to "
            "Vellornia as children from being deported.",
            "he was ending the program",
        ),
        (
            "The minister said the tanks were sent last week to Vellorn, which borders Ostland.",
            "the tanks were sent last week to Vellorn",
        ),
        (
            "Last week, Mara Voss denied taking $40,000 from the fund.",
            "Last week, Mara Voss denied taking $40,000 from the fund",
        ),
    ],
)
def test_statement_spans(claims_of: Any, text: str, want: str) -> None:
    assert want in _words(claims_of, text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # relative clauses that are the speaker's words: in the words' own tense, after a
        # present "says", set off mid-sentence, inside a quote, or a past with no writer's
        # "last month"
        ("Ivo Renk said the council had passed a law, which would cut taxes for farmers.",
         "the council had passed a law, which would cut taxes for farmers"),
        ("Ivo Renk says he is ending the program, which protects migrants from being "
         "deported.", "he is ending the program, which protects migrants from being deported"),
        ("Mara Voss said the plan, which is costly, would be dropped next year.",
         "the plan, which is costly, would be dropped next year"),
        ("Mara Voss said she supports the bill, which is fair to workers.",
         "she supports the bill, which is fair to workers"),
        ("“We are ending the program, which protects migrants,” Ivo Renk said.",
         "We are ending the program, which protects migrants,"),
        ("Police said the suspect had fled to Ostland, where he has relatives.",
         "the suspect had fled to Ostland, where he has relatives"),
        ("Ivo Renk told reporters he had met Mara Voss, who was his adviser in 2019.",
         "he had met Mara Voss, who was his adviser in 2019"),
        ("The ministry said the tanks were sent to the Harvan Front, which had asked for "
         "them.", "the tanks were sent to the Harvan Front, which had asked for them"),
        ("Officials said the storm would hit Vellorn, which has 3,000 residents, on Monday.",
         "the storm would hit Vellorn, which has 3,000 residents, on Monday"),
        ("Mara Voss said the agency was reviewing the rules, which were written in 1998.",
         "the agency was reviewing the rules, which were written in 1998"),
        ("The council said it would meet with the Harvan League, who it had criticised in "
         "May.", "it would meet with the Harvan League, who it had criticised in May"),
        ("Ivo Renk said he was leaving the party, which he joined in 2001.",
         "he was leaving the party, which he joined in 2001"),
        # a comment on the whole clause, a present perfect: the speaker's as often
        ("Officials said the bridge was closed, which means the town is cut off.",
         "the bridge was closed, which means the town is cut off"),
        ("The minister said the port would close, which has angered the unions.",
         "the port would close, which has angered the unions"),
        ("Mara Voss told the court she was afraid of Ivo Renk, who has threatened her.",
         "she was afraid of Ivo Renk, who has threatened her"),
        ("Speaking in Vellorn, Mara Voss said the fund had lost $3 million.",
         "the fund had lost $3 million"),
        ("In 2019, the Vellorn Health Service (VHS) said the outbreak was over.",
         "the outbreak was over"),
        ("The Vellorn Health Service reported that 5,391 cases had been recorded.",
         "5,391 cases had been recorded"),
    ],
)  # fmt: skip
def test_statement_spans_that_stay(claims_of: Any, text: str, want: str) -> None:
    assert want in _words(claims_of, text)


# The review of claims 103: counter-examples the branch's first rules reached; each keeps
# the output it had before claims 103 (base 6535c3d).


@pytest.mark.parametrize(
    ("value", "norm"),
    [
        ("twenty-five and a half thousand", "number:25500:25500"),
        ("twenty-two and a half million", "number:22500000:22500000"),
        ("between two and a half-dozen", "text:between two and a half dozen"),
        ("between 20 and 5", "text:between 20 and 5"),  # never a backwards range
        # what must stay: a hyphenated whole with no half, a range upwards
        ("thirty-five million", "number:35000000:35000000"),
        ("twenty-one", "number:21:21"),
        ("between 20 and 30", "number:20:30"),
        ("30 to 40 thousand", "number:30000:40000"),
    ],
)
def test_a_hyphenated_whole_and_a_half(value: str, norm: str) -> None:
    assert normalize_value("number", value) == norm


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        # a name with "&" or "and" in it is one party
        ("Renk & Voss paid $2 billion to settle the claims, the company said.", "Renk & Voss",
         "$2 billion"),
        ("Harvel & Tarn employs about 100,000 people, Renk said.", "Harvel & Tarn",
         "about 100,000"),
        ("Vellorn and Ostmark has about 3.3 million people, officials said.", "Vellorn",
         "about 3.3 million"),
        # each party's fact, or the pair's to each other
        ("Vellorn and Ostland each have more than 3 million people, the report said.",
         "Vellorn", "more than 3 million"),
        ("Ostland and Vellorn both have about 3 million people, Renk said.", "Ostland",
         "about 3 million"),
        ("Ostland and Harva have fought each other for three decades, Voss said.", "Ostland",
         "three decades"),
        # a relative clause with a count in any subordinate clause tells its antecedent's
        ("If the storm hits Vellorn, which has 200,000 residents, the damage will be severe, "
         "officials said.", "Vellorn", "200,000"),
        ("While Renk was meeting the Harvan Front, which has 3,000 fighters, Voss left the "
         "city.", "Harvan Front", "3,000"),
        ("The price rose after the ministry banned imports from Ostland, which supplies 40 "
         "percent of the grain.", "Ostland", "40 percent"),
        ("The army shelled the town because the rebels had fled to Harva, which has 30,000 "
         "residents.", "Harva", "30,000"),
        ("The army withdrew as the rebels advanced on Harva, which has 30,000 residents.",
         "Harva", "30,000"),
        # a relative clause after reported words that tells a fact of its own
        ("Renk said he had resigned from the board of the Vellorn Bank, which manages $3 "
         "billion in assets.", "Vellorn Bank", "$3 billion"),
    ],
)  # fmt: skip
def test_review_subjects_that_stay(claims_of: Any, text: str, subject: str, value: str) -> None:
    _, claims = _claims(claims_of, text)
    assert (subject, value) in {(c.subject_text, c.value) for c in claims}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Prosecutors said Renk had sold the rifles to the Harvan Front, which uses them to "
         "attack villages.", "Renk had sold the rifles to the Harvan Front, which uses them "
         "to attack villages"),
        ("Voss told police she had been attacked by her neighbour, who threatens her "
         "regularly.", "she had been attacked by her neighbour, who threatens her regularly"),
        ("Renk said it was time to leave Harva, which is too dangerous for families.",
         "it was time to leave Harva, which is too dangerous for families"),
        ("Renk said he would veto the bill, which hurts farmers.",
         "he would veto the bill, which hurts farmers"),
        ("The minister said the plant would close in March, which leaves 400 workers without "
         "jobs.", "the plant would close in March, which leaves 400 workers without jobs"),
        ("Police said the road would stay closed until the weekend, which means the village "
         "is cut off.", "the road would stay closed until the weekend, which means the "
         "village is cut off"),
        ("Renk said he had resigned from the board of the Vellorn Bank, which manages $3 "
         "billion in assets.", "he had resigned from the board of the Vellorn Bank, which "
         "manages $3 billion in assets"),
        ("The minister said the army would guard the border, which covers 400 kilometres.",
         "the army would guard the border, which covers 400 kilometres"),
        ("Police said Renk had met Voss, who runs the Harvan Front like a private army.",
         "Renk had met Voss, who runs the Harvan Front like a private army"),
        ("Voss said she had fired the aide, who she hired last year.",
         "she had fired the aide, who she hired last year"),
        ("Renk claimed the election was stolen by the Harvan Front, which unfairly runs the "
         "courts.", "the election was stolen by the Harvan Front, which unfairly runs the "
         "courts"),
    ],
)  # fmt: skip
def test_review_statement_spans_that_stay(claims_of: Any, text: str, want: str) -> None:
    assert want in _words(claims_of, text)
