"""Terminal views of the store, rendered with Rich.

Article text is untrusted: everything from the store is wrapped in
``rich.text.Text`` (never parsed as console markup), so a document containing
"[bold]" or "[link=...]" prints literally.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from .run.local import BuildReport
    from .store.protocols import Store

__all__ = ["cell", "clip", "kwic", "print_build_report", "print_entity", "print_overview"]


def cell(value: Any, style: str = "") -> Text:
    """A table cell from any stored value; never parsed as console markup."""
    return Text("" if value is None else str(value), style=style)


def clip(text: str | None, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


_t = cell


def _clip(text: str, width: int = 160) -> str:
    return clip(text, width)


def print_build_report(
    console: Console, report: BuildReport, db: str, *, timings: bool = False
) -> None:
    console.print(
        Text.assemble(
            ("Build finished ", "bold"),
            f"in {report.seconds:.1f}s → {db}\n",
            f"  documents added:     {report.added}\n",
            f"  duplicates skipped:  {report.duplicates}\n",
            f"  already in store:    {report.unchanged}\n",
            f"  inputs rejected:     {len(report.rejected)}",
            f"\n  inputs repaired:     {len(report.repaired)}" if report.repaired else "",
            *(f"\n  {name.split('.')[1]} updated: {n}" for name, n in report.resolved.items()),
            f"\n  resolution:          {_fixed_point_line(report)}" if report.fixed_point else "",
        )  # fmt: skip
    )
    if report.rejected:
        table = _rejection_table()
        for r in report.rejected:
            table.add_row(_t(r.key), _t(r.code), _t(r.reason))
        console.print(table)
    if report.repaired:
        table = _rejection_table("Inputs repaired before use")
        for key, code, message in report.repaired:
            table.add_row(_t(key), _t(code), _t(message))
        console.print(table)
    if timings:
        console.print(_timings_table(report))


def _fixed_point_line(report: BuildReport) -> str:
    """How the end-of-build pass ended (issue 17): a rerun with nothing new says so."""
    if report.fixed_point == "already":
        return "nothing new to resolve; 0 rows changed"
    changed = sum(report.rows_changed.values())
    rounds = f"{report.final_rounds} final round{'s' if report.final_rounds != 1 else ''}"
    if report.fixed_point == "reached":
        return f"at its fixed point after {rounds} ({changed} row changes)"
    return (
        f"[E330] no fixed point after {rounds} ({changed} row changes); the next build "
        "resolves again; please report this store"
    )


def _timings_table(report: BuildReport) -> Table:
    # Worker steps run beside this process's writes and resolvers, so the
    # seconds of all steps can add up to more than the build's wall time.
    table = Table(
        "step", "seconds", "ms/document", title_justify="left",
        title=f"Time by step (summed over processes; {report.resolver_passes} resolver passes)",
    )  # fmt: skip
    per = max(1, report.added + report.duplicates)
    for step, secs in sorted(report.stage_seconds.items(), key=lambda kv: -kv[1]):
        table.add_row(_t(step), f"{secs:.2f}", f"{1000 * secs / per:.2f}")
    if report.worker_idle_seconds:
        # not a step: time the workers had no batch to work on
        idle = report.worker_idle_seconds
        table.add_row("(workers idle)", f"{idle:.2f}", f"{1000 * idle / per:.2f}")
    return table


def _rejection_table(title: str = "Rejected inputs") -> Table:
    # Paths and reasons are what the user acts on: wrap them, never cut them.
    table = Table(title=title, title_justify="left")
    table.add_column("input", overflow="fold")
    table.add_column("code", no_wrap=True)
    table.add_column("reason", overflow="fold")
    return table


def print_overview(console: Console, store: Store, *, full: bool, limit: int) -> None:
    stats = store.stats()
    console.print(
        Text.assemble(
            ("Corpus ", "bold"),
            f"{stats['documents']} documents from {stats['sources']} sources, ",
            f"{stats['outlets']} outlets, {stats['entities']} entities, {stats['mentions']} mentions, ",
            f"{stats['rejected']} rejected inputs; published "
            f"{stats['first_published'] or '?'} – {stats['last_published'] or '?'}",
        )  # fmt: skip
    )
    docs = Table("title", "outlet", "author", "published", "sources", "removed furniture",
                 title="Documents", title_justify="left", show_lines=full)  # fmt: skip
    for i, row in enumerate(store.iter_documents()):
        if not full and i >= limit:
            docs.add_row(_t(f"… {stats['documents'] - limit} more (use --full)"))
            break
        removed = store.document_removed(row["id"])
        kinds = Counter(r["kind"] for r in removed)
        detail = ", ".join(f"{k}×{n}" for k, n in sorted(kinds.items())) or "—"
        if full and removed:
            detail += "\n" + "\n".join(f"  [{r['kind']}] {_clip(r['text'], 70)}" for r in removed)
        date = row["published"]
        if date:
            date = f"{date} ({row['published_precision']}, {row['published_origin']})"
        n_sources = len(store.document_sources(row["id"]))
        docs.add_row(
            _t(row["title"] or row["name"]), _t(row["outlet"]), _t(row["author"]), _t(date),
            _t(n_sources), _t(detail),
        )  # fmt: skip
    console.print(docs)
    ents = Table("entity", "type", "mentions", "docs", "example sentence",
                 title="Entities", title_justify="left")  # fmt: skip
    for row in store.iter_entities(limit=limit):
        example = next(iter(store.entity_mentions(row["id"], limit=1)), None)
        sentence = _in_context(example, 110) if example else Text("")
        ents.add_row(_t(row["name"], "bold"), _t(row["type"]), _t(row["mention_count"]),
                     _t(row["document_count"]), sentence)  # fmt: skip
    console.print(ents)
    rejected = list(store.iter_rejections())
    if rejected:
        table = _rejection_table()
        for r in rejected[:limit]:
            table.add_row(_t(r["key"]), _t(r["code"]), _t(r["reason"]))
        console.print(table)


def print_entity(
    console: Console, store: Store, name: str, *, limit: int, why: bool = False
) -> None:
    """One entity: its names, then each mention as a keyword-in-context line that fits
    the terminal, with where it comes from on the line below (issue 20)."""
    from .commands._lookup import find_entity

    found = find_entity(store, name)
    ent = found.entity
    console.print(
        Text.assemble(
            (ent["name"], "bold"),
            f"  ({ent['type']}; {ent['mention_count']} mentions in "
            f"{ent['document_count']} documents; id {ent['id']})",
        )  # fmt: skip
    )
    if found.others:
        console.print(
            _t(
                f"  {name!r} also names: "
                + "; ".join(f"{o['name']} (id {o['id']})" for o in found.others[:5])
                + " — give an id to see one of them",
                "yellow",
            )
        )
    aliases = [a for a in store.entity_aliases(ent["id"]) if a["how"] != "canonical"]
    if aliases:
        console.print(
            _t("  also written: " + ", ".join(f"{a['name']} ×{a['count']}" for a in aliases))
        )
    if why:
        from .entity_views import print_why

        print_why(console, store, ent["id"])
    width = max(40, console.width - 2)
    from .serve.sections import canonical_outlet

    for m in store.entity_mentions(ent["id"], limit=limit):
        console.print(Text("  ") + kwic(m, width - 2))
        where = " · ".join(
            str(v)
            for v in (
                canonical_outlet(store, m["outlet"]), m["published"],
                f"[{m['start']}–{m['end']}]", m["title"] or m["document_name"],
            )
            if v
        )  # fmt: skip
        console.print(Text("      " + clip(where, width - 6), style="dim"))


def kwic(mention: dict[str, Any], width: int) -> Text:
    """Keyword in context on one line of ``width`` cells: the mention in the middle,
    its sentence cut at both ends with an ellipsis where it runs over."""
    keyword = " ".join(mention["text"].split())
    sentence, s0 = mention.get("sentence"), mention.get("sentence_start")
    if not sentence or s0 is None:
        return Text(clip(keyword, width), style="bold yellow")
    start, end = mention["start"] - s0, mention["end"] - s0
    left_raw, right_raw = sentence[:start], sentence[end:]
    # whitespace collapsed, but kept (as one space) only where the text has it
    left = " ".join(left_raw.split()) + (
        " " if left_raw[-1:].isspace() and left_raw.strip() else ""
    )
    right = (" " if right_raw[:1].isspace() and right_raw.strip() else "") + " ".join(
        right_raw.split()
    )
    keyword = clip(keyword, width)
    room = max(0, width - len(keyword))
    lw = room // 2
    rw = room - lw
    # give unused room on one side to the other
    if len(left) < lw:
        rw += lw - len(left)
        lw = len(left)
    elif len(right) < rw:
        lw += rw - len(right)
        rw = len(right)
    left_s = left if len(left) <= lw else ("…" + left[len(left) - lw + 1 :] if lw > 1 else "")
    right_s = right if len(right) <= rw else (right[: rw - 1] + "…" if rw > 1 else "")
    text = Text(" " * (lw - len(left_s)) + left_s)
    text.append(keyword, style="bold yellow")
    text.append(right_s)
    return text


def _in_context(mention: dict[str, Any], width: int) -> Text:
    """The mention's sentence, cut to ``width`` around the mention, the mention highlighted."""
    sentence, s0 = mention.get("sentence"), mention.get("sentence_start")
    if not sentence or s0 is None:
        return Text(mention["text"], style="bold yellow")
    start, end = mention["start"] - s0, mention["end"] - s0
    sentence = sentence.replace("\n", " ")
    left = max(0, min(start - (width - (end - start)) // 2, len(sentence) - width))
    right = min(len(sentence), left + width)
    text = Text("…" if left > 0 else "")
    text.append(sentence[left:start])
    text.append(sentence[start:end], style="bold yellow")
    text.append(sentence[end:right])
    if right < len(sentence):
        text.append("…")
    return text
