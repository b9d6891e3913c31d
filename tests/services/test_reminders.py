"""Reminder calls: both parties of every hearing of the next working day, with phones."""

from __future__ import annotations

import datetime as dt

from conciliador.domain.enums import CancelReason, Sex
from conciliador.services import hearing_flow as flow
from conciliador.services.reminders import reminder_calls
from tests.support.booking import book
from tests.support.world import World, local


def test_on_friday_the_calls_are_for_monday(world: World) -> None:
    w = world
    monday = book(w, w.case().id, local(2026, 11, 30, 9), now=local(2026, 11, 23, 9))
    later = book(
        w,
        w.case(respondent=w.person("Pedro", sex=Sex.MALE, phone="")).id,
        local(2026, 11, 30, 14),
        now=local(2026, 11, 23, 9),
    )
    cancelled = book(w, w.case().id, local(2026, 11, 30, 10), now=local(2026, 11, 23, 9))
    flow.cancel_hearing(w.db, w.officer, cancelled.id, CancelReason.FUERZA_MAYOR)
    friday = local(2026, 11, 27, 16)
    result = reminder_calls(w.db, w.clerk, w.office_id, now=friday)
    assert result.day == dt.date(2026, 11, 30)
    assert [(c.hearing_id, c.party) for c in result.calls] == [
        (monday.id, "solicitante"),
        (monday.id, "citado"),
        (later.id, "solicitante"),
        (later.id, "citado"),
    ]
    assert result.calls[0].phone == "8888-0000"
    assert result.without_phone == 1
    only_luis = reminder_calls(
        w.db, w.clerk, w.office_id, now=friday, officer_id=w.officer2.user_id
    )
    assert only_luis.calls == []
