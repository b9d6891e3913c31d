"""What happens to a booked hearing: citations delivered, held, suspended, no-show, cancelled,
annulled, concluded with an outcome. Every move goes through the status machine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.documents.formatting import clock_time, short_date
from conciliador.domain.agreement_terms import Party
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.citations import next_citation_allowed
from conciliador.domain.enums import (
    Absence,
    CancelReason,
    CaseStatus,
    CitationMethod,
    HearingStatus,
    Matter,
    Outcome,
)
from conciliador.domain.followup import HearingPurpose
from conciliador.domain.hearing_states import PENDING, can_move
from conciliador.models import Agreement, Case, Citation, Hearing
from conciliador.models.base import session_now
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.agreements.context import load_context
from conciliador.services.agreements.service import store_terms
from conciliador.services.agreements.terms import AgreementTerms
from conciliador.services.errors import (
    FieldId,
    FieldProblem,
    InvalidTransition,
    NotFound,
    ValidationFailed,
)
from conciliador.services.fields import AgreementFields, HearingFields
from conciliador.services.offices import profile_of
from conciliador.services.permissions import Permission, require
from conciliador.services.scheduling import (
    HearingView,
    calendar_zone,
    check_version,
    get_hearing,
    hearing_view,
    move_hearing,
)
from conciliador.services.text import TEXT_MAX
from conciliador.services.validation import checked_text, instant_problems, known_id

#: Outcomes reached in a hearing that was held.
HELD_OUTCOMES = frozenset(
    {
        Outcome.ACUERDO_TOTAL,
        Outcome.ACUERDO_PARCIAL,
        Outcome.FALTA_DE_ACUERDO,
        Outcome.CONCLUSION_MOTIVADA,
        Outcome.NO_CONCILIABLE,
        Outcome.DESISTIMIENTO,
    }
)
#: Outcomes that close a case without a hearing being held.
UNHELD_OUTCOMES = frozenset(
    {Outcome.DOMICILIO_DESCONOCIDO, Outcome.DESISTIMIENTO, Outcome.NO_CONCILIABLE}
)
#: Outcomes whose acta states a cause «que consta en las observaciones»: without the cause
#: written down the acta would refer to nothing.
REASONED_OUTCOMES = frozenset(
    {
        Outcome.CONCLUSION_MOTIVADA,
        Outcome.DESISTIMIENTO,
        Outcome.DOMICILIO_DESCONOCIDO,
        Outcome.NO_CONCILIABLE,
    }
)
#: How far ahead of now a typed instant may be (a clock a few minutes fast).
_CLOCK_SLACK = dt.timedelta(minutes=5)
_NO_SHOW_OUTCOME = {
    Absence.CITADO: Outcome.INASISTENCIA_CITADO,
    Absence.SOLICITANTE: Outcome.INASISTENCIA_SOLICITANTE,
    Absence.AMBAS: Outcome.INASISTENCIA_AMBAS,
}


@dataclass(frozen=True)
class NoShowResult:
    hearing: HearingView
    #: The citation round the next hearing must carry, or None when the case was closed.
    next_citation_round: int | None
    case_closed_with: Outcome | None


#: Every status change of a hearing goes through the one door in scheduling.
_move = move_hearing


def _close_case(
    session: Session,
    actor: Actor,
    case: Case,
    outcome: Outcome,
    hearing: Hearing | None,
    *,
    pending: Iterable[Matter] = (),
    notes: str = "",
) -> Agreement:
    """Close the process with its outcome (which picks the acta type)."""
    session.refresh(case, with_for_update=True)
    if case.status in (CaseStatus.CONCLUIDA, CaseStatus.ANULADA):
        raise InvalidTransition(f"El caso ya está {case.status.label.lower()}.")
    before = audit.snapshot(case, ("status", "outcome", "closed_at"))
    case.status = CaseStatus.CONCLUIDA
    case.outcome = outcome
    # A fact of the hearing is stamped with the hearing's own instant, not the typing's: an
    # outcome recorded on the 1st for a hearing held on the 30th belongs to the 30th's month.
    # The hearing's real end once recorded, its booked end for a no-show.
    case.closed_at = (hearing.concluded_at or hearing.ends_at) if hearing else session_now(session)
    record = Agreement(
        case_id=case.id,
        hearing_id=hearing.id if hearing else None,
        outcome=outcome,
        pending_matters=[m.value for m in pending],
        notes=notes,
        created_by_id=actor.user_id,
    )
    session.add(record)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CERRAR,
        "caso",
        case.id,
        before=before,
        after={
            **audit.snapshot(case, ("status", "outcome", "closed_at")),
            "pending_matters": record.pending_matters,
        },
        reason=notes,
        office_id=case.office_id,
    )
    return record


def _follow_up_record(
    session: Session,
    actor: Actor,
    case: Case,
    outcome: Outcome,
    hearing: Hearing,
    *,
    pending: Iterable[Matter] = (),
    notes: str = "",
) -> Agreement:
    """The outcome of a follow-up hearing: its own record (and acta), on the concluded case,
    whose outcome and closing day stay those of the procedure. A new agreement reached here
    binds once its acta is signed, and supersedes the schedule from that day."""
    record = Agreement(
        case_id=case.id,
        hearing_id=hearing.id,
        outcome=outcome,
        pending_matters=[m.value for m in pending],
        notes=notes,
        created_by_id=actor.user_id,
    )
    session.add(record)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CONCLUIR_SEGUIMIENTO,
        "caso",
        case.id,
        after={
            "audiencia": hearing.id,
            "outcome": outcome.value,
            "pending_matters": record.pending_matters,
        },
        reason=notes,
        office_id=case.office_id,
    )
    return record


def _text(value: str, field: FieldId, *, required: bool, limit: int = TEXT_MAX) -> str:
    return checked_text(value, field, limit=limit, required=required)


# ------------------------------------------------------------------------------ citations
def record_citation_delivery(
    db: Database,
    actor: Actor,
    citation_id: int,
    *,
    delivered_at: dt.datetime,
    method: CitationMethod,
    delivered_by: str,
    notes: str = "",
    now: dt.datetime | None = None,
) -> HearingView:
    """Record that a citation reached its party; with every party cited the hearing moves on."""
    delivered_by = _text(delivered_by, HearingFields.DELIVERED_BY, required=True, limit=200)
    notes = _text(notes, HearingFields.DELIVERY_NOTES, required=False)
    if delivered_at.tzinfo is None:
        raise ValidationFailed(FieldProblem(HearingFields.DELIVERED_AT, "indique la zona horaria"))
    far = instant_problems(delivered_at, HearingFields.DELIVERED_AT, now or db.now())
    if far:
        raise ValidationFailed(far)
    with db.write() as session:
        citation = session.get(Citation, citation_id) if known_id(citation_id) else None
        if citation is None:
            raise NotFound(f"No existe la citación n.º {citation_id}.")
        # Lock the hearing first: two clerks recording its two citations at once must not
        # both conclude that the other one is still missing.
        hearing = get_hearing(session, citation.hearing_id)
        session.refresh(citation)
        actor = require(session, actor, Permission.RECORD_CITATION, hearing.office_id)
        if hearing.status not in PENDING:
            raise InvalidTransition(
                f"La audiencia está {hearing.status.label.lower()}; su citación ya no se entrega."
            )
        if delivered_at > (now or db.now()) + dt.timedelta(minutes=5):
            raise ValidationFailed(FieldProblem(HearingFields.DELIVERED_AT, "no puede ser futura"))
        if delivered_at > hearing.starts_at:
            raise ValidationFailed(
                FieldProblem(HearingFields.DELIVERED_AT, "es posterior a la hora de la audiencia")
            )
        before = {
            "delivered_at": citation.delivered_at,
            "method": citation.method,
            "delivered_by": citation.delivered_by,
        }
        citation.delivered_at = delivered_at
        citation.method = method
        citation.delivered_by = delivered_by
        citation.notes = notes
        citation.recorded_by_id = actor.user_id
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.ENTREGAR_CITACION,
            "citacion",
            citation.id,
            before=before,
            after={"delivered_at": delivered_at, "method": method, "delivered_by": delivered_by},
            office_id=hearing.office_id,
        )
        all_delivered = all(c.delivered_at is not None for c in hearing.citations)
        if all_delivered and hearing.status == HearingStatus.PROGRAMADA:
            _move(
                session,
                actor,
                hearing,
                HearingStatus.CITACION_ENTREGADA,
                action=AuditAction.CITACIONES_ENTREGADAS,
            )
        return hearing_view(session, hearing)


# ------------------------------------------------------------------------------ the hearing
def _instant(value: dt.datetime, field: FieldId, now: dt.datetime) -> dt.datetime:
    """A real instant the officer states: aware, and not in the future."""
    if value.tzinfo is None:
        raise ValidationFailed(FieldProblem(field, "indique la zona horaria"))
    far = instant_problems(value, field, now)
    if far:
        raise ValidationFailed(far)
    if value > now + _CLOCK_SLACK:
        raise ValidationFailed(FieldProblem(field, "no puede ser futura"))
    return value


def start_problems(hearing: Hearing, at: dt.datetime) -> list[str]:
    """Why starting ``hearing`` at ``at`` needs a recorded reason: before its booked day, more
    than the profile's tolerance before its time, or with a party's citation undelivered."""
    office = hearing.case.office
    zone = calendar_zone(office)
    profile = profile_of(office)
    locale = profile.regional.locale
    booked = hearing.starts_at.astimezone(zone)
    local_at = at.astimezone(zone)
    booked_text = f"{short_date(booked.date(), locale)} a las {clock_time(booked, locale)}"
    problems = []
    tolerance = dt.timedelta(minutes=profile.scheduling.early_start_minutes)
    if local_at.date() < booked.date():
        problems.append(f"la audiencia está señalada para el {booked_text}, otro día")
    elif at < hearing.starts_at - tolerance:
        problems.append(
            f"se inicia más de {profile.scheduling.early_start_minutes} minutos antes de la "
            f"hora señalada ({clock_time(booked, locale)})"
        )
    for citation in hearing.citations:
        if citation.delivered_at is None:
            side = "parte solicitante" if citation.party == Party.SOLICITANTE else "parte citada"
            problems.append(
                f"la citación de {citation.person.full_name} ({side}) no consta como entregada"
            )
    return problems


def start_hearing(
    db: Database,
    actor: Actor,
    hearing_id: int,
    *,
    reason: str = "",
    started_at: dt.datetime | None = None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> HearingView:
    """Start a hearing: its record keeps the real instant (``started_at``, now by default).
    Before its booked day, more than the profile's tolerance before its time, or with a
    citation undelivered, it starts only with the officer's ``reason`` (audited)."""
    reason = _text(reason, HearingFields.START_REASON, required=False)
    moment = now or db.now()
    at = _instant(started_at or moment, HearingFields.STARTED_AT, moment)
    with db.write() as session:
        hearing = get_hearing(session, hearing_id)
        actor = require(session, actor, Permission.CONDUCT_HEARING, hearing.office_id)
        check_version(hearing, expected_version)
        problems = (
            start_problems(hearing, at) if can_move(hearing.status, HearingStatus.EN_CURSO) else []
        )
        if problems and not reason:
            raise ValidationFailed(
                FieldProblem(
                    HearingFields.START_REASON,
                    "indique por qué se inicia ahora: " + "; ".join(problems),
                )
            )
        hearing.started_at = at
        hearing.start_reason = reason
        _move(
            session,
            actor,
            hearing,
            HearingStatus.EN_CURSO,
            action=AuditAction.INICIAR,
            audit_reason="; ".join([*problems, reason]) if problems else reason,
        )
        return hearing_view(session, hearing)


def correct_hearing_times(
    db: Database,
    actor: Actor,
    hearing_id: int,
    *,
    started_at: dt.datetime,
    concluded_at: dt.datetime | None,
    reason: str,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> HearingView:
    """Correct the hearing's record (when it really started and ended), with a reason, audited.
    An acta already issued keeps what it said; a replacing acta takes the corrected times."""
    reason = _text(reason, HearingFields.CORRECTION_REASON, required=True)
    moment = now or db.now()
    start = _instant(started_at, HearingFields.STARTED_AT, moment)
    end = _instant(concluded_at, HearingFields.CONCLUDED_AT, moment) if concluded_at else None
    if end is not None and end <= start:
        raise ValidationFailed(
            FieldProblem(HearingFields.CONCLUDED_AT, "debe ser posterior al inicio")
        )
    with db.write() as session:
        hearing = get_hearing(session, hearing_id)
        actor = require(session, actor, Permission.CONDUCT_HEARING, hearing.office_id)
        check_version(hearing, expected_version)
        if hearing.started_at is None and hearing.status not in (
            HearingStatus.EN_CURSO,
            HearingStatus.CONCLUIDA,
            HearingStatus.SUSPENDIDA,
        ):
            raise InvalidTransition(
                f"Una audiencia {hearing.status.label.lower()} no se celebró: no tiene horas "
                "que corregir."
            )
        if hearing.status == HearingStatus.CONCLUIDA and end is None:
            raise ValidationFailed(
                FieldProblem(HearingFields.CONCLUDED_AT, "indique cuándo concluyó la audiencia")
            )
        if hearing.status != HearingStatus.CONCLUIDA and end is not None:
            raise ValidationFailed(
                FieldProblem(HearingFields.CONCLUDED_AT, "la audiencia no ha concluido")
            )
        fields = ("started_at", "concluded_at")
        before = audit.snapshot(hearing, fields)
        hearing.started_at = start
        hearing.concluded_at = end
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CORREGIR_HORAS,
            "audiencia",
            hearing.id,
            before=before,
            after=audit.snapshot(hearing, fields),
            reason=reason,
            office_id=hearing.office_id,
        )
        return hearing_view(session, hearing)


def suspend_hearing(
    db: Database,
    actor: Actor,
    hearing_id: int,
    reason: str,
    *,
    expected_version: int | None = None,
) -> HearingView:
    """Suspend a hearing in course; it continues in a new session booked afterwards."""
    reason = _text(reason, HearingFields.SUSPENSION_REASON, required=True)
    with db.write() as session:
        hearing = get_hearing(session, hearing_id)
        actor = require(session, actor, Permission.CONDUCT_HEARING, hearing.office_id)
        _move(
            session,
            actor,
            hearing,
            HearingStatus.SUSPENDIDA,
            action=AuditAction.SUSPENDER,
            reason=reason,
            expected_version=expected_version,
        )
        return hearing_view(session, hearing)


def record_no_show(
    db: Database,
    actor: Actor,
    hearing_id: int,
    absence: Absence,
    *,
    notes: str = "",
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> NoShowResult:
    """Record who did not come. The cited party's absence leads to the next citation until the
    profile's count is reached; then — or when the requester is absent — the case closes."""
    notes = _text(notes, HearingFields.NO_SHOW_NOTES, required=False)
    with db.write() as session:
        hearing = get_hearing(session, hearing_id)
        actor = require(session, actor, Permission.CONDUCT_HEARING, hearing.office_id)
        if hearing.starts_at > (now or db.now()):
            raise InvalidTransition(
                "La audiencia aún no ha comenzado: no se registra inasistencia."
            )
        hearing.absence = absence
        _move(
            session,
            actor,
            hearing,
            HearingStatus.INASISTENCIA,
            action=AuditAction.INASISTENCIA,
            reason=notes or absence.label,
            expected_version=expected_version,
        )
        case = hearing.case
        if hearing.purpose == HearingPurpose.SEGUIMIENTO:
            # A follow-up hearing missed closes nothing: the schedule stands and the office
            # decides (another citation, or the constancia de incumplimiento).
            return NoShowResult(hearing_view(session, hearing), None, None)
        limit = profile_of(case.office).scheduling.citations_before_closure
        if absence == Absence.CITADO and next_citation_allowed(hearing.citation_round, limit):
            return NoShowResult(hearing_view(session, hearing), hearing.citation_round + 1, None)
        outcome = _NO_SHOW_OUTCOME[absence]
        _close_case(session, actor, case, outcome, hearing, notes=notes)
        return NoShowResult(hearing_view(session, hearing), None, outcome)


def cancel_hearing(
    db: Database,
    actor: Actor,
    hearing_id: int,
    reason: CancelReason,
    notes: str = "",
    *,
    expected_version: int | None = None,
) -> HearingView:
    notes = _text(notes, HearingFields.CANCEL_NOTES, required=reason == CancelReason.OTRO)
    with db.write() as session:
        hearing = get_hearing(session, hearing_id)
        actor = require(session, actor, Permission.CANCEL_HEARING, hearing.office_id)
        hearing.cancel_reason = reason
        _move(
            session,
            actor,
            hearing,
            HearingStatus.CANCELADA,
            action=AuditAction.CANCELAR,
            reason=notes or reason.label,
            expected_version=expected_version,
        )
        return hearing_view(session, hearing)


def annul_hearing(
    db: Database,
    actor: Actor,
    hearing_id: int,
    reason: str,
    *,
    expected_version: int | None = None,
) -> HearingView:
    """Annul a hearing recorded by mistake (supervisors); it stays in the history."""
    reason = _text(reason, HearingFields.ANNULMENT_REASON, required=True)
    with db.write() as session:
        hearing = get_hearing(session, hearing_id)
        actor = require(session, actor, Permission.ANNUL_HEARING, hearing.office_id)
        _move(
            session,
            actor,
            hearing,
            HearingStatus.ANULADA,
            action=AuditAction.ANULAR,
            reason=reason,
            expected_version=expected_version,
        )
        return hearing_view(session, hearing)


def conclude_hearing(
    db: Database,
    actor: Actor,
    hearing_id: int,
    outcome: Outcome,
    *,
    pending_matters: Iterable[Matter] = (),
    notes: str = "",
    terms: AgreementTerms | None = None,
    departure_reason: str = "",
    expected_version: int | None = None,
    concluded_at: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Conclude a hearing in course with its outcome and, for an agreement, what was agreed
    (``terms``, with the written reason when it departs from the guideline); returns the
    outcome record's id. The hearing's record keeps the real instant (``concluded_at``, now
    by default). The terms can be corrected with ``update_agreement`` until the acta is
    issued. An outcome whose acta states a cause needs it in ``notes``."""
    notes = _text(notes, AgreementFields.NOTES, required=outcome in REASONED_OUTCOMES)
    moment = now or db.now()
    end = _instant(concluded_at or moment, AgreementFields.CONCLUDED_AT, moment)
    pending = list(dict.fromkeys(pending_matters))
    if outcome not in HELD_OUTCOMES:
        raise ValidationFailed(
            FieldProblem(
                AgreementFields.OUTCOME,
                f"«{outcome.label}» no es un resultado de una audiencia celebrada",
            )
        )
    with db.write() as session:
        hearing = get_hearing(session, hearing_id)
        actor = require(session, actor, Permission.RECORD_AGREEMENT, hearing.office_id)
        case = hearing.case
        if hearing.started_at is not None and end <= hearing.started_at:
            raise ValidationFailed(
                FieldProblem(
                    AgreementFields.CONCLUDED_AT, "debe ser posterior al inicio de la audiencia"
                )
            )
        if outcome == Outcome.ACUERDO_PARCIAL:
            if not pending:
                raise ValidationFailed(
                    FieldProblem(
                        AgreementFields.PENDING_MATTERS, "indique qué materias quedan pendientes"
                    )
                )
            outside = [m for m in pending if m not in case.matters]
            if outside or len(pending) >= len(case.matters):
                raise ValidationFailed(
                    FieldProblem(
                        AgreementFields.PENDING_MATTERS,
                        "deben ser algunas (no todas) de las materias del caso",
                    )
                )
        elif pending:
            raise ValidationFailed(
                FieldProblem(AgreementFields.PENDING_MATTERS, "solo aplican a un acuerdo parcial")
            )
        hearing.concluded_at = end
        _move(
            session,
            actor,
            hearing,
            HearingStatus.CONCLUIDA,
            action=AuditAction.CONCLUIR,
            expected_version=expected_version,
        )
        if hearing.purpose == HearingPurpose.SEGUIMIENTO:
            record = _follow_up_record(
                session, actor, case, outcome, hearing, pending=pending, notes=notes
            )
        else:
            record = _close_case(
                session, actor, case, outcome, hearing, pending=pending, notes=notes
            )
        if terms is not None or departure_reason:
            store_terms(
                session,
                actor,
                record,
                load_context(session, case, hearing),
                terms or AgreementTerms(),
                departure_reason,
                action=AuditAction.REGISTRAR_ACUERDO,
            )
        return record.id


def close_without_hearing(
    db: Database, actor: Actor, case_id: int, outcome: Outcome, notes: str
) -> int:
    """Close a case before any hearing is held (address unknown, withdrawal, not conciliable);
    its pending hearing is cancelled."""
    notes = _text(notes, HearingFields.CLOSE_REASON, required=True)
    if outcome not in UNHELD_OUTCOMES:
        raise ValidationFailed(
            FieldProblem(
                HearingFields.CLOSE_OUTCOME, f"«{outcome.label}» requiere una audiencia celebrada"
            )
        )
    with db.write() as session:
        case = session.get(Case, case_id, with_for_update=True) if known_id(case_id) else None
        if case is None:
            raise NotFound(f"No existe el caso n.º {case_id}.")
        actor = require(session, actor, Permission.RECORD_AGREEMENT, case.office_id)
        pending = session.scalars(
            select(Hearing).where(Hearing.case_id == case.id, Hearing.status.in_(PENDING))
        ).all()
        for hearing in pending:
            hearing.cancel_reason = (
                CancelReason.DESISTIMIENTO_PREVIO
                if outcome == Outcome.DESISTIMIENTO
                else CancelReason.OTRO
            )
            _move(
                session,
                actor,
                hearing,
                HearingStatus.CANCELADA,
                action=AuditAction.CANCELAR,
                reason=outcome.label,
            )
        record = _close_case(
            session, actor, case, outcome, pending[-1] if pending else None, notes=notes
        )
        return record.id
