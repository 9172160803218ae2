"""The shipped framing model: contract, offsets, batching, the TC setting."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdossier.analyze.framing as framing
from newsdossier.analyze.framing import TECHNIQUES, FramingSpan, load_framing_model
from newsdossier.analyze.framing._model import default_model_dir

needs_weights = pytest.mark.skipif(
    not (default_model_dir() / "meta.json").is_file(), reason="framing weights not built"
)

# Our own sentences, written for these tests (no PTC text).
ARTICLE = (
    "Corrupt elites betray the nation again\n\n"
    "The so-called experts want you to believe that everything is fine.\n"
    "But what about the thugs who destroyed our beautiful city?\n"
    "This disgraceful, shameful regime will stop at nothing to silence patriots.\n"
    "Enough is enough!\n"
    "According to a respected professor, the plan is a total catastrophe for every family.\n"
    "They lied, they lied, and they lied again.\n"
)


@pytest.fixture(scope="module")
def model():
    if not (default_model_dir() / "meta.json").is_file():
        pytest.skip("framing weights not built")
    return load_framing_model()


def test_framing_public_surface():
    assert sorted(framing.__all__) == framing.__all__
    assert set(framing.__all__) == {
        "TECHNIQUES",
        "FramingModel",
        "FramingSpan",
        "load_framing_model",
    }
    assert len(TECHNIQUES) == 14
    assert "Bandwagon,Reductio_ad_hitlerum" in TECHNIQUES


def test_framing_model_is_cached_and_named(model):
    assert load_framing_model() is model
    assert model.name.startswith("newsdossier.framing")
    assert model.version


def test_framing_detect_finds_spans_in_loaded_text(model):
    (spans,) = model.detect([ARTICLE])
    assert spans, "expected at least one span in a deliberately loaded text"
    for span in spans:
        assert isinstance(span, FramingSpan)
        assert 0 <= span.start < span.end <= len(ARTICLE)
        assert span.technique in TECHNIQUES
        assert 0.0 <= span.score <= 1.0
        assert ARTICLE[span.start : span.end].strip()
    assert spans == sorted(spans, key=lambda s: (s.start, s.end))


def test_framing_detect_batches_and_empty_texts(model):
    out = model.detect(["", "   \n", ARTICLE, "Plain words about the weather."])
    assert len(out) == 4
    assert out[0] == [] and out[1] == []
    assert out[2] == model.detect([ARTICLE])[0]


def test_framing_detect_handles_100k_char_text(model):
    text = (ARTICLE * 200)[:100_000]
    (spans,) = model.detect([text])
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


@needs_weights
@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["the", "corrupt", "regime", "?", "!", "\n", "we", "never", "nation", "“", ".", "lies"]
        )
        | st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8),
        max_size=60,
    ).map(" ".join)
)
def test_framing_detect_offsets_property(text):
    model = load_framing_model()
    (spans,) = model.detect([text])
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end]  # non-empty slice inside the text


def test_framing_classify_gives_duplicated_span_distinct_labels(model):
    start = ARTICLE.index("Enough is enough")
    span = (start, start + len("Enough is enough"))
    labels = model.classify(ARTICLE, [span, span, (0, 7)])
    assert len(labels) == 3
    assert labels[0][0] != labels[1][0]
    assert all(label in TECHNIQUES and 0.0 <= p <= 1.0 for label, p in labels)


def test_framing_classify_rejects_span_outside_text(model):
    with pytest.raises(ValueError, match="outside"):
        model.classify("short", [(2, 40)])
    assert model.classify("short", []) == []


@needs_weights
def test_framing_span_filter_drops_candidates_below_its_threshold():
    from newsdossier.analyze.framing._model import FramingModel

    fresh = FramingModel(default_model_dir())  # not the cached instance: mutated below
    if fresh._filter is None:
        pytest.skip("this model has no span filter")
    (default,) = fresh.detect([ARTICLE])
    fresh.filter_threshold = 0.0
    (everything,) = fresh.detect([ARTICLE])
    fresh.filter_threshold = 1.01
    assert fresh.detect([ARTICLE]) == [[]]
    kept = {(s.start, s.end) for s in default}
    assert kept <= {(s.start, s.end) for s in everything}
    assert len(everything) >= len(default)


@needs_weights
def test_framing_tagger_ensemble_of_identical_members_matches_one(tmp_path):
    import json

    import numpy as np

    from newsdossier.analyze.framing._model import FramingModel

    src = default_model_dir()
    for path in src.iterdir():
        if path.suffix in (".npz", ".json", ".onnx") and path.name != "tagger.npz":
            (tmp_path / path.name).symlink_to(path)
    meta = json.loads((src / "meta.json").read_text())
    with np.load(src / "tagger.npz") as data:
        weights = {k: data[k] for k in data.files}
    members = int(meta["tagger"].get("members", 1))
    if members > 1:  # keep the first member only, then duplicate it
        weights = {k[3:]: v for k, v in weights.items() if k.startswith("m0_")}
    one, two = tmp_path / "one", tmp_path / "two"
    for folder, n in ((one, 1), (two, 2)):
        folder.mkdir()
        for path in tmp_path.iterdir():
            if path.is_symlink():
                (folder / path.name).symlink_to(path.resolve())
        (folder / "meta.json").unlink()
        (folder / "meta.json").write_text(
            json.dumps({**meta, "tagger": {**meta["tagger"], "members": n}})
        )
        if n == 1:
            np.savez(folder / "tagger.npz", **weights)
        else:
            np.savez(
                folder / "tagger.npz",
                **{f"m{i}_{k}": v for i in range(n) for k, v in weights.items()},
            )
    single, double = FramingModel(one), FramingModel(two)
    assert len(double._taggers) == 2
    assert single.detect([ARTICLE]) == double.detect([ARTICLE])
    assert np.allclose(single.token_probs(ARTICLE)[2], double.token_probs(ARTICLE)[2], atol=1e-6)


_PIECES = st.lists(
    st.sampled_from(
        ["the", "corrupt", "regime", "?", "!", "\n", "we", "never", "nation", "“", ".", "lies"]
    )
    | st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8),
    max_size=40,
).map(" ".join)


@needs_weights
@settings(max_examples=10, deadline=None)
@given(st.lists(_PIECES | st.just(ARTICLE), min_size=1, max_size=5))
def test_framing_detect_offsets_hold_in_cross_document_batches(texts):
    """Issue 19: the windows of a whole batch are encoded together and routed back
    by offsets; every span must point into its own text, and a text's spans must
    not depend on what else is in its batch (one window a call: see Encoder.encode)."""
    model = load_framing_model()
    batched = model.detect(texts)
    assert len(batched) == len(texts)
    for text, spans in zip(texts, batched, strict=True):
        for span in spans:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end].strip()
        assert spans == model.detect([text])[0]


@needs_weights
def test_framing_gate_skips_sentences_without_plausible_technique():
    from newsdossier.analyze.framing._model import FramingModel

    fresh = FramingModel(default_model_dir())  # not the cached instance: mutated below
    if fresh._encoder is None:
        pytest.skip("this model has no encoder")
    prep = fresh._prepare(ARTICLE)
    fresh.gate_min_prob = 0.0
    assert fresh._gate(prep) is None  # no gate: every sentence is encoded
    fresh.gate_min_prob = 1.01  # nothing reaches it: no sentence is encoded
    keep = fresh._gate(prep)
    assert keep is not None and not keep.any()
    (static_only,) = fresh.detect([ARTICLE])
    for span in static_only:  # the static tagger and classifier alone still give spans
        assert 0 <= span.start < span.end <= len(ARTICLE) and span.technique in TECHNIQUES
    fresh.gate_min_prob = float(np.median(prep.probs))
    keep = fresh._gate(prep)
    assert keep is not None and keep.any() and not keep.all()
    (gated,) = fresh.detect([ARTICLE])
    enc = fresh._encode_many([prep.tokens], [keep])[0]
    sent_of_piece = prep.tokens.sentence[enc.pieces.owner]
    assert ((enc.out.window_of >= 0) == keep[sent_of_piece]).all()
    for span in gated:
        assert 0 <= span.start < span.end <= len(ARTICLE)
