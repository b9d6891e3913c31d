"""Citations (first, and second-and-last with its warning) and the referral letter of the
safeguarding route, as documents."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.documents.docx_engine import render
from conciliador.domain.actas import CITATION_FIRST, CITATION_LAST, REFERRAL_LETTER
from conciliador.domain.agreement_terms import Party
from conciliador.domain.enums import Sex
from conciliador.domain.hearing_states import PENDING
from conciliador.models import Case, Citation, Hearing, Office, Referral, User
from conciliador.services.actas.facts import ChildFacts, PersonFacts
from conciliador.services.actas.letters import (
    CitationDoc,
    OfficeFacts,
    ReferralDoc,
    citation_context,
    referral_context,
)
from conciliador.services.actas.published import template_for
from conciliador.services.actas.rendering import DOCX, PDF, Document, to_pdf
from conciliador.services.actor import Actor
from conciliador.services.errors import NotFound
from conciliador.services.offices import profile_of
from conciliador.services.permissions import Permission, require
from conciliador.services.sensitive import require_full_view


def office_facts(office: Office) -> OfficeFacts:
    return OfficeFacts(
        profile_of(office),
        office.name,
        office.code,
        office.address,
        office.phone,
        office.municipality,
        office.name_article,
        office.issuing_institution,
    )


def _children(case: Case) -> tuple[ChildFacts, ...]:
    return tuple(
        ChildFacts(c.uid, c.full_name, c.birth_date, c.birth_certificate or "")
        for c in case.children
    )


def citation_doc(session: Session, citation: Citation) -> CitationDoc:
    hearing = citation.hearing
    case = hearing.case
    office = session.get(Office, case.office_id)
    assert office is not None
    officer = session.get(User, hearing.officer_id)
    claimant = citation.party == Party.SOLICITANTE
    other = case.respondent if claimant else case.claimant
    profile = profile_of(office)
    return CitationDoc(
        office=office_facts(office),
        case_number=case.number_text(office.code),
        matters=tuple(case.matters),
        children=_children(case),
        recipient=PersonFacts.of(citation.person),
        recipient_side=Party(citation.party),
        other=PersonFacts.of(other),
        starts_at=hearing.starts_at,
        mode=hearing.mode,
        room=hearing.room.name if hearing.room else "",
        officer_name=officer.full_name if officer else "",
        officer_post=officer.post if officer else "",
        officer_sex=officer.sex if officer else Sex.UNSPECIFIED,
        citation_round=hearing.citation_round,
        issued_on=citation.issued_at.astimezone(profile.regional.zone).date(),
    )


def citation_stem(session: Session, citation: Citation) -> str:
    case = citation.hearing.case
    office = session.get(Office, case.office_id)
    assert office is not None
    return (
        f"citacion-{case.number_text(office.code)}-{citation.hearing.citation_round}-"
        f"{citation.party}"
    )


def render_citation(session: Session, citation: Citation) -> bytes:
    doc = citation_doc(session, citation)
    name = CITATION_LAST if doc.is_last else CITATION_FIRST
    return render(template_for(session, doc.office.profile.code, name), citation_context(doc))


def citation_document(
    db: Database, actor: Actor, citation_id: int, *, pdf: bool = False
) -> Document:
    """One party's citation to one hearing (the second and last one carries its warning)."""
    with db.read() as session:
        citation = session.get(Citation, citation_id)
        if citation is None:
            raise NotFound(f"No existe la citación n.º {citation_id}.")
        actor = require(session, actor, Permission.PRINT_DOCUMENTS, citation.hearing.office_id)
        stem = citation_stem(session, citation)
        docx = render_citation(session, citation)
    if not pdf:
        return Document(f"{stem}.docx", docx, DOCX)
    [data] = to_pdf([(stem, docx)])
    return Document(f"{stem}.pdf", data, PDF)


def day_citation_ids(
    session: Session, office_id: int, day: dt.date, *, by_hearing_day: bool = False
) -> list[int]:
    """The citations to print for ``day`` (office calendar): those issued that day for
    hearings still to be held, or (``by_hearing_day``) those of the hearings held that day."""
    office = session.get(Office, office_id)
    if office is None:
        raise NotFound(f"No existe la oficina n.º {office_id}.")
    zone = profile_of(office).regional.zone
    start = dt.datetime.combine(day, dt.time(0), tzinfo=zone)
    end = start + dt.timedelta(days=1)
    column = Hearing.starts_at if by_hearing_day else Citation.issued_at
    stmt = (
        select(Citation.id)
        .join(Hearing, Hearing.id == Citation.hearing_id)
        .where(Hearing.office_id == office_id, column >= start, column < end)
        .order_by(Hearing.starts_at, Citation.id)
    )
    if not by_hearing_day:
        stmt = stmt.where(Hearing.status.in_(PENDING))
    return list(session.scalars(stmt))


def referral_letter(db: Database, actor: Actor, referral_id: int, *, pdf: bool = False) -> Document:
    """The letter that goes with a case referred along the route of care."""
    with db.read() as session:
        referral = session.get(Referral, referral_id)
        if referral is None:
            raise NotFound(f"No existe la derivación n.º {referral_id}.")
        case = referral.case
        actor = require(session, actor, Permission.PRINT_DOCUMENTS, case.office_id)
        # It names the signs of violence: printed by whoever may read them.
        require_full_view(session, actor, case, "imprimir la carta de derivación")
        office = session.get(Office, case.office_id)
        assert office is not None
        profile = profile_of(office)
        zone = profile.regional.zone
        who = session.get(User, referral.referred_by_id) if referral.referred_by_id else None
        signs = tuple(
            q.text
            for q in profile.safeguarding.questions
            if q.flags_violence and case.safeguarding_answers.get(q.code)
        )
        doc = ReferralDoc(
            office=office_facts(office),
            case_number=case.number_text(office.code),
            request_date=case.request_date,
            matters=tuple(case.matters),
            children=_children(case),
            claimant=PersonFacts.of(case.claimant),
            respondent=PersonFacts.of(case.respondent),
            institution=referral.institution_name,
            referred_on=referral.referred_at.astimezone(zone).date(),
            notes=referral.notes,
            signs=signs,
            responsible=who.full_name if who else "",
            responsible_post=who.post if who else "",
        )
        stem = f"derivacion-{case.number_text(office.code)}-{referral.id}"
        template = template_for(session, office.profile_code, REFERRAL_LETTER)
    docx = render(template, referral_context(doc))
    if not pdf:
        return Document(f"{stem}.docx", docx, DOCX)
    [data] = to_pdf([(stem, docx)])
    return Document(f"{stem}.pdf", data, PDF)
