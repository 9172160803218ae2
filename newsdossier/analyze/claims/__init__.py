"""Claims: attribute, value, subject, source and hedge of each checkable clause (issue 5).

Modules follow the data flow: :mod:`.values` (value expressions and their
normalisation), :mod:`.lexicon` (curated YAML, compiled once),
:mod:`.attribution` (who says it), :mod:`.extract` (the analyzer
``newsdossier.claims.v1``).
"""

from __future__ import annotations

from .extract import ClaimExtractor, extract_claims
from .values import normalize_value

__all__ = ["ClaimExtractor", "extract_claims", "normalize_value"]
