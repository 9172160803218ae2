"""CSV export: one file per documented store table, with a header row."""

from __future__ import annotations

import csv
from pathlib import Path

from ..store.sqlite import _EXPORTABLE, SQLiteStore

__all__ = ["write_csv"]


def write_csv(store: SQLiteStore, folder: Path) -> list[Path]:
    """Write ``<table>.csv`` for each table into ``folder``; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in _EXPORTABLE:
        path = folder / f"{table}.csv"
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
