"""Parties and children: input validation, reuse of people already registered, search."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.domain.enums import IdType, Sex
from conciliador.models import Child, Person
from conciliador.services.actor import Actor
from conciliador.services.errors import FieldProblem, NotFound, ValidationFailed
from conciliador.services.permissions import Permission, require
from conciliador.services.person_search import SearchWords, candidate_ids
from conciliador.services.text import NAME_MAX, TEXT_MAX, clean, search_key

PERSON_FIELDS = (
    "first_names",
    "last_names",
    "id_type",
    "id_number",
    "sex",
    "birth_date",
    "nationality",
    "address",
    "phone",
    "email",
    "occupation",
    "employer",
    "monthly_income",
)


@dataclass
class PersonInput:
    """A party as typed in the intake form (or ``existing_id`` to reuse someone registered)."""

    first_names: str = ""
    last_names: str = ""
    id_type: IdType = IdType.CEDULA
    id_number: str = ""
    sex: Sex = Sex.UNSPECIFIED
    birth_date: dt.date | None = None
    nationality: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    occupation: str = ""
    employer: str = ""
    monthly_income: Decimal | None = None
    existing_id: int | None = None


@dataclass
class ChildInput:
    first_names: str = ""
    last_names: str = ""
    sex: Sex = Sex.UNSPECIFIED
    birth_date: dt.date | None = None
    birth_certificate: str = ""
    existing_id: int | None = None


@dataclass(frozen=True)
class PersonView:
    id: int
    full_name: str
    id_type: IdType
    id_number: str | None
    sex: Sex
    phone: str
    address: str
    birth_date: dt.date | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, p: Person) -> PersonView:
        return cls(
            p.id, p.full_name, p.id_type, p.id_number, p.sex, p.phone, p.address, p.birth_date
        )


def person_problems(data: PersonInput, label: str, today: dt.date) -> list[FieldProblem]:
    """Everything wrong with a party's data, each naming the field as the form shows it."""
    if data.existing_id is not None:
        return []
    problems: list[FieldProblem] = []
    for value, name in ((data.first_names, "Nombres"), (data.last_names, "Apellidos")):
        if not clean(value):
            problems.append(FieldProblem(f"{label} — {name}", "no puede quedar vacío"))
        elif len(value) > NAME_MAX:
            problems.append(
                FieldProblem(
                    f"{label} — {name}", f"es demasiado largo (máximo {NAME_MAX} caracteres)"
                )
            )
    number = clean(data.id_number)
    if data.id_type != IdType.SIN_DOCUMENTO and not number:
        problems.append(
            FieldProblem(
                f"{label} — Número de documento", "indique el número o elija «Sin documento»"
            )
        )
    if len(number) > 40:
        problems.append(FieldProblem(f"{label} — Número de documento", "máximo 40 caracteres"))
    if data.birth_date and data.birth_date > today:
        problems.append(FieldProblem(f"{label} — Fecha de nacimiento", "no puede ser futura"))
    for value, name, limit in (
        (data.address, "Dirección", TEXT_MAX),
        (data.phone, "Teléfono", 60),
        (data.email, "Correo", 200),
        (data.occupation, "Ocupación", NAME_MAX),
        (data.employer, "Empleador", NAME_MAX),
        (data.nationality, "Nacionalidad", 80),
    ):
        if len(value) > limit:
            problems.append(FieldProblem(f"{label} — {name}", f"máximo {limit} caracteres"))
    if data.monthly_income is not None:
        try:
            if data.monthly_income < 0:
                problems.append(FieldProblem(f"{label} — Ingreso mensual", "no puede ser negativo"))
        except InvalidOperation:
            problems.append(FieldProblem(f"{label} — Ingreso mensual", "debe ser un monto"))
    return problems


def child_problems(data: ChildInput, label: str, today: dt.date) -> list[FieldProblem]:
    if data.existing_id is not None:
        return []
    problems: list[FieldProblem] = []
    for value, name in ((data.first_names, "Nombres"), (data.last_names, "Apellidos")):
        if not clean(value):
            problems.append(FieldProblem(f"{label} — {name}", "no puede quedar vacío"))
        elif len(value) > NAME_MAX:
            problems.append(
                FieldProblem(
                    f"{label} — {name}", f"es demasiado largo (máximo {NAME_MAX} caracteres)"
                )
            )
    if data.birth_date is None:
        problems.append(FieldProblem(f"{label} — Fecha de nacimiento", "es obligatoria"))
    elif data.birth_date > today:
        problems.append(FieldProblem(f"{label} — Fecha de nacimiento", "no puede ser futura"))
    elif (today - data.birth_date).days > 366 * 21:
        problems.append(
            FieldProblem(f"{label} — Fecha de nacimiento", "corresponde a una persona adulta")
        )
    if len(data.birth_certificate) > 60:
        problems.append(FieldProblem(f"{label} — Partida de nacimiento", "máximo 60 caracteres"))
    return problems


def resolve_person(session: Session, data: PersonInput, label: str) -> Person:
    """The existing person chosen in the form, or a new one (never a duplicate ID)."""
    if data.existing_id is not None:
        person = session.get(Person, data.existing_id)
        if person is None:
            raise NotFound(f"{label}: la persona seleccionada ya no existe.")
        return person
    number = clean(data.id_number) or None
    if data.id_type == IdType.SIN_DOCUMENTO:
        number = None
    if number is not None:
        twin = session.scalar(
            select(Person).where(and_(Person.id_type == data.id_type, Person.id_number == number))
        )
        if twin is not None:
            raise ValidationFailed(
                FieldProblem(
                    f"{label} — Número de documento",
                    f"ya está registrado a nombre de {twin.full_name}; selecciónela en la búsqueda",
                )
            )
    person = Person(
        first_names=clean(data.first_names),
        last_names=clean(data.last_names),
        id_type=data.id_type,
        id_number=number,
        sex=data.sex,
        birth_date=data.birth_date,
        nationality=clean(data.nationality),
        address=clean(data.address),
        phone=clean(data.phone),
        email=clean(data.email),
        occupation=clean(data.occupation),
        employer=clean(data.employer),
        monthly_income=data.monthly_income,
    )
    person.search_key = search_key(person.first_names, person.last_names, number)
    session.add(person)
    return person


def resolve_child(session: Session, data: ChildInput, label: str) -> Child:
    if data.existing_id is not None:
        child = session.get(Child, data.existing_id)
        if child is None:
            raise NotFound(f"{label}: la niña o el niño seleccionado ya no existe.")
        return child
    certificate = clean(data.birth_certificate) or None
    if certificate is not None:
        twin = session.scalar(select(Child).where(Child.birth_certificate == certificate))
        if twin is not None:
            return twin
    child = Child(
        first_names=clean(data.first_names),
        last_names=clean(data.last_names),
        sex=data.sex,
        birth_date=data.birth_date,
        birth_certificate=certificate,
    )
    session.add(child)
    return child


def search_people(db: Database, actor: Actor, query: str, limit: int = 20) -> list[PersonView]:
    """People with a word of their names or ID number starting with every word typed
    (accents ignored), by name; see ``person_search`` for how it stays fast."""
    words = SearchWords.of(query)
    if not words:
        return []
    require(actor, Permission.VIEW_CASE)
    with db.read() as session:
        stmt = (
            select(Person)
            .where(Person.id.in_(candidate_ids(session, words)))
            .order_by(Person.last_names, Person.first_names, Person.id)
            .limit(limit)
        )
        return [PersonView.of(p) for p in session.scalars(stmt)]
