"""Sealing a PDF: its SHA-256, and — where the office holds a certificate — a PAdES
digital signature, so any PDF reader shows who signed it and that nothing changed since.

The office certificate is a PKCS#12 file (.p12/.pfx) with its passphrase. Signing appends an
incremental update to the PDF/A, which keeps the archival file valid.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass

from asn1crypto import x509


class CertificateProblem(Exception):
    """The office's certificate cannot be used; the message says why, in Spanish."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class OfficeCertificate:
    """A PKCS#12 certificate and its passphrase, checked when loaded."""

    pkcs12: bytes
    passphrase: bytes
    subject: str
    not_after: dt.datetime

    @classmethod
    def load(cls, pkcs12: bytes, passphrase: str | bytes, *, now: dt.datetime) -> OfficeCertificate:
        from pyhanko.sign import signers

        secret = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
        try:
            signer = signers.SimpleSigner.load_pkcs12_data(pkcs12, [], passphrase=secret)
        except (ValueError, TypeError, OSError) as exc:
            raise CertificateProblem(
                "El certificado de la oficina no se pudo abrir: el archivo no es PKCS#12 o "
                "la contraseña no es la correcta."
            ) from exc
        cert: x509.Certificate | None = signer.signing_cert if signer is not None else None
        if cert is None:
            raise CertificateProblem(
                "El certificado de la oficina no se pudo abrir: el archivo no es PKCS#12 o "
                "la contraseña no es la correcta."
            )
        not_after: dt.datetime = cert.not_valid_after
        if not_after < now:
            raise CertificateProblem(
                f"El certificado de la oficina venció el {not_after:%d/%m/%Y}: "
                "renuévelo para firmar digitalmente."
            )
        return cls(pkcs12, secret, cert.subject.human_friendly, not_after)


def sign_pdf(
    pdf: bytes,
    certificate: OfficeCertificate,
    *,
    reason: str,
    location: str,
    signer_name: str,
) -> bytes:
    """The PDF with a PAdES (baseline B) signature of the office certificate."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12_data(
        certificate.pkcs12, [], passphrase=certificate.passphrase
    )
    if signer is None:  # checked when loaded; a changed file is a problem all the same
        raise CertificateProblem("El certificado de la oficina no se pudo abrir.")
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    meta = signers.PdfSignatureMetadata(
        field_name="SelloOficina",
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
        name=signer_name,
    )
    out = io.BytesIO()
    signers.sign_pdf(writer, meta, signer=signer, output=out)
    return out.getvalue()
