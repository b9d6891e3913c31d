"""A follow-up hearing on a concluded case with a signed agreement: booked (the procedure's
hearings are not), held without reopening the case, and its new agreement, once signed,
supersedes the schedule from its own day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from conciliador.domain.enums import Absence, CaseStatus, Outcome
from conciliador.domain.followup import HearingPurpose
from conciliador.models import AuditEvent, Case
from conciliador.services import hearing_flow as flow
from conciliador.services.actas import acta_of_hearing, issue_acta, sign_acta
from conciliador.services.agreements import agreement_context
from conciliador.services.agreements.terms import Income
from conciliador.services.errors import InvalidTransition
from conciliador.services.followup.ledger import case_follow_up
from conciliador.services.reports import Month, monthly_summary
from conciliador.services.scheduling import BookingRequest, HearingView, book_hearing
from tests.support.actas import all_sign, concluded
from tests.support.agreements import complete_terms, support
from tests.support.followup import MONTHLY
from tests.support.world import World, local

#: The follow-up hearing: booked on 10 February 2027 for Monday 22 February.
BOOKED_ON = local(2027, 2, 10, 10)
HEARING_AT = local(2027, 2, 22, 9)


def follow_up(world: World, case_id: int, *, at: dt.datetime = HEARING_AT) -> HearingView:
    assert world.officer.user_id is not None
    return book_hearing(
        world.db,
        world.officer,
        BookingRequest(
            case_id=case_id,
            officer_id=world.officer.user_id,
            start=at,
            room_id=world.room_ids[0],
            purpose=HearingPurpose.SEGUIMIENTO,
        ),
        now=BOOKED_ON,
    )


def _case(world: World, case_id: int) -> tuple[CaseStatus, Outcome | None, dt.datetime | None]:
    with world.db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.status, case.outcome, case.closed_at


def test_a_concluded_case_with_a_signed_agreement_takes_a_follow_up_hearing_only(
    followed: tuple[World, int],
) -> None:
    world, case_id = followed
    assert world.officer.user_id is not None
    with pytest.raises(InvalidTransition, match="audiencia de seguimiento"):
        book_hearing(
            world.db,
            world.officer,
            BookingRequest(
                case_id=case_id,
                officer_id=world.officer.user_id,
                start=HEARING_AT,
                room_id=world.room_ids[0],
            ),
            now=BOOKED_ON,
        )
    before = _case(world, case_id)
    hearing = follow_up(world, case_id)
    assert hearing.purpose == HearingPurpose.SEGUIMIENTO
    assert (hearing.session_number, hearing.citation_round) == (1, 1)
    assert _case(world, case_id) == before  # still concluded, same outcome and day
    with world.db.read() as session:
        booked = session.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "programar", AuditEvent.entity_id == hearing.id
            )
        ).one()
    assert booked.after["purpose"] == "seguimiento"


def test_a_case_without_a_signed_agreement_takes_no_follow_up_hearing(
    sqlite_world: World,
) -> None:
    world = sqlite_world
    hearing, _acta = concluded(world, Outcome.FALTA_DE_ACUERDO)
    with pytest.raises(InvalidTransition, match="no tiene un acuerdo firmado"):
        follow_up(world, hearing.case_id)
    unsigned, _acta = concluded(world, Outcome.ACUERDO_TOTAL, hour=11, room=1)
    with pytest.raises(InvalidTransition, match="no tiene un acuerdo firmado"):
        follow_up(world, unsigned.case_id)


def test_a_missed_follow_up_hearing_closes_nothing(followed: tuple[World, int]) -> None:
    world, case_id = followed
    before = _case(world, case_id)
    hearing = follow_up(world, case_id)
    result = flow.record_no_show(
        world.db,
        world.officer,
        hearing.id,
        Absence.CITADO,
        now=HEARING_AT + dt.timedelta(minutes=30),
    )
    assert (result.next_citation_round, result.case_closed_with) == (None, None)
    assert _case(world, case_id) == before
    # the office may cite again
    again = follow_up(world, case_id, at=local(2027, 3, 1, 9))
    assert again.purpose == HearingPurpose.SEGUIMIENTO


def test_a_new_agreement_reached_in_follow_up_supersedes_the_schedule_from_its_signature(
    followed: tuple[World, int],
) -> None:
    world, case_id = followed
    before = _case(world, case_id)
    hearing = follow_up(world, case_id)
    flow.start_hearing(
        world.db, world.officer, hearing.id, reason="Ambas partes acudieron.", now=HEARING_AT
    )
    ctx = agreement_context(world.db, world.officer, hearing.id)
    lower = support(
        ctx,
        income=Income(
            gross=Decimal("25000.00"),
            social_security=Decimal("1750.00"),
            income_tax=Decimal("2000.00"),
            thirteenth_month=Decimal("25000.00"),
            source="Colilla de pago de enero de 2027",
        ),
        first_payment=dt.date(2027, 3, 15),
        adjustment=None,
    )
    terms = complete_terms(ctx).model_copy(update={"support": lower})
    flow.conclude_hearing(
        world.db,
        world.officer,
        hearing.id,
        Outcome.ACUERDO_TOTAL,
        terms=terms,
        now=HEARING_AT + dt.timedelta(hours=1),
    )
    assert _case(world, case_id) == before  # the procedure's outcome and month stay
    acta = acta_of_hearing(world.db, world.officer, hearing.id)
    assert acta.acta_id is not None
    signed_at = HEARING_AT + dt.timedelta(hours=2)
    issue_acta(world.db, world.officer, acta.acta_id, now=HEARING_AT + dt.timedelta(hours=1))
    sign_acta(world.db, world.officer, acta.acta_id, all_sign(), now=signed_at)

    view = case_follow_up(world.db, world.clerk, case_id, as_of=dt.date(2027, 4, 30))
    assert len(view.actas) == 2
    dues = [
        (s.instalment.due, s.instalment.amount)
        for s in view.account.instalments
        if s.instalment.kind.value == "pension" and s.instalment.due <= dt.date(2027, 4, 30)
    ]
    new_amount = dues[-1][1]
    assert new_amount != Decimal(MONTHLY)
    assert dues == [
        (dt.date(2026, 12, 15), Decimal(MONTHLY)),
        (dt.date(2027, 1, 15), Decimal(MONTHLY)),
        (dt.date(2027, 2, 15), Decimal(MONTHLY)),
        (dt.date(2027, 3, 15), new_amount),
        (dt.date(2027, 4, 15), new_amount),
    ]
    # The procedure's month keeps the procedure's agreement: the follow-up one is not a closure.
    november = monthly_summary(world.db, world.system, Month(2026, 11), world.office_id)
    office = november.unit_of_office(world.office_id)
    assert november.figure(office, "closed").current == 1
    assert november.figure(office, "support_total:NIO").current == Decimal(MONTHLY)
