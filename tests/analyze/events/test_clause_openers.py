"""Dated happenings a date reaches through a clause opener, a noun or a post (events v19).

Invented sentences, one per construction found missing on unseen pages in the gold's
format (eval/time/recall_probe.py, seed 281; eval/time/README.md, issue 16 seventh round).
The "none" cases guard the old precision rules these constructions sit next to.
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.events import extract_events
from newsdossier.analyze.events.predicates import find_verbs
from newsdossier.analyze.time import extract_times
from newsdossier.model import Sentence


def _events(text: str) -> set[tuple[str, str | None, str]]:
    lead = "Officials said little. "
    doc = lead + text
    sents = [Sentence("d", 0, len(lead) - 1, lead[:-1]), Sentence("d", len(lead), len(doc), text)]
    events = extract_events(sents, extract_times(doc, "d", None), ())
    for e in events:
        assert doc[e.start : e.end] == e.text
        assert e.time is None or doc[e.time.start : e.time.end] == e.time.text
    return {
        (e.type, e.time.value if e.time else None, doc[e.trigger_start : e.trigger_end])
        for e in events
    }


DATED = [
    # a date opening a relative clause dates its verb, not the main clause's
    ("Critics compared her to Ana Holm, who in 1991 accused the minister of fraud.",
     ("statement", "1991", "accused")),
    # ... or a complement clause under a reporting verb
    ("Vera Lind claimed that in the early 1980s Renk and a friend locked her in a room.",
     ("other", "1980", "locked")),
    ("The ministry says that in 2015 the council was dissolved.",
     ("other", "2015", "was dissolved")),
    # ... or a coordinate clause
    ("The group was listed in 1997 but in 2012 it was struck off the register.",
     ("other", "2012", "was struck")),
    ("The plant is idle as back in 2017 more than 30 suppliers were included in the ban.",
     ("other", "2017", "were included")),
    # "that" + a past form before a function word is a relative clause's verb
    ("None of them was linked to the outbreak in Kessa that began in 2014 and spread.",
     ("other", "2014", "began")),
    # an apposition's comma, then a verb with its object
    ("Ivo Renk, a senior aide, assured an envoy in August 2016 that the talks would go on.",
     ("other", "2016-08", "assured")),
    # a full date between the subject and its verb
    ("The Harvan institute on 10 December 2018 released its yearly survey of arms sales.",
     ("other", "2018-12-10", "released")),
    # a perfect infinitive reports a past happening
    ("Lind claimed to have been robbed at one of these parties in 1982.",
     ("other", "1982", "to have been robbed")),
    # a noun naming a happening takes a date no verb takes
    ("Since the Velmoran Revolution in 1979, has the country seen progress?",
     ("other", "1979", "Revolution")),
    ("The downfall of the old federation in late 1980 ended the arms race.",
     ("other", "1980", "downfall")),
    ("The most recent outbreak was in May 2017 in the northern province.",
     ("other", "2017-05", "outbreak")),
    ("She spoke about her role in the 2016 presidential election.",
     ("election", "2016", "election")),
    # a comma after a fronted date, a relative clause or an apposition closes an aside: the
    # "-ed" word after it is the verb
    ("Holm also, in July 2017, posted a clip from a speech.", ("other", "2017-07", "posted")),
    ("Tam Sorvik, who lives in Kessa, pleaded guilty in 2016 to taking photos.",
     ("other", "2016", "pleaded")),
    ("Renk, who was an adviser, recused himself from the probe in March 2016.",
     ("other", "2016-03", "recused")),
    ("The front, which is listed by most states, escaped Velmora in 1986 and went to Kessa.",
     ("other", "1986", "escaped")),
    # a date framed by commas after an introductory phrase opens the clause
    ("Based on the bank's figures, in 2009, Velmora ranked 21st.", ("other", "2009", "ranked")),
    # a trip and its purpose share the date
    ("Sources said Renk went to see Holm in 2013.", ("other", "2013", "went")),
    # "since <date>, when ...": the when-clause names the happening at the bound
    ("This is the ninth outbreak in Kessa since 1976, when the virus was first identified.",
     ("other", "1976", "was first identified")),
    # more nouns naming a happening; a name after the noun; a possessive head before a date
    # in parentheses
    ("Following an interview with the police in 2012, he destroyed the photos.",
     ("other", "2012", "interview")),
    ("Relations soured after Operation Tarn in 1953 and the blockade.",
     ("other", "1953", "Operation")),
    ("A priest whose appointment as a bishop in 2015 prompted protests spoke.",
     ("other", "2015", "appointment")),
    ("During Velmora's imposed war on Kessa (1980-88), they fought on the other side.",
     ("other", "1980", "war")),
    ("In the wake of the 1979's revolution she converted.", ("other", "1979", "revolution")),
    # a paper or a post named by its date (v21)
    ("In an April 15, 2014 email from the chairman, he tells Vera Lind of a plan.",
     ("other", "2014-04-15", "email")),
    ("According to a 2014 study by the Tarn Institute, arms makers have grown.",
     ("other", "2014", "study")),
    # a date listed after another for another party shares its happening (v21)
    ("The front was removed from the list by the Harvan Council in 2009 and by Kessa in 2012.",
     ("delisting", "2012", "removed from the list")),
    # an embedded post's signature: the post went up that day
    ("Arrest them all pic.twitter.com/q1 — Ana Holm (@anaholm) March 14, 2011",
     ("statement", "2011-03-14", "Ana Holm (@anaholm)")),
]  # fmt: skip


@pytest.mark.issue(16)
@pytest.mark.parametrize(("text", "want"), DATED)
def test_clause_openers_date_the_happening(text: str, want: tuple[str, str, str]) -> None:
    assert want in _events(text)


UNDATED = [
    # a bound: the bombings are not of 2003, and nothing crosses "since" to them
    ("The network has staged bombings across the region since the fall of the regime in 2003.",
     "bombing"),
    # a plain infinitive is a plan
    ("She wanted to meet the envoy in 2015.", "meet"),
    # a thing named by its year is no happening
    ("He bought a 2015 car from the dealer.", "car"),
    # a scheduled happening; a date in an aside before the verb
    ("The names of the defendants set for trial on March 5, 2018 follow.", "trial"),
    # the verb of a relative clause after an opening date; a date inside a bound's noun phrase
    ("In fact today, a new order is rising in the world which, in its day, replaced Vellorn.",
     "replaced"),
    ("Kessa, following the end of the federation in 1991 was always divided.", "was"),
    # a primed possessive names a thing too
    ("That extended 2017′s run of strong inflation.", "extended"),
    # a participle's agent after the comma keeps it a participle
    ("The committee, which meets monthly, chaired by Renk in 2015, was closed.", "chaired"),
]  # fmt: skip


@pytest.mark.issue(16)
@pytest.mark.parametrize(("text", "word"), UNDATED)
def test_clause_openers_keep_bounds_plans_and_things_undated(text: str, word: str) -> None:
    assert not any(trigger.endswith(word) and value for _, value, trigger in _events(text))


@pytest.mark.issue(16)
def test_a_date_in_an_aside_before_the_verb_is_not_the_verbs() -> None:
    # "born <date>," between commas: the death keeps its own date, the birth date no other
    got = _events("Lord Renk of Tarn, born June 1 1934, died June 12 2016")
    assert ("death", "2016-06-12", "died") in got
    assert not any(value == "1934-06-01" and typ != "birth" for typ, value, _ in got)


@pytest.mark.issue(16)
def test_that_before_a_noun_stays_a_determiner() -> None:
    # "armed", "alleged" after "that" modify the noun after them
    text = "He knew that armed groups attacked. That alleged plot was foiled."
    assert [text[a:b] for a, b in find_verbs(text, text.lower())] == [
        "knew", "attacked", "was foiled"
    ]  # fmt: skip
