"""Concluded hearings with their actas, through the services, to test actas against."""

from __future__ import annotations

import datetime as dt

from conciliador.domain.actas import SignatureMode, SignerRole
from conciliador.domain.enums import Absence, Matter, Outcome
from conciliador.services import hearing_flow as flow
from conciliador.services.actas import ActaView, SignatureInput, acta_of_hearing
from conciliador.services.agreements import agreement_context
from conciliador.services.scheduling import HearingView
from tests.support.agreements import complete_terms, family_case, held_hearing
from tests.support.world import NOW, World


def concluded(
    world: World,
    outcome: Outcome = Outcome.ACUERDO_TOTAL,
    *,
    children: int = 2,
    hour: int = 8,
    room: int = 0,
) -> tuple[HearingView, ActaView]:
    """A hearing held this morning that ended with ``outcome``, and its acta (a borrador).
    Agreements carry complete, valid terms."""
    case = family_case(world, children)
    if outcome in NO_SHOWS:
        hearing = held_hearing(world, case.id, hour=hour, room_id=world.room_ids[room], start=False)
        absence = NO_SHOWS[outcome]
        flow.record_no_show(world.db, world.officer, hearing.id, absence, now=NOW)
        if outcome == Outcome.INASISTENCIA_CITADO:  # the second and last citation
            hearing = held_hearing(
                world, case.id, hour=hour + 6, room_id=world.room_ids[room], start=False
            )
            flow.record_no_show(
                world.db, world.officer, hearing.id, absence, now=NOW + dt.timedelta(hours=9)
            )
        return hearing, acta_of_hearing(world.db, world.officer, hearing.id)
    if outcome in (Outcome.DOMICILIO_DESCONOCIDO,):
        hearing = held_hearing(world, case.id, hour=hour, room_id=world.room_ids[room], start=False)
        flow.close_without_hearing(
            world.db,
            world.officer,
            case.id,
            outcome,
            "La dirección dada no existe; el notificador no encontró a la parte citada.",
        )
        return hearing, acta_of_hearing(world.db, world.officer, hearing.id)
    hearing = held_hearing(world, case.id, hour=hour, room_id=world.room_ids[room])
    terms = None
    pending: tuple[Matter, ...] = ()
    if outcome in (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL):
        ctx = agreement_context(world.db, world.officer, hearing.id)
        terms = complete_terms(ctx)
        if outcome == Outcome.ACUERDO_PARCIAL:
            pending = (Matter.CUIDO,)
            terms = terms.model_copy(update={"care": None})
    flow.conclude_hearing(
        world.db,
        world.officer,
        hearing.id,
        outcome,
        terms=terms,
        pending_matters=pending,
        notes="" if terms else "Las partes expusieron sus posiciones sin acercarse.",
        now=hearing.starts_at + dt.timedelta(hours=1, minutes=10),
    )
    return hearing, acta_of_hearing(world.db, world.officer, hearing.id)


def all_sign(*, image: bytes | None = None, stamped: bool = False) -> list[SignatureInput]:
    """Everyone signs; ``stamped``: and stamps a fingerprint (where the profile records them:
    Peru)."""
    mark = True if stamped else None
    return [
        SignatureInput(SignerRole.SOLICITANTE, SignatureMode.FIRMA, image=image, fingerprint=mark),
        SignatureInput(SignerRole.CITADO, SignatureMode.FIRMA, fingerprint=mark),
        SignatureInput(SignerRole.CONCILIADOR, SignatureMode.FIRMA, fingerprint=mark),
    ]


SIGNED_AT = NOW + dt.timedelta(hours=2)
NO_SHOWS = {
    Outcome.INASISTENCIA_CITADO: Absence.CITADO,
    Outcome.INASISTENCIA_SOLICITANTE: Absence.SOLICITANTE,
    Outcome.INASISTENCIA_AMBAS: Absence.AMBAS,
}
