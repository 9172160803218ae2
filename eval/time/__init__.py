"""Evaluation of issue 4 (time expressions, events): see README.md."""
