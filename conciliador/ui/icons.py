"""The desktop's icons: small SVGs of our own in ``resources/icons``, sharp at any DPI."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from conciliador.criteria.files import resources_dir


def icon_path(name: str) -> str:
    return str(resources_dir() / "icons" / f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (a file name without ``.svg``); an unknown name is a bug."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(f"no hay icono {name!r} en {path.parent}")
    return QIcon(str(path))
