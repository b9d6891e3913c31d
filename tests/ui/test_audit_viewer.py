"""The audit viewer, driven as a supervisor would: filter, read an event's before and after,
scroll for more, verify the chain."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from conciliador.models import AuditEvent
from conciliador.services import case_edits, cases
from conciliador.services.actor import Actor
from conciliador.services.audit_trail import PAGE, audit_events
from conciliador.services.fields import AuditFields
from conciliador.ui.audit import AuditViewer
from conciliador.ui.audit.models import AuditEventsModel, FieldChangesModel
from conciliador.ui.context import UiContext
from conciliador.ui.tasks import SyncTaskRunner
from tests.support.world import World


def _viewer(qtbot: QtBot, world: World, actor: Actor) -> AuditViewer:
    viewer = AuditViewer(UiContext(world.db, actor, SyncTaskRunner()))
    qtbot.addWidget(viewer)
    viewer.resize(1100, 700)
    return viewer


def _column(viewer: AuditViewer, column: int) -> list[str]:
    m = viewer.model
    return [m.data(m.index(row, column)) for row in range(m.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, sqlite_world: World) -> None:
    w = sqlite_world
    case = w.case()
    case_edits.update_request(
        w.db, w.officer, case.id, expected_version=case.version, account="Relato corregido."
    )
    page = audit_events(w.db, w.supervisor)
    events = AuditEventsModel()
    events.set_rows(page.rows, page.has_more)
    qtmodeltester.check(events)
    changes = FieldChangesModel()
    changes.set_rows(page.rows[0].changes())
    qtmodeltester.check(changes)
    assert changes.data(changes.index(0, 0)) == "Relato"
    assert changes.data(changes.index(0, 2)) == "Relato corregido."


def test_a_supervisor_filters_and_reads_before_and_after(qtbot: QtBot, sqlite_world: World) -> None:
    w = sqlite_world
    case = w.case()
    cases.get_case(w.db, w.officer, case.id)
    case_edits.update_request(
        w.db, w.officer, case.id, expected_version=case.version, account="Relato corregido."
    )
    viewer = _viewer(qtbot, w, w.supervisor)
    assert viewer.model.rowCount() > 5
    assert _column(viewer, 3)[0] == "Modificación"
    assert "Consulta de expediente" in _column(viewer, 3)

    viewer.action_box.setCurrentIndex(viewer.action_box.findData("consultar"))
    qtbot.mouseClick(viewer.search_button, Qt.MouseButton.LeftButton)
    assert _column(viewer, 3) == ["Consulta de expediente"]
    assert _column(viewer, 1) == ["Ana Martínez (ana.conciliadora)"]
    assert _column(viewer, 4) == [f"Caso {case.number}"]

    viewer.clear_filters()
    viewer.entity_box.setCurrentIndex(viewer.entity_box.findData("caso"))
    viewer.entity_id.setText(case.number.lower())  # the number people know, as typed
    qtbot.keyClick(viewer.entity_id, Qt.Key.Key_Return)
    assert _column(viewer, 3) == ["Modificación", "Consulta de expediente", "Creación"]
    viewer.entity_id.setText(str(case.id))
    viewer.search()
    assert len(_column(viewer, 3)) == 3
    viewer.table.selectRow(0)
    assert "Modificación" in viewer.detail_title.text()
    changes = viewer.changes
    assert [changes.data(changes.index(0, c)) for c in range(3)] == [
        "Relato",
        "Solicita pensión para su hija.",
        "Relato corregido.",
    ]


def test_an_empty_result_and_a_wrong_date_range_are_said_plainly(
    qtbot: QtBot, sqlite_world: World
) -> None:
    viewer = _viewer(qtbot, sqlite_world, sqlite_world.admin)
    first = viewer.first_day.value()
    assert first is not None
    viewer.first_day.set_value(first.replace(year=first.year - 5))
    viewer.last_day.set_value(first.replace(year=first.year - 5) + dt.timedelta(days=3))
    viewer.search()
    assert viewer.model.rowCount() == 0
    assert viewer.status.text() == "Ningún evento coincide con los filtros."
    viewer.last_day.set_value(first.replace(year=first.year - 5) - dt.timedelta(days=1))
    viewer.search()
    # Said under «Hasta», the field the service names (``AuditFields.LAST_DAY``).
    assert viewer.errors.widget_of(AuditFields.LAST_DAY) is viewer.last_day
    assert viewer.message.isHidden()
    assert not viewer.last_day_problem.isHidden()
    assert viewer.last_day_problem.text() == "es anterior a «Desde»"
    assert viewer.last_day.property("fieldInError")
    viewer.last_day.set_value(first)
    viewer.search()
    assert viewer.last_day_problem.isHidden()


def test_more_events_load_as_the_list_scrolls(qtbot: QtBot, sqlite_world: World) -> None:
    w = sqlite_world
    case = w.case()
    for _ in range(PAGE + 20):
        cases.get_case(w.db, w.officer, case.id)
    viewer = _viewer(qtbot, w, w.supervisor)
    assert viewer.model.rowCount() == PAGE and viewer.model.has_more
    assert "hay más" in viewer.status.text()
    viewer.table.scrollToBottom()
    qtbot.waitUntil(lambda: viewer.model.rowCount() > PAGE)
    ids = [r.id for r in (viewer.model.row_at(i) for i in range(viewer.model.rowCount()))]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)


def test_an_officer_is_told_the_trail_is_not_for_them(qtbot: QtBot, sqlite_world: World) -> None:
    viewer = _viewer(qtbot, sqlite_world, sqlite_world.officer)
    assert viewer.model.rowCount() == 0
    assert viewer.message.text() == (
        "Su rol (Conciliador/a) no permite consultar la bitácora de auditoría."
    )


def test_the_verify_button_reports_the_chain(qtbot: QtBot, sqlite_world: World) -> None:
    w = sqlite_world
    viewer = _viewer(qtbot, w, w.admin)
    qtbot.mouseClick(viewer.verify_button, Qt.MouseButton.LeftButton)
    assert "Todo en orden." in viewer.message.text()
    with w.db.write() as s:
        s.execute(update(AuditEvent).where(AuditEvent.id == 2).values(at=dt.datetime.now(dt.UTC)))
    qtbot.mouseClick(viewer.verify_button, Qt.MouseButton.LeftButton)
    text = viewer.message.text()
    assert "La verificación encontró 1 problema(s)" in text and "n.º 2" in text
    assert viewer.verify_button.isEnabled()
