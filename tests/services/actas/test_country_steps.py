"""The steps a country's law adds to an acta, as the services enforce them.

Peru (Ley 26872, art. 16): the lawyer's legality check before signatures. Chile (Ley 19.968,
art. 111): the signed mediated agreement sent to the family court, approved or observed; until
approved it binds no one (the follow-up schedules nothing).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from conciliador.domain.acta_steps import CourtReview
from conciliador.domain.actas import FAILED_MEDIATION, ActaStatus
from conciliador.domain.enums import Outcome
from conciliador.models import Acta, AuditEvent, DocumentTemplate, Office, User
from conciliador.services import hearing_flow as flow
from conciliador.services.actas import acta_of_hearing, issue_acta, sign_acta
from conciliador.services.actas.rendering import acta_document
from conciliador.services.actas.steps import (
    acta_steps,
    record_court_decision,
    record_legality_check,
    send_to_court,
)
from conciliador.services.agreements import agreement_context
from conciliador.services.errors import InvalidTransition, PermissionDenied, ValidationFailed
from conciliador.services.fields import ActaFields
from conciliador.services.followup.obligations import binding_actas
from tests.support.actas import SIGNED_AT, all_sign, concluded
from tests.support.agreements import complete_terms, family_case, held_hearing
from tests.support.printing import pdf_text
from tests.support.world import NOW, World

pytestmark = pytest.mark.slow


def _as(world: World, code: str, department: str, municipality: str) -> None:
    """The world's office under another country's profile (its place from that list)."""
    with world.db.write() as s:
        office = s.get(Office, world.office_id)
        office.profile_code = code
        office.department = department
        office.municipality = municipality
        if code == "PE":  # the conciliator's registry number the acta names (art. 16 f)
            officer = s.get(User, world.officer.user_id)
            assert officer is not None
            officer.registry_number = "12345"


def _issued(world: World, outcome: Outcome = Outcome.ACUERDO_TOTAL) -> int:
    _, acta = concluded(world, outcome)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    return acta.acta_id


def _issued_mediation(world: World) -> int:
    """A Chilean mediated agreement (below the floor, with the reason the law asks for)."""
    hearing = held_hearing(world, family_case(world, 2).id, hour=8, room_id=world.room_ids[0])
    ctx = agreement_context(world.db, world.officer, hearing.id)
    flow.conclude_hearing(
        world.db,
        world.officer,
        hearing.id,
        Outcome.ACUERDO_TOTAL,
        terms=complete_terms(ctx),
        departure_reason=(
            "El padre acredita que carece de medios para el mínimo legal: trabaja media "
            "jornada y mantiene a otros dos hijos (Ley 14.908, art. 3, inciso final)."
        ),
        now=hearing.starts_at + dt.timedelta(hours=1, minutes=10),
    )
    acta = acta_of_hearing(world.db, world.officer, hearing.id)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    return acta.acta_id


def test_peru_an_acta_cannot_be_signed_before_the_lawyers_check(world: World) -> None:
    _as(world, "PE", "Lima", "San Juan de Lurigancho")
    acta_id = _issued(world)
    steps = acta_steps(world.db, world.officer, acta_id)
    assert steps.needs_legality_check and steps.legality_checked_at is None
    with pytest.raises(InvalidTransition, match=r"verifica la legalidad.*Ley n\.º 26872"):
        sign_acta(world.db, world.officer, acta_id, all_sign(stamped=True), now=SIGNED_AT)
    with pytest.raises(ValidationFailed, match="Registro del colegio de abogados"):
        record_legality_check(
            world.db, world.officer, acta_id, lawyer_name="Dra. Rosa Quispe", registration=" "
        )
    steps = record_legality_check(
        world.db,
        world.officer,
        acta_id,
        lawyer_name="Dra. Rosa Quispe",
        registration="CAL 45678",
    )
    assert steps.legality_checked_by == "Dra. Rosa Quispe"
    assert "Legalidad verificada" in steps.state_text
    signed = sign_acta(world.db, world.officer, acta_id, all_sign(stamped=True), now=SIGNED_AT)
    assert signed.status == ActaStatus.FIRMADA
    with world.db.read() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == str(acta_id)))
        assert "verificar_legalidad" in set(actions)


def test_peru_an_acta_without_agreement_needs_no_check(world: World) -> None:
    _as(world, "PE", "Lima", "San Juan de Lurigancho")
    acta_id = _issued(world, Outcome.FALTA_DE_ACUERDO)
    assert not acta_steps(world.db, world.officer, acta_id).needs_legality_check
    assert sign_acta(
        world.db, world.officer, acta_id, all_sign(stamped=True), now=SIGNED_AT
    ).status == (ActaStatus.FIRMADA)


def test_nicaragua_signs_without_any_extra_step(world: World) -> None:
    acta_id = _issued(world)
    steps = acta_steps(world.db, world.officer, acta_id)
    assert not steps.needs_legality_check and not steps.needs_court_approval
    assert steps.binding
    with pytest.raises(InvalidTransition, match="no pide verificación"):
        record_legality_check(
            world.db, world.officer, acta_id, lawyer_name="Lic. X", registration="1"
        )


def test_chile_a_mediated_agreement_binds_only_once_the_court_approves_it(world: World) -> None:
    _as(world, "CL", "Región Metropolitana de Santiago", "Santiago")
    acta_id = _issued_mediation(world)
    with pytest.raises(InvalidTransition, match="Solo un acta firmada"):
        send_to_court(world.db, world.officer, acta_id, court="1.º Juzgado", sent_on=NOW.date())
    sign_acta(world.db, world.officer, acta_id, all_sign(), now=SIGNED_AT)
    steps = acta_steps(world.db, world.officer, acta_id)
    assert steps.needs_court_approval and not steps.binding
    assert steps.state_text == "Pendiente de envío al tribunal de familia"
    with world.db.read() as s:
        assert binding_actas(s) == {}  # nothing to collect before the approval
    with pytest.raises(InvalidTransition, match="Primero registre el envío"):
        record_court_decision(
            world.db,
            world.officer,
            acta_id,
            approved=True,
            decided_on=NOW.date(),
            case_reference="C-123-2026",
            decision="Se aprueba.",
        )
    day = SIGNED_AT.date()
    steps = send_to_court(
        world.db, world.officer, acta_id, court="1.º Juzgado de Familia de Santiago", sent_on=day
    )
    assert steps.court_status == CourtReview.ENVIADA and not steps.binding
    with pytest.raises(ValidationFailed, match="Fecha de la resolución"):
        record_court_decision(
            world.db,
            world.officer,
            acta_id,
            approved=True,
            decided_on=day - dt.timedelta(days=1),
            case_reference="C-123-2026",
            decision="Se aprueba.",
        )
    steps = record_court_decision(
        world.db,
        world.officer,
        acta_id,
        approved=True,
        decided_on=day,
        case_reference="C-123-2026",
        decision="Se aprueba el acuerdo en todo lo que no es contrario a derecho.",
    )
    assert steps.court_status == CourtReview.APROBADA and steps.binding
    assert steps.case_reference == "C-123-2026"
    with world.db.read() as s:
        assert [b.acta_id for found in binding_actas(s).values() for b in found] == [acta_id]
    with pytest.raises(InvalidTransition, match="no cambia"):
        record_court_decision(
            world.db,
            world.officer,
            acta_id,
            approved=False,
            decided_on=day,
            case_reference="C-123-2026",
            decision="Otra.",
        )


def test_chile_an_observed_acta_stays_not_binding(world: World) -> None:
    _as(world, "CL", "Región Metropolitana de Santiago", "Santiago")
    acta_id = _issued_mediation(world)
    sign_acta(world.db, world.officer, acta_id, all_sign(), now=SIGNED_AT)
    day = SIGNED_AT.date()
    send_to_court(world.db, world.officer, acta_id, court="Juzgado de Familia", sent_on=day)
    steps = record_court_decision(
        world.db,
        world.officer,
        acta_id,
        approved=False,
        decided_on=day,
        case_reference="C-9-2026",
        decision="Se observa: falta el domicilio de la niña.",
    )
    assert steps.court_status == CourtReview.OBSERVADA and not steps.binding
    assert steps.state_text == "Observada por el tribunal"


def test_chile_a_missing_date_or_decision_is_named_not_guessed(world: World) -> None:
    _as(world, "CL", "Región Metropolitana de Santiago", "Santiago")
    acta_id = _issued_mediation(world)
    sign_acta(world.db, world.officer, acta_id, all_sign(), now=SIGNED_AT)
    with pytest.raises(ValidationFailed, match="Fecha de envío: es obligatoria"):
        send_to_court(world.db, world.officer, acta_id, court="Juzgado de Familia", sent_on=None)
    assert acta_steps(world.db, world.officer, acta_id).court_status is None
    send_to_court(
        world.db, world.officer, acta_id, court="Juzgado de Familia", sent_on=SIGNED_AT.date()
    )
    with pytest.raises(ValidationFailed) as refused:
        record_court_decision(
            world.db,
            world.officer,
            acta_id,
            approved=None,
            decided_on=None,
            case_reference="C-9-2026",
            decision="Se aprueba.",
        )
    fields = {p.field for p in refused.value.problems}
    assert fields == {ActaFields.DECISION, ActaFields.DECIDED_ON}
    assert acta_steps(world.db, world.officer, acta_id).court_status == CourtReview.ENVIADA


def test_a_clerk_cannot_record_a_countrys_step(world: World) -> None:
    _as(world, "PE", "Lima", "San Juan de Lurigancho")
    acta_id = _issued(world)
    with pytest.raises(PermissionDenied):
        record_legality_check(
            world.db, world.clerk, acta_id, lawyer_name="Dra. Rosa Quispe", registration="CAL 1"
        )
    assert acta_steps(world.db, world.officer, acta_id).legality_checked_at is None


@pytest.mark.parametrize("outcome", [Outcome.FALTA_DE_ACUERDO, Outcome.INASISTENCIA_CITADO])
def test_chile_a_failed_mediation_issues_its_own_acta(world: World, outcome: Outcome) -> None:
    """Ley 19.968, art. 111: the acta states that the mediation ended, without other
    antecedents, and what it enables (the claimant may go to court)."""
    _as(world, "CL", "Región Metropolitana de Santiago", "Santiago")
    acta_id = _issued(world, outcome)
    with world.db.read() as s:
        acta = s.get(Acta, acta_id)
        assert acta is not None
        stored = s.get(DocumentTemplate, acta.template_id)
        assert stored is not None and stored.name == FAILED_MEDIATION
    text = " ".join(
        pdf_text(acta_document(world.db, world.officer, acta_id, pdf=True).data).split()
    )
    assert "ACTA DE MEDIACIÓN FRUSTRADA" in text
    assert "Se deja constancia del término del proceso de mediación" in text
    assert "la parte demandante queda habilitada para iniciarlo (Ley n.º 19.968, art. 111)" in text
    # nothing beyond the end of the mediation: no account, incomes or addresses
    assert "Relato" not in text and "Ingreso mensual" not in text and "Domicilio" not in text
    signed = sign_acta(world.db, world.officer, acta_id, all_sign(), now=SIGNED_AT)
    assert signed.status == ActaStatus.FIRMADA


def test_nicaragua_keeps_its_acta_without_agreement(world: World) -> None:
    acta_id = _issued(world, Outcome.FALTA_DE_ACUERDO)
    with world.db.read() as s:
        acta = s.get(Acta, acta_id)
        assert acta is not None
        stored = s.get(DocumentTemplate, acta.template_id)
        assert stored is not None and stored.name == "acta_falta_de_acuerdo"
