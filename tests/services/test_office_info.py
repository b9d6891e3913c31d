"""What the screens know of an office: its calendar, its officers, its next working day."""

from __future__ import annotations

import datetime as dt

from conciliador.services.office_info import (
    conducting_officers,
    next_working_day,
    office_days,
    office_settings,
)
from conciliador.services.offices import add_closure_day
from tests.support.world import NOW, World


def test_today_is_the_office_day_not_the_machine_day(world: World) -> None:
    # 23:30 in Managua on Monday is already Tuesday in UTC and in Auckland (the test zone).
    late = dt.datetime(2026, 11, 24, 5, 30, tzinfo=dt.UTC)
    settings = office_settings(world.db, world.officer, world.office_id, now=late)
    assert settings.today == dt.date(2026, 11, 23)
    assert settings.locale == "es_NI" and settings.currency == "NIO"


def test_office_days_carry_hours_holidays_and_closures(world: World) -> None:
    add_closure_day(world.db, world.admin, world.office_id, dt.date(2026, 12, 9), "Inventario")
    days = {
        d.day: d
        for d in office_days(world.db, world.officer, world.office_id, dt.date(2026, 12, 7), 7)
    }
    assert days[dt.date(2026, 12, 7)].working
    assert days[dt.date(2026, 12, 8)].holiday  # Inmaculada Concepción
    assert not days[dt.date(2026, 12, 8)].working
    assert days[dt.date(2026, 12, 9)].closure == "Inventario"
    assert days[dt.date(2026, 12, 12)].blocks == ()  # Saturday
    assert [b[0].hour for b in days[dt.date(2026, 12, 7)].blocks] == [8, 13]


def test_the_next_working_day_skips_weekends_and_holidays(world: World) -> None:
    friday = dt.date(2026, 11, 27)
    assert next_working_day(world.db, world.clerk, world.office_id, friday) == dt.date(2026, 11, 30)
    assert next_working_day(world.db, world.clerk, world.office_id, dt.date(2026, 12, 7)) == (
        dt.date(2026, 12, 9)
    )


def test_only_people_who_conduct_hearings_are_listed(world: World) -> None:
    names = [u.full_name for u in conducting_officers(world.db, world.clerk, world.office_id)]
    assert names == ["Ana Martínez", "Luis Gómez"]
    assert NOW.tzinfo is not None
