"""Payments, incidents and dismissed alerts travel in version 2 of the interchange format;
a version-1 file is still read."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from conciliador.db import Database
from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.domain.followup import IncidentKind
from conciliador.models import AlertDismissal, FollowUpIncident, SupportPayment
from conciliador.services.actor import Actor
from conciliador.services.followup.alerts import dismiss_alert, list_alerts
from conciliador.services.followup.ledger import (
    IncidentInput,
    PaymentInput,
    record_incident,
    record_payment,
)
from conciliador.services.interchange.export import export_records
from conciliador.services.interchange.importer import ImportRejected, import_records
from tests.support.world import World, local

SYSTEM = Actor.command_line("pruebas")
MARCH = local(2027, 3, 1, 10)


def _followed_file(world: World, case_id: int) -> bytes:
    record_payment(
        world.db,
        world.clerk,
        case_id,
        PaymentInput(
            dt.date(2026, 12, 15),
            Decimal("8650.25"),
            PaymentMethod.DEPOSITO_BANCARIO,
            "banco",
            "B-1",
        ),
        now=MARCH,
    )
    record_incident(
        world.db,
        world.clerk,
        case_id,
        IncidentInput(IncidentKind.CAMBIO_INGRESOS, dt.date(2027, 2, 1), "Cambió de empleo.", "él"),
        now=MARCH,
    )
    [alert] = list_alerts(world.db, world.supervisor, as_of=dt.date(2027, 3, 1))
    dismiss_alert(
        world.db,
        world.supervisor,
        alert.key,
        "La familia acordó un plan de pagos en la oficina.",
        as_of=dt.date(2027, 3, 1),
    )
    raw, counts = export_records(world.db, SYSTEM)
    assert (counts["pagos"], counts["incidencias"], counts["alertas_descartadas"]) == (1, 1, 1)
    return raw


def _count(db: Database, model: type) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_follow_up_records_make_the_round_trip(
    followed: tuple[World, int], sqlite_db: Database
) -> None:
    world, case_id = followed
    raw = _followed_file(world, case_id)
    data = json.loads(raw)
    assert data["version"] == 2
    assert data["pagos"][0]["monto"] == "8650.25" and data["pagos"][0]["recibo"] == "B-1"
    result = import_records(sqlite_db, SYSTEM, raw)
    assert (result.created["pagos"], result.created["incidencias"]) == (1, 1)
    assert result.created["alertas_descartadas"] == 1
    again, _ = export_records(sqlite_db, SYSTEM)
    assert json.loads(again)["pagos"] == data["pagos"]
    assert json.loads(again)["alertas_descartadas"] == data["alertas_descartadas"]
    assert (
        _count(sqlite_db, SupportPayment),
        _count(sqlite_db, FollowUpIncident),
        _count(sqlite_db, AlertDismissal),
    ) == (1, 1, 1)


def test_a_version_1_file_is_still_read_and_cannot_carry_payments(
    followed: tuple[World, int], sqlite_db: Database
) -> None:
    world, case_id = followed
    data = json.loads(_followed_file(world, case_id))
    old = {
        k: v for k, v in data.items() if k not in ("pagos", "incidencias", "alertas_descartadas")
    }
    old["version"] = 1
    result = import_records(sqlite_db, SYSTEM, json.dumps(old).encode())
    assert result.created["casos"] == 1 and "pagos" not in result.created
    data["version"] = 1
    with pytest.raises(ImportRejected, match="la versión 1 no lleva pagos"):
        import_records(sqlite_db, SYSTEM, json.dumps(data).encode())


def test_a_follow_up_hearing_travels_as_one(
    followed: tuple[World, int], sqlite_db: Database
) -> None:
    from conciliador.domain.followup import HearingPurpose
    from conciliador.models import Hearing
    from tests.services.followup.test_follow_up_hearing import follow_up

    world, case_id = followed
    booked = follow_up(world, case_id)
    raw, _counts = export_records(world.db, SYSTEM)
    hearings = {h["uid"]: h for h in json.loads(raw)["audiencias"]}
    assert hearings[booked.uid]["proposito"] == "seguimiento"
    import_records(sqlite_db, SYSTEM, raw)
    with sqlite_db.read() as session:
        got = session.scalars(select(Hearing.purpose).where(Hearing.uid == booked.uid)).one()
    assert got == HearingPurpose.SEGUIMIENTO
