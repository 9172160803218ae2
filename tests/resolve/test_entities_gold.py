"""Entity resolution against our own gold (eval/entities, issue 3): pinned floors.

Builds the ten invented fixture articles (about 3 s with spaCy) and scores
pairwise precision/recall; floors come from eval/entities/baseline.json.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsdossier.cli import run

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from eval.entities.evaluate import FIXTURES, build_store, gold_pairs, score  # noqa: E402
from newsdossier.store.sqlite import open_store  # noqa: E402


def test_entities_gold_pairwise_floors(tmp_path: Path) -> None:
    base = json.loads((ROOT / "eval" / "entities" / "baseline.json").read_text())
    pairs = gold_pairs()
    assert sum(same for *_, same in pairs) >= 80 and sum(not same for *_, same in pairs) >= 40
    db = tmp_path / "gold.db"
    build_store([str(FIXTURES)], db)
    with open_store(str(db), readonly=True) as store:
        result = score(store, pairs)
    assert result["precision"] >= base["precision"], result["errors"]
    assert result["recall"] >= base["recall"], result["errors"]

    # the CLI explains and corrects: --why, never-merge stored and applied, export carries it
    assert run(["show", "HNV", "--db", str(db), "--why"]) == 0
    assert (
        run(["entities", "never-merge", "HNV", "Nejat Movement", "--db", str(db), "--note", "test"])
        == 0
    )
    with open_store(str(db), readonly=True) as store:
        ents = {e for (e,) in store.conn.execute(
            "SELECT entity_id FROM mentions WHERE text IN ('HNV', 'Nejat Movement')")}  # fmt: skip
        assert len(ents) == 2
    out = tmp_path / "x.json"
    assert run(["export", "--db", str(db), "-o", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["relations"] and all(r["evidence"] for r in data["relations"])
    assert any(j["kind"] == "never-merge" for e in data["entities"] for j in e["judgements"])
