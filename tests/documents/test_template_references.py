"""Every reference in a template is backed by data: for every acta template and outcome,
rendered with the least data that passes the findings, no sentence refers to something empty
(«en , », «por la causa que se expone» without the cause, empty quotes, «domicilio en ,»).

The least data: parties with a name and nothing else (no document, address, phone,
occupation, income or representative), the children with their names only, an office without address
or phone, no account of the request, no referrals, no citations; the officer with what the
findings require (post and legal capacity); the observations only where a finding requires
them (the cause of the four outcomes that state one).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from typing import Any

import pytest
from docx import Document

from conciliador.criteria import available_profiles, load_profile
from conciliador.documents.docx_engine import render
from conciliador.domain.actas import ACTA_TEMPLATES, FAILED_MEDIATION, SignatureMode, SignerRole
from conciliador.domain.agreement_terms import Party
from conciliador.domain.enums import HearingMode, IdType, Outcome, Sex
from conciliador.services.actas.catalog import SAMPLE_MOMENT, load_template
from conciliador.services.actas.context import acta_context
from conciliador.services.actas.facts import (
    ActaFacts,
    ChildFacts,
    OfficerFacts,
    PartyFacts,
    PersonFacts,
)
from conciliador.services.actas.letters import (
    CitationDoc,
    OfficeFacts,
    ReferralDoc,
    citation_context,
    referral_context,
)
from conciliador.services.actas.overlay import SignatureLine, overlay
from conciliador.services.actas.samples import sample_facts
from conciliador.services.actas.sheet import sheet_context
from conciliador.services.agreements.checks import CAUSE_OUTCOMES, check
from conciliador.services.agreements.context import (
    AgreementContext,
    ChildInfo,
    OfficerInfo,
    PartyInfo,
    SafeguardingInfo,
)
from conciliador.services.agreements.terms import AgreementTerms
from tests.support.docx_text import paragraphs

NO_SHOWS = (
    Outcome.INASISTENCIA_CITADO,
    Outcome.INASISTENCIA_SOLICITANTE,
    Outcome.INASISTENCIA_AMBAS,
)
#: Closed before any hearing was held: the acta has no hearing.
UNHELD = (Outcome.DOMICILIO_DESCONOCIDO,)
CAUSE = "La parte se retiró de la sala antes de concluir."

#: A reference left empty shows as a word or mark followed by punctuation with nothing
#: between: «domicilio en , quien», «las  del», «causa: .», ««»», «()».
EMPTY = [
    (
        re.compile(r"\b(en|de|del|por|para|las|los|el|la|al|con|y|a|ante)\s+[,.;:)]"),
        "palabra sin dato",
    ),
    (re.compile(r"\s[,.;:]"), "espacio antes de puntuación"),
    (re.compile(r"«\s*»|“\s*”|\"\s*\"|\(\s*\)"), "comillas o paréntesis vacíos"),
    (re.compile(r"\S {2,}\S"), "dos espacios (un dato vacío en medio)"),
    (re.compile(r"^[^•.:]{1,60}:\s*$"), "rótulo sin valor"),
    (re.compile(r"(?<!^Atentamente)[,;]\s*$"), "frase que termina en coma"),
]
#: A sentence that announces what follows: the next line must say it («Causa: …»).
ANNOUNCES = re.compile(r"a continuación\.$")
STATED = re.compile(r"^[^:]{1,60}: \S")
#: A numbered section's heading («IV. CITACIONES»): something must follow it.
HEADING = re.compile(r"^[IVX]+\. [A-ZÁÉÍÓÚÑ ,]+$")


def _bare(name: str) -> PersonFacts:
    return PersonFacts(full_name=name, id_type=IdType.SIN_DOCUMENTO, id_number="")


def minimal_facts(outcome: Outcome, profile_code: str = "NI") -> ActaFacts:
    """The acta of ``outcome`` with the least data the findings let through."""
    full = sample_facts(outcome, profile_code=profile_code, replaced=False)
    hearing = full.hearing
    if outcome in UNHELD:
        hearing = None
    return dataclasses.replace(
        full,
        office_address="",
        office_phone="",
        account="",
        claimant=PartyFacts(_bare("María Ruiz"), None, full.claimant.attended),
        respondent=PartyFacts(_bare("José López"), None, full.respondent.attended),
        # the agreement's clauses name the case's children: keep them, with names only
        children=tuple(ChildFacts(c.uid, c.full_name, None, "") for c in full.children),
        officer=OfficerFacts("Ana Martínez", "", "Conciliadora", "Acuerdo ministerial 12-2026"),
        hearing=hearing,
        notes=CAUSE if outcome in CAUSE_OUTCOMES else "",
        citations=(),
        referrals=(),
        agreement=full.agreement,
    )


def _ctx(facts: ActaFacts) -> AgreementContext:
    return AgreementContext(
        profile=facts.profile,
        office_id=1,
        office_name=facts.office_name,
        office_municipality=facts.place,
        case_id=1,
        case_number=facts.case_number,
        matters=facts.matters,
        claimant=PartyInfo(
            Party.SOLICITANTE, facts.claimant.person.full_name, Sex.FEMALE, None, ""
        ),
        respondent=PartyInfo(Party.CITADO, facts.respondent.person.full_name, Sex.MALE, None, ""),
        children=tuple(ChildInfo(c.uid, c.full_name, c.birth_date) for c in facts.children),
        hearing_id=1 if facts.hearing else None,
        hearing_date=facts.hearing.held_from.date() if facts.hearing else None,
        officer=OfficerInfo("Ana Martínez", "Conciliadora", "Acuerdo ministerial 12-2026"),
        safeguarding=SafeguardingInfo(False, (), (), ()),
        hearing_held=facts.hearing is not None and outcome_held(facts.outcome),
        started_at=facts.hearing.started_at if facts.hearing else None,
        concluded_at=facts.hearing.concluded_at if facts.hearing else None,
    )


def outcome_held(outcome: Outcome) -> bool:
    return outcome not in NO_SHOWS and outcome not in UNHELD


def _signed(facts: ActaFacts, *, later: bool) -> list[SignatureLine]:
    """Everyone signs, a witness signing for one who cannot: on the day, or two days later."""
    base = facts.hearing.held_from if facts.hearing else facts.closed_at
    assert base is not None
    moment = base + dt.timedelta(days=2 if later else 0, hours=1)
    claimant, respondent = facts.claimant.person.full_name, facts.respondent.person.full_name
    return [
        SignatureLine(
            SignerRole.SOLICITANTE,
            claimant,
            "sin documento de identidad",
            SignatureMode.FIRMA,
            moment,
        ),
        SignatureLine(
            SignerRole.CITADO,
            respondent,
            "sin documento de identidad",
            SignatureMode.HUELLA_TESTIGO,
            moment,
            witness_name="Pedro Ruiz",
            witness_id_text="cédula n.º 001-020280-0009Z",
        ),
        SignatureLine(SignerRole.CONCILIADOR, "Ana Martínez", "", SignatureMode.FIRMA, moment),
    ]


def _blank(facts: ActaFacts) -> list[SignatureLine]:
    return [
        SignatureLine(SignerRole.SOLICITANTE, facts.claimant.person.full_name, ""),
        SignatureLine(SignerRole.CITADO, facts.respondent.person.full_name, ""),
        SignatureLine(SignerRole.CONCILIADOR, "Ana Martínez", ""),
    ]


def _values(facts: ActaFacts, lines: list[SignatureLine]) -> dict[str, Any]:
    values = acta_context(facts, generated_at=SAMPLE_MOMENT)
    values |= overlay(
        legend="Original para el expediente",
        recipient="expediente",
        lines=lines,
        zone=facts.zone,
        locale=facts.locale,
        held_on=values["audiencia"]["dia"],
    )
    values["hoja"] = sheet_context(facts)
    return values


def empty_references(data: bytes, *, signature_table: bool) -> list[str]:
    """Each sentence (and label cell) that refers to something empty, with why."""
    found = []
    lines = [text.strip() for text in paragraphs(data) if text.strip()]
    for index, line in enumerate(lines):
        for pattern, why in EMPTY:
            if pattern.search(line):
                found.append(f"{why}: «{line}»")
        if HEADING.match(line):
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if not following or HEADING.match(following):
                found.append(f"sección vacía: «{line}»")
        if ANNOUNCES.search(line):
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if not STATED.match(following):
                found.append(f"anuncia lo que no sigue: «{line}»")
    tables = Document(io.BytesIO(data)).tables
    for table in tables[:-1] if signature_table else tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            if any(cells) and not all(cells):
                found.append(f"celda vacía en la fila: «{' | '.join(cells)}»")
    return found


CASES = [(outcome, later) for outcome in ACTA_TEMPLATES for later in (False, True)]


@pytest.mark.parametrize(
    ("outcome", "later"),
    CASES,
    ids=[f"{o.value}-{'firmada-despues' if later else 'mismo-dia'}" for o, later in CASES],
)
def test_no_sentence_refers_to_something_empty(outcome: Outcome, later: bool) -> None:
    facts = minimal_facts(outcome)
    terms = facts.agreement.terms if facts.agreement else AgreementTerms()
    pending = facts.agreement.pending if facts.agreement else ()
    findings = check(_ctx(facts), outcome, pending, terms, "", None, notes=facts.notes)
    assert not [f for f in findings if f.is_error], findings  # the least data that passes
    for lines in (_blank(facts), _signed(facts, later=later)):
        values = _values(facts, lines)
        acta = render(load_template(ACTA_TEMPLATES[outcome]), values)
        assert empty_references(acta, signature_table=True) == []
        sheet = render(load_template("hoja_explicativa"), values)
        assert empty_references(sheet, signature_table=False) == []


#: The outcomes whose acta is a profile's own template (Chile: the acta of a failed mediation).
OWN_CASES = [
    (code, outcome, later)
    for code in available_profiles()
    for outcome, name in load_profile(code).actas.templates.items()
    if name != ACTA_TEMPLATES[outcome]
    for later in (False, True)
]


@pytest.mark.parametrize(
    ("code", "outcome", "later"),
    OWN_CASES,
    ids=[
        f"{c}-{o.value}-{'firmada-despues' if later else 'mismo-dia'}" for c, o, later in OWN_CASES
    ],
)
def test_a_profiles_own_acta_refers_to_nothing_empty(
    code: str, outcome: Outcome, later: bool
) -> None:
    facts = minimal_facts(outcome, code)
    findings = check(_ctx(facts), outcome, (), AgreementTerms(), "", None, notes=facts.notes)
    assert not [f for f in findings if f.is_error], findings  # the least data that passes
    template = load_template(facts.profile.actas.template(outcome))
    assert template.name == FAILED_MEDIATION
    for lines in (_blank(facts), _signed(facts, later=later)):
        acta = render(template, _values(facts, lines))
        assert empty_references(acta, signature_table=True) == []


def test_chile_has_its_own_acta_for_a_failed_mediation() -> None:
    assert {o for c, o, _ in OWN_CASES if c == "CL"} == {
        Outcome.FALTA_DE_ACUERDO,
        *NO_SHOWS,
    }


@pytest.mark.parametrize("outcome", sorted(CAUSE_OUTCOMES, key=lambda o: o.value))
def test_the_cause_is_required_where_the_acta_states_it(outcome: Outcome) -> None:
    """Without the cause the findings block the issue: the sweep's data is the least."""
    facts = dataclasses.replace(minimal_facts(outcome), notes="")
    findings = check(_ctx(facts), outcome, (), AgreementTerms(), "", None, notes=facts.notes)
    assert [str(f.field) for f in findings if f.is_error] == ["Observaciones"]
    values = _values(facts, _blank(facts))
    text = "\n".join(paragraphs(render(load_template(ACTA_TEMPLATES[outcome]), values)))
    assert "que se expone" not in text and "que consta en las observaciones" not in text


def test_the_sweep_finds_a_sentence_about_an_empty_address() -> None:
    """The checker itself: the old referral sentence with no address is caught."""
    doc = Document()
    doc.add_paragraph("Les remitimos a María Ruiz, con domicilio en , quien acudió a la oficina.")
    doc.add_paragraph("Concluye sin acuerdo, por la causa que se expone a continuación.")
    doc.add_paragraph("Causa: ")
    out = io.BytesIO()
    doc.save(out)
    found = empty_references(out.getvalue(), signature_table=False)
    assert len(found) >= 2, found


def _office(facts: ActaFacts) -> OfficeFacts:
    return OfficeFacts(facts.profile, facts.office_name, facts.office_code, "", "", facts.place)


@pytest.mark.parametrize("last", [False, True], ids=["primera", "segunda"])
@pytest.mark.parametrize("side", ["solicitante", "citado"])
@pytest.mark.parametrize("mode", [HearingMode.PRESENCIAL, HearingMode.TELEFONO])
def test_no_citation_refers_to_something_empty(last: bool, side: str, mode: HearingMode) -> None:
    facts = minimal_facts(Outcome.ACUERDO_TOTAL)
    assert facts.hearing is not None
    parties = (facts.claimant.person, facts.respondent.person)
    recipient, other = parties if side == "solicitante" else parties[::-1]
    values = citation_context(
        CitationDoc(
            office=_office(facts),
            case_number=facts.case_number,
            matters=facts.matters,
            children=facts.children,
            recipient=recipient,
            recipient_side=side,
            other=other,
            starts_at=facts.hearing.starts_at,
            mode=mode,
            room="" if mode != HearingMode.PRESENCIAL else "Sala 1",
            officer_name="Ana Martínez",
            officer_post="Conciliadora",
            citation_round=2 if last else 1,
            issued_on=dt.date(2026, 11, 13),
        )
    )
    name = "citacion_segunda" if last else "citacion_primera"
    # the delivery record is a form filled in by hand: its cells are blank on purpose
    found = empty_references(render(load_template(name), values), signature_table=True)
    assert found == []


def test_no_referral_letter_refers_to_something_empty() -> None:
    facts = minimal_facts(Outcome.NO_CONCILIABLE)
    values = referral_context(
        ReferralDoc(
            office=_office(facts),
            case_number=facts.case_number,
            request_date=facts.request_date,
            matters=facts.matters,
            children=facts.children,
            claimant=facts.claimant.person,
            respondent=facts.respondent.person,
            institution="Comisaría de la Mujer y la Niñez de la Policía Nacional",
            referred_on=dt.date(2026, 11, 13),
            notes="",
            signs=("¿Hay amenazas de la otra parte?",),
            responsible="Ana Martínez",
            responsible_post="Conciliadora",
        )
    )
    found = empty_references(
        render(load_template("carta_derivacion"), values), signature_table=False
    )
    assert found == []
