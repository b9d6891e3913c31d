"""Documents attached to a case (issue 18): kept owner-only in the documents folder, checked
for size and type with the field named, audited, seen only by who may read the case in full,
removed only by who handles cases — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from conciliador.domain.attachments import MAX_BYTES, AttachmentKind
from conciliador.models import Attachment, AuditEvent
from conciliador.services.attachments import (
    add_attachment,
    attachments_dir,
    list_attachments,
    open_attachment,
    remove_attachment,
)
from conciliador.services.backups import create_backup, restore_backup
from conciliador.services.errors import NotFound, PermissionDenied, ValidationFailed
from conciliador.services.verification import verify
from tests.support.world import World

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture(autouse=True)
def _documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "documentos"
    monkeypatch.setenv("CONCILIADOR_DOCUMENTS_DIR", str(folder))
    return folder


def _add(w: World, actor, case_id: int, **changes):  # type: ignore[no-untyped-def]
    values = {
        "kind": AttachmentKind.DOCUMENTO_IDENTIDAD,
        "document_date": dt.date(2020, 3, 14),
        "file_name": "cedula maria.pdf",
        "content": PDF,
    }
    values.update(changes)
    return add_attachment(w.db, actor, case_id, **values)


def _events(w: World, action: str) -> list[AuditEvent]:
    with w.db.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_clerk_attaches_a_scan_kept_for_the_owner_only_and_every_opening_is_audited(
    world: World,
) -> None:
    w = world
    case = w.case()
    added = _add(w, w.clerk, case.id, description="Ambas caras")
    assert (added.kind, added.original_name) == (
        AttachmentKind.DOCUMENTO_IDENTIDAD,
        "cedula maria.pdf",
    )
    assert added.added_by == w.clerk.name
    [listed] = list_attachments(w.db, w.officer, case.id)
    assert listed == added and listed.document_date == dt.date(2020, 3, 14)
    files = [p for p in attachments_dir(w.db).rglob("*") if p.is_file()]
    assert len(files) == 1 and files[0].read_bytes() == PDF
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(files[0].parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(attachments_dir(w.db).stat().st_mode) == 0o700
    [event] = _events(w, "adjuntar")
    assert event.after["original_name"] == "cedula maria.pdf" and "content" not in event.after
    opened = open_attachment(w.db, w.officer, added.id)
    assert opened.content == PDF and opened.suggested_name == "cedula maria.pdf"
    assert len(_events(w, "abrir_adjunto")) == 1


def test_bad_files_are_refused_naming_the_field_and_nothing_is_kept(world: World) -> None:
    w = world
    case = w.case()
    cases = {
        "too big": dict(content=b"%PDF-" + b"0" * MAX_BYTES),
        "not a document": dict(content=b"MZ\x90\x00 a program", file_name="cedula.pdf"),
        "empty": dict(content=b""),
    }
    messages = {}
    for name, change in cases.items():
        with pytest.raises(ValidationFailed) as refused:
            _add(w, w.clerk, case.id, **change)
        [problem] = refused.value.problems
        assert str(problem.field) == "Archivo", name
        messages[name] = problem.message
    assert "ocupa 10,0 MB; el máximo es 10,0 MB" in messages["too big"]
    assert messages["not a document"] == (
        "el archivo «cedula.pdf» no es un PDF ni una imagen JPG, PNG o TIFF."
    )
    with pytest.raises(ValidationFailed) as refused:
        _add(w, w.clerk, case.id, kind=None, document_date=None)
    assert [str(p.field) for p in refused.value.problems] == [
        "Tipo de documento",
        "Fecha del documento",
    ]
    with pytest.raises(ValidationFailed) as refused:
        _add(w, w.clerk, case.id, document_date=dt.date(2031, 1, 1))
    assert str(refused.value.problems[0]).startswith("Fecha del documento")
    assert list_attachments(w.db, w.officer, case.id) == []
    assert not [p for p in attachments_dir(w.db).rglob("*") if p.is_file()]
    assert _events(w, "adjuntar") == []


def test_a_clerk_may_attach_but_not_remove_an_officer_removes_with_a_reason(
    world: World,
) -> None:
    w = world
    case = w.case()
    added = _add(w, w.clerk, case.id, kind=AttachmentKind.PARTIDA_NACIMIENTO, content=PNG)
    with pytest.raises(PermissionDenied):
        remove_attachment(w.db, w.clerk, added.id, "Se adjuntó al caso equivocado.")
    with pytest.raises(ValidationFailed) as refused:
        remove_attachment(w.db, w.officer, added.id, "error")
    assert str(refused.value.problems[0].field) == "Motivo"
    remove_attachment(w.db, w.officer, added.id, "Se adjuntó al caso equivocado.")
    assert list_attachments(w.db, w.officer, case.id) == []
    assert not [p for p in attachments_dir(w.db).rglob("*") if p.is_file()]
    [event] = _events(w, "quitar_adjunto")
    assert event.reason == "Se adjuntó al caso equivocado."
    with pytest.raises(NotFound):
        open_attachment(w.db, w.officer, added.id)


def test_a_sensitive_cases_documents_are_seen_only_by_who_reads_it_in_full(
    world: World,
) -> None:
    w = world
    case = w.case(flagged=True)  # registered by Ana (w.officer)
    added = _add(w, w.clerk, case.id)  # the clerk may still attach at the counter
    for reader in (w.officer, w.supervisor):
        assert [a.id for a in list_attachments(w.db, reader, case.id)] == [added.id]
    for reader in (w.clerk, w.officer2):
        with pytest.raises(PermissionDenied) as refused:
            list_attachments(w.db, reader, case.id)
        assert "señales de violencia" in str(refused.value)
        with pytest.raises(PermissionDenied):
            open_attachment(w.db, reader, added.id)
    assert _events(w, "abrir_adjunto") == []


def test_a_file_altered_in_the_folder_is_not_shown_as_the_attached_document(
    world: World,
) -> None:
    w = world
    case = w.case()
    added = _add(w, w.officer, case.id)
    [stored] = [p for p in attachments_dir(w.db).rglob("*") if p.is_file()]
    stored.write_bytes(PDF.replace(b"1 0", b"2 0"))
    with pytest.raises(NotFound) as refused:
        open_attachment(w.db, w.officer, added.id)
    assert "fue alterado" in str(refused.value)


def test_verify_checks_each_attached_file_against_its_fingerprint(world: World) -> None:
    w = world
    case = w.case()
    kept = _add(w, w.clerk, case.id, file_name="partida.pdf")
    lost = _add(w, w.clerk, case.id, file_name="colilla.pdf")
    report = verify(w.db, w.supervisor, use_anchors=False)
    [result] = [r for r in report.results if r.title == "Documentos adjuntos"]
    assert result.ok and result.summary == "2 documento(s) adjunto(s) comprobado(s)"
    files = sorted(p for p in attachments_dir(w.db).rglob("*") if p.is_file())
    with w.db.read() as session:
        stored = {a.id: a.stored_as for a in session.scalars(select(Attachment))}
    (attachments_dir(w.db) / stored[lost.id]).unlink()
    (attachments_dir(w.db) / stored[kept.id]).write_bytes(PDF + b"% cambiado\n")
    assert len(files) == 2
    report = verify(w.db, w.supervisor, use_anchors=False)
    [result] = [r for r in report.results if r.title == "Documentos adjuntos"]
    assert result.problems == (
        f"el archivo del adjunto n.º {kept.id} («partida.pdf») fue alterado",
        f"falta el archivo del adjunto n.º {lost.id} («colilla.pdf»)",
    )


def test_a_backup_carries_the_attached_files_and_the_restore_brings_them_back(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONCILIADOR_BACKUP_DIR", str(tmp_path / "copias"))
    w = world
    case = w.case()
    added = _add(w, w.clerk, case.id)
    out = tmp_path / "usb" / "copia.tar.gz"
    info = create_backup(w.db, w.admin, out)
    assert info.problems == []
    assert [d for d in info.manifest.documents if "/adjuntos/" in d]
    remove_attachment(w.db, w.officer, added.id, "Se adjuntó al caso equivocado.")
    restore_backup(w.db, w.admin, out, safety_copy=False)
    opened = open_attachment(w.db, w.officer, added.id)
    assert opened.content == PDF
    [stored] = [p for p in attachments_dir(w.db).rglob("*") if p.is_file()]
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
