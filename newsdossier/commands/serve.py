"""``newsdossier serve``: the dossier as a local web app (issue 7)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

__all__ = ["register"]

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        db: Annotated[
            str, typer.Option("--db", help="SQLite store file.", envvar="NEWSDOSSIER_DB_URL")
        ] = "corpus.db",
        host: Annotated[
            str,
            typer.Option(help="Interface to listen on. Anything but 127.0.0.1 exposes the corpus."),
        ] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="TCP port.")] = 8765,
        sql_time_limit_ms: Annotated[
            int, typer.Option(help="Stop any page's SQL after this many milliseconds (503).")
        ] = 1000,
    ) -> None:
        """Serve the store read-only as web pages and a JSON API (/api/...)."""
        import uvicorn

        from ..errors import ConfigError
        from ..serve import ServeSettings, create_app

        if not 0 < port < 65536:
            raise ConfigError(f"--port must be between 1 and 65535, not {port}", code="E208")
        if sql_time_limit_ms < 1:
            raise ConfigError("--sql-time-limit-ms must be at least 1", code="E209")
        web = create_app(db, ServeSettings(sql_time_limit_ms=sql_time_limit_ms))
        if host not in LOCAL_HOSTS:
            print(
                f"Warning: listening on {host}, not 127.0.0.1: anyone who can reach this"
                " machine can read the corpus. There is no login.",
                file=sys.stderr,
            )
        shown = f"[{host}]" if ":" in host else host
        print(f"newsdossier: serving {db} at http://{shown}:{port}/  (Ctrl-C to stop)", flush=True)
        uvicorn.run(web, host=host, port=port, log_level="warning")
