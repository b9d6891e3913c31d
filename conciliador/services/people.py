"""Parties and children: input validation, reuse of people already registered, search."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.domain.enums import IdType, Sex
from conciliador.models import Case, Child, Person
from conciliador.services.actor import Actor
from conciliador.services.errors import FieldId, FieldProblem, NotFound, ValidationFailed
from conciliador.services.fields import ChildPart as C
from conciliador.services.fields import PersonPart as P
from conciliador.services.fields import child_field, person_field
from conciliador.services.permissions import Permission, require
from conciliador.services.person_search import SearchWords, candidate_ids
from conciliador.services.text import NAME_MAX, TEXT_MAX, clean, search_key
from conciliador.services.validation import (
    amount_problems,
    date_problems,
    known_id,
    text_problem,
    text_problems,
)

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

CHILD_FIELDS = ("first_names", "last_names", "sex", "birth_date", "birth_certificate")


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


def person_problems(data: PersonInput, party: FieldId, today: dt.date) -> list[FieldProblem]:
    """Everything wrong with a party's data, each naming the field of ``party``'s form."""
    if data.existing_id is not None:
        return []
    problems: list[FieldProblem] = []
    for value, part in ((data.first_names, P.FIRST_NAMES), (data.last_names, P.LAST_NAMES)):
        problems += text_problems(
            clean(value), person_field(party, part), limit=NAME_MAX, required=True
        )
    number = clean(data.id_number)
    if data.id_type != IdType.SIN_DOCUMENTO and not number:
        problems.append(
            FieldProblem(
                person_field(party, P.ID_NUMBER), "indique el número o elija «Sin documento»"
            )
        )
    problems += text_problems(number, person_field(party, P.ID_NUMBER), limit=40)
    problems += date_problems(data.birth_date, person_field(party, P.BIRTH_DATE), today)
    for value, part, limit in (
        (data.address, P.ADDRESS, TEXT_MAX),
        (data.phone, P.PHONE, 60),
        (data.email, P.EMAIL, 200),
        (data.occupation, P.OCCUPATION, NAME_MAX),
        (data.employer, P.EMPLOYER, NAME_MAX),
        (data.nationality, P.NATIONALITY, 80),
    ):
        problems += text_problems(clean(value), person_field(party, part), limit=limit)
    problems += amount_problems(data.monthly_income, person_field(party, P.MONTHLY_INCOME))
    return problems


def child_problems(data: ChildInput, number: int, today: dt.date) -> list[FieldProblem]:
    """Everything wrong with the ``number``-th child of the request (counted from 1)."""
    if data.existing_id is not None:
        return []
    problems: list[FieldProblem] = []
    for value, part in ((data.first_names, C.FIRST_NAMES), (data.last_names, C.LAST_NAMES)):
        problems += text_problems(
            clean(value), child_field(number, part), limit=NAME_MAX, required=True
        )
    born = child_field(number, C.BIRTH_DATE)
    if data.birth_date is None:
        problems.append(FieldProblem(born, "es obligatoria"))
    elif data.birth_date > today:
        problems.append(FieldProblem(born, "no puede ser futura"))
    elif (today - data.birth_date).days > 366 * 21:
        problems.append(FieldProblem(born, "corresponde a una persona adulta"))
    problems += text_problems(
        clean(data.birth_certificate), child_field(number, C.BIRTH_CERTIFICATE), limit=60
    )
    return problems


def resolve_person(session: Session, data: PersonInput, party: FieldId) -> Person:
    """The existing person chosen in the form, or a new one (never a duplicate ID)."""
    if data.existing_id is not None:
        person = session.get(Person, data.existing_id) if known_id(data.existing_id) else None
        if person is None:
            raise NotFound(f"{party}: la persona seleccionada ya no existe.")
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
                    person_field(party, P.ID_NUMBER),
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
        child = session.get(Child, data.existing_id) if known_id(data.existing_id) else None
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
    (accents ignored), by name; see ``person_search`` for how it stays fast.

    A name search finds only the parties of cases in the offices the actor reaches; the exact
    number of an identity document finds the person wherever they were registered (whoever
    types it has the document in hand), so nobody is entered twice.
    """
    if not isinstance(query, str) or text_problem(query):
        return []
    words = SearchWords.of(query)
    if not words:
        return []
    actor = require(db, actor, Permission.VIEW_CASE)
    with db.read() as session:
        stmt = select(Person).where(Person.id.in_(candidate_ids(session, words)))
        if actor.office_ids is not None:
            party = or_(
                Case.claimant_id == Person.id,
                Case.respondent_id == Person.id,
                Case.claimant_representative_id == Person.id,
                Case.respondent_representative_id == Person.id,
            )
            in_reach = select(Case.id).where(Case.office_id.in_(actor.office_ids), party).exists()
            document = func.upper(Person.id_number) == clean(query).upper()
            stmt = stmt.where(or_(in_reach, document))
        stmt = stmt.order_by(Person.last_names, Person.first_names, Person.id).limit(limit)
        return [PersonView.of(p) for p in session.scalars(stmt)]
