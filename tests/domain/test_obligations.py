"""The schedule of a signed agreement and the account of what the family paid against it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from conciliador.domain.agreement_terms import Periodicity
from conciliador.domain.obligations import (
    AdjustmentPlan,
    InstalmentKind,
    InstalmentState,
    PaidAmount,
    Segment,
    SupportPlan,
    VisitPlan,
    account,
    add_months,
    adjustment_dates,
    expected_visits,
    schedule,
)

CENT = Decimal("0.01")


def plan(**changes: object) -> SupportPlan:
    base: dict[str, object] = {
        "currency": "NIO",
        "unit": CENT,
        "amount": Decimal("2162.56"),
        "periodicity": Periodicity.MENSUAL,
        "first_payment": dt.date(2026, 12, 15),
        "due_days": (15,),
    }
    base.update(changes)
    return SupportPlan(**base)  # type: ignore[arg-type]


def segment(support: SupportPlan, start: dt.date = dt.date(2026, 11, 23), sid: int = 1) -> Segment:
    return Segment(sid, f"acta {sid}", start, support)


def test_monthly_support_falls_due_on_the_agreed_day_or_the_months_last_day() -> None:
    items = schedule(
        [segment(plan(due_days=(31,), first_payment=dt.date(2027, 1, 31)))], dt.date(2027, 4, 30)
    )
    assert [i.due for i in items] == [
        dt.date(2027, 1, 31),
        dt.date(2027, 2, 28),
        dt.date(2027, 3, 31),
        dt.date(2027, 4, 30),
    ]
    assert {i.amount for i in items} == {Decimal("2162.56")}


def test_fortnightly_and_weekly_periodicities() -> None:
    fortnightly = schedule(
        [segment(plan(periodicity=Periodicity.QUINCENAL, due_days=(15, 30)))],
        dt.date(2027, 2, 28),
    )
    assert [i.due for i in fortnightly] == [
        dt.date(2026, 12, 15),
        dt.date(2026, 12, 30),
        dt.date(2027, 1, 15),
        dt.date(2027, 1, 30),
        dt.date(2027, 2, 15),
        dt.date(2027, 2, 28),
    ]
    weekly = schedule(
        [segment(plan(periodicity=Periodicity.SEMANAL, due_days=(), due_weekday=4))],
        dt.date(2027, 1, 1),
    )
    assert [i.due for i in weekly] == [
        dt.date(2026, 12, 18),
        dt.date(2026, 12, 25),
        dt.date(2027, 1, 1),
    ]


def test_thirteenth_month_share_is_due_in_december() -> None:
    items = schedule(
        [segment(plan(thirteenth_month=Decimal("6178.75"), thirteenth_month_dates=((12, 10),)))],
        dt.date(2027, 12, 31),
    )
    extras = [i for i in items if i.kind == InstalmentKind.AGUINALDO]
    assert [(i.due, i.amount) for i in extras] == [(dt.date(2027, 12, 10), Decimal("6178.75"))]
    twice = schedule(
        [
            segment(
                plan(
                    thirteenth_month=Decimal("1000.01"),
                    thirteenth_month_dates=((6, 30), (12, 20)),
                )
            )
        ],
        dt.date(2027, 12, 31),
    )
    extras = [i for i in twice if i.kind == InstalmentKind.AGUINALDO]
    assert [(i.due, i.amount) for i in extras] == [
        (dt.date(2026, 12, 20), Decimal("500.00")),
        (dt.date(2027, 6, 30), Decimal("500.01")),
        (dt.date(2027, 12, 20), Decimal("500.00")),
    ]


def test_percentage_adjustment_raises_the_amount_on_its_date_every_year() -> None:
    items = schedule(
        [segment(plan(adjustment=AdjustmentPlan(dt.date(2027, 6, 1), Decimal("10"))))],
        dt.date(2028, 7, 1),
    )
    by_due = {i.due: i.amount for i in items}
    assert by_due[dt.date(2027, 5, 15)] == Decimal("2162.56")
    assert by_due[dt.date(2027, 6, 15)] == Decimal("2378.82")  # 2162.56 × 1.10, rounded
    assert by_due[dt.date(2028, 6, 15)] == Decimal("2616.70")  # and again a year later


def test_index_adjustment_keeps_the_amount_and_marks_it_awaiting_the_index() -> None:
    items = schedule(
        [segment(plan(adjustment=AdjustmentPlan(dt.date(2028, 1, 1))))], dt.date(2028, 2, 15)
    )
    assert not any(i.awaiting_index for i in items if i.due < dt.date(2028, 1, 1))
    assert all(i.awaiting_index for i in items if i.due >= dt.date(2028, 1, 1))
    assert {i.amount for i in items} == {Decimal("2162.56")}
    segments = [segment(plan(adjustment=AdjustmentPlan(dt.date(2028, 1, 1))))]
    assert adjustment_dates(segments, dt.date(2029, 1, 1), dt.date(2029, 1, 31)) == [
        dt.date(2029, 1, 1)
    ]


def test_an_index_figure_applies_from_its_date_for_one_year_only() -> None:
    adjustment = AdjustmentPlan(
        dt.date(2028, 1, 1),
        index_figures=((dt.date(2028, 1, 1), Decimal("5")), (dt.date(2027, 6, 1), Decimal("9"))),
    )
    items = schedule([segment(plan(adjustment=adjustment))], dt.date(2029, 2, 15))
    by_due = {i.due: (i.amount, i.awaiting_index) for i in items}
    assert by_due[dt.date(2027, 12, 15)] == (Decimal("2162.56"), False)
    assert by_due[dt.date(2028, 1, 15)] == (Decimal("2270.69"), False)  # × 1.05, the newest
    # 2029's adjustment has no figure of its own: it waits, and the amount stays
    assert by_due[dt.date(2029, 1, 15)] == (Decimal("2270.69"), True)
    assert adjustment.index_figure(dt.date(2029, 1, 1)) is None


def test_arrears_instalments_add_up_to_the_recognised_debt() -> None:
    items = schedule(
        [segment(plan(arrears_total=Decimal("1000.00"), arrears_count=3))], dt.date(2027, 6, 1)
    )
    arrears = [i for i in items if i.kind == InstalmentKind.ATRASOS]
    assert [i.amount for i in arrears] == [Decimal("333.33"), Decimal("333.33"), Decimal("333.34")]
    assert sum(i.amount for i in arrears) == Decimal("1000.00")
    assert [i.number for i in arrears] == [1, 2, 3] and arrears[0].of == 3


def test_a_later_agreement_supersedes_the_schedule_from_its_date() -> None:
    first = segment(plan(), dt.date(2026, 11, 23), sid=1)
    later = segment(
        plan(amount=Decimal("3000.00"), first_payment=dt.date(2027, 3, 20), due_days=(20,)),
        dt.date(2027, 3, 1),
        sid=2,
    )
    items = schedule([later, first], dt.date(2027, 4, 30))
    assert [(i.due, i.amount, i.source_id) for i in items] == [
        (dt.date(2026, 12, 15), Decimal("2162.56"), 1),
        (dt.date(2027, 1, 15), Decimal("2162.56"), 1),
        (dt.date(2027, 2, 15), Decimal("2162.56"), 1),
        (dt.date(2027, 3, 20), Decimal("3000.00"), 2),
        (dt.date(2027, 4, 20), Decimal("3000.00"), 2),
    ]


def test_expected_visits_follow_weekly_and_alternate_blocks() -> None:
    visits = (
        VisitPlan(5, dt.time(9), 6, dt.time(17), every_weeks=2, first_date=dt.date(2026, 11, 28)),
        VisitPlan(2, dt.time(15), 2, dt.time(18)),
    )
    seg = Segment(1, "acta", dt.date(2026, 11, 23), None, visits)
    found = expected_visits([seg], dt.date(2026, 11, 23), dt.date(2026, 12, 13))
    assert [(v.starts, v.ends) for v in found] == [
        (dt.datetime(2026, 11, 25, 15), dt.datetime(2026, 11, 25, 18)),
        (dt.datetime(2026, 11, 28, 9), dt.datetime(2026, 11, 29, 17)),
        (dt.datetime(2026, 12, 2, 15), dt.datetime(2026, 12, 2, 18)),
        (dt.datetime(2026, 12, 9, 15), dt.datetime(2026, 12, 9, 18)),
        (dt.datetime(2026, 12, 12, 9), dt.datetime(2026, 12, 13, 17)),
    ]


def test_account_applies_payments_oldest_first_and_keeps_each_instalments_history() -> None:
    items = schedule([segment(plan(amount=Decimal("1000.00")))], dt.date(2027, 3, 31))
    paid = [
        PaidAmount(dt.date(2026, 12, 15), Decimal("1000.00"), 1),
        PaidAmount(dt.date(2027, 2, 20), Decimal("1500.00"), 2),
    ]
    acc = account(items, paid, dt.date(2027, 3, 31))
    assert (acc.owed, acc.paid, acc.balance) == (
        Decimal("4000.00"),
        Decimal("2500.00"),
        Decimal("1500.00"),
    )
    states = [s.state for s in acc.instalments]
    assert states == [
        InstalmentState.PAGADA,
        InstalmentState.PAGADA_CON_ATRASO,
        InstalmentState.PARCIAL,
        InstalmentState.PENDIENTE,
    ]
    assert [a.payment_id for a in acc.instalments[1].history] == [2]
    assert acc.oldest_unpaid_due == dt.date(2027, 2, 15)
    assert acc.months_in_arrears == 1
    assert [s.instalment.due for s in acc.delinquent] == [dt.date(2027, 2, 15)]


def test_payments_after_the_date_do_not_count_and_prepayments_leave_credit() -> None:
    items = schedule([segment(plan(amount=Decimal("1000.00")))], dt.date(2027, 6, 30))
    acc = account(
        items, [PaidAmount(dt.date(2026, 12, 1), Decimal("2500.00"), 1)], dt.date(2027, 1, 15)
    )
    assert acc.balance == Decimal("-500.00")
    assert acc.months_in_arrears == 0 and not acc.delinquent
    later = account(
        items, [PaidAmount(dt.date(2027, 2, 1), Decimal("1.00"), 1)], dt.date(2027, 1, 15)
    )
    assert later.paid == 0 and later.balance == Decimal("2000.00")


def test_add_months_keeps_the_day_or_takes_the_months_last() -> None:
    assert add_months(dt.date(2027, 1, 31), 1) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2027, 12, 15), 1) == dt.date(2028, 1, 15)


# ------------------------------------------------------------------------------ properties
amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2)
days = st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2029, 12, 31))


@st.composite
def plans(draw: st.DrawFn) -> SupportPlan:
    periodicity = draw(st.sampled_from(list(Periodicity)))
    first = draw(st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2027, 12, 31)))
    due_days = tuple(draw(st.lists(st.integers(1, 31), min_size=1, max_size=2)))
    adjustment = draw(
        st.none()
        | st.builds(
            AdjustmentPlan,
            days,
            st.none() | st.decimals(min_value=0, max_value=30, places=2),
        )
    )
    return plan(
        amount=draw(amounts),
        periodicity=periodicity,
        first_payment=first,
        due_days=due_days,
        due_weekday=draw(st.none() | st.integers(0, 6)),
        thirteenth_month=draw(st.none() | amounts),
        adjustment=adjustment,
        arrears_total=draw(st.none() | amounts),
        arrears_count=draw(st.integers(1, 24)),
    )


@settings(max_examples=300, deadline=None)
@given(
    plans(),
    st.lists(st.tuples(days, amounts), max_size=40),
    days,
)
def test_balance_is_owed_minus_paid_and_delinquency_appears_a_month_after_due(
    support: SupportPlan, raw_payments: list[tuple[dt.date, Decimal]], as_of: dt.date
) -> None:
    items = schedule([segment(support, support.first_payment)], dt.date(2030, 12, 31))
    payments = [PaidAmount(d, a, n) for n, (d, a) in enumerate(raw_payments, start=1)]
    acc = account(items, payments, as_of)

    owed = sum((i.amount for i in items if i.due <= as_of), Decimal(0))
    paid = sum((p.amount for p in payments if p.paid_on <= as_of), Decimal(0))
    assert acc.owed == owed and acc.paid == paid
    assert acc.balance == owed - paid
    assert acc.balance == acc.balance.quantize(CENT)
    assert sum((s.paid for s in acc.instalments), Decimal(0)) + acc.credit == paid
    for s in acc.instalments:
        assert s.paid + s.remaining == s.instalment.amount
        assert sum((a.amount for a in s.history), Decimal(0)) == s.paid

    # Oracle: payments settle the oldest first, so some instalment is a month overdue and
    # unpaid exactly when the instalments past their month add up to more than was paid.
    past_month = sum((i.amount for i in items if add_months(i.due, 1) <= as_of), Decimal(0))
    assert bool(acc.delinquent) == (past_month > paid)
    for s in acc.delinquent:
        assert add_months(s.instalment.due, 1) <= as_of and s.remaining > 0


def test_a_replacement_restating_the_first_payment_obliges_only_from_its_own_day() -> None:
    original = segment(plan(), dt.date(2026, 11, 23), sid=1)
    corrected = segment(plan(amount=Decimal("2000.00")), dt.date(2027, 3, 1), sid=2)
    items = schedule([original, corrected], dt.date(2027, 4, 30))
    assert [(i.due, i.amount, i.source_id) for i in items] == [
        (dt.date(2026, 12, 15), Decimal("2162.56"), 1),
        (dt.date(2027, 1, 15), Decimal("2162.56"), 1),
        (dt.date(2027, 2, 15), Decimal("2162.56"), 1),
        (dt.date(2027, 3, 15), Decimal("2000.00"), 2),
        (dt.date(2027, 4, 15), Decimal("2000.00"), 2),
    ]
