"""Instants are stored unambiguously and shown in the office's time zone, whatever the machine's."""

from __future__ import annotations

import datetime as dt
import time

from conciliador.services.agenda import agenda
from conciliador.services.scheduling import BookingRequest, book_hearing
from tests.support.world import NOW, World, local


def test_a_hearing_at_eight_in_managua_is_eight_on_every_desk(world: World) -> None:
    assert time.tzname[0] != "CST"  # the test process runs in Pacific/Auckland (conftest)
    case = world.case()
    book_hearing(
        world.db,
        world.officer,
        BookingRequest(
            case_id=case.id,
            officer_id=world.officer.user_id,
            start=local(2026, 11, 30, 8),
            room_id=world.room_ids[0],
        ),
        now=NOW,
    )
    rows = agenda(world.db, world.officer, world.office_id, dt.date(2026, 11, 30))
    assert [(r.starts_at.hour, r.starts_at.minute) for r in rows] == [(8, 0)]
    assert rows[0].starts_at.utcoffset() == dt.timedelta(hours=-6)
    # The neighbouring local days do not see it, though the UTC day is the same.
    assert agenda(world.db, world.officer, world.office_id, dt.date(2026, 11, 29)) == []
    assert agenda(world.db, world.officer, world.office_id, dt.date(2026, 12, 1)) == []


def test_a_late_hearing_belongs_to_its_local_day_not_the_utc_one(world: World) -> None:
    case = world.case()
    # 16:00 in Managua is 22:00 UTC; 16:30–17:00 would be 22:30 UTC, still the 30th.
    book_hearing(
        world.db,
        world.supervisor,
        BookingRequest(
            case_id=case.id,
            officer_id=world.officer.user_id,
            start=local(2026, 11, 30, 18),
            room_id=world.room_ids[0],
        ),
        now=NOW,
        override_reason="Única hora en que la citada sale del trabajo",
    )
    rows = agenda(world.db, world.officer, world.office_id, dt.date(2026, 11, 30))
    assert [r.starts_at.hour for r in rows] == [18]  # 00:00 UTC on 1 December
