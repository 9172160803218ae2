"""YAML of the project's own data files (``newsdossier/data``), parsed by libyaml where
PyYAML was built with it: the same SafeConstructor, so the same values (checked on every
data file), about ten times faster than the pure-Python parser, which took ~0.5 CPU-s of
every worker's start-up.  User-supplied YAML (judgements) keeps ``yaml.safe_load``."""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["load"]

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(text: str) -> Any:
    """The data of a YAML document, safely (no Python objects built from tags)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 (a safe loader)
