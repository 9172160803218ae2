"""Fixtures for the web tests: the sample store, a hostile corpus built through the
real pipeline, TestClients over both, and the hostile strings each page must escape.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    # starlette.testclient warns at import that httpx is deprecated in favour of httpx2;
    # the pinned httpx==0.28.1 is what the brief asks for.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsdossier.serve import ServeSettings, create_app

# Payloads a scraped page can carry.  Each sets a window flag or opens a dialog if it
# ever runs; the browser tests check neither happens, the in-process tests check the
# markup never reaches the page unescaped.
SCRIPT = "<script>window.__pwned = 'script'; alert('script')</script>"
IMG = "<img src=x onerror=\"window.__pwned='img'; alert('img')\">"
SVG = "\"><svg onload=alert('svg')>"
JS_URL = "javascript:window.__pwned='href';alert('href')"
BROKEN = "<div><p>unclosed <b>bold <!-- never closed <textarea>"
TEMPLATE = "{{ 7*7 }} {% raw %}"
RLO = "\u202etxt.exe\u202c"
HUGE = "A" * 120_000

HOSTILE_RECORDS = [
    {
        "id": "hostile-1",
        "url": JS_URL,
        "domain": f"evil.example {SCRIPT}",
        "title": f"Harvan Council meets {SCRIPT}",
        "authors": [IMG],
        "date": "2014-05-02",
        "content": (
            f"Harvan Council meets {SCRIPT}\n\n"
            f"The Harvan Council met in Velmora on Monday, officials said. {IMG} "
            f"Minister Daniel Whitford said the talks would continue {SVG}.\n\n"
            f'A link that must stay text: <a href="{JS_URL}">click</a>. {BROKEN}\n\n'
            f"Velmora officials said the Harvan Council had 300 members {TEMPLATE}. "
            f"The file {RLO} was sent to the Harvan Council by Daniel Whitford.\n"
        ),
    },
    {
        "id": "hostile-2",
        "url": "https://news.example/a?x=<script>alert(1)</script>",
        "domain": "news.example",
        "title": f"Velmora {RLO} report",
        "authors": ["Jane <b>Bold</b>"],
        "date": "2015",
        "content": (
            "Velmora report\n\n"
            "The Harvan Council met again in Velmora, officials said on Tuesday. "
            f"{HUGE}\n\n"
            f"Daniel Whitford said the Harvan Council would move to Ostrand {SCRIPT}.\n"
        ),
    },
]

# A plain-text page keeps the markup in its clean text (the JSONL records above are
# cleaned as HTML, so their payloads survive only in the metadata: title, outlet, ...).
HOSTILE_TEXT = (
    "Harvan Council meets\n\n"
    f"The Harvan Council met in Velmora on Monday, officials said. Quoted page code: {SCRIPT}"
    f" and {IMG} Minister Daniel Whitford said the talks would continue {SVG}.\n\n"
    f'A link that must stay text: <a href="{JS_URL}">click</a>. {BROKEN}\n\n'
    f"Velmora officials said the Harvan Council had 300 members {TEMPLATE}. The file {RLO}"
    " was sent to the Harvan Council by Daniel Whitford.\n"
)

HOSTILE_STRINGS = [SCRIPT, IMG, SVG, BROKEN, '<a href="javascript:', "<svg", "<img"]


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from newsdossier.run.local import build
    from newsdossier.settings import Settings
    from newsdossier.store.sqlite import open_store

    folder = tmp_path_factory.mktemp("hostile")
    corpus = folder / "corpus"
    corpus.mkdir()
    with (corpus / "hostile.jsonl").open("w", encoding="utf-8") as fh:
        for record in HOSTILE_RECORDS:
            fh.write(json.dumps(record) + "\n")
    (corpus / "plain-hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    db = folder / "hostile.db"
    with open_store(str(db)) as store:
        build([str(corpus)], store, Settings())
    return db


def _client(db: Path, **settings: int) -> Iterator[TestClient]:
    with TestClient(create_app(str(db), ServeSettings(**settings))) as client:
        yield client


@pytest.fixture(scope="session")
def client(sample_db: Path) -> Iterator[TestClient]:
    yield from _client(sample_db)


@pytest.fixture(scope="session")
def hostile_client(hostile_db: Path) -> Iterator[TestClient]:
    yield from _client(hostile_db)
