"""The months of a family's yearly adjustments are kept with its stored schedule
(``obligation_schedules.adjustment_months``, migration 0011_b16): the yearly adjustment alert
reads the plans only of the families adjusting in its month, a family whose months are not
known (stored before the column) is read as before, and the alerts read from the stored
schedules — case number, officer and acta number included — are the ones computed from the
actas' terms. On SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import update

from conciliador import migrations
from conciliador.domain.followup import AlertKind
from conciliador.models import ObligationSchedule
from conciliador.services.followup.alerts import AlertView, list_alerts
from conciliador.services.followup.schedules import month_bit
from tests.support.followup import signed_case
from tests.support.world import World

#: The followed agreement (``tests.support.agreements``) adjusts by the minimum wage every
#: 1 January from 2028; its instalments are unpaid, so it is delinquent too.
JANUARY = dt.date(2028, 1, 20)


def _alerts(world: World, day: dt.date) -> list[AlertView]:
    return list_alerts(world.db, world.supervisor, as_of=day)


def _adjustments(alerts: list[AlertView], case_id: int) -> list[AlertView]:
    return [a for a in alerts if a.kind == AlertKind.REAJUSTE_ANUAL and a.case_id == case_id]


def _months(world: World, case_id: int) -> int | None:
    with world.db.read() as session:
        head = session.get(ObligationSchedule, case_id)
        assert head is not None
        return head.adjustment_months


def _set_months(world: World, case_id: int, months: int | None) -> None:
    with world.db.write() as session:
        session.execute(
            update(ObligationSchedule)
            .where(ObligationSchedule.case_id == case_id)
            .values(adjustment_months=months)
        )


def _set_aside(world: World, aside: bool) -> None:
    """Every stored schedule marked as written under other rules (the readers compute the
    schedules from the actas' terms), or put back."""
    with world.db.write() as session:
        for head in session.query(ObligationSchedule):
            head.rules = f"aparte:{head.rules}" if aside else head.rules.removeprefix("aparte:")


def test_the_yearly_adjustment_alert_reads_the_month_kept_with_the_schedule(
    world: World,
) -> None:
    case_id = signed_case(world)
    assert _months(world, case_id) == month_bit(1)
    stored = _alerts(world, JANUARY)
    [alert] = _adjustments(stored, case_id)
    assert alert.case_number and alert.officer_id is not None
    assert any(a.kind == AlertKind.MOROSIDAD and a.case_id == case_id for a in stored)
    assert _adjustments(_alerts(world, dt.date(2028, 2, 20)), case_id) == []

    # The same alerts, every word of them, when each schedule is computed from the terms.
    _set_aside(world, True)
    assert _alerts(world, JANUARY) == stored
    _set_aside(world, False)

    # Months not known (a schedule stored before the column): read as before.
    _set_months(world, case_id, None)
    assert _alerts(world, JANUARY) == stored
    # The alert believes the month kept: a family said to adjust in June is not read in
    # January.
    _set_months(world, case_id, month_bit(6))
    assert _adjustments(_alerts(world, JANUARY), case_id) == []


def test_the_migration_fills_the_months_of_the_schedules_already_stored(world: World) -> None:
    case_id = signed_case(world)
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    with world.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011_s19_person_word_prefixes")
    with world.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    world.db.engine.dispose()  # the table was rebuilt (SQLite): no cached statements
    assert _months(world, case_id) == month_bit(1)
