"""Rooms and closure days after creation: rename, retire, list, reopen a day.

A room with hearings still to be held cannot be retired (they would lose their place); a
closure day already past stays in the record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.hearing_states import PENDING
from conciliador.models import ClosureDay, Hearing, Room
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.errors import FieldProblem, InvalidTransition, NotFound, ValidationFailed
from conciliador.services.fields import RoomFields
from conciliador.services.offices import RoomView, calendar_of, get_office
from conciliador.services.permissions import Permission, require
from conciliador.services.text import clean

ROOM_NAME_MAX = 120


@dataclass(frozen=True)
class ClosureDayView:
    id: int
    office_id: int
    day: dt.date
    reason: str


def _room(room: Room) -> RoomView:
    return RoomView(room.id, room.office_id, room.name, room.capacity, room.active)


def _get_room(session: Session, room_id: int) -> Room:
    room = session.get(Room, room_id)
    if room is None:
        raise NotFound(f"No existe la sala n.º {room_id}.")
    return room


def update_room(db: Database, actor: Actor, room_id: int, name: str, capacity: int) -> RoomView:
    name = clean(name)
    problems: list[FieldProblem] = []
    if not name or len(name) > ROOM_NAME_MAX:
        problems.append(FieldProblem(RoomFields.NAME, f"entre 1 y {ROOM_NAME_MAX} caracteres"))
    if not 1 <= capacity <= 100:
        problems.append(FieldProblem(RoomFields.CAPACITY, "entre 1 y 100 personas"))
    if problems:
        raise ValidationFailed(problems)
    with db.write() as session:
        room = _get_room(session, room_id)
        actor = require(session, actor, Permission.MANAGE_ROOMS, room.office_id)
        twin = session.scalar(
            select(Room.id).where(
                Room.office_id == room.office_id, Room.name == name, Room.id != room.id
            )
        )
        if twin:
            raise ValidationFailed(FieldProblem(RoomFields.NAME, f"ya existe la sala «{name}»"))
        before = {"name": room.name, "capacity": room.capacity}
        room.name, room.capacity = name, capacity
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.MODIFICAR,
            "sala",
            room.id,
            before=before,
            after={"name": name, "capacity": capacity},
            office_id=room.office_id,
        )
        return _room(room)


def set_room_active(
    db: Database, actor: Actor, room_id: int, active: bool, *, now: dt.datetime | None = None
) -> RoomView:
    """Retire a room (refused while hearings still to be held use it) or bring it back."""
    with db.write() as session:
        room = _get_room(session, room_id)
        actor = require(session, actor, Permission.MANAGE_ROOMS, room.office_id)
        if room.active == active:
            return _room(room)
        if not active:
            pending = session.scalar(
                select(func.count(Hearing.id)).where(
                    Hearing.room_id == room.id,
                    Hearing.status.in_(PENDING),
                    Hearing.starts_at >= (now or db.now()),
                )
            )
            if pending:
                what = "1 audiencia" if pending == 1 else f"{pending} audiencias"
                raise InvalidTransition(
                    f"La sala «{room.name}» tiene {what} por celebrar: "
                    "reprográmelas en otra sala antes de retirarla."
                )
        room.active = active
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.REACTIVAR if active else AuditAction.DESACTIVAR,
            "sala",
            room.id,
            before={"active": not active},
            after={"active": active},
            office_id=room.office_id,
        )
        return _room(room)


def list_closure_days(
    db: Database, actor: Actor, office_id: int, *, since: dt.date | None = None
) -> list[ClosureDayView]:
    actor = require(db, actor, Permission.VIEW_AGENDA, office_id)
    with db.read() as session:
        get_office(session, office_id)
        query = select(ClosureDay).where(ClosureDay.office_id == office_id)
        if since is not None:
            query = query.where(ClosureDay.day >= since)
        rows = session.scalars(query.order_by(ClosureDay.day))
        return [ClosureDayView(c.id, c.office_id, c.day, c.reason) for c in rows]


def hearings_on_day(db: Database, actor: Actor, office_id: int, day: dt.date) -> int:
    """Hearings still to be held on a local day (to warn before closing the office that day)."""
    actor = require(db, actor, Permission.VIEW_AGENDA, office_id)
    with db.read() as session:
        start, end = calendar_of(session, get_office(session, office_id)).day_bounds(day)
        return (
            session.scalar(
                select(func.count(Hearing.id)).where(
                    Hearing.office_id == office_id,
                    Hearing.status.in_(PENDING),
                    Hearing.starts_at >= start,
                    Hearing.starts_at < end,
                )
            )
            or 0
        )


def remove_closure_day(
    db: Database, actor: Actor, closure_id: int, *, now: dt.datetime | None = None
) -> None:
    """Reopen a day closed by mistake (a day already past stays closed in the record)."""
    with db.write() as session:
        closure = session.get(ClosureDay, closure_id)
        if closure is None:
            raise NotFound(f"No existe el día de cierre n.º {closure_id}.")
        actor = require(session, actor, Permission.MANAGE_ROOMS, closure.office_id)
        office = get_office(session, closure.office_id)
        today = (now or db.now()).astimezone(calendar_of(session, office).zone).date()
        if closure.day < today:
            raise InvalidTransition(
                f"El {closure.day:%d/%m/%Y} ya pasó: el cierre queda en el registro."
            )
        audit.record(
            session,
            actor,
            AuditAction.ELIMINAR,
            "dia_cierre",
            closure.id,
            before={"day": closure.day, "reason": closure.reason},
            office_id=closure.office_id,
        )
        session.delete(closure)
