"""Every dated happening is an event (issue 16): dates no trigger takes, reporting verbs.

Our own invented sentences, one per construction met while reading FakeNewsCorpus
and Tehran Times pages (eval/time/README.md); the "none" cases guard precision: a
date that names a thing, a bound, a period, a plan or a state dates no happening.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.analyze.events import extract_events
from newsdossier.analyze.events.predicates import find_verbs, is_dateline
from newsdossier.analyze.time import extract_times
from newsdossier.model import Mention, PublishedDate, Sentence

PUB = PublishedDate("2011-03-16", "day", "byline")  # a Wednesday


def _events(text: str, pub: PublishedDate | None = PUB) -> list[tuple[str, str | None, str]]:
    lead = "Officials said little. "
    doc = lead + text
    sents = [Sentence("d", 0, len(lead) - 1, lead[:-1]), Sentence("d", len(lead), len(doc), text)]
    events = extract_events(sents, extract_times(doc, "d", pub), ())
    for e in events:
        assert doc[e.start : e.end] == e.text
        assert e.time is None or doc[e.time.start : e.time.end] == e.time.text
    return [
        (e.type, e.time.value if e.time else None, doc[e.trigger_start : e.trigger_end])
        for e in events
    ]


CASES = [
    # a fronted date dates the first verb after it, outside a subordinate clause
    ("In 2015, Velmora opened just 2 clinics in the north.", [("other", "2015", "opened")]),
    ("The study finds that in 2015, Velmora opened few clinics.", [("other", "2015", "opened")]),
    ("On May 3, 2011, weeks before Renk was to take office, he faced a new problem.",
     [("other", "2011-05-03", "faced")]),
    # two consecutive years are one span (time v10): one happening, 2004-2005
    ("In 2004 and 2005, when the militias were fighting house to house, Estmark didn't back "
     "down.", [("other", "2004", "didn't")]),
    # a later date dates the nearest verb before it
    ("The council suddenly removed them from the register in 2012.",
     [("other", "2012", "removed")]),
    ("The exiles were trained at a farm until the governor took office in 2009.",
     [("other", "2009", "took")]),
    ("He knew from at least June 23, 2008 that the envoy was lying.",
     [("other", "2008-06-23", "knew")]),
    # a date followed by "when" dates the when-clause, unless it opens the sentence
    ("And now, in fact, on March 14 when the governor was in Kheshmar, a fire broke out.",
     [("other", "2011-03-14", "was")]),
    ("On March 14, when the governor was in Kheshmar, a fire broke out.",
     [("other", "2011-03-14", "broke")]),
    # "the <noun> of <date>" with no verb before it
    ("Starting with the staged border operation of May 2, 2004 that changed everything, they "
     "lied.", [("other", "2004-05-02", "operation")]),
    # a dated reporting verb is a statement
    ("The spokesman said on Monday that the convoy had left.",
     [("statement", "2011-03-14", "said")]),
    ("In May 2004, the journalist Ivo Renk reported the plan.",
     [("statement", "2004-05", "reported")]),
    # no happening: a date that names a thing, a bound, a period, a plan, a state
    ("The agencies follow the 2015 National Flood Plan.", []),
    ("The registry is still well below the 2015 regional average.", []),
    ("Doctors have risen by 100% from 1970 to today.", []),
    ("The group's paper has appeared every week since 1980.", []),
    ("The firm signed off the accounts for 2010/11 without a word.", []),
    ("Output will reach 3 million tonnes by 2030.", []),
    ("The base year of calculation is 2016.", []),
    ("Tomorrow the committee, chaired by Renk since 2014, will hold a hearing.", []),
    ("Stalin asserted that repression was based on the Constitution of 1936.", []),
    ("The actor says Hollywood wants her to run for president in 2020.", []),
    ("Today's Kheshmar is a city of traders.", []),
    ("KHESHMAR, March 3, 2010 (Vellorn Press) - The envoy arrived.", []),
    ("Vellorn, August 22, 2018", []),
    ("See http://example.com/2013/06/09/story and the resolution S/2018/1234 text.", []),
    ("The passage in the June 30, 2010 draft stated the opposite.", []),
    ("On April 18, 1775 the decision came, and he later explained it.",
     [("other", "1775-04-18", "came")]),
    ("From a record high in May 2017, the index has collapsed.", []),
    ("Police arrested the site's alleged owner in 2013.", [("arrest", "2013", "arrested")]),
    ("Investors expect a further interest-rate cut in March 2016.", []),
    ("It went well until the events of 2014 when we all remember what they were about.",
     [("other", "2014", "events")]),
    ("Between November 2016 and March 2017 more than 400 people developed the illness.",
     [("other", "2016-11", "developed")]),
    ("In 2016, in response to a question about the wall, the pope said such a man was cruel.",
     [("statement", "2016", "said")]),
    # an activity over a decade is a period, marked as a state (states.py)
    ("I worked along the margins of show business in the 1980′s.",
     [("state", "1980", "worked")]),
    ("Renk gave the best 2017 average price forecast in the contest last year.",
     [("other", "2010", "gave")]),
    ("Grants were made under sections 2003 and 2004 of the act.", []),
    ("The pope's message for the day was released Jan. 24 in Rome.",
     [("other", "2011-01-24", "was released")]),
    ("Between 1993 and 2001, when the company declared bankruptcy, Enron paid Renk a fee.",
     [("other", "1993", "paid")]),
    ("The network has announced that the new series will air Jan. 12.", []),
    ("In 2006, a party called “Charity and Freedom” was registered in Vellorn.",
     [("other", "2006", "was registered")]),
    # second round (issue 16): dates listed after "of", the end of a past state, a date
    # alone in parentheses, "to him" is no infinitive
    ("The council's two memos of May 3, 2006 and June 9, 2008, were later handed over to "
     "the judge.", [("transfer", None, "handed over"), ("other", "2006-05-03", "memos"),
                    ("other", "2008-06-09", "memos")]),
    ("The governor was head of the port authority until September 2006.",
     [("other", "2006-09", "was")]),
    ("He will stay in Kessa until March 2019.", []),
    ("The abandonment of the strict rule (1961) that barred them was a mistake.",
     [("other", "1961", "rule")]),
    ("It can be seen from a letter sent to him by Ivo Renk on July 28, 2010.",
     [("other", "2010-07-28", "sent")]),
    ("Envoys Ivo Renk and Ana Holm visited Kessa in 2005 and 2008, respectively.",
     [("meeting", "2005", "visited"), ("meeting", "2008", "visited")]),
    # the other end of a stretch of time dates no trigger before it, but custody "since"
    # dates the arrest; a present passive states, an adjective after "another" is no verb
    ("It was the first official visit to Kessa by a Vellorn leader since 2001.", []),
    ("Renk has been in detention in Kessa since October 2009.",
     [("arrest", "2009-10", "detention")]),
    ("The river trade is estimated at 5 million in 2009 and is projected to grow.", []),
    # an embedded post's signature date dates none of its words: it dates the post (events v19)
    ("Arrest them all pic.twitter.com/x1 — Ana Holm (@anaholm) March 14, 2011",
     [("arrest", None, "Arrest"), ("statement", "2011-03-14", "Ana Holm (@anaholm)")]),
    ("In April 2009, in another nationally televised interview, Renk made clear that he would "
     "stay.", [("other", "2009-04", "made")]),
    ("The market is the collateral now, like it was in 2006 and 2007.", []),
    ("He was created a life peer in 2006.", [("other", "2006", "was created")]),
    ("$10,000,000 is authorized for each of fiscal years 2016 through 2020.", []),
    ("He spoke the historical language of 20th century diplomacy.", []),
    ("The page talks about the purchase of the firm last year.", []),
    # the date of a quoted text's writing is a citation, no happening; a letter written is one
    ("\u201cA harbour is a promise,\u201d Ivo Renk wrote in 1937 during the long slump.", []),
    ("In 1969, two years before the Vellorn pact, Ivo Renk wrote: \u201cThe state must go.\u201d",
     []),
    # a level a measure stood at is no happening; the event "of" a date is one
    ("Harvan shares are still 40% below their peak of March 2008.", []),
    ("Renk spoke of the reshuffle of March 2008.", [("other", "2008-03", "reshuffle")]),
    # "was to have + participle": a plan that did not come about
    ("The council was to have received the first payment on July 12, 2010, but it never came.",
     []),
    ("The council received the first payment on July 12, 2010.",
     [("other", "2010-07-12", "received")]),
    ("Ivo Renk wrote a letter to the Harvan Council in 1937.",
     [("statement", "1937", "wrote")]),
    ("\u201cThe port is a mission,\u201d Renk wrote in his message released Jan. 24, 2011.",
     [("other", "2011-01-24", "released")]),
]  # fmt: skip


@pytest.mark.issue(16)
@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_happenings_case_table(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _events(sentence) == expected


@pytest.mark.issue(16)
def test_happenings_undated_document_keeps_relative_dates_unresolved() -> None:
    """No anchor, no value, no event: "last year" in an undated article is no happening."""
    assert _events("The camp closed last year and the guards left on Friday.", None) == []


@pytest.mark.issue(16)
def test_happenings_summary_is_the_clause() -> None:
    lead = "Officials said little. "
    text = "The envoy left in 2009; the camp was emptied in 2012 by the new government."
    doc = lead + text
    sents = [Sentence("d", 0, len(lead) - 1, lead[:-1]), Sentence("d", len(lead), len(doc), text)]
    events = extract_events(sents, extract_times(doc, "d", None), ())
    assert [(e.time.value if e.time else None, e.summary) for e in events] == [
        ("2009", "The envoy left in 2009"),
        ("2012", "the camp was emptied in 2012 by the new government."),
    ]


@pytest.mark.parametrize(
    ("sentence", "verbs"),
    [
        ("The alleged attack was badly planned by so-called experts.", ["was badly planned"]),
        ("It has not yet been seen, and 61 mln won went to the U.S.-backed groups.",
         ["has not yet been", "went"]),
        ("The committee, chaired by Renk, is to be dissolved.", ["is"]),
        ("The United Nations backed the plan and the army advanced.", ["backed", "advanced"]),
    ],
)  # fmt: skip
def test_predicates_find_verbs(sentence: str, verbs: list[str]) -> None:
    assert [sentence[a:b] for a, b in find_verbs(sentence, sentence.lower())] == verbs


def test_predicates_dateline() -> None:
    text = "PARIS, May 3, 2011 (Vellorn Press) -- The envoy left."
    assert is_dateline(text, 7, 18)
    assert not is_dateline("He left on May 3, 2011 - then came back.", 11, 22)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["In 2015,", "Renk", "had", "left", "the 2009 plan", "on May 3", "was", "that",
             "last year", "since 1980", ",", "when", "the camp", "took office in 2009", "."]
        ),
        min_size=1,
        max_size=14,
    )
)  # fmt: skip
def test_happenings_offsets_are_provenance(words: list[str]) -> None:
    """Whatever the words, every event's evidence, trigger and date are spans of the text."""
    _events(" ".join(words))


def _one_sentence(text: str, pub: PublishedDate | None, mentions: tuple[Mention, ...] = ()):
    lead = "Officials said little. "
    doc = lead + text
    sents = [Sentence("d", 0, len(lead) - 1, lead[:-1]), Sentence("d", len(lead), len(doc), text)]
    shifted = tuple(
        Mention("d", m.start + len(lead), m.end + len(lead), m.text, m.label, m.type, m.key,
                m.analyzer, m.version)
        for m in mentions
    )  # fmt: skip
    return doc, extract_events(sents, extract_times(doc, "d", pub), shifted)


@pytest.mark.issue(16)
def test_happenings_a_year_after_a_person_is_a_citation() -> None:
    text = "The research by Ana Holm (2013) states that the river is long."
    holm = Mention("d", 16, 24, "Ana Holm", "PERSON", "person", "ana holm", "t", "1")
    assert text[holm.start : holm.end] == "Ana Holm"
    _doc, events = _one_sentence(text, None, (holm,))
    assert events == []


@pytest.mark.issue(16)
def test_happenings_evidence_leaves_out_an_unresolved_date() -> None:
    """In an undated page, the 1988 event's evidence must not show "five years ago"."""
    text = (
        "As the floods came back some five years ago, the guard did what it had "
        "done in the Vell operation in 1988, the guard chief said."
    )
    doc, events = _one_sentence(text, None)
    (dated,) = [e for e in events if e.time is not None and e.time.value]
    assert dated.time is not None and dated.time.value == "1988"
    assert doc[dated.start : dated.end] == dated.text
    assert dated.text.startswith("the guard did what") and "years ago" not in dated.summary
    # with a publication date "five years ago" is resolved: the sentence stays whole
    _doc, events = _one_sentence(text, PUB)
    assert all(e.text == text for e in events)


# --- classes read on unseen pages (issue 16, second reading) -------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a date listed after a trigger's own date is the same happening's
        (
            "The group was delisted by the Harvan Council and Vellorn in 2009 and 2012, respectively.",
            {("delisting", "2009"), ("delisting", "2012")},
        ),
        # a revolution or a siege named by its year is a happening of that year
        ("It kept fighting after the 1979 Vellorn Revolution, against the new state.",
         {("unrest", "1979")}),
        ("Nobody forgot the 2002 harbour siege in the old theatre.", {("military_operation", "2002")}),
    ],
)  # fmt: skip
def test_unseen_page_classes(text: str, want: set[tuple[str, str]]) -> None:
    got = {(typ, value) for typ, value, _ in _events(text, None) if value is not None}
    assert want <= got


def test_a_bare_revolution_takes_no_later_year() -> None:
    got = _events("The revolution was the state's founding myth, and in 2012 it fell.", None)
    assert ("unrest", "2012") not in {(t, v) for t, v, _ in got}


def test_a_parenthesised_range_in_a_heading_dates_nothing() -> None:
    toc = "Contents: • Harbour Sensors Revenue (Value) by Region (2017-2022) • Supply by Type"
    assert [v for _, v, _ in _events(toc, None) if v] == []
    assert ("agreement", "1958") in {
        (t, v) for t, v, _ in _events("Under the Harbour Treaty (1958), ships paid no toll.", None)
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a source's credit closed by its date: the cited piece's date, no happening's
        ("See it. [ Port shooting suspect's past, by Ana Holm, example.com, February 11th 2018]", set()),
        # a date glossing a time ("the current year (March 20, 2020)") dates no plan
        ("The firm plans to overhaul 12 ships by the end of the current year (March 20, 2020).", set()),
        ("Ivo Renk took part in a similar 2014 standoff at the dam.", {("military_operation", "2014")}),
    ],
)  # fmt: skip
def test_unseen_page_precision(text: str, want: set[tuple[str, str]]) -> None:
    assert {(t, v) for t, v, _ in _events(text, None) if v is not None} == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ivo Renk, whose father took part in a similar 2014 standoff, faced off with agents.",
         ("military_operation", "2014")),
        ("This is the man with whom Renk took a photo at a 2005 Harvan Caucus meeting, a photo "
         "that was later hidden.", ("meeting", "2005")),
    ],
)  # fmt: skip
def test_a_date_naming_a_noun_in_a_relative_clause_dates_it(
    text: str, want: tuple[str, str]
) -> None:
    assert want in {(t, v) for t, v, _ in _events(text, None)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("They argued over the 2015 harbour deal for weeks.", ("agreement", "2015")),
        ("After the 2010 earthquake, Vellorn rebuilt its port.", ("disaster", "2010")),
        ("Renk won the 2018 midterms easily.", ("election", "2018")),
        ("Survivors of the 1994 genocide met in Vellorn.", ("killing", "1994")),
    ],
)
def test_a_happening_named_by_its_year(text: str, want: tuple[str, str]) -> None:
    assert want in {(t, v) for t, v, _ in _events(text, None)}


def test_bare_disaster_words_are_no_events() -> None:
    got = _events("The minister warned of a flood of lawsuits and an outbreak of anger.", None)
    assert not any(t == "disaster" for t, _, _ in got)


def test_an_adverb_before_a_bound_keeps_it_a_bound() -> None:
    got = {
        (t, v)
        for t, v, _ in _events("Sometime after 2009, he re-entered Vellorn and was arrested.", None)
    }
    assert ("arrest", "2009") not in got
    got = {
        (t, v)
        for t, v, _ in _events("Just after midnight on May 3, 2011, Renk was arrested.", None)
    }
    assert ("arrest", "2011-05-03") in got


def test_an_adverb_makes_an_ambiguous_past_form_a_verb() -> None:
    got = _events("The council, however, unilaterally quit the port deal in May 2018.", None)
    assert ("other", "2018-05") in {(t, v) for t, v, _ in got}
    assert [v for _, v, _ in _events("A further rate cut in March followed.", None) if v] == []


# --- wrong dates read on unseen pages (issue 16, fourth reading) ---------------------


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("Ivo Renk was convicted in 2015 of killing two guards at the dam.", "killing"),
        ("Renk was jailed in March 2016 for the bombing of the Vellorn ferry.", "bombing"),
        ("A Harvan court sentenced him in 2012 over the attack on the depot.", "attack"),
    ],
)
def test_a_judgement_lends_no_date_to_the_crime_it_is_for(text: str, crime: str) -> None:
    got = _events(text, None)
    assert any(v is not None for _, v, _ in got)  # the judgement keeps its date
    assert all(v is None for _, v, trig in got if trig == crime)


def test_a_dated_crime_keeps_its_own_date_under_a_judgement() -> None:
    got = {(t, v) for t, v, _ in _events("Renk was sentenced in 2012 for the 2009 bombing.", None)}
    assert {("court_ruling", "2012"), ("bombing", "2009")} <= got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a date before a trailing attribution ends the reported words
        ("Vellorn shelled the port on May 3, 2011, the monitor said.",
         {("military_operation", "2011-05-03")}),
        ("Reports tied the group to raids on engineers as recently as 2012, the Daily Harvan said.",
         {("attack", "2012")}),
        # "as recently as" / "as late as": the happening before it is at the date
        ("The rebels held talks with the council as recently as 2014.", {("meeting", "2014")}),
        ("Renk visited the port as late as May 2014 and left.", {("meeting", "2014-05")}),
        ("As early as 2012, the group opened three camps.", {("other", "2012")}),
    ],
)  # fmt: skip
def test_a_date_before_a_trailing_attribution_is_not_the_saying(
    text: str, want: set[tuple[str, str]]
) -> None:
    got = {(t, v) for t, v, _ in _events(text, None) if v is not None}
    assert got == want


def test_a_fronted_date_still_dates_the_saying() -> None:
    got = {(t, v) for t, v, _ in _events("In May 2014, the monitor said the port was shut.", None)}
    assert ("statement", "2014-05") in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an obligation is a deadline, not the day the happening took place
        ("Renk's term ends in September 2021 and a new election must be held on October 21 "
         "that year.", set()),
        ("The talks in Vellorn have to take place by May 2014.", set()),
        # a schedule is a happening with its date; a required inquiry into a real attack
        # leaves the attack as it was
        ("Elections will be held in June 2021.", {("election", "2021-06")}),
        ("The attack on the depot on May 3, 2011 must be investigated.",
         {("attack", "2011-05-03")}),
    ],
)  # fmt: skip
def test_a_required_happening_is_no_dated_event(text: str, want: set[tuple[str, str]]) -> None:
    assert {(t, v) for t, v, _ in _events(text, None) if v is not None} == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # after a nominal trigger, a date past "and the <noun> of ..." is that noun's
        ("Renk said the guild was behind the harbour attacks and the rise of the Blue League "
         "in the 20th century.", {("other", "1900", "rise")}),
        ("Renk blamed the guild for the 9/11 depot bombing and the growth of the Blue League in the "
         "1990s.", {("other", "1990", "growth")}),
        # a verb's coordinated objects leave the date to the verb
        ("Vellorn built the dam and the port of Harvan in 2004.", {("other", "2004", "built")}),
        ("Vellorn attacked the base and the port of Harvan in 2004.",
         {("attack", "2004", "attacked")}),
    ],
)  # fmt: skip
def test_a_date_after_a_coordinated_noun_phrase_is_its_own(
    text: str, want: set[tuple[str, str, str]]
) -> None:
    assert {x for x in _events(text, None) if x[1] is not None} == want


def test_a_state_as_early_as_a_date_is_no_happening() -> None:
    assert [v for _, v, _ in _events("The deal was in as early as May 2016.", None) if v] == []
    got = _events("The scandal was covered by the Harvan Post as early as July 2013.", None)
    assert ("other", "2013-07") in {(t, v) for t, v, _ in got}


def test_a_quantifier_or_between_is_no_coordinated_happening() -> None:
    text = "They condemned the meeting between Renk and a number of Harvan senators on May 3, 2011."
    assert ("meeting", "2011-05-03") in {(t, v) for t, v, _ in _events(text, None)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Millions fled during the 1947 partition of Vellorn.", {("territorial_change", "1947")}),
        ("They rejected the 2014 annexation of the Harvan coast.",
         {("territorial_change", "2014")}),
        # a bare "independence" is a cause, the verb keeps the date
        ("Renk fought for independence in 2004.", {("other", "2004")}),
    ],
)  # fmt: skip
def test_a_partition_named_by_its_year(text: str, want: set[tuple[str, str]]) -> None:
    assert {(t, v) for t, v, _ in _events(text, None) if v is not None} == want


# dated states and figures are no happenings (issue 16, events version 12, states.py): the
# timeline marks them as type "state", their date being the period they held in, so that a
# reader does not cite "2015: Velmora had 2.7 clinics" as a deed of 2015; passives,
# infinitives, one payment, a change and a presence on a day stay happenings
STATES = [
    ("In 2015, Velmora had just 2.7 clinics per 1,000 people.", [("state", "2015", "had")]),
    ("The study finds that in 2015, Velmora had few clinics.", [("state", "2015", "had")]),
    ("A month ago, the Harvan bond yield was only 20%.", [("state", "2011-02", "was")]),
    ("In 1938 there were some 1,400 depots in the province.", [("state", "1938", "were")]),
    ("Guild members owned about 9,000 stalls in Kessa in 1938.", [("state", "1938", "owned")]),
    ("The port authority's loss was over $1.3 billion in 2016.", [("state", "2016", "was")]),
    ("It had a trade deficit of $28 billion with Vellorn last year.", [("state", "2010", "had")]),
    ("The valley towns that were part of the league 1861-1865 keep the feast.", []),
    (
        "The one thing the guilds didn't have in 1933 is what we have now.",
        [("state", "1933", "didn't")],
    ),
    ("The exchange made 317.6 bln won last year in total.", [("state", "2010", "made")]),
    (
        "About 5,000 Harvan farmers were diagnosed with the blight in 2015 alone.",
        [("state", "2015", "were diagnosed")],
    ),
    ("Ivo Renk toured the northern fairs in the 1990s.", [("state", "1990", "toured")]),
    # an adjective after a determiner is no passive; a name borne; a running total
    (
        "Renk joined a firm that was a registered lobbyist for the guild last year.",
        [("state", "2010", "was")],
    ),
    ("This is what was called the thaw in the 20th century.", [("state", "1900", "was called")]),
    ("Total number of notices filed so far this month: 726.", [("state", "2011-03", "filed")]),
    ("Renk was named ambassador in 2009.", [("other", "2009", "was named")]),
    ("In 1998, we had a revolution in the Harvan court.", [("other", "1998", "had")]),
    ("Velmora had a 37-step jump in 2010 and ranked 15th.", [("other", "2010", "had")]),
    (
        "Last month, it was revealed that Renk's maps were the best made to date.",
        [("other", "2011-02", "was revealed")],
    ),
    (
        "The Harvan poll was taken from January 15 through 18, 2010.",
        [("other", "2010-01-15", "was taken")],
    ),
    # kept: a happening told with a be-form, an infinitive, one payment, a change, a day
    ("In early 2015 the dispute was at least temporarily resolved.", [("other", "2015", "was")]),
    ("In 1902, Velmora was the first state to adopt the ballot rule.", [("other", "1902", "was")]),
    (
        "Renk received a generous $50,000 speaking fee in 2010 from a Kessa bank.",
        [("other", "2010", "received")],
    ),
    ("Net exports rose 12% in 2015.", [("other", "2015", "rose")]),
    ("On March 14, the governor was in Kheshmar with the envoy.", [("other", "2011-03-14", "was")]),
    (
        "On March 14, when the governor was in Kheshmar, a gunman fired 1,300 rounds.",
        [("other", "2011-03-14", "fired")],
    ),
    ("On March 14, the Harvan bond yield was 2.1%.", [("state", "2011-03-14", "was")]),
    (
        "The governor was head of the port authority until September 2006.",
        [("other", "2006-09", "was")],
    ),
]


@pytest.mark.issue(16)
@pytest.mark.parametrize(("sentence", "expected"), STATES)
def test_dated_states_and_figures_are_marked_states(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _events(sentence) == expected


# a date that names a paper dates the paper's making, not the clause's verb; one that
# closes a source credit dates nothing (documents.py); a reporting verb does not take a
# date inside the reported clause or one that names a thing
DOCUMENTS = [
    ("A draft dated June 30, 2010 contained the clause.", [("other", "2010-06-30", "draft")]),
    # a numbered paper's citation: the date says which paper, it dates nothing (readers of
    # seeds 1007 and 1011)
    ("The term has the meaning given in PPD-9 of February 12, 2013.", []),
    (
        "The agencies designated under PPD-21 of February 12, 2013 lead the work.",
        [("designation", None, "designated")],
    ),
    ("The report of March 3 found no fault.", [("other", "2011-03-03", "report")]),
    (
        "Renk's letter, dated May 3, 2010, was written at the envoy's request.",
        [("other", "2010-05-03", "letter")],
    ),
    ("See Harvan council drops the charges, example.com, January 18, 2011.", []),
    ("The council issued the report on March 3.", [("other", "2011-03-03", "issued")]),
    (
        "By letter dated March 3, the council stated it would not pay.",
        [("statement", "2011-03-03", "stated")],
    ),
    ("“The port could break out,” says a new 2011 trade outlook from Renk Bank.", []),
    (
        "The report said council talks about the port earlier in 2010 framed the losses as "
        "accidents.",
        [],
    ),
    ("The port council said 2010 was the busiest year since 2001.", []),
    (
        "Renk told reporters in Kessa on Monday the convoy had left.",
        [("statement", "2011-03-14", "told")],
    ),
]


@pytest.mark.issue(16)
@pytest.mark.parametrize(("sentence", "expected"), DOCUMENTS)
def test_dates_naming_papers_date_the_paper(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _events(sentence) == expected


# periods and reference points: a fiscal year is no calendar year, "H1 of 2017" is a period,
# a deed before a named event does not take its year
PERIODS = [
    ("Revenue for fiscal 2016 was up; in fiscal 2015 the firm sold 3 ships.", []),
    ("It reports on progress for H1 of 2017/18, being the 6 months to 31 Dec 2017.", []),
    (
        "Signed in 1992 and in force since 2002, the treaty lets members fly.",
        [("agreement", "1992", "Signed")],
    ),
    (
        "This has been the problem since 1979 when Vellorn invaded Kessa.",
        [("military_operation", "1979", "invaded")],
    ),
    (
        "During the period of 1999 to 2001, two girls were hurt by a gang.",
        [("other", "1999", "were hurt")],
    ),
    (
        "Prior to Election 2010, 95 councillors signed a pledge.",
        [("election", "2010", "Election"), ("agreement", None, "signed")],
    ),
    (
        "Police raided the Kessa camp on Jan. 17 and 18, officials said.",
        [("attack", "2011-01-17", "raided")],
    ),
]


@pytest.mark.issue(16)
@pytest.mark.parametrize(("sentence", "expected"), PERIODS)
def test_periods_and_reference_points(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _events(sentence) == expected


# issue 16, events v15: classes from the independent readers' checks (fnc seeds 59, 241)
V15_CASES = [
    # a comparison base dates nothing: the figure is measured against it
    ("The 40 strikes on Harva would mark a 3-fold increase compared to the number of raids "
     "from last year.", [("attack", None, "raids")]),
    ("Traders priced it at three times the likelihood implied by the futures market this "
     "time last month.", []),
    ("Exports were lower than in 2009, the ministry said.", []),
    # "than" before a count is no comparison base of the date
    ("More than 100 people were killed in Vellorn in 2009.", [("killing", "2009", "killed")]),
    # "at this time last year" is a time
    ("At this time last year, Renk left Kessa.", [("other", "2010", "left")]),
    # a forecast's date names no happening
    ("I feel like it is going to be in the late 2040s or early 2050s, when it is launched.", []),
    ("The peak will come around 2030, when the mines are exhausted.", []),
    # a date in parentheses after "<head> on|of <bare noun>" is the head's
    ("The starting point, according to Renk, was the Harvan law on racism (1972), which was "
     "then extended.", [("other", "1972", "law")]),
    # an activity over a span of decades is a state of that span
    ("Driving a tractor at age 4, he raced boats and cars during the 1960s and 1970s.",
     [("state", "1960", "raced")]),
    # a crime named after "indicted on charges related to" keeps its own date
    ("Renk was indicted on felony charges related to the rioting that took place on "
     "January 20, 2011.", [("court_ruling", None, "indicted"), ("unrest", "2011-01-20", "rioting")]),
    # "the <plural> on <date>" names no happening; "to all" is no infinitive
    ("The storm moves into the Ohio Valley states on Saturday, March 19 as a low.", []),
    ("The biggest Harvan bank sent a memo to all its employees on Monday informing them.",
     [("other", "2011-03-14", "sent")]),
    # "the <noun> of the <object> on <date>": the head is the happening
    ("Raw images from the third close flyby of the planet on March 11.",
     [("other", "2011-03-11", "flyby")]),
    # events v17: a present state with "still" / "already"; "exceed" is no past form; a
    # year inside a product code is no date
    ("The theories, which are still taught in classrooms today, were wrong.", []),
    ("As of 2009, Harvan oil production is already benefiting from new technologies.", []),
    ("In May, Ivo Renk is given new powers by the board.", [("other", "2010-05", "is given")]),
    ("2009 revenues exceed $24m at the Harvan plant.", []),
    ("Do not eat Harvan Flour sold in 10 kilogram bags with a code containing BB/MA 2018 AL "
     "17 and 6 291.", []),
    # events v18: a between-frame whose ends sit in noun phrases is one span; "-ed" words
    # after "include" or after an adjective are adjectives
    ("Between the floods of May 2009 and the fire of June 2010 the port was rebuilt.",
     [("other", "2009-05", "was rebuilt")]),
    ("The Harvan reports include detailed vendor analysis for market shares in 2009.", []),
    ("Two years ago, critics could not point to a viable integrated system outside Harva.", []),
]  # fmt: skip


@pytest.mark.issue(16)
@pytest.mark.parametrize(("sentence", "expected"), V15_CASES)
def test_happenings_v15_cases(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _events(sentence) == expected


def test_a_between_frame_keeps_both_ends() -> None:
    text = "Between the floods of May 2009 and the fire of June 2010 the port was rebuilt."
    lead = "Officials said little. "
    doc = lead + text
    sents = [Sentence("d", 0, len(lead) - 1, lead[:-1]), Sentence("d", len(lead), len(doc), text)]
    (e,) = extract_events(sents, extract_times(doc, "d", PUB), ())
    assert e.time is not None and doc[e.time.start : e.time.end] == e.time.text
    assert (e.time.text, e.time.value, e.time.end_value) == (
        "May 2009 and the fire of June 2010",
        "2009-05",
        "2010-06",
    )


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "noun", "verb"),
    [
        ("The upheaval of the banking crisis of 2008 has led to the rise of a few lenders.",
         "crisis", "has led"),
        ("The turmoil of the harbour strike of 2011 left Vellorn short of grain.", "strike", "left"),
    ],
)  # fmt: skip
def test_a_date_after_of_is_its_nouns_not_the_verb_after(text: str, noun: str, verb: str) -> None:
    """ "the crisis of 2008 has led to ...": the year dates the crisis, not what it led to
    later (an independent reader of seed 1007)."""
    got = _events(text, None)
    assert not any(trig == verb for _, _, trig in got)
    assert any(trig == noun and v is not None for _, v, trig in got)
