"""A supervisor authorises an exception at an officer's desk with their own credentials."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from conciliador.services.context import Database
from conciliador.services.errors import ServiceError
from conciliador.services.permissions import Permission, allowed
from conciliador.services.users import sign_in
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.i18n import tr
from conciliador.ui.widgets.forms import Form, error_label


class SupervisorSignInDialog(QDialog):
    """Emits ``authorised(actor)`` with the supervisor, who then books in their own name."""

    authorised = Signal(object)

    def __init__(self, db: Database, office_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.office_id = office_id
        self.setWindowTitle(tr("Autorización de supervisión"))
        self.setMinimumWidth(420)
        intro = QLabel(
            tr(
                "La persona supervisora escribe aquí su usuario y contraseña. La audiencia "
                "queda programada a su nombre, con el motivo de la excepción en la bitácora."
            )
        )
        intro.setWordWrap(True)
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = error_label()
        form = Form(FieldErrors())
        # Signing in names no field: a refusal is said under the form (``_refuse``).
        form.row(tr("&Usuario:"), self.login)
        form.row(tr("&Contraseña:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Autorizar"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form.layout)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def check(self) -> None:
        try:
            actor = sign_in(self.db, self.login.text(), self.password.text())
        except ServiceError as exc:
            self._refuse(str(exc))
            return
        finally:
            self.password.clear()
        if not allowed(actor, Permission.OVERRIDE_RULE) or not actor.reaches(self.office_id):
            self._refuse(tr("Ese usuario no puede autorizar excepciones en esta oficina."))
            return
        self.authorised.emit(actor)
        self.accept()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.password.setFocus()
