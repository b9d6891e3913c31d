"""Documents attached to a case: a scanned ID, a birth certificate, pay slips, the signed
paper acta.

The file is kept in the database's documents folder (``storage.documents_dir``: beside the
SQLite file, or the server's folder), under ``adjuntos/<case uid>/<attachment uid>.<ext>``,
readable and writable by its owner only (folders 0700, files 0600): they are personal data.
The row says what it is, the date it bears, who added it and when, and its SHA-256, checked
each time it is opened. The documents folder goes into the backups with the database.

Who may do what, here and nowhere else: whoever may open the case's file attaches
(``ATTACH_DOCUMENT``: a clerk too, at the counter); removing is for those who handle cases
(``REMOVE_ATTACHMENT``), with a reason, and deletes the file while the row and the trail stay.
A case with signs of violence shows its documents only to those who read it in full
(``sensitive.require_full_view``). Adding, opening and removing are audited; the trail holds
the file's name, type, size and fingerprint, never its content.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path, PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.documents.atomic import write_atomically
from conciliador.domain.attachments import (
    MAX_BYTES,
    AttachmentKind,
    extension_of,
    media_type_of,
)
from conciliador.domain.audit_actions import AuditAction
from conciliador.models import Case, User
from conciliador.models.attachment import Attachment
from conciliador.models.base import session_now
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.cases import load_case
from conciliador.services.errors import FieldProblem, NotFound, ValidationFailed
from conciliador.services.fields import AttachmentFields as F
from conciliador.services.permissions import Permission, require
from conciliador.services.scheduling import calendar_zone
from conciliador.services.sensitive import require_full_view
from conciliador.services.storage import documents_dir
from conciliador.services.text import clean
from conciliador.services.validation import known_id, text_problem

FOLDER = "adjuntos"
_AUDITED = ("kind", "document_date", "original_name", "media_type", "size", "sha256")


@dataclass(frozen=True)
class AttachmentView:
    id: int
    case_id: int
    kind: AttachmentKind
    document_date: dt.date
    description: str
    original_name: str
    media_type: str
    size: int
    added_by: str
    added_at: dt.datetime


@dataclass(frozen=True)
class OpenedAttachment:
    view: AttachmentView
    content: bytes

    @property
    def suggested_name(self) -> str:
        """A name for a copy: the original's stem with the extension its content has."""
        stem = PurePath(self.view.original_name).stem or "documento"
        return f"{stem}{extension_of(self.view.media_type)}"


def attachments_dir(db: Database) -> Path:
    path = documents_dir(db) / FOLDER
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def size_text(size: int) -> str:
    """«2,4 MB», «830 KB»: a size as people read it (Spanish decimal comma)."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"


def _view(session: Session, row: Attachment) -> AttachmentView:
    user = session.get(User, row.added_by_id) if row.added_by_id is not None else None
    return AttachmentView(
        id=row.id,
        case_id=row.case_id,
        kind=row.kind,
        document_date=row.document_date,
        description=row.description,
        original_name=row.original_name,
        media_type=row.media_type,
        size=row.size,
        added_by=user.full_name if user is not None else "línea de comandos",
        added_at=row.added_at,
    )


def _problems(
    kind: AttachmentKind | None,
    document_date: dt.date | None,
    file_name: str,
    content: bytes,
    description: str,
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if kind is None:
        problems.append(FieldProblem(F.KIND, "elija qué documento es."))
    if document_date is None:
        problems.append(FieldProblem(F.DATE, "indique la fecha que lleva el documento."))
    name_problem = text_problem(file_name)
    if not file_name:
        problems.append(FieldProblem(F.FILE, "elija el archivo que se adjunta."))
    elif name_problem:
        problems.append(FieldProblem(F.FILE, name_problem))
    elif not content:
        problems.append(FieldProblem(F.FILE, f"el archivo «{file_name}» está vacío."))
    elif len(content) > MAX_BYTES:
        problems.append(
            FieldProblem(
                F.FILE,
                f"el archivo «{file_name}» ocupa {size_text(len(content))}; el máximo es "
                f"{size_text(MAX_BYTES)}. Escanéelo con menos resolución o en varias partes.",
            )
        )
    elif media_type_of(content) is None:
        problems.append(
            FieldProblem(
                F.FILE,
                f"el archivo «{file_name}» no es un PDF ni una imagen JPG, PNG o TIFF.",
            )
        )
    if len(description) > 500:
        problems.append(FieldProblem(F.DESCRIPTION, "no puede pasar de 500 caracteres."))
    elif description and (problem := text_problem(description)):
        problems.append(FieldProblem(F.DESCRIPTION, problem))
    return problems


def add_attachment(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    kind: AttachmentKind | None,
    document_date: dt.date | None,
    file_name: str,
    content: bytes,
    description: str = "",
) -> AttachmentView:
    """Attach ``content`` (the file's bytes, read by the caller) to the case."""
    file_name = PurePath(clean(file_name).replace("\\", "/")).name
    description = clean(description)
    problems = _problems(kind, document_date, file_name, content, description)
    if problems:
        raise ValidationFailed(problems)
    assert kind is not None and document_date is not None
    media_type = media_type_of(content) or ""
    folder = attachments_dir(db)
    written: Path | None = None
    try:
        with db.write() as session:
            case = load_case(session, case_id)
            actor = require(session, actor, Permission.ATTACH_DOCUMENT, case.office_id)
            today = session_now(session).astimezone(calendar_zone(case.office)).date()
            if document_date > today:
                raise ValidationFailed([FieldProblem(F.DATE, "no puede ser posterior a hoy.")])
            row = Attachment(
                case_id=case.id,
                office_id=case.office_id,
                kind=kind,
                document_date=document_date,
                description=description,
                original_name=file_name,
                media_type=media_type,
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                stored_as="",
                added_by_id=actor.user_id,
            )
            session.add(row)
            session.flush()
            relative = PurePath(case.uid, f"{row.uid}{extension_of(media_type)}")
            row.stored_as = relative.as_posix()
            target = folder / relative
            target.parent.mkdir(mode=0o700, exist_ok=True)
            write_atomically(target, content, mode=0o600)
            os.chmod(target, 0o600)
            written = target
            audit.record(
                session,
                actor,
                AuditAction.ADJUNTAR,
                "adjunto",
                row.id,
                after={**audit.snapshot(row, _AUDITED), "caso": case.id},
                office_id=case.office_id,
            )
            return _view(session, row)
    except BaseException:
        # the unit rolled back: the file it wrote belongs to no record
        if written is not None:
            with contextlib.suppress(FileNotFoundError):
                written.unlink()
        raise


def _readable_case(session: Session, actor: Actor, case_id: int) -> tuple[Case, Actor]:
    case = load_case(session, case_id)
    actor = require(session, actor, Permission.VIEW_CASE, case.office_id)
    require_full_view(session, actor, case, "ver sus documentos adjuntos")
    return case, actor


def list_attachments(db: Database, actor: Actor, case_id: int) -> list[AttachmentView]:
    """The case's documents still attached, oldest first (what they are; not their content,
    so not audited: opening one is)."""
    with db.read() as session:
        case, _ = _readable_case(session, actor, case_id)
        rows = session.scalars(
            select(Attachment)
            .where(Attachment.case_id == case.id, Attachment.removed_at.is_(None))
            .order_by(Attachment.added_at, Attachment.id)
        )
        return [_view(session, r) for r in rows]


def _attachment(session: Session, attachment_id: int) -> Attachment:
    row = session.get(Attachment, attachment_id) if known_id(attachment_id) else None
    if row is None or row.removed_at is not None:
        raise NotFound("Ese documento adjunto ya no está en el expediente.")
    return row


def open_attachment(db: Database, actor: Actor, attachment_id: int) -> OpenedAttachment:
    """The document's content, for the viewer or a copy; the opening is audited."""
    with db.write() as session:
        row = _attachment(session, attachment_id)
        _, actor = _readable_case(session, actor, row.case_id)
        path = attachments_dir(db) / row.stored_as
        try:
            content = path.read_bytes()
        except FileNotFoundError:
            raise NotFound(
                f"El archivo de «{row.original_name}» falta en la carpeta de documentos: "
                "restáurelo desde la copia de seguridad."
            ) from None
        if hashlib.sha256(content).hexdigest() != row.sha256:
            raise NotFound(
                f"El archivo de «{row.original_name}» fue alterado en la carpeta de documentos: "
                "restáurelo desde la copia de seguridad."
            )
        audit.record(
            session,
            actor,
            AuditAction.ABRIR_ADJUNTO,
            "adjunto",
            row.id,
            after={"caso": row.case_id, "original_name": row.original_name},
            office_id=row.office_id,
        )
        return OpenedAttachment(_view(session, row), content)


def remove_attachment(db: Database, actor: Actor, attachment_id: int, reason: str) -> None:
    """Take a document out of the case (attached by mistake, to the wrong case): its file is
    deleted; the row, who removed it and why stay in the record and the trail."""
    reason = clean(reason)
    if len(reason) < 10:
        raise ValidationFailed(
            [FieldProblem(F.REMOVAL_REASON, "diga por qué se quita (al menos 10 caracteres).")]
        )
    if problem := text_problem(reason):
        raise ValidationFailed([FieldProblem(F.REMOVAL_REASON, problem)])
    with db.write() as session:
        row = _attachment(session, attachment_id)
        case = load_case(session, row.case_id)
        actor = require(session, actor, Permission.REMOVE_ATTACHMENT, case.office_id)
        require_full_view(session, actor, case, "quitar sus documentos adjuntos")
        row.removed_at = session_now(session)
        row.removed_by_id = actor.user_id
        row.removal_reason = reason
        audit.record(
            session,
            actor,
            AuditAction.QUITAR_ADJUNTO,
            "adjunto",
            row.id,
            before={**audit.snapshot(row, _AUDITED), "caso": case.id},
            reason=reason,
            office_id=case.office_id,
        )
        stored = attachments_dir(db) / row.stored_as
    # after the commit: a rollback would have left the file in its place
    with contextlib.suppress(FileNotFoundError):
        stored.unlink()


def attachment_problems(db: Database) -> tuple[int, list[str]]:
    """For ``verify``: every document still attached against its file (present, same
    SHA-256). Returns how many were checked and, in Spanish, what is wrong."""
    folder = documents_dir(db, create=False) / FOLDER
    problems: list[str] = []
    with db.read() as session:
        rows = session.execute(
            select(Attachment.id, Attachment.original_name, Attachment.stored_as, Attachment.sha256)
            .where(Attachment.removed_at.is_(None))
            .order_by(Attachment.id)
        ).all()
    for attachment_id, name, stored_as, sha256 in rows:
        try:
            content = (folder / stored_as).read_bytes()
        except OSError:
            problems.append(f"falta el archivo del adjunto n.º {attachment_id} («{name}»)")
            continue
        if hashlib.sha256(content).hexdigest() != sha256:
            problems.append(f"el archivo del adjunto n.º {attachment_id} («{name}») fue alterado")
    return len(rows), problems
