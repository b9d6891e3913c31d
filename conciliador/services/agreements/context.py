"""Everything an agreement is judged against, read once: the office's profile, the parties,
the children, the hearing's date, the officer's capacity and the safeguarding screen.

The desktop editor loads it when the agreement tab opens (``agreement_context``) and then
evaluates drafts against it as the officer types, without touching the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.criteria import Profile
from conciliador.domain.agreement_terms import Party
from conciliador.domain.enums import HearingStatus, Matter, OverrideKind, Sex
from conciliador.models import Case, Hearing, Office, Override, Person, Referral, User
from conciliador.services.criteria_versions import profile_in_force
from conciliador.services.office_words import OfficeWords, words_of


@dataclass(frozen=True)
class PartyInfo:
    side: Party
    full_name: str
    sex: Sex
    monthly_income: Decimal | None
    employer: str
    #: Where the party lives, as recorded: what the care clause's residence starts from.
    address: str = ""
    #: For the guideline where the minimum wage depends on the payer's age (Chile).
    birth_date: dt.date | None = None

    def age_on(self, day: dt.date | None) -> int | None:
        """Whole years on ``day``; None when the birth date or the day is not known."""
        born = self.birth_date
        if born is None or day is None:
            return None
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass(frozen=True)
class ChildInfo:
    uid: str
    full_name: str
    birth_date: dt.date | None


@dataclass(frozen=True)
class OfficerInfo:
    name: str
    post: str
    legal_capacity: str
    #: The officer's registry number (required where the profile asks for it: Peru).
    registry_number: str = ""


@dataclass(frozen=True)
class SafeguardingInfo:
    flagged: bool
    #: The profile's matters for which a positive screen forbids a joint hearing.
    blocked_matters: tuple[Matter, ...]
    #: Reasons of the supervisors' overrides that allowed a joint hearing for this case.
    override_reasons: tuple[str, ...]
    #: Institutions the case was referred to.
    referrals: tuple[str, ...]


@dataclass(frozen=True)
class AgreementContext:
    profile: Profile
    office_id: int
    office_name: str
    #: The office's recorded municipality, which the acta names («En …»); empty when the
    #: office has none yet (a finding blocks issuing).
    office_municipality: str
    case_id: int
    case_number: str
    matters: tuple[Matter, ...]
    claimant: PartyInfo
    respondent: PartyInfo
    children: tuple[ChildInfo, ...]
    hearing_id: int | None
    #: The hearing's date in the office's calendar: payments cannot start before it.
    hearing_date: dt.date | None
    officer: OfficerInfo | None
    safeguarding: SafeguardingInfo
    #: Whether the hearing was held (concluded), and its own record: when it really started
    #: and ended. An acta of a held hearing states those instants, so they must be recorded.
    hearing_held: bool = False
    started_at: dt.datetime | None = None
    concluded_at: dt.datetime | None = None
    #: Which institution of the profile the office issues as (``Office.issuing_institution``).
    institution_code: str = ""

    @property
    def currency(self) -> str:
        return self.profile.regional.currency

    @property
    def locale(self) -> str:
        return self.profile.regional.locale

    @property
    def words(self) -> OfficeWords:
        """The office's words for the matters and documents (its profile's ``[terminos]``)."""
        return words_of(self.profile)

    def party(self, side: Party) -> PartyInfo:
        return self.claimant if side == Party.SOLICITANTE else self.respondent

    def child(self, uid: str) -> ChildInfo | None:
        return next((c for c in self.children if c.uid == uid), None)

    def child_name(self, uid: str) -> str:
        child = self.child(uid)
        return child.full_name if child else f"hija o hijo {uid[:8]}"


def _party(person: Person, side: Party) -> PartyInfo:
    return PartyInfo(
        side,
        person.full_name,
        person.sex,
        person.monthly_income,
        person.employer,
        person.address or "",
        person.birth_date,
    )


def load_context(
    session: Session, case: Case, hearing: Hearing | None, officer_id: int | None = None
) -> AgreementContext:
    """The context of the agreement of ``case`` reached in ``hearing``. Without a hearing
    (a case closed before one was held) the officer is ``officer_id``'s user."""
    office = session.get(Office, case.office_id)
    assert office is not None
    officer_key = hearing.officer_id if hearing else officer_id
    officer_user = session.get(User, officer_key) if officer_key is not None else None
    # The office's own time zone (Punta Arenas is not Santiago), as its calendar uses it.
    zone = ZoneInfo(office.timezone)
    # The day it was held, from its record (the booked day until it starts).
    held_on = (hearing.started_at or hearing.starts_at) if hearing else None
    hearing_date = held_on.astimezone(zone).date() if held_on else None
    # The criteria in force that day (a minimum wage published for next year applies to the
    # hearings held from its date on).
    profile = profile_in_force(session, office.profile_code, hearing_date)
    overrides = session.scalars(
        select(Override.reason)
        .where(Override.case_id == case.id, Override.kind == OverrideKind.SALVAGUARDA)
        .order_by(Override.id)
    ).all()
    referrals = session.scalars(
        select(Referral.institution_name).where(Referral.case_id == case.id).order_by(Referral.id)
    ).all()
    return AgreementContext(
        profile=profile,
        office_id=office.id,
        office_name=office.name,
        office_municipality=office.municipality,
        institution_code=office.issuing_institution,
        case_id=case.id,
        case_number=case.number_text(office.code),
        matters=tuple(case.matters),
        claimant=_party(case.claimant, Party.SOLICITANTE),
        respondent=_party(case.respondent, Party.CITADO),
        children=tuple(ChildInfo(c.uid, c.full_name, c.birth_date) for c in case.children),
        hearing_id=hearing.id if hearing else None,
        hearing_date=hearing_date,
        officer=(
            OfficerInfo(
                officer_user.full_name,
                officer_user.post,
                officer_user.legal_capacity,
                officer_user.registry_number,
            )
            if officer_user
            else None
        ),
        safeguarding=SafeguardingInfo(
            flagged=case.safeguarding_flagged,
            blocked_matters=tuple(profile.safeguarding.blocked_matters),
            override_reasons=tuple(overrides),
            referrals=tuple(referrals),
        ),
        hearing_held=hearing is not None and hearing.status == HearingStatus.CONCLUIDA,
        started_at=hearing.started_at if hearing else None,
        concluded_at=hearing.concluded_at if hearing else None,
    )
