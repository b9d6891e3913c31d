"""Start the desktop application: language → database → first start or sign-in → main window.

``DesktopApp`` walks the screens of a session without nested event loops (each step opens
the next one from a signal), so tests drive the same flow a person does.
"""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from conciliador.services.actor import Actor
from conciliador.services.context import Database, DatabaseError, open_database
from conciliador.services.leftovers import sweep_leftovers
from conciliador.services.setup import database_state
from conciliador.ui import settings
from conciliador.ui.context import UiContext
from conciliador.ui.daily_backup import start_daily_backup
from conciliador.ui.errors import install_excepthook
from conciliador.ui.i18n import install_language, tr
from conciliador.ui.icons import icon
from conciliador.ui.shell.first_run import FirstRunWizard
from conciliador.ui.shell.main_window import MainWindow
from conciliador.ui.shell.sign_in import ChangePasswordDialog, SignInDialog
from conciliador.ui.tasks import TaskRunner, ThreadTaskRunner
from conciliador.ui.warmup import warm_up

log = logging.getLogger(__name__)

LANGUAGE = "ventana/idioma"


class DesktopApp(QObject):
    """One desk's session flow. ``start()`` shows the first screen."""

    def __init__(self, db: Database, tasks: TaskRunner) -> None:
        super().__init__()
        self.db = db
        self.tasks = tasks
        self.wizard: FirstRunWizard | None = None
        self.sign_in: SignInDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.window: MainWindow | None = None
        self.context: UiContext | None = None
        self.warming: threading.Thread | None = None

    def start(self) -> None:
        if database_state(self.db).empty:
            self.wizard = FirstRunWizard(self.db, self.tasks)
            self.wizard.ready.connect(self.ask_sign_in)
            self.wizard.rejected.connect(self._quit)
            self.wizard.show()
        else:
            self.ask_sign_in()

    def ask_sign_in(self, login_hint: str = "") -> None:
        if self.warming is None:
            self.warming = warm_up()
        self.sign_in = SignInDialog(self.db, self.tasks)
        if login_hint and not self.sign_in.login.text():
            self.sign_in.login.setText(login_hint)
            self.sign_in.password.setFocus()
        self.sign_in.signed_in.connect(self._signed_in)
        self.sign_in.rejected.connect(self._quit)
        self.sign_in.show()

    def _signed_in(self, actor: Actor, must_change_password: bool) -> None:
        if must_change_password:
            typed = self.sign_in.temporary if self.sign_in is not None else ""
            dialog = ChangePasswordDialog(self.db, actor, required=True, current=typed)
            dialog.accepted.connect(lambda: self.open_main_window(actor))
            dialog.rejected.connect(self.ask_sign_in)
            self.password_dialog = dialog
            dialog.show()
            return
        self.open_main_window(actor)

    def open_main_window(self, actor: Actor) -> None:
        if self.context is None or self.context.actor != actor:
            self.context = UiContext(self.db, actor, self.tasks)
        self.window = MainWindow(self.context)
        self.window.signed_out.connect(self._signed_out)
        self.window.change_password.connect(self._change_password)
        self.window.language_chosen.connect(self._switch_language)
        self.window.show()

    def _signed_out(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
        self.window = None
        self.context = None
        self.ask_sign_in()

    def _change_password(self) -> None:
        if self.context is None or self.window is None:
            return
        dialog = ChangePasswordDialog(
            self.db, self.context.actor, required=False, parent=self.window
        )
        context = self.context
        dialog.accepted.connect(lambda: context.messages.success(tr("Contraseña cambiada.")))
        self.password_dialog = dialog
        dialog.open()

    def _switch_language(self, language: str) -> None:
        settings.set_value(LANGUAGE, language)
        install_language(language)
        if self.window is None or self.context is None:
            return
        old = self.window
        self.window = None
        old.close()
        old.deleteLater()
        self.open_main_window(self.context.actor)

    def _quit(self) -> None:
        """Quit once no window of the session is open (checked after the event that closed
        the last one, since the next screen opens from that same event)."""
        QTimer.singleShot(0, self._quit_if_nothing_open)

    def _quit_if_nothing_open(self) -> None:
        app = QApplication.instance()
        if app is not None and not any(w.isVisible() for w in QApplication.topLevelWidgets()):
            app.quit()


def _tell(desktop: DesktopApp, text: str) -> None:
    """A line about the daily backup: on the main window's status bar once there is one."""
    if desktop.window is not None:
        desktop.window.statusBar().showMessage(text, 20_000)
    else:
        log.info("%s", text)


def run_app(db_url: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Conciliador")
    app.setOrganizationName("conciliador")
    app.setApplicationDisplayName("Conciliador")
    app.setWindowIcon(icon("app"))
    app.setQuitOnLastWindowClosed(False)
    install_language(settings.get_text(LANGUAGE, "es"))
    install_excepthook()
    try:
        db = open_database(db_url)
    except DatabaseError as exc:
        QMessageBox.critical(None, tr("Conciliador"), str(exc))
        return 1
    sweep_leftovers(db)  # what a program killed half-way left (work folders, dumps)
    tasks = ThreadTaskRunner()
    desktop = DesktopApp(db, tasks)
    app.lastWindowClosed.connect(desktop._quit)
    desktop.start()
    # Today's automatic backup of the embedded database, off the GUI thread (issue 7).
    start_daily_backup(db, tasks, lambda text: _tell(desktop, text))
    status = app.exec()
    tasks.wait()
    db.dispose()
    log.info("aplicación cerrada (%s)", status)
    return status
