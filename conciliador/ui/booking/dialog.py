"""Booking (or rescheduling) a hearing: officer, room or mode, date and time; the free slots
the service proposes; every conflict explained in words as the choice changes; and the
supervisor's override with its written reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from conciliador.domain.enums import HearingMode
from conciliador.domain.followup import HearingPurpose
from conciliador.services.actor import Actor
from conciliador.services.case_list import CaseSummary, case_summary
from conciliador.services.errors import SchedulingConflict, ServiceError, ValidationFailed
from conciliador.services.fields import Booking
from conciliador.services.office_info import OfficeSettings, conducting_officers, office_settings
from conciliador.services.offices import RoomView, list_rooms
from conciliador.services.scheduling import (
    BookingRequest,
    HearingView,
    Slot,
    book_hearing,
    check_booking,
    check_reschedule,
    propose_slots,
    reschedule,
)
from conciliador.services.users import UserView
from conciliador.ui.booking.clashes import ClashPanel
from conciliador.ui.booking.supervisor import SupervisorSignInDialog
from conciliador.ui.context import UiContext
from conciliador.ui.feedback import FieldErrors
from conciliador.ui.i18n import display_locale, tr
from conciliador.ui.icons import icon
from conciliador.ui.labels import label
from conciliador.ui.widgets.forms import DateField, Form, error_label
from conciliador.ui.widgets.table_model import ROW_ROLE, Column, RowsModel

#: Free slots asked of the service, and how many are listed (at most PER_DAY a day, so the
#: list spans several days instead of filling one).
SEARCHED = 80
LISTED = 16
PER_DAY = 4
CHECK_DELAY_MS = 150


def spread(slots: list[Slot]) -> list[Slot]:
    """At most ``PER_DAY`` slots a day, ``LISTED`` in all, in time order."""
    per_day: dict[dt.date, int] = {}
    chosen: list[Slot] = []
    for slot in slots:
        day = slot.starts_at.date()
        if per_day.get(day, 0) < PER_DAY:
            per_day[day] = per_day.get(day, 0) + 1
            chosen.append(slot)
            if len(chosen) >= LISTED:
                break
    return chosen


class BookingDialog(QDialog):
    """Emits ``booked(HearingView)`` after the service booked (or rescheduled) the hearing."""

    booked = Signal(object)

    def __init__(
        self,
        context: UiContext,
        case_id: int,
        *,
        reschedule: HearingView | None = None,
        follow_up: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.old = reschedule
        #: A follow-up hearing on a concluded case with a signed agreement.
        self.purpose = (
            reschedule.purpose
            if reschedule is not None
            else HearingPurpose.SEGUIMIENTO
            if follow_up
            else HearingPurpose.CONCILIACION
        )
        #: Who books: the signed-in person, or a supervisor who authorised at this desk.
        self.booker: Actor = context.actor
        self.case: CaseSummary = case_summary(context.db, context.actor, case_id)
        self.settings: OfficeSettings = office_settings(
            context.db, context.actor, self.case.office_id, now=context.now()
        )
        self.babel_locale = display_locale(self.settings.locale)
        officers = conducting_officers(context.db, context.actor, self.settings.office.id)
        rooms = [
            r for r in list_rooms(context.db, context.actor, self.settings.office.id) if r.active
        ]

        self.setWindowTitle(
            tr("Reprogramar la audiencia")
            if reschedule
            else tr("Citar a audiencia de seguimiento")
            if follow_up
            else tr("Programar una audiencia")
        )
        self.setMinimumSize(860, 560)
        header = QLabel(
            tr("Caso {case}: {claimant} y {respondent}").format(
                case=self.case.number,
                claimant=self.case.claimant_name,
                respondent=self.case.respondent_name,
            )
        )
        header.setStyleSheet("font-size: 15px; font-weight: bold;")
        header.setWordWrap(True)
        current = QLabel()
        current.setWordWrap(True)
        if reschedule is not None:
            where = (
                reschedule.room_name
                if reschedule.mode == HearingMode.IN_PERSON and reschedule.room_name
                else label(reschedule.mode)
            )
            current.setText(
                tr("Audiencia actual: {when}, {where}, con {officer}.").format(
                    when=Slot(reschedule.starts_at, reschedule.ends_at).label(self.babel_locale),
                    where=where,
                    officer=reschedule.officer_name,
                )
            )
        elif follow_up:
            current.setText(
                tr(
                    "Audiencia de seguimiento de su acuerdo firmado: el caso sigue concluido; un "
                    "acuerdo nuevo, firmado, sustituye el calendario desde su fecha."
                )
            )
        current.setVisible(reschedule is not None or follow_up)

        # -------------------------------------------------------------- the choice
        self.officer = QComboBox()
        self._officers: list[UserView] = officers
        for officer in officers:
            self.officer.addItem(officer.full_name, officer.id)
        self.mode = QComboBox()
        for mode in self.settings.profile.scheduling.allowed_modes:
            self.mode.addItem(label(mode), mode)
        self.room = QComboBox()
        self._rooms: list[RoomView] = rooms
        for room in rooms:
            self.room.addItem(room.name, room.id)
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setValue(self.settings.profile.scheduling.hearing_minutes)
        self.day = DateField(optional=False)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(tr("p. ej. a pedido de la parte citada, por trabajo"))
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = Form(self.errors)
        form.row(tr("&Conciliador/a:"), self.officer, Booking.OFFICER)
        form.row(tr("&Modalidad:"), self.mode, Booking.MODE)
        form.row(tr("S&ala:"), self.room, Booking.ROOM)
        form.row(tr("D&uración:"), self.minutes, Booking.MINUTES)
        # The service checks the instant the two fields make; its problem sits under the day.
        form.row(tr("&Fecha:"), self.day, Booking.START)
        form.row(tr("&Hora:"), self.time)
        if reschedule is not None:
            form.row(tr("Moti&vo de la reprogramación:"), self.reason, Booking.RESCHEDULE_REASON)
        else:
            self.reason.hide()

        # -------------------------------------------------------------- proposals
        self.slots: RowsModel[Slot] = RowsModel(
            [Column(tr("Horario"), lambda s: s.label(self.babel_locale).capitalize())], self
        )
        self.slot_list = QListView()
        self.slot_list.setModel(self.slots)
        self.slot_list.setAccessibleName(tr("Horarios libres propuestos"))
        self.slot_list.clicked.connect(self._slot_chosen)
        self.slot_list.activated.connect(self._slot_chosen)
        slots_label = QLabel(tr("Horarios &libres propuestos:"))
        slots_label.setBuddy(self.slot_list)
        self.more_slots = QPushButton(tr("Buscar &desde la fecha elegida"))
        self.more_slots.clicked.connect(lambda: self.propose(from_chosen_day=True))
        self.no_slots = QLabel()
        self.no_slots.setWordWrap(True)
        self.no_slots.setStyleSheet("color: #566573;")

        # -------------------------------------------------------------- conflicts
        self.clash_panel = ClashPanel(self.errors)
        self.clash_panel.set_booker(self.booker, context.actor)
        self.clash_panel.supervisor_requested.connect(self.ask_supervisor)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(
            tr("&Reprogramar") if reschedule else tr("&Citar") if follow_up else tr("&Programar")
        )
        self.ok.setIcon(icon("book"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addLayout(form.layout)
        left.addWidget(slots_label)
        left.addWidget(self.slot_list, 1)
        left.addWidget(self.no_slots)
        left.addWidget(self.more_slots)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addWidget(self.clash_panel, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(current)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self._defaults(reschedule)
        for signal in (
            self.officer.currentIndexChanged,
            self.mode.currentIndexChanged,
            self.room.currentIndexChanged,
            self.minutes.valueChanged,
        ):
            signal.connect(self._resources_changed)
        self.day.dateChanged.connect(lambda _d: self._timer.start())
        self.time.timeChanged.connect(lambda _t: self._timer.start())
        self._sync_room()
        self.propose()  # also checks the first proposal it picks
        if not self._checked_once:
            self.check()

    # ------------------------------------------------------------------ setup
    def _defaults(self, old: HearingView | None) -> None:
        mine = self.context.actor.user_id
        officer_id = old.officer_id if old else mine
        index = self.officer.findData(officer_id)
        self.officer.setCurrentIndex(index if index >= 0 else 0)
        mode = old.mode if old else HearingMode.IN_PERSON
        self.mode.setCurrentIndex(max(0, self.mode.findData(mode)))
        if old is not None and old.room_id is not None:
            self.room.setCurrentIndex(max(0, self.room.findData(old.room_id)))
            self.minutes.setValue(int((old.ends_at - old.starts_at).total_seconds() // 60))
        self.day.set_value(self.settings.today)
        self.day.set_default_page(self.settings.today)

    def _sync_room(self) -> None:
        in_person = HearingMode(self.mode.currentData()) == HearingMode.IN_PERSON
        self.room.setEnabled(in_person)

    def _resources_changed(self) -> None:
        self._sync_room()
        self.propose()
        self._timer.start()

    # ------------------------------------------------------------------ the request
    def start(self) -> dt.datetime | None:
        day = self.day.value()
        if day is None:
            return None
        clock = self.time.time()
        return dt.datetime(day.year, day.month, day.day, clock.hour(), clock.minute())

    def request(self) -> BookingRequest | None:
        start = self.start()
        officer = self.officer.currentData()
        if start is None or officer is None:
            return None
        mode = HearingMode(self.mode.currentData())
        return BookingRequest(
            case_id=self.case_id,
            officer_id=officer,
            start=start,
            room_id=self.room.currentData() if mode == HearingMode.IN_PERSON else None,
            minutes=self.minutes.value(),
            mode=mode,
            purpose=self.purpose,
        )

    # ------------------------------------------------------------------ proposals
    def propose(self, *, from_chosen_day: bool = False) -> None:
        request = self.request()
        if request is None:
            self.slots.set_rows([])
            return
        after = None
        if from_chosen_day and self.day.value() is not None:
            after = dt.datetime.combine(self.day.value() or self.settings.today, dt.time(0))
        try:
            slots = propose_slots(
                self.context.db,
                self.booker,
                case_id=self.case_id,
                officer_id=request.officer_id,
                room_id=request.room_id,
                mode=request.mode,
                minutes=request.minutes,
                count=SEARCHED,
                after=after,
                now=self.context.now(),
            )
        except ValidationFailed as exc:
            self.slots.set_rows([])
            self.no_slots.setText("; ".join(p.message for p in exc.problems))
            return
        except ServiceError as exc:
            self.slots.set_rows([])
            self.no_slots.setText(str(exc))
            return
        slots = spread(slots)
        self.slots.set_rows(slots)
        self.no_slots.setText(
            "" if slots else tr("No hay horarios libres en los próximos 90 días con esta elección.")
        )
        self.no_slots.setVisible(not slots)
        if slots and not from_chosen_day and self._first_proposal:
            self._first_proposal = False
            self._use_slot(slots[0])

    _first_proposal = True

    def _slot_chosen(self, index: QModelIndex) -> None:
        slot = index.data(ROW_ROLE)
        if isinstance(slot, Slot):
            self._use_slot(slot)

    def _use_slot(self, slot: Slot) -> None:
        self.day.set_value(slot.starts_at.date())
        self.time.setTime(QTime(slot.starts_at.hour, slot.starts_at.minute))
        self.check()

    # ------------------------------------------------------------------ conflicts
    _checked_once = False

    def check(self) -> None:
        self._checked_once = True
        self._timer.stop()
        request = self.request()
        if request is None:
            return
        try:
            if self.old is None:
                clashes = check_booking(
                    self.context.db, self.booker, request, now=self.context.now()
                )
            else:
                clashes = check_reschedule(
                    self.context.db, self.booker, self.old.id, request, now=self.context.now()
                )
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            self.clash_panel.note(tr("Complete los datos marcados."))
            return
        except ServiceError as exc:
            self.clash_panel.note(str(exc))
            return
        self.errors.clear()
        self.clash_panel.show_clashes(clashes)

    def ask_supervisor(self) -> None:
        dialog = SupervisorSignInDialog(self.context.db, self.settings.office.id, parent=self)
        dialog.authorised.connect(self._supervisor_signed_in)
        self.supervisor_dialog = dialog
        dialog.open()

    def _supervisor_signed_in(self, supervisor: Actor) -> None:
        self.booker = supervisor
        self.clash_panel.set_booker(supervisor, self.context.actor)
        self.clash_panel.override_reason.setFocus()

    # ------------------------------------------------------------------ booking
    def submit(self) -> None:
        request = self.request()
        if request is None:
            return
        override = self.clash_panel.override_reason_text
        self.errors.clear()
        try:
            if self.old is None:
                view = book_hearing(
                    self.context.db,
                    self.booker,
                    request,
                    override_reason=override,
                    now=self.context.now(),
                )
            else:
                view = reschedule(
                    self.context.db,
                    self.booker,
                    self.old.id,
                    request,
                    reason=self.reason.text(),
                    override_reason=override,
                    expected_version=self.old.version,
                    now=self.context.now(),
                )
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            return
        except SchedulingConflict as exc:
            self.clash_panel.show_clashes(exc.clashes)
            self.general.setText(
                tr("No se programó: resuelva los choques o pida la autorización de un supervisor.")
                if exc.overridable
                else tr("No se programó: elija otro horario, otra sala u otra persona.")
            )
            self.general.show()
            return
        except ServiceError as exc:
            self.general.setText(str(exc))
            self.general.show()
            return
        where = (
            view.room_name
            if view.mode == HearingMode.IN_PERSON and view.room_name
            else label(view.mode)
        )
        message = (
            tr(
                "Audiencia de seguimiento del caso {case} citada para el {when}, {where}, con "
                "{officer}. Se emitieron las citaciones de ambas partes."
            )
            if view.purpose == HearingPurpose.SEGUIMIENTO and self.old is None
            else tr(
                "Audiencia del caso {case} programada para el {when}, {where}, con {officer}. "
                "Se emitieron las citaciones de ambas partes."
            )
        )
        self.context.messages.success(
            message.format(
                case=view.case_number,
                when=Slot(view.starts_at, view.ends_at).label(self.babel_locale),
                where=where,
                officer=view.officer_name,
            )
        )
        self.booked.emit(view)
        self.accept()
