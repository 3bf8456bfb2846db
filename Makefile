# lede: `make run` loads seeds/ into data/lede.db through Dagster; `make test` runs the whole suite.
# Every target makes the virtual environment it needs from pyproject.toml.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# LEDE_DAGSTER_PG_URL set: the Dagster instance lives in that PostgreSQL database (a home of its own, so the local
# instance is left as it is).
export DAGSTER_HOME := $(CURDIR)/.dagster_home$(if $(LEDE_DAGSTER_PG_URL),_postgres)

.PHONY: run test ui browse migrate bench lint clean backfill

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

$(DAGSTER_HOME)/dagster.yaml: dagster.yaml.template dagster-postgres.yaml.template
	mkdir -p $(DAGSTER_HOME)
	cat dagster.yaml.template $(if $(LEDE_DAGSTER_PG_URL),dagster-postgres.yaml.template) > $@

# The database_schema asset migrates, so `make run` is one process (and one plain sentence on a fault).
run: $(BIN)/.installed $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/python -m pipelines.run

test: $(BIN)/.installed
	$(BIN)/python -m pytest

ui: $(BIN)/.installed $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster dev -m pipelines.definitions -h 127.0.0.1 -p 3000

browse: $(BIN)/.installed
	$(BIN)/python -m pipelines.browse   # http://127.0.0.1:8001 — Datasette, read-only, over LEDE_DB_URL (SQLite)

# All partitions of the seeds folder as one backfill through the daemon and the run queue (LEDE_DB_URL: PostgreSQL).
backfill: $(BIN)/.installed $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/python -m pipelines.backfill

migrate: $(BIN)/.installed
	$(BIN)/alembic upgrade head

bench: $(BIN)/.installed
	$(BIN)/python -m tests.bench --json bench-results.json

lint: $(BIN)/.installed
	$(BIN)/ruff check pipelines models migrations tests

clean:
	rm -rf $(VENV) .dagster_home .dagster_home_postgres data *.egg-info
