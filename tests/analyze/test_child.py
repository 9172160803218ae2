"""A model in a child process (issue 19): answers, errors, restarts, and no thread here."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from newsdossier.analyze.child import ModelProcess

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork + /proc: Linux")


def _native_threads() -> int:
    """Threads of this process as the kernel counts them (native ones included)."""
    return len(os.listdir("/proc/self/task"))


def _make_echo():
    def handle(request):
        if request == "boom":
            raise ValueError("bad request")
        if request == "die":
            os._exit(3)
        if request == "threads":
            import threading

            threading.Thread(target=lambda: None).start()
            return os.getpid(), _native_threads()
        return os.getpid(), [r.upper() for r in request]

    return handle


@linux
def test_model_process_answers_from_another_process_and_reports_errors() -> None:
    child = ModelProcess(_make_echo)
    try:
        pid, out = child(["a", "b"])
        assert out == ["A", "B"] and pid != os.getpid()
        assert child(["c"])[0] == pid  # the same child, started once
        with pytest.raises(RuntimeError, match="ValueError: bad request"):
            child("boom")
        assert child(["d"]) == (pid, ["D"])  # an error does not end the child
        assert child.peak_rss_mb > 0
    finally:
        child.close()


@linux
def test_model_process_restarts_a_child_that_died() -> None:
    child = ModelProcess(_make_echo)
    try:
        first, _ = child(["a"])
        with pytest.raises(RuntimeError, match="ended"):
            child("die")
        second, out = child(["b"])
        assert out == ["B"] and second != first
    finally:
        child.close()


@linux
def test_model_process_keeps_threads_out_of_this_process() -> None:
    """The reason it exists: a thread started in the child (as onnxruntime's import
    starts one) never exists here, so this process keeps glibc's single-thread path."""
    before = _native_threads()
    child = ModelProcess(_make_echo)
    try:
        _, in_child = child("threads")
        assert in_child >= 1
        assert _native_threads() <= before
    finally:
        child.close()


@linux
def test_framing_child_detects_like_the_model_and_leaves_no_thread_here() -> None:
    from newsdossier.analyze.framing import load_framing_model
    from newsdossier.analyze.framing._model import default_model_dir
    from newsdossier.analyze.framing.analyzer import _child_detect

    if not (default_model_dir() / "meta.json").is_file():
        pytest.skip("framing weights not built")
    texts = [
        "Corrupt elites betray the nation again.\nThey lied, they lied, and they lied again.",
        "",
        "Plain words about the weather.",
    ]
    model = load_framing_model()  # the weights only: no onnxruntime session here yet
    before = _native_threads()
    child = ModelProcess(_child_detect)
    try:
        got = child(texts)
        if "onnxruntime" not in sys.modules:  # (an earlier test may have run it here)
            assert _native_threads() <= before
        assert got == model.detect(texts)
    finally:
        child.close()


def test_model_process_source_has_no_thread_of_its_own() -> None:
    # the parent side must not start helper threads (a reader thread would undo the point)
    src = Path(__file__).resolve().parents[2] / "newsdossier" / "analyze" / "child.py"
    assert "threading" not in src.read_text(encoding="utf-8")


@linux
def test_framing_analyzer_gives_the_same_spans_in_a_child_and_in_process() -> None:
    from newsdossier.analyze.api import analyze_documents
    from newsdossier.analyze.framing._model import default_model_dir
    from newsdossier.model import Document
    from newsdossier.settings import Settings

    if not (default_model_dir() / "meta.json").is_file():
        pytest.skip("framing weights not built")
    text = (
        "Corrupt elites betray the nation again, the council said on Monday.\n"
        "This disgraceful regime will stop at nothing to silence patriots."
    )
    doc = Document(id="d1", source="t", name="t", text=text)
    (child,) = analyze_documents([doc], Settings(framing_process=True))
    (inline,) = analyze_documents([doc], Settings(framing_process=False))
    assert child.framing and child.framing == inline.framing
