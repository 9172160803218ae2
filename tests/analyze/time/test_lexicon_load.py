"""The time and events data files: parsed once per process, the values of a safe load."""

from __future__ import annotations

import pytest
import yaml

from newsdossier.analyze.time.lexicon import DATA_DIR, load_yaml


@pytest.mark.parametrize("name", sorted(p.name for p in DATA_DIR.glob("*.yml")))
def test_load_yaml_gives_the_safe_loaders_values(name: str) -> None:
    assert load_yaml(name) == yaml.safe_load((DATA_DIR / name).read_text("utf-8"))


def test_load_yaml_gives_each_caller_its_own_copy() -> None:
    first = load_yaml("calendar.yml")
    months = dict(first["months"])
    first["months"].clear()  # one importer editing its data
    first["invented"] = 1
    second = load_yaml("calendar.yml")
    assert second["months"] == months
    assert "invented" not in second
