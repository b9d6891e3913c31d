"""The audit viewer: who did what, when, to which record — filtered, with before and after.

A standalone widget taking the ``UiContext``; every read goes through the services
(``audit_trail``, ``verification``) on the task runner, never on the GUI thread. Pages of 200
events load as the list scrolls.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from conciliador.services.audit_trail import (
    AuditChoices,
    AuditFilter,
    AuditPage,
    audit_events,
    audit_filter_choices,
    reader_today,
)
from conciliador.services.errors import ServiceError, ValidationFailed
from conciliador.services.fields import AuditFields
from conciliador.services.verification import VerificationReport, verify
from conciliador.ui.audit.models import AuditEventsModel, FieldChangesModel
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.i18n import tr
from conciliador.ui.tasks import Progress
from conciliador.ui.widgets.date_field import DateField
from conciliador.ui.widgets.forms import error_label

log = logging.getLogger(__name__)

DEFAULT_DAYS = 30
_ERROR_STYLE = "color: #a40000;"
_OK_STYLE = "color: #1e6b1e;"


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class AuditViewer(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.setObjectName("audit_viewer")
        self.setMinimumSize(760, 480)

        today = self._today()
        self.first_day = DateField(optional=False)
        self.last_day = DateField(optional=False)
        self.first_day.set_value(today - dt.timedelta(days=DEFAULT_DAYS))
        self.last_day.set_value(today)
        for edit, name in ((self.first_day, tr("Desde")), (self.last_day, tr("Hasta"))):
            edit.set_default_page(today)
            edit.setAccessibleName(name)
        #: The filters' problems, under the field they name («Hasta» before «Desde»).
        self.errors = FieldErrors()
        self.last_day_problem = error_label()
        self.errors.bind(AuditFields.LAST_DAY, self.last_day, self.last_day_problem)
        last_day_cell = QWidget()
        last_day_box = QVBoxLayout(last_day_cell)
        last_day_box.setContentsMargins(0, 0, 0, 0)
        last_day_box.setSpacing(2)
        last_day_box.addWidget(self.last_day)
        last_day_box.addWidget(self.last_day_problem)
        self.office_box = QComboBox()
        self.user_box = QComboBox()
        self.action_box = QComboBox()
        self.entity_box = QComboBox()
        for box, name in (
            (self.office_box, tr("Oficina")),
            (self.user_box, tr("Persona")),
            (self.action_box, tr("Acción")),
            (self.entity_box, tr("Tipo de registro")),
        ):
            box.setAccessibleName(name)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(24)
        self.entity_id = QLineEdit()
        self.entity_id.setPlaceholderText(tr("n.º o número de caso"))
        self.entity_id.setAccessibleName(tr("Número de registro o de caso"))
        self.entity_id.setMinimumWidth(170)
        self.search_button = QPushButton(tr("&Buscar"))
        self.search_button.setDefault(True)
        self.clear_button = QPushButton(tr("&Limpiar filtros"))
        self.verify_button = QPushButton(tr("&Verificar integridad"))
        self.verify_button.setToolTip(
            tr("Recalcula la cadena de huellas de la bitácora y revisa la base de datos")
        )

        self._fill_defaults()

        filters = QGridLayout()
        filters.addWidget(_label(tr("&Desde:"), self.first_day), 0, 0)
        filters.addWidget(self.first_day, 0, 1)
        filters.addWidget(_label(tr("&Hasta:"), self.last_day), 0, 2)
        filters.addWidget(last_day_cell, 0, 3)
        filters.addWidget(_label(tr("&Oficina:"), self.office_box), 0, 4)
        filters.addWidget(self.office_box, 0, 5)
        filters.addWidget(_label(tr("&Persona:"), self.user_box), 0, 6)
        filters.addWidget(self.user_box, 0, 7)
        filters.addWidget(_label(tr("A&cción:"), self.action_box), 1, 0)
        filters.addWidget(self.action_box, 1, 1, 1, 3)
        filters.addWidget(_label(tr("&Registro:"), self.entity_box), 1, 4)
        filters.addWidget(self.entity_box, 1, 5)
        filters.addWidget(_label(tr("&N.º:"), self.entity_id), 1, 6)
        filters.addWidget(self.entity_id, 1, 7)
        filters.setColumnStretch(8, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)

        self.model = AuditEventsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Eventos de la bitácora"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.detail_title = QLabel(tr("Elija un evento para ver su detalle."))
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes = FieldChangesModel(self)
        self.changes_table = QTableView()
        self.changes_table.setModel(self.changes)
        self.changes_table.setAccessibleName(tr("Antes y después"))
        self.changes_table.verticalHeader().setVisible(False)
        self.changes_table.setWordWrap(True)
        changes_header = self.changes_table.horizontalHeader()
        changes_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.changes_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.status = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.verify_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.search_button.clicked.connect(self.search)
        self.clear_button.clicked.connect(self.clear_filters)
        self.entity_id.returnPressed.connect(self.search)
        self.verify_button.clicked.connect(self.verify_integrity)
        self.model.more_wanted.connect(self.load_more)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

        self.ctx.tasks.run(
            lambda _p: audit_filter_choices(self.ctx.db, self.ctx.actor),
            self._fill_choices,
            self._failed,
        )
        self.search()

    # -- filters ---------------------------------------------------------------------------
    def _fill_defaults(self) -> None:
        for box, everything in (
            (self.office_box, tr("Todas")),
            (self.user_box, tr("Todas")),
            (self.action_box, tr("Todas")),
            (self.entity_box, tr("Todos")),
        ):
            box.clear()
            box.addItem(everything, None)

    def _fill_choices(self, choices: AuditChoices) -> None:
        for box, items in (
            (self.office_box, choices.offices),
            (self.user_box, choices.users),
            (self.action_box, choices.actions),
            (self.entity_box, choices.entities),
        ):
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value, label in items:
                box.addItem(label, value)
            found = box.findData(current)
            box.setCurrentIndex(max(found, 0))
            box.blockSignals(False)

    def criteria(self) -> AuditFilter:
        number = self.entity_id.text().strip()
        return AuditFilter(
            first_day=self.first_day.value() or self._today(),
            last_day=self.last_day.value() or self._today(),
            user_id=self.user_box.currentData(),
            action=self.action_box.currentData(),
            entity=self.entity_box.currentData(),
            entity_id=number or None,
            office_id=self.office_box.currentData(),
        )

    def _today(self) -> dt.date:
        return reader_today(self.ctx.db, self.ctx.actor.office_id)

    def refresh(self) -> None:
        """The shell calls it when the area is shown again and on F5."""
        self.search()

    def clear_filters(self) -> None:
        today = self._today()
        self.first_day.set_value(today - dt.timedelta(days=DEFAULT_DAYS))
        self.last_day.set_value(today)
        for box in (self.office_box, self.user_box, self.action_box, self.entity_box):
            box.setCurrentIndex(0)
        self.entity_id.clear()
        self.search()

    # -- reading ---------------------------------------------------------------------------
    def search(self) -> None:
        self._generation += 1
        generation = self._generation
        criteria = self.criteria()
        self._say("")
        self.errors.clear()
        self.status.setText(tr("Buscando…"))
        self.ctx.tasks.run(
            lambda _p: audit_events(self.ctx.db, self.ctx.actor, criteria),
            lambda page: self._show_page(page, generation, replace=True),
            self._failed,
        )

    def load_more(self) -> None:
        last = self.model.last_id
        if last is None:
            return
        generation = self._generation
        criteria = self.criteria()
        self.ctx.tasks.run(
            lambda _p: audit_events(self.ctx.db, self.ctx.actor, criteria, before_id=last),
            lambda page: self._show_page(page, generation, replace=False),
            self._failed,
        )

    def _show_page(self, page: AuditPage, generation: int, *, replace: bool) -> None:
        if generation != self._generation:
            return  # the filters changed since this page was asked for
        if replace:
            self.model.set_rows(page.rows, page.has_more)
            self._show_detail()
        else:
            self.model.append_rows(page.rows, page.has_more)
        count = self.model.rowCount()
        if count == 0:
            self.status.setText(tr("Ningún evento coincide con los filtros."))
        elif page.has_more:
            self.status.setText(
                tr("{count} eventos mostrados; hay más al desplazarse hacia abajo.").format(
                    count=count
                )
            )
        else:
            self.status.setText(tr("{count} evento(s).").format(count=count))

    def _show_detail(self, *_args: Any) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.detail_title.setText(tr("Elija un evento para ver su detalle."))
            self.changes.set_rows([])
            return
        e = self.model.row_at(index.row())
        where = tr(" en {office}").format(office=e.office_code) if e.office_code else ""
        text = f"<b>{e.action_label}</b> — {_escape(e.record)}{where}<br>" + tr(
            "{when}, por {who}"
        ).format(when=f"{e.at:%d/%m/%Y %H:%M:%S}", who=_escape(e.actor))
        if e.reason:
            text += "<br>" + tr("Motivo: {reason}").format(reason=_escape(e.reason))
        self.detail_title.setText(text)
        changes = e.changes()
        self.changes.set_rows(changes)
        if not changes:
            self.detail_title.setText(
                text + "<br><i>" + tr("Este evento no registra campos.") + "</i>"
            )

    # -- integrity -------------------------------------------------------------------------
    def verify_integrity(self) -> None:
        self.verify_button.setEnabled(False)
        self._say(tr("Verificando la integridad de la base y de la bitácora…"))

        def work(progress: Progress) -> VerificationReport:
            return verify(self.ctx.db, self.ctx.actor, progress=progress)

        self.ctx.tasks.run(work, self._verified, self._verify_failed)

    def _verified(self, report: VerificationReport) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            lines = "<br>".join(_escape(line) for line in report.lines())
            fine = tr("Todo en orden.")
            self._say(f"<b>{fine}</b><br>{lines}", ok=True)
        else:
            problems = "<br>".join(f"• {_escape(p)}" for p in report.problems)
            found = tr("La verificación encontró {count} problema(s):").format(
                count=len(report.problems)
            )
            self._say(f"<b>{found}</b><br>{problems}", ok=False)

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self._failed(exc)

    # -- messages --------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        self.status.setText("")
        if isinstance(exc, ValidationFailed):
            unplaced = self.errors.show(exc.problems)
            if unplaced:
                self._say(_escape("; ".join(str(p) for p in unplaced)), ok=False)
            return
        if isinstance(exc, ServiceError):
            self._say(_escape(exc.message), ok=False)
            return
        log.error("error inesperado en la bitácora", exc_info=exc)
        self._say(
            tr("Ocurrió un error inesperado al leer la bitácora; quedó en el archivo de registro."),
            ok=False,
        )

    def _say(self, html: str, *, ok: bool | None = None) -> None:
        self.message.setVisible(bool(html))
        self.message.setText(html)
        style = "" if ok is None else (_OK_STYLE if ok else _ERROR_STYLE)
        self.message.setStyleSheet(style)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
