"""The month's compliance figures, per office and officer, from the accounts at month end."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.services.errors import PermissionDenied
from conciliador.services.followup.alerts import dismiss_alert, list_alerts
from conciliador.services.followup.compliance import compliance_summary
from conciliador.services.followup.ledger import PaymentInput, record_payment
from conciliador.services.reports.periods import Month
from tests.support.followup import FIRST_DUE, MONTHLY
from tests.support.world import World, local


def test_followed_paid_and_in_arrears_at_the_end_of_each_month(
    followed: tuple[World, int],
) -> None:
    world, case_id = followed
    december = compliance_summary(world.db, world.supervisor, Month(2026, 12))
    office = december.office_total(world.office_id)
    assert (office.followed, office.fully_paid, office.in_arrears) == (1, 0, 0)
    assert office.share_fully_paid == Decimal("0.0")

    january = compliance_summary(world.db, world.supervisor, Month(2027, 1))
    office = january.office_total(world.office_id)
    assert (office.followed, office.in_arrears) == (1, 1)
    assert office.arrears == {"NIO": Decimal(MONTHLY)}  # 15 December, a month overdue
    assert office.alerts_open == 1
    mine = next(r for r in january.rows if r.officer_id == world.officer.user_id)
    assert (mine.followed, mine.in_arrears) == (1, 1)

    [alert] = list_alerts(world.db, world.supervisor, as_of=dt.date(2027, 2, 3))
    dismiss_alert(
        world.db,
        world.supervisor,
        alert.key,
        "La familia pagó en la oficina; se registran los pagos.",
        as_of=dt.date(2027, 2, 3),
        now=local(2027, 2, 3, 9),
    )
    for due in (FIRST_DUE, dt.date(2027, 1, 15), dt.date(2027, 2, 3)):
        record_payment(
            world.db,
            world.clerk,
            case_id,
            PaymentInput(due, Decimal(MONTHLY), PaymentMethod.EFECTIVO_OFICINA, "la madre"),
            now=local(2027, 2, 3, 10),
        )
    february = compliance_summary(world.db, world.supervisor, Month(2027, 2))
    office = february.office_total(world.office_id)
    assert (office.fully_paid, office.in_arrears, office.arrears) == (1, 0, {})
    assert office.share_fully_paid == Decimal("100.0")
    assert (office.alerts_open, office.alerts_resolved) == (0, 1)


def test_only_those_who_see_reports(followed: tuple[World, int]) -> None:
    world, _ = followed
    with pytest.raises(PermissionDenied):
        compliance_summary(world.db, world.officer, Month(2027, 1))
