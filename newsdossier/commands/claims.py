"""Commands ``profile``, ``statements``, ``contradictions`` and ``reuse`` (issues 5, 15).

Thin: parse options, call :mod:`newsdossier.export.claims` / :mod:`newsdossier.resolve.reuse`,
render with Rich.  Article text is always wrapped in ``rich.text.Text``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..views import cell as _t
from ..views import clip

if TYPE_CHECKING:
    from ..store.protocols import ReadStore

__all__ = ["register"]

_DB = typer.Option("--db", help="SQLite store file.", envvar="NEWSDOSSIER_DB_URL")


def _clip(text: str | None, width: int = 110) -> str:
    return clip(text, width)


def _entity(store: ReadStore, name: str) -> dict[str, Any]:
    # issue 20: suggestions for a name that matches nothing, the list for an ambiguous one
    from ._lookup import find_entity

    return find_entity(store, name, code="E501").entity


def _source(s: dict[str, Any]) -> str:
    text = f"{s.get('name') or '?'} ({s.get('kind')})"
    return text + (f" via {s['via']}" if s.get("via") else "")


def print_profile(console: Console, store: ReadStore, name: str, limit: int) -> None:
    from ..export.claims import entity_profile

    ent = _entity(store, name)
    prof = entity_profile(store, ent["id"])
    console.print(
        Text.assemble(("Profile ", "bold"), _t(ent["name"], "bold cyan"), f"  ({ent['type']})")
    )
    if prof["aliases"]:
        console.print(Text("aliases: ") + _t(", ".join(a["name"] for a in prof["aliases"])))
    for field, items in prof["fields"].items():
        if not items:
            continue
        table = Table("attribute", "value", "hedge", "source", "date", "text",
                      title=field, title_justify="left")  # fmt: skip
        for it in items[:limit]:
            value = it["value"] if it["status"] == "asserted" else f"NOT {it['value'] or ''}"
            table.add_row(_t(it["attribute"]), _t(value), _t(it["hedge"]), _t(_source(it["source"])),
                          _t(it["date"]), _t(_clip(it["text"])))  # fmt: skip
        console.print(table)
    for attribute, rows in prof["estimates"].items():
        if len(rows) < 2:
            continue
        table = Table(
            "date",
            "value",
            "source",
            title=f"estimates over time: {attribute}",
            title_justify="left",
        )
        for r in rows:
            table.add_row(_t(r["date"]), _t(r["value"]), _t(_source(r["source"])))
        console.print(table)
    print_contradiction_rows(console, prof["contradictions"])
    print_statements(console, store, name, limit)


def _how(it: dict[str, Any]) -> str:
    """ "negated, hedged (reportedly), question": how a statement is put, in words."""
    parts = []
    if it.get("polarity") == "negative":
        parts.append("negated")
    if it.get("modality") and it["modality"] != "asserted":
        parts.append(it["modality"])
    if it.get("hedge"):
        parts.append(f"hedged ({it['hedge']})")
    if it.get("denies"):
        parts.append(f"denies {it['denies']}")
    if it.get("via"):
        parts.append(f"via {it['via']}")
    if it.get("subject_from"):
        parts.append(f"subject: {it.get('subject_text')} (from '{it['subject_from']}')")
    if it.get("refers_back"):
        see = f"; see: '{it['refers_context']}'" if it.get("refers_context") else ""
        parts.append(f"refers back to an earlier sentence ('{it['refers_back']}'{see})")
    return ", ".join(parts) or "asserted"


def _speaker(it: dict[str, Any]) -> str:
    out = it.get("speaker") or "?"
    if it.get("resolved"):
        out += f' ("{it.get("said_as")}")'
    return out + (f" via {it['via']}" if it.get("via") else "")


def print_statements(console: Console, store: ReadStore, name: str, limit: int) -> None:
    """Statements by speaker for one actor: what it said, and who said what about it."""
    from ..export.statements import statements_by_speaker

    ent = _entity(store, name)
    data = statements_by_speaker(store, ent["id"])
    console.print(Text.assemble(("Statements ", "bold"), _t(ent["name"], "bold cyan")))
    table = Table("date", "outlet", "how", "statement", title=f"said by {ent['name']}"
                  f" ({data['said_count']})", title_justify="left")  # fmt: skip
    for it in data["said"][:limit]:
        table.add_row(_t(it["published"]), _t(it["outlet"]), _t(_how(it)),
                      _t(_clip(it["statement"] or it["text"])))  # fmt: skip
    console.print(table)
    for group in data["about"]:
        table = Table("date", "outlet", "how", "statement",
                      title=f"about {ent['name']}, said by {group['speaker']} ({group['kind']},"
                      f" {group['count']})", title_justify="left")  # fmt: skip
        for it in group["statements"][:limit]:
            table.add_row(_t(it["published"]), _t(it["outlet"]), _t(_how(it)),
                          _t(_clip(f"{_speaker(it)}: {it['statement'] or it['text']}")))  # fmt: skip
        console.print(table)


def print_contradiction_rows(console: Console, rows: list[dict[str, Any]]) -> None:
    if not rows:
        console.print(Text("no contradictions"))
        return
    table = Table("subject", "attribute", "kind", "side A", "side B", title="Contradictions",
                  title_justify="left", show_lines=True)  # fmt: skip
    for r in rows:
        sides = [
            f"{s['value']}\n{_source(s['source'])}, {s.get('outlet') or '?'}, {s.get('date') or '?'}"
            for s in r["sides"]
        ]
        table.add_row(
            _t(r.get("subject_name") or r["subject"]),
            _t(r["attribute"]),
            _t(f"{r.get('kind')}" + (f"\n+{len(r['copies'])} copies" if r.get("copies") else "")),
            _t(sides[0]),
            _t(sides[1]),
        )
    console.print(table)


def register(app: typer.Typer) -> None:
    console = Console()

    @app.command()
    def profile(
        name: Annotated[str, typer.Argument(help="An entity name or alias.")],
        db: Annotated[str, _DB] = "corpus.db",
        as_json: Annotated[bool, typer.Option("--json", help="Print the profile as JSON.")] = False,
        limit: Annotated[int, typer.Option(help="Claims per field.")] = 20,
    ) -> None:
        """Organisation profile of an entity: every field a list of sourced, dated claims."""
        from ..export.claims import entity_profile
        from ..store.engine import open_store

        with open_store(db, readonly=True) as store:
            if as_json:
                typer.echo(
                    json.dumps(
                        entity_profile(store, _entity(store, name)["id"]),
                        ensure_ascii=False,
                        indent=1,
                    )
                )
            else:
                print_profile(console, store, name, limit)

    @app.command()
    def statements(
        name: Annotated[str, typer.Argument(help="An entity name or alias.")],
        db: Annotated[str, _DB] = "corpus.db",
        as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
        limit: Annotated[int, typer.Option(help="Statements per speaker.")] = 20,
    ) -> None:
        """Statements by speaker: what an actor said, and who said what about it, each with
        its hedge, polarity and source."""
        from ..export.statements import statements_by_speaker
        from ..store.engine import open_store

        with open_store(db, readonly=True) as store:
            if as_json:
                data = statements_by_speaker(store, _entity(store, name)["id"])
                typer.echo(json.dumps(data, ensure_ascii=False, indent=1))
            else:
                print_statements(console, store, name, limit)

    @app.command()
    def contradictions(
        name: Annotated[
            str | None, typer.Argument(help="Only this entity (name or alias).")
        ] = None,
        db: Annotated[str, _DB] = "corpus.db",
    ) -> None:
        """Claims about the same subject and attribute that cannot both hold, each side with its source."""
        from ..export.claims import contradiction_records
        from ..store.engine import open_store

        with open_store(db, readonly=True) as store:
            subject = _entity(store, name)["id"] if name else None
            names = {e["id"]: e["name"] for e in store.iter_entities()}
            rows = []
            for rec in contradiction_records(store, subject):  # one per dispute, not per copy
                rec["subject_name"] = names.get(rec["subject"], rec["subject"])
                rows.append(rec)
            print_contradiction_rows(console, rows)

    @app.command()
    def reuse(
        db: Annotated[str, _DB] = "corpus.db",
        limit: Annotated[int, typer.Option(help="Pairs to list.")] = 20,
    ) -> None:
        """Text reuse: the outlet-to-outlet graph (who copies whom) and the shared passages."""
        from ..resolve.reuse import reuse_graph
        from ..store.engine import open_store

        with open_store(db, readonly=True) as store:
            graph = Table("from (earlier)", "to", "pairs", "chars", "undated pairs",
                          title="Reuse between outlets", title_justify="left")  # fmt: skip
            for e in reuse_graph(store):
                graph.add_row(
                    _t(e["from"]), _t(e["to"]), _t(e["pairs"]), _t(e["chars"]), _t(e["undirected"])
                )
            console.print(graph)
            pairs = Table(
                "a", "b", "similarity", "passage", title="Shared passages", title_justify="left"
            )
            for i, r in enumerate(store.iter_reuse_pairs()):
                if i >= limit:
                    break
                doc = store.get_document(r["doc_a"])
                text = doc["text"][r["start_a"] : r["end_a"]] if doc else ""
                pairs.add_row(_t(f"{r['outlet_a']} {r['doc_a'][:8]}:{r['start_a']}-{r['end_a']}"),
                              _t(f"{r['outlet_b']} {r['doc_b'][:8]}:{r['start_b']}-{r['end_b']}"),
                              _t(r["similarity"]), _t(_clip(text, 80)))  # fmt: skip
            console.print(pairs)
