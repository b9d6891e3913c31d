"""Templates as versioned data: an administrator of the national office uploads an edited
.docx, it is checked against its context (unknown variables, broken tags: the message names
the tag), previewed with sample data as a PDF, and published as the next version of that
template for a profile; rolling back publishes an earlier version's content again.

The newest version is the one the next document uses (``actas.published.template_for``).
While a template has no stored version the shipped file is its version 1, stored as such
when the first change is published, so going back to it is a rollback like any other. An
issued acta keeps the exact template it was rendered with (``document_templates``), whatever
is published later.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conciliador.criteria import ProfileError, available_profiles
from conciliador.db import Database
from conciliador.documents.docx_engine import CompiledTemplate, TemplateProblem, compile_template
from conciliador.documents.docx_engine import render as render_docx
from conciliador.domain.actas import ALL_TEMPLATES
from conciliador.domain.audit_actions import AuditAction
from conciliador.models import TemplateVersion, User
from conciliador.services import audit
from conciliador.services.actas.catalog import TemplateError, sample_context, template_path
from conciliador.services.actas.published import compiled_version
from conciliador.services.actas.rendering import to_pdf
from conciliador.services.actor import Actor
from conciliador.services.errors import FieldProblem, NotFound, ValidationFailed
from conciliador.services.fields import TemplateFields
from conciliador.services.national import require_national
from conciliador.services.permissions import Permission, require
from conciliador.services.validation import checked_text

#: A .docx template is a few tens of kilobytes; anything this large is not one.
MAX_BYTES = 10 * 1024 * 1024
FIELD = TemplateFields.FILE


@dataclass(frozen=True)
class TemplateVersionView:
    profile_code: str
    name: str
    number: int
    sha256: str
    note: str
    published_at: dt.datetime | None
    published_by: str
    #: The newest: the one the next document uses.
    current: bool
    #: Not stored yet: the shipped file, version 1 until a change is published.
    shipped: bool = False


def _known(profile_code: str, name: str) -> None:
    if name not in ALL_TEMPLATES:
        raise NotFound(f"No existe la plantilla «{name}».")
    if profile_code not in available_profiles():
        raise NotFound(f"No existe el perfil de criterios «{profile_code}».")


def check_template(name: str, content: bytes) -> CompiledTemplate:
    """The uploaded .docx compiled against the complete sample values of its context, or
    ``ValidationFailed`` naming the tag."""
    if not isinstance(content, bytes) or not content:
        raise ValidationFailed(FieldProblem(FIELD, "elija un archivo .docx"))
    if len(content) > MAX_BYTES:
        raise ValidationFailed(FieldProblem(FIELD, "el archivo pasa de 10 MB: no es una plantilla"))
    if name not in ALL_TEMPLATES:
        raise NotFound(f"No existe la plantilla «{name}».")
    try:
        return compile_template(name, content, sample_context(name))
    except TemplateProblem as exc:
        raise ValidationFailed(FieldProblem(FIELD, str(exc))) from exc


def preview_template(name: str, content: bytes) -> bytes:
    """A PDF of the template filled with the sample values (slow: LibreOffice)."""
    template = check_template(name, content)
    docx = render_docx(template, sample_context(name))
    [pdf] = to_pdf([(f"{name}.docx", docx)])
    return pdf


def _latest_number(session: Session, profile_code: str, name: str) -> int:
    return (
        session.scalar(
            select(func.max(TemplateVersion.number)).where(
                TemplateVersion.profile_code == profile_code, TemplateVersion.name == name
            )
        )
        or 0
    )


def _seed_shipped(session: Session, profile_code: str, name: str) -> None:
    """Store the shipped file as version 1 before the first change is published."""
    if _latest_number(session, profile_code, name):
        return
    try:
        content = template_path(name).read_bytes()
    except OSError as exc:
        raise TemplateError(f"No se pudo leer la plantilla de fábrica «{name}.docx».") from exc
    session.add(
        TemplateVersion(
            profile_code=profile_code,
            name=name,
            number=1,
            content=content,
            sha256=hashlib.sha256(content).hexdigest(),
            note="Plantilla de fábrica (la que trae Conciliador)",
            published_by_id=None,
        )
    )
    session.flush()


def _publish(
    session: Session,
    actor: Actor,
    profile_code: str,
    name: str,
    template: CompiledTemplate,
    note: str,
    action: AuditAction,
) -> TemplateVersionView:
    _seed_shipped(session, profile_code, name)
    number = _latest_number(session, profile_code, name) + 1
    version = TemplateVersion(
        profile_code=profile_code,
        name=name,
        number=number,
        content=template.content,
        sha256=template.sha256,
        note=note,
        published_by_id=actor.user_id,
    )
    session.add(version)
    session.flush()
    audit.record(
        session,
        actor,
        action,
        "plantilla",
        version.id,
        after={
            "perfil": profile_code,
            "plantilla": name,
            "version": number,
            "sha256": template.sha256,
        },
        reason=note,
        office_id=actor.office_id,
    )
    return _view(version, actor.name, current=True)


def publish_template(
    db: Database, actor: Actor, profile_code: str, name: str, content: bytes, note: str
) -> TemplateVersionView:
    """Publish an edited .docx as the next version of ``name`` for ``profile_code``."""
    note = checked_text(note, TemplateFields.NOTE, limit=2000, required=True)
    template = check_template(name, content)
    with db.write() as session:
        actor = require_national(session, require(session, actor, Permission.PUBLISH_CRITERIA))
        _known(profile_code, name)
        return _publish(
            session, actor, profile_code, name, template, note, AuditAction.PUBLICAR_PLANTILLA
        )


def rollback_template(
    db: Database, actor: Actor, profile_code: str, name: str, number: int, note: str = ""
) -> TemplateVersionView:
    """Publish again the content of an earlier version (a new version: history stays)."""
    with db.write() as session:
        actor = require_national(session, require(session, actor, Permission.PUBLISH_CRITERIA))
        _known(profile_code, name)
        _seed_shipped(session, profile_code, name)
        earlier = session.scalar(
            select(TemplateVersion).where(
                TemplateVersion.profile_code == profile_code,
                TemplateVersion.name == name,
                TemplateVersion.number == number,
            )
        )
        if earlier is None:
            raise NotFound(f"La plantilla «{name}» no tiene una versión {number}.")
        try:
            template = compiled_version(earlier.name, earlier.sha256, earlier.content)
        except TemplateError as exc:  # the context changed since: it no longer fits
            raise ValidationFailed(FieldProblem(FIELD, str(exc))) from exc
        text = note.strip() or f"Vuelta a la versión {number}"
        return _publish(
            session, actor, profile_code, name, template, text, AuditAction.REVERTIR_PLANTILLA
        )


def template_history(
    db: Database, actor: Actor, profile_code: str, name: str
) -> list[TemplateVersionView]:
    """Every version of a template for a profile, newest first."""
    with db.read() as session:
        require(session, actor, Permission.PUBLISH_CRITERIA)
        _known(profile_code, name)
        rows = session.execute(
            select(TemplateVersion, func.coalesce(User.full_name, ""))
            .outerjoin(User, User.id == TemplateVersion.published_by_id)
            .where(TemplateVersion.profile_code == profile_code, TemplateVersion.name == name)
            .order_by(TemplateVersion.number.desc())
        ).all()
        if not rows:
            content = template_path(name).read_bytes()
            return [
                TemplateVersionView(
                    profile_code,
                    name,
                    1,
                    hashlib.sha256(content).hexdigest(),
                    "Plantilla de fábrica (la que trae Conciliador)",
                    None,
                    "",
                    current=True,
                    shipped=True,
                )
            ]
        return [
            _view(version, who, current=index == 0) for index, (version, who) in enumerate(rows)
        ]


def template_content(
    db: Database, actor: Actor, profile_code: str, name: str, number: int
) -> bytes:
    """The .docx of one version (to download, edit in Word and upload again)."""
    with db.read() as session:
        require(session, actor, Permission.PUBLISH_CRITERIA)
        _known(profile_code, name)
        content = session.scalar(
            select(TemplateVersion.content).where(
                TemplateVersion.profile_code == profile_code,
                TemplateVersion.name == name,
                TemplateVersion.number == number,
            )
        )
        if content is None and number == 1:
            return template_path(name).read_bytes()
        if content is None:
            raise NotFound(f"La plantilla «{name}» no tiene una versión {number}.")
        return content


def _view(version: TemplateVersion, who: str, *, current: bool) -> TemplateVersionView:
    return TemplateVersionView(
        version.profile_code,
        version.name,
        version.number,
        version.sha256,
        version.note,
        version.published_at,
        who or ("Conciliador" if version.number == 1 else ""),
        current=current,
    )


def profile_codes() -> list[str]:
    try:
        return available_profiles()
    except ProfileError:
        return []
