"""Which predicate a date belongs to, and which triggers report no event (issue 4).

Each case is our own invented sentence for an error class found by reading
Tehran Times sentences (eval/time/README.md): a date that belongs to a
neighbouring predicate or to the reporting act, non-event senses of trigger
words, and hypothetical / demanded / planned events.  The "kept" cases guard
the other side: sentences the new rules must not break.  Since issue 16 every
dated happening is an event: a date that no trigger takes dates the finite verb
of its clause (type ``other``) and a dated reporting verb is a ``statement``.
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.events import extract_events
from newsdossier.analyze.events.clauses import Parts, quote_spans, segments
from newsdossier.analyze.events.context import unreported_reason
from newsdossier.analyze.time import extract_times
from newsdossier.model import PublishedDate, Sentence

PUB = PublishedDate("2011-03-16", "day", "byline")  # a Wednesday


def _events(text: str) -> list[tuple[str, str | None]]:
    lead = "Officials said little. "
    doc = lead + text
    sents = [Sentence("d", 0, len(lead) - 1, lead[:-1]), Sentence("d", len(lead), len(doc), text)]
    events = extract_events(sents, extract_times(doc, "d", PUB), ())
    for e in events:  # provenance: evidence and date are spans of the document text
        assert doc[e.start : e.end] == e.text
        assert e.time is None or doc[e.time.start : e.time.end] == e.time.text
    return [(e.type, e.time.value if e.time else None) for e in events]


# a date that belongs to a neighbouring predicate or to the reporting act
ATTACHMENT = [
    ("Zaravandi agents began funding the rebels in 1979, six months before the invasion of Qasrun.",
     [("military_operation", None), ("other", "1979")]),
    # the attacks stay undated; the collapse (a noun naming a happening) takes 1979 (v19)
    ("The front has carried out dozens of attacks since the collapse of the monarchy in 1979.",
     [("attack", None), ("other", "1979")]),
    ("The ministers held talks in Vellorn about reviving the 2015 border accord.",
     [("agreement", "2015")]),
    ("The meeting took place in the prince's recently purchased villa.", []),
    ('"The raid on the depot and the slow police response are under investigation," '
     "the spokesman complained on Saturday.", [("attack", None), ("statement", "2011-03-12")]),
    ("The raid on the depot was a crime, the spokesman complained on Saturday.",
     [("attack", None), ("statement", "2011-03-12")]),
    ('In March 2019 the region took "a dark turn for everyone involved." Hence, targeted '
     "killings are justified in his view.", [("killing", None), ("other", "2019-03")]),
    ("The ministry announced on Tuesday that police had raided the camp.",
     [("statement", "2011-03-15"), ("attack", None)]),
    ("A courier was arrested after the attack on Monday.",
     [("arrest", None), ("attack", "2011-03-14")]),
    ("The ministry issued a statement yesterday condemning the raid.",
     [("statement", "2011-03-15"), ("attack", None)]),
    ("Weeks before the meeting, Qasrun had summoned the ambassador over the rally in Tarvand "
     "on July 9.", [("protest", "2010-07-09")]),
    ("France and Estmark issued statements last October, saying an intelligence unit pursued "
     "killing plots.", [("statement", "2010-10")]),
    ("Estmark designated the group in 2002, although the designation was lifted in 2009.",
     [("designation", "2002"), ("delisting", "2009")]),
    # a date inside a noun phrase ("the announcement on ... of") opens nothing
    # the date is the announcement's (issue 16: "the <noun> on <date>" names the happening)
    ("The announcement on 8 May 2018 of the withdrawal from the accord shocked Vellorn.",
     [("agreement", None), ("other", "2018-05-08")]),
    # an opening date dates the main predicate, not one under an infinitive
    ("Meanwhile, on Saturday, the minister called on his counterpart in Kheshmar to discuss "
     "the two attacks.", [("attack", None), ("other", "2011-03-12")]),
    # a preposition in the gap: the summons' date, not the verdict's
    ("The envoy was summoned on Thursday in protest at the verdict.",
     [("court_ruling", None), ("other", "2011-03-10")]),
    # an infinitive embeds the treaty under "review": the meeting does not borrow its year
    ("The envoys met in Kheshmar to review the 2004 border treaty.", [("agreement", "2004")]),
]  # fmt: skip

# the same rules must keep these dates
KEPT = [
    ("In the course of the unrest in 2014 in Vellorn, the senator announced his support.",
     [("unrest", "2014"), ("statement", "2014")]),
    ("Three years later, on February 4, 2021, the envoy was sentenced by a court in Nordavik.",
     [("court_ruling", "2021-02-04")]),
    ("He rose through the ranks after the revolution and in 1981, was elected president.",
     [("election", "1981")]),
    ("The ministry criticised Estmark on Wednesday and simultaneously imposed sanctions on "
     "its officials.", [("statement", "2011-03-16"), ("sanction", "2011-03-16")]),
    # "the ruling" is a noun, no participle that would embed the sanctions
    ("The assembly condemned the ruling on Friday and simultaneously imposed sanctions on two "
     "judges.", [("statement", "2011-03-11"), ("sanction", "2011-03-11")]),
    ("The envoy made the remarks on Wednesday at a meeting in Kheshmar.",
     [("statement", "2011-03-16"), ("meeting", "2011-03-16")]),
    ("The unrest began on 28 December when protests broke out in Tarvand.",
     [("unrest", "2010-12-28"), ("protest", "2010-12-28")]),
    ("The village was shelled in the 1967 war.", [("military_operation", "1967"), ("war", "1967")]),
    ("Around 4 p.m. on Sunday, two gunmen shot and killed a colonel in Kheshmar.",
     [("killing", "2011-03-13")]),
    ("The Front planted two bombs in 1981, killing 70 officials.",
     [("bombing", "1981"), ("killing", "1981")]),
    ("Gunmen attacked a border post near Dehvar on March 14, 2011, killing four guards.",
     [("attack", "2011-03-14"), ("killing", "2011-03-14")]),
    ("Police on Monday arrested six members of the cell.", [("arrest", "2011-03-14")]),
    ("Nordavik police last Tuesday launched a crackdown on the network, detaining dozens in "
     "a series of dawn raids.", [("attack", "2011-03-15")]),
    ("TEHRAN— On September 28, 2012, Estmark removed the group from its list of terrorist "
     "organisations.", [("delisting", "2012-09-28")]),
    ("Exiles gathered for Tuesday's rallies in Nordavik.", [("protest", "2011-03-15")]),
    # a clock time's colon is no clause edge; "that" after a preposition is a determiner
    ("On November 27 at 14:30, nearly ten gunmen attacked the convoy of the envoy.",
     [("attack", "2010-11-27")]),
    ("In May, the council signed off on that border accord.", [("agreement", "2010-05")]),
    # a gathering's purpose clause is about the gathering
    ("On Saturday a crowd of exiles got together in Nordavik to mark the annual meeting of "
     "the front.", [("meeting", "2011-03-12")]),
]  # fmt: skip

# trigger words that are no event here
SENSES = [
    # issue 16: the dated happening is the publication, an event of type "other"
    ("A column published in July 2018 sharply attacked the council's policies.",
     [("other", "2018-07")]),
    ("He was the second Unity Conference official to be gunned down this week.",
     [("killing", "2011-W11")]),
    ("Click here to visit the archive website for the 1985 figures.", []),
    ("For details, visit the council's web page on the 2009 figures.", []),
    ("Substitute Friday prayer leader Hojat Rezvani praised the rallies.", [("protest", None)]),
    ("The vote on Saturday demonstrated the strength of the movement.", []),
    ("Source: https://example.org/2015/attack-on-the-depot/index.html", []),
    ("A request from the election commission on Monday delayed the count.",
     [("other", "2011-03-14")]),
    # "designated" as an adjective is no listing, and takes no date from the delisting
    ("Estmark removed the front from its list of designated terrorist organisations in 2012.",
     [("delisting", "2012")]),
    ("Qasrun summoned the ambassador on Thursday in protest at the ruling.",
     [("other", "2011-03-10")]),
]  # fmt: skip

# events that are possible, planned, demanded, called off or failed (dropped: no field
# marks them yet)
MODALITY = [
    ("The president raised the possibility of bombing the depots earlier this month.", []),
    ("The army is on alert in case of an Estmark attack.", []),
    ("On Friday, families gathered in Kheshmar to demand the release of their relatives.",
     [("other", "2011-03-11")]),
    ("Estmark said it suspected an intelligence unit of pursuing killing plots in 2018.", []),
    ("The diplomat was arrested in June 2018 over a bomb attack plot in the capital.",
     [("arrest", "2018-06")]),
    ("The group threatened to attack the embassy on Monday.", []),
    ("Police could arrest the organisers on Monday.", []),
    ("If Estmark attacks the camp, the exiles will flee.", []),
    ("Exiles have asked for their expulsion from the camp.", []),
    ("Vellorn cancelled the foreign minister-level talks with Qasrun last week.", []),
    ("Police foiled a bomb attack on the ministry on Monday.", []),
    ("The talks in Vellorn on Monday were called off.", []),
    ("The election was postponed until October.", []),
    ("Originally slated for 2009, the referendum has been repeatedly deferred.", []),
    # kept: a done act's purpose, a real event talked about, an alleged event
    ("The service used the operatives to assassinate two engineers in 2012.",
     [("assassination", "2012")]),
    ("If the 2018 attack on the parade had targeted your citizens, what would you do?",
     [("attack", "2018")]),
    ("The alleged murder in 1988 was never investigated.", [("killing", "1988")]),
    ("The group resorted to bombings after the revolution.", [("bombing", None)]),
]  # fmt: skip


@pytest.mark.issue(4)
@pytest.mark.parametrize(("sentence", "expected"), ATTACHMENT + KEPT + SENSES + MODALITY)
def test_events_context_case_table(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "reason"),
    [
        ("They raised the possibility of bombing the depot.", "bombing", "hypothetical"),
        ("They gathered to demand the release of the men.", "release of", "demanded"),
        ("They tried to assassinate the judge.", "assassinate", "planned"),
        ("They uncovered two killing plots.", "killing", "planned"),
        ("The protest leaders spoke.", "protest", "sense"),
        ("They arrested members of the cell.", "arrested", None),  # a verb, not a modifier
        ("May attacks on the camp stop.", "attacks", None),  # "May" the month is no modal
    ],
)
def test_events_context_reasons(sentence: str, trigger: str, reason: str | None) -> None:
    low = sentence.lower()
    at = low.index(trigger)
    typ = {"bombing": "bombing", "release of": "release", "assassinate": "assassination",
           "killing": "killing", "protest": "protest", "arrested": "arrest",
           "attacks": "attack"}[trigger]  # fmt: skip
    assert unreported_reason(low, at, at + len(trigger), typ, sentence) == reason


def test_events_quote_spans() -> None:
    s = 'The envoy said "the camp will be closed by the end of the year" and left.'
    assert [s[a:b] for a, b in quote_spans(s)] == [
        '"the camp will be closed by the end of the year"'
    ]
    # a scare quote is no clause; a closing mark alone quotes what came before it
    assert quote_spans('The "Free Exiles" rally ended.') == []
    t = "the response are under investigation,” the spokesman said."
    assert [t[a:b] for a, b in quote_spans(t)] == ["the response are under investigation,”"]


def test_events_parts_of_a_quotation_open_or_closed_outside_the_sentence() -> None:
    # the quotation began in the sentence before: its part starts at the first letter, not
    # one past it (an event summary lost its "T", issue 16)
    t = "The upheaval of the crisis of 2008 has led to a few big banks.”"
    parts = Parts.of(t)
    assert parts.start(5) == 0 and parts.end(5, len(t)) == len(t) - 1
    u = "“The upheaval of the crisis of 2008 has led to a few big banks."
    parts = Parts.of(u)
    assert parts.start(5) == 1 and parts.end(5, len(u)) == len(u)


def test_events_segments() -> None:
    s = 'It was "a war against terror." After that, the U.S. President met Gen. Lee in Sept. 2001.'
    assert [s[b:][:10] for b in segments(s)] == ["After that"]
    parts = Parts.of(s)
    assert parts.key(0) != parts.key(s.index("After"))
