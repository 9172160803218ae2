"""Whose words, which words (issue 15, branch 15af): invented examples of the
constructions independent readers found misread on FakeNewsCorpus builds (seeds 94-96,
531):

- a quote given to an outlet after a colon ("told The Harvan Post: “...”") lost its via;
- "X's <thing>" after "according to" (a rating system, an index) read as an anonymous role;
- a passive "told" ("children are left alone and told they can ...") given a teller;
- "I'll tell you what, ..." read as a listener "you" and the words "what, ...";
- a verb whose object is an act or a thing shown ("announced the largest seizure",
  "describes an experiment", "condemned what he called ...") filed as the speaker's words;
- a "that" right before an auxiliary ("stated that can not happen") read as a complementiser;
- a subject before a quoted predicate ("According to X, the institute “was founded by ...”")
  cut off the words;
- a quote split by its frame in mid-sentence (“... is so crowded,” writes X, “the ferries
  cannot dock.”) cut before its second half;
- a quote relayed inside another's quote with its own frame filed under the relaying writer.
"""

from __future__ import annotations

import pytest

from tests.analyze.claims.reading import by_speaker as _by
from tests.analyze.claims.reading import said as _words


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Lena Ostrova")


@pytest.mark.issue(15)
@pytest.mark.parametrize("sep", [":", ","])
def test_a_quote_told_to_an_outlet_before_a_colon_keeps_the_outlet(analyze, sep) -> None:
    doc, claims = analyze(
        f"But her longtime partner Oskar Brandt told The Harvan Post{sep} “It's up to the voters.”"
    )
    (c,) = _by(claims, "Oskar Brandt")
    assert c.via == "The Harvan Post"
    assert _words(doc, c) == "It's up to the voters."


@pytest.mark.issue(15)
def test_a_person_told_before_a_colon_is_no_channel(analyze) -> None:
    doc, claims = analyze("Oskar Brandt told his brother Ivo Brandt: “It's up to the voters.”")
    (c,) = _by(claims, "Oskar Brandt")
    assert c.via is None


@pytest.mark.issue(15)
def test_a_named_owners_rating_system_is_a_document(analyze) -> None:
    doc, claims = analyze(
        "The University of Carvel has a red speech rating according to the Council for Open "
        "Campuses' free speech rating system."
    )
    (c,) = [c for c in claims if c.source_name and "rating system" in c.source_name]
    assert c.source_kind == "document"
    assert _words(doc, c) == "The University of Carvel has a red speech rating"


@pytest.mark.issue(15)
def test_a_named_owners_spokesman_stays_a_role(analyze) -> None:
    doc, claims = analyze(
        "The bridge will close in May, according to the Harvan Port Authority's spokesman."
    )
    assert all(c.source_kind != "document" for c in claims)


@pytest.mark.issue(15)
def test_a_passive_told_has_no_teller(analyze) -> None:
    doc, claims = analyze(
        "In his classic book, Deep Focus, Pavel Grant describes an experiment in which children "
        "are left in a room and told they can have two sweets if they wait."
    )
    assert not [c for c in claims if c.source_name == "Deep Focus"]
    assert not [c for c in claims if _words(doc, c).startswith("describes")]


@pytest.mark.issue(15)
def test_tell_you_what_is_a_discourse_opener(analyze) -> None:
    doc, claims = analyze(
        "Wendal spoke to the press. But I'll tell you what, the risk of a crash in the bond "
        "market is high this year."
    )
    assert claims
    for c in claims:
        assert not _words(doc, c).startswith("you what")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Federal officials announced the largest seizure of gold on Friday night, securing "
        "$28 million worth of the metal from the owner of the market.",
        "As for the vote, Lemming condemned what he called “adversarial nonsense” from the "
        "opposing parties, and was guarded about his own preference.",
    ],
)
def test_an_act_or_a_label_is_not_the_speakers_words(analyze, text) -> None:
    doc, claims = analyze(text)
    for c in claims:
        words = _words(doc, c)
        assert not words.startswith(("announced", "what he called")), words
        assert c.source_kind in ("author", "outlet") or words.startswith(("Federal", "As for"))


@pytest.mark.issue(15)
def test_described_as_is_still_a_judgement(analyze) -> None:
    doc, claims = analyze("Mara Voss described the harbour plan as reckless and expensive.")
    assert _by(claims, "Mara Voss")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Sen. Dara Wilk, a member of the panel, stated to the Harvan Post that can not "
            "occur soon enough.",
            "that can not occur soon enough",
        ),
        (
            "Dara Wilk said that would be a disaster for the port.",
            "that would be a disaster for the port",
        ),
        # a complementiser stays out of the words
        ("Dara Wilk said that the port would close.", "the port would close"),
    ],
)
def test_a_that_before_an_auxiliary_is_the_subject(analyze, text, words) -> None:
    doc, claims = analyze(text)
    (c,) = _by(claims, "Dara Wilk")
    assert _words(doc, c) == words


@pytest.mark.issue(15)
def test_a_subject_before_a_quoted_predicate_is_in_the_words(analyze) -> None:
    doc, claims = analyze(
        "According to Ledgerwatch, the Harvan Institute “was founded and is funded by the "
        "Brill Family Foundations,” the charities set up by the Brill brothers."
    )
    (c,) = _by(claims, "Ledgerwatch")
    assert _words(doc, c) == (
        "the Harvan Institute “was founded and is funded by the Brill Family Foundations"
    )


@pytest.mark.issue(15)
def test_a_quote_split_in_mid_sentence_never_holds_its_tag(analyze) -> None:
    # one span cannot hold both parts without "writes Jana Welk" between them (a reader of
    # seed 1034 judged the tag inside the words wrong): the first part, which stands alone
    # (claims 77, branch 15bd, and the review of claims v81; test_spans_15bd.py)
    doc, claims = analyze(
        "“The harbour is so crowded these days,” writes Jana Welk at The Harvan Review, “the "
        "ferries cannot dock.”"
    )
    assert [_words(doc, c) for c in _by(claims, "Jana Welk")] == [
        "The harbour is so crowded these days"
    ]


@pytest.mark.issue(15)
def test_a_new_sentence_after_the_frame_is_not_joined(analyze) -> None:
    doc, claims = analyze(
        "“The harbour is crowded,” writes Jana Welk. “The ferries cannot dock at all.”"
    )
    words = [_words(doc, c) for c in _by(claims, "Jana Welk")]
    assert all("writes" not in w for w in words)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Renk wrote in the Harvan Review that the fund had lost money. “‘We are like a bank "
        "and a casino at the same time,’ bragged Tomas Brill, head of trading in 2004,” Renk "
        "wrote.",
        "Ivo Renk wrote in the Harvan Review:\n\n‘We are like a bank and a casino at the same "
        "time,’ bragged Tomas Brill, head of trading in 2004.",
    ],
)
def test_a_relayed_quote_is_its_speakers_via_the_writer(analyze, text) -> None:
    doc, claims = analyze(text)
    (c,) = [c for c in claims if "casino" in _words(doc, c)]
    assert c.source_name == "Tomas Brill"
    assert c.via in ("Renk", "Ivo Renk")
    assert _words(doc, c).startswith("We are like a bank")


@pytest.mark.issue(15)
def test_a_fact_check_concluding_is_a_document_not_the_writer(analyze) -> None:
    doc, claims = analyze(
        "Here's how the Harvan Ledger fact check concludes, \"Yes, the fund received money, "
        "but there's no evidence the council was paid to push the deal.\" This is correct, and "
        "it'd probably be devastating were it a thing the mayor actually said."
    )
    (c,) = [c for c in claims if "no evidence" in _words(doc, c)]
    assert c.source_kind == "document"
    assert c.source_name == "the Harvan Ledger fact check"
    assert "This is correct" not in _words(doc, c)


@pytest.mark.issue(15)
def test_a_presentative_is_not_part_of_the_speaker(analyze) -> None:
    doc, claims = analyze("Here's what the report concludes: the fund received money from abroad.")
    (c,) = claims
    assert c.source_name == "the report"


@pytest.mark.issue(15)
def test_a_trailing_records_show_is_the_source_not_the_words(analyze) -> None:
    doc, claims = analyze(
        "The city has quietly spent millions on the bridge, records obtained by the Harvan Post "
        "show."
    )
    (c,) = claims
    assert c.source_kind == "document"
    assert _words(doc, c) == "The city has quietly spent millions on the bridge"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Renk and Voss show little interest in the bridge.",
        "The mayor will appear on a TV show tonight.",
    ],
)
def test_show_elsewhere_is_no_frame(analyze, text) -> None:
    doc, claims = analyze(text)
    assert all(c.source_kind in ("author", "outlet") for c in claims)


@pytest.mark.issue(15)
def test_a_clause_after_a_medial_frame_is_not_the_words(analyze) -> None:
    doc, claims = analyze(
        "Between 10,000 and 12,000 migrants were crossing the border daily at the peak of the "
        "crisis, a Vellornian official told the Harvan Post, and the impact was devastating."
    )
    (c,) = [c for c in claims if c.source_kind == "anonymous"]
    assert _words(doc, c) == (
        "Between 10,000 and 12,000 migrants were crossing the border daily at the peak of the "
        "crisis"
    )
    assert c.via == "the Harvan Post"


@pytest.mark.issue(15)
def test_research_indicating_is_a_document_not_the_writer(analyze) -> None:
    doc, claims = analyze(
        "In contrast to many voices warning that a split could bring economic disaster, Harvan "
        "Centre's research indicated that the impact of the departure could be positive or "
        "negative."
    )
    (c,) = [c for c in claims if "impact" in _words(doc, c)]
    assert c.source_kind == "document"
    assert _words(doc, c) == "the impact of the departure could be positive or negative"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a surname the tagger missed is a name; a plural common noun stays unnamed
        ("Renk indicated that he would not run again.", "named"),
        ("The ceremony ended at noon. Skeptics think that the market will recover.", "anonymous"),
    ],
)
def test_a_lone_capitalised_speaker_is_named_unless_plural(analyze, text, kind) -> None:
    doc, claims = analyze(text)
    (c,) = [c for c in claims if c.source_kind not in ("author", "outlet")]
    assert c.source_kind == kind


@pytest.mark.issue(15)
def test_an_answer_and_its_next_quote_are_the_answerers(analyze) -> None:
    doc, claims = analyze(
        '"There were 300 to begin with, and then you hit 116. Why didn\'t you go back?" a '
        "reporter asked the spokesman, Col. Tam Kessick.\n\n"
        '"Frankly, the aircraft expended all of their bombs," Kessick answered. "So the planes '
        'shot everything they had and then had to go home."'
    )
    planes = [c for c in claims if "planes shot" in _words(doc, c)]
    assert planes and all(c.source_name == "Kessick" for c in planes)
    assert [c for c in claims if "expended" in _words(doc, c)][0].source_name == "Kessick"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    ["Renk answered the phone.", "Renk answered questions from reporters for an hour."],
)
def test_answering_a_thing_reports_no_words(analyze, text) -> None:
    doc, claims = analyze(text)
    assert all(c.source_kind in ("author", "outlet") for c in claims)


@pytest.mark.issue(15)
def test_according_to_before_a_semicolon_backs_the_item_it_closes(analyze) -> None:
    doc, claims = analyze(
        "The hearing has three panelists listed: Ivo Renk, counsel at Brill and Voss – a law "
        "firm that was a registered lobbyist for the Harvan Bankers Association last year "
        "according to the Center for Open Ledgers; Tam Kessick, another registered lobbyist and "
        "chief of the Harvan Chamber of Commerce."
    )
    # the item is a name with its job, no statement: since claims 60 no claim at all (a
    # reader of seed 1014 judged it a span); never one that holds the next item
    words = [_words(doc, c) for c in claims if c.source_name == "Center for Open Ledgers"]
    assert not any("Kessick" in w for w in words)
    assert not any(w.startswith("Ivo Renk, counsel") for w in words)


@pytest.mark.issue(15)
def test_an_untagged_paper_given_an_interview_is_the_via(analyze) -> None:
    doc, claims = analyze(
        "“What we should avoid today is inflaming the situation by warmongering,” Vellner told "
        "Kurblatt in an interview to be published Sunday."
    )
    (c,) = _by(claims, "Vellner")
    assert c.via == "Kurblatt"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ivo Renk and Mara Voss said that the port should close in winter.",
            "Ivo Renk and Mara Voss",
        ),
        (
            "Both he and Mara Voss have said that if the council wants to go on, it should stop "
            "borrowing.",
            "Both he and Mara Voss",
        ),
    ],
)
def test_coordinated_speakers_speak_together(analyze, text, speaker) -> None:
    doc, claims = analyze(text)
    (c,) = [c for c in claims if c.source_kind not in ("author", "outlet")]
    assert c.source_name == speaker


@pytest.mark.issue(15)
def test_a_list_before_the_speaker_is_not_coordinated(analyze) -> None:
    doc, claims = analyze("The mayor met the builders and Mara Voss said the port should close.")
    assert [c.source_name for c in claims if c.source_kind == "named"] == ["Mara Voss"]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Renk began work to spread the two things which Renk said made the city great: trade and "
        "faith.",
        "The society spread the ideas that Ivo Renk said were central to the city.",
    ],
)
def test_a_frame_inside_a_relative_clause_reports_no_fragment(analyze, text) -> None:
    doc, claims = analyze(text)
    for c in claims:
        assert not _words(doc, c).startswith(("made", "were")), _words(doc, c)
