"""A replacement acta corrects a signed agreement (it shares the outcome record with the acta
it replaces): the corrected clauses oblige from the replacement's signature, and what the
original obliged before that day stays as it was — never counted twice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from conciliador.models import Acta
from conciliador.services.actas import issue_acta, replace_acta, sign_acta
from conciliador.services.agreements import get_agreement, update_agreement
from conciliador.services.agreements.terms import Income
from conciliador.services.followup.ledger import case_follow_up
from tests.support.actas import all_sign
from tests.support.followup import FIRST_DUE, MONTHLY
from tests.support.world import World, local

#: The replacement: opened on 1 March 2027 (the income was copied wrong), issued and signed.
REPLACED_AT = local(2027, 3, 1, 10)
APRIL_END = dt.date(2027, 4, 30)


def _pension(world: World, case_id: int, as_of: dt.date) -> list[tuple[dt.date, Decimal, int]]:
    view = case_follow_up(world.db, world.clerk, case_id, as_of=as_of)
    return [
        (s.instalment.due, s.instalment.amount, s.instalment.source_id)
        for s in view.account.instalments
        if s.instalment.kind.value == "pension" and s.instalment.due <= as_of
    ]


def _correct(world: World, case_id: int) -> int:
    with world.db.read() as session:
        original = session.scalars(select(Acta).where(Acta.case_id == case_id)).one()
        original_id, agreement_id = original.id, original.agreement_id
    replacement = replace_acta(
        world.db,
        world.officer,
        original_id,
        "El ingreso neto del obligado quedó mal copiado de la colilla.",
        now=REPLACED_AT,
    )
    current = get_agreement(world.db, world.officer, agreement_id)
    assert current.terms.support is not None
    corrected = current.terms.support.model_copy(
        update={
            "income": Income(
                gross=Decimal("25000.00"),
                social_security=Decimal("1750.00"),
                income_tax=Decimal("2000.00"),
                thirteenth_month=Decimal("25000.00"),
                source="Colilla de pago de octubre de 2026",
            )
        }
    )
    update_agreement(
        world.db,
        world.officer,
        agreement_id,
        current.terms.model_copy(update={"support": corrected}),
    )
    return replacement.acta_id or 0


def test_a_replacement_in_draft_leaves_the_signed_schedule_alone(
    followed: tuple[World, int],
) -> None:
    world, case_id = followed
    signed = _pension(world, case_id, APRIL_END)
    _correct(world, case_id)
    assert _pension(world, case_id, APRIL_END) == signed
    assert {amount for _due, amount, _source in signed} == {Decimal(MONTHLY)}


def test_a_signed_replacement_supersedes_the_schedule_from_its_date_only(
    followed: tuple[World, int],
) -> None:
    world, case_id = followed
    replacement_id = _correct(world, case_id)
    issue_acta(world.db, world.officer, replacement_id, now=REPLACED_AT)
    sign_acta(
        world.db, world.officer, replacement_id, all_sign(), now=REPLACED_AT + dt.timedelta(hours=1)
    )
    found = _pension(world, case_id, APRIL_END)
    assert [due for due, _amount, _source in found] == [
        FIRST_DUE,
        dt.date(2027, 1, 15),
        dt.date(2027, 2, 15),
        dt.date(2027, 3, 15),
        dt.date(2027, 4, 15),
    ]  # each month once
    before, after = found[:3], found[3:]
    assert {amount for _d, amount, _s in before} == {Decimal(MONTHLY)}
    assert {source for _d, _a, source in after} == {replacement_id}
    assert {amount for _d, amount, _s in after} == {Decimal("7437.50")}
    view = case_follow_up(world.db, world.clerk, case_id, as_of=APRIL_END)
    assert view.account.owed == 3 * Decimal(MONTHLY) + 2 * Decimal("7437.50")
