"""The agenda's state (which office, period, grouping, filter) and its calls to the services.

The view draws what the controller holds and forwards what the person does; every quick
action is one service call followed by a reload, so the grid always shows the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from conciliador.documents.formatting import date_range, long_date
from conciliador.domain.enums import Absence, CancelReason, CitationMethod, HearingMode
from conciliador.domain.record_numbers import NumberKind, tagged
from conciliador.services.agenda import AgendaEntry, agenda
from conciliador.services.errors import ServiceError
from conciliador.services.hearing_details import HearingDetail, hearing_detail
from conciliador.services.hearing_flow import (
    NoShowResult,
    annul_hearing,
    cancel_hearing,
    correct_hearing_times,
    record_citation_delivery,
    record_no_show,
    start_hearing,
    suspend_hearing,
)
from conciliador.services.office_info import (
    DayInfo,
    OfficeSettings,
    conducting_officers,
    office_days,
    office_settings,
)
from conciliador.services.offices import RoomView, list_rooms
from conciliador.services.users import UserView
from conciliador.ui.agenda.grid import GridColumn
from conciliador.ui.agenda.palette import WITHDRAWN
from conciliador.ui.context import UiContext
from conciliador.ui.errors import report_unexpected
from conciliador.ui.feedback import FieldErrors, run_service
from conciliador.ui.i18n import display_locale, tr
from conciliador.ui.labels import label
from conciliador.ui.tasks import Progress

T = TypeVar("T")


class Mode(Enum):
    DAY = "dia"
    WEEK = "semana"


class Group(Enum):
    OFFICER = "conciliador"
    ROOM = "sala"


REMOTE_COLUMN = -1
#: A block in the grid: (column index, hearing, text lines under the first one).
Placed = tuple[int, AgendaEntry, tuple[str, ...]]


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


class AgendaController(QObject):
    changed = Signal()

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.mode = Mode.WEEK
        self.group = Group.OFFICER
        #: The officer or room shown, or None for all of them.
        self.resource_id: int | None = None
        self.show_withdrawn = False
        self.settings: OfficeSettings | None = None
        self.officers: list[UserView] = []
        self.rooms: list[RoomView] = []
        self.entries: list[AgendaEntry] = []
        self.days: list[DayInfo] = []
        self.anchor = context.now().date()
        self._generation = 0

    # ------------------------------------------------------------------ loading
    @property
    def office_id(self) -> int:
        return self.context.office.id

    @property
    def locale(self) -> str:
        return display_locale(self.settings.locale if self.settings else "es")

    def open_office(self) -> None:
        """(Re)read the office: its profile, today, officers and rooms; show this week."""
        db, actor = self.context.db, self.context.actor
        self.settings = office_settings(db, actor, self.office_id, now=self.context.now())
        self.officers = conducting_officers(db, actor, self.office_id)
        self.rooms = [r for r in list_rooms(db, actor, self.office_id) if r.active]
        self.anchor = self.settings.today
        if self.resource_id not in self.choices():
            # The person or room picked in the office shown before is not one of this
            # office's: the filter goes back to everyone rather than to nobody.
            self.resource_id = None
        if self.resource_id is None and self.group == Group.OFFICER:
            mine = self.context.actor.user_id
            if any(o.id == mine for o in self.officers):
                self.resource_id = mine
        self.load()

    def choices(self) -> list[int | None]:
        """What the person-or-room filter offers in this office (None: all of them)."""
        if self.group == Group.OFFICER:
            return [None, *(o.id for o in self.officers)]
        return [None, *(r.id for r in self.rooms), REMOTE_COLUMN]

    def period(self) -> tuple[dt.date, int]:
        if self.mode == Mode.DAY:
            return self.anchor, 1
        return monday(self.anchor), 7

    def load(self, then: Callable[[], None] | None = None) -> None:
        """Read the period's hearings and days off the GUI thread (the desktop's task runner)
        and redraw when they arrive; an answer for a period already left is dropped.
        ``then`` runs after the redraw (select the hearing just booked …)."""
        first, days = self.period()
        db, actor = self.context.db, self.context.actor
        office_id, group, resource = self.office_id, self.group, self.resource_id
        self._generation += 1
        generation = self._generation

        def work(_progress: Progress) -> tuple[list[AgendaEntry], list[DayInfo]]:
            entries = agenda(
                db,
                actor,
                office_id,
                first,
                days,
                officer_id=resource if group == Group.OFFICER else None,
                room_id=resource if group == Group.ROOM and resource else None,
            )
            if group == Group.ROOM and resource == REMOTE_COLUMN:
                entries = [e for e in entries if e.room_id is None]
            return entries, office_days(db, actor, office_id, first, days)

        def done(result: tuple[list[AgendaEntry], list[DayInfo]]) -> None:
            if generation != self._generation:
                return
            self.entries, self.days = result
            self.changed.emit()
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(exc, ServiceError):
                self.context.messages.error(str(exc))
                return
            report_unexpected(exc)

        self.context.tasks.run(work, done, failed)

    def visible_entries(self) -> list[AgendaEntry]:
        if self.show_withdrawn:
            return list(self.entries)
        return [e for e in self.entries if e.status not in WITHDRAWN]

    # ------------------------------------------------------------------ navigation
    def set_mode(self, mode: Mode) -> None:
        if mode != self.mode:
            self.mode = mode
            self.load()

    def step(self, direction: int) -> None:
        """A week back or forward; in the day view, the previous or next day with office
        hours (weekends are skipped; holidays are shown, closed)."""
        if self.mode == Mode.WEEK:
            self.anchor += dt.timedelta(days=7 * direction)
        else:
            day = self.anchor
            for _ in range(7):
                day += dt.timedelta(days=direction)
                if self.settings is None or self.settings.profile.scheduling.blocks_for(
                    day.weekday()
                ):
                    break
            self.anchor = day
        self.load()

    def go_to(self, day: dt.date) -> None:
        self.anchor = day
        self.load()

    def today(self) -> None:
        if self.settings is not None:
            self.go_to(self.settings.today)

    def set_group(self, group: Group, resource_id: int | None = None) -> None:
        self.group = group
        self.resource_id = resource_id
        self.load()

    def set_show_withdrawn(self, show: bool) -> None:
        self.show_withdrawn = show
        self.changed.emit()

    # ------------------------------------------------------------------ what to draw
    def title(self) -> str:
        first, days = self.period()
        if days == 1:
            return long_date(first, self.locale).capitalize()
        shown = [d.day for d in self.shown_days()] or [first]
        return date_range(shown[0], shown[-1], self.locale)

    def _where(self, entry: AgendaEntry) -> str:
        if entry.mode == HearingMode.PRESENCIAL and entry.room_name:
            return entry.room_name
        return label(entry.mode)

    def grid(self) -> tuple[list[GridColumn], list[Placed]]:
        """Columns and blocks for the grid: days in the week view; officers or rooms side by
        side in the day view when all of them are shown."""
        if self.mode == Mode.DAY and self.resource_id is None:
            return self._resource_columns()
        return self._day_columns()

    def _lines(self, entry: AgendaEntry, second: str) -> tuple[str, ...]:
        """Under the time: the case, the parties, then where (or who) and the status."""
        parties = f"{entry.claimant_name} / {entry.respondent_name}"
        return (
            tagged(NumberKind.CASO, entry.case_number),
            parties,
            f"{second} · {label(entry.status)}",
        )

    def _resource_columns(self) -> tuple[list[GridColumn], list[Placed]]:
        """One day, one column per officer (or room, with one for video and phone)."""
        entries = self.visible_entries()
        info = next((d for d in self.days if d.day == self.anchor), None)
        hours = info.blocks if info else ()
        closed = (info.holiday or info.closure) if info else None
        is_today = self.settings is not None and self.anchor == self.settings.today
        keys: list[int] = []
        columns: list[GridColumn] = []

        def add(key: int, title: str, subtitle: str) -> None:
            keys.append(key)
            columns.append(GridColumn(title, subtitle, self.anchor, hours, closed, is_today))

        if self.group == Group.OFFICER:
            for officer in self.officers:
                add(officer.id, officer.full_name, label(officer.role))
            for e in entries:
                if e.officer_id not in keys:
                    add(e.officer_id, e.officer_name, "")
            return columns, [
                (keys.index(e.officer_id), e, self._lines(e, self._where(e))) for e in entries
            ]
        for room in self.rooms:
            add(room.id, room.name, tr("{n} personas").format(n=room.capacity))

        def key_of(e: AgendaEntry) -> int:
            return e.room_id if e.room_id is not None else REMOTE_COLUMN

        for e in entries:
            if key_of(e) not in keys:
                add(key_of(e), e.room_name or tr("Video y teléfono"), "")
        return columns, [
            (keys.index(key_of(e)), e, self._lines(e, e.officer_name)) for e in entries
        ]

    def shown_days(self) -> list[DayInfo]:
        """The days of the period with office hours, and any other day that has hearings."""
        entries = self.visible_entries()
        return [
            d for d in self.days if d.blocks or any(e.starts_at.date() == d.day for e in entries)
        ] or self.days

    def _day_columns(self) -> tuple[list[GridColumn], list[Placed]]:
        """One column per day (days without office hours only when they have hearings)."""
        entries = self.visible_entries()
        today = self.settings.today if self.settings else None
        shown = self.shown_days()
        columns = []
        for d in shown:
            written = long_date(d.day, self.locale)
            title = written.split(",")[0] if len(shown) > 1 else written
            columns.append(
                GridColumn(
                    title.capitalize(),
                    f"{d.day:%d/%m/%Y}",
                    d.day,
                    d.blocks,
                    d.holiday or d.closure,
                    d.day == today,
                )
            )
        index = {d.day: i for i, d in enumerate(shown)}
        one_officer = self.group == Group.OFFICER and self.resource_id is not None
        placed: list[Placed] = []
        for e in entries:
            column = index.get(e.starts_at.date())
            if column is not None:
                second = self._where(e) if one_officer else e.officer_name
                placed.append((column, e, self._lines(e, second)))
        return columns, placed

    # ------------------------------------------------------------------ quick actions
    def _do(
        self, action: Callable[[], T], done: str, errors: FieldErrors | None = None
    ) -> T | None:
        result = run_service(self.context.messages, action, errors=errors)
        if result is not None:
            self.context.messages.success(done)
            self.load()
        return result

    def detail(self, hearing_id: int) -> HearingDetail | None:
        return run_service(
            self.context.messages,
            lambda: hearing_detail(
                self.context.db, self.context.actor, hearing_id, now=self.context.now()
            ),
        )

    def deliver_citations(
        self,
        citation_ids: list[int],
        *,
        delivered_at: dt.datetime,
        method: CitationMethod,
        delivered_by: str,
        notes: str,
        errors: FieldErrors | None = None,
    ) -> bool:
        def work() -> int:
            for citation_id in citation_ids:
                record_citation_delivery(
                    self.context.db,
                    self.context.actor,
                    citation_id,
                    delivered_at=delivered_at,
                    method=method,
                    delivered_by=delivered_by,
                    notes=notes,
                    now=self.context.now(),
                )
            return len(citation_ids)

        done = (
            tr("Entrega de la citación registrada.")
            if len(citation_ids) == 1
            else tr("Entrega de las {n} citaciones registrada.").format(n=len(citation_ids))
        )
        count = self._do(work, done, errors)
        return count is not None

    def start(
        self,
        entry: HearingDetail,
        *,
        started_at: dt.datetime | None = None,
        reason: str = "",
        errors: FieldErrors | None = None,
    ) -> bool:
        """Start the hearing at ``started_at`` (now by default); a start before its day or
        time, or with a citation undelivered, needs the ``reason``."""
        h = entry.hearing
        return (
            self._do(
                lambda: start_hearing(
                    self.context.db,
                    self.context.actor,
                    h.id,
                    reason=reason,
                    started_at=started_at,
                    expected_version=h.version,
                    now=self.context.now(),
                ),
                tr("Audiencia del caso {case} iniciada.").format(case=h.case_number),
                errors,
            )
            is not None
        )

    def correct_times(
        self,
        entry: HearingDetail,
        *,
        started_at: dt.datetime,
        concluded_at: dt.datetime | None,
        reason: str,
        errors: FieldErrors | None = None,
    ) -> bool:
        h = entry.hearing
        return (
            self._do(
                lambda: correct_hearing_times(
                    self.context.db,
                    self.context.actor,
                    h.id,
                    started_at=started_at,
                    concluded_at=concluded_at,
                    reason=reason,
                    expected_version=h.version,
                    now=self.context.now(),
                ),
                tr("Horas de la audiencia del caso {case} corregidas.").format(case=h.case_number),
                errors,
            )
            is not None
        )

    def no_show(
        self, entry: HearingDetail, absence: Absence, notes: str, errors: FieldErrors | None = None
    ) -> NoShowResult | None:
        h = entry.hearing
        result = run_service(
            self.context.messages,
            lambda: record_no_show(
                self.context.db,
                self.context.actor,
                h.id,
                absence,
                notes=notes,
                expected_version=h.version,
                now=self.context.now(),
            ),
            errors=errors,
        )
        if result is None:
            return None
        if result.case_closed_with is not None:
            self.context.messages.success(
                tr("Inasistencia registrada. El caso {case} se cerró: {outcome}.").format(
                    case=h.case_number, outcome=label(result.case_closed_with)
                )
            )
        else:
            self.context.messages.success(
                tr(
                    "Inasistencia registrada. Corresponde la {n}.ª citación del caso {case}."
                ).format(n=result.next_citation_round, case=h.case_number)
            )
        self.load()
        return result

    def suspend(self, entry: HearingDetail, reason: str, errors: FieldErrors | None = None) -> bool:
        h = entry.hearing
        return (
            self._do(
                lambda: suspend_hearing(
                    self.context.db, self.context.actor, h.id, reason, expected_version=h.version
                ),
                tr("Audiencia suspendida. Programe la sesión siguiente del caso {case}.").format(
                    case=h.case_number
                ),
                errors,
            )
            is not None
        )

    def cancel(
        self,
        entry: HearingDetail,
        reason: CancelReason,
        notes: str,
        errors: FieldErrors | None = None,
    ) -> bool:
        h = entry.hearing
        return (
            self._do(
                lambda: cancel_hearing(
                    self.context.db,
                    self.context.actor,
                    h.id,
                    reason,
                    notes,
                    expected_version=h.version,
                ),
                tr("Audiencia del caso {case} cancelada.").format(case=h.case_number),
                errors,
            )
            is not None
        )

    def annul(self, entry: HearingDetail, reason: str, errors: FieldErrors | None = None) -> bool:
        h = entry.hearing
        return (
            self._do(
                lambda: annul_hearing(
                    self.context.db, self.context.actor, h.id, reason, expected_version=h.version
                ),
                tr("Audiencia del caso {case} anulada.").format(case=h.case_number),
                errors,
            )
            is not None
        )
