"""Who speaks in a transcript, and the speaker's own hedges (issue 15, round 4).

Invented examples of two classes an independent reader found on the FakeNewsCorpus
sample: role labels of a Q&A ("Questioner:", "Interviewer:") taken for named
speakers, and first-person opinion markers ("I think", "we believe") not read as
hedges.
"""

from __future__ import annotations

import pytest

from newsdossier.model import Document


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Lena Ostrova")


# (each turn names something or holds a number: since branch 15w a turn that names
# nothing, or speaks to its listener, is no claim)
_SESSION = (
    "A reading with Ivo Renk, recorded in the spring.\n"
    "{role}: I have been anxious for 12 years and I never told anyone about the pills I took "
    "every night.\n"
    "Ivo Renk: Thank you for telling me. Such anxiety is older than the pills, the Harvan "
    "Clinic found in 2019.\n"
    "{role}: I was so young back in 2009 and I honestly do not know why I started taking "
    "them at all.\n"
    "Ivo Renk: Nobody is born knowing how to care for themselves, and the Harvan Clinic "
    "teaches it in 12 weeks.\n"
)


@pytest.mark.issue(15)
@pytest.mark.parametrize("role", ["Questioner", "Interviewer", "Audience Member"])
def test_role_labels_of_a_transcript_are_anonymous(analyze, role) -> None:
    doc, claims = analyze(_SESSION.format(role=role))
    turns = [c for c in claims if "I took" in c.text or "so young" in c.text]
    if role == "Interviewer":
        assert turns, [(c.source_name, c.text) for c in claims]
    else:  # the asking side of a Q&A tells its own situation: no claim (branch 15q)
        assert not turns, [(c.source_name, c.text) for c in turns]
    for c in turns:
        assert c.source_kind == "anonymous", (c.source_name, c.source_kind, c.text)
    named = [c for c in claims if "older than the pills" in c.text or "born knowing" in c.text]
    assert named and all(c.source_name == "Ivo Renk" for c in named), [
        (c.source_name, c.text) for c in named
    ]


# text, the hedged words
OPINIONS = [
    ("“I think the levy will fail in the spring,” Ivo Renk told the Harvan Council.", "I think"),
    ("But again I think the risks are waiting out there, Ivo Renk said.", "I think"),
    ("We believe the Harvan Council has overstated its reserves, the union said.", "We believe"),
    ("I guess the vote was rigged from the start, Mara Voss told reporters.", "I guess"),
]  # fmt: skip


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "words"), OPINIONS)
def test_first_person_opinion_is_a_hedge(analyze, text, words) -> None:
    doc, claims = analyze(text)
    assert claims
    for c in claims:
        assert c.hedge == "opinion", (c.hedge, c.text)
        assert doc.text[c.hedge_start : c.hedge_end] == words


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "“I believe in the Harvan Council and its people,” Ivo Renk said on Monday.",
        "“I think so too,” Ivo Renk said of the levy on Monday.",
        "Many think the levy was a mistake, the Harvan Council said on Monday.",
    ],
)
def test_not_a_first_person_opinion(analyze, text) -> None:
    _, claims = analyze(text)
    assert not [c for c in claims if c.hedge == "opinion"], [(c.hedge, c.text) for c in claims]


_REPOST = (
    "Why the levy vote was never going to pass\n"
    "By MARA T. VOSS / THE HARVAN LEDGER\n"
    "The Harvan Council has reportedly spent three years pretending that the levy pays for "
    "itself, and the vote on Monday showed that nobody believes it any more.\n"
)


@pytest.mark.issue(15)
def test_body_byline_of_a_repost_is_the_writer(analyze) -> None:
    # the page's metadata names the reposter (Lena Ostrova); the body's byline is the writer
    doc, claims = analyze(_REPOST)
    mine = [c for c in claims if "pretending" in c.text]
    assert mine, [(c.source_name, c.text) for c in claims]
    for c in mine:
        assert c.source_name == "MARA T. VOSS" and c.source_kind == "author", c.source_name
        assert doc.text[c.source_start : c.source_end] == "MARA T. VOSS"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        # the reposter's own byline, a time phrase, an outlet's byline: the author stands
        "By Lena Ostrova\nThe Harvan Council has reportedly spent three years pretending the levy works.\n",
        "By Monday the Harvan Council had reportedly spent three years pretending the levy works.\n",
        "By The Associated Press\nThe Harvan Council has reportedly spent years pretending the levy works.\n",
    ],
)
def test_not_a_repost_byline(analyze, text) -> None:
    _, claims = analyze(text)
    mine = [c for c in claims if "pretending" in c.text]
    # the metadata's author: named where the text holds the name (the reposter's own
    # byline), else marked as the metadata's -- never "Monday" nor an outlet's byline
    said = "Lena Ostrova" in text
    want = ("Lena Ostrova", "author", None if said else "metadata")
    assert mine and all((c.source_name, c.source_kind, c.resolved) == want for c in mine), [
        (c.source_name, c.text) for c in claims
    ]


@pytest.mark.issue(15)
def test_byline_the_cleaner_removed_names_the_writer() -> None:
    from newsdossier.analyze.claims.byline import writer_byline
    from newsdossier.model import Removed

    text = "The Harvan Council has reportedly spent three years pretending the levy works.\n"
    doc = Document(Document.make_id(text), text, "t", "t", author="Lena Ostrova",
                   removed=(Removed("byline", "By Mara Voss / The Harvan Ledger"),))  # fmt: skip
    assert writer_byline(doc) == ("Mara Voss", -1, -1)
    mine = Document(Document.make_id(text), text, "t", "t", author="Lena Ostrova",
                    removed=(Removed("byline", "By Lena Ostrova"),))  # fmt: skip
    assert writer_byline(mine) is None
    two = Document(Document.make_id(text), text, "t", "t", author="Lena Ostrova",
                   removed=(Removed("byline", "By Mara Voss"), Removed("byline", "By Ivo Renk")))  # fmt: skip
    assert writer_byline(two) is None  # two writers: unknown, the metadata stands


@pytest.mark.issue(15)
def test_a_question_label_is_the_questioners_turn(analyze) -> None:
    doc, claims = analyze(
        "A reading with Ivo Renk, recorded in the spring.\n\n"
        "Question: My question has to do with shame. I think a big part of my healing is "
        "releasing my shame and I would welcome any guidance you can give.\n\n"
        + _SESSION.format(role="Questioner").split("\n", 1)[1]
    )
    # the questioner's turn is theirs, never the page's author's; and what the asker says
    # of their own situation is no claim (branch 15q)
    assert not [c for c in claims if "releasing my shame" in c.text]
