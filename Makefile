# Quick start:  make start   (set up, load demo content, run at http://127.0.0.1:8000)
#               make test    (the whole test suite)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: start setup install browser test lint

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

setup: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content

start: setup
	$(PY) manage.py runserver 127.0.0.1:8000

# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
browser:
	@[ -x $(CHROMIUM) ] || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null)

test: install browser
	$(PY) -m pytest

lint: install
	$(PY) -m ruff check .
