"""Early alerts: each rule of the profile raises its alert from the records, explained in
Spanish with the case and the next step, and goes away when the fact is dealt with or when
someone sets it aside with a reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from conciliador.domain.agreement_terms import PaymentMethod
from conciliador.domain.enums import CitationMethod, Outcome, Role
from conciliador.domain.followup import AlertKind, IncidentKind
from conciliador.models import AuditEvent, Citation
from conciliador.services.actas import issue_acta, sign_acta
from conciliador.services.errors import NotFound, PermissionDenied, ValidationFailed
from conciliador.services.followup.alerts import (
    AlertView,
    counts_by_kind,
    dismiss_alert,
    list_alerts,
    my_alerts,
)
from conciliador.services.followup.ledger import (
    IncidentInput,
    PaymentInput,
    record_incident,
    record_payment,
)
from conciliador.services.hearing_flow import record_citation_delivery
from conciliador.services.scheduling import BookingRequest, book_hearing
from tests.support.actas import SIGNED_AT, all_sign, concluded
from tests.support.agreements import family_case
from tests.support.followup import FIRST_DUE, MONTHLY
from tests.support.world import NOW, World, actor_elsewhere, local


def kinds(alerts: list[AlertView], kind: AlertKind) -> list[AlertView]:
    return [a for a in alerts if a.kind == kind]


def alerts_on(world: World, day: dt.date) -> list[AlertView]:
    return list_alerts(world.db, world.supervisor, as_of=day)


def pay(world: World, case_id: int, day: dt.date, amount: str) -> None:
    record_payment(
        world.db,
        world.clerk,
        case_id,
        PaymentInput(day, Decimal(amount), PaymentMethod.DEPOSITO_BANCARIO, "Banco (listado)"),
        now=local(day.year, day.month, day.day, 17),
    )


# ------------------------------------------------------------------------------ delinquency
def test_delinquency_appears_exactly_a_month_after_an_unpaid_due_date(
    followed: tuple[World, int],
) -> None:
    world, case_id = followed
    assert kinds(alerts_on(world, dt.date(2027, 1, 14)), AlertKind.MOROSIDAD) == []
    [alert] = kinds(alerts_on(world, dt.date(2027, 1, 15)), AlertKind.MOROSIDAD)
    assert alert.case_id == case_id and alert.priority == 1
    assert alert.explanation == (
        "Caso MN-D2-2026-00001 (acta MN-D2-2026-0001): 1 cuota vencida sin pagar desde el "
        "15 de diciembre de 2026, por C$8,650.25; saldo pendiente C$17,300.50, 1 mes de atraso."
    )
    assert "constancia de incumplimiento" in alert.next_step
    assert "45 CFR 303.6" in alert.rationale
    assert alert.officer_id == world.officer.user_id

    pay(world, case_id, FIRST_DUE, MONTHLY)
    assert kinds(alerts_on(world, dt.date(2027, 1, 15)), AlertKind.MOROSIDAD) == []
    [again] = kinds(alerts_on(world, dt.date(2027, 2, 15)), AlertKind.MOROSIDAD)
    assert again.key != alert.key and "15 de enero de 2027" in again.explanation


def test_an_alert_is_set_aside_only_with_a_reason_and_is_audited(
    followed: tuple[World, int],
) -> None:
    world, _ = followed
    day = dt.date(2027, 1, 20)
    [alert] = kinds(alerts_on(world, day), AlertKind.MOROSIDAD)
    with pytest.raises(ValidationFailed, match="Motivo: explique el motivo"):
        dismiss_alert(world.db, world.officer, alert.key, "ya pagó", as_of=day)
    with pytest.raises(PermissionDenied, match="no permite descartar"):
        dismiss_alert(world.db, world.clerk, alert.key, "La madre confirmó el pago.", as_of=day)
    reason = "La madre confirmó por teléfono que recibió el pago en efectivo; traerá el recibo."
    dismiss_alert(world.db, world.officer, alert.key, reason, as_of=day)
    assert kinds(alerts_on(world, day), AlertKind.MOROSIDAD) == []
    with pytest.raises(NotFound, match="ya no está pendiente"):
        dismiss_alert(world.db, world.officer, alert.key, reason, as_of=day)
    with world.db.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "descartar_alerta")
        ).one()
    assert event.reason == reason and event.after["clave"] == alert.key
    # The next unpaid month is a new fact, and a new alert.
    assert kinds(alerts_on(world, dt.date(2027, 2, 15)), AlertKind.MOROSIDAD)


# ------------------------------------------------------------------------------ the other rules
def test_yearly_adjustment_due_this_month(followed: tuple[World, int]) -> None:
    world, _ = followed
    assert kinds(alerts_on(world, dt.date(2027, 12, 31)), AlertKind.REAJUSTE_ANUAL) == []
    [alert] = kinds(alerts_on(world, dt.date(2028, 1, 20)), AlertKind.REAJUSTE_ANUAL)
    assert "se reajusta según la variación del salario mínimo el 1 de enero de 2028" in (
        alert.explanation
    )
    assert kinds(alerts_on(world, dt.date(2029, 1, 2)), AlertKind.REAJUSTE_ANUAL)


def test_repeated_breaches_within_the_window(followed: tuple[World, int]) -> None:
    world, case_id = followed

    def incident(kind: IncidentKind, day: dt.date) -> None:
        record_incident(
            world.db,
            world.clerk,
            case_id,
            IncidentInput(kind, day, "Lo informó la madre en la oficina.", "la madre"),
            now=local(2027, 3, 1),
        )

    incident(IncidentKind.VISITA_NO_REALIZADA, dt.date(2026, 12, 5))
    incident(IncidentKind.CAMBIO_DOMICILIO, dt.date(2027, 1, 9))  # news, not a breach
    incident(IncidentKind.VISITA_NO_REALIZADA, dt.date(2027, 1, 16))
    assert kinds(alerts_on(world, dt.date(2027, 2, 28)), AlertKind.INCIDENTES_REPETIDOS) == []
    incident(IncidentKind.PAGO_TARDIO, dt.date(2027, 2, 20))
    [alert] = kinds(alerts_on(world, dt.date(2027, 2, 28)), AlertKind.INCIDENTES_REPETIDOS)
    assert "3 incidencias en los últimos 90 días" in alert.explanation
    # Ninety days after the first one, only two are left in the window.
    assert kinds(alerts_on(world, dt.date(2027, 3, 5)), AlertKind.INCIDENTES_REPETIDOS) == []


def test_procedure_past_the_profiles_maximum_days(sqlite_world: World) -> None:
    world = sqlite_world
    case = family_case(world)  # requested on 13 November 2026; Nicaragua allows 30 days
    assert kinds(alerts_on(world, dt.date(2026, 12, 13)), AlertKind.PLAZO_PROCEDIMIENTO) == []
    [alert] = kinds(alerts_on(world, dt.date(2026, 12, 14)), AlertKind.PLAZO_PROCEDIMIENTO)
    assert alert.case_id == case.id
    assert "lleva 31 días sin concluir; el plazo es de 30 días" in alert.explanation


def test_hearing_soon_with_an_undelivered_citation(sqlite_world: World) -> None:
    world = sqlite_world
    case = family_case(world)
    assert world.officer.user_id is not None
    hearing = book_hearing(
        world.db,
        world.officer,
        BookingRequest(case.id, world.officer.user_id, local(2026, 12, 1, 10), world.room_ids[0]),
        now=NOW,
    )
    # Two working days ahead: from Friday 27 November the hearing on Tuesday 1 December is near.
    assert kinds(alerts_on(world, dt.date(2026, 11, 26)), AlertKind.CITACION_SIN_ENTREGAR) == []
    [alert] = kinds(alerts_on(world, dt.date(2026, 11, 27)), AlertKind.CITACION_SIN_ENTREGAR)
    assert alert.hearing_id == hearing.id
    assert "la citación de la parte citada y la parte solicitante no se ha entregado" in (
        alert.explanation
    )
    with world.db.read() as session:
        citation_ids = session.scalars(
            select(Citation.id).where(Citation.hearing_id == hearing.id)
        ).all()
    for citation_id in citation_ids:
        record_citation_delivery(
            world.db,
            world.clerk,
            citation_id,
            delivered_at=local(2026, 11, 27, 9),
            method=CitationMethod.PERSONAL,
            delivered_by="Notificador",
            now=local(2026, 11, 27, 10),
        )
    assert kinds(alerts_on(world, dt.date(2026, 11, 27)), AlertKind.CITACION_SIN_ENTREGAR) == []


def test_issued_acta_left_unsigned(sqlite_world: World) -> None:
    world = sqlite_world
    _, acta = concluded(world, Outcome.FALTA_DE_ACUERDO)
    assert acta.acta_id is not None
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    assert kinds(alerts_on(world, dt.date(2026, 11, 27)), AlertKind.ACTA_SIN_FIRMAR) == []
    [alert] = kinds(alerts_on(world, dt.date(2026, 11, 28)), AlertKind.ACTA_SIN_FIRMAR)
    assert alert.acta_id == acta.acta_id
    assert "sin firmas desde hace 5 días" in alert.explanation


@pytest.mark.slow
def test_partial_agreement_with_pending_matters_and_no_hearing(sqlite_world: World) -> None:
    world = sqlite_world
    _, acta = concluded(world, Outcome.ACUERDO_PARCIAL)
    assert acta.acta_id is not None
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    sign_acta(world.db, world.officer, acta.acta_id, all_sign(), now=SIGNED_AT)
    assert kinds(alerts_on(world, dt.date(2026, 12, 7)), AlertKind.MATERIAS_PENDIENTES) == []
    [alert] = kinds(alerts_on(world, dt.date(2026, 12, 8)), AlertKind.MATERIAS_PENDIENTES)
    assert "dejó pendiente: cuido y crianza" in alert.explanation


def test_joint_hearing_booked_over_a_positive_screen(sqlite_world: World) -> None:
    world = sqlite_world
    case = family_case(world, flagged=True)
    assert world.officer.user_id is not None
    book_hearing(
        world.db,
        world.supervisor,
        BookingRequest(case.id, world.officer.user_id, local(2026, 12, 3, 10), world.room_ids[0]),
        override_reason="La solicitante pidió la audiencia conjunta, con acompañamiento.",
        now=NOW,
    )
    [alert] = kinds(alerts_on(world, dt.date(2026, 11, 24)), AlertKind.SALVAGUARDA_EXCEPCION)
    assert alert.priority == 1 and alert.officer_id == world.officer.user_id
    assert "autorizada por excepción: «La solicitante pidió" in alert.explanation
    assert kinds(alerts_on(world, dt.date(2026, 12, 4)), AlertKind.SALVAGUARDA_EXCEPCION) == []


# ------------------------------------------------------------------------------ who sees what
def test_each_person_sees_their_own_alerts_most_urgent_first(
    followed: tuple[World, int],
) -> None:
    world, _ = followed
    family_case(world)  # an open request, past its 30 days on 14 December
    day = dt.date(2027, 1, 20)
    mine = my_alerts(world.db, world.officer, as_of=day)
    assert [a.kind for a in mine] == [AlertKind.MOROSIDAD]  # the open request has no officer
    office = my_alerts(world.db, world.supervisor, as_of=day)
    assert [a.kind for a in office] == [AlertKind.MOROSIDAD, AlertKind.PLAZO_PROCEDIMIENTO]
    assert [(c.kind, c.count) for c in counts_by_kind(office)] == [
        (AlertKind.MOROSIDAD, 1),
        (AlertKind.PLAZO_PROCEDIMIENTO, 1),
    ]
    assert my_alerts(world.db, world.officer2, as_of=day) == []
    elsewhere = actor_elsewhere(world, Role.SUPERVISOR)
    assert my_alerts(world.db, elsewhere, as_of=day) == []
    with pytest.raises(PermissionDenied):
        list_alerts(world.db, elsewhere, office_id=world.office_id, as_of=day)
    with pytest.raises(PermissionDenied):
        list_alerts(world.db, world.admin, as_of=day)


@pytest.mark.slow
def test_the_alerts_on_both_engines(world: World) -> None:
    from tests.support.followup import signed_case

    case_id = signed_case(world)
    open_case = family_case(world, flagged=True)
    assert world.officer.user_id is not None
    book_hearing(
        world.db,
        world.supervisor,
        BookingRequest(
            open_case.id, world.officer.user_id, local(2027, 1, 19, 10), world.room_ids[0]
        ),
        override_reason="La solicitante pidió la audiencia conjunta, con acompañamiento.",
        now=NOW,
    )
    found = {(a.kind, a.case_id) for a in alerts_on(world, dt.date(2027, 1, 15))}
    assert found == {
        (AlertKind.MOROSIDAD, case_id),
        (AlertKind.PLAZO_PROCEDIMIENTO, open_case.id),
        (AlertKind.CITACION_SIN_ENTREGAR, open_case.id),
        (AlertKind.SALVAGUARDA_EXCEPCION, open_case.id),
    }


def test_a_national_view_counts_each_offices_own_closure_days(world: World) -> None:
    """The whole country's alerts read every office's closure days at once (issue 19: one
    query, not two per office); each office's citation window still skips only its own."""
    from conciliador.services.offices import add_closure_day

    case = family_case(world)
    assert world.officer.user_id is not None
    book_hearing(
        world.db,
        world.officer,
        BookingRequest(case.id, world.officer.user_id, local(2026, 12, 1, 10), world.room_ids[0]),
        now=NOW,
    )

    def undelivered_on_thursday() -> list[AlertView]:
        # Two working days from Thursday 26 November: Friday 27 and Monday 30.
        found = list_alerts(world.db, world.system, office_id=world.national_id, as_of=THURSDAY)
        return kinds(found, AlertKind.CITACION_SIN_ENTREGAR)

    # León closes on Monday 30: not this office's closure, its hearing is not near yet.
    add_closure_day(world.db, world.system, world.other_office_id, dt.date(2026, 11, 30), "Feria")
    assert undelivered_on_thursday() == []
    # This office closes on Friday 27: its window reaches Tuesday 1 December, the hearing's day.
    add_closure_day(world.db, world.system, world.office_id, dt.date(2026, 11, 27), "Inventario")
    [alert] = undelivered_on_thursday()
    assert alert.case_id == case.id


THURSDAY = dt.date(2026, 11, 26)
