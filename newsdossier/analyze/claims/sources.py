"""A speaker as the claims analyzer records it (issue 15): shared by the modules that
find statements (:mod:`.statements`) and excerpts (:mod:`.excerpts`)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Source"]


@dataclass(frozen=True, slots=True)
class Source:
    """A speaker resolved in its document (offsets absolute; -1 when absent).

    ``start``/``end`` point at the words that identify the speaker -- for a
    pronoun or role, the earlier named mention it resolved to; ``said_start``/
    ``said_end`` at the words of this sentence ("He", "the lawyer").
    """

    name: str | None
    kind: str  # named | anonymous | document | outlet | author | unknown
    start: int = -1
    end: int = -1
    said_start: int = -1
    said_end: int = -1
    resolved: str | None = None  # pronoun | role | document | None (named where it stands)
    key: str = ""  # name key, for "only candidate" checks
    person: bool = False
