# Two commands on a fresh machine: `make run` (serve with demo data) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup run test lint typecheck lock screenshots bench

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

run: setup
	$(VENV)/bin/weikao demo
	$(VENV)/bin/weikao serve

test: setup
	scripts/ensure-browser
	scripts/run-tests

lint: setup
	$(VENV)/bin/ruff check src tests bench

typecheck: setup
	$(VENV)/bin/mypy src

# Re-resolve the pinned versions after a change to pyproject.toml's ranges.
lock:
	rm -rf /tmp/weikao-lock && $(PYTHON) -m venv /tmp/weikao-lock
	/tmp/weikao-lock/bin/pip install --quiet --upgrade pip
	/tmp/weikao-lock/bin/pip install --quiet -e '.[dev]'
	/tmp/weikao-lock/bin/pip freeze --exclude-editable | grep -v '^weikao' > requirements.lock

screenshots: setup
	scripts/ensure-browser
	$(PY) scripts/take_screenshots.py

bench: setup
	$(PY) bench/run_all.py
