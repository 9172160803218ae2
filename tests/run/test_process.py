"""The worker's start-up: no extra thread, and gone with the building process."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor

import pytest

from newsdossier.run.process import exit_with_parent


def _thread_count() -> int:
    return threading.active_count()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux-only")
def test_process_worker_watchdog_starts_no_thread() -> None:
    # A worker that has had a second thread runs spaCy 20-30 % slower (measured, see
    # exit_with_parent); on Linux the kernel watches the parent instead.
    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(
        1, mp_context=ctx, initializer=exit_with_parent, initargs=(os.getpid(),)
    ) as pool:
        assert pool.submit(_thread_count).result(timeout=60) == 1


def test_process_worker_watchdog_falls_back_to_a_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsdossier.run.process._die_with_parent", lambda: False)
    before = threading.active_count()
    exit_with_parent(os.getpid(), every_s=3600)
    assert threading.active_count() == before + 1


def _analyse_and_count_threads() -> tuple[int, int]:
    from newsdossier.analyze.api import analyze_documents
    from newsdossier.model import Document
    from newsdossier.settings import Settings

    text = "Corrupt elites betray the nation again. The council met in Harvan on Monday."
    doc = Document(id="d1", source="t", name="t", text=text)
    (ann,) = analyze_documents([doc], Settings())
    return len(os.listdir("/proc/self/task")), len(ann.framing)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and /proc: Linux-only")
def test_process_worker_stays_single_threaded_with_framing_on() -> None:
    """Issue 19: onnxruntime's import starts a native thread, and a process that has
    had one runs spaCy ~20 % slower; the framing model runs in the worker's child
    process (analyze/child.py), so the worker itself keeps one thread."""
    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(
        1, mp_context=ctx, initializer=exit_with_parent, initargs=(os.getpid(),)
    ) as pool:
        threads, _ = pool.submit(_analyse_and_count_threads).result(timeout=300)
    assert threads == 1


def test_building_process_does_not_import_the_cleaners() -> None:
    # The building process imports run/local.py (and through it run/process.py) but
    # never cleans: importing the cleaners there (trafilatura, lxml, their lexicons)
    # cost ~0.8 CPU-s before the forkserver, and so the first analysed document,
    # could start.  The workers get them from the forkserver's preload.
    import subprocess

    code = (
        "import sys\n"
        "import newsdossier.cli\n"
        "from newsdossier.run.executor import parse_executor\n"
        "from newsdossier.run.local import build\n"
        "from newsdossier.run.pool import PoolExecutor\n"
        "print(sorted(m for m in ('newsdossier.clean.body', 'trafilatura') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    assert out.stdout.strip() == "[]"


def test_forkserver_preloads_the_cleaners() -> None:
    from multiprocessing import forkserver

    from newsdossier.run.pool import PoolExecutor
    from newsdossier.settings import Settings

    pool = PoolExecutor(Settings(workers=1))
    try:
        assert "newsdossier.clean" in forkserver._forkserver._preload_modules
    finally:
        pool.close()
