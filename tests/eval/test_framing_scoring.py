"""SI and TC scorers on tiny hand-made cases (SemEval-2020 Task 11 definitions)."""

from __future__ import annotations

import pytest

from eval.framing.scoring import merge_overlapping, score_si, score_tc, trim_span

CASES_SI = [
    # (predicted, gold, P, R)  -- one article "a"
    ("exact match", [(0, 10)], [(0, 10)], 1.0, 1.0),
    ("half of gold", [(0, 5)], [(0, 10)], 1.0, 0.5),
    ("twice as long as gold", [(0, 20)], [(0, 10)], 0.5, 1.0),
    ("disjoint", [(20, 30)], [(0, 10)], 0.0, 0.0),
    # two fragments covering one gold span: each fragment is fully inside
    # (P = 1), together they cover the whole gold span (R = 0.5 + 0.5)
    ("fragments", [(0, 5), (5, 10)], [(0, 10)], 1.0, 1.0),
    # one prediction over two gold spans: P = (4 + 4) / 10, R = (1 + 1) / 2
    ("one over two", [(0, 10)], [(0, 4), (6, 10)], 0.8, 1.0),
    # overlapping gold spans are merged before scoring: gold is (0, 15)
    ("gold merged", [(0, 15)], [(0, 10), (5, 15)], 1.0, 1.0),
    # overlapping predictions are merged too: one span (0, 10)
    ("prediction merged", [(0, 6), (4, 10)], [(0, 10)], 1.0, 1.0),
]


@pytest.mark.parametrize(("name", "pred", "gold", "p", "r"), CASES_SI, ids=[c[0] for c in CASES_SI])
def test_scoring_si_partial_overlap(name, pred, gold, p, r):
    score = score_si({"a": pred}, {"a": gold})
    assert score.precision == pytest.approx(p)
    assert score.recall == pytest.approx(r)
    f1 = 2 * p * r / (p + r) if p and r else 0.0
    assert score.f1 == pytest.approx(f1)


def test_scoring_si_missing_article_counts_in_recall_only():
    score = score_si({"a": [(0, 10)]}, {"a": [(0, 10)], "b": [(0, 4)]})
    assert score.precision == pytest.approx(1.0)
    assert score.recall == pytest.approx(0.5)


def test_scoring_si_empty_conventions():
    assert score_si({}, {}).f1 == 1.0  # the official scorer's convention
    assert score_si({"a": []}, {"a": [(0, 3)]}).f1 == 0.0
    assert score_si({"a": [(0, 3)]}, {"a": []}).f1 == 0.0


def test_scoring_merge_keeps_touching_spans_apart():
    assert merge_overlapping([(5, 9), (0, 5), (8, 12)]) == [(0, 5), (5, 12)]


def test_scoring_trim_span_version2_characters():
    text = "He said: the plan, is mad.\n"
    assert trim_span(text, 7, 27) == (9, 25)  # ": the plan, is mad.\n" -> "the plan, is mad"
    assert trim_span(text, 7, 9) == (9, 9)  # nothing left


def test_scoring_tc_micro_f1_with_multi_label_span():
    gold = [("a", "Doubt", 0, 5), ("a", "Repetition", 0, 5), ("a", "Slogans", 10, 20)]
    # the two copies of (0, 5) are aligned to maximise agreement, in any order
    pred = [("a", "Repetition", 0, 5), ("a", "Doubt", 0, 5), ("a", "Doubt", 10, 20)]
    score = score_tc(pred, gold)
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(2 / 3)


def test_scoring_tc_same_label_twice_counts_once():
    gold = [("a", "Doubt", 0, 5), ("a", "Repetition", 0, 5)]
    pred = [("a", "Doubt", 0, 5), ("a", "Doubt", 0, 5)]
    assert score_tc(pred, gold).f1 == pytest.approx(0.5)


def test_scoring_tc_prediction_on_unknown_span_hurts_precision_only():
    gold = [("a", "Doubt", 0, 5)]
    pred = [("a", "Doubt", 0, 5), ("a", "Doubt", 7, 9)]
    score = score_tc(pred, gold)
    assert (score.precision, score.recall) == (pytest.approx(0.5), pytest.approx(1.0))
