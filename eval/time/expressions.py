"""Normalisation accuracy of temporal expressions against eval/time/expressions.tsv.

A gold expression counts as right when the extractor returns an expression
with the same text, the same value (or both unresolved) and the same
precision.  Also printed: expressions found that are not in the gold
(spurious) and the per-doc cost.  Run: ``python -m eval.time.expressions``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsdossier.analyze.time import extract_times
from newsdossier.model import PublishedDate

GOLD = Path(__file__).with_name("expressions.tsv")


def _anchor(raw: str) -> PublishedDate | None:
    if raw == "-":
        return None
    precision = {4: "year", 7: "month", 10: "day"}[len(raw)]
    return PublishedDate(raw, precision, "metadata")


def load_gold(
    path: Path = GOLD,
) -> list[tuple[PublishedDate | None, str, list[tuple[str, str | None, str]]]]:
    cases = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        anchor, sentence, *rest = line.split("\t")
        expected = []
        for item in (rest[0] if rest else "").split(" ;; "):
            if not item.strip():
                continue
            text, norm = item.split(" => ")
            value, precision = (p.strip() for p in norm.split("|"))
            expected.append((text.strip(), None if value == "-" else value, precision))
        cases.append((_anchor(anchor), sentence, expected))
    return cases


def evaluate(verbose: bool = False) -> dict[str, float]:
    right = total = spurious = 0
    relative_anchored = relative_unanchored = 0
    for anchor, sentence, expected in load_gold():
        found = {t.text: t for t in extract_times(sentence, "gold", anchor)}
        gold_texts = {e[0] for e in expected}
        spurious += sum(1 for t in found if t not in gold_texts)
        for text, value, precision in expected:
            total += 1
            if anchor is None and value is None:
                relative_unanchored += 1
            elif anchor is not None:
                relative_anchored += 1
            got = found.get(text)
            ok = got is not None and (got.value, got.precision) == (value, precision)
            right += ok
            if verbose and not ok:
                print(
                    f"MISS {anchor.value if anchor else '-'} | {sentence} | want {text}={value}/{precision}"
                    f" | got {(got.value, got.precision) if got else sorted(found)}"
                )
    return {
        "expressions": total,
        "right": right,
        "accuracy": right / total,
        "spurious": spurious,
        "with_anchor": relative_anchored,
        "without_anchor_unresolved": relative_unanchored,
    }


#: issue 4's target; the gold was written while the extractor was developed (see README.md)
TARGET_ACCURACY = 0.97

if __name__ == "__main__":
    result = evaluate(verbose="-v" in sys.argv)
    print(
        " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items())
    )
    print(f"target accuracy >= {TARGET_ACCURACY}")
    sys.exit(0 if result["accuracy"] >= TARGET_ACCURACY else 1)
