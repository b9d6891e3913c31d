"""Signing in (argon2 check and lockout in the service) and changing one's password."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.accounts import change_own_password, password_change_required
from conciliador.services.actor import Actor
from conciliador.services.context import Database
from conciliador.services.errors import FieldProblem, ServiceError
from conciliador.services.fields import UserFields as U
from conciliador.services.users import MIN_PASSWORD, sign_in
from conciliador.ui import settings
from conciliador.ui.errors import report_unexpected
from conciliador.ui.feedback import FieldErrors, run_service
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.messages import Messages
from conciliador.ui.tasks import Progress, TaskRunner
from conciliador.ui.widgets.forms import Form, error_label

LAST_LOGIN = "inicio/ultimo_usuario"


class SignInDialog(QDialog):
    """Emits ``signed_in(actor, must_change_password)``."""

    signed_in = Signal(object, bool)

    def __init__(
        self, db: Database, tasks: TaskRunner, *, hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.setWindowTitle(tr("Iniciar sesión"))
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(420)
        title = QLabel(tr("Conciliador"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(tr("Audiencias de conciliación familiar"))
        subtitle.setStyleSheet("color: #566573;")
        self.login = QLineEdit(settings.get_text(LAST_LOGIN))
        self.login.setMaxLength(60)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(200)
        self.errors = FieldErrors()
        form = Form(self.errors)
        form.row(tr("&Usuario:"), self.login, U.LOGIN)
        form.row(tr("&Contraseña:"), self.password, U.PASSWORD)
        self.problem = error_label()
        self.temporary = ""
        self.problem.setAccessibleName(tr("Problema al iniciar sesión"))
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #566573;")
        self.hint.setVisible(bool(hint))
        self.buttons = QDialogButtonBox()
        self.enter = self.buttons.addButton(tr("&Entrar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(tr("&Salir"), QDialogButtonBox.ButtonRole.RejectRole)
        self.enter.setDefault(True)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        where = QLabel(tr("Base de datos: {url}").format(url=db.display_url))
        where.setStyleSheet("color: #808b96; font-size: small;")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(QSize(56, 56)))
        names = QVBoxLayout()
        names.addWidget(title)
        names.addWidget(subtitle)
        heading = QHBoxLayout()
        heading.addWidget(logo)
        heading.addSpacing(8)
        heading.addLayout(names, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addSpacing(8)
        layout.addLayout(form.layout)
        layout.addWidget(self.problem)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        layout.addWidget(where)
        (self.password if self.login.text() else self.login).setFocus()

    def attempt(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        self.problem.hide()
        if not login or not password:
            self.problem.setText(tr("Escriba su usuario y su contraseña."))
            self.problem.show()
            (self.login if not login else self.password).setFocus()
            return
        self.enter.setEnabled(False)

        def work(_progress: Progress) -> tuple[Actor, bool]:
            actor = sign_in(self.db, login, password)
            return actor, password_change_required(self.db, actor)

        self.tasks.run(work, self._done, self._failed)

    def _done(self, result: tuple[Actor, bool]) -> None:
        actor, must_change = result
        self.enter.setEnabled(True)
        settings.set_value(LAST_LOGIN, actor.login)
        # The temporary password was just typed: the change of password does not ask for it
        # again (it goes on to that dialog and nowhere else).
        self.temporary = self.password.text() if must_change else ""
        self.password.clear()
        self.signed_in.emit(actor, must_change)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.enter.setEnabled(True)
        if not isinstance(exc, ServiceError):
            report_unexpected(exc, self)
            return
        self.problem.setText(str(exc))
        self.problem.show()
        self.password.selectAll()
        self.password.setFocus()


class ChangePasswordDialog(QDialog):
    """Choose a new password (required after an administrator reset it)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        required: bool,
        current: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``current``: the temporary password just typed at sign-in, so it is not asked for
        twice (its row is not shown)."""
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.messages = Messages(self)
        self.setWindowTitle(tr("Cambiar la contraseña"))
        self.setMinimumWidth(440)
        intro = QLabel(
            tr(
                "El administrador le dio una contraseña temporal. Elija ahora su propia "
                "contraseña: al menos {n} caracteres, con letras y números o signos."
            ).format(n=MIN_PASSWORD)
            if required
            else tr("Al menos {n} caracteres, con letras y números o signos.").format(
                n=MIN_PASSWORD
            )
        )
        intro.setWordWrap(True)
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.current, self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = Form(self.errors)
        form.row(tr("Contraseña &actual:"), self.current, U.CURRENT_PASSWORD)
        if current:
            self.current.setText(current)
            form.layout.setRowVisible(form.layout.rowCount() - 1, False)  # the row just added
        form.row(tr("&Nueva contraseña:"), self.new, U.NEW_PASSWORD)
        form.row(tr("&Repítala:"), self.repeat, U.REPEAT_PASSWORD)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Guardar la contraseña"))
        if required:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cerrar sesión"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form.layout)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.new.text() != self.repeat.text():
            self.errors.show(
                [FieldProblem(U.REPEAT_PASSWORD, tr("no coincide con la nueva contraseña"))]
            )
            return

        def change() -> bool:
            change_own_password(self.db, self.actor, self.current.text(), self.new.text())
            return True

        if run_service(self.messages, change, errors=self.errors):
            self.accept()
