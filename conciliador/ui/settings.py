"""What the desktop remembers between sessions (an INI file in the user's config folder):
window size and position, the last sign-in name, the language, the agenda's view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "conciliador"
APPLICATION = "escritorio"


def store() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def get_text(key: str, default: str = "") -> str:
    value: Any = store().value(key, default)
    return value if isinstance(value, str) else default


def set_value(key: str, value: str | QByteArray) -> None:
    settings = store()
    settings.setValue(key, value)
    settings.sync()


def get_bytes(key: str) -> QByteArray | None:
    value: Any = store().value(key)
    return value if isinstance(value, QByteArray) else None
