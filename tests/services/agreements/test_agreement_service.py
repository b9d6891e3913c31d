"""Recording, correcting, reading and checking agreements, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from conciliador.domain.agreement_terms import Periodicity, SupportBasis, Weekday
from conciliador.domain.enums import Absence, HearingStatus, Matter, Outcome, OverrideKind, Role
from conciliador.models import Agreement, AuditEvent, Hearing, Override
from conciliador.services import hearing_flow as flow
from conciliador.services import users
from conciliador.services.agreements import (
    agreement_context,
    agreement_id_of_hearing,
    blocking_problems,
    check_agreement,
    freeze_agreement,
    get_agreement,
    update_agreement,
)
from conciliador.services.agreements.terms import AgreementTerms, ChildAmount, Income
from conciliador.services.errors import (
    InvalidTransition,
    NotFound,
    PermissionDenied,
    StaleData,
    ValidationFailed,
)
from conciliador.services.fields import AgreementFields, matter_field
from tests.support.agreements import (
    care,
    complete_terms,
    context_for,
    family_case,
    held_hearing,
    office_under,
    support,
    visitation,
)
from tests.support.world import NOW, PASSWORD, World


def conclude(world: World, ctx, terms: AgreementTerms, **options: object) -> int:
    return flow.conclude_hearing(
        world.db, world.officer, ctx.hearing_id, Outcome.ACUERDO_TOTAL, terms=terms, **options
    )


def events(world: World, action: str) -> list[AuditEvent]:
    with world.db.read() as s:
        return list(
            s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id))
        )


def test_concluding_with_terms_stores_them_with_the_report_columns_in_step(world: World) -> None:
    ctx = context_for(world, 2)
    terms = complete_terms(ctx)
    agreement_id = conclude(world, ctx, terms)
    with world.db.read() as s:
        stored = s.get(Agreement, agreement_id)
        hearing = s.get(Hearing, ctx.hearing_id)
        assert hearing.status == HearingStatus.CONCLUIDA
        # 35 % of 24,715.00 = 8,650.25, split 4,325.13 + 4,325.12
        assert (stored.monthly_support, stored.currency) == (D("8650.25"), "NIO")
        amounts = [c["monto"] for c in stored.clauses["pension"]["hijos"]]
        assert amounts == ["4325.13", "4325.12"]
        assert AgreementTerms.model_validate(stored.clauses).visitation == terms.visitation
    [event] = events(world, "registrar_acuerdo")
    assert event.entity == "acuerdo" and event.after["monthly_support"] == "8650.25"


def test_the_view_carries_clauses_working_and_findings_and_opening_it_is_recorded(
    world: World,
) -> None:
    ctx = context_for(world, 1)
    terms = complete_terms(ctx).model_copy(update={"care": None})
    agreement_id = conclude(world, ctx, terms)
    view = get_agreement(world.db, world.clerk, agreement_id)
    assert view.outcome == Outcome.ACUERDO_TOTAL and view.case_number == ctx.case_number
    assert [c.kind for c in view.clauses] == [
        "pension",
        "pension_porcentaje",
        "aguinaldo",
        "reajuste",
        "visitas",
    ]
    assert view.guideline is not None and view.guideline.total == D("6178.75")
    assert [(f.code, f.field) for f in view.errors] == [
        ("materia_sin_clausulas", matter_field(Matter.CUIDO))
    ]
    assert str(view.errors[0].field) == "Cuido y crianza"
    assert not view.ready_for_acta
    assert agreement_id_of_hearing(world.db, world.clerk, ctx.hearing_id) == agreement_id
    [opened] = events(world, "consultar")[-1:]
    assert (opened.entity, opened.user_id) == ("acuerdo", world.clerk.user_id)


def test_correcting_until_the_acta_freezes_it(world: World) -> None:
    ctx = context_for(world, 1)
    agreement_id = conclude(world, ctx, complete_terms(ctx))
    first = get_agreement(world.db, world.officer, agreement_id)
    better = complete_terms(ctx).model_copy(
        update={"support": support(ctx, due_days=(30,), first_payment=dt.date(2026, 11, 30))}
    )
    second = update_agreement(
        world.db, world.officer, agreement_id, better, expected_version=first.version
    )
    assert second.version > first.version
    assert "el día 30 de cada mes" in second.clauses[0].text
    with pytest.raises(StaleData, match="Otra persona modificó este acuerdo"):
        update_agreement(
            world.db, world.officer2, agreement_id, better, expected_version=first.version
        )
    with world.db.write() as s:
        freeze_agreement(s, world.officer, agreement_id)
    with pytest.raises(InvalidTransition, match="ya fue emitida"):
        update_agreement(world.db, world.officer, agreement_id, complete_terms(ctx))
    assert get_agreement(world.db, world.officer, agreement_id).frozen_at is not None
    assert [e.action for e in events(world, "congelar")] == ["congelar"]


def test_an_agreement_with_errors_cannot_be_frozen(world: World) -> None:
    ctx = context_for(world, 1)
    agreement_id = conclude(world, ctx, AgreementTerms(support=support(ctx, first_payment=None)))
    problems = blocking_problems(world.db, world.officer, agreement_id)
    assert {p.code for p in problems} == {
        "falta_primer_pago",
        "materia_sin_clausulas",
    }
    with world.db.write() as s, pytest.raises(ValidationFailed, match="Primer pago"):
        freeze_agreement(s, world.officer, agreement_id)
    with world.db.read() as s:
        assert s.get(Agreement, agreement_id).frozen_at is None


def test_departing_from_the_guideline_needs_a_written_reason_stored_as_an_override(
    world: World,
) -> None:
    ctx = context_for(world, 2)
    low = complete_terms(ctx).model_copy(
        update={
            "support": support(
                ctx,
                basis=SupportBasis.MONTO_FIJO,
                percentage=None,
                children=tuple(ChildAmount(child=c.uid, amount=D("3000.00")) for c in ctx.children),
            )
        }
    )
    agreement_id = conclude(world, ctx, low)
    assert [p.code for p in blocking_problems(world.db, world.officer, agreement_id)] == [
        "debajo_pauta_sin_motivo"
    ]
    with pytest.raises(ValidationFailed, match="al menos 10 caracteres"):
        update_agreement(world.db, world.officer, agreement_id, low, departure_reason="porque sí")
    reason = "El alimentante mantiene a dos hijos más con sentencia judicial"
    view = update_agreement(world.db, world.officer, agreement_id, low, departure_reason=reason)
    assert view.errors == () and view.departure_reason == reason
    assert [w.code for w in view.warnings] == ["debajo_pauta"]
    with world.db.read() as s:
        overrides = s.scalars(select(Override).where(Override.case_id == ctx.case_id)).all()
        assert [(o.kind, o.reason, o.user_id) for o in overrides] == [
            (OverrideKind.PAUTA_ALIMENTARIA, reason, world.officer.user_id)
        ]
    [event] = events(world, "apartarse_pauta")
    assert event.reason == reason
    assert (event.after["monto"], event.after["pauta"]) == ("6000.00", "8650.25")
    # saving again with the same reason records no second override
    update_agreement(world.db, world.officer, agreement_id, low, departure_reason=reason)
    assert len(events(world, "apartarse_pauta")) == 1


def test_a_refused_save_leaves_the_database_as_it_was(world: World) -> None:
    ctx = context_for(world, 1)
    other = context_for(world, 1, hour=10)
    agreement_id = conclude(world, ctx, complete_terms(ctx))
    with world.db.read() as s:
        before = (
            s.get(Agreement, agreement_id).clauses,
            s.scalar(select(func.count(AuditEvent.id))),
        )
    stranger = complete_terms(ctx).model_copy(update={"care": care(other)})
    with pytest.raises(ValidationFailed) as err:
        update_agreement(world.db, world.officer, agreement_id, stranger)
    assert [str(p) for p in err.value.problems] == [
        "Cláusulas — cuido.hijos[1].hijo_uid: no es una hija o hijo de este caso"
    ]
    with pytest.raises(ValidationFailed, match="Pensión alimenticia — Moneda: debe ser NIO"):
        update_agreement(
            world.db,
            world.officer,
            agreement_id,
            AgreementTerms(support=support(ctx, currency="USD")),
        )
    with world.db.read() as s:
        after = (
            s.get(Agreement, agreement_id).clauses,
            s.scalar(select(func.count(AuditEvent.id))),
        )
    assert after == before


def test_clauses_are_refused_for_an_outcome_without_agreement_and_the_hearing_stays_open(
    world: World,
) -> None:
    ctx = context_for(world, 1)
    with pytest.raises(ValidationFailed, match="no lleva cláusulas"):
        flow.conclude_hearing(
            world.db,
            world.officer,
            ctx.hearing_id,
            Outcome.FALTA_DE_ACUERDO,
            terms=complete_terms(ctx),
        )
    with world.db.read() as s:
        assert s.get(Hearing, ctx.hearing_id).status == HearingStatus.EN_CURSO
    record = flow.conclude_hearing(
        world.db, world.officer, ctx.hearing_id, Outcome.FALTA_DE_ACUERDO
    )
    with pytest.raises(InvalidTransition, match="no hay acuerdo que registrar"):
        update_agreement(world.db, world.officer, record, complete_terms(ctx))
    assert check_agreement(world.db, world.officer, record) == []


def test_who_may_record_see_and_check(world: World) -> None:
    ctx = context_for(world, 1)
    with pytest.raises(PermissionDenied):
        agreement_context(world.db, world.clerk, ctx.hearing_id)
    agreement_id = conclude(world, ctx, complete_terms(ctx))
    with pytest.raises(PermissionDenied, match="registrar acuerdos"):
        update_agreement(world.db, world.clerk, agreement_id, complete_terms(ctx))
    assert get_agreement(world.db, world.clerk, agreement_id).id == agreement_id
    assert get_agreement(world.db, world.supervisor, agreement_id).id == agreement_id
    leon = users.create_user(
        world.db,
        world.system,
        login="leon.conciliadora",
        full_name="Marta Somarriba",
        role=Role.CONCILIADOR,
        office_id=world.other_office_id,
        password=PASSWORD,
    )
    outsider = users.sign_in(world.db, leon.login, PASSWORD)
    with pytest.raises(PermissionDenied, match="esa oficina"):
        check_agreement(world.db, outsider, agreement_id)
    with pytest.raises(NotFound, match=r"No existe el acuerdo n\.º 999999"):
        get_agreement(world.db, world.officer, 999_999)


def test_an_officer_without_legal_capacity_blocks_the_acta(world: World) -> None:
    users.create_user(
        world.db,
        world.system,
        login="nueva.conciliadora",
        full_name="Sonia Arana",
        role=Role.CONCILIADOR,
        office_id=world.office_id,
        password=PASSWORD,
    )
    newcomer = users.sign_in(world.db, "nueva.conciliadora", PASSWORD)
    case = family_case(world, 1)
    hearing = held_hearing(world, case.id, officer=newcomer)
    ctx = agreement_context(world.db, newcomer, hearing.id)
    agreement_id = flow.conclude_hearing(
        world.db, newcomer, hearing.id, Outcome.ACUERDO_TOTAL, terms=complete_terms(ctx)
    )
    [problem] = blocking_problems(world.db, newcomer, agreement_id)
    assert (problem.field, problem.code) == (AgreementFields.OFFICER, "capacidad_conciliador")
    assert "Sonia Arana" in problem.message


def test_weekly_support_is_reported_as_its_monthly_equivalent(world: World) -> None:
    ctx = context_for(world, 1)
    weekly = complete_terms(ctx).model_copy(
        update={
            "support": support(
                ctx,
                basis=SupportBasis.MONTO_FIJO,
                percentage=None,
                periodicity=Periodicity.SEMANAL,
                due_days=(),
                due_weekday=Weekday.VIERNES,
                children=(ChildAmount(child=ctx.children[0].uid, amount=D("1500.00")),),
            )
        }
    )
    agreement_id = conclude(world, ctx, weekly)
    view = get_agreement(world.db, world.officer, agreement_id)
    assert view.monthly_support == D("6500.00")  # 1,500 × 52 ÷ 12
    assert view.errors == ()


def test_partial_agreement_reports_support_only_when_agreed(world: World) -> None:
    ctx = context_for(world, 1)
    terms = AgreementTerms(visitation=visitation(ctx), care=care(ctx))
    agreement_id = flow.conclude_hearing(
        world.db,
        world.officer,
        ctx.hearing_id,
        Outcome.ACUERDO_PARCIAL,
        pending_matters=[Matter.ALIMENTOS],
        terms=terms,
    )
    view = get_agreement(world.db, world.officer, agreement_id)
    assert (view.monthly_support, view.currency) == (None, None)
    assert view.errors == ()
    assert view.clauses[-1].kind == "pendientes"


def test_no_show_closure_has_no_clauses_and_nothing_to_fix(world: World) -> None:
    case = family_case(world, 1)
    hearing = held_hearing(world, case.id, start=False)
    result = flow.record_no_show(
        world.db, world.officer, hearing.id, Absence.SOLICITANTE, now=NOW + dt.timedelta(hours=2)
    )
    assert result.case_closed_with == Outcome.INASISTENCIA_SOLICITANTE
    agreement_id = agreement_id_of_hearing(world.db, world.officer, hearing.id)
    assert check_agreement(world.db, world.officer, agreement_id) == []
    assert get_agreement(world.db, world.officer, agreement_id).clauses == ()


def test_a_chilean_mediation_center_counts_whole_pesos(world: World) -> None:
    office_id, mediator, room = office_under(world, "CL")
    case = family_case(world, 3, office_id=office_id, actor=mediator)
    hearing = held_hearing(world, case.id, officer=mediator, room_id=room, supervisor=mediator)
    ctx = agreement_context(world.db, mediator, hearing.id)
    assert ctx.currency == "CLP" and ctx.hearing_date == dt.date(2026, 11, 23)
    cents = support(
        ctx,
        basis=SupportBasis.MONTO_FIJO,
        percentage=None,
        currency="CLP",
        income=Income(
            gross=D("950000"), social_security=D("150000"), source="Liquidación de sueldo"
        ),
        thirteenth_month_share=None,
        children=tuple(ChildAmount(child=c.uid, amount=D("133333.50")) for c in ctx.children),
    )
    with pytest.raises(ValidationFailed, match="los montos en pesos no llevan decimales"):
        flow.conclude_hearing(
            world.db,
            mediator,
            hearing.id,
            Outcome.ACUERDO_TOTAL,
            terms=AgreementTerms(support=cents),
        )
    whole = cents.model_copy(
        update={
            "children": tuple(
                ChildAmount(child=c.uid, amount=D(a))
                for c, a in zip(ctx.children, ("133334", "133333", "133333"), strict=True)
            )
        }
    )
    terms = AgreementTerms(support=whole, visitation=visitation(ctx), care=care(ctx))
    agreement_id = flow.conclude_hearing(
        world.db, mediator, hearing.id, Outcome.ACUERDO_TOTAL, terms=terms
    )
    view = get_agreement(world.db, mediator, agreement_id)
    assert (view.monthly_support, view.currency) == (D("400000"), "CLP")
    assert view.guideline is not None and view.guideline.capped
    assert view.errors == ()
    assert "$400.000 (cuatrocientos mil pesos) mensuales" in view.clauses[0].text
    assert "mantendrá una relación directa y regular" in view.clauses[-4].text
