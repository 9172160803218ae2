"""Time the new user's path: a fresh clone, ``make demo``, the first page (issue 20).

    python3 tools/time_fresh_clone.py [--repo .] [--ref HEAD] [--keep]

Clones ``--ref`` of ``--repo`` into a temporary folder (its own ``.venv``:
nothing shared is touched), runs ``make demo`` there with a free
``DEMO_PORT`` and pip's cache off (a new user has none), polls the printed
address until the overview answers 200, and prints the seconds to the first
page, split into install, build and serve start.  Not a test: the figure
depends on the network to the package registry and on the machine's load.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

LIMIT_S = 1200


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", default=".", help="repository to clone (default: this one)")
    ap.add_argument("--ref", default="HEAD", help="commit or branch to check out")
    ap.add_argument("--keep", action="store_true", help="keep the clone (its path is printed)")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="newsdossier-fresh-"))
    clone = work / "newsdossier"
    subprocess.run(["git", "clone", "-q", os.path.abspath(args.repo), str(clone)], check=True)
    subprocess.run(["git", "-C", str(clone), "checkout", "-q", args.ref], check=True)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHONPATH"))}
    env.update(DEMO_PORT=str(port), PIP_NO_CACHE_DIR="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    log = (work / "make-demo.log").open("w")
    started = time.monotonic()
    proc = subprocess.Popen(
        ["make", "demo", f"DEMO_PORT={port}"], cwd=clone, env=env, stdout=log,
        stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    marks: dict[str, float] = {}
    url = f"http://127.0.0.1:{port}/"
    try:
        while time.monotonic() - started < LIMIT_S:
            text = (work / "make-demo.log").read_text(errors="replace")
            if "install" not in marks and re.search(r"newsdossier build ", text):
                marks["install"] = time.monotonic() - started
            if "build" not in marks and "Build finished" in text:
                marks["build"] = time.monotonic() - started
            if proc.poll() is not None:
                print(text[-3000:], file=sys.stderr)
                print(f"make demo exited with {proc.returncode} before serving", file=sys.stderr)
                return 1
            try:
                with urllib.request.urlopen(url, timeout=2) as r:
                    if r.status == 200 and b"Corpus overview" in r.read():
                        break
            except OSError:
                pass
            time.sleep(0.5)
        else:
            print(f"no first page after {LIMIT_S} s", file=sys.stderr)
            return 1
        total = time.monotonic() - started
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
        log.close()
    install = marks.get("install", float("nan"))
    build = marks.get("build", float("nan"))
    print(f"fresh clone -> make demo -> first page: {total:.0f} s ({total / 60:.1f} min)")
    print(
        f"  install {install:.0f} s · build {build - install:.0f} s · serve {total - build:.0f} s"
    )
    print(f"  clone: {clone}" + ("" if args.keep else " (removed)"))
    if not args.keep:
        subprocess.run(["rm", "-rf", str(work)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
