"""Worker results pickled with the record types' cheaper reducer (run/wire.py): the
same objects come back as with dataclasses' own pickling."""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier import model
from newsdossier.analyze.api import analyze_documents
from newsdossier.model import Document, RawRecord
from newsdossier.run import wire
from newsdossier.run.process import BatchResult
from newsdossier.settings import Settings
from newsdossier.store import base
from newsdossier.store.base import Processed

_TYPES = wire.record_types([model, base])

_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.tuples(inner, inner) | st.lists(inner, max_size=3).map(tuple),
    max_leaves=6,
)


def _made(cls: type, values: list[Any]) -> Any:
    """An object of ``cls`` with these field values, made without wire's help."""
    obj = object.__new__(cls)
    for f, v in zip(dataclasses.fields(cls), values, strict=True):
        object.__setattr__(obj, f.name, v)
    return obj


def _state(obj: Any) -> tuple[type, list[Any]]:
    return type(obj), [getattr(obj, f.name) for f in dataclasses.fields(obj)]


def test_every_record_type_is_registered() -> None:
    # the types a BatchResult carries are all found by the scan, and registered
    names = {c.__name__ for c in _TYPES}
    assert {"Processed", "Document", "Annotations", "Sentence", "Mention", "Claim"} <= names
    assert "RawRecord" in names and "EventMention" in names and "TimeExpression" in names
    assert set(_TYPES) <= wire._REGISTERED


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_TYPES), st.data())
def test_round_trip_matches_dataclass_pickling(cls: type, data: st.DataObject) -> None:
    n = len(dataclasses.fields(cls))
    obj = _made(cls, data.draw(st.lists(_values, min_size=n, max_size=n)))
    back = pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
    assert _state(back) == _state(obj)
    # the same state dataclasses' own __getstate__ gives (what pickling used before)
    assert cls.__getstate__(back) == cls.__getstate__(obj)  # type: ignore[attr-defined]


def test_a_batch_result_comes_back_equal() -> None:
    text = (
        "Ivo Renk, the mayor of Ostrel, said on Monday that 300 homes had flooded. "
        "\u201cWe need help,\u201d Renk told the Harvan Courier on May 4, 2023."
    )
    doc = Document(Document.make_id(text), text, "t.txt", "t.txt", title="Floods in Ostrel")
    (ann,) = analyze_documents([doc], Settings(framing_enabled=False))
    assert ann.sentences and ann.mentions and ann.claims
    raw = RawRecord("t.txt", None, "t.txt", text, "text", {"title": "Floods in Ostrel"})
    result = BatchResult(
        [Processed("t.txt", "t.txt", None, "h1", doc, ann), Processed(raw.key, raw.source, None, None)],
        {"clean": 0.5}, 10.0, 7, 1.0, 2.0,
    )  # fmt: skip
    back = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == result
    assert pickle.loads(pickle.dumps(raw)) == raw
    assert [type(s) for s in back.items[0].annotations.sentences] == [model.Sentence] * len(
        ann.sentences
    )
