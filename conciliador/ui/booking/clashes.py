"""The booking dialog's verdict: each clash of the chosen slot in words, and — when every one
may be set aside — the supervisor's override with its written reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.actor import Actor
from conciliador.services.errors import Clash
from conciliador.services.fields import Booking
from conciliador.services.permissions import Permission, allowed
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.i18n import tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label
from conciliador.ui.widgets.forms import Form

OVERRIDE_FIELD = Booking.OVERRIDE_REASON


def clash_text(clash: Clash) -> str:
    """«✖ La sala «Sala 1» está ocupada …» — a sentence, marked by whether it may be waived."""
    sentence = clash.message[:1].upper() + clash.message[1:] + "."
    return ("⚠ " if clash.overridable else "✖ ") + sentence


class ClashPanel(QWidget):
    """Emits ``supervisor_requested`` when an officer asks a supervisor to authorise."""

    supervisor_requested = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clashes: list[Clash] = []
        caption = QLabel(tr("Comprobación"))
        caption.setStyleSheet("font-weight: bold;")
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(tr("Resultado de la comprobación"))
        self.clash_box = QVBoxLayout()
        self.override = QGroupBox(tr("Excepción autorizada por supervisión"))
        self.override_check = QCheckBox(tr("Autorizo programar pese a lo indicado arriba"))
        self.override_reason = QPlainTextEdit()
        self.override_reason.setTabChangesFocus(True)
        self.override_reason.setFixedHeight(60)
        self.override_reason.setPlaceholderText(
            tr("Motivo de la excepción (al menos 10 caracteres)")
        )
        self.override_who = QLabel()
        self.override_who.setWordWrap(True)
        self.supervisor_button = QPushButton(
            icon("key"), tr("Autorizar con un usuario &supervisor…")
        )
        self.supervisor_button.clicked.connect(self.supervisor_requested.emit)
        reason_form = Form(errors)
        reason_form.row(tr("Moti&vo de la excepción:"), self.override_reason, OVERRIDE_FIELD)
        box = QVBoxLayout(self.override)
        box.addWidget(self.override_who)
        box.addWidget(self.supervisor_button)
        box.addWidget(self.override_check)
        box.addLayout(reason_form.layout)
        self.override.hide()
        self.override_check.toggled.connect(self.override_reason.setEnabled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.verdict)
        layout.addLayout(self.clash_box)
        layout.addWidget(self.override)
        layout.addStretch(1)
        self.booker: Actor | None = None
        self.signed_in: Actor | None = None

    @property
    def override_reason_text(self) -> str:
        """The reason to send, when the override is visible and ticked; empty otherwise."""
        if self.override.isVisibleTo(self) and self.override_check.isChecked():
            return self.override_reason.toPlainText()
        return ""

    def note(self, text: str) -> None:
        """A verdict without clashes to list (incomplete data, a refusal of the service)."""
        self.show_clashes([])
        self.verdict.setText(text)
        self.verdict.setStyleSheet("")

    def show_clashes(self, clashes: list[Clash]) -> None:
        self.clashes = clashes
        while self.clash_box.count():
            item = self.clash_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if not clashes:
            self.verdict.setText(tr("✔ Horario libre: se puede programar."))
            self.verdict.setStyleSheet("color: #1e8449; font-weight: bold;")
            self.override.hide()
            return
        overridable = all(c.overridable for c in clashes)
        self.verdict.setText(
            tr("Este horario choca con las reglas de la oficina:")
            if overridable
            else tr("No se puede programar en este horario:")
        )
        self.verdict.setStyleSheet(
            "color: #b7791f; font-weight: bold;"
            if overridable
            else "color: #c0392b; font-weight: bold;"
        )
        for clash in clashes:
            row = QLabel(clash_text(clash))
            row.setWordWrap(True)
            row.setStyleSheet("color: #7d6608;" if clash.overridable else "color: #922b21;")
            row.setAccessibleName(clash.message)
            self.clash_box.addWidget(row)
        self.override.setVisible(overridable)
        self.sync_override()

    def set_booker(self, booker: Actor, signed_in: Actor) -> None:
        """Who books: the signed-in person, or a supervisor who authorised at this desk."""
        self.booker, self.signed_in = booker, signed_in
        if booker is not signed_in:
            self.override_check.setChecked(True)
        self.sync_override()

    def sync_override(self) -> None:
        booker = self.booker
        may = booker is not None and allowed(booker, Permission.OVERRIDE_RULE)
        self.supervisor_button.setVisible(not may)
        self.override_check.setEnabled(may)
        self.override_reason.setEnabled(may and self.override_check.isChecked())
        if booker is not None and may and booker is not self.signed_in:
            self.override_who.setText(
                tr("Autoriza: {name} ({role}).").format(name=booker.name, role=label(booker.role))
            )
        elif may:
            self.override_who.setText(
                tr("Como supervisor/a puede autorizar la excepción, con un motivo escrito.")
            )
        else:
            self.override_who.setText(
                tr(
                    "Solo un supervisor puede autorizar estas excepciones. Si está presente, "
                    "puede autorizarla aquí con su propio usuario."
                )
            )
