"""User judgements: merge, never-merge, split and alias lists (issue 3).

Judgements are data: each is one row of ``judgements`` with a timestamp, a
note and where it came from (the CLI, an ``--aliases`` file, a FollowTheMoney
watch list).  They survive rebuilds (the resolver re-applies all of them on
every run) and are exported.  Names are compared through ``name_key``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError
from ..store.protocols import JudgementRepository

__all__ = [
    "JUDGEMENT_KINDS",
    "Judgement",
    "add_judgement",
    "iter_judgements",
    "read_aliases_file",
    "read_ftm_watchlist",
]

JUDGEMENT_KINDS = ("merge", "never-merge", "split", "alias")


@dataclass(frozen=True, slots=True)
class Judgement:
    kind: str
    a: str
    b: str | None
    note: str | None = None
    source: str = "cli"
    created_at: str | None = None


def add_judgement(store: JudgementRepository, j: Judgement) -> None:
    if j.kind not in JUDGEMENT_KINDS:
        raise ConfigError(
            f"unknown judgement {j.kind!r}; one of {', '.join(JUDGEMENT_KINDS)}", code="E240"
        )
    if j.kind != "split" and not j.b:
        raise ConfigError(f"a {j.kind} judgement needs two names", code="E241")
    store.add_judgement_row(j.kind, j.a, j.b, j.note, j.source)


def iter_judgements(store: JudgementRepository) -> Iterator[Judgement]:
    for kind, a, b, note, source, at in store.judgement_rows():
        yield Judgement(kind, a, b, note, source, at)


def _rows_from_yaml(data: Any, path: Path) -> Iterator[Judgement]:
    src = f"aliases-file:{path.name}"
    if not isinstance(data, dict):
        raise ConfigError(
            f"{path}: expected a mapping with 'aliases', 'never_merge' or 'split'", code="E242"
        )
    for canonical, aliases in (data.get("aliases") or {}).items():
        for alias in aliases or []:
            yield Judgement("alias", str(canonical), str(alias), None, src)
    for pair in data.get("never_merge") or []:
        if not isinstance(pair, list) or len(pair) != 2:
            raise ConfigError(f"{path}: never_merge items are [name, name] pairs", code="E243")
        yield Judgement("never-merge", str(pair[0]), str(pair[1]), None, src)
    for name in data.get("split") or []:
        yield Judgement("split", str(name), None, None, src)


def read_aliases_file(path: Path) -> list[Judgement]:
    """YAML (``aliases: {canonical: [alias, ...]}``, ``never_merge: [[a, b]]``,
    ``split: [name]``) or CSV with columns ``kind,a,b,note`` (kind: alias,
    merge, never-merge, split; a CSV with columns ``canonical,alias`` is read as
    alias rows)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}", code="E244") from None
    if path.suffix.lower() in (".yml", ".yaml"):
        try:
            return list(_rows_from_yaml(yaml.safe_load(raw), path))
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path} is not valid YAML: {exc}", code="E245") from None
    src = f"aliases-file:{path.name}"
    reader = csv.DictReader(raw.splitlines())
    cols = set(reader.fieldnames or ())
    out: list[Judgement] = []
    if {"canonical", "alias"} <= cols:
        out = [Judgement("alias", r["canonical"], r["alias"], r.get("note"), src) for r in reader]
    elif {"kind", "a"} <= cols:
        out = [Judgement(r["kind"], r["a"], r.get("b") or None, r.get("note"), src) for r in reader]
    else:
        raise ConfigError(
            f"{path}: CSV needs columns canonical,alias or kind,a,b[,note]", code="E246"
        )
    return out


def read_ftm_watchlist(path: Path) -> list[Judgement]:
    """FollowTheMoney entities (one JSON object a line) -> alias judgements.

    Each entity's first ``name`` is canonical; its other names, ``alias``,
    ``weakAlias`` and ``previousName`` values become its aliases.  Mentions of
    any of them then link to one entity.
    """
    out: list[Judgement] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}", code="E244") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            ent = json.loads(line)
            props = ent.get("properties") or {}
        except (json.JSONDecodeError, AttributeError):
            raise ConfigError(
                f"{path}:{n} is not a FollowTheMoney JSON entity", code="E247"
            ) from None
        names = list(props.get("name") or [])
        if not names:
            continue
        src = f"ftm:{ent.get('id', n)}"
        others = names[1:] + [
            v for p in ("alias", "weakAlias", "previousName") for v in props.get(p) or []
        ]
        out.append(Judgement("alias", names[0], names[0], ent.get("schema"), src))
        out.extend(Judgement("alias", names[0], alias, ent.get("schema"), src) for alias in others)
    return out
