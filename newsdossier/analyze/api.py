"""``analyze``: the pure per-document function (clean Document -> Annotations)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ..model import Annotations, Document
from ..settings import Settings
from .pipeline import Pipeline, make_pipeline

__all__ = ["analyze_documents"]


@functools.lru_cache(maxsize=2)
def _pipeline(settings: Settings) -> Pipeline:
    return make_pipeline(settings)


def analyze_documents(
    documents: Sequence[Document], settings: Settings | None = None
) -> list[Annotations]:
    """Annotations for each document, in order (batched through spaCy)."""
    return _pipeline(settings or Settings()).analyze(list(documents))
