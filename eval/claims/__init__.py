"""Evaluation of claims, attribution, hedges, contradictions and reuse (issue 5).

Run: ``.venv/bin/python -m eval.claims`` (from the repository root).
"""
