"""Bare surnames the tagger missed, found again beside their full name (issue 16)."""

from __future__ import annotations

import re

import pytest

from newsdossier.analyze.entities.surnames import surname_spans


def _spans(text: str, *names: str, label: str = "PERSON") -> list[tuple[int, int, str]]:
    out = []
    for name in names:
        out += [(m.start(), m.end(), label) for m in re.finditer(re.escape(name), text)]
    return sorted(out)


def _found(text: str, *names: str) -> list[str]:
    """The text around each new span: its word and the word before it."""
    out = []
    for s, e, lab in surname_spans(text, _spans(text, *names)):
        assert lab == "PERSON"
        assert text[s:e] in {n.split()[-1] for n in names}
        out.append(text[max(0, text.rfind(" ", 0, max(0, s - 1)) + 1) : e].strip())
    return out


def test_surnames_bare_surname_after_its_full_name() -> None:
    text = (
        "Renk Takes Lead in Harbor Race\n"
        "Fans cheered as Ivo Renk passed the buoy.\n"
        "Renk kept the lead in the second half. But Renk said little; Mr. Renk left."
    )
    found = _found(text, "Ivo Renk")
    assert len(found) == 4  # the headline, a sentence start, after "But", after "Mr."


@pytest.mark.parametrize(
    "sentence",
    [
        "His brother Tarek Renk watched.",  # another given name before it
        "They met at Renk Tower on Monday.",  # a capitalised word after it
        "The Renk-Holm fund closed.",  # joined by a hyphen
        "An old McRenk arrived.",  # inside another word
    ],
)
def test_surnames_not_inside_another_name(sentence: str) -> None:
    text = f"Ivo Renk spoke on Monday. {sentence}"
    assert _found(text, "Ivo Renk") == []


def test_surnames_two_people_sharing_it_add_nothing() -> None:
    text = "Ivo Renk and Ina Renk arrived. Renk said they were tired."
    assert surname_spans(text, _spans(text, "Ivo Renk", "Ina Renk")) == []


def test_surnames_a_word_of_the_language_opening_a_sentence() -> None:
    # the page writes "hope" in lower case: "Hope" opening a sentence is the word
    text = "Ivo Hope spoke. There is little hope left. Hope is all they have, Hope said."
    found = surname_spans(text, _spans(text, "Ivo Hope"))
    assert [text[s : e + 5] for s, e, _ in found] == ["Hope said"]


def test_surnames_tagged_spans_and_organisations_are_left_alone() -> None:
    text = "Ivo Renk spoke. Renk left. Vellorn Group said Group members agreed."
    spans = [*_spans(text, "Ivo Renk", "Renk left"), *_spans(text, "Vellorn Group", label="ORG")]
    spans = [(s, e if text[s:e] != "Renk left" else s + 4, lab) for s, e, lab in spans]
    assert surname_spans(text, sorted(spans)) == []  # covered already; no org's last word


def test_surnames_read_from_body_names_only() -> None:
    # a PERSON span of a title-case headline is often the headline's words
    text = "Vellorn Beat Harvan Twice in a Row\nThe Harvan side lost. Harvan fans left."
    spans = _spans(text, "Vellorn Beat Harvan")
    assert surname_spans(text, spans) == []


def test_surnames_not_after_an_article() -> None:
    text = "Ivo Renk spoke. The Renk we knew was gone, and a Renk arrived. Renk left."
    assert [text[s - 2 : e] for s, e, _ in surname_spans(text, _spans(text, "Ivo Renk"))] == [
        ". Renk"
    ]
