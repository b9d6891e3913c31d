"""The demonstration data with acompañamiento: signed agreements and three kinds of payment
history, through the real services."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conciliador.db import Database
from conciliador.demo import DemoSpec, generate_demo
from conciliador.demo.followup import add_follow_up
from conciliador.domain.followup import AlertKind
from conciliador.services.actor import Actor
from conciliador.services.followup.alerts import list_alerts
from conciliador.services.followup.ledger import case_follow_up
from tests.support.world import PASSWORD

pytestmark = pytest.mark.slow
SYSTEM = Actor.command_line("pruebas")
TODAY = dt.date(2027, 3, 10)
NOW = dt.datetime(2027, 3, 10, 12, tzinfo=ZoneInfo("America/Managua"))


def test_on_time_late_and_unpaid_families(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'demo.sqlite'}")
    db.upgrade()
    generate_demo(
        db,
        SYSTEM,
        DemoSpec(cases=200, seed=3, password=PASSWORD, today=TODAY, months=4, offices=4),
    )
    made = add_follow_up(db, SYSTEM, families=3, now=NOW)
    assert made.signed == 3 and set(made.families) == {"al_dia", "con_atraso", "sin_pagar"}
    [on_time], [late], [unpaid] = (made.families[k] for k in ("al_dia", "con_atraso", "sin_pagar"))
    assert case_follow_up(db, SYSTEM, on_time, as_of=TODAY).account.balance <= 0
    assert case_follow_up(db, SYSTEM, late, as_of=TODAY).account.delinquent == ()
    behind = case_follow_up(db, SYSTEM, unpaid, as_of=TODAY).account
    assert behind.paid == 0 and behind.delinquent
    delinquent = [
        a.case_id for a in list_alerts(db, SYSTEM, as_of=TODAY) if a.kind == AlertKind.MOROSIDAD
    ]
    assert delinquent == [unpaid]
    db.dispose()
