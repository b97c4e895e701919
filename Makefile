# Talent Portal: `make run` to try it, `make test` to check it. `make help` lists the rest.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_GET := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get -qq -o=Dpkg::Use-Pty=0

.PHONY: help run setup serve worker test test-fast test-browser lint audit audit-code audit-deps format messages bench system-deps browser-deps scanner-deps front-cache-deps page-audit-deps audit-pages lock clean

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 16

# The virtualenv is made once; a changed lock file only reinstalls into it.
# Everything, indirect dependencies and pip included, comes from
# requirements.lock at the versions and hashes it names (`make lock` updates it).
$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed: apt-get install python3.11 python3.11-venv"; exit 1; }
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || $(APT_GET) install -y python3-venv >/dev/null
	$(PYTHON) -m venv $(VENV)

$(BIN)/.installed: requirements.lock pyproject.toml $(BIN)/python
	$(BIN)/pip install -q --require-hashes -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $@

# After changing a pin in pyproject.toml: `make lock`, then commit both files.
# `make lock LOCK_FLAGS=--upgrade` moves every indirect dependency to its latest
# release that fits; without it, the ones already locked stay where they are.
LOCK_FLAGS ?=
lock: $(BIN)/.installed  ## Resolve requirements.lock (every dependency, with hashes) from pyproject.toml
	$(BIN)/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
	  --generate-hashes --no-emit-package talentportal --quiet $(LOCK_FLAGS) -o requirements.lock

system-deps:  ## Debian packages the site needs (gettext to compile translations)
	@command -v msgfmt >/dev/null || { $(APT_GET) update && $(APT_GET) install -y gettext >/dev/null; }

browser-deps:  ## Debian's Chromium, which the browser tests drive
	@command -v chromium >/dev/null || { $(APT_GET) update && $(APT_GET) install -y chromium >/dev/null; }

# The scanning test starts its own clamd offline with a local signature; the
# packaged services (freshclam would try to download signatures) stay off.
scanner-deps:  ## ClamAV's daemon, which the malware-scanning test starts by itself
	@command -v clamd >/dev/null || { $(APT_GET) update && $(APT_GET) install -y clamav-daemon >/dev/null; \
	  $(SUDO) systemctl disable --now clamav-freshclam clamav-daemon >/dev/null 2>&1 || true; }

# The front-cache test and the benchmark start their own Varnish and Redis on
# loopback from deploy/varnish/; the packaged services stay off.
front-cache-deps:  ## Varnish and Redis, which the front-cache test and the benchmark start by themselves
	@command -v varnishd >/dev/null && command -v redis-server >/dev/null || { $(APT_GET) update && $(APT_GET) install -y varnish redis-server >/dev/null; \
	  $(SUDO) systemctl disable --now varnish varnishncsa >/dev/null 2>&1 || true; }

# The page checkers come from the npm registry at the versions package-lock.json
# pins; the Nu checker is a Java program.
PAGE_AUDIT := tools/page-audit/node_modules/.installed
page-audit-deps: $(PAGE_AUDIT)  ## axe-core, the Nu HTML checker and Lighthouse, which the page audit runs
$(PAGE_AUDIT): tools/page-audit/package-lock.json
	@command -v npm >/dev/null || { $(APT_GET) update && $(APT_GET) install -y nodejs npm >/dev/null; }
	@command -v java >/dev/null || { $(APT_GET) update && $(APT_GET) install -y default-jre-headless >/dev/null; }
	npm ci --prefix tools/page-audit --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po
	msgfmt --check -o $@ $<

MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))

setup: system-deps $(BIN)/.installed $(MO_FILES)  ## Install, migrate, load the demo content
	$(MANAGE) migrate --noinput
	$(MANAGE) collectstatic --noinput -v 0
	$(MANAGE) seed_demo

serve:  ## Serve at http://$(HOST):$(PORT) with the task worker and the scheduler beside it
	@trap 'kill 0' INT TERM EXIT; \
	$(MANAGE) run_scheduler & \
	$(MANAGE) db_worker & \
	$(MANAGE) runserver $(HOST):$(PORT)

run: setup serve  ## Everything: install, migrate, demo content, serve

worker:  ## Run the background task worker alone
	$(MANAGE) db_worker

test: system-deps browser-deps scanner-deps front-cache-deps page-audit-deps $(BIN)/.installed $(MO_FILES)  ## The whole suite, browser tests and the page audit included
	$(BIN)/pre-commit run --all-files
	$(MAKE) audit-code
	$(BIN)/pytest -n 2 -m "not browser and not transactional and not integration"
	$(BIN)/pytest -m "browser or transactional or integration"

test-fast: $(BIN)/.installed $(MO_FILES)  ## Everything but the browser and transactional tests
	$(BIN)/pytest -n 2 -m "not browser and not transactional and not integration"

test-browser: browser-deps page-audit-deps $(BIN)/.installed $(MO_FILES)  ## Only the browser tests (the page audit included)
	$(BIN)/pytest -m browser

audit: audit-code audit-deps  ## bandit on our code and pip-audit on every installed package

audit-code: $(BIN)/.installed  ## bandit: fails on a medium or high finding that has no reasoned `# nosec`
	$(BIN)/bandit -c pyproject.toml -q -r talentportal cms bench deploy loadtest manage.py --severity-level medium

# The exact pins of everything installed (the project itself, editable, is not on
# PyPI). --strict fails when a package could not be checked, --no-deps audits the
# list as it is; the vulnerability service being unreachable fails it too.
AUDIT_REQUIREMENTS ?=
audit-deps: $(BIN)/.installed  ## pip-audit: fails on a known vulnerability or on a package it could not check
	@requirements="$(AUDIT_REQUIREMENTS)"; \
	if [ -z "$$requirements" ]; then \
	  requirements=$(VENV)/audit-requirements.txt; \
	  $(BIN)/pip freeze --exclude-editable > "$$requirements"; \
	fi; \
	$(BIN)/pip-audit --strict --no-deps --disable-pip --progress-spinner off -r "$$requirements"

lint: $(BIN)/.installed  ## The pre-commit hooks (ruff lint and format, template indentation), as CI runs them
	$(BIN)/pre-commit run --all-files

format: $(BIN)/.installed  ## Let ruff fix what it can
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: $(BIN)/.installed  ## Refresh the catalogues from the code and templates
	$(MANAGE) makemessages --no-location --no-obsolete $(foreach l,$(filter-out en,$(notdir $(wildcard locale/*))),-l $(l)) -i '.venv/*' -i 'staticfiles/*'

bench: setup front-cache-deps  ## Serve under gunicorn beside an empty view, nginx and Varnish; print requests/s and latency (wrk, loopback)
	@command -v wrk >/dev/null && command -v nginx >/dev/null || { $(APT_GET) update && $(APT_GET) install -y wrk nginx-light >/dev/null; }
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/openings_search.py
	$(BIN)/python bench/applications.py

# `make test` audits every page in English and Arabic and every page type in six
# languages (tests/browser/test_page_audit.py); this audits every page in all six.
audit-pages: setup browser-deps page-audit-deps  ## axe-core and the Nu checker on every page in six languages, then Lighthouse
	PAGE_AUDIT_ALL=1 $(BIN)/pytest tests/browser/test_page_audit.py
	$(BIN)/python tools/page-audit/lighthouse_scores.py

clean:  ## Remove the virtualenv, database, media and compiled files
	rm -rf $(VENV) db.sqlite3 media staticfiles locale/*/LC_MESSAGES/*.mo
