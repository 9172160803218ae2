"""The per-document stage: clean + analyze a batch of raw records.

This is the function that runs in worker processes.  It never raises for a
bad record: a record that cannot be cleaned or analysed becomes a
:class:`Rejection` with a coded reason, and the rest of the batch goes on.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..analyze.api import _pipeline
from ..clean import clean_record
from ..errors import InputError, NewsdossierError
from ..model import Document, RawRecord, Rejection
from ..settings import Settings
from ..store.base import Processed

__all__ = ["BatchResult", "process_records"]


@dataclass
class BatchResult:
    """What a worker sends back for one batch: the outcomes, in input order, and
    the wall seconds spent in each step (``clean`` and one per analyzer)."""

    items: list[Processed]
    seconds: Counter[str] = field(default_factory=Counter)


def _reject(raw: RawRecord, code: str, reason: str) -> Processed:
    return Processed(
        raw.key, raw.source, raw.record, raw.content_hash,
        rejection=Rejection(raw.source, raw.record, code, reason),
    )  # fmt: skip


def process_records(records: Sequence[RawRecord], settings: Settings) -> BatchResult:
    """Clean and analyse ``records``; one :class:`Processed` per record, in order."""
    out: list[Processed | None] = [None] * len(records)
    docs: list[tuple[int, Document]] = []
    started = time.perf_counter()
    for i, raw in enumerate(records):
        try:
            docs.append((i, clean_record(raw, settings)))
        except InputError as exc:
            out[i] = _reject(raw, exc.code, exc.message)
        except Exception as exc:  # noqa: BLE001 - one bad record must never stop the batch
            out[i] = _reject(raw, "E199", f"cleaning failed: {type(exc).__name__}: {exc}")
    cleaned = time.perf_counter()
    pipeline = _pipeline(settings)
    before = Counter(pipeline.seconds)
    try:
        annotated = pipeline.analyze([d for _, d in docs])
    except NewsdossierError:
        raise  # configuration problems (model not installed) stop the build
    except Exception:  # noqa: BLE001
        # One document broke the batch: analyse one by one to find and reject it.
        annotated = []
        for i, doc in docs:
            try:
                annotated.extend(pipeline.analyze([doc]))
            except Exception as exc:  # noqa: BLE001
                out[i] = _reject(
                    records[i], "E198", f"analysis failed: {type(exc).__name__}: {exc}"
                )
                annotated.append(None)  # type: ignore[arg-type]
    for (i, doc), ann in zip(docs, annotated, strict=True):
        if ann is not None:
            raw = records[i]
            out[i] = Processed(raw.key, raw.source, raw.record, raw.content_hash, doc, ann)
    seconds = pipeline.seconds - before
    seconds["clean"] = cleaned - started
    return BatchResult([p for p in out if p is not None], seconds)
