"""Speakers' names from the text, channels carried over, conditions (issue 15, branch 15x).

Independent readers of FakeNewsCorpus claims (seeds 81, 82, 86) counted speakers wrong
when the name was not words of the article (the metadata's author or a blog's name),
when a speaker who had "told the <outlet>" went on, a paragraph later, with "X said"
and no channel, when "explained to <outlet>" left the channel out, and when a belief in
an if-clause ("if people believe that ...") was filed as people's words.  Invented
sentences of each construction, and what must stay as it was.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdossier.analyze.claims.sources import Source, citable, named_in


def _by(doc: Any, claims: list[Any], words: str) -> Any:
    found = [c for c in claims if words in doc.text[c.statement_start : c.statement_end]]
    assert found, [(c.source_name, doc.text[c.statement_start : c.statement_end]) for c in claims]
    return found[0]


@pytest.mark.issue(15)
def test_named_in_wants_every_word_of_the_name() -> None:
    text = "IVO RENK wrote this. Renk lives in Tarn.\n\nMara Voss disagrees."
    assert named_in("Ivo Renk", text)  # any case
    assert named_in("Mara Voss", text)
    assert not named_in("Ivo K. Renk", text)  # "K" is nowhere
    assert not named_in("Vellorn Cancer Blog", text)
    assert named_in("Vellorn Cancer Blog", text, title="The Vellorn Cancer Blog: week 3")
    assert not named_in("...", text)


@pytest.mark.issue(15)
def test_citable_keeps_a_source_the_text_points_at() -> None:
    text = "The council met."
    pointed = Source("Ivo Renk", "named", 0, 3)  # a resolved pronoun: its span is set
    assert citable(pointed, text) is pointed
    meta = Source("Ivo Renk", "author")
    assert citable(meta, text) == Source(None, "author")
    assert citable(meta, text + " Ivo Renk reports from Tarn.") is meta
    # the page's own voice named by the page's metadata: kept, marked as the metadata's
    fields = ("Ivo  renk", "harvanpost.example")
    assert citable(meta, text, metadata=fields) == Source("Ivo Renk", "author", resolved="metadata")
    site = Source("harvanpost.example", "outlet")
    assert citable(site, text, metadata=fields).resolved == "metadata"
    # a name that is no metadata field (a blog's name from the page's furniture), or a
    # speaker of another kind, still goes unnamed
    blog = Source("Vellorn Cancer Blog", "outlet")
    assert citable(blog, text, metadata=fields) == Source(None, "outlet")
    other = Source("Ivo Renk", "named")
    assert citable(other, text, metadata=fields).name is None
    # a form's placeholder left in the author field names nobody
    blank = Source("Please Enter Your Name Here", "author")
    assert citable(blank, text, metadata=("Please Enter Your Name Here",)).name is None


@given(st.text(max_size=60), st.text(min_size=1, max_size=20))
def test_a_name_inside_the_text_is_always_named_in_it(text: str, name: str) -> None:
    assert named_in(name, text[:10] + name + text[10:])


@pytest.mark.issue(15)
def test_the_metadata_author_is_marked_unless_the_text_names_them(claims_of) -> None:
    run = claims_of("Tomas Vell")
    doc, claims = run("The harbour tolls were reportedly raised twice last year.\n")
    (c,) = claims
    # not the text's words: named by the metadata, marked so, with no offsets (claims v68)
    assert (c.source_name, c.source_kind, c.resolved) == ("Tomas Vell", "author", "metadata")
    assert (c.source_start, c.source_end) == (-1, -1)
    doc, claims = run(
        "The harbour tolls were reportedly raised twice last year.\n\n"
        "Tomas Vell has covered the port for ten years.\n"
    )
    c = _by(doc, claims, "harbour tolls")
    assert (c.source_name, c.source_kind, c.resolved) == ("Tomas Vell", "author", None)


CHAIN = (
    "The harbour tolls went up again this spring.\n\n"
    "“People should be glad that the council is finally listening,” Ivo Renk, a former "
    "port official, told the Harvan Post.\n\n"
    "“It is about time they looked at the whole mess,” Renk said.\n\n"
    "The council’s critics were not convinced.\n\n"
    "“The council should not be raising tolls in a storm year,” former mayor Mara Voss "
    "told the Harvan Post.\n\n"
    "“The council is supposed to serve the port, and this is an abuse of its power,” "
    "Voss said.\n\n"
    "Voss said in a statement on Friday that the tolls would hurt fishermen.\n\n"
    "Nils Tarvo, the harbour master, said the pier would open in May.\n"
)


@pytest.mark.issue(15)
def test_a_speakers_next_words_keep_the_channel_of_the_interview(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(CHAIN)
    assert _by(doc, claims, "about time").via == "the Harvan Post"
    later = _by(doc, claims, "abuse of its power")
    assert (later.source_name, later.via) == ("Voss", "the Harvan Post")
    # the via points at the words of the earlier sentence that name the outlet
    assert later.via_start < later.start
    assert doc.text[later.via_start : later.via_end] in "the Harvan Post"
    # a channel of its own ends the chain; another speaker never takes it
    assert _by(doc, claims, "hurt fishermen").via is None
    assert _by(doc, claims, "open in May").via is None


@pytest.mark.issue(15)
def test_a_channel_is_not_carried_far_or_to_a_first_statement(claims_of) -> None:
    filler = "The pier was built in 1901 and rebuilt after the storm of 1953. " * 30
    doc, claims = claims_of("Tomas Vell")(
        "“The tolls are fair,” Ivo Renk told the Harvan Post.\n\n" + filler + "\n\n"
        "Renk said the pier would open in May.\n"
    )
    assert _by(doc, claims, "open in May").via is None
    doc, claims = claims_of("Tomas Vell")("Ivo Renk said the pier would open in May.\n")
    assert _by(doc, claims, "open in May").via is None


@pytest.mark.issue(15)
def test_explained_to_an_outlet_is_a_channel(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "Officials briefed on the review explained to the Harvan Post that it took months. "
        "The review drew on intercepts and human sources, officials stated.\n"
    )
    first = _by(doc, claims, "took months")
    assert (first.source_kind, first.via) == ("anonymous", "the Harvan Post")
    assert _by(doc, claims, "drew on intercepts").via == "the Harvan Post"
    doc, claims = claims_of("Tomas Vell")(
        "Ivo Renk explained to reporters that the pier would open in May.\n"
    )
    assert _by(doc, claims, "open in May").via is None  # a listener, no channel


@pytest.mark.issue(15)
def test_a_belief_in_an_if_clause_is_no_ones_statement(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "Democracy only has substance if there is the rule of law. That is, if people "
        "believe that the votes are going to be counted and they are counted.\n"
    )
    assert all(c.source_name != "people" for c in claims), [c.source_name for c in claims]
    doc, claims = claims_of("Tomas Vell")(
        "Investigators believe that the fire was set on purpose.\n"
    )
    assert _by(doc, claims, "set on purpose").source_name == "Investigators"


@pytest.mark.issue(15)
def test_a_dashed_appositive_with_quoted_titles_keeps_its_speaker(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "Councillor Ivo Renk — a former port official who has appeared in shows like "
        '"Harbour Nights" and "Pier Street," and has now entered politics by facing off '
        "Mara Voss for the harbour seat – said he liked the council's plan, but it could "
        "have gone further.\n"
    )
    c = _by(doc, claims, "liked the council")
    assert (c.source_name, c.source_kind) == ("Councillor Ivo Renk", "named")


@pytest.mark.issue(15)
def test_a_letters_salutation_is_not_its_writer(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "Sir, Ivo Renk, who has blocked me on the forum, writes: “The harbour blog compared "
        "falling tolls with the rising number of ferries.”\n"
    )
    c = _by(doc, claims, "falling tolls")
    assert (c.source_name, c.source_kind) == ("Ivo Renk", "named")


@pytest.mark.issue(15)
def test_an_imperative_dont_is_no_speaker(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "The tolls will fall. Don’t tell me that this outcome is impossible either; your "
        "parents paid less.\n"
    )
    assert all(c.source_name != "Don’t" for c in claims), [c.source_name for c in claims]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Surveys found that the tolls hurt the port.", "Surveys"),
        ("Studies found that the tolls hurt the port.", "Studies"),
        # a document noun inside the phrase's tail does not hide its head
        (
            "A 2012 review of more than 300 reports of mainly coastal towns found that out of "
            "those 300 reports, 256 found only losses.",
            "A 2012 review of more than 300 reports of mainly coastal towns",
        ),
        (
            "A 2012 review of 300 studies found that 256 showed gains.",
            "A 2012 review of 300 studies",
        ),
    ],
)
def test_surveys_and_reviews_are_documents(claims_of, text, speaker) -> None:
    doc, claims = claims_of("Tomas Vell")(text)
    assert [(c.source_name, c.source_kind) for c in claims] == [(speaker, "document")]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        # "that day" is a time phrase, not the opening of the words
        (
            "As Lena Ostrova told Ivo Renk in a text that day, “This is a purposeful leak after "
            "the harbour snafu.”",
            "This is a purposeful leak after the harbour snafu.",
        ),
        (
            "Ivo Renk said that time is running out for the harbour.",
            "time is running out for the harbour",
        ),
        # the first verb's "it" is no statement; the second's words follow its colon
        (
            "I’ve said it before and I’ll say it again: The most scenic stretch of the coast "
            "begins at Tarn.",
            "The most scenic stretch of the coast begins at Tarn",
        ),
    ],
)
def test_the_words_after_that_day_and_say_it_again(claims_of, text, words) -> None:
    doc, claims = claims_of("Tomas Vell")(text)
    said = [doc.text[c.statement_start : c.statement_end] for c in claims]
    assert said == [words]


@pytest.mark.issue(15)
def test_the_newspaper_is_the_one_outlet_named_before(claims_of) -> None:
    for text in (
        "Earlier, the Harvan Courier reported that the council would meet in May. The "
        "permits had been renewed every 18 months, according to the newspaper.\n",
        "The harbour will close in May, the Harvan Courier reported on Monday. The permits "
        "had been renewed every 18 months, the newspaper said.\n",
    ):
        doc, claims = claims_of("Tomas Vell")(text)
        c = _by(doc, claims, "18 months")
        assert (c.source_name, c.source_kind) == (
            "Harvan Courier",
            "named",
        )  # another outlet than the page's shows as named (v75)
        assert doc.text[c.source_start : c.source_end] == "Harvan Courier"
    # two outlets named before: which one is unclear, the noun stays as written
    doc, claims = claims_of("Tomas Vell")(
        "The harbour will close in May, the Harvan Courier reported on Monday, and the "
        "Vellorn Ledger reported that the council agreed. The permits had been renewed "
        "every 18 months, the newspaper said.\n"
    )
    c = _by(doc, claims, "18 months")
    assert (c.source_name, c.source_kind) == ("the newspaper", "named")


@pytest.mark.issue(15)
def test_a_name_the_article_calls_the_website_later_is_an_outlet(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "Council chairman Ivo Renk ripped the mayor's plan to end the ferry subsidy, The "
        "Harvan Post reported.\n\n"
        'He called the decision "cruel and heartless." His comments came Monday after the '
        "mayor decided to end the subsidy, according to the website.\n"
    )
    c = _by(doc, claims, "ripped the mayor")
    assert c.source_kind == "named"  # another outlet than the page's shows as named (v75)
    # a body that reports stays what it is, whatever a website does later
    doc, claims = claims_of("Tomas Vell")(
        "The harbour ministry reported that tolls rose by a third. Fishermen read the "
        "figures on the website.\n"
    )
    assert _by(doc, claims, "tolls rose").source_kind == "named"
    doc, claims = claims_of("Tomas Vell")(
        "Harvan Greenwatch reported that tolls rose by a third. Fishermen read the figures "
        "on the website.\n"
    )
    assert _by(doc, claims, "tolls rose").source_kind != "outlet"  # the noun reports nothing


@pytest.mark.issue(15)
def test_an_outlets_account_is_not_carried_to_the_speakers_next_words(claims_of) -> None:
    # "the Y quoted X as saying" and "X said, the Y reported" are the outlet's account of
    # X's words; X's next words are the writer's own report (Tehran Times seed 91: three
    # quotes filed as the outlet's account were set against a correction of it)
    doc, claims = claims_of("Tomas Vell")(
        "On Monday the Harvan Post quoted Ivo Renk as saying “the council will fall.”\n\n"
        "Addressing the port board on Tuesday, Renk said: “The tolls are a disgrace.”\n"
    )
    assert _by(doc, claims, "tolls are a disgrace").via is None
    doc, claims = claims_of("Tomas Vell")(
        "“The pier is closed,” Ivo Renk said, the Harvan Post reported.\n\n"
        "“The council is supposed to serve the port,” Renk said.\n"
    )
    assert _by(doc, claims, "serve the port").via is None
