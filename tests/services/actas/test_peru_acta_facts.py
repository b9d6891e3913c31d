"""What Peru's Ley de Conciliación asks an acta to record (Ley 26872, art. 16): the
conciliator's registry number (literal f), and the fingerprint of everyone who signs. The
profile declares both (``[actas.registro_conciliador]``, ``[actas.huella_digital]``); under
the other profiles nothing of this is asked or printed.
"""

from __future__ import annotations

import pytest

from conciliador.domain.actas import SignatureMode, SignerRole
from conciliador.domain.enums import Outcome, Role
from conciliador.models import ActaSignature, Office, User
from conciliador.services.accounts import update_account
from conciliador.services.actas import SignatureInput, issue_acta, sign_acta
from conciliador.services.actas.rendering import acta_document
from conciliador.services.actas.steps import record_legality_check
from conciliador.services.errors import ValidationFailed
from conciliador.services.fields import UserFields
from tests.support.actas import SIGNED_AT, all_sign, concluded
from tests.support.docx_text import document_text
from tests.support.printing import pdf_text
from tests.support.world import NOW, World

pytestmark = pytest.mark.slow


def _peruvian(world: World) -> None:
    with world.db.write() as s:
        office = s.get(Office, world.office_id)
        office.profile_code = "PE"
        office.department = "Lima"
        office.municipality = "San Juan de Lurigancho"


def _registry(world: World, number: str) -> None:
    """The administrator records the officer's registry number (Administración → Usuarios)."""
    with world.db.read() as s:
        officer = s.get(User, world.officer.user_id)
        assert officer is not None
        name, post, capacity, version = (
            officer.full_name,
            officer.post,
            officer.legal_capacity,
            officer.version,
        )
    update_account(
        world.db,
        world.admin,
        world.officer.user_id,
        full_name=name,
        role=Role.CONCILIADOR,
        post=post,
        legal_capacity=capacity,
        registry_number=number,
        expected_version=version,
    )


def _stamped(*, citado: bool = True, why_not: str = "") -> list[SignatureInput]:
    return [
        SignatureInput(SignerRole.SOLICITANTE, SignatureMode.FIRMA, fingerprint=True),
        SignatureInput(
            SignerRole.CITADO,
            SignatureMode.FIRMA,
            fingerprint=citado,
            no_fingerprint_reason=why_not,
        ),
        SignatureInput(SignerRole.CONCILIADOR, SignatureMode.FIRMA, fingerprint=True),
    ]


def _text(world: World, acta_id: int) -> str:
    doc = acta_document(world.db, world.officer, acta_id, pdf=False)
    return " ".join(document_text(doc.data).split())


def test_a_peruvian_acta_is_not_issued_without_the_conciliators_registry_number(
    world: World,
) -> None:
    _peruvian(world)
    _, acta = concluded(world, Outcome.FALTA_DE_ACUERDO)
    with pytest.raises(
        ValidationFailed,
        match=r"el número de registro \(fuente: Ley n\.º 26872, art\. 16, literal f",
    ):
        issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    _registry(world, "12345")
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    assert "Ana Martínez" in _text(world, acta.acta_id)
    assert "número de registro 12345," in _text(world, acta.acta_id)


def test_the_registry_number_is_validated_by_its_field(world: World) -> None:
    with pytest.raises(ValidationFailed) as refused:
        _registry(world, "9" * 61)
    assert [p.field for p in refused.value.problems] == [UserFields.REGISTRY_NUMBER]
    assert "máximo 60 caracteres" in str(refused.value)


def test_every_signer_says_whether_they_stamped_their_fingerprint(world: World) -> None:
    _peruvian(world)
    _registry(world, "12345")
    _, acta = concluded(world, Outcome.ACUERDO_TOTAL)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    record_legality_check(
        world.db, world.officer, acta.acta_id, lawyer_name="Dra. Rosa Quispe", registration="CAL 1"
    )
    with pytest.raises(ValidationFailed) as refused:
        sign_acta(world.db, world.officer, acta.acta_id, all_sign(), now=SIGNED_AT)
    message = str(refused.value)
    assert message.count("indique si imprimió su huella digital") == 3
    with pytest.raises(ValidationFailed, match="indique por qué no imprimió su huella digital"):
        sign_acta(world.db, world.officer, acta.acta_id, _stamped(citado=False), now=SIGNED_AT)
    sign_acta(
        world.db,
        world.officer,
        acta.acta_id,
        _stamped(citado=False, why_not="tiene vendada la mano derecha por una fractura"),
        now=SIGNED_AT,
    )
    with world.db.read() as s:
        rows = {
            r.role: (r.fingerprint, r.no_fingerprint_reason)
            for r in s.query(ActaSignature).filter_by(acta_id=acta.acta_id)
        }
    assert rows == {
        SignerRole.SOLICITANTE: (True, ""),
        SignerRole.CITADO: (False, "tiene vendada la mano derecha por una fractura"),
        SignerRole.CONCILIADOR: (True, ""),
    }
    text = _text(world, acta.acta_id)
    assert text.count("Firmó e imprimió su huella digital el") == 2
    assert "no imprimió su huella digital: tiene vendada la mano derecha por una fractura." in text
    sealed = acta_document(world.db, world.officer, acta.acta_id, pdf=True)
    assert sealed.media_type == "application/pdf"
    printed = " ".join(pdf_text(sealed.data).split())
    assert "número de registro 12345" in printed
    assert "no imprimió su huella digital: tiene vendada la mano derecha" in printed


def test_the_lawyer_who_verified_the_legality_has_a_line_under_the_signatures(
    world: World,
) -> None:
    """Art. 16: an acta with an agreement carries the verifying lawyer's name, bar number,
    signature and fingerprint; the line says when the check was recorded and is signed by hand."""
    _peruvian(world)
    _registry(world, "12345")
    _, acta = concluded(world, Outcome.ACUERDO_TOTAL)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    assert "legalidad" not in _text(world, acta.acta_id)  # not yet recorded: no empty line
    record_legality_check(
        world.db,
        world.officer,
        acta.acta_id,
        lawyer_name="Dra. Rosa Quispe",
        registration="CAL n.º 4512",
        now=NOW,
    )
    line = (
        "Dra. Rosa Quispe Abogado/a verificador/a de la legalidad · colegiatura CAL n.º 4512 "
        f"Verificó la legalidad de los acuerdos el {NOW:%d/%m/%Y} a las"
    )
    assert line in _text(world, acta.acta_id)
    sign_acta(world.db, world.officer, acta.acta_id, _stamped(), now=SIGNED_AT)
    printed = " ".join(
        pdf_text(acta_document(world.db, world.officer, acta.acta_id, pdf=True).data).split()
    )
    assert "Dra. Rosa Quispe" in printed and "colegiatura CAL n.º 4512" in printed


def test_nicaragua_asks_neither_registry_nor_fingerprints(world: World) -> None:
    _, acta = concluded(world, Outcome.FALTA_DE_ACUERDO)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    with pytest.raises(ValidationFailed, match="el perfil de la oficina no registra huellas"):
        sign_acta(world.db, world.officer, acta.acta_id, _stamped(), now=SIGNED_AT)
    sign_acta(world.db, world.officer, acta.acta_id, all_sign(), now=SIGNED_AT)
    text = _text(world, acta.acta_id)
    assert "huella" not in text and "registro" not in text
    with world.db.read() as s:
        assert {r.fingerprint for r in s.query(ActaSignature)} == {None}
