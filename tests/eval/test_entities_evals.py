"""ECB+ reading and B3 scoring, the merge sampler (issue 16): our own tiny inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.entities.ecbplus import b_cubed, read_document
from eval.entities.sample_merges import list_merges, write_sample

_XML = """<Document doc_name="9_1ecbplus.xml" doc_id="D1">
<token t_id="1" sentence="0" number="0">http</token>
<token t_id="2" sentence="1" number="0">Omid</token>
<token t_id="3" sentence="1" number="1">Sarvari</token>
<token t_id="4" sentence="1" number="2">'s</token>
<token t_id="5" sentence="1" number="3">team</token>
<token t_id="6" sentence="1" number="4">won</token>
<token t_id="7" sentence="1" number="5">.</token>
<token t_id="8" sentence="2" number="0">Sarvari</token>
<token t_id="9" sentence="2" number="1">thanked</token>
<token t_id="10" sentence="2" number="2">the</token>
<token t_id="11" sentence="2" number="3">Police</token>
<token t_id="12" sentence="2" number="4">and</token>
<token t_id="13" sentence="2" number="5">police</token>
<token t_id="14" sentence="2" number="6">chiefs</token>
<token t_id="15" sentence="2" number="7">.</token>
<Markables>
<HUMAN_PART_PER m_id="1"><token_anchor t_id="2"/><token_anchor t_id="3"/></HUMAN_PART_PER>
<HUMAN_PART_PER m_id="2"><token_anchor t_id="8"/></HUMAN_PART_PER>
<HUMAN_PART_ORG m_id="3"><token_anchor t_id="11"/></HUMAN_PART_ORG>
<HUMAN_PART_PER m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t9_omid_sarvari" instance_id="HUM1"/>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="HUM1"><source m_id="1"/><source m_id="2"/><target m_id="9"/></CROSS_DOC_COREF>
</Relations>
</Document>
"""


def test_ecbplus_reads_text_and_named_mentions(tmp_path: Path) -> None:
    path = tmp_path / "9" / "9_1ecbplus.xml"
    path.parent.mkdir()
    path.write_text(_XML, encoding="utf-8")
    doc = read_document(path, {1, 2})
    assert doc.text == "Omid Sarvari's team won.\nSarvari thanked the Police and police chiefs."
    got = [(g.text, g.type, g.cluster, g.descriptor) for g in doc.mentions]
    # "Police" is capitalised mid-sentence but the document also writes "police":
    # kept (mid-sentence capitals count); the URL sentence 0 is left out
    assert ("Omid Sarvari", "PER", "x:HUM1", "t9_omid_sarvari") in got
    assert (
        "Sarvari",
        "PER",
        "x:HUM1",
        "t9_omid_sarvari",
    ) in got  # sentence-initial, named mid-text
    assert all(doc.text[g.start : g.end] == g.text for g in doc.mentions)


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        ({"a": "1", "b": "1", "c": "2"}, {"a": "x", "b": "x", "c": "y"}, (1.0, 1.0)),
        ({"a": "1", "b": "1", "c": "2"}, {"a": "x", "b": "x", "c": "x"}, (5 / 9, 1.0)),
        ({"a": "1", "b": "1", "c": "2"}, {"a": "x", "b": "y", "c": "z"}, (1.0, 2 / 3)),
    ],
)
def test_ecbplus_b_cubed(
    gold: dict[str, str], system: dict[str, str], expected: tuple[float, float]
) -> None:
    got = b_cubed(gold, system)
    assert (got["precision"], got["recall"]) == (round(expected[0], 4), round(expected[1], 4))


def test_sample_merges_lists_names_and_short_forms(tmp_path: Path) -> None:
    from newsdossier.store.sqlite import open_store
    from tests.resolve.test_entities_resolve import _doc, _write

    with open_store(str(tmp_path / "m.db")) as store:
        _write(
            store,
            _doc(
                "The Free Valley Front (FVF) marched. Omid Sarvari spoke; Sarvari left.",
                [
                    ("Free Valley Front", "ORG"),
                    ("FVF", "ORG"),
                    ("Omid Sarvari", "PERSON"),
                    ("Sarvari", "PERSON"),
                ],
                [("acronym", "Free Valley Front", "FVF")],
            ),  # fmt: skip
        )
        merges = list_merges(store)
    hows = sorted(m["how"] for m in merges)
    assert hows == ["acronym", "short-form (document)"]
    out = tmp_path / "s.tsv"
    write_sample(merges, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t")[-2:] == ["verdict", "note"] and len(lines) == 3


def test_ecbplus_largest_tsv_holds_no_text_and_keeps_verdicts(tmp_path: Path) -> None:
    from collections import Counter

    from eval.entities.ecbplus import judge_largest, read_judged, write_largest_tsv

    rows = [{"name": "Ivo Renk", "mentions": 3, "topics": {"1": Counter({"Ivo Renk": 2}),
             "4": Counter({"Renk": 1})}, "context": {"1": "1_1ecb: a sentence of text"}}]  # fmt: skip
    judged = tmp_path / "judged.tsv"
    write_largest_tsv(rows, judged, None)  # type: ignore[arg-type]
    body = judged.read_text(encoding="utf-8")
    assert "sentence of text" not in body and "t1: Ivo Renk×2 | t4: Renk×1" in body
    judged.write_text(body.replace("\t\t\n", "\twrong\ttwo people\n"), encoding="utf-8")
    out = tmp_path / "again.tsv"
    write_largest_tsv(rows, out, judged)  # type: ignore[arg-type]
    assert out.read_text(encoding="utf-8").rstrip().endswith("\twrong\ttwo people")
    got = judge_largest(rows, read_judged(judged))  # type: ignore[arg-type]
    assert (got["right"], got["wrong"], got["unjudged"]) == (0, 1, 0)
