# Bastion CRM — the two commands are `make run` and `make test`; everything else serves them.
SHELL := /bin/bash
.DEFAULT_GOAL := run

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
FRONTEND_SOURCES := $(shell find frontend/src frontend/index.html frontend/vite.config.* frontend/public -type f 2>/dev/null)

.PHONY: setup run test lint typecheck check-schema test-py test-pg test-web system-deps schema migrate clean

## setup: virtualenv + Python deps, npm deps, SPA build (each redone only when its inputs change)
setup: $(VENV)/.installed node_modules/.installed frontend/dist/index.html

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Python 3.11 or newer is needed (found $$($(PYTHON) --version))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

node_modules/.installed: package.json package-lock.json frontend/package.json
	npm ci --no-audit --no-fund
	touch $@

frontend/dist/index.html: node_modules/.installed $(FRONTEND_SOURCES) schema.graphql
	npm run build
	touch $@

## run: set up, apply migrations and serve on http://$(HOST):$(PORT) (SQLite in ./data by default)
run: setup
	$(BIN)/crm migrate
	$(BIN)/crm serve --host $(HOST) --port $(PORT)

migrate: $(VENV)/.installed
	$(BIN)/crm migrate

## schema: re-export schema.graphql from the server and regenerate the SPA's types
schema: $(VENV)/.installed node_modules/.installed
	$(BIN)/crm schema > schema.graphql
	npm run codegen

## test: every check — lint, types, contract, unit/API/e2e tests on SQLite, API tests on PostgreSQL
test: setup system-deps lint typecheck check-schema test-web test-py test-pg
	@echo "make test: all checks passed"

system-deps:
	@scripts/ensure-system-deps.sh

lint: $(VENV)/.installed
	$(BIN)/ruff check backend tests scripts

typecheck: $(VENV)/.installed node_modules/.installed
	$(BIN)/mypy
	npm run typecheck

check-schema: $(VENV)/.installed node_modules/.installed
	@$(BIN)/crm schema | diff -u schema.graphql - || \
	  { echo "schema.graphql is stale: run 'make schema' and commit the result"; exit 1; }
	npm run codegen:check

test-web: node_modules/.installed
	npm test

test-py: setup system-deps
	$(BIN)/pytest -q -p no:cacheprovider

# The API tests again, against a PostgreSQL server the fixtures start on 127.0.0.1.
test-pg: setup system-deps
	CRM_TEST_DB=postgres $(BIN)/pytest -q -p no:cacheprovider tests/api

clean:
	rm -rf $(VENV) node_modules frontend/node_modules frontend/dist test-results
