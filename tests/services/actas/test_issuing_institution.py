"""Colombia: an office is an ICBF centro zonal or a comisaría de familia; its actas carry its
own institution (name, legal basis, enforceability note), chosen per office."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from conciliador.criteria import load_profile
from conciliador.models import AuditEvent, Office
from conciliador.services.actas import acta_document
from conciliador.services.errors import PermissionDenied, ValidationFailed
from conciliador.services.office_issuer import issuing_choices, set_issuing_institution
from tests.support.actas import concluded
from tests.support.docx_text import document_text
from tests.support.world import World

pytestmark = pytest.mark.slow


def _colombian(world: World) -> None:
    with world.db.write() as s:
        office = s.get(Office, world.office_id)
        office.profile_code = "CO"
        office.department = "Bogotá, D. C."
        office.municipality = "Bogotá, D. C."
        office.subdivision = None


def test_a_comisaria_issues_its_actas_in_its_own_name(world: World) -> None:
    _colombian(world)
    co = load_profile("CO")
    choices = issuing_choices(world.db, world.admin, world.office_id)
    assert choices[0] == ("", "Instituto Colombiano de Bienestar Familiar")
    assert ("comisaria_familia", "Comisaría de Familia") in choices
    _, first = concluded(world)
    icbf = document_text(acta_document(world.db, world.officer, first.acta_id).data)
    assert "Instituto Colombiano de Bienestar Familiar (ICBF)" in icbf

    name = set_issuing_institution(world.db, world.admin, world.office_id, "comisaria_familia")
    assert name == "Comisaría de Familia"
    _, second = concluded(world, hour=10)
    text = document_text(acta_document(world.db, world.officer, second.acta_id).data)
    comisaria = co.institution_for("comisaria_familia")
    assert f"{comisaria.name} ({comisaria.short_name})" in text
    assert comisaria.legal_basis in text
    assert "ICBF" not in text and "Instituto Colombiano" not in text
    with world.db.read() as s:
        assert s.scalar(
            select(AuditEvent.action).where(AuditEvent.action == "cambiar_institucion_emisora")
        )


def test_an_unknown_institution_or_a_non_admin_is_refused(world: World) -> None:
    _colombian(world)
    with pytest.raises(ValidationFailed, match="Institución que emite las actas"):
        set_issuing_institution(world.db, world.admin, world.office_id, "notaria")
    with pytest.raises(PermissionDenied):
        set_issuing_institution(world.db, world.officer, world.office_id, "comisaria_familia")
