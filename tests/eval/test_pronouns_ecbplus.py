"""The pointing-words scorer on ECB+ (eval/claims/pronouns_ecbplus.py), on an invented
three-sentence document in ECB+'s XML form."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

from eval.claims import pronouns_ecbplus as pe

_TOKENS = [
    # sentence 0 is the URL of an ecbplus file: left out
    (0, "http"),
    (1, "Ivo"), (1, "Renk"), (1, "met"), (1, "Mira"), (1, "Voss"), (1, "."),
    (2, "He"), (2, "left"), (2, "the"), (2, "Harvan"), (2, "Council"), (2, "."),
    (3, "It"), (3, "thanked"), (3, "her"), (3, "."),
]  # fmt: skip


def _xml() -> ET.Element:
    toks = "".join(
        f'<token t_id="{i}" sentence="{s}" number="{i}">{t}</token>'
        for i, (s, t) in enumerate(_TOKENS, 1)
    )

    def m(tag: str, mid: int, *tids: int) -> str:
        return (
            f'<{tag} m_id="{mid}">'
            + "".join(f'<token_anchor t_id="{t}"/>' for t in tids)
            + f"</{tag}>"
        )

    marks = (
        m("HUMAN_PART_PER", 1, 2, 3) + m("HUMAN_PART_PER", 2, 5, 6) + m("HUMAN_PART_PER", 3, 8)
        + m("HUMAN_PART_ORG", 4, 10, 11, 12) + m("HUMAN_PART_ORG", 5, 14)
        + m("HUMAN_PART_PER", 6, 16) + m("ACTION_OCCURRENCE", 7, 4)
        + '<HUMAN_PART_PER m_id="20" TAG_DESCRIPTOR="renk"/>'
        + '<HUMAN_PART_PER m_id="21" TAG_DESCRIPTOR="voss"/>'
        + '<HUMAN_PART_ORG m_id="22" TAG_DESCRIPTOR="council"/>'
    )  # fmt: skip
    rels = (
        '<INTRA_DOC_COREF r_id="1"><source m_id="1"/><source m_id="3"/><target m_id="20"/></INTRA_DOC_COREF>'
        '<CROSS_DOC_COREF r_id="2" note="X1"><source m_id="2"/><source m_id="6"/><target m_id="21"/></CROSS_DOC_COREF>'
        '<INTRA_DOC_COREF r_id="3"><source m_id="4"/><source m_id="5"/><target m_id="22"/></INTRA_DOC_COREF>'
    )  # fmt: skip
    return ET.fromstring(
        f'<Document doc_name="9_9ecbplus.xml">{toks}<Markables>{marks}</Markables>'
        f"<Relations>{rels}</Relations></Document>"
    )


def test_reads_pronouns_with_their_chains() -> None:
    doc = pe.read_root(_xml(), "9_9ecbplus", plus=True)
    assert doc.text == "Ivo Renk met Mira Voss.\nHe left the Harvan Council.\nIt thanked her."
    got = [(doc.text[p.start : p.end], p.word, p.chain) for p in doc.pronouns]
    assert got == [("He", "he", "20"), ("It", "it", "22"), ("her", "her", "21")]
    # the action markable is no entity; every chained entity markable is kept
    assert len(doc.markables) == 6


def test_verdicts() -> None:
    doc = pe.read_root(_xml(), "9_9ecbplus", plus=True)
    he, it, her = doc.pronouns
    renk = (doc.text.index("Ivo Renk"), doc.text.index("Ivo Renk") + 8)
    voss = (doc.text.index("Mira Voss"), doc.text.index("Mira Voss") + 9)
    council = (doc.text.index("Harvan"), doc.text.index("Council") + 7)
    assert pe.verdict(renk, he, doc.markables) == "right"
    assert pe.verdict(voss, he, doc.markables) == "wrong"
    assert pe.verdict(council, it, doc.markables) == "right"
    assert pe.verdict(voss, her, doc.markables) == "right"
    assert pe.verdict(None, her, doc.markables) == "unresolved"
    # a name no markable covers (an untagged sentence) cannot be judged
    assert pe.verdict((doc.text.index("met"), doc.text.index("met") + 3), he, doc.markables) == (
        "unverifiable"
    )
    # the markable that overlaps most decides ("Renk" alone inside "Ivo Renk")
    assert pe.verdict((renk[0] + 4, renk[1]), he, doc.markables) == "right"


def test_table_counts_precision_and_coverage() -> None:
    tally: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    tally[("project", "he")].update({"right": 3, "wrong": 1, "unverifiable": 1, "unresolved": 5})
    out = pe.table(tally)
    # precision 3 / 4; coverage: named (3 + 1 + 1) of 10
    assert "| project, he | 10 | 3 | 1 | 1 | 5 | 0.75 | 0.50 |" in out
    assert "| **project**, all | 10 | 3 | 1 | 1 | 5 | 0.75 | 0.50 |" in out


def test_every_rule_judges_every_pronoun_through_the_pipeline() -> None:
    doc = pe.read_root(_xml(), "9_9ecbplus", plus=True)
    tally: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    (ctx,) = pe.contexts([doc])
    pe.score_document(ctx, doc, tally)
    for rule in pe.RULES:
        assert sum(tally[(rule, w)].total() for w in ("he", "it", "her")) == 3
    # "He" after two people: the project's rule names nobody
    assert tally[("project", "he")]["unresolved"] == 1
    # "her" is no subject form: the project's rule never reads it
    assert tally[("project", "her")]["unresolved"] == 1


def test_gender_veto() -> None:
    # "Ivo Renk ... his wife ... while she": the wife, not Renk
    assert pe._gender_veto("she", " was jailed for striking his wife while ")
    assert pe._gender_veto("he", " met a man at the harbour, and ")
    assert not pe._gender_veto("he", " left the Harvan Council, and ")
    assert not pe._gender_veto("it", " said his wife ")  # only he/she are vetoed


def test_context_verdicts_and_table() -> None:
    # the sentence shown for a pronoun left unresolved (15bi): right when it holds a
    # markable of the pronoun's chain, wrong when of other chains only, unverifiable
    # when of none, "none" when no sentence is shown
    doc = pe.read_root(_xml(), "9_9ecbplus", plus=True)
    he, it, her = doc.pronouns
    first = (0, doc.text.index("\n"))
    second = (first[1] + 1, doc.text.index("\n", first[1] + 1))
    assert pe.context_verdict(first, he, doc.markables) == "right"
    assert pe.context_verdict(first, it, doc.markables) == "wrong"
    assert pe.context_verdict(second, her, doc.markables) == "wrong"
    assert pe.context_verdict((first[0], first[0] + 3), he, doc.markables) == "unverifiable"
    assert pe.context_verdict(None, her, doc.markables) == "none"
    tally: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    tally[("context", "he")].update(["right", "right", "wrong", "none"])
    table = pe.context_table(tally)
    assert "| he | 4 | 2 | 1 | 0 | 1 | 0.67 | 0.75 |" in table
