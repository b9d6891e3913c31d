"""The steps a country's law adds to an acta with an agreement (``domain/acta_steps``):

- Peru: the lawyer's legality check, recorded before anyone signs (``sign_acta`` refuses an
  acta without it);
- Chile: the signed acta sent to the family court, and the court's decision (approved or
  observed) recorded; until it is approved the agreement binds no one, so the follow-up does
  not schedule its obligations.

Each step: the permission re-read in the unit of work, the state checked, the audit written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.criteria import Profile
from conciliador.db import Database
from conciliador.domain.acta_steps import CourtReview, court_move_allowed
from conciliador.domain.actas import ActaStatus
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import Outcome
from conciliador.models import Acta, ActaCourtReview, ActaLegalityCheck, Office
from conciliador.services import audit
from conciliador.services.actas.queries import load_acta
from conciliador.services.actor import Actor
from conciliador.services.errors import FieldId, FieldProblem, InvalidTransition, ValidationFailed
from conciliador.services.fields import ActaFields
from conciliador.services.offices import profile_of
from conciliador.services.permissions import Permission, require
from conciliador.services.text import TEXT_MAX, clean
from conciliador.services.validation import text_problem

AGREED = (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL)


@dataclass(frozen=True)
class ActaSteps:
    """What an acta's country asks beyond signing, and where the acta stands."""

    acta_id: int
    needs_legality_check: bool
    legality_checked_by: str
    legality_registration: str
    legality_checked_at: dt.datetime | None
    needs_court_approval: bool
    court_status: CourtReview | None
    court: str
    sent_on: dt.date | None
    case_reference: str
    decided_on: dt.date | None
    decision: str

    @property
    def binding(self) -> bool:
        """Whether the agreement binds the parties yet (Chile: only once approved)."""
        return not self.needs_court_approval or self.court_status == CourtReview.APROBADA

    @property
    def state_text(self) -> str:
        """What the desktop shows beside the acta's status."""
        parts = []
        if self.needs_legality_check:
            parts.append(
                f"Legalidad verificada por {self.legality_checked_by}"
                if self.legality_checked_at
                else "Falta la verificación de legalidad (antes de las firmas)"
            )
        if self.needs_court_approval:
            if self.court_status is None:
                parts.append("Pendiente de envío al tribunal de familia")
            else:
                parts.append(self.court_status.label)
        return " · ".join(parts)


def _profile(session: Session, acta: Acta) -> Profile:
    office = session.get(Office, acta.office_id)
    assert office is not None
    return profile_of(office)


def legality_check(session: Session, acta_id: int) -> ActaLegalityCheck | None:
    """The legality check recorded on the acta (Peru), if any."""
    return session.scalar(select(ActaLegalityCheck).where(ActaLegalityCheck.acta_id == acta_id))


def _review(session: Session, acta_id: int) -> ActaCourtReview | None:
    return session.scalar(select(ActaCourtReview).where(ActaCourtReview.acta_id == acta_id))


def steps_of(session: Session, acta: Acta) -> ActaSteps:
    rules = _profile(session, acta).actas
    agreed = acta.outcome in AGREED
    check = legality_check(session, acta.id)
    review = _review(session, acta.id)
    return ActaSteps(
        acta_id=acta.id,
        needs_legality_check=rules.legality_check and agreed,
        legality_checked_by=check.lawyer_name if check else "",
        legality_registration=check.lawyer_registration if check else "",
        legality_checked_at=check.checked_at if check else None,
        needs_court_approval=rules.court_approval and agreed,
        court_status=review.status if review else None,
        court=review.court if review else "",
        sent_on=review.sent_on if review else None,
        case_reference=review.case_reference if review else "",
        decided_on=review.decided_on if review else None,
        decision=review.decision if review else "",
    )


def acta_steps(db: Database, actor: Actor, acta_id: int) -> ActaSteps:
    with db.read() as session:
        acta = load_acta(session, acta_id)
        require(session, actor, Permission.VIEW_CASE, acta.office_id)
        return steps_of(session, acta)


def court_approved(session: Session, acta_id: int) -> bool:
    review = _review(session, acta_id)
    return review is not None and review.status == CourtReview.APROBADA


def signing_blocked(session: Session, acta: Acta) -> str:
    """Why this acta cannot be signed yet under its country's law, or ""."""
    steps = steps_of(session, acta)
    if steps.needs_legality_check and steps.legality_checked_at is None:
        return (
            "Antes de las firmas, el abogado o la abogada que verifica la legalidad de los "
            "acuerdos debe registrar su verificación (Ley n.º 26872, art. 16)."
        )
    return ""


def _text(value: str, field: FieldId, problems: list[FieldProblem], *, limit: int = 200) -> str:
    text = clean(value)
    if not text:
        problems.append(FieldProblem(field, "es obligatorio"))
    elif len(text) > limit:
        problems.append(FieldProblem(field, f"admite como máximo {limit} caracteres"))
    elif (why := text_problem(text)) is not None:
        problems.append(FieldProblem(field, why))
    return text


def record_legality_check(
    db: Database,
    actor: Actor,
    acta_id: int,
    *,
    lawyer_name: str,
    registration: str,
    now: dt.datetime | None = None,
) -> ActaSteps:
    """Peru: the lawyer's check of the agreement's legality, before any signature. ``now``
    (as for issuing and signing) lets the demonstration record a check made in the past."""
    problems: list[FieldProblem] = []
    name = _text(lawyer_name, ActaFields.LAWYER, problems)
    reg = _text(registration, ActaFields.LAWYER_REGISTRATION, problems, limit=60)
    if problems:
        raise ValidationFailed(problems)
    with db.write() as session:
        acta = load_acta(session, acta_id, for_update=True)
        actor = require(session, actor, Permission.SIGN_ACTA, acta.office_id)
        steps = steps_of(session, acta)
        if not steps.needs_legality_check:
            raise InvalidTransition(
                "El perfil de esta oficina no pide verificación de legalidad para esta acta."
            )
        if acta.status != ActaStatus.EMITIDA:
            raise InvalidTransition(
                "La legalidad se verifica en un acta emitida y antes de las firmas; "
                f"esta está {acta.status.label.lower()}."
            )
        if steps.legality_checked_at is not None:
            raise InvalidTransition(
                f"La legalidad ya fue verificada por {steps.legality_checked_by}."
            )
        row = ActaLegalityCheck(
            acta_id=acta.id,
            lawyer_name=name,
            lawyer_registration=reg,
            checked_at=now or db.now(),
            recorded_by_id=actor.user_id,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.VERIFICAR_LEGALIDAD,
            "acta",
            acta.id,
            after={"abogado": name, "registro": reg},
            office_id=acta.office_id,
        )
        return steps_of(session, acta)


def send_to_court(
    db: Database, actor: Actor, acta_id: int, *, court: str, sent_on: dt.date | None
) -> ActaSteps:
    """Chile: the signed acta of a mediated agreement sent to the family court."""
    problems: list[FieldProblem] = []
    court_name = _text(court, ActaFields.COURT, problems)
    if sent_on is None:
        problems.append(FieldProblem(ActaFields.SENT_ON, "es obligatoria"))
    if problems or sent_on is None:
        raise ValidationFailed(problems)
    with db.write() as session:
        acta = load_acta(session, acta_id, for_update=True)
        actor = require(session, actor, Permission.SIGN_ACTA, acta.office_id)
        steps = steps_of(session, acta)
        if not steps.needs_court_approval:
            raise InvalidTransition(
                "El perfil de esta oficina no pide aprobación judicial para esta acta."
            )
        if acta.status != ActaStatus.FIRMADA:
            raise InvalidTransition("Solo un acta firmada se envía al tribunal de familia.")
        if steps.court_status is not None:
            raise InvalidTransition(f"Esta acta ya está {steps.court_status.label.lower()}.")
        signed = acta.signed_at
        zone = _profile(session, acta).regional.zone
        if signed is not None and sent_on < signed.astimezone(zone).date():
            raise ValidationFailed(
                FieldProblem(ActaFields.SENT_ON, "no puede ser anterior a la firma del acta")
            )
        if sent_on > db.now().astimezone(zone).date():
            raise ValidationFailed(FieldProblem(ActaFields.SENT_ON, "no puede ser futura"))
        session.add(
            ActaCourtReview(
                acta_id=acta.id,
                status=CourtReview.ENVIADA,
                court=court_name,
                sent_on=sent_on,
                case_reference="",
                decision="",
                recorded_at=db.now(),
                recorded_by_id=actor.user_id,
            )
        )
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.ENVIAR_AL_TRIBUNAL,
            "acta",
            acta.id,
            after={"tribunal": court_name, "enviada": sent_on.isoformat()},
            office_id=acta.office_id,
        )
        return steps_of(session, acta)


def record_court_decision(
    db: Database,
    actor: Actor,
    acta_id: int,
    *,
    approved: bool | None,
    decided_on: dt.date | None,
    case_reference: str,
    decision: str,
) -> ActaSteps:
    """Chile: the family court's decision on a sent acta: approved, or observed (then the
    office corrects it by replacing the acta)."""
    problems: list[FieldProblem] = []
    if approved is None:
        problems.append(
            FieldProblem(ActaFields.DECISION, "indique si el tribunal aprobó el acta o la observó")
        )
    if decided_on is None:
        problems.append(FieldProblem(ActaFields.DECIDED_ON, "es obligatoria"))
    reference = _text(case_reference, ActaFields.CASE_REFERENCE, problems, limit=60)
    words = _text(decision, ActaFields.DECISION_TEXT, problems, limit=TEXT_MAX)
    if problems or decided_on is None:
        raise ValidationFailed(problems)
    new = CourtReview.APROBADA if approved else CourtReview.OBSERVADA
    with db.write() as session:
        acta = load_acta(session, acta_id, for_update=True)
        actor = require(session, actor, Permission.SIGN_ACTA, acta.office_id)
        review = _review(session, acta.id)
        current = review.status if review else None
        if review is None or not court_move_allowed(current, new):
            raise InvalidTransition(
                "Primero registre el envío del acta al tribunal de familia."
                if review is None
                else f"Esta acta ya fue {review.status.label.lower()}: su resolución no cambia."
            )
        zone = _profile(session, acta).regional.zone
        if decided_on < review.sent_on:
            raise ValidationFailed(
                FieldProblem(ActaFields.DECIDED_ON, "no puede ser anterior al envío")
            )
        if decided_on > db.now().astimezone(zone).date():
            raise ValidationFailed(FieldProblem(ActaFields.DECIDED_ON, "no puede ser futura"))
        before = {"estado": current.value if current else None}
        review.status = new
        review.decided_on = decided_on
        review.case_reference = reference
        review.decision = words
        review.recorded_at = db.now()
        review.recorded_by_id = actor.user_id
        session.flush()
        if approved:
            # The agreement binds from now on: its schedule is written once.
            from conciliador.services.followup.schedules import write_schedules

            write_schedules(session, [acta.case_id])
        audit.record(
            session,
            actor,
            AuditAction.RESOLUCION_DEL_TRIBUNAL,
            "acta",
            acta.id,
            before=before,
            after={
                "estado": new.value,
                "fecha": decided_on.isoformat(),
                "rit": reference,
                "resolucion": words,
            },
            office_id=acta.office_id,
        )
        return steps_of(session, acta)
