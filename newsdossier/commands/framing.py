"""Command ``framing`` (issue 6): detect technique spans in files, or show framing profiles.

Three modes, picked by the options:

``newsdossier framing FILE... [--format ptc|text]``
    Runs the framing model on raw files the way SemEval-2020 Task 11 scores
    them: ``article_id<TAB>technique<TAB>start<TAB>end`` with offsets into the
    file text as read (UTF-8, BOM kept, no newline translation), the article
    id from the file name (``article123.txt`` -> ``123``).
``newsdossier framing --classify TEMPLATE FILE...``
    The task's technique-classification setting: every line of TEMPLATE
    (``id<TAB>?<TAB>start<TAB>end``) is printed with its technique filled in,
    in the template's order.
``newsdossier framing --db corpus.db [--outlet X] [--by author] [NAME]``
    Framing profiles from a store: per outlet (or author) technique density
    per 1,000 words and top techniques; per entity the label-usage matrix
    (which outlet calls it what), with evidence.

Error codes: E601 no such entity, E602 unreadable file, E603 malformed
template, E604 template article with no file, E605 options that do not go
together, E606 template span outside its article, E607 no framing in the
store (built with ``--no-framing``); during build, E608: the framing model
failed on every document of a batch.  Article text is always wrapped in
``rich.text.Text`` (never parsed as markup).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import ConfigError, InputError, NewsdossierError
from ..views import cell as _t
from ..views import clip

if TYPE_CHECKING:
    from ..store.protocols import ReadStore

__all__ = ["classify_lines", "detect_lines", "register"]


def _read(path: str) -> str:
    from ..analyze.framing.ptc import read_article

    try:
        return read_article(path)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path} is not UTF-8 ({exc.reason} at byte {exc.start}); the task's offsets count "
            "characters of UTF-8 text: convert the file first",
            code="E602", source=path,
        ) from None  # fmt: skip
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}", code="E602", source=path) from None


def _articles(files: Sequence[str]) -> list[tuple[str, str]]:
    """``(article_id, raw text)`` of each file, in the order given."""
    from ..analyze.framing.ptc import article_id_from_path

    out = []
    for path in files:
        try:
            article = article_id_from_path(path)
        except ValueError as exc:
            raise InputError(str(exc), code="E602", source=path) from None
        out.append((article, _read(path)))
    return out


def detect_lines(files: Sequence[str]) -> list[str]:
    """PTC technique lines for raw files (offsets into the text as read)."""
    from ..analyze.framing import load_framing_model
    from ..analyze.framing.ptc import format_ptc

    articles = _articles(files)
    found = load_framing_model().detect([text for _, text in articles])
    return [
        line
        for (aid, _), spans in zip(articles, found, strict=True)
        for line in format_ptc(aid, spans)
    ]


def classify_lines(template: str, files: Sequence[str]) -> list[str]:
    """The template's lines with the technique column filled in, in template order."""
    from ..analyze.framing import load_framing_model
    from ..analyze.framing.ptc import fill_template, parse_labels

    try:
        with open(template, encoding="utf-8", newline="") as fh:
            items = parse_labels(fh.read().splitlines())
    except OSError as exc:
        raise InputError(
            f"cannot read {template}: {exc.strerror}", code="E602", source=template
        ) from None
    except ValueError as exc:
        raise InputError(f"{template}: {exc}", code="E603", source=template) from None
    texts = dict(_articles(files))
    spans: dict[str, list[tuple[int, int]]] = {}
    for item in items:
        if item.article_id not in texts:
            raise InputError(
                f"{template}: article {item.article_id} has no file among the FILE arguments "
                f"(expected e.g. article{item.article_id}.txt)",
                code="E604", source=template,
            )  # fmt: skip
        spans.setdefault(item.article_id, []).append((item.start, item.end))
    model = load_framing_model()
    filled: dict[str, list[str]] = {}
    for article, article_spans in spans.items():
        try:
            labels = model.classify(texts[article], article_spans)
        except ValueError as exc:
            raise InputError(
                f"{template}: article {article}: {exc}", code="E606", source=template
            ) from None
        filled[article] = fill_template(article, article_spans, labels)[::-1]
    return [filled[item.article_id].pop() for item in items]


# ------------------------------------------------------------------ profiles
def _clip(text: str, width: int = 100) -> str:
    return clip(text, width)


def _profile_table(profiles: list[dict[str, Any]], by: str) -> Table:
    table = Table(title=f"Framing per {by}", title_justify="left")
    for col in (by, "docs", "words", "spans", "per 1k words", "top techniques"):
        table.add_column(
            col, justify="right" if col in ("docs", "words", "spans", "per 1k words") else "left"
        )
    for p in profiles:
        top = ", ".join(f"{t['technique']} {t['per_1000_words']:.1f}" for t in p["techniques"][:3])
        table.add_row(_t(p["name"]), str(p["documents"]), str(p["words"]), str(p["spans"]),
                      f"{p['per_1000_words']:.2f}", _t(top))  # fmt: skip
    return table


def _matrix_table(name: str, matrix: dict[str, Any], limit: int) -> Table:
    table = Table(title=Text.assemble("Labels for ", (name, "bold cyan")), title_justify="left")
    table.add_column("label")
    for group in matrix["groups"]:
        table.add_column(Text(group), justify="right")
    for row in matrix["rows"][:limit]:
        table.add_row(
            _t(row["label"], "bold"), *(str(row["counts"].get(g, "")) for g in matrix["groups"])
        )
    return table


def _print_evidence(console: Console, matrix: dict[str, Any], limit: int) -> None:
    for row in matrix["rows"][:limit]:
        for group, spans in row["evidence"].items():
            span = spans[0]
            console.print(
                Text.assemble(("  " + row["label"], "bold"), (f"  [{group}] ", "dim"),
                              _clip(span["text"]), (f"  ({span['doc'][:8]} {span['start']}-{span['end']})", "dim")),
                soft_wrap=True,
            )  # fmt: skip


def _entity_ids(
    store: ReadStore, profiles: list[dict[str, Any]], top: int
) -> list[tuple[str, str]]:
    """Entities labelled by the most groups (then most labels): ``(entity id, name)``."""
    groups: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for p in profiles:
        for lab in p["labels"]:
            if lab["entity"] is None:
                continue
            groups.setdefault(lab["entity"], set()).add(p["name"])
            counts[lab["entity"]] = counts.get(lab["entity"], 0) + lab["count"]
            names[lab["entity"]] = lab["entity_name"]
    ranked = sorted(groups, key=lambda e: (-len(groups[e]), -counts[e], names[e]))
    return [(e, names[e]) for e in ranked[:top]]


def print_profiles(
    console: Console, store: ReadStore, *, name: str | None, outlet: str | None, by: str,
    entities: int, limit: int,
) -> None:  # fmt: skip
    from ..export.framing import framing_profiles, label_matrix

    if not store.framing_documents():
        raise NewsdossierError(
            "no framing in this store: it was built with --no-framing; rebuild it into a new "
            "file without --no-framing to see framing profiles",
            code="E607",
        )
    profiles = framing_profiles(store, by, only=outlet)
    if outlet is not None and not profiles:
        raise ConfigError(f"no {by} named {outlet!r} in this store", code="E605")
    if name is not None:
        from ._lookup import find_entity  # issue 20: suggestions, ambiguity listed

        ent = find_entity(store, name, code="E601").entity
        targets = [(ent["id"], ent["name"])]
    else:
        console.print(_profile_table(profiles, by))
        targets = _entity_ids(store, profiles, entities)
    for entity_id, entity_name in targets:
        matrix = label_matrix(store, entity_id, by)
        if outlet is not None:
            keep = [g for g in matrix["groups"] if g.lower() == outlet.lower()]
            rows = [r for r in matrix["rows"] if any(g in r["counts"] for g in keep)]
            matrix = {"groups": keep, "rows": rows}
        if not matrix["rows"]:
            console.print(Text.assemble("No labels found for ", (entity_name, "bold cyan")))
            continue
        console.print(_matrix_table(entity_name, matrix, limit))
        _print_evidence(console, matrix, limit)


def register(app: typer.Typer) -> None:
    @app.command()
    def framing(
        args: Annotated[
            list[str] | None, typer.Argument(help="FILEs to analyse; with --db: an entity NAME.")
        ] = None,
        db: Annotated[
            str | None, typer.Option("--db", help="Show framing profiles of this SQLite store.")
        ] = None,
        fmt: Annotated[
            str, typer.Option("--format", "-f", help="Files: ptc (task format) | text.")
        ] = "ptc",
        classify: Annotated[
            str | None,
            typer.Option("--classify", help="Fill the ? techniques of this PTC template."),
        ] = None,
        outlet: Annotated[
            str | None,
            typer.Option(
                "--outlet", help="With --db: only this outlet (or author, with --by author)."
            ),
        ] = None,
        by: Annotated[
            str, typer.Option("--by", help="With --db: group profiles by outlet | author.")
        ] = "outlet",
        entities: Annotated[
            int, typer.Option(help="With --db and no NAME: label matrices of this many entities.")
        ] = 5,
        limit: Annotated[int, typer.Option(help="With --db: label rows per matrix.")] = 12,
    ) -> None:
        """Propaganda-technique spans of FILEs (PTC format), or framing profiles of a store (--db)."""
        args = args or []
        if db is not None:
            if classify is not None:
                raise ConfigError("--classify works on FILEs, not with --db", code="E605")
            if by not in ("outlet", "author"):
                raise ConfigError(f"--by {by!r} is not one of outlet, author", code="E605")
            if len(args) > 1:
                raise ConfigError(
                    "with --db give at most one entity NAME (quote a name with spaces)", code="E605"
                )
            from ..store.engine import open_store

            console = Console(highlight=False)
            with open_store(db, readonly=True) as store:
                print_profiles(console, store, name=args[0] if args else None, outlet=outlet, by=by,
                               entities=entities, limit=limit)  # fmt: skip
            return
        if not args:
            raise ConfigError(
                "give FILEs to analyse, or --db STORE for framing profiles", code="E605"
            )
        if fmt not in ("ptc", "text"):
            raise ConfigError(f"--format {fmt!r} is not one of ptc, text", code="E605")
        if classify is not None:
            lines = classify_lines(classify, args)
        elif fmt == "text":
            _print_text(args)
            return
        else:
            lines = detect_lines(args)
        sys.stdout.write("".join(line + "\n" for line in lines))


def _print_text(files: Sequence[str]) -> None:
    from ..analyze.framing import load_framing_model

    console = Console(highlight=False)
    articles = _articles(files)
    found = load_framing_model().detect([text for _, text in articles])
    for (aid, text), spans in zip(articles, found, strict=True):
        console.print(Text(f"article {aid}: {len(spans)} spans", style="bold"))
        for s in spans:
            console.print(
                Text.assemble((f"  {s.technique:<36}", "cyan"), f"{s.start:>6}-{s.end:<6} {s.score:.2f}  ",
                              _clip(text[s.start : s.end])),
                soft_wrap=True,
            )  # fmt: skip
