"""The acta's lifecycle: borrador → emitida → firmada, and replacement.

- ``draft_acta``: the outcome record's acta, a borrador rendered from the live data every time
  it is shown (nothing of it is stored but its existence).
- ``issue_acta``: in ONE unit of work, checks that it may be issued (the agreement's errors,
  the officer's post and legal capacity), freezes what was agreed, takes the office's next
  correlative number for the year (``numbering.next_number``: the counter row is locked until
  the transaction ends, so two desks issuing together get consecutive numbers, and a failure
  gives the number back), and freezes the text: the template's content and every value.
- ``sign_acta``: records who signed and how (signature, fingerprint with a witness who signs
  at their request, refusal, absence), with captured signature images; renders the final
  document, converts it to PDF/A, seals it (and signs it with the office's certificate when
  there is one) and stores it with its SHA-256. From then on nothing of the acta changes
  (``models.acta`` refuses it at the flush too).
- ``replace_acta``: a defect is corrected by a new acta that replaces the original; what was
  agreed can be corrected again until the replacement is issued, which marks the original as
  replaced (it stays readable).
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from conciliador.criteria.schema import OfficerRegistry
from conciliador.db import Database
from conciliador.documents.docx_engine import CompiledTemplate, render
from conciliador.documents.seal import OfficeCertificate, sha256_hex
from conciliador.documents.xmltext import xml_safe
from conciliador.domain.actas import ActaStatus, SignatureMode
from conciliador.domain.audit_actions import AuditAction
from conciliador.models import (
    Acta,
    ActaFile,
    ActaSignature,
    Agreement,
    Counter,
    DocumentTemplate,
    Hearing,
    Office,
)
from conciliador.models.base import session_now
from conciliador.services import audit
from conciliador.services.actas.context import acta_context
from conciliador.services.actas.facts import (
    ActaFacts,
    OfficerFacts,
    ReplacedFacts,
    acta_number_text,
    gather,
    held_on,
)
from conciliador.services.actas.integrity import frozen_text_sha256
from conciliador.services.actas.published import template_for
from conciliador.services.actas.queries import ActaView, acta_view, load_acta
from conciliador.services.actas.rendering import (
    SignatureInput,
    blank_overlay_for,
    final_draft,
    seal,
    signature_lines,
    validate_signatures,
)
from conciliador.services.actas.sheet import sheet_context
from conciliador.services.actas.steps import signing_blocked
from conciliador.services.actor import Actor
from conciliador.services.agreements.service import freeze_agreement
from conciliador.services.criteria_versions import version_in_force
from conciliador.services.errors import (
    FieldProblem,
    InvalidTransition,
    NotFound,
    StaleData,
    ValidationFailed,
)
from conciliador.services.fields import ActaFields
from conciliador.services.numbering import next_number
from conciliador.services.offices import profile_of
from conciliador.services.permissions import Permission, require
from conciliador.services.text import TEXT_MAX, clean
from conciliador.services.validation import text_problem

ACTA_FIELDS = (
    "status",
    "year",
    "number",
    "replaces_id",
    "replaced_at",
    "issued_at",
    "signed_at",
    "sealed_sha256",
    "digitally_signed",
)
COUNTER_KIND = "acta"
REASON_MIN = 10


def _check_version(acta: Acta, expected: int | None) -> None:
    if expected is not None and acta.version != expected:
        raise StaleData("esta acta")


def _live_acta(session: Session, agreement_id: int) -> Acta | None:
    """The acta that currently documents the outcome record: the newest one."""
    return session.scalar(
        select(Acta).where(Acta.agreement_id == agreement_id).order_by(Acta.id.desc()).limit(1)
    )


# ------------------------------------------------------------------------------ borrador
def draft_acta(db: Database, actor: Actor, agreement_id: int) -> ActaView:
    """The outcome record's acta: the one it has, or a new borrador."""
    with db.write() as session:
        agreement = session.get(Agreement, agreement_id, with_for_update=True)
        if agreement is None:
            raise NotFound(f"No existe el resultado n.º {agreement_id}.")
        case = agreement.case
        actor = require(session, actor, Permission.VIEW_CASE, case.office_id)
        acta = _live_acta(session, agreement.id)
        if acta is None:
            actor = require(session, actor, Permission.ISSUE_ACTA, case.office_id)
            acta = Acta(
                office_id=case.office_id,
                case_id=case.id,
                agreement_id=agreement.id,
                hearing_id=agreement.hearing_id,
                outcome=agreement.outcome,
                status=ActaStatus.BORRADOR,
                created_by_id=actor.user_id,
            )
            session.add(acta)
            session.flush()
            audit.record(
                session,
                actor,
                AuditAction.CREAR,
                "acta",
                acta.id,
                after=audit.snapshot(acta, ACTA_FIELDS),
                office_id=acta.office_id,
            )
        return acta_view(session, acta)


def acta_of_hearing(db: Database, actor: Actor, hearing_id: int) -> ActaView:
    """The acta of a hearing that ended with an outcome (a new borrador if it has none)."""
    with db.read() as session:
        found = session.scalar(
            select(Agreement.id)
            .where(Agreement.hearing_id == hearing_id)
            .order_by(Agreement.id.desc())
            .limit(1)
        )
    if found is None:
        raise NotFound(
            f"La audiencia n.º {hearing_id} no tiene un resultado registrado: concluya la "
            "audiencia (o registre la inasistencia) antes de generar el acta."
        )
    return draft_acta(db, actor, found)


# ------------------------------------------------------------------------------ emitida
def _store_template(session: Session, name: str, sha256: str, content: bytes) -> int:
    """The id of the stored template with this content (inserted once, also under a race)."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(DocumentTemplate)
        .values(name=name, sha256=sha256, content=content, created_at=session_now(session))
        .on_conflict_do_nothing(index_elements=["sha256"])
    )
    found = session.scalar(select(DocumentTemplate.id).where(DocumentTemplate.sha256 == sha256))
    assert found is not None
    return found


def _officer_problems(
    officer: OfficerFacts | None, registry: OfficerRegistry | None = None
) -> list[FieldProblem]:
    missing = []
    if officer is None or not officer.post.strip():
        missing.append("el cargo")
    if officer is None or not officer.legal_capacity.strip():
        missing.append("el instrumento que le delega la capacidad de conciliar")
    if registry is not None and (officer is None or not officer.registry_number.strip()):
        missing.append(registry.missing)
    if not missing:
        return []
    who = f" de {officer.name}" if officer else ""
    return [
        FieldProblem(
            ActaFields.OFFICER,
            f"no constan {' ni '.join(missing)}{who}; sin ellos el acta no es ejecutable"
            " (regístrelos en Administración → Usuarios)",
        )
    ]


def _place_problems(facts: ActaFacts) -> list[FieldProblem]:
    """The acta says «En <municipio>, …»: an office without a recorded municipality (created
    before offices recorded one) cannot issue until an administrator sets it."""
    if facts.place.strip():
        return []
    return [
        FieldProblem(
            ActaFields.OFFICE_PLACE,
            f"no consta el municipio de {facts.office_name}, que el acta nombra («En …, a "
            "los …»); regístrelo con «conciliador office place»",
        )
    ]


def _frozen(values: object) -> object:
    """The values as stored: text made XML-safe (what the document shows; PostgreSQL's JSON
    cannot hold U+0000 either)."""
    if isinstance(values, str):
        return xml_safe(values)
    if isinstance(values, dict):
        return {k: _frozen(v) for k, v in values.items()}
    if isinstance(values, list):
        return [_frozen(v) for v in values]
    return values


def _issuable(session: Session, actor: Actor, acta: Acta, expected: int | None) -> Actor:
    actor = require(session, actor, Permission.ISSUE_ACTA, acta.office_id)
    _check_version(acta, expected)
    if acta.status != ActaStatus.BORRADOR:
        raise InvalidTransition(
            f"El acta n.º {_number_of(session, acta)} ya fue {acta.status.label.lower()}: "
            "su texto no cambia. Para corregir un defecto, reemplácela."
        )
    return actor


def _issued_text(
    session: Session,
    acta: Acta,
    agreement: Agreement,
    moment: dt.datetime,
    number: int,
    zone: dt.tzinfo,
) -> tuple[CompiledTemplate, dict[str, Any], dict[str, Any]]:
    """The template, the frozen values of the acta issued with ``number``, and what a render
    of it takes (the values with the blank signature overlay)."""
    office = session.get(Office, acta.office_id)
    assert office is not None
    year = moment.astimezone(zone).year
    replaced = session.get(Acta, acta.replaces_id) if acta.replaces_id else None
    facts = gather(
        session,
        agreement,
        status=ActaStatus.EMITIDA,
        number=acta_number_text(office.code, year, number),
        issued_at=moment,
        replaces=(
            ReplacedFacts(
                number=_number_of(session, replaced),
                issued_on=replaced.issued_at.astimezone(zone).date()
                if replaced.issued_at
                else None,
                reason=acta.replacement_reason,
            )
            if replaced is not None
            else None
        ),
    )
    template = template_for(
        session, office.profile_code, facts.profile.actas.template(acta.outcome)
    )
    # The acta's values, and the explanation sheet's: both say what was issued.
    values = _frozen(acta_context(facts, generated_at=moment) | {"hoja": sheet_context(facts)})
    assert isinstance(values, dict)
    return template, values, values | blank_overlay_for(session, acta, values)


def issue_acta(
    db: Database,
    actor: Actor,
    acta_id: int,
    *,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> ActaView:
    """Issue a borrador: number, frozen text (see the module's docstring).

    The text is rendered once (an acta that cannot be printed is not issued) before the unit
    of work that numbers it, with the number the office's counter will most likely give; that
    unit recomputes the text and renders again only when something changed meanwhile (another
    desk took the number, or the data moved), so the counter is held for no rendering."""
    moment = now or db.now()
    with db.read() as session:
        acta = load_acta(session, acta_id)
        _issuable(session, actor, acta, expected_version)
        agreement = session.get(Agreement, acta.agreement_id)
        assert agreement is not None
        facts = gather(session, agreement)
        problems = _officer_problems(
            facts.officer, facts.profile.actas.officer_registry
        ) + _place_problems(facts)
        if problems:
            raise ValidationFailed(problems)
        year = moment.astimezone(facts.zone).year
        counter = session.get(Counter, (acta.office_id, year, COUNTER_KIND))
        likely = (counter.last_value if counter is not None else 0) + 1
        template, _, printable = _issued_text(session, acta, agreement, moment, likely, facts.zone)
    rendered = printable
    render(template, printable)
    with db.write() as session:
        acta = load_acta(session, acta_id, for_update=True)
        actor = _issuable(session, actor, acta, expected_version)
        agreement = session.get(Agreement, acta.agreement_id)
        assert agreement is not None
        facts = gather(session, agreement)
        problems = _officer_problems(
            facts.officer, facts.profile.actas.officer_registry
        ) + _place_problems(facts)
        if problems:
            raise ValidationFailed(problems)
        freeze_agreement(session, actor, agreement.id)  # refuses while the agreement has errors
        office = session.get(Office, acta.office_id)
        assert office is not None
        year = moment.astimezone(facts.zone).year
        number = next_number(session, office.id, year, COUNTER_KIND)
        replaced = session.get(Acta, acta.replaces_id) if acta.replaces_id else None
        template, values, printable = _issued_text(
            session, acta, agreement, moment, number, facts.zone
        )
        if printable != rendered:
            render(template, printable)
        before = audit.snapshot(acta, ACTA_FIELDS)
        acta.template_id = _store_template(
            session, template.name, template.sha256, template.content
        )
        acta.frozen_context = values
        # The clauses as this acta states them: a replacement (same outcome record) that
        # corrects them later obliges from its own date, not over this acta's months.
        acta.terms = copy.deepcopy(agreement.clauses)
        hearing = session.get(Hearing, acta.hearing_id) if acta.hearing_id else None
        in_force = version_in_force(
            session,
            office.profile_code,
            held_on(office, hearing) or moment.astimezone(ZoneInfo(office.timezone)).date(),
        )
        acta.profile_version_id = in_force.id if in_force is not None else None
        acta.year, acta.number = year, number
        acta.status = ActaStatus.EMITIDA
        acta.issued_at = moment
        acta.issued_by_id = actor.user_id
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.EMITIR,
            "acta",
            acta.id,
            before=before,
            after={
                **audit.snapshot(acta, ACTA_FIELDS),
                "numero": acta_number_text(office.code, year, number),
                "plantilla_sha256": template.sha256,
                # the frozen text enters the chain: changing it in the database later shows
                "texto_sha256": frozen_text_sha256(values),
            },
            office_id=acta.office_id,
        )
        if replaced is not None:
            before_original = audit.snapshot(replaced, ACTA_FIELDS)
            replaced.replaced_at = moment
            session.flush()
            audit.record(
                session,
                actor,
                AuditAction.MARCAR_REEMPLAZADA,
                "acta",
                replaced.id,
                before=before_original,
                after=audit.snapshot(replaced, ACTA_FIELDS),
                reason=acta.replacement_reason,
                office_id=replaced.office_id,
            )
        return acta_view(session, acta)


def _number_of(session: Session, acta: Acta) -> str:
    if acta.number is None or acta.year is None:
        return "(borrador)"
    office = session.get(Office, acta.office_id)
    assert office is not None
    return acta_number_text(office.code, acta.year, acta.number)


# ------------------------------------------------------------------------------ firmada
def sign_acta(
    db: Database,
    actor: Actor,
    acta_id: int,
    signatures: list[SignatureInput],
    *,
    certificate: OfficeCertificate | None = None,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> ActaView:
    """Record the signatures of an issued acta and seal it (see the module's docstring).

    The PDF is made between two units of work, inside none (LibreOffice takes a second or
    two; no transaction stays open meanwhile): the first reads and renders the text, the one
    that stores the sealed PDF checks the acta did not change."""
    moment = now or db.now()
    with db.read() as session:
        acta = load_acta(session, acta_id)
        actor = require(session, actor, Permission.SIGN_ACTA, acta.office_id)
        _check_version(acta, expected_version)
        if acta.status != ActaStatus.EMITIDA:
            state = (
                "firmada: no cambia"
                if acta.status == ActaStatus.FIRMADA
                else "en borrador: emítala primero"
            )
            raise InvalidTransition(f"Solo un acta emitida se firma; esta está {state}.")
        blocked = signing_blocked(session, acta)
        if blocked:
            raise InvalidTransition(blocked)
        expected = signature_lines(session, acta)
        office = session.get(Office, acta.office_id)
        assert office is not None
        asks = profile_of(office).actas.fingerprints is not None
        lines = validate_signatures(acta, expected, signatures, moment, fingerprints=asks)
        version = acta.version
        draft = final_draft(session, acta, lines)
    sealed = seal(draft, certificate=certificate)
    digest = sha256_hex(sealed.pdf)
    with db.write() as session:
        acta = load_acta(session, acta_id, for_update=True)
        actor = require(session, actor, Permission.SIGN_ACTA, acta.office_id)
        if acta.version != version or acta.status != ActaStatus.EMITIDA:
            raise StaleData("esta acta")
        before = audit.snapshot(acta, ACTA_FIELDS)
        for position, line in enumerate(lines, start=1):
            session.add(
                ActaSignature(
                    acta_id=acta.id,
                    position=position,
                    role=line.role,
                    name=line.name,
                    id_number=line.id_number,
                    mode=line.mode or SignatureMode.AUSENTE,
                    witness_name=line.witness_name,
                    witness_id_number=line.witness_id_number,
                    fingerprint=line.fingerprint,
                    no_fingerprint_reason=line.no_fingerprint_reason,
                    image=line.image,
                    signed_at=line.signed_at or moment,
                )
            )
        session.add(ActaFile(acta_id=acta.id, size=len(sealed.pdf), content=sealed.pdf))
        acta.status = ActaStatus.FIRMADA
        acta.signed_at = moment
        acta.signed_by_id = actor.user_id
        acta.sealed_sha256 = digest
        acta.digitally_signed = sealed.digitally_signed
        session.flush()
        # A signed agreement's schedule is written once, and the earlier acta's it supersedes
        # from its day with it (the whole family's schedule is written again). Imported here:
        # the follow-up reads this package's facts.
        from conciliador.services.followup.schedules import write_schedules

        write_schedules(session, [acta.case_id])
        audit.record(
            session,
            actor,
            AuditAction.FIRMAR,
            "acta",
            acta.id,
            before=before,
            after={
                **audit.snapshot(acta, ACTA_FIELDS),
                "firmas": [
                    {"rol": line.role.value, "modo": (line.mode or SignatureMode.AUSENTE).value}
                    for line in lines
                ],
            },
            office_id=acta.office_id,
        )
        return acta_view(session, acta)


# ------------------------------------------------------------------------------ replacement
def replace_acta(
    db: Database, actor: Actor, acta_id: int, reason: str, *, now: dt.datetime | None = None
) -> ActaView:
    """Open a replacement for an issued or signed acta with a defect; returns the new
    borrador. What was agreed may be corrected again until the replacement is issued."""
    reason = clean(reason)
    if len(reason) < REASON_MIN:
        raise ValidationFailed(
            FieldProblem(
                ActaFields.REPLACE_REASON,
                f"explique el defecto en al menos {REASON_MIN} caracteres",
            )
        )
    if len(reason) > TEXT_MAX:
        raise ValidationFailed(
            FieldProblem(ActaFields.REPLACE_REASON, f"máximo {TEXT_MAX} caracteres")
        )
    problem = text_problem(reason, multiline=True)
    if problem:
        raise ValidationFailed(FieldProblem(ActaFields.REPLACE_REASON, problem))
    with db.write() as session:
        original = load_acta(session, acta_id, for_update=True)
        actor = require(session, actor, Permission.REPLACE_ACTA, original.office_id)
        if original.status == ActaStatus.BORRADOR:
            raise InvalidTransition(
                "Un borrador no se reemplaza: corrija los datos y se vuelve a generar."
            )
        if original.replaced_at is not None:
            raise InvalidTransition(
                f"El acta n.º {_number_of(session, original)} ya fue reemplazada."
            )
        pending = session.scalar(select(Acta.id).where(Acta.replaces_id == original.id))
        if pending is not None:
            raise InvalidTransition(
                f"El acta n.º {_number_of(session, original)} ya tiene un reemplazo en borrador "
                f"(acta interna n.º {pending})."
            )
        agreement = session.get(Agreement, original.agreement_id)
        assert agreement is not None
        if agreement.frozen_at is not None:
            agreement.frozen_at = None
            session.flush()
            audit.record(
                session,
                actor,
                AuditAction.DESCONGELAR,
                "acuerdo",
                agreement.id,
                after={"frozen_at": None, "acta_reemplazada": original.id},
                reason=reason,
                office_id=original.office_id,
            )
        replacement = Acta(
            office_id=original.office_id,
            case_id=original.case_id,
            agreement_id=original.agreement_id,
            hearing_id=original.hearing_id,
            outcome=original.outcome,
            status=ActaStatus.BORRADOR,
            replaces_id=original.id,
            replacement_reason=reason,
            created_by_id=actor.user_id,
        )
        session.add(replacement)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.REEMPLAZAR,
            "acta",
            original.id,
            after={"reemplazo": replacement.id},
            reason=reason,
            office_id=original.office_id,
        )
        return acta_view(session, replacement)
