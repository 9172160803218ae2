"""Vocabulary shared by the benchmarks' generated news-like documents."""

from __future__ import annotations

#: News words for generated sentences; bench_build uses the first 23 (its corpus must
#: stay comparable across runs), bench_web all of them.
WORDS: tuple[str, ...] = (
    "council",
    "minister",
    "said",
    "talks",
    "river",
    "dispute",
    "delegation",
    "camp",
    "members",
    "group",
    "statement",
    "army",
    "border",
    "report",
    "officials",
    "city",
    "province",
    "meeting",
    "agreement",
    "protest",
    "court",
    "ruling",
    "week",
    "ceasefire",
    "election",
    "sanctions",
    "convoy",
    "exile",
    "refugees",
    "spokesman",
    "parliament",
)
