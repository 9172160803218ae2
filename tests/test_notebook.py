"""The notebook API (issue 16): a built store as pandas DataFrames, and the README example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsdossier as nd
from newsdossier.errors import ConfigError, NewsdossierError

pd = pytest.importorskip("pandas")

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture()
def dossier(sample_db: Path):
    d = nd.open(str(sample_db))
    yield d
    d.close()


@pytest.mark.issue(16)
def test_notebook_entities_and_entity_view(dossier) -> None:
    ents = dossier.entities()
    assert isinstance(ents, pd.DataFrame)
    assert list(ents.columns) == ["id", "name", "type", "mentions", "documents", "aliases"]
    assert len(ents) > 10 and ents["mentions"].is_monotonic_decreasing
    top = ents.iloc[0]
    view = dossier.entity(top["name"])
    assert view.id == top["id"]
    aliases = view.aliases()
    assert set(aliases["name"]) >= set(top["aliases"])
    mentions = view.mentions()
    assert len(mentions) == top["mentions"]


@pytest.mark.issue(16)
def test_notebook_rows_carry_provenance(dossier, sample_db: Path) -> None:
    """Every span in a DataFrame is the text it claims to be in its document."""
    from newsdossier.store.sqlite import open_store

    with open_store(str(sample_db), readonly=True) as store:
        texts = {d["id"]: d["text"] for d in store.iter_documents()}
    view = dossier.entity(dossier.entities().iloc[0]["name"])
    for frame in (view.mentions(), view.claims(), dossier.claims()):
        assert len(frame) > 0
        for row in frame.itertuples():
            assert texts[row.doc][row.start : row.end] == row.text
    for ev in dossier.events().itertuples():
        assert ev.evidence and all(doc in texts for doc, _, _ in ev.evidence)


@pytest.mark.issue(16)
def test_notebook_events_keep_precision(dossier) -> None:
    events = dossier.events()
    assert events["date_value"].notna().all()  # undated ones only on request
    assert len(dossier.events(undated=True)) >= len(events)
    decades = events[events["date_precision"] == "decade"]
    assert len(decades) > 0
    assert all(re.fullmatch(r"\d{4}s", d) for d in decades["date"])
    timeline = dossier.entity(dossier.entities().iloc[0]["name"]).timeline()
    assert list(timeline["date_value"]) == sorted(timeline["date_value"])


def test_notebook_unknown_entity(dossier) -> None:
    with pytest.raises(NewsdossierError) as err:
        dossier.entity("No Such Actor Anywhere")
    assert err.value.code == "E702"


def test_notebook_without_pandas(dossier, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    real = importlib.import_module

    def no_pandas(name: str, *args: object) -> object:
        if name == "pandas":
            raise ImportError("no pandas here")
        return real(name, *args)

    monkeypatch.setattr(importlib, "import_module", no_pandas)
    with pytest.raises(ConfigError) as err:
        dossier.entities()
    assert err.value.code == "E701" and "newsdossier[notebook]" in str(err.value)


@pytest.mark.issue(16)
def test_notebook_readme_example_runs(sample_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's notebook example, as written, against the bundled sample corpus."""
    text = README.read_text("utf-8")
    section = text[text.index("## In a notebook") :]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert code is not None
    monkeypatch.chdir(sample_db.parent)
    (sample_db.parent / "corpus.db").unlink(missing_ok=True)
    (sample_db.parent / "corpus.db").symlink_to(sample_db)
    exec(compile(code.group(1), "README.md", "exec"), {})
