"""Finding an entity by a name a user typed (issue 20).

The CLI never guesses silently:
- a name that matches no entity is an error that suggests the closest names
  (rapidfuzz over canonical names and aliases), exit code 1;
- a name that matches several entities lists them (with ids, which every
  command accepts in place of a name), unless exactly one entity carries it as
  its canonical name: that one is meant, and the others are named beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from ..errors import NewsdossierError

if TYPE_CHECKING:
    from ..store.protocols import ReadStore

__all__ = ["AmbiguousName", "Lookup", "UnknownName", "find_entity", "suggest_names"]

#: Candidate names the suggestions are drawn from: the aliases of this many
#: most-mentioned entities (rapidfuzz scores ~1M short strings a second).
MAX_SUGGESTION_POOL = 200_000
SUGGESTION_CUTOFF = 60  # WRatio 0-100; below this a "did you mean" misleads more than it helps


class UnknownName(NewsdossierError):
    code = "E340"


class AmbiguousName(NewsdossierError):
    code = "E341"


@dataclass(slots=True)
class Lookup:
    entity: dict[str, Any]
    others: list[dict[str, Any]] = field(default_factory=list)  # also carry the name


def suggest_names(store: ReadStore, name: str, limit: int = 5) -> list[str]:
    """The closest entity names and aliases to ``name``, best first."""
    pool = store.alias_names_of_top_entities(MAX_SUGGESTION_POOL)
    found = process.extract(
        name, list(dict.fromkeys(pool)), scorer=fuzz.WRatio, limit=limit,
        score_cutoff=SUGGESTION_CUTOFF,
    )  # fmt: skip
    return [str(m[0]) for m in found]


def _describe(e: dict[str, Any]) -> str:
    return f"{e['name']} ({e['type']}, {e['mention_count']} mentions, id {e['id']})"


def unknown(store: ReadStore, name: str, code: str = "E340") -> UnknownName:
    close = suggest_names(store, name)
    hint = (
        "did you mean " + ", ".join(repr(s) for s in close) + "?"
        if close
        else "`newsdossier show` lists the entities"
    )
    return UnknownName(f"no entity is named {name!r}; {hint}", code=code)


def find_entity(store: ReadStore, name: str, code: str = "E340") -> Lookup:
    """The one entity ``name`` means (see the module docstring), or a coded error
    (``code`` for a name that matches nothing: commands keep their own)."""
    found = store.find_entities(name)
    if not found:
        raise unknown(store, name, code)
    exact = [e for e in found if e["name"].casefold() == name.strip().casefold() or e["id"] == name]
    if len(exact) == 1:
        return Lookup(exact[0], [e for e in found if e["id"] != exact[0]["id"]])
    if len(found) == 1:
        return Lookup(found[0])
    listed = "\n".join(f"  {_describe(e)}" for e in (exact or found)[:20])
    raise AmbiguousName(
        f"{name!r} names {len(exact or found)} entities; give the id of the one you mean:\n{listed}",
        code="E341",
    )


def check_names(store: ReadStore, *names: str) -> list[str]:
    """Every name must be a name the store knows (an entity's name or alias, or an
    entity id, which stands for its canonical name); returns the names to judge."""
    out = []
    for name in names:
        found = store.find_entities(name)
        if not found:
            raise unknown(store, name)
        by_id = [e for e in found if e["id"] == name]
        out.append(by_id[0]["name"] if by_id else name)
    return out
