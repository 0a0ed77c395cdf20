# T2M: `make run` serves the app, `make test` runs the suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PORT
# pytest-xdist workers for `make test` (a file's tests stay on one worker).
PYTEST_WORKERS ?= 2

.PHONY: run test lint format install system system-test frontend migrate services bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the package metadata changes.
$(VENV)/.installed: setup.cfg pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

system:
	bash scripts/install-system-deps.sh

system-test:
	bash scripts/install-system-deps.sh --tests

frontend:
	bash scripts/frontend.sh

migrate: install
	$(BIN)/flask --app wsgi db upgrade

run: install system frontend migrate
	$(BIN)/honcho start --no-prefix -f Procfile -p $(PORT)

services:
	bash scripts/services.sh

test: install system-test frontend services
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder $(PYTEST_ARGS)

# Upload and Range-serving benchmarks against a real gunicorn (see bench/README.md).
bench: install system frontend
	$(BIN)/python bench/run.py

lint: install
	$(BIN)/ruff check t2m tests bench wsgi.py
	$(BIN)/ruff format --check t2m tests bench wsgi.py

format: install
	$(BIN)/ruff check --fix t2m tests bench wsgi.py
	$(BIN)/ruff format t2m tests bench wsgi.py

clean:
	rm -rf $(VENV) node_modules t2m/static/lib .pytest_cache .ruff_cache
