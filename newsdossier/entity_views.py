"""``newsdossier show NAME --why`` and ``entities`` listings (issue 3), rendered with Rich.

Article text is never markup: everything from the store goes through ``Text``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from .views import clip

if TYPE_CHECKING:
    from .store.protocols import Store

__all__ = ["print_why"]

_HOW = {
    "canonical": "first name seen",
    "spelling": "same name, other spelling (case, punctuation, spacing, title)",
    "transliteration": "romanisation variant",
    "acronym": "acronym stated in the text",
    "alias-statement": "alias stated in the text",
    "short-form": "short form (document context, nickname or organisation head word)",
    "country-data": "other name of the country (country data)",
    "country-form": "same name with another form of its country (country data)",
    "user": "user judgement / alias list",
}


def _clip(text: str, width: int = 220) -> str:
    return clip(text, width)


def print_why(console: Console, store: Store, entity_id: str) -> None:
    """The chain of reasons: each name, how it joined, via which name, on what evidence."""
    from .resolve.explain import alias_claims, judgements_for, why_chain

    console.print(Text("  why these names are one actor:", style="bold"))
    names = []
    for w in why_chain(store, entity_id):
        if w["key"] is None:
            console.print(
                Text(f"    · {w['count']} surname short form(s) linked by document context")
            )
            continue
        names.append(w["key"])
        line = Text(f"    · {w['key']!r}: {_HOW.get(w['how'], w['how'])}")
        if w["via"]:
            line.append(f" of {w['via']!r}")
        if w["score"] is not None and w["how"] == "transliteration":
            line.append(f" (score {w['score']:.0f})")
        console.print(line)
        ev = w["evidence"]
        if ev:
            console.print(Text(f"        “{_clip(ev['text'])}” — {ev['asserted_by'] or 'unattributed'},"
                               f" doc {ev['doc']} [{ev['start']}:{ev['end']}]", style="dim"))  # fmt: skip
    disputed = [c for c in alias_claims(store, entity_id) if c["status"] == "disputed"]
    for c in disputed:
        reason = (
            c.get("reason")
            or "another source states a structural relation or a user said never-merge"
        )
        console.print(Text(
            f"    ✗ not merged: {c['a']!r} called {c['kind']} of {c['b']!r} by "
            f"{c['asserted_by'] or 'unattributed'} ({reason})", style="yellow"))  # fmt: skip
        console.print(Text(f"        “{_clip(c['text'])}”", style="dim"))
    for j in judgements_for(store, names):
        console.print(Text(f"    ⚑ {j['kind']} {j['a']!r} {j['b'] or ''} — {j['source']}, {j['created_at']}"
                           + (f": {j['note']}" if j["note"] else "")))  # fmt: skip
