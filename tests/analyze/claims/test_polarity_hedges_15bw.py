"""Polarity, modality and hedges of issue 15, round 4 (helper 15bw, claims v110): leads of
the independent readers of claims v99-v106, each with the neighbours that must stay as they
were.  Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.analyze.claims.reading import only_claim


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Kess Marlow")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Officials said it was clear that no forces were sent to the port.",
        "It is true that no bank has failed since 2008, the minister said.",
        "It was obvious that no one in the room trusted the envoy, Mara Voss told reporters.",
    ],
)
def test_a_denying_subject_of_the_complement_negates_it(analyze, text: str) -> None:
    # "no forces were going" after "it was clear that" (seed 1082)
    assert only_claim(analyze, text).polarity == "negative"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "It was clear that the plan had no support, the mayor said.",
        "The minister said it seems that no less than 40 ships were diverted.",
        "The village that no tourist visits is shrinking, the mayor said.",
        "It was so cold that no one went out, residents said.",
        "The storm was so strong that nothing was left of the pier, Ivo Renk said.",
        "It is a law that nobody likes, the senator said.",
    ],
)
def test_a_denying_word_elsewhere_leaves_the_clause_positive(analyze, text: str) -> None:
    assert only_claim(analyze, text).polarity == "positive"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The spokesman refused to say whether the ban may be extended, Mara Voss said.",
        "The agency declined to comment on whether the drug may cause harm, the report said.",
        "The council did not tell residents whether the water may be unsafe, Mara Voss said.",
    ],
)
def test_a_question_left_unanswered_hedges_nothing(analyze, text: str) -> None:
    # "refused to say whether the requirement ... may be expanded" (seed 1079)
    assert only_claim(analyze, text).hedge is None


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The minister declined to confirm if the talks could resume, but said the port may "
        "reopen next week.",
        "Mara Voss refused to say whether she would run, and added that the party may split.",
        "The mayor said if the union strikes, the port may close.",
        "The mayor did not say the port may close, officials said.",
        "Economists say the markets may fall further next year.",
    ],
)
def test_a_hedge_outside_the_question_stays(analyze, text: str) -> None:
    assert only_claim(analyze, text).hedge == "may"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Farmers said the subsidies they may lose are worth 40 million crowns.",
        "The villages the storm may reach first are on the coast, forecasters said.",
        "The farmers they may lose, the union said, are the youngest.",
    ],
)
def test_a_relative_without_its_pronoun_hedges_its_noun(analyze, text: str) -> None:
    # "projects the public may reject, they often cite ..." (seed 1084)
    assert only_claim(analyze, text).hedge is None


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Renk predicts the vote may fail, but the party disagrees.",
        "When the talks resume, the two sides may agree on a ceasefire, diplomats said.",
        "Ivo Renk said the guards may have left the gate open when the fire started.",
        "Next year the plant may close, officials said.",
        "Police believe the documents they seized may prove the fraud, the prosecutor said.",
        "Whenever the river floods, the bridge may be closed, the mayor said.",
    ],
)
def test_a_main_clauses_may_stays(analyze, text: str) -> None:
    assert only_claim(analyze, text).hedge == "may"


@pytest.mark.issue(15)
def test_a_second_main_clause_with_a_pointing_that_keeps_its_hedge(analyze) -> None:
    # "Kiev is backed by X and that proxy war could become a direct war" (seed 1083)
    c = only_claim(
        analyze, "Vellornia is backed by Harvan and that proxy war could become a direct war."
    )
    assert c.hedge == "may"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Ivo Renk said that the port will close and that its workers might need new jobs.",
         "the port will close"),
        ("The ministry reported that exports fell in May, and that growth may slow in the "
         "autumn.", "exports fell in May"),
        ("The union said wages had risen, that prices had risen more, and that strikes might "
         "follow.", "prices had risen more"),
    ],
)  # fmt: skip
def test_a_second_reported_that_clause_hedges_only_itself(analyze, text: str, first: str) -> None:
    doc, claims = analyze(text)
    (c,) = [c for c in claims if doc.text[c.statement_start : c.statement_end] == first]
    assert c.hedge is None


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "“I know if I eat too much sugar, my brain will feel foggy,” Ivo Renk said.",
        "“I know if we lose this vote, the party will split,” the senator said.",
        "“They know that if prices rise, voters will punish them,” Mara Voss said.",
    ],
)
def test_a_known_condition_is_conditional(analyze, text: str) -> None:
    # "I know if I eat too much dairy, ..., my brain will feel foggy" (seed 1079)
    assert only_claim(analyze, text).modality == "conditional"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Ivo Renk asked if the fees, once raised, would hit farmers hardest.", "question"),
        ("Police asked whether the driver, who fled, would surrender, and he did on Monday.",
         "question"),
        ("Mara Voss said she did not know if the bridge, which opened in 2019, would be "
         "repaired.", "asserted"),
        ("“We don't know if the talks will resume,” the envoy said.", "asserted"),
        ("Nobody knows if the reactor, damaged in the quake, can be repaired, engineers said.",
         "asserted"),
        ("“I don't know if I would run again, but I might,” Ivo Renk said.", "asserted"),
    ],
)  # fmt: skip
def test_an_embedded_question_stays_one(analyze, text: str, modality: str) -> None:
    assert only_claim(analyze, text).modality == modality


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Renk said that everyone should work to close the loophole, which has allowed "
        "2,000 sales since 2004.",
        "“We must act now,” Senator Jane Whitford said.",
        "Mara Voss suggested that the ban be lifted before the summer.",
    ],
)
def test_a_call_on_everyone_and_a_proposal_are_directives(analyze, text: str) -> None:
    # "everyone should work to close what's been called the terror loophole" (seed 1077)
    assert only_claim(analyze, text).modality == "directive"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "“We should know more by Friday,” the police chief said.",
        "“Everyone must have a ticket to enter,” the organisers said.",
        "The bridge should reopen in May, officials said.",
        "The minister suggested that the figures were wrong.",
        "The report suggested the guards had left early.",
        "Mara Voss said we need to remember the victims.",
        "“We need to see the figures first,” Ivo Renk said.",
        "Analysts suggested the decline was temporary.",
        "“We should be proud of what we built,” the mayor said.",
        "Ivo Renk said voters should reject the bill.",
    ],
)
def test_an_expectation_a_rule_or_a_suggested_fact_stays_asserted(analyze, text: str) -> None:
    assert only_claim(analyze, text).modality == "asserted"


def _subjects(analyze, text: str) -> list[tuple[str, str | None]]:
    return [(c.subject_text, c.attribute) for c in analyze(text)[1] if c.value is not None]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Andrew Renk was named deputy director in 2016. Renk’s wife also received roughly "
        "$675,000 from donors during her campaign.",
        "Mara Voss's company earned $3 million last year, the filing showed.",
        "But most Vellornians don’t live inside the Harvan ring road, and sooner or later, "
        "there will be no place to hide.",
        "Many Vellornians live in Harvan, the ministry said.",
        "Some 3,000 Vellornians live in Harvan.",
        "Most Harvanese earn less than $300 a month, the report said.",
    ],
)
def test_an_owner_or_some_of_a_people_is_not_the_subject(analyze, text: str) -> None:
    # "McCabe’s wife", "most Americans don't live inside the DC beltway" (seeds 1071, 1084)
    assert _subjects(analyze, text) == []


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The Vellornian government has spent $40 million on the bridge since 2019, officials "
         "said.", "Vellornian"),
        ("Ivo Renk has raised $2 million for the campaign since March.", "Ivo Renk"),
        ("Vellornia has 40,000 soldiers, the ministry said.", "Vellornia"),
        ("The Vellorn Front has about 3,000 fighters, officials said.", "Vellorn Front"),
        ("Ivo Renk, the mayor, received 52 percent of the vote.", "Ivo Renk"),
        ("The Vellornians have 40,000 soldiers on the border, officials said.", "Vellornians"),
        ("The Vellorn Front is not based in Harvan, officials said.", "Vellorn Front"),
    ],
)  # fmt: skip
def test_a_named_subject_stays(analyze, text: str, subject: str) -> None:
    assert [s for s, _ in _subjects(analyze, text)] == [subject]


@pytest.mark.issue(15)
def test_a_name_modifying_an_appositions_noun_is_no_leader(analyze) -> None:
    # "One ex-CIA leader, <politician> advocate <name>, compared ..." (seed 1072)
    text = (
        "One ex – CIA leader, Vellorn Party advocate Ivo Renk, compared the hack Friday to "
        "“the political equivalent of 9/11.”"
    )
    assert [c for c in analyze(text)[1] if c.attribute == "leader"] == []


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The Front's commander, Ivo Renk, met Harvan officials on Monday.",
        "The Vellorn Front's chief, Ivo Renk, has led the group since 2009.",
    ],
)
def test_a_leader_in_apposition_stays(analyze, text: str) -> None:
    assert [c.value for c in analyze(text)[1] if c.attribute == "leader"] == ["Ivo Renk"]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "“I don’t think that’s the man the president wants for the job,” Ivo Renk said.",
        "“I don’t believe the port will reopen this year,” Mara Voss said.",
        "“I don't think we should have closed the port,” Ivo Renk said.",
    ],
)
def test_an_opinion_denied_is_negated_and_hedged(analyze, text: str) -> None:
    # "I don't think that's the guy ..." (seed 1082)
    c = only_claim(analyze, text)
    assert (c.polarity, c.hedge) == ("negative", "opinion")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "“I don’t think so,” Ivo Renk said when asked if the port would reopen.",
        "Mara Voss said she did not think the port would reopen this year.",
        "“He doesn’t think the port will reopen,” Mara Voss said.",
        "“I don’t know whether the port will reopen,” Mara Voss said.",
        "“We didn’t think the storm would hit the coast,” the mayor said.",
    ],
)
def test_a_denial_that_is_no_opinion_of_ones_own_stays_unhedged(analyze, text: str) -> None:
    c = only_claim(analyze, text)
    assert (c.polarity, c.hedge) == ("negative", None)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Martin Renk says he is worried because the golden age we have been in seems to be "
         "coming to an end.", "appears"),
        ("Ivo Renk said he was optimistic because the talks may resume in May.", "may"),
    ],
)  # fmt: skip
def test_the_ground_of_a_feeling_keeps_its_hedge(analyze, text: str, hedge: str) -> None:
    # "he is worried because the golden age ... seems to be coming to an end" (seed 1079)
    assert only_claim(analyze, text).hedge == hedge


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The council filed a request because the figures appear to be incomplete, Mara Voss said.",
        "The method is a godsend because it may raise output, farmers said.",
        "Ivo Renk is worried that the dam may collapse, Mara Voss said.",
    ],
)
def test_the_reason_of_an_act_keeps_its_hedge_to_itself(analyze, text: str) -> None:
    assert only_claim(analyze, text).hedge is None


@pytest.mark.issue(15)
def test_the_writers_apposition_is_not_what_a_court_found(analyze) -> None:
    # "the High Court concluded that X, the ex-leader of an Islamist group ..." (seed 1068)
    text = (
        "In December 2013, the Harvan High Court concluded that Ivo Renk, the ex-leader of an "
        "Islamist group that fought the old regime, had a “well-founded claim” against the "
        "former head of the service, Mara Voss."
    )
    assert [c for c in analyze(text)[1] if c.attribute == "ideology"] == []


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Police said Ivo Renk, the leader of an Islamist group, was arrested on Monday.",
        "The inquiry concluded that the Vellorn Front is an Islamist group.",
        "The Vellorn Front, an Islamist group, said it would attend the talks.",
    ],
)
def test_an_ideology_the_speaker_or_the_writer_gives_stays(analyze, text: str) -> None:
    assert [c.value for c in analyze(text)[1] if c.attribute == "ideology"] == ["Islamist"]


@pytest.mark.issue(15)
def test_a_value_of_the_finding_itself_stays(analyze) -> None:
    text = "The court ruled that Ivo Renk, the group's leader, must pay $40,000 in damages."
    assert [c.value for c in analyze(text)[1] if c.value] == ["$40,000"]


@pytest.mark.issue(15)
def test_nobody_would_deny_is_no_opinion_denied(analyze) -> None:
    c = only_claim(
        analyze, "“I don’t think anybody would deny that we’re in a new cold war,” Ivo Renk said."
    )
    assert (c.polarity, c.hedge) == ("positive", None)
