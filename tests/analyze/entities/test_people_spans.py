"""Person-name parts and document-level span fixes (issue 16): case tables."""

from __future__ import annotations

import pytest

from newsdossier.analyze.entities.names import is_acronym
from newsdossier.analyze.entities.people import given_names_match, is_family_context, parse_person
from newsdossier.analyze.entities.spans import fix_spans, keep_abbreviation_period

PEOPLE = [
    # (key, core, numeral, suffix, is_short, is_global, short tokens)
    ("pope anselm xiv", ("anselm",), "xiv", None, False, True, {"anselm"}),
    ("pope francis", ("francis",), None, None, True, True, {"francis"}),
    ("mr williams", ("williams",), None, None, True, False, set()),
    ("atty williams", ("williams",), None, None, True, False, set()),
    ("orvald joseph vellan jr", ("orvald", "joseph", "vellan"), None, "jr", False, True,
     {"orvald", "vellan"}),
    ("president xi", ("xi",), None, None, True, False, set()),
    ("abu bakr al baghdadi", ("abu", "bakr", "al", "baghdadi"), None, None, False, True, {"baghdadi"}),
]  # fmt: skip


@pytest.mark.parametrize(("key", "core", "numeral", "suffix", "short", "glob", "tokens"), PEOPLE)
def test_people_parse_person(
    key: str, core: tuple[str, ...], numeral: str | None, suffix: str | None, short: bool,
    glob: bool, tokens: set[str],
) -> None:  # fmt: skip
    p = parse_person(key)
    assert (p.core, p.numeral, p.suffix, p.is_short, p.is_global) == (
        core, numeral, suffix, short, glob,
    )  # fmt: skip
    assert set(p.short_tokens()) == tokens


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("jim", "james", True), ("james", "jim", True), ("bill", "william", True),
     ("jim", "john", False), ("hillary", "bill", False), ("maria", "maria", True)],
)  # fmt: skip
def test_people_given_names_match(a: str, b: str, same: bool) -> None:
    assert given_names_match(a, b) is same


@pytest.mark.parametrize(
    ("sentence", "family"),
    [("Peterson was found guilty of murdering his wife.", True),
     ("The Navazei family left in 1981.", True),
     ("Peterson told the court he was innocent.", False),
     ("Her late husband founded the council.", True),
     ("The Renks' family home was sold.", True),
     ("It was written by Renk's family lawyer.", False),  # a person serving the family
     ("Renk's family spokesman and his wife spoke.", True),
     ("Renk said he only wanted to show the photos to his family.", False),
     ("Renk was cleared after a couple of delays.", False),
     ("Renk denied that the royal family was involved.", False),
     ("Renk and the couple left together.", True),
     ("The family was banned from the network, Renk wrote.", False)],
)  # fmt: skip
def test_people_family_context(sentence: str, family: bool) -> None:
    assert is_family_context(sentence) is family


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("McVellan", False), ("DeRenk", False), ("LaRue", False), ("MeK", True), ("UN", True)],
)
def test_names_surnames_with_inner_capitals_are_no_acronyms(surface: str, expected: bool) -> None:
    assert is_acronym(surface) is expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [("officials in the U.S. said", "U.S", "U.S."),
     ("sanctions by the U.N.", "U.N", "U.N."),
     ("shares of Acme Inc. fell", "Acme Inc", "Acme Inc."),
     ("He left Iran. Then", "Iran", "Iran")],
)  # fmt: skip
def test_spans_keep_abbreviation_period(text: str, span: str, expected: str) -> None:
    s = text.index(span)
    assert text[s : keep_abbreviation_period(text, s, s + len(span))] == expected


def _fix(text: str, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    spans, pos = [], 0
    for surface, label in tagged:
        s = text.index(surface, pos)
        pos = s + len(surface)
        spans.append((s, s + len(surface), label))
    return [(text[s:e], lab) for s, e, lab in fix_spans(text, spans)]


SPAN_CASES = [
    # a title-case headline: the verb leaves the name, found again in the body
    ("Esther Williams Dies At 91\nThe swimmer Esther Williams died on Thursday.",
     [("Esther Williams Dies", "PERSON"), ("Esther Williams", "PERSON")],
     [("Esther Williams", "PERSON"), ("Esther Williams", "PERSON")]),
    # a headline's verb between two names the body gives
    ("Vexa Acquires Kestrel For Millions\nVexa bought Kestrel on Monday.",
     [("Vexa Acquires Kestrel", "ORG"), ("Vexa", "ORG"), ("Kestrel", "ORG")],
     [("Vexa", "ORG"), ("Kestrel", "ORG"), ("Vexa", "ORG"), ("Kestrel", "ORG")]),
    # headline verbs end names in a title-case line, even where the body never repeats them
    ("Rowan Tillery Checks Into Rehab, Checks Out Later\nThat is what RT said.",
     [("Rowan Tillery Checks", "PERSON"), ("RT", "PERSON")],
     [("Rowan Tillery", "PERSON"), ("RT", "PERSON")]),
    # a name only in a title-case line (a results table) is kept whole
    ("Results\n1. Lorvan Astbury ( Estmark ) 3,855\nThe council met on Monday.",
     [("Lorvan Astbury", "PERSON")], [("Lorvan Astbury", "PERSON")]),
    # URLs, e-mail addresses and document symbols
    ("See www.kheshmartimes.example/Golzar and report A/HRC/37/24 or mail desk@zna.example now.",
     [("Golzar", "GPE"), ("HRC", "ORG"), ("zna.example", "ORG")], []),
    # a romanised name cut at its particle by the tagger
    ("fighting with Jam’at Varun al-Dhiri near Kelvar.",
     [("Jam’at", "ORG"), ("al-Dhiri", "PERSON"), ("Kelvar", "GPE")],
     [("Jam’at Varun al-Dhiri", "ORG"), ("Kelvar", "GPE")]),
    # office titles leave a PERSON span, regnal titles join it
    ("Archbishop Ivo Maria Renk wrote to Pope Anselm XIV.",
     [("Archbishop Ivo Maria Renk", "PERSON"), ("Anselm XIV", "PERSON")],
     [("Ivo Maria Renk", "PERSON"), ("Pope Anselm XIV", "PERSON")]),
    ("Syrian President Bashar al-Assad spoke.", [("Bashar al-Assad", "PERSON")],
     [("Bashar al-Assad", "PERSON")]),
    # scores, dates, phone numbers, table headers, headline labels, lower-case edges
    ("Aston Villa 1 Everton 2\nMELBOURNE 1996-12-06\nW L T GF GA\nCRICKET - WEST INDIES WIN",
     [("Aston Villa 1", "ORG"), ("MELBOURNE 1996-12-06", "GPE"), ("W L T GF GA", "ORG"),
      ("CRICKET - WEST INDIES", "GPE")],
     [("Aston Villa", "ORG"), ("MELBOURNE", "GPE"), ("WEST INDIES", "GPE")]),
    ("the Xinhua news agency said the heifers left west Japan.",
     [("Xinhua news agency", "ORG"), ("heifers", "PERSON"), ("west Japan", "GPE")],
     [("Xinhua", "ORG"), ("Japan", "GPE")]),
    # nationalities, "of <country>" and lists inside a PERSON span
    ("Uruguayan Marcelo Otero and Simon Parke of England met Arafat, Netanyahu aides.",
     [("Uruguayan Marcelo Otero", "PERSON"), ("Simon Parke of England", "PERSON"),
      ("Arafat, Netanyahu", "PERSON")],
     [("Marcelo Otero", "PERSON"), ("Simon Parke", "PERSON"), ("Arafat", "PERSON"),
      ("Netanyahu", "PERSON")]),
    # a lower-case word that is no connector ends a name
    ("Colts beat Chiefs at the Bank of Valley Stadium.",
     [("Colts beat Chiefs", "ORG"), ("Bank of Valley Stadium", "FAC")],
     [("Colts", "ORG"), ("Chiefs", "ORG"), ("Bank of Valley Stadium", "FAC")]),
    # "X Organization" + " of <country>"
    ("the People’s Vellorn Organization of Iran, also known as the VOK",
     [("People’s Vellorn Organization", "ORG"), ("VOK", "ORG")],
     [("People’s Vellorn Organization of Iran", "ORG"), ("VOK", "ORG")]),
    # a person and what is theirs: the possessor stays, the thing goes; a second
    # person after the possessive stays (an organisation's possessive is its name)
    ("He quoted Anselm’ Apostolic Letter at length.",
     [("Anselm’ Apostolic Letter", "PERSON")], [("Anselm", "PERSON")]),
    ("Ivo Renk’s Plunder sold well.", [("Ivo Renk’s Plunder", "PERSON")],
     [("Ivo Renk", "PERSON")]),
    ("Harvan Notes’s Maria Vellor wrote.", [("Harvan Notes’s Maria Vellor", "PERSON")],
     [("Harvan Notes", "PERSON"), ("Maria Vellor", "PERSON")]),
    ("Seamus O’Neill spoke.", [("Seamus O’Neill", "PERSON")], [("Seamus O’Neill", "PERSON")]),
    # issue 16: a headline with a lower-case word is no title-case line; its verb still
    # leaves the name the body writes alone, and stays where the body does not
    ("Vexa-Tel Confirms it Will Carry the Phone\nVexa-Tel has announced it.",
     [("Vexa-Tel Confirms", "ORG"), ("Vexa-Tel", "ORG")],
     [("Vexa-Tel", "ORG"), ("Vexa-Tel", "ORG")]),
    ("Kestrel Says it is ready\nNothing else was said.", [("Kestrel Says", "ORG")],
     [("Kestrel Says", "ORG")]),
    ("The People’s Vellorn Front met.", [("People’s Vellorn Front", "ORG")],
     [("People’s Vellorn Front", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "tagged", "expected"), SPAN_CASES)
def test_spans_fix_spans(
    text: str, tagged: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    assert _fix(text, tagged) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "The panel met. Concerning Ivo Renk, the case stays.",
            "Concerning Ivo Renk",
            "Ivo Renk",
        ),
        ("Regarding Renk, nothing changed.", "Regarding Renk", "Renk"),
        ("The news was fleeting. Fleeting Renk is a name here.", "Fleeting Renk", "Renk"),
        ("Sterling Vand spoke.", "Sterling Vand", "Sterling Vand"),  # never in lower case
        ("He met Regarding Renk there.", "Regarding Renk", "Regarding Renk"),  # mid-sentence
        # issue 16: interview markers and a question's auxiliary
        ("Q. Renk and Vand met again, you said.", "Q. Renk", "Renk"),
        ("The talk went on.\nQ: Vellorn Port has closed?", "Q: Vellorn Port", "Vellorn Port"),
        ("Q: Will Brexit affect the port?", "Will Brexit", "Brexit"),
        ("Can Renk win the vote in May?", "Can Renk", "Renk"),
        ("Will Tarrow spoke to the council.", "Will Tarrow", "Will Tarrow"),  # no question
        ("Did you vote for May Renk?", "May Renk", "May Renk"),  # mid-sentence
    ],
)
def test_spans_sentence_opener_is_no_part_of_a_person(text: str, span: str, expected: str) -> None:
    s = text.index(span)
    assert [text[a:b] for a, b, _ in fix_spans(text, [(s, s + len(span), "PERSON")])] == [expected]


def test_spans_words_before_an_office_title_are_no_person() -> None:
    text = "U.S. District Judge Ivo Renk said so. Tarek Vand, Judge of the court, agreed."
    spans = [(0, 13, "PERSON"), (20, 28, "PERSON"), (38, 48, "PERSON")]
    assert [text[a:b] for a, b, _ in fix_spans(text, spans)] == ["Ivo Renk", "Tarek Vand"]


def test_spans_a_pair_of_names_the_page_tags_apart_is_split() -> None:
    text = (
        "Vellorn and Harvan Weekly ran the story. Vellorn said so; Harvan Weekly agreed.\n"
        "The Office of Trade and Industry and the Harbor and Dredging Service replied."
    )

    def at(phrase: str, label: str, n: int = 0) -> tuple[int, int, str]:
        s = -1
        for _ in range(n + 1):
            s = text.index(phrase, s + 1)
        return (s, s + len(phrase), label)

    spans = [
        at("Vellorn and Harvan Weekly", "ORG"), at("Vellorn", "ORG", 1),
        at("Harvan Weekly", "ORG", 1), at("Office of Trade and Industry", "ORG"),
        at("Harbor and Dredging Service", "ORG"),
    ]  # fmt: skip
    got = [text[s:e] for s, e, _ in fix_spans(text, spans)]
    assert got[:2] == ["Vellorn", "Harvan Weekly"]
    assert "Office of Trade and Industry" in got and "Harbor and Dredging Service" in got
