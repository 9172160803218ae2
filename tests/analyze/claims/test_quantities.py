"""Quantities bound to their subject by the parse (issue 15, round 5).

Invented sentences in the constructions that real pages use for amounts and that the
claims layer missed: money in ranges and after a level verb ("stood at $155 million"),
percentages, approximators the parser reads as prepositions ("up to 60,000"), "a total
of", spans of time and numbers of times as what the subject did, first-person quotes,
and casualties of an attack credited to whoever carried it out.  The rows that must
yield nothing are the false friends met on FakeNewsCorpus and Tehran Times pages.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of(None)


# text, subject contains, value, unit contains (None: any), normalised value
BOUND = [
    ("Between 1993 and 2001, the Harvan Council paid Mara Voss between $915,000 and "
     "$1.85 million in fees.", "Harvan Council", "between $915,000 and $1.85 million", "dollars",
     "number:915000:1850000"),
    ("During the first half of 2018, Vellorn’s trade with Harvan stood at $155.6 million.",
     "Vellorn", "$155.6 million", "dollars", "number:155600000:155600000"),
    ("The Harvan Council won 52 percent of the vote in March.", "Harvan Council", "52 percent",
     "percent", "fraction:0.52:0.52"),
    ("Iraq and Kuwait have agreed to swap up to 60,000 barrels per day of crude.", "Iraq",
     "up to 60,000", "barrels", "number:0:60000"),
    ("The Harvan Council made a total of 3.9 billion rials in contributions to the fund.",
     "Harvan Council", "a total of 3.9 billion", "rials", None),
    ("Mara Voss has spent 1,000 days in a Vellorn jail.", "Mara Voss", "1,000 days", "days", None),
    ("The Harvan Council has attacked the border post four times since May.", "Harvan Council",
     "four times", "times", None),
    ("“I have spent 1,000 days in this jail,” Mara Voss told reporters.", "Mara Voss",
     "1,000 days", "days", None),
    ("An attack claimed by the Harvan Council killed 17 civilians on Monday.", "Harvan Council",
     "17", "civilians", None),
    ("From a total of about 29 million votes, Mara Voss succeeded to win about 18 million.",
     "Mara Voss", "about 18 million", None, None),
    ("The Harvan Council is a group of nearly 400,000 men, women and children in 1,300 "
     "congregations.", "Harvan Council", "nearly 400,000", "men", None),
    ("Unemployment in Vellorn rose to 7.2 percent in March.", "Vellorn", "7.2 percent",
     "percent", "fraction:0.072:0.072"),
    ("The Harvan Council, with some 3,000 fighters, controls the north.", "Harvan Council",
     "some 3,000", "fighters", None),
    ("Vellorn holds at least three Harvan-Vellornian nationals.", "Vellorn", "at least three",
     "nationals", None),
    ("The United States has slashed its contribution to the Harvan relief fund by more than "
     "$65 million, but still gave the fund $60 million.", "United States", "$60 million",
     "dollars", None),
]  # fmt: skip


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "subject", "value", "unit", "norm"), BOUND)
def test_quantities_bound(analyze, text, subject, value, unit, norm) -> None:
    doc, claims = analyze(text)
    found = [c for c in claims if c.value == value]
    assert found, [(c.subject_text, c.value) for c in claims]
    c = found[0]
    assert subject in c.subject_text
    assert doc.text[c.value_start : c.value_end] == value
    if unit is not None:
        assert unit in (c.unit or "")
    if norm is not None:
        assert c.norm == norm
    assert c.status == "asserted"


UNBOUND = [
    "Mara Voss arrived in Vellorn two years ago and left three days later.",  # times, not counts
    "The Harvan Council grew three times faster than its rivals.",  # a ratio
    "The Harvan Council met Mara Voss on 12 March 2019 in Vellorn.",  # a date
    "Mara Voss said she is not trying to make a direct ’87 comparison.",  # a year
    "A bomb blast at a market in Vellorn killed more than 40 people.",  # no one named did it
    "The Harvan Council condemned the attack, which killed 12 people.",  # condemning is not doing
    "Mara Voss met with 300 people in Vellorn.",  # a verb's "with": whom she met, not hers
    # coordinated subjects: what the pair is or did together is neither's alone (claims
    # 103); a reciprocal act ("agreed to swap", above) is each party's
    "The Harvan Accord and New Reach are the only two remaining arms treaties in force.",
    # the "of" name of a count that is a preposition's object, beside the clause's own
    # subject: the sentence is about the subject (claims 103)
    "The Vellorn League is made up of the 48% of Americans who voted against the plan.",
    # a relative clause in an "as" clause is an aside two levels down (claims 103)
    "That is going to be a big problem for the Harvan government as Vellornia is backing the "
    "Tarnians, which are an enemy of Ostland.",
]


@pytest.mark.issue(15)
@pytest.mark.parametrize("text", UNBOUND)
def test_quantities_unbound(analyze, text) -> None:
    _, claims = analyze(text)
    assert not [c for c in claims if c.value and c.subject_text], [
        (c.subject_text, c.value) for c in claims
    ]


def test_quantities_spans_of_time_and_shares() -> None:
    from newsdossier.analyze.claims.syntax import count_spans, duration_spans

    text = "In 2014-2016 the Council won 52 percent and 7.2% in March, then served 39 years."
    assert [text[a:b] for a, b in count_spans(text)] == ["52 percent", "7.2%"]
    assert [text[a:b] for a, b in duration_spans(text)] == ["39 years"]


@pytest.mark.issue(15)
def test_quantities_members_of_a_part_have_a_scope(analyze) -> None:
    # "87 members ... who live in X" is a part of the membership: its scope keeps it from
    # contradicting a total of the whole
    _, claims = analyze(
        "Mara Voss points out there are only 87 members of the Harvan Council who live in Vellorn."
    )
    found = [c for c in claims if c.attribute == "member_count"]
    assert found and "Harvan Council" in found[0].subject_text
    assert found[0].scope == "vellorn"


@pytest.mark.issue(15)
def test_quantities_respectively_pairs_by_position(analyze) -> None:
    _, claims = analyze(
        "The Harvan Council and the Vellorn Front have 3,000 and 5,000 members, respectively."
    )
    got = {(c.subject_text, c.value) for c in claims if c.value}
    assert got == {("Harvan Council", "3,000"), ("Vellorn Front", "5,000")}
    # a parse whose lists do not line up pairs nothing rather than the first name with all
    _, claims = analyze(
        "Mara Voss, Tomas Vire and Ilse Varga received 377, 89 and 68 votes respectively."
    )
    got = {(c.subject_text, c.value) for c in claims if c.value}
    assert not any(s == "Mara Voss" and v in ("89", "68") for s, v in got), got


@pytest.mark.issue(15)
def test_quantities_tickers_bind_nothing(analyze) -> None:
    _, claims = analyze(
        "37,797 CONTRACTS (FOR 17 TRADING DAYS TOTAL 37,797 CONTRACTS OR 188.98 MILLION OZ)"
    )
    assert not [c for c in claims if c.value]


@pytest.mark.issue(15)
def test_quantities_whom_a_demand_names_is_a_fact(analyze) -> None:
    _, claims = analyze(
        "The Harvan Council has urged 48 state-run companies to buy their grain at home."
    )
    found = [c for c in claims if c.value == "48"]
    assert found and found[0].modality == "asserted"


# Branch 15p: a count whose noun phrase names its owner is the owner's, and amounts with
# scale words or abbreviations are read whole.  Invented sentences (the names are ones the
# small English model tags).
OWNED = [
    ("Forty members of the Harvan Council were arrested on Monday.", "Harvan Council", "Forty",
     "members"),
    ("Two of Mara Voss's sons were killed in the blast.", "Mara Voss", "Two", "sons"),
    ("The Harvan Council's 3,000 members voted on Monday.", "Harvan Council", "3,000", "members"),
    ("Every one of Vellorn's 32 local councils voted for the plan.", "Vellorn", "32",
     "councils"),
    ("Some 5,000 Harvan Council troops are stationed in the north.", "Harvan Council",
     "Some 5,000", "troops"),
    # "it", "its", "they" in an organisation's reported words
    ("The Harvan Front said 12 of its members were killed.", "Harvan Front", "12", "members"),
    ("The Harvan Front said they had fired 300 rockets.", "Harvan Front", "300", "rockets"),
    ("The Harvan Council received 35 trillion dinars from the fund.", "Harvan Council",
     "35 trillion", "dinars"),
    ("In 2017, the Harvan Council's net contribution was £9bn.", "Harvan Council", "£9bn",
     "pounds"),
    ("The move met opposition from 13 of the 15 Harvan Council members.", "Harvan Council",
     "13", "members"),
    # a change of a level; a window never ends inside a number
    ("The Harvan Council's exports fell by about two percent to $8.3 billion.",
     "Harvan Council", "about two percent", "percent"),
    ("The Harvan Council's imports grew by 30 percent compared to the previous year and "
     "reached $1.93 billion.", "Harvan Council", "$1.93 billion", "dollars"),
    # a participle under its subject's verb, and one after "by"
    ("The Harvan Oil Company is expanding the field, aiming to produce 80,000 barrels of "
     "condensate per day.", "Harvan Oil Company", "80,000", "barrels"),
    ("The Harvan Council punished the rebels by sending 300 troops to the border.",
     "Harvan Council", "300", "troops"),
    ("Vellornian banks gave 4.1 quadrillion dinars of loans to the economic sector.",
     "Vellornian", "4.1 quadrillion", "dinars"),
    # where the doing goes: "into", "on" on the predicate with its own subject
    ("The Harvan Council began pumping water into 1,200 tanks at the northern site.",
     "Harvan Council", "1,200", "tanks"),
    ("The Harvan Council cracked down on 300 protesters in Vellorn.", "Harvan Council", "300",
     "protesters"),
]  # fmt: skip


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "subject", "value", "unit"), OWNED)
def test_quantities_owned_counts(analyze, text, subject, value, unit) -> None:
    doc, claims = analyze(text)
    found = [c for c in claims if c.value == value and c.subject_text]
    assert found, [(c.subject_text, c.value) for c in claims]
    assert subject in found[0].subject_text
    assert doc.text[found[0].value_start : found[0].value_end] == value
    assert unit in (found[0].unit or "")


NOT_OWNED = [
    "Three Harvan Council supporters were arrested in the capital.",  # a stance
    "The Harvan Post page 1 is of January 18, 2017.",  # a number after its noun names it
    "Three provinces of Vellornia, Tavir and Ostrel have the most pilgrims.",  # the list's
    "Mara Voss said that 30 million doses of Harvan vaccine will be imported.",  # a kind
    "The plant's capacity is 724 megawatts, and 416 MW capacity is under construction.",
    "The Harvan Council said it would cost $5 million.",  # the thing talked about
    # a participle the parser hangs on the first verb, past a clause with its own subject
    "Mara Voss had shamed herself in the case, after the firm had been ruined, costing "
    "thousands of people their jobs.",
    "The inquiry covers the Harvan Council's 420 Mk 2 jets.",  # a model
    "The output was 76 million kWh in the fourth calendar month of Tavir.",  # a time
    "Mara Voss is scheming to help Tomas Vire escape by disappearing into the almost 1 "
    "million migrants.",  # reached through a participle: nobody's count
    "Officers Mara Voss and Tomas Vire responded to a 999 call on Saturday.",  # a number
    "The Harvan Council's forces belonged to battalions 8 and 9 of the army.",  # names
    "The exhibition will host traders from 12 districts, the Harvan Council said.",
    "The attack on 3 villages was condemned by the Harvan Council.",  # a noun's preposition
    "The Harvan Council carried out projects in stage 4 and stage 6 of the field.",  # names
]


@pytest.mark.issue(15)
@pytest.mark.parametrize("text", NOT_OWNED)
def test_quantities_not_owned(analyze, text) -> None:
    _, claims = analyze(text)
    bad = [(c.subject_text, c.value) for c in claims if c.value and c.subject_text]
    assert not bad, bad


@pytest.mark.issue(15)
def test_quantities_partitive_total_is_not_won(analyze) -> None:
    _, claims = analyze("The Harvan Council won 5 of the 7 contracts.")
    assert {c.value for c in claims if c.value and c.subject_text} == {"5"}


def test_quantities_scales_read_whole() -> None:
    from newsdossier.analyze.claims.syntax import count_spans
    from newsdossier.analyze.claims.values import normalize_value

    text = "They paid $2.5m, then €5.3bn and 35 trillion dinars; the wall is 2.5m high."
    got = [(text[a:b], normalize_value("number", text[a:b])) for a, b in count_spans(text)]
    assert got == [
        ("2.5m", "number:2500000:2500000"),
        ("5.3bn", "number:5300000000:5300000000"),
        ("35 trillion", "number:35000000000000:35000000000000"),
    ]
    assert count_spans("Some two third of the raw materials are imported.") == []


# news conventions for a person's age and a body's size before the name (branch 15p)
PREMODIFIERS = [
    ("The suspects include 39-year-old Mara Voss, who was wanted in the north.", "Mara Voss",
     "age", "39", "years"),
    ("The 45-year-old former soldier Tomas Vire was charged.", "Tomas Vire", "age", "45",
     "years"),
    ("Fears grew that the country could leave the 9-member Harvan Council without a deal.",
     "Harvan Council", None, "9", "members"),
    ("The resolution was adopted by the 15-member Harvan Council on Monday.", "Harvan Council",
     None, "15", "members"),
]  # fmt: skip


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "subject", "attribute", "value", "unit"), PREMODIFIERS)
def test_quantities_premodifiers(analyze, text, subject, attribute, value, unit) -> None:
    doc, claims = analyze(text)
    found = [c for c in claims if c.value == value]
    assert found, [(c.subject_text, c.value) for c in claims]
    c = found[0]
    assert (c.subject_text, c.attribute, c.unit) == (subject, attribute, unit)
    assert doc.text[c.value_start : c.value_end] == value


@pytest.mark.issue(15)
def test_quantities_age_not_across_a_conjunction(analyze) -> None:
    _, claims = analyze("Police arrested a 30-year-old man and Tomas Vire on Monday.")
    assert not [c for c in claims if c.attribute == "age"]
    # the size of a delegation is not its body's
    _, claims = analyze("A 12-member Harvan Council delegation travelled to the province.")
    assert not [c for c in claims if c.value == "12"]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "These contracts imply a 75% to 80% probability of Vellornia defaulting on its debt, "
        "according to Ivo Renk, a strategist at Harvan Bank.",
        "The Harvan Party has between 3 percent and 4 percent support, Ivo Renk said.",
    ],
)
def test_one_end_of_a_range_of_shares_is_no_value(analyze, text) -> None:
    # each figure of "75% to 80%" alone would cut the range to one end: the statement
    # stays, with no value (an independent reader of seed 1030 judged "80%" wrong)
    _, claims = analyze(text)
    assert claims
    assert not [c for c in claims if c.value], [(c.subject_text, c.value) for c in claims]


@pytest.mark.issue(15)
def test_a_share_beside_another_count_is_still_a_value(analyze) -> None:
    _, claims = analyze(
        "Unemployment in Vellornia rose to 7.5 percent in March, the Harvan office said."
    )
    assert [c.value for c in claims if c.value] == ["7.5 percent"]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "tidy"),
    [
        ("Wednesday it would be happy to meet the council", "it would be happy to meet the council"),
        ("on Tuesday that the Harvan Council would resign", "the Harvan Council would resign"),
        ("Monday morning the council had lied", "the council had lied"),
        ("Wednesday was the day of the vote", "Wednesday was the day of the vote"),
        ("the vote on Wednesday was rigged", "the vote on Wednesday was rigged"),
    ],
)  # fmt: skip
def test_the_day_of_the_saying_does_not_open_the_words(words: str, tidy: str) -> None:
    # "X said Wednesday it would ...": news writing puts the saying's day after its verb
    from newsdossier.analyze.claims.extract import tidied

    a, b = tidied(words, 0, len(words))
    assert words[a:b] == tidy
