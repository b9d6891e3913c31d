"""User accounts after creation: edit, deactivate, reset a password, change one's own.

A reset password is temporary: the person must choose their own at the next sign-in. An
administrator cannot lock themselves out (deactivate or demote their own account).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from conciliador.db import Database
from conciliador.domain.enums import Role
from conciliador.models import User
from conciliador.models.base import utcnow
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.errors import (
    FieldProblem,
    PermissionDenied,
    StaleData,
    ValidationFailed,
)
from conciliador.services.offices import get_office
from conciliador.services.permissions import Permission, require
from conciliador.services.text import NAME_MAX, TEXT_MAX, clean
from conciliador.services.users import (
    USER_FIELDS,
    UserView,
    get_user,
    hash_password,
    new_user,
    password_problems,
)

_verifier = PasswordHasher()


@dataclass(frozen=True)
class AccountView:
    """A user as the administration screen lists it."""

    id: int
    login: str
    full_name: str
    id_number: str
    role: Role
    office_id: int
    post: str
    legal_capacity: str
    email: str
    active: bool
    locked: bool
    must_change_password: bool
    version: int

    @classmethod
    def of(cls, user: User, now: dt.datetime) -> AccountView:
        return cls(
            id=user.id,
            login=user.login,
            full_name=user.full_name,
            id_number=user.id_number,
            role=user.role,
            office_id=user.office_id,
            post=user.post,
            legal_capacity=user.legal_capacity,
            email=user.email,
            active=user.active,
            locked=bool(user.locked_until and user.locked_until > now),
            must_change_password=user.must_change_password,
            version=user.version,
        )


def create_account(
    db: Database,
    actor: Actor,
    *,
    login: str,
    full_name: str,
    role: Role,
    office_id: int,
    password: str,
    id_number: str = "",
    post: str = "",
    legal_capacity: str = "",
    email: str = "",
) -> UserView:
    """Create a user whose first password, chosen by the administrator, is temporary: the
    person chooses their own at the first sign-in."""
    with db.write() as session:
        user = new_user(
            session,
            actor,
            login=login,
            full_name=full_name,
            role=role,
            office_id=office_id,
            password=password,
            id_number=id_number,
            post=post,
            legal_capacity=legal_capacity,
            email=email,
        )
        user.must_change_password = True
        session.flush()
        return UserView.of(user)


def list_accounts(
    db: Database, actor: Actor, office_id: int, *, now: dt.datetime | None = None
) -> list[AccountView]:
    """Every user of the office, active ones first, by name."""
    require(actor, Permission.MANAGE_USERS, office_id)
    moment = now or utcnow()
    with db.read() as session:
        get_office(session, office_id)
        users = session.scalars(
            select(User)
            .where(User.office_id == office_id)
            .order_by(User.active.desc(), User.full_name, User.id)
        )
        return [AccountView.of(u, moment) for u in users]


def _stale_check(user: User, expected_version: int | None) -> None:
    if expected_version is not None and user.version != expected_version:
        raise StaleData("esta cuenta de usuario")


def update_account(
    db: Database,
    actor: Actor,
    user_id: int,
    *,
    full_name: str,
    role: Role,
    post: str = "",
    legal_capacity: str = "",
    id_number: str = "",
    email: str = "",
    expected_version: int | None = None,
) -> UserView:
    """Change a user's name, role, post and legal capacity (the login never changes)."""
    full_name = clean(full_name)
    problems: list[FieldProblem] = []
    if not full_name or len(full_name) > NAME_MAX:
        problems.append(FieldProblem("Nombre completo", f"entre 1 y {NAME_MAX} caracteres"))
    if len(clean(post)) > NAME_MAX:
        problems.append(FieldProblem("Cargo", f"máximo {NAME_MAX} caracteres"))
    if len(clean(legal_capacity)) > TEXT_MAX:
        problems.append(FieldProblem("Capacidad legal", f"máximo {TEXT_MAX} caracteres"))
    if len(clean(id_number)) > 40:
        problems.append(FieldProblem("Cédula", "máximo 40 caracteres"))
    if len(clean(email)) > 200:
        problems.append(FieldProblem("Correo", "máximo 200 caracteres"))
    if problems:
        raise ValidationFailed(problems)
    with db.write() as session:
        user = get_user(session, user_id)
        require(actor, Permission.MANAGE_USERS, user.office_id)
        _stale_check(user, expected_version)
        if user.id == actor.user_id and role != user.role:
            raise PermissionDenied("No puede cambiar el rol de su propia cuenta.")
        before = audit.snapshot(user, USER_FIELDS)
        user.full_name = full_name
        user.role = role
        user.post = clean(post)
        user.legal_capacity = clean(legal_capacity)
        user.id_number = clean(id_number)
        user.email = clean(email)
        session.flush()
        audit.record(
            session,
            actor,
            "modificar",
            "usuario",
            user.id,
            before=before,
            after=audit.snapshot(user, USER_FIELDS),
            office_id=user.office_id,
        )
        return UserView.of(user)


def set_account_active(
    db: Database,
    actor: Actor,
    user_id: int,
    active: bool,
    *,
    reason: str = "",
    expected_version: int | None = None,
) -> UserView:
    """Deactivate (nobody signs in as them; their records stay) or reactivate an account."""
    reason = clean(reason)
    if not active and not reason:
        raise ValidationFailed(FieldProblem("Motivo", "indique por qué se desactiva la cuenta"))
    with db.write() as session:
        user = get_user(session, user_id)
        require(actor, Permission.MANAGE_USERS, user.office_id)
        _stale_check(user, expected_version)
        if user.id == actor.user_id and not active:
            raise PermissionDenied("No puede desactivar su propia cuenta.")
        if user.active == active:
            return UserView.of(user)
        user.active = active
        session.flush()
        audit.record(
            session,
            actor,
            "reactivar" if active else "desactivar",
            "usuario",
            user.id,
            before={"active": not active},
            after={"active": active},
            reason=reason,
            office_id=user.office_id,
        )
        return UserView.of(user)


def reset_password(db: Database, actor: Actor, user_id: int, new_password: str) -> UserView:
    """Give a temporary password (the person chooses their own at the next sign-in) and lift
    a lockout."""
    problems = password_problems(new_password)
    if problems:
        raise ValidationFailed(problems)
    with db.write() as session:
        user = get_user(session, user_id)
        require(actor, Permission.MANAGE_USERS, user.office_id)
        user.password_hash = hash_password(new_password)
        user.must_change_password = user.id != actor.user_id
        user.failed_logins = 0
        user.locked_until = None
        session.flush()
        audit.record(
            session,
            actor,
            "restablecer_contrasena",
            "usuario",
            user.id,
            after={"must_change_password": user.must_change_password},
            office_id=user.office_id,
        )
        return UserView.of(user)


def password_change_required(db: Database, actor: Actor) -> bool:
    """Whether the signed-in person must replace a temporary password before working."""
    if actor.user_id is None:
        return False
    with db.read() as session:
        return get_user(session, actor.user_id).must_change_password


def change_own_password(db: Database, actor: Actor, current: str, new: str) -> None:
    """The signed-in person replaces their password (knowing the current one)."""
    if actor.user_id is None:
        raise PermissionDenied("La línea de comandos no tiene contraseña propia.")
    problems = [
        FieldProblem(p.field.replace("Contraseña", "Nueva contraseña"), p.message)
        for p in password_problems(new)
    ]
    if new == current:
        problems.append(FieldProblem("Nueva contraseña", "debe ser distinta de la actual"))
    with db.write() as session:
        user = get_user(session, actor.user_id)
        try:
            _verifier.verify(user.password_hash or "", current)
        except (VerificationError, InvalidHashError):
            problems.insert(0, FieldProblem("Contraseña actual", "no es correcta"))
        if problems:
            raise ValidationFailed(problems)
        user.password_hash = hash_password(new)
        user.must_change_password = False
        session.flush()
        audit.record(
            session, actor, "cambiar_contrasena", "usuario", user.id, office_id=user.office_id
        )
