"""Demo agreements carry realistic structured clauses that pass their own checks."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select

from conciliador.db import Database
from conciliador.demo import DemoSpec, generate_demo
from conciliador.domain.enums import Matter, Outcome, OverrideKind
from conciliador.models import Agreement, Case, Hearing, Override
from conciliador.services.actor import Actor
from conciliador.services.agreements import Draft, agreement_view, evaluate
from conciliador.services.agreements.context import load_context
from conciliador.services.agreements.terms import AgreementTerms
from tests.support.world import PASSWORD

SYSTEM = Actor.command_line("pruebas")


def test_demo_agreements_are_structured_complete_and_consistent(db: Database) -> None:
    generate_demo(
        db, SYSTEM, DemoSpec(cases=160, seed=7, password=PASSWORD, today=dt.date(2026, 11, 24))
    )
    kinds: Counter[str] = Counter()
    with db.read() as s:
        agreements = list(s.scalars(select(Agreement)))
        departures = {
            o.case_id: o.reason
            for o in s.scalars(
                select(Override).where(Override.kind == OverrideKind.PAUTA_ALIMENTARIA)
            )
        }
        reached = [
            a for a in agreements if a.outcome in (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL)
        ]
        assert len(reached) > 20
        for a in agreements:
            view = agreement_view(s, a.id)
            assert view.errors == (), (a.id, view.errors)
            if a.outcome not in (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL):
                assert a.clauses == {} and a.monthly_support is None
                continue
            # stored in the canonical form the services write
            assert AgreementTerms.model_validate(a.clauses).stored() == a.clauses
            case = s.get(Case, a.case_id)
            agreed = [m for m in case.matters if m.value not in a.pending_matters]
            assert view.terms.matters == agreed
            # the report column agrees with what the clauses say
            ctx = load_context(s, case, s.get(Hearing, a.hearing_id))
            pending = tuple(Matter(m) for m in a.pending_matters)
            draft = Draft(a.outcome, view.terms, pending, a.guideline_departure_reason)
            assert evaluate(ctx, draft).monthly_support == a.monthly_support
            if Matter.ALIMENTOS in agreed:
                assert a.monthly_support is not None and a.monthly_support > 0
                assert a.currency == "NIO"
            assert (a.case_id in departures) == bool(a.guideline_departure_reason)
            kinds.update(c.kind for c in view.clauses)
    # the variety a real month has
    for kind in ("pension", "pension_porcentaje", "aguinaldo", "reajuste", "visitas", "cuido"):
        assert kinds[kind] > 0, kinds
    assert departures
