"""Page metadata from plain text (issue 16): credit lines, outlets the page names, headlines.

Our own invented pages in the shapes met in ../shared/data (wire-story credit lines,
poll and subscribe boxes, reposting notices, bare bylines in capitals).
"""

from __future__ import annotations

import pytest

from newsdossier.clean import clean_record
from newsdossier.clean.credits import read_credit, read_mention, read_self_reference, read_source
from newsdossier.clean.edges import read_name_line
from newsdossier.model import RawRecord
from newsdossier.settings import Settings


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("Ivo Renk reported from Kheshmar.", "Ivo Renk", None),
        ("Renk reported from Kheshmar and Ana Holm from Vellorn.", "Renk, Ana Holm", None),
        ("Valley Wire writers Ana Holm in Kheshmar and Ivo Renk in Tarvand contributed to this "
         "report.", None, "Valley Wire"),
        ("The Valley Wire contributed to this report.", None, "Valley Wire"),
        ("Ana Holm, director of a monitoring group, contributed to this report.", None, None),
        ("Additional reporting by Ana Holm; editing by Ivo Renk.", "Ana Holm", None),
    ],
)  # fmt: skip
def test_credits_read_credit(line: str, author: str | None, outlet: str | None) -> None:
    got = read_credit(line)
    assert got is not None
    assert (got.author, got.outlet) == (author, outlet)


@pytest.mark.parametrize(
    "line",
    [
        "All the cases were reported from a clinic near Dehvar, the ministry said.",
        "Two engineers contributed to the design of the bridge.",
        "Officials reported from the border that the post was quiet.",
    ],
)
def test_credits_prose_is_no_credit(line: str) -> None:
    assert read_credit(line) is None


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("Subscribe to Valley Courier for FREE", None, "Valley Courier"),
        ("Completing this poll grants you access to Valley Outpost updates free of charge.",
         None, "Valley Outpost"),
        ("(To Donate to valleywatch.org Click Here)", None, "valleywatch.org"),
        ("Valley Editor's Note: This may be the end of the affair.", None, "Valley"),
        ("Article posted with permission from The Valley Project", None, "The Valley Project"),
        ("This article was originally published by Ivo Renk at Valley Hedge", "Ivo Renk",
         "Valley Hedge"),
        ("Source: https://secure.valleyweb.example/blog/some-story", None, "valleyweb.example"),
        # a person reposted with permission is the author, not an outlet
        ("Article posted with permission from Robert Holm", "Robert Holm", None),
        ("“A Long Title, Quoted,” by Ana Holm, Valley Wire, October 28, 2018:", "Ana Holm",
         "Valley Wire"),
        # "the" before the outlet, "first appeared", the original's date after it
        ("This article was originally published by the Valley Ledger.", None, "Valley Ledger"),
        ("This story first appeared in Valley Ledger on March 30, 2019.", None, "Valley Ledger"),
        ("This piece first appeared in The Kessla Courier.", None, "The Kessla Courier"),
    ],
)  # fmt: skip
def test_credits_read_mention(line: str, author: str | None, outlet: str | None) -> None:
    got = read_mention(line)
    assert got is not None
    assert (got.author, got.outlet) == (author, outlet)


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to our newsletter",
        "Editor's Note: paragraph breaks added.",
        "Source: the ministry",
        "The novel was first published in London by a small press.",
        "First published in the 1990s, the book sold well.",
    ],
)
def test_credits_no_mention(line: str) -> None:
    assert read_mention(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [("Ana HOLM", "Ana HOLM"), ("Xuan Loc DOAN", "Xuan Loc DOAN"), ("The Cunning CIA", None),
     ("WASHINGTON", None), ("Ana Holm", None), ("Why NATO", None)],
)  # fmt: skip
def test_edges_name_line(line: str, name: str | None) -> None:
    assert read_name_line(line) == name


def _clean(text: str, **meta: str):
    return clean_record(RawRecord("p", None, "p", text, "text", meta), Settings(min_body_chars=1))


BODY = (
    "The council met on Monday in Kheshmar to discuss the border. Officials said the talks "
    "went well and that a second round would follow in the spring."
)


@pytest.mark.issue(16)
def test_clean_title_printed_twice_is_the_title() -> None:
    doc = _clean(f"Council Talks Go Well\n\nCouncil Talks Go Well\n\nAdd your two cents.\n\n"
                 f"Officials met, and this went on…\n\n{BODY}")  # fmt: skip
    assert doc.title == "Council Talks Go Well"
    assert "Council Talks" not in doc.text


@pytest.mark.issue(16)
def test_clean_deck_and_capitalised_byline() -> None:
    doc = _clean(
        "Council Talks Go Well – Expect A Second Round\n\n"
        "The council's decision to talk could easily change the whole border question\n\n"
        f"Ana HOLM\n\n{BODY}"
    )
    assert doc.title == "Council Talks Go Well – Expect A Second Round"
    assert doc.author == "Ana HOLM"
    assert doc.text.endswith(BODY)


@pytest.mark.issue(16)
def test_clean_wire_credits_and_appeals_are_furniture() -> None:
    doc = _clean(
        f"{BODY}\n\nMEDIA CONTACT: Ana Holm, Valley Institute, "
        ".(JavaScript must be enabled to view this email address)\n\n"
        "If you appreciated this one, please consider a donation.\n\n"
        "Renk reported from Kheshmar.\n\n"
        "Valley Wire writers Ana Holm in Kheshmar contributed to this report.\n\n"
        "Holm reported from Tarvand."
    )
    assert doc.text == BODY
    assert (doc.author, doc.outlet) == ("Holm", "Valley Wire")
    assert {r.kind for r in doc.removed} == {"byline", "other"}


@pytest.mark.issue(16)
def test_clean_mentions_never_beat_source_metadata() -> None:
    text = f"Subscribe to Valley Courier for FREE\n\n{BODY}"
    assert _clean(text).outlet == "Valley Courier"
    assert _clean(text, outlet="Example Daily").outlet == "Example Daily"


@pytest.mark.issue(16)
def test_clean_email_cloak_inside_a_line() -> None:
    doc = _clean(f"{BODY} Write to the desk, .(JavaScript must be enabled to view this email "
                 f"address) for more.")  # fmt: skip
    assert "JavaScript" not in doc.text
    assert doc.text.endswith("Write to the desk, for more.")


def test_clean_idempotent_caption_before_initials() -> None:
    """Found by hypothesis: a glued caption uncovered by cutting editor's initials."""
    text = _clean("aPhoto: AFP .MH/PA").text
    assert _clean(text).text == text


# --- second round (issue 16): shapes met on a second gold set, checked on ../shared/data


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("(Source: VNA/KR/TL)", "VNA"),
        ("Source: Valley Wire", "Valley Wire"),
        ("Source: Vellornpost.", "Vellornpost"),
        ("Via: VALLEYNEWS", "VALLEYNEWS"),
        ("Source: Ana Holm", None),  # a person may be an interviewee
        ("Source: the ministry", None),
        ("Source: Kheshmar/Tarvand/Vellorn", None),  # places, not an outlet and initials
    ],
)  # fmt: skip
def test_credits_read_source(line: str, outlet: str | None) -> None:
    assert read_source(line) == outlet


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The ministry was silent. Valley News reached out to the ministry on Friday.",
         "Valley News"),
        ("The ministry did not immediately respond to VALLEYPOST's request for comment.",
         "VALLEYPOST"),
        ("Ana Holm reached out to the ministry twice.", None),  # a person
        ("Valley Review readers will recall how I saw him in 2002.", "Valley Review"),
        ("In 2002 I attended as The Lantern's correspondent.", "Lantern"),
        ("Longtime Lantern readers have heard this before.", "Lantern"),
        ("Your readers deserve the truth!", None),
        ("American readers were shocked.", None),
        ("We have reached out to the ministry for comment.", None),
    ],
)  # fmt: skip
def test_credits_read_self_reference(text: str, outlet: str | None) -> None:
    assert read_self_reference(text) == outlet


@pytest.mark.issue(16)
def test_clean_bio_opening_the_page_is_the_author() -> None:
    doc = _clean(
        "Council Talks Go Well\n\n"
        "Ivo Renk, a fellow at the Valley Institute, is an investigative journalist and writer "
        "focusing on border disputes.\n\n"
        f"{BODY}\n\nIt was the first such meeting in ten years."
    )
    assert doc.author == "Ivo Renk"
    assert doc.text.startswith("The council met")
    assert "byline" in {r.kind for r in doc.removed}


@pytest.mark.issue(16)
def test_clean_bio_of_a_subject_stays() -> None:
    # the person the article is about: the surname comes back in the body
    text = (
        "Ivo Renk is a journalist who was detained in Kheshmar last month.\n\n"
        "Renk's lawyer said the charges were invented. Officials would not say where he is held."
    )
    doc = _clean(text)
    assert doc.author is None
    assert doc.text.startswith("Ivo Renk is a journalist")


@pytest.mark.issue(16)
def test_clean_bio_closing_the_page_is_the_author() -> None:
    doc = _clean(
        f"{BODY}\n\nThe talks go on.\n\nAna Holm is the contributing editor of the Valley "
        "Review.\n\nHer new book is about rivers.\n\nLike her on the web here."
    )
    assert doc.author == "Ana Holm"
    assert doc.text.endswith("The talks go on.")


@pytest.mark.issue(16)
def test_clean_writes_line_and_named_source() -> None:
    doc = _clean(
        "Council Talks Go Well: New at Valley\n\nThe border question, answered.\n\n"
        f"Ana Holm writes:\n\n{BODY}\n\n(Source: VNA/KR/TL)"
    )
    assert (doc.author, doc.outlet) == ("Ana Holm", "VNA")
    assert "writes:" not in doc.text and "VNA" not in doc.text


@pytest.mark.issue(16)
def test_clean_live_notices_embed_box_and_pointer_line() -> None:
    doc = _clean(
        "Embed Copy and paste this HTML code into your site to embed.\n"
        "This is a breaking news story, updated as we learn more.\n"
        "Refresh this page for updates.\n"
        f"{BODY}\n"
        "Valley Watch will publish more reports in this series.\n"
        "Watch the other parts of this series:"
    )
    assert doc.text == f"{BODY}\nValley Watch will publish more reports in this series."


@pytest.mark.issue(16)
def test_clean_glued_related_links_and_tail_caption() -> None:
    doc = _clean(
        f"{BODY}\n"
        "Ferry workers had quarrels with the port for years: unionKessa strike ends after "
        "ten days, union says\n"
        "The second round will be held in Tarvand.\n\n"
        "The council thanked the mediators.\n\n"
        "Artist's view of the new bridge\n\n\n"
        "Credit: Valley Institute"
    )
    assert "unionKessa" not in doc.text and "Artist's view" not in doc.text
    assert doc.text.endswith("The council thanked the mediators.")
    # a sentence with a typo glued into it is no link list
    doc = _clean(f"{BODY}\nThe mayor has calledKessa a model for the whole coast.")
    assert "calledKessa" in doc.text


@pytest.mark.issue(16)
def test_clean_reposted_person_is_the_author_and_quoted_outlet_is_not_the_page() -> None:
    doc = _clean(
        f"“Kessa Talks, Reviewed,” by Ana Holm, Valley Wire, October 28, 2018:\n\n{BODY}\n\n"
        "Article posted with permission from Robert Renk"
    )
    assert (doc.author, doc.outlet) == ("Robert Renk", None)


# A syndicated story's closing lines (issue 16): the dash signature, the writer's paper
# under it (any shape of name), the copyright with the paper's town, the distributor.
SYNDICATED_TAILS = [
    (
        "— Ana Holm\nKessa Journal-Gazette\n———\n©2018 Kessa Journal-Gazette (Kessa, Vl.), "
        "Distributed by Harvan Content Agency, LLC.",
        "Ana Holm",
        "Kessa Journal-Gazette",
    ),
    ("— Ana Holm and Ivo Renk\nkwa", "Ana Holm and Ivo Renk", "kwa"),
    ("Visit The Kessa Pilot at kessapilot.com\nDistributed by Harvan Content Agency, LLC.",
     None, "The Kessa Pilot"),
    ("Ana Holm can be reached at aholm@kessapilot.com", "Ana Holm", None),
    ("• Email: aholm@kessapilot.com | Twitter: aholm", None, None),
    ("Reprinted from The Kessa Pilot.", None, "The Kessa Pilot"),
]  # fmt: skip


@pytest.mark.issue(16)
@pytest.mark.parametrize(("tail", "author", "outlet"), SYNDICATED_TAILS)
def test_clean_syndicated_tail_lines(tail: str, author: str | None, outlet: str | None) -> None:
    body = (
        "The Harvan Council voted on Monday to raise ferry fares by a tenth.\n"
        "Ferry users in Vellorn said the rise would hurt commuters."
    )
    doc = clean_record(RawRecord("p", None, "p", f"{body}\n{tail}\n", "text"), Settings())
    assert doc.text == body
    assert (doc.author, doc.outlet) == (author, outlet)


@pytest.mark.issue(16)
def test_clean_two_names_after_a_dash_mid_page_stay() -> None:
    text = (
        "The Harvan Council voted on Monday to raise ferry fares by a tenth.\n"
        "— Ana Holm and Ivo Renk\nFerry users in Vellorn said the rise would hurt commuters."
    )
    doc = clean_record(RawRecord("p", None, "p", text, "text"), Settings())
    assert doc.text == text


@pytest.mark.issue(16)
def test_clean_closing_appeal_box_goes_whole() -> None:
    body = (
        "The Harvan Council voted on Monday to raise ferry fares by a tenth.\n"
        "Ferry users in Vellorn said the rise would hurt commuters."
    )
    box = (
        "Become a Vellorn Insider!\n"
        "Sign up for our free email newsletter, and we'll keep you in the loop.\n"
        "We're also moving to a new forum.\n"
        "It's like a town square without the ads.\n"
        "Do you love what we're doing here?\n"
        "Here's a link to chip in.\n"
        "Stay tuned!"
    )
    doc = clean_record(RawRecord("p", None, "p", f"{body}\n{box}\n", "text"), Settings())
    assert doc.text == body


@pytest.mark.issue(16)
def test_clean_sign_up_box_before_the_last_paragraphs_takes_only_itself() -> None:
    text = (
        "The Harvan Council voted on Monday to raise ferry fares by a tenth.\n"
        "Sign up for our free email newsletter, and we'll keep you in the loop.\n"
        "Ferry users in Vellorn said the rise would hurt commuters.\n"
        "“We cannot pay more,” said Ana Holm, who crosses twice a day."
    )
    doc = clean_record(RawRecord("p", None, "p", text, "text"), Settings())
    lines = text.split("\n")
    assert [x for x in doc.text.split("\n") if x] == lines[:1] + lines[2:]


@pytest.mark.issue(16)
def test_clean_closing_bio_with_a_capitalised_post() -> None:
    body = (
        "The Harvan Council voted on Monday to raise ferry fares by a tenth.\n"
        "Ferry users in Vellorn said the rise would hurt commuters."
    )
    bio = "Ana T. Holm is Commander of the Vellorn Harbour Guard and writes on ferries."
    doc = clean_record(RawRecord("p", None, "p", f"{body}\n{bio}\n", "text"), Settings())
    assert (doc.text, doc.author) == (body, "Ana T. Holm")


@pytest.mark.issue(16)
def test_clean_poll_whose_heading_was_glued_to_a_tweet_goes() -> None:
    text = (
        "The Harvan Council voted on Monday to raise ferry fares by a tenth.\n"
        "pic.twitter.com/AbCdEf take our poll - story continues below Who should chair the "
        "ferry board?\n"
        "Who should chair the ferry board?\n"
        "Who should chair the ferry board?\n"
        "* Ana Holm Ivo Renk Petra Lund\n"
        "Email *\n"
        "Comments This field is for validation purposes and should be left unchanged.\n"
        "Completing this poll grants you access to Vellorn Post updates free of charge.\n"
        "Ferry users in Vellorn said the rise would hurt commuters."
    )
    doc = clean_record(RawRecord("p", None, "p", text, "text"), Settings())
    assert [x for x in doc.text.split("\n") if x] == [
        "The Harvan Council voted on Monday to raise ferry fares by a tenth.",
        "pic.twitter.com/AbCdEf",
        "Ferry users in Vellorn said the rise would hurt commuters.",
    ]


@pytest.mark.issue(16)
def test_clean_bracketed_read_more_pointer_closing_the_page_goes() -> None:
    body = "The Harvan Council voted on Monday to raise ferry fares by a tenth."
    doc = clean_record(
        RawRecord("p", None, "p", f"{body}\n[read more here]\n", "text"), Settings(min_body_chars=1)
    )
    assert doc.text == body


@pytest.mark.issue(16)
def test_clean_link_to_the_writers_page_names_the_author() -> None:
    body = (
        "The Harvan Council voted on Monday to raise ferry fares by a tenth.\n"
        "Ferry users in Vellorn said the rise would hurt commuters."
    )
    doc = clean_record(
        RawRecord("p", None, "p", f"{body}\nThe Best of Ana T. Holm\n", "text"), Settings()
    )
    assert (doc.text, doc.author) == (body, "Ana T. Holm")


@pytest.mark.issue(16)
def test_clean_writers_bio_glued_to_the_last_paragraph() -> None:
    body = (
        "VELLORN - The Harvan Council voted on Monday to raise ferry fares by a tenth. "
        "Ferry users said the rise would hurt commuters."
    )
    bio = " Ana T. Holm is a professor emeritus of history at the University of Kessa"
    doc = clean_record(RawRecord("p", None, "p", body + bio, "text"), Settings())
    assert (doc.text, doc.author) == (body, "Ana T. Holm")


@pytest.mark.issue(16)
def test_clean_glued_bio_of_a_faculty_member() -> None:
    body = "VELLORN - The Harvan Council raised ferry fares by a tenth. Commuters objected."
    bio = " * Ana Holm is a faculty member in the Kessa Institute for Maritime Studies"
    doc = clean_record(RawRecord("p", None, "p", body + bio, "text"), Settings())
    assert (doc.text, doc.author) == (body, "Ana Holm")


@pytest.mark.issue(16)
def test_clean_contributor_credit_and_bio_closing_a_repost() -> None:
    body = (
        "The Harvan Council voted on Monday to raise ferry fares by a tenth.\n"
        "Ferry users in Vellorn said the rise would hurt commuters."
    )
    tail = (
        "Delivered by Vellorn Notes\n"
        "Contributed by Ana Holm of Kessa Watch.\n"
        "The author of a book on ferries, Ana was a candidate for the Harvan Council."
    )
    doc = clean_record(RawRecord("p", None, "p", f"{body}\n{tail}\n", "text"), Settings())
    assert (doc.text, doc.author) == (body, "Ana Holm")
