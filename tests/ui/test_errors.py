"""The last resort: nothing escapes silently, nothing shows a traceback, the log keeps it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from conciliador import applog
from conciliador.ui import errors
from conciliador.ui.errors import UnexpectedErrorDialog, report_unexpected
from conciliador.ui.messages import Level, MessageBar, Messages
from tests.support.world import World
from tests.ui.conftest import MakeContext

_answering: list[QTimer] = []


def _answer(button: str) -> None:
    """Press a button of the modal dialog as soon as it opens."""
    timer = QTimer()
    timer.setInterval(20)

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        timer.stop()
        for candidate in box.buttons():
            if candidate.text() == button:
                candidate.click()
                return
        raise AssertionError(f"sin botón {button!r}: {[b.text() for b in box.buttons()]}")

    timer.timeout.connect(press)
    timer.start()
    _answering.append(timer)


@pytest.fixture(autouse=True)
def _no_answer_left() -> Iterator[None]:
    """A box that closed without being answered (its window went first) leaves no timer
    polling into the next test, where it would answer someone else's box."""
    yield
    for timer in _answering:
        timer.stop()
    _answering.clear()


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The rotating log in the test's folder, taken down afterwards."""
    root = logging.getLogger()
    before = list(root.handlers)
    path = applog.configure()
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_a_bug_is_logged_and_the_person_may_carry_on(
    qtbot: QtBot,
    log_file: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quits: list[int] = []
    monkeypatch.setattr(errors.QCoreApplication, "exit", lambda code=0: quits.append(code))
    _answer("Seguir trabajando")
    with caplog.at_level(logging.ERROR, logger="conciliador.ui"):
        try:
            raise RuntimeError("algo imprevisto")
        except RuntimeError as exc:
            report_unexpected(exc)
    assert "Traceback" in caplog.text and "algo imprevisto" in caplog.text
    assert "algo imprevisto" in log_file.read_text(encoding="utf-8")
    qtbot.wait(20)
    assert quits == []


def test_the_person_may_choose_to_quit(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    exits: list[int] = []
    monkeypatch.setattr(errors.QCoreApplication, "exit", lambda code=0: exits.append(code))
    _answer("Cerrar Conciliador")
    report_unexpected(ValueError("x"))
    qtbot.waitUntil(lambda: exits == [errors.EXIT_AFTER_BUG])


def test_a_locked_database_is_explained_not_reported_as_a_bug(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The box's text is read as it opens (a polling timer left running by another test on
    # the same worker could answer a polled box before this test reads it).
    seen: list[str] = []

    def opened(box: QMessageBox) -> int:
        seen.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", opened)
    report_unexpected(OperationalError("UPDATE …", {}, Exception("database is locked")))
    assert len(seen) == 1 and "ocupada por otro escritorio" in seen[0]


def test_the_error_dialog_shows_no_traceback(qtbot: QtBot) -> None:
    dialog = UnexpectedErrorDialog(KeyError("clave"))
    qtbot.addWidget(dialog)
    assert dialog.detailedText() == "KeyError: 'clave'"
    assert "Traceback" not in dialog.informativeText()
    assert dialog.defaultButton() is dialog.carry_on


def test_the_message_bar_shows_the_latest_message(qtbot: QtBot) -> None:
    messages = Messages()
    bar = MessageBar(messages)
    qtbot.addWidget(bar)
    bar.show()
    messages.error("La sala está ocupada.")
    assert bar.isVisible() and bar.text.text() == "La sala está ocupada."
    assert messages.last is not None and messages.last.level == Level.ERROR
    bar.close_button.click()
    assert not bar.isVisible()


def test_a_message_coming_or_going_moves_no_button(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    """Issue 18.3: the message bar keeps its place, so the area under it stays put."""
    from conciliador.ui.shell.main_window import MainWindow

    context = make_context(sqlite_world.officer)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_area("casos")
    cases = window.area("casos")
    button = cases.list_page.new_button  # type: ignore[attr-defined]

    def where() -> tuple[int, int]:
        spot = button.mapTo(window, button.rect().topLeft())
        return spot.x(), spot.y()

    qtbot.waitUntil(button.isVisible)
    before = where()
    context.messages.success("Solicitud registrada: caso MN-D2-2026-00001.")
    assert window.message_bar.isVisible() and where() == before
    context.messages.error(
        "No se guardó: revise los campos marcados en rojo. " * 6  # wraps to two lines
    )
    assert where() == before
    window.message_bar.close_button.click()
    assert not window.message_bar.isVisible() and where() == before
