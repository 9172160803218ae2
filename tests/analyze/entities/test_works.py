"""Titles of works and websites are no people (issue 16): invented sentences."""

from __future__ import annotations

import pytest

from newsdossier.analyze.entities.works import work_label


def _label(sentence: str, name: str, label: str = "PERSON") -> str:
    start = sentence.index(name)
    return work_label(sentence, start, start + len(name), label)


@pytest.mark.parametrize(
    ("sentence", "name", "label", "expected"),
    [
        ("Her new book, Harvan Rising: A Memoir, is out in May.", "Harvan Rising", "PERSON",
         "WORK_OF_ART"),
        ("He first released his documentary Renk Cash in 2015.", "Renk Cash", "PERSON",
         "WORK_OF_ART"),
        ("There was a movie called Vellor with a similar plot.", "Vellor", "PERSON",
         "WORK_OF_ART"),
        ("I recommend Ivo Renk's blog, Tiny Vellor, to every reader.", "Tiny Vellor", "PERSON",
         "WORK_OF_ART"),
        ("the author of the best-seller “Harvan Nights” spoke", "Harvan Nights", "ORG",
         "WORK_OF_ART"),
        ("As the Harvan website Vellor.net writes, the vote was close.", "Vellor.net", "PERSON",
         "ORG"),
        # the author, not the work
        ("In his book, Ivo Renk argues that the vote was rigged.", "Ivo Renk", "PERSON", "PERSON"),
        ("Concerning my book, Archbishop Ivo Renk wrote to me.", "Archbishop Ivo Renk", "PERSON",
         "PERSON"),
        ("Records show Renk also owns a firm.", "Renk", "PERSON", "PERSON"),
        ("According to the report, Ivo Renk resigned.", "Ivo Renk", "PERSON", "PERSON"),
        ("The book was written by Ivo Renk.", "Ivo Renk", "PERSON", "PERSON"),
        # other labels are left alone
        ("Her new book, Harvan, is out.", "Harvan", "GPE", "GPE"),
    ],
)  # fmt: skip
def test_work_label(sentence: str, name: str, label: str, expected: str) -> None:
    assert _label(sentence, name, label) == expected
