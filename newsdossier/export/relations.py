"""The ``relations`` section of the JSON export (issue 3).

One record per (subject, type, object) between entities, with every sentence
that states it and who asserts it: leader_of, founder_of, member_of, wing_of,
part_of, ally_of, supported_by, located_in, spouse_of, renamed_to.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..registry import export_sections
from ..resolve.explain import iter_relations
from ..store.protocols import ReadStore

__all__ = ["iter_relation_records"]


@export_sections.register("relations")
def iter_relation_records(store: ReadStore) -> Iterator[dict[str, Any]]:
    return iter_relations(store)
