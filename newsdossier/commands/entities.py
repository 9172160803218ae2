"""``newsdossier entities ...``: correct entity resolution (issue 3).

Every correction is stored as a judgement (timestamp, note, source), survives
rebuilds and is exported; after storing it the whole resolution is redone
from the stored mentions and statements (no re-analysis), so the result is
the same as a fresh build with the judgement in place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

DbOption = Annotated[
    str, typer.Option("--db", help="SQLite store file.", envvar="NEWSDOSSIER_DB_URL")
]
NoteOption = Annotated[str | None, typer.Option("--note", help="Why (kept in the audit trail).")]

console = Console()
entities_app = typer.Typer(
    help="Correct and inspect entity resolution: merge, split, never-merge, alias lists, watch lists.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


def _check(db: str, *names: str) -> list[str]:
    """Names a judgement is about must be names the store knows (issue 20): a typo
    is an error with suggestions, not a judgement about nothing.  An entity id
    stands for the entity's canonical name."""
    from ..store.engine import open_store
    from ._lookup import check_names

    with open_store(db, readonly=True) as store:
        return check_names(store, *names)


ForceOption = Annotated[
    bool,
    typer.Option(
        "--force", help="Record it even if no entity has the name yet (a later build may)."
    ),
]


def _judge_and_rebuild(db: str, judgements: list[object]) -> int:
    from ..resolve import run_resolvers
    from ..resolve.entities import reset_resolution
    from ..resolve.judgements import Judgement, add_judgement
    from ..settings import Settings

    # resolve/entities.py still takes the SQLite store: its move behind the
    # protocols is the next step of issue 18
    from ..store.sqlite import open_store

    with open_store(db) as store:
        with store.transaction():
            for j in judgements:
                assert isinstance(j, Judgement)
                add_judgement(store, j)
        reset_resolution(store)
        run_resolvers(store, Settings.from_env())
        return store.entity_count()


def _done(what: str, n_entities: int) -> None:
    console.print(Text(f"{what}; resolution redone: {n_entities} entities"))


@entities_app.command("merge")
def merge(
    a: Annotated[str, typer.Argument(help="A name of the first entity.")],
    b: Annotated[str, typer.Argument(help="A name of the second entity.")],
    db: DbOption = "corpus.db",
    note: NoteOption = None,
    force: ForceOption = False,
) -> None:
    """Merge the entities named A and B (stored as a judgement)."""
    from ..resolve.judgements import Judgement

    if not force:
        a, b = _check(db, a, b)
    _done(f"merged {a!r} and {b!r}", _judge_and_rebuild(db, [Judgement("merge", a, b, note)]))


@entities_app.command("never-merge")
def never_merge(
    a: Annotated[str, typer.Argument(help="One name.")],
    b: Annotated[str, typer.Argument(help="The other name.")],
    db: DbOption = "corpus.db",
    note: NoteOption = None,
    force: ForceOption = False,
) -> None:
    """Never put names A and B in one entity, whatever the evidence."""
    from ..resolve.judgements import Judgement

    if not force:
        a, b = _check(db, a, b)
    _done(
        f"{a!r} and {b!r} kept apart",
        _judge_and_rebuild(db, [Judgement("never-merge", a, b, note)]),
    )


@entities_app.command("split")
def split(
    name: Annotated[str, typer.Argument(help="The name to take out of its entity.")],
    db: DbOption = "corpus.db",
    note: NoteOption = None,
    force: ForceOption = False,
) -> None:
    """Take NAME out of its entity: it becomes an entity of its own."""
    from ..resolve.judgements import Judgement

    if not force:
        (name,) = _check(db, name)
    _done(f"{name!r} split off", _judge_and_rebuild(db, [Judgement("split", name, None, note)]))


@entities_app.command("aliases")
def aliases(
    path: Annotated[
        Path,
        typer.Argument(
            help="YAML (aliases/never_merge/split) or CSV (canonical,alias | kind,a,b,note)."
        ),
    ],
    db: DbOption = "corpus.db",
) -> None:
    """Load an alias list (--aliases FILE) as judgements and redo resolution."""
    from ..resolve.judgements import read_aliases_file

    rows = read_aliases_file(path)
    _done(f"{len(rows)} judgements from {path}", _judge_and_rebuild(db, list(rows)))


@entities_app.command("watchlist")
def watchlist(
    path: Annotated[Path, typer.Argument(help="FollowTheMoney entities, one JSON object a line.")],
    db: DbOption = "corpus.db",
) -> None:
    """Known actors from a FollowTheMoney export: their names and aliases link to one entity."""
    from ..resolve.judgements import read_ftm_watchlist

    rows = read_ftm_watchlist(path)
    _done(f"{len(rows)} names from {path}", _judge_and_rebuild(db, list(rows)))


@entities_app.command("judgements")
def judgements(db: DbOption = "corpus.db") -> None:
    """The audit trail: every judgement with its time, source and note."""
    from ..resolve.judgements import iter_judgements
    from ..store.engine import open_store

    table = Table(
        "when", "kind", "a", "b", "source", "note", title="Judgements", title_justify="left"
    )
    with open_store(db, readonly=True) as store:
        for j in iter_judgements(store):
            table.add_row(
                *(Text(str(v or "")) for v in (j.created_at, j.kind, j.a, j.b, j.source, j.note))
            )
    console.print(table)


@entities_app.command("ambiguous")
def ambiguous(
    db: DbOption = "corpus.db", limit: Annotated[int, typer.Option(help="Rows.")] = 50
) -> None:
    """Mentions left unlinked because two actors fit them (e.g. a surname two people share)."""
    from ..store.engine import open_store

    table = Table(
        "mention", "document", "offsets", title="Ambiguous mentions", title_justify="left"
    )
    with open_store(db, readonly=True) as store:
        for text, doc, s, e in store.ambiguous_mentions(limit):
            table.add_row(Text(text), Text(doc), Text(f"{s}–{e}"))
    console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(entities_app, name="entities")
