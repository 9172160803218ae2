"""Dated events per sentence (issue 4): type, date, participants, places, evidence."""

from .extract import extract_events, summarize
from .lexicon import EVENT_TYPES, STRONG_TYPES

__all__ = ["EVENT_TYPES", "STRONG_TYPES", "extract_events", "summarize"]
