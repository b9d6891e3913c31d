# Conciliador — the commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install run test bench lint screenshots clean

install: $(STAMP)

# Reinstall when the dependencies change.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Open the desktop app on the embedded SQLite database (created on first start).
run: install
	$(VENV)/bin/conciliador

## The whole suite, offscreen, after the layer contracts.
test: install
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

## Benchmarks (figures in docs/benchmarks.md); builds its big databases once, outside the repo.
bench: install
	$(PY) -m bench

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

## A PNG of every screen, with demonstration data, under a virtual X server; written outside
## the repository ($SCREENSHOTS_DIR, by default /tmp/conciliador-screenshots).
screenshots: install
	xvfb-run -a -s "-screen 0 1440x900x24" $(PY) tools/screenshots.py

## The English catalogue: collect the desktop's tr("…") strings, compile resources/i18n/*.qm.
.PHONY: translations
translations: install
	$(PY) tools/translations.py

## A self-contained folder for an office desk, made with PyInstaller (packaging/conciliador.spec):
## dist/conciliador/conciliador. The same recipe on Windows gives the installer's contents
## (docs/instalacion.md).
.PHONY: bundle
bundle: install
	@$(PY) -c "import PyInstaller" 2>/dev/null || { echo "Falta PyInstaller en $(VENV): $(PY) -m pip install pyinstaller" >&2; exit 1; }
	$(PY) -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/conciliador.spec
