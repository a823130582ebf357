# dateline — the two commands: `make serve` (or `make site`) and `make test`.
# Everything is installed on first use into .venv; Debian's chromium is installed for browser tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site serve test test-fork check lint fuzz chromium import-seeds bench clean mutate mutate-results screenshot

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

site: $(STAMP)  ## build the example site into site/
	$(PY) build.py build

serve: $(STAMP)  ## build, serve on http://127.0.0.1:8000/ and rebuild on edit
	$(PY) build.py serve

check: $(STAMP)  ## pre-publish check: links, anchors, quotes, dates
	$(PY) -m dateline check

chromium:  ## Debian chromium for the browser tests (apt-get) when it is missing
	@if [ ! -x $(CHROMIUM) ]; then \
	  echo "installing Debian chromium for the browser tests"; \
	  $(SUDO) apt-get install -y chromium || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }; \
	fi
	@test -x $(CHROMIUM) || { echo "chromium is still missing at $(CHROMIUM)"; exit 1; }

# Tests run in a random order (pytest-randomly) so a test that needs another to run first shows up.
# The seed is printed first; replay a failing order with `make test SEED=<seed>`.
ifndef SEED
SEED := $(shell od -An -N4 -tu4 /dev/urandom | tr -d ' ')
endif
test: $(STAMP) chromium  ## install everything, then run the whole suite (browser tests included)
	@echo "pytest-randomly seed: $(SEED)   (replay this order: make test SEED=$(SEED))"
	$(PY) -m pytest -q -p randomly --randomly-seed=$(SEED)
	$(PY) -m ruff check dateline tests bench build.py
	$(PY) -m mypy --strict dateline

test-fork: $(STAMP) chromium  ## the whole suite in a throwaway clone whose content/ is another site: tests never read content/
	@tmp=$$(mktemp -d) && git clone -q . $$tmp/clone && cd $$tmp/clone && \
	  $(CURDIR)/$(PY) -m dateline new . --force > /dev/null && \
	  cp -r tests/data/other_project/content/. content/ && \
	  PYTHONPATH=$$tmp/clone $(CURDIR)/$(PY) -m pytest -q; rc=$$?; rm -rf $$tmp; exit $$rc

fuzz: $(STAMP)  ## 10,000 hypothesis examples each: loader, date finder, quote extractor, HTML importer; builds killed at every step
	DATELINE_FUZZ_EXAMPLES=10000 $(PY) -m pytest -q tests/test_hostile_fuzz.py
	DATELINE_KILL_ROUNDS=4 $(PY) -m pytest -q tests/test_write.py -k killed

lint: $(STAMP)
	$(PY) -m ruff check dateline tests bench build.py
	$(PY) -m mypy --strict dateline

# Mutation testing of the core steps ([tool.mutmut] in pyproject.toml) with the fast tests (no
# browser). mutmut works on a copy in mutants/; the package is imported from there. Narrow it with
# MUTANTS='dateline.timeline*'. Results: `make mutate-results`; survivors are tracked in tests/README.md.
MUTANTS ?=
mutate: $(STAMP)
	PYTHONPATH= $(PY) -m mutmut run $(MUTANTS)
	PYTHONPATH= $(PY) -m mutmut results

mutate-results: $(STAMP)
	PYTHONPATH= $(PY) -m mutmut results

import-seeds: $(STAMP)  ## re-import ../shared/seeds into content/articles (as recorded in content/_data/imports.yaml)
	$(PY) -m dateline import --manifest content/_data/imports.yaml --force

screenshot: $(STAMP) chromium  ## the README image docs/timeline.png: the example site's overview in Chromium, 1280 px
	$(PY) tests/screenshot.py docs/timeline.png

bench: $(STAMP)
	$(PY) bench/build_bench.py --articles 4000 --runs 3

clean:
	rm -rf site .pytest_cache .mypy_cache .ruff_cache mutants
