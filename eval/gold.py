"""Independent gold (issues 15, 16): build a gold folder's articles, export, score.

    .venv/bin/python -m eval.gold                       # ../shared/gold/dev, floors checked
    .venv/bin/python -m eval.gold --gold DIR            # any gold folder of the same kind
    .venv/bin/python -m eval.gold --no-framing          # faster; the framing area is then skipped

The gold (``../shared/gold``) was written from the articles' text alone by people
who never saw newsdossier's output; its scorer ``score.py`` lives beside it and is
run as it is, never copied.  Each area's pass fraction is compared with the floor
pinned in ``gold_floors.json``; floors are fractions, so a second gold set of the
same kind is held to the same bar.  Skips (exit 0) when the gold is absent, so a
clone without ``../shared`` still passes ``.ci/run``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_ROOT = HERE.parent.parent / "shared" / "gold"
FLOORS = HERE / "gold_floors.json"
# score.py prints "area  got/total   misses: ..." then "NAME: total got/total".
_LINE = re.compile(r"^(?P<area>[a-z_]+)\s+(?P<got>\d+)/(?P<tot>\d+)")
# One check of 15 moves a fraction by 0.067: floors are met or not, no noise band.
EPSILON = 1e-9


def build_and_export(articles: Path, work: Path, framing: bool) -> Path:
    """Build ``articles`` into a fresh store under ``work`` and export it as JSON."""
    db, out = work / "gold.db", work / "gold.json"
    cli = [sys.executable, "-m", "newsdossier.cli"]
    build = [*cli, "build", str(articles), "--db", str(db), "--quiet"]
    if not framing:
        build.append("--no-framing")
    export = [*cli, "export", "--db", str(db), "--format", "json", "-o", str(out)]
    for cmd in (build, export):
        res = subprocess.run(cmd, capture_output=True, text=True)
        if res.returncode != 0:
            sys.stderr.write(res.stdout + res.stderr)
            raise SystemExit(f"failed ({res.returncode}): {' '.join(cmd)}")
    return out


def scorer_of(gold_dir: Path) -> Path:
    """The gold's own score.py: beside gold.json, or one folder up (../shared/gold)."""
    here = gold_dir / "score.py"
    return here if here.is_file() else gold_dir.parent / "score.py"


def score(export: Path, gold_dir: Path) -> tuple[dict[str, tuple[int, int]], str]:
    """Run the gold's own scorer; return {area: (passed, total)} and its printout."""
    res = subprocess.run(
        [
            sys.executable,
            str(scorer_of(gold_dir)),
            str(export),
            str(gold_dir / "gold.json"),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    areas = {}
    for line in res.stdout.splitlines():
        m = _LINE.match(line)
        if m:
            areas[m["area"]] = (int(m["got"]), int(m["tot"]))
    return areas, res.stdout


def check(areas: dict[str, tuple[int, int]], floors: dict[str, float]) -> list[str]:
    """Areas below their floor, as printable lines (an absent area fails its floor)."""
    low = []
    for area, floor in sorted(floors.items()):
        got, tot = areas.get(area, (0, 0))
        frac = got / tot if tot else 0.0
        if frac + EPSILON < floor:
            low.append(f"{area}: {got}/{tot} = {frac:.3f} < floor {floor:.3f}")
    return low


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--gold", type=Path, default=GOLD_ROOT / "dev", help="gold folder (articles/ + gold.json)"
    )
    ap.add_argument("--no-framing", action="store_true", help="build without the framing model")
    ap.add_argument("--keep", type=Path, help="write the export here as well")
    ap.add_argument(
        "--no-floors", action="store_true", help="print the scores only (another gold set)"
    )
    args = ap.parse_args()
    if not (args.gold / "gold.json").is_file() or not scorer_of(args.gold).is_file():
        print(f"skipped: no gold at {args.gold}")
        return 0
    floors: dict[str, float] = json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]
    if args.no_framing:
        floors.pop("framing", None)
    with tempfile.TemporaryDirectory() as tmp:
        export = build_and_export(args.gold / "articles", Path(tmp), framing=not args.no_framing)
        if args.keep:
            args.keep.write_bytes(export.read_bytes())
        areas, printout = score(export, args.gold)
    print(printout, end="")
    low = [] if args.no_floors else check(areas, floors)
    for line in low:
        print("BELOW FLOOR " + line)
    print(f"gold floors: {len(floors) - len(low)}/{len(floors)} met ({FLOORS.name})")
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())
