"""One hearing as its panel shows it: parties with phones, citations, history, and the moves
the signed-in person may make next (the rules stay here, the desktop only shows them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from conciliador.db import Database
from conciliador.domain.agreement_terms import Party
from conciliador.domain.enums import (
    Absence,
    CancelReason,
    CitationMethod,
    HearingStatus,
    Matter,
    Outcome,
)
from conciliador.domain.hearing_states import PENDING, can_move, can_reschedule
from conciliador.models import Agreement, Hearing
from conciliador.services.actor import Actor
from conciliador.services.hearing_flow import start_problems
from conciliador.services.permissions import Permission, allowed, require
from conciliador.services.scheduling import HearingView, calendar_zone, get_hearing, hearing_view


class HearingAction(StrEnum):
    """The quick actions of the agenda, each one a service call."""

    DELIVER_CITATION = "entregar_citacion"
    START = "iniciar"
    NO_SHOW = "inasistencia"
    SUSPEND = "suspender"
    RESCHEDULE = "reprogramar"
    CANCEL = "cancelar"
    ANNUL = "anular"
    #: Conclude a hearing in course: its outcome and, for an agreement, the clauses.
    RECORD_OUTCOME = "registrar_resultado"
    #: Correct what was agreed (until its acta is issued; read-only after).
    VIEW_AGREEMENT = "ver_acuerdo"
    #: The acta of the outcome the hearing ended with.
    OPEN_ACTA = "ver_acta"
    #: Preview, print or save the hearing's citations.
    PRINT_CITATIONS = "imprimir_citaciones"
    #: Correct when the hearing really started and ended (with a reason).
    CORRECT_TIMES = "corregir_horas"


@dataclass(frozen=True)
class CitationLine:
    id: int
    party: Party
    person_name: str
    phone: str
    address: str
    number: int
    delivered_at: dt.datetime | None  # office-local, aware
    method: CitationMethod | None
    delivered_by: str


@dataclass(frozen=True)
class HearingDetail:
    hearing: HearingView
    claimant_name: str
    claimant_phone: str
    respondent_name: str
    respondent_phone: str
    matters: tuple[Matter, ...]
    citations: tuple[CitationLine, ...]
    absence: Absence | None
    cancel_reason: CancelReason | None
    #: The hearing that replaced this one (rescheduled, next session, next citation).
    replaced_by_id: int | None
    actions: frozenset[HearingAction]
    #: The outcome record the hearing ended with (concluded, or a no-show that closed the
    #: case), and its outcome.
    agreement_id: int | None = None
    outcome: Outcome | None = None
    #: The hearing's own record (office-local, aware): when it really started and ended,
    #: and why it started early or without its citations.
    started_at: dt.datetime | None = None
    concluded_at: dt.datetime | None = None
    start_reason: str = ""
    #: Why starting it now would need a recorded reason (empty: it may start as booked).
    start_problems: tuple[str, ...] = ()


def hearing_actions(
    actor: Actor,
    status: HearingStatus,
    starts_at: dt.datetime,
    *,
    undelivered_citations: bool,
    now: dt.datetime,
    has_citations: bool = False,
    outcome: Outcome | None = None,
    started: bool = False,
) -> frozenset[HearingAction]:
    """What the actor may do next with a hearing in ``status`` (office scope checked by the
    caller). Mirrors the status machine and the permissions each service requires."""
    actions: set[HearingAction] = set()
    pending = status in PENDING
    if pending and undelivered_citations and allowed(actor, Permission.RECORD_CITATION):
        actions.add(HearingAction.DELIVER_CITATION)
    if allowed(actor, Permission.CONDUCT_HEARING):
        if can_move(status, HearingStatus.EN_CURSO):
            actions.add(HearingAction.START)
        if can_move(status, HearingStatus.INASISTENCIA) and starts_at <= now:
            actions.add(HearingAction.NO_SHOW)
        if can_move(status, HearingStatus.SUSPENDIDA):
            actions.add(HearingAction.SUSPEND)
        if started or status in _HELD:
            actions.add(HearingAction.CORRECT_TIMES)
    if can_reschedule(status) and allowed(actor, Permission.SCHEDULE_HEARING):
        actions.add(HearingAction.RESCHEDULE)
    if can_move(status, HearingStatus.CANCELADA) and allowed(actor, Permission.CANCEL_HEARING):
        actions.add(HearingAction.CANCEL)
    if can_move(status, HearingStatus.ANULADA) and allowed(actor, Permission.ANNUL_HEARING):
        actions.add(HearingAction.ANNUL)
    if status == HearingStatus.EN_CURSO and allowed(actor, Permission.RECORD_AGREEMENT):
        actions.add(HearingAction.RECORD_OUTCOME)
    if outcome in _AGREEMENTS and allowed(actor, Permission.RECORD_AGREEMENT):
        actions.add(HearingAction.VIEW_AGREEMENT)
    if outcome is not None and allowed(actor, Permission.PRINT_DOCUMENTS):
        actions.add(HearingAction.OPEN_ACTA)
    if has_citations and allowed(actor, Permission.PRINT_DOCUMENTS):
        actions.add(HearingAction.PRINT_CITATIONS)
    return frozenset(actions)


_AGREEMENTS = frozenset({Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL})
#: Statuses of a hearing that was started: its record has times to correct.
_HELD = frozenset({HearingStatus.EN_CURSO, HearingStatus.SUSPENDIDA, HearingStatus.CONCLUIDA})


def hearing_detail(
    db: Database, actor: Actor, hearing_id: int, *, now: dt.datetime | None = None
) -> HearingDetail:
    with db.read() as session:
        hearing = get_hearing(session, hearing_id)
        actor = require(session, actor, Permission.VIEW_AGENDA, hearing.office_id)
        view = hearing_view(session, hearing)
        zone = calendar_zone(hearing.case.office)
        case = hearing.case
        citations = tuple(
            CitationLine(
                id=c.id,
                party=Party(c.party),
                person_name=c.person.full_name,
                phone=c.person.phone,
                address=c.person.address,
                number=c.number,
                delivered_at=c.delivered_at.astimezone(zone) if c.delivered_at else None,
                method=c.method,
                delivered_by=c.delivered_by,
            )
            for c in hearing.citations
        )
        replaced_by = session.scalar(
            select(Hearing.id).where(Hearing.replaces_id == hearing.id).order_by(Hearing.id)
        )
        record = session.execute(
            select(Agreement.id, Agreement.outcome)
            .where(Agreement.hearing_id == hearing.id)
            .order_by(Agreement.id.desc())
            .limit(1)
        ).first()
        moment = now or db.now()
        actions = hearing_actions(
            actor,
            hearing.status,
            hearing.starts_at,
            undelivered_citations=any(c.delivered_at is None for c in citations),
            now=moment,
            has_citations=bool(citations),
            outcome=record.outcome if record else None,
            started=hearing.started_at is not None,
        )
        problems = tuple(start_problems(hearing, moment)) if HearingAction.START in actions else ()
        return HearingDetail(
            hearing=view,
            claimant_name=case.claimant.full_name,
            claimant_phone=case.claimant.phone,
            respondent_name=case.respondent.full_name,
            respondent_phone=case.respondent.phone,
            matters=tuple(case.matters),
            citations=citations,
            absence=hearing.absence,
            cancel_reason=hearing.cancel_reason,
            replaced_by_id=replaced_by,
            actions=actions,
            agreement_id=record.id if record else None,
            outcome=record.outcome if record else None,
            started_at=hearing.started_at.astimezone(zone) if hearing.started_at else None,
            concluded_at=hearing.concluded_at.astimezone(zone) if hearing.concluded_at else None,
            start_reason=hearing.start_reason,
            start_problems=problems,
        )
