"""Reminder calls: the next working day's hearings with each party's phone number."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.documents.formatting import long_date
from conciliador.domain.enums import HearingMode
from conciliador.domain.record_numbers import NumberKind, tagged
from conciliador.services.reminders import ReminderCall, ReminderList, reminder_calls
from conciliador.services.users import UserView
from conciliador.ui.agenda.dialogs import party_label
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import run_service
from conciliador.ui.i18n import count, display_locale, tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label
from conciliador.ui.widgets.forms import DateField
from conciliador.ui.widgets.table import RowTable
from conciliador.ui.widgets.table_model import Column, RowsModel

NO_PHONE = QColor("#fdecea")


def reminder_columns() -> list[Column[ReminderCall]]:
    def where(c: ReminderCall) -> str:
        if c.mode == HearingMode.PRESENCIAL and c.room_name:
            return c.room_name
        return label(c.mode)

    return [
        Column(tr("Hora"), lambda c: f"{c.starts_at:%H:%M}"),
        Column(tr("Caso"), lambda c: tagged(NumberKind.CASO, c.case_number)),
        Column(tr("Parte"), lambda c: party_label(c.party)),
        Column(tr("Nombre"), lambda c: c.person_name),
        Column(
            tr("Teléfono"),
            lambda c: c.phone or tr("sin teléfono"),
            background=lambda c: None if c.phone.strip() else NO_PHONE,
        ),
        Column(tr("Citación"), lambda c: tr("n.º {n}").format(n=c.citation_round)),
        Column(tr("Conciliador/a"), lambda c: c.officer_name),
        Column(tr("Lugar"), where),
    ]


class RemindersView(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.babel_locale = "es"
        self.result: ReminderList | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.day = DateField(optional=False)
        day_label = QLabel(tr("&Día:"))
        day_label.setBuddy(self.day)
        self.officer = QComboBox()
        self.officer.setMinimumContentsLength(18)
        officer_label = QLabel(tr("De &quién:"))
        officer_label.setBuddy(self.officer)
        self.officer.currentIndexChanged.connect(
            lambda _i: self.load(self.result.day if self.result else None)
        )
        self.next_day = QPushButton(icon("today"), tr("Próximo día &hábil"))
        self.next_day.clicked.connect(lambda: self.load(None))
        self.copy = QPushButton(tr("&Copiar la lista"))
        self.copy.setToolTip(tr("Copia la lista al portapapeles, para pegarla en otro programa."))
        self.copy.clicked.connect(self.copy_list)
        self.summary = QLabel()
        self.model: RowsModel[ReminderCall] = RowsModel(reminder_columns(), self)
        self.table = RowTable(tr("Llamadas de recordatorio"))
        self.table.setModel(self.model)
        self.table.opened.connect(lambda call: context.navigation.open_case(call.case_id))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(officer_label)
        top.addWidget(self.officer)
        top.addWidget(day_label)
        top.addWidget(self.day)
        top.addWidget(self.next_day)
        top.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.day.dateChanged.connect(lambda _d: self.load(self.day.value()))

    def set_officers(self, officers: list[UserView]) -> None:
        current = self.officer.currentData()
        self.officer.blockSignals(True)
        self.officer.clear()
        self.officer.addItem(tr("Todas las personas"), None)
        for officer in officers:
            self.officer.addItem(officer.full_name, officer.id)
        self.officer.setCurrentIndex(max(0, self.officer.findData(current)))
        self.officer.blockSignals(False)

    def load(self, day: dt.date | None = None, *, locale: str | None = None) -> None:
        if locale is not None:
            self.babel_locale = display_locale(locale)
        office_id = self.context.office.id
        officer_id = self.officer.currentData()
        result = run_service(
            self.context.messages,
            lambda: reminder_calls(
                self.context.db,
                self.context.actor,
                office_id,
                day=day,
                officer_id=officer_id,
                now=self.context.now(),
            ),
        )
        if result is None:
            return
        self.result = result
        self.day.blockSignals(True)
        self.day.set_value(result.day)
        self.day.blockSignals(False)
        self.title.setText(
            tr("Llamadas de recordatorio — {day}").format(
                day=long_date(result.day, self.babel_locale)
            )
        )
        self.model.set_rows(result.calls)
        self.table.fit_columns()
        hearings = len({c.hearing_id for c in result.calls})
        if not result.calls:
            self.summary.setText(tr("No hay audiencias por celebrar ese día."))
        else:
            text = count(
                hearings,
                tr("{calls} llamadas para {n} audiencia."),
                tr("{calls} llamadas para {n} audiencias."),
                calls=len(result.calls),
            )
            if result.without_phone:
                text += " " + count(
                    result.without_phone,
                    tr("{n} persona sin teléfono registrado (en rojo)."),
                    tr("{n} personas sin teléfono registrado (en rojo)."),
                )
            self.summary.setText(text)
        self.copy.setEnabled(bool(result.calls))

    def copy_list(self) -> None:
        if self.result is None:
            return
        lines = [
            "\t".join(column.text(call) for column in self.model.columns)
            for call in self.result.calls
        ]
        header = "\t".join(c.title for c in self.model.columns)
        QGuiApplication.clipboard().setText("\n".join([header, *lines]))
        self.context.messages.success(tr("Lista copiada al portapapeles."))
