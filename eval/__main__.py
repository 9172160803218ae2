"""`make eval`: every quality evaluation, one after another, each as its own process.

Each entry is a module run with ``python -m``; each prints its own scores next to
its targets.  Evaluations that need ../shared/data say so and skip when it is
absent.  ``python -m eval --only time`` runs the ones whose name contains "time".
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

#: (name, module, arguments) in data-flow order.
EVALUATIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("cleaning: 50 real documents", "eval.cleaning_sample", ()),
    ("entities: pairwise merge precision/recall", "eval.entities.evaluate", ()),
    ("entities: ECB+ cross-document B3, named participants", "eval.entities.ecbplus", ()),
    ("entities: CoNLL-2003 testb exact span+type", "eval.entities.conll", ()),
    ("time: expression normalisation", "eval.time.expressions", ()),
    ("time: events", "eval.time.events", ()),
    ("claims: attribution, hedges, contradictions, reuse", "eval.claims", ()),
    ("gold: independent dev gold, per area", "eval.gold", ()),
    ("framing: PTC dev SI/TC", "eval.framing.evaluate_dev", ("--untrimmed",)),
)


def main() -> int:
    ap = argparse.ArgumentParser(description="Run newsdossier's quality evaluations.")
    ap.add_argument("--only", help="run only evaluations whose name contains this")
    args = ap.parse_args()
    failed = []
    for name, module, extra in EVALUATIONS:
        if args.only and args.only not in name:
            continue
        print(f"\n=== {name}  (python -m {module} {' '.join(extra)})", flush=True)
        started = time.perf_counter()
        rc = subprocess.call([sys.executable, "-m", module, *extra])
        print(f"--- {name}: exit {rc}, {time.perf_counter() - started:.1f} s", flush=True)
        if rc != 0:
            failed.append(name)
    if failed:
        print("\nfailed: " + "; ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
