"""The case page's attached documents (issue 18): attach with the keyboard, refusals under
their field, open in the documents viewer, remove with a reason; a clerk attaches but does
not remove, and a sensitive case's documents stay hidden from whoever may not read it."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from conciliador.domain.attachments import AttachmentKind
from conciliador.services.attachments import attachments_dir, list_attachments
from conciliador.services.fields import AttachmentFields
from conciliador.ui.cases.attachments import AttachDialog, RemoveDialog
from conciliador.ui.cases.case_page import CasePage
from conciliador.ui.documents.viewer import DocumentsDialog
from tests.support.typing import type_text
from tests.support.world import World
from tests.ui.conftest import MakeContext

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONCILIADOR_DOCUMENTS_DIR", str(tmp_path / "documentos"))


def _page(qtbot: QtBot, make_context: MakeContext, actor, case_id: int) -> CasePage:  # type: ignore[no-untyped-def]
    page = CasePage(make_context(actor))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.open(case_id)
    return page


def _attach_dialog(page: CasePage) -> AttachDialog:
    dialog = page.attachments.attach()
    assert isinstance(dialog, AttachDialog)
    return dialog


def test_an_officer_attaches_by_keyboard_opens_it_in_the_viewer_and_removes_it(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path
) -> None:
    w = sqlite_world
    case = w.case()
    page = _page(qtbot, make_context, w.officer, case.id)
    box = page.attachments
    assert box.note.text() == "Todavía no hay documentos adjuntos."
    assert not box.table.isVisibleTo(page)
    scan = tmp_path / "cédula María.pdf"
    scan.write_bytes(PDF)
    program = tmp_path / "cedula.pdf"
    program.write_bytes(b"MZ\x90\x00not a pdf")

    dialog = _attach_dialog(page)
    qtbot.waitUntil(dialog.isVisible)
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # the first kind: Documento de identidad
    assert dialog.kind.currentData() == AttachmentKind.DOCUMENTO_IDENTIDAD
    dialog.document_date.setFocus()
    qtbot.keyClicks(dialog.document_date, "14/03/2020")
    type_text(dialog.path, str(program))
    dialog.ok.click()
    # the type is read from the content, and said under «Archivo»
    assert dialog.isVisible()
    message = dialog.errors._fields[AttachmentFields.FILE][1]
    assert message.isVisibleTo(dialog)
    assert message.text().endswith("no es un PDF ni una imagen JPG, PNG o TIFF.")
    dialog.path.clear()
    type_text(dialog.path, str(scan))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.document_date.value() == dt.date(2020, 3, 14)

    assert box.model.rowCount() == 1
    assert box.model.index(0, 0).data() == "Documento de identidad"
    assert box.model.index(0, 1).data() == "14/03/2020"
    assert box.model.index(0, 2).data() == "cédula María.pdf (1 KB)"
    assert box.model.index(0, 3).data() == w.officer.name
    [stored] = [p for p in attachments_dir(w.db).rglob("*") if p.is_file()]
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600

    box.open_button.click()
    viewer = box.dialog
    assert isinstance(viewer, DocumentsDialog) and viewer.isVisible()
    viewer.close()

    assert box.remove_button.isVisibleTo(page)
    box.remove_button.click()
    remove = box.dialog
    assert isinstance(remove, RemoveDialog)
    type_text(remove.reason, "corto")
    remove.ok.click()
    assert (
        remove.isVisible()
        and "al menos 10 caracteres"
        in remove.errors._fields[AttachmentFields.REMOVAL_REASON][1].text()
    )
    type_text(remove.reason, " — se adjuntó al caso equivocado")
    remove.ok.click()
    assert not remove.isVisible()
    assert box.model.rowCount() == 0
    assert list_attachments(w.db, w.officer, case.id) == []


def test_a_clerk_attaches_but_does_not_remove(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path
) -> None:
    w = sqlite_world
    case = w.case()
    page = _page(qtbot, make_context, w.clerk, case.id)
    box = page.attachments
    assert box.attach_button.isVisibleTo(page)
    scan = tmp_path / "colilla.pdf"
    scan.write_bytes(PDF)
    dialog = _attach_dialog(page)
    dialog.kind.setCurrentIndex(dialog.kind.findData(AttachmentKind.CONSTANCIA_INGRESOS))
    dialog.document_date.set_value(dt.date(2026, 10, 30))
    type_text(dialog.path, str(scan))
    dialog.ok.click()
    assert box.model.rowCount() == 1
    assert box.open_button.isVisibleTo(page) and box.open_button.isEnabled()
    assert not box.remove_button.isVisibleTo(page)


def test_a_sensitive_cases_documents_are_hidden_from_a_clerk_who_does_not_handle_it(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext
) -> None:
    w = sqlite_world
    case = w.case(flagged=True)
    page = _page(qtbot, make_context, w.clerk, case.id)
    box = page.attachments
    assert "señales de violencia" in box.note.text()
    assert box.note.isVisibleTo(page)
    assert not box.table.isVisibleTo(page)
    assert not box.open_button.isVisibleTo(page) and not box.remove_button.isVisibleTo(page)


#: Each country's ID and birth record, as its profile's [terminos] names them.
COUNTRY_KINDS = {
    "NI": ("Cédula de identidad u otro documento de identidad", "Partida de nacimiento"),
    "CO": (
        "Cédula de ciudadanía u otro documento de identidad",
        "Registro civil de nacimiento (NUIP)",
    ),
    "CL": (
        "Cédula de identidad (RUN) u otro documento de identidad",
        "Certificado de nacimiento (RUN)",
    ),
    "PE": ("DNI u otro documento de identidad", "Acta de nacimiento (RENIEC)"),
    "GT": (
        "Documento Personal de Identificación (DPI) u otro documento de identidad",
        "Certificado de nacimiento (CUI)",
    ),
}


@pytest.mark.parametrize("code", list(COUNTRY_KINDS))
def test_the_kinds_of_documents_are_named_in_the_offices_words(
    qtbot: QtBot, sqlite_world: World, make_context: MakeContext, tmp_path: Path, code: str
) -> None:
    from conciliador.criteria import load_profile

    w = sqlite_world
    case = w.case()
    page = CasePage(make_context(w.officer))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    profile = load_profile(code)
    page.set_office(profile, profile.regional.timezone)  # as the cases area does
    assert page.open(case.id)
    id_name, birth_name = COUNTRY_KINDS[code]
    dialog = _attach_dialog(page)
    kinds = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert kinds[1:3] == [id_name, birth_name]
    if code != "NI":
        assert "Partida de nacimiento" not in kinds
    scan = tmp_path / "nacimiento.pdf"
    scan.write_bytes(PDF)
    dialog.kind.setCurrentIndex(dialog.kind.findData(AttachmentKind.PARTIDA_NACIMIENTO))
    dialog.document_date.set_value(dt.date(2019, 5, 2))
    type_text(dialog.path, str(scan))
    dialog.ok.click()
    box = page.attachments
    qtbot.waitUntil(lambda: box.model.rowCount() == 1, timeout=5000)
    assert box.model.index(0, 0).data() == birth_name
    if os.environ.get("CONCILIADOR_SCREENSHOTS") and code == "PE":
        for size in ((1024, 600), (1280, 800), (1920, 1080)):
            page.resize(*size)
            qtbot.wait(200)
            page.grab().save(f"/tmp/c15-adjuntos-pe-{size[0]}x{size[1]}.png")
    remove = box.remove_current()
    assert isinstance(remove, RemoveDialog)
    said = [label.text() for label in remove.findChildren(QLabel)]
    assert any(f"«nacimiento.pdf» ({birth_name})" in text for text in said), said
