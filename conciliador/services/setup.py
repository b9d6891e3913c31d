"""First start: create the first office and its administrator, in one unit of work."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.domain.enums import OfficeLevel, Role
from conciliador.models import Office, User
from conciliador.services.actor import Actor
from conciliador.services.errors import ServiceError
from conciliador.services.offices import OfficeView, new_office
from conciliador.services.users import UserView, new_user


@dataclass(frozen=True)
class FirstOffice:
    code: str
    name: str
    level: OfficeLevel
    profile_code: str
    subdivision: str | None = None
    address: str = ""
    #: Where the office is (from the profile's list of places) and its name's article.
    department: str = ""
    municipality: str = ""
    name_article: str = ""


@dataclass(frozen=True)
class FirstAdmin:
    login: str
    full_name: str
    password: str
    id_number: str = ""
    email: str = ""


@dataclass(frozen=True)
class DatabaseState:
    offices: int
    users: int

    @property
    def empty(self) -> bool:
        return self.offices == 0


def database_state(db: Database) -> DatabaseState:
    with db.read() as session:
        return DatabaseState(
            offices=session.scalar(select(func.count(Office.id))) or 0,
            users=session.scalar(select(func.count(User.id))) or 0,
        )


class _NothingWritten(Exception):
    """Rolls the check's unit of work back."""


def check_first_office(db: Database, actor: Actor, office: FirstOffice) -> None:
    """The first office's answers checked as ``initialize`` will check them, before the
    assistant asks for the administrator (its office page is where they are corrected);
    nothing is written. Raises ``ValidationFailed`` naming the fields."""
    try:
        with db.write() as session:
            _new_first_office(session, actor, office)
            raise _NothingWritten
    except _NothingWritten:
        return


def _new_first_office(session: Session, actor: Actor, office: FirstOffice) -> Office:
    if session.scalar(select(func.count(Office.id))):
        raise ServiceError("La base de datos ya tiene oficinas: ya está inicializada.")
    return new_office(
        session,
        actor,
        code=office.code,
        name=office.name,
        level=office.level,
        profile_code=office.profile_code,
        subdivision=office.subdivision,
        address=office.address,
        department=office.department,
        municipality=office.municipality,
        name_article=office.name_article,
        place_required=True,
    )


def initialize(
    db: Database, actor: Actor, office: FirstOffice, admin: FirstAdmin
) -> tuple[OfficeView, UserView]:
    """Create the first office and its administrator; both or neither."""
    with db.write() as session:
        created = _new_first_office(session, actor, office)
        user = new_user(
            session,
            actor,
            login=admin.login,
            full_name=admin.full_name,
            role=Role.ADMINISTRADOR,
            office_id=created.id,
            password=admin.password,
            id_number=admin.id_number,
            email=admin.email,
            post="Administrador/a del sistema",
        )
        return OfficeView.of(created), UserView.of(user)
