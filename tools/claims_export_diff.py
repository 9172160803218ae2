"""Same claims before and after a change that must not move them (issue 15: speed work).

Builds one corpus -- the first ``--tehran`` Tehran Times pages (mek, then control) and the
first ``--fnc`` rows of the FakeNewsCorpus sample of ../shared/data -- twice with
``newsdossier build --no-framing``: once with the package of a git commit (``--base``,
unpacked by ``git archive``), once with this worktree's; exports both stores as JSON and
compares their ``claims`` sections claim by claim (id, document, spans, every field).
Exit status 1 when any claim differs, with the first differences printed.

    PYTHONPATH=$PWD .venv/bin/python -m tools.claims_export_diff --base HEAD~1 --out /tmp/ced
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
if not SHARED.is_dir():  # a worktree beside the main checkout
    SHARED = Path("/work/shared/data")


def make_corpus(dest: Path, tehran: int, fnc: int) -> int:
    """The corpus of the check in ``dest``; how many records it holds."""
    dest.mkdir(parents=True, exist_ok=True)
    n = 0
    pages = [
        f
        for sub in ("mek", "control")
        for f in sorted((SHARED / "tehrantimes-mek" / sub).glob("*.txt"))
    ]
    for f in pages[:tehran]:
        shutil.copy(f, dest / f.name)
        n += 1
    sample = SHARED / "fakenewscorpus-sample" / "news_sample.csv"
    csv.field_size_limit(10**9)
    with (
        sample.open(encoding="utf-8", newline="") as fh,
        (dest / "news_sample.csv").open("w", encoding="utf-8", newline="") as out,
    ):
        reader = csv.DictReader(fh)
        writer = csv.DictWriter(out, fieldnames=reader.fieldnames or [])
        writer.writeheader()
        for i, row in enumerate(reader):
            if i >= fnc:
                break
            writer.writerow(row)
            n += 1
    return n


def build_and_export(src: Path, corpus: Path, work: Path) -> list[dict[str, Any]]:
    """Claims of a ``--no-framing`` build of ``corpus`` with the package under ``src``."""
    db, out = work / "store.db", work / "export.json"
    for p in (db, out):
        p.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(src)}
    code = (
        "import sys\nfrom newsdossier.cli import run\n"
        f"rc = run(['build', {str(corpus)!r}, '--db', {str(db)!r}, '--workers', '1', '-q',"
        " '--no-framing'])\n"
        f"rc = rc or run(['export', '--db', {str(db)!r}, '-f', 'json', '-o', {str(out)!r}])\n"
        "import newsdossier; print('PACKAGE', newsdossier.__file__)\nsys.exit(rc)\n"
    )
    # run in ``work``: ``python -c`` puts the current folder first on sys.path, and from the
    # worktree's root that would import the worktree's package for the 'before' build too
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=work, capture_output=True, text=True
    )
    print(done.stdout.strip(), file=sys.stderr)
    if f"PACKAGE {src}" not in done.stdout:
        raise SystemExit(f"the build did not import the package under {src}")
    if done.returncode:
        raise SystemExit(f"build with {src} failed:\n{done.stderr[-3000:]}")
    data = json.loads(out.read_text(encoding="utf-8"))
    return list(data["claims"])


def differences(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> list[str]:
    """What differs between two claims sections, keyed by claim id."""
    by_a = {c["id"]: c for c in a}
    by_b = {c["id"]: c for c in b}
    out = [f"only before: {k} {json.dumps(by_a[k], sort_keys=True)}" for k in by_a.keys() - by_b]
    out += [f"only after: {k} {json.dumps(by_b[k], sort_keys=True)}" for k in by_b.keys() - by_a]
    for k in sorted(by_a.keys() & by_b.keys()):
        if by_a[k] != by_b[k]:
            fields = sorted(
                f for f in by_a[k].keys() | by_b[k].keys() if by_a[k].get(f) != by_b[k].get(f)
            )
            out.append(f"changed: {k} fields {fields}")
    if len(a) != len(by_a) or len(b) != len(by_b):
        out.append(f"duplicate ids: {len(a)} vs {len(by_a)} before, {len(b)} vs {len(by_b)} after")
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", default="HEAD", help="git commit of the 'before' build")
    ap.add_argument("--tehran", type=int, default=150)
    ap.add_argument("--fnc", type=int, default=150)
    ap.add_argument("--out", type=Path, default=None, help="keep corpus, stores, exports here")
    ap.add_argument("--reuse-before", action="store_true", help="reuse --out's 'before' export")
    args = ap.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="claims-diff-"))
    corpus = out / "corpus"
    if not corpus.is_dir():
        print(f"corpus: {make_corpus(corpus, args.tehran, args.fnc)} records", file=sys.stderr)
    before_json = out / "before" / "claims.json"
    if args.reuse_before and before_json.exists():
        before = json.loads(before_json.read_text(encoding="utf-8"))
    else:
        base = out / "base-src"
        shutil.rmtree(base, ignore_errors=True)
        base.mkdir(parents=True)
        tar = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.base, "newsdossier"],
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=tar, check=True)
        (out / "before").mkdir(exist_ok=True)
        before = build_and_export(base, corpus, out / "before")
        before_json.write_text(json.dumps(before, sort_keys=True), encoding="utf-8")
    (out / "after").mkdir(exist_ok=True)
    after = build_and_export(ROOT, corpus, out / "after")
    (out / "after" / "claims.json").write_text(json.dumps(after, sort_keys=True), encoding="utf-8")
    diff = differences(before, after)
    docs = len({c.get("doc") for c in after})
    print(f"claims before {len(before)}, after {len(after)} (in {docs} documents); "
          f"{len(diff)} differences")  # fmt: skip
    for line in diff[:40]:
        print(line)
    return 1 if diff else 0


if __name__ == "__main__":
    raise SystemExit(main())
