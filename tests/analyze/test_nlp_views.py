"""One loaded spaCy pipeline, two views: the spaCy stage's NER + sentences and the claims
parse (analyze/nlp.py).  Each view must give exactly what a pipeline loaded with only its
own components gives, so sharing the load changes no output."""

from __future__ import annotations

import spacy

from newsdossier.analyze.claims.syntax import load_parser, parse_sentences
from newsdossier.analyze.nlp import (
    NER_PIPES,
    PARSE_PIPES,
    Parsed,
    load_models,
    load_nlp,
    pipe_chunks,
)
from newsdossier.settings import Settings

MODEL = Settings().spacy_model

# invented, messy: a dateline, a quote, a count, a run-on line and a bare link
_TEXTS = [
    "VELLORN (Harbor Post) - The Harvan Council said on Tuesday it had 4,000 members, "
    "though Ivo Renk, its former treasurer, told reporters the figure was 'a fiction'.",
    "Renk, who left in 2019, has not denied that he bought 400 crates of rifle ammunition "
    "for the Front.   If the council is right, he may face charges\nSource: harborpost.example",
    "“We never met him,” a spokeswoman for the Ostrand Ministry of Trade said. "
    "Nobody else commented.",
]


def _parse_signature(doc: object) -> list[tuple[int, str, str, str, int]]:
    return [(t.i, t.text, t.tag_, t.dep_, t.head.i) for t in doc]  # type: ignore[attr-defined]


def test_both_views_share_one_loaded_pipeline() -> None:
    nlp, parser = load_nlp(MODEL), load_parser(MODEL)
    assert nlp.nlp is parser.nlp is load_models(MODEL)
    assert nlp.pipe_names == [n for n in load_models(MODEL).pipe_names if n in NER_PIPES]
    assert set(parser.pipe_names) == set(PARSE_PIPES)
    doc = next(iter(nlp.pipe([_TEXTS[0]])))
    assert doc.ents and not doc.has_annotation("DEP") and not doc.has_annotation("TAG")
    parsed = parse_sentences(MODEL, [_TEXTS[0]])[0]
    assert parsed.has_annotation("DEP") and parsed.has_annotation("TAG") and not parsed.ents


def test_ner_view_gives_what_a_pipeline_of_ner_and_senter_alone_gives() -> None:
    alone = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                       "lemmatizer"])  # fmt: skip
    alone.enable_pipe("senter")
    expected = pipe_chunks(alone, _TEXTS, 120, 2, light=True)
    got = pipe_chunks(load_nlp(MODEL), _TEXTS, 120, 2, light=True)
    assert got == expected
    assert all(isinstance(p, Parsed) for chunks in got for _, p in chunks)


def test_parse_view_gives_what_a_parser_alone_gives_and_parses_a_repeat_once() -> None:
    alone = spacy.load(MODEL, exclude=["ner", "senter", "attribute_ruler", "lemmatizer"])
    texts = [_TEXTS[1], _TEXTS[2], _TEXTS[1], _TEXTS[0][:90]]
    docs = parse_sentences(MODEL, texts)
    assert [d.text for d in docs] == texts
    assert [_parse_signature(d) for d in docs] == [_parse_signature(d) for d in alone.pipe(texts)]
    assert docs[0] is docs[2]  # the repeat was parsed once
    assert parse_sentences(MODEL, []) == []
