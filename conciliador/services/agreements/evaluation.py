"""A draft agreement evaluated against its context: derived amounts, the guideline's working,
the clause texts and the findings — all without the database.

The same function serves the editor's live preview and the services that store an agreement
or hand it to the acta, so what the officer saw is what gets issued.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from conciliador.domain.agreement_terms import Party
from conciliador.domain.enums import Matter, Outcome
from conciliador.services.agreements.checks import AGREEMENT_OUTCOMES, Finding, check
from conciliador.services.agreements.context import AgreementContext
from conciliador.services.agreements.guideline import GuidelineWorking, work_guideline
from conciliador.services.agreements.money import (
    monthly_support,
    per_period,
    share_monthly,
    split_equally,
)
from conciliador.services.agreements.terms import AgreementTerms, ChildAmount
from conciliador.services.agreements.wording import ClauseText, clause_texts


@dataclass(frozen=True)
class Draft:
    """What the officer has typed so far."""

    outcome: Outcome
    terms: AgreementTerms = field(default_factory=AgreementTerms)
    pending: tuple[Matter, ...] = ()
    departure_reason: str = ""
    #: The officer's observations: the cause an outcome without agreement states.
    notes: str = ""


@dataclass(frozen=True)
class Evaluation:
    #: The terms with the amounts the system derives (a share of net income, split equally).
    terms: AgreementTerms
    guideline: GuidelineWorking | None
    clauses: tuple[ClauseText, ...]
    findings: tuple[Finding, ...]
    #: The support's monthly equivalent, for the monthly summary (None without support).
    monthly_support: Decimal | None

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.is_error)


def _derived_monthly(ctx: AgreementContext, terms: AgreementTerms) -> Decimal | None:
    """The monthly amount of support agreed as a share of net income (None otherwise)."""
    s = terms.support
    if s is None or not s.children or s.currency != ctx.currency:
        return None
    return share_monthly(s, ctx.currency)


def with_derived_amounts(ctx: AgreementContext, terms: AgreementTerms) -> AgreementTerms:
    """For support agreed as a share of net income, each child's amount per period is the
    share of the net income, per period, split equally — the system works it out."""
    s = terms.support
    monthly = _derived_monthly(ctx, terms)
    if s is None or monthly is None:
        return terms
    period = per_period(monthly, s.periodicity, ctx.currency)
    parts = split_equally(period, len(s.children), ctx.currency)
    children = tuple(
        ChildAmount(child=c.child, amount=a) for c, a in zip(s.children, parts, strict=True)
    )
    update: dict[str, object] = {"children": children}
    if s.thirteenth_month_share is not None:
        # A departure applies to every clause the guideline derives: the 13th-month share is
        # the agreed share of the income, not the guideline's.
        update["thirteenth_month_share"] = s.percentage
    return terms.model_copy(update={"support": s.model_copy(update=update)})


def evaluate(ctx: AgreementContext, draft: Draft) -> Evaluation:
    terms = with_derived_amounts(ctx, draft.terms)
    agreement = draft.outcome in AGREEMENT_OUTCOMES
    s = terms.support
    guideline = None
    monthly = None
    if agreement and s is not None:
        beneficiaries = len({c.child for c in s.children})
        payer = ctx.respondent if s.payer == Party.CITADO else ctx.claimant
        guideline = work_guideline(
            ctx.profile, beneficiaries, s.income, payer_age=payer.age_on(ctx.hearing_date)
        )
        if Matter.ALIMENTOS not in draft.pending and s.total > 0 and s.currency == ctx.currency:
            # The one monthly amount the acta states (money.monthly_support says which).
            monthly = monthly_support(s, ctx.currency)
    reason = draft.departure_reason.strip()
    return Evaluation(
        terms=terms,
        guideline=guideline,
        clauses=clause_texts(ctx, terms, draft.pending) if agreement else (),
        findings=check(
            ctx, draft.outcome, draft.pending, terms, reason, guideline, notes=draft.notes
        ),
        monthly_support=monthly,
    )
