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
from conciliador.domain.clock import SteadyClock
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


@pytest.mark.parametrize("profile", ["CO", "CL", "PE", "GT"])
def test_each_country_s_demo_signs_its_agreements_through_its_own_steps(
    tmp_path: Path, profile: str
) -> None:
    """Peru's acta is signed only after the lawyer's legality check, with each signer's
    fingerprint; Chile's binds only once the family court approves it: the demonstration
    goes through those steps like an office would, or it would follow no family there."""
    db = Database(f"sqlite:///{tmp_path / 'demo.sqlite'}", clock=SteadyClock(NOW))
    db.upgrade()
    generate_demo(
        db,
        SYSTEM,
        DemoSpec(
            cases=120,
            seed=3,
            password=PASSWORD,
            today=TODAY,
            months=4,
            offices=3,
            profile_code=profile,
        ),
    )
    made = add_follow_up(db, SYSTEM, families=1, now=NOW)
    assert made.signed == 1
    [case_id] = made.families["al_dia"]
    assert case_follow_up(db, SYSTEM, case_id, as_of=TODAY).account.owed > 0
    db.dispose()


def test_the_demo_order_tells_the_follow_up_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from conciliador.cli.main import dispatch, parse

    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    args = parse(["demo", "--db", url, "--profile", "PE", "--cases", "120", "--offices", "3"])
    args.follow_up = 3
    assert dispatch(args) == 0
    said = capsys.readouterr().out
    assert "Acompañamiento: 3 acuerdos firmados (al día: 1, con atraso: 1, sin pagar: 1), " in said
