# plankg: one entry point for every task. `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
STORE  ?= var/store

.DEFAULT_GOAL := help
.PHONY: help install run build test browser bench reliability lint fmt clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

install: $(VENV)/.installed ## create .venv/ and install plankg with its test extras

$(VENV)/.installed: pyproject.toml server/vendor.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m server.vendor
	touch $@

build: install ## read data/ into the store ($(STORE))
	$(BIN)/plankg build --store $(STORE)

run: build ## build the graph from data/ and serve it on http://$(HOST):$(PORT)/
	$(BIN)/plankg serve --store $(STORE) --host $(HOST) --port $(PORT)

test: install browser ## run the whole test suite (the CI gate)
	$(BIN)/pytest -n auto

browser: ## headless Chromium for the end-to-end page tests (Debian packages, installed when missing)
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; }

bench: install ## benchmark build, reasoning, validation, queries, HTTP (BENCH_ARGS="--scale 0.1"); bench/results/
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	@command -v ab >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq apache2-utils >/dev/null; }
	$(BIN)/python bench/run.py $(BENCH_ARGS)

reliability: build ## RELIABILITY.md: the reliability tests, the time limit, a load test (bench/load_test.py)
	$(BIN)/python bench/reliability.py --store $(STORE) $(RELIABILITY_ARGS)

lint: install ## ruff, the format check, mypy and the canonical-Turtle check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/plankg fmt --check

fmt: install ## rewrite code and hand-edited Turtle in canonical form
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	$(BIN)/plankg fmt

clean: ## remove the store and generated files (keeps .venv/)
	rm -rf var build
