"""Rooms and closure days after creation."""

from __future__ import annotations

import datetime as dt

import pytest

from conciliador.services.errors import InvalidTransition, PermissionDenied, ValidationFailed
from conciliador.services.fields import RoomFields
from conciliador.services.offices import add_closure_day, list_rooms
from conciliador.services.premises import (
    hearings_on_day,
    list_closure_days,
    remove_closure_day,
    set_room_active,
    update_room,
)
from tests.support.booking import book
from tests.support.world import NOW, World, local


def test_a_room_is_renamed_but_never_to_another_rooms_name(world: World) -> None:
    w = world
    update_room(w.db, w.admin, w.room_ids[0], "Sala Azul", 8)
    names = [(r.name, r.capacity) for r in list_rooms(w.db, w.admin, w.office_id)]
    assert ("Sala Azul", 8) in names
    with pytest.raises(ValidationFailed) as twin:
        update_room(w.db, w.admin, w.room_ids[0], "Sala 2", 8)
    assert twin.value.problems[0].field == RoomFields.NAME
    with pytest.raises(PermissionDenied):
        update_room(w.db, w.officer, w.room_ids[0], "Sala Verde", 8)


def test_a_room_with_hearings_to_hold_is_not_retired(world: World) -> None:
    w = world
    book(w, w.case().id, local(2026, 11, 30, 9))
    with pytest.raises(InvalidTransition, match="tiene 1 audiencia por celebrar"):
        set_room_active(w.db, w.admin, w.room_ids[0], False, now=NOW)
    retired = set_room_active(w.db, w.admin, w.room_ids[1], False, now=NOW)
    assert not retired.active
    assert set_room_active(w.db, w.admin, w.room_ids[1], True, now=NOW).active


def test_closure_days_are_listed_warned_and_reopened_only_ahead(world: World) -> None:
    w = world
    book(w, w.case().id, local(2026, 11, 30, 9))
    assert hearings_on_day(w.db, w.admin, w.office_id, dt.date(2026, 11, 30)) == 1
    add_closure_day(w.db, w.admin, w.office_id, dt.date(2026, 11, 30), "Fumigación")
    add_closure_day(w.db, w.admin, w.office_id, dt.date(2026, 11, 20), "Corte de luz")
    days = list_closure_days(w.db, w.admin, w.office_id)
    assert [(d.day, d.reason) for d in days] == [
        (dt.date(2026, 11, 20), "Corte de luz"),
        (dt.date(2026, 11, 30), "Fumigación"),
    ]
    with pytest.raises(InvalidTransition, match="ya pasó"):
        remove_closure_day(w.db, w.admin, days[0].id, now=NOW)
    remove_closure_day(w.db, w.admin, days[1].id, now=NOW)
    assert [d.day for d in list_closure_days(w.db, w.admin, w.office_id)] == [dt.date(2026, 11, 20)]
