"""Correcting a request after intake: its account and matters, and a party's contact details.

Both are edited from a screen that was read earlier, so both take the version that screen
showed (optimistic locking): when another desk saved a change in between, the second save is
refused with a clear message instead of silently overwriting the first. The row is locked
before its version is compared, so on PostgreSQL two desks saving at the same instant are
serialised too.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.domain.agreement_terms import Party
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import CaseStatus, Matter
from conciliador.models import Case, Person
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.cases import CaseView, case_view, load_case
from conciliador.services.errors import (
    FieldId,
    FieldProblem,
    InvalidTransition,
    NotFound,
    StaleData,
    ValidationFailed,
)
from conciliador.services.fields import Intake, PersonPart, person_field
from conciliador.services.people import PersonView
from conciliador.services.permissions import Permission, require
from conciliador.services.sensitive import require_full_view
from conciliador.services.text import NAME_MAX, TEXT_MAX
from conciliador.services.validation import checked_text

_CLOSED = (CaseStatus.CONCLUIDA, CaseStatus.ANULADA)
#: Contact fields a party's record may have corrected: (attribute, form field, length limit).
CONTACT_FIELDS = (
    ("address", PersonPart.ADDRESS, TEXT_MAX),
    ("phone", PersonPart.PHONE, 60),
    ("email", PersonPart.EMAIL, 200),
    ("occupation", PersonPart.OCCUPATION, NAME_MAX),
    ("employer", PersonPart.EMPLOYER, NAME_MAX),
)


def _open_case(session: Session, actor: Actor, case_id: int) -> tuple[Case, Actor]:
    """The case, locked, and the actor as the database has them now."""
    case = load_case(session, case_id, for_update=True)
    actor = require(session, actor, Permission.EDIT_CASE, case.office_id)
    if case.status in _CLOSED:
        raise InvalidTransition(
            f"El caso está {case.status.label.lower()}: ya no se modifica su solicitud."
        )
    return case, actor


def update_request(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    expected_version: int,
    account: str | None = None,
    matters: set[Matter] | None = None,
) -> CaseView:
    """Correct the requester's account and/or the matters of an open case."""
    if account is not None:
        account = checked_text(account, Intake.ACCOUNT, limit=TEXT_MAX)
    if matters is not None and not matters:
        raise ValidationFailed(FieldProblem(Intake.MATTERS, "elija al menos una materia"))
    with db.write() as session:
        case, actor = _open_case(session, actor, case_id)
        if account is not None:
            require_full_view(session, actor, case, "corregir el relato")
        if case.version != expected_version:
            raise StaleData("esta solicitud")
        fields = ("account", "matter_alimentos", "matter_visitas", "matter_cuido")
        before = audit.snapshot(case, fields)
        if account is not None:
            case.account = account
        if matters is not None:
            case.set_matters(matters)
        after = audit.snapshot(case, fields)
        if after == before:
            return case_view(session, case, actor)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.MODIFICAR,
            "caso",
            case.id,
            before={k: v for k, v in before.items() if after[k] != v},
            after={k: v for k, v in after.items() if before[k] != v},
            office_id=case.office_id,
        )
        return case_view(session, case, actor)


def update_party_contact(
    db: Database,
    actor: Actor,
    case_id: int,
    party: Party,
    *,
    expected_version: int,
    **changes: str,
) -> PersonView:
    """Correct a party's address, phone, e-mail, occupation or employer (only those given).

    ``expected_version`` is the version of the person's record the screen showed.
    """
    limits = {name: (label, limit) for name, label, limit in CONTACT_FIELDS}
    unknown = sorted(set(changes) - set(limits))
    if unknown:
        raise ValidationFailed(
            FieldProblem(FieldId(("contacto", unknown[0])), "no es un dato de contacto")
        )
    if party not in (Party.SOLICITANTE, Party.CITADO):
        raise ValidationFailed(FieldProblem(Intake.PARTY, "elija solicitante o citado/a"))
    whose = Intake.CLAIMANT if party == Party.SOLICITANTE else Intake.RESPONDENT
    cleaned = {
        name: checked_text(value, person_field(whose, limits[name][0]), limit=limits[name][1])
        for name, value in changes.items()
    }
    with db.write() as session:
        case, actor = _open_case(session, actor, case_id)
        person_id = case.claimant_id if party == Party.SOLICITANTE else case.respondent_id
        person = session.scalar(select(Person).where(Person.id == person_id).with_for_update())
        if person is None:
            raise NotFound(f"{whose}: la persona ya no existe.")
        if person.version != expected_version:
            raise StaleData(f"los datos de {person.full_name}")
        before = {name: getattr(person, name) for name in cleaned}
        for name, value in cleaned.items():
            setattr(person, name, value)
        changed = {k: v for k, v in cleaned.items() if before[k] != v}
        if changed:
            session.flush()
            audit.record(
                session,
                actor,
                AuditAction.MODIFICAR,
                "persona",
                person.id,
                before={k: before[k] for k in changed},
                after=changed,
                office_id=case.office_id,
            )
        view = PersonView.of(person)
        return view


def party_version(db: Database, actor: Actor, case_id: int, party: Party) -> int:
    """The version of a party's record, as an edit screen reads it before editing."""
    with db.read() as session:
        case = load_case(session, case_id)
        actor = require(session, actor, Permission.VIEW_CASE, case.office_id)
        person = case.claimant if party == Party.SOLICITANTE else case.respondent
        return person.version
