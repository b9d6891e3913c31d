"""Referring a case along the route of care (derivación), after a positive screen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from conciliador.criteria import Profile
from conciliador.services.cases import CaseView, refer_case
from conciliador.services.fields import ReferralFields
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import FieldErrors, run_service
from conciliador.ui.i18n import tr
from conciliador.ui.widgets.forms import Form, error_label, room_for_messages


class ReferralDialog(QDialog):
    def __init__(
        self, context: UiContext, case: CaseView, profile: Profile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.case = case
        self.setWindowTitle(tr("Derivar el caso"))
        self.setMinimumWidth(540)
        intro = QLabel(
            tr(
                "Caso {case}. El tamizaje de salvaguarda indica violencia: la conciliación no "
                "es la vía. Registre a qué institución de la ruta de atención se deriva."
            ).format(case=case.number)
            if case.safeguarding_flagged
            else tr(
                "Caso {case}. Registre a qué institución de la ruta de atención se deriva; el "
                "caso sale de la conciliación."
            ).format(case=case.number)
        )
        intro.setWordWrap(True)
        self.institution = QComboBox()
        for institution in profile.safeguarding.institutions:
            self.institution.addItem(institution.name, institution.code)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = Form(self.errors)
        form.row(tr("&Institución:"), self.institution, ReferralFields.INSTITUTION)
        form.row(tr("&Observaciones:"), self.notes, ReferralFields.NOTES)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Derivar"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Ahora no"))
        buttons.accepted.connect(self.refer)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form.layout)
        layout.addWidget(self.general)
        room_for_messages(layout, self)
        layout.addWidget(buttons)

    def refer(self) -> None:
        code = self.institution.currentData()

        def work() -> bool:
            refer_case(
                self.context.db,
                self.context.actor,
                self.case.id,
                code,
                self.notes.toPlainText(),
                now=self.context.now(),
            )
            return True

        if run_service(self.context.messages, work, errors=self.errors):
            self.context.messages.success(
                tr("Caso {case} derivado a: {institution}.").format(
                    case=self.case.number, institution=self.institution.currentText()
                )
            )
            self.accept()
