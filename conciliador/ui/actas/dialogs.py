"""The Actas area's small dialogs: replacing an acta (with the defect it corrects), the
problems that keep an acta from being issued, and confirming an issue."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.actas.desk import ActaPanel
from conciliador.services.errors import FieldProblem
from conciliador.services.fields import ActaFields
from conciliador.ui.agenda.dialogs import ActionDialog
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label


class ReplaceDialog(ActionDialog):
    """The reason is required (at least 10 characters); the service says so otherwise."""

    def __init__(
        self,
        panel: ActaPanel,
        submit: Callable[[str, FieldErrors], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Reemplazar el acta"), tr("Abrir el reemplazo"), parent)
        self.submit = submit
        a = panel.acta
        intro = QLabel(
            tr(
                "El acta n.º {number} ({kind}) no se modifica: se abre un acta nueva, en "
                "borrador, que la reemplaza. Puede corregir lo acordado hasta emitir el "
                "reemplazo; al emitirlo, el acta n.º {number} queda marcada como reemplazada "
                "y sigue legible."
            ).format(number=a.number, kind=label(a.outcome))
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.reason.setPlaceholderText(
            tr("Qué defecto corrige (p. ej., el número de cédula de la parte citada estaba mal).")
        )
        self.form.row(tr("&Motivo del reemplazo:"), self.reason, ActaFields.REPLACE_REASON)
        self.finish_layout()

    def save(self) -> bool:
        return self.submit(self.reason.toPlainText(), self.errors)


class ProblemsDialog(QDialog):
    """Why the acta was not issued, one problem a line, and the way to fix them. It is the
    place of the findings about the whole document, which no widget edits
    (``ActaFields.OFFICER``, ``ActaFields.OFFICE_PLACE``), and of the agreement's errors."""

    def __init__(
        self,
        problems: list[FieldProblem],
        correct: Callable[[], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("El acta no se puede emitir todavía"))
        self.setMinimumWidth(560)
        items = "".join(
            f"<li>{html.escape(p.field)}: {html.escape(p.message)}</li>" for p in problems
        )
        text = QLabel(
            "<p>" + html.escape(tr("Corrija esto y vuelva a emitirla:")) + f"</p><ul>{items}</ul>"
        )
        text.setWordWrap(True)
        text.setAccessibleName(tr("Problemas que impiden emitir el acta"))
        self.problems = problems
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.correct_button: QPushButton | None = None
        if correct is not None:
            self.correct_button = QPushButton(icon("agreement"), tr("Corregir el &acuerdo…"))
            buttons.addButton(self.correct_button, QDialogButtonBox.ButtonRole.AcceptRole)

            def go_correct() -> None:
                self.accept()
                correct()

            self.correct_button.clicked.connect(go_correct)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)


def confirm_issue(panel: ActaPanel, parent: QWidget, issue: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Emitir el acta"),
        tr(
            "¿Emitir el acta ({kind}) del caso {case}?\n\nRecibe el número correlativo "
            "siguiente de la oficina y su texto queda congelado: después solo se corrige "
            "reemplazándola."
        ).format(kind=label(panel.acta.outcome), case=panel.acta.case_number),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(tr("Emitir"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    yes.clicked.connect(issue)
    box.open()
    return box
