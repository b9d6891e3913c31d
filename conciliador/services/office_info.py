"""What a screen needs to know about an office: its profile, its working days, its officers.

Read-only; the desktop asks once per office (and per week shown) instead of re-deriving the
office's calendar itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from conciliador.criteria import Profile
from conciliador.db import Database
from conciliador.domain.enums import Role
from conciliador.models import User
from conciliador.services.actor import Actor
from conciliador.services.office_words import OfficeWords, words_of
from conciliador.services.offices import OfficeView, calendar_of, get_office, profile_of
from conciliador.services.permissions import Permission, require
from conciliador.services.users import UserView

#: Roles whose members conduct hearings (a supervisor may conduct one too).
CONDUCTING_ROLES = (Role.CONCILIADOR, Role.SUPERVISOR)


@dataclass(frozen=True)
class OfficeSettings:
    """An office as the screens show it: where, under which criteria, and today's date there."""

    office: OfficeView
    profile: Profile
    today: dt.date

    @property
    def locale(self) -> str:
        return self.profile.regional.locale

    @property
    def currency(self) -> str:
        return self.profile.regional.currency

    @property
    def words(self) -> OfficeWords:
        """What the office's screens call ID documents, birth records and matters."""
        return words_of(self.profile)


@dataclass(frozen=True)
class DayInfo:
    """One local day of an office's calendar."""

    day: dt.date
    #: Office-hour blocks, local times, in order (empty on a day without office hours).
    blocks: tuple[tuple[dt.time, dt.time], ...]
    holiday: str | None
    closure: str | None

    @property
    def working(self) -> bool:
        return bool(self.blocks) and not self.holiday and not self.closure


def office_settings(
    db: Database, actor: Actor, office_id: int, *, now: dt.datetime | None = None
) -> OfficeSettings:
    actor = require(db, actor, Permission.VIEW_AGENDA, office_id)
    with db.read() as session:
        office = get_office(session, office_id)
        profile = profile_of(office)
        today = (now or db.now()).astimezone(calendar_of(session, office).zone).date()
        return OfficeSettings(OfficeView.of(office), profile, today)


def office_days(
    db: Database, actor: Actor, office_id: int, first_day: dt.date, days: int
) -> list[DayInfo]:
    """The office's calendar from ``first_day`` for ``days`` days: hours, holidays, closures."""
    actor = require(db, actor, Permission.VIEW_AGENDA, office_id)
    with db.read() as session:
        cal = calendar_of(session, get_office(session, office_id))
    result = []
    for offset in range(max(0, days)):
        day = first_day + dt.timedelta(days=offset)
        result.append(DayInfo(day, tuple(cal.blocks(day)), cal.holiday(day), cal.closure(day)))
    return result


def next_working_day(db: Database, actor: Actor, office_id: int, after: dt.date) -> dt.date:
    """The first day after ``after`` on which the office works (for the reminder calls)."""
    actor = require(db, actor, Permission.VIEW_AGENDA, office_id)
    with db.read() as session:
        cal = calendar_of(session, get_office(session, office_id))
    day = after + dt.timedelta(days=1)
    for _ in range(366):
        if cal.is_working_day(day):
            return day
        day += dt.timedelta(days=1)
    return after + dt.timedelta(days=1)


def conducting_officers(db: Database, actor: Actor, office_id: int) -> list[UserView]:
    """Active people of the office who may conduct a hearing, by name."""
    actor = require(db, actor, Permission.VIEW_AGENDA, office_id)
    with db.read() as session:
        get_office(session, office_id)
        users = session.scalars(
            select(User)
            .where(
                User.office_id == office_id,
                User.active.is_(True),
                User.role.in_(CONDUCTING_ROLES),
            )
            .order_by(User.full_name, User.id)
        )
        return [UserView.of(u) for u in users]
