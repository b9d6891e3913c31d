"""The last resort: an error nobody caught is logged with its traceback and explained in a
dialog that lets the person carry on or quit — never a silent crash, never a traceback on
screen. Faults of the environment (database locked or unreachable, disk full) are told apart
from bugs and explained as such."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from conciliador.applog import log_file
from conciliador.services.errors import ServiceError
from conciliador.services.failures import environment_problem
from conciliador.ui.i18n import tr

log = logging.getLogger("conciliador.ui")

EXIT_AFTER_BUG = 3
_showing = False


class UnexpectedErrorDialog(QMessageBox):
    """«Seguir trabajando» or «Cerrar Conciliador», with the details folded away."""

    def __init__(self, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(tr("Error inesperado"))
        self.setText(tr("Ocurrió un error inesperado en Conciliador."))
        self.setInformativeText(
            tr(
                "Es un defecto del programa, no algo que usted hizo mal. La operación en curso "
                "no se completó y no se guardó nada a medias. Puede seguir trabajando; si el "
                "error se repite, avise al administrador.\n\nDetalles registrados en:\n{path}"
            ).format(path=log_file())
        )
        self.setDetailedText(f"{type(exc).__name__}: {exc}")
        self.carry_on = self.addButton(tr("Seguir trabajando"), QMessageBox.ButtonRole.AcceptRole)
        self.quit_button = self.addButton(
            tr("Cerrar Conciliador"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.setDefaultButton(self.carry_on)
        self.setEscapeButton(self.carry_on)

    @property
    def wants_to_quit(self) -> bool:
        return self.clickedButton() is self.quit_button


def environment_dialog(text: str, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("No se pudo completar"), text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def report_unexpected(exc: BaseException, parent: QWidget | None = None) -> None:
    """Log ``exc`` and tell the person, modally; quits the app when they choose to."""
    global _showing
    tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if isinstance(exc, ServiceError):
        log.warning("mensaje de servicio no atendido por la pantalla: %s", exc)
    problem = environment_problem(exc)
    if problem is None and not isinstance(exc, ServiceError):
        log.error("error inesperado:\n%s", tb)
    elif problem is not None:
        log.warning("problema del entorno: %s", tb.strip().splitlines()[-1])
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        parent = parent or QApplication.activeWindow()
        if isinstance(exc, ServiceError):
            environment_dialog(str(exc), parent).exec()
        elif problem is not None:
            environment_dialog(problem, parent).exec()
        else:
            dialog = UnexpectedErrorDialog(exc, parent)
            # the answer is kept as it is given: the window under the dialog may be closed
            # (and the dialog deleted with it) before exec() returns
            answer: list[bool] = []
            dialog.buttonClicked.connect(lambda _b: answer.append(dialog.wants_to_quit))
            dialog.exec()
            if answer and answer[-1]:
                QTimer.singleShot(0, lambda: QCoreApplication.exit(EXIT_AFTER_BUG))
    finally:
        _showing = False


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QCoreApplication.exit(130)
        return
    report_unexpected(value.with_traceback(tb))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    # Not on the GUI thread: log only (task errors reach the GUI through the task runner).
    if args.exc_value is not None:
        log.error(
            "error inesperado en un hilo:\n%s",
            "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)),
        )


def install_excepthook() -> None:
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook
