"""Booking hearings for tests, through the services."""

from __future__ import annotations

import datetime as dt

from conciliador.domain.enums import HearingMode
from conciliador.services.actor import Actor
from conciliador.services.scheduling import BookingRequest, HearingView, book_hearing
from tests.support.world import NOW, World, local


def book(
    world: World,
    case_id: int,
    start: dt.datetime,
    *,
    now: dt.datetime = NOW,
    officer: Actor | None = None,
    room: int | None = 0,
    mode: HearingMode = HearingMode.PRESENCIAL,
) -> HearingView:
    who = officer or world.officer
    assert who.user_id is not None
    return book_hearing(
        world.db,
        who,
        BookingRequest(
            case_id=case_id,
            officer_id=who.user_id,
            start=start,
            room_id=world.room_ids[room] if room is not None else None,
            mode=mode,
        ),
        now=now,
    )


def past_hearing(world: World, case_id: int | None = None) -> HearingView:
    """A hearing booked a week ago for 08:00 today (so it can be held or missed now)."""
    return book(
        world,
        case_id or world.case().id,
        local(2026, 11, 23, 8),
        now=NOW - dt.timedelta(days=7),
    )
