"""What a frame reports, and who "the institute" is (issue 15, round 5).

Invented examples of statement-span and speaker misses a strict reading of fresh
FakeNewsCorpus samples found (seeds 101, 102).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Lena Ostrova")


def _statement(doc, claims, words):
    found = [c for c in claims if words in c.text and c.statement_start >= 0]
    assert found, [(c.source_name, c.text) for c in claims]
    c = found[0]
    return c, doc.text[c.statement_start : c.statement_end]


# sentence, the speaker, words the statement must hold, words it must not
SPANS = [
    ("In the 2003 film “The Harbour” the economist Ivo Renk says: “If you find a banker who "
     "wants to help, fire him.”", "Ivo Renk", "fire him", "The Harbour"),
    ("Sailors in Kessa waited for hours because of their uniforms, one witness told the "
     "select committee.", "one witness", "waited for hours", "select committee"),
    ("Only 23% approve of the council, according to the Harvan Daily poll, which appears "
     "much kinder than the other poll.", "the Harvan Daily poll", "23% approve", "kinder"),
    ("According to the nurse Ivo Renk, who spent years with the dying, the top regret of "
     "the dying is not having been braver.", "Ivo Renk", "top regret", "spent years"),
    ("“The council is broke,” Ivo Renk said.", "Ivo Renk", "council is broke", "said"),
    ("Swaps imply a 75% chance of a Harvan default, according to Ivo Renk, a credit "
     "strategist at Kessa Bank.", "Ivo Renk", "75% chance", "strategist"),
    ("The bank will impose the ban from Feb. 28, after the board agreed to act, spokeswoman "
     "Mara Voss said by phone.", "Mara Voss", "impose the ban", "spokeswoman"),
]  # fmt: skip


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "speaker", "holds", "not_holds"), SPANS)
def test_statement_span(analyze, text, speaker, holds, not_holds) -> None:
    doc, claims = analyze(text)
    c, words = _statement(doc, claims, text[:20])
    assert c.source_name == speaker, (c.source_name, words)
    assert holds in words and not_holds not in words, words


@pytest.mark.issue(15)
def test_the_institute_is_the_one_named_before(analyze) -> None:
    doc, claims = analyze(
        "Researchers at the Harvan Institute for Cell Studies published a paper on Monday.\n\n"
        "“The latest study offers a third way to grow cells,” the institute said.\n"
    )
    c = next(c for c in claims if "third way" in c.text)
    assert (c.source_name, c.source_kind) == ("Harvan Institute for Cell Studies", "named")
    assert doc.text[c.said_start : c.said_end] == "the institute"


@pytest.mark.issue(15)
def test_asked_for_is_a_request_not_a_statement(analyze) -> None:
    doc, claims = analyze("The pretext is the need to defend allies but no member has asked "
                          "the council for protection.")  # fmt: skip
    assert not [c for c in claims if c.statement_start >= 0 and "protection" in c.text], [
        (c.source_name, doc.text[c.statement_start : c.statement_end]) for c in claims
    ]


@pytest.mark.issue(15)
def test_the_website_is_the_one_outlet_quoted_before(analyze) -> None:
    doc, claims = analyze(
        "The levy fell.\n\nThe council was broke, the Harvan Ledger reported.\n\n"
        "The move will force them to leave by September, according to the website.\n"
    )
    c = next(c for c in claims if "September" in c.text)
    assert c.source_name == "Harvan Ledger" and doc.text[c.said_start : c.said_end] == "the website"


@pytest.mark.issue(15)
def test_an_impersonal_passive_names_no_speaker(analyze) -> None:
    doc, claims = analyze(
        "It’s estimated that one acre of hemp yields more than 25 acres of forest."
    )
    assert not [c for c in claims if c.source_name and c.source_name.lower().startswith("it")], [
        (c.source_name, c.source_kind) for c in claims
    ]
