"""The agreement editor (issue 5 §5): ``open_agreement_editor(context, hearing_id)`` opens it
for a hearing in course (to conclude it) or concluded (to correct what was agreed until the
acta is issued), or brings forward the one already open for that hearing."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from conciliador.services.agreements.editor import editor_start
from conciliador.ui.agreement.editor import AgreementEditor
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import run_service

_open: dict[tuple[int, int], AgreementEditor] = {}


def open_agreement_editor(
    context: UiContext, hearing_id: int, parent: QWidget | None = None
) -> AgreementEditor | None:
    key = (id(context), hearing_id)
    existing = _open.get(key)
    if existing is not None:
        existing.showNormal()
        existing.raise_()
        existing.activateWindow()
        return existing
    start = run_service(
        context.messages, lambda: editor_start(context.db, context.actor, hearing_id)
    )
    if start is None:
        return None
    editor = AgreementEditor(context, start, parent)
    _open[key] = editor
    editor.finished.connect(lambda _result: _open.pop(key, None))
    editor.destroyed.connect(lambda *_a: _open.pop(key, None))
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() if screen is not None else None
    width, height = 1280, 820
    if room is not None:  # never larger than the screen it opens on
        width, height = min(width, room.width()), min(height, room.height())
    editor.resize(width, height)
    editor.show()
    return editor


__all__ = ["AgreementEditor", "open_agreement_editor"]
