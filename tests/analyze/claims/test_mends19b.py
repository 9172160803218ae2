"""Mends of the review of branch 15bq's speaker rules (issue 15, m19b, claims v101): a
coordinated verb's speaker took the words of the clause before it ("..., and Renk
listened and said nothing") and a name owning the subject ("Renk's spokesman ... and
said"); "the report" was given an earlier report when a new one came in after it; a
writer's paper kept the sentence's full stop.  Invented sentences, each with the
neighbours that must stay as they were (the self-review's sentences).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.claims.reading import said


def _said_by(claims_of: Any, text: str) -> list[tuple[str | None, str]]:
    doc, claims = claims_of(None)(text)
    return [(c.source_name, said(doc, c)) for c in claims]


# -- "... and said nothing": no words, and never the clause before


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The minister spoke for an hour, and Ivo Renk listened and said nothing.\n",
        "The minister spoke, and Mara Voss arrived late and said little.\n",
        "The talks dragged on, and Ivo Renk sat quietly and said no more.\n",
        "The minister spoke, and Mara Voss listened and said nothing when asked about the plan.\n",
        "Mara Voss arrived late and said little.\n",
    ],
)
def test_a_coordinated_said_nothing_reports_no_words(claims_of: Any, text: str) -> None:
    assert _said_by(claims_of, text) == []


@pytest.mark.issue(15)
def test_said_nothing_after_a_quote_leaves_the_quote_its_speakers(claims_of: Any) -> None:
    text = "“We will win,” Ivo Renk said, and Mara Voss said nothing.\n"
    assert _said_by(claims_of, text) == [("Ivo Renk", "We will win,")]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ivo Renk said more than 40 people had died in the flood.\n",
         "more than 40 people had died in the flood"),
        ("The ministry said much of the city was still flooded on Tuesday.\n",
         "much of the city was still flooded on Tuesday"),
        ("Mara Voss said little had changed since the election.\n",
         "little had changed since the election"),
        ("The council said nothing had been decided about the port.\n",
         "nothing had been decided about the port"),
        ("The mayor said no more money would be spent on the bridge.\n",
         "no more money would be spent on the bridge"),
        ("Ivo Renk said more needed to be done to help the farmers.\n",
         "more needed to be done to help the farmers"),
        ("The army said no more than 20 soldiers had been hurt.\n",
         "no more than 20 soldiers had been hurt"),
        ("Mara Voss said little in the plan was new.\n", "little in the plan was new"),
        ("Ivo Renk said more on the plan would follow next week.\n",
         "more on the plan would follow next week"),
        ("The budget passed, and Mara Voss stood up and said more had to be done.\n",
         "more had to be done"),
        ("“The port will close,” said little-known analyst Ivo Renk.\n", "The port will close,"),
    ],
)  # fmt: skip
def test_said_with_more_little_nothing_opening_its_words_keeps_them(
    claims_of: Any, text: str, words: str
) -> None:
    assert [w for _, w in _said_by(claims_of, text)] == [words]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivo Renk said nothing publicly, but his aides said the talks had failed.\n",
         [("his aides", "the talks had failed")]),
        ("The budget passed, and Mara Voss stood up and said: “This is a disgrace.”\n",
         [("Mara Voss", "This is a disgrace.")]),
        ("The vote went ahead, but Mara Voss objected and said, “This vote is illegal.”\n",
         [("Mara Voss", "This vote is illegal.")]),
        ("The council met on Friday, and Kelvar Dynamics objected and said that the vote "
         "was illegal.\n", [("Kelvar Dynamics", "the vote was illegal")]),
        ("The count ended, and Renk's party walked out; Mara Voss stayed and said the vote "
         "was rigged.\n", [("Mara Voss", "the vote was rigged")]),
    ],
)  # fmt: skip
def test_a_coordinated_verbs_words_after_it_stay(
    claims_of: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _said_by(claims_of, text) == expected


# -- "Renk's spokesman ... and said": the owner did not speak


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The council met on Friday, but Kelvar Dynamics' lawyers objected and said that the "
        "vote was illegal.\n",
        "The vote went ahead, but Kelvar Dynamics's lawyers objected and said that the vote "
        "was illegal.\n",
        "The scandal grew, and Ivo Renk's spokesman later called reporters and said the "
        "mayor had lied.\n",
        "The count ended at midnight, and the Harvan League's leader stood up and said the "
        "vote was rigged.\n",
        "The vote went ahead, but Kelvar's lawyers objected and said that the vote was illegal.\n",
    ],
)
def test_a_name_owning_a_coordinated_verbs_subject_is_not_its_speaker(
    claims_of: Any, text: str
) -> None:
    assert _said_by(claims_of, text) == []


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ivo Renk's spokesman said the mayor had lied.\n", "Ivo Renk's spokesman"),
        ("The council met on Friday, but Kelvar Dynamics' lawyers said that the vote was "
         "illegal.\n", "Kelvar Dynamics' lawyers"),
        ("The count ended, and the Harvan League stood up and said the vote was rigged.\n",
         "Harvan League"),
    ],
)  # fmt: skip
def test_an_owned_role_before_its_own_verb_stays_the_speaker(
    claims_of: Any, text: str, name: str
) -> None:
    assert [n for n, _ in _said_by(claims_of, text)] == [name]


# -- "the report" with another report brought in after the named one


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Ministers discussed a 2019 report by the Harvan Institute on Monday. On Tuesday they "
        "published a new report of their own. The report said poverty had fallen sharply.\n",
        "The Harvan Institute published a 2019 report on the river. The panel wrote a report "
        "on the river's health. The report said the river was polluted.\n",
    ],
)
def test_a_later_new_report_leaves_the_report_as_written(claims_of: Any, text: str) -> None:
    doc, claims = claims_of(None)(text)
    c = claims[-1]
    assert (c.source_name, c.source_kind, c.resolved) == ("The report", "document", None)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Critics cited a 2019 report by the Harvan Institute. The report said the river was "
         "polluted.\n", "a 2019 report by the Harvan Institute"),
        ("Critics cited a report by the U.S. Harvan Council. The report said the river was "
         "polluted.\n", "a report by the U.S. Harvan Council"),
        ("The Harvan League's report was published in May. The report said the river was "
         "dying.\n", "The Harvan League's report"),
    ],
)  # fmt: skip
def test_the_named_report_ends_before_the_full_stop(claims_of: Any, text: str, name: str) -> None:
    doc, claims = claims_of(None)(text)
    c = claims[-1]
    assert (c.source_name, c.resolved) == (name, "document")
    assert doc.text[c.source_start : c.source_end] == name


# -- "writes X at The Harvan.": the paper's title without the full stop


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("“We must act now,” writes Jana Welk at The Harvan.\n", "The Harvan"),
        ("“We must act now,” writes Jana Welk at The Harvan, “before it is too late.”\n",
         "The Harvan"),
        ("“We must act now,” writes Jana Welk at The Harvan Review.\n", "The Harvan Review"),
    ],
)  # fmt: skip
def test_a_writers_paper_ends_before_the_full_stop(claims_of: Any, text: str, via: str) -> None:
    doc, claims = claims_of(None)(text)
    (c,) = claims
    assert c.via == via
    assert doc.text[c.via_start : c.via_end] == via
