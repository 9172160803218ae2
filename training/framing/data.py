"""Load the PTC train/dev splits from ../shared/data/ptc-semeval2020 (see its SOURCE.md)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from newsdossier.analyze.framing.ptc import article_id_from_path, parse_labels, read_article

DEFAULT_ROOT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ptc-semeval2020"


@dataclass
class Article:
    id: str
    text: str
    tc: list[tuple[str, int, int]] = field(default_factory=list)  # (technique, start, end)


def load_split(root: Path, split: str) -> dict[str, Article]:
    articles = {
        article_id_from_path(p): Article(article_id_from_path(p), read_article(p))
        for p in sorted((root / split / "articles").glob("article*.txt"))
    }
    labels = {"train": "train-task2-TC.labels", "dev": "dev-task-TC.labels"}[split]
    with open(root / split / labels, encoding="utf-8") as handle:
        for line in parse_labels(handle):
            assert line.technique is not None
            articles[line.article_id].tc.append((line.technique, line.start, line.end))
    return articles


def train_files(root: Path) -> list[Path]:
    return sorted((root / "train" / "articles").glob("article*.txt")) + [
        root / "train" / "train-task2-TC.labels"
    ]


def data_sha256(root: Path) -> str:
    """sha256 over (relative path, bytes) of every train file used, in sorted order."""
    digest = hashlib.sha256()
    for path in train_files(root):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()
