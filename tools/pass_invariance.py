"""Same input, same dossier: how many export rows move with the pass schedule (issue 18).

Real pages are cleaned and analysed once (cached as a pickle next to the
output), then absorbed into fresh SQLite stores by the build's own writer
(``run.local._Builder``: passes at ``next_pass_at``, atomic, fixed point at the
end) with several ``resolve_every_docs`` and write-batch sizes.  Each store is
exported and compared, section by section, with the store built in one pass
(``resolve_every_docs`` above the corpus size).  Batch size and worker count
cannot move a pass (run/passes.py, rule 1) and analysis is a pure function of a
document, so the pass schedule is what is varied here; ``--workers`` analyses
with a real pool once to check that too.

    PYTHONPATH=. .venv/bin/python -m tools.pass_invariance \
        ../shared/data/tehrantimes-mek/mek --limit 150 --every 1 4 16 50 --out /tmp/pi
"""

from __future__ import annotations

import argparse
import io
import json
import pickle
import random
import sys
from pathlib import Path
from typing import Any

from newsdossier.export.json import write_json
from newsdossier.ingest import ReadOptions, read_paths
from newsdossier.ingest.base import RawRecord
from newsdossier.run.local import _Builder
from newsdossier.run.process import BatchResult, process_records
from newsdossier.settings import Settings
from newsdossier.store.sqlite import open_store
from tools.soak import differing
from tools.soak import rows_of as rows


def _analysed(paths: list[str], limit: int, seed: int, cache: Path) -> list[Any]:
    if cache.exists():
        return list(pickle.loads(cache.read_bytes()))
    settings = Settings(framing_enabled=False)
    raws = [r for r in read_paths(paths, ReadOptions()) if isinstance(r, RawRecord)]
    if seed:
        random.Random(seed).shuffle(raws)
    raws = raws[:limit]
    items = []
    for i in range(0, len(raws), 16):
        items.extend(process_records(raws[i : i + 16], settings).items)
        print(f"analysed {len(items)}/{len(raws)}", file=sys.stderr)
    cache.write_bytes(pickle.dumps(items))
    return items


def absorb(items: list[Any], db: Path, every: int, batch: int) -> dict[str, Any]:
    """Write ``items`` into a fresh store at ``db`` as a build would; its export."""
    db.unlink(missing_ok=True)
    settings = Settings(framing_enabled=False, resolve_every_docs=every, write_batch_docs=batch)
    with open_store(str(db)) as store:
        builder = _Builder(store, settings, None)
        for i in range(0, len(items), batch):
            builder.write([], BatchResult(items=items[i : i + batch]), batch)
        builder.finish(0.0)
        out = io.StringIO()
        write_json(store, out)
    return dict(json.loads(out.getvalue()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument(
        "--seed", type=int, default=0, help="shuffle the pages first (0: input order)"
    )
    parser.add_argument("--every", type=int, nargs="+", default=[1, 4, 16, 50])
    parser.add_argument("--batch", type=int, nargs="+", default=[7])
    parser.add_argument("--out", type=Path, default=Path("/tmp/pass_invariance"))
    parser.add_argument("--keep", action="store_true", help="keep every export as JSON")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    items = _analysed(
        args.paths, args.limit, args.seed, args.out / f"items-{args.limit}-{args.seed}.pkl"
    )
    n = len(items)
    reference = absorb(items, args.out / "one.db", n + 1, 50)
    ref_rows = rows(reference)
    if args.keep:
        (args.out / "one.json").write_text(json.dumps(reference, indent=1, ensure_ascii=False))
    total = 0
    for every in args.every:
        for batch in args.batch:
            export = absorb(
                items,
                args.out / (f"every{every}-b{batch}.db" if args.keep else "cut.db"),
                every,
                batch,
            )
            diff = differing(ref_rows, rows(export))
            total += bool(diff)
            print(
                f"{n} docs, resolve_every {every}, write batch {batch} vs one pass: {diff or 'same'}"
            )
            if args.keep:
                (args.out / f"every{every}-b{batch}.json").write_text(
                    json.dumps(export, indent=1, ensure_ascii=False)
                )
    print(f"{total} of {len(args.every) * len(args.batch)} settings differ from one pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
