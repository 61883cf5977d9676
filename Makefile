# Passerelle — everything installs from the package registries on a bare Debian 12.
#   make demo     install, then tag, check and export the sample territory
#                 (DEMO_OPENDATA=1 make demo: also publish it to a real udata, data.gouv.fr's software)
#   make test     lint, install, then run the whole test suite (real QGIS, headless + Xvfb)
#                 (both fail if a process they started is still running when they end)
#   make lint     code-style gate (ruff, ruff.toml); make lint-fix fixes what ruff can
#   make bench    benchmarks (prints figures)
#   make package  the plugin zip for QGIS "Install from ZIP"

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
APT_PACKAGES := qgis python3-qgis qgis-server qgis-providers python3-venv python3-pip \
	xvfb xauth imagemagick qttools5-dev-tools zip postgresql redis-server libpq-dev python3-dev gcc libc6-dev libmagic1 \
	postgresql-15-postgis-3 python3-psycopg2 openssl chromium
export QT_QPA_PLATFORM ?= offscreen
export PROJ_DATA ?= /usr/share/proj
export PYTHONDONTWRITEBYTECODE := 1
# Missing XSDs must fail the suite, not skip validation.
export PASSERELLE_REQUIRE_XSD := 1
# Every process a step starts carries this run's tag (inherited, nested runs append theirs): after
# `make test` and `make demo`, nothing carrying it may still run (see passerelle/sdi/processes.py).
RUN_TAG := make-$(shell od -An -N4 -tx4 /dev/urandom | tr -d ' \n')
export PASSERELLE_SPAWNED_BY := $(if $(PASSERELLE_SPAWNED_BY),$(PASSERELLE_SPAWNED_BY)/)$(RUN_TAG)
# `$(call checked,COMMAND)`: run COMMAND, then fail if a process it started survives it (those are killed).
checked = $(1); status=$$?; $(PY) -m passerelle.sdi.processes --survivors $(RUN_TAG) --label "make $@" || status=1; exit $$status

.PHONY: install system venv pycsw ckan udata xsd i18n demo test test-unit test-servers test-qgis test-hostile test-ui test-desktop bench package clean

install: system venv pycsw ckan udata xsd i18n

# Debian packages: QGIS 3.22 LTR and friends (apt-get only when something is missing).
system:
	@if ! dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
		echo "Installing Debian packages: $(APT_PACKAGES)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $(APT_PACKAGES); \
	fi

# A venv from Debian's python (the only one that sees the qgis modules), seeing system packages.
venv: $(VENV)/.installed
$(VENV)/.installed: requirements.txt | system
	test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

# pycsw 2.6.2 (real transactional CSW for the tests and the local SDI) in its own venv:
# it pins OWSLib<0.29 and refuses to start beside a newer one.
pycsw: .venv-pycsw/.installed
.venv-pycsw/.installed: requirements-pycsw.txt | system
	test -x .venv-pycsw/bin/python || /usr/bin/python3 -m venv .venv-pycsw
	.venv-pycsw/bin/python -m pip install -q --disable-pip-version-check -r requirements-pycsw.txt
	touch $@

# CKAN 2.11 (real CKAN for tests/servers and the upload bench) in its own venv; PostgreSQL and Redis
# come from Debian, Solr is a stand-in (tests/support/standins/solr.py): none installable here.
ckan: .venv-ckan/.installed
.venv-ckan/.installed: requirements-ckan.txt | system
	test -x .venv-ckan/bin/python || /usr/bin/python3 -m venv .venv-ckan
	.venv-ckan/bin/python -m pip install -q --disable-pip-version-check -r requirements-ckan.txt
	touch $@

# udata 17 (data.gouv.fr's software, real server for tests/servers and DEMO_OPENDATA=1 make demo) in its own
# venv: it runs on mongomock inside one process (tests/support/udata_server.py), no MongoDB needed.
udata: .venv-udata/.installed
.venv-udata/.installed: requirements-udata.txt | system
	test -x .venv-udata/bin/python || /usr/bin/python3 -m venv .venv-udata
	.venv-udata/bin/python -m pip install -q --disable-pip-version-check -r requirements-udata.txt
	touch $@

# ISO 19139 XSDs for validating exports, taken from the pycsw wheel on PyPI.
xsd: build/xsd/.installed
build/xsd/.installed: scripts/fetch_xsd.sh | venv
	bash scripts/fetch_xsd.sh build/xsd
	touch $@

# French translation: .ts (committed) -> .qm (built).
i18n: passerelle/i18n/passerelle_fr.qm
passerelle/i18n/passerelle_fr.qm: passerelle/i18n/passerelle_fr.ts | system
	lrelease -silent $< -qm $@

# Code style (ruff, pinned in requirements.txt; ruff.toml): fails on any violation.
.PHONY: lint lint-fix
lint: venv
	$(VENV)/bin/ruff check .

lint-fix: venv
	$(VENV)/bin/ruff check --fix .

# `make test` lints first (read before the `test:` rule below, this prerequisite comes first): cheap, and it
# fails before the servers' venvs are installed.
test: lint

demo: install
	$(call checked,$(PY) scripts/demo.py demo-output)

test: install test-unit test-servers test-qgis test-hostile test-ui test-desktop

test-unit:
	$(call checked,$(PY) -m pytest -p no:qgis -p no:pytestqt tests/unit -q)

test-servers:
	$(call checked,$(PY) -m pytest -p no:qgis -p no:pytestqt tests/servers -q)

test-qgis:
	$(call checked,$(PY) -m pytest tests/qgis -q)

# Hostile inputs, fault injection and concurrent processes: real QGIS (pytest-qgis) and the real servers.
test-hostile:
	$(call checked,$(PY) -m pytest tests/hostile -q)

test-ui:
	$(call checked,$(PY) -m pytest tests/ui -q)

test-desktop:
	$(call checked,$(PY) -m pytest -p no:qgis tests/desktop -q)

bench: install
	$(PY) bench/bench_checks.py
	$(PY) bench/bench_rgpd.py
	$(PY) bench/bench_publish.py
	$(PY) bench/bench_ckan_upload.py
	$(PY) bench/bench_audit.py

package: i18n
	rm -rf build/package && mkdir -p build/package dist
	cp -r passerelle build/package/passerelle
	find build/package -name __pycache__ -prune -exec rm -rf {} +
	cd build/package && rm -f ../../dist/passerelle.zip && zip -qr ../../dist/passerelle.zip passerelle
	@echo "Plugin zip: dist/passerelle.zip"

clean:
	rm -rf build dist demo-output test-artifacts .pytest_cache
