"""A claim's pointing words and the earlier sentence they need (migration 1010, issue
15, branch 15bi): ``context_start``/``context_end`` are written and read back alike on
both engines, and the export shows them inside ``refers_back`` as ``context`` (its text
cut from the document: ``text == doc.text[start:end]``), or ``None`` when none fits."""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.export.claims import iter_claims
from newsdossier.model import Annotations, Claim, Document, Sentence
from newsdossier.store.base import Processed
from tests.pg import sql

pytestmark = pytest.mark.issue(15)

_FIRST = "Pell Odrin met the fishermen of Vellorn on Tuesday."
_TEXT = _FIRST + " Ivo Renk said they would strike in May. Renk said it was late."


def _claim(doc: Document, words: str, refers: str, context: tuple[int, int]) -> Claim:
    a = _TEXT.index(words)
    r = _TEXT.index(refers, a)
    return Claim(
        doc.id, a, a + len(words), words, None, -1, -1, "", None, -1, -1, None, "Ivo Renk",
        "named", a, a + 8, None, "indirect", None, "asserted", None, None, "test.v1", "1",
        statement_start=r, statement_end=a + len(words) - 1, refers_start=r,
        refers_end=r + len(refers), context_start=context[0], context_end=context[1],
    )  # fmt: skip


def _processed() -> Processed:
    doc = Document(Document.make_id(_TEXT), _TEXT, source="c.txt", name="c")
    claims = (
        _claim(doc, "Ivo Renk said they would strike in May.", "they", (0, len(_FIRST))),
        _claim(doc, "Renk said it was late.", "it", (-1, -1)),
    )
    sents = (Sentence(doc.id, 0, len(_TEXT), _TEXT),)
    ann = Annotations(doc.id, sents, (), ("test@1",), claims=claims)
    return Processed("c.txt", "c.txt", None, "h-c", doc, ann)


def test_the_context_is_stored_and_exported_on_both_engines(engine_store: Any) -> None:
    engine_store.write_batch([_processed()])
    rows = sql(
        engine_store,
        "SELECT refers_start, context_start, context_end FROM claims ORDER BY refers_start",
    ).fetchall()
    assert [tuple(r) for r in rows] == [
        (_TEXT.index("they"), 0, len(_FIRST)),
        (_TEXT.index(" it ") + 1, -1, -1),
    ]
    out = sorted(iter_claims(engine_store), key=lambda c: c["start"])
    they, it = (c["refers_back"] for c in out)
    assert they["text"] == "they"
    assert they["context"] == {"start": 0, "end": len(_FIRST), "text": _FIRST}
    assert _TEXT[they["context"]["start"] : they["context"]["end"]] == they["context"]["text"]
    assert it["text"] == "it" and it["context"] is None
