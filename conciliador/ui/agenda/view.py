"""The agenda area: toolbar, time grid with the hearing panel, legend, and reminder calls."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.enums import Absence
from conciliador.services.agenda import AgendaEntry
from conciliador.services.fields import HearingFields
from conciliador.services.hearing_details import HearingAction, HearingDetail
from conciliador.services.permissions import Permission, allowed
from conciliador.ui.agenda.controller import REMOTE_COLUMN, AgendaController, Group, Mode
from conciliador.ui.agenda.day_alerts import DayAlerts
from conciliador.ui.agenda.dialogs import (
    CancelDialog,
    CitationDeliveryDialog,
    NoShowDialog,
    ReasonDialog,
    StartDialog,
    TimesDialog,
)
from conciliador.ui.agenda.export import IcsExportDialog
from conciliador.ui.agenda.grid import HEADER_PX, AgendaGrid
from conciliador.ui.agenda.palette import Legend
from conciliador.ui.agenda.panel import HearingPanel
from conciliador.ui.agenda.reminders import RemindersView
from conciliador.ui.agenda.title_row import TitleRow
from conciliador.ui.agreement import open_agreement_editor
from conciliador.ui.booking.dialog import BookingDialog
from conciliador.ui.context import UiContext
from conciliador.ui.documents.sources import citations_dialog
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.i18n import count, tr
from conciliador.ui.icons import icon


def _tool(icon_name: str, text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(icon(icon_name))
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)
    return button


class AgendaView(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = AgendaController(context, self)
        self.dialog: QDialog | None = None
        self.booking: BookingDialog | None = None

        # -------------------------------------------------------------- toolbar
        self.day_button = _tool("agenda", tr("&Día"), tr("Ver un día"))
        self.week_button = _tool("agenda", tr("&Semana"), tr("Ver la semana"))
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
        modes = QButtonGroup(self)
        modes.addButton(self.day_button)
        modes.addButton(self.week_button)
        self.week_button.setChecked(True)
        self.day_button.clicked.connect(lambda: self.controller.set_mode(Mode.DAY))
        self.week_button.clicked.connect(lambda: self.controller.set_mode(Mode.WEEK))
        self.prev_button = _tool("prev", "", tr("Anterior (Re Pág)"))
        self.today_button = _tool("today", tr("&Hoy"), tr("Ir a hoy"))
        self.next_button = _tool("next", "", tr("Siguiente (Av Pág)"))
        self.prev_button.clicked.connect(lambda: self.controller.step(-1))
        self.next_button.clicked.connect(lambda: self.controller.step(1))
        self.today_button.clicked.connect(self.controller.today)
        for key, direction in (
            (QKeySequence.StandardKey.MoveToPreviousPage, -1),
            (QKeySequence.StandardKey.MoveToNextPage, 1),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=direction: self.controller.step(d))
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16px; font-weight: bold; margin-left: 8px;")
        self.title.setAccessibleName(tr("Período mostrado"))
        # Never cut («4 de diciem»): it has its own place above the grid, not what the
        # toolbar's buttons leave over.
        self.title.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.group_box = QComboBox()
        self.group_box.addItem(tr("Conciliador/a"), Group.OFFICER)
        self.group_box.addItem(tr("Sala"), Group.ROOM)
        group_label = QLabel(tr("&Ver por:"))
        group_label.setBuddy(self.group_box)
        self.resource_box = QComboBox()
        self.resource_box.setMinimumContentsLength(22)
        self.resource_box.setAccessibleName(tr("Persona o sala"))
        self.group_box.currentIndexChanged.connect(self._group_changed)
        self.resource_box.currentIndexChanged.connect(self._resource_changed)
        self.withdrawn = QCheckBox(tr("Mostrar &canceladas y reprogramadas"))
        self.withdrawn.toggled.connect(self.controller.set_show_withdrawn)
        self.export_button = _tool("export", tr("E&xportar .ics…"), tr("Exportar a un calendario"))
        self.export_button.clicked.connect(self.export_ics)
        self.export_button.setVisible(allowed(context.actor, Permission.EXPORT_AGENDA))
        refresh = _tool("refresh", "", tr("Actualizar (F5)"))
        refresh.clicked.connect(self.refresh)

        bar = QHBoxLayout()
        bar.setSpacing(4)
        for widget in (self.day_button, self.week_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for widget in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(group_label)
        bar.addWidget(self.group_box)
        bar.addWidget(self.resource_box)
        bar.addSpacing(8)
        bar.addWidget(self.export_button)
        bar.addWidget(refresh)

        # -------------------------------------------------------------- calendar
        self.grid = AgendaGrid()
        self.grid.selected.connect(self.select)
        self.grid.activated.connect(lambda e: context.navigation.open_case(e.case_id))
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.grid)
        self.scroller.setAccessibleName(tr("Agenda"))
        # The days' (or people's) titles stay at the top while the hours scroll.
        self.scroller.verticalScrollBar().valueChanged.connect(self.grid.pin_header)
        #: Where the period shown wanted to open and where it could (see ``_keep_opening``).
        self._opening: tuple[int, int] | None = None
        self.scroller.verticalScrollBar().rangeChanged.connect(self._keep_opening)
        self._shown_period: tuple[object, ...] | None = None
        self.empty = QLabel()
        self.empty.setStyleSheet("color: #566573; padding: 2px 4px;")
        self.panel = HearingPanel()
        self.panel.action_requested.connect(self.act)
        self.panel.open_case.connect(context.navigation.open_case)
        self.above = TitleRow(self.title, self.empty, self.withdrawn)
        self.day_alerts = DayAlerts(context)
        left = QVBoxLayout()
        left.addWidget(self.day_alerts)
        left.addWidget(self.above)
        left.addWidget(self.scroller, 1)
        left.addWidget(Legend())
        split = QHBoxLayout()
        split.setContentsMargins(0, 0, 0, 0)
        split.addLayout(left, 1)
        split.addWidget(self.panel)
        calendar = QWidget()
        calendar_layout = QVBoxLayout(calendar)
        calendar_layout.setContentsMargins(4, 4, 4, 4)
        calendar_layout.addLayout(bar)
        calendar_layout.addLayout(split, 1)

        self.reminders = RemindersView(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(calendar, icon("agenda"), tr("Calendario"))
        self.tabs.addTab(self.reminders, icon("phone"), tr("Llamadas de recordatorio"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)

        self.controller.changed.connect(self.redraw)
        context.office.changed.connect(lambda _id: self.open_office())
        self.open_office()

    # ------------------------------------------------------------------ loading
    def open_office(self) -> None:
        self.controller.open_office()
        self._fill_resources()
        self.panel.show_detail(None)
        if self.tabs.currentWidget() is self.reminders:
            self._load_reminders()

    def refresh(self) -> None:
        self.controller.load()
        self.day_alerts.reload()
        if self.tabs.currentWidget() is self.reminders:
            self._load_reminders()

    def _load_reminders(self) -> None:
        settings = self.controller.settings
        self.reminders.load(
            self.reminders.result.day if self.reminders.result else None,
            locale=settings.locale if settings else None,
        )

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.reminders and self.reminders.result is None:
            self._load_reminders()

    def _fill_resources(self) -> None:
        c = self.controller
        self.group_box.blockSignals(True)
        self.group_box.setCurrentIndex(self.group_box.findData(c.group))
        self.group_box.blockSignals(False)
        self.resource_box.blockSignals(True)
        self.resource_box.clear()
        if c.group == Group.OFFICER:
            self.resource_box.addItem(tr("Todas las personas"), None)
            for officer in c.officers:
                self.resource_box.addItem(officer.full_name, officer.id)
        else:
            self.resource_box.addItem(tr("Todas las salas"), None)
            for room in c.rooms:
                self.resource_box.addItem(room.name, room.id)
            self.resource_box.addItem(tr("Video y teléfono"), REMOTE_COLUMN)
        self.resource_box.setCurrentIndex(max(0, self.resource_box.findData(c.resource_id)))
        self.resource_box.blockSignals(False)

    def _group_changed(self, _index: int) -> None:
        self.controller.set_group(self.group_box.currentData(), None)
        self._fill_resources()

    def _resource_changed(self, _index: int) -> None:
        self.controller.set_group(self.controller.group, self.resource_box.currentData())

    def redraw(self) -> None:
        c = self.controller
        self.title.setText(c.title())
        self.day_alerts.show_day(c.office_id, c.anchor if c.mode == Mode.DAY else None)
        self.day_button.setChecked(c.mode == Mode.DAY)
        self.week_button.setChecked(c.mode == Mode.WEEK)
        columns, placed = c.grid()
        self.grid.set_content(columns, placed, now=self._local_now())
        period = (c.office_id, c.mode, c.period(), c.group, c.resource_id)
        if period != self._shown_period:
            self._shown_period = period
            self.scroll_to_start()
        shown = len(placed)
        if shown:
            self.empty.setText(
                count(
                    shown,
                    tr("{n} audiencia"),
                    tr("{n} audiencias"),
                )
            )
        else:
            self.empty.setText(tr("Sin audiencias"))
        self.above.arrange()
        selected = self.grid.selected_id()
        if selected is None:
            self.panel.show_detail(None)
        elif self.panel.detail is not None and self.panel.detail.hearing.id == selected:
            self.select_id(selected)

    def scroll_to_start(self) -> None:
        """A new period opens where the day is: at the current time when today is shown,
        else at its first hearing (the office's opening hour when there is none)."""
        self.grid.adjustSize()
        now = self._local_now()
        days = {column.day for column in self.grid.columns}
        if now is not None and now.date() in days:
            minutes = now.hour * 60 + now.minute - 40
        else:
            starts = [b.entry.starts_at for b in self.grid.blocks if b.isVisible()]
            if not starts:
                self.scroller.verticalScrollBar().setValue(0)
                self._opening = None
                return
            first = min(starts, key=lambda moment: (moment.hour, moment.minute))
            minutes = first.hour * 60 + first.minute - 20
        y = self.grid.y_of(max(minutes, self.grid.first_hour * 60)) - HEADER_PX
        bar = self.scroller.verticalScrollBar()
        bar.setValue(max(0, y))
        self._opening = (max(0, y), bar.value())

    def _keep_opening(self) -> None:
        """A period opened before the window took its size (or before the line above the
        grid wrapped) could not scroll as far as it wanted: it does once there is room,
        unless the user has scrolled since."""
        if self._opening is None:
            return
        wanted, reached = self._opening
        bar = self.scroller.verticalScrollBar()
        if bar.value() != reached or reached == wanted:
            self._opening = None if bar.value() != reached else self._opening
            return
        bar.setValue(wanted)
        self._opening = (wanted, bar.value())

    def _local_now(self) -> dt.datetime | None:
        settings = self.controller.settings
        if settings is None:
            return None
        return self.context.now().astimezone(ZoneInfo(settings.office.timezone))

    # ------------------------------------------------------------------ selection
    def select(self, entry: AgendaEntry) -> None:
        self.select_id(entry.hearing_id)

    def select_id(self, hearing_id: int) -> None:
        block = self.grid.select(hearing_id)
        if block is not None:
            self.scroller.ensureWidgetVisible(block, 20, 20)
        detail = self.controller.detail(hearing_id)
        settings = self.controller.settings
        self.panel.show_detail(
            detail, self.controller.locale, settings.words if settings is not None else None
        )

    # ------------------------------------------------------------------ quick actions
    def act(self, action: HearingAction) -> None:
        detail = self.panel.detail
        if detail is None:
            return
        c = self.controller
        settings = c.settings
        assert settings is not None
        dialog: QDialog | None = None
        if action == HearingAction.DELIVER_CITATION:
            dialog = CitationDeliveryDialog(
                detail, settings.office.timezone, self.context.now(), c.deliver_citations, self
            )
        elif action == HearingAction.START:
            dialog = StartDialog(
                detail,
                settings.office.timezone,
                self.context.now(),
                lambda **values: c.start(detail, **values),
                self,
            )
        elif action == HearingAction.CORRECT_TIMES:
            dialog = TimesDialog(
                detail,
                settings.office.timezone,
                self.context.now(),
                lambda **values: c.correct_times(detail, **values),
                self,
            )
        elif action == HearingAction.NO_SHOW:
            dialog = NoShowDialog(
                detail,
                settings.profile.scheduling.citations_before_closure,
                lambda absence, notes, errors: self._no_show(detail, absence, notes, errors),
                self,
            )
        elif action == HearingAction.SUSPEND:
            dialog = ReasonDialog(
                detail,
                title=tr("Suspender la audiencia"),
                confirm=tr("Suspender"),
                intro=tr(
                    "La audiencia continúa en una nueva sesión, que se programa a continuación."
                ),
                field_label=tr("&Motivo de la suspensión:"),
                field=HearingFields.SUSPENSION_REASON,
                submit=lambda reason, errors: self._suspend(detail, reason, errors),
                parent=self,
            )
        elif action == HearingAction.RESCHEDULE:
            dialog = BookingDialog(
                self.context, detail.hearing.case_id, reschedule=detail.hearing, parent=self
            )
            dialog.booked.connect(lambda view: self._booked(view.id))
        elif action == HearingAction.CANCEL:
            dialog = CancelDialog(
                detail,
                lambda reason, notes, errors: c.cancel(detail, reason, notes, errors),
                self,
            )
        elif action in (HearingAction.RECORD_OUTCOME, HearingAction.VIEW_AGREEMENT):
            self.edit_agreement(detail)
            return
        elif action == HearingAction.OPEN_ACTA:
            if detail.agreement_id is not None:
                self.context.navigation.open_acta(detail.agreement_id)
            return
        elif action == HearingAction.PRINT_CITATIONS:
            dialog = citations_dialog(self.context, detail, self)
        elif action == HearingAction.ANNUL:
            dialog = ReasonDialog(
                detail,
                title=tr("Anular la audiencia"),
                confirm=tr("Anular"),
                intro=tr(
                    "Anule solo una audiencia registrada por error: queda en el historial, "
                    "marcada como anulada."
                ),
                field_label=tr("&Motivo de la anulación:"),
                field=HearingFields.ANNULMENT_REASON,
                submit=lambda reason, errors: c.annul(detail, reason, errors),
                parent=self,
            )
        if dialog is not None:
            self.dialog = dialog
            dialog.accepted.connect(lambda: self.select_id(detail.hearing.id))
            dialog.open()

    def edit_agreement(self, detail: HearingDetail) -> None:
        """The agreement editor, in its own window; the panel follows what it saves."""
        hearing_id = detail.hearing.id
        editor = open_agreement_editor(self.context, hearing_id, self.window())
        if editor is not None:
            editor.saved.connect(lambda _id: self._booked(hearing_id))

    def _no_show(
        self, detail: HearingDetail, absence: Absence, notes: str, errors: FieldErrors
    ) -> bool:
        result = self.controller.no_show(detail, absence, notes, errors)
        if result is None:
            return False
        if result.next_citation_round is not None:
            self._offer_booking(detail.hearing.case_id)
        return True

    def _suspend(self, detail: HearingDetail, reason: str, errors: FieldErrors) -> bool:
        if not self.controller.suspend(detail, reason, errors):
            return False
        self._offer_booking(detail.hearing.case_id)
        return True

    def _offer_booking(self, case_id: int) -> None:
        """The next session or citation is booked right away, in the booking dialog."""
        if not allowed(self.context.actor, Permission.SCHEDULE_HEARING):
            return
        dialog = BookingDialog(self.context, case_id, parent=self)
        dialog.booked.connect(lambda view: self._booked(view.id))
        self.booking = dialog
        dialog.open()

    def _booked(self, hearing_id: int) -> None:
        def select() -> None:
            if self.grid.block_for(hearing_id) is not None:
                self.select_id(hearing_id)

        self.controller.load(then=select)

    def export_ics(self) -> None:
        c = self.controller
        officer = c.resource_id if c.group == Group.OFFICER else None
        first, _days = c.period()
        dialog = IcsExportDialog(
            self.context, c.officers, officer_id=officer, first_day=first, parent=self
        )
        self.dialog = dialog
        dialog.open()
