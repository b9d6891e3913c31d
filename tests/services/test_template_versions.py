"""Templates as versioned data: checked on upload, previewed, published for a profile, used by
the next acta, rolled back; an issued acta keeps its own."""

from __future__ import annotations

import io
import zipfile

import pytest
from sqlalchemy import select

from conciliador.models import AuditEvent, Citation
from conciliador.services.actas import acta_document, issue_acta
from conciliador.services.actas.catalog import template_path
from conciliador.services.actas.citations import citation_document
from conciliador.services.errors import PermissionDenied, ValidationFailed
from conciliador.services.fields import TemplateFields
from conciliador.services.template_versions import (
    preview_template,
    publish_template,
    rollback_template,
    template_content,
    template_history,
)
from tests.support.actas import concluded
from tests.support.booking import book
from tests.support.docx_text import document_text
from tests.support.world import NOW, World, local, national_admin

pytestmark = pytest.mark.slow

NAME = "acta_acuerdo_total"
MARK = "Texto aprobado por la sede nacional en diciembre."


def edited(replace: str, by: str, name: str = NAME) -> bytes:
    """The shipped template with one piece of its XML replaced, as Word would save it."""
    source = template_path(name).read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                assert replace in text
                data = text.replace(replace, by, 1).encode("utf-8")
            zout.writestr(item, data)
    return out.getvalue()


def _acta_text(w: World, acta_id: int) -> str:
    return document_text(acta_document(w.db, w.officer, acta_id).data)


def test_a_misspelt_variable_is_refused_naming_the_tag(sqlite_world: World) -> None:
    w = sqlite_world
    nora = national_admin(w)
    bad = edited("{{ audiencia.fecha_larga }}", "{{ audiencia.fecha_larg }}")
    with pytest.raises(ValidationFailed) as refused:
        publish_template(w.db, nora, "NI", NAME, bad, "Fecha más corta")
    problem = refused.value.problems[0]
    assert problem.field == TemplateFields.FILE
    assert "{{ audiencia.fecha_larg }}" in problem.message
    assert "«audiencia.fecha_larg» no existe" in problem.message
    broken = edited("{{ audiencia.fecha_larga }}", "{{ audiencia.fecha_larga }")
    with pytest.raises(ValidationFailed) as unclosed:
        publish_template(w.db, nora, "NI", NAME, broken, "Fecha")
    assert "error" in unclosed.value.problems[0].message
    assert [v.number for v in template_history(w.db, nora, "NI", NAME)] == [1]  # nothing stored


def test_a_good_edit_is_previewed_published_used_by_the_next_acta_and_rolled_back(
    sqlite_world: World,
) -> None:
    w = sqlite_world
    nora = national_admin(w)
    _, before = concluded(w, hour=8)
    issue_acta(w.db, w.officer, before.acta_id, now=NOW)
    old_text = _acta_text(w, before.acta_id)
    good = edited("Documento de identidad", f"{MARK} Documento de identidad")
    assert preview_template(NAME, good).startswith(b"%PDF")
    with pytest.raises(PermissionDenied):  # a delegation's administrator does not publish
        publish_template(w.db, w.admin, "NI", NAME, good, "Texto nuevo")
    with pytest.raises(ValidationFailed) as no_note:
        publish_template(w.db, nora, "NI", NAME, good, "  ")
    assert no_note.value.problems[0].field == TemplateFields.NOTE
    published = publish_template(w.db, nora, "NI", NAME, good, "Texto nuevo de la sede")
    assert published.number == 2
    history = template_history(w.db, nora, "NI", NAME)
    assert [(v.number, v.current) for v in history] == [(2, True), (1, False)]
    assert template_content(w.db, nora, "NI", NAME, 2) == good
    # The next acta uses it; the one issued before keeps its own text.
    _, after = concluded(w, hour=10)
    assert MARK in _acta_text(w, after.acta_id)  # the borrador already shows it
    issue_acta(w.db, w.officer, after.acta_id, now=NOW)
    assert MARK in _acta_text(w, after.acta_id)
    assert _acta_text(w, before.acta_id) == old_text and MARK not in old_text
    # Rollback: version 1 again, as version 3; the acta issued under version 2 keeps it.
    back = rollback_template(w.db, nora, "NI", NAME, 1)
    assert (back.number, back.note) == (3, "Vuelta a la versión 1")
    _, third = concluded(w, hour=12)
    assert MARK not in _acta_text(w, third.acta_id)
    assert MARK in _acta_text(w, after.acta_id)
    with w.db.read() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity == "plantilla")
        ).all()
    assert actions == ["publicar_plantilla", "revertir_plantilla"]


def test_a_published_citation_template_is_used_by_the_next_citation(sqlite_world: World) -> None:
    w = sqlite_world
    nora = national_admin(w)
    hearing = book(w, w.case().id, local(2026, 11, 30, 9))
    with w.db.read() as session:
        citation_id = session.scalars(
            select(Citation.id).where(Citation.hearing_id == hearing.id).order_by(Citation.id)
        ).first()
    assert citation_id is not None
    assert "Traiga su documento" not in _citation(w, citation_id)
    changed = edited("Traiga consigo:", "Traiga su documento y consigo:", "citacion_primera")
    publish_template(w.db, nora, "NI", "citacion_primera", changed, "Recuerda el documento")
    assert "Traiga su documento y consigo:" in _citation(w, citation_id)
    publish_template(
        w.db,
        nora,
        "CO",
        "citacion_primera",
        template_path("citacion_primera").read_bytes(),
        "Igual",
    )
    assert "Traiga su documento" in _citation(w, citation_id)  # another profile's: not this one


def _citation(w: World, citation_id: int) -> str:
    return document_text(citation_document(w.db, w.officer, citation_id).data)
