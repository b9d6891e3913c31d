"""The office's agenda: hearings of a day or a week, per office, officer or room.

One query with the joins a screen needs, on the (office, start) index; times come back in the
office's local time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import aliased

from conciliador.db import Database
from conciliador.domain.enums import HearingMode, HearingStatus, Matter
from conciliador.models import Case, Hearing, Office, Person, Room, User
from conciliador.services.actor import Actor
from conciliador.services.errors import NotFound
from conciliador.services.permissions import Permission, require
from conciliador.services.validation import known_id


@dataclass(frozen=True)
class AgendaEntry:
    hearing_id: int
    case_id: int
    case_number: str
    starts_at: dt.datetime  # office-local, aware
    ends_at: dt.datetime
    officer_id: int
    officer_name: str
    room_id: int | None
    room_name: str | None
    mode: HearingMode
    status: HearingStatus
    session_number: int
    citation_round: int
    claimant_name: str
    claimant_phone: str
    respondent_name: str
    respondent_phone: str
    matters: tuple[Matter, ...]
    version: int


def agenda(
    db: Database,
    actor: Actor,
    office_id: int,
    first_day: dt.date,
    days: int = 1,
    *,
    officer_id: int | None = None,
    room_id: int | None = None,
    statuses: frozenset[HearingStatus] | None = None,
) -> list[AgendaEntry]:
    """Hearings from ``first_day`` for ``days`` local days, in start order."""
    actor = require(db, actor, Permission.VIEW_AGENDA, office_id)
    claimant, respondent = aliased(Person), aliased(Person)
    with db.read() as session:
        office = session.get(Office, office_id) if known_id(office_id) else None
        if office is None:
            raise NotFound(f"No existe la oficina n.º {office_id}.")
        zone = ZoneInfo(office.timezone)
        start = dt.datetime.combine(first_day, dt.time(0), tzinfo=zone).astimezone(dt.UTC)
        end = dt.datetime.combine(
            first_day + dt.timedelta(days=days), dt.time(0), tzinfo=zone
        ).astimezone(dt.UTC)
        stmt = (
            select(Hearing, Case, User.full_name, Room.name, claimant, respondent)
            .join(Case, Case.id == Hearing.case_id)
            .join(User, User.id == Hearing.officer_id)
            .outerjoin(Room, Room.id == Hearing.room_id)
            .join(claimant, claimant.id == Case.claimant_id)
            .join(respondent, respondent.id == Case.respondent_id)
            .where(
                Hearing.office_id == office_id, Hearing.starts_at >= start, Hearing.starts_at < end
            )
            .order_by(Hearing.starts_at, Hearing.id)
        )
        if officer_id is not None:
            stmt = stmt.where(Hearing.officer_id == officer_id)
        if room_id is not None:
            stmt = stmt.where(Hearing.room_id == room_id)
        if statuses is not None:
            stmt = stmt.where(Hearing.status.in_(statuses))
        return [
            AgendaEntry(
                hearing_id=h.id,
                case_id=c.id,
                case_number=c.number_text(office.code),
                starts_at=h.starts_at.astimezone(zone),
                ends_at=h.ends_at.astimezone(zone),
                officer_id=h.officer_id,
                officer_name=officer_name,
                room_id=h.room_id,
                room_name=room_name,
                mode=h.mode,
                status=h.status,
                session_number=h.session_number,
                citation_round=h.citation_round,
                claimant_name=cl.full_name,
                claimant_phone=cl.phone,
                respondent_name=rp.full_name,
                respondent_phone=rp.phone,
                matters=tuple(c.matters),
                version=h.version,
            )
            for h, c, officer_name, room_name, cl, rp in session.execute(stmt)
        ]


def office_today(db: Database, office_id: int, now: dt.datetime | None = None) -> dt.date:
    """Today's date in the office's time zone."""
    with db.read() as session:
        office = session.get(Office, office_id) if known_id(office_id) else None
        if office is None:
            raise NotFound(f"No existe la oficina n.º {office_id}.")
        zone = ZoneInfo(office.timezone)
    return (now or db.now()).astimezone(zone).date()
