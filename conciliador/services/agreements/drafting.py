"""A first draft of the agreement, laid out by the office's profile, for the editor to fill.

It names the children, proposes the guideline's amounts (Nicaragua: the share of the payer's
declared income; Chile: the minimum-wage floors), the 13th-month share, and the adjustment
clause the profile requires or recommends with its next date. What only the parties can say —
days, places, how payment is made — stays empty, so the findings ask for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from conciliador.domain.agreement_terms import (
    AdjustmentKind,
    Decider,
    GuidelineKind,
    LivesWith,
    Party,
    SupportBasis,
)
from conciliador.domain.enums import Matter
from conciliador.services.agreements.context import AgreementContext
from conciliador.services.agreements.guideline import share_for, work_guideline
from conciliador.services.agreements.terms import (
    Adjustment,
    AgreementTerms,
    Care,
    CareArrangement,
    ChildAmount,
    Income,
    Support,
    Visitation,
)


def next_adjustment(ctx: AgreementContext) -> dt.date | None:
    """The first date on the profile's adjustment day after the hearing (e.g. 1 January)."""
    month_day = ctx.profile.guideline.adjustment_month_day
    if not month_day or ctx.hearing_date is None:
        return None
    year = ctx.hearing_date.year
    candidate = dt.date.fromisoformat(f"{year}-{month_day}")
    return candidate if candidate > ctx.hearing_date else candidate.replace(year=year + 1)


def _support(ctx: AgreementContext) -> Support:
    g = ctx.profile.guideline
    payer = ctx.respondent
    income = Income(gross=payer.monthly_income) if payer.monthly_income else None
    count = len(ctx.children)
    share = share_for(g.shares, count) if g.kind == GuidelineKind.PORCENTAJE_INGRESO_NETO else None
    age = payer.age_on(ctx.hearing_date)
    working = work_guideline(ctx.profile, count, income, payer_age=age) if count else None
    amounts = list(working.per_child) if working and working.per_child else []
    adjustment = None
    if g.adjustment != "ninguno" and g.adjustment_index:
        adjustment = Adjustment(
            kind=AdjustmentKind.INDICE, index=g.adjustment_index, first_date=next_adjustment(ctx)
        )
    return Support(
        payer=Party.CITADO,
        basis=(
            SupportBasis.PORCENTAJE_INGRESO
            if share is not None and income is not None
            else SupportBasis.MONTO_FIJO
        ),
        income=income,
        percentage=share if income is not None else None,
        children=tuple(
            ChildAmount(child=c.uid, amount=amounts[i] if amounts else Decimal(0))
            for i, c in enumerate(ctx.children)
        ),
        currency=ctx.currency,
        thirteenth_month_share=share if g.includes_13th_month and share is not None else None,
        adjustment=adjustment,
    )


def starting_terms(ctx: AgreementContext, pending: Iterable[Matter] = ()) -> AgreementTerms:
    """A draft with a section for every matter the parties are to agree on."""
    agreed = [m for m in ctx.matters if m not in set(pending)]
    return AgreementTerms(
        support=_support(ctx) if Matter.ALIMENTOS in agreed else None,
        visitation=(
            Visitation(visitor=Party.CITADO, children=tuple(c.uid for c in ctx.children))
            if Matter.VISITAS in agreed
            else None
        ),
        care=(
            Care(
                children=tuple(
                    CareArrangement(
                        child=c.uid,
                        lives_with=LivesWith.SOLICITANTE,
                        school=Decider.AMBOS,
                        health=Decider.AMBOS,
                    )
                    for c in ctx.children
                )
            )
            if Matter.CUIDO in agreed
            else None
        ),
    )
