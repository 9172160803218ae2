"""``newsdossier outlets ...``: which spellings are one outlet, and corrections (issue 20).

A name, its domain and its URL host are one outlet (``resolve/outlets.py``);
``same`` and ``different`` store a user's decision, kept across rebuilds, and
redo the mapping at once (it takes a moment: one grouped pass over the outlets).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import ConfigError

DbOption = Annotated[
    str, typer.Option("--db", help="SQLite store file.", envvar="NEWSDOSSIER_DB_URL")
]
NoteOption = Annotated[str | None, typer.Option("--note", help="Why (kept with the decision).")]

console = Console()
outlets_app = typer.Typer(
    help="Outlets: the spellings shown as one outlet, and your corrections.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@outlets_app.command("list")
def list_outlets(db: DbOption = "corpus.db") -> None:
    """Every outlet with the spellings merged into it and why."""
    from ..store.engine import open_store

    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with open_store(db, readonly=True) as store:
        for variant, outlet, how in store.outlet_variant_rows():
            groups[outlet].append((variant, how))
    table = Table("outlet", "also written (how)", title="Outlets", title_justify="left")
    for outlet, variants in groups.items():
        rest = [f"{v} ({h})" for v, h in variants if v != outlet]
        table.add_row(Text(outlet), Text(", ".join(rest) or "—"))
    console.print(table)


def _judge(db: str, kind: str, a: str, b: str, note: str | None) -> None:
    from ..resolve.outlets import resolve_outlets
    from ..settings import Settings
    from ..store.engine import open_store

    with open_store(db) as store:
        variants = store.outlet_variant_map()
        known = set(variants) | set(variants.values())
        for name in (a, b):
            if name not in known:
                from rapidfuzz import fuzz, process

                close = [
                    m[0]
                    for m in process.extract(
                        name, sorted(known), scorer=fuzz.WRatio, limit=3, score_cutoff=60
                    )
                ]
                hint = (
                    ("did you mean " + ", ".join(repr(c) for c in close) + "?")
                    if close
                    else "`newsdossier outlets list` shows them"
                )
                raise ConfigError(f"no outlet is written {name!r}; {hint}", code="E342")
        with store.transaction():
            store.add_outlet_judgement(kind, a, b, note)
        resolve_outlets(store, Settings.from_env())
        variants = store.outlet_variant_map()
        outlet_a = (variants[a],) if a in variants else None
        outlet_b = (variants[b],) if b in variants else None
    if kind == "same":
        console.print(
            Text(f"{a!r} and {b!r} are one outlet, shown as {outlet_a[0] if outlet_a else a!r}")
        )
    else:
        console.print(
            Text(
                f"{a!r} ({outlet_a[0] if outlet_a else a}) and {b!r} ({outlet_b[0] if outlet_b else b}) are kept apart"
            )
        )


@outlets_app.command("same")
def same(
    a: Annotated[str, typer.Argument(help="An outlet as written.")],
    b: Annotated[str, typer.Argument(help="Another spelling of the same outlet.")],
    db: DbOption = "corpus.db",
    note: NoteOption = None,
) -> None:
    """A and B are one outlet."""
    _judge(db, "same", a, b, note)


@outlets_app.command("different")
def different(
    a: Annotated[str, typer.Argument(help="An outlet as written.")],
    b: Annotated[str, typer.Argument(help="An outlet the matching joined to it.")],
    db: DbOption = "corpus.db",
    note: NoteOption = None,
) -> None:
    """A and B are two outlets, whatever their names and domains suggest."""
    _judge(db, "different", a, b, note)


def register(app: typer.Typer) -> None:
    app.add_typer(outlets_app, name="outlets")
