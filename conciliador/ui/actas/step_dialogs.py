"""The dialogs of the steps a country's law adds to an acta with an agreement (the services
are ``services/actas/steps.py``; the Actas screen offers them only where the office's profile
has the step):

- Peru: the verifying lawyer's legality check, recorded before the parties sign;
- Chile: the signed acta sent to the family court, then the court's decision (approved or
  observed).

Each one only gathers what was typed; the service checks, records and audits it, and its
problems come back next to their fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.actas.desk import ActaPanel
from conciliador.services.fields import ActaFields
from conciliador.ui.agenda.dialogs import ActionDialog
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.i18n import tr
from conciliador.ui.labels import label
from conciliador.ui.widgets.forms import DateField


def _intro(text: str) -> QLabel:
    intro = QLabel(text)
    intro.setWordWrap(True)
    return intro


def _acta(panel: ActaPanel) -> str:
    a = panel.acta
    return tr("Acta n.º {number} ({kind}), caso {case}.").format(
        number=a.number, kind=label(a.outcome), case=a.case_number
    )


class LegalityCheckDialog(ActionDialog):
    """Peru: who checked the agreement's legality, with their bar registration."""

    Submit = Callable[[str, str, FieldErrors], bool]

    def __init__(self, panel: ActaPanel, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(tr("Verificación de legalidad"), tr("Registrar la verificación"), parent)
        self.submit = submit
        self.body.addWidget(
            _intro(
                _acta(panel)
                + " "
                + tr(
                    "Antes de que las partes firmen, el abogado o la abogada verifica la "
                    "legalidad de los acuerdos (Ley n.º 26872, art. 16). Registre quién lo "
                    "hizo; después se podrán registrar las firmas."
                )
            )
        )
        self.lawyer = QLineEdit()
        self.lawyer.setMaxLength(200)
        self.registration = QLineEdit()
        self.registration.setMaxLength(60)
        self.registration.setPlaceholderText(tr("p. ej. CAL 45872"))
        self.form.row(tr("&Abogado/a verificador/a:"), self.lawyer, ActaFields.LAWYER)
        self.form.row(
            tr("&Registro del colegio de abogados:"),
            self.registration,
            ActaFields.LAWYER_REGISTRATION,
        )
        self.finish_layout()

    def save(self) -> bool:
        return self.submit(self.lawyer.text(), self.registration.text(), self.errors)


class SendToCourtDialog(ActionDialog):
    """Chile: the family court the signed acta was sent to, and when."""

    Submit = Callable[[str, "dt.date | None", FieldErrors], bool]

    def __init__(
        self, panel: ActaPanel, today: dt.date, submit: Submit, parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Envío al tribunal de familia"), tr("Registrar el envío"), parent)
        self.submit = submit
        self.body.addWidget(
            _intro(
                _acta(panel)
                + " "
                + tr(
                    "El acta de mediación con acuerdo se remite al tribunal de familia para "
                    "su aprobación; solo aprobada tiene valor de sentencia ejecutoriada "
                    "(Ley n.º 19.968, art. 111)."
                )
            )
        )
        self.court = QLineEdit()
        self.court.setMaxLength(200)
        self.court.setPlaceholderText(tr("p. ej. 2.º Juzgado de Familia de Santiago"))
        self.sent_on = DateField(optional=False)
        self.sent_on.set_value(today)
        self.form.row(tr("&Tribunal de familia:"), self.court, ActaFields.COURT)
        self.form.row(tr("&Fecha de envío:"), self.sent_on, ActaFields.SENT_ON)
        self.finish_layout()

    def save(self) -> bool:
        return self.submit(self.court.text(), self.sent_on.value(), self.errors)


class CourtDecisionDialog(ActionDialog):
    """Chile: what the court decided on the sent acta: approved, or observed."""

    Submit = Callable[[bool | None, "dt.date | None", str, str, FieldErrors], bool]

    def __init__(
        self, panel: ActaPanel, today: dt.date, submit: Submit, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            tr("Resolución del tribunal de familia"), tr("Registrar la resolución"), parent
        )
        self.submit = submit
        steps = panel.steps
        sent = (
            tr("Enviada a {court} el {day}.").format(
                court=steps.court, day=f"{steps.sent_on:%d/%m/%Y}"
            )
            if steps is not None and steps.sent_on is not None
            else ""
        )
        self.body.addWidget(_intro(f"{_acta(panel)} {sent}".strip()))
        self.approved = QRadioButton(tr("&Aprobada"))
        self.observed = QRadioButton(tr("&Observada (se corrige reemplazando el acta)"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.approved)
        self.choice.addButton(self.observed)
        row = QWidget()
        # One choice a line: the observed one says what follows, and is read whole.
        choices = QVBoxLayout(row)
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self.approved)
        choices.addWidget(self.observed)
        self.decided_on = DateField(optional=False)
        self.decided_on.set_value(today)
        self.reference = QLineEdit()
        self.reference.setMaxLength(60)
        self.reference.setPlaceholderText(tr("p. ej. C-1234-2026"))
        self.decision = QPlainTextEdit()
        self.decision.setTabChangesFocus(True)
        self.decision.setFixedHeight(80)
        self.decision.setPlaceholderText(tr("Lo que resolvió el tribunal, en sus palabras."))
        self.form.row(tr("Decisión:"), row, ActaFields.DECISION)
        self.form.row(tr("&Fecha de la resolución:"), self.decided_on, ActaFields.DECIDED_ON)
        self.form.row(tr("&RIT de la causa:"), self.reference, ActaFields.CASE_REFERENCE)
        self.form.row(tr("Re&solución:"), self.decision, ActaFields.DECISION_TEXT)
        self.finish_layout()

    def save(self) -> bool:
        approved = (
            True if self.approved.isChecked() else False if self.observed.isChecked() else None
        )
        return self.submit(
            approved,
            self.decided_on.value(),
            self.reference.text(),
            self.decision.toPlainText(),
            self.errors,
        )
