"""The desktop under test: offscreen, in Spanish, settings and logs in a temporary folder,
services run synchronously, and "now" pinned to the world's Monday morning."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from conciliador.services.actor import Actor
from conciliador.ui.actas.view import ActasView
from conciliador.ui.admin.view import AdminView
from conciliador.ui.context import UiContext
from conciliador.ui.followup.pending import DismissDialog
from conciliador.ui.i18n import install_language
from conciliador.ui.tasks import SyncTaskRunner
from tests.support.printing import AnswerFiles, PdfPrinters
from tests.support.world import World

MakeContext = Callable[[Actor], UiContext]

#: The offscreen platform cannot propagate a window's size hints, nor raise a window; it says
#: so on every dialog shown. It is the test platform talking, not the desktop (under X the
#: message never appears). A popup (a date field's calendar) asks to grab the keyboard, which
#: it cannot either.
OFFSCREEN_NOISE = (
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid or item.nodeid.startswith("ui/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _desk(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
    )
    monkeypatch.setenv("CONCILIADOR_LOG_DIR", str(tmp_path / "log"))
    install_language("es")
    yield
    install_language("es")


@pytest.fixture
def make_context(sqlite_world: World) -> MakeContext:
    def make(actor: Actor) -> UiContext:
        return UiContext(sqlite_world.db, actor, SyncTaskRunner())

    return make


def admin_view(qtbot: QtBot, context: UiContext) -> AdminView:
    """The Administración area for whoever ``context`` signed in, shown."""
    view = AdminView(context)
    qtbot.addWidget(view)
    view.show()
    return view


def actas_view_on_first(
    qtbot: QtBot, context: UiContext, tmp_path: Path, size: tuple[int, int] = (1280, 800)
) -> ActasView:
    """The Actas area, shown, with its first acta chosen and its panel open; prints and saved
    files go to ``tmp_path``."""
    view = ActasView(context, printers=PdfPrinters(tmp_path), files=AnswerFiles(tmp_path))
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitUntil(lambda: bool(view.model.rows), timeout=5000)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.panel is not None, timeout=5000)
    return view


def answer_in_turn(dialog: DismissDialog, texts: Iterable[str]) -> None:
    """Answer the dismissal dialog each time it opens with the next text, then cancel it: the
    desk's loop that asks again while the reason is refused, run without a person."""
    answers = iter(texts)

    def answer() -> None:
        text = next(answers, None)
        if text is None:
            dialog.reject()
            return
        dialog.reason.setPlainText(text)
        dialog.accept()
        QTimer.singleShot(0, answer)

    QTimer.singleShot(0, answer)
