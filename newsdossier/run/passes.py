"""The build's resolver passes: where they fall, atomic each, and a fixed point at the end.

The corpus-level resolvers are incremental and, taken one pass at a time,
order-dependent: what a pass decides depends on which documents it sees (a
name link whose other name is not indexed yet waits for the next pass; recall
finds a new name's spelling variants only in documents scanned after it).  So
the store is a function of its inputs only if every build runs the same passes
on the same states.  Issue 17 measured what happened otherwise: a build killed
and resumed, or run with another batch size, ended with other entities (2,499
vs 2,496), other recall mentions, another export; a finished build rerun with
nothing new merged one more entity.  Three rules make the passes a function of
the documents alone:

1. **Where**: a pass falls when the store holds exactly :func:`next_pass_at` of
   the documents it held at the last pass (``resolution_state.passed_docs``),
   never "after this batch": the build cuts a batch where that count is reached
   (:func:`cut_points`).  Batch size, worker count and where an earlier build
   was killed then cannot move a pass.
2. **Atomic**: a pass is one transaction (each resolver's own transactions
   become savepoints in it), written together with ``passed_docs``.  A build
   killed during a pass leaves the store as before it; the resumed build finds
   that pass due (the store holds ``next_pass_at(passed_docs)`` documents) and
   runs it on the same state.
3. **Fixed point at the end**: the last pass of a build runs the resolvers,
   final-only ones included, again and again until one round changes no row
   (counted by :meth:`~newsdossier.store.sqlite.SQLiteStore.watch_changes`), each
   round atomic.  The fingerprint of the resolvers' inputs (documents and
   judgements) is stored with it; a rerun that finds the same fingerprint has
   nothing to resolve and changes nothing.

What this does not promise: adding documents to a finished store (build A, then
build A+B) ends where resolving A's last pass and then B's leads, which can differ
from one build of A+B; the resolvers would have to be order-independent
themselves for that (see the issue 17 report).
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..resolve import RESOLVER_MODULES, run_resolvers
from ..settings import Settings
from ..store.base import Processed
from ..store.protocols import Store

__all__ = [
    "FinalPass",
    "cut_points",
    "final_pass",
    "intermediate_pass",
    "next_pass_at",
    "warm_resolvers",
]

#: Rounds of the final pass before it gives up on a fixed point (measured: 2 or 3
#: rounds on the soak corpora, the last one changing nothing).
MAX_FINAL_ROUNDS = 8


def next_pass_at(passed: int, every: int) -> int:
    """The document count of the pass after one at ``passed`` documents.

    At least ``every`` documents apart, or a tenth of the store if that is more,
    up to ``10 * every``: a pass reads indexes that grow with the store, so
    passes get rarer as it grows, but never so rare that one pass holds a large
    part of a big corpus."""
    every = max(1, every)
    return passed + max(every, min(passed // 10, 10 * every))


def cut_points(items: Sequence[Processed], existing: set[str], stored: int, due: int) -> list[int]:
    """Indexes after which ``items`` must be cut so that a pass falls at ``due``
    documents (and at each next pass point after it).

    ``existing``: ids of the items' documents already stored.  An item adds a
    document when its document is neither stored nor earlier in ``items``."""
    cuts: list[int] = []
    seen = set(existing)
    count = stored
    for i, item in enumerate(items):
        doc = item.document
        if doc is None or doc.id in seen:
            continue
        seen.add(doc.id)
        count += 1
        if count == due:
            cuts.append(i + 1)
            due = -1  # the caller computes the next point after running the pass
    return cuts


def intermediate_pass(
    store: Store, settings: Settings, seconds: dict[str, float]
) -> dict[str, int]:
    """One atomic pass of the non-final resolvers at the current document count (a
    whole transaction: the resolvers' own transactions take no savepoints inside it)."""
    with store.transaction(whole=True):
        touched = run_resolvers(store, settings, seconds, final=False)
        store.set_resolution_state(passed_docs=store.document_count())
    return touched


@dataclass
class FinalPass:
    """What the end-of-build pass did."""

    #: "reached" (rounds ran until one changed nothing), "already" (the inputs are
    #: those of the last fixed point: nothing ran), or "not reached"
    fixed_point: str = "already"
    rounds: int = 0
    touched: dict[str, int] = field(default_factory=dict)  # resolver -> things touched
    changed: dict[str, int] = field(default_factory=dict)  # table -> rows changed, all rounds

    @property
    def rows_changed(self) -> int:
        return sum(self.changed.values())


def final_pass(
    store: Store,
    settings: Settings,
    seconds: dict[str, float],
    max_rounds: int = MAX_FINAL_ROUNDS,
) -> FinalPass:
    """Run every resolver, final-only ones too, until a round changes no row."""
    inputs = store.resolution_inputs()
    out = FinalPass()
    if store.resolution_state().get("fixed_point") == inputs:
        return out
    out.fixed_point = "not reached"
    with store.watch_changes() as watch:
        for _ in range(max_rounds):
            watch.reset()
            with store.transaction(whole=True):
                for name, n in run_resolvers(store, settings, seconds, final=True).items():
                    out.touched[name] = out.touched.get(name, 0) + n
                changed = watch.changed()
                state: dict[str, str | int] = {"passed_docs": store.document_count()}
                if not changed:
                    state["fixed_point"] = inputs
                store.set_resolution_state(**state)
            out.rounds += 1
            for table, n in changed.items():
                out.changed[table] = out.changed.get(table, 0) + n
            if not changed:
                out.fixed_point = "reached"
                break
    return out


def warm_resolvers(settings: Settings) -> None:
    """Import the resolvers and fill the tables they build on first use.

    The building process runs this while it waits for its first analysed batch
    (run/local.py), so the first resolver pass does not pay it: measured 0.74
    CPU s of imports (the claims lexicon and values, for contradictions) and
    0.47 s of the spaCy model's word lists (``names.is_sentence_word``, asked by
    the entity resolver), in a fresh process on this 2-core machine.  For a build
    of fewer than ``resolve_every_docs`` documents the first pass is the
    end-of-build pass, which waits for the last batch: this was on its critical
    path.  Each table is a pure function of its key (cached answers), so what the
    resolvers give does not depend on when it was filled."""
    from ..analyze.claims.lexicon import attribute_specs
    from ..names import is_sentence_word

    for module in RESOLVER_MODULES:
        importlib.import_module(module)
    attribute_specs()  # compiled patterns and their cheap tests (contradictions)
    is_sentence_word("warm", settings.spacy_model)  # word lists, stop words (entities)
