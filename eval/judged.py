"""Text-free committed copies of the readers' judged samples (issue 20).

A sampler writes the reader's file as ``<name>.reading.tsv`` (gitignored: it holds
third-party article text and the names of actors and outlets, which never go into the
repo).  Once the reader has filled the verdicts, ``python -m eval.judged --strip
<name>.reading.tsv`` writes the committed ``<name>.tsv``: record ids, deterministic
ids, character offsets, categorical columns, numbers, and the verdict reduced to its
class (``right``, ``WRONG speaker``, ``genuine``...).  Free-text notes, sentences,
evidence, and every column that holds a name (speaker, subject, entity, actor...) are
dropped; where a row was identified by names, a ``pair`` column keeps a hash of them so
a regenerated reading file can be matched to its verdict again.  The evaluators read
only the committed columns, so their figures are the same from either file.

Run: ``python -m eval.judged --strip eval/claims/judged/claims_fnc_seed9.reading.tsv``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections.abc import Callable
from pathlib import Path

Row = dict[str, str]

#: columns the test (tests/eval/test_judged_text_free.py) refuses in committed files
TEXT_COLUMNS = re.compile(
    r"sentence|statement|text|snippet|context|evidence|quote|note|hedge_words"
    r"|^(names?|entity|joined_to|speaker|via|subject|actor|forms_by_topic)$"
    r"|^(source_[ab]|value_[ab]|claims|claims_v\d+)$"
)
#: the longest cell a committed judged file may hold (a sentence is longer)
MAX_CELL_CHARS = 80
#: two capitalised words in a row: a person's or outlet's name in a reason or a class
NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\b")


def pair_key(*parts: str) -> str:
    """A 12-hex id of the names that identified a row (same names, same id)."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def reduce_verdict(verdict: str) -> str:
    """The class of a reader's verdict, without the reason after it.

    ``right`` -> ``right``; ``WRONG speaker: 'X' filed as...`` -> ``WRONG speaker``;
    ``wrong: speaker kind - 'X' is...`` -> ``wrong speaker kind``; ``genuine pair,
    subject wrong: ...`` -> ``genuine pair``.  The evaluators compare whole verdicts
    (``right``, ``none``...) or their first word (``right``/``genuine``), both kept."""
    v = " ".join(verdict.split())
    if not v:
        return ""
    head, sep, rest = v.partition(":")
    head = re.split(r"[;,(]| - ", head)[0].strip()
    if head.lower() == "wrong" and sep:
        sub = re.split(r" - |[;,(:]", rest)[0].strip()
        if re.fullmatch(r"[a-z][a-z/ -]{0,30}", sub) and len(sub.split()) <= 4:
            head = f"{head} {sub}"
    if not re.fullmatch(r"[A-Za-z][A-Za-z/ -]{0,40}", head):
        raise ValueError(f"verdict {verdict!r}: no class word at its start; write e.g. 'wrong'")
    return head


def doc_id(name: str) -> str:
    """A record name without the headline words some corpora put in file names:
    ``_news_411748_Some-Headline-Words`` -> ``_news_411748`` (still unique: the number
    is the page's id, found again with ``*_news_411748_*``)."""
    m = re.match(r"^(.*?_news_\d+)_", name)
    return m.group(1) if m else name


def _kind(cell: str) -> str:
    """``Ivo Renk [named]`` -> ``named`` (the speaker's kind, not the name)."""
    m = re.search(r"\[([a-z_ -]+)\]", cell)
    return m.group(1) if m else ("" if not cell.strip() else "given")


def _via(cell: str) -> str:
    """Whether a contradiction side names a channel (``via``) or whose account it is."""
    return " ".join(w for w in ("via", "account") if f" {w} " in cell)


def _count(cell: str) -> str:
    return str(len([c for c in cell.split(" || ") if c.strip()]))


def _claims(r: Row) -> Row:
    return {
        "doc": r["doc"], "claim": r["claim"],
        **{k: r[k] for k in ("start", "end") if k in r},
        "speaker_kind": _kind(r.get("speaker", "")),
        "via_given": "yes" if r.get("via", "").strip() else "",
        "attribute": r.get("attribute", ""), "polarity": r.get("polarity", ""),
        "modality": r.get("modality", ""), "hedge": r.get("hedge", ""),
        "verdict": reduce_verdict(r.get("verdict", "")),
    }  # fmt: skip


def _contradictions(r: Row) -> Row:
    return {
        "pair": pair_key(r.get("subject", ""), r.get("value_a", ""), r.get("value_b", "")),
        "attribute": r.get("attribute", ""), "kind": r.get("kind", ""),
        "source_a_kind": _kind(r.get("source_a", "")), "via_a": _via(r.get("source_a", "")),
        "doc_a": doc_id(r.get("doc_a", "")),
        "source_b_kind": _kind(r.get("source_b", "")), "via_b": _via(r.get("source_b", "")),
        "doc_b": doc_id(r.get("doc_b", "")),
        "copies": " ".join(
            "+".join(doc_id(d) for d in group.split("+")) for group in (r.get("copies") or "").split()
        ),
        "verdict": reduce_verdict(r.get("verdict", "")),
    }  # fmt: skip


def _quantities(r: Row) -> Row:
    out = {"seed": r.get("seed", ""), "doc": doc_id(r.get("doc", ""))}
    out.update({k: r[k] for k in ("start", "end") if k in r})
    out["number"] = r["number"]
    for k in r:
        if k.startswith("claims"):
            out[f"n_{k}"] = _count(r[k] or "")
    out["actor_given"] = "yes" if (r.get("actor") or "").strip() not in ("", "-") else ""
    for k in r:
        if k.startswith("verdict"):
            out[k] = reduce_verdict(r[k] or "")
    return out


def _cleaning(r: Row) -> Row:
    return {k: v for k, v in r.items() if k != "note"}


def _merges(r: Row) -> Row:
    return {
        "n": r["n"], "pair": pair_key(r["name"], r["joined_to"]), "how": r["how"],
        "score": r.get("score", ""), "doc": r["doc"],
        "verdict": reduce_verdict(r.get("verdict", "")),
    }  # fmt: skip


def _generic_removed(r: Row) -> Row:
    return {
        "pair": pair_key(r["name"], r["joined_to"]), "how": r["how"], "doc": r["doc"],
        "verdict": reduce_verdict(r.get("verdict", "")), "class": r.get("class", ""),
    }  # fmt: skip


def _modifier_removed(r: Row) -> Row:
    return {
        "pair": pair_key(r["name"], r["joined_to"]), "how": r["how"],
        "name_labels": r["name_labels"], "joined_labels": r["joined_labels"], "doc": r["doc"],
        "verdict": reduce_verdict(r.get("verdict", "")),
    }  # fmt: skip


def _surname_links(r: Row) -> Row:
    return {
        "set": r["set"].replace("Tehran Times", "tehrantimes-mek"), "doc": doc_id(r["doc"]),
        "pair": pair_key(r["name"], r["after"]),
        "before": r["before"].split(":")[0], "after": r["after"].split(":")[0],
        "verdict": reduce_verdict(r.get("verdict", "")),
    }  # fmt: skip


def largest_key(name: str, forms_by_topic: str) -> str:
    """The id of one of ECB+'s largest cross-topic persons (eval/entities/ecbplus.py)."""
    return pair_key(name, forms_by_topic)


def _ecbplus_largest(r: Row) -> Row:
    return {
        "rank": r["rank"], "key": largest_key(r["name"], r["forms_by_topic"]),
        "mentions": r["mentions"], "topics": r["topics"],
        "verdict": reduce_verdict(r.get("verdict", "")),
    }  # fmt: skip


def _time_events(r: Row) -> Row:
    cols = ("n", "record", "start", "end", "type", "value", "precision", "verdict")
    return {k: r.get(k, "") for k in cols}


def _tehrantimes(r: Row) -> Row:
    cols = ("code", "file", "start", "end", "output", "events", "right", "verdict")
    out = {k: r.get(k, "") for k in cols}
    out["file"] = doc_id(out["file"].removesuffix(".txt"))
    return out


#: file-name pattern -> how its rows are stripped (first match wins)
FAMILIES: list[tuple[str, Callable[[Row], Row]]] = [
    (r"^claims_", _claims),
    (r"^contradictions_", _contradictions),
    (r"^quantities_", _quantities),
    (r"^judged_", _cleaning),
    (r"^merges_", _merges),
    (r"^generic_merges_removed", _generic_removed),
    (r"^modifier_merges_removed", _modifier_removed),
    (r"^surname_links", _surname_links),
    (r"^ecbplus_largest", _ecbplus_largest),
    (r"^tehrantimes_judged", _tehrantimes),
    (r"^(fnc|tt|ptc)_seed\d+", _time_events),
    (r"^unseen_pages", dict),
]


def stripper(name: str) -> Callable[[Row], Row]:
    for pattern, fn in FAMILIES:
        if re.search(pattern, name):
            return fn
    raise SystemExit(f"{name}: no strip rule for this file name (add one to eval/judged.py)")


def read(path: Path) -> tuple[list[str], list[Row]]:
    """Leading ``#`` comment lines and rows of a judged TSV."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    comments = [ln for ln in lines if ln.startswith("#")]
    body = [ln for ln in lines if not ln.startswith("#")]
    return comments, list(csv.DictReader(body, delimiter="\t"))


def strip(reading: Path, out: Path | None = None) -> Path:
    """Write the text-free copy of a judged reading file (default: ``.reading`` dropped
    from its name; the same file converted in place when it has no ``.reading``)."""
    out = out or reading.with_name(reading.name.replace(".reading.tsv", ".tsv"))
    if out == reading and not problems(reading):
        return out  # already text-free: stripping twice would drop the ids made from names
    comments, rows = read(reading)
    fn = stripper(out.name)
    kept = [fn(r) for r in rows]
    columns = list(kept[0]) if kept else ["verdict"]
    text = "".join(c.replace("Tehran Times", "tehrantimes-mek") for c in comments)
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(text)
        w = csv.DictWriter(f, columns, delimiter="\t", lineterminator="\n", restval="")
        w.writeheader()
        w.writerows(kept)
    return out


def problems(path: Path) -> list[str]:
    """Why a committed judged file is not text-free (empty when it is)."""
    _, rows = read(path)
    out = [f"column {c!r}" for c in (rows[0] if rows else {}) if TEXT_COLUMNS.search(c)]
    for i, r in enumerate(rows, 1):
        for k, v in r.items():
            if v is not None and len(v) > MAX_CELL_CHARS:
                out.append(f"row {i} {k}: {len(v)} characters")
            elif v and NAME_RUN.search(v):
                out.append(f"row {i} {k}: a capitalised name")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.judged", description=__doc__.split("\n")[0])
    ap.add_argument("--strip", type=Path, nargs="+", required=True, metavar="READING_TSV")
    args = ap.parse_args(argv)
    bad = 0
    for path in args.strip:
        out = strip(path)
        left = problems(out)
        print(f"{path} -> {out}" + (f"  NOT text-free: {left[:3]}" if left else ""))
        bad += bool(left)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
