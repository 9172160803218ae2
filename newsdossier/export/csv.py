"""CSV export (issue 20): every section of the JSON export as tables, plus the store's tables.

The JSON export (``export/json.py``, contract ``newsdossier/1``) is the one
source: whatever a stage adds to its section -- a field on claims, a new
section -- arrives here with no change to this module.  Each item of a
section is one row of ``<section>.csv``; a field that holds a list of records
(an entity's aliases, an event's evidence) becomes a child table
``<section>__<field>.csv`` with one row per element.  Keys to join on:

- every table has ``row`` (1-based, unique in its table, stable for a store);
- a child table has ``parent_row`` (the ``row`` of its parent table) and, when
  the section's items have an ``id``, ``<section>_id``;
- a nested record is flattened into dotted columns (``date.value``,
  ``source.name``); a list of plain values (an event's participant ids) is a
  child table with a ``value`` column.

Long text is written whole (the csv module quotes it); nothing is cut.  Rows
are spooled to a temporary JSON Lines file per table, so a large store needs
no more memory than one item; the header is the union of the keys seen, in
first-seen order.  The store's own tables are written too, under ``tables/``.
"""

from __future__ import annotations

import csv
import importlib
import json
import tempfile
from pathlib import Path
from typing import IO, Any

from ..registry import export_sections
from ..store.base import EXPORTABLE_TABLES
from ..store.protocols import ReadStore

__all__ = ["write_csv", "write_section_tables"]


class _Table:
    def __init__(self, name: str, spool: Path) -> None:
        self.name = name
        self.columns: dict[str, None] = {}
        self.rows = 0
        self.path = spool / f"{name}.jsonl"
        self.fh: IO[str] = self.path.open("w", encoding="utf-8")

    def add(self, row: dict[str, Any]) -> int:
        self.rows += 1
        row = {"row": self.rows, **row}
        self.columns.update(dict.fromkeys(row))
        self.fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        return self.rows


class _Writer:
    def __init__(self, spool: Path) -> None:
        self.spool = spool
        self.tables: dict[str, _Table] = {}

    def table(self, name: str) -> _Table:
        if name not in self.tables:
            self.tables[name] = _Table(name, self.spool)
        return self.tables[name]

    def item(self, table: str, item: Any, keys: dict[str, Any]) -> None:
        """One row for ``item`` in ``table`` (with the join ``keys``), children below it."""
        flat: dict[str, Any] = dict(keys)
        children: list[tuple[str, list[Any]]] = []
        if isinstance(item, dict):
            _flatten(item, "", flat, children)
        else:
            flat["value"] = item
        row = self.table(table).add(flat)
        child_keys = {k: v for k, v in keys.items() if k != "parent_row"}
        if table.count("__") == 0 and isinstance(item, dict) and item.get("id") is not None:
            child_keys[f"{table}_id"] = item["id"]
        child_keys["parent_row"] = row
        for field, values in children:
            name = f"{table}__{field.replace('.', '_')}"
            for value in values:
                self.item(name, value, child_keys)


def _flatten(
    item: dict[str, Any], prefix: str, out: dict[str, Any], children: list[tuple[str, list[Any]]]
) -> None:
    for key, value in item.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            _flatten(value, f"{name}.", out, children)
        elif isinstance(value, list | tuple):
            children.append((name, list(value)))
        else:
            out[name] = value


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def write_section_tables(store: ReadStore, folder: Path) -> list[Path]:
    """``<section>.csv`` and its child tables for every section of the JSON export."""
    from . import json as export_json

    for module in export_json.SECTION_MODULES:
        importlib.import_module(module)
    registered = set(export_sections.names())
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="newsdossier-csv-") as tmp:
        writer = _Writer(Path(tmp))
        for section in export_json.SECTIONS:
            writer.table(section)  # an empty section still gets its (header-only) file
            if section not in registered:
                continue
            for item in export_sections.get(section)(store):
                writer.item(section, item, {})
        for table in writer.tables.values():
            table.fh.close()
            path = folder / f"{table.name}.csv"
            with path.open("w", encoding="utf-8", newline="") as out, table.path.open(
                encoding="utf-8"
            ) as rows:  # fmt: skip
                w = csv.DictWriter(out, fieldnames=list(table.columns) or ["row"])
                w.writeheader()
                for line in rows:
                    w.writerow({k: _cell(v) for k, v in json.loads(line).items()})
            written.append(path)
    return written


def write_csv(store: ReadStore, folder: Path) -> list[Path]:
    """Write the section tables into ``folder`` and the store's tables into
    ``folder/tables``; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = write_section_tables(store, folder)
    raw = folder / "tables"
    raw.mkdir(exist_ok=True)
    for table in EXPORTABLE_TABLES:
        path = raw / f"{table}.csv"
        rows = store.iter_table(table)
        with path.open("w", encoding="utf-8", newline="") as fh:
            first = next(rows, None)
            cols = list(first) if first else store.table_columns(table)
            writer = csv.DictWriter(fh, fieldnames=cols)
            writer.writeheader()
            if first:
                writer.writerow(first)
                writer.writerows(rows)
        written.append(path)
    return written
