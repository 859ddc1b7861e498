# Quick start:  make start   (set up, load demo content, run at http://127.0.0.1:8000)
#               make test    (the whole test suite)
#               make bench   (the load benchmark: docs/scaling.md)
#               make messages (update and compile the translations in locale/)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: start setup install browser gettext redis test lint bench messages

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

# Translations need GNU gettext (xgettext, msgmerge, msgfmt).
gettext:
	@command -v msgfmt >/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq gettext >/dev/null)

# Find new interface strings, add them to locale/<lang>/LC_MESSAGES/django.po, and compile the .mo files.
# Translate every new entry before committing: `make lint` fails on untranslated or fuzzy entries.
messages: install gettext
	$(PY) bin/check_messages.py --update

# The cache tests use the machine's Redis (REDIS_URL, default redis://127.0.0.1:6379/0); start it if needed.
redis:
	@redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 || { \
		command -v redis-server >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq redis-server >/dev/null; }; \
		redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null; \
		for i in 1 2 3 4 5 6 7 8 9 10; do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.5; done; }

# One pytest worker per CPU (pytest-xdist); TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= auto
test: install browser gettext redis
	$(PY) -m pytest -n $(TEST_WORKERS) --dist load $(PYTEST_ARGS)

# Load benchmark (docs/scaling.md): wrk when installed, else a Python client.
bench: install redis
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk >/dev/null; } || true
	@pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL must answer at 127.0.0.1:5432 (BENCH_PG_URL)"; exit 1; }
	$(PY) bench/run.py

lint: install gettext
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/djlint templates --lint
	$(PY) bin/check_messages.py
