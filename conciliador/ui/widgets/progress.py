"""Slow work off the GUI thread with a progress dialog and a «Cancelar» button.

The task runs through ``context.tasks`` (a thread pool in the app, synchronous in tests). A
cancelled task raises ``Cancelled`` inside its unit of work, which rolls back: nothing is
half-saved. Errors the user can act on are shown in the message bar; bugs go to the
last-resort handler.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from conciliador.services.errors import ServiceError
from conciliador.ui.context import UiContext
from conciliador.ui.errors import report_unexpected
from conciliador.ui.i18n import tr
from conciliador.ui.tasks import Cancelled, Progress


def run_with_progress(
    parent: QWidget,
    context: UiContext,
    *,
    title: str,
    label: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None] | None = None,
) -> QProgressDialog:
    dialog = QProgressDialog(label, tr("Cancelar"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    finished = False

    def progress(done: int, total: int) -> None:
        if finished:
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total))

    def finish() -> None:
        nonlocal finished
        finished = True
        dialog.reset()  # also stops the timer that would show it later
        dialog.hide()
        dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if on_failed is not None:
            on_failed(exc)
        if isinstance(exc, Cancelled):
            context.messages.info(tr("Cancelado. No se guardó nada a medias."))
        elif isinstance(exc, ServiceError):
            context.messages.error(str(exc))
        else:
            report_unexpected(exc, parent)

    handle = context.tasks.run(work, done, failed, progress)
    if not finished:
        dialog.canceled.connect(handle.cancel)
    return dialog
