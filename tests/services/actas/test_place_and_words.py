"""The acta's place and words come from recorded data: the office's municipality (never a
guess from its name), the article stored with the office's name, the person's and the
officer's recorded sex."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from conciliador.domain.enums import Outcome, Role, Sex
from conciliador.models import Citation, Office
from conciliador.services import offices
from conciliador.services.accounts import update_account
from conciliador.services.actas import acta_document, issue_acta
from conciliador.services.actas.citations import render_citation
from conciliador.services.errors import ValidationFailed
from conciliador.services.fields import ActaFields, OfficeFields
from tests.support.actas import concluded
from tests.support.docx_text import document_text
from tests.support.world import NOW, World


def _text(world: World, acta_id: int) -> str:
    return document_text(acta_document(world.db, world.officer, acta_id).data)


def test_the_acta_is_dated_in_the_recorded_municipality_not_a_word_of_the_name(
    sqlite_world: World,
) -> None:
    w = sqlite_world
    with w.db.write() as session:
        office = session.get(Office, w.office_id)
        assert office is not None
        office.name = "Delegación Municipal de San Juan de Oriente"
    offices.set_office_place(
        w.db,
        w.admin,
        w.office_id,
        department="Masaya",
        municipality="San Juan de Oriente",
        name_article="la",
    )
    _, acta = concluded(w, Outcome.FALTA_DE_ACUERDO)
    text = _text(w, acta.acta_id)
    assert "En San Juan de Oriente, " in text
    assert "En Oriente," not in text


def test_an_office_without_a_municipality_cannot_issue_and_is_told_which_field(
    sqlite_world: World,
) -> None:
    w = sqlite_world
    _, acta = concluded(w, Outcome.FALTA_DE_ACUERDO)
    with w.db.write() as session:  # an office created before offices recorded their place
        office = session.get(Office, w.office_id)
        assert office is not None
        office.department, office.municipality = "", ""
    with pytest.raises(ValidationFailed) as err:
        issue_acta(w.db, w.officer, acta.acta_id, now=NOW)
    [problem] = [p for p in err.value.problems if p.field == ActaFields.OFFICE_PLACE]
    assert "no consta el municipio" in problem.message
    offices.set_office_place(
        w.db, w.admin, w.office_id, department="Managua", municipality="Tipitapa", name_article="la"
    )
    issued = issue_acta(w.db, w.officer, acta.acta_id, now=NOW)
    assert issued.number is not None
    assert "En Tipitapa, " in _text(w, acta.acta_id)


def test_a_place_outside_the_country_list_is_refused_naming_the_field(
    sqlite_world: World,
) -> None:
    w = sqlite_world
    with pytest.raises(ValidationFailed) as err:
        offices.set_office_place(
            w.db,
            w.admin,
            w.office_id,
            department="Managua",
            municipality="Oriente",
            name_article="la",
        )
    assert [(p.field, p.message) for p in err.value.problems] == [
        (OfficeFields.MUNICIPALITY, "«Oriente» no es un municipio de Managua")
    ]
    with pytest.raises(ValidationFailed) as err:
        offices.set_office_place(
            w.db,
            w.admin,
            w.office_id,
            department="Managua",
            municipality="Managua",
            name_article="lo",
        )
    assert err.value.problems[0].field == OfficeFields.ARTICLE


@pytest.mark.parametrize(
    ("sex", "title"),
    [(Sex.FEMALE, "Conciliadora"), (Sex.MALE, "Conciliador"), (Sex.UNSPECIFIED, "Conciliador/a")],
)
def test_the_signature_line_gives_the_officer_their_own_title(
    sqlite_world: World, sex: Sex, title: str
) -> None:
    w = sqlite_world
    assert w.officer.user_id is not None
    update_account(
        w.db,
        w.admin,
        w.officer.user_id,
        full_name="Ana Martínez",
        role=Role.CONCILIADOR,
        post="Conciliadora de familia",
        legal_capacity="Acuerdo Ministerial n.º 12-2026",
        sex=sex,
    )
    _, acta = concluded(w, Outcome.FALTA_DE_ACUERDO)
    lines = _text(w, acta.acta_id).splitlines()
    assert title in lines
    others = {"Conciliadora", "Conciliador", "Conciliador/a"} - {title}
    assert not others & set(lines)


def test_the_citation_greets_each_person_by_their_recorded_sex(sqlite_world: World) -> None:
    w = sqlite_world
    hearing, _ = concluded(w, Outcome.FALTA_DE_ACUERDO)
    with w.db.read() as session:
        citations = session.scalars(
            select(Citation).where(Citation.hearing_id == hearing.id).order_by(Citation.party)
        ).all()
        texts = {c.party: document_text(render_citation(session, c)) for c in citations}
        names = {c.party: c.person.full_name for c in citations}
        sexes = {c.party: c.person.sex for c in citations}
    for party, text in texts.items():
        expected = "Señora" if sexes[party] == Sex.FEMALE else "Señor"
        assert f"{expected} {names[party]}" in text.splitlines()
    assert "Señor/a" not in "".join(texts.values())


@pytest.mark.parametrize(
    ("address", "phone", "expected"),
    [
        ("", "8888-0000", ", cédula de identidad n.º 001-010190-0001A, con teléfono 8888-0000, "),
        ("", "", ", cédula de identidad n.º 001-010190-0001A, quien acudió a la "),
        ("Barrio Riguero", "", ", con domicilio en Barrio Riguero, quien acudió a la "),
    ],
)
def test_the_referral_letter_says_only_the_address_and_phone_it_has(
    address: str, phone: str, expected: str
) -> None:
    from conciliador.documents.docx_engine import render
    from conciliador.services.actas.catalog import load_template, sample_context

    context = sample_context("carta_derivacion")
    context["solicitante"].update(direccion=address, telefono=phone)
    text = document_text(render(load_template("carta_derivacion"), context))
    [line] = [t for t in text.splitlines() if "les remitimos" in t]
    assert expected in line
    assert "domicilio en ," not in line and "domicilio en  " not in line
