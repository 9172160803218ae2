"""Scoring of framing (propaganda-technique) spans with SemEval-2020 Task 11's definitions."""
