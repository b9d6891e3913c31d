"""Which template the next document uses: the newest version published for the office's
profile (``template_versions``), or the shipped file while none is stored."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.documents.docx_engine import CompiledTemplate, TemplateProblem, compile_template
from conciliador.models import TemplateVersion
from conciliador.services.actas.catalog import TemplateError, load_template, sample_context


@cache
def compiled_version(name: str, sha256: str, content: bytes) -> CompiledTemplate:
    """A stored version, compiled and checked against its context (once per content)."""
    try:
        return compile_template(name, content, sample_context(name))
    except TemplateProblem as exc:
        raise TemplateError(str(exc)) from exc


@dataclass(frozen=True)
class Published:
    """The template a document is rendered from, and which version it is."""

    template: CompiledTemplate
    #: The version's number for the profile; None for the shipped file (none published).
    number: int | None

    @property
    def label(self) -> str:
        """How a record names it: «versión 3» or «de fábrica»."""
        return f"versión {self.number}" if self.number is not None else "de fábrica"


def published_template(session: Session, profile_code: str, name: str) -> Published:
    """The template the next document of an office with this profile is rendered from, with
    its version number (None while none is published: the shipped file)."""
    stored = session.scalars(
        select(TemplateVersion)
        .where(TemplateVersion.profile_code == profile_code, TemplateVersion.name == name)
        .order_by(TemplateVersion.number.desc())
        .limit(1)
    ).first()
    if stored is None:
        return Published(load_template(name), None)
    return Published(compiled_version(stored.name, stored.sha256, stored.content), stored.number)


def template_for(session: Session, profile_code: str, name: str) -> CompiledTemplate:
    """The template the next document of an office with this profile is rendered from."""
    return published_template(session, profile_code, name).template
