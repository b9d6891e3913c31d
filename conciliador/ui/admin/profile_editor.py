"""The whole profile edited as its text, beside the version in force: the differences side by
side, the text checked as the loader checks it (the key named), a sample acta written under
the draft, and the draft saved with its date and the source of what changed."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.criteria_preview import preview_sample_acta
from conciliador.services.criteria_versions import (
    check_profile_text,
    draft_from_text,
    text_difference,
)
from conciliador.services.errors import ValidationFailed
from conciliador.services.fields import CriteriaFields
from conciliador.ui.context import UiContext
from conciliador.ui.documents.pdf_pane import PdfPane
from conciliador.ui.feedback import FieldErrors, run_service
from conciliador.ui.i18n import tr
from conciliador.ui.widgets.forms import DateField, Form, error_label
from conciliador.ui.widgets.progress import run_with_progress

_COLOURS = {"-": "#fdecea", "+": "#e8f6ec", "@": "#eef2f7", " ": "#ffffff"}


def difference_html(rows: list[tuple[str, str]]) -> str:
    """The differences as a two-column table: the version in force left, the draft right."""
    if not rows:
        return "<p>" + html.escape(tr("Sin diferencias con la versión vigente.")) + "</p>"
    cells = []
    for mark, text in rows:
        line = html.escape(text) or "&nbsp;"
        if mark == "@":
            cells.append(f"<tr><td colspan='2' style='background:{_COLOURS['@']}'>…</td></tr>")
        elif mark == "-":
            cells.append(f"<tr><td style='background:{_COLOURS['-']}'>{line}</td><td></td></tr>")
        elif mark == "+":
            cells.append(f"<tr><td></td><td style='background:{_COLOURS['+']}'>{line}</td></tr>")
        else:
            cells.append(f"<tr><td>{line}</td><td>{line}</td></tr>")
    head = "<tr><th>{}</th><th>{}</th></tr>".format(
        html.escape(tr("Versión vigente")), html.escape(tr("Borrador"))
    )
    return (
        "<table width='100%' cellspacing='0' cellpadding='2' style='font-family: monospace'>"
        + head
        + "".join(cells)
        + "</table>"
    )


class ProfileEditorDialog(QDialog):
    def __init__(
        self, context: UiContext, code: str, in_force: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.code = code
        self.in_force = in_force
        self.setWindowTitle(tr("Editar el perfil {code}").format(code=code))
        self.resize(1100, 700)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.text = QPlainTextEdit(in_force)
        self.text.setFont(mono)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setAccessibleName(tr("Texto del borrador"))
        self.differences = QTextBrowser()
        self.differences.setAccessibleName(tr("Diferencias con la versión vigente"))
        self.pane = PdfPane()
        self.pane.show_message(tr("Pulse «Acta de ejemplo» para verla con el borrador."))
        right = QTabWidget()
        right.addTab(self.differences, tr("Diferencias"))
        right.addTab(self.pane, tr("Acta de ejemplo"))
        self.right = right
        split = QSplitter()
        split.addWidget(self.text)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        self.check_button = QPushButton(tr("&Comprobar y comparar"))
        self.preview_button = QPushButton(tr("Acta de &ejemplo"))
        self.check_button.clicked.connect(self.check)
        self.preview_button.clicked.connect(self.preview)
        self.effective = DateField(optional=False)
        self.effective.set_value(dt.date(context.now().year + 1, 1, 1))
        self.source = QLineEdit()
        self.source.setMaxLength(1000)
        self.note = QLineEdit()
        self.note.setMaxLength(2000)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = Form(self.errors)
        form.row(tr("&Vigente desde:"), self.effective, CriteriaFields.EFFECTIVE_FROM)
        form.row(tr("&Fuente del nuevo valor:"), self.source, CriteriaFields.SOURCE)
        form.row(tr("&Qué cambia:"), self.note, CriteriaFields.NOTE)
        self.problem = error_label()
        self.errors.bind(CriteriaFields.TEXT, self.text, self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("&Guardar como borrador"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.preview_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Texto del perfil (izquierda) y lo que cambia (derecha).")))
        layout.addWidget(split, 1)
        layout.addWidget(self.problem)
        layout.addLayout(actions)
        layout.addLayout(form.layout)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.check()

    def check(self) -> bool:
        """Check the draft and show how it differs from the version in force."""
        draft = self.text.toPlainText()
        self.differences.setHtml(difference_html(text_difference(self.in_force, draft)))
        self.problem.hide()
        try:
            check_profile_text(self.code, draft)
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            return False
        return True

    def preview(self) -> None:
        if not self.check():
            return
        code, draft = self.code, self.text.toPlainText()
        self.right.setCurrentWidget(self.pane)
        run_with_progress(
            self,
            self.context,
            title=tr("Acta de ejemplo"),
            label=tr("Escribiendo un acta de ejemplo con el borrador…"),
            work=lambda _progress: preview_sample_acta(code, draft),
            on_done=self._show,
        )

    def _show(self, pdf: bytes) -> None:
        self.pane.show_pdf(pdf)

    def save(self) -> None:
        effective = self.effective.value() or dt.date(self.context.now().year + 1, 1, 1)
        saved = run_service(
            self.context.messages,
            lambda: draft_from_text(
                self.context.db,
                self.context.actor,
                self.code,
                self.text.toPlainText(),
                effective_from=effective,
                source=self.source.text(),
                note=self.note.text(),
            ),
            errors=self.errors,
        )
        if saved is not None:
            self.context.messages.success(
                tr("Borrador {number} del perfil {code} guardado.").format(
                    number=saved.number, code=self.code
                )
            )
            self.accept()
