"""The registered per-document analyzer: ``newsdossier.time.v1``.

Assigns ``extra["times"]`` (an :class:`~newsdossier.model.Annotations` field),
anchored to ``Document.published`` only.  Cost measured on the Tehran Times
pages: see eval/time/README.md (well under 1 ms per article).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...registry import analyzers
from ...settings import Settings
from ..pipeline import Work
from .expressions import ANALYZER, VERSION, extract_times
from .posts import page_anchor_date
from .reposts import original_date

__all__ = ["TimeTagger"]


@dataclass
class TimeTagger:
    settings: Settings
    name: str = ANALYZER
    version: str = VERSION
    requires: tuple[str, ...] = ("document",)
    assigns: tuple[str, ...] = ("times",)

    def __call__(self, batch: Sequence[Work]) -> None:
        for work in batch:
            doc = work.document
            # a reprint counts from the original's date (reposts.py); a page of several
            # dated posts keeps only what they agree on (posts.py)
            anchor = page_anchor_date(original_date(doc.published, doc.removed), doc.removed)
            work.extra["times"] = extract_times(doc.text, doc.id, anchor)


@analyzers.register("newsdossier.time.v1")
def make_time_tagger(settings: Settings) -> TimeTagger:
    return TimeTagger(settings)
