# The two ways in (see README): `make serve` and `make test`. Everything else is a step of those.
VENV ?= .venv
PYTEST_ARGS ?=

.PHONY: serve test install install-test system-deps bench

## Install On Record in a virtual environment and serve it on http://127.0.0.1:8000 (seeds ingested on first start).
serve: install
	$(VENV)/bin/onrecord serve

## Install the test dependencies (Debian packages, Python, npm) and run the whole test suite.
test: system-deps install-test
	$(VENV)/bin/pytest $(PYTEST_ARGS)

install:
	test -x $(VENV)/bin/python || python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e .

install-test:
	test -x $(VENV)/bin/python || python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e ".[test]"
	if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; fi

system-deps:
	scripts/system-deps.sh
