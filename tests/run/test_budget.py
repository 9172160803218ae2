"""Bounded cost per document: windows, the size budget (E160), the CPU budget (E161) (issue 17)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import pytest

from newsdossier.analyze.budget import check_budget, cpu_budget
from newsdossier.analyze.nlp import pipe_chunks
from newsdossier.errors import BudgetExceeded, InputError
from newsdossier.model import Annotations, Document, RawRecord
from newsdossier.run.process import process_records
from newsdossier.settings import Settings

pytestmark = pytest.mark.issue(17)

_PARA = (
    "The Harvan Council met delegates from Velmora in Ostrand on Tuesday. Spokesman Daniel "
    "Whitford said the talks on the river dispute would continue next week."
)


def _raw(name: str, text: str) -> RawRecord:
    return RawRecord(f"{name}.txt", None, name, text, "text")


def test_cpu_budget_stops_work_past_it_and_is_lifted_after() -> None:
    with pytest.raises(BudgetExceeded) as err, cpu_budget(0.01):
        deadline = time.process_time() + 5
        while time.process_time() < deadline:
            check_budget("a busy loop")
    assert err.value.code == "E161" and "a busy loop" in err.value.message
    assert isinstance(err.value, InputError)  # one input: the build goes on
    check_budget("outside")  # no budget outside the block
    with cpu_budget(None):
        check_budget("unlimited")


class _RecordingNlp:
    """Stands in for spaCy: records what each pipe() call was given."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def pipe(self, texts: Sequence[str], batch_size: int) -> list[str]:
        self.calls.append(list(texts))
        return list(texts)


def test_long_texts_reach_spacy_in_bounded_groups_of_windows() -> None:
    """A 3.2 MB article went to spaCy as 32 chunks in one batch: 2.6 GB at peak."""
    long = " ".join([_PARA] * 3000)  # ~450,000 characters, one line
    short = [_PARA] * 10
    nlp = _RecordingNlp()
    out = pipe_chunks(nlp, [*short, long, *short], max_chars=20_000, batch_size=32)
    assert all(sum(map(len, call)) <= 40_000 for call in nlp.calls)
    assert all(len(call) <= 32 for call in nlp.calls)
    pieces = out[10]
    assert "".join(doc for _, doc in pieces) == long  # windows cover the text, in order
    assert [off for off, _ in pieces] == [
        sum(len(d) for _, d in pieces[:i]) for i in range(len(pieces))
    ]
    assert [len(p) for p in out[:10]] == [1] * 10


def test_document_over_max_analyze_chars_is_rejected_and_the_others_go_on() -> None:
    settings = Settings(framing_enabled=False, max_analyze_chars=2_000)
    records = [
        _raw("small", _PARA),
        _raw("huge", " ".join(f"{_PARA} Item {i}." for i in range(40))),
        _raw("other", _PARA + " More."),
    ]
    result = process_records(records, settings)
    by_key = {p.key: p for p in result.items}
    assert by_key["small.txt"].annotations is not None
    assert by_key["other.txt"].annotations is not None
    rejection = by_key["huge.txt"].rejection
    assert rejection is not None and rejection.code == "E160"
    assert (
        "max_analyze_chars=2,000" in rejection.reason
        and "NEWSDOSSIER_MAX_ANALYZE_CHARS" in rejection.reason
    )


def test_document_over_its_cpu_budget_is_rejected_and_the_others_go_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsdossier.analyze.api import _pipeline

    real = _pipeline(Settings(framing_enabled=False))

    class _SlowOnOne:
        seconds = real.seconds

        def analyze(self, docs: Sequence[Document], budget_s: float | None = None) -> list[Any]:
            assert budget_s == 7.0
            if any("SLOW" in d.text for d in docs):
                raise BudgetExceeded("analysis took more than max_document_seconds=7", code="E161")
            return real.analyze(docs, budget_s)

    monkeypatch.setattr("newsdossier.run.process._pipeline", lambda s: _SlowOnOne())
    records = [_raw("a", _PARA), _raw("slow", _PARA + " SLOW."), _raw("b", _PARA + " Then.")]
    result = process_records(records, Settings(framing_enabled=False, max_document_seconds=7))
    by_key = {p.key: p for p in result.items}
    assert isinstance(by_key["a.txt"].annotations, Annotations)
    assert isinstance(by_key["b.txt"].annotations, Annotations)
    rejection = by_key["slow.txt"].rejection
    assert rejection is not None and rejection.code == "E161"
