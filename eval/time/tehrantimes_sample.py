"""Sample 40 dated sentences with events from ../shared/data/tehrantimes-mek for reading.

Prints, for each sampled sentence: file name, sentence offsets, the sentence
(to the terminal only: third-party text never goes into the repo) and the
events extracted from it.  The judgements made by reading these are in
``tehrantimes_judged.tsv`` (page id, offsets, output, verdict; no article text, no
notes: issue 20).
The pages carry no publication date, so relative dates must stay unresolved.
Run: ``python -m eval.time.tehrantimes_sample [--seed N]`` (default seed 4; the
judgements for other seeds are in ``tehrantimes_judged_seed<N>.tsv``).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from newsdossier.analyze.pipeline import make_pipeline
from newsdossier.model import Document
from newsdossier.settings import Settings

#: only the analyzers events need (the other stages are measured by their own evals)
ANALYZERS = (
    "newsdossier.spacy.v1", "newsdossier.sentences.v1", "newsdossier.mentions.v1",
    "newsdossier.time.v1", "newsdossier.events.v1",
)  # fmt: skip

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "tehrantimes-mek" / "mek"
SEED = 4
SAMPLE = 40


def sample(seed: int = SEED) -> list[tuple[str, int, int, str, list[str]]]:
    files = sorted(DATA.glob("*.txt"))
    pipeline = make_pipeline(Settings(), ANALYZERS)
    pool: list[tuple[str, int, int, str, list[str]]] = []
    for i in range(0, len(files), 32):
        chunk = files[i : i + 32]
        texts = [f.read_text("utf-8") for f in chunk]
        docs = [
            Document(Document.make_id(t), t, str(f), f.stem)
            for f, t in zip(chunk, texts, strict=True)
        ]
        for f, doc, ann in zip(chunk, docs, pipeline.analyze(docs), strict=True):
            by_sent: dict[tuple[int, int], list[str]] = {}
            for e in ann.events:
                if e.time is None:
                    continue
                t = e.time
                by_sent.setdefault((e.start, e.end), []).append(
                    f"{e.type}@{t.value or '-'}/{t.precision} ({t.text!r}, trigger "
                    f"{doc.text[e.trigger_start : e.trigger_end]!r})"
                )
            for (s, t), evs in by_sent.items():
                pool.append((f.name, s, t, doc.text[s:t], evs))
    random.Random(seed).shuffle(pool)
    return sorted(pool[:SAMPLE])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED, help="shuffle seed (default 4)")
    args = parser.parse_args()
    for n, (name, s, e, text, evs) in enumerate(sample(args.seed), 1):
        print(f"#{n} {name} {s}-{e}\n  {' '.join(text.split())}")
        for ev in evs:
            print(f"  -> {ev}")
