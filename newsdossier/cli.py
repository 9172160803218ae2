"""The ``newsdossier`` command: a thin Typer layer over the library.

The library raises; this module translates.  A user mistake (missing file,
wrong option, unreadable database) prints one line, ``Error: ...``, on
stderr and exits with code 1 — never a traceback.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import time

# One BLAS thread per process, set before numpy loads.  The framing model's many
# small matrix products ran up to 30x slower with OpenBLAS's default threads
# fighting over 2 cores (3.3 vs 41 docs/s measured, issue 6); parallelism comes
# from --workers processes instead.  A user's explicit setting wins.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from .errors import ConfigError, NewsdossierError
from .ingest import FORMATS as _FORMATS
from .ingest.base import ColumnMap, ReadOptions
from .settings import Settings

__all__ = ["app", "main", "run"]

app = typer.Typer(
    name="newsdossier",
    help="Turn a corpus of scraped news articles into a sourced dossier.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        help="SQLite store file, or a postgresql://user@host:port/db URL.",
        envvar="NEWSDOSSIER_DB_URL",
    ),
]


def _write_report_json(report: Any, path: Path) -> None:
    import dataclasses
    import json

    data = dataclasses.asdict(report)
    data["rejected"] = [dataclasses.asdict(r) for r in report.rejected]
    try:
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}", code="E207") from None


@app.command()
def build(
    paths: Annotated[list[str], typer.Argument(help="Files and folders (recursive) to read.")],
    db: DbOption = "corpus.db",
    workers: Annotated[
        int,
        typer.Option(
            help="Processes that clean and analyse documents while this one reads, writes and "
            "resolves; 0 does everything in this process."
        ),
    ] = 1,
    executor: Annotated[
        str,
        typer.Option(
            help="Where documents are cleaned and analysed: local (a pool of --workers "
            "processes), dask-local (a Dask cluster of --workers processes on this machine) "
            "or dask://HOST:PORT (a running Dask scheduler).  Dask needs the [dask] extra.",
            envvar="NEWSDOSSIER_EXECUTOR",
        ),
    ] = "local",
    strict: Annotated[
        bool, typer.Option(help="Exit with code 1 if any input is rejected.")
    ] = False,
    input_format: Annotated[
        str | None,
        typer.Option(
            "--input-format", help="Read every input as this format: " + "|".join(_FORMATS)
        ),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(help="Text encoding of inputs that are not UTF-8 (e.g. cp1252)."),
    ] = None,
    text_column: Annotated[
        str | None, typer.Option(help="JSONL/CSV field with the article text.")
    ] = None,
    title_column: Annotated[
        str | None, typer.Option(help="JSONL/CSV field with the title.")
    ] = None,
    url_column: Annotated[str | None, typer.Option(help="JSONL/CSV field with the URL.")] = None,
    author_column: Annotated[
        str | None, typer.Option(help="JSONL/CSV field with the author(s).")
    ] = None,
    date_column: Annotated[
        str | None, typer.Option(help="JSONL/CSV field with the publication date.")
    ] = None,
    outlet_column: Annotated[
        str | None, typer.Option(help="JSONL/CSV field with the outlet/site.")
    ] = None,
    id_column: Annotated[str | None, typer.Option(help="JSONL/CSV field with a record id.")] = None,
    outlet: Annotated[
        str | None,
        typer.Option(
            help="Outlet of every record whose input does not name one in its metadata (the "
            "site a folder of scraped pages came from); it outranks outlets guessed from page "
            "furniture such as licence footers."
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    no_framing: Annotated[
        bool, typer.Option("--no-framing", help="Skip the framing model: a faster triage build.")
    ] = False,
    timings: Annotated[
        bool, typer.Option("--timings", help="Also print where the build's time went, by step.")
    ] = False,
    report_json: Annotated[
        Path | None,
        typer.Option(
            "--report-json",
            help="Write the build summary (counts, rejections, seconds by step) as JSON here.",
        ),
    ] = None,
) -> None:
    """Read, clean, analyse and store articles. Rerunning on the same inputs adds nothing."""
    from .run.executor import parse_executor
    from .run.local import build as run_build
    from .store.engine import open_store
    from .views import print_build_report

    if workers < 0:
        raise ConfigError("--workers must be 0 or more", code="E203")
    spec = parse_executor(executor)
    if input_format is not None and input_format not in _FORMATS:
        raise ConfigError(
            f"--input-format {input_format!r} is not one of {', '.join(_FORMATS)}", code="E204"
        )
    settings = Settings.from_env().replace(workers=workers, db_url=db)
    if no_framing:  # issue 6
        settings = settings.replace(framing_enabled=False)
    columns = ColumnMap(
        text=text_column, title=title_column, url=url_column, author=author_column,
        published=date_column, outlet=outlet_column, id=id_column,
    )  # fmt: skip
    options = ReadOptions(
        columns=columns,
        max_document_bytes=settings.max_document_bytes,
        format=input_format,
        encoding=encoding,
        outlet=outlet,
    )
    # Issue 20: a path that does not exist is a typo, said before any store is made.
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        raise ConfigError(
            f"no such file or folder: {', '.join(missing)} (looked in {os.getcwd()});"
            " nothing was built",
            code="E200",
        )
    db_path = db[len("sqlite:///") :] if db.startswith("sqlite:///") else db
    created = "://" not in db_path and not os.path.exists(db_path)
    # the engine first: an --executor that cannot start must not leave an empty store
    with _executor(spec, settings) as engine, open_store(db) as store:
        if engine is not None:  # issue 18: the per-document stage elsewhere
            run_build = functools.partial(run_build, executor=engine)
        try:
            if quiet or not console.is_terminal:
                report = run_build(paths, store, settings, options)
            else:
                report = _build_with_bar(paths, store, settings, options, run_build)
        except BaseException:
            _drop_if_empty(store, db_path, created)
            raise
        empty = _drop_if_empty(store, db_path, created)
    if empty:
        print(
            f"no document could be read; {db} was not created (the reasons are listed below)",
            file=sys.stderr,
        )
    print_build_report(console, report, db, timings=timings)
    if report_json is not None:
        _write_report_json(report, report_json)
    if report.records == 0 or (report.records == len(report.rejected) and report.rejected):
        raise typer.Exit(1)
    if strict and report.rejected:
        raise typer.Exit(1)


@contextlib.contextmanager
def _executor(spec: Any, settings: Settings) -> Iterator[Any]:
    """A started Dask executor for ``spec``, or None for the local pool (which the
    build starts itself, and only when it has records to analyse)."""
    if spec.kind == "local":
        yield None
        return
    from .run.executor import make_executor

    with make_executor(spec, settings) as engine:
        yield engine


def _build_with_bar(paths: list[str], store: Any, settings: Settings, options: ReadOptions,
                    run_build: Any) -> Any:  # fmt: skip
    """The build with a progress bar: total, rate and ETA when the record count is known."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )  # fmt: skip

    from .commands._progress import count_records

    total = count_records(paths, options)
    columns: list[Any] = [SpinnerColumn(), TextColumn("{task.description}")]
    if total:
        columns += [BarColumn(), TaskProgressColumn()]
    columns += [
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
    ]
    if total:
        columns += [TextColumn("ETA"), TimeRemainingColumn()]
    # Redrawn after each batch, not by Rich's refresh thread: a process that
    # has had a second thread runs spaCy 20-30 % slower (run/process.py), and
    # with --workers 0 spaCy runs in this process.
    with Progress(*columns, console=err_console, transient=True, auto_refresh=False) as bar:
        task = bar.add_task("reading records", total=total, rate="")
        started = time.monotonic()

        def advance(n: int) -> None:
            bar.advance(task, n)
            done = bar.tasks[0].completed
            secs = max(time.monotonic() - started, 1e-6)
            bar.update(task, rate=f"{done / secs:.1f} records/s")
            bar.refresh()

        return run_build(paths, store, settings, options, progress=advance)


def _drop_if_empty(store: Any, db: str, created: bool) -> bool:
    """Remove a store this build created when it holds no document (issue 20): a
    failed first build leaves nothing behind.  True when it was removed."""
    if not created or store.document_count() > 0:
        return False
    store.close()
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(db + suffix)
        except FileNotFoundError:
            pass
    return True


@app.command()
def export(
    db: DbOption = "corpus.db",
    fmt: Annotated[str, typer.Option("--format", "-f", help="json | csv | ftm")] = "json",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Output file (json, ftm) or folder (csv); '-' = stdout."
        ),
    ] = None,
) -> None:
    """Export the store: JSON (contract newsdossier/1), CSV (a file per table) or FtM lines."""
    from .export.csv import write_csv
    from .export.ftm import write_ftm
    from .export.json import write_json
    from .store.engine import open_store

    writers = {"json": write_json, "ftm": write_ftm}
    if fmt not in (*writers, "csv"):
        raise ConfigError(f"--format {fmt!r} is not one of json, csv, ftm", code="E205")
    if fmt == "ftm":  # an optional package (issue 20): say so before any file is made
        from .export.ftm import require_followthemoney

        require_followthemoney()
    # one snapshot: a build committing meanwhile is never half exported (issue 17)
    with open_store(db, readonly=True) as store, store.snapshot():
        if fmt == "csv":
            if output is None or str(output) == "-":
                raise ConfigError(
                    "--format csv writes a folder: give it with -o FOLDER", code="E206"
                )
            paths = write_csv(store, output)
            err_console.print(f"wrote {len(paths)} CSV files to {output}")
            return
        if output is None or str(output) == "-":
            writers[fmt](store, sys.stdout)
            return
        try:
            with output.open("w", encoding="utf-8") as fh:
                writers[fmt](store, fh)
        except OSError as exc:
            raise ConfigError(f"cannot write {output}: {exc.strerror}", code="E207") from None
        err_console.print(f"wrote {output}")


@app.command()
def show(
    name: Annotated[str | None, typer.Argument(help="An entity name or alias.")] = None,
    db: DbOption = "corpus.db",
    full: Annotated[
        bool, typer.Option(help="Overview: every document and its removed furniture.")
    ] = False,
    limit: Annotated[int, typer.Option(help="Rows per table.")] = 20,
    why: Annotated[
        bool,
        typer.Option("--why", help="With NAME: how each name joined the entity, with evidence."),
    ] = False,
    profile: Annotated[
        bool,
        typer.Option("--profile", help="With NAME: the organisation profile, every field sourced."),
    ] = False,
) -> None:
    """Show the corpus overview, or one entity with its mentions in context."""
    from .store.engine import open_store
    from .views import print_entity, print_overview

    with open_store(db, readonly=True) as store, store.snapshot():
        if name is None:
            print_overview(console, store, full=full, limit=limit)
        elif profile:
            from .commands.claims import print_profile

            print_profile(console, store, name, limit)
        else:
            print_entity(console, store, name, limit=limit, why=why)


def _register_feature_commands() -> None:
    import importlib
    import pkgutil

    from . import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):  # helpers shared by commands, not commands
            continue
        importlib.import_module(f"{commands.__name__}.{info.name}").register(app)


_register_feature_commands()


def run(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code (also used by the tests)."""
    try:
        # standalone_mode=False: click returns a raised Exit's code instead of exiting.
        rc = app(args=list(argv) if argv is not None else None, standalone_mode=False)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.Abort:
        err_console.print("Aborted.")
        return 130
    except typer.TyperException as exc:  # usage errors: unknown option, missing argument, ...
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        print(f"Error: {message}", file=sys.stderr)
        return 1
    except NewsdossierError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(
            "Interrupted: the build resumes where it stopped when you run it again.",
            file=sys.stderr,
        )
        return 130
    return rc if isinstance(rc, int) else 0


def main() -> None:
    """Console-script entry point."""
    sys.exit(run())


if __name__ == "__main__":  # pragma: no cover
    main()
