"""Documents inside the desktop: the signature pad's PNG from mouse, pen and touch; printing
PDF pages (ranges, cancelling between pages, a broken file); the preview pane; and the
documents of a hearing and of a case opened from the agenda and the case file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QEvent, QIODevice, QPoint, QPointF, Qt
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter, QPointingDevice, QTabletEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from conciliador.documents.docx_engine import png_size
from conciliador.services.hearing_details import HearingAction
from conciliador.ui.actas.signature_pad import SCALE, SignaturePad
from conciliador.ui.agenda.view import AgendaView
from conciliador.ui.cases.case_page import CasePage
from conciliador.ui.documents.pdf_pane import PdfLoader, PdfPane
from conciliador.ui.documents.printing import PrintFailed, print_pdfs
from conciliador.ui.documents.viewer import DocumentsDialog
from conciliador.ui.tasks import Cancelled, Progress
from tests.support.agreements import family_case
from tests.support.booking import book
from tests.support.printing import PdfPrinters, pages, pdf_text
from tests.support.world import World, local
from tests.ui.conftest import MakeContext


def _pdf(count: int) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    try:
        for page in range(count):
            if page:
                writer.newPage()
            painter.drawText(200, 200, f"Página {page + 1}")
    finally:
        painter.end()
    return bytes(buffer.data().data())


def _printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


# ------------------------------------------------------------------------------ signature pad
def test_the_pad_turns_mouse_strokes_into_a_cropped_transparent_png(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 130)
    pad.show()
    assert pad.is_empty and pad.to_png() is None
    with qtbot.waitSignal(pad.changed):
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(50, 40))
        for x in range(60, 160, 5):
            qtbot.mouseMove(pad, QPoint(x, 40 + x % 20))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(160, 60))
    png = pad.to_png()
    assert png is not None and png.startswith(b"\x89PNG")
    width, height = png_size(png)
    # the strokes' bounds (110 × ~25 px) plus a margin, at twice the screen's size
    assert 110 * SCALE <= width <= 140 * SCALE and height < 70 * SCALE
    pad.clear()
    assert pad.is_empty and pad.to_png() is None


def test_the_pad_takes_a_pen_with_its_pressure_and_a_finger(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 130)
    pad.show()
    pen = QPointingDevice.primaryPointingDevice()

    def tablet(kind: QEvent.Type, x: float, pressure: float) -> None:
        point = QPointF(x, 50)
        event = QTabletEvent(
            kind,
            pen,
            point,
            pad.mapToGlobal(point),
            pressure,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
        )
        QApplication.sendEvent(pad, event)

    tablet(QEvent.Type.TabletPress, 40, 0.2)
    tablet(QEvent.Type.TabletMove, 80, 0.9)
    tablet(QEvent.Type.TabletMove, 120, 0.9)
    tablet(QEvent.Type.TabletRelease, 120, 0.0)
    assert len(pad.strokes) == 1
    widths = pad.strokes[0].widths
    assert widths[0] < widths[-1]  # pressing harder draws a wider line
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(200, 40)).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(260, 70)).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(300, 70)).commit()
    assert len(pad.strokes) == 2 and len(pad.strokes[1].points) >= 2
    assert pad.to_png() is not None


# ------------------------------------------------------------------------------ printing
def test_printing_renders_every_page_or_the_range_asked_for(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    printer = _printer(tmp_path / "todo.pdf")
    assert print_pdfs([_pdf(2), _pdf(3)], printer, Progress(lambda d, t: seen.append((d, t)))) == 5
    assert pages(tmp_path / "todo.pdf") == 5
    assert seen[-1] == (5, 5)
    ranged = _printer(tmp_path / "rango.pdf")
    ranged.setPrintRange(QPrinter.PrintRange.PageRange)
    ranged.setFromTo(2, 3)
    assert print_pdfs([_pdf(2), _pdf(3)], ranged, Progress()) == 2
    assert pages(tmp_path / "rango.pdf") == 2


def test_cancelling_between_pages_sends_nothing(tmp_path: Path) -> None:
    progress = Progress()
    seen: list[int] = []

    def report(done: int, total: int) -> None:
        seen.append(done)
        progress.cancel()  # the person pressed «Cancelar» while page 1 was printing

    progress = Progress(report)
    target = tmp_path / "cancelado.pdf"
    with pytest.raises(Cancelled):
        print_pdfs([_pdf(3)], _printer(target), progress)
    assert seen == [1]
    assert not target.exists()


def test_a_file_that_is_not_a_pdf_is_refused_in_spanish(tmp_path: Path) -> None:
    with pytest.raises(PrintFailed, match="no es un PDF válido"):
        print_pdfs([b"esto no es un PDF"], _printer(tmp_path / "x.pdf"), Progress())


# ------------------------------------------------------------------------------ preview pane
class HeldRunner:
    """Keeps each task until the test lets it finish (as a slow conversion would)."""

    def __init__(self) -> None:
        self.waiting: list[Callable[[], None]] = []

    def run(self, func, on_done, on_error, on_progress=None):  # type: ignore[no-untyped-def]
        progress = Progress(on_progress)

        def finish() -> None:
            try:
                result = func(progress)
            except BaseException as exc:
                on_error(exc)
            else:
                on_done(result)

        self.waiting.append(finish)
        return progress


def test_the_pane_shows_only_the_newest_request_and_says_when_a_pdf_is_broken(
    qtbot: QtBot, make_context: MakeContext, sqlite_world: World
) -> None:
    pane = PdfPane()
    qtbot.addWidget(pane)
    pane.show()
    context: Any = make_context(sqlite_world.officer)
    runner = HeldRunner()
    context.tasks = runner
    loader = PdfLoader(context, pane)
    loader.load(lambda: _pdf(1), busy_text="Generando el acta A…")
    assert pane.busy and pane.busy_text.text() == "Generando el acta A…"
    loader.load(lambda: _pdf(3), busy_text="Generando el acta B…")
    runner.waiting[1]()  # B finishes first
    assert pane.page_count() == 3 and pane.page_label.text() == "Página 1 de 3"
    runner.waiting[0]()  # A finishes late: dropped
    assert pane.page_count() == 3
    pane.go_to(2)
    assert pane.page_label.text() == "Página 3 de 3" and not pane.next_button.isEnabled()
    loader.load(lambda: _pdf(2), busy_text="Generando…")
    pane.cancel_button.click()
    assert pane.message.text() == "Vista previa cancelada."
    runner.waiting[2]()
    assert pane.pdf_bytes is None
    assert not pane.show_pdf(b"%PDF-roto")
    assert "no se pudo mostrar" in pane.message.text()


# ------------------------------------------------------------------------ a hearing's, a case's
def test_the_agenda_shows_prints_and_saves_a_hearings_citations(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path
) -> None:
    w = sqlite_world
    hearing = book(w, w.case().id, local(2026, 11, 26, 9))
    view = AgendaView(make_context(w.clerk))
    qtbot.addWidget(view)
    view.show()
    view.select_id(hearing.id)
    button = view.panel.buttons[HearingAction.PRINT_CITATIONS]
    assert button.isVisibleTo(view.panel)
    button.click()
    dialog = view.dialog
    assert isinstance(dialog, DocumentsDialog) and dialog.isVisible()
    titles = [s.title for s in dialog.sources]
    assert titles[0].startswith("Citación n.º 1 — Solicitante: María")
    assert titles[1].startswith("Citación n.º 1 — Citado/a: José")
    shown = dialog.pane.pdf_bytes
    assert shown is not None and "CITACIÓN" in pdf_text(shown).upper()
    printers = PdfPrinters(tmp_path)
    dialog.jobs.printers = printers
    dialog.print_all_button.click()
    assert pages(printers.jobs[-1]) >= 2


def test_the_case_file_prints_its_referral_letter(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    case = family_case(w, 1, flagged=True, referral="comisaria_mujer")
    page = CasePage(make_context(w.officer))
    qtbot.addWidget(page)
    page.show()
    assert page.open(case.id)
    assert page.letters_button.isVisibleTo(page)
    page.letters_button.click()
    dialog = page.dialog
    assert isinstance(dialog, DocumentsDialog)
    assert dialog.sources[0].title.startswith("Carta de derivación a ")
    shown = dialog.pane.pdf_bytes
    assert shown is not None and "CONFIDENCIAL" in pdf_text(shown)
