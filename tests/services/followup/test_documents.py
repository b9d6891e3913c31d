"""The payment statement and the constancia de incumplimiento, from the recorded data: real
docx rendering and one real PDF conversion."""

from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal

import pytest

from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.services.errors import InvalidTransition, PermissionDenied
from conciliador.services.followup.documents import (
    noncompliance_certificate,
    payment_statement,
)
from conciliador.services.followup.ledger import PaymentInput, record_payment
from tests.support.docx_text import document_text
from tests.support.world import World, local

MARCH = local(2027, 3, 1, 10)


def test_the_statement_shows_each_instalment_and_payment(followed: tuple[World, int]) -> None:
    world, case_id = followed
    record_payment(
        world.db,
        world.clerk,
        case_id,
        PaymentInput(
            dt.date(2026, 12, 15),
            Decimal("8650.25"),
            PaymentMethod.DEPOSITO_BANCARIO,
            "la madre",
            receipt="B-77",
        ),
        now=MARCH,
    )
    doc = payment_statement(world.db, world.clerk, case_id, now=MARCH)
    assert doc.name == "estado-de-cuenta-MN-D2-2026-00001-2027-03-01.docx"
    text = document_text(doc.data)
    assert "HOJA DE ESTADO DE CUENTA" in text
    assert "acta n.º MN-D2-2026-0001, firmada el 23 de noviembre de 2026" in text
    assert "hay un saldo pendiente de C$17,300.50, con un mes de atraso" in text
    assert "B-77" in text and "Depósito bancario" in text
    assert "Juan Pérez" in text  # who issued it: the clerk signed in


def test_the_constancia_states_the_arrears_and_the_acta(followed: tuple[World, int]) -> None:
    world, case_id = followed
    with pytest.raises(InvalidTransition, match="no tiene cuotas en mora"):
        noncompliance_certificate(world.db, world.officer, case_id, as_of=dt.date(2027, 1, 14))
    doc = noncompliance_certificate(world.db, world.officer, case_id, now=MARCH, pdf=True)
    assert doc.name.endswith(".pdf") and doc.data.startswith(b"%PDF")
    text = " ".join(
        subprocess.run(["pdftotext", "-", "-"], input=doc.data, capture_output=True, check=True)
        .stdout.decode("utf-8")
        .split()
    )
    assert "CONSTANCIA DE INCUMPLIMIENTO" in text
    assert "acta n.º MN-D2-2026-0001" in text
    assert (
        "dos (2) cuotas vencidas hace un mes o más, la primera el 15 de diciembre de 2026" in text
    )
    assert "C$17,300.50 (diecisiete mil trescientos córdobas con cincuenta centavos)" in text


def test_documents_need_a_signed_support_agreement_and_the_permission(
    followed: tuple[World, int], sqlite_world: World
) -> None:
    world, case_id = followed
    with pytest.raises(PermissionDenied):
        payment_statement(world.db, world.admin, case_id, now=MARCH)
    case = sqlite_world.case()
    with pytest.raises(InvalidTransition, match="no tiene un acuerdo firmado"):
        payment_statement(sqlite_world.db, sqlite_world.officer, case.id, now=MARCH)
