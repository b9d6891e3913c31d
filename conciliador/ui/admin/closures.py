"""Days the office closes besides public holidays: add (warned when hearings are booked that
day), reopen a future one."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

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
from conciliador.ui.feedback import run_service
from conciliador.ui.i18n import count, display_locale, tr
from conciliador.ui.widgets.forms import DateField
from conciliador.ui.widgets.list_actions import FormDialog, ListWithActions
from conciliador.ui.widgets.table_model import Column


def closure_columns() -> list[Column[ClosureDayView]]:
    return [
        Column(tr("Fecha"), lambda c: f"{c.day:%d/%m/%Y}"),
        Column(
            tr("Día"), lambda c: long_date(c.day, display_locale("es")).split(",")[0].capitalize()
        ),
        Column(tr("Motivo"), lambda c: c.reason),
    ]


class ClosureDialog(FormDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, tr("Cerrar la oficina un día"), width=460, parent=parent)
        self.day = DateField()
        self.day.set_default_page(context.now().date())
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(tr("p. ej. fumigación del edificio"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #7d6608;")
        self.form.row(tr("&Fecha:"), self.day, ClosureFields.DAY)
        self.form.row(tr("&Motivo:"), self.reason, ClosureFields.REASON)
        self.arrange(below=[self.warning])
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
            self.errors.show([FieldProblem(ClosureFields.DAY, tr("elija el día"))])
            return

        def work() -> bool:
            add_closure_day(
                self.context.db, self.context.actor, self.context.office.id, day, self.reason.text()
            )
            return True

        self.submit(
            work, lambda _done: tr("Oficina cerrada el {day}.").format(day=f"{day:%d/%m/%Y}")
        )


class ClosuresTab(ListWithActions):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, closure_columns(), tr("Días de cierre"), parent=parent)
        note = QLabel(
            tr(
                "Los feriados nacionales y departamentales ya los conoce el programa; aquí van "
                "los demás días en que la oficina no atiende."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #566573;")
        self.add_button = self.action(
            tr("&Agregar un día…"), self.add, icon_name="add", enabled=None
        )
        self.remove_button = self.action(tr("&Reabrir el día"), self.remove, icon_name="close")
        self.arrange(above=[note])

    def fetch(self) -> list[ClosureDayView]:
        return list_closure_days(self.context.db, self.context.actor, self.context.office.id)

    def add(self) -> None:
        self.open_dialog(ClosureDialog(self.context, self))

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
            self.done(
                tr("La oficina vuelve a atender el {day}.").format(day=f"{closure.day:%d/%m/%Y}")
            )
