"""The follow-up documents (the payment statement, the constancia de incumplimiento) use the
template published for the office's profile, as the actas do, and the case's trail records
which template version each one was issued with."""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from conciliador.domain.actas import NONCOMPLIANCE_CERTIFICATE, PAYMENT_STATEMENT
from conciliador.models import AuditEvent
from conciliador.services.actas.catalog import shipped_dir
from conciliador.services.followup.documents import (
    noncompliance_certificate,
    payment_statement,
)
from conciliador.services.template_versions import publish_template, rollback_template
from tests.documents.test_templates import _with_text
from tests.support.docx_text import document_text
from tests.support.world import World, local, national_admin

MARCH = local(2027, 3, 1, 10)
MARK = "Texto de la sede nacional (prueba)."


def _issued(world: World, name: str) -> list[dict[str, str]]:
    with world.db.read() as session:
        return [
            dict(after or {})
            for after in session.scalars(
                select(AuditEvent.after)
                .where(AuditEvent.entity == name, AuditEvent.action == "emitir")
                .order_by(AuditEvent.id)
            )
        ]


def test_the_constancia_uses_the_published_template_and_records_its_version(
    followed: tuple[World, int],
) -> None:
    world, case_id = followed
    nora = national_admin(world)
    shipped = (shipped_dir() / f"{NONCOMPLIANCE_CERTIFICATE}.docx").read_bytes()
    first = noncompliance_certificate(world.db, world.officer, case_id, now=MARCH)
    assert MARK not in document_text(first.data)
    edited = _with_text(
        shipped, "CONSTANCIA DE INCUMPLIMIENTO", f"CONSTANCIA DE INCUMPLIMIENTO. {MARK}"
    )
    publish_template(world.db, nora, "NI", NONCOMPLIANCE_CERTIFICATE, edited, "Texto nuevo")
    second = noncompliance_certificate(world.db, world.officer, case_id, now=MARCH)
    assert MARK in document_text(second.data)
    rollback_template(world.db, nora, "NI", NONCOMPLIANCE_CERTIFICATE, 1)
    third = noncompliance_certificate(world.db, world.officer, case_id, now=MARCH)
    assert MARK not in document_text(third.data)
    records = _issued(world, NONCOMPLIANCE_CERTIFICATE)
    assert [r["version_plantilla"] for r in records] == ["de fábrica", "versión 2", "versión 3"]
    assert records[1]["sha256_plantilla"] == hashlib.sha256(edited).hexdigest()
    assert records[1]["documento"] == second.name


def test_the_statement_records_the_shipped_template_while_none_is_published(
    followed: tuple[World, int],
) -> None:
    world, case_id = followed
    doc = payment_statement(world.db, world.clerk, case_id, now=MARCH)
    shipped = (shipped_dir() / f"{PAYMENT_STATEMENT}.docx").read_bytes()
    [record] = _issued(world, PAYMENT_STATEMENT)
    assert record == {
        "documento": doc.name,
        "plantilla": PAYMENT_STATEMENT,
        "version_plantilla": "de fábrica",
        "sha256_plantilla": hashlib.sha256(shipped).hexdigest(),
    }
