# incident-mapper: everything goes through a local virtual environment.
#   make demo   set up and map the bundled example reports
#   make test   set up and run the whole test suite, ruff and mypy
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: all venv install demo test lint typecheck pytest eval bench assets clean

all: test

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "incident-mapper needs Python 3.11 or newer; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

venv install: $(STAMP)

demo: $(STAMP)
	@mkdir -p build
	$(BIN)/incident-map map examples/ -o build/demo-map.html
	$(BIN)/incident-map map examples/ -o build/demo-map-offline.html --offline --quiet
	@echo ""
	@echo "Open the map:          $(abspath build/demo-map.html)"
	@echo "Offline (no network):  $(abspath build/demo-map-offline.html)"

lint: $(STAMP)
	$(BIN)/ruff check geo incidents maps incident_mapper tests benchmarks
	$(BIN)/ruff format --check geo incidents maps incident_mapper tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/incident-map gazetteer build --quiet
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

eval: $(STAMP)
	$(BIN)/python benchmarks/evaluate.py --out docs/evaluation.md

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/run.py --out docs/benchmarks.md

assets:
	bash maps/assets/build.sh

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
