"""The filters above the Actas list: type (outcome), status, a day or a month, the officer,
and a case number or a name."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from conciliador.domain.actas import ActaStatus
from conciliador.domain.enums import Outcome
from conciliador.services.actas import ActaFilter
from conciliador.services.reports import Month
from conciliador.services.users import UserView
from conciliador.ui.agreement.fields import Choice
from conciliador.ui.i18n import display_locale, tr
from conciliador.ui.widgets.forms import DateField

ALL, DAY, MONTH = "todo", "dia", "mes"
MONTHS_BACK = 36


class ActaFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: Choice[Outcome] = Choice(list(Outcome), none=tr("Todos los tipos"))
        self.status: Choice[ActaStatus] = Choice(list(ActaStatus), none=tr("Todos los estados"))
        self.period = QComboBox()
        self.period.addItem(tr("Todas las fechas"), ALL)
        self.period.addItem(tr("Un día"), DAY)
        self.period.addItem(tr("Un mes"), MONTH)
        self.day = DateField(optional=False)
        self.month = QComboBox()
        self.officer = QComboBox()
        self.officer.setMinimumContentsLength(16)
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("n.º de caso, nombre o apellido…"))
        self.text.setClearButtonEnabled(True)
        self.replaced = QCheckBox(tr("Incluir las &reemplazadas"))
        self.replaced.setChecked(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        captions: list[tuple[str, QWidget]] = [
            (tr("&Tipo:"), self.outcome),
            (tr("&Estado:"), self.status),
            (tr("&Fecha:"), self.period),
            (tr("Conci&liador/a:"), self.officer),
        ]
        for column, (caption, widget) in enumerate(captions):
            text = QLabel(caption)
            text.setBuddy(widget)
            widget.setAccessibleName(caption.replace("&", "").rstrip(":"))
            grid.addWidget(text, 0, 2 * column, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, 0, 2 * column + 1)
        search = QLabel(tr("&Buscar:"))
        search.setBuddy(self.text)
        self.text.setAccessibleName(tr("Buscar"))
        self.day.setAccessibleName(tr("Día"))
        self.month.setAccessibleName(tr("Mes"))
        grid.addWidget(search, 1, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.text, 1, 1, 1, 3)
        grid.addWidget(self.day, 1, 5)
        grid.addWidget(self.month, 1, 5)
        grid.addWidget(self.replaced, 1, 6, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.changed.emit)
        for combo in (self.outcome, self.status, self.officer, self.month):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.day.dateChanged.connect(lambda _d: self.changed.emit())
        self.text.textChanged.connect(lambda _t: self._typing.start())
        self.replaced.toggled.connect(lambda _on: self.changed.emit())
        self._period_changed(emit=False)

    def set_office(self, today: dt.date, officers: list[UserView], locale: str) -> None:
        """The office's calendar and people (when the office changes)."""
        widgets = (self.day, self.month, self.officer)
        for widget in widgets:
            widget.blockSignals(True)
        self.day.set_value(today)
        self.month.clear()
        current = Month.of(today)
        for back in range(MONTHS_BACK):
            month = current.shift(-back)
            self.month.addItem(month.label(display_locale(locale)).capitalize(), month.iso)
        self.officer.clear()
        self.officer.addItem(tr("Todas las personas"), None)
        for officer in officers:
            self.officer.addItem(officer.full_name, officer.id)
        for widget in widgets:
            widget.blockSignals(False)

    def _period_changed(self, emit: bool = True) -> None:
        period = self.period.currentData()
        self.day.setVisible(period == DAY)
        self.month.setVisible(period == MONTH)
        if emit:
            self.changed.emit()

    def reset(self) -> None:
        """Everything shown (to find a given acta)."""
        widgets = (self.outcome, self.status, self.period, self.officer, self.text, self.replaced)
        for widget in widgets:
            widget.blockSignals(True)
        self.outcome.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.period.setCurrentIndex(0)
        self.officer.setCurrentIndex(0)
        self.text.clear()
        self.replaced.setChecked(True)
        for widget in widgets:
            widget.blockSignals(False)
        self._period_changed(emit=False)

    def value(self, office_id: int) -> ActaFilter:
        period = self.period.currentData()
        month = None
        if period == MONTH and self.month.currentData():
            parsed = Month.parse(self.month.currentData())
            month = (parsed.year, parsed.month)
        return ActaFilter(
            office_id=office_id,
            status=self.status.current(),
            outcome=self.outcome.current(),
            month=month,
            day=self.day.value() if period == DAY else None,
            officer_id=self.officer.currentData(),
            text=self.text.text(),
            include_replaced=self.replaced.isChecked(),
        )
