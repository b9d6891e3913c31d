"""The «Reportes» area: month and office pickers, the summary's tables and charts, exports.

``ReportsView(context)`` is the one class the main window mounts.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from conciliador.documents.reports.layout import ReportDocument
from conciliador.services.agenda import office_today
from conciliador.services.offices import list_offices
from conciliador.services.reports import Month, ReportFormat
from conciliador.ui.context import UiContext
from conciliador.ui.i18n import SOURCE_LANGUAGE, current_language, tr
from conciliador.ui.reports.charts import chart_view
from conciliador.ui.reports.controller import Loaded, ReportsController
from conciliador.ui.reports.dialogs import QtSaveDialogs, SaveDialogs
from conciliador.ui.reports.table_model import ReportTableModel

MONTHS_BACK = 36


def _filters() -> dict[ReportFormat, str]:
    """The save dialog's file type of each format (translated when asked, not at import)."""
    return {
        ReportFormat.XLSX: tr("Libro de Excel (*.xlsx)"),
        ReportFormat.CSV: tr("CSV para Excel (*.csv)"),
        ReportFormat.PDF: tr("Documento PDF (*.pdf)"),
    }


def _month_name(month: Month) -> str:
    """«Noviembre de 2026» in Spanish, «November 2026» in English."""
    if current_language() == SOURCE_LANGUAGE:
        return month.label("es_NI").capitalize()
    return QLocale(QLocale.Language.English).toString(
        QDate(month.year, month.month, 1), "MMMM yyyy"
    )


class ReportsView(QWidget):
    def __init__(
        self,
        context: UiContext,
        *,
        dialogs: SaveDialogs | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = ReportsController(context)
        self.dialogs = dialogs or QtSaveDialogs()
        self.setAccessibleName(tr("Reportes"))

        self.context = context
        self.month_box = QComboBox()
        self.month_box.setAccessibleName(tr("Mes"))
        self.refresh_button = QPushButton(tr("&Actualizar"))
        month_label = QLabel(tr("&Mes:"))
        month_label.setBuddy(self.month_box)
        # One office selector, the main window's: the summary is of the office chosen there
        # (a second selector here could disagree with it).
        self.office_name = QLabel()
        self.office_name.setStyleSheet("font-weight: bold;")
        self.office_name.setAccessibleName(tr("Oficina del resumen"))
        pickers = QHBoxLayout()
        pickers.addWidget(month_label)
        pickers.addWidget(self.month_box)
        pickers.addSpacing(12)
        pickers.addWidget(self.office_name, 1)
        pickers.addWidget(self.refresh_button)
        self.today: dt.date | None = today

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget()
        self.models: dict[str, ReportTableModel] = {}
        self.chart_views: list[QWidget] = []

        self.export_buttons: dict[ReportFormat, QPushButton] = {
            ReportFormat.XLSX: QPushButton(tr("Exportar a &Excel…")),
            ReportFormat.CSV: QPushButton(tr("Exportar a &CSV…")),
            ReportFormat.PDF: QPushButton(tr("Exportar a &PDF…")),
        }
        self.cases_button = QPushButton(tr("&Listado de casos (datos personales)…"))
        self.cases_button.setToolTip(
            tr(
                "Casos del mes con nombres y documentos de las partes; la exportación queda en "
                "la bitácora de auditoría."
            )
        )
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setFormat(tr("Exportando… %p %"))
        self.cancel_button = QPushButton(tr("Cancelar"))
        exports = QHBoxLayout()
        for button in self.export_buttons.values():
            exports.addWidget(button)
        exports.addWidget(self.cases_button)
        exports.addStretch(1)
        exports.addWidget(self.progress)
        exports.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(exports)

        self._set_busy(False)
        self.cases_button.setVisible(self.controller.can_export_cases)
        for button in self.export_buttons.values():
            button.setVisible(self.controller.can_export)
        if not self.controller.can_view:
            self._disable(
                tr("Su rol no permite ver reportes: los ven la supervisión y la dirección.")
            )
            return
        self.offices = {o.id: o for o in list_offices(context.db, context.actor)}
        if not self.offices or not context.office.chosen:
            self._disable(tr("No hay oficinas todavía: ejecute «conciliador init»."))
            return
        self.today = today or office_today(context.db, self.office_id)
        self._fill_months(self.today)

        self.refresh_button.clicked.connect(self.refresh)
        self.month_box.currentIndexChanged.connect(self.refresh)
        context.office.changed.connect(lambda _id: self.refresh())
        for fmt, button in self.export_buttons.items():
            button.clicked.connect(lambda _checked=False, f=fmt: self.export(f))
        self.cases_button.clicked.connect(lambda _checked=False: self.export(None))
        self.cancel_button.clicked.connect(self.controller.cancel)
        self.refresh()

    # ------------------------------------------------------------------ setup
    @property
    def office_id(self) -> int:
        return self.context.office.id

    def _fill_months(self, today: dt.date) -> None:
        current = Month.of(today)
        for back in range(MONTHS_BACK):
            month = current.shift(-back)
            self.month_box.addItem(_month_name(month), month.iso)
        self.month_box.setCurrentIndex(0)

    def _disable(self, message: str) -> None:
        self.status.setText(message)
        for widget in (self.month_box, self.refresh_button, self.cases_button):
            widget.setEnabled(False)
        for button in self.export_buttons.values():
            button.setEnabled(False)

    def _set_busy(self, exporting: bool) -> None:
        self.progress.setVisible(exporting)
        self.cancel_button.setVisible(exporting)
        ready = not exporting and self.controller.loaded is not None
        for button in self.export_buttons.values():
            button.setEnabled(ready)
        self.cases_button.setEnabled(ready)

    # ------------------------------------------------------------------ loading
    @property
    def month(self) -> Month:
        return Month.parse(self.month_box.currentData())

    def refresh(self) -> None:
        if not self.context.office.chosen or self.month_box.currentData() is None:
            return
        office_id = self.office_id
        office = self.offices.get(office_id)
        self.office_name.setText(f"{office.code} · {office.name}" if office else "")
        self.status.setText(tr("Calculando el resumen…"))
        self.controller.load(self.month, office_id, self._show, self._failed)
        self._set_busy(self.progress.isVisible())

    def _show(self, loaded: Loaded) -> None:
        doc = loaded.document
        self._show_document(doc)
        if loaded.empty:
            self.status.setText(
                tr(
                    "Sin actividad registrada en {month} en esta oficina ni en las que dependen "
                    "de ella; se muestran los meses de comparación."
                ).format(month=loaded.month.label(doc.locale))
            )
        else:
            self.status.setText(doc.subtitle)
        partial = self._partial_month_note(loaded.month, doc.locale)
        if partial:
            self.status.setText(f"{self.status.text()}\n{partial}")
        self._set_busy(False)

    def _partial_month_note(self, month: Month, locale: str) -> str:
        """The month still running is compared with whole months: said, with its days."""
        if self.today is None or Month.of(self.today) != month:
            return ""
        return tr(
            "Mes en curso: cifras del 1 al {day} de {month}; los meses con que se compara "
            "están completos."
        ).format(day=self.today.day, month=month.label(locale))

    def _show_document(self, doc: ReportDocument) -> None:
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.models.clear()
        for number, table in enumerate(doc.tables):
            model = ReportTableModel(self)
            model.set_table(table, doc.locale)
            view = QTableView()
            view.setModel(model)
            view.setAlternatingRowColors(False)
            view.verticalHeader().setVisible(False)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
            view.setAccessibleName(table.title)
            self.models[table.key] = model
            self.tabs.addTab(view, table.short_title or table.title)
            if number == 0:
                self.tabs.addTab(self._charts_page(doc), tr("Gráficos"))
        self.tabs.setCurrentIndex(max(0, min(current, self.tabs.count() - 1)))

    def _charts_page(self, doc: ReportDocument) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.chart_views.clear()
        for spec in doc.charts:
            if spec.is_empty:
                column.addWidget(
                    QLabel(
                        tr("{chart}: sin datos en los meses comparados.").format(chart=spec.title)
                    )
                )
                continue
            view = chart_view(spec)
            self.chart_views.append(view)
            column.addWidget(view)
        column.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(page)
        return area

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self._set_busy(False)

    # ------------------------------------------------------------------ exports
    def export(self, fmt: ReportFormat | None) -> None:
        loaded = self.controller.loaded
        if loaded is None:
            return
        stem = loaded.document.file_stem
        if fmt is None:
            stem = stem.replace("resumen-mensual", "casos")
            title = tr("Guardar el listado de casos")
            filters = tr("Libro de Excel (*.xlsx);;CSV (*.csv)")
            suggested = Path.home() / f"{stem}.xlsx"
        else:
            title = tr("Guardar el resumen como {format}").format(format=fmt.label)
            filters = _filters()[fmt]
            suggested = Path.home() / f"{stem}.{fmt.value}"
        path = self.dialogs.save_path(self, title, suggested, filters)
        if path is None:
            return
        wanted = (f".{fmt.value}",) if fmt is not None else (".xlsx", ".csv")
        if path.suffix.lower() not in wanted:
            path = path.with_name(f"{path.name}{wanted[0]}")
        self.progress.setRange(0, 3)
        self.progress.setValue(0)
        self._set_busy(True)
        self.status.setText(tr("Exportando…"))
        self.controller.export(fmt, path, self._exported, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _exported(self, message: str) -> None:
        self.status.setText(message)
        self._set_busy(False)
