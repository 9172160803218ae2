"""One claims pipeline for the construction tests (spaCy is loaded once per session)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsdossier.analyze.pipeline import make_pipeline
from newsdossier.model import Document, PublishedDate
from newsdossier.settings import Settings

Analyze = Callable[[str], tuple[Document, list[Any]]]


@pytest.fixture(scope="session")
def claims_of() -> Callable[[str | None], Analyze]:
    """``claims_of(author)(text)`` -> (document, its claims), the outlet "Test Wire"."""
    pipe = make_pipeline(
        Settings(),
        ("newsdossier.spacy.v1", "newsdossier.sentences.v1", "newsdossier.mentions.v1",
         "newsdossier.claims.v2"),
    )  # fmt: skip

    def with_author(author: str | None) -> Analyze:
        def run(text: str) -> tuple[Document, list[Any]]:
            doc = Document(Document.make_id(text), text, "t", "t", author=author,
                           outlet="Test Wire",
                           published=PublishedDate("2021-05-04", "day", "metadata"))  # fmt: skip
            return doc, pipe.analyze([doc])[0].claims

        return run

    return with_author
