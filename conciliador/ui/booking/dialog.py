"""Booking (or rescheduling) a hearing: officer, room or mode, date and time; the free slots
the service proposes; every conflict explained in words as the choice changes; and the
supervisor's override with its written reason.

Every read and write (opening, proposing slots, checking the choice, booking) runs on the
context's task runner, never on the GUI thread: the dialog shows «Buscando…» meanwhile, drops
answers a newer question has overtaken, and books once however often «Programar» is pressed."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

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
from conciliador.services.context import Database
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
from conciliador.ui.errors import report_unexpected
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

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Desk:
    """What the dialog reads when it opens: the case, its office's settings, who may conduct
    and which rooms are in use."""

    case: CaseSummary
    settings: OfficeSettings
    officers: list[UserView]
    rooms: list[RoomView]


def read_desk(db: Database, actor: Actor, case_id: int, now: dt.datetime) -> Desk:
    case = case_summary(db, actor, case_id)
    settings = office_settings(db, actor, case.office_id, now=now)
    officers = conducting_officers(db, actor, settings.office.id)
    rooms = [r for r in list_rooms(db, actor, settings.office.id) if r.active]
    return Desk(case, settings, officers, rooms)


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
        #: Read off the GUI thread when the dialog opens (``_opened``).
        self.case: CaseSummary
        self.settings: OfficeSettings
        self.babel_locale = display_locale("es")
        self._officers: list[UserView] = []
        self._rooms: list[RoomView] = []
        #: The questions still out on the task runner ("abrir", "horarios", "comprobar",
        #: "programar"), and the generation of the newest of each kind: an older answer is
        #: dropped.
        self._pending: set[str] = set()
        self._generation: dict[str, int] = {}
        self._opened_ok = False

        self.setWindowTitle(
            tr("Reprogramar la audiencia")
            if reschedule
            else tr("Citar a audiencia de seguimiento")
            if follow_up
            else tr("Programar una audiencia")
        )
        self.setMinimumSize(860, 560)
        header = QLabel(tr("Caso…"))
        self.header = header
        header.setStyleSheet("font-size: 15px; font-weight: bold;")
        header.setWordWrap(True)
        current = QLabel()
        self.current = current
        current.setWordWrap(True)
        if follow_up and reschedule is None:
            current.setText(
                tr(
                    "Audiencia de seguimiento de su acuerdo firmado: el caso sigue concluido; un "
                    "acuerdo nuevo, firmado, sustituye el calendario desde su fecha."
                )
            )
        current.setVisible(reschedule is not None or follow_up)

        # -------------------------------------------------------------- the choice
        self.officer = QComboBox()
        self.mode = QComboBox()
        self.room = QComboBox()
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(tr(" min"))
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
        self.more_slots.setAutoDefault(False)
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
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        #: «Buscando…» while a question is out; its row is the buttons' row, so the text
        #: coming and going moves nothing.
        self.busy = QLabel()
        self.busy.setAccessibleName(tr("Estado de la búsqueda"))
        self.busy.setStyleSheet("color: #566573;")

        left = QVBoxLayout()
        left.addLayout(form.layout)
        left.addWidget(slots_label)
        left.addWidget(self.slot_list, 1)
        left.addWidget(self.no_slots)
        left.addWidget(self.more_slots)
        #: The choice and its check: disabled until the dialog has read what it offers.
        self.body = QWidget()
        columns = QHBoxLayout(self.body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addWidget(self.clash_panel, 1)
        self.body.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(current)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.general)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self._open()

    # ------------------------------------------------------------------ the task runner
    def _ask(
        self,
        kind: str,
        work: Any,
        done: Any,
        failed: Any,
    ) -> None:
        """Run ``work`` on the task runner; ``done``/``failed`` get the answer on the GUI
        thread unless a newer question of the same kind has been asked since."""
        generation = self._generation.get(kind, 0) + 1
        self._generation[kind] = generation
        self._pending.add(kind)
        self._show_busy()

        def settle() -> bool:
            if self._generation.get(kind) != generation:
                return False
            self._pending.discard(kind)
            self._show_busy()
            return True

        def on_done(result: Any) -> None:
            if settle():
                done(result)

        def on_error(exc: BaseException) -> None:
            if not settle():
                return
            if isinstance(exc, ServiceError):
                failed(exc)
                return
            self._say(tr("No se pudo completar la consulta; el error quedó registrado."))
            report_unexpected(exc, self)

        self.context.tasks.run(lambda _p: work(), on_done, on_error)

    def _show_busy(self) -> None:
        self.busy.setText(
            tr("Programando…")
            if "programar" in self._pending
            else tr("Buscando…")
            if self._pending
            else ""
        )
        self.ok.setEnabled(self._opened_ok and "programar" not in self._pending)

    @property
    def searching(self) -> bool:
        """Whether a question is still out (tests and the window wait on it)."""
        return bool(self._pending)

    def _say(self, text: str) -> None:
        self.general.setText(text)
        self.general.show()

    # ------------------------------------------------------------------ opening
    def _open(self) -> None:
        db, actor, case_id, now = (
            self.context.db,
            self.context.actor,
            self.case_id,
            self.context.now(),
        )
        self._ask(
            "abrir",
            lambda: read_desk(db, actor, case_id, now),
            self._opened,
            lambda exc: self._say(str(exc)),
        )

    def _opened(self, desk: Desk) -> None:
        self.case, self.settings = desk.case, desk.settings
        self.babel_locale = display_locale(self.settings.locale)
        self.header.setText(
            tr("Caso {case}: {claimant} y {respondent}").format(
                case=self.case.number,
                claimant=self.case.claimant_name,
                respondent=self.case.respondent_name,
            )
        )
        old = self.old
        if old is not None:
            where = (
                old.room_name
                if old.mode == HearingMode.PRESENCIAL and old.room_name
                else label(old.mode)
            )
            self.current.setText(
                tr("Audiencia actual: {when}, {where}, con {officer}.").format(
                    when=Slot(old.starts_at, old.ends_at).label(self.babel_locale),
                    where=where,
                    officer=old.officer_name,
                )
            )
        self._officers = desk.officers
        for officer in desk.officers:
            self.officer.addItem(officer.full_name, officer.id)
        for mode in self.settings.profile.scheduling.allowed_modes:
            self.mode.addItem(label(mode), mode)
        self._rooms = desk.rooms
        for room in desk.rooms:
            self.room.addItem(room.name, room.id)
        self.minutes.setValue(self.settings.profile.scheduling.hearing_minutes)
        self._defaults(old)
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
        self._opened_ok = True
        self.body.setEnabled(True)
        self._show_busy()
        self.propose()  # also checks the first proposal it picks, or the day shown

    # ------------------------------------------------------------------ setup
    def _defaults(self, old: HearingView | None) -> None:
        mine = self.context.actor.user_id
        officer_id = old.officer_id if old else mine
        index = self.officer.findData(officer_id)
        self.officer.setCurrentIndex(index if index >= 0 else 0)
        mode = old.mode if old else HearingMode.PRESENCIAL
        self.mode.setCurrentIndex(max(0, self.mode.findData(mode)))
        if old is not None and old.room_id is not None:
            self.room.setCurrentIndex(max(0, self.room.findData(old.room_id)))
            self.minutes.setValue(int((old.ends_at - old.starts_at).total_seconds() // 60))
        self.day.set_value(self.settings.today)
        self.day.set_default_page(self.settings.today)

    def _sync_room(self) -> None:
        in_person = HearingMode(self.mode.currentData()) == HearingMode.PRESENCIAL
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
            room_id=self.room.currentData() if mode == HearingMode.PRESENCIAL else None,
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
        db, booker, case_id, now = self.context.db, self.booker, self.case_id, self.context.now()
        self.no_slots.setText(tr("Buscando horarios libres…"))
        self.no_slots.show()

        def work() -> list[Slot]:
            return propose_slots(
                db,
                booker,
                case_id=case_id,
                officer_id=request.officer_id,
                room_id=request.room_id,
                mode=request.mode,
                minutes=request.minutes,
                count=SEARCHED,
                after=after,
                now=now,
            )

        def failed(exc: BaseException) -> None:
            self.slots.set_rows([])
            self.no_slots.setText(
                "; ".join(p.message for p in exc.problems)
                if isinstance(exc, ValidationFailed)
                else str(exc)
            )
            if not self._checked_once:
                self.check()

        self._ask(
            "horarios",
            work,
            lambda slots: self._proposed(slots, from_chosen_day=from_chosen_day),
            failed,
        )

    def _proposed(self, found: list[Slot], *, from_chosen_day: bool) -> None:
        slots = spread(found)
        self.slots.set_rows(slots)
        self.no_slots.setText(
            "" if slots else tr("No hay horarios libres en los próximos 90 días con esta elección.")
        )
        self.no_slots.setVisible(not slots)
        if slots and not from_chosen_day and self._first_proposal:
            self._first_proposal = False
            self._use_slot(slots[0])
        elif not self._checked_once:
            self.check()

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
        if request is None or not self._opened_ok:
            return
        db, booker, now, old = self.context.db, self.booker, self.context.now(), self.old

        def work() -> list[Any]:
            if old is None:
                return check_booking(db, booker, request, now=now)
            return check_reschedule(db, booker, old.id, request, now=now)

        def done(clashes: list[Any]) -> None:
            self.errors.clear()
            self.clash_panel.show_clashes(clashes)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationFailed):
                self.errors.show(exc.problems)
                self.clash_panel.note(tr("Complete los datos marcados."))
            else:
                self.clash_panel.note(str(exc))

        # The clashes shown stay until the answer replaces them; the verdict says it is asked.
        self.clash_panel.verdict.setText(tr("Buscando…"))
        self.clash_panel.verdict.setStyleSheet("")
        self._ask("comprobar", work, done, failed)

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
        """Book once: «Programar» is disabled until the service answers, and a second press
        (or Enter) meanwhile does nothing."""
        if not self._opened_ok or "programar" in self._pending:
            return
        request = self.request()
        if request is None:
            return
        override = self.clash_panel.override_reason_text
        self.errors.clear()
        self.general.setText("")
        db, booker, now, old = self.context.db, self.booker, self.context.now(), self.old
        reason_text = self.reason.text()

        def work() -> HearingView:
            if old is None:
                return book_hearing(db, booker, request, override_reason=override, now=now)
            return reschedule(
                db,
                booker,
                old.id,
                request,
                reason=reason_text,
                override_reason=override,
                expected_version=old.version,
                now=now,
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationFailed):
                self.errors.show(exc.problems)
            elif isinstance(exc, SchedulingConflict):
                self.clash_panel.show_clashes(exc.clashes)
                self._say(
                    tr(
                        "No se programó: resuelva los choques o pida la autorización de un "
                        "supervisor."
                    )
                    if exc.overridable
                    else tr("No se programó: elija otro horario, otra sala u otra persona.")
                )
            else:
                self._say(str(exc))

        self._ask("programar", work, self._booked, failed)

    def _booked(self, view: HearingView) -> None:
        where = (
            view.room_name
            if view.mode == HearingMode.PRESENCIAL and view.room_name
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
