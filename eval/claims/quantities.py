"""Reader's check of quantities (issue 15): numbers about named actors, and what the
dossier's claims made of them.

    .venv/bin/python -m eval.claims.quantities EXPORT.json --seed 276 --n 30 [--out TSV]

Reads a JSON export (contract newsdossier/1), finds every sentence that holds a number
(digits, number words, fractions, percentages, money; not a bare year) and a mention of a
named entity, samples ``--n`` (sentence, number) items with ``--seed`` and writes a TSV:
the sentence with the number marked ``[[...]]``, the names the sentence mentions, and the
value claims of that sentence (``subject_text => entity | attribute | value | unit``).
A reader fills ``actor`` (whom the number is about, as the text says it, or ``-`` when it
is about no named actor of the sentence) and ``verdict``:

- ``right``: a claim holds the number, whole, with that actor as its subject;
- ``wrong``: a claim binds the number to another subject, or holds it cut or misread, or
  gives a subject to a number about no named actor;
- ``missed``: the number is about a named actor and no claim with that subject holds it;
- ``none``: about no named actor, and no claim gives it a subject (correctly null).

The scored area of the gold (``quantities``) asks for the first; a wrong subject is worse
than a missed one (a reader would cite it).  Sentences are split by a plain rule (end
punctuation or a line break), not by the build's splitter: the sample must not depend on
the code it measures.

Write the TSV as ``judged/quantities_<corpus>_seed<N>.reading.tsv`` (gitignored: it
holds article text and names; a ``--out`` ending in plain ``.tsv`` is renamed so);
once judged, ``python -m eval.judged --strip <it>`` writes the committed, text-free
copy (record, offsets, counts and verdicts: issue 20).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

_SENT = re.compile(r"[^\n]+?(?:[.!?][\"”’')]*(?=\s+[\"“‘(]?[A-Z0-9])|$)", re.M)
_WORDNUM = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|third|thirds|"
    r"quarter|quarters)"
)
_NUMBER = re.compile(
    r"(?:[$£€]\s?)?\d[\d,.]*(?:[ \u00a0]\d{3}(?!\d))*(?:\s*(?:%|percent\b|per cent\b))?"
    r"(?:\s+(?:hundred|thousand|million|billion|trillion)\b)?"
    rf"|\b{_WORDNUM}(?:[\s-]+(?:of\s+)?{_WORDNUM})*\b(?:\s*(?:percent\b|per cent\b))?",
    re.I,
)
_YEARISH = re.compile(r"(?:1[6-9]|20)\d\ds?")
_MONTH = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$|^\s*(?:st|nd|rd|th)?,?\s*"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)
_NAMED = ("person", "organization", "place")


def sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENT.finditer(text) if m.group().strip()]


def numbers(sent: str) -> list[tuple[int, int]]:
    out = []
    for m in _NUMBER.finditer(sent):
        s = m.group().rstrip(".,")
        a, b = m.start(), m.start() + len(s)
        if (
            _YEARISH.fullmatch(s)
            or re.fullmatch(r"\d{1,2}", s)
            and (_MONTH.search(sent[max(0, a - 12) : a]) or _MONTH.search(sent[b : b + 14]))
        ):
            continue  # a year or a day of a month
        if re.match(r"\s*(?::\d|[ap]\.?m\b)", sent[b : b + 6]):
            continue  # a time of day
        out.append((a, b))
    return out


def items(export: dict[str, Any]) -> list[dict[str, Any]]:
    names = {e["id"]: e["name"] for e in export["entities"]}
    by_doc: dict[str, list[tuple[int, int, str]]] = {}
    for e in export["entities"]:
        if e.get("type") not in _NAMED:
            continue
        for m in e.get("mentions", []):
            by_doc.setdefault(m["doc"], []).append((m["start"], m["end"], m["text"]))
    claims: dict[str, list[dict[str, Any]]] = {}
    for c in export["claims"]:
        if c.get("value") is not None:
            claims.setdefault(c["doc"], []).append(c)
    out = []
    for d in export["documents"]:
        text, ms = d["text"], sorted(by_doc.get(d["id"], []))
        for s0, s1 in sentences(text):
            here = [t for a, b, t in ms if s0 <= a and b <= s1]
            if not here:
                continue
            sent = text[s0:s1]
            cl = []
            for c in claims.get(d["id"], []):
                vs = c.get("value_span") or [-1, -1]
                if s0 <= vs[0] < s1:
                    subj = c.get("subject_text") or "-"
                    ent = names.get(c.get("subject"), "-")
                    cl.append(
                        f"{subj} => {ent} | {c.get('attribute') or '-'} | {c['value']} | {c.get('unit') or '-'}"
                    )
            for a, b in numbers(sent):
                out.append({
                    "doc": d["name"], "start": s0 + a, "end": s0 + b, "number": sent[a:b],
                    "sentence": " ".join((sent[:a] + "[[" + sent[a:b] + "]]" + sent[b:]).split()),
                    "names": "; ".join(dict.fromkeys(here)), "claims": " || ".join(cl),
                    "actor": "", "verdict": "", "note": "",
                })  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m eval.claims.quantities", description=__doc__.split("\n")[0]
    )
    ap.add_argument("export")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--out")
    args = ap.parse_args(argv)
    rows = items(json.loads(Path(args.export).read_text()))
    picked = rows if len(rows) <= args.n else random.Random(args.seed).sample(rows, args.n)
    out = Path(args.out) if args.out else None
    if out is not None and not out.name.endswith(".reading.tsv"):
        out = out.with_name(out.name.removesuffix(".tsv") + ".reading.tsv")
    f = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    w = csv.DictWriter(
        f, fieldnames=list(rows[0]) if rows else ["verdict"], delimiter="\t", lineterminator="\n"
    )
    w.writeheader()
    for r in picked:
        w.writerow(r)
    if out:
        f.close()
        print(f"{len(picked)} of {len(rows)} items -> {out}")
        print(f"once judged: python -m eval.judged --strip {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
