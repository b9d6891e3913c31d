"""User accounts after creation: edit, deactivate, reset a password, unlock, change one's own.

There is no default password anywhere: the first administrator chooses one at ``conciliador
init``; an account created or reset by an administrator gets a temporary password, which its
owner must replace before changing anything (``audit.record`` refuses their writes until then).
An administrator cannot lock themselves out (deactivate or demote their own account), and the
last active administrator cannot be deactivated. Rows are locked before their version is
compared, so two administrators saving at once are serialised.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conciliador.criteria.schema import OfficerRegistry
from conciliador.db import Database
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import Role, Sex
from conciliador.models import Office, User
from conciliador.models.base import session_now
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.errors import (
    FieldProblem,
    NotFound,
    PermissionDenied,
    StaleData,
    ValidationFailed,
)
from conciliador.services.fields import UserFields as U
from conciliador.services.offices import get_office, profile_of
from conciliador.services.permissions import Permission, require
from conciliador.services.text import NAME_MAX, TEXT_MAX, clean
from conciliador.services.users import (
    REGISTRY_MAX,
    USER_FIELDS,
    SignInFailed,
    UserView,
    create_user,
    hash_password,
    password_problems,
    record_failure,
    verify_password,
)
from conciliador.services.validation import checked_text, known_id, text_problem

#: Letters and digits nobody confuses when reading them aloud or on paper (no 0/O, 1/l/I).
_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
_STATE_FIELDS = ("active", "must_change_password", "failed_logins", "locked_until")


@dataclass(frozen=True)
class AccountView:
    """A user as the administration screen lists it (never the password hash)."""

    id: int
    login: str
    full_name: str
    id_number: str
    role: Role
    office_id: int
    post: str
    sex: Sex
    legal_capacity: str
    email: str
    active: bool
    locked: bool
    must_change_password: bool
    version: int
    office_code: str = ""
    has_password: bool = True
    registry_number: str = ""

    @classmethod
    def of(cls, user: User, now: dt.datetime, office_code: str = "") -> AccountView:
        return cls(
            id=user.id,
            login=user.login,
            full_name=user.full_name,
            id_number=user.id_number,
            role=user.role,
            office_id=user.office_id,
            post=user.post,
            sex=user.sex,
            legal_capacity=user.legal_capacity,
            email=user.email,
            active=user.active,
            locked=bool(user.locked_until and user.locked_until > now),
            must_change_password=user.must_change_password,
            version=user.version,
            office_code=office_code,
            has_password=user.password_hash is not None,
            registry_number=user.registry_number,
        )

    @property
    def state(self) -> str:
        """«activa», «bloqueada», «desactivada», «sin contraseña», «contraseña temporal»."""
        if not self.active:
            return "desactivada"
        if not self.has_password:
            return "sin contraseña"
        if self.locked:
            return "bloqueada"
        if self.must_change_password:
            return "contraseña temporal"
        return "activa"


def temporary_password() -> str:
    """A random temporary password, easy to read out: «k7mq-2xpa-9rtd»."""
    while True:
        groups = ["".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(3)]
        candidate = "-".join(groups)
        if any(c.isdigit() for c in candidate) and any(c.isalpha() for c in candidate):
            return candidate


def _locked_user(session: Session, user_id: int) -> User:
    """The user's row, locked for the rest of the unit of work."""
    user = (
        session.scalar(select(User).where(User.id == user_id).with_for_update())
        if known_id(user_id)
        else None
    )
    if user is None:
        raise NotFound(f"No existe el usuario n.º {user_id}.")
    return user


def _stale_check(user: User, expected_version: int | None) -> None:
    if expected_version is not None and user.version != expected_version:
        raise StaleData("esta cuenta de usuario")


def _view(session: Session, user: User, now: dt.datetime | None = None) -> AccountView:
    office = session.get(Office, user.office_id)
    return AccountView.of(user, now or session_now(session), office.code if office else "")


# ------------------------------------------------------------------------------ creating
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
    sex: Sex = Sex.UNSPECIFIED,
    registry_number: str = "",
) -> UserView:
    """Create a user whose first password, chosen by the administrator, is temporary: the
    person chooses their own at the first sign-in."""
    return create_user(
        db,
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
        temporary=True,
        sex=sex,
        registry_number=registry_number,
    )


# ------------------------------------------------------------------------------ reading
def registry_asked(db: Database, actor: Actor, office_id: int) -> OfficerRegistry | None:
    """The registry entry the office's profile asks its officers' actas to name, with its
    label and source (Peru: the conciliator's registry number), or None: the account form
    shows the field only where it is asked."""
    with db.read() as session:
        actor = require(session, actor, Permission.MANAGE_USERS, office_id)
        return profile_of(get_office(session, office_id)).actas.officer_registry


def list_accounts(
    db: Database, actor: Actor, office_id: int, *, now: dt.datetime | None = None
) -> list[AccountView]:
    """Every user of the office, active ones first, by name."""
    actor = require(db, actor, Permission.MANAGE_USERS, office_id)
    moment = now or db.now()
    with db.read() as session:
        office = get_office(session, office_id)
        users = session.scalars(
            select(User)
            .where(User.office_id == office_id)
            .order_by(User.active.desc(), User.full_name, User.id)
        )
        return [AccountView.of(u, moment, office.code) for u in users]


def accounts_in_reach(
    db: Database, actor: Actor, *, now: dt.datetime | None = None
) -> list[AccountView]:
    """Every account of every office the administrator reaches, by login (the command line)."""
    actor = require(db, actor, Permission.MANAGE_USERS)
    moment = now or db.now()
    with db.read() as session:
        query = select(User, Office.code).join(Office, Office.id == User.office_id)
        if actor.office_ids is not None:
            query = query.where(User.office_id.in_(actor.office_ids))
        rows = session.execute(query.order_by(User.login)).all()
        return [AccountView.of(user, moment, code) for user, code in rows]


def account_by_login(db: Database, actor: Actor, login: str) -> AccountView:
    login = login.strip().lower() if isinstance(login, str) else ""
    with db.read() as session:
        user = (
            session.scalar(select(User).where(User.login == login))
            if login.isascii() and not text_problem(login)
            else None
        )
        if user is None:
            raise NotFound(f"No existe el usuario «{login}».")
        actor = require(session, actor, Permission.MANAGE_USERS, user.office_id)
        return _view(session, user)


# ------------------------------------------------------------------------------ changing
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
    sex: Sex | None = None,
    registry_number: str | None = None,
) -> UserView:
    """Change a user's name, role, post and legal capacity (the login never changes);
    ``registry_number`` None leaves it as it is."""
    full_name = clean(full_name)
    problems: list[FieldProblem] = []
    if not full_name or len(full_name) > NAME_MAX:
        problems.append(FieldProblem(U.FULL_NAME, f"entre 1 y {NAME_MAX} caracteres"))
    if len(clean(post)) > NAME_MAX:
        problems.append(FieldProblem(U.POST, f"máximo {NAME_MAX} caracteres"))
    if len(clean(legal_capacity)) > TEXT_MAX:
        problems.append(FieldProblem(U.LEGAL_CAPACITY, f"máximo {TEXT_MAX} caracteres"))
    if len(clean(id_number)) > 40:
        problems.append(FieldProblem(U.ID_NUMBER, "máximo 40 caracteres"))
    if len(clean(email)) > 200:
        problems.append(FieldProblem(U.EMAIL, "máximo 200 caracteres"))
    if registry_number is not None and len(clean(registry_number)) > REGISTRY_MAX:
        problems.append(FieldProblem(U.REGISTRY_NUMBER, f"máximo {REGISTRY_MAX} caracteres"))
    for value, label in (
        (full_name, U.FULL_NAME),
        (post, U.POST),
        (legal_capacity, U.LEGAL_CAPACITY),
        (id_number, U.ID_NUMBER),
        (email, U.EMAIL),
        (registry_number or "", U.REGISTRY_NUMBER),
    ):
        problem = text_problem(value, multiline=label == U.LEGAL_CAPACITY)
        if problem:
            problems.append(FieldProblem(label, problem))
    if problems:
        raise ValidationFailed(problems)
    with db.write() as session:
        user = _locked_user(session, user_id)
        actor = require(session, actor, Permission.MANAGE_USERS, user.office_id)
        _stale_check(user, expected_version)
        if user.id == actor.user_id and role != user.role:
            raise PermissionDenied("No puede cambiar el rol de su propia cuenta.")
        if user.role == Role.ADMINISTRADOR and role != Role.ADMINISTRADOR:
            _not_the_last_administrator(session, user)
        before = audit.snapshot(user, USER_FIELDS)
        user.full_name = full_name
        user.role = role
        user.post = clean(post)
        user.legal_capacity = clean(legal_capacity)
        user.id_number = clean(id_number)
        user.email = clean(email)
        if sex is not None:
            user.sex = Sex(sex)
        if registry_number is not None:
            user.registry_number = clean(registry_number)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.MODIFICAR,
            "usuario",
            user.id,
            before=before,
            after=audit.snapshot(user, USER_FIELDS),
            office_id=user.office_id,
        )
        return UserView.of(user)


def _not_the_last_administrator(session: Session, user: User) -> None:
    others = session.scalar(
        select(func.count(User.id)).where(
            User.role == Role.ADMINISTRADOR,
            User.active.is_(True),
            User.password_hash.is_not(None),
            User.id != user.id,
        )
    )
    if not others:
        raise PermissionDenied(
            "Es la última cuenta de administración activa: cree otra antes, o nadie podría "
            "administrar el sistema."
        )


def set_account_active(
    db: Database,
    actor: Actor,
    user_id: int,
    active: bool,
    *,
    reason: str = "",
    expected_version: int | None = None,
) -> UserView:
    """Deactivate (nobody signs in as them, and a desk still signed in stops saving; their
    records stay) or reactivate an account."""
    reason = checked_text(reason, U.DEACTIVATION_REASON, limit=500)
    if not active and not reason:
        raise ValidationFailed(
            FieldProblem(U.DEACTIVATION_REASON, "indique por qué se desactiva la cuenta")
        )
    with db.write() as session:
        user = _locked_user(session, user_id)
        actor = require(session, actor, Permission.MANAGE_USERS, user.office_id)
        _stale_check(user, expected_version)
        if user.id == actor.user_id and not active:
            raise PermissionDenied("No puede desactivar su propia cuenta.")
        if user.active == active:
            return UserView.of(user)
        if not active and user.role == Role.ADMINISTRADOR:
            _not_the_last_administrator(session, user)
        user.active = active
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.REACTIVAR if active else AuditAction.DESACTIVAR,
            "usuario",
            user.id,
            before={"active": not active},
            after={"active": active},
            reason=reason,
            office_id=user.office_id,
        )
        return UserView.of(user)


def reset_password(
    db: Database,
    actor: Actor,
    user_id: int,
    new_password: str,
    *,
    expected_version: int | None = None,
) -> UserView:
    """Give a temporary password (the person chooses their own at the next sign-in) and lift
    a lockout."""
    problems = password_problems(new_password)
    if problems:
        raise ValidationFailed(problems)
    with db.write() as session:
        user = _locked_user(session, user_id)
        actor = require(session, actor, Permission.MANAGE_USERS, user.office_id)
        _stale_check(user, expected_version)
        before = audit.snapshot(user, _STATE_FIELDS)
        user.password_hash = hash_password(new_password)
        user.must_change_password = user.id != actor.user_id
        user.failed_logins = 0
        user.locked_until = None
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.RESTABLECER_CONTRASENA,
            "usuario",
            user.id,
            before=before,
            after=audit.snapshot(user, _STATE_FIELDS),
            office_id=user.office_id,
        )
        return UserView.of(user)


def unlock(db: Database, actor: Actor, user_id: int) -> UserView:
    """Lift the lock after failed attempts without touching the password."""
    with db.write() as session:
        user = _locked_user(session, user_id)
        actor = require(session, actor, Permission.MANAGE_USERS, user.office_id)
        before = audit.snapshot(user, _STATE_FIELDS)
        user.failed_logins = 0
        user.locked_until = None
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.DESBLOQUEAR,
            "usuario",
            user.id,
            before=before,
            after=audit.snapshot(user, _STATE_FIELDS),
            office_id=user.office_id,
        )
        return UserView.of(user)


# ------------------------------------------------------------------------------ one's own
def password_change_required(db: Database, actor: Actor) -> bool:
    """Whether the signed-in person must replace a temporary password before working."""
    if actor.user_id is None or not known_id(actor.user_id):
        return False
    with db.read() as session:
        user = session.get(User, actor.user_id)
        return bool(user is not None and user.must_change_password)


def change_own_password(
    db: Database, actor: Actor, current: str, new: str, *, now: dt.datetime | None = None
) -> None:
    """The signed-in person replaces their password (knowing the current one). A wrong
    current password counts as a failed sign-in (someone at an unattended desk)."""
    if actor.user_id is None:
        raise PermissionDenied(
            "La línea de comandos no tiene contraseña propia: use «conciliador user "
            "reset-password» para la cuenta de una persona."
        )
    problems = password_problems(new, U.NEW_PASSWORD)
    if new == current:
        problems.append(FieldProblem(U.NEW_PASSWORD, "debe ser distinta de la actual"))
    now = now or db.now()
    with db.write() as session:
        user = _locked_user(session, actor.user_id)
        if not user.active:
            raise PermissionDenied("Esta cuenta está desactivada. Consulte al administrador.")
        if user.locked_until and user.locked_until > now:
            raise SignInFailed(
                "Cuenta bloqueada por intentos fallidos; pida al administrador que la desbloquee."
            )
        if not isinstance(current, str) or not verify_password(user, current):
            record_failure(session, user, now)
            session.commit()
            problems.insert(0, FieldProblem(U.CURRENT_PASSWORD, "no es correcta"))
        if problems:
            raise ValidationFailed(problems)
        user.password_hash = hash_password(new)
        user.must_change_password = False
        user.failed_logins = 0
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CAMBIAR_CONTRASENA,
            "usuario",
            user.id,
            office_id=user.office_id,
        )
