"""Days the office closes besides public holidays: add (warned when hearings are booked that
day), reopen a future one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.documents.formatting import long_date
from conciliador.services.errors import FieldProblem
from conciliador.services.fields import ClosureFields
from conciliador.services.offices import add_closure_day
from conciliador.services.premises import (
    ClosureDayView,
    hearings_on_day,
    list_closure_days,
    remove_closure_day,
)
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import FieldErrors, run_service
from conciliador.ui.i18n import count, display_locale, tr
from conciliador.ui.icons import icon
from conciliador.ui.widgets.forms import DateField, Form, error_label
from conciliador.ui.widgets.table import RowTable
from conciliador.ui.widgets.table_model import Column, RowsModel


def closure_columns() -> list[Column[ClosureDayView]]:
    return [
        Column(tr("Fecha"), lambda c: f"{c.day:%d/%m/%Y}"),
        Column(
            tr("Día"), lambda c: long_date(c.day, display_locale("es")).split(",")[0].capitalize()
        ),
        Column(tr("Motivo"), lambda c: c.reason),
    ]


class ClosureDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Cerrar la oficina un día"))
        self.setMinimumWidth(460)
        self.day = DateField()
        self.day.set_default_page(context.now().date())
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(tr("p. ej. fumigación del edificio"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #7d6608;")
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = Form(self.errors)
        form.row(tr("&Fecha:"), self.day, ClosureFields.DAY)
        form.row(tr("&Motivo:"), self.reason, ClosureFields.REASON)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addWidget(self.warning)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.day.dateChanged.connect(lambda _d: self._warn())

    def _warn(self) -> None:
        day = self.day.value()
        if day is None:
            self.warning.clear()
            return
        booked = run_service(
            self.context.messages,
            lambda: hearings_on_day(
                self.context.db, self.context.actor, self.context.office.id, day
            ),
        )
        self.warning.setText(
            count(
                booked,
                tr(
                    "Ese día hay {n} audiencia por celebrar: reprográmela después de cerrar el día."
                ),
                tr(
                    "Ese día hay {n} audiencias por celebrar: reprográmelas después de cerrar "
                    "el día."
                ),
            )
            if booked
            else ""
        )

    def save(self) -> None:
        day = self.day.value()
        if day is None:
            self.errors.show([FieldProblem("Fecha", tr("elija el día"))])
            return

        def work() -> bool:
            add_closure_day(
                self.context.db, self.context.actor, self.context.office.id, day, self.reason.text()
            )
            return True

        if run_service(self.context.messages, work, errors=self.errors):
            self.context.messages.success(
                tr("Oficina cerrada el {day}.").format(day=f"{day:%d/%m/%Y}")
            )
            self.accept()


class ClosuresTab(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: QDialog | None = None
        self.model: RowsModel[ClosureDayView] = RowsModel(closure_columns(), self)
        self.table = RowTable(tr("Días de cierre"))
        self.table.setModel(self.model)
        self.table.current_changed.connect(lambda _r: self._sync())
        note = QLabel(
            tr(
                "Los feriados nacionales y departamentales ya los conoce el programa; aquí van "
                "los demás días en que la oficina no atiende."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #566573;")
        self.add_button = QPushButton(icon("add"), tr("&Agregar un día…"))
        self.remove_button = QPushButton(icon("close"), tr("&Reabrir el día"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._sync()

    def load(self) -> None:
        days = run_service(
            self.context.messages,
            lambda: list_closure_days(self.context.db, self.context.actor, self.context.office.id),
        )
        self.model.set_rows(days or [])
        self.table.fit_columns()
        self._sync()

    def _sync(self) -> None:
        self.remove_button.setEnabled(self.table.current_row() is not None)

    def add(self) -> None:
        dialog = ClosureDialog(self.context, self)
        dialog.accepted.connect(self.load)
        self.dialog = dialog
        dialog.open()

    def remove(self) -> None:
        closure = self.table.current_row()
        if closure is None:
            return

        def work() -> bool:
            remove_closure_day(
                self.context.db, self.context.actor, closure.id, now=self.context.now()
            )
            return True

        if run_service(self.context.messages, work):
            self.context.messages.success(
                tr("La oficina vuelve a atender el {day}.").format(day=f"{closure.day:%d/%m/%Y}")
            )
            self.load()
