"""Words that point back, shown with what they point to; asker's turns, remarks to the
audience, the writer's questions, comparisons of likelihood (issue 15, branch 15q).

Our strict reading of FakeNewsCorpus claims (seeds 301-302, 41 wrong of 60) found
statements whose subject points back ("The same holds ...", "It seems like it's ...",
"These piers could ...") the biggest class (18), then lines that are no claim (8).
Invented texts of each kind, and what must stay.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.analyze.claims.anaphora import cut_start, points_back, to_audience, to_listener


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Tomas Vell")


def _said(doc: Any, c: Any) -> str:
    return doc.text[c.statement_start : c.statement_end]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words,indirect,expected",
    [
        ("The same holds for every other harbour.", False, True),
        ("The opposite holds for the smaller boats: they pay more.", False, True),
        ("It seems like it’s always one toll after another.", False, True),
        ("Perhaps then, it can never be settled by a vote.", False, True),
        ("So these 2 piers could be sold, if the tolls fall.", False, True),
        ("“This bold plan offers a new way to pay for the pier.”", False, True),
        ("If they do that, then the council wins.", False, True),
        ("In my view, it’s really the best way to pay for the pier.", False, True),
        ("Both were arrested in March.", False, True),
        ("He’s an odd choice for the post.", False, True),
        ("Which is why the vote failed in May.", False, True),
        ("It’s all part of the council’s plan.", False, True),
        ("This long inquiry…once again shows the link between tolls and debt.", False, True),
        ("The result could also be a closed harbour.", False, True),
        ("The problem is knowing when it ends.", False, True),
        ("The problem is that the council never met.", False, False),
        ("The Harvan Council had a port in that sense, even after the storm.", False, True),
        ("All of these show that the council is seeking new loans.", False, True),
        ("Perhaps it didn’t work the way the council hoped.", False, True),
        ("Still, nevertheless it was a vote.", False, True),
        ("It's up to the town.", False, True),
        ("Another is how to pay the crews.", False, True),
        ("Another storm hit the harbour in May.", False, False),
        ("It seems to be all wind and no rain.", False, True),
        ("It seems like the council never met.", False, False),
        # a personal pronoun in indirect speech is most often the speaker
        ("he would meet the Harvan Council in May", True, False),
        ("this decision may hurt the smaller boats", True, True),
        # what stays: a subject of its own, an expletive, a time, the page itself
        ("The Harvan Council closed the pier.", False, False),
        ("It is clear that the council hid the accounts.", False, False),
        ("This Vellorn council decision was a mistake.", False, False),
        ("This week the council voted to close the pier.", False, False),
        ("This interview was probably buried for years.", False, False),
        ("Those who fish at night pay twice.", False, False),
        ("In this outbreak, both raw and cooked fish led to illness.", False, False),
        ("Now that we know the tolls, perhaps we can plan.", False, False),
        ("When the council did that in 2010, the town lost its ferry.", False, False),
    ],
)
def test_points_back(words: str, indirect: bool, expected: bool) -> None:
    assert points_back(words, indirect) is expected


@pytest.mark.issue(15)
def test_cut_start() -> None:
    assert cut_start("and keep the quay clear,")
    assert cut_start("***, fines) because the law says so.")
    assert cut_start("… but even more troubling was the council’s vote")
    assert not cut_start("The council met.")
    assert not cut_start("iPhone sales rose in May.")


@pytest.mark.issue(15)
def test_writers_hedged_sentence_is_shown_with_what_it_points_to(analyze) -> None:
    doc, claims = analyze(
        "The Harvan Council closed the northern pier on Tuesday after the storm damaged its "
        "pilings. The move will probably end the fishing season for the town.\n"
    )
    # (branch 15u: "This is probably ..." in the writer's voice names nothing and is no
    # claim, test_antecedents; a definite description of what was told is still shown so)
    c = next(c for c in claims if "probably" in c.text)
    assert c.hedge == "possibly" and c.source_kind == "author"
    # shown with the sentence before, the statement the words alone, marked (claims 60)
    assert _said(doc, c).startswith("The move will probably")
    assert doc.text[c.refers_start : c.refers_end] == "The move"
    assert c.text == doc.text[c.start : c.end] and c.start == 0
    # the hedge is still the words' own, inside the second sentence
    assert doc.text[c.hedge_start : c.hedge_end] == "probably"


@pytest.mark.issue(15)
def test_a_quote_runs_on_to_its_earlier_sentence(analyze) -> None:
    doc, claims = analyze(
        "Mara Voss, the harbour master, was angry on Friday. “The council never asked the "
        "fishermen. It never came up at the council at all,” she said.\n"
    )
    c = next(c for c in claims if "never came up" in _said(doc, c))
    # shown from the quote's earlier sentence, the statement its own words, marked (claims
    # 60: joined statements were judged spans by readers of seeds 1003-1014)
    assert c.text.startswith("“The council never asked the fishermen.")
    assert _said(doc, c).startswith("It never came up")
    assert doc.text[c.refers_start : c.refers_end] == "It"
    assert c.source_name == "Mara Voss"


@pytest.mark.issue(15)
def test_a_reporting_verbs_words_keep_their_span_and_show_the_sentence_before(analyze) -> None:
    doc, claims = analyze(
        "Ivo Renk said the tolls would rise in May. He added that this decision may hurt "
        "the smaller boats.\n"
    )
    c = next(c for c in claims if "this decision" in _said(doc, c))
    assert _said(doc, c) == "this decision may hurt the smaller boats"  # Renk's words only
    assert doc.text[c.start : c.end].startswith("Ivo Renk said the tolls")
    assert c.source_name == "Ivo Renk" and c.hedge == "may"


@pytest.mark.issue(15)
def test_words_that_nothing_before_explains_are_dropped_unless_reported(analyze) -> None:
    doc, claims = analyze("Harbour news\n\nIt may be all they share.\n")
    assert not claims
    doc, claims = analyze("“This is a political game,” Mara Voss said.\n")
    assert [c.source_name for c in claims] == ["Mara Voss"]


@pytest.mark.issue(15)
def test_a_quotes_tail_cut_at_a_paragraph_joins_its_sentence(analyze) -> None:
    doc, claims = analyze(
        "“The square is open to every group in the town,” Ivo Renk stated on Monday.\n\n"
        "“Our permit policy lets every group ask for the square and helps the staff plan "
        "for security (guards, cleaning, etc.)\n\nand keep the quay clear,” Renk stated.\n"
    )
    tails = [c for c in claims if "keep the quay clear" in c.text]
    assert tails and all(_said(doc, c).startswith("“Our permit policy") for c in tails)


_QA = (
    "A reading with Ivo Renk and Mara Voss, recorded in the spring.\n\n"
    # (the council named: since 15w a turn that names nothing is no claim)
    "Ivo Renk: The Harvan Harbour Council raised the tolls twice in one year and the fishermen "
    "lost their winter income.\n\n"
    "Questioner: Yes, and I feel lost at sea about the boat I sold last year.\n\n"
    "Mara Voss: We would like to bring our listeners news of the harbour scandal "
    "that broke last spring.\n\n"
    "Questioner: I was so young back then and I honestly do not know why I sold the boat "
    "at all.\n"
)


@pytest.mark.issue(15)
def test_askers_turns_and_remarks_to_the_audience_are_no_claims(analyze) -> None:
    doc, claims = analyze(_QA)
    said = [_said(doc, c) for c in claims]
    assert any("raised the tolls twice" in s for s in said)
    assert not any("lost at sea" in c.text for c in claims)  # nor the author's
    assert not any("our listeners" in s for s in said)
    assert to_audience("We would like to bring our listeners news of the pier.")
    assert not to_audience("We would like to see the pier reopen.")


@pytest.mark.issue(15)
def test_writers_question_is_no_claim(analyze) -> None:
    _, claims = analyze(
        "The navy spent a month on the coast. If the ships stay in port all winter, will "
        "that not delay the rescue of the crews?\n"
    )
    assert not [c for c in claims if "delay the rescue" in c.text]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text,hedge",
    [
        ("Older crews are more likely to sell their boats than young ones.", None),
        ("In fact, it is more likely that the council hid the accounts.", "possibly"),
        ("The council will likely sell the pier.", "possibly"),
    ],
)
def test_a_comparison_of_likelihood_is_no_hedge(analyze, text: str, hedge: str | None) -> None:
    _, claims = analyze(text)
    assert [c.hedge for c in claims if "likely" in c.text][:1] == ([hedge] if hedge else [])


@pytest.mark.issue(15)
def test_advice_to_the_listener_put_impersonally() -> None:
    assert to_listener("It is not safe or even kind for you to sail alone.")
    assert not to_listener("It is not wise for the council to sell the pier.")


@pytest.mark.issue(15)
def test_may_want_to_is_advice_not_a_hedge(analyze) -> None:
    _, claims = analyze(
        "Sailors near the reef may want to keep to the channel this summer.\n"
        "The council may sell the pier.\n"
    )
    assert [c.hedge for c in claims] == ["may"]


@pytest.mark.issue(15)
def test_a_hosts_request_is_no_claim() -> None:
    assert to_audience("Well Ivo, before we finish, give us your view of the tolls.")
    assert not to_audience("They did not tell us the truth about the pier.")
    assert to_audience("What is your view, Ivo, and then also, tell us what you expect?")


@pytest.mark.issue(15)
def test_a_negated_possibility_is_no_hedge_and_a_heading_no_claim(analyze) -> None:
    _, claims = analyze(
        "The harbour was quiet all winter. I love this town so much that no other town, "
        "no one, could ever draw me away.\n\n"
        "Tolls may be rising faster than wages this spring\n\n"
        "The council may sell the pier.\n"
    )
    assert [c.hedge for c in claims] == ["may"]
    assert "sell the pier" in claims[0].text
