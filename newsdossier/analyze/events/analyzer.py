"""The registered per-document analyzer: ``newsdossier.events.v1``.

Requires sentences, mentions and time expressions; assigns ``extra["events"]``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...registry import analyzers
from ...settings import Settings
from ..pipeline import Work
from .extract import ANALYZER, VERSION, extract_events

__all__ = ["EventTagger"]


@dataclass
class EventTagger:
    settings: Settings
    name: str = ANALYZER
    version: str = VERSION
    requires: tuple[str, ...] = ("sentences", "mentions", "times")
    assigns: tuple[str, ...] = ("events",)

    def __call__(self, batch: Sequence[Work]) -> None:
        for work in batch:
            work.extra["events"] = extract_events(
                work.sentences, work.extra.get("times", ()), work.mentions
            )


@analyzers.register("newsdossier.events.v1")
def make_event_tagger(settings: Settings) -> EventTagger:
    return EventTagger(settings)
