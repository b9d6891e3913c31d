"""What the agreement editor opens with, and the hearing's moves towards it (SQLite and
PostgreSQL)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from conciliador.domain.enums import HearingStatus, Matter, Outcome
from conciliador.services import hearing_flow as flow
from conciliador.services.actas import acta_of_hearing, issue_acta
from conciliador.services.agreements.editor import OUTCOME_ORDER, editor_start
from conciliador.services.errors import PermissionDenied
from conciliador.services.hearing_details import HearingAction, hearing_detail
from tests.support.agreements import complete_terms, family_case, held_hearing
from tests.support.world import NOW, World

A = HearingAction


def test_a_hearing_in_course_opens_with_a_first_draft_and_every_held_outcome(
    world: World,
) -> None:
    case = family_case(world, 2)
    hearing = held_hearing(world, case.id)
    start = editor_start(world.db, world.officer, hearing.id)
    assert start.can_conclude and start.editable and not start.can_correct
    assert start.agreement is None
    assert start.outcomes == OUTCOME_ORDER
    assert start.outcomes[0] == Outcome.ACUERDO_TOTAL
    assert Outcome.INASISTENCIA_CITADO not in start.outcomes
    assert start.hearing.status == HearingStatus.EN_CURSO
    # the profile's first draft: every matter, one care clause per child
    assert start.terms.support is not None and start.terms.visitation is not None
    assert start.terms.care is not None and len(start.terms.care.children) == 2
    assert [c.full_name for c in start.context.children] == [
        "Ana López Ruiz",
        "Pedro López Ruiz",
    ]
    detail = hearing_detail(world.db, world.officer, hearing.id, now=NOW)
    assert A.RECORD_OUTCOME in detail.actions and A.OPEN_ACTA not in detail.actions
    clerk = hearing_detail(world.db, world.clerk, hearing.id, now=NOW)
    assert A.RECORD_OUTCOME not in clerk.actions and A.PRINT_CITATIONS in clerk.actions
    with pytest.raises(PermissionDenied):
        editor_start(world.db, world.clerk, hearing.id)


def test_a_concluded_agreement_opens_with_what_was_recorded_until_its_acta_is_issued(
    world: World,
) -> None:
    case = family_case(world, 1)
    hearing = held_hearing(world, case.id)
    ctx = editor_start(world.db, world.officer, hearing.id).context
    terms = complete_terms(ctx)
    flow.conclude_hearing(
        world.db,
        world.officer,
        hearing.id,
        Outcome.ACUERDO_PARCIAL,
        pending_matters=[Matter.CUIDO],
        terms=terms.model_copy(update={"care": None}),
    )
    start = editor_start(world.db, world.officer, hearing.id)
    assert start.agreement is not None and start.agreement.outcome == Outcome.ACUERDO_PARCIAL
    assert not start.can_conclude and start.can_correct and start.outcomes == ()
    assert start.pending == (Matter.CUIDO,)
    assert start.terms.support is not None
    assert start.terms.support.total == Decimal("6178.75")  # 25 % of C$24,715.00
    detail = hearing_detail(world.db, world.officer, hearing.id, now=NOW)
    assert {A.VIEW_AGREEMENT, A.OPEN_ACTA} <= detail.actions
    assert detail.agreement_id == start.agreement.id
    acta = acta_of_hearing(world.db, world.officer, hearing.id)
    assert acta.acta_id is not None
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    frozen = editor_start(world.db, world.officer, hearing.id)
    assert not frozen.editable and frozen.agreement is not None
    assert frozen.agreement.frozen_at is not None


def test_a_hearing_without_agreement_cannot_be_corrected(world: World) -> None:
    case = family_case(world, 1)
    hearing = held_hearing(world, case.id)
    flow.conclude_hearing(
        world.db,
        world.officer,
        hearing.id,
        Outcome.FALTA_DE_ACUERDO,
        notes="Las partes no se pusieron de acuerdo sobre el monto.",
    )
    start = editor_start(world.db, world.officer, hearing.id)
    assert not start.editable
    detail = hearing_detail(world.db, world.officer, hearing.id, now=NOW)
    assert A.OPEN_ACTA in detail.actions and A.VIEW_AGREEMENT not in detail.actions
    assert detail.outcome == Outcome.FALTA_DE_ACUERDO
