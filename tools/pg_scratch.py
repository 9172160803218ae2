"""A scratch PostgreSQL cluster on 127.0.0.1 for tests and benchmarks (issue 18).

    python tools/pg_scratch.py available      # 1 if the server binaries are here, else 0
    python tools/pg_scratch.py ensure         # install Debian's postgresql if absent (root)
    python tools/pg_scratch.py start [--dir D] [--port P]   # prints the URL; the server runs on
    python tools/pg_scratch.py url --dir D
    python tools/pg_scratch.py stop --dir D   # stops the server and removes D

Nothing is installed when the binaries are present; ``ensure`` runs
``apt-get install -y postgresql`` only when they are absent and this is root
(the Makefile's ``postgres`` target calls it).

The recipe (measured: ../shared/ENVIRONMENT.md) is ``initdb`` + ``pg_ctl``
from Debian's server package (``/usr/lib/postgresql/<version>/bin``).  As root
they run as the ``postgres`` user (initdb refuses root); the cluster's folder
is made in ``$TMPDIR`` (``/tmp``) and handed to that user, because a folder
under root's own temporary paths (pytest's are mode 700) cannot be reached by
it.  The server listens on 127.0.0.1 only, on a free port, with its Unix
socket inside its own folder; trust authentication for user ``postgres``.
It is a throwaway: ``fsync``, ``synchronous_commit`` and ``full_page_writes``
are off (a crash loses the cluster, which a test cluster may).  A build's
durability is measured on a real server, never on this one.

Used by ``tests/pg.py`` (one cluster per test session with ``--pg`` or
``NEWSDOSSIER_TEST_PG=1``) and by hand.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ScratchCluster", "available", "ensure_binaries", "find_bindir", "start", "stop"]

#: The server account Debian's package makes; the cluster runs as it when we are root.
PG_USER = "postgres"
#: Server settings of a throwaway test cluster (see the module docstring).
_SERVER_OPTIONS = (
    "-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
    "-c full_page_writes=off -c max_connections=200"
)
_PORT_FILE = "scratch-port"
START_TIMEOUT_S = 60


class PgScratchError(RuntimeError):
    """The scratch cluster could not be found, started or stopped; the message says why."""


def find_bindir() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: Debian's newest server version, else PATH."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    return None


def available() -> bool:
    return find_bindir() is not None


def ensure_binaries() -> Path:
    """The server binaries, installed with apt-get when absent and this is root."""
    bindir = find_bindir()
    if bindir is not None:
        return bindir
    if os.geteuid() != 0:
        raise PgScratchError(
            "the PostgreSQL server is not installed and this is not root: "
            "apt-get install -y postgresql (Debian), or put initdb and pg_ctl on PATH"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "postgresql"], check=True, env=env)
    bindir = find_bindir()
    if bindir is None:
        raise PgScratchError("apt-get installed postgresql but no initdb was found")
    return bindir


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now (the server may still lose it: start retries)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class ScratchCluster:
    dir: Path  # the cluster's folder: data/, the server log, the socket
    port: int

    @property
    def data(self) -> Path:
        return self.dir / "data"

    @property
    def log(self) -> Path:
        return self.dir / "server.log"

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{PG_USER}@127.0.0.1:{self.port}/{dbname}"


def _as_server_user(cmd: list[str]) -> list[str]:
    """``cmd`` as the postgres user when we are root (initdb and the server refuse root)."""
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", PG_USER, "--", *cmd]
    return ["su", PG_USER, "-s", "/bin/sh", "-c", " ".join(_quote(c) for c in cmd)]


def _quote(s: str) -> str:
    import shlex

    return shlex.quote(s)


def _run(cmd: list[str], what: str) -> None:
    done = subprocess.run(_as_server_user(cmd), capture_output=True, text=True)
    if done.returncode:
        raise PgScratchError(f"{what} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")


def start(folder: Path | None = None, port: int | None = None) -> ScratchCluster:
    """initdb a new cluster in ``folder`` (a new temporary one by default) and start it."""
    bindir = ensure_binaries()
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="newsdossier-pg-"))
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, PG_USER, PG_USER)
    os.chmod(folder, 0o700)
    cluster = ScratchCluster(folder, 0)
    _run([str(bindir / "initdb"), "-D", str(cluster.data), "-U", PG_USER, "-A", "trust",
          "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], "initdb")  # fmt: skip
    tries = 1 if port else 3
    for attempt in range(tries):
        cluster = ScratchCluster(folder, port or free_port())
        try:
            _run([str(bindir / "pg_ctl"), "-D", str(cluster.data), "-l", str(cluster.log),
                  "-w", "-t", str(START_TIMEOUT_S),
                  "-o", f"-p {cluster.port} -k {folder} {_SERVER_OPTIONS}", "start"],
                 "pg_ctl start")  # fmt: skip
            break
        except PgScratchError as exc:
            if attempt == tries - 1:
                tail = (
                    cluster.log.read_text(errors="replace")[-1500:] if cluster.log.exists() else ""
                )
                raise PgScratchError(f"{exc}\nserver log:\n{tail}") from None
    (folder / _PORT_FILE).write_text(str(cluster.port))
    return cluster


def attach(folder: Path) -> ScratchCluster:
    """The cluster ``start`` made in ``folder``."""
    try:
        return ScratchCluster(folder, int((folder / _PORT_FILE).read_text()))
    except (OSError, ValueError):
        raise PgScratchError(f"{folder} holds no scratch cluster started by this tool") from None


def stop(cluster: ScratchCluster, remove: bool = True) -> None:
    """Stop the server (fast shutdown) and remove its folder."""
    bindir = find_bindir()
    if bindir is not None and (cluster.data / "postmaster.pid").exists():
        _run([str(bindir / "pg_ctl"), "-D", str(cluster.data), "-m", "fast", "-w", "stop"],
             "pg_ctl stop")  # fmt: skip
    if remove:
        shutil.rmtree(cluster.dir, ignore_errors=True)


def wait_ready(cluster: ScratchCluster, timeout_s: float = 10.0) -> None:
    """Until the server accepts TCP connections on its port."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            socket.create_connection(("127.0.0.1", cluster.port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise PgScratchError(f"nothing listens on 127.0.0.1:{cluster.port}") from None
            time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=["available", "ensure", "start", "url", "stop"])
    ap.add_argument("--dir", type=Path, help="the cluster's folder (start: a new one by default)")
    ap.add_argument("--port", type=int, help="start: this port instead of a free one")
    args = ap.parse_args(argv)
    try:
        if args.command == "available":
            print(1 if available() else 0)
        elif args.command == "ensure":
            print(ensure_binaries())
        elif args.command == "start":
            cluster = start(args.dir, args.port)
            print(cluster.url())
            print(
                f"stop it with: python tools/pg_scratch.py stop --dir {cluster.dir}",
                file=sys.stderr,
            )
        else:
            if args.dir is None:
                ap.error(f"{args.command} needs --dir")
            cluster = attach(args.dir)
            if args.command == "url":
                print(cluster.url())
            else:
                stop(cluster)
    except (PgScratchError, subprocess.CalledProcessError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
