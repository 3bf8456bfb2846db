# lede: `make run` loads seeds/ into data/lede.db through Dagster; `make test` runs the whole suite.
# Every target makes the virtual environment it needs from pyproject.toml.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export DAGSTER_HOME := $(CURDIR)/.dagster_home

.PHONY: run test ui migrate bench lint clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

$(DAGSTER_HOME)/dagster.yaml: dagster.yaml.template
	mkdir -p $(DAGSTER_HOME)
	cp dagster.yaml.template $@

# The database_schema asset migrates, so `make run` is one process (and one plain sentence on a fault).
run: $(BIN)/.installed $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/python -m pipelines.run

test: $(BIN)/.installed
	$(BIN)/python -m pytest

ui: $(BIN)/.installed $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster dev -m pipelines.definitions -h 127.0.0.1 -p 3000

migrate: $(BIN)/.installed
	$(BIN)/alembic upgrade head

bench: $(BIN)/.installed
	$(BIN)/python -m tests.bench --json bench-results.json

lint: $(BIN)/.installed
	$(BIN)/ruff check pipelines models migrations tests

clean:
	rm -rf $(VENV) $(DAGSTER_HOME) data *.egg-info
