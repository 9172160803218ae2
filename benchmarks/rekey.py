"""More analysed documents from a few thousand really analysed ones (issue 18, absorb at 100k).

Analysing 100,000 documents takes hours on the shared 2-core machine; the absorb
benchmark only needs what the analysers *give* the building process.  So a base of
documents really cleaned and analysed once (bench_scale.py's cache) is multiplied:
copy ``k`` of a base document is the same document with

- every word re-spelled by copy ``k``'s letter cipher (a bijection of consonants
  among consonants and vowels among vowels, case kept), in the text and in every
  field of every annotation that holds text (mention text and key, claim subject,
  value, source, scope, unit; event summary; link sides; framing targets), so
  offsets, lengths and the ``text == doc.text[start:end]`` invariant hold, an
  acronym still spells its name's initials, and two spellings of one name stay as
  close as before (a bijection keeps edit distances);
- except the words a corpus shares: English stop words, the project's own lexicon
  words (reporting verbs, hedges, roles, organisation heads, countries, months)
  and the name words of the most mentioned actors (in at least
  ``KEEP_NAME_DOC_PCT`` % of the base documents), which keep their spelling across
  copies -- so the big actors accumulate claims, mentions and contradictions over
  the whole store as in a real corpus (a Zipf-like cast), while the long tail and
  the filler become new names and new text in every copy (no text reuse between
  copies of one document);
- a fresh document id (``Document.make_id`` of the new text), input key and name;
  mention, claim, event and framing ids follow from the new document id.

Numbers and dates are kept: values and their normalised forms stay consistent.
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from newsdossier.model import Document
from newsdossier.store.base import Processed

__all__ = ["KEEP_NAME_DOC_PCT", "Rekeyer", "shared_words"]

#: name words in at least this share of the base documents keep their spelling in every copy
KEEP_NAME_DOC_PCT = 1.0
_WORD = re.compile(r"[A-Za-z]+")
_CONSONANTS, _VOWELS = "bcdfghjklmnpqrstvwxyz", "aeiou"
#: fields that hold codes, labels or dates, never text of the document
_CODE = frozenset(
    [
        "analyzer",
        "version",
        "label",
        "type",
        "attribute",
        "source_kind",
        "quote",
        "hedge",
        "status",
        "polarity",
        "modality",
        "resolved",
        "technique",
        "model",
        "target_how",
        "pattern",
        "language",
        "origin",
        "precision",
        "kind",
        "mod",
        "value_kind",
        "end_value",
        "duration",
        "source",
        "record",
        "section",
        "url",
    ]
)
_IDS = frozenset(["participants", "places", "target_mention", "mention_id"])
#: the lexicons whose words a news corpus shares (not the name lists: given names, nicknames
#: and romanisation tables hold the very syllables generated names and filler are made of)
_LEXICONS = ("attribution_verbs.yml", "hedges.yml", "claims", "names/honorifics.yml",
             "names/org_words.yml", "names/countries.yml", "time")  # fmt: skip
_TIME_CODES = frozenset(["value"])  # TimeExpression.value / PublishedDate.value: ISO dates


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """Stop words and the words of the project's curated lexicons of :data:`_LEXICONS`."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = {w.lower() for w in STOP_WORDS}
    root = resources.files("newsdossier") / "data"
    for name in _LEXICONS:
        node = root.joinpath(*name.split("/"))
        files = (
            [node] if not node.is_dir() else [c for c in node.iterdir() if c.name.endswith(".yml")]
        )
        for f in files:
            words.update(w.lower() for w in _WORD.findall(f.read_text(encoding="utf-8")))
    words.update(m.lower() for m in ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"])  # fmt: skip
    return frozenset(words)


def shared_words(base: Sequence[Processed], keep_pct: float = KEEP_NAME_DOC_PCT) -> frozenset[str]:
    """The words every copy keeps: lexicon words, and the words of names mentioned in at
    least ``keep_pct`` % of the ``base`` documents."""
    df: Counter[str] = Counter()
    for p in base:
        if p.annotations is None:
            continue
        df.update({w.lower() for m in p.annotations.mentions for w in _WORD.findall(m.text)})
    floor = keep_pct / 100 * len(base)
    return _lexicon_words() | {w for w, n in df.items() if n >= floor}


def _cipher(copy: int) -> dict[int, str]:
    rng = random.Random(f"rekey-{copy}")
    table: dict[int, str] = {}
    for letters in (_CONSONANTS, _VOWELS):
        shuffled = list(letters)
        rng.shuffle(shuffled)
        for a, b in zip(letters, shuffled, strict=True):
            table[ord(a)], table[ord(a.upper())] = b, b.upper()
    return table


class Rekeyer:
    """Document ``j`` of an endless stream: copy ``j // len(base)`` of base document
    ``j % len(base)`` (copy 0 is the base itself)."""

    def __init__(self, base: Sequence[Processed], keep: frozenset[str] | None = None) -> None:
        self.base = [p for p in base if p.document is not None and p.annotations is not None]
        self.keep = shared_words(self.base) if keep is None else keep
        self._tables: dict[int, dict[int, str]] = {}

    def __getitem__(self, j: int) -> Processed:
        copy, p = divmod(j, len(self.base))
        item = self.base[p]
        return item if copy == 0 else self.copy(item, copy)

    def items(self, lo: int, hi: int) -> list[Processed]:
        return [self[j] for j in range(lo, hi)]

    def copy(self, item: Processed, copy: int) -> Processed:
        table = self._tables.setdefault(copy, _cipher(copy))
        keep = self.keep

        def text(s: str) -> str:
            return _WORD.sub(
                lambda m: m.group() if m.group().lower() in keep else m.group().translate(table), s
            )

        doc, ann = item.document, item.annotations
        assert doc is not None and ann is not None
        new_text = text(doc.text)
        doc_id = Document.make_id(new_text)
        ids: dict[str, str] = {}

        def record(r: Any) -> Any:
            changes: dict[str, Any] = {}
            for f in dataclasses.fields(r):
                v = getattr(r, f.name)
                if f.name == "doc_id":
                    changes[f.name] = doc_id
                elif f.name in _IDS:
                    if isinstance(v, tuple):
                        changes[f.name] = tuple(ids.get(x, x) for x in v)
                    elif v is not None:
                        changes[f.name] = ids.get(v, v)
                elif dataclasses.is_dataclass(v):
                    changes[f.name] = record(v)
                elif isinstance(v, str) and f.name not in _CODE:
                    if f.name in _TIME_CODES and type(r).__name__ in ("TimeExpression",):
                        continue
                    changes[f.name] = text(v)
            new = dataclasses.replace(r, **changes)
            old_id = getattr(r, "id", None)
            if isinstance(old_id, str):
                ids[old_id] = new.id
            return new

        # mentions first: events and framing point at their ids
        changes: dict[str, Any] = {"doc_id": doc_id, "mentions": tuple(map(record, ann.mentions))}
        for f in dataclasses.fields(ann):
            v = getattr(ann, f.name)
            if (
                f.name not in changes
                and isinstance(v, tuple)
                and v
                and dataclasses.is_dataclass(v[0])
            ):
                changes[f.name] = tuple(map(record, v))
        annotations = dataclasses.replace(ann, **changes)
        document = dataclasses.replace(
            doc,
            id=doc_id,
            text=new_text,
            name=f"{doc.name}~{copy}",
            title=text(doc.title) if doc.title else doc.title,
            author=text(doc.author) if doc.author else doc.author,
            removed=tuple(dataclasses.replace(r, text=text(r.text)) for r in doc.removed),
        )
        return dataclasses.replace(
            item,
            key=f"{item.key}~{copy}",
            content_hash=f"{item.content_hash}~{copy}",
            document=document,
            annotations=annotations,
        )
