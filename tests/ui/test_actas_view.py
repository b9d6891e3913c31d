"""The Actas area as an officer and a clerk use it: the list and its filters, the PDF
previewed inside the app (real LibreOffice), issuing with its blocking problems, signing
with the signature pads, replacing, printing and saving, the copies with the explanation
sheet, and the day's citations in one batch — every change checked in the database."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from conciliador.domain.actas import ActaStatus, SignatureMode, SignerRole
from conciliador.domain.enums import Outcome
from conciliador.services.actas import acta_document, get_acta, issue_acta, list_actas
from conciliador.services.actas.desk import ActaAction
from conciliador.services.agreements import agreement_context, update_agreement
from conciliador.services.fields import ActaFields, SupportFields
from conciliador.ui.actas.batch_dialog import BatchCitationsDialog
from conciliador.ui.actas.detail import SHEET
from conciliador.ui.actas.dialogs import ProblemsDialog, ReplaceDialog
from conciliador.ui.actas.sign_dialog import SignDialog
from conciliador.ui.actas.view import ActasView
from conciliador.ui.tasks import Progress
from tests.support.actas import concluded
from tests.support.agreements import complete_terms, support
from tests.support.booking import book
from tests.support.printing import AnswerFiles, PdfPrinters, pages, pdf_pages, pdf_text
from tests.support.typing import type_text
from tests.support.world import NOW, World, local
from tests.ui.conftest import MakeContext

pytestmark = pytest.mark.slow


def _view(qtbot: QtBot, make_context: MakeContext, actor, tmp_path: Path) -> ActasView:  # type: ignore[no-untyped-def]
    view = ActasView(
        make_context(actor), printers=PdfPrinters(tmp_path), files=AnswerFiles(tmp_path)
    )
    qtbot.addWidget(view)
    view.resize(1400, 860)
    view.show()
    return view


def _choose(qtbot: QtBot, view: ActasView, agreement_id: int) -> None:
    """Click the line of this outcome and wait until its acta is on the right."""
    row = next(i for i, r in enumerate(view.model.rows) if r.agreement_id == agreement_id)
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: view.panel is not None and view.panel.acta.agreement_id == agreement_id,
        timeout=3000,
    )


def _status(world: World, acta_id: int) -> ActaStatus:
    return get_acta(world.db, world.officer, acta_id).status


def test_the_list_filters_and_a_borrador_shows_its_preview_and_what_blocks_it(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path
) -> None:
    w = sqlite_world
    hearing, total = concluded(w, Outcome.ACUERDO_TOTAL, hour=8)
    concluded(w, Outcome.FALTA_DE_ACUERDO, hour=10, room=1)
    ctx = agreement_context(w.db, w.officer, hearing.id)
    update_agreement(
        w.db,
        w.officer,
        total.agreement_id,
        complete_terms(ctx).model_copy(update={"support": support(ctx, first_payment=None)}),
    )
    view = _view(qtbot, make_context, w.officer, tmp_path)
    assert view.count.text() == "2 actas."
    # each line says its state next to its number, without scrolling sideways
    header = view.model.headerData(1, Qt.Orientation.Horizontal)
    assert header == "Estado" and view.model.index(0, 1).data() == "Borrador"
    view.filters.outcome.choose(Outcome.FALTA_DE_ACUERDO)
    assert [r.outcome for r in view.model.rows] == [Outcome.FALTA_DE_ACUERDO]
    view.filters.outcome.choose(None)
    type_text(view.filters.text, total.case_number)
    qtbot.waitUntil(lambda: len(view.model.rows) == 1, timeout=2000)
    view.filters.text.clear()
    qtbot.waitUntil(lambda: len(view.model.rows) == 2, timeout=2000)
    view.filters.status.choose(ActaStatus.FIRMADA)
    assert view.model.rows == [] and view.count.text() == "No hay actas con estos filtros."
    view.filters.status.choose(None)

    _choose(qtbot, view, total.agreement_id)
    detail = view.detail
    assert detail.title.text() == "Acta en borrador — Acuerdo total"
    assert detail.problems.isVisibleTo(view)
    assert "Primer pago: indique la fecha del primer pago" in detail.problems.text()
    # the borrador previewed inside the app, made by LibreOffice off the GUI thread
    shown = detail.pane.pdf_bytes
    assert shown is not None and detail.pane.page_count() >= 2
    assert "BORRADOR" in pdf_text(shown)
    qtbot.mouseClick(detail.buttons[ActaAction.ISSUE], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ProblemsDialog) and dialog.isVisible()
    assert [p.field for p in dialog.problems] == [SupportFields.FIRST_PAYMENT]
    assert dialog.correct_button is not None
    assert total.acta_id is not None and _status(w, total.acta_id) == ActaStatus.BORRADOR


def test_issue_sign_with_the_pads_print_and_save(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path
) -> None:
    w = sqlite_world
    _, acta = concluded(w, Outcome.ACUERDO_TOTAL)
    assert acta.acta_id is not None
    view = _view(qtbot, make_context, w.officer, tmp_path)
    _choose(qtbot, view, acta.agreement_id)
    detail = view.detail
    assert not detail.problems.isVisibleTo(view)
    detail.buttons[ActaAction.ISSUE].click()
    confirm = view.dialog
    assert isinstance(confirm, QMessageBox) and confirm.isVisible()
    confirm.button(QMessageBox.StandardButton.Yes).click()
    issued = get_acta(w.db, w.officer, acta.acta_id)
    assert issued.status == ActaStatus.EMITIDA and issued.number == "MN-D2-2026-0001"
    assert view.model.rows[0].number == "MN-D2-2026-0001"
    assert detail.title.text() == "Acta n.º MN-D2-2026-0001 — Acuerdo total"
    assert view.context.messages.last.text == (  # type: ignore[union-attr]
        "Acta n.º MN-D2-2026-0001 emitida: su texto queda congelado."
    )
    assert detail.buttons[ActaAction.SIGN].isVisibleTo(view)

    detail.buttons[ActaAction.SIGN].click()
    sign = view.dialog
    assert isinstance(sign, SignDialog) and sign.isVisible()
    claimant = sign.box(SignerRole.SOLICITANTE)
    pad = claimant.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 60))
    for x in range(40, 200, 10):
        qtbot.mouseMove(pad, QPoint(x, 60 + (x % 30)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 70))
    assert not pad.is_empty
    respondent = sign.box(SignerRole.CITADO)
    respondent.modes[SignatureMode.HUELLA_TESTIGO].setChecked(True)
    assert respondent.witness.isVisibleTo(sign) and not respondent.pad.isVisibleTo(sign)
    sign.ok.click()
    # no witness: said on the respondent's line, nothing recorded
    assert "testigo a ruego: indique su nombre" in respondent.problem.text()
    assert respondent.problem.isVisibleTo(sign)
    assert _status(w, acta.acta_id) == ActaStatus.EMITIDA
    type_text(respondent.witness_name, "Martha Pérez Solís")
    type_text(respondent.witness_id, "001-020380-0007K")
    sign.ok.click()
    signed = get_acta(w.db, w.officer, acta.acta_id)
    assert signed.status == ActaStatus.FIRMADA and not sign.isVisible()
    by_role = {s.role: s for s in signed.signatures}
    assert by_role[SignerRole.SOLICITANTE].has_image
    assert by_role[SignerRole.CITADO].mode == SignatureMode.HUELLA_TESTIGO
    assert by_role[SignerRole.CITADO].witness_name == "Martha Pérez Solís"
    # what is on screen is the sealed file itself
    sealed = acta_document(w.db, w.officer, acta.acta_id, pdf=True).data
    assert detail.pane.pdf_bytes == sealed
    assert any(page.images for page in pypdf.PdfReader(io.BytesIO(sealed)).pages)
    assert "Firmada y sellada" in detail.facts.text()

    detail.print_button.click()
    printers = view.jobs.printers
    assert isinstance(printers, PdfPrinters) and printers.jobs
    assert pages(printers.jobs[-1]) == pdf_pages(sealed)
    assert "páginas enviadas a la impresora" in view.context.messages.last.text  # type: ignore[union-attr]
    detail.save_button.click()
    saved = tmp_path / "guardado.pdf"
    assert saved.read_bytes() == sealed
    assert oct(os.stat(saved).st_mode & 0o777) == "0o600"
    files = view.jobs.files
    assert isinstance(files, AnswerFiles) and files.asked == ["acta-MN-D2-2026-0001.pdf"]


def test_the_copies_and_the_explanation_sheet_print_as_one_job(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path
) -> None:
    w = sqlite_world
    _, acta = concluded(w, Outcome.ACUERDO_TOTAL)
    assert acta.acta_id is not None
    issue_acta(w.db, w.officer, acta.acta_id, now=NOW)
    view = _view(qtbot, make_context, w.officer, tmp_path)
    _choose(qtbot, view, acta.agreement_id)
    detail = view.detail
    names = [detail.document.itemText(i) for i in range(detail.document.count())]
    assert names[0] == "El acta (original para el expediente)"
    assert names[-1] == "Hoja explicativa para la familia"
    assert "Copia para la parte solicitante" in names
    detail.document.setCurrentIndex(len(names) - 1)
    assert detail.chosen_document()[0] == SHEET
    sheet = detail.pane.pdf_bytes
    assert sheet is not None and "Lo que acordamos" in pdf_text(sheet)
    detail.print_set_button.click()
    printers = view.jobs.printers
    assert isinstance(printers, PdfPrinters)
    printed = pages(printers.jobs[-1])
    copies = [
        acta_document(w.db, w.officer, acta.acta_id, pdf=True, recipient=r)
        for r in ("solicitante", "citado")
    ]
    assert printed == sum(pdf_pages(c.data) for c in copies) + pdf_pages(sheet)


def test_replacing_asks_for_the_defect_and_opens_the_replacement(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path
) -> None:
    w = sqlite_world
    _, acta = concluded(w, Outcome.FALTA_DE_ACUERDO)
    assert acta.acta_id is not None
    issue_acta(w.db, w.officer, acta.acta_id, now=NOW)
    view = _view(qtbot, make_context, w.officer, tmp_path)
    _choose(qtbot, view, acta.agreement_id)
    view.detail.buttons[ActaAction.REPLACE].click()
    dialog = view.dialog
    assert isinstance(dialog, ReplaceDialog)
    type_text(dialog.reason, "mal")
    dialog.ok.click()
    problem = dialog.errors._fields[ActaFields.REPLACE_REASON][1]
    assert problem.isVisibleTo(dialog) and "al menos 10 caracteres" in problem.text()
    assert dialog.isVisible()
    type_text(dialog.reason, ": la cédula de la parte citada estaba mal escrita")
    dialog.ok.click()
    assert not dialog.isVisible()
    rows = list_actas(w.db, w.officer)
    replacement = next(r for r in rows if r.replaces_id == acta.acta_id)
    assert replacement.status == ActaStatus.BORRADOR
    assert view.panel is not None and view.panel.acta.acta_id == replacement.acta_id
    assert "Reemplaza a otra acta" in view.detail.facts.text()
    assert ActaAction.ISSUE in view.panel.actions


def test_a_clerk_prints_but_neither_opens_nor_issues_an_acta(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path
) -> None:
    w = sqlite_world
    _, acta = concluded(w, Outcome.FALTA_DE_ACUERDO)
    hearing, _ = concluded(w, Outcome.ACUERDO_TOTAL, hour=10, room=1)
    assert acta.acta_id is not None
    issue_acta(w.db, w.officer, acta.acta_id, now=NOW)
    view = _view(qtbot, make_context, w.clerk, tmp_path)
    _choose(qtbot, view, acta.agreement_id)
    detail = view.detail
    assert not detail.buttons[ActaAction.SIGN].isVisibleTo(view)
    assert not detail.buttons[ActaAction.REPLACE].isVisibleTo(view)
    assert detail.print_button.isVisibleTo(view)
    assert view.batch_button.isVisibleTo(view)
    assert hearing.id


def test_the_days_citations_print_in_one_batch_that_can_be_cancelled(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path
) -> None:
    w = sqlite_world
    book(w, w.case().id, local(2026, 11, 30, 9))
    book(w, w.case().id, local(2026, 11, 30, 10), officer=w.officer2, room=1)
    view = _view(qtbot, make_context, w.clerk, tmp_path)
    view.batch_button.click()
    dialog = view.dialog
    assert isinstance(dialog, BatchCitationsDialog)
    dialog.held.setChecked(True)
    assert dialog.count.text() == "No hay citaciones para ese día."
    assert not dialog.print_button.isEnabled()
    dialog.day.set_value(dt.date(2026, 11, 30))
    assert dialog.count.text() == "4 citaciones para imprimir."
    dialog.print_button.click()
    printers = view.jobs.printers
    assert isinstance(printers, PdfPrinters)
    assert printers.titles[-1] == "Citaciones del 30/11/2026"
    assert pages(printers.jobs[-1]) >= 4
    # saved into a folder: each citation as Word and as PDF
    dialog.save_button.click()
    folder = tmp_path / "carpeta"
    assert len(list(folder.glob("citacion-*.pdf"))) == 4
    assert len(list(folder.glob("citacion-*.docx"))) == 4
    assert "4 citaciones guardadas" in view.context.messages.last.text  # type: ignore[union-attr]

    # «Cancelar» while the documents are being made: nothing reaches the printer
    class CancelAtOnce:
        def run(self, func, on_done, on_error, on_progress=None):  # type: ignore[no-untyped-def]
            progress = Progress(on_progress)
            progress.cancel()
            try:
                result = func(progress)
            except BaseException as exc:
                on_error(exc)
            else:
                on_done(result)
            return progress

    view.context.tasks = CancelAtOnce()
    before = len(printers.jobs)
    dialog.print_button.click()
    assert view.context.messages.last.text == "Cancelado. No se guardó nada a medias."  # type: ignore[union-attr]
    assert len(printers.jobs) == before + 1
    assert not printers.jobs[-1].exists() or printers.jobs[-1].stat().st_size == 0


def test_acta_and_case_numbers_are_told_apart_in_the_list_and_found_as_shown(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path
) -> None:
    w = sqlite_world
    w.case()  # case n.º 1 has no acta: the acta n.º 1 belongs to another case
    _, first = concluded(w, Outcome.FALTA_DE_ACUERDO, hour=8)
    issued = issue_acta(w.db, w.officer, first.acta_id, now=NOW)
    view = _view(qtbot, make_context, w.officer, tmp_path)
    [row] = view.model.rows
    number = view.model.index(0, 0).data()
    case_column = next(
        c
        for c in range(view.model.columnCount())
        if view.model.headerData(c, Qt.Orientation.Horizontal) == "Caso"
    )
    case = view.model.index(0, case_column).data()
    assert number == f"ACTA {issued.number}" and number.endswith("-0001")
    assert case == f"EXP {row.case_number}" and case.endswith("-00002")
    # what the list shows, typed back (or pasted) into the search, finds that very acta
    type_text(view.filters.text, number)
    qtbot.waitUntil(lambda: len(view.model.rows) == 1, timeout=2000)
    view.filters.text.clear()
    type_text(view.filters.text, "EXP " + row.case_number.replace("00002", "00001"))
    qtbot.waitUntil(lambda: len(view.model.rows) == 0, timeout=2000)
