"""Offices, rooms and closure days; the office hierarchy; an office's profile and calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from conciliador.criteria import Profile, ProfileError, load_profile
from conciliador.criteria.places import load_places
from conciliador.db import Database
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import OfficeLevel
from conciliador.models import ClosureDay, Office, Room
from conciliador.models.base import session_now
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.calendar import OfficeCalendar, calendar_for
from conciliador.services.criteria_decreed import decreed_holidays
from conciliador.services.criteria_versions import profile_in_force
from conciliador.services.errors import (
    FieldProblem,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from conciliador.services.fields import ClosureFields
from conciliador.services.fields import OfficeFields as O
from conciliador.services.fields import RoomFields as R
from conciliador.services.permissions import Permission, require
from conciliador.services.text import TEXT_MAX
from conciliador.services.validation import (
    checked_text,
    holidays_problem,
    known_id,
    normal_text,
    text_problem,
    text_problems,
    timezone_problem,
)

OFFICE_FIELDS = (
    "code",
    "name",
    "level",
    "parent_id",
    "address",
    "phone",
    "country",
    "subdivision",
    "timezone",
    "profile_code",
    "department",
    "municipality",
    "name_article",
    "active",
)

DEPARTMENT = O.DEPARTMENT
MUNICIPALITY = O.MUNICIPALITY
#: The articles an office's name can take inside a sentence; "" for none.
ARTICLES = ("la", "el", "las", "los", "")


def place_problems(
    profile_code: str, department: str, municipality: str, *, required: bool = False
) -> list[FieldProblem]:
    """Whether the department and municipality are the profile's country's own (from
    resources/places/), each naming its field. Both empty is fine unless ``required``."""
    places = load_places(profile_code)
    problems: list[FieldProblem] = []
    for value, label in ((department, DEPARTMENT), (municipality, MUNICIPALITY)):
        problems += text_problems(value, label, limit=120, required=required)
    if problems or not (department or municipality):
        return problems
    if not department:
        return [FieldProblem(DEPARTMENT, "elija el departamento del municipio")]
    if not municipality:
        return [FieldProblem(MUNICIPALITY, "no puede quedar vacío")]
    if places is None:
        return []
    division = places.division(department)
    if division is None:
        return [FieldProblem(DEPARTMENT, f"«{department}» no está en la lista de {places.country}")]
    if division.municipalities and municipality not in division.municipalities:
        return [FieldProblem(MUNICIPALITY, f"«{municipality}» no es un municipio de {department}")]
    return []


def article_problems(article: str) -> list[FieldProblem]:
    if article not in ARTICLES:
        return [FieldProblem(O.ARTICLE, "elija «la», «el», «las», «los» o ninguno")]
    return []


@dataclass(frozen=True)
class OfficeView:
    id: int
    code: str
    name: str
    level: OfficeLevel
    parent_id: int | None
    timezone: str
    profile_code: str
    address: str

    @classmethod
    def of(cls, office: Office) -> OfficeView:
        return cls(
            office.id,
            office.code,
            office.name,
            office.level,
            office.parent_id,
            office.timezone,
            office.profile_code,
            office.address,
        )


@dataclass(frozen=True)
class RoomView:
    id: int
    office_id: int
    name: str
    capacity: int
    active: bool


def profile_of(office: Office) -> Profile:
    """The office's criteria as in force today in the office (the published version, or the
    shipped profile while none is stored). What belongs to a given hearing's day — its
    agreement, its acta — asks ``criteria_versions.profile_in_force`` for that day instead."""
    session = object_session(office)
    try:
        if session is None:
            return load_profile(office.profile_code)
        today = session_now(session).astimezone(ZoneInfo(office.timezone)).date()
        return profile_in_force(session, office.profile_code, today)
    except ProfileError as exc:
        raise ServiceError(str(exc)) from exc


def profiles_of(offices: Iterable[Office]) -> dict[int, Profile]:
    """``profile_of`` for many offices at once, by office id: offices of the same profile and
    time zone share one answer, so a national report reads and parses each profile once
    instead of once per office (a round trip each on PostgreSQL)."""
    shared: dict[tuple[str, str], Profile] = {}
    found: dict[int, Profile] = {}
    for office in offices:
        key = (office.profile_code, office.timezone)
        if key not in shared:
            shared[key] = profile_of(office)
        found[office.id] = shared[key]
    return found


def calendar_of(session: Session, office: Office) -> OfficeCalendar:
    closures = session.execute(
        select(ClosureDay.day, ClosureDay.reason).where(ClosureDay.office_id == office.id)
    ).all()
    profile = profile_of(office)
    shipped = [(h.day, h.name) for h in profile.scheduling.decreed_holidays]
    return calendar_for(
        profile,
        timezone=office.timezone,
        country=office.country,
        subdivision=office.subdivision,
        closures=[(day, reason) for day, reason in closures],
        decreed=decreed_holidays(session, office.profile_code, shipped),
    )


def calendars_of(
    session: Session, offices: Iterable[Office], profiles: dict[int, Profile] | None = None
) -> dict[int, OfficeCalendar]:
    """``calendar_of`` for many offices, by office id: their closure days in one query and
    each profile read once (``profiles_of``; ``profiles``: the caller's, already read)."""
    offices = list(offices)
    closures: dict[int, list[tuple[dt.date, str]]] = {o.id: [] for o in offices}
    for office_id, day, reason in session.execute(
        select(ClosureDay.office_id, ClosureDay.day, ClosureDay.reason).where(
            ClosureDay.office_id.in_(list(closures))
        )
    ):
        closures[office_id].append((day, reason))
    if profiles is None:
        profiles = profiles_of(offices)
    return {
        office.id: calendar_for(
            profiles[office.id],
            timezone=office.timezone,
            country=office.country,
            subdivision=office.subdivision,
            closures=closures[office.id],
        )
        for office in offices
    }


def get_office(session: Session, office_id: int) -> Office:
    office = session.get(Office, office_id) if known_id(office_id) else None
    if office is None:
        raise NotFound(f"No existe la oficina n.º {office_id}.")
    return office


def office_by_code(session: Session, code: str) -> Office:
    if not isinstance(code, str) or text_problem(code) or len(code) > 20:
        raise NotFound(f"No existe una oficina con el código «{code!r}».")
    office = session.scalar(select(Office).where(Office.code == code))
    if office is None:
        raise NotFound(f"No existe una oficina con el código «{code}».")
    return office


def create_office(
    db: Database,
    actor: Actor,
    *,
    code: str,
    name: str,
    level: OfficeLevel,
    profile_code: str,
    parent_code: str | None = None,
    address: str = "",
    phone: str = "",
    subdivision: str | None = None,
    timezone: str | None = None,
    country: str | None = None,
    department: str = "",
    municipality: str = "",
    name_article: str = "",
) -> OfficeView:
    """Create an office under its parent (country, time zone, holidays: from the profile).
    Its department and municipality come from the profile's list; an office without them
    cannot issue actas until they are set (``set_office_place``)."""
    with db.write() as session:
        office = new_office(
            session,
            actor,
            code=code,
            name=name,
            level=level,
            profile_code=profile_code,
            parent_code=parent_code,
            address=address,
            phone=phone,
            subdivision=subdivision,
            timezone=timezone,
            country=country,
            department=department,
            municipality=municipality,
            name_article=name_article,
        )
        return OfficeView.of(office)


def new_office(
    session: Session,
    actor: Actor,
    *,
    code: str,
    name: str,
    level: OfficeLevel,
    profile_code: str,
    parent_code: str | None = None,
    address: str = "",
    phone: str = "",
    subdivision: str | None = None,
    timezone: str | None = None,
    country: str | None = None,
    department: str = "",
    municipality: str = "",
    name_article: str = "",
    place_required: bool = False,
) -> Office:
    """``create_office`` inside the caller's unit of work."""
    department, municipality = normal_text(department), normal_text(municipality)
    name_article = normal_text(name_article).lower()
    problems: list[FieldProblem] = []
    code = code.strip().upper()
    if not code or len(code) > 20 or not code.isascii() or not code.replace("-", "").isalnum():
        problems.append(FieldProblem(O.CODE, "entre 1 y 20 letras sin tilde, números o guiones"))
    problems += text_problems(name.strip(), O.NAME, limit=200, required=True)
    problems += text_problems(address.strip(), O.ADDRESS, limit=TEXT_MAX)
    problems += text_problems(phone.strip(), O.PHONE, limit=60)
    problems += article_problems(name_article)
    problems += place_problems(
        profile_code if isinstance(profile_code, str) else "",
        department,
        municipality,
        required=place_required,
    )
    profile = None
    try:
        profile = load_profile(profile_code)
    except ProfileError as exc:
        problems.append(FieldProblem(O.PROFILE, str(exc)))
    if profile is not None:
        regional = profile.regional
        country = country or regional.holidays_country
        subdivision = subdivision if subdivision is not None else regional.holidays_subdivision
        timezone = timezone or regional.timezone
        zone_problem = timezone_problem(timezone)
        if zone_problem:
            problems.append(FieldProblem(O.TIMEZONE, zone_problem))
        if subdivision is not None and (len(subdivision) > 10 or text_problem(subdivision)):
            problems.append(FieldProblem(O.SUBDIVISION, "código de hasta 10 caracteres"))
        elif len(country) != 2 or not country.isascii() or not country.isalpha():
            problems.append(FieldProblem(O.COUNTRY, "código ISO de dos letras (p. ej. NI)"))
        else:
            calendar_problem = holidays_problem(country, subdivision)
            if calendar_problem:
                problems.append(FieldProblem(O.SUBDIVISION, calendar_problem))
    if problems:
        raise ValidationFailed(problems)
    assert profile is not None and country is not None and timezone is not None
    parent = office_by_code(session, parent_code) if parent_code else None
    actor = require(session, actor, Permission.MANAGE_OFFICES, parent.id if parent else None)
    if parent is None and actor.office_ids is not None:
        # An office at the top reaches no further than the administrator who makes it: only
        # whoever reaches every office (the command line, a national administrator) may.
        everyone = set(session.scalars(select(Office.id)))
        if not everyone or not everyone <= actor.office_ids:
            raise PermissionDenied(
                f"No tiene acceso a todas las oficinas para {Permission.MANAGE_OFFICES.value} "
                "sin oficina superior: indique de qué oficina depende la nueva."
            )
    if level != OfficeLevel.NACIONAL and parent is None and session.scalar(select(Office.id)):
        raise ValidationFailed(FieldProblem(O.PARENT, "indique de qué oficina depende"))
    if session.scalar(select(Office.id).where(Office.code == code)):
        raise ValidationFailed(FieldProblem(O.CODE, f"ya existe una oficina «{code}»"))
    office = Office(
        code=code,
        name=normal_text(name),
        level=level,
        parent=parent,
        address=normal_text(address),
        phone=normal_text(phone),
        country=country,
        subdivision=subdivision,
        timezone=timezone,
        profile_code=profile.code,
        department=department,
        municipality=municipality,
        name_article=name_article,
    )
    session.add(office)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREAR,
        "oficina",
        office.id,
        after=audit.snapshot(office, OFFICE_FIELDS),
        office_id=office.id,
    )
    return office


def list_offices(db: Database, actor: Actor) -> list[OfficeView]:
    """The offices the actor reaches, national first, then by code."""
    with db.read() as session:
        offices = session.scalars(select(Office).order_by(Office.level, Office.code)).all()
        order = {OfficeLevel.NACIONAL: 0, OfficeLevel.DEPARTAMENTAL: 1, OfficeLevel.MUNICIPAL: 2}
        return sorted(
            (OfficeView.of(o) for o in offices if actor.reaches(o.id)),
            key=lambda o: (order[o.level], o.code),
        )


def add_room(db: Database, actor: Actor, office_id: int, name: str, capacity: int = 6) -> RoomView:
    name = checked_text(name, R.NAME, limit=120, required=True)
    if not isinstance(capacity, int) or not 1 <= capacity <= 500:
        raise ValidationFailed(FieldProblem(R.CAPACITY, "entre 1 y 500 personas"))
    with db.write() as session:
        actor = require(session, actor, Permission.MANAGE_ROOMS, office_id)
        get_office(session, office_id)
        exists = session.scalar(
            select(Room.id).where(Room.office_id == office_id, Room.name == name)
        )
        if exists:
            raise ValidationFailed(FieldProblem(R.NAME, f"ya existe la sala «{name}»"))
        room = Room(office_id=office_id, name=name, capacity=capacity)
        session.add(room)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CREAR,
            "sala",
            room.id,
            after={"name": name, "capacity": capacity},
            office_id=office_id,
        )
        return RoomView(room.id, office_id, room.name, room.capacity, room.active)


def list_rooms(db: Database, actor: Actor, office_id: int) -> list[RoomView]:
    with db.read() as session:
        actor = require(session, actor, Permission.VIEW_AGENDA, office_id)
        get_office(session, office_id)
        rooms = session.scalars(
            select(Room).where(Room.office_id == office_id).order_by(Room.name)
        ).all()
        return [RoomView(r.id, r.office_id, r.name, r.capacity, r.active) for r in rooms]


def add_closure_day(db: Database, actor: Actor, office_id: int, day: dt.date, reason: str) -> None:
    reason = checked_text(reason, ClosureFields.REASON, limit=200, required=True)
    with db.write() as session:
        actor = require(session, actor, Permission.MANAGE_ROOMS, office_id)
        get_office(session, office_id)
        exists = session.scalar(
            select(ClosureDay.id).where(ClosureDay.office_id == office_id, ClosureDay.day == day)
        )
        if exists:
            raise ValidationFailed(
                FieldProblem(ClosureFields.DAY, f"el {day:%d/%m/%Y} ya está cerrado")
            )
        closure = ClosureDay(office_id=office_id, day=day, reason=reason)
        session.add(closure)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CREAR,
            "dia_cierre",
            closure.id,
            after={"day": day, "reason": reason},
            office_id=office_id,
        )


def set_office_place(
    db: Database,
    actor: Actor,
    office_id: int,
    *,
    department: str,
    municipality: str,
    name_article: str,
) -> OfficeView:
    """Record where an office is and how its name reads in a sentence (audited)."""
    department, municipality = normal_text(department), normal_text(municipality)
    name_article = normal_text(name_article).lower()
    with db.write() as session:
        office = get_office(session, office_id)
        actor = require(session, actor, Permission.MANAGE_OFFICES, office.id)
        problems = place_problems(office.profile_code, department, municipality, required=True)
        problems += article_problems(name_article)
        if problems:
            raise ValidationFailed(problems)
        before = audit.snapshot(office, OFFICE_FIELDS)
        office.department = department
        office.municipality = municipality
        office.name_article = name_article
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.MODIFICAR,
            "oficina",
            office.id,
            before=before,
            after=audit.snapshot(office, OFFICE_FIELDS),
            office_id=office.id,
        )
        return OfficeView.of(office)
