"""Payments and incidents a family reports, and the account they leave: computed, audited,
refused with the field named, and only for those who may."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.domain.enums import Role
from conciliador.domain.followup import IncidentKind
from conciliador.domain.obligations import InstalmentState
from conciliador.models import AuditEvent, FollowUpIncident, SupportPayment
from conciliador.services.errors import InvalidTransition, PermissionDenied, ValidationFailed
from conciliador.services.fields import PaymentFields
from conciliador.services.followup.ledger import (
    IncidentInput,
    PaymentInput,
    case_follow_up,
    record_incident,
    record_payment,
)
from tests.support.agreements import family_case
from tests.support.followup import FIRST_DUE, MONTHLY, signed_case
from tests.support.world import World, actor_elsewhere, local

MARCH = local(2027, 3, 1, 10)


def pay(day: dt.date, amount: str, receipt: str = "", **changes: object) -> PaymentInput:
    base = PaymentInput(
        paid_on=day,
        amount=Decimal(amount),
        method=PaymentMethod.EFECTIVO_OFICINA,
        reported_by="María Ruiz Pérez (madre)",
        receipt=receipt,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _count(world: World, model: type) -> int:
    with world.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_the_account_is_computed_from_the_signed_terms_and_the_payments(
    followed: tuple[World, int],
) -> None:
    world, case_id = followed
    before = case_follow_up(world.db, world.clerk, case_id, now=MARCH)
    assert before.actas == ("MN-D2-2026-0001",) and before.currency == "NIO"
    monthly = Decimal(MONTHLY)
    assert before.account.owed == 3 * monthly  # 15 Dec, 15 Jan, 15 Feb
    assert before.account.balance == 3 * monthly
    assert before.account.months_in_arrears == 2
    assert [s.instalment.due for s in before.account.delinquent] == [
        FIRST_DUE,
        dt.date(2027, 1, 15),
    ]

    record_payment(world.db, world.clerk, case_id, pay(FIRST_DUE, MONTHLY, "R-001"), now=MARCH)
    after = record_payment(
        world.db, world.clerk, case_id, pay(dt.date(2027, 2, 20), "10000.00", "R-002"), now=MARCH
    )
    assert after.account.paid == Decimal("18650.25")
    assert after.account.balance == 3 * monthly - Decimal("18650.25")
    states = [s.state for s in after.account.instalments if s.instalment.due <= MARCH.date()]
    assert states == [
        InstalmentState.PAGADA,
        InstalmentState.PAGADA_CON_ATRASO,
        InstalmentState.PARCIAL,
    ]
    assert after.account.delinquent == ()
    assert [p.receipt for p in after.payments] == ["R-001", "R-002"]
    assert after.payments[0].recorded_by == "Juan Pérez"

    with world.db.read() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "registrar_pago")
        ).all()
    assert len(events) == 2 and events[0].after["monto"] == MONTHLY


def test_a_bad_payment_names_each_field_and_stores_nothing(followed: tuple[World, int]) -> None:
    world, case_id = followed
    bad = pay(dt.date(2027, 3, 2), "0.001", reported_by="  ")
    with pytest.raises(ValidationFailed) as caught:
        record_payment(world.db, world.clerk, case_id, bad, now=MARCH)
    fields = {p.field for p in caught.value.problems}
    assert fields == {PaymentFields.PAID_ON, PaymentFields.AMOUNT, PaymentFields.REPORTED_BY}
    assert {str(f) for f in fields} == {"Fecha del pago", "Monto", "Informado por"}
    assert "no puede ser futura" in str(caught.value)
    with pytest.raises(ValidationFailed, match="Monto: debe ser mayor que cero"):
        record_payment(world.db, world.clerk, case_id, pay(FIRST_DUE, "0"), now=MARCH)
    with pytest.raises(ValidationFailed, match="anterior al acuerdo firmado"):
        record_payment(world.db, world.clerk, case_id, pay(dt.date(2026, 11, 1), "1"), now=MARCH)
    assert _count(world, SupportPayment) == 0


def test_a_receipt_is_recorded_once(followed: tuple[World, int]) -> None:
    world, case_id = followed
    record_payment(world.db, world.clerk, case_id, pay(FIRST_DUE, "100.00", "R-9"), now=MARCH)
    with pytest.raises(ValidationFailed, match="el recibo R-9 ya está registrado"):
        record_payment(world.db, world.clerk, case_id, pay(FIRST_DUE, "100.00", "R-9"), now=MARCH)
    assert _count(world, SupportPayment) == 1


def test_only_the_offices_clerks_officers_and_supervisors_record(
    followed: tuple[World, int],
) -> None:
    world, case_id = followed
    with pytest.raises(PermissionDenied, match="no permite registrar pagos"):
        record_payment(world.db, world.admin, case_id, pay(FIRST_DUE, "1.00"), now=MARCH)
    elsewhere = actor_elsewhere(world, Role.CONCILIADOR)
    with pytest.raises(PermissionDenied, match="No tiene acceso"):
        record_payment(world.db, elsewhere, case_id, pay(FIRST_DUE, "1.00"), now=MARCH)
    for actor in (world.officer, world.supervisor):
        record_payment(world.db, actor, case_id, pay(FIRST_DUE, "1.00"), now=MARCH)
    assert _count(world, SupportPayment) == 2


def test_no_payments_without_a_signed_agreement(sqlite_world: World) -> None:
    case = family_case(sqlite_world)
    with pytest.raises(InvalidTransition, match="no tiene un acuerdo firmado"):
        record_payment(
            sqlite_world.db, sqlite_world.clerk, case.id, pay(FIRST_DUE, "1.00"), now=MARCH
        )


def test_incidents_are_recorded_and_audited(followed: tuple[World, int]) -> None:
    world, case_id = followed
    incident = record_incident(
        world.db,
        world.clerk,
        case_id,
        IncidentInput(
            IncidentKind.VISITA_NO_REALIZADA,
            dt.date(2027, 2, 6),
            "El padre no llegó a recoger a los niños el sábado.",
            "María Ruiz Pérez (madre)",
        ),
        now=MARCH,
    )
    assert (
        incident.kind == IncidentKind.VISITA_NO_REALIZADA and incident.recorded_by == "Juan Pérez"
    )
    with pytest.raises(ValidationFailed, match="Descripción: no puede quedar vacío"):
        record_incident(
            world.db,
            world.clerk,
            case_id,
            IncidentInput(IncidentKind.CAMBIO_DOMICILIO, dt.date(2027, 2, 6), " ", "la madre"),
            now=MARCH,
        )
    view = case_follow_up(world.db, world.officer, case_id, now=MARCH)
    assert [i.description for i in view.incidents] == [
        "El padre no llegó a recoger a los niños el sábado."
    ]
    with world.db.read() as session:
        assert (
            session.scalar(select(func.count()).where(AuditEvent.action == "registrar_incidencia"))
            == 1
        )
    assert _count(world, FollowUpIncident) == 1


def test_visits_expected_in_the_next_weeks(followed: tuple[World, int]) -> None:
    world, case_id = followed
    view = case_follow_up(world.db, world.officer, case_id, as_of=dt.date(2026, 11, 23))
    # Wednesdays 15:00–18:00 and alternate weekends from Saturday 28 November.
    starts = [v.starts for v in view.visits[:3]]
    assert starts == [
        dt.datetime(2026, 11, 25, 15),
        dt.datetime(2026, 11, 28, 9),
        dt.datetime(2026, 12, 2, 15),
    ]


@pytest.mark.slow
def test_recording_a_payment_on_both_engines(world: World) -> None:
    case_id = signed_case(world)
    view = record_payment(world.db, world.clerk, case_id, pay(FIRST_DUE, MONTHLY), now=MARCH)
    assert view.account.balance == 2 * Decimal(MONTHLY)
