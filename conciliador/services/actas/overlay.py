"""What may still change on an acta after its text is frozen: which copy is printed, the
signatures, and the marks (draft, replaced). Added on top of the frozen values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from conciliador.documents.docx_engine import DocxImage
from conciliador.documents.formatting import clock_time, medium_date, short_date
from conciliador.domain.actas import SignatureMode, SignerRole


@dataclass(frozen=True)
class SignatureLine:
    """One signer's line, blank (to sign by hand) or filled in once signed."""

    role: SignerRole
    name: str
    id_text: str
    mode: SignatureMode | None = None
    signed_at: dt.datetime | None = None
    witness_name: str = ""
    witness_id_text: str = ""
    image: bytes | None = None
    id_number: str = ""
    witness_id_number: str = ""
    #: The signer's own title where it differs from the role's neutral label (the officer:
    #: «Conciliadora», «Conciliador»).
    title: str = ""
    #: Whether the signer stamped a fingerprint, and if not why (recorded only where the
    #: profile asks for every signer's fingerprint: Peru); None: not recorded.
    fingerprint: bool | None = None
    no_fingerprint_reason: str = ""


@dataclass(frozen=True)
class VerifierLine:
    """The lawyer who verified the agreement's legality before the signatures (Peru): a line
    under the signatures with what was recorded, signed by hand."""

    title: str
    name: str
    registration: str
    checked_at: dt.datetime


def _verifier(line: VerifierLine, zone: dt.tzinfo, locale: str) -> dict[str, Any]:
    moment = line.checked_at.astimezone(zone)
    return {
        "rol": line.title,
        "nombre": line.name,
        "documento": f"colegiatura {line.registration}",
        "firmado": False,
        "tiene_imagen": False,
        "imagen": "",
        "estado": (
            f"Verificó la legalidad de los acuerdos el {short_date(moment.date(), locale)} "
            f"a las {clock_time(moment, locale)}."
        ),
    }


def _state(line: SignatureLine, zone: dt.tzinfo, locale: str) -> str:
    if line.mode is None:
        return ""
    when = ""
    if line.signed_at is not None:
        moment = line.signed_at.astimezone(zone)
        when = f" el {short_date(moment.date(), locale)} a las {clock_time(moment, locale)}"
    if line.mode == SignatureMode.FIRMA:
        if line.fingerprint is True:
            return f"Firmó e imprimió su huella digital{when}."
        if line.fingerprint is False:
            return f"Firmó{when}; no imprimió su huella digital: {line.no_fingerprint_reason}."
        return f"Firmó{when}."
    if line.mode == SignatureMode.HUELLA_TESTIGO:
        return (
            f"No sabe o no puede firmar: imprime su huella digital{when}; firma a su ruego "
            f"{line.witness_name}, {line.witness_id_text}."
        )
    if line.mode == SignatureMode.SE_NEGO:
        return f"Se negó a firmar{when}; la persona conciliadora da fe de ello."
    return "No compareció."


#: The ways of signing that happen at a moment (an absent party's line has no moment).
_SIGNED = (SignatureMode.FIRMA, SignatureMode.HUELLA_TESTIGO, SignatureMode.SE_NEGO)


def signed_later(
    lines: list[SignatureLine], held_on: str, zone: dt.tzinfo, locale: str
) -> dict[str, Any]:
    """Whether the acta was signed on a later day than the hearing it records (``held_on``,
    ISO), and the day of its last signature: the closing says so instead of «del mismo día»."""
    moments = [
        line.signed_at.astimezone(zone)
        for line in lines
        if line.signed_at is not None and line.mode in _SIGNED
    ]
    if not moments or not held_on:
        return {"otro_dia": False, "fecha": ""}
    last = max(moments).date()
    later = last > dt.date.fromisoformat(held_on)
    return {"otro_dia": later, "fecha": medium_date(last, locale) if later else ""}


def _role_words(words: dict[str, str]) -> dict[SignerRole, str]:
    """A signer's role as the acta's profile names it («Parte convocada», «Mediador/a»)."""
    out: dict[SignerRole, str] = {}
    claimant, respondent = words.get("parte_solicitante"), words.get("parte_citada")
    if claimant:
        out[SignerRole.SOLICITANTE] = claimant.capitalize()
        out[SignerRole.REPRESENTANTE_SOLICITANTE] = f"Representante de la {claimant}"
    if respondent:
        out[SignerRole.CITADO] = respondent.capitalize()
        out[SignerRole.REPRESENTANTE_CITADO] = f"Representante de la {respondent}"
    if words.get("facilitador"):
        out[SignerRole.CONCILIADOR] = words["facilitador"]
    return out


def overlay(
    *,
    legend: str,
    recipient: str,
    lines: list[SignatureLine],
    zone: dt.tzinfo,
    locale: str,
    mark: str = "",
    held_on: str = "",
    words: dict[str, str] | None = None,
    verifier: VerifierLine | None = None,
) -> dict[str, Any]:
    """``held_on``: the day the acta dates the hearing (the frozen ``audiencia.dia``);
    ``words``: the frozen ``terminos`` (the parties' and the officer's names in the
    profile's words; actas frozen before profiles worded them have none); ``verifier``: the
    recorded legality check, whose lawyer's line follows the signers'."""
    roles = _role_words(words or {})
    verified = [_verifier(verifier, zone, locale)] if verifier is not None else []
    return {
        "firmada": signed_later(lines, held_on, zone, locale),
        "copia": {"leyenda": legend, "destinatario": recipient},
        "firmas": [
            {
                "rol": line.title or roles.get(line.role, line.role.label),
                "nombre": line.name,
                "documento": line.id_text,
                "firmado": line.mode in (SignatureMode.FIRMA, SignatureMode.HUELLA_TESTIGO),
                "tiene_imagen": line.image is not None,
                "imagen": DocxImage(line.image) if line.image is not None else "",
                "estado": _state(line, zone, locale),
            }
            for line in lines
        ]
        + verified,
        "marca": {"texto": mark},
    }
