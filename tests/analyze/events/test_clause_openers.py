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
]  # fmt: skip


@pytest.mark.issue(16)
@pytest.mark.parametrize(("text", "word"), UNDATED)
def test_clause_openers_keep_bounds_plans_and_things_undated(text: str, word: str) -> None:
    assert not any(trigger.endswith(word) and value for _, value, trigger in _events(text))


@pytest.mark.issue(16)
def test_that_before_a_noun_stays_a_determiner() -> None:
    # "armed", "alleged" after "that" modify the noun after them
    text = "He knew that armed groups attacked. That alleged plot was foiled."
    assert [text[a:b] for a, b in find_verbs(text, text.lower())] == [
        "knew", "attacked", "was foiled"
    ]  # fmt: skip
