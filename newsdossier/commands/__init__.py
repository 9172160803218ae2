"""CLI commands beyond the core ones, one module per feature.

Each module here defines ``register(app: typer.Typer) -> None``; :mod:`newsdossier.cli`
calls it for every module in this package, so adding a command touches no
shared file.  Keep commands thin: parse options, call the library, render.
"""
