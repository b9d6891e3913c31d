"""Where the data shipped with the code lives: criteria profiles, templates, fonts.

From a source checkout they sit at the top of the repository; an installed wheel carries them
under ``conciliador/_data`` (see ``pyproject.toml``), and so does the PyInstaller bundle
(``packaging/conciliador.spec``: the package's modules are found under ``sys._MEIPASS``, its
data beside them in ``conciliador/_data``).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _data_root() -> Path:
    bundled = _PACKAGE / "_data"
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent


def resources_dir() -> Path:
    return _data_root() / "resources"


def templates_dir() -> Path:
    return _data_root() / "templates"


def criteria_dir() -> Path:
    return resources_dir() / "criteria"
