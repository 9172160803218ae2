"""The contradiction resolver's pair gate is exact (issue 18 item 4).

``_may_conflict`` skips the pairs of a key that :func:`conflict` would reject
whatever their scope, people, dates and sources; it must never skip a pair that
conflicts.  Random claims over every attribute, with statuses, polarities,
modalities, values (some equal, some absent) and scopes drawn so that both kinds
of contradiction occur.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from newsdossier.analyze.claims.lexicon import attribute_index
from newsdossier.analyze.claims.values import normalize_value
from newsdossier.resolve.contradictions import (
    _gate,
    _judge,
    _may_conflict,
    _new_pairs,
    _pairs,
    conflict,
)

_VALUES = ["1,300", "10,000", "about 4,200", "more than 17,000", "1981", "1965", "Ivo Renk",
           "Renk", "Tomas Vell", "a third", "40 percent", None]  # fmt: skip


def _claim(rng: random.Random, spec: Any, n: int) -> dict[str, Any]:
    value = rng.choice(_VALUES)
    return {
        "id": f"c{n:03d}", "attribute": spec.name, "value": value,
        "norm": normalize_value(spec.value, value) if value else None,
        "status": rng.choice(["asserted", "asserted", "negated", "questioned", "conditional"]),
        "polarity": rng.choice(["positive", "positive", "negative"]),
        "modality": rng.choice(["asserted", "asserted", "hedged"]),
        "as_of": rng.choice([None, "2014", "2014", "2016"]), "published": "2015-03-02",
        "scope": rng.choice([None, None, "in the camp"]), "unit": rng.choice([None, "members"]),
        "text": rng.choice(["It has killed 300 people since 1990.", "The group has 10,000 members."]),
        "doc": rng.choice(["d1", "d2", "d3"]), "source_key": rng.choice(["a", "b"]),
        "subject_type": rng.choice(["organization", "person"]), "subject_text": "Harvan Council",
    }  # fmt: skip


@pytest.mark.parametrize("attribute", sorted(attribute_index()))
def test_gate_never_skips_a_conflict(attribute: str) -> None:
    spec = attribute_index()[attribute]
    rng = random.Random(attribute)
    claims = [_claim(rng, spec, n) for n in range(45)]
    met = 0
    for a in claims:
        for b in claims:
            kind = conflict(a, b, spec, 15)
            if not _may_conflict(_gate(a, spec, 15), _gate(b, spec, 15)):
                assert kind is None, (a, b)
            met += kind is not None
    # the full and the incremental pairings with the gate find every conflicting pair
    rows = _pairs(claims, spec, 15)
    assert len(rows) == sum(
        conflict(a, b, spec, 15) is not None for i, a in enumerate(claims) for b in claims[i + 1 :]
    )
    assert sorted(_new_pairs(claims, {c["id"] for c in claims[30:]}, spec, 15)) == sorted(
        r for r in rows if {r[4], r[5]} & {c["id"] for c in claims[30:]}
    )
    if spec.single:
        assert met  # the draw does make contradictions


def test_claims_of_one_value_are_not_judged() -> None:
    """Two plain assertions of one value agree whatever else they say (issue 18: a large
    key repeats its values, and each new claim was judged whole against every earlier
    claim of its value); of two values, or of an asserted and a negated one, the pair is
    still judged."""
    spec = attribute_index()["member_count"]
    norm = normalize_value(spec.value, "10,000")
    plain = {"status": "asserted", "norm": norm, "polarity": "positive", "modality": "asserted"}
    other = dict(plain, norm=normalize_value(spec.value, "1,300"))
    negated = dict(plain, status="negated")
    assert not _may_conflict(_gate(plain, spec, 15), _gate(dict(plain), spec, 15))
    assert _may_conflict(_gate(plain, spec, 15), _gate(other, spec, 15))
    assert _may_conflict(_gate(plain, spec, 15), _gate(negated, spec, 15))


@pytest.mark.parametrize("attribute", ["member_count", "founded", "leader"])
def test_new_pairs_judged_once(attribute: str) -> None:
    """:func:`_new_pairs` given the gates and peers its caller judged finds what it finds
    judging them itself."""
    spec = attribute_index()[attribute]
    rng = random.Random(attribute + "once")
    claims = [_claim(rng, spec, n) for n in range(40)]
    new = {c["id"] for c in claims[25:]}
    assert _new_pairs(claims, new, spec, 15, _judge(claims, spec, 15)) == _new_pairs(
        claims, new, spec, 15
    )
