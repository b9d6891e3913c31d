"""borrador → emitida → firmada, and replacement, as the services enforce it (SQLite and
PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from conciliador.domain.actas import ActaStatus, SignatureMode, SignerRole
from conciliador.domain.enums import Outcome, Role
from conciliador.models import Acta, ActaFile, Agreement, AuditEvent, Counter, Person
from conciliador.models.acta import ImmutableRecord
from conciliador.services import hearing_flow as flow
from conciliador.services import users
from conciliador.services.actas import (
    SignatureInput,
    acta_document,
    acta_of_hearing,
    draft_acta,
    get_acta,
    issue_acta,
    list_actas,
    replace_acta,
    sheet_document,
    sign_acta,
)
from conciliador.services.agreements import agreement_context, update_agreement
from conciliador.services.errors import (
    InvalidTransition,
    PermissionDenied,
    StaleData,
    ValidationFailed,
)
from conciliador.services.fields import ActaFields
from tests.support.actas import SIGNED_AT, all_sign, concluded
from tests.support.agreements import complete_terms, family_case, held_hearing, support
from tests.support.docx_text import document_text
from tests.support.world import NOW, PASSWORD, World

pytestmark = pytest.mark.slow


def _text(world: World, acta_id: int, **options: object) -> str:
    return document_text(acta_document(world.db, world.officer, acta_id, **options).data)


def test_a_borrador_shows_the_live_data_and_says_it_has_no_number(world: World) -> None:
    _, acta = concluded(world)
    assert (acta.status, acta.number) == (ActaStatus.BORRADOR, None)
    text = _text(world, acta.acta_id)
    assert "BORRADOR — sin número ni validez" in text
    assert "Borrador sin número" in text
    # a correction shows at once: a borrador is rendered again from the data every time
    with world.db.write() as s:
        agreement = s.get(Agreement, acta.agreement_id)
        person = s.get(Person, agreement.case.claimant_id)
        person.first_names = "María José"
    assert "María José Ruiz Pérez" in _text(world, acta.acta_id)


def test_issuing_numbers_per_office_and_year_and_freezes_the_text(world: World) -> None:
    _, first = concluded(world, hour=8)
    _, second = concluded(world, hour=10)
    a = issue_acta(world.db, world.officer, first.acta_id, now=NOW)
    b = issue_acta(world.db, world.officer, second.acta_id, now=NOW)
    assert (a.status, a.number, b.number) == (
        ActaStatus.EMITIDA,
        "MN-D2-2026-0001",
        "MN-D2-2026-0002",
    )
    before = _text(world, first.acta_id)
    sheet = document_text(sheet_document(world.db, world.officer, first.acta_id).data)
    assert "N.º MN-D2-2026-0001" in before and "BORRADOR" not in before
    assert "el acta n.º MN-D2-2026-0001" in sheet and "María Ruiz Pérez" in sheet
    # the data change afterwards; the issued text does not, nor its explanation sheet
    with world.db.write() as s:
        agreement = s.get(Agreement, first.agreement_id)
        s.get(Person, agreement.case.claimant_id).first_names = "Otra"
    assert _text(world, first.acta_id) == before
    assert document_text(sheet_document(world.db, world.officer, first.acta_id).data) == sheet
    # what was agreed is frozen too
    hearing_id = first.hearing_id
    ctx = agreement_context(world.db, world.officer, hearing_id)
    with pytest.raises(InvalidTransition, match="ya fue emitida"):
        update_agreement(world.db, world.officer, first.agreement_id, complete_terms(ctx))
    with pytest.raises(InvalidTransition, match="ya fue emitida"):
        issue_acta(world.db, world.officer, first.acta_id, now=NOW)
    with world.db.read() as s:
        events = s.scalars(
            select(AuditEvent.action).where(
                AuditEvent.entity == "acta", AuditEvent.entity_id == str(first.acta_id)
            )
        ).all()
    assert "emitir" in events


def test_the_year_starts_a_new_count(world: World) -> None:
    _, first = concluded(world, hour=8)
    _, second = concluded(world, hour=10)
    issue_acta(world.db, world.officer, first.acta_id, now=NOW)
    next_year = dt.datetime(2027, 1, 4, 9, tzinfo=NOW.tzinfo)
    assert issue_acta(world.db, world.officer, second.acta_id, now=next_year).number == (
        "MN-D2-2027-0001"
    )


def test_issuing_is_refused_without_the_officers_post_and_legal_capacity(world: World) -> None:
    users.create_user(
        world.db,
        world.system,
        login="nueva.conciliadora",
        full_name="Elena Vargas",
        role=Role.CONCILIADOR,
        office_id=world.office_id,
        password=PASSWORD,
    )
    officer = users.sign_in(world.db, "nueva.conciliadora", PASSWORD)
    case = family_case(world, 1)
    hearing = held_hearing(world, case.id, officer=officer)
    flow.conclude_hearing(
        world.db, officer, hearing.id, Outcome.FALTA_DE_ACUERDO, notes="Sin acuerdo posible."
    )
    acta = acta_of_hearing(world.db, officer, hearing.id)
    with pytest.raises(ValidationFailed) as caught:
        issue_acta(world.db, officer, acta.acta_id, now=NOW)
    assert caught.value.problems[0].field == ActaFields.OFFICER
    assert "el cargo ni el instrumento" in caught.value.message
    assert "Elena Vargas" in caught.value.message
    with world.db.read() as s:  # no number was used
        assert (
            s.scalar(select(func.count()).select_from(Counter).where(Counter.kind == "acta")) == 0
        )
        assert s.get(Acta, acta.acta_id).status == ActaStatus.BORRADOR


def test_issuing_is_refused_while_the_agreement_has_errors(world: World) -> None:
    case = family_case(world, 1)
    hearing = held_hearing(world, case.id)
    ctx = agreement_context(world.db, world.officer, hearing.id)
    terms = complete_terms(ctx).model_copy(update={"support": support(ctx, first_payment=None)})
    flow.conclude_hearing(world.db, world.officer, hearing.id, Outcome.ACUERDO_TOTAL, terms=terms)
    acta = acta_of_hearing(world.db, world.officer, hearing.id)
    with pytest.raises(ValidationFailed, match="primer pago"):
        issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    # corrected, it is issued with the first number: the failed attempt used none
    update_agreement(world.db, world.officer, acta.agreement_id, complete_terms(ctx))
    assert issue_acta(world.db, world.officer, acta.acta_id, now=NOW).number == "MN-D2-2026-0001"


def test_a_stale_version_is_refused(world: World) -> None:
    _, acta = concluded(world)
    with pytest.raises(StaleData):
        issue_acta(world.db, world.officer, acta.acta_id, expected_version=acta.version + 1)


def test_who_may_issue_sign_and_see(world: World) -> None:
    _, acta = concluded(world)
    with pytest.raises(PermissionDenied, match="emitir actas"):
        issue_acta(world.db, world.clerk, acta.acta_id, now=NOW)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    with pytest.raises(PermissionDenied, match="registrar firmas"):
        sign_acta(world.db, world.clerk, acta.acta_id, all_sign(), now=SIGNED_AT)
    # the clerk prints; an officer of another office does not even see it
    assert acta_document(world.db, world.clerk, acta.acta_id).data
    users.create_user(
        world.db,
        world.system,
        login="leon.conciliador",
        full_name="Pedro León",
        role=Role.CONCILIADOR,
        office_id=world.other_office_id,
        password=PASSWORD,
        post="Conciliador",
        legal_capacity="Acuerdo 3-2026",
    )
    other = users.sign_in(world.db, "leon.conciliador", PASSWORD)
    with pytest.raises(PermissionDenied):
        get_acta(world.db, other, acta.acta_id)
    assert all(s.office_id != world.office_id for s in list_actas(world.db, other))


def test_signatures_are_checked_before_anything_is_stored(world: World) -> None:
    _, acta = concluded(world)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    cases = [
        (
            [SignatureInput(SignerRole.SOLICITANTE, SignatureMode.FIRMA)],
            "indique cómo firmó",
        ),
        (
            [
                SignatureInput(SignerRole.SOLICITANTE, SignatureMode.FIRMA),
                SignatureInput(SignerRole.CITADO, SignatureMode.SE_NEGO),
                SignatureInput(SignerRole.CONCILIADOR, SignatureMode.FIRMA),
            ],
            "Conclusión motivada",
        ),
        (
            [
                SignatureInput(SignerRole.SOLICITANTE, SignatureMode.HUELLA_TESTIGO),
                SignatureInput(SignerRole.CITADO, SignatureMode.FIRMA),
                SignatureInput(SignerRole.CONCILIADOR, SignatureMode.FIRMA),
            ],
            "testigo a ruego: indique su nombre",
        ),
        (
            [
                SignatureInput(SignerRole.SOLICITANTE, SignatureMode.FIRMA, image=b"GIF89a"),
                SignatureInput(SignerRole.CITADO, SignatureMode.FIRMA),
                SignatureInput(SignerRole.CONCILIADOR, SignatureMode.FIRMA),
            ],
            "debe ser PNG",
        ),
        (
            [
                SignatureInput(SignerRole.SOLICITANTE, SignatureMode.FIRMA),
                SignatureInput(SignerRole.CITADO, SignatureMode.FIRMA),
                SignatureInput(SignerRole.CONCILIADOR, SignatureMode.SE_NEGO),
            ],
            "firma siempre",
        ),
    ]
    for given, message in cases:
        with pytest.raises(ValidationFailed, match=message):
            sign_acta(world.db, world.officer, acta.acta_id, given, now=SIGNED_AT)
    assert get_acta(world.db, world.officer, acta.acta_id).status == ActaStatus.EMITIDA


def test_a_signed_acta_refuses_every_change(world: World) -> None:
    _, acta = concluded(world)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    signed = sign_acta(world.db, world.officer, acta.acta_id, all_sign(), now=SIGNED_AT)
    assert signed.status == ActaStatus.FIRMADA and len(signed.sealed_sha256 or "") == 64
    assert [s.role for s in signed.signatures] == [
        SignerRole.SOLICITANTE,
        SignerRole.CITADO,
        SignerRole.CONCILIADOR,
    ]
    with pytest.raises(InvalidTransition, match="ya fue firmada"):
        issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    with pytest.raises(InvalidTransition, match="firmada: no cambia"):
        sign_acta(world.db, world.officer, acta.acta_id, all_sign(), now=SIGNED_AT)
    ctx = agreement_context(world.db, world.officer, acta.hearing_id)
    with pytest.raises(InvalidTransition):
        update_agreement(world.db, world.officer, acta.agreement_id, complete_terms(ctx))
    # not even a direct write through the models gets past
    with pytest.raises(ImmutableRecord), world.db.write() as s:
        s.get(Acta, acta.acta_id).frozen_context = {"acta": {}}
    with pytest.raises(ImmutableRecord), world.db.write() as s:
        s.delete(s.scalar(select(ActaFile).where(ActaFile.acta_id == acta.acta_id)))
    with pytest.raises(ImmutableRecord), world.db.write() as s:
        s.get(Acta, acta.acta_id).number = 99
    assert get_acta(world.db, world.officer, acta.acta_id) == signed


def test_a_replacement_corrects_a_defect_and_marks_the_original(world: World) -> None:
    _, acta = concluded(world)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    sign_acta(world.db, world.officer, acta.acta_id, all_sign(), now=SIGNED_AT)
    with pytest.raises(ValidationFailed, match="al menos 10"):
        replace_acta(world.db, world.officer, acta.acta_id, "error")
    with pytest.raises(PermissionDenied):
        replace_acta(world.db, world.clerk, acta.acta_id, "El monto quedó mal escrito.")
    replacement = replace_acta(
        world.db, world.officer, acta.acta_id, "El día de pago acordado era el 20, no el 15."
    )
    assert (replacement.status, replacement.replaces_id) == (ActaStatus.BORRADOR, acta.acta_id)
    with pytest.raises(InvalidTransition, match="ya tiene un reemplazo"):
        replace_acta(world.db, world.officer, acta.acta_id, "Otro defecto distinto del primero.")
    # what was agreed can be corrected again, then the replacement is issued
    ctx = agreement_context(world.db, world.officer, acta.hearing_id)
    corrected = complete_terms(ctx).model_copy(update={"support": support(ctx, due_days=(20,))})
    update_agreement(world.db, world.officer, acta.agreement_id, corrected)
    issued = issue_acta(world.db, world.officer, replacement.acta_id, now=SIGNED_AT)
    assert issued.number == "MN-D2-2026-0002"
    original = get_acta(world.db, world.officer, acta.acta_id)
    assert original.replaced and original.replaced_by_id == replacement.acta_id
    assert original.status == ActaStatus.FIRMADA  # still readable, still signed
    old_text = _text(world, acta.acta_id)
    assert "ACTA REEMPLAZADA por el acta n.º MN-D2-2026-0002" in old_text
    assert "el día 15 de cada mes" in old_text
    new_text = _text(world, replacement.acta_id)
    assert "reemplaza y deja sin efecto el acta n.º MN-D2-2026-0001" in new_text
    assert "El día de pago acordado era el 20, no el 15." in new_text
    assert "el día 20 de cada mes" in new_text
    with pytest.raises(InvalidTransition, match="ya fue reemplazada"):
        replace_acta(world.db, world.officer, acta.acta_id, "Un tercer intento de reemplazo.")


def test_draft_acta_is_idempotent_and_listed(world: World) -> None:
    _, acta = concluded(world)
    again = draft_acta(world.db, world.officer, acta.agreement_id)
    assert again.acta_id == acta.acta_id
    listed = list_actas(world.db, world.officer)
    assert [s.acta_id for s in listed if s.agreement_id == acta.agreement_id] == [acta.acta_id]
    assert listed[0].claimant == "María Ruiz Pérez"


def test_monthly_support_in_the_acta_is_in_figures_and_words(world: World) -> None:
    _, acta = concluded(world, children=1)
    text = _text(world, acta.acta_id)
    # 25 % of a net income of C$24,715.00
    assert (
        "C$6,178.75 (seis mil ciento setenta y ocho córdobas con setenta y cinco centavos)" in text
    )
    assert "a los veintitrés días del mes de noviembre de dos mil veintiséis" in text
    assert "lunes, 23 de noviembre de 2026" in text


def test_colombias_copies_carry_their_legends(world: World) -> None:
    from tests.support.agreements import office_under

    office_id, officer, room = office_under(world, "CO")
    case = family_case(world, 1, office_id=office_id, actor=officer)
    hearing = held_hearing(world, case.id, officer=officer, room_id=room, supervisor=world.system)
    flow.conclude_hearing(
        world.db, officer, hearing.id, Outcome.FALTA_DE_ACUERDO, notes="No hubo acuerdo."
    )
    acta = acta_of_hearing(world.db, officer, hearing.id)
    issue_acta(world.db, officer, acta.acta_id, now=NOW)
    from conciliador.services.actas import acta_copies

    copies = acta_copies(world.db, officer, acta.acta_id)
    texts = [document_text(c.data) for c in copies]
    assert "Copia para el archivo de la entidad" in texts[0]  # the file's own copy first
    assert "Primera copia que presta mérito ejecutivo" in texts[1]
    assert "Copia para la parte citada" in texts[2]
    assert "Instituto Colombiano de Bienestar Familiar" in texts[0]
    assert "BOG-1-2026-0001" in texts[0]


def test_what_people_typed_comes_back_exactly_from_the_issued_acta(world: World) -> None:
    import datetime as _dt

    from conciliador.documents.xmltext import restore_controls
    from conciliador.domain.enums import IdType, Matter, Sex
    from conciliador.services.cases import CaseInput, register_case
    from conciliador.services.people import ChildInput, PersonInput
    from conciliador.services.safeguarding import screen_questions
    from tests.support.docx_text import paragraphs

    first = 'Ana <María> & "Chepita" O\'Neil 👩‍👧'
    last = "بن يوسف שָׁלוֹם Ruiz"
    address = "Km 5 carretera Norte,\nde la rotonda 2 c. al lago\t(casa «azul»)"
    account = ("Relato con <etiquetas> & símbolos {{ 7*7 }} {% if %} " * 100)[:5000]
    questions = screen_questions(world.db, world.officer, world.office_id).questions
    case = register_case(
        world.db,
        world.officer,
        CaseInput(
            office_id=world.office_id,
            claimant=PersonInput(
                first_names=first,
                last_names=last,
                id_type=IdType.PASAPORTE,
                id_number="X<1>&2",
                sex=Sex.FEMALE,
                birth_date=_dt.date(1990, 1, 1),
                nationality="hondureña",
                address=address,
                phone="+504 9999-0000",
                occupation="costurera",
            ),
            respondent=world.person("José", "López Díaz", sex=Sex.MALE),
            children=[
                ChildInput(
                    first_names="Lía 🌟",
                    last_names="Ruiz",
                    sex=Sex.FEMALE,
                    birth_date=_dt.date(2019, 3, 1),
                    birth_certificate="PN-<9>",
                )
            ],
            matters={Matter.ALIMENTOS},
            account=account,
            safeguarding={q.code: False for q in questions},
            requested_at=NOW - dt.timedelta(days=10),
        ),
    )
    hearing = held_hearing(world, case.id)
    flow.conclude_hearing(
        world.db, world.officer, hearing.id, Outcome.FALTA_DE_ACUERDO, notes="Sin acuerdo."
    )
    acta = acta_of_hearing(world.db, world.officer, hearing.id)
    issue_acta(world.db, world.officer, acta.acta_id, now=NOW)
    lines = [
        restore_controls(p)
        for p in paragraphs(acta_document(world.db, world.officer, acta.acta_id).data)
    ]
    assert f"{first} {last}" in lines
    assert address in lines
    assert "Pasaporte: X<1>&2" in lines
    assert f"Relato de la parte solicitante, en sus palabras: «{account}»" in lines
    assert "Lía 🌟 Ruiz" in lines and "PN-<9>" in lines
