"""The hearing's own record: a hearing starts on its day (or with a recorded reason), the real
instants it started and ended are kept, corrected only with a reason, and the acta tells
them — not the booked slot."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from conciliador.domain.enums import CitationMethod, HearingStatus, Outcome
from conciliador.models import Agreement, AuditEvent, Citation, Hearing
from conciliador.services import hearing_flow as flow
from conciliador.services.actas import acta_document, acta_of_hearing, issue_acta, sign_acta
from conciliador.services.errors import ValidationFailed
from conciliador.services.scheduling import BookingRequest, HearingView, book_hearing
from tests.support.actas import all_sign
from tests.support.agreements import family_case
from tests.support.docx_text import document_text
from tests.support.world import NOW, World, local

CAME = "Ambas partes se presentaron por su cuenta a la oficina y pidieron celebrarla ya."


def _book(world: World, start: dt.datetime) -> HearingView:
    case = family_case(world, 1)
    return book_hearing(
        world.db,
        world.officer,
        BookingRequest(
            case_id=case.id,
            officer_id=world.officer.user_id,
            start=start,
            room_id=world.room_ids[0],
        ),
        now=NOW,
    )


def _deliver_all(world: World, hearing_id: int) -> None:
    with world.db.read() as s:
        ids = s.scalars(select(Citation.id).where(Citation.hearing_id == hearing_id)).all()
    for citation_id in ids:
        flow.record_citation_delivery(
            world.db,
            world.clerk,
            citation_id,
            delivered_at=NOW,
            method=CitationMethod.PERSONAL,
            delivered_by="Juan Pérez, notificador",
            now=NOW,
        )


def _hearing(world: World, hearing_id: int) -> Hearing:
    with world.db.read() as s:
        hearing = s.get(Hearing, hearing_id)
        assert hearing is not None
        return hearing


def _acta_text(world: World, hearing_id: int) -> str:
    acta = acta_of_hearing(world.db, world.officer, hearing_id)
    assert acta.acta_id is not None
    return document_text(acta_document(world.db, world.officer, acta.acta_id).data)


def test_a_hearing_booked_for_thursday_does_not_start_the_friday_before_without_a_reason(
    world: World,
) -> None:
    # Booked for Thursday 10/12 at 09:00; the officer presses «Iniciar» on Friday 04/12.
    h = _book(world, local(2026, 12, 10, 9))
    _deliver_all(world, h.id)
    friday = local(2026, 12, 4, 14, 17)
    with pytest.raises(ValidationFailed) as refused:
        flow.start_hearing(world.db, world.officer, h.id, now=friday)
    message = str(refused.value)
    assert "Motivo del inicio" in message and "10/12/2026 a las 09:00" in message
    assert _hearing(world, h.id).status == HearingStatus.CITACION_ENTREGADA

    # With the reason written down it starts, and the record keeps the real instant.
    flow.start_hearing(world.db, world.officer, h.id, reason=CAME, now=friday)
    stored = _hearing(world, h.id)
    assert stored.status == HearingStatus.EN_CURSO
    assert stored.started_at == friday and stored.start_reason == CAME
    with world.db.read() as s:
        event = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "iniciar", AuditEvent.entity_id == str(h.id)
            )
        ).one()
        assert CAME in event.reason and "10/12/2026" in event.reason

    flow.conclude_hearing(
        world.db,
        world.officer,
        h.id,
        Outcome.FALTA_DE_ACUERDO,
        notes="Las partes no se acercaron en el monto.",
        now=local(2026, 12, 4, 15, 2),
    )
    text = _acta_text(world, h.id)
    assert "viernes, 4 de diciembre de 2026" in text
    assert "de 14:17 a 15:02" in text
    assert "siendo las 14:17," in text and "siendo las 15:02 del mismo día" in text
    # the booked slot is said only as what it was, with the reason for starting earlier
    assert "señalada para las 09:00 del 10 de diciembre de 2026, se inició" in text
    assert CAME in text
    assert "jueves, 10 de diciembre" not in text and "de 09:00 a 10:00" not in text


def test_more_than_the_profiles_tolerance_early_needs_a_reason(world: World) -> None:
    h = _book(world, local(2026, 11, 30, 9))
    _deliver_all(world, h.id)
    with pytest.raises(ValidationFailed, match="más de 15 minutos antes de la hora señalada"):
        flow.start_hearing(world.db, world.officer, h.id, now=local(2026, 11, 30, 8, 44))
    flow.start_hearing(world.db, world.officer, h.id, now=local(2026, 11, 30, 8, 46))
    stored = _hearing(world, h.id)
    assert stored.started_at == local(2026, 11, 30, 8, 46) and stored.start_reason == ""


def test_an_undelivered_citation_needs_a_reason_naming_the_party(world: World) -> None:
    h = _book(world, local(2026, 11, 30, 9))
    with pytest.raises(ValidationFailed) as refused:
        flow.start_hearing(world.db, world.officer, h.id, now=local(2026, 11, 30, 9, 5))
    assert "(parte citada) no consta como entregada" in str(refused.value)
    assert "(parte solicitante) no consta como entregada" in str(refused.value)
    flow.start_hearing(world.db, world.officer, h.id, reason=CAME, now=local(2026, 11, 30, 9, 5))
    assert _hearing(world, h.id).status == HearingStatus.EN_CURSO


def test_the_record_is_corrected_only_with_a_reason_and_the_acta_follows(world: World) -> None:
    h = _book(world, local(2026, 11, 30, 9))
    _deliver_all(world, h.id)
    flow.start_hearing(world.db, world.officer, h.id, now=local(2026, 11, 30, 9, 40))
    flow.conclude_hearing(
        world.db,
        world.officer,
        h.id,
        Outcome.FALTA_DE_ACUERDO,
        notes="Sin acercamiento.",
        now=local(2026, 11, 30, 11, 30),
    )
    with pytest.raises(ValidationFailed, match="Motivo de la corrección"):
        flow.correct_hearing_times(
            world.db,
            world.officer,
            h.id,
            started_at=local(2026, 11, 30, 9, 5),
            concluded_at=local(2026, 11, 30, 10, 15),
            reason="",
            now=local(2026, 11, 30, 12),
        )
    with pytest.raises(ValidationFailed, match="Hora de conclusión: debe ser posterior"):
        flow.correct_hearing_times(
            world.db,
            world.officer,
            h.id,
            started_at=local(2026, 11, 30, 9, 5),
            concluded_at=local(2026, 11, 30, 9, 0),
            reason="Se pulsó «Iniciar» tarde.",
            now=local(2026, 11, 30, 12),
        )
    flow.correct_hearing_times(
        world.db,
        world.officer,
        h.id,
        started_at=local(2026, 11, 30, 9, 5),
        concluded_at=local(2026, 11, 30, 10, 15),
        reason="Se pulsó «Iniciar» y «Concluir» tarde; horas según el registro de la sala.",
        now=local(2026, 11, 30, 12),
    )
    with world.db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "corregir_horas")).one()
        assert "registro de la sala" in event.reason
        assert event.before is not None and event.after is not None
        assert event.before["started_at"] != event.after["started_at"]
    assert "de 09:05 a 10:15" in _acta_text(world, h.id)


def test_an_acta_signed_on_a_later_day_says_so(world: World) -> None:
    h = _book(world, local(2026, 11, 30, 9))
    _deliver_all(world, h.id)
    flow.start_hearing(world.db, world.officer, h.id, now=local(2026, 11, 30, 9))
    flow.conclude_hearing(
        world.db,
        world.officer,
        h.id,
        Outcome.FALTA_DE_ACUERDO,
        notes="Sin acercamiento.",
        now=local(2026, 11, 30, 10, 10),
    )
    acta = acta_of_hearing(world.db, world.officer, h.id)
    assert acta.acta_id is not None
    issue_acta(world.db, world.officer, acta.acta_id, now=local(2026, 11, 30, 10, 20))
    sign_acta(world.db, world.officer, acta.acta_id, all_sign(), now=local(2026, 12, 2, 8, 30))
    text = _acta_text(world, h.id)
    assert (
        "la ratifican, siendo las 10:10 del mismo día; la presente acta fue firmada el "
        "2 de diciembre de 2026." in text
    )
    assert "ratifican y firman" not in text


@pytest.mark.parametrize(
    "outcome",
    [Outcome.CONCLUSION_MOTIVADA, Outcome.DESISTIMIENTO, Outcome.NO_CONCILIABLE],
)
def test_an_outcome_that_states_its_cause_is_not_concluded_without_it(
    world: World, outcome: Outcome
) -> None:
    h = _book(world, local(2026, 11, 30, 9))
    flow.start_hearing(world.db, world.officer, h.id, reason=CAME, now=local(2026, 11, 30, 9))
    with pytest.raises(ValidationFailed, match="Observaciones"):
        flow.conclude_hearing(
            world.db, world.officer, h.id, outcome, notes="  ", now=local(2026, 11, 30, 10)
        )
    assert _hearing(world, h.id).status == HearingStatus.EN_CURSO


@pytest.mark.parametrize(
    "outcome",
    [
        Outcome.CONCLUSION_MOTIVADA,
        Outcome.DESISTIMIENTO,
        Outcome.NO_CONCILIABLE,
        Outcome.DOMICILIO_DESCONOCIDO,
    ],
)
def test_the_four_outcomes_without_their_cause_cannot_be_issued(
    world: World, outcome: Outcome
) -> None:
    """Records kept before the cause was required (or imported) have empty observations:
    their acta would say «por la causa que se expone…» about nothing, so it is not issued."""
    h = _book(world, local(2026, 11, 30, 9))
    if outcome == Outcome.DOMICILIO_DESCONOCIDO:
        flow.close_without_hearing(world.db, world.officer, h.case_id, outcome, "Se mudó.")
    else:
        flow.start_hearing(world.db, world.officer, h.id, reason=CAME, now=local(2026, 11, 30, 9))
        flow.conclude_hearing(
            world.db, world.officer, h.id, outcome, notes="Causa.", now=local(2026, 11, 30, 10)
        )
    acta = acta_of_hearing(world.db, world.officer, h.id)
    assert acta.acta_id is not None
    with world.db.write() as s:
        record = s.get(Agreement, acta.agreement_id)
        assert record is not None
        record.notes = ""
    with pytest.raises(ValidationFailed, match="Observaciones: escriba"):
        issue_acta(world.db, world.officer, acta.acta_id, now=local(2026, 11, 30, 11))


def test_a_held_hearing_without_its_record_cannot_be_issued(world: World) -> None:
    """Hearings concluded before the record existed: the acta would have to guess the times."""
    h = _book(world, local(2026, 11, 30, 9))
    flow.start_hearing(world.db, world.officer, h.id, reason=CAME, now=local(2026, 11, 30, 9))
    flow.conclude_hearing(
        world.db,
        world.officer,
        h.id,
        Outcome.FALTA_DE_ACUERDO,
        notes="Sin acercamiento.",
        now=local(2026, 11, 30, 10),
    )
    with world.db.write() as s:
        hearing = s.get(Hearing, h.id)
        assert hearing is not None
        hearing.started_at = hearing.concluded_at = None
    acta = acta_of_hearing(world.db, world.officer, h.id)
    assert acta.acta_id is not None
    with pytest.raises(ValidationFailed, match="Horas de la audiencia"):
        issue_acta(world.db, world.officer, acta.acta_id, now=local(2026, 11, 30, 11))
