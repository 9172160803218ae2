"""``newsdossier datasette``: the Datasette metadata for a store (issue 20).

``newsdossier/data/datasette.yml`` declares the FTS table (so ``?_search=``
uses the FTS5 index), useful facets and canned queries, keyed for a store
named ``corpus.db``; Datasette keys metadata by the file's stem, so this
command writes the same metadata keyed for any store and prints the command
that opens it.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml

from ..errors import ConfigError

__all__ = ["datasette_metadata", "register"]

DbOption = Annotated[
    str, typer.Option("--db", help="SQLite store file.", envvar="NEWSDOSSIER_DB_URL")
]


def datasette_metadata(db: str) -> dict[str, Any]:
    """The shipped metadata with its database key set to ``db``'s file stem."""
    text = (resources.files("newsdossier") / "data" / "datasette.yml").read_text(encoding="utf-8")
    meta: dict[str, Any] = yaml.safe_load(text)
    (body,) = meta["databases"].values()
    meta["databases"] = {Path(db).stem: body}
    return meta


def datasette(
    db: DbOption = "corpus.db",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here (.json or .yml); default stdout."),
    ] = None,
) -> None:
    """Datasette metadata for the store: FTS search, facets, canned queries."""
    meta = datasette_metadata(db)
    if output is None:
        print(yaml.safe_dump(meta, sort_keys=False, allow_unicode=True), end="")
        return
    text = (
        json.dumps(meta, indent=1, ensure_ascii=False)
        if output.suffix == ".json"
        else yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
    )
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {output}: {exc.strerror}", code="E207") from None
    typer.echo(f"wrote {output}; open it with: datasette {db} -m {output}", err=True)


def register(app: typer.Typer) -> None:
    app.command("datasette")(datasette)
