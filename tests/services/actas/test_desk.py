"""What the Actas screen is told about an acta (findings, signers, copies, next moves), the
list's officer and day filters, and the count of the day's citations — SQLite and
PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from conciliador.domain.actas import ActaStatus, SignatureMode, SignerRole
from conciliador.domain.enums import Outcome
from conciliador.services.actas import (
    ActaFilter,
    issue_acta,
    list_actas,
    replace_acta,
    sign_acta,
)
from conciliador.services.actas.desk import ActaAction, acta_panel, day_citation_count
from conciliador.services.agreements import agreement_context, update_agreement
from conciliador.services.errors import PermissionDenied
from conciliador.services.fields import SupportFields
from tests.support.actas import SIGNED_AT, all_sign, concluded
from tests.support.agreements import complete_terms, support
from tests.support.booking import book
from tests.support.world import NOW, World, local

A = ActaAction


def test_a_borrador_with_errors_lists_them_and_offers_to_correct_the_agreement(
    world: World,
) -> None:
    hearing, acta = concluded(world)
    ctx = agreement_context(world.db, world.officer, hearing.id)
    broken = complete_terms(ctx).model_copy(update={"support": support(ctx, due_days=())})
    update_agreement(world.db, world.officer, acta.agreement_id, broken)
    assert acta.acta_id is not None
    panel = acta_panel(world.db, world.officer, acta.acta_id)
    assert [p.field for p in panel.problems] == [SupportFields.DUE_DAY]
    assert str(panel.problems[0].field) == "Pensión alimenticia — Día de pago"
    assert panel.actions == {A.ISSUE, A.PRINT, A.CORRECT_AGREEMENT}
    assert panel.signers == ()
    # the office's profile: the file's original first, then one copy per party
    assert [c.recipient for c in panel.copies] == ["expediente", "solicitante", "citado"]
    assert panel.copies[0].is_original
    clerk = acta_panel(world.db, world.clerk, acta.acta_id)
    assert clerk.actions == {A.PRINT}


def test_an_issued_acta_says_who_signs_and_a_signed_one_may_only_be_replaced(
    world: World,
) -> None:
    _, acta = concluded(world, Outcome.INASISTENCIA_CITADO)
    assert acta.acta_id is not None
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    panel = acta_panel(world.db, world.officer, acta.acta_id)
    assert panel.findings == ()
    assert panel.actions == {A.SIGN, A.REPLACE, A.PRINT}
    roles = [(s.role, s.default) for s in panel.signers]
    assert roles == [
        (SignerRole.SOLICITANTE, None),
        (SignerRole.CITADO, SignatureMode.AUSENTE),
        (SignerRole.CONCILIADOR, None),
    ]
    sign_acta(
        world.db,
        world.officer,
        acta.acta_id,
        [
            s
            for s in all_sign()
            if s.role != SignerRole.CITADO  # the absent party is recorded as absent
        ],
        now=SIGNED_AT,
    )
    signed = acta_panel(world.db, world.officer, acta.acta_id)
    assert signed.acta.status == ActaStatus.FIRMADA
    assert signed.actions == {A.REPLACE, A.PRINT}
    replacement = replace_acta(
        world.db, world.officer, acta.acta_id, "La cédula de la solicitante estaba mal escrita."
    )
    assert acta_panel(world.db, world.officer, acta.acta_id).actions == {A.PRINT}
    assert replacement.acta_id is not None
    assert A.ISSUE in acta_panel(world.db, world.officer, replacement.acta_id).actions


def test_another_office_cannot_read_the_panel(world: World) -> None:
    _, acta = concluded(world)
    assert acta.acta_id is not None
    from tests.support.agreements import office_under

    _office, stranger, _room = office_under(world, "CL")
    with pytest.raises(PermissionDenied):
        acta_panel(world.db, stranger, acta.acta_id)


def test_the_list_filters_by_officer_and_by_the_day_held(world: World) -> None:
    concluded(world, Outcome.ACUERDO_TOTAL, hour=8)
    concluded(world, Outcome.FALTA_DE_ACUERDO, hour=10, room=1)
    office = world.office_id
    everything = list_actas(world.db, world.clerk, ActaFilter(office_id=office))
    assert {r.officer_name for r in everything} == {"Ana Martínez"}
    assert (
        list_actas(
            world.db, world.clerk, ActaFilter(office_id=office, officer_id=world.officer2.user_id)
        )
        == []
    )
    mine = list_actas(
        world.db, world.clerk, ActaFilter(office_id=office, officer_id=world.officer.user_id)
    )
    assert len(mine) == 2
    today = list_actas(
        world.db, world.clerk, ActaFilter(office_id=office, day=dt.date(2026, 11, 23))
    )
    assert len(today) == 2
    # Managua's Monday, not the UTC one nor the test machine's (Auckland is a day ahead)
    assert (
        list_actas(world.db, world.clerk, ActaFilter(office_id=office, day=dt.date(2026, 11, 24)))
        == []
    )


def test_the_day_citations_are_counted_as_the_batch_prints_them(world: World) -> None:
    book(world, world.case().id, local(2026, 11, 30, 9))
    book(world, world.case().id, local(2026, 11, 30, 10), officer=world.officer2, room=1)
    book(world, world.case().id, local(2026, 12, 1, 9))
    office = world.office_id
    monday = dt.date(2026, 11, 30)
    # one citation per party of each hearing held that Monday (Managua's calendar)
    assert day_citation_count(world.db, world.clerk, office, monday, by_hearing_day=True) == 4
    assert (
        day_citation_count(
            world.db, world.clerk, office, monday - dt.timedelta(days=1), by_hearing_day=True
        )
        == 0
    )
    with pytest.raises(PermissionDenied):
        day_citation_count(world.db, world.admin, office, monday, by_hearing_day=True)


def test_an_acta_number_with_its_tag_finds_that_acta_not_the_case_of_the_same_number(
    world: World,
) -> None:
    world.case()  # case 00001: no acta
    _, second = concluded(world, Outcome.FALTA_DE_ACUERDO, hour=8)
    _, third = concluded(world, Outcome.FALTA_DE_ACUERDO, hour=10, room=1)
    first_issued = issue_acta(world.db, world.officer, third.acta_id, now=NOW)
    issue_acta(world.db, world.officer, second.acta_id, now=NOW)
    assert first_issued.number is not None and first_issued.number.endswith("-0001")
    office = world.office_id
    [row] = list_actas(
        world.db, world.clerk, ActaFilter(office_id=office, text=f"ACTA {first_issued.number}")
    )
    assert row.number == first_issued.number and row.case_number.endswith("-00003")
    # «EXP …» (or nothing) is the case's number, as before
    assert (
        list_actas(world.db, world.clerk, ActaFilter(office_id=office, text="EXP MN-D2-2026-00001"))
        == []
    )
