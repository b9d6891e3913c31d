"""The signed acta: sealed PDF/A whose text matches, SHA-256 kept, PAdES with the office's
certificate, and ``verify`` naming every acta whose file is missing or altered."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys

import pytest
from sqlalchemy import text

from conciliador.documents.seal import CertificateProblem, OfficeCertificate, sha256_hex
from conciliador.domain.enums import Outcome
from conciliador.services.actas import (
    Altered,
    acta_copies,
    acta_document,
    get_acta,
    issue_acta,
    sign_acta,
)
from conciliador.services.actas.integrity import check_signed_actas
from conciliador.services.actas.samples import signature_png
from tests.support.actas import SIGNED_AT, all_sign, concluded
from tests.support.certificates import PASSPHRASE, office_pkcs12
from tests.support.world import NOW, World

pytestmark = pytest.mark.slow


def _pdf_text(data: bytes) -> str:
    out = subprocess.run(
        ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return " ".join(out.split())


def _signed(world: World, **options: object) -> int:
    _, acta = concluded(world, children=1)
    assert acta.acta_id is not None
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    sign_acta(
        world.db,
        world.officer,
        acta.acta_id,
        all_sign(image=signature_png()),
        now=SIGNED_AT,
        **options,
    )  # type: ignore[arg-type]
    return acta.acta_id


def test_the_sealed_pdf_holds_the_acta_and_its_signatures(sqlite_world: World) -> None:
    w = sqlite_world
    acta_id = _signed(w)
    sealed = acta_document(w.db, w.officer, acta_id, pdf=True)
    assert sealed.name == "acta-MN-D2-2026-0001.pdf"
    view = get_acta(w.db, w.officer, acta_id)
    assert sha256_hex(sealed.data) == view.sealed_sha256
    assert b"pdfaid" in sealed.data
    words = _pdf_text(sealed.data)
    for expected in (
        "ACTA DE CONCILIACIÓN CON ACUERDO TOTAL",
        "N.º MN-D2-2026-0001",
        "María Ruiz Pérez",
        "José López Díaz",
        "seis mil ciento setenta y ocho córdobas con setenta y cinco centavos",
        "a los veintitrés días del mes de noviembre de dos mil veintiséis",
        "Firmó el 23/11/2026 a las 11:00",
        "Original para el expediente",
    ):
        assert expected in words, expected
    # the same bytes every time it is asked for
    assert acta_document(w.db, w.officer, acta_id, pdf=True).data == sealed.data


def test_each_copy_is_marked_with_what_it_is(sqlite_world: World) -> None:
    w = sqlite_world
    _, acta = concluded(w, Outcome.FALTA_DE_ACUERDO, children=1)
    issue_acta(w.db, w.officer, acta.acta_id, now=NOW)
    copies = acta_copies(w.db, w.clerk, acta.acta_id, pdf=True)
    legends = [_pdf_text(c.data) for c in copies]
    assert [c.name for c in copies] == [
        "acta-MN-D2-2026-0001-expediente.pdf",
        "acta-MN-D2-2026-0001-solicitante.pdf",
        "acta-MN-D2-2026-0001-citado.pdf",
    ]
    assert "Original para el expediente" in legends[0]
    assert "Copia para la parte solicitante" in legends[1]
    assert "Copia para la parte citada" in legends[2]


def test_with_the_office_certificate_the_pdf_is_signed_pades(sqlite_world: World) -> None:
    from asn1crypto import x509 as asn1x509
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs12
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    w = sqlite_world
    p12 = office_pkcs12()
    certificate = OfficeCertificate.load(p12, PASSPHRASE, now=dt.datetime.now(dt.UTC))
    assert "Delegación Distrital II de Managua" in certificate.subject
    acta_id = _signed(w, certificate=certificate)
    sealed = acta_document(w.db, w.officer, acta_id, pdf=True).data
    reader = PdfFileReader(io.BytesIO(sealed))
    [signature] = reader.embedded_signatures
    loaded = pkcs12.load_key_and_certificates(p12, PASSPHRASE.encode())
    root = asn1x509.Certificate.load(loaded[1].public_bytes(Encoding.DER))
    context = ValidationContext(trust_roots=[root], allow_fetching=False)
    status = validate_pdf_signature(signature, context)
    assert status.intact and status.valid and status.trusted
    assert "MN-D2-2026-0001" in (signature.sig_object.get("/Reason") or "")
    # the text is the acta's all the same
    assert "María Ruiz Pérez" in _pdf_text(sealed)


def test_a_certificate_that_cannot_sign_is_explained() -> None:
    with pytest.raises(CertificateProblem, match="contraseña no es la correcta"):
        OfficeCertificate.load(office_pkcs12(), "otra-clave", now=dt.datetime.now(dt.UTC))
    expired = office_pkcs12(start=dt.datetime(2020, 1, 1, tzinfo=dt.UTC), days=30)
    with pytest.raises(CertificateProblem, match="venció el 31/01/2020"):
        OfficeCertificate.load(expired, PASSPHRASE, now=dt.datetime.now(dt.UTC))


def test_verify_names_each_acta_whose_file_is_missing_or_altered(world: World) -> None:
    first = _signed(world)
    _, second = concluded(world, Outcome.FALTA_DE_ACUERDO, children=1, hour=10)
    issue_acta(world.db, world.officer, second.acta_id, now=NOW)
    sign_acta(world.db, world.officer, second.acta_id, all_sign(), now=SIGNED_AT)
    assert check_signed_actas(world.db).ok
    url = world.db.url.render_as_string(hide_password=False)
    ok = subprocess.run(
        [sys.executable, "-m", "conciliador", "verify", "--db", url],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert ok.returncode == 0, ok.stderr
    assert "2 actas firmadas, todas coinciden" in ok.stdout
    # someone edits the first file behind the application's back, and deletes the second
    with world.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE acta_files SET content = :c WHERE acta_id = :a"),
            {"c": b"%PDF-1.7 cambiado", "a": first},
        )
        conn.execute(text("DELETE FROM acta_files WHERE acta_id = :a"), {"a": second.acta_id})
    report = check_signed_actas(world.db)
    assert report.problems == (
        "acta n.º MN-D2-2026-0001: el archivo sellado fue alterado (su huella SHA-256 no "
        "coincide con la registrada al firmarla)",
        "acta n.º MN-D2-2026-0002: falta su archivo sellado",
    )
    with pytest.raises(Altered, match="fue alterado"):
        acta_document(world.db, world.officer, first, pdf=True)
    bad = subprocess.run(
        [sys.executable, "-m", "conciliador", "verify", "--db", url],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert bad.returncode == 1
    assert "MN-D2-2026-0001" in bad.stdout and "MN-D2-2026-0002" in bad.stdout
    assert "2 problema(s)" in bad.stderr


def test_a_hash_changed_together_with_its_file_shows_against_the_audit_trail(
    sqlite_world: World,
) -> None:
    w = sqlite_world
    acta_id = _signed(w)
    forged = b"%PDF-1.7 otra acta"
    with w.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE acta_files SET content = :c WHERE acta_id = :a"),
            {"c": forged, "a": acta_id},
        )
        conn.execute(
            text("UPDATE actas SET sealed_sha256 = :h WHERE id = :a"),
            {"h": sha256_hex(forged), "a": acta_id},
        )
    [problem] = check_signed_actas(w.db).problems
    assert "bitácora de auditoría" in problem and "MN-D2-2026-0001" in problem


def test_without_libreoffice_the_docx_is_made_and_signing_waits(
    sqlite_world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    from conciliador.documents.pdf import ENV_SOFFICE
    from conciliador.domain.actas import ActaStatus
    from conciliador.services.actas.rendering import PdfNotMade

    w = sqlite_world
    _, acta = concluded(w, children=1)
    issue_acta(w.db, w.officer, acta.acta_id, now=NOW)
    monkeypatch.setenv(ENV_SOFFICE, "/no/existe/soffice")
    assert acta_document(w.db, w.officer, acta.acta_id).name.endswith(".docx")
    with pytest.raises(PdfNotMade, match="libreoffice-writer-nogui"):
        acta_document(w.db, w.officer, acta.acta_id, pdf=True)
    with pytest.raises(PdfNotMade, match="no se selló"):
        sign_acta(w.db, w.officer, acta.acta_id, all_sign(), now=SIGNED_AT)
    assert get_acta(w.db, w.officer, acta.acta_id).status == ActaStatus.EMITIDA
