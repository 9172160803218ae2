"""Name normalisation now lives in :mod:`newsdossier.names` (issue 18), a bottom-layer
module the store, analysis and resolution all import; this module re-exports it so
analysis code keeps its short relative imports."""

from __future__ import annotations

from ...names import (
    _data,
    acronyms_of,
    country_names,
    demonyms,
    honorifics,
    is_acronym,
    name_key,
    org_words,
    skeleton,
    strip_honorifics,
    translit_key,
)

__all__ = [
    "_data", "acronyms_of", "country_names", "demonyms", "honorifics", "is_acronym",
    "name_key", "org_words", "skeleton", "strip_honorifics", "translit_key",
]  # fmt: skip
