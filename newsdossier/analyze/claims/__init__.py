"""Claims: who says what, about whom, with what hedge (issues 5, 15).

Modules follow the data flow: :mod:`.quotes` (quotations across sentences),
:mod:`.speech` (the reporting frames of a sentence), :mod:`.statements` (who
each sentence reports, speakers resolved across the document), :mod:`.syntax`
(values bound to subjects by the dependency parse), :mod:`.modality` (hedges,
polarity, modality), :mod:`.values` (value expressions and their
normalisation), :mod:`.lexicon` (curated YAML, compiled once), :mod:`.extract`
(the analyzer ``newsdossier.claims.v2``).
"""

from __future__ import annotations

from .extract import ClaimExtractor, extract_claims
from .values import normalize_value

__all__ = ["ClaimExtractor", "extract_claims", "normalize_value"]
