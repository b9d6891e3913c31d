"""The plain window of the foundation: today's hearings of an office, through the services."""

from __future__ import annotations

import datetime as dt

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from conciliador.services.actor import Actor
from conciliador.services.agenda import agenda
from conciliador.services.scheduling import BookingRequest, book_hearing
from conciliador.ui.agenda_model import AgendaTableModel
from conciliador.ui.today_window import TodayWindow
from tests.support.world import NOW, World, local


def test_agenda_model_passes_the_model_tester(
    qtmodeltester: ModelTester, sqlite_world: World
) -> None:
    w = sqlite_world
    case = w.case()
    book_hearing(
        w.db,
        w.officer,
        BookingRequest(
            case_id=case.id,
            officer_id=w.officer.user_id,
            start=local(2026, 11, 30, 9),
            room_id=w.room_ids[0],
        ),
        now=NOW,
    )
    model = AgendaTableModel()
    model.set_rows(agenda(w.db, w.officer, w.office_id, dt.date(2026, 11, 30)))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "09:00–10:00"


def test_window_lists_the_offices_and_says_when_today_is_empty(
    qtbot: QtBot, sqlite_world: World
) -> None:
    window = TodayWindow(sqlite_world.db, Actor.command_line())
    qtbot.addWidget(window)
    assert window.office_box.count() == 4
    assert window.model.rowCount() == 0
    assert not window.empty_label.isHidden()
