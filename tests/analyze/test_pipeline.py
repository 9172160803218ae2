from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from newsdossier.analyze.pipeline import Pipeline, Work
from newsdossier.errors import ConfigError


@dataclass
class _Stub:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    version: str = "1"

    def __call__(self, batch: Sequence[Work]) -> None:
        pass


def test_pipeline_checks_requires_before_running() -> None:
    with pytest.raises(ConfigError) as err:
        Pipeline(
            [_Stub("b", ("spacy_docs",), ("mentions",)), _Stub("a", ("document",), ("spacy_docs",))]
        )
    assert err.value.code == "E232"
    assert "requires spacy_docs" in str(err.value)


def test_pipeline_records_versions() -> None:
    p = Pipeline([_Stub("a", ("document",), ("x",), "3")])
    assert p.ran == ("a@3",)
