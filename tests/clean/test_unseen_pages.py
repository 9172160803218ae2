"""Furniture and metadata classes found by reading unseen real pages (issue 16).

Each case is our own invented page in the shape of a class met in ../shared/data
(share and sign-up boxes printed mid-page, wire credits, "continued" markers, a
feed repost's notice with its source's blurb, Title Case headlines with
exclamations, month-day wire datelines, site names appended to headlines).  The
"kept" cases guard precision: body sentences that merely look like furniture.
"""

from __future__ import annotations

import pytest

from newsdossier.clean import clean_record
from newsdossier.clean.credits import read_credit, read_mention
from newsdossier.clean.edges import is_body_like, is_headline_shaped
from newsdossier.clean.footers import read_bio_outlet
from newsdossier.clean.metadata import read_dateline, read_title_outlet
from newsdossier.model import RawRecord
from newsdossier.settings import Settings

BODY = (
    "The Harvan Council voted on Tuesday to close the eastern port of Vellorn, "
    "a decision its critics called rushed and its supporters called overdue.\n"
    "Council member Ivo Renk said the port had lost money for six years in a row.\n"
)
TAIL = "Renk said the vote would be reviewed in the spring, when the budget is set.\n"


def _clean(text: str):  # type: ignore[no-untyped-def]
    return clean_record(RawRecord("t.txt", None, "t", text, "text"), Settings())


@pytest.mark.parametrize(
    "furniture",
    [
        "Story Continued Below",
        "Share this story!",
        "Think your friends would be interested?",
        "The most reliable harbour newsletter.",
        "Sign up for Harbour Daily and get the latest news, every morning — in your inbox.",
        "Email Sign Up By signing up you agree to receive email newsletters or alerts from HARBOURWIRE.",
        "You can unsubscribe at any time.",
        "Keep up with this story and more by subscribing now",
        "Read the Whole Article",
        "Our Standards: The Valley Wire Trust Principles.",
        "For more places to find Harbour TV – Click Here Now",
        "Read Also Storm Warning: Icing Invasion Ahead!",
        "The Harbour Tides In... Ivo Renk, Pa... Best Price: $5.64 Buy New $5.00 (as of 10:35 EDT - Details)",
    ],
)
def test_mid_page_boxes_go(furniture: str) -> None:
    doc = _clean(BODY + furniture + "\n" + TAIL)
    assert furniture not in doc.text
    assert "six years in a row." in doc.text and TAIL.strip() in doc.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Readers can sign up for the port tours in the spring, the council said.",
        "She said the story continued below the surface for years.",
        "Renk urged residents to read the whole report before the vote.",
    ],
)
def test_body_sentences_like_furniture_stay(sentence: str) -> None:
    doc = _clean(BODY + sentence + "\n" + TAIL)
    assert sentence in doc.text


def test_sign_up_consent_line_names_the_outlet() -> None:
    line = "Email Sign Up By signing up you agree to receive email newsletters or alerts from HARBOURWIRE."
    got = read_mention(line)
    assert got is not None and got.outlet == "HARBOURWIRE"
    assert read_mention("Residents sign up for alerts from the council at the town hall.") is None


def test_wire_credit_in_parentheses_is_a_byline() -> None:
    got = read_credit("(Reporting by Ana Holm; Editing by Ivo Renk)")
    assert got is not None and got.author == "Ana Holm"
    doc = _clean(BODY + TAIL + "(Reporting by Ana Holm; Editing by Ivo Renk)\n")
    assert "Reporting by" not in doc.text and doc.author == "Ana Holm"


def test_repost_notice_takes_the_source_blurb_under_it() -> None:
    page = (
        BODY
        + TAIL
        + "\nThe post Port of Vellorn to close appeared first on Harbour Notes.\n\nharbournotes.example\n\n"
        "offers port, shipping and weather news. For the latest news visit us daily.\n"
    )
    doc = _clean(page)
    assert doc.text.endswith(TAIL.strip())
    assert doc.outlet == "Harbour Notes"


def test_repost_notice_far_from_the_end_cuts_nothing() -> None:
    notice = "The post Port of Vellorn to close appeared first on Harbour Notes."
    after = [f"Renk said item {n} would be reviewed when the budget is set." for n in range(4)]
    doc = _clean(BODY + notice + "\n" + "\n".join(after) + "\n")
    assert all(a in doc.text for a in after)


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Storm Warning: Wild Weather Incoming! Deadly Arctic Air & Icing Invasion!", True),
        ("Why Did The Council Vote? Nobody Knows!", True),
        ("It was cold! Then it was hot and nobody knew why.", False),
        ("Ports Close. Traders Panic", False),
    ],
)
def test_title_case_headline_may_hold_exclamations(line: str, headline: bool) -> None:
    assert is_headline_shaped(line) is headline
    assert not (is_headline_shaped(line) and is_body_like(line))


def test_exclaiming_headline_is_the_title() -> None:
    title = "Storm Warning: Wild Weather Incoming! Deadly Arctic Air & Icing Invasion!"
    doc = _clean(title + "\n\n" + BODY + TAIL)
    assert doc.title == title and not doc.text.startswith("Storm Warning")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Feb 9 (Valley Wire) - The council said on Friday it would act.", "Valley Wire"),
        ("Sept. 24 (Harbour Press) -- The port reopened.", "Harbour Press"),
        ("May 5 people (died) - the report said.", None),
    ],
)
def test_month_day_wire_dateline_names_the_agency(text: str, want: str | None) -> None:
    assert read_dateline(text) == (want, None)


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Renk Makes Promises He Can't Keep, Says Staff in Video – HVA", "HVA"),
        ("Port Debt Grows—Just Grows: New at Harbour Notes", "Harbour Notes"),
        ("Council Votes to Close Port | Vellorn Daily", "Vellorn Daily"),
        ("Council Votes to Leave the Alliance – NATO", None),
        ("Ivo Renk: Why I Quit", None),
        ("Port Closes - Again", None),
    ],
)
def test_site_name_at_the_end_of_the_headline(title: str, want: str | None) -> None:
    assert read_title_outlet(title) == want


def test_headline_site_name_is_the_last_resort_outlet() -> None:
    doc = _clean("Council Closes the Port of Vellorn – HVA\n\n" + BODY + TAIL)
    assert doc.outlet == "HVA"


@pytest.mark.parametrize(
    "tail",
    [
        "The Best of Ana Holm",
        "Ana Holm is the author of\nHer latest book, published May 9, is",
        "Ana Holm needs no introduction to our readers; her books\nand\nare available from Amazon.com.",
        "And be sure to enjoy this podcast explaining the vote:",
    ],
)
def test_author_box_fragments_at_the_end_go(tail: str) -> None:
    doc = _clean(BODY + TAIL + tail + "\n")
    assert doc.text.endswith(TAIL.strip())


def test_dash_signature_signs_the_piece() -> None:
    doc = _clean(BODY + TAIL + "— Ana Holm\n")
    assert doc.text.endswith(TAIL.strip()) and doc.author == "Ana Holm"
    doc = _clean(BODY + TAIL + "–HV\n")  # an editor's initials: no outlet
    assert doc.text.endswith(TAIL.strip()) and doc.outlet is None


def test_shop_widget_goes_and_the_glued_paragraph_stays() -> None:
    widget = "Harbour Tides: A Hi... Dr. Ana Holm Best Price: $5.64 Buy New $9.00 (as of 10:35 EDT - Details)"
    glued = "And the port stayed shut all winter."
    doc = _clean(BODY + widget + " " + glued + "\n" + TAIL)
    assert "Best Price" not in doc.text and "Harbour Tides" not in doc.text
    assert glued in doc.text
    # glued after a sentence: the sentence stays
    doc = _clean(BODY + "The vote was close. " + widget + "\n" + TAIL)
    assert "The vote was close." in doc.text and "Best Price" not in doc.text
    doc = _clean(BODY + "The Harbour Atlas Ivo Renk Check Amazon for Pricing.\n" + TAIL)
    assert "Amazon" not in doc.text


def test_bar_line_is_a_trail_or_credit() -> None:
    line = "| A. Holm/Wire Photo Council votes to close the port"
    doc = _clean(BODY + line + "\n" + TAIL)
    assert line not in doc.text


def test_section_after_the_bar_is_no_outlet() -> None:
    assert read_title_outlet("Port Debt Grows Again | Blog Posts") is None
    assert read_title_outlet("Port Debt Grows Again | Articles") is None


def test_tag_list_under_the_text_goes() -> None:
    doc = _clean(BODY + TAIL + "This article tagged under: Ports\nIvo Renk\nVellorn\n")
    assert doc.text.endswith(TAIL.strip())


def test_headline_repeated_under_the_text_goes_with_the_slogan() -> None:
    title = "Seven Quiet Lessons of the Harbour"
    doc = _clean(
        title + "\n\n" + BODY + TAIL + "\n" + title + "\n\nDaily wisdom for harbour life!\n"
    )
    assert doc.text.endswith(TAIL.strip())


def test_short_page_keeps_its_only_paragraph() -> None:
    """A one-paragraph page under a repeated headline: the repeat is no closing notice."""
    title = "Harbour Action Item Link"
    para = "One of the links in the harbour update was broken. The petition is located here: Keep the Port Open"
    doc = _clean(title + "\n\n" + title + "\n\n" + para + "\n")
    assert doc.text == para


@pytest.mark.parametrize(
    "line",
    [
        "Morning Harbour A daily briefing on ports and shipping — in your inbox.",
        "Royalty Free Photo",
        "Also on example.com Council bans the harbour ferry amid row",
    ],
)
def test_more_mid_page_furniture(line: str) -> None:
    doc = _clean(BODY + line + "\n" + TAIL)
    assert line not in doc.text


@pytest.mark.parametrize(
    "tail",
    [
        "For a better understanding of the vote, view this video:",
        "For more on Renk, check out his profile here at the Harbour Archive.",
        "Watch the full announcement above or on the council's page HERE.",
    ],
)
def test_closing_pointers_go(tail: str) -> None:
    doc = _clean(BODY + TAIL + tail + "\n")
    assert doc.text.endswith(TAIL.strip())


def test_network_dateline_without_dash_names_the_agency() -> None:
    assert read_dateline("Vellorn (HBC) President Ivo Renk suggested Tuesday that") == ("HBC", None)
    assert read_dateline("The Harvan Council (HC) said on Tuesday") == (None, None)


@pytest.mark.parametrize(
    ("bio", "want"),
    [
        (
            "Ana Holm (@aholm) is a contributor to the Valley Examiner's harbour blog.",
            "Valley Examiner",
        ),
        ("Ivo Renk is the contributors editor for the Valley Examiner.", "Valley Examiner"),
        ("Ana Holm is a contributing staff writer for Example.com.", "Example.com"),
        ("Ivo Renk is a former reporter for the Valley Examiner.", None),
        ("Ana Holm is a writer who lives in Vellorn.", None),
    ],
)
def test_the_bio_names_the_outlet(bio: str, want: str | None) -> None:
    assert read_bio_outlet(bio) == want


def test_bio_under_the_text_fills_the_outlet() -> None:
    bio = "Ana Holm is the contributors editor for the Valley Examiner."
    doc = _clean("By Ana Holm\n\n" + BODY + TAIL + bio + "\n")
    assert doc.text.endswith(TAIL.strip()) and doc.outlet == "Valley Examiner"


@pytest.mark.parametrize(
    ("glued", "kept"),
    [
        (" (Source: example.com)", ""),
        (" (Source: Valley Wire)", ""),
        (" NA", ""),
        (" said the UN", " said the UN"),  # no sentence end before it: the body's words
    ],
)
def test_glued_source_and_initials_after_the_last_sentence(glued: str, kept: str) -> None:
    last = "The port reopened in the spring, the council said."
    if kept:
        last = "The port reopened in the spring, a decision welcomed," + kept + "."
        doc = _clean(BODY + last + "\n")
        assert doc.text.endswith(last)
        return
    doc = _clean(BODY + last + glued + "\n")
    assert doc.text.endswith(last)


def test_a_repeated_page_keeps_its_copies_recognisable() -> None:
    """Old crawls repeat the text in shorter and shorter copies, each ending with the same
    glued source: the copies still go as repeats."""
    para = BODY.replace("\n", " ") + "Renk said the vote was final. (Source: example.com)"
    words = para.split(" ")
    copies = [para] + [" ".join(words[k:]) for k in (5, 12, 20)]
    doc = _clean("\n".join(copies) + "\n")
    assert doc.text.count("the vote was final.") == 1


def test_repeated_question_headline_is_the_title() -> None:
    title = "Where do you go to buy a harbour these days?"
    doc = _clean(title + "\n\nHeadline: Some Other Story!\n\n" + title + "\n\n" + BODY + TAIL)
    assert doc.title == title and title not in doc.text
    # not repeated: a question opening the text stays
    doc = _clean(title + "\n\n" + BODY + TAIL)
    assert doc.text.startswith(title)


@pytest.mark.parametrize(
    "bio",
    [
        "Ana Holm has been a practicing accountant in Vellorn for more than 40 years. She loves "
        "the sea and writes on the politics of ports at her popular blog, AnaHolm.example",
        "Jon Tarr has been a college professor and pastor since 1987 and his writings have "
        "appeared on Harbour Daily, Vell Notes and the Port Review.",
    ],
)
def test_closing_bio_without_writer_noun_names_the_author(bio: str) -> None:
    doc = _clean(BODY + TAIL + bio + "\n")
    assert doc.text.endswith(TAIL.strip()) and doc.author in ("Ana Holm", "Jon Tarr")


def test_closing_outlet_blurb_and_glued_more_go() -> None:
    blurb = (
        "HarbourNews.org is an independent news agency devoted to reporting news that "
        "affects the port community. With a team of journalists, it reaches 750,000 readers."
    )
    doc = _clean(BODY + TAIL.strip() + "—More…\n\n" + blurb + "\n")
    assert doc.text.endswith(TAIL.strip())


@pytest.mark.parametrize(
    "bio",
    [
        "Mara Quill studies Political Science and History at Vellorn State University. She is"
        " a campus ambassador for the Harbour Students League.",
        "Tomas B. Grell is a graduate of the Vellorn law school and worked as an attorney for"
        " years. Today, Tomas is best known as the publisher of the Harbour Ledger.",
        "Ines Dalby (email her) is President of Dalby Port Consultants.",
        "Oren Falk is an attorney and port-workers' advocate who has investigated dock safety.",
        "Lia Varno is a Director with Harbour Metals Exchange, a dealer of ship fittings.",
    ],
)
def test_closing_bio_by_job_or_studies_names_the_author(bio: str) -> None:
    """Issue 16: a closing paragraph that says what a person nowhere else on the page does
    or studies is the writer's bio (fresh FakeNewsCorpus/PTC pages, seed 286)."""
    doc = _clean(BODY + TAIL + bio + "\n")
    assert doc.text.endswith(TAIL.strip())
    assert doc.author == " ".join(bio.split()[: 3 if bio.split()[1].endswith(".") else 2])


def test_closing_bio_credited_and_speaking_names_the_author() -> None:
    """The writer's short credit line and speaker labels are no news about the writer."""
    body = "Lia Varno: Welcome back to the show.\n" + BODY + "Copyright by: Lia Varno\n"
    doc = _clean(body + TAIL + "Lia Varno is a Director with Harbour Metals Exchange.\n")
    assert doc.text.endswith(TAIL.strip()) and doc.author == "Lia Varno"


@pytest.mark.parametrize(
    "closing",
    [
        # a person the page is about: named before
        "Renk is a graduate of the Vellorn naval school.",
        "Ivo Renk is a graduate of the Vellorn naval school and a former captain.",
        # past tense: news about someone
        "Kara Volt was a director of the port until 2011.",
    ],
)
def test_closing_line_about_the_subject_stays(closing: str) -> None:
    doc = _clean(BODY + TAIL + closing + "\n")
    assert doc.text.endswith(closing)


def test_opening_line_about_a_job_is_the_lede() -> None:
    """At the top, "X is an attorney who ..." is the article's subject, not a bio."""
    lede = "Oren Falk is an attorney who has sued the Harvan Council over the port closure.\n"
    doc = _clean(lede + BODY + TAIL)
    assert doc.text.startswith(lede.strip())


@pytest.mark.parametrize(
    "credit",
    [
        "Port Tolls Rise: A Guide is a post from Harbour Watch – Ships Don’t Steer Themselves",
        "A version of this piece also appeared on Harbour Review Online.",
        "This column first ran on PORTWIRE:",
        "Delivered by The Harbour Sheet\n\nContributed by Ana Holm of www.HarbourSheet.example.\n\n"
        "This content may be freely reproduced in full or in part in digital form with full "
        "attribution to the author and a link to www.HarbourSheet.example.",
    ],
)
def test_closing_credit_lines_go(credit: str) -> None:
    """Issue 16: where else the piece ran and its reuse terms close the page (fresh
    FakeNewsCorpus pages, seed 286: 6 pages)."""
    doc = _clean(BODY + TAIL + "\n" + credit + "\n")
    assert doc.text.endswith(TAIL.strip())
    if "post from" in credit:
        assert doc.outlet == "Harbour Watch"


def test_closing_bio_after_a_dash_and_a_pointer_to_more_go() -> None:
    """Issue 16 (fresh FakeNewsCorpus pages, seed 287): "— NAME is a writer ..." under the
    text, and "Also by NAME:" over a list the scrape lost."""
    bio = "— Ana Holm is a writer and a fellow at the Harbour Institute. She tweets @aholm."
    doc = _clean(BODY + TAIL + bio + "\n")
    assert doc.text.endswith(TAIL.strip()) and doc.author == "Ana Holm"
    doc = _clean(BODY + TAIL + "\nAlso by Ana Holm:\n")
    assert doc.text.endswith(TAIL.strip())


@pytest.mark.parametrize(
    "closing",
    [
        "Have you lost a ship? Share your thoughts in the comment section!",
        "Let us know in the comments below.",
        "I receive a small commission when you purchase an item through my links at no"
        " additional cost to you.",
        "Contact–\n\nMr. Tarek Vand\n\nHarbour Market Updates\n\n+1 555 010 9999",
    ],
)
def test_closing_comment_prompts_disclosures_and_contact_boxes_go(closing: str) -> None:
    """Issue 16 (fresh FakeNewsCorpus pages, seed 288)."""
    doc = _clean(BODY + TAIL + "\n" + closing + "\n")
    assert doc.text.endswith(TAIL.strip())


def test_a_sentence_about_comments_stays() -> None:
    closing = "Renk said in the comments that the vote was rushed."
    doc = _clean(BODY + TAIL + closing + "\n")
    assert doc.text.endswith(closing)


def test_declined_to_comment_stays() -> None:
    closing = "Delegates from both sides declined to comment."
    doc = _clean(BODY + TAIL + closing + "\n")
    assert doc.text.endswith(closing)
