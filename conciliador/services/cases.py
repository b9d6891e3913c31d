"""Requests (solicitudes): intake with the safeguarding screen, referral, and case views."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from conciliador.criteria import Profile
from conciliador.db import Database
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import CaseStatus, Matter, Outcome
from conciliador.models import Case, Child, Office, Person
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.errors import (
    FieldProblem,
    InvalidTransition,
    NotFound,
    ValidationFailed,
)
from conciliador.services.fields import Intake, ReferralFields
from conciliador.services.numbering import next_number
from conciliador.services.offices import get_office, profile_of
from conciliador.services.people import (
    CHILD_FIELDS,
    PERSON_FIELDS,
    ChildInput,
    PersonInput,
    PersonView,
    child_problems,
    person_problems,
    resolve_child,
    resolve_person,
)
from conciliador.services.permissions import Permission, require
from conciliador.services.retry import once_more_on_conflict
from conciliador.services.safeguarding import ReferralView, record_referral, referral_view
from conciliador.services.sensitive import restricted_note, sees_in_full
from conciliador.services.text import TEXT_MAX, clean
from conciliador.services.validation import (
    checked_text,
    instant_problems,
    known_id,
    text_problems,
)

CASE_FIELDS = (
    "office_id",
    "year",
    "number",
    "claimant_id",
    "respondent_id",
    "matter_alimentos",
    "matter_visitas",
    "matter_cuido",
    "account",
    "safeguarding_answers",
    "safeguarding_flagged",
    "status",
    "outcome",
    "requested_at",
    "request_date",
)


@dataclass
class CaseInput:
    office_id: int
    claimant: PersonInput
    respondent: PersonInput
    children: list[ChildInput]
    matters: set[Matter]
    account: str = ""
    #: {question code: answer} for every question of the office's profile.
    safeguarding: dict[str, bool] = field(default_factory=dict)
    requested_at: dt.datetime | None = None
    #: Refer the case at intake (a positive screen): the route-of-care institution's code.
    referral_institution: str | None = None
    referral_notes: str = ""


@dataclass(frozen=True)
class ChildView:
    id: int
    full_name: str
    birth_date: dt.date | None
    birth_certificate: str | None


@dataclass(frozen=True)
class CaseView:
    id: int
    uid: str
    office_id: int
    office_code: str
    number: str
    status: CaseStatus
    outcome: Outcome | None
    claimant: PersonView
    respondent: PersonView
    children: list[ChildView]
    matters: list[Matter]
    account: str
    safeguarding_answers: dict[str, bool]
    safeguarding_flagged: bool
    request_date: dt.date
    version: int
    #: A case with signs of violence read by someone who does not handle it: the account and
    #: the screen's answers are left out (``services.sensitive``); ``restricted_note`` says
    #: so and whom to ask.
    restricted: bool = False
    restricted_note: str = ""


def safeguarding_flagged(profile: Profile, answers: dict[str, bool]) -> bool:
    return any(answers.get(q.code) for q in profile.safeguarding.questions if q.flags_violence)


def safeguarding_blocks_hearing(profile: Profile, case: Case) -> bool:
    """A positive screen forbids a joint hearing for the matters the profile names."""
    blocked = set(profile.safeguarding.blocked_matters)
    return case.safeguarding_flagged and bool(blocked & set(case.matters))


def _case_problems(data: CaseInput, profile: Profile, today: dt.date) -> list[FieldProblem]:
    problems = person_problems(data.claimant, Intake.CLAIMANT, today)
    problems += person_problems(data.respondent, Intake.RESPONDENT, today)
    if not data.children:
        problems.append(
            FieldProblem(Intake.CHILDREN, "registre al menos una niña, niño o adolescente")
        )
    for i, child in enumerate(data.children, start=1):
        problems += child_problems(child, i, today)
    if not data.matters:
        problems.append(FieldProblem(Intake.MATTERS, "elija al menos una materia"))
    problems += text_problems(clean(data.account), Intake.ACCOUNT, limit=TEXT_MAX)
    known = {q.code for q in profile.safeguarding.questions}
    unknown = sorted(set(data.safeguarding) - known)
    if unknown:
        problems.append(
            FieldProblem(Intake.SAFEGUARDING, f"preguntas desconocidas: {', '.join(unknown)}")
        )
    missing = [q for q in profile.safeguarding.questions if q.code not in data.safeguarding]
    if missing:
        problems.append(FieldProblem(Intake.SAFEGUARDING, f"falta responder: «{missing[0].text}»"))
    routes = {i.code for i in profile.safeguarding.institutions}
    if data.referral_institution and data.referral_institution not in routes:
        problems.append(
            FieldProblem(Intake.REFERRAL, "elija una institución de la ruta de atención del perfil")
        )
    same_existing = (
        data.claimant.existing_id is not None
        and data.claimant.existing_id == data.respondent.existing_id
    )
    same_id = (
        data.claimant.existing_id is None
        and data.respondent.existing_id is None
        and clean(data.claimant.id_number)
        and data.claimant.id_type == data.respondent.id_type
        and clean(data.claimant.id_number) == clean(data.respondent.id_number)
    )
    if same_existing or same_id:
        problems.append(
            FieldProblem(Intake.RESPONDENT, "no puede ser la misma persona que solicita")
        )
    return problems


def register_case(db: Database, actor: Actor, data: CaseInput) -> CaseView:
    """Record a request. A positive safeguarding screen is recorded and blocks joint hearings."""
    return once_more_on_conflict(lambda: _register_case(db, actor, data))


def _register_case(db: Database, actor: Actor, data: CaseInput) -> CaseView:
    with db.write() as session:
        actor = require(session, actor, Permission.REGISTER_CASE, data.office_id)
        office = get_office(session, data.office_id)
        profile = profile_of(office)
        requested_at = data.requested_at or db.now()
        if requested_at.tzinfo is None:
            raise ValidationFailed(FieldProblem(Intake.REQUESTED_AT, "indique la zona horaria"))
        instant = instant_problems(requested_at, Intake.REQUESTED_AT, db.now())
        if instant:
            raise ValidationFailed(instant)
        local_day = requested_at.astimezone(profile.regional.zone).date()
        problems = _case_problems(data, profile, local_day)
        if problems:
            raise ValidationFailed(problems)
        # Whatever a resolve call adds is new (pending) until the next flush.
        claimant = resolve_person(session, data.claimant, Intake.CLAIMANT)
        created: list[Person | Child] = [claimant] if claimant in session.new else []
        respondent = resolve_person(session, data.respondent, Intake.RESPONDENT)
        if respondent in session.new:
            created.append(respondent)
        session.flush()
        if claimant.id == respondent.id:
            raise ValidationFailed(
                FieldProblem(Intake.RESPONDENT, "no puede ser la misma persona que solicita")
            )
        children = []
        for i, child in enumerate(data.children, start=1):
            resolved = resolve_child(session, child, f"Hija/o {i}")
            if resolved not in children:
                children.append(resolved)
                if resolved in session.new:
                    created.append(resolved)
        answers = {code: bool(v) for code, v in data.safeguarding.items()}
        case = Case(
            office_id=office.id,
            year=local_day.year,
            number=next_number(session, office.id, local_day.year, "caso"),
            claimant=claimant,
            respondent=respondent,
            children=children,
            account=clean(data.account),
            safeguarding_answers=answers,
            safeguarding_flagged=safeguarding_flagged(profile, answers),
            status=CaseStatus.SOLICITADA,
            requested_at=requested_at,
            request_date=local_day,
            created_by_id=actor.user_id,
        )
        case.set_matters(data.matters)
        session.add(case)
        session.flush()
        for record in created:
            kind = "persona" if isinstance(record, Person) else "hijo"
            fields = PERSON_FIELDS if isinstance(record, Person) else CHILD_FIELDS
            audit.record(
                session,
                actor,
                AuditAction.CREAR,
                kind,
                record.id,
                after=audit.snapshot(record, fields),
                office_id=office.id,
            )
        audit.record(
            session,
            actor,
            AuditAction.CREAR,
            "caso",
            case.id,
            after=audit.snapshot(case, CASE_FIELDS),
            office_id=office.id,
        )
        if data.referral_institution:
            actor = require(session, actor, Permission.REFER_CASE, office.id)
            record_referral(
                session,
                actor,
                case,
                profile,
                data.referral_institution,
                data.referral_notes,
                referred_at=requested_at,
                now=requested_at,
            )
        return case_view(session, case, actor)


def load_case(session: Session, case_id: int, *, for_update: bool = False) -> Case:
    if not known_id(case_id):
        raise NotFound(f"No existe el caso n.º {case_id}.")
    stmt = (
        select(Case)
        .where(Case.id == case_id)
        .options(selectinload(Case.children), selectinload(Case.office))
    )
    if for_update:
        stmt = stmt.with_for_update()
    case = session.scalar(stmt)
    if case is None:
        raise NotFound(f"No existe el caso n.º {case_id}.")
    return case


def case_view(session: Session, case: Case, actor: Actor) -> CaseView:
    """The case as ``actor`` (re-read by ``require``) may read it."""
    office = session.get(Office, case.office_id)
    assert office is not None
    full = sees_in_full(session, actor, case)
    return CaseView(
        id=case.id,
        uid=case.uid,
        office_id=case.office_id,
        office_code=office.code,
        number=case.number_text(office.code),
        status=case.status,
        outcome=case.outcome,
        claimant=PersonView.of(case.claimant),
        respondent=PersonView.of(case.respondent),
        children=[
            ChildView(c.id, c.full_name, c.birth_date, c.birth_certificate) for c in case.children
        ],
        matters=case.matters,
        account=case.account if full else "",
        safeguarding_answers=dict(case.safeguarding_answers) if full else {},
        safeguarding_flagged=case.safeguarding_flagged,
        request_date=case.request_date,
        version=case.version,
        restricted=not full,
        restricted_note="" if full else restricted_note(session, case),
    )


def get_case(db: Database, actor: Actor, case_id: int) -> CaseView:
    with db.write() as session:
        case = load_case(session, case_id)
        actor = require(session, actor, Permission.VIEW_CASE, case.office_id)
        # Opening a family's file is itself recorded.
        audit.record(
            session, actor, AuditAction.CONSULTAR, "caso", case.id, office_id=case.office_id
        )
        return case_view(session, case, actor)


def refer_case(
    db: Database,
    actor: Actor,
    case_id: int,
    institution_code: str,
    notes: str = "",
    *,
    referred_at: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> ReferralView:
    """Record the referral (derivación) along the route of care — to which institution, when
    (now, or ``referred_at`` when it is recorded afterwards), by whom; the case leaves
    conciliation."""
    notes = checked_text(notes, ReferralFields.NOTES, limit=TEXT_MAX)
    with db.write() as session:
        case = load_case(session, case_id, for_update=True)
        actor = require(session, actor, Permission.REFER_CASE, case.office_id)
        if case.status in (CaseStatus.CONCLUIDA, CaseStatus.ANULADA):
            raise InvalidTransition(
                f"El caso está {case.status.label.lower()}; no se puede derivar."
            )
        referral = record_referral(
            session,
            actor,
            case,
            profile_of(case.office),
            institution_code,
            notes,
            referred_at=referred_at,
            now=now,
        )
        return referral_view(session, referral)
