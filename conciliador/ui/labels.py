"""The domain's labels in the language of the desktop.

The Spanish label lives with each enum member (``conciliador.domain.enums``); its English
translation lives in ``resources/i18n/labels_en.ts`` (context «Etiquetas»), which
``make translations`` keeps in step with the enums.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

CONTEXT = "Etiquetas"


class Labelled(Protocol):
    @property
    def label(self) -> str: ...


def label(member: Labelled) -> str:
    return QCoreApplication.translate(CONTEXT, member.label)
