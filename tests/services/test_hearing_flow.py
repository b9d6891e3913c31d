"""The hearing status machine: allowed moves, refused moves, no-shows and closure."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from conciliador.domain.enums import (
    Absence,
    CancelReason,
    CaseStatus,
    CitationMethod,
    HearingStatus,
    Matter,
    Outcome,
)
from conciliador.domain.hearing_states import TRANSITIONS
from conciliador.models import Agreement, Case, Citation, Hearing
from conciliador.services import hearing_flow as flow
from conciliador.services.errors import (
    InvalidTransition,
    PermissionDenied,
    StaleData,
    ValidationFailed,
)
from conciliador.services.scheduling import BookingRequest, book_hearing
from tests.support.world import NOW, World, local


def _book(world: World, case_id: int, start: dt.datetime, now: dt.datetime = NOW):
    return book_hearing(
        world.db,
        world.officer,
        BookingRequest(
            case_id=case_id,
            officer_id=world.officer.user_id,
            start=start,
            room_id=world.room_ids[0],
        ),
        now=now,
    )


def _past_hearing(world: World, case_id: int | None = None):
    """A hearing booked a week ago for this morning (so it can be held or missed now)."""
    case_id = case_id or world.case().id
    return _book(world, case_id, local(2026, 11, 23, 8), now=NOW - dt.timedelta(days=7))


def _citations(world: World, hearing_id: int) -> list[Citation]:
    with world.db.read() as s:
        return list(s.scalars(select(Citation).where(Citation.hearing_id == hearing_id)))


def test_every_status_is_in_the_machine_and_terminal_ones_go_nowhere() -> None:
    assert set(TRANSITIONS) == set(HearingStatus)
    for status in (
        HearingStatus.CONCLUIDA,
        HearingStatus.CANCELADA,
        HearingStatus.ANULADA,
        HearingStatus.REPROGRAMADA,
    ):
        assert TRANSITIONS[status] == frozenset()


def test_delivering_both_citations_moves_the_hearing_on(world: World) -> None:
    h = _book(world, world.case().id, local(2026, 11, 30, 9))
    first, second = _citations(world, h.id)
    after_one = flow.record_citation_delivery(
        world.db,
        world.clerk,
        first.id,
        delivered_at=NOW,
        method=CitationMethod.PERSONAL,
        delivered_by="Juan Pérez, notificador",
    )
    assert after_one.status == HearingStatus.PROGRAMADA
    after_two = flow.record_citation_delivery(
        world.db,
        world.clerk,
        second.id,
        delivered_at=NOW,
        method=CitationMethod.DOMICILIO,
        delivered_by="Juan Pérez, notificador",
    )
    assert after_two.status == HearingStatus.CITACION_ENTREGADA
    delivered = _citations(world, h.id)
    assert {c.method for c in delivered} == {CitationMethod.PERSONAL, CitationMethod.DOMICILIO}


def test_clerk_cannot_conduct_a_hearing(world: World) -> None:
    h = _past_hearing(world)
    with pytest.raises(PermissionDenied):
        flow.start_hearing(
            world.db, world.clerk, h.id, reason="Ambas partes acudieron por su cuenta."
        )


def test_happy_path_to_total_agreement_closes_the_case(world: World) -> None:
    case = world.case()
    h = _past_hearing(world, case.id)
    flow.start_hearing(
        world.db, world.officer, h.id, reason="Ambas partes acudieron por su cuenta."
    )
    record_id = flow.conclude_hearing(world.db, world.officer, h.id, Outcome.ACUERDO_TOTAL)
    with world.db.read() as s:
        assert s.get(Hearing, h.id).status == HearingStatus.CONCLUIDA
        stored = s.get(Case, case.id)
        assert (stored.status, stored.outcome) == (CaseStatus.CONCLUIDA, Outcome.ACUERDO_TOTAL)
        assert s.get(Agreement, record_id).hearing_id == h.id


def test_cannot_conclude_a_hearing_that_has_not_started(world: World) -> None:
    h = _past_hearing(world)
    with pytest.raises(InvalidTransition, match="programada no puede pasar a «concluida»"):
        flow.conclude_hearing(world.db, world.officer, h.id, Outcome.FALTA_DE_ACUERDO)


def test_partial_agreement_names_what_stays_pending(world: World) -> None:
    case = world.case(matters={Matter.ALIMENTOS, Matter.VISITAS})
    h = _past_hearing(world, case.id)
    flow.start_hearing(
        world.db, world.officer, h.id, reason="Ambas partes acudieron por su cuenta."
    )
    with pytest.raises(ValidationFailed, match="indique qué materias quedan pendientes"):
        flow.conclude_hearing(world.db, world.officer, h.id, Outcome.ACUERDO_PARCIAL)
    with pytest.raises(ValidationFailed, match="algunas \\(no todas\\)"):
        flow.conclude_hearing(
            world.db, world.officer, h.id, Outcome.ACUERDO_PARCIAL, pending_matters=[Matter.CUIDO]
        )
    record_id = flow.conclude_hearing(
        world.db, world.officer, h.id, Outcome.ACUERDO_PARCIAL, pending_matters=[Matter.VISITAS]
    )
    with world.db.read() as s:
        assert s.get(Agreement, record_id).pending_matters == ["visitas"]


def test_suspended_hearing_continues_in_a_linked_second_session(world: World) -> None:
    case = world.case()
    h = _past_hearing(world, case.id)
    flow.start_hearing(
        world.db, world.officer, h.id, reason="Ambas partes acudieron por su cuenta."
    )
    flow.suspend_hearing(world.db, world.officer, h.id, "La citada se sintió mal")
    nxt = _book(world, case.id, local(2026, 11, 30, 10))
    assert (nxt.session_number, nxt.citation_round, nxt.replaces_id) == (2, 1, h.id)


def test_respondent_no_show_leads_to_the_second_and_last_citation(world: World) -> None:
    case = world.case()
    h = _past_hearing(world, case.id)
    result = flow.record_no_show(world.db, world.officer, h.id, Absence.CITADO, now=NOW)
    assert result.next_citation_round == 2 and result.case_closed_with is None
    second = _book(world, case.id, local(2026, 11, 30, 9))
    assert (second.citation_round, second.replaces_id) == (2, h.id)


def test_no_show_after_the_last_citation_closes_the_case(world: World) -> None:
    case = world.case()
    first = _past_hearing(world, case.id)
    flow.record_no_show(world.db, world.officer, first.id, Absence.CITADO, now=NOW)
    second = _book(world, case.id, local(2026, 11, 23, 14), now=NOW - dt.timedelta(days=7))
    flow_result = flow.record_no_show(
        world.db, world.officer, second.id, Absence.CITADO, now=local(2026, 11, 23, 16)
    )
    assert flow_result.case_closed_with == Outcome.INASISTENCIA_CITADO
    with world.db.read() as s:
        assert s.get(Case, case.id).status == CaseStatus.CONCLUIDA


def test_requester_no_show_closes_the_case_at_once(world: World) -> None:
    case = world.case()
    h = _past_hearing(world, case.id)
    result = flow.record_no_show(world.db, world.officer, h.id, Absence.SOLICITANTE, now=NOW)
    assert result.case_closed_with == Outcome.INASISTENCIA_SOLICITANTE


def test_no_show_cannot_be_recorded_before_the_hearing(world: World) -> None:
    h = _book(world, world.case().id, local(2026, 11, 30, 9))
    with pytest.raises(InvalidTransition, match="aún no ha comenzado"):
        flow.record_no_show(world.db, world.officer, h.id, Absence.CITADO, now=NOW)


def test_cancel_needs_a_note_for_other_reasons_and_frees_the_slot(world: World) -> None:
    case = world.case()
    h = _book(world, case.id, local(2026, 11, 30, 9))
    with pytest.raises(ValidationFailed, match="Observaciones"):
        flow.cancel_hearing(world.db, world.officer, h.id, CancelReason.OTRO)
    flow.cancel_hearing(world.db, world.officer, h.id, CancelReason.FUERZA_MAYOR)
    other = _book(world, world.case().id, local(2026, 11, 30, 9))
    assert other.starts_at == h.starts_at


def test_only_supervisors_annul(world: World) -> None:
    h = _book(world, world.case().id, local(2026, 11, 30, 9))
    with pytest.raises(PermissionDenied):
        flow.annul_hearing(world.db, world.officer, h.id, "registrada por error")
    assert (
        flow.annul_hearing(world.db, world.supervisor, h.id, "registrada por error").status
        == HearingStatus.ANULADA
    )


def test_a_stale_screen_gets_a_clear_message(world: World) -> None:
    h = _past_hearing(world)
    flow.start_hearing(
        world.db,
        world.officer,
        h.id,
        expected_version=h.version,
        reason="Ambas partes acudieron por su cuenta.",
    )
    with pytest.raises(StaleData, match="Otra persona modificó esta audiencia"):
        flow.suspend_hearing(world.db, world.officer2, h.id, "motivo", expected_version=h.version)


def test_close_without_hearing_cancels_the_pending_one(world: World) -> None:
    case = world.case()
    h = _book(world, case.id, local(2026, 11, 30, 9))
    flow.close_without_hearing(
        world.db,
        world.officer,
        case.id,
        Outcome.DOMICILIO_DESCONOCIDO,
        "El citado ya no vive en la dirección indicada",
    )
    with world.db.read() as s:
        assert s.get(Hearing, h.id).status == HearingStatus.CANCELADA
        assert s.get(Case, case.id).outcome == Outcome.DOMICILIO_DESCONOCIDO
