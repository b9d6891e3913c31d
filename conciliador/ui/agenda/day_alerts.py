"""The day's early alerts, above the agenda's day view: what the officer (a supervisor: the
office and those below) has pending on the day shown, most urgent first; a double click
opens the case. Hidden in the week view."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from conciliador.services.errors import ServiceError
from conciliador.services.followup.alerts import AlertView, day_alerts
from conciliador.ui.context import UiContext
from conciliador.ui.followup.models import alerts_model
from conciliador.ui.i18n import count, tr
from conciliador.ui.widgets.table import RowTable

log = logging.getLogger(__name__)

#: Rows shown before the table scrolls (the agenda keeps the room).
VISIBLE_ROWS = 4


class DayAlerts(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("agenda_day_alerts")
        self.day: dt.date | None = None
        self.office_id: int | None = None
        self.alerts: list[AlertView] = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; padding: 2px 4px;")
        self.table = RowTable(tr("Alertas del día"))
        self.rows = alerts_model(self)
        self.table.setModel(self.rows)
        self.table.opened.connect(self._open)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.heading)
        box.addWidget(self.table)
        self.hide()

    def show_day(self, office_id: int, day: dt.date | None) -> None:
        """Show the alerts of ``day`` (None: the week view, nothing shown)."""
        if day is None:
            self.day = None
            self.hide()
            return
        if (office_id, day) == (self.office_id, self.day) and self.isVisible():
            return
        self.office_id, self.day = office_id, day
        self.show()
        self.heading.setText(tr("Alertas del día: calculando…"))

        def loaded(alerts: list[AlertView]) -> None:
            self._loaded(day, alerts)

        self.context.tasks.run(
            lambda _p: day_alerts(self.context.db, self.context.actor, day, office_id=office_id),
            loaded,
            self._failed,
        )

    def reload(self) -> None:
        if self.day is not None and self.office_id is not None:
            day, self.day = self.day, None
            self.show_day(self.office_id, day)

    def _loaded(self, day: dt.date, alerts: list[AlertView]) -> None:
        if day != self.day:
            return  # the officer moved on to another day meanwhile
        self.alerts = list(alerts)
        self.rows.set_rows(self.alerts)
        self.table.fit_columns(stretch=1)
        self.heading.setText(
            count(
                len(self.alerts),
                tr("Alertas del día: {n} pendiente (doble clic abre el caso)."),
                tr("Alertas del día: {n} pendientes (doble clic abre el caso)."),
            )
            if self.alerts
            else tr("Alertas del día: ninguna pendiente.")
        )
        self.table.setVisible(bool(self.alerts))
        rows = min(len(self.alerts), VISIBLE_ROWS)
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + self.table.verticalHeader().defaultSectionSize() * rows
            + 2 * self.table.frameWidth()
        )

    def _open(self, alert: AlertView | None) -> None:
        if alert is not None and alert.case_id is not None:
            self.context.navigation.open_case(alert.case_id)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            self.heading.setText(exc.message)
            return
        log.error("error inesperado al calcular las alertas del día", exc_info=exc)
        self.heading.setText(tr("Ocurrió un error inesperado; quedó en el archivo de registro."))
