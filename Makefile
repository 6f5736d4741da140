# The two commands of the README:
#   make demo   set up, then build the sample corpus into ./newsgraph-out
#   make test   set up (test extras, chromium), then lint and run every test
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test setup setup-test lint eval

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

setup: $(BIN)/python
	$(BIN)/pip install --quiet -e .

setup-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,dask]'
	bash tests/install-browser.sh

demo: setup
	$(BIN)/newsgraph build seeds/ --fresh
	$(BIN)/newsgraph stats

lint: setup-test
	$(BIN)/ruff check .

eval: setup-test
	$(BIN)/newsgraph eval ../shared/gold/seeds seeds/

test: lint
	$(BIN)/pytest
	-$(MAKE) --no-print-directory eval
