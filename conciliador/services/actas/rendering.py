"""Producing an acta's documents: the live borrador, the frozen text of an issued acta with
its signatures, the marked copies, the sealed PDF and the families' explanation sheet.

A borrador is rendered from the live data every time (so it always shows the latest
correction); an issued acta from its frozen template and values, plus the overlay of what
may still change (the copy's legend, the signatures, the «replaced» mark).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.documents import pdf as pdfs
from conciliador.documents.docx_engine import CompiledTemplate, png_size, render
from conciliador.documents.formatting import medium_date
from conciliador.documents.seal import OfficeCertificate, sha256_hex, sign_pdf
from conciliador.domain.actas import (
    EXPLANATION_SHEET,
    ActaStatus,
    SignatureMode,
    SignerRole,
)
from conciliador.domain.agreement_terms import Party
from conciliador.domain.enums import Outcome
from conciliador.models import (
    Acta,
    ActaFile,
    Agreement,
    Case,
    DocumentTemplate,
    Office,
)
from conciliador.models.base import session_now
from conciliador.services.actas.catalog import stored_template
from conciliador.services.actas.context import acta_context
from conciliador.services.actas.facts import ActaFacts, ReplacedFacts, acta_number_text, gather
from conciliador.services.actas.overlay import SignatureLine, VerifierLine, overlay
from conciliador.services.actas.published import template_for
from conciliador.services.actas.queries import load_acta
from conciliador.services.actas.sheet import sheet_context
from conciliador.services.actas.steps import legality_check
from conciliador.services.actor import Actor
from conciliador.services.errors import FieldId, FieldProblem, ServiceError, ValidationFailed
from conciliador.services.fields import (
    ActaFields,
    signature_field,
    signature_fingerprint,
    signature_witness,
)
from conciliador.services.offices import profile_of
from conciliador.services.permissions import Permission, require
from conciliador.services.text import NAME_MAX, clean

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
ORIGINAL = "expediente"
MAX_IMAGE = 1_000_000
AGREEMENT_OUTCOMES = frozenset({Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL})


@dataclass(frozen=True)
class Document:
    """A produced file: its suggested name, its bytes and what it is."""

    name: str
    data: bytes
    media_type: str


class Altered(ServiceError):
    """A sealed file that no longer matches its SHA-256."""


class PdfNotMade(ServiceError):
    """No PDF could be made (LibreOffice missing or failing); the message says what to do."""


def to_pdf(documents: list[tuple[str, bytes]], *, archival: bool = False) -> list[bytes]:
    """PDF of each (name, .docx) in one LibreOffice run, or ``PdfNotMade`` in Spanish."""
    try:
        return pdfs.to_pdf(documents, archival=archival)
    except pdfs.PdfUnavailable as exc:
        raise PdfNotMade(str(exc)) from exc
    except pdfs.PdfConversionFailed as exc:
        raise PdfNotMade(f"No se pudo generar el PDF: {exc}") from exc


@dataclass(frozen=True)
class SignatureInput:
    """How one signer signed, as the desk records it."""

    role: SignerRole
    mode: SignatureMode
    #: The captured signature (PNG) from a signature pad, when there is one.
    image: bytes | None = None
    witness_name: str = ""
    witness_id_number: str = ""
    #: Where the profile asks for every signer's fingerprint (``[actas.huella_digital]``:
    #: Peru): whether this person stamped it (None: not said) and, if not, why.
    fingerprint: bool | None = None
    no_fingerprint_reason: str = ""


@dataclass(frozen=True)
class ExpectedSigner:
    role: SignerRole
    name: str
    id_number: str
    id_text: str
    #: AUSENTE for a party that did not come (no signature expected), else None.
    default: SignatureMode | None


@dataclass(frozen=True)
class Sealed:
    pdf: bytes
    digitally_signed: bool


# ------------------------------------------------------------------------------ values
def _office(session: Session, acta: Acta) -> Office:
    office = session.get(Office, acta.office_id)
    assert office is not None
    return office


def live_facts(session: Session, acta: Acta) -> ActaFacts:
    agreement = session.get(Agreement, acta.agreement_id)
    assert agreement is not None
    replaces = None
    if acta.replaces_id is not None:
        original = session.get(Acta, acta.replaces_id)
        assert original is not None
        office = _office(session, acta)
        zone = profile_of(office).regional.zone
        replaces = ReplacedFacts(
            number=acta_number_text(office.code, original.year or 0, original.number or 0),
            issued_on=original.issued_at.astimezone(zone).date() if original.issued_at else None,
            reason=acta.replacement_reason,
        )
    return gather(session, agreement, replaces=replaces)


def frozen_values(session: Session, acta: Acta) -> tuple[CompiledTemplate, dict[str, Any]]:
    """The template and values an acta is printed from: frozen once issued, live before."""
    if acta.status == ActaStatus.BORRADOR:
        facts = live_facts(session, acta)
        published = template_for(
            session, _office(session, acta).profile_code, facts.profile.actas.template(acta.outcome)
        )
        return published, acta_context(facts, generated_at=session_now(session))
    # Issued: the acta's values, and the explanation sheet's, as they were frozen.
    stored = session.get(DocumentTemplate, acta.template_id)
    assert stored is not None and acta.frozen_context is not None
    template = stored_template(stored.name, stored.sha256, stored.content)
    return template, dict(acta.frozen_context)


def expected_signers(values: dict[str, Any]) -> list[ExpectedSigner]:
    """Who signs, from the acta's values: the parties (and representatives), then the
    officer. A party who did not come is expected to be recorded as absent."""
    held = bool(values["audiencia"]["celebrada"])
    out = []
    for role, key, rep_role in (
        (SignerRole.SOLICITANTE, Party.SOLICITANTE, SignerRole.REPRESENTANTE_SOLICITANTE),
        (SignerRole.CITADO, Party.CITADO, SignerRole.REPRESENTANTE_CITADO),
    ):
        party = values[key]
        present = bool(party["asistio"]) if held else key == Party.SOLICITANTE
        out.append(
            ExpectedSigner(
                role,
                party["nombre"],
                party["documento_numero"],
                party["documento"],
                None if present else SignatureMode.AUSENTE,
            )
        )
        rep = party["representante"]
        if rep["existe"]:
            out.append(
                ExpectedSigner(
                    rep_role,
                    rep["nombre"],
                    rep["documento_numero"],
                    rep["documento"],
                    None if present else SignatureMode.AUSENTE,
                )
            )
    officer = values["conciliador"]
    out.append(
        ExpectedSigner(
            SignerRole.CONCILIADOR,
            officer["nombre"],
            officer["documento"].rsplit(" ", 1)[-1] if officer["documento"] else "",
            officer["documento"],
            None,
        )
    )
    return out


def held_day(values: dict[str, Any]) -> str:
    """The day (ISO) the acta dates its hearing; actas frozen before it was kept have none."""
    return str(values["audiencia"].get("dia", ""))


def signature_lines(session: Session, acta: Acta) -> list[ExpectedSigner]:
    return expected_signers(frozen_values(session, acta)[1])


def _lines_of(session: Session, acta: Acta, values: dict[str, Any]) -> list[SignatureLine]:
    if acta.status == ActaStatus.FIRMADA:
        return [
            SignatureLine(
                role=s.role,
                name=s.name,
                id_text=next((e.id_text for e in expected_signers(values) if e.role == s.role), ""),
                mode=s.mode,
                signed_at=s.signed_at,
                witness_name=s.witness_name,
                witness_id_text=(
                    f"documento de identidad n.º {s.witness_id_number}"
                    if s.witness_id_number
                    else ""
                ),
                image=s.image,
                id_number=s.id_number,
                witness_id_number=s.witness_id_number,
                title=_title(s.role, values),
                fingerprint=s.fingerprint,
                no_fingerprint_reason=s.no_fingerprint_reason,
            )
            for s in acta.signatures
        ]
    return [
        SignatureLine(
            e.role, e.name, e.id_text, id_number=e.id_number, title=_title(e.role, values)
        )
        for e in expected_signers(values)
    ]


def _verifier(session: Session, acta: Acta) -> VerifierLine | None:
    """The legality check recorded on the acta, as its lawyer's line (Peru); None elsewhere
    or before it is recorded."""
    rule = profile_of(_office(session, acta)).actas.legality_signer
    if rule is None or acta.id is None:
        return None
    check = legality_check(session, acta.id)
    if check is None:
        return None
    return VerifierLine(rule.signer, check.lawyer_name, check.lawyer_registration, check.checked_at)


def _title(role: SignerRole, values: dict[str, Any]) -> str:
    """The officer's own title (frozen with the acta's values; older actas froze none)."""
    if role != SignerRole.CONCILIADOR:
        return ""
    return str(values["conciliador"].get("titulo", ""))


def _mark(session: Session, acta: Acta) -> str:
    if acta.status == ActaStatus.BORRADOR:
        return "BORRADOR — sin número ni validez: se numera al emitirla"
    if acta.replaced_at is not None:
        newer = session.scalar(select(Acta).where(Acta.replaces_id == acta.id))
        office = _office(session, acta)
        zone = profile_of(office).regional.zone
        if newer is not None and newer.number is not None and newer.year is not None:
            locale = profile_of(office).regional.locale
            when = (
                f" del {medium_date(newer.issued_at.astimezone(zone).date(), locale)}"
                if newer.issued_at
                else ""
            )
            return (
                f"ACTA REEMPLAZADA por el acta n.º "
                f"{acta_number_text(office.code, newer.year, newer.number)}{when}: "
                "solo tiene valor de antecedente"
            )
        return "ACTA REEMPLAZADA: solo tiene valor de antecedente"
    return ""


def _copies(session: Session, acta: Acta) -> list[tuple[str, str]]:
    """(recipient, legend) of each copy the profile asks for; the file's original first."""
    copies = [(c.recipient, c.legend) for c in profile_of(_office(session, acta)).actas.copies]
    copies.sort(key=lambda c: c[0] != ORIGINAL)
    return copies


def values_for(
    session: Session, acta: Acta, *, recipient: str | None = None
) -> tuple[CompiledTemplate, dict[str, Any]]:
    """Template and complete values of one printing of the acta (a copy, or the original)."""
    template, values = frozen_values(session, acta)
    copies = dict(_copies(session, acta))
    chosen = recipient or ORIGINAL
    if chosen not in copies:
        chosen = next(iter(copies)) if recipient is None else chosen
        if chosen not in copies:
            known = ", ".join(copies)
            raise ValidationFailed(FieldProblem(ActaFields.COPY, f"elija una de: {known}"))
    values |= _overlay(
        session,
        acta,
        values,
        legend=copies[chosen],
        recipient=chosen,
        lines=_lines_of(session, acta, values),
        mark=_mark(session, acta),
    )
    return template, values


def blank_overlay(session: Session, acta: Acta) -> dict[str, Any]:
    return blank_overlay_for(session, acta, frozen_values(session, acta)[1])


def blank_overlay_for(session: Session, acta: Acta, values: dict[str, Any]) -> dict[str, Any]:
    """The first copy's legend and blank signature lines (to sign by hand)."""
    return _overlay(
        session,
        acta,
        values,
        legend=_copies(session, acta)[0][1],
        recipient=ORIGINAL,
        lines=[SignatureLine(e.role, e.name, e.id_text) for e in expected_signers(values)],
    )


def _overlay(
    session: Session,
    acta: Acta,
    values: dict[str, Any],
    *,
    legend: str,
    recipient: str,
    lines: list[SignatureLine],
    mark: str = "",
) -> dict[str, Any]:
    """What goes on top of the acta's frozen ``values`` for one printing: the copy, the
    signature lines, the verifying lawyer's line where one was recorded, and the mark."""
    regional = profile_of(_office(session, acta)).regional
    return overlay(
        legend=legend,
        recipient=recipient,
        lines=lines,
        zone=regional.zone,
        locale=regional.locale,
        mark=mark,
        held_on=held_day(values),
        words=values.get("terminos"),
        verifier=_verifier(session, acta),
    )


def file_stem(session: Session, acta: Acta) -> str:
    """«acta-MN-D2-2026-0007»; a borrador is named after its case."""
    office = _office(session, acta)
    if acta.number is not None and acta.year is not None:
        return f"acta-{acta_number_text(office.code, acta.year, acta.number)}"
    case = session.get(Case, acta.case_id)
    assert case is not None
    return f"acta-borrador-{case.number_text(office.code)}"


def transient_acta(agreement: Agreement) -> Acta:
    """The borrador an outcome record would have, without storing it (for previews and
    batches of records whose acta was never opened)."""
    return Acta(
        office_id=agreement.case.office_id,
        case_id=agreement.case_id,
        agreement_id=agreement.id,
        hearing_id=agreement.hearing_id,
        outcome=agreement.outcome,
        status=ActaStatus.BORRADOR,
    )


# ------------------------------------------------------------------------------ signing
#: The ways of signing after which the law asks whether the person stamped a fingerprint
#: (a fingerprint with a witness is one by definition; a refusal or an absence has none).
FINGERPRINT_ASKED = frozenset({SignatureMode.FIRMA})


def _fingerprint_problems(
    where: FieldId, mode: SignatureMode, item: SignatureInput | None, required: bool
) -> tuple[list[FieldProblem], bool | None, str]:
    """Problems of one signer's fingerprint fact, and the fact as recorded: (stamped, why not).

    Under a profile that asks for every signer's fingerprint, a person who signs says whether
    they stamped it and, if not, why; one who cannot sign stamps it with a witness (stamped).
    Elsewhere nothing is recorded, and a fact given anyway is refused, not dropped."""
    given = item.fingerprint if item else None
    reason = clean(item.no_fingerprint_reason) if item else ""
    if not required:
        if given is not None or reason:
            return [FieldProblem(where, "el perfil de la oficina no registra huellas")], None, ""
        return [], None, ""
    if mode == SignatureMode.HUELLA_TESTIGO:
        return [], True, ""
    if mode not in FINGERPRINT_ASKED:
        return [], None, ""
    if given is None:
        return [FieldProblem(where, "indique si imprimió su huella digital")], None, ""
    if given:
        return [], True, ""
    if not reason:
        return [FieldProblem(where, "indique por qué no imprimió su huella digital")], False, ""
    if len(reason) > NAME_MAX:
        return [FieldProblem(where, f"máximo {NAME_MAX} caracteres")], False, ""
    return [], False, reason


def validate_signatures(
    acta: Acta,
    expected: list[ExpectedSigner],
    given: list[SignatureInput],
    moment: dt.datetime,
    *,
    fingerprints: bool = False,
) -> list[SignatureLine]:
    """The signature lines of the sealed acta, or ``ValidationFailed`` naming each problem;
    ``fingerprints``: the office's profile asks for every signer's fingerprint (Peru)."""
    problems: list[FieldProblem] = []
    by_role: dict[SignerRole, SignatureInput] = {}
    for entry in given:
        if entry.role in by_role:
            problems.append(FieldProblem(signature_field(entry.role), "está repetida"))
        by_role[entry.role] = entry
    roles = {e.role for e in expected}
    for role in sorted(set(by_role) - roles, key=lambda r: list(SignerRole).index(r)):
        problems.append(FieldProblem(signature_field(role), "no firma esta acta"))
    lines = []
    for signer in expected:
        field = signature_field(signer.role, signer.name)
        witness_field = signature_witness(signer.role, signer.name)
        item = by_role.get(signer.role)
        mode = item.mode if item else signer.default
        if mode is None:
            problems.append(FieldProblem(field, "indique cómo firmó"))
            continue
        if signer.role == SignerRole.CONCILIADOR and mode != SignatureMode.FIRMA:
            problems.append(FieldProblem(field, "la persona conciliadora firma siempre el acta"))
        if mode == SignatureMode.AUSENTE and signer.default != SignatureMode.AUSENTE:
            problems.append(
                FieldProblem(
                    field, "compareció a la audiencia: firma, imprime su huella o se niega"
                )
            )
        if mode == SignatureMode.SE_NEGO and acta.outcome in AGREEMENT_OUTCOMES:
            problems.append(
                FieldProblem(
                    field,
                    "sin la firma de ambas partes no hay acuerdo: si una parte se niega a "
                    "firmar, registre el resultado «Conclusión motivada» y emita esa acta",
                )
            )
        witness = clean(item.witness_name) if item else ""
        witness_id = clean(item.witness_id_number) if item else ""
        if mode == SignatureMode.HUELLA_TESTIGO:
            if not witness:
                problems.append(FieldProblem(witness_field, "indique su nombre"))
            if not witness_id:
                problems.append(FieldProblem(witness_field, "indique su documento de identidad"))
            if len(witness) > NAME_MAX or len(witness_id) > 40:
                problems.append(FieldProblem(witness_field, "texto demasiado largo"))
        found, stamped, why_not = _fingerprint_problems(
            signature_fingerprint(signer.role, signer.name), mode, item, fingerprints
        )
        problems += found
        image = item.image if item else None
        if image is not None:
            if mode != SignatureMode.FIRMA:
                problems.append(FieldProblem(field, "solo una firma lleva imagen"))
            elif len(image) > MAX_IMAGE:
                problems.append(FieldProblem(field, "la imagen de la firma pasa de 1 MB"))
            else:
                try:
                    png_size(image)
                except ValueError:
                    problems.append(FieldProblem(field, "la imagen de la firma debe ser PNG"))
        lines.append(
            SignatureLine(
                role=signer.role,
                name=signer.name,
                id_text=signer.id_text,
                mode=mode,
                signed_at=moment if mode != SignatureMode.AUSENTE else None,
                witness_name=witness,
                witness_id_text=f"documento de identidad n.º {witness_id}" if witness_id else "",
                image=image,
                id_number=signer.id_number,
                witness_id_number=witness_id,
                fingerprint=stamped,
                no_fingerprint_reason=why_not,
            )
        )
    if problems:
        raise ValidationFailed(problems)
    return lines


@dataclass(frozen=True)
class FinalDraft:
    """The sealed original's .docx and what its digital signature says, read from the
    database; sealing it (``seal``) needs no database, so no transaction waits for LibreOffice."""

    stem: str
    docx: bytes
    reason: str
    location: str
    signer_name: str


def final_draft(session: Session, acta: Acta, lines: list[SignatureLine]) -> FinalDraft:
    """The sealed original's text: frozen text and signatures, rendered."""
    template, values = frozen_values(session, acta)
    office = _office(session, acta)
    copies = _copies(session, acta)
    values |= _overlay(
        session, acta, values, legend=copies[0][1], recipient=copies[0][0], lines=lines
    )
    return FinalDraft(
        stem=file_stem(session, acta),
        docx=render(template, values),
        reason=f"{values['acta']['titulo']} n.º {values['acta']['numero']}",
        location=office.name,
        signer_name=values["conciliador"]["nombre"],
    )


def seal(draft: FinalDraft, *, certificate: OfficeCertificate | None = None) -> Sealed:
    """PDF/A of the draft, and the office's digital signature when it holds a certificate."""
    try:
        [pdf] = to_pdf([(draft.stem, draft.docx)], archival=True)
    except PdfNotMade as exc:
        raise PdfNotMade(
            f"{exc} El acta no se selló: sus firmas se registran cuando se pueda generar el "
            "PDF de archivo."
        ) from exc
    if certificate is None:
        return Sealed(pdf, False)
    signed = sign_pdf(
        pdf,
        certificate,
        reason=draft.reason,
        location=draft.location,
        signer_name=draft.signer_name,
    )
    return Sealed(signed, True)


def final_document(
    session: Session,
    acta: Acta,
    lines: list[SignatureLine],
    *,
    certificate: OfficeCertificate | None = None,
) -> Sealed:
    """The sealed original: frozen text, signatures, PDF/A, and the office's digital
    signature when it holds a certificate."""
    return seal(final_draft(session, acta, lines), certificate=certificate)


# ------------------------------------------------------------------------------ documents
def sealed_file(session: Session, acta: Acta) -> bytes:
    """The sealed PDF, checked against its SHA-256 (``Altered`` if it does not match)."""
    stored = session.scalar(select(ActaFile).where(ActaFile.acta_id == acta.id))
    if stored is None or acta.sealed_sha256 is None:
        raise Altered(f"Falta el archivo sellado del acta n.º {file_stem(session, acta)[5:]}.")
    if sha256_hex(stored.content) != acta.sealed_sha256:
        raise Altered(
            f"El archivo sellado del acta n.º {file_stem(session, acta)[5:]} fue alterado: su "
            "huella SHA-256 no coincide con la registrada al firmarla."
        )
    return stored.content


def acta_document(
    db: Database,
    actor: Actor,
    acta_id: int,
    *,
    pdf: bool = False,
    recipient: str | None = None,
) -> Document:
    """The acta as a document: the original (the sealed PDF once signed) or a marked copy."""
    with db.read() as session:
        acta = load_acta(session, acta_id)
        actor = require(session, actor, Permission.VIEW_CASE, acta.office_id)
        stem = file_stem(session, acta)
        sealed = acta.status == ActaStatus.FIRMADA and acta.replaced_at is None
        if sealed and pdf and recipient in (None, ORIGINAL):
            return Document(f"{stem}.pdf", sealed_file(session, acta), PDF)
        template, values = values_for(session, acta, recipient=recipient)
        suffix = f"-{recipient}" if recipient else ""
        docx = render(template, values)
    if not pdf:
        return Document(f"{stem}{suffix}.docx", docx, DOCX)
    [data] = to_pdf([(stem, docx)])
    return Document(f"{stem}{suffix}.pdf", data, PDF)


def acta_copies(db: Database, actor: Actor, acta_id: int, *, pdf: bool = False) -> list[Document]:
    """One document per copy the profile asks for, each marked with its legend (converted
    in one LibreOffice run)."""
    with db.read() as session:
        acta = load_acta(session, acta_id)
        actor = require(session, actor, Permission.PRINT_DOCUMENTS, acta.office_id)
        stem = file_stem(session, acta)
        made = []
        for recipient, _ in _copies(session, acta):
            template, values = values_for(session, acta, recipient=recipient)
            made.append((f"{stem}-{recipient}", render(template, values)))
    if not pdf:
        return [Document(f"{name}.docx", data, DOCX) for name, data in made]
    pdfs_ = to_pdf(made)
    return [Document(f"{name}.pdf", data, PDF) for (name, _), data in zip(made, pdfs_, strict=True)]


def preview_pdf(db: Database, actor: Actor, acta_id: int) -> bytes:
    """What the desktop shows: the acta as it prints now (the sealed PDF once signed)."""
    return acta_document(db, actor, acta_id, pdf=True).data


def sheet_document(db: Database, actor: Actor, acta_id: int, *, pdf: bool = False) -> Document:
    """The families' explanation sheet of this acta's outcome."""
    with db.read() as session:
        acta = load_acta(session, acta_id)
        actor = require(session, actor, Permission.VIEW_CASE, acta.office_id)
        _, values = frozen_values(session, acta)
        if "hoja" not in values:  # a borrador: from the live data, like its acta
            values["hoja"] = sheet_context(live_facts(session, acta))
        values |= blank_overlay(session, acta)
        stem = f"hoja-explicativa-{file_stem(session, acta)[5:]}"
        template = template_for(session, _office(session, acta).profile_code, EXPLANATION_SHEET)
    docx = render(template, values)
    if not pdf:
        return Document(f"{stem}.docx", docx, DOCX)
    [data] = to_pdf([(stem, docx)])
    return Document(f"{stem}.pdf", data, PDF)


__all__ = [
    "Altered",
    "Document",
    "ExpectedSigner",
    "PdfNotMade",
    "SignatureInput",
    "acta_copies",
    "acta_document",
    "expected_signers",
    "final_document",
    "final_draft",
    "preview_pdf",
    "seal",
    "sealed_file",
    "sheet_document",
    "validate_signatures",
    "values_for",
]
