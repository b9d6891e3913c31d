"""Use cases of an agreement: record or correct what was agreed, read it with its clause texts,
the guideline's working and the findings, and the checks that gate the acta.

The terms are recorded when the hearing concludes (``hearing_flow.conclude_hearing(...,
terms=...)``) and may be corrected with ``update_agreement`` until the acta is issued, which
freezes them (``freeze_agreement``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.criteria.messages import error_text, location_text
from conciliador.db import Database
from conciliador.documents.amounts import currency_digits, is_exact_for
from conciliador.domain.audit_actions import AuditAction
from conciliador.domain.enums import Matter, Outcome, OverrideKind
from conciliador.models import Agreement, Case, Hearing, Override
from conciliador.models.base import session_now
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.agreements.checks import AGREEMENT_OUTCOMES, RECORDED_DEPARTURES, Finding
from conciliador.services.agreements.context import AgreementContext, load_context
from conciliador.services.agreements.evaluation import Draft, Evaluation, evaluate
from conciliador.services.agreements.guideline import GuidelineWorking
from conciliador.services.agreements.terms import AgreementTerms, Support
from conciliador.services.agreements.wording import ClauseText
from conciliador.services.cases import load_case
from conciliador.services.errors import (
    FieldId,
    FieldProblem,
    InvalidTransition,
    NotFound,
    StaleData,
    ValidationFailed,
)
from conciliador.services.fields import (
    AgreementFields,
    SupportFields,
    clause_field,
    support_child_amount,
    support_in_kind,
)
from conciliador.services.permissions import Permission, require
from conciliador.services.scheduling import get_hearing
from conciliador.services.text import TEXT_MAX
from conciliador.services.validation import text_problems

AGREEMENT_FIELDS = (
    "outcome",
    "pending_matters",
    "clauses",
    "monthly_support",
    "currency",
    "guideline_departure_reason",
    "frozen_at",
)
REASON_MIN = 10
#: Findings that mean the amount departs from the guideline (with a written reason).
_DEPARTURES = RECORDED_DEPARTURES


@dataclass(frozen=True)
class AgreementView:
    """An agreement as the acta generator and the editor read it."""

    id: int
    uid: str
    case_id: int
    case_number: str
    hearing_id: int | None
    outcome: Outcome
    pending_matters: tuple[Matter, ...]
    terms: AgreementTerms
    monthly_support: Decimal | None
    currency: str | None
    departure_reason: str
    notes: str
    #: The clauses in the profile's standard wording (additions marked ``free_text``).
    clauses: tuple[ClauseText, ...]
    #: The guideline's working, when child support was agreed.
    guideline: GuidelineWorking | None
    findings: tuple[Finding, ...]
    recorded_at: dt.datetime
    frozen_at: dt.datetime | None
    version: int

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.is_error)

    @property
    def ready_for_acta(self) -> bool:
        return not self.errors


# ------------------------------------------------------------------------------ input
def parse_terms(data: Mapping[str, Any]) -> AgreementTerms:
    """Terms from their JSON form (a form, a file), or ``ValidationFailed`` naming each field."""
    try:
        return AgreementTerms.model_validate(dict(data))
    except ValidationError as exc:
        raise ValidationFailed(term_problems(exc)) from exc


def term_problems(exc: ValidationError) -> list[FieldProblem]:
    """The terms' own refusals, each named by its place in the clauses (``clause_field``)."""
    return [
        FieldProblem(clause_field(location_text(e["loc"])), error_text(e))
        for e in exc.errors()[:10]
    ]


def _amount_fields(ctx: AgreementContext, s: Support) -> list[tuple[FieldId, Decimal | None]]:
    fields: list[tuple[FieldId, Decimal | None]] = [
        (support_child_amount(c.child, ctx.child_name(c.child)), c.amount) for c in s.children
    ]
    if s.income:
        fields += [
            (SupportFields.GROSS, s.income.gross),
            (SupportFields.SOCIAL_SECURITY, s.income.social_security),
            (SupportFields.INCOME_TAX, s.income.income_tax),
            (SupportFields.INCOME_13TH, s.income.thirteenth_month),
        ]
    if s.arrears:
        fields.append((SupportFields.ARREARS, s.arrears.total))
    fields += [
        (support_in_kind(i), item.estimated_value) for i, item in enumerate(s.in_kind, start=1)
    ]
    return fields


def refusals(ctx: AgreementContext, draft: Draft) -> list[FieldProblem]:
    """What cannot even be saved: clauses for an outcome without agreement, children who are
    not the case's, another currency, more decimals than the currency has, a reason too short.
    (Anything else is saved and reported as a finding.)"""
    problems: list[FieldProblem] = []
    terms = draft.terms
    if draft.outcome not in AGREEMENT_OUTCOMES and not terms.is_empty:
        problems.append(
            FieldProblem(
                AgreementFields.OUTCOME,
                f"un resultado «{draft.outcome.label}» no lleva cláusulas",
            )
        )
    known = {c.uid for c in ctx.children}
    for where, uid in terms.child_uids():
        if uid not in known:
            problems.append(FieldProblem(clause_field(where), "no es una hija o hijo de este caso"))
    s = terms.support
    if s is not None:
        regional = ctx.profile.regional
        if s.currency != regional.currency:
            problems.append(
                FieldProblem(
                    SupportFields.CURRENCY,
                    f"debe ser {regional.currency} ({regional.currency_name}),"
                    " la moneda de la oficina",
                )
            )
        else:
            digits = currency_digits(s.currency)
            for label, amount in _amount_fields(ctx, s):
                if amount is not None and not is_exact_for(amount, s.currency):
                    problems.append(
                        FieldProblem(
                            label,
                            f"los montos en {regional.currency_name} no llevan decimales"
                            if digits == 0
                            else f"use como máximo {digits} decimales",
                        )
                    )
    reason = draft.departure_reason.strip()
    if reason and len(reason) < REASON_MIN:
        problems.append(
            FieldProblem(
                AgreementFields.DEPARTURE_REASON,
                f"explique el motivo en al menos {REASON_MIN} caracteres",
            )
        )
    problems += text_problems(reason, AgreementFields.DEPARTURE_REASON, limit=TEXT_MAX)
    return problems


# ------------------------------------------------------------------------------ storing
def _draft_of(agreement: Agreement, terms: AgreementTerms, reason: str) -> Draft:
    return Draft(
        outcome=agreement.outcome,
        terms=terms,
        pending=tuple(Matter(m) for m in agreement.pending_matters),
        departure_reason=reason,
        notes=agreement.notes,
    )


def store_terms(
    session: Session,
    actor: Actor,
    agreement: Agreement,
    ctx: AgreementContext,
    terms: AgreementTerms,
    departure_reason: str,
    *,
    action: AuditAction,
) -> Evaluation:
    """Validate and store the terms on the agreement, inside the caller's unit of work, with
    the reporting columns in step; a departure from the guideline is recorded as an override.
    Every change is audited."""
    reason = departure_reason.strip()
    draft = _draft_of(agreement, terms, reason)
    problems = refusals(ctx, draft)
    if problems:
        raise ValidationFailed(problems)
    evaluation = evaluate(ctx, draft)
    before = audit.snapshot(agreement, AGREEMENT_FIELDS)
    previous_reason = agreement.guideline_departure_reason
    agreement.clauses = evaluation.terms.stored()
    agreement.monthly_support = evaluation.monthly_support
    agreement.currency = ctx.currency if evaluation.monthly_support is not None else None
    agreement.guideline_departure_reason = reason
    session.flush()
    case_office = ctx.office_id
    audit.record(
        session,
        actor,
        action,
        "acuerdo",
        agreement.id,
        before=before,
        after=audit.snapshot(agreement, AGREEMENT_FIELDS),
        office_id=case_office,
    )
    departs = any(f.code in _DEPARTURES for f in evaluation.findings)
    if departs and reason != previous_reason:
        actor = require(session, actor, Permission.DEPART_FROM_GUIDELINE, case_office)
        session.add(
            Override(
                office_id=case_office,
                user_id=actor.user_id,
                actor=actor.label,
                kind=OverrideKind.PAUTA_ALIMENTARIA,
                reason=reason,
                case_id=agreement.case_id,
                hearing_id=agreement.hearing_id,
            )
        )
        guideline = evaluation.guideline
        audit.record(
            session,
            actor,
            AuditAction.APARTARSE_PAUTA,
            "acuerdo",
            agreement.id,
            after={
                "regla": OverrideKind.PAUTA_ALIMENTARIA,
                "monto": evaluation.terms.support.total if evaluation.terms.support else None,
                "pauta": guideline.total if guideline else None,
            },
            reason=reason,
            office_id=case_office,
        )
    return evaluation


def _load(session: Session, agreement_id: int) -> Agreement:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFound(f"No existe el acuerdo n.º {agreement_id}.")
    return agreement


def _context(session: Session, agreement: Agreement) -> AgreementContext:
    case = load_case(session, agreement.case_id)
    hearing = session.get(Hearing, agreement.hearing_id) if agreement.hearing_id else None
    return load_context(session, case, hearing, agreement.created_by_id)


def update_agreement(
    db: Database,
    actor: Actor,
    agreement_id: int,
    terms: AgreementTerms,
    *,
    departure_reason: str = "",
    expected_version: int | None = None,
) -> AgreementView:
    """Correct what was agreed, until the acta is issued."""
    with db.write() as session:
        agreement = _load(session, agreement_id)
        case = session.get(Case, agreement.case_id)
        assert case is not None
        actor = require(session, actor, Permission.RECORD_AGREEMENT, case.office_id)
        # Issued first: an editor left open while the acta was issued must hear why it may
        # not save, not that «another person» changed the agreement.
        if agreement.frozen_at is not None:
            raise InvalidTransition(
                "El acta de este acuerdo ya fue emitida: lo acordado no se cambia. Para corregir"
                " un error, emita un acta que reemplace a la anterior."
            )
        if expected_version is not None and agreement.version != expected_version:
            raise StaleData("este acuerdo")
        if agreement.outcome not in AGREEMENT_OUTCOMES:
            raise InvalidTransition(
                f"El caso terminó con «{agreement.outcome.label}»: no hay acuerdo que registrar."
            )
        ctx = _context(session, agreement)
        evaluation = store_terms(
            session,
            actor,
            agreement,
            ctx,
            terms,
            departure_reason,
            action=AuditAction.MODIFICAR_ACUERDO,
        )
        return _view(session, agreement, ctx, evaluation)


def freeze_agreement(session: Session, actor: Actor, agreement_id: int) -> None:
    """Freeze what was agreed, inside the caller's unit of work (the acta's issue calls it).
    Refuses while the agreement has errors."""
    agreement = _load(session, agreement_id)
    if agreement.frozen_at is not None:
        return
    ctx = _context(session, agreement)
    errors = _evaluate_stored(ctx, agreement).errors
    if errors:
        raise ValidationFailed([FieldProblem(e.field, e.message) for e in errors])
    before = audit.snapshot(agreement, ("frozen_at",))
    agreement.frozen_at = session_now(session)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CONGELAR,
        "acuerdo",
        agreement.id,
        before=before,
        after=audit.snapshot(agreement, ("frozen_at",)),
        office_id=ctx.office_id,
    )


# ------------------------------------------------------------------------------ reading
def _evaluate_stored(ctx: AgreementContext, agreement: Agreement) -> Evaluation:
    terms = AgreementTerms.model_validate(agreement.clauses or {})
    return evaluate(ctx, _draft_of(agreement, terms, agreement.guideline_departure_reason))


def _view(
    session: Session, agreement: Agreement, ctx: AgreementContext, evaluation: Evaluation
) -> AgreementView:
    return AgreementView(
        id=agreement.id,
        uid=agreement.uid,
        case_id=agreement.case_id,
        case_number=ctx.case_number,
        hearing_id=agreement.hearing_id,
        outcome=agreement.outcome,
        pending_matters=tuple(Matter(m) for m in agreement.pending_matters),
        terms=evaluation.terms,
        monthly_support=agreement.monthly_support,
        currency=agreement.currency,
        departure_reason=agreement.guideline_departure_reason,
        notes=agreement.notes,
        clauses=evaluation.clauses,
        guideline=evaluation.guideline,
        findings=evaluation.findings,
        recorded_at=agreement.created_at,
        frozen_at=agreement.frozen_at,
        version=agreement.version,
    )


def agreement_view(session: Session, agreement_id: int) -> AgreementView:
    """The agreement inside the caller's unit of work, for other services (the acta); the
    caller checks permissions."""
    agreement = _load(session, agreement_id)
    ctx = _context(session, agreement)
    return _view(session, agreement, ctx, _evaluate_stored(ctx, agreement))


def get_agreement(db: Database, actor: Actor, agreement_id: int) -> AgreementView:
    """An agreement with its clause texts, the guideline's working and its findings.
    Opening it is recorded, like opening the case."""
    with db.write() as session:
        agreement = _load(session, agreement_id)
        case = session.get(Case, agreement.case_id)
        assert case is not None
        actor = require(session, actor, Permission.VIEW_CASE, case.office_id)
        audit.record(
            session, actor, AuditAction.CONSULTAR, "acuerdo", agreement.id, office_id=case.office_id
        )
        return agreement_view(session, agreement.id)


def agreement_id_of_hearing(db: Database, actor: Actor, hearing_id: int) -> int:
    """The outcome record of a concluded hearing."""
    with db.read() as session:
        hearing = get_hearing(session, hearing_id)
        actor = require(session, actor, Permission.VIEW_CASE, hearing.office_id)
        found = session.scalar(
            select(Agreement.id).where(Agreement.hearing_id == hearing_id).limit(1)
        )
        if found is None:
            raise NotFound(f"La audiencia n.º {hearing_id} no tiene resultado registrado.")
        return found


def check_agreement(db: Database, actor: Actor, agreement_id: int) -> list[Finding]:
    """Every finding of a stored agreement: errors first, then warnings."""
    with db.read() as session:
        agreement = _load(session, agreement_id)
        case = session.get(Case, agreement.case_id)
        assert case is not None
        actor = require(session, actor, Permission.VIEW_CASE, case.office_id)
        return list(_evaluate_stored(_context(session, agreement), agreement).findings)


def issued_at(db: Database, actor: Actor, agreement_id: int) -> dt.datetime | None:
    """When the agreement was frozen by its acta's issue (None while it may be corrected):
    a screen left open asks before offering to save."""
    with db.read() as session:
        agreement = _load(session, agreement_id)
        case = session.get(Case, agreement.case_id)
        assert case is not None
        actor = require(session, actor, Permission.VIEW_CASE, case.office_id)
        return agreement.frozen_at


def blocking_problems(db: Database, actor: Actor, agreement_id: int) -> list[Finding]:
    """The errors that keep the acta from being issued (empty: it may be issued)."""
    return [f for f in check_agreement(db, actor, agreement_id) if f.is_error]


def agreement_context(db: Database, actor: Actor, hearing_id: int) -> AgreementContext:
    """What the agreement editor needs to evaluate drafts while the hearing is held."""
    with db.read() as session:
        hearing = get_hearing(session, hearing_id)
        actor = require(session, actor, Permission.RECORD_AGREEMENT, hearing.office_id)
        case = load_case(session, hearing.case_id)
        return load_context(session, case, hearing)
