"""Bounded entity and timeline pages (issue 18): an event shows its first evidence links
and "and N more" to its own page, which lists them all; an entity page lists its claims
once, the first ones, with a link to every claim a page at a time.  Nothing a user could
cite disappears: every cut list links to a page that has all of it."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from newsdossier.serve import create_app, queries
from newsdossier.serve.app import make_templates

from .helpers import markup_problems

pytestmark = pytest.mark.issue(18)

_ENV = make_templates()
_ALL = _ENV.from_string("{{ items|evidence_links }}")
_CUT = _ENV.from_string("{{ items|evidence_links(limit, href) }}")
_ITEMS = st.lists(
    st.fixed_dictionaries({"doc": st.text(max_size=8), "start": st.integers(0, 10**6),
                           "end": st.integers(0, 10**6)}),
    max_size=12,
)  # fmt: skip
_LINK = re.compile(r'<a class="ev" href="[^"]*">evidence \d+</a> ')


@given(_ITEMS, st.integers(min_value=0, max_value=14), st.text(max_size=10))
def test_cut_links_are_the_first_ones_then_a_link_to_all(
    items: list[dict[str, Any]], limit: int, href: str
) -> None:
    whole = _ALL.render(items=items)
    cut = _CUT.render(items=items, limit=limit, href="/events/" + href)
    links = _LINK.findall(whole)
    assert len(links) == len(items)
    assert cut.startswith("".join(links[:limit]))
    rest = cut[len("".join(links[:limit])) :]
    if len(items) > limit:
        more = re.fullmatch(r'<a class="ev-more" href="([^"]*)">and (\d+) more</a> ', rest)
        assert more is not None and int(more[2]) == len(items) - limit
        assert more[1].startswith("/events/")
    else:
        assert rest == "" and cut == whole


def _ids(db: Path) -> dict[str, Any]:
    con = sqlite3.connect(db)
    try:
        event, n = con.execute(
            "SELECT event_id, count(*) FROM event_mentions WHERE event_id IS NOT NULL"
            " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1"
        ).fetchone()
        entity, claims = con.execute(
            "SELECT subject_entity, count(*) FROM claims WHERE subject_entity IS NOT NULL"
            " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1"
        ).fetchone()
        in_event = con.execute(
            "SELECT a.entity_id FROM event_arguments a JOIN event_mentions m"
            " ON m.id = a.event_mention_id WHERE m.event_id = ? AND a.entity_id IS NOT NULL"
            " ORDER BY 1 LIMIT 1",
            (event,),
        ).fetchone()
    finally:
        con.close()
    return {"event": event, "evidence": n, "entity": entity, "claims": claims,
            "in_event": in_event[0] if in_event else None}  # fmt: skip


@pytest.fixture(scope="module")
def ids(sample_db: Path) -> dict[str, Any]:
    found = _ids(sample_db)
    # the sample corpus has an event told by several documents and an entity with claims
    assert found["evidence"] >= 3 and found["claims"] >= 3 and found["in_event"]
    return found


@pytest.fixture
def cut_client(sample_db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """The sample store's pages with small caps: 1 evidence link per event, none per
    relation, 1 claim."""
    monkeypatch.setattr(queries, "ENTITY_CLAIMS_SHOWN", 1)
    with TestClient(create_app(str(sample_db))) as client:
        env = client.app.state.templates  # type: ignore[attr-defined]
        env.globals.update(event_evidence_shown=1, relation_evidence_shown=0)
        yield client


def _evidence_hrefs(html: str) -> list[str]:
    return re.findall(r'<a class="ev" href="([^"]*)">evidence \d+</a>', html)


def test_event_page_lists_every_piece_of_evidence(client: TestClient, ids: dict[str, Any]) -> None:
    api = client.get(f"/api/events/{ids['event']}").json()
    assert len(api["evidence"]) == ids["evidence"]
    page = client.get(f"/events/{ids['event']}")
    assert page.status_code == 200 and markup_problems(page.text) == []
    expected = [
        f"/documents/{e['doc']}?span={e['start']}-{e['end']}#evidence" for e in api["evidence"]
    ]
    assert _evidence_hrefs(page.text) == expected
    for url in expected:  # each one opens its document at the span
        assert client.get(url).status_code == 200
    assert client.get("/events/no-such-event").status_code == 404
    assert client.get("/api/events/no-such-event").status_code == 404


@pytest.mark.parametrize("where", ["entity", "timeline"])
def test_cut_evidence_links_to_the_event_page_with_all(
    cut_client: TestClient, ids: dict[str, Any], where: str
) -> None:
    url = (f"/entities/{ids['in_event']}" if where == "entity"
           else f"/timeline?entity={ids['in_event']}")  # fmt: skip
    html = cut_client.get(url).text
    more = re.findall(r'<a class="ev-more" href="([^"]*)">and (\d+) more</a>', html)
    target = f"/events/{ids['event']}"
    assert (target, str(ids["evidence"] - 1)) in more
    shown = set(_evidence_hrefs(html))
    for href, n in more:  # every cut list: its page has the shown links and n more
        page = cut_client.get(href)
        assert page.status_code == 200
        all_links = _evidence_hrefs(page.text)
        assert len(all_links) == 1 + int(n)
        assert all_links[0] in shown


def test_claims_shown_once_with_a_link_to_all(
    cut_client: TestClient, client: TestClient, ids: dict[str, Any]
) -> None:
    entity = ids["entity"]
    html = cut_client.get(f"/entities/{entity}").text
    data = cut_client.get(f"/api/entities/{entity}").json()
    assert len(data["claims"]) == 1 and data["claims_capped"]
    assert data["claims_total"] == ids["claims"]
    shown = data["claims"][0]
    # the claim's row once, and what else points at it links to that row
    assert html.count(f'id="claim-{shown["id"]}"') == 1
    assert html.count(f'?span={shown["start"]}-{shown["end"]}#evidence">evidence</a>') == 1
    for anchor in re.findall(r'href="#claim-([^"]*)"', html):
        assert anchor == shown["id"]
    assert f"and {ids['claims'] - 1} more" in html
    link = f'href="/entities/{entity}/claims"'
    assert link in html
    # the profile says it is drawn from the shown claims only
    assert "drawn from the first 1 claims of the table" in html
    # the full list: every claim, in the page's order, its evidence links working
    full = client.get(f"/entities/{entity}/claims")
    assert full.status_code == 200 and markup_problems(full.text) == []
    every = client.get(f"/api/entities/{entity}/claims").json()["claims"]
    assert len(every) == ids["claims"] and every[0]["id"] == shown["id"]
    for c in every:
        href = f"/documents/{c['doc']}?span={c['start']}-{c['end']}#evidence"
        assert f'href="{href}"' in full.text
        assert client.get(href).status_code == 200


def test_claims_list_pages_through_every_claim(
    client: TestClient, ids: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    entity = ids["entity"]
    whole = [c["id"] for c in client.get(f"/api/entities/{entity}/claims").json()["claims"]]
    monkeypatch.setattr(queries, "PAGE_SIZE", 2)
    seen: list[str] = []
    page = 1
    while True:
        data = client.get(f"/api/entities/{entity}/claims?page={page}").json()
        seen += [c["id"] for c in data["claims"]]
        html = client.get(f"/entities/{entity}/claims?page={page}").text
        assert (f'href="/entities/{entity}/claims?page={page + 1}"' in html) == data["has_next"]
        if not data["has_next"]:
            break
        page += 1
    assert seen == whole and page == -(-len(whole) // 2)
    assert client.get("/entities/no-such-entity/claims").status_code == 404


def test_reuse_links_across_chunks(sample_db: Path) -> None:
    """More than 450 documents are read in chunks; a pair whose documents fall in two
    chunks is still found (a chunk compared with itself missed it)."""
    from newsdossier.store.sqlite import SQLiteStore

    with SQLiteStore(sample_db, readonly=True) as store:
        row = store.conn.execute("SELECT doc_a, doc_b FROM reuse_pairs ORDER BY id").fetchone()
        assert row is not None
        a, b = row
        few = {tuple(r) for r in store.reuse_links([a, b])}
        ids = [a, *(f"absent-{i}" for i in range(500)), b]
        assert few and {tuple(r) for r in store.reuse_links(ids)} == few


def test_page_events_read_at_once_as_one_by_one(sample_db: Path) -> None:
    """The page's batched reads give each event the record the export gives it."""
    from newsdossier.export.events import event_record
    from newsdossier.store.sqlite import SQLiteStore

    with SQLiteStore(sample_db, readonly=True) as store:
        rows = store.events_page(None, None, None, None, 1000, 0)
        assert rows
        batched = queries._event_records(store, rows)
        assert batched == [queries._event(event_record(store, r)) for r in rows]


def test_cut_relation_evidence_links_to_all(cut_client: TestClient, sample_db: Path) -> None:
    con = sqlite3.connect(sample_db)
    related = con.execute(
        "SELECT n.entity_id FROM name_links l JOIN entity_names n ON n.key = l.a_key"
        " JOIN entity_names o ON o.key = l.b_key JOIN entities e ON e.id = n.entity_id"
        " JOIN entities f ON f.id = o.entity_id WHERE l.kind NOT IN"
        " ('acronym', 'alias', 'alias_claim') ORDER BY l.document_id, l.seq"
    ).fetchone()[0]
    con.close()
    data = cut_client.get(f"/api/entities/{related}").json()
    assert data["relations"]
    html = cut_client.get(f"/entities/{related}").text
    more = re.findall(r'<a class="ev-more" href="([^"]*/relations)">and (\d+) more</a>', html)
    assert [int(n) for _, n in more] == [len(r["evidence"]) for r in data["relations"]]
    assert {h for h, _ in more} == {f"/entities/{related}/relations"}
    assert (
        "evidence"
        not in html.split('id="relations"')[1]
        .split("</section>")[0]
        .replace('class="ev-more"', "")
        .split("<tbody>")[1]
    )  # none shown: the cap is 0 here
    page = cut_client.get(f"/entities/{related}/relations")
    assert page.status_code == 200 and markup_problems(page.text) == []
    for r in data["relations"]:
        for x in r["evidence"]:
            assert (
                f'href="/documents/{x["doc"]}?span={x["start"]}-{x["end"]}#evidence"' in page.text
            )
    assert (
        cut_client.get(f"/api/entities/{related}/relations").json()["relations"]
        == data["relations"]
    )
    assert cut_client.get("/entities/no-such-entity/relations").status_code == 404
