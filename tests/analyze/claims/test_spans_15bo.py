"""Statement spans (issue 15, branch 15bo, claims v96).

Independent readers of claims v92/v93 (seeds 1052-1058) found statements that were not
one speaker's whole words: the writer's fronted phrase before "X said that <adverbial>,
<clause>" or before "X stated—“...”"; a parenthesis glossing the source ("(http://...),")
at the start of the words; the writer's "so let's ..." joined to reported words; a heading
run into the sentence after it; the "not only ..." half of a pair whose "but" half comes
in the next paragraph.  Invented sentences of each construction, and what must stay.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.analyze.claims.fragments import glued_heading_end, half_of_pair

pytestmark = pytest.mark.issue(15)


def _words(claims_of: Any, text: str) -> list[str]:
    doc, claims = claims_of("Tomas Vell")(text + "\n")
    return [doc.text[c.statement_start : c.statement_end] for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In his message for the harbour festival, published Wednesday, Mayor Ivo Renk said "
            "that in a world of fast trade, there is a duty to keep the port open.",
            "in a world of fast trade, there is a duty to keep the port open",
        ),
        (
            "Ivo Renk said that after the vote, the council will meet again.",
            "after the vote, the council will meet again",
        ),
        (
            "Putting a fine point on his reasons for leaving, Ivo Renk stated—“After all these "
            "years, my passion for the work is undiminished.”",
            "After all these years, my passion for the work is undiminished.",
        ),
        (
            "According to a study by the Vellorn Office of Statistics (http://bit.ly/2xYzAbC), "
            "women are more likely to feel anxious than men.",
            "women are more likely to feel anxious than men",
        ),
        (
            "According to the weather agency (VWA), the storm will reach the coast on Friday.",
            "the storm will reach the coast on Friday",
        ),
        (
            "Attorney General Ivo Renk maintains that an inquiry is underway, so let’s assume "
            "(for argument’s sake) that the files will be recovered.",
            "an inquiry is underway",
        ),
        (
            # (the hedge of the main clause: the relative's "may" is not the sentence's,
            # claims v110, and a writer's unhedged sentence is no claim)
            "Here are four ways the council misleads residents. Cherry-picked reports When city "
            "agencies start projects the public may reject, they probably cite studies proving "
            "the wisdom of their plans.",
            "When city agencies start projects the public may reject, they probably cite studies "
            "proving the wisdom of their plans.",
        ),
    ],
)
def test_the_statement_is_the_speakers_whole_words(claims_of, text, want) -> None:
    assert want in _words(claims_of, text)


def test_the_first_half_of_a_pair_broken_off_is_no_statement(claims_of) -> None:
    text = (
        "As we reported last week, not only has the alliance moved its troops to the border, "
        "with pilots flying patrols over the coast…\n\n… but even more troubling, the "
        "alliance may now strike first."
    )
    assert not any(w.startswith("not only") for w in _words(claims_of, text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the verb's own phrases and a that-clause with no adverbial stay as they were
        ("Speaking to reporters on Tuesday, Ivo Renk said the port would reopen in May.",
         "the port would reopen in May"),
        ("After weeks of delay, the port will reopen, Ivo Renk said.",
         "After weeks of delay, the port will reopen"),
        ("Fewer ships, more delays, Ivo Renk said.", "Fewer ships, more delays"),
        # a dash after more words is an aside, not the quote's opening
        ("The mayor, Ivo Renk, said the tolls—“a tax on the poor”—would be cut.",
         "the tolls—“a tax on the poor”—would be cut"),
        # "let's" inside the speaker's quote is the speaker's
        ("Ivo Renk said, “We are ready, so let’s go.”", "We are ready, so let’s go."),
        ("“We will rebuild, so let’s get to work,” Ivo Renk said.",
         "We will rebuild, so let’s get to work,"),
        # a "so" clause of the speaker's own stays
        ("Ivo Renk said that the tolls will rise, so the shippers will pay more.",
         "the tolls will rise, so the shippers will pay more"),
        # a pair whose second half is there, or that ends as a sentence
        ("As we reported last week, not only has the alliance moved its troops, but it has "
         "also doubled its patrols.",
         "not only has the alliance moved its troops, but it has also doubled its patrols"),
        ("Ivo Renk said that not only is the port closed, the ferries have stopped too.",
         "not only is the port closed, the ferries have stopped too"),
        # "let" as a verb of the words
        ("Ivo Renk said he would let the tolls rise.", "he would let the tolls rise"),
        # a dash aside between verb and words, and a parenthesis after the speaker's name
        ("Ivo Renk said — and he repeated it twice — that the port would close.",
         "the port would close"),
        ("Ivo Renk (a former pilot), said the runway was too short.",
         "the runway was too short"),
        # a parenthesis inside the words stays
        ("Ivo Renk said the port (which opened in 1990) is safe.",
         "the port (which opened in 1990) is safe"),
    ],
)  # fmt: skip
def test_what_must_not_change(claims_of, text, want) -> None:
    assert want in _words(claims_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The film After Dark may win an award.",
        "Critics praised the book When Harbours Sleep, which may sell well this year.",
        "Port tolls may rise in May, the council says.",
        "Voters in Harvan said If the tolls rise they may move.",
        "Ivo Renk may run again When asked, he smiled.",
        "Read our report On the port here.",
    ],
)
def test_no_heading_where_the_words_are_one_sentence(text) -> None:
    assert glued_heading_end(text) == 0


@pytest.mark.parametrize(
    ("words", "half"),
    [
        ("not only has the port closed…", True),
        ("not only has the port closed...", True),
        ("not only has the port closed, but the ferries have stopped…", False),
        ("Not only did the ferries stop, the trains stopped too.", False),
        ("The port not only reopened…", False),
        ("the tolls may rise…", False),
    ],
)
def test_half_of_pair(words, half) -> None:
    assert half_of_pair(words) is half
