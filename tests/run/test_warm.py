"""The forkserver's warm-up (run/warm.py): the analyzers' first-use tables filled
before any worker forks, with the same annotations as a process that never warmed."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys

import pytest

from newsdossier.run import warm
from newsdossier.settings import Settings

# Invented pages, unlike the warm-up's own: names, a quote, a figure, a date, a denial.
_PAGES = [
    "Mara Velk, a spokeswoman for the Ostrel Water Board, said on Friday that 1,300 homes "
    "had lost supply since May 2, 2023.\n\nThe board denied that the pumps had failed.",
    "\u201cThe talks are over,\u201d Tomas Irrel told the Dalvik Courier. Brenmark officials "
    "say the deal was worth $12 million, according to a report seen by the paper.",
    "HARVAN \u2014 Police in Harvan arrested two men on Sunday. The ministry said the men "
    "may face charges next week.",
]

# Run in a fresh interpreter: the tables are process-wide caches, so the two sides
# of the comparison cannot share one process.
_ANALYSE = """
import json, os, sys
from newsdossier.settings import Settings
pages = json.loads(sys.argv[1])
if os.environ.get("NEWSDOSSIER_WARM_SETTINGS"):
    import newsdossier.run.warm  # noqa: F401  (what the forkserver preloads)
from newsdossier.analyze.api import analyze_documents
from newsdossier.analyze.claims.lexicon import pattern_needs
from newsdossier.model import Document
settings = Settings(framing_enabled=False)
filled = pattern_needs.cache_info().currsize
docs = [Document(Document.make_id(t), t, "test", f"p{i}") for i, t in enumerate(pages)]
anns = analyze_documents(docs, settings)
print(json.dumps({"filled": filled, "tasks": len(os.listdir("/proc/self/task")),
                  "annotations": [repr(a) for a in anns]}))
"""


def _analyse(warmed: bool) -> dict[str, object]:
    env = dict(os.environ)
    env.pop(warm.ENV, None)
    # as the CLI sets them for a build (cli.py): BLAS starts no threads of its own
    env.update(OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    if warmed:
        env[warm.ENV] = json.dumps(dataclasses.asdict(Settings(framing_enabled=False)))
    out = subprocess.run(
        [sys.executable, "-c", _ANALYSE, json.dumps(_PAGES)],
        env=env, capture_output=True, text=True, check=True, timeout=600,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc: Linux-only")
def test_warm_up_fills_tables_and_changes_no_annotation() -> None:
    cold, warmed = _analyse(False), _analyse(True)
    assert cold["filled"] == 0
    assert cold["tasks"] == 1
    from newsdossier.analyze.claims import modality
    from newsdossier.analyze.claims.lexicon import attribute_specs

    # every attribute pattern's word test is built before the first document, and so are
    # those of the rewrites polarity_of skips where their words are absent
    rewrites = {modality._WHETHER_OR_NOT, modality._TAG_QUESTION, modality._COUNTERFACTUAL}
    assert warmed["filled"] == len({p for s in attribute_specs() for p in s.patterns} | rewrites)
    # a forkserver with a thread would hand every worker glibc's slower malloc path
    assert warmed["tasks"] == 1
    # the same annotations, field for field, as in a process that never warmed
    assert warmed["annotations"] == cold["annotations"]


def test_warm_text_is_invented_and_analysed() -> None:
    # the warm-up text takes the analyzers down their common paths: it must have
    # something for the claims, time and mention stages to find
    from newsdossier.analyze.api import analyze_documents
    from newsdossier.model import Document

    doc = Document(Document.make_id(warm.WARM_TEXT), warm.WARM_TEXT, "t", "t")
    (ann,) = analyze_documents([doc], Settings(framing_enabled=False))
    assert ann.mentions and ann.claims and ann.times
