"""Temporal expressions (issue 4): find, normalise, anchor to the publication date."""

from .anchoring import Anchor, make_anchor
from .expressions import extract_times

__all__ = ["Anchor", "extract_times", "make_anchor"]
