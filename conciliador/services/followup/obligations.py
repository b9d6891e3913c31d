"""The obligations of a family's signed agreements, read from the stored terms.

A signed acta with an agreement (total or partial) binds from the day it was signed, in the
office's calendar; a later signed acta on the same case (a replacement that corrected a
defect, or a later agreement) supersedes it from its own day. The schedule itself is computed
by ``domain.obligations``; this module only turns stored records into its plans.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, select
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


#: An agreement's index that is the consumer price index, whose recorded yearly variations
#: (``[seguimiento] variaciones_ipc``) its adjustments apply; any other index (Nicaragua's
#: minimum wage) stays awaiting its figure.
_CPI = re.compile(r"\bIPC\b|precios al consumidor", re.IGNORECASE)


def follows_cpi(index: str) -> bool:
    return _CPI.search(index) is not None


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
            if support.adjustment.kind == AdjustmentKind.PORCENTAJE
            else None,
            # the CPI's yearly variations the national office recorded, from their dates
            index_figures=tuple(
                (figure.applies_from, figure.percentage) for figure in profile.follow_up.price_index
            )
            if support.adjustment.kind == AdjustmentKind.INDICE
            and follows_cpi(support.adjustment.index)
            else (),
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
            every_weeks=2 if b.frequency == VisitFrequency.SEMANAS_ALTERNAS else 1,
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
    #: (uid, SHA-256 of the sealed file) when the clauses are the acta's own, frozen: what
    #: the computed plans are kept under (a signed acta never changes).
    frozen_key: tuple[str, str] | None = None


#: Parsed clauses of signed actas, by (uid, SHA-256 of the sealed file): a signed acta never
#: changes (``models.acta``), so its clauses are read from JSON once per process, not on
#: every computation of the alerts. Bounded; the oldest entries leave first.
_PARSED: OrderedDict[tuple[str, str], AgreementTerms] = OrderedDict()
PARSED_LIMIT = 200_000


def _clauses(session: Session, acta_ids: list[int]) -> dict[int, tuple[Any, Any]]:
    """The clauses an acta froze and its outcome record's, for the actas not kept yet (JSON
    is read only for those)."""
    found: dict[int, tuple[Any, Any]] = {}
    for start in range(0, len(acta_ids), 5000):
        chunk = acta_ids[start : start + 5000]
        for acta_id, frozen, live in session.execute(
            select(Acta.id, Acta.terms, Agreement.clauses)
            .join(Agreement, Agreement.id == Acta.agreement_id)
            .where(Acta.id.in_(chunk))
        ):
            found[acta_id] = (frozen, live)
    return found


def binding_actas(
    session: Session,
    case_ids: Sequence[int] | Select[Any] | None = None,
    *,
    office_ids: list[int] | None = None,
) -> dict[int, list[BindingActa]]:
    """The signed actas with an agreement that bind the parties (where a court approves the
    agreement, once it has), per case, oldest first, each with the clauses it states (frozen
    when it was issued). Reads only the columns it needs: not the acta's
    frozen text, and the clauses only of the actas whose parsed clauses are not kept.
    ``case_ids``: a list, or a query of them (many cases: not thousands of parameters)."""
    query = (
        select(
            Acta.id,
            Acta.uid,
            Acta.agreement_id,
            Acta.case_id,
            Acta.office_id,
            Acta.year,
            Acta.number,
            Acta.signed_at,
            Acta.sealed_sha256,
            Office.code,
            Office.timezone,
            Office.profile_code,
        )
        .join(Office, Office.id == Acta.office_id)
        .where(Acta.status == ActaStatus.FIRMADA, Acta.outcome.in_(AGREED))
    )
    if case_ids is not None:
        query = query.where(Acta.case_id.in_(case_ids))
    if office_ids is not None:
        query = query.where(Acta.office_id.in_(office_ids))
    rows = session.execute(query.order_by(Acta.signed_at, Acta.id)).all()
    missing = [r.id for r in rows if not r.sealed_sha256 or (r.uid, r.sealed_sha256) not in _PARSED]
    loaded = _clauses(session, missing) if missing else {}
    found: dict[int, list[BindingActa]] = {}
    zones: dict[str, ZoneInfo] = {}
    approval: dict[str, bool] = {}  # per profile code: whether a court approves agreements
    for row in rows:
        assert row.signed_at is not None and row.year is not None and row.number is not None
        needs_court = approval.get(row.profile_code)
        if needs_court is None:
            needs_court = approval[row.profile_code] = load_profile(
                row.profile_code
            ).actas.court_approval
        if needs_court and not court_approved(session, row.id):
            continue  # Chile: not binding until the family court approves it
        zone = zones.get(row.timezone) or zones.setdefault(row.timezone, ZoneInfo(row.timezone))
        key = (row.uid, row.sealed_sha256) if row.sealed_sha256 else None
        terms = _PARSED.get(key) if key is not None else None
        frozen_key = key
        if terms is None:
            frozen, live = loaded[row.id]
            # An acta issued before it kept its clauses reads the outcome record's, which a
            # replacement may still correct: never kept.
            terms = AgreementTerms.model_validate((frozen if frozen is not None else live) or {})
            if frozen is not None and key is not None:
                _PARSED[key] = terms
                if len(_PARSED) > PARSED_LIMIT:
                    _PARSED.popitem(last=False)
            else:
                frozen_key = None
        found.setdefault(row.case_id, []).append(
            BindingActa(
                acta_id=row.id,
                agreement_id=row.agreement_id,
                case_id=row.case_id,
                office_id=row.office_id,
                number=acta_number_text(row.code, row.year, row.number),
                signed_on=row.signed_at.astimezone(zone).date(),
                terms=terms,
                frozen_key=frozen_key,
            )
        )
    return found


#: Each signed acta's segment, with the profile it was computed under: the profile object is
#: the same until its file changes (``criteria.load_profile``), so a changed rule (the
#: currency's rounding, the 13th-month dates) computes it again.
_SEGMENTS: OrderedDict[tuple[str, str], tuple[Profile, Segment]] = OrderedDict()


def _segment(acta: BindingActa, profile: Profile) -> Segment:
    if acta.frozen_key is not None:
        kept = _SEGMENTS.get(acta.frozen_key)
        if kept is not None and kept[0] is profile:
            return kept[1]
    support = acta.terms.support
    visitation = acta.terms.visitation
    segment = Segment(
        source_id=acta.acta_id,
        label=acta.number,
        effective_from=acta.signed_on,
        support=support_plan(support, profile) if support else None,
        visits=visit_plans(visitation) if visitation else (),
        in_kind=in_kind_items(support) if support else (),
    )
    if acta.frozen_key is not None:
        _SEGMENTS[acta.frozen_key] = (profile, segment)
        if len(_SEGMENTS) > PARSED_LIMIT:
            _SEGMENTS.popitem(last=False)
    return segment


def segments(actas: list[BindingActa], profile: Profile) -> list[Segment]:
    """Each binding acta as a segment of the family's obligations."""
    return [_segment(acta, profile) for acta in actas]


def forget_computed() -> None:
    """Drop the kept clauses and plans (the benchmark's naive runs start from nothing)."""
    _PARSED.clear()
    _SEGMENTS.clear()


def currency_of(actas: list[BindingActa]) -> str | None:
    """The currency of the support in force (the latest agreement's)."""
    for acta in reversed(actas):
        if acta.terms.support is not None:
            return acta.terms.support.currency
    return None
