"""newsdossier: from scraped news articles to a sourced dossier.

The public surface is exactly ``__all__`` (tested).  Importing the package is
cheap: spaCy loads only when a pipeline first runs.
"""

from __future__ import annotations

from .errors import ConfigError, InputError, NewsdossierError, StoreError
from .model import (
    Annotations,
    Document,
    Mention,
    PublishedDate,
    RawRecord,
    Rejection,
    Removed,
    Sentence,
)
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Annotations",
    "ConfigError",
    "Document",
    "Dossier",
    "InputError",
    "Mention",
    "NewsdossierError",
    "PublishedDate",
    "RawRecord",
    "Rejection",
    "Removed",
    "Sentence",
    "Settings",
    "StoreError",
    "__version__",
    "analyze_documents",
    "build",
    "clean_record",
    "open",
    "open_store",
    "read_paths",
]


def __getattr__(name: str) -> object:
    # Heavy parts load on first use, so `import newsdossier` stays fast.
    if name == "build":
        from .run.local import build

        return build
    if name == "open_store":
        from .store.engine import open_store

        return open_store
    if name == "read_paths":
        from .ingest import read_paths

        return read_paths
    if name == "clean_record":
        from .clean import clean_record

        return clean_record
    if name == "open":  # the notebook API (issue 16): nd.open("corpus.db").entities()
        from .notebook import open_dossier

        return open_dossier
    if name == "Dossier":
        from .notebook import Dossier

        return Dossier
    if name == "analyze_documents":
        from .analyze.api import analyze_documents

        return analyze_documents
    raise AttributeError(f"module 'newsdossier' has no attribute {name!r}")
