"""Each followed family's schedule is stored once (``followup.schedules``): what is stored is
what ``domain.obligations`` computes, the standing read from it with one query is what
``account`` computes, a signed replacement writes it again, and a family without a stored
schedule (signed before the table existed) gets the same alerts, computed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, insert, select

from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.domain.obligations import (
    PaidAmount,
    Segment,
    SupportPlan,
    account,
    add_months,
    adjustment_dates,
    schedule,
    whole_months_between,
)
from conciliador.models import (
    Acta,
    Case,
    ObligationSchedule,
    ScheduledInstalment,
    SupportPayment,
)
from conciliador.services.actas import issue_acta, sign_acta
from conciliador.services.followup.alerts import list_alerts
from conciliador.services.followup.ledger import PaymentInput, record_payment
from conciliador.services.followup.obligations import binding_actas, segments
from conciliador.services.followup.schedules import (
    adjustment_months,
    adjusts_in,
    delinquency_cutoff,
    instalment_rows,
    missing_schedules,
    rules_of,
    standings,
    store_schedules,
    stored_instalments,
)
from conciliador.services.offices import profile_of
from tests.domain.test_obligations import amounts, days, plans
from tests.services.followup.test_replacement_schedule import REPLACED_AT, _correct
from tests.support.actas import all_sign
from tests.support.world import World

UNTIL = dt.date(2031, 12, 31)


def _computed(world: World, case_id: int, until: dt.date) -> list[object]:
    with world.db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        segs = segments(binding_actas(session, [case_id])[case_id], profile_of(case.office))
        return list(schedule(segs, until))


def _stored(world: World, case_id: int, until: dt.date) -> list[object]:
    with world.db.read() as session:
        return list(stored_instalments(session, case_id, until))


def _head(world: World, case_id: int) -> ObligationSchedule | None:
    with world.db.read() as session:
        head = session.get(ObligationSchedule, case_id)
        if head is not None:
            session.expunge(head)
        return head


def test_signing_stores_the_schedule_the_terms_give(followed: tuple[World, int]) -> None:
    world, case_id = followed
    head = _head(world, case_id)
    assert head is not None and head.currency == "NIO"
    assert head.until >= dt.date(2028, 11, 23)  # two years past the signature
    assert _stored(world, case_id, head.until) == _computed(world, case_id, head.until)
    assert _stored(world, case_id, head.until)  # not trivially empty


def test_a_signed_replacement_writes_the_schedule_again(followed: tuple[World, int]) -> None:
    world, case_id = followed
    replacement_id = _correct(world, case_id)
    issue_acta(world.db, world.officer, replacement_id, now=REPLACED_AT)
    before = _head(world, case_id)
    assert before is not None and before.acta_id != replacement_id  # a draft binds nothing
    sign_acta(
        world.db, world.officer, replacement_id, all_sign(), now=REPLACED_AT + dt.timedelta(hours=1)
    )
    head = _head(world, case_id)
    assert head is not None and head.acta_id == replacement_id
    stored = _stored(world, case_id, head.until)
    assert stored == _computed(world, case_id, head.until)
    # The original's instalments stop at the replacement's day; the replacement's follow.
    sources = [(i.due, i.source_id) for i in stored]  # type: ignore[attr-defined]
    assert all(source == replacement_id for due, source in sources if due >= REPLACED_AT.date())
    assert any(source != replacement_id for _due, source in sources)


def test_a_family_without_a_stored_schedule_gets_the_same_alerts_computed(
    followed: tuple[World, int],
) -> None:
    world, case_id = followed
    as_of = dt.date(2027, 3, 20)  # three months unpaid
    stored = list_alerts(world.db, world.supervisor, as_of=as_of)
    assert any(a.case_id == case_id and a.kind.value == "morosidad" for a in stored)
    with world.db.write() as session:  # as a database signed before the table existed
        session.execute(delete(ScheduledInstalment))
        session.execute(delete(ObligationSchedule))
    with world.db.read() as session:
        assert missing_schedules(session, [world.office_id]) == 1
    assert list_alerts(world.db, world.supervisor, as_of=as_of) == stored
    with world.db.write() as session:
        assert store_schedules(session) == 1
    with world.db.read() as session:
        assert missing_schedules(session, [world.office_id]) == 0
    assert list_alerts(world.db, world.supervisor, as_of=as_of) == stored


def test_a_payment_keeps_the_stored_account_right(followed: tuple[World, int]) -> None:
    world, case_id = followed
    view = record_payment(
        world.db,
        world.clerk,
        case_id,
        PaymentInput(
            dt.date(2026, 11, 23), Decimal("100.00"), PaymentMethod.EFECTIVO_OFICINA, "la madre"
        ),
    )
    assert view.account.paid == Decimal("100.00")
    head = _head(world, case_id)
    assert head is not None
    assert _stored(world, case_id, head.until) == _computed(world, case_id, head.until)


second_plans = st.none() | st.tuples(plans(), st.integers(1, 700))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    plans(),
    second_plans,
    st.lists(st.tuples(days, amounts), max_size=30),
    days,
    st.integers(1, 2),
)
def test_the_stored_schedule_and_standing_equal_the_computed_ones(
    followed: tuple[World, int],
    first: SupportPlan,
    later: tuple[SupportPlan, int] | None,
    raw_payments: list[tuple[dt.date, Decimal]],
    as_of: dt.date,
    months: int,
) -> None:
    """Over random schedules (a later agreement superseding the first from its day, or not)
    and payment histories: the stored instalments are the computed ones, and the standing
    read in SQL (owed, paid, the delinquent instalments and what they owe) is ``account``'s,
    to the cent, under a delinquency rule of one or two months; every yearly adjustment in
    force falls in a month the schedule keeps."""
    world, case_id = followed
    with world.db.read() as session:
        acta_id = session.scalars(select(Acta.id).where(Acta.case_id == case_id)).one()
        office_id = session.get(Case, case_id).office_id  # type: ignore[union-attr]
        rules = rules_of(profile_of(session.get(Case, case_id).office))  # type: ignore[union-attr]
    start = min(first.first_payment, dt.date(2026, 11, 23))
    segs = [Segment(acta_id, "1", start, first)]
    if later is not None:
        plan, offset = later
        segs.append(Segment(acta_id, "2", start + dt.timedelta(days=offset), plan))
    items = schedule(segs, UNTIL)
    payments = [PaidAmount(d, a, n) for n, (d, a) in enumerate(raw_payments, start=1)]
    with world.db.write() as session:
        session.execute(delete(ScheduledInstalment).where(ScheduledInstalment.case_id == case_id))
        session.execute(delete(ObligationSchedule).where(ObligationSchedule.case_id == case_id))
        session.execute(delete(SupportPayment).where(SupportPayment.case_id == case_id))
        session.execute(
            insert(ObligationSchedule),
            [
                {
                    "case_id": case_id,
                    "office_id": office_id,
                    "acta_id": acta_id,
                    "currency": "NIO",
                    "since": start,
                    "latest_signed_on": start,
                    "rules": rules,
                    "until": UNTIL,
                    "has_adjustment": any(
                        s.support is not None and s.support.adjustment is not None for s in segs
                    ),
                    "adjustment_months": adjustment_months(segs),
                    "written_at": world.db.now(),
                }
            ],
        )
        rows = instalment_rows(case_id, items)
        if rows:
            session.execute(insert(ScheduledInstalment), rows)
        for n, (day, amount) in enumerate(raw_payments):
            session.add(
                SupportPayment(
                    case_id=case_id,
                    office_id=office_id,
                    paid_on=day,
                    amount=amount,
                    currency="NIO",
                    method=PaymentMethod.EFECTIVO_OFICINA,
                    receipt=f"R{n}",
                    reported_by="prueba",
                )
            )
    with world.db.read() as session:
        assert stored_instalments(session, case_id, UNTIL) == items
        count = session.scalar(
            select(func.count())
            .select_from(ScheduledInstalment)
            .where(ScheduledInstalment.case_id == case_id)
        )
        assert count == len(items)
        if as_of < start:
            return
        found = standings(
            session, [office_id], as_of, months=months, rules=rules, details=bool(months % 2)
        )[case_id]
    # Every yearly adjustment in force falls in a month kept with the schedule.
    assert found.adjustment_months == adjustment_months(segs)
    for day in adjustment_dates(segs, start, UNTIL):
        assert adjusts_in(found.adjustment_months, day.month)
    assert found.has_adjustment == bool(found.adjustment_months)
    acc = account([i for i in items if i.due <= as_of], payments, as_of, delinquency_months=months)
    late = acc.delinquent
    assert found.owed == acc.owed and found.paid == acc.paid and found.balance == acc.balance
    assert found.overdue_amount == acc.overdue_amount
    assert found.oldest_unpaid_due == acc.oldest_unpaid_due
    assert (
        whole_months_between(found.oldest_unpaid_due, as_of) if found.oldest_unpaid_due else 0
    ) == acc.months_in_arrears
    assert found.late_count == len(late)
    assert found.late_owed == sum((s.remaining for s in late), Decimal(0))
    assert found.first_late_due == (late[0].instalment.due if late else None)
    assert found.last_late_due == (late[-1].instalment.due if late else None)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2030, 12, 31)), st.integers(1, 3))
def test_the_delinquency_cutoff_is_accounts_rule(as_of: dt.date, months: int) -> None:
    """An instalment is delinquent on ``as_of`` exactly when it fell due on or before the
    cutoff (31 January is a month overdue on 28 February, as ``account`` says)."""
    cutoff = delinquency_cutoff(as_of, months)
    for offset in range(-130, 1):
        due = as_of + dt.timedelta(days=offset)
        assert (add_months(due, months) <= as_of) == (due <= cutoff)
    assert delinquency_cutoff(dt.date(2027, 2, 28), 1) == dt.date(2027, 1, 31)
