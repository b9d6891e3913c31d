"""Start the desktop application."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from conciliador.services.actor import Actor
from conciliador.services.context import DatabaseError, open_database
from conciliador.ui.daily_backup import start_daily_backup
from conciliador.ui.tasks import ThreadTaskRunner
from conciliador.ui.today_window import TodayWindow

log = logging.getLogger(__name__)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    log.error("error inesperado:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    QMessageBox.critical(
        None,
        "Conciliador",
        "Ocurrió un error inesperado. Quedó registrado en el archivo de registro.",
    )


def run_app(db_url: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Conciliador")
    sys.excepthook = _excepthook
    try:
        db = open_database(db_url)
    except DatabaseError as exc:
        QMessageBox.critical(None, "Conciliador", str(exc))
        return 1
    window = TodayWindow(db, Actor.command_line())
    window.show()
    backups = ThreadTaskRunner()  # today's automatic backup, off the GUI thread (issue 7)
    start_daily_backup(db, backups, window.statusBar().showMessage)
    return app.exec()
