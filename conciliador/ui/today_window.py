"""A plain main window: today's hearings of an office, read through the services."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.actor import Actor
from conciliador.services.agenda import agenda, office_today
from conciliador.services.offices import list_offices
from conciliador.ui.agenda_model import AgendaTableModel


class TodayWindow(QMainWindow):
    def __init__(self, db: object, actor: Actor) -> None:
        super().__init__()
        self._db = db
        self._actor = actor
        self.setWindowTitle("Conciliador — audiencias de hoy")
        self.setMinimumSize(800, 420)
        self.office_box = QComboBox()
        self.office_box.setAccessibleName("Oficina")
        self.day_label = QLabel()
        self.empty_label = QLabel("No hay audiencias programadas para hoy en esta oficina.")
        self.model = AgendaTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        office_label = QLabel("&Oficina:")
        office_label.setBuddy(self.office_box)
        top = QHBoxLayout()
        top.addWidget(office_label)
        top.addWidget(self.office_box, 1)
        top.addWidget(self.day_label)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(self.table, 1)
        body.addWidget(self.empty_label)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)
        for office in list_offices(db, actor):  # type: ignore[arg-type]
            self.office_box.addItem(f"{office.code} — {office.name}", office.id)
        self.office_box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        office_id = self.office_box.currentData()
        if office_id is None:
            self.model.set_rows([])
            self.empty_label.setText("No hay oficinas todavía: ejecute «conciliador init».")
            return
        today = office_today(self._db, office_id)  # type: ignore[arg-type]
        self.day_label.setText(today.strftime("%d/%m/%Y"))
        rows = agenda(self._db, self._actor, office_id, today)  # type: ignore[arg-type]
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
