"""Dated happenings the timeline missed on unseen pages, events v22 (issue 16).

Invented sentences, one per construction found undated in pages of the gold's format
(eval/time/recall_probe.py, seeds 341-342; eval/time/README.md, issue 16 eighth round):
a role after "as", an audience after "before", a gerund after a bound, "until <date>,
when ...", a date premodifying an occasion or a paper, a nominal gerund, hyphenated and
ambiguous verbs.  The "none" cases guard the precision rules these sit next to.
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.events import extract_events
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
    # "as" before a role, "before" an audience: prepositions, not subordinate clauses
    (
        "Ivo Renk served as Chair of the Harvan Banking Committee from 1991 to 1996.",
        ("state", "1991", "served"),
    ),
    ("The police used him as an informant back in 2006 and beyond.", ("other", "2006", "used")),
    (
        "Renk appeared before the committee in May 2014, where his dealings were questioned.",
        ("other", "2014-05", "appeared"),
    ),
    # a gerund after a bound or a subordinator is the happening at the date
    (
        "Since taking office in March 2013 Renk has presided over a weak market.",
        ("other", "2013-03", "taking"),
    ),
    (
        "Since becoming governor in 2013, Holm has vetoed various bills.",
        ("other", "2013", "becoming"),
    ),
    (
        "While texting with an informant in September 2016, a Kessa man praised the attacker.",
        ("other", "2016-09", "texting"),
    ),
    # "until <date>, when ...": the when-clause is what happened at the bound
    (
        "The council listed the front as a terrorist group until May 2011, when the court "
        "struck it off.",
        ("other", "2011-05", "struck"),
    ),
    # a date premodifying an occasion or a paper dates it, also after "from the"
    (
        "Holm attended a 2011 event with Renk and shared the stage with him.",
        ("other", "2011", "event"),
    ),
    (
        "Renk launched a bitter tirade against the pact in his 2016 presidential campaign.",
        ("other", "2016", "campaign"),
    ),
    (
        "According to a 2012 Velmora Radio report, the council was training the militia.",
        ("other", "2012", "report"),
    ),
    (
        "The panel agreed to release the transcripts from the March 3, 2015 testimony of Renk.",
        ("other", "2015-03-03", "testimony"),
    ),
    # an en dash between the parties of a war named after its years
    (
        "He was an officer who commanded a brigade during the 1971-1979 Velmora–Kessa war.",
        ("other", "1971", "war"),
    ),
    # a gerund as a noun names a happening
    ("It all started with the taking of the port's pilots in 1983.", ("other", "1983", "taking")),
    # a prefix and a hyphen still make a verb; an ambiguous word before its object is a verb
    (
        "They told the agency they hand-delivered the letter to the bishop in April 2015.",
        ("other", "2015-04", "hand-delivered"),
    ),
    ("The storm hit the coast in August 2005.", ("other", "2005-08", "hit")),
    # a title opens an apposition; an apposition right before the date is no distance
    (
        "Holm's husband, former Senator Ivo Renk, chaired the Harvan Committee in 1995.",
        ("other", "1995", "chaired"),
    ),
    (
        "The council unilaterally left the 2011 pact, officially known as the Harvan Joint Plan "
        "of Common Action (HJPCA), in 2018 and restored the tariffs.",
        ("other", "2018", "left"),
    ),
    # ", back in <year>" looks back to the deed of the relative clause before its comma
    (
        "Renk is also the man who began the council's long and so far fruitless crusade to "
        "close the port, back in 2003.",
        ("other", "2003", "began"),
    ),
    # a fronted subordinate clause ends at its comma: the date opens the main clause
    (
        "As the Harvan Post points out, in 2008 he dissented from the ruling.",
        ("other", "2008", "dissented"),
    ),
    (
        "As the Harvan Post reported, in 2008 he dissented from the ruling.",
        ("other", "2008", "dissented"),
    ),
    # a caption's historical present between its date and its object
    (
        "Ana Holm, then a member of the panel, in 2012 hands a letter to Renk detailing it.",
        ("other", "2012", "hands"),
    ),
    # a year, then a month of a later year, after "from": one span (time v13)
    (
        "Renk was the Chair of the Harvan Commission (HC) from 1986 to March 1991, which "
        "took a hands-off approach.",
        ("state", "1986", "was"),
    ),
    # an aside in dashes right after an opening date is skipped, for a trigger or a verb
    (
        "In 1994 – at a time when the premier was steering the country into the pact – Renk "
        "founded the Harvan League.",
        ("founding", "1994", "founded"),
    ),
    ("In 1998 – when he was 20 – Renk left.", ("other", "1998", "left")),
    # a birth in an aside is a happening of its own
    ("Lord Renk of Harva, born March 3 1931, died May 9 2011.", ("birth", "1931-03-03", "born")),
    # the gerund's subject may stand between "despite" and it
    (
        "Despite President Renk signing the decree in January 2017, the council let 900 in.",
        ("other", "2017-01", "signing"),
    ),
    # "to <date>, when ...": the end of a span, the when-clause's happening
    (
        "I served as coadjutor from May 2, 2011, to June 9, 2014, when I was named bishop here.",
        ("other", "2014-06-09", "was named"),
    ),
    # "during the same period in <year>" is a time, no base to compare with
    ("The leak occurred during the same period in 2012.", ("other", "2012", "occurred")),
    # a date heading a clause with a colon frames the clause after it
    ("In March 2014: Output fell by 3,100, down by 2.5%.", ("other", "2014-03", "fell")),
]


@pytest.mark.issue(16)
@pytest.mark.parametrize(("sentence", "expected"), DATED)
def test_dated_happening(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(sentence)


NOT_DATED = [
    # "as" opening a clause keeps its date from the verb before
    ("Renk resigned as he said in 2003 that he would.", "resigned"),
    # a bound's noun phrase is no audience
    ("Holm left before the vote in 2015.", "left"),
    # a hyphenated adjective is no verb
    ("The state-owned firm in 2015 bought the port.", "state-owned"),
    # the noun use of an ambiguous word
    ("A 5% cut in rates in 2015 helped the firms.", "cut"),
    # the reported clause's date is not the telling's
    ("They told the agency they hand-delivered the letter to the bishop in April 2015.", "told"),
    # ... the fronted clause's own verb is not dated by it
    ("As the Harvan Post reported, in 2008 he dissented from the ruling.", "reported"),
    # a dateline before a colon is no frame
    (
        "Harva: Monday 5 March 2018: listed parts maker Renk Tools plc is pleased to "
        "announce its update.",
        None,
    ),
    # a year of the apposition after an inverted subject is not the verb's (fnc seed 347)
    (
        "'We are a fund and a dealer at once,' bragged Ivo Renk, head of the firm's trading in "
        "2004.",
        "bragged",
    ),
    # a verb "reports" is no paper named by a date
    ("It reports on progress for the first half of 2017.", "reports"),
]


@pytest.mark.issue(16)
@pytest.mark.parametrize(("sentence", "trigger"), NOT_DATED)
def test_not_dated(sentence: str, trigger: str | None) -> None:
    """``trigger`` has no date (``None``: no event of the sentence has one)."""
    dated = [e for e in _events(sentence) if e[1] is not None]
    assert not [e for e in dated if trigger is None or e[2] == trigger]
