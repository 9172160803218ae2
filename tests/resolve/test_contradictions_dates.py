"""The contradiction resolver pairs an over-time attribute's claims by year (issue 18 item 4).

``_peers`` lets :func:`_pairs` and :func:`_new_pairs` judge only the claims of one
year against each other for an attribute whose estimates change over time: two
claims of different or unknown years never conflict there.  The rows, and their
order, must be those of judging every pair with :func:`conflict` (the order decides
the rows' insertion order in the store).
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest

from newsdossier.analyze.claims.lexicon import attribute_index
from newsdossier.analyze.claims.values import normalize_value
from newsdossier.resolve.contradictions import _new_pairs, _pair_row, _pairs, _peers

_VALUES = ["1,300", "10,000", "about 4,200", "more than 17,000", "1981", "a third", None]


def _claim(rng: random.Random, spec: Any, n: int) -> dict[str, Any]:
    value = rng.choice(_VALUES)
    return {
        "id": f"c{rng.randrange(10**6):06d}{n:03d}", "attribute": spec.name, "value": value,
        "norm": normalize_value(spec.value, value) if value else None,
        "status": rng.choice(["asserted", "asserted", "asserted", "negated"]),
        "polarity": "positive", "modality": "asserted",
        "as_of": rng.choice([None, None, "2014", "2016", "2017"]),
        "published": rng.choice([None, "2014-03-02", "2016-01-09", "2017-07-30"]),
        "scope": None, "unit": rng.choice([None, "members"]),
        "text": "The group has killed 300 people since 1990.",
        "doc": f"d{n}", "source_key": rng.choice(["a", "b", "c"]),
        "subject_type": "organization", "subject_text": "Harvan Council",
    }  # fmt: skip


def _every_pair(claims: list[dict[str, Any]], spec: Any) -> list[tuple[Any, ...]]:
    rows = (_pair_row(a, b, spec, 15) for a, b in itertools.combinations(claims, 2))
    return [r for r in rows if r is not None]


def _every_new_pair(claims: list[dict[str, Any]], new: set[str], spec: Any) -> list[Any]:
    rows = []
    for j, b in enumerate(claims):
        if b["id"] not in new:
            continue
        for i, a in enumerate(claims):
            if i == j or (i > j and a["id"] in new):
                continue
            row = _pair_row(a, b, spec, 15) if i < j else _pair_row(b, a, spec, 15)
            if row is not None:
                rows.append(row)
    return rows


_OVER_TIME = sorted(k for k, v in attribute_index().items() if v.over_time)


@pytest.mark.parametrize("attribute", _OVER_TIME)
@pytest.mark.parametrize("seed", range(4))
def test_pairs_by_year_are_every_pair(attribute: str, seed: int) -> None:
    spec = attribute_index()[attribute]
    rng = random.Random(f"{attribute}{seed}")
    claims = [_claim(rng, spec, n) for n in range(60)]
    rows = _pairs(claims, spec, 15)
    assert rows == _every_pair(claims, spec)
    assert rows  # the draw makes contradictions within a year
    new = {c["id"] for c in rng.sample(claims, 20)}
    assert _new_pairs(claims, new, spec, 15) == _every_new_pair(claims, new, spec)


def test_peers_of_an_over_time_attribute_share_a_year() -> None:
    spec = attribute_index()[_OVER_TIME[0]]
    claims = [
        {"as_of": "2014"}, {"as_of": None, "published": "2014-05-01"}, {"as_of": "2016"},
        {"as_of": None, "published": None},
    ]  # fmt: skip
    assert [list(p) for p in _peers(claims, spec)] == [[0, 1], [0, 1], [2], []]
    other = next(v for v in attribute_index().values() if not v.over_time)
    assert [list(p) for p in _peers(claims, other)] == [[0, 1, 2, 3]] * 4
