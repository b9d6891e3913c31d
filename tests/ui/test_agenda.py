"""The agenda as an officer and a clerk use it: views, the hearing panel, quick actions,
reminder calls and the calendar export — every change checked in the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from conciliador.domain.enums import Absence, CancelReason, HearingMode, HearingStatus
from conciliador.services import hearing_flow as flow
from conciliador.services.agenda import agenda
from conciliador.services.fields import Booking, HearingFields
from conciliador.services.hearing_details import HearingAction, hearing_detail
from conciliador.services.scheduling import HearingView
from conciliador.ui.agenda.controller import Group, Mode
from conciliador.ui.agenda.dialogs import (
    CancelDialog,
    CitationDeliveryDialog,
    NoShowDialog,
    ReasonDialog,
    StartDialog,
    TimesDialog,
)
from conciliador.ui.agenda.export import IcsExportDialog
from conciliador.ui.agenda.grid import HearingBlock
from conciliador.ui.agenda.view import AgendaView
from conciliador.ui.booking.dialog import BookingDialog
from tests.support.booking import book, past_hearing
from tests.support.typing import type_text
from tests.support.world import NOW, World, local
from tests.ui.conftest import MakeContext


def _view(qtbot: QtBot, make_context: MakeContext, actor) -> AgendaView:  # type: ignore[no-untyped-def]
    view = AgendaView(make_context(actor))
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    return view


def _status(world: World, hearing_id: int) -> HearingStatus:
    return hearing_detail(world.db, world.system, hearing_id, now=NOW).hearing.status


def _click_block(qtbot: QtBot, view: AgendaView, hearing: HearingView) -> None:
    block = view.grid.block_for(hearing.id)
    assert block is not None, "the hearing is not on the grid"
    qtbot.mouseClick(block, Qt.MouseButton.LeftButton)


def test_the_week_shows_each_hearing_in_its_day_with_its_status_in_words(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    monday = past_hearing(w)
    thursday = book(w, w.case().id, local(2026, 11, 26, 14))
    book(w, w.case().id, local(2026, 11, 26, 14), officer=w.officer2, room=1)
    view = _view(qtbot, make_context, w.officer)
    assert view.title.text() == "23–27 de noviembre de 2026"
    # The officer's own agenda first: Luis's hearing is not in it.
    assert {b.entry.hearing_id for b in view.grid.blocks} == {monday.id, thursday.id}
    columns = [c.title for c in view.grid.columns]
    assert columns == ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes"]
    block = view.grid.block_for(thursday.id)
    assert block is not None
    assert view.grid.columns[3].title == "Jueves"
    assert block.geometry().left() >= view.grid.column_rect(3).left()
    assert block.lines[-1] == "Sala 1 · Programada"
    assert "Estado: Programada" in block.accessibleDescription()
    assert view.empty.text() == "2 audiencias"
    view.resource_box.setCurrentIndex(0)  # «Todas las personas»
    assert len(view.grid.blocks) == 3
    view.controller.step(1)
    assert view.grid.blocks == [] and view.empty.text() == "Sin audiencias"
    assert view.grid.columns[3].closed is None


def test_the_day_shows_officers_or_rooms_side_by_side(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    book(w, w.case().id, local(2026, 12, 1, 9))  # Tuesday: not in Monday's view
    book(w, w.case().id, local(2026, 11, 30, 9))
    book(
        w,
        w.case().id,
        local(2026, 11, 30, 9),
        officer=w.officer2,
        room=None,
        mode=HearingMode.VIDEO,
    )
    view = _view(qtbot, make_context, w.supervisor)
    view.context.office.set(w.office_id)
    view.controller.go_to(dt.date(2026, 11, 30))
    view.controller.set_mode(Mode.DAY)
    view.controller.set_group(Group.OFFICER, None)
    assert [c.title for c in view.grid.columns] == ["Ana Martínez", "Luis Gómez"]
    assert sorted(column for column, _b, _p in view.grid._placed) == [0, 1]
    # Only that day's blocks are on the screen (the week's are gone at once).
    on_screen = [b for b in view.grid.findChildren(HearingBlock) if b.isVisible()]
    assert len(on_screen) == 2
    view.controller.set_group(Group.ROOM, None)
    assert [c.title for c in view.grid.columns] == ["Sala 1", "Sala 2", "Video y teléfono"]
    assert view.title.text() == "Lunes, 30 de noviembre de 2026"


def test_clicking_a_hearing_shows_it_and_what_each_role_may_do(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    hearing = book(w, w.case().id, local(2026, 11, 26, 9))
    officer = _view(qtbot, make_context, w.officer)
    _click_block(qtbot, officer, hearing)
    panel = officer.panel
    assert panel.case_number.text() == f"Caso {hearing.case_number}"
    assert "☎ 8888-0000" in panel.claimant.text()
    assert panel.citations.text() == (
        "Solicitante: pendiente de entrega\nCitado/a: pendiente de entrega"
    )
    visible = {a for a, b in panel.buttons.items() if b.isVisibleTo(panel)}
    assert visible == {
        HearingAction.DELIVER_CITATION,
        HearingAction.START,
        HearingAction.RESCHEDULE,
        HearingAction.CANCEL,
        HearingAction.PRINT_CITATIONS,
    }
    clerk = _view(qtbot, make_context, w.clerk)
    clerk.resource_box.setCurrentIndex(0)
    _click_block(qtbot, clerk, hearing)
    assert {a for a, b in clerk.panel.buttons.items() if b.isVisibleTo(clerk.panel)} == {
        HearingAction.DELIVER_CITATION,
        HearingAction.PRINT_CITATIONS,
    }
    assert clerk.export_button.isVisibleTo(clerk)


def test_recording_both_citations_moves_the_hearing_on(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    hearing = book(w, w.case().id, local(2026, 11, 26, 9))
    view = _view(qtbot, make_context, w.clerk)
    view.resource_box.setCurrentIndex(0)
    _click_block(qtbot, view, hearing)
    qtbot.mouseClick(view.panel.buttons[HearingAction.DELIVER_CITATION], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, CitationDeliveryDialog)
    assert [box.isChecked() for box, _id in dialog.checks] == [True, True]
    assert dialog.delivered_at() == NOW  # now, in the office's time
    dialog.ok.click()  # «Entregada por» is required
    assert "no puede quedar vacío" in dialog.errors._fields[HearingFields.DELIVERED_BY][1].text()
    assert _status(w, hearing.id) == HearingStatus.PROGRAMADA
    type_text(dialog.by, "Juan Pérez, notificador")
    dialog.ok.click()
    assert not dialog.isVisible()
    assert _status(w, hearing.id) == HearingStatus.CITACION_ENTREGADA
    block = view.grid.block_for(hearing.id)
    assert block is not None and block.lines[-1].endswith("Citación entregada")
    assert "entregada el 23/11/2026 09:00" in view.panel.citations.text()
    assert view.context.messages.last is not None
    assert view.context.messages.last.text == "Entrega de las 2 citaciones registrada."


def test_a_no_show_of_the_respondent_offers_the_next_citation(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    hearing = past_hearing(w)
    view = _view(qtbot, make_context, w.officer)
    _click_block(qtbot, view, hearing)
    view.panel.buttons[HearingAction.NO_SHOW].click()
    dialog = view.dialog
    assert isinstance(dialog, NoShowDialog)
    assert dialog.absence() == Absence.CITADO
    dialog.ok.click()
    assert _status(w, hearing.id) == HearingStatus.INASISTENCIA
    booking = view.booking
    assert isinstance(booking, BookingDialog) and booking.isVisible()
    qtbot.addWidget(booking)
    assert booking.slots.rowCount() > 0
    booking.ok.click()
    nxt = [
        e
        for e in agenda(w.db, w.officer, w.office_id, dt.date(2026, 11, 26), 30)
        if e.status == HearingStatus.PROGRAMADA
    ]
    assert len(nxt) == 1 and nxt[0].citation_round == 2


def test_suspending_needs_a_reason_and_then_books_the_next_session(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    hearing = past_hearing(w)
    view = _view(qtbot, make_context, w.officer)
    _click_block(qtbot, view, hearing)
    view.panel.buttons[HearingAction.START].click()
    start = view.dialog
    assert isinstance(start, StartDialog)
    type_text(start.reason, "Ambas partes acudieron por su cuenta")
    start.ok.click()
    assert _status(w, hearing.id) == HearingStatus.EN_CURSO
    assert view.panel.status.text() == "En curso"
    view.panel.buttons[HearingAction.SUSPEND].click()
    dialog = view.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.ok.click()
    assert (
        "no puede quedar vacío" in dialog.errors._fields[HearingFields.SUSPENSION_REASON][1].text()
    )
    assert _status(w, hearing.id) == HearingStatus.EN_CURSO
    type_text(dialog.reason, "Las partes piden consultar el monto")
    dialog.ok.click()
    assert _status(w, hearing.id) == HearingStatus.SUSPENDIDA
    assert isinstance(view.booking, BookingDialog)
    qtbot.addWidget(view.booking)


def test_cancelling_for_another_reason_needs_notes_and_hides_the_block(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    hearing = book(w, w.case().id, local(2026, 11, 26, 9))
    view = _view(qtbot, make_context, w.officer)
    _click_block(qtbot, view, hearing)
    view.panel.buttons[HearingAction.CANCEL].click()
    dialog = view.dialog
    assert isinstance(dialog, CancelDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData(CancelReason.OTRO))
    dialog.ok.click()
    assert _status(w, hearing.id) == HearingStatus.PROGRAMADA
    assert dialog.errors._fields[HearingFields.CANCEL_NOTES][1].isVisibleTo(dialog)
    type_text(dialog.notes, "La solicitante se mudó a León")
    dialog.ok.click()
    assert _status(w, hearing.id) == HearingStatus.CANCELADA
    assert view.grid.block_for(hearing.id) is None
    view.withdrawn.setChecked(True)
    block = view.grid.block_for(hearing.id)
    assert block is not None and block.lines[-1].endswith("Cancelada")


def test_rescheduling_moves_the_hearing_and_keeps_the_old_one(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    hearing = book(w, w.case().id, local(2026, 11, 26, 9))
    view = _view(qtbot, make_context, w.officer)
    _click_block(qtbot, view, hearing)
    view.panel.buttons[HearingAction.RESCHEDULE].click()
    dialog = view.dialog
    assert isinstance(dialog, BookingDialog)
    assert dialog.clash_panel.clashes == []  # the hearing's own slot does not clash with itself
    dialog.day.set_value(dt.date(2026, 11, 27))
    dialog.check()
    dialog.ok.click()
    assert "indique por qué" in dialog.errors._fields[Booking.RESCHEDULE_REASON][1].text()
    type_text(dialog.reason, "Pedido de la parte citada")
    dialog.ok.click()
    assert _status(w, hearing.id) == HearingStatus.REPROGRAMADA
    new = [e for e in agenda(w.db, w.officer, w.office_id, dt.date(2026, 11, 27), 1)]
    assert [(e.starts_at.hour, e.status) for e in new] == [(8, HearingStatus.PROGRAMADA)]
    assert view.grid.selected_id() == new[0].hearing_id


def test_a_change_made_at_another_desk_is_not_overwritten(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    hearing = book(w, w.case().id, local(2026, 11, 26, 9))
    view = _view(qtbot, make_context, w.officer)
    _click_block(qtbot, view, hearing)
    flow.cancel_hearing(w.db, w.officer2, hearing.id, CancelReason.FUERZA_MAYOR)  # other desk
    view.panel.buttons[HearingAction.START].click()
    assert isinstance(view.dialog, StartDialog)
    view.dialog.ok.click()
    message = view.context.messages.last
    assert message is not None and "Otra persona modificó" in message.text
    assert _status(w, hearing.id) == HearingStatus.CANCELADA


def test_reminder_calls_list_the_next_working_day_with_phones(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    book(w, w.case().id, local(2026, 11, 24, 10), now=local(2026, 11, 16, 9))
    view = _view(qtbot, make_context, w.clerk)
    view.tabs.setCurrentWidget(view.reminders)
    reminders = view.reminders
    assert reminders.title.text() == "Llamadas de recordatorio — martes, 24 de noviembre de 2026"
    assert reminders.model.rowCount() == 2
    assert reminders.model.index(0, 4).data() == "8888-0000"
    assert reminders.summary.text() == "2 llamadas para 1 audiencia."
    reminders.day.set_value(dt.date(2026, 11, 25))
    assert reminders.model.rowCount() == 0
    assert reminders.summary.text() == "No hay audiencias por celebrar ese día."


def test_the_agenda_is_exported_to_a_calendar_file(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path
) -> None:
    w = sqlite_world
    book(w, w.case().id, local(2026, 11, 26, 9))
    view = _view(qtbot, make_context, w.officer)
    view.export_button.click()
    dialog = view.dialog
    assert isinstance(dialog, IcsExportDialog)
    assert dialog.officer.currentText() == "Ana Martínez"
    target = tmp_path / "mis-audiencias.ics"
    dialog.path.setText(str(target))
    dialog.export()
    assert dialog.exported == 1
    assert "BEGIN:VEVENT" in target.read_text(encoding="utf-8")
    last = view.context.messages.last
    assert last is not None and last.text == f"Se exportó 1 audiencia a {target}."


def test_the_keyboard_moves_through_the_weeks_and_days(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    view = _view(qtbot, make_context, sqlite_world.officer)
    view.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.grid.setFocus()
    qtbot.keyClick(view.windowHandle(), Qt.Key.Key_PageDown)
    # Babel writes a range with thin spaces around the dash.
    assert view.title.text() == "30 de noviembre\u2009–\u20094 de diciembre de 2026"
    qtbot.keyClick(view.windowHandle(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.controller.mode == Mode.DAY)  # a mnemonic clicks after a beat
    qtbot.keyClick(view.windowHandle(), Qt.Key.Key_PageUp)  # the weekend is skipped
    assert view.title.text() == "Viernes, 27 de noviembre de 2026"


def test_starting_before_the_booked_day_needs_a_reason_and_the_panel_shows_the_real_times(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """Booked for Thursday 26/11 at 09:00, started on Monday 23/11 (the test's «now»): the
    dialog says why it needs a reason, refuses without one naming the field, and the panel
    then shows when it really started; the officer can correct that, with a reason."""
    w = sqlite_world
    hearing = book(w, w.case().id, local(2026, 11, 26, 9))
    view = _view(qtbot, make_context, w.officer)
    _click_block(qtbot, view, hearing)
    view.panel.buttons[HearingAction.START].click()
    dialog = view.dialog
    assert isinstance(dialog, StartDialog)
    warning = dialog.warning.text()
    assert dialog.warning.isVisibleTo(dialog)
    assert "26/11/2026 a las 09:00, otro día" in warning
    assert "(parte citada) no consta como entregada" in warning
    dialog.ok.click()
    assert (
        "indique por qué se inicia" in dialog.errors._fields[HearingFields.START_REASON][1].text()
    )
    assert _status(w, hearing.id) == HearingStatus.PROGRAMADA
    type_text(dialog.reason, "Ambas partes se presentaron juntas y pidieron adelantarla")
    dialog.grab().save("/tmp/12a-start-dialog.png")
    dialog.ok.click()
    assert not dialog.isVisible()
    assert _status(w, hearing.id) == HearingStatus.EN_CURSO
    record = view.panel.record
    assert record.isVisibleTo(view.panel)
    assert "Inicio: lunes 23/11/2026, 09:00" in record.text()
    assert "Motivo del inicio: Ambas partes se presentaron juntas" in record.text()
    view.grab().save("/tmp/12a-hearing-panel.png")

    view.panel.buttons[HearingAction.CORRECT_TIMES].click()
    times = view.dialog
    assert isinstance(times, TimesDialog)
    times.start.clock.setTime(times.start.clock.time().addSecs(-10 * 60))
    times.ok.click()
    assert (
        "no puede quedar vacío" in times.errors._fields[HearingFields.CORRECTION_REASON][1].text()
    )
    type_text(times.reason, "Se pulsó Iniciar diez minutos tarde")
    times.ok.click()
    assert not times.isVisible()
    assert "Inicio: lunes 23/11/2026, 08:50" in view.panel.record.text()


def test_a_supervisor_picking_another_office_sees_all_its_hearings(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """Issue 18.1: the supervisor's own name is not a person of the other office, so the
    filter says «Todas las personas» and shows them all — it does not keep filtering by her."""
    w = sqlite_world
    book(w, w.case().id, local(2026, 11, 26, 9))
    book(w, w.case().id, local(2026, 11, 26, 10), officer=w.officer2, room=1)
    view = _view(qtbot, make_context, w.supervisor)  # opens on her own departmental office
    assert view.controller.resource_id == w.supervisor.user_id
    view.context.office.set(w.office_id)
    assert view.resource_box.currentText() == "Todas las personas"
    assert view.controller.resource_id is None
    assert len(view.grid.blocks) == 2
    assert view.empty.text() == "2 audiencias"


def _agenda_at(qtbot: QtBot, make_context: MakeContext, actor, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    from conciliador.ui.shell.main_window import MainWindow

    window = MainWindow(make_context(actor))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.show_area("agenda")
    view = window.area("agenda")
    qtbot.waitExposed(window)
    return window, view


def test_small_screens_show_the_whole_week_title_and_the_five_weekdays(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """Issue 18.5: at 1024 × 600 and 1280 × 800 the title is whole and no weekday is cut."""
    for size in ((1024, 600), (1280, 800)):
        window, view = _agenda_at(qtbot, make_context, sqlite_world.officer, size)
        assert view.title.text() == "23–27 de noviembre de 2026"
        assert view.title.width() >= view.title.sizeHint().width(), size
        assert view.scroller.horizontalScrollBar().maximum() == 0, size  # all five days
        assert len(view.grid.columns) == 5
        window.close()


def test_the_day_titles_stay_while_the_hours_scroll_and_a_day_opens_where_it_is(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    from conciliador.domain.clock import FixedClock

    w = sqlite_world
    late = book(w, w.case().id, local(2026, 12, 3, 15))  # next week, Thursday 15:00
    w.db.clock = FixedClock(local(2026, 11, 23, 15, 30))  # Monday afternoon
    _window, view = _agenda_at(qtbot, make_context, w.officer, (1024, 600))
    viewport = view.scroller.viewport()
    bar = view.scroller.verticalScrollBar()

    def seen_at(minutes: int) -> bool:
        y = view.grid.y_of(minutes) - bar.value()
        return view.grid.header.height() <= y < viewport.height()

    assert bar.maximum() > 0  # the day does not fit: it scrolls …
    assert seen_at(15 * 60 + 30)  # … and opens at the current time, not at 08:00
    assert not seen_at(8 * 60)
    view.controller.step(1)  # a week without today: at its first hearing
    block = view.grid.block_for(late.id)
    assert block is not None and seen_at(15 * 60)
    bar.setValue(bar.maximum())  # the titles stay on top of what is shown
    header = view.grid.header
    assert header.mapTo(viewport, header.rect().topLeft()).y() == 0
    assert header.isVisible()


def test_the_agendas_queries_run_through_the_task_runner_and_late_answers_are_dropped(
    qtbot: QtBot, sqlite_world: World
) -> None:
    """Issue 18.7: the week is read off the GUI thread; a week already left is not drawn."""
    from conciliador.ui.context import UiContext
    from tests.ui.test_reports_view import DeferredRunner

    w = sqlite_world
    thursday = book(w, w.case().id, local(2026, 11, 26, 14))
    runner = DeferredRunner()
    view = AgendaView(UiContext(w.db, w.officer, runner))  # type: ignore[arg-type]
    qtbot.addWidget(view)
    assert view.grid.blocks == [] and len(runner.jobs) == 1  # asked, not yet answered
    view.controller.step(1)  # the next week is asked for before the first answer comes
    runner.release(0)  # this week's answer arrives late: dropped
    assert view.grid.blocks == []
    runner.release(0)
    assert view.title.text().endswith("4 de diciembre de 2026")
    view.controller.step(-1)
    runner.release(0)
    assert [b.entry.hearing_id for b in view.grid.blocks] == [thursday.id]


def test_the_count_beside_the_title_is_never_cut_on_a_narrow_screen(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    past_hearing(w)
    book(w, w.case().id, local(2026, 11, 26, 14))
    view = _view(qtbot, make_context, w.officer)
    row = view.above
    assert view.empty.text() == "2 audiencias"
    assert not row.wrapped, "at 1300 pixels the box stays on the title's line"

    def whole(label: QLabel) -> bool:
        return label.width() >= label.sizeHint().width()

    view.resize(560, 600)  # the agenda's share of a 1024-pixel window, with the panel
    view.controller.set_mode(Mode.DAY)  # the day's title is the longest
    qtbot.waitUntil(lambda: row.wrapped)
    qtbot.waitUntil(lambda: whole(view.title) and whole(view.empty))
    assert view.withdrawn.isVisible() and whole(view.withdrawn)
    view.resize(1300, 800)
    qtbot.waitUntil(lambda: not row.wrapped)
