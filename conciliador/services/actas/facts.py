"""Everything an acta says, gathered once as plain values (no database objects).

``gather`` reads them from the database inside a unit of work; tests and the template
checker build them by hand. ``context.acta_context`` turns them into the template's values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.criteria import Profile
from conciliador.criteria.schema import Institution
from conciliador.domain.actas import ActaStatus
from conciliador.domain.agreement_terms import Party
from conciliador.domain.enums import (
    CitationMethod,
    HearingMode,
    IdType,
    Matter,
    OfficeLevel,
    Outcome,
    Sex,
)
from conciliador.domain.moments import outcome_moment
from conciliador.domain.record_numbers import NumberKind, number_text
from conciliador.models import Agreement, Case, Citation, Hearing, Office, Person, Referral, User
from conciliador.services.agreements.guideline import GuidelineWorking
from conciliador.services.agreements.service import agreement_view
from conciliador.services.agreements.terms import AgreementTerms
from conciliador.services.agreements.wording import ClauseText
from conciliador.services.criteria_versions import profile_in_force


@dataclass(frozen=True)
class PersonFacts:
    full_name: str
    id_type: IdType
    id_number: str
    sex: Sex = Sex.UNSPECIFIED
    nationality: str = ""
    address: str = ""
    phone: str = ""
    occupation: str = ""
    employer: str = ""
    monthly_income: Decimal | None = None
    birth_date: dt.date | None = None

    @classmethod
    def of(cls, p: Person) -> PersonFacts:
        return cls(
            full_name=p.full_name,
            id_type=p.id_type,
            id_number=p.id_number or "",
            sex=p.sex,
            nationality=p.nationality,
            address=p.address,
            phone=p.phone,
            occupation=p.occupation,
            employer=p.employer,
            monthly_income=p.monthly_income,
            birth_date=p.birth_date,
        )


@dataclass(frozen=True)
class PartyFacts:
    person: PersonFacts
    representative: PersonFacts | None = None
    #: Whether the party came to the hearing (None when no hearing was held).
    attended: bool | None = None


@dataclass(frozen=True)
class ChildFacts:
    uid: str
    full_name: str
    birth_date: dt.date | None
    birth_certificate: str


@dataclass(frozen=True)
class OfficerFacts:
    name: str
    id_number: str
    post: str
    legal_capacity: str
    #: For the title the documents give the officer (Conciliadora, Conciliador).
    sex: Sex = Sex.UNSPECIFIED
    #: The officer's registry number (printed where the profile asks for it: Peru).
    registry_number: str = ""


@dataclass(frozen=True)
class HearingFacts:
    #: Aware instants (shown in the office's time zone): the booked slot …
    starts_at: dt.datetime
    ends_at: dt.datetime
    session_number: int
    citation_round: int
    mode: HearingMode
    room: str
    status_reason: str = ""
    #: … and the hearing's own record: when it really started and ended (None when it was
    #: not held, or not recorded), and why it started early or without its citations.
    started_at: dt.datetime | None = None
    concluded_at: dt.datetime | None = None
    start_reason: str = ""

    @property
    def held_from(self) -> dt.datetime:
        """The instant the acta dates the hearing by: its real start, else its booked time."""
        moment: dt.datetime = outcome_moment(self.started_at, self.starts_at, None)
        return moment


@dataclass(frozen=True)
class CitationFacts:
    party: Party
    person: str
    number: int
    hearing_starts_at: dt.datetime
    delivered_at: dt.datetime | None
    method: CitationMethod | None
    delivered_by: str


@dataclass(frozen=True)
class AgreementFacts:
    terms: AgreementTerms
    clauses: tuple[ClauseText, ...]
    guideline: GuidelineWorking | None
    pending: tuple[Matter, ...]
    departure_reason: str
    #: The support's monthly total (what the reports add up), None without support.
    monthly_support: Decimal | None = None


@dataclass(frozen=True)
class ReplacedFacts:
    """The acta a replacement corrects."""

    number: str
    issued_on: dt.date | None
    reason: str


@dataclass(frozen=True)
class ActaFacts:
    profile: Profile
    office_name: str
    office_code: str
    office_address: str
    office_phone: str
    office_level: OfficeLevel
    #: The place an acta names: the office's recorded municipality («En Tipitapa, …»); empty
    #: while the office has none (issuing is then blocked, naming the field).
    place: str
    case_number: str
    request_date: dt.date
    matters: tuple[Matter, ...]
    account: str
    claimant: PartyFacts
    respondent: PartyFacts
    children: tuple[ChildFacts, ...]
    officer: OfficerFacts | None
    hearing: HearingFacts | None
    closed_at: dt.datetime | None
    outcome: Outcome
    notes: str
    agreement: AgreementFacts | None
    citations: tuple[CitationFacts, ...] = ()
    referrals: tuple[str, ...] = ()
    #: The acta's own state: its number once issued, when, and what it replaces.
    status: ActaStatus = ActaStatus.BORRADOR
    number: str | None = None
    issued_at: dt.datetime | None = None
    replaces: ReplacedFacts | None = None

    @property
    def moment(self) -> dt.datetime | None:
        """When the outcome happened (``domain/moments``): the hearing's real or booked start,
        else the case's closure."""
        h = self.hearing
        moment: dt.datetime | None = outcome_moment(
            h.started_at if h else None, h.starts_at if h else None, self.closed_at
        )
        return moment

    extra: dict[str, str] = field(default_factory=dict)
    #: The article of the office's name in a sentence («la», «el», or none).
    office_article: str = ""
    #: Which institution of the profile the office issues as (``Office.issuing_institution``).
    institution_code: str = ""

    @property
    def institution(self) -> Institution:
        return self.profile.institution_for(self.institution_code)

    @property
    def zone(self) -> dt.tzinfo:
        return self.profile.regional.zone

    @property
    def locale(self) -> str:
        return self.profile.regional.locale


def acta_number_text(office_code: str, year: int, number: int) -> str:
    """«MN-D2-2026-0012»: office, year and correlative, as printed on the acta."""
    return number_text(NumberKind.ACTA, office_code, year, number)


def with_article(article: str, name: str) -> str:
    """«la Delegación …», «el Centro …»: an office's name inside a sentence, with the article
    recorded for it (``Office.name_article``; empty for a name that takes none)."""
    return f"{article} {name}" if article else name


def of_office(article: str, name: str) -> str:
    """«de la Delegación …», «del Centro …», «de Bienestar …»: whose something is."""
    if article == "el":
        return f"del {name}"
    return f"de {with_article(article, name)}"


def to_office(article: str, name: str) -> str:
    """«a la Delegación …», «al Centro …»: where someone goes («Acuda …», «acudió …»)."""
    if article == "el":
        return f"al {name}"
    return f"a {with_article(article, name)}"


def held_on(office: Office, hearing: Hearing | None) -> dt.date | None:
    """The office's local day of the hearing (its record's start, else the booked one)."""
    if hearing is None:
        return None
    moment = hearing.started_at or hearing.starts_at
    return moment.astimezone(ZoneInfo(office.timezone)).date()


def gather(
    session: Session,
    agreement: Agreement,
    *,
    status: ActaStatus = ActaStatus.BORRADOR,
    number: str | None = None,
    issued_at: dt.datetime | None = None,
    replaces: ReplacedFacts | None = None,
) -> ActaFacts:
    """Everything the acta of ``agreement`` (the outcome record) says, from the database."""
    case = session.get(Case, agreement.case_id)
    assert case is not None
    office = session.get(Office, case.office_id)
    assert office is not None
    hearing = session.get(Hearing, agreement.hearing_id) if agreement.hearing_id else None
    profile = profile_in_force(session, office.profile_code, held_on(office, hearing))
    officer_id = hearing.officer_id if hearing else agreement.created_by_id
    officer = session.get(User, officer_id) if officer_id else None
    view = agreement_view(session, agreement.id)
    absent = hearing.absence.value if hearing is not None and hearing.absence else None
    held = hearing is not None and hearing.status.value in ("concluida", "inasistencia")

    def attended(side: Party) -> bool | None:
        if not held:
            return None
        return absent not in (side, "ambas")

    citations = session.scalars(
        select(Citation)
        .join(Hearing, Hearing.id == Citation.hearing_id)
        .where(Hearing.case_id == case.id)
        .order_by(Citation.number, Citation.id)
    ).all()
    referrals = session.scalars(
        select(Referral.institution_name).where(Referral.case_id == case.id).order_by(Referral.id)
    ).all()
    agreement_facts = None
    if view.clauses or view.terms.support or view.pending_matters:
        agreement_facts = AgreementFacts(
            terms=view.terms,
            clauses=view.clauses,
            guideline=view.guideline,
            pending=view.pending_matters,
            departure_reason=view.departure_reason,
            monthly_support=view.monthly_support,
        )
    return ActaFacts(
        profile=profile,
        office_name=office.name,
        office_code=office.code,
        office_address=office.address,
        office_phone=office.phone,
        office_level=office.level,
        place=office.municipality,
        office_article=office.name_article,
        institution_code=office.issuing_institution,
        case_number=case.number_text(office.code),
        request_date=case.request_date,
        matters=tuple(case.matters),
        account=case.account,
        claimant=PartyFacts(
            PersonFacts.of(case.claimant),
            PersonFacts.of(case.claimant_representative) if case.claimant_representative else None,
            attended(Party.SOLICITANTE),
        ),
        respondent=PartyFacts(
            PersonFacts.of(case.respondent),
            PersonFacts.of(case.respondent_representative)
            if case.respondent_representative
            else None,
            attended(Party.CITADO),
        ),
        children=tuple(
            ChildFacts(c.uid, c.full_name, c.birth_date, c.birth_certificate or "")
            for c in case.children
        ),
        officer=(
            OfficerFacts(
                officer.full_name,
                officer.id_number,
                officer.post,
                officer.legal_capacity,
                officer.sex,
                officer.registry_number,
            )
            if officer
            else None
        ),
        hearing=(
            HearingFacts(
                starts_at=hearing.starts_at,
                ends_at=hearing.ends_at,
                session_number=hearing.session_number,
                citation_round=hearing.citation_round,
                mode=hearing.mode,
                room=hearing.room.name if hearing.room else "",
                status_reason=hearing.status_reason,
                started_at=hearing.started_at,
                concluded_at=hearing.concluded_at,
                start_reason=hearing.start_reason,
            )
            if hearing is not None and held
            else None
        ),
        closed_at=case.closed_at,
        outcome=agreement.outcome,
        notes=agreement.notes,
        agreement=agreement_facts,
        citations=tuple(
            CitationFacts(
                party=Party(c.party),
                person=c.person.full_name,
                number=c.number,
                hearing_starts_at=c.hearing.starts_at,
                delivered_at=c.delivered_at,
                method=c.method,
                delivered_by=c.delivered_by,
            )
            for c in citations
        ),
        referrals=tuple(referrals),
        status=status,
        number=number,
        issued_at=issued_at,
        replaces=replaces,
    )
