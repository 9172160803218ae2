"""Name statements found in one document (issue 3): case table + offset property."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.analyze.entities.names import name_key
from newsdossier.analyze.entities.statements import find_statements
from newsdossier.model import Mention


def _mentions(text: str, names: list[str]) -> list[Mention]:
    out, pos = [], 0
    for n in names:
        s = text.index(n, pos)
        pos = s + len(n)
        out.append(Mention("d", s, s + len(n), n, "ORG", "organization", name_key(n), "t", "1"))
    return out


CASES = [
    # (text, tagged names, expected (kind, a, b) statements)
    (
        "The Free Valley Front (FVF) marched.",
        ["Free Valley Front"],
        ("acronym", "Free Valley Front", "FVF"),
    ),
    ("The FVF (Free Valley Front) marched.", ["FVF"], ("acronym", "FVF", "Free Valley Front")),
    (
        "The Free Valley Front, also known as the Valley Men, marched.",
        ["Free Valley Front"],
        ("alias", "Free Valley Front", "Valley Men"),
    ),
    (
        "The Free Valley Front (a.k.a. Valley Men) marched.",
        ["Free Valley Front"],
        ("alias", "Free Valley Front", "Valley Men"),
    ),
    (
        "The Valley Council is merely an alias of the FVF.",
        ["Valley Council", "FVF"],
        ("alias-claim", "Valley Council", "FVF"),  # a partisan claim, never merged (issue 16)
    ),
    (
        "The Valley Council, the political wing of the FVF, met.",
        ["Valley Council", "FVF"],
        ("wing_of", "Valley Council", "FVF"),
    ),
    (
        "The FVF's armed wing, the Valley Brigades, struck.",
        ["FVF", "Valley Brigades"],
        ("wing_of", "Valley Brigades", "FVF"),
    ),
    (
        "The FVF, led by Omid Sarvari, marched.",
        ["FVF", "Omid Sarvari"],
        ("leader_of", "Omid Sarvari", "FVF"),
    ),
    (
        "Leila Sarvari, wife of Omid Sarvari, spoke.",
        ["Leila Sarvari", "Omid Sarvari"],
        ("spouse_of", "Leila Sarvari", "Omid Sarvari"),
    ),
    (
        "The Valley Guard (formerly the Valley Militia) paraded.",
        ["Valley Guard", "Valley Militia"],
        ("renamed", "Valley Militia", "Valley Guard"),
    ),
    (
        "It was renamed from the Valley Militia to the Valley Guard.",
        ["Valley Militia", "Valley Guard"],
        ("renamed", "Valley Militia", "Valley Guard"),
    ),
    (
        "Hamra, the Arabic acronym for the Free Valley Front, said.",
        ["Hamra", "Free Valley Front"],
        ("acronym", "Hamra", "Free Valley Front"),
    ),
    (
        "The FVF, based in Tell Hamra, said.",
        ["FVF", "Tell Hamra"],
        ("located_in", "FVF", "Tell Hamra"),
    ),
    (
        "The FVF, backed by the Hill Union, said.",
        ["FVF", "Hill Union"],
        ("supported_by", "FVF", "Hill Union"),
    ),
    # the acronym expands a tail of a tagged nested name (tehrantimes sample: a division of a corps)
    (
        "The 9th Division of the Valley Guard Corps (VGC) said.",
        ["Division of the Valley Guard Corps"],
        ("acronym", "Valley Guard Corps", "VGC"),
    ),
    # the tagger ran a person's name into the company's
    (
        "Minister Omid Sarvari and National Valley Gas Company (NVGC) met.",
        ["Omid Sarvari and National Valley Gas Company"],
        ("acronym", "National Valley Gas Company", "NVGC"),
    ),
    # the tagger cut "Ports and" off the name
    (
        "The Ports and Marine Organization (PMO) said.",
        ["Marine Organization"],
        ("acronym", "Ports and Marine Organization", "PMO"),
    ),
    # issue 16: "A or B" after "also known as"; real names; "(Full Name) ACR"; fronts are claims
    (
        "The Free Valley Front, also known as the Valley Men or FVM, marched.",
        ["Free Valley Front"],
        ("alias", "Free Valley Front", "FVM"),
    ),
    (
        "The leader is the commander Abu Tariq. His real name is Omid Sarvari, born in 1970.",
        ["Abu Tariq"],
        ("real-name", "Abu Tariq", "Omid Sarvari"),
    ),
    (
        "Abu Tariq, whose real name is Omid Sarvari, spoke.",
        ["Abu Tariq"],
        ("real-name", "Abu Tariq", "Omid Sarvari"),
    ),
    (
        "It trained (Mojahedin-e Sorkh) MES fighters in the desert.",
        ["Mojahedin-e Sorkh"],
        ("acronym", "Mojahedin-e Sorkh", "MES"),
    ),
    (
        "The Valley Resistance Organization (VRO, OMV or SMK) said.",
        ["Valley Resistance Organization"],
        ("alias", "Valley Resistance Organization", "SMK"),
    ),
    (
        "The Valley Resistance Organization (VRO, OMV or SMK) said.",
        ["Valley Resistance Organization"],
        ("acronym", "Valley Resistance Organization", "VRO"),
    ),
    (
        "The Valley Council is a front for the FVF.",
        ["Valley Council", "FVF"],
        ("alias-claim", "Valley Council", "FVF"),
    ),
]


def test_statements_bracket_list_of_countries_is_no_alias_list() -> None:
    text = "The Valley Pact (US, UK, France) met."
    links, _ = find_statements(text, "d", _mentions(text, ["Valley Pact"]), [(0, len(text))])
    assert links == []


def test_statements_also_known_as_stops_at_a_comma_list_without_or() -> None:
    text = "The FVF, also known as the Valley Men, Omid Sarvari said on Monday."
    links, _ = find_statements(text, "d", _mentions(text, ["FVF"]), [(0, len(text))])
    assert {(k.kind, k.b_text) for k in links} == {("alias", "Valley Men")}


@pytest.mark.parametrize(("text", "names", "expected"), CASES)
def test_statements_cases(text: str, names: list[str], expected: tuple[str, str, str]) -> None:
    links, _ = find_statements(text, "d", _mentions(text, names), [(0, len(text))])
    assert expected in {(k.kind, k.a_text, k.b_text) for k in links}


def test_statements_list_of_names_and_asserter() -> None:
    text = "According to the interior ministry, the FVF is known by various names, including Valley Men, Hill Men and the Red Band."
    links, extra = find_statements(
        text, "d", _mentions(text, ["FVF"]), [(0, len(text))], outlet="Wire"
    )
    assert [(k.kind, k.b_text) for k in links] == [
        ("alias", "Valley Men"),
        ("alias", "Hill Men"),
        ("alias", "Red Band"),
    ]
    assert {k.asserted_by for k in links} == {"interior ministry"}
    assert {m.text for m in extra} == {"Valley Men", "Hill Men", "Red Band"}


def test_statements_verb_called_is_no_alias() -> None:
    """Found by ``show EU --why`` on tehrantimes: a spokesman merged into the EU."""
    text = "Spokesman Bahram Qassemi also called the EU's decision odd."
    links, _ = find_statements(
        text, "d", _mentions(text, ["Bahram Qassemi", "EU"]), [(0, len(text))]
    )
    assert links == []


@pytest.mark.parametrize(
    ("text", "names"),
    [  # tehrantimes: both put a country and a treaty into one entity
        ("The deal, known as the Joint Plan (JP), once Valley does.", ["JP", "Valley"]),
        ("The Fair of Rail Equipment of Valley, dubbed RAILEX 2018, opened.", ["Valley", "RAILEX"]),
    ],
)
def test_statements_no_alias_from_adverbs_or_phrase_tails(text: str, names: list[str]) -> None:
    links, _ = find_statements(text, "d", _mentions(text, names), [(0, len(text))])
    assert [k for k in links if k.kind in ("alias", "renamed")] == []


def test_statements_dateline_agency_is_no_acronym() -> None:
    text = "KHESHMAR, Jun. 12 (ZNA) - A court heard."
    links, _ = find_statements(text, "d", _mentions(text, ["KHESHMAR"]), [(0, len(text))])
    assert links == []


_WORDS = st.sampled_from(["The", "Free", "Valley", "Front", "(FVF)", "also", "known", "as", "the", "wing",
                          "of", "led", "by", ",", "Omid", "Sarvari", "’s", "(", ")", "a.k.a.", "\n"])  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=40))
def test_statements_offsets_hold(words: list[str]) -> None:
    text = " ".join(words)
    names = [w for w in ("Free Valley Front", "Omid Sarvari") if w in text]
    links, extra = find_statements(text, "d", _mentions(text, names), [(0, len(text))])
    for k in links:
        assert text[k.a_start : k.a_end] == k.a_text and text[k.b_start : k.b_end] == k.b_text
        assert 0 <= k.start <= k.a_start and k.b_end <= k.end <= len(text)
    for m in extra:
        assert text[m.start : m.end] == m.text


def test_statements_tagged_organisation_with_a_bracketed_acronym_of_another_name() -> None:
    """ "Varsh (HLV)": a group's other-language name with its English acronym (issue 16)."""
    text = "When Varsh (HLV) fighters came near, the army struck. Varsh fled."
    ms = [m for m in _mentions(text, ["Varsh"])]
    links, extra = find_statements(text, "d", ms, [(0, len(text))])
    assert ("alias", "Varsh", "HLV") in {(k.kind, k.a_text, k.b_text) for k in links}
    assert {m.text for m in extra} == {"HLV"}
    # untagged before the bracket, tagged as an organisation elsewhere
    text = "KELVAR - At dawn Varsh (HLV) units crossed the river. Varsh denied it."
    later = text.rindex("Varsh")
    tagged = [Mention("d", later, later + 5, "Varsh", "ORG", "organization", "varsh", "t", "1")]
    links, extra = find_statements(text, "d", tagged, [(0, len(text))])
    assert ("alias", "Varsh", "HLV") in {(k.kind, k.a_text, k.b_text) for k in links}
    assert sorted((m.text, m.start) for m in extra) == [
        ("HLV", text.index("HLV")), ("Varsh", text.index("Varsh"))
    ]  # fmt: skip
    # a person with a bracketed party or state is no such statement
    text = "Senator Ivo Renk (RV) spoke."
    person = [Mention("d", 8, 16, "Ivo Renk", "PERSON", "person", "ivo renk", "t", "1")]
    assert find_statements(text, "d", person, [(0, len(text))])[0] == []


def test_statements_person_in_a_capitalised_run_of_titles_and_two_people() -> None:
    """The name after a role word is the tagged person, not the whole capitalised run
    "Colonel Ivo Renk and Harbour Police head Captain Tarek Vand" (issue 16)."""
    text = (
        "At the harbour, Valley Guard commander Colonel Ivo Renk and Harbour Police head"
        " Captain Tarek Vand inspected the boats."
    )
    ms = _mentions(text, ["Valley Guard"])
    for n in ("Ivo Renk", "Tarek Vand"):
        s = text.index(n)
        ms.append(Mention("d", s, s + len(n), n, "PERSON", "person", name_key(n), "t", "1"))
    links, extra = find_statements(text, "d", ms, [(0, len(text))])
    assert ("leader_of", "Ivo Renk", "Valley Guard") in {
        (k.kind, k.a_text, k.b_text) for k in links
    }
    assert not any(" and " in m.text for m in extra)
    assert not any(" and " in k.a_text or " and " in k.b_text for k in links)


def test_statements_untagged_acronym_spelling_an_organisation_of_the_document() -> None:
    text = (
        "The Harvan Jewish Historical Society hosts it. Members of the HJHS Academic"
        " Council left. The HJHS and the HRC disagree; HJHS staff said so. THE END."
    )
    _, extra = find_statements(
        text, "d", _mentions(text, ["Harvan Jewish Historical Society", "HJHS Academic Council"]),
        [(0, len(text))],
    )  # fmt: skip
    assert [(m.text, m.start) for m in extra] == [
        ("HJHS", text.index("HJHS and")), ("HJHS", text.index("HJHS staff"))
    ]  # fmt: skip


def test_statements_bracketed_blessing_is_no_acronym_and_a_name_is_not_cut() -> None:
    text = "Pilgrims visited the shrine of Hazrat Varna (SA) in Kelvar."
    assert find_statements(text, "d", _mentions(text, ["Hazrat Varna"]), [(0, len(text))])[0] == []
    text = "The Valley Guard spokesman Seyed Ivo Renk spoke."
    ms = _mentions(text, ["Valley Guard"])
    s = text.index("Seyed Ivo")
    ms.append(Mention("d", s, s + 9, "Seyed Ivo", "PERSON", "person", "seyed ivo", "t", "1"))
    links, _ = find_statements(text, "d", ms, [(0, len(text))])
    assert ("member_of", "Seyed Ivo Renk", "Valley Guard") in {
        (k.kind, k.a_text, k.b_text) for k in links
    }


def _labelled(text: str, names: list[tuple[str, str]]) -> list[Mention]:
    out, pos = [], 0
    for n, label in names:
        s = text.index(n, pos)
        pos = s + len(n)
        out.append(Mention("d", s, s + len(n), n, label, "other", name_key(n), "t", "1"))
    return out


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # one word, then the acronym of another name of the same group
        ("It fought alongside Vellat (HRM) in the north.", [("Vellat", "GPE"), ("HRM", "ORG")],
         {("alias", "Vellat", "HRM")}),
        ("the crimes committed by Vellat (HRM) are remembered", [("Vellat", "PERSON")],
         {("alias", "Vellat", "HRM")}),
        # a dateline, a country, a cut name, a generic head, a list the acronym spells
        ("KESSA (HNA) – The council met.", [("KESSA", "GPE")], set()),
        ("Vellorn (HNA) – The council met.", [("Vellorn", "GPE")], set()),
        ("Talks with Iran (HNA) resumed.", [("Iran", "GPE")], set()),
        ("Prince Tarek bin Vellat (TBV) spoke.", [("Vellat", "PERSON")],
         {("acronym", "Tarek bin Vellat", "TBV")}),  # the whole name's acronym
        ("pressure on the Agency (HAEA) grew", [("Agency", "ORG")], set()),
        ("projects of Engineering, Procurement, Construction (EPC) grew",
         [("Construction", "ORG")], set()),
    ],
)  # fmt: skip
def test_statements_one_word_name_with_another_names_acronym(
    text: str, names: list[tuple[str, str]], expected: set[tuple[str, str, str]]
) -> None:
    links, _ = find_statements(text, "d", _labelled(text, names), [(0, len(text))])
    assert {(k.kind, k.a_text, k.b_text) for k in links} == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # an English word in capitals in brackets after a capitalised common word: no
        # other name (FakeNewsCorpus readers' checks, seeds 89 and 98)
        ("Join the call at 11:00 a.m. Central (FREE) to learn more.",
         [("Central", "ORG")], set()),
        ("Join the call at 11:00 a.m. Central (FREE or PAID) to learn more.",
         [("Central", "ORG")], set()),
        ("Tickets for Harv (FREE) sold out.", [("Harv", "ORG")], set()),
        ("In 2015 The Telegraph (UK) counted offences.", [("Telegraph", "ORG")], set()),
        # after an organisation's name of several words, a word in capitals is its acronym
        ("The Department of Harvest (USHD) met.", [("Department of Harvest", "ORG")],
         {("alias", "Department of Harvest", "USHD")}),
        ("The Department of Harvest (USED) met.", [("Department of Harvest", "ORG")],
         {("alias", "Department of Harvest", "USED")}),
        # real alias brackets still hold
        ("The Vellor Organisation (VO) met.", [("Vellor Organisation", "ORG")],
         {("acronym", "Vellor Organisation", "VO")}),
        ("The Harv Front (HF or JHV) met.", [("Harv Front", "ORG")],
         {("acronym", "Harv Front", "HF"), ("alias", "Harv Front", "JHV")}),
        ("The Union of Harv Workers (UHW, also known as UOHW) met.",
         [("Union of Harv Workers", "ORG")], {("alias", "UHW", "UOHW")}),
        ("It fought alongside Vellat (HRM) in the north.", [("Vellat", "GPE")],
         {("alias", "Vellat", "HRM")}),
    ],
)  # fmt: skip
def test_statements_word_in_capitals_is_no_other_name(
    text: str, names: list[tuple[str, str]], expected: set[tuple[str, str, str]]
) -> None:
    links, _ = find_statements(text, "d", _labelled(text, names), [(0, len(text))])
    assert {(k.kind, k.a_text, k.b_text) for k in links} == expected
