"""Accounts: what an administrator does for users (list, reset a password, unlock, deactivate)
and what every user does for themselves (change their own password).

There is no default password anywhere: the first administrator chooses one at ``conciliador
init``; every other password is chosen by its user, or set by an administrator as a temporary
one the user must change at their next sign-in.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.domain.enums import Role
from conciliador.models import Office, User
from conciliador.models.base import utcnow
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.errors import (
    FieldProblem,
    NotFound,
    PermissionDenied,
    StaleData,
    ValidationFailed,
)
from conciliador.services.permissions import Permission, require
from conciliador.services.users import (
    SignInFailed,
    actor_for,
    hash_password,
    password_problems,
    record_failure,
    verify_password,
)
from conciliador.services.validation import checked_text, known_id

#: Letters and digits nobody confuses when reading them aloud or on paper (no 0/O, 1/l/I).
_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"


@dataclass(frozen=True)
class AccountView:
    """A user as an administrator sees the account (never the password hash)."""

    id: int
    login: str
    full_name: str
    role: Role
    office_id: int
    office_code: str
    active: bool
    locked_until: dt.datetime | None
    must_change_password: bool
    has_password: bool
    version: int

    def locked(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now

    def state(self, now: dt.datetime) -> str:
        """«activa», «bloqueada», «desactivada», «sin contraseña» — for lists."""
        if not self.active:
            return "desactivada"
        if not self.has_password:
            return "sin contraseña"
        if self.locked(now):
            return "bloqueada"
        if self.must_change_password:
            return "contraseña temporal"
        return "activa"


def _view(session: Session, user: User) -> AccountView:
    office = session.get(Office, user.office_id)
    return AccountView(
        id=user.id,
        login=user.login,
        full_name=user.full_name,
        role=user.role,
        office_id=user.office_id,
        office_code=office.code if office else "",
        active=user.active,
        locked_until=user.locked_until,
        must_change_password=user.must_change_password,
        has_password=user.password_hash is not None,
        version=user.version,
    )


def temporary_password() -> str:
    """A random temporary password, easy to read out: «k7mq-2xpa-9rtd»."""
    while True:
        groups = ["".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(3)]
        candidate = "-".join(groups)
        if any(c.isdigit() for c in candidate) and any(c.isalpha() for c in candidate):
            return candidate


def _locked_user(session: Session, user_id: int) -> User:
    if not known_id(user_id):
        raise NotFound(f"No existe el usuario n.º {user_id}.")
    user = session.scalar(select(User).where(User.id == user_id).with_for_update())
    if user is None:
        raise NotFound(f"No existe el usuario n.º {user_id}.")
    return user


def _check_version(user: User, expected: int | None) -> None:
    if expected is not None and user.version != expected:
        raise StaleData("esta cuenta")


_STATE_FIELDS = ("active", "must_change_password", "failed_logins", "locked_until")


def list_accounts(
    db: Database, actor: Actor, office_id: int | None = None, *, include_inactive: bool = True
) -> list[AccountView]:
    """The accounts of the offices the administrator reaches (or of one of them)."""
    require(actor, Permission.MANAGE_USERS, office_id)
    if office_id is not None and not known_id(office_id):
        return []
    with db.read() as session:
        query = select(User)
        if office_id is not None:
            query = query.where(User.office_id == office_id)
        elif actor.office_ids is not None:
            query = query.where(User.office_id.in_(actor.office_ids))
        if not include_inactive:
            query = query.where(User.active.is_(True))
        users = session.scalars(query.order_by(User.login)).all()
        return [_view(session, u) for u in users]


def account_by_login(db: Database, actor: Actor, login: str) -> AccountView:
    login = login.strip().lower() if isinstance(login, str) else ""
    with db.read() as session:
        user = session.scalar(select(User).where(User.login == login)) if login.isascii() else None
        if user is None:
            raise NotFound(f"No existe el usuario «{login}».")
        require(actor, Permission.MANAGE_USERS, user.office_id)
        return _view(session, user)


def reset_password(
    db: Database,
    actor: Actor,
    user_id: int,
    new_password: str,
    *,
    expected_version: int | None = None,
) -> AccountView:
    """Set a temporary password for a user who forgot theirs; they must change it at sign-in.

    The lock after failed attempts is lifted too.
    """
    problems = password_problems(new_password)
    if problems:
        raise ValidationFailed(problems)
    with db.write() as session:
        user = _locked_user(session, user_id)
        require(actor, Permission.MANAGE_USERS, user.office_id)
        _check_version(user, expected_version)
        before = audit.snapshot(user, _STATE_FIELDS)
        user.password_hash = hash_password(new_password)
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        session.flush()
        audit.record(
            session,
            actor,
            "restablecer_contrasena",
            "usuario",
            user.id,
            before=before,
            after=audit.snapshot(user, _STATE_FIELDS),
            office_id=user.office_id,
        )
        return _view(session, user)


def unlock(db: Database, actor: Actor, user_id: int) -> AccountView:
    """Lift the lock after failed attempts without touching the password."""
    with db.write() as session:
        user = _locked_user(session, user_id)
        require(actor, Permission.MANAGE_USERS, user.office_id)
        before = audit.snapshot(user, _STATE_FIELDS)
        user.failed_logins = 0
        user.locked_until = None
        session.flush()
        audit.record(
            session,
            actor,
            "desbloquear",
            "usuario",
            user.id,
            before=before,
            after=audit.snapshot(user, _STATE_FIELDS),
            office_id=user.office_id,
        )
        return _view(session, user)


def set_active(
    db: Database,
    actor: Actor,
    user_id: int,
    active: bool,
    *,
    reason: str = "",
    expected_version: int | None = None,
) -> AccountView:
    """Deactivate (or reactivate) an account. A deactivated user can no longer sign in nor
    change anything, even on a desk where they are still signed in; their history stays."""
    reason = checked_text(reason, "Motivo", limit=500)
    with db.write() as session:
        user = _locked_user(session, user_id)
        require(actor, Permission.MANAGE_USERS, user.office_id)
        _check_version(user, expected_version)
        if user.active == active:
            return _view(session, user)
        if not active and user.id == actor.user_id:
            raise PermissionDenied("No puede desactivar su propia cuenta.")
        if not active and user.role == Role.ADMIN:
            others = session.scalar(
                select(func.count(User.id)).where(
                    User.role == Role.ADMIN,
                    User.active.is_(True),
                    User.password_hash.is_not(None),
                    User.id != user.id,
                )
            )
            if not others:
                raise PermissionDenied(
                    "Es la última cuenta de administración activa: cree otra antes de "
                    "desactivarla, o nadie podría administrar el sistema."
                )
        before = audit.snapshot(user, ("active",))
        user.active = active
        session.flush()
        audit.record(
            session,
            actor,
            "activar" if active else "desactivar",
            "usuario",
            user.id,
            before=before,
            after=audit.snapshot(user, ("active",)),
            reason=reason,
            office_id=user.office_id,
        )
        return _view(session, user)


def change_password(
    db: Database,
    actor: Actor,
    current_password: str,
    new_password: str,
    *,
    now: dt.datetime | None = None,
) -> Actor:
    """A signed-in user changes their own password; returns the actor to carry on with.

    A wrong current password counts as a failed sign-in (someone at an unattended desk).
    """
    if actor.user_id is None:
        raise PermissionDenied(
            "La línea de comandos no tiene contraseña propia: use «conciliador user "
            "reset-password» para la cuenta de una persona."
        )
    problems = password_problems(new_password)
    if not problems and new_password == current_password:
        problems = [FieldProblem("Contraseña nueva", "debe ser distinta de la actual")]
    if problems:
        raise ValidationFailed([FieldProblem("Contraseña nueva", p.message) for p in problems])
    now = now or utcnow()
    with db.write() as session:
        user = _locked_user(session, actor.user_id)
        if not user.active:
            raise PermissionDenied("Esta cuenta está desactivada. Consulte al administrador.")
        if user.locked_until and user.locked_until > now:
            raise SignInFailed(
                "Cuenta bloqueada por intentos fallidos; pida al administrador que la desbloquee."
            )
        if not isinstance(current_password, str) or not verify_password(user, current_password):
            record_failure(session, user, now)
            session.commit()
            raise ValidationFailed(FieldProblem("Contraseña actual", "no es correcta"))
        before = audit.snapshot(user, _STATE_FIELDS)
        user.password_hash = hash_password(new_password)
        user.must_change_password = False
        user.failed_logins = 0
        session.flush()
        audit.record(
            session,
            actor,
            "cambiar_contrasena",
            "usuario",
            user.id,
            before=before,
            after=audit.snapshot(user, _STATE_FIELDS),
            office_id=user.office_id,
        )
        return actor_for(session, user)
