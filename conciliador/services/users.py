"""Users: creation, passwords (argon2), sign-in with lockout, and the actor a user acts as."""

from __future__ import annotations

import datetime as dt
import secrets
from contextlib import suppress
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import Role, Sex
from conciliador.models import User
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.errors import (
    FieldId,
    FieldProblem,
    NotFound,
    ServiceError,
    ValidationFailed,
)
from conciliador.services.fields import UserFields as U
from conciliador.services.offices import get_office
from conciliador.services.permissions import Permission, require
from conciliador.services.reach import actor_for
from conciliador.services.text import TEXT_MAX
from conciliador.services.validation import known_id, normal_text, text_problem, text_problems

MIN_PASSWORD = 10
MAX_PASSWORD = 200
MAX_FAILURES = 5
#: The longest registry number of a conciliator (``users.registry_number``).
REGISTRY_MAX = 60
LOCKOUT = dt.timedelta(minutes=15)
_hasher = PasswordHasher()

USER_FIELDS = (
    "login",
    "full_name",
    "id_number",
    "role",
    "office_id",
    "post",
    "sex",
    "legal_capacity",
    "registry_number",
    "email",
    "active",
)


class SignInFailed(ServiceError):
    pass


@dataclass(frozen=True)
class UserView:
    id: int
    login: str
    full_name: str
    role: Role
    office_id: int
    post: str
    legal_capacity: str
    active: bool
    registry_number: str = ""

    @classmethod
    def of(cls, user: User) -> UserView:
        return cls(
            user.id,
            user.login,
            user.full_name,
            user.role,
            user.office_id,
            user.post,
            user.legal_capacity,
            user.active,
            user.registry_number,
        )


def login_problems(login: str) -> list[FieldProblem]:
    if (
        not isinstance(login, str)
        or not login
        or len(login) > 60
        or not login.isascii()
        or not login.replace(".", "").replace("_", "").replace("-", "").isalnum()
    ):
        return [FieldProblem(U.LOGIN, "use letras, números, punto, guion o guion bajo")]
    return []


def password_problems(password: str, field: FieldId = U.PASSWORD) -> list[FieldProblem]:
    if not isinstance(password, str):
        return [FieldProblem(field, "debe ser un texto")]
    problem = text_problem(password)
    if problem:
        return [FieldProblem(field, problem)]
    if len(password) > MAX_PASSWORD:
        too_long = f"es demasiado larga (máximo {MAX_PASSWORD} caracteres)"
        return [FieldProblem(field, too_long)]
    if len(password) < MIN_PASSWORD:
        return [FieldProblem(field, f"debe tener al menos {MIN_PASSWORD} caracteres")]
    if password.isdigit() or password.isalpha():
        return [FieldProblem(field, "debe combinar letras con números o signos")]
    return []


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def create_user(
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
    temporary: bool = False,
    sex: Sex = Sex.UNSPECIFIED,
    registry_number: str = "",
) -> UserView:
    """Create a user account; with ``temporary`` the password is one the person must change at
    their first sign-in (how administrators create accounts: ``accounts.create_account``)."""
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
            temporary=temporary,
            sex=sex,
            registry_number=registry_number,
        )
        return UserView.of(user)


def new_user(
    session: Session,
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
    temporary: bool = False,
    sex: Sex = Sex.UNSPECIFIED,
    registry_number: str = "",
) -> User:
    """``create_user`` inside the caller's unit of work."""
    login = login.strip().lower() if isinstance(login, str) else login
    problems = login_problems(login)
    problems += text_problems(full_name.strip(), U.FULL_NAME, limit=200, required=True)
    problems += text_problems(id_number.strip(), U.ID_NUMBER, limit=40)
    problems += text_problems(post.strip(), U.POST, limit=200)
    problems += text_problems(legal_capacity.strip(), U.LEGAL_CAPACITY, limit=TEXT_MAX)
    problems += text_problems(registry_number.strip(), U.REGISTRY_NUMBER, limit=REGISTRY_MAX)
    problems += text_problems(email.strip(), U.EMAIL, limit=200)
    problems += password_problems(password)
    if problems:
        raise ValidationFailed(problems)
    actor = require(session, actor, Permission.MANAGE_USERS, office_id)
    get_office(session, office_id)
    if session.scalar(select(User.id).where(User.login == login)):
        raise ValidationFailed(FieldProblem(U.LOGIN, f"ya existe el usuario «{login}»"))
    user = User(
        login=login,
        full_name=normal_text(full_name),
        role=role,
        office_id=office_id,
        id_number=normal_text(id_number),
        post=normal_text(post),
        sex=Sex(sex),
        legal_capacity=normal_text(legal_capacity),
        registry_number=normal_text(registry_number),
        email=normal_text(email),
        password_hash=hash_password(password),
        must_change_password=temporary,
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREAR,
        "usuario",
        user.id,
        after=audit.snapshot(user, USER_FIELDS),
        office_id=office_id,
    )
    return user


def sign_in(db: Database, login: str, password: str, *, now: dt.datetime | None = None) -> Actor:
    """Check a password; after repeated failures the account locks for a while.

    Every failure on an existing account is recorded in the audit trail (never what was
    typed); a login nobody has is refused the same way, so the message does not tell which
    accounts exist.
    """
    now = now or db.now()
    refused = SignInFailed("Usuario o contraseña incorrectos.")
    if not isinstance(login, str) or not isinstance(password, str):
        raise refused
    login = login.strip().lower()
    if login_problems(login):
        _spend_a_verification(password)
        raise refused
    with db.write() as session:
        user = session.scalar(select(User).where(User.login == login).with_for_update())
        if user is None or user.password_hash is None:
            _spend_a_verification(password)
            raise refused
        if user.locked_until and user.locked_until > now:
            minutes = int((user.locked_until - now).total_seconds() // 60) + 1
            raise SignInFailed(
                f"Cuenta bloqueada por intentos fallidos. Vuelva a intentarlo en {minutes} min"
                " o pida al administrador que la desbloquee."
            )
        if not verify_password(user, password):
            record_failure(session, user, now)
            session.commit()
            raise refused
        if not user.active:
            raise SignInFailed("Esta cuenta está desactivada. Consulte al administrador.")
        user.failed_logins = 0
        user.locked_until = None
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        actor = actor_for(session, user)
        audit.record(
            session,
            actor,
            AuditAction.INICIAR_SESION,
            "usuario",
            user.id,
            office_id=user.office_id,
            signing_in=True,
        )
        return actor


_DUMMY_HASH: list[str] = []


def _spend_a_verification(password: str) -> None:
    """Verify against a hash nobody has, so a login nobody has takes as long to refuse as a
    wrong password (the time must not tell which logins exist)."""
    if not _DUMMY_HASH:
        _DUMMY_HASH.append(_hasher.hash(secrets.token_hex(16)))
    with suppress(VerificationError, InvalidHashError):
        # bytes: a password with lone surrogates costs the same time and raises nothing
        _hasher.verify(_DUMMY_HASH[0], password[:MAX_PASSWORD].encode("utf-8", "surrogatepass"))


def verify_password(user: User, password: str) -> bool:
    if user.password_hash is None or len(password) > MAX_PASSWORD:
        return False
    try:
        return bool(_hasher.verify(user.password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def record_failure(session: Session, user: User, now: dt.datetime) -> None:
    """Count a wrong password; the fifth in a row locks the account for a while."""
    user.failed_logins += 1
    who = actor_for(session, user)
    audit.record(
        session,
        who,
        AuditAction.INICIO_FALLIDO,
        "usuario",
        user.id,
        after={"failed_logins": user.failed_logins},
        office_id=user.office_id,
        signing_in=True,
    )
    if user.failed_logins >= MAX_FAILURES:
        user.locked_until = now + LOCKOUT
        user.failed_logins = 0
        audit.record(
            session,
            who,
            AuditAction.BLOQUEAR,
            "usuario",
            user.id,
            after={"locked_until": user.locked_until},
            reason="intentos fallidos",
            office_id=user.office_id,
            signing_in=True,
        )


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id) if known_id(user_id) else None
    if user is None:
        raise NotFound(f"No existe el usuario n.º {user_id}.")
    return user


def list_users(
    db: Database, actor: Actor, office_id: int, *, role: Role | None = None
) -> list[UserView]:
    with db.read() as session:
        actor = require(session, actor, Permission.VIEW_AGENDA, office_id)
        get_office(session, office_id)
        query = select(User).where(User.office_id == office_id, User.active.is_(True))
        if role is not None:
            query = query.where(User.role == role)
        return [UserView.of(u) for u in session.scalars(query.order_by(User.full_name))]
