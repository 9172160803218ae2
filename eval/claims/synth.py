"""Generated documents for reuse evaluation and benchmarks (issue 5).

Texts are pseudo-words from a fixed seed (no real text): a Zipf-weighted mix of
English function words and generated content words, so unrelated documents
share common short phrases the way news does, but never long passages.
"""

from __future__ import annotations

import random

FUNCTION = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "that",
    "is",
    "was",
    "for",
    "on",
    "said",
    "with",
    "by",
    "as",
    "at",
    "from",
    "it",
    "his",
    "its",
    "has",
    "have",
    "an",
    "be",
    "are",
    "were",
    "which",
    "this",
    "not",
    "but",
    "had",
    "after",
    "their",
    "they",
    "who",
    "been",
    "also",
    "more",
    "than",
]
SYLL = [
    "ka",
    "ri",
    "to",
    "ven",
    "mar",
    "el",
    "os",
    "un",
    "dra",
    "pel",
    "qui",
    "sor",
    "tan",
    "bel",
    "vi",
    "no",
    "ha",
    "zu",
    "ler",
    "men",
    "cor",
    "as",
]


_CUM: dict[int, list[float]] = {}


def _weights(n: int) -> list[float]:
    if n not in _CUM:
        total, cum = 0.0, []
        for r in range(n):
            total += 1 / (r + 10)
            cum.append(total)
        _CUM[n] = cum
    return _CUM[n]


def vocabulary(rng: random.Random, n: int = 4000) -> list[str]:
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLL) for _ in range(rng.randint(2, 4))))
    return sorted(words)


_FW = [1 / (r + 2) for r in range(len(FUNCTION))]


def sentence(rng: random.Random, vocab: list[str]) -> str:
    # Zipf-Mandelbrot weights (1/(rank+10)) for content words: the top word is ~1.5 %
    # of content words, as in news; a steeper head makes every window look alike.
    weights = _weights(len(vocab))
    n = rng.randint(12, 26)
    fw = rng.choices(FUNCTION, _FW, k=n)
    cw = rng.choices(vocab, cum_weights=weights, k=n)
    out = [f if rng.random() < 0.4 else c for f, c in zip(fw, cw, strict=True)]
    s = " ".join(out)
    return s[0].upper() + s[1:] + "."


def document(
    rng: random.Random, vocab: list[str], sentences: tuple[int, int] = (18, 30)
) -> list[str]:
    return [sentence(rng, vocab) for _ in range(rng.randint(*sentences))]


def edit(rng: random.Random, vocab: list[str], sents: list[str]) -> tuple[list[str], str]:
    """An edited copy: some of reorder / substitute / insert / excerpt; returns (copy, how)."""
    out = list(sents)
    how = []
    if rng.random() < 0.4:  # excerpt: a contiguous run of at least a third
        k = rng.randint(len(out) // 3, len(out))
        i = rng.randint(0, len(out) - k)
        out = out[i : i + k]
        how.append("excerpt")
    if rng.random() < 0.6:
        rng.shuffle(out)
        how.append("reorder")
    if rng.random() < 0.7:  # substitute 3-10 % of words
        rate = rng.uniform(0.03, 0.10)
        out = [
            " ".join(rng.choice(vocab) if rng.random() < rate else w for w in s.split())
            for s in out
        ]
        how.append("substitute")
    if rng.random() < 0.6:
        for _ in range(rng.randint(1, 4)):
            out.insert(rng.randint(0, len(out)), sentence(rng, vocab))
        how.append("insert")
    return out, "+".join(how) or "verbatim"
