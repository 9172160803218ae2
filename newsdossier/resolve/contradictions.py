"""Contradictions: claims about one subject and attribute whose values cannot both hold (issue 5).

Two claims conflict when, for the same subject entity and attribute:

- **value**: the attribute is single-valued (``single: true`` in
  ``data/claims/attributes.yml``), both are asserted, neither is scoped
  differently ("in the camp" vs worldwide), and their normalised values are
  incompatible: numeric ranges that do not overlap even when each is widened
  by ``contradiction_tolerance_pct``, or different years / names;
- **polarity**: one asserts and one negates the same attribute, and the
  negation carries no value or the same one ("disbanded in 2003" vs "never
  disbanded").

Not contradictions: estimates of an attribute that changes over time
(``over_time: true``) dated to different years (the claim's own "last year" /
"in 2009", else its document's date) -- those are *estimates over time*
(:func:`estimates_over_time`); claims without a subject entity; questions
(never extracted).

Incremental: only (subject, attribute) keys with claims added since the last
run are recomputed, each from all its claims (a watermark in ``claims_marks``).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from ..analyze.claims.lexicon import AttributeSpec, attribute_index
from ..analyze.claims.values import parse_norm
from ..model import make_id
from ..registry import resolvers
from ..settings import Settings
from ..store.sqlite import SQLiteStore

__all__ = ["RESOLVER", "claim_date", "conflict", "estimates_over_time", "resolve_contradictions"]

RESOLVER = "newsdossier.contradictions@1"
_MAX_CLAIMS_PER_KEY = 300  # pairwise inside one key; keys are small in practice


def claim_date(claim: dict[str, Any]) -> str | None:
    """The year a claim speaks about: its own ``as_of``, else its document's year."""
    if claim.get("as_of"):
        return str(claim["as_of"])
    pub = claim.get("published")
    return str(pub)[:4] if pub else None


def _interval(norm: str | None, tol: float) -> tuple[str, float, float] | None:
    kind, lo, hi, _ = parse_norm(norm)
    if kind not in ("number", "fraction") or lo is None:
        return None
    top = hi if hi is not None else float("inf")
    return kind, lo * (1 - tol), top * (1 + tol)


def conflict(
    a: dict[str, Any], b: dict[str, Any], spec: AttributeSpec, tol_pct: float
) -> str | None:
    """``"value"`` or ``"polarity"`` when claims ``a`` and ``b`` conflict, else ``None``."""
    if (a.get("scope") or None) != (b.get("scope") or None):
        return None  # different scopes: the camp vs the whole movement
    if spec.over_time:
        da, db = claim_date(a), claim_date(b)
        if da and db and da != db:
            return None  # estimates over time, not a contradiction
    if a["status"] != b["status"]:
        neg, pos = (a, b) if a["status"] == "negated" else (b, a)
        if neg["norm"] is None or neg["norm"] == pos["norm"]:
            return "polarity"
        return None
    if a["status"] != "asserted" or not spec.single or not a["norm"] or not b["norm"]:
        return None
    ia, ib = _interval(a["norm"], tol_pct / 100), _interval(b["norm"], tol_pct / 100)
    if ia and ib:
        if ia[0] != ib[0]:
            return None  # a count and a share are not comparable
        return None if ia[1] <= ib[2] and ib[1] <= ia[2] else "value"
    ka, kb = parse_norm(a["norm"]), parse_norm(b["norm"])
    if ka[0] == kb[0] == "year":
        return None if ka[1] == kb[1] else "value"
    if ka[0] == kb[0] == "text" and ka[3] and kb[3]:
        # "Navazei" and "Mohammad Navazei" are one name: contained keys agree
        return None if ka[3] in kb[3] or kb[3] in ka[3] else "value"
    return None


def _pairs(
    claims: Sequence[dict[str, Any]], spec: AttributeSpec, tol: float
) -> list[tuple[Any, ...]]:
    rows = []
    for a, b in itertools.combinations(claims[:_MAX_CLAIMS_PER_KEY], 2):
        kind = conflict(a, b, spec, tol)
        if kind is None:
            continue
        if a["id"] > b["id"]:
            a, b = b, a
        value_a = a["value"] if a["status"] == "asserted" else f"not {a['value'] or a['attribute']}"
        value_b = b["value"] if b["status"] == "asserted" else f"not {b['value'] or b['attribute']}"
        rows.append(
            (
                make_id("contradiction", a["id"], b["id"]),
                kind,
                value_a,
                value_b,
                a["id"],
                b["id"],
                RESOLVER,
            )
        )
    return rows


def resolve_contradictions(store: SQLiteStore, settings: Settings) -> int:
    """Recompute contradictions of every (subject, attribute) with new claims."""
    mark = store.claims_mark("contradictions")
    dirty: set[tuple[str, str]] = set()
    last = mark
    waiting = False
    for c in store.iter_claims(after_rowid=mark):
        if c["subject"] and c["attribute"]:
            dirty.add((c["subject"], c["attribute"]))
        elif c["subject_start"] >= 0:
            # its subject mention is not linked to an entity yet (entities run later,
            # or failed): keep the watermark before it so the next run sees it again
            waiting = True
        if not waiting:
            last = max(last, c["claim_rowid"])
    specs = attribute_index()
    found = 0
    with store.transaction():
        for subject, attribute in sorted(dirty):
            spec = specs.get(attribute)
            if spec is None:
                continue
            rows = _pairs(
                store.claims_about(subject, attribute), spec, settings.contradiction_tolerance_pct
            )
            store.replace_contradictions(subject, attribute, rows)
            found += len(rows)
        store.set_claims_mark("contradictions", last)
    return found


def estimates_over_time(store: SQLiteStore, entity_id: str, attribute: str) -> list[dict[str, Any]]:
    """Every asserted claim of one attribute of one entity, oldest first, with date and source."""
    rows = [c for c in store.claims_about(entity_id, attribute) if c["status"] == "asserted"]
    return sorted(rows, key=lambda c: (claim_date(c) or "9999", c["claim_rowid"]))


@resolvers.register("newsdossier.contradictions.v1")
def run_contradiction_resolver(store: SQLiteStore, settings: Settings) -> int:
    return resolve_contradictions(store, settings)
