"""Command ``timeline`` (issue 4): merged events in date order, one line each.

Thin: parse options, read the store, render with Rich.  Article text is
always wrapped in ``rich.text.Text`` (never parsed as markup).
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from .. import dates
from ..errors import ConfigError

__all__ = ["format_date", "register"]


def format_date(row: dict[str, Any]) -> str:
    """ "2011-03-14 (day)", "1960s (decade)", "1975–1979 (range)", "undated", "? (text: last year)"."""
    value, precision = row["date_value"], row["date_precision"]
    if value is None:
        return f"? ({row['date_text']})" if row.get("date_text") else "undated"
    shown = dates.format_date(value, precision, row.get("date_end"))
    return f"{shown} ({'range' if row.get('date_end') else precision})"


def _line(row: dict[str, Any], sources: dict[str, int], readings: list[str]) -> Text:
    line = Text()
    line.append(f"{format_date(row):<24}", style="bold")
    line.append(f" {row['type']:<18}", style="cyan")
    line.append(" ".join(row["summary"].split()))
    line.append(
        f"  [{sources['documents']} doc{'s' if sources['documents'] != 1 else ''},"
        f" {sources['independent']} independent]",
        style="dim",
    )
    if row["conflict"]:
        line.append("  ⚠ conflict: " + " / ".join(readings), style="bold red")
    return line


def register(app: typer.Typer) -> None:
    @app.command()
    def timeline(
        name: Annotated[
            str | None, typer.Argument(help="Only events involving this entity (name or alias).")
        ] = None,
        db: Annotated[
            str, typer.Option("--db", help="SQLite store file.", envvar="NEWSDOSSIER_DB_URL")
        ] = "corpus.db",
        year_from: Annotated[int | None, typer.Option("--from", help="First year to show.")] = None,
        year_to: Annotated[int | None, typer.Option("--to", help="Last year to show.")] = None,
        undated: Annotated[bool, typer.Option(help="Also list events no document dates.")] = False,
    ) -> None:
        """Dated events in order: date with precision, summary, sources, conflicts marked."""
        from ..resolve.events import count_sources
        from ..store.engine import open_store

        if year_from is not None and year_to is not None and year_from > year_to:
            raise ConfigError(f"--from {year_from} is after --to {year_to}", code="E401")
        console = Console(highlight=False)
        with open_store(db, readonly=True) as store:
            entity_id = None
            if name is not None:
                from ._lookup import find_entity  # issue 20: suggestions, ambiguity listed

                entity_id = find_entity(store, name, code="E402").entity["id"]
            dated_only = not undated or year_from is not None or year_to is not None
            shown = 0
            for row in store.iter_events(entity_id, year_from, year_to):
                if dated_only and row["date_value"] is None:
                    continue
                evidence = store.event_evidence(row["id"])
                readings = sorted({format_date(e) for e in evidence if e["date_value"]})
                console.print(_line(row, count_sources(store, evidence), readings), soft_wrap=True)
                shown += 1
            if shown == 0:
                console.print(Text("no events" + (f" involving {name}" if name else "")))
