"""The booking dialog: proposed slots, conflicts in words, the supervisor's override."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from conciliador.domain.enums import HearingMode, OverrideKind
from conciliador.models import Hearing, Override
from conciliador.services.fields import Booking
from conciliador.ui.booking.dialog import BookingDialog
from conciliador.ui.booking.supervisor import SupervisorSignInDialog
from conciliador.ui.context import UiContext
from conciliador.ui.tasks import ThreadTaskRunner
from tests.support.booking import book
from tests.support.typing import type_text
from tests.support.world import PASSWORD, World, local
from tests.ui.conftest import MakeContext


def _dialog(qtbot: QtBot, make_context: MakeContext, actor, case_id: int) -> BookingDialog:  # type: ignore[no-untyped-def]
    dialog = BookingDialog(make_context(actor), case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _hearings(w: World) -> list[Hearing]:
    with w.db.read() as session:
        return list(session.scalars(select(Hearing)))


def test_free_slots_are_proposed_across_several_days(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    dialog = _dialog(qtbot, make_context, w.officer, w.case().id)
    slots = dialog.slots.rows
    assert len(slots) == 16
    assert slots[0].starts_at == local(2026, 11, 26, 8)  # three working days of notice
    assert (
        max(
            sum(1 for s in slots if s.starts_at.date() == d)
            for d in {s.starts_at.date() for s in slots}
        )
        == 4
    )
    assert dialog.slots.index(0, 0).data() == "Jueves 26/11/2026 08:00–09:00"
    # The first proposal is already chosen and free.
    assert (dialog.day.value(), dialog.time.time().hour()) == (dt.date(2026, 11, 26), 8)
    assert dialog.clash_panel.verdict.text() == "✔ Horario libre: se puede programar."
    dialog.slot_list.setCurrentIndex(dialog.slots.index(5, 0))
    dialog._slot_chosen(dialog.slots.index(5, 0))
    dialog.ok.click()
    [hearing] = _hearings(w)
    assert hearing.starts_at == slots[5].starts_at


def test_a_double_booking_is_explained_and_never_allowed(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    book(w, w.case().id, local(2026, 11, 26, 9), officer=w.officer2, room=0)
    dialog = _dialog(qtbot, make_context, w.supervisor, w.case().id)
    dialog.context.office.set(w.office_id)
    dialog.officer.setCurrentIndex(dialog.officer.findData(w.officer.user_id))
    dialog.day.set_value(dt.date(2026, 11, 26))
    dialog.time.setTime(dialog.time.time().fromString("09:30", "HH:mm"))
    dialog.check()
    assert dialog.clash_panel.verdict.text() == "No se puede programar en este horario:"
    texts = [
        dialog.clash_panel.clash_box.itemAt(i).widget().text()
        for i in range(dialog.clash_panel.clash_box.count())
    ]
    assert any(t.startswith("✖ La sala «Sala 1» está ocupada por el caso") for t in texts)
    assert not dialog.clash_panel.override.isVisibleTo(
        dialog
    )  # not even a supervisor may override it
    dialog.ok.click()
    assert dialog.isVisible() and len(_hearings(w)) == 1
    assert "elija otro horario" in dialog.general.text()
    dialog.mode.setCurrentIndex(dialog.mode.findData(HearingMode.VIDEO))
    dialog.check()
    assert dialog.clash_panel.verdict.text() == "✔ Horario libre: se puede programar."
    assert not dialog.room.isEnabled()


def test_an_officer_needs_a_supervisor_to_book_inside_the_notice(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    case_id = w.case().id
    dialog = _dialog(qtbot, make_context, w.officer, case_id)
    dialog.day.set_value(dt.date(2026, 11, 24))
    dialog.check()
    assert dialog.clash_panel.verdict.text() == "Este horario choca con las reglas de la oficina:"
    assert dialog.clash_panel.override.isVisibleTo(dialog)
    assert not dialog.clash_panel.override_check.isEnabled()
    assert dialog.clash_panel.supervisor_button.isVisibleTo(dialog)
    dialog.ok.click()
    assert _hearings(w) == []
    assert "autorización de un supervisor" in dialog.general.text()

    dialog.ask_supervisor()
    auth = dialog.supervisor_dialog
    assert isinstance(auth, SupervisorSignInDialog)
    type_text(auth.login, "juan.secretario")
    type_text(auth.password, PASSWORD)
    auth.check()
    assert auth.problem.text() == "Ese usuario no puede autorizar excepciones en esta oficina."
    auth.login.setText("rosa.supervisora")
    type_text(auth.password, PASSWORD)
    auth.check()
    assert dialog.booker.login == "rosa.supervisora"
    assert dialog.clash_panel.override_check.isChecked()
    assert "Autoriza: Rosa Téllez" in dialog.clash_panel.override_who.text()
    type_text(dialog.clash_panel.override_reason, "corto")
    dialog.ok.click()
    assert "al menos 10 caracteres" in dialog.errors._fields[Booking.OVERRIDE_REASON][1].text()
    assert _hearings(w) == []
    type_text(dialog.clash_panel.override_reason, " — la citada viaja el jueves a Costa Rica")
    dialog.ok.click()
    [hearing] = _hearings(w)
    assert hearing.created_by_id == w.supervisor.user_id
    with w.db.read() as session:
        [override] = session.scalars(select(Override)).all()
    assert override.kind == OverrideKind.AVISO_MINIMO and "Costa Rica" in override.reason


# ---------------------------------------------------------------------- off the GUI thread
def _threaded(w: World, actor, case_id: int, qtbot: QtBot):  # type: ignore[no-untyped-def]
    """The dialog as the desktop runs it: its reads and writes on a thread pool."""
    runner = ThreadTaskRunner(QThreadPool())
    dialog = BookingDialog(UiContext(w.db, actor, runner), case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, runner


def test_opening_reads_off_the_gui_thread_and_says_it_is_searching(
    qtbot: QtBot, sqlite_world: World
) -> None:
    w = sqlite_world
    case = w.case()
    dialog, runner = _threaded(w, w.officer, case.id, qtbot)
    # Nothing read yet on this thread: the dialog is up, saying it searches, not bookable.
    assert dialog.busy.text() == "Buscando…"
    assert dialog.slots.rows == [] and not dialog.ok.isEnabled()
    assert not dialog.body.isEnabled()
    qtbot.waitUntil(lambda: not dialog.searching, timeout=20_000)
    assert dialog.busy.text() == ""
    assert dialog.header.text().startswith(f"Caso {case.number}:")
    assert len(dialog.slots.rows) == 16
    assert dialog.clash_panel.verdict.text() == "✔ Horario libre: se puede programar."
    assert dialog.ok.isEnabled()
    # A new choice is checked off the GUI thread too; the verdict says so meanwhile.
    dialog.day.set_value(dt.date(2026, 11, 24))
    dialog.check()
    assert dialog.clash_panel.verdict.text() == "Buscando…"
    assert dialog.busy.text() == "Buscando…"
    qtbot.waitUntil(lambda: not dialog.searching, timeout=20_000)
    assert dialog.clash_panel.verdict.text() == "Este horario choca con las reglas de la oficina:"
    runner.wait()


def test_programar_pressed_twice_books_once(qtbot: QtBot, sqlite_world: World) -> None:
    w = sqlite_world
    dialog, runner = _threaded(w, w.officer, w.case().id, qtbot)
    qtbot.waitUntil(lambda: not dialog.searching, timeout=20_000)
    dialog.ok.click()
    assert dialog.busy.text() == "Programando…" and not dialog.ok.isEnabled()
    dialog.ok.click()
    dialog.submit()  # Enter, or a second click that got through
    with qtbot.waitSignal(dialog.booked, timeout=20_000):
        pass
    runner.wait()
    qtbot.wait(50)
    assert len(_hearings(w)) == 1
    assert not dialog.isVisible()
    assert dialog.general.text() == ""


def test_a_refusal_while_opening_is_said_in_spanish(qtbot: QtBot, sqlite_world: World) -> None:
    w = sqlite_world
    dialog, runner = _threaded(w, w.officer, 987_654, qtbot)
    qtbot.waitUntil(lambda: not dialog.searching, timeout=20_000)
    assert dialog.general.isVisible()
    assert dialog.general.text() == "No existe el caso n.º 987654."
    assert not dialog.ok.isEnabled() and not dialog.body.isEnabled()
    assert dialog.busy.text() == ""
    runner.wait()
