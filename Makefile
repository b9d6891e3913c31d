# Conciliador — the commands a newcomer needs: `make run` and `make test`.
# Both do all the setting up: the system packages (tools/system-packages.sh, as root or with
# sudo; otherwise one line says what to run), then the Python packages exactly as locked.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
QM     := resources/i18n/conciliador_en.qm
# uv resolves the lock (make lock); installing needs only pip.
UV_VERSION := 0.13.9

.PHONY: install system-run system-test run test check test-shifted bench lint lock screenshots clean translations

install: $(STAMP) $(QM)

# Exactly the lock, with its hashes; the project itself without build isolation (its build
# backend is in the lock too), so a fresh machine fetches nothing that is not pinned.
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# The compiled English catalogue is built from the .ts catalogues, never committed.
$(QM): $(STAMP) resources/i18n/conciliador_en.ts resources/i18n/labels_en.ts
	$(PY) tools/translations.py --compile

system-run:
	@bash tools/system-packages.sh run

system-test:
	@bash tools/system-packages.sh test

## Open the desktop app on the embedded SQLite database (created on first start).
run: system-run install
	$(VENV)/bin/conciliador

## The whole suite, offscreen, after the layer contracts: in parallel (pytest-xdist, one
## worker per core, each with its own databases and PostgreSQL cluster), then the tests of
## processes that race or are killed (marked serial), alone.
JOBS ?= auto
test: system-test install
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:cacheprovider -n $(JOBS) -m "not serial"
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:cacheprovider -m serial

## The fast loop while working: everything but the subprocess soaks, races, crash tests,
## LibreOffice batches and the bundle (marked slow or serial), in parallel.
check: install
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n $(JOBS) -m "not slow and not serial"

## The suite again under shifted machine dates (.ci/run runs it after make test): the test
## processes believe the calendar says 23:30 of 29 Feb 2028 and 23:59 of 31 Dec 2026 in
## Managua (crossing into the new year while it runs), and a Tuesday in 2031 (time-machine;
## libfaketime hangs Python's timed lock waits). The calendar lives in the fast tests; the
## subprocess soaks, crash tests and the bundle build (marked slow) ran once in make test. One
## process, in make test's order (GUI tests left timers behind that other orders tripped on).
SHIFTED_DATES := 2028-02-29T23:30:00-06:00 2026-12-31T23:59:00-06:00 2031-07-15T09:00:00-06:00
SHIFTED_ARGS ?= -m "not slow" -p no:cacheprovider
test-shifted: system-test install
	@for when in $(SHIFTED_DATES); do \
	    echo "== make test con la fecha de la máquina en $$when"; \
	    CONCILIADOR_TEST_DATE=$$when QT_QPA_PLATFORM=offscreen \
	        $(PY) -m pytest -q $(SHIFTED_ARGS) || exit 1; \
	done

## Refresh the lock on purpose (an upgrade is a visible commit in which the tests pass).
lock:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet "uv==$(UV_VERSION)"
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --universal --generate-hashes \
	    --python-version 3.11 --no-header --upgrade -o requirements.lock

## Benchmarks (figures in docs/benchmarks.md); builds its big databases once, outside the repo.
bench: install
	$(PY) -m bench

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(QM)

## A PNG of every screen, with demonstration data, under a virtual X server; written outside
## the repository ($SCREENSHOTS_DIR, by default /tmp/conciliador-screenshots).
screenshots: system-test install
	xvfb-run -a -s "-screen 0 1920x1080x24" $(PY) tools/screenshots.py

## The English catalogue: collect the desktop's tr("…") strings, compile resources/i18n/*.qm.
translations: install
	$(PY) tools/translations.py

## A self-contained folder for an office desk, made with PyInstaller (packaging/conciliador.spec):
## dist/conciliador/conciliador. The same recipe on Windows gives the installer's contents
## (docs/instalacion.md).
.PHONY: bundle
bundle: install
	$(PY) -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/conciliador.spec
