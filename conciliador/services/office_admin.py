"""Offices after creation, as the administrator keeps them: edit, move in the hierarchy, close
and reopen, and the legal capacity of the people who conduct hearings there.

Only an administrator who reaches the office (its own or one above it) may touch it; moving an
office also needs reach over its new superior. Every change is audited with the office's fields
before and after.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conciliador.criteria import ProfileError, load_profile
from conciliador.db import Database
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import OfficeLevel, Role
from conciliador.domain.hearing_states import PENDING
from conciliador.models import Hearing, Office, User
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.errors import FieldProblem, InvalidTransition, NotFound, ValidationFailed
from conciliador.services.fields import OfficeFields as O
from conciliador.services.fields import UserFields
from conciliador.services.offices import (
    OFFICE_FIELDS,
    article_problems,
    get_office,
    place_problems,
)
from conciliador.services.permissions import Permission, require
from conciliador.services.reach import subtree_ids
from conciliador.services.text import TEXT_MAX
from conciliador.services.validation import (
    checked_text,
    normal_text,
    text_problems,
    timezone_problem,
)

#: Which level may sit under which: a delegation never above its department's office.
_RANK = {OfficeLevel.NACIONAL: 0, OfficeLevel.DEPARTAMENTAL: 1, OfficeLevel.MUNICIPAL: 2}
#: Roles whose members conduct hearings and so sign actas (their legal capacity is required).
CONDUCTING = (Role.CONCILIADOR, Role.SUPERVISOR)


@dataclass(frozen=True)
class OfficerCapacity:
    user_id: int
    full_name: str
    role: Role
    legal_capacity: str


@dataclass(frozen=True)
class OfficeDetail:
    """Everything the office form shows."""

    id: int
    code: str
    name: str
    level: OfficeLevel
    parent_id: int | None
    parent_code: str
    address: str
    phone: str
    timezone: str
    profile_code: str
    department: str
    municipality: str
    name_article: str
    active: bool
    officers: tuple[OfficerCapacity, ...]

    @property
    def depth(self) -> int:
        return _RANK[self.level]


def office_detail(db: Database, actor: Actor, office_id: int) -> OfficeDetail:
    with db.read() as session:
        office = get_office(session, office_id)
        require(session, actor, Permission.MANAGE_OFFICES, office.id)
        return _detail(session, office)


def offices_in_reach(db: Database, actor: Actor) -> list[OfficeDetail]:
    """Every office the administrator keeps, as a tree read top-down: each office after its
    superior, siblings by code."""
    with db.read() as session:
        actor = require(session, actor, Permission.MANAGE_OFFICES)
        everything = session.scalars(select(Office).order_by(Office.code)).all()
        below: dict[int | None, list[Office]] = {}
        for office in everything:
            below.setdefault(office.parent_id, []).append(office)
        ordered: list[Office] = []
        pending = list(reversed(below.get(None, [])))
        while pending:
            office = pending.pop()
            ordered.append(office)
            pending.extend(reversed(below.get(office.id, [])))
        return [_detail(session, o) for o in ordered if actor.reaches(o.id)]


def _detail(session: Session, office: Office) -> OfficeDetail:
    officers = session.scalars(
        select(User)
        .where(User.office_id == office.id, User.active.is_(True), User.role.in_(CONDUCTING))
        .order_by(User.full_name, User.id)
    )
    return OfficeDetail(
        id=office.id,
        code=office.code,
        name=office.name,
        level=office.level,
        parent_id=office.parent_id,
        parent_code=office.parent.code if office.parent is not None else "",
        address=office.address,
        phone=office.phone,
        timezone=office.timezone,
        profile_code=office.profile_code,
        department=office.department,
        municipality=office.municipality,
        name_article=office.name_article,
        active=office.active,
        officers=tuple(
            OfficerCapacity(u.id, u.full_name, u.role, u.legal_capacity) for u in officers
        ),
    )


def _pending_hearings(session: Session, office_id: int) -> int:
    return (
        session.scalar(
            select(func.count(Hearing.id)).where(
                Hearing.office_id == office_id, Hearing.status.in_(PENDING)
            )
        )
        or 0
    )


def update_office(
    db: Database,
    actor: Actor,
    office_id: int,
    *,
    name: str,
    level: OfficeLevel,
    address: str,
    phone: str,
    timezone: str,
    profile_code: str,
    department: str,
    municipality: str,
    name_article: str,
) -> OfficeDetail:
    """Change what an office is called, where it is and under which criteria it works.

    The time zone and the profile decide the hour and the rules of every hearing booked, so
    they cannot change while hearings are still to be held there.
    """
    department, municipality = normal_text(department), normal_text(municipality)
    name_article = normal_text(name_article).lower()
    problems = text_problems(name.strip(), O.NAME, limit=200, required=True)
    problems += text_problems(address.strip(), O.ADDRESS, limit=TEXT_MAX)
    problems += text_problems(phone.strip(), O.PHONE, limit=60)
    problems += article_problems(name_article)
    zone_problem = timezone_problem(timezone)
    if zone_problem:
        problems.append(FieldProblem(O.TIMEZONE, zone_problem))
    try:
        load_profile(profile_code)
    except ProfileError as exc:
        problems.append(FieldProblem(O.PROFILE, str(exc)))
    else:
        problems += place_problems(profile_code, department, municipality)
    if problems:
        raise ValidationFailed(problems)
    with db.write() as session:
        office = get_office(session, office_id)
        actor = require(session, actor, Permission.MANAGE_OFFICES, office.id)
        _level_fits(session, office, level, office.parent)
        if timezone != office.timezone or profile_code != office.profile_code:
            pending = _pending_hearings(session, office.id)
            if pending:
                field = O.TIMEZONE if timezone != office.timezone else O.PROFILE
                raise ValidationFailed(
                    FieldProblem(
                        field,
                        f"la oficina tiene {pending} audiencia(s) por celebrar: "
                        "no puede cambiar hasta que se celebren o se reprogramen",
                    )
                )
        before = audit.snapshot(office, OFFICE_FIELDS)
        office.name = normal_text(name)
        office.level = level
        office.address = normal_text(address)
        office.phone = normal_text(phone)
        office.timezone = timezone
        office.profile_code = profile_code
        office.department = department
        office.municipality = municipality
        office.name_article = name_article
        session.flush()
        _audit_change(session, actor, office, before)
        return _detail(session, office)


def _level_fits(
    session: Session, office: Office, level: OfficeLevel, parent: Office | None
) -> None:
    if parent is not None and _RANK[level] <= _RANK[parent.level]:
        raise ValidationFailed(
            FieldProblem(
                O.LEVEL,
                f"una oficina {level.value} no puede depender de una oficina {parent.level.value}",
            )
        )
    if parent is None and level != OfficeLevel.NACIONAL and office.parent_id is not None:
        raise ValidationFailed(FieldProblem(O.PARENT, "indique de qué oficina depende"))
    below = session.scalars(select(Office).where(Office.parent_id == office.id)).all()
    for child in below:
        if _RANK[child.level] <= _RANK[level]:
            raise ValidationFailed(
                FieldProblem(
                    O.LEVEL,
                    f"la oficina «{child.code}» ({child.level.value}) depende de esta",
                )
            )


def move_office(db: Database, actor: Actor, office_id: int, parent_code: str) -> OfficeDetail:
    """Place an office under another one. The administrator must reach both: the office they
    move and the office that will be above it. An office never moves under itself or under an
    office below it."""
    parent_code = normal_text(parent_code).upper()
    if not parent_code:
        raise ValidationFailed(FieldProblem(O.PARENT, "elija la oficina superior"))
    with db.write() as session:
        office = get_office(session, office_id)
        actor = require(session, actor, Permission.MANAGE_OFFICES, office.id)
        parent = session.scalar(select(Office).where(Office.code == parent_code))
        if parent is None:
            raise NotFound(f"No existe una oficina con el código «{parent_code}».")
        actor = require(session, actor, Permission.MANAGE_OFFICES, parent.id)
        if parent.id in subtree_ids(session, office.id):
            raise ValidationFailed(
                FieldProblem(
                    O.PARENT,
                    f"«{parent.code}» es esta oficina o depende de ella",
                )
            )
        if not parent.active:
            raise ValidationFailed(FieldProblem(O.PARENT, f"«{parent.code}» está cerrada"))
        _level_fits(session, office, office.level, parent)
        before = audit.snapshot(office, OFFICE_FIELDS)
        office.parent = parent
        session.flush()
        _audit_change(session, actor, office, before, action=AuditAction.MOVER_OFICINA)
        return _detail(session, office)


def set_office_open(
    db: Database, actor: Actor, office_id: int, open_: bool, *, reason: str = ""
) -> OfficeDetail:
    """Close an office (with a reason) or reopen it. Its records stay; a closed office is
    refused while hearings are still to be held there, while people still work there or while
    open offices depend on it."""
    reason = checked_text(reason, O.CLOSE_REASON, limit=500, required=not open_)
    with db.write() as session:
        office = get_office(session, office_id)
        actor = require(session, actor, Permission.MANAGE_OFFICES, office.id)
        if office.active == open_:
            raise InvalidTransition(
                f"La oficina «{office.code}» ya está {'abierta' if open_ else 'cerrada'}."
            )
        if open_ and office.parent is not None and not office.parent.active:
            raise InvalidTransition(
                f"La oficina superior «{office.parent.code}» está cerrada: ábrala primero."
            )
        if not open_:
            _closable(session, office)
        before = audit.snapshot(office, OFFICE_FIELDS)
        office.active = open_
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.REABRIR_OFICINA if open_ else AuditAction.CERRAR_OFICINA,
            "oficina",
            office.id,
            before=before,
            after=audit.snapshot(office, OFFICE_FIELDS),
            reason=reason,
            office_id=office.id,
        )
        return _detail(session, office)


def _closable(session: Session, office: Office) -> None:
    children = session.scalars(
        select(Office.code).where(Office.parent_id == office.id, Office.active.is_(True))
    ).all()
    if children:
        raise InvalidTransition(
            f"De la oficina «{office.code}» dependen oficinas abiertas "
            f"({', '.join(sorted(children))}): muévalas o ciérrelas antes."
        )
    pending = _pending_hearings(session, office.id)
    if pending:
        raise InvalidTransition(
            f"La oficina «{office.code}» tiene {pending} audiencia(s) por celebrar: "
            "reprográmelas en otra oficina o cancélelas antes de cerrarla."
        )
    people = session.scalar(
        select(func.count(User.id)).where(User.office_id == office.id, User.active.is_(True))
    )
    if people:
        raise InvalidTransition(
            f"En la oficina «{office.code}» trabajan {people} usuario(s) activos: "
            "desactívelos o cámbielos de oficina antes de cerrarla."
        )


def set_legal_capacity(db: Database, actor: Actor, user_id: int, legal_capacity: str) -> None:
    """Record the legal basis on which someone conducting hearings at an office acts (the
    delegation an acta cites; without it the acta is not issued)."""
    legal_capacity = checked_text(
        legal_capacity, UserFields.LEGAL_CAPACITY, limit=TEXT_MAX, required=True, multiline=True
    )
    with db.write() as session:
        user = session.get(User, user_id) if isinstance(user_id, int) else None
        if user is None:
            raise NotFound(f"No existe el usuario n.º {user_id}.")
        actor = require(session, actor, Permission.MANAGE_OFFICES, user.office_id)
        actor = require(session, actor, Permission.MANAGE_USERS, user.office_id)
        before = {"legal_capacity": user.legal_capacity}
        user.legal_capacity = legal_capacity
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.MODIFICAR,
            "usuario",
            user.id,
            before=before,
            after={"legal_capacity": legal_capacity},
            office_id=user.office_id,
        )


def _audit_change(
    session: Session,
    actor: Actor,
    office: Office,
    before: dict[str, object],
    action: AuditAction = AuditAction.MODIFICAR,
) -> None:
    audit.record(
        session,
        actor,
        action,
        "oficina",
        office.id,
        before=before,
        after=audit.snapshot(office, OFFICE_FIELDS),
        office_id=office.id,
    )
