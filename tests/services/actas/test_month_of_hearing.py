"""An outcome belongs to the month of its hearing, not to the month in which it was typed."""

from __future__ import annotations

from pathlib import Path

from conciliador.domain.clock import FixedClock
from conciliador.domain.enums import Outcome
from conciliador.models import Case
from conciliador.services import hearing_flow as flow
from conciliador.services.actas.batch import month_actas
from conciliador.services.actas.queries import ActaFilter, list_actas
from tests.support.agreements import family_case, held_hearing
from tests.support.world import World, local


def test_an_outcome_typed_on_the_1st_belongs_to_the_month_of_its_hearing(
    sqlite_world: World, tmp_path: Path
) -> None:
    w = sqlite_world
    hearing = held_hearing(w, family_case(w, 1).id, hour=15)  # Monday 23 November, 15:00
    # The officer types the outcome on the morning of 1 December.
    w.db.clock = FixedClock(local(2026, 12, 1, 8, 30))
    flow.conclude_hearing(w.db, w.officer, hearing.id, Outcome.FALTA_DE_ACUERDO)

    november = month_actas(w.db, w.supervisor, 2026, 11, tmp_path / "nov")
    december = month_actas(w.db, w.supervisor, 2026, 12, tmp_path / "dic")
    assert (november.total, december.total) == (1, 0)
    listed = list_actas(w.db, w.supervisor, ActaFilter(office_id=w.office_id, month=(2026, 11)))
    assert [a.hearing_id for a in listed] == [hearing.id]
    assert listed[0].date is not None and listed[0].date.day == 23
    assert list_actas(w.db, w.supervisor, ActaFilter(office_id=w.office_id, month=(2026, 12))) == []


def test_the_rows_time_stamps_read_the_databases_clock(sqlite_world: World) -> None:
    w = sqlite_world
    w.db.clock = FixedClock(local(2031, 7, 15, 10))
    case = family_case(w, 1)
    with w.db.read() as session:
        row = session.get(Case, case.id)
        assert row is not None and row.created_at == local(2031, 7, 15, 10)


def test_an_outcome_is_dated_by_when_its_hearing_really_began(sqlite_world: World) -> None:
    """A hearing held the day before its booked day (with the officer's reason) is listed,
    filtered and shown under the day it was held: one rule dates it everywhere."""
    w = sqlite_world
    hearing = held_hearing(w, family_case(w, 1).id, hour=9, start=False)  # booked Mon 23
    w.db.clock = FixedClock(local(2026, 11, 22, 16, 5))
    flow.start_hearing(
        w.db,
        w.officer,
        hearing.id,
        reason="Las partes llegaron juntas el domingo por una urgencia",
        started_at=local(2026, 11, 22, 16),
    )
    flow.conclude_hearing(w.db, w.officer, hearing.id, Outcome.FALTA_DE_ACUERDO)
    sunday = ActaFilter(office_id=w.office_id, day=local(2026, 11, 22).date())
    listed = list_actas(w.db, w.supervisor, sunday)
    assert [a.hearing_id for a in listed] == [hearing.id]
    assert listed[0].date == local(2026, 11, 22).date()
    monday = ActaFilter(office_id=w.office_id, day=local(2026, 11, 23).date())
    assert list_actas(w.db, w.supervisor, monday) == []
