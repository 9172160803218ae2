"""How the claims construction tests read a claim back out of its document (one place for
the helpers the per-round test files shared by copy)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def said(doc: Any, c: Any) -> str:
    """The statement's words as the document holds them."""
    return doc.text[c.statement_start : c.statement_end]


def refers(doc: Any, c: Any) -> str | None:
    """The words that point back, or ``None`` when the claim has none."""
    return doc.text[c.refers_start : c.refers_end] if c.refers_start >= 0 else None


def context(doc: Any, c: Any) -> str | None:
    """The earlier sentence shown for the words that point back, or ``None``."""
    return doc.text[c.context_start : c.context_end] if c.context_start >= 0 else None


def marked(
    analyze: Callable[[str], tuple[Any, list[Any]]], text: str, words: str
) -> tuple[Any, Any]:
    """The document and its one claim whose unresolved pointing words are ``words``."""
    doc, claims = analyze(text)
    found = [c for c in claims if refers(doc, c) == words and c.subject_start < 0]
    assert len(found) == 1, [(c.text, refers(doc, c), c.subject_text) for c in claims]
    return doc, found[0]


def by_speaker(claims: list[Any], name: str) -> list[Any]:
    """The claims whose source is ``name``."""
    return [c for c in claims if c.source_name == name]


def only_saying(claims: list[Any], words: str, doc: Any) -> Any:
    """The one claim whose statement holds ``words``."""
    found = [c for c in claims if words in said(doc, c)]
    assert len(found) == 1, [said(doc, c) for c in claims]
    return found[0]


def claims_of_text(analyze: Callable[[str], tuple[Any, list[Any]]], text: str) -> list[Any]:
    """The claims of ``text``."""
    return analyze(text)[1]


def only_claim(analyze: Callable[[str], tuple[Any, list[Any]]], text: str) -> Any:
    """The one claim of ``text``."""
    claims = claims_of_text(analyze, text)
    assert len(claims) == 1, [(c.text, c.hedge) for c in claims]
    return claims[0]


def first_saying(analyze: Callable[[str], tuple[Any, list[Any]]], text: str, words: str) -> Any:
    """The first claim of ``text`` with a statement that holds ``words``."""
    doc, claims = analyze(text)
    found = [c for c in claims if c.statement_start >= 0 and words in said(doc, c)]
    assert found, [said(doc, c) for c in claims]
    return found[0]


def checked_via(doc: Any, c: Any) -> str | None:
    """The claim's via, its offsets checked against the text (they leave out a leading
    "the", as every via's do)."""
    if c.via is not None:
        assert doc.text[c.via_start : c.via_end] == c.via.removeprefix("the ")
    return c.via
