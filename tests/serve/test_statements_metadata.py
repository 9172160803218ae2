"""A speaker named by the page's metadata is shown as such (issue 15, claims v68)."""

from __future__ import annotations

import pytest

from newsdossier.serve.app import make_templates


def _item(resolved: str | None, said_as: str | None) -> dict[str, object]:
    return {
        "speaker": "Tomas Vell", "kind": "author", "via": None, "resolved": resolved,
        "said_as": said_as, "statement": "The harbour tolls went up.", "text": "",
        "polarity": "positive", "modality": "asserted", "hedge": None, "denies": None,
        "subject_from": None, "subject_text": None, "refers_back": None,
        "outlet": "harvanpost.example", "published": None, "doc": "d1", "start": 0, "end": 26,
    }  # fmt: skip


def _page(it: dict[str, object]) -> str:
    s = {
        "entity": {"id": "e1", "name": "Harvan Council"}, "said": [], "said_count": 0,
        "about": [{"speaker": it["speaker"], "kind": it["kind"], "count": 1, "statements": [it]}],
    }  # fmt: skip
    return make_templates().get_template("_statements.html").render(s=s)


@pytest.mark.issue(15)
def test_a_metadata_speaker_is_marked_and_a_resolved_one_shows_its_words() -> None:
    page = _page(_item("metadata", None))
    assert "(page metadata)" in page and "“None”" not in page and "“”" not in page
    page = _page(_item("pronoun", "He"))
    assert "He</bdi>”" in page and "(page metadata)" not in page


@pytest.mark.issue(15)
def test_a_claim_that_points_back_shows_the_sentence_it_needs() -> None:
    # 15bi: the earlier sentence an unresolved "he" needs, beside the pointing words
    it = {**_item(None, None), "refers_back": "He", "refers_context": "A guard stopped Ivo Renk."}
    page = _page(it)
    assert "refers back to an earlier sentence" in page and "see:" in page
    assert "A guard stopped Ivo Renk." in page
    page = _page({**_item(None, None), "refers_back": "He", "refers_context": None})
    assert "refers back to an earlier sentence" in page and "see:" not in page
