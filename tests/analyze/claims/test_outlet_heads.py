"""A news service's name the tagger leaves untagged is an outlet by its head word (issue 15,
claims v59): "the Harbor Wire" was filed as a named speaker; a person's name is not."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(15)


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of(None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("According to the Harbor Wire, the council met on Monday.\n", "named"),
        ("The council met on Monday, the Vellorn Observer reported.\n", "named"),
        ("According to Ivo Renk, the council met on Monday.\n", "named"),
    ],
)
def test_a_news_service_by_its_head(analyze, text: str, kind: str) -> None:
    _, claims = analyze(text)
    assert [c.source_kind for c in claims] == [kind]
