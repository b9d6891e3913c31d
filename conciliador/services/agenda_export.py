"""Export an officer's hearings to an iCalendar (.ics) file, written atomically and audited.

The file leaves the office on a phone or a home computer, so it carries no names of the
family: case number, place, matters and status only. Hearings that were rescheduled,
cancelled or annulled are written as cancelled events, so a calendar that imported an earlier
export drops them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from conciliador.db import Database
from conciliador.documents.atomic import write_atomically
from conciliador.documents.icalendar import CalendarEvent, EventStatus, calendar_text
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import HearingMode, HearingStatus
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.agenda import AgendaEntry, agenda
from conciliador.services.errors import FieldProblem, ServiceError, ValidationFailed
from conciliador.services.fields import AgendaExportFields
from conciliador.services.offices import get_office
from conciliador.services.permissions import Permission, require
from conciliador.services.users import get_user

MAX_DAYS = 400
_WITHDRAWN = frozenset({HearingStatus.REPROGRAMADA, HearingStatus.CANCELADA, HearingStatus.ANULADA})


def _ordinal(n: int) -> str:
    return f"{n}.ª"


def hearing_event(entry: AgendaEntry, office_name: str, host: str) -> CalendarEvent:
    summary = f"Audiencia de conciliación {entry.case_number}"
    if entry.session_number > 1:
        summary += f" — {_ordinal(entry.session_number)} sesión"
    if entry.citation_round > 1:
        summary += f" — {_ordinal(entry.citation_round)} citación"
    if entry.mode == HearingMode.PRESENCIAL:
        location = f"{entry.room_name}, {office_name}" if entry.room_name else office_name
    else:
        location = entry.mode.label
    description = "\n".join(
        (
            f"Caso: {entry.case_number}",
            f"Materias: {', '.join(m.label for m in entry.matters)}",
            f"Modalidad: {entry.mode.label}",
            f"Conciliador/a: {entry.officer_name}",
            f"Estado: {entry.status.label}",
        )
    )
    status: EventStatus = "CANCELLED" if entry.status in _WITHDRAWN else "CONFIRMED"
    return CalendarEvent(
        uid=f"audiencia-{entry.hearing_id}@{host}",
        start=entry.starts_at,
        end=entry.ends_at,
        summary=summary,
        location=location,
        description=description,
        status=status,
        sequence=max(0, entry.version - 1),
        categories=("Conciliación",),
    )


def export_agenda_ics(
    db: Database,
    actor: Actor,
    office_id: int,
    officer_id: int,
    first_day: dt.date,
    last_day: dt.date,
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Write the officer's hearings from ``first_day`` to ``last_day`` (inclusive) to ``path``;
    returns how many hearings the file holds."""
    days = (last_day - first_day).days + 1
    if days < 1:
        raise ValidationFailed(
            FieldProblem(AgendaExportFields.LAST_DAY, "debe ser igual o posterior a «Desde»")
        )
    if days > MAX_DAYS:
        raise ValidationFailed(
            FieldProblem(AgendaExportFields.LAST_DAY, f"exporte como máximo {MAX_DAYS} días")
        )
    if path.suffix.lower() != ".ics":
        path = path.with_name(path.name + ".ics")
    actor = require(db, actor, Permission.EXPORT_AGENDA, office_id)
    report = progress or (lambda _done, _total: None)
    report(0, 3)
    entries = agenda(db, actor, office_id, first_day, days, officer_id=officer_id)
    report(1, 3)
    with db.write() as session:
        office = get_office(session, office_id)
        officer = get_user(session, officer_id)
        if officer.office_id != office_id:
            raise ValidationFailed(
                FieldProblem(AgendaExportFields.OFFICER, "elija una persona de esta oficina")
            )
        host = f"{office.code.lower()}.conciliador"
        events = [hearing_event(e, office.name, host) for e in entries]
        text = calendar_text(
            events,
            name=f"Audiencias — {officer.full_name}",
            timezone=office.timezone,
            stamp=now or db.now(),
        )
        audit.record(
            session,
            actor,
            AuditAction.EXPORTAR,
            "agenda",
            officer.id,
            after={
                "desde": first_day,
                "hasta": last_day,
                "audiencias": len(events),
                "archivo": path.name,
            },
            office_id=office_id,
        )
        report(2, 3)
        try:
            write_atomically(path, text.encode("utf-8"), mode=0o600)
        except OSError as exc:
            raise ServiceError(
                f"No se pudo guardar el archivo {path}: {exc.strerror or exc}"
            ) from exc
    report(3, 3)
    return len(events)
