"""The safeguarding screen: questions from the profile, what a positive screen blocks, the
referral record (to which institution, when, by whom) and the supervisor's override."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from conciliador.domain.enums import CaseStatus, Matter
from conciliador.models import AuditEvent, Case, Referral
from conciliador.services.cases import get_case, refer_case
from conciliador.services.errors import PermissionDenied, SchedulingConflict, ValidationFailed
from conciliador.services.safeguarding import safeguarding_of_case, screen_questions
from conciliador.services.scheduling import BookingRequest, book_hearing
from tests.support.agreements import family_case, held_hearing, office_under
from tests.support.world import NOW, World, local


def test_the_screen_comes_from_the_office_profile(world: World) -> None:
    managua = screen_questions(world.db, world.officer, world.office_id)
    assert [q.code for q in managua.questions][:2] == ["violencia_fisica", "violencia_psicologica"]
    assert "Comisaría de la Mujer y la Niñez de la Policía Nacional" in [
        i.name for i in managua.institutions
    ]
    assert managua.blocked_matters == (Matter.ALIMENTOS, Matter.VISITAS, Matter.CUIDO)
    bogota, _, _ = office_under(world, "CO")
    colombia = screen_questions(world.db, world.system, bogota)
    assert len(colombia.questions) == 4
    assert colombia.blocked_matters == (Matter.VISITAS, Matter.CUIDO)
    with pytest.raises(PermissionDenied):
        screen_questions(world.db, world.clerk, world.office_id)


def test_a_positive_screen_refers_the_case_at_intake(world: World) -> None:
    case = family_case(world, 1, flagged=True, referral="comisaria_mujer")
    assert case.status == CaseStatus.DERIVADA and case.safeguarding_flagged
    view = safeguarding_of_case(world.db, world.officer, case.id)
    [referral] = view.referrals
    assert referral.institution_name == "Comisaría de la Mujer y la Niñez de la Policía Nacional"
    assert referral.referred_by == "Ana Martínez"
    assert referral.referred_at == NOW - dt.timedelta(days=10)
    assert view.positive_answers == (
        "¿La persona solicitante, o alguna niña, niño o adolescente, ha sufrido golpes, empujones"
        " u otras agresiones físicas de la otra parte?",
    )
    assert view.joint_hearing_blocked
    with world.db.read() as s:
        [event] = s.scalars(select(AuditEvent).where(AuditEvent.action == "derivar")).all()
        assert event.after["institution"] == "comisaria_mujer"
        assert event.user_id == world.officer.user_id


def test_an_unknown_institution_at_intake_registers_nothing(world: World) -> None:
    with pytest.raises(ValidationFailed, match="Derivación: elija una institución de la ruta"):
        family_case(world, 1, flagged=True, referral="bomberos")
    with world.db.read() as s:
        assert s.scalar(select(func.count(Referral.id))) == 0
        assert s.scalar(select(func.count(Case.id))) == 0


def test_a_referral_recorded_afterwards_keeps_when_it_happened(world: World) -> None:
    case = family_case(world, 1, flagged=True)
    with pytest.raises(ValidationFailed, match="Fecha de la derivación: no puede ser futura"):
        refer_case(
            world.db,
            world.officer,
            case.id,
            "minsa",
            referred_at=NOW + dt.timedelta(days=1),
            now=NOW,
        )
    with pytest.raises(ValidationFailed, match="Institución: elija una de la ruta"):
        refer_case(world.db, world.officer, case.id, "bomberos", now=NOW)
    with world.db.read() as s:
        assert s.scalar(select(func.count(Referral.id))) == 0
    assert get_case(world.db, world.officer, case.id).status == CaseStatus.SOLICITADA
    when = NOW - dt.timedelta(days=1)
    referral = refer_case(
        world.db,
        world.officer,
        case.id,
        "minsa",
        "Acompañada por la psicóloga de la delegación",
        referred_at=when,
        now=NOW,
    )
    assert (referral.institution_code, referral.referred_at, referral.referred_by) == (
        "minsa",
        when,
        "Ana Martínez",
    )
    assert referral.notes == "Acompañada por la psicóloga de la delegación"
    with pytest.raises(PermissionDenied):
        refer_case(world.db, world.clerk, case.id, "minsa", now=NOW)


def test_only_the_matters_the_profile_names_are_blocked(world: World) -> None:
    office_id, mediator, room = office_under(world, "CO")
    support_only = family_case(
        world, 1, flagged=True, office_id=office_id, actor=mediator, matters=[Matter.ALIMENTOS]
    )
    view = safeguarding_of_case(world.db, mediator, support_only.id)
    assert view.flagged and not view.joint_hearing_blocked
    held_hearing(world, support_only.id, officer=mediator, room_id=room, supervisor=mediator)
    visits = family_case(
        world, 1, flagged=True, office_id=office_id, actor=mediator, matters=[Matter.VISITAS]
    )
    assert safeguarding_of_case(world.db, mediator, visits.id).blocked_matters == (Matter.VISITAS,)
    with pytest.raises(SchedulingConflict, match="tamizaje de salvaguarda indica violencia"):
        book_hearing(
            world.db,
            mediator,
            BookingRequest(
                case_id=visits.id,
                officer_id=mediator.user_id,
                start=local(2026, 11, 23, 10),
                room_id=room,
            ),
            now=NOW - dt.timedelta(days=10),
        )


def test_the_supervisor_override_shows_in_the_case(world: World) -> None:
    case = family_case(world, 1, flagged=True)
    held_hearing(world, case.id)
    [override] = safeguarding_of_case(world.db, world.clerk, case.id).overrides
    assert override.reason.startswith("Autorizado: la solicitante pidió audiencia conjunta")
    assert "Rosa Téllez" in override.by
