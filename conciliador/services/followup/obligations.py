"""The obligations of a family's signed agreements, read from the stored terms.

A signed acta with an agreement (total or partial) binds from the day it was signed, in the
office's calendar; a later signed acta on the same case (a replacement that corrected a
defect, or a later agreement) supersedes it from its own day. The schedule itself is computed
by ``domain.obligations``; this module only turns stored records into its plans.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.criteria import load_profile
from conciliador.criteria.schema import Profile
from conciliador.documents.amounts import currency_unit, round_money
from conciliador.domain.actas import ActaStatus
from conciliador.domain.agreement_terms import AdjustmentKind, VisitFrequency
from conciliador.domain.enums import Outcome
from conciliador.domain.obligations import (
    AdjustmentPlan,
    InKindItem,
    Segment,
    SupportPlan,
    VisitPlan,
)
from conciliador.models import Acta, Agreement, Office
from conciliador.services.actas.facts import acta_number_text
from conciliador.services.actas.steps import court_approved
from conciliador.services.agreements.terms import AgreementTerms, Support, Visitation

#: Outcomes whose acta carries obligations to follow.
AGREED = (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL)


def support_plan(support: Support, profile: Profile) -> SupportPlan | None:
    """The support as a plan, or None when it has nothing to schedule (no amount yet, no first
    payment date: an unfinished agreement, which cannot have been signed)."""
    amount = support.total
    if amount <= 0 or support.first_payment is None:
        return None
    currency = support.currency
    thirteenth: Decimal | None = None
    income = support.income
    if support.thirteenth_month_share and income is not None and income.thirteenth_month:
        thirteenth = round_money(
            income.thirteenth_month * support.thirteenth_month_share / 100, currency
        )
    adjustment = None
    if support.adjustment is not None and support.adjustment.first_date is not None:
        adjustment = AdjustmentPlan(
            support.adjustment.first_date,
            support.adjustment.percentage
            if support.adjustment.kind == AdjustmentKind.PERCENTAGE
            else None,
        )
    arrears = support.arrears
    return SupportPlan(
        currency=currency,
        unit=currency_unit(currency),
        amount=round_money(amount, currency),
        periodicity=support.periodicity,
        first_payment=support.first_payment,
        due_days=tuple(support.due_days),
        due_weekday=support.due_weekday.position if support.due_weekday else None,
        thirteenth_month=thirteenth,
        thirteenth_month_dates=profile.follow_up.thirteenth_month_month_days,
        adjustment=adjustment,
        arrears_total=arrears.total if arrears else None,
        arrears_count=arrears.instalments if arrears else 1,
        arrears_first_due=arrears.first_due if arrears else None,
    )


def in_kind_items(support: Support) -> tuple[InKindItem, ...]:
    return tuple(
        InKindItem(i.kind.label, i.description, i.when, i.estimated_value) for i in support.in_kind
    )


def visit_plans(visitation: Visitation) -> tuple[VisitPlan, ...]:
    return tuple(
        VisitPlan(
            b.from_day.position,
            b.from_time,
            b.to_day.position,
            b.to_time,
            every_weeks=2 if b.frequency == VisitFrequency.ALTERNATE_WEEKS else 1,
            first_date=b.first_date,
        )
        for b in visitation.schedule
    )


@dataclass(frozen=True)
class BindingActa:
    """A signed acta whose agreement the office follows."""

    acta_id: int
    agreement_id: int
    case_id: int
    office_id: int
    number: str
    signed_on: dt.date
    terms: AgreementTerms


def binding_actas(
    session: Session, case_ids: list[int] | None = None, *, office_ids: list[int] | None = None
) -> dict[int, list[BindingActa]]:
    """The signed actas with an agreement that bind the parties (where a court approves the
    agreement, once it has), per case, oldest first."""
    query = (
        select(Acta, Agreement.clauses, Office.code, Office.timezone, Office.profile_code)
        .join(Agreement, Agreement.id == Acta.agreement_id)
        .join(Office, Office.id == Acta.office_id)
        .where(Acta.status == ActaStatus.FIRMADA, Acta.outcome.in_(AGREED))
    )
    if case_ids is not None:
        query = query.where(Acta.case_id.in_(case_ids))
    if office_ids is not None:
        query = query.where(Acta.office_id.in_(office_ids))
    found: dict[int, list[BindingActa]] = {}
    rows = session.execute(query.order_by(Acta.signed_at, Acta.id))
    for acta, clauses, code, timezone, profile_code in rows:
        assert acta.signed_at is not None and acta.year is not None and acta.number is not None
        if load_profile(profile_code).actas.court_approval and not court_approved(session, acta.id):
            continue  # Chile: not binding until the family court approves it
        found.setdefault(acta.case_id, []).append(
            BindingActa(
                acta_id=acta.id,
                agreement_id=acta.agreement_id,
                case_id=acta.case_id,
                office_id=acta.office_id,
                number=acta_number_text(code, acta.year, acta.number),
                signed_on=acta.signed_at.astimezone(ZoneInfo(timezone)).date(),
                terms=AgreementTerms.model_validate(clauses or {}),
            )
        )
    return found


def segments(actas: list[BindingActa], profile: Profile) -> list[Segment]:
    """Each binding acta as a segment of the family's obligations."""
    result = []
    for acta in actas:
        support = acta.terms.support
        visitation = acta.terms.visitation
        result.append(
            Segment(
                source_id=acta.acta_id,
                label=acta.number,
                effective_from=acta.signed_on,
                support=support_plan(support, profile) if support else None,
                visits=visit_plans(visitation) if visitation else (),
                in_kind=in_kind_items(support) if support else (),
            )
        )
    return result


def currency_of(actas: list[BindingActa]) -> str | None:
    """The currency of the support in force (the latest agreement's)."""
    for acta in reversed(actas):
        if acta.terms.support is not None:
            return acta.terms.support.currency
    return None
