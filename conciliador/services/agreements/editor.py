"""What the desktop's agreement editor opens with, in one call: the context drafts are
evaluated against, the hearing (with the version a conclusion is checked against), the outcome
record once there is one, and the outcomes that may be chosen now.

The editor then evaluates drafts with ``evaluate`` as the officer types and stores them with
``hearing_flow.conclude_hearing`` (first time) or ``update_agreement`` (corrections until the
acta is issued); this module holds no rule of its own beyond saying which of those applies.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from conciliador.db import Database
from conciliador.domain.enums import HearingStatus, Matter, Outcome
from conciliador.models import Agreement
from conciliador.services.actor import Actor
from conciliador.services.agreements.checks import AGREEMENT_OUTCOMES
from conciliador.services.agreements.context import AgreementContext, load_context
from conciliador.services.agreements.drafting import starting_terms
from conciliador.services.agreements.service import AgreementView, get_agreement
from conciliador.services.agreements.terms import AgreementTerms
from conciliador.services.cases import load_case
from conciliador.services.hearing_flow import HELD_OUTCOMES
from conciliador.services.permissions import Permission, require
from conciliador.services.scheduling import HearingView, get_hearing, hearing_view

#: The outcomes of a hearing that was held, in the order the editor offers them (the most
#: frequent first, as PRODUCT.md's figures say).
OUTCOME_ORDER: tuple[Outcome, ...] = tuple(
    o
    for o in (
        Outcome.ACUERDO_TOTAL,
        Outcome.ACUERDO_PARCIAL,
        Outcome.FALTA_DE_ACUERDO,
        Outcome.CONCLUSION_MOTIVADA,
        Outcome.DESISTIMIENTO,
        Outcome.NO_CONCILIABLE,
    )
    if o in HELD_OUTCOMES
)


@dataclass(frozen=True)
class EditorStart:
    context: AgreementContext
    hearing: HearingView
    #: The outcome record the hearing ended with; None while it is still in course.
    agreement: AgreementView | None
    #: What the editor starts from: the recorded terms, or a first draft laid out by the
    #: office's profile (the guideline's amounts, the adjustment clause, one care clause per
    #: child) for every matter of the request.
    terms: AgreementTerms

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        """The outcomes that may be chosen now (none once the hearing was concluded)."""
        return OUTCOME_ORDER if self.can_conclude else ()

    @property
    def can_conclude(self) -> bool:
        return self.agreement is None and self.hearing.status == HearingStatus.EN_CURSO

    @property
    def can_correct(self) -> bool:
        """Whether the recorded clauses may still be corrected (until the acta is issued)."""
        a = self.agreement
        return a is not None and a.frozen_at is None and a.outcome in AGREEMENT_OUTCOMES

    @property
    def editable(self) -> bool:
        return self.can_conclude or self.can_correct

    @property
    def pending(self) -> tuple[Matter, ...]:
        return self.agreement.pending_matters if self.agreement else ()


def editor_start(db: Database, actor: Actor, hearing_id: int) -> EditorStart:
    """Everything the agreement editor of ``hearing_id`` needs to open (see the module)."""
    with db.read() as session:
        hearing = get_hearing(session, hearing_id)
        actor = require(session, actor, Permission.RECORD_AGREEMENT, hearing.office_id)
        case = load_case(session, hearing.case_id)
        context = load_context(session, case, hearing)
        view = hearing_view(session, hearing)
        agreement_id = session.scalar(
            select(Agreement.id)
            .where(Agreement.hearing_id == hearing_id)
            .order_by(Agreement.id.desc())
            .limit(1)
        )
    # Opening a recorded agreement is recorded in the audit trail, like opening the case.
    agreement = get_agreement(db, actor, agreement_id) if agreement_id is not None else None
    terms = agreement.terms if agreement is not None else starting_terms(context)
    return EditorStart(context=context, hearing=view, agreement=agreement, terms=terms)
