"""Outlet normalisation (issue 20): a name, its domain and its URL host are one outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdossier.resolve.outlets import (
    OutletJudgement,
    domain_label,
    host_of,
    is_domain,
    match_score,
    resolve_outlet_variants,
)

pytestmark = pytest.mark.issue(20)

# (name, domain label, matches?) -- invented outlets; the constructions are the point.
CASES = [
    ("The Harbour Herald", "harbourherald", True),  # leading article skipped
    ("Velmora Daily Courier", "velmoracourier", True),  # a middle word skipped
    ("Ostrand News Agency", "ona", True),  # acronym
    ("North Ridge Times", "nrtimes", True),  # initials + a word
    ("Velmora Evening Post", "velmorapost", True),
    ("Harbour Herald", "herald", False),  # the first significant word must give something
    ("Velmora Daily Courier", "courier", False),
    ("Ostrand News Agency", "osnews", False),  # 'os' is not a word of the name
    ("Velmora Times", "velmoratribune", False),
]


@pytest.mark.parametrize(("name", "label", "matches"), CASES)
def test_outlets_match_name_to_domain_label(name: str, label: str, matches: bool) -> None:
    assert (match_score(name, label) is not None) is matches


def test_outlets_domains_and_hosts() -> None:
    assert is_domain("harbourherald.example") and is_domain("www.news.co.uk")
    assert not is_domain("Harbour Herald") and not is_domain("harbourherald")
    assert (
        domain_label("news.kessawire.co.uk") == "kessawire"
        and domain_label("the-herald.example") == "theherald"
    )
    assert host_of("https://www.Harbourherald.example/a/b") == "harbourherald.example"
    assert host_of("javascript:alert(1)") is None and host_of(None) is None


def test_outlets_resolve_merges_spellings_and_keeps_a_tie_apart() -> None:
    rows = [
        ("The Harbour Herald", "harbourherald.example", 4),
        ("harbourherald.example", "harbourherald.example", 2),
        ("Ostrand News Agency", None, 3),
        ("ona.example", "ona.example", 1),
        ("HARBOUR HERALD", None, 1),
        # two names spell "vstar" equally well: the domain joins neither
        ("Velmora Star", None, 2),
        ("Vale Star", None, 2),
        ("vstar.example", None, 1),
    ]
    got = resolve_outlet_variants(rows)
    assert got["harbourherald.example"] == ("The Harbour Herald", "domain")
    assert got["HARBOUR HERALD"][0] == "The Harbour Herald"
    assert got["ona.example"] == ("Ostrand News Agency", "acronym")
    assert got["vstar.example"][0] == "vstar.example"
    assert got["Velmora Star"][0] == "Velmora Star" and got["Vale Star"][0] == "Vale Star"


def test_outlets_host_links_only_matching_names() -> None:
    # the pages of "Harbour Wire" sit on harbourwire.example: name and domain are one;
    # a licence footer named an agency on another site's pages: no link from the host
    rows = [
        ("Harbour Wire", "harbourwire.example", 3),
        ("wire.harbourwire.example", None, 1),
        ("Ostrand News Agency", "harbourwire.example", 5),
    ]
    got = resolve_outlet_variants(rows)
    assert got["wire.harbourwire.example"][0] == "Harbour Wire"
    assert got["Ostrand News Agency"] == ("Ostrand News Agency", "canonical")


def test_outlets_user_judgements_win() -> None:
    rows = [
        ("The Harbour Herald", None, 2),
        ("harbourherald.example", None, 1),
        ("HH Online", None, 1),
    ]
    apart = resolve_outlet_variants(
        rows, [OutletJudgement("different", "The Harbour Herald", "harbourherald.example")]
    )
    assert apart["harbourherald.example"][0] == "harbourherald.example"
    same = resolve_outlet_variants(
        rows, [OutletJudgement("same", "The Harbour Herald", "HH Online")]
    )
    assert same["HH Online"] == ("The Harbour Herald", "user")


def test_outlets_sample_shows_each_outlet_once(sample_db: Path) -> None:
    import sqlite3

    con = sqlite3.connect(sample_db)
    try:
        raw = con.execute("SELECT count(DISTINCT outlet) FROM documents").fetchone()[0]
        shown = con.execute(
            "SELECT count(DISTINCT coalesce(v.outlet, d.outlet)) FROM documents d"
            " LEFT JOIN outlet_variants v ON v.variant = d.outlet WHERE d.outlet IS NOT NULL"
        ).fetchone()[0]
    finally:
        con.close()
    assert raw > shown  # domain columns and site names of the same outlets were merged
    assert shown == 7  # the sample's README: seven outlets
