"""Cross-document entity coreference on ECB+ (issue 16): B³ over named participants.

    .venv/bin/python -m eval.entities.ecbplus                  # all 43 topics, floors checked
    .venv/bin/python -m eval.entities.ecbplus --topics 1,2,3   # a quick look
    .venv/bin/python -m eval.entities.ecbplus --largest-tsv PATH [--contexts]

Reads ``../shared/data/ecbplus`` (CC BY 3.0 annotation over news found by
search; never copied into the repo) and skips when it is absent.

What is scored (our choices, stated because ECB+ has no official entity setup):

- **Documents**: all 982 (ECB and ECB+ halves of the 43 topics) built into *one*
  store, so a merge across topics is a merge the resolver really made.  Tokens
  are joined back into text with a light detokeniser (no space before
  ``, . ; : ! ? ) 's n't``, none after ``( $``), none around a hyphen token ("T - Mobile" was a
  hyphenated word far more often than a dash), one sentence per line; the
  tokenised source URL that opens every ``ecbplus`` file (sentence 0) is left
  out: it is not article text.
- **Gold mentions**: ``HUMAN_PART_PER``, ``HUMAN_PART_ORG`` and
  ``HUMAN_PART_GPE`` markables inside the sentences selected for coreference
  annotation (``ECBplus_coreference_sentences.csv``, as the release README
  recommends) that are *named*: one of their tokens is capitalised and is not
  just the capitalised first word of its sentence (a pronoun, "Police",
  "Officials" are not names), and every word after a determiner is capitalised
  or a connector ("Oklahoma man", "Obama administration" are descriptions),
  and that take part in the coreference annotation (a relation holds them:
  markables with none were not annotated for coreference, scoring them as
  singletons punished every merge of them).  Their cluster is the cross-document instance id
  (``CROSS_DOC_COREF`` note), else the intra-document chain.
- **System**: each gold mention takes the entity of the store mention that
  overlaps it most (ties: the shorter mention); a gold mention with no linked
  store mention is a singleton of its own.
- **B³** over all gold mentions of all topics together (a wrong cross-topic
  merge costs precision): ``b3_found_mentions`` scores the gold mentions the
  build found a name for (the resolver's figure, floors pinned in
  ``baseline.json``); ``b3_all_topics`` also counts the tagger's misses, each a
  singleton.  ECB+ annotates each topic on its own, so one person
  in two topics has two gold instances; such a merge also costs precision here,
  which is why the largest cross-topic person entities are also read and judged
  by hand (``--largest-tsv`` writes them, ``--contexts`` prints a line of each
  topic's text to judge them by: write it to ``judged/<name>.reading.tsv``,
  gitignored, as it names people; ``python -m eval.judged --strip`` makes the
  committed copy, ``judged/ecbplus_largest_persons.tsv``: rank, a key hashed from
  the name and its surface forms per topic, counts and the verdict, no names, no
  ECB+ text).  Each run looks its 40 largest up in the judged copy by that key
  (same name, same forms per topic) and fails on a "wrong" verdict; rows not
  judged yet are counted and printed.
  B³ within each topic (system clusters cut at topic borders) is printed too.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "data" / "ecbplus"
BASELINE = HERE / "baseline.json"
JUDGED = HERE / "judged" / "ecbplus_largest_persons.tsv"
_TYPES = {"HUMAN_PART_PER": "PER", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_GPE": "GPE"}
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m"})  # fmt: skip
_NO_SPACE_AFTER = frozenset({"(", "[", "$"})
# one flipped cluster among ~5,000 mentions moves B³ by ~0.0002
EPSILON = 0.0005


@dataclass
class GoldMention:
    doc: str
    start: int
    end: int
    type: str
    cluster: str
    text: str
    descriptor: str


@dataclass
class EcbDoc:
    topic: str
    name: str
    text: str
    mentions: list[GoldMention] = field(default_factory=list)


def _selected_sentences(root: Path) -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    with (root / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return out


def _is_name_token(tok: str, sentence_initial: bool, mid: set[str], lower: set[str]) -> bool:
    """Capitalised and not only because it starts a sentence: a sentence-initial
    word counts when the document also writes it capitalised mid-sentence and
    never in lower case ("Lohan" yes; "Police", "He" no)."""
    if not tok[:1].isupper():
        return False
    return not sentence_initial or (tok in mid and tok.lower() not in lower)


_DETERMINERS = frozenset({"the", "a", "an"})
_CONNECTORS = frozenset({"of", "the", "and", "&", "de", "du", "la", "le", "van", "von", "der",
                         "al", "el", "bin", "da", "di", "lo"})  # fmt: skip


def _is_proper(tok_text: dict[str, str], tids: list[str]) -> bool:
    """A name, not a description with a name in it: after a determiner, every word is
    capitalised, a connector ("of", "de") or punctuation ("Oklahoma man", "Obama
    administration", "government of Sudan" are not; "The New Orleans Saints" is)."""
    toks = [tok_text[t] for t in tids]
    while toks and toks[0].lower() in _DETERMINERS:
        toks = toks[1:]
    while toks and toks[-1] in ("'s", "'", "’s"):
        toks = toks[:-1]
    words = [t for t in toks if any(c.isalpha() for c in t)]
    return bool(words) and all(w[0].isupper() or w.lower() in _CONNECTORS for w in words)


@dataclass
class Joined:
    """An ECB+ file's tokens joined back into text: ``offsets`` maps a token id to its
    character span in ``text``."""

    text: str
    offsets: dict[str, tuple[int, int]]
    tok_text: dict[str, str]
    tok_sent: dict[str, int]
    first_of_sentence: set[str]


def join_tokens(root: ET.Element, plus: bool) -> Joined:
    """The document's text, one sentence per line, with each token's offsets (see the
    module docstring: the detokeniser, and the URL of an ``ecbplus`` file left out)."""
    parts: list[str] = []
    j = Joined("", {}, {}, {}, set())
    pos = 0
    last_sent = None
    prev = ""
    for tok in root.iter("token"):
        sent = int(tok.get("sentence", "0"))
        if plus and sent == 0:
            continue
        t = tok.text or ""
        tid = tok.get("t_id", "")
        if last_sent is not None and sent != last_sent:
            parts.append("\n")
            pos += 1
            prev = ""
        if sent != last_sent:
            j.first_of_sentence.add(tid)
        elif t not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER and "-" not in (t, prev):
            parts.append(" ")
            pos += 1
        j.offsets[tid] = (pos, pos + len(t))
        j.tok_text[tid] = t
        j.tok_sent[tid] = sent
        parts.append(t)
        pos += len(t)
        last_sent, prev = sent, t
    j.text = "".join(parts)
    return j


def read_document(path: Path, selected: set[int]) -> EcbDoc:
    """One ECB+ file as text with gold named-participant mentions (character offsets)."""
    tree = ET.parse(path)
    root = tree.getroot()
    j = join_tokens(root, path.stem.endswith("ecbplus"))
    text, offsets, tok_text = j.text, j.offsets, j.tok_text
    tok_sent, first_of_sentence = j.tok_sent, j.first_of_sentence
    topic = path.parent.name
    doc = EcbDoc(topic, path.stem, text)
    descriptors: dict[str, str] = {}
    anchors: dict[str, tuple[str, list[str]]] = {}
    markables = root.find("Markables")
    for m in markables if markables is not None else ():
        tids = [a.get("t_id", "") for a in m.findall("token_anchor")]
        mid = m.get("m_id", "")
        if not tids:
            descriptors[mid] = m.get("TAG_DESCRIPTOR", "")
        elif m.tag in _TYPES:
            anchors[mid] = (_TYPES[m.tag], tids)
    cluster: dict[str, str] = {}
    desc_of: dict[str, str] = {}
    relations = root.find("Relations")
    for r in relations if relations is not None else ():
        srcs = [s.get("m_id", "") for s in r.findall("source")]
        tgt = r.find("target")
        tid = tgt.get("m_id", "") if tgt is not None else ""
        if r.tag == "CROSS_DOC_COREF":
            for s in srcs:
                cluster[s] = "x:" + r.get("note", "")
                desc_of[s] = descriptors.get(tid, "")
        elif r.tag == "INTRA_DOC_COREF":
            for s in [*srcs, tid]:
                cluster.setdefault(s, f"i:{path.stem}:{tid}")
    mid_caps = {t for i, t in tok_text.items() if i not in first_of_sentence and t[:1].isupper()}
    lower = {t for t in tok_text.values() if t[:1].islower()}
    for mid, (typ, tids) in anchors.items():
        tids = [t for t in tids if t in offsets]
        if not tids or tok_sent[tids[0]] not in selected:
            continue
        if not any(
            _is_name_token(tok_text[t], t in first_of_sentence, mid_caps, lower) for t in tids
        ) or not _is_proper(tok_text, tids):
            continue
        if mid not in cluster:
            continue  # a markable left out of coreference annotation: not scored
        s, e = offsets[tids[0]][0], offsets[tids[-1]][1]
        doc.mentions.append(
            GoldMention(path.stem, s, e, typ, cluster[mid], text[s:e], desc_of.get(mid, ""))
        )
    return doc


def read_corpus(root: Path, topics: set[str] | None = None) -> list[EcbDoc]:
    selected = _selected_sentences(root)
    docs = []
    for path in sorted((root / "ECB+").glob("*/*.xml"), key=lambda p: (int(p.parent.name), p.name)):
        if topics and path.parent.name not in topics:
            continue
        docs.append(read_document(path, selected.get(path.stem, set())))
    return docs


def b_cubed(gold: dict[str, str], system: dict[str, str]) -> dict[str, float]:
    """B³ precision/recall/F1 over the items of ``gold`` (item -> cluster id)."""
    g_members: dict[str, set[str]] = defaultdict(set)
    s_members: dict[str, set[str]] = defaultdict(set)
    for item, c in gold.items():
        g_members[c].add(item)
        s_members[system[item]].add(item)
    p = r = 0.0
    for item in gold:
        g, s = g_members[gold[item]], s_members[system[item]]
        both = len(g & s)
        p += both / len(s)
        r += both / len(g)
    n = len(gold) or 1
    p, r = p / n, r / n
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}  # fmt: skip


def build_store(
    docs: list[EcbDoc], db: Path, reuse: bool = False
) -> tuple[object, dict[str, str], dict[str, float]]:
    """Analyse and resolve every document into a store at ``db``; ``(store, doc id -> name)``.

    ``reuse``: the store at ``db`` already holds the analysed documents (a
    resolver-only experiment): its resolution is reset and run again."""
    from newsdossier.analyze.api import analyze_documents
    from newsdossier.model import Document
    from newsdossier.resolve import run_resolvers
    from newsdossier.resolve.entities import reset_resolution
    from newsdossier.settings import Settings
    from newsdossier.store.base import Processed
    from newsdossier.store.sqlite import open_store

    settings = Settings()
    store = open_store(str(db))
    names: dict[str, str] = {}
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    if reuse:
        names = dict(store.conn.execute("SELECT id, name FROM documents"))
        reset_resolution(store)
        run_resolvers(store, settings, seconds)
        return store, names, seconds
    for b in range(0, len(docs), 64):
        batch = [Document(Document.make_id(f"{d.name}\x1f{d.text}"), d.text, "ecbplus", d.name)
                 for d in docs[b : b + 64]]  # fmt: skip
        names.update((d.id, d.name) for d in batch)
        store.write_batch([Processed(d.id, d.source, d.name, d.id, d, a)
                           for d, a in zip(batch, analyze_documents(batch, settings), strict=True)])  # fmt: skip
    seconds["analyze"] = time.perf_counter() - started
    run_resolvers(store, settings, seconds)
    return store, names, seconds


def system_clusters(store: object, names: dict[str, str], docs: list[EcbDoc]) -> dict[str, str]:
    """Gold mention key -> system entity (or a singleton id)."""
    conn = store.conn  # type: ignore[attr-defined]
    by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for doc_id, s, e, eid in conn.execute(
        'SELECT document_id, start, "end", entity_id FROM mentions WHERE entity_id IS NOT NULL'
        " AND kind != 'fragment'"
    ):
        by_doc[names[doc_id]].append((s, e, eid))
    out: dict[str, str] = {}
    for d in docs:
        for g in d.mentions:
            key = f"{g.doc}:{g.start}"
            best = None
            for s, e, eid in by_doc.get(d.name, ()):
                ov = min(e, g.end) - max(s, g.start)
                if ov > 0:
                    rank = (ov, -(e - s))
                    if best is None or rank > best[0]:
                        best = (rank, eid)
            out[key] = best[1] if best else "single:" + key
    return out


def largest_cross_topic_persons(
    store: object, names: dict[str, str], n: int = 40
) -> list[dict[str, object]]:
    """The ``n`` person entities with most mentions that span two topics or more."""
    conn = store.conn  # type: ignore[attr-defined]
    rows = conn.execute(
        'SELECT e.id, e.name, m.document_id, m.text, m.kind, m.start, m."end", d.text FROM entities e'
        " JOIN mentions m ON m.entity_id = e.id JOIN documents d ON d.id = m.document_id"
        " WHERE e.type = 'person'"
    ).fetchall()
    ents: dict[str, dict[str, object]] = {}
    for eid, name, doc, text, _kind, s, e, body in rows:
        topic = names[doc].split("_", 1)[0]
        ent = ents.setdefault(
            eid,
            {"id": eid, "name": name, "mentions": 0, "topics": defaultdict(Counter), "context": {}},
        )
        ent["mentions"] += 1  # type: ignore[operator]
        ent["topics"][topic][text] += 1  # type: ignore[index]
        ctx = ent["context"]
        if topic not in ctx and " " in text:  # type: ignore[operator]
            line_start = body.rfind("\n", 0, s) + 1
            line_end = body.find("\n", e)
            ctx[topic] = (
                f"{names[doc]}: " + body[line_start : line_end if line_end >= 0 else None][:200]
            )  # type: ignore[index]
    multi = [x for x in ents.values() if len(x["topics"]) >= 2]  # type: ignore[arg-type]
    multi.sort(key=lambda x: (-x["mentions"], x["name"]))  # type: ignore[operator]
    return multi[:n]


def _forms(r: dict[str, object]) -> str:
    """ "t9: Obama×18, Barack Obama×10 | t34: ..." (surface forms per topic)."""
    return " | ".join(
        f"t{t}: " + ", ".join(f"{k}×{v}" for k, v in sorted(c.items(), key=lambda kv: -kv[1]))
        for t, c in sorted(r["topics"].items(), key=lambda kv: int(kv[0]))  # type: ignore[attr-defined]
    )


def read_judged(path: Path = JUDGED) -> dict[str, tuple[str, str]]:
    """``key -> (verdict, note)`` of the judged copy: the committed copy holds the key
    (a hash of the name and its forms per topic, no names: issue 20), the reader's
    ``.reading.tsv`` the name and forms themselves."""
    from eval.judged import largest_key

    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        return {
            (r.get("key") or largest_key(r["name"], r["forms_by_topic"])): (
                r.get("verdict") or "",
                r.get("note") or "",
            )
            for r in csv.DictReader(f, delimiter="\t")
        }


def judge_largest(
    rows: list[dict[str, object]], judged: dict[str, tuple[str, str]]
) -> dict[str, object]:
    """Verdicts of the judged copy for these rows: counts and the wrong ones."""
    from eval.judged import largest_key

    verdicts = [judged.get(largest_key(str(r["name"]), _forms(r)), ("", ""))[0] for r in rows]
    return {
        "right": verdicts.count("right"),
        "wrong": verdicts.count("wrong"),
        "unjudged": sum(v not in ("right", "wrong") for v in verdicts),
        "wrong_names": [str(r["name"]) for r, v in zip(rows, verdicts, strict=True) if v == "wrong"],
        "unjudged_names": [str(r["name"]) for r, v in zip(rows, verdicts, strict=True)
                           if v not in ("right", "wrong")],
    }  # fmt: skip


def write_largest_tsv(rows: list[dict[str, object]], path: Path, judged: Path | None) -> None:
    """The reader's TSV of the largest cross-topic persons: names and surface forms (no
    ECB+ text); verdicts carried over from ``judged`` for rows with the same name and
    the same surface forms per topic.  Write it as ``*.reading.tsv`` (gitignored: it
    names people); ``python -m eval.judged --strip`` makes the committed copy."""
    from eval.judged import largest_key

    old = read_judged(judged) if judged is not None else {}
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["rank", "name", "mentions", "topics", "forms_by_topic", "verdict", "note"])
        for i, r in enumerate(rows, 1):
            forms = _forms(r)
            verdict, note = old.get(largest_key(str(r["name"]), forms), ("", ""))
            w.writerow([i, r["name"], r["mentions"], len(r["topics"]), forms, verdict, note])  # type: ignore[arg-type]


def print_contexts(rows: list[dict[str, object]]) -> None:
    """One line of each topic's text per row, to judge by (printed, never stored)."""
    for i, r in enumerate(rows, 1):
        print(f"{i}. {r['name']}: {_forms(r)}")
        for _, line in sorted(r["context"].items(), key=lambda kv: int(kv[0])):  # type: ignore[attr-defined]
            print(f"     {line}")


def evaluate(
    topics: set[str] | None = None,
    largest_tsv: Path | None = None,
    db: Path | None = None,
    contexts: bool = False,
) -> dict[str, object]:
    docs = read_corpus(SHARED, topics)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        reuse = db is not None and db.exists()
        store, names, seconds = build_store(docs, db or Path(tmp) / "ecb.db", reuse)
        system = system_clusters(store, names, docs)
        gold = {f"{g.doc}:{g.start}": g.cluster for d in docs for g in d.mentions}
        topic_of = {f"{g.doc}:{g.start}": d.topic for d in docs for g in d.mentions}
        largest = largest_cross_topic_persons(store, names)
        if largest_tsv is not None:
            write_largest_tsv(largest, largest_tsv, JUDGED)
        if contexts:
            print_contexts(largest)
        store.close()  # type: ignore[attr-defined]
    per_topic = {k: f"{topic_of[k]}:{v}" for k, v in system.items()}
    matched = {k for k, v in system.items() if not v.startswith("single:")}
    types = Counter(g.type for d in docs for g in d.mentions)
    out: dict[str, object] = {
        "documents": len(docs), "topics": len({d.topic for d in docs}),
        "gold_mentions": len(gold), "gold_types": dict(types),
        "gold_clusters": len(set(gold.values())),
        "unmatched_gold_mentions": sum(v.startswith("single:") for v in system.values()),
        "b3_all_topics": b_cubed(gold, system), "b3_within_topic": b_cubed(gold, per_topic),
        # gold mentions the build found a name for (the tagger's misses left out)
        "b3_found_mentions": b_cubed({k: gold[k] for k in matched}, system),
        "cross_topic_person_entities": len(largest),
        "largest_persons_judged": judge_largest(largest, read_judged()),
        "seconds": round(time.perf_counter() - started, 1),
        "resolver_seconds": {k: round(v, 1) for k, v in seconds.items()},
    }  # fmt: skip
    for typ in ("PER", "ORG", "GPE"):
        keys = {f"{g.doc}:{g.start}" for d in docs for g in d.mentions if g.type == typ}
        out[f"b3_{typ}"] = b_cubed({k: gold[k] for k in keys}, system)
    return out


def check(result: dict[str, object], floors: dict[str, object]) -> list[str]:
    """Floors are ``{"<score>": {"precision": p, "f1": f, ...}}`` over the scores of
    :func:`evaluate` ("b3_found_mentions", "b3_all_topics"); other keys are notes or
    the ceiling "max_wrong_largest_persons" (checked in :func:`main`)."""
    low = []
    for score, want in floors.items():
        if not isinstance(want, dict):
            continue
        got = result[score]
        for k, v in want.items():
            if got[k] + EPSILON < v:  # type: ignore[index]
                low.append(f"{score} {k} {got[k]:.4f} < floor {v:.4f}")  # type: ignore[index]
    return low


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--topics", help="comma-separated topic numbers (default: all 43)")
    ap.add_argument(
        "--largest-tsv", type=Path, help="write the 40 largest cross-topic persons here"
    )
    ap.add_argument(
        "--contexts", action="store_true",
        help="print a line of text of each topic of the largest persons, to judge them",
    )  # fmt: skip
    ap.add_argument(
        "--db", type=Path,
        help="keep the analysed store here; if it exists, only re-run the resolvers on it",
    )  # fmt: skip
    args = ap.parse_args(argv)
    if not (SHARED / "ECB+").is_dir():
        print("../shared/data/ecbplus is absent; skipped")
        return 0
    topics = set(args.topics.split(",")) if args.topics else None
    result = evaluate(topics, args.largest_tsv, args.db, args.contexts)
    print(json.dumps(result, indent=1))
    if topics:
        return 0
    floors = json.loads(BASELINE.read_text(encoding="utf-8")).get("ecbplus", {})
    low = check(result, floors)
    judged = result["largest_persons_judged"]
    ceiling = int(floors.get("max_wrong_largest_persons", 0))  # type: ignore[call-overload]
    if judged["wrong"] > ceiling:  # type: ignore[index,operator]
        low.append(
            f"wrong merges among the largest cross-topic persons: {judged['wrong_names']}"  # type: ignore[index]
            f" > ceiling {ceiling}"
        )
    elif judged["wrong"]:  # type: ignore[index]
        print(f"judged wrong (at the ceiling {ceiling}, target 0): {judged['wrong_names']}")  # type: ignore[index]
    if judged["unjudged"]:  # type: ignore[index]
        print(f"not judged yet (--largest-tsv, --contexts): {judged['unjudged_names']}")  # type: ignore[index]
    for line in low:
        print("BELOW FLOOR ecbplus " + line)
    n = sum(len(v) for v in floors.values() if isinstance(v, dict)) + 1  # + no wrong merge
    print(f"ecbplus floors: {n - len(low)}/{n} met (baseline.json, {JUDGED.name})")
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())
