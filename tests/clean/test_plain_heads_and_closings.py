"""Heads and closings of plain-text pages read on fresh real pages (issue 16, seeds 411/412).

Invented pages in the shape of the classes met: a Title Case headline closed by a full
stop, a headline over a second headline line, and the closing furniture of blogs (a
comment prompt that goes on to an e-mail address, a Like/Share button appeal, a lone
handle, a player's label, "click this link", the writer's reuse terms with the bio and
book plug around them).  The "kept" cases guard precision.
"""

from __future__ import annotations

import pytest

from newsdossier.clean import clean_record
from newsdossier.model import Document, RawRecord
from newsdossier.settings import Settings

BODY = (
    "The Harvan Council voted on Tuesday to close the eastern port of Vellorn, "
    "a decision its critics called rushed and its supporters called overdue.\n"
    "Council member Ivo Renk said the port had lost money for six years in a row, "
    "and that the ferries would move to the western quay by the end of the year.\n"
    "Dockworkers gathered outside the council hall on Wednesday to protest the vote, "
    "which they said had been taken without hearing them.\n"
)
LAST = "Renk said the vote would be reviewed in the spring, when the budget is set.\n"


def _clean(text: str) -> Document:
    return clean_record(RawRecord("t.txt", None, "t", text, "text"), Settings())


def _again(doc: Document) -> Document:
    return _clean(doc.text)


@pytest.mark.parametrize(
    ("page", "title", "gone"),
    [
        (
            "Harvan Council Closes the Vellorn Port.\n\n",
            "Harvan Council Closes the Vellorn Port.",
            [],
        ),
        (
            "Renk Never Met the Board.\nThe Harvan Council Publishes Still More Claims\n\n",
            "Renk Never Met the Board.",
            ["The Harvan Council Publishes Still More Claims"],
        ),
    ],
)
def test_plain_text_head_with_a_full_stop_or_a_second_line_is_lifted(
    page: str, title: str, gone: list[str]
) -> None:
    doc = _clean(page + BODY + LAST)
    assert doc.title == title
    assert doc.text.startswith("The Harvan Council voted on Tuesday")
    for line in [title, *gone]:
        assert line not in doc.text
    assert _again(doc).text == doc.text  # a second clean lifts nothing more


@pytest.mark.parametrize(
    "head",
    [
        # a dateline opens a lead, whatever its casing
        "KESSA – Harvan Council Chair Ivo Renk Resigned.\n\n",
        # a Title Case line over more short lines: a list, not a head
        "Port Fees Rise.\nShips Pay More.\nFerries Pay Less.\n\n",
        # two lone Title Case paragraphs: which is the title is not known
        "Harvan Council Closes the Port.\n\nAnother Lone Title Line.\n\n",
        # a sentence in sentence case is the body's
        "The port will close next year.\n\n",
    ],
)
def test_lines_that_are_not_a_head_stay(head: str) -> None:
    doc = _clean(head + BODY + LAST)
    assert doc.text.startswith(head.split("\n")[0])


@pytest.mark.parametrize(
    "closing",
    [
        "Did I get it wrong? Let me know below in the comments section or email me at "
        "renk {AT} example {DOT} com",
        "If you liked this post, click the “Like” button below. If you think someone else "
        "should read it, click the Share button at the bottom of the post.",
        "@IvoRenk",
        "#savetheport",
        "Watch on Vidhost",
        "To see the full list of our data, you can click this link.",
    ],
)
def test_closing_reader_furniture_goes(closing: str) -> None:
    doc = _clean(BODY + LAST + "\n" + closing + "\n")
    assert closing.split("\n")[0][:30] not in doc.text
    assert doc.text.endswith(LAST.strip())


def test_writer_reuse_terms_go_with_the_bio_and_plug_around_them() -> None:
    closing = (
        "©2016 Ana Holm, http://www.example.com, All Rights Reserved. Permission is given to "
        "share this message as long as it is posted in its entirety.\n\n"
        "Ana Holm is an award-winning author who writes about the coast.\n\n"
        "Receive her next book of harbour letters:\n\n"
        "THE TIDE BOOK: Letters From Vellorn\n\n"
        "To receive more letters, go to www.example.com and join the mailing list.\n"
    )
    doc = _clean(BODY * 3 + LAST + "\n" + closing)
    assert doc.text.endswith(LAST.strip())
    assert "Permission" not in doc.text and "mailing list" not in doc.text


def test_a_syndicated_rights_line_keeps_the_bloggers_closing_words() -> None:
    mine = "I think the council got this one right, and I said so at the meeting."
    doc = _clean(BODY * 3 + "© 2018 Valley Wire. All Rights Reserved.\n\n" + mine + "\n\n" + LAST)
    assert mine in doc.text and LAST.strip() in doc.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Renk said most residents click the like button on the council's posts without reading them.",
        "Readers were asked to email the council with their views before the vote.",
    ],
)
def test_body_sentences_about_buttons_and_mail_stay(sentence: str) -> None:
    doc = _clean(BODY + LAST + sentence + "\n")
    assert sentence in doc.text


def test_wire_photo_credit_and_its_dated_caption_at_the_top_go() -> None:
    caption = (
        "A ferry leaves the eastern port of Vellorn after the vote, in Kessa, Harvan, May 4, 2017."
    )
    doc = _clean("Harvan Council Closes the Port\n\n" + caption + "\nWIRE/Ana Holm\n" + BODY + LAST)
    assert caption not in doc.text and "WIRE/Ana Holm" not in doc.text
    assert doc.text.startswith("The Harvan Council voted on Tuesday")


def test_a_dated_lead_sentence_without_a_credit_under_it_stays() -> None:
    lead = "The Harvan Council closed the eastern port of Vellorn in Kessa, Harvan, May 4, 2017."
    doc = _clean("Harvan Council Closes the Port\n\n" + lead + "\n" + BODY + LAST)
    assert lead in doc.text


@pytest.mark.parametrize(
    "furniture",
    [
        "This field is for validation purposes and should be left unchanged.",
    ],
)
def test_form_leftovers_mid_page_go(furniture: str) -> None:
    doc = _clean(BODY + furniture + "\n" + LAST)
    assert furniture not in doc.text and LAST.strip() in doc.text


def test_check_me_out_on_a_host_closing_the_page_goes() -> None:
    doc = _clean(BODY + LAST + "\nCheck Me out On Vidhost\n")
    assert doc.text.endswith(LAST.strip())


def test_a_journalism_fellows_bio_opening_the_page_names_the_author() -> None:
    doc = _clean(
        "Harvan Council Closes the Port\n\n"
        "Ana Holm is a Coastal Journalism Fellow at the Vellorn Policy Center.\n" + BODY + LAST
    )
    assert doc.author == "Ana Holm"
    assert "Fellow" not in doc.text


def test_an_editors_note_plugging_a_book_and_a_follow_postscript_go() -> None:
    note = (
        "[Editors' note: To understand why the council banned Ana Holm, pre-order her new "
        "book, Tides of Vellorn: HERE.\nThe book shows how the port was run.]"
    )
    post = "[Editors' postscript: Please make sure to FOLLOW Ana Holm on Harbournet. Thank you!]"
    doc = _clean("Harvan Council Closes the Port\n\n" + note + "\n" + BODY + LAST + post + "\n")
    assert doc.text.startswith("The Harvan Council voted on Tuesday")
    assert doc.text.endswith(LAST.strip())


def test_an_editors_note_that_corrects_the_story_stays() -> None:
    note = "[Editor's note: An earlier version of this story gave the wrong date of the vote.]"
    doc = _clean("Harvan Council Closes the Port\n\n" + note + "\n" + BODY + LAST)
    assert note in doc.text


def test_a_reprint_credit_over_the_text_goes_but_a_sources_lead_stays() -> None:
    doc = _clean("Harvan Council Closes the Port\n\nReprinted from example.com.\n" + BODY + LAST)
    assert doc.text.startswith("The Harvan Council voted on Tuesday")
    lead = "Sources close to the council said the port would close within a year.\n"
    assert _clean("Harvan Council Closes the Port\n\n" + lead + BODY).text.startswith("Sources")


def test_a_sites_slogan_over_the_text_goes_but_is_no_title() -> None:
    doc = _clean("Coastal Country's Shipping Voice.\n\n" + BODY + LAST)
    assert doc.text.startswith("The Harvan Council voted on Tuesday")
    assert doc.title is None


def test_share_counter_write_through_note_and_closing_question_go() -> None:
    doc = _clean(
        "Harvan Council Closes the Port\n\n(Fixes dateline)\n"
        + BODY
        + "2.3k SHARES Facebook Twitter\n"
        + LAST
        + "What do you think?\n"
    )
    assert doc.text.startswith("The Harvan Council voted on Tuesday")
    assert "SHARES" not in doc.text
    assert doc.text.endswith(LAST.strip())


def test_a_question_to_the_reader_mid_page_stays() -> None:
    doc = _clean(BODY + "What do you think?\n" + LAST)
    assert "What do you think?" in doc.text
