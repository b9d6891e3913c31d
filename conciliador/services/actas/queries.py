"""Reading actas: one acta with its signatures and state, and the list the Actas screen shows
(every outcome record, with its acta when it has one, and every replaced acta)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import cast
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from conciliador.db import Database
from conciliador.domain.actas import ActaStatus, SignatureMode, SignerRole
from conciliador.domain.enums import Outcome
from conciliador.domain.moments import outcome_moment as moment_of
from conciliador.domain.record_numbers import NumberKind, tag_of, untagged
from conciliador.models import Acta, Agreement, Case, Hearing, Office, Person, User
from conciliador.services.actas.facts import acta_number_text
from conciliador.services.actor import Actor
from conciliador.services.errors import NotFound
from conciliador.services.permissions import Permission, require
from conciliador.services.text import search_key


@dataclass(frozen=True)
class SignatureView:
    role: SignerRole
    name: str
    id_number: str
    mode: SignatureMode
    witness_name: str
    has_image: bool
    signed_at: dt.datetime


@dataclass(frozen=True)
class ActaSummary:
    """One line of the Actas screen. ``acta_id`` is None for an outcome record whose acta
    was never opened (it is a borrador to the user all the same)."""

    acta_id: int | None
    agreement_id: int
    office_id: int
    office_code: str
    case_id: int
    case_number: str
    hearing_id: int | None
    outcome: Outcome
    status: ActaStatus
    number: str | None
    claimant: str
    respondent: str
    #: Who conducted the hearing (or recorded the outcome, without one).
    officer_name: str
    #: The hearing's (or the closing's) date in the office's calendar.
    date: dt.date | None
    issued_at: dt.datetime | None
    signed_at: dt.datetime | None
    replaced: bool
    replaces_id: int | None

    @property
    def state_label(self) -> str:
        return f"{self.status.label} (reemplazada)" if self.replaced else self.status.label


@dataclass(frozen=True)
class ActaView(ActaSummary):
    uid: str
    version: int
    replacement_reason: str
    replaced_by_id: int | None
    sealed_sha256: str | None
    digitally_signed: bool
    signatures: tuple[SignatureView, ...]


def load_acta(session: Session, acta_id: int, *, for_update: bool = False) -> Acta:
    stmt = select(Acta).where(Acta.id == acta_id)
    if for_update:
        stmt = stmt.with_for_update()
    acta = session.scalar(stmt)
    if acta is None:
        raise NotFound(f"No existe el acta n.º {acta_id}.")
    return acta


def _number(office: Office, acta: Acta) -> str | None:
    if acta.year is None or acta.number is None:
        return None
    return acta_number_text(office.code, acta.year, acta.number)


def outcome_moment() -> ColumnElement[dt.datetime]:
    """When an outcome happened, in SQL: its hearing's real start (the booked one for a
    no-show), or the case's closure when it was reached without a hearing (a statement
    needing ``Hearing`` and ``Case`` joined)."""
    return cast(
        "ColumnElement[dt.datetime]",
        moment_of(Hearing.started_at, Hearing.starts_at, Case.closed_at, pick=func.coalesce),
    )


def acta_view(session: Session, acta: Acta) -> ActaView:
    case = session.get(Case, acta.case_id)
    office = session.get(Office, acta.office_id)
    assert case is not None and office is not None
    hearing = session.get(Hearing, acta.hearing_id) if acta.hearing_id else None
    tz = ZoneInfo(office.timezone)
    moment = (
        moment_of(hearing.started_at, hearing.starts_at, case.closed_at)
        if hearing
        else case.closed_at
    )
    replaced_by = session.scalar(select(Acta.id).where(Acta.replaces_id == acta.id))
    return ActaView(
        acta_id=acta.id,
        agreement_id=acta.agreement_id,
        office_id=acta.office_id,
        office_code=office.code,
        case_id=case.id,
        case_number=case.number_text(office.code),
        hearing_id=acta.hearing_id,
        outcome=acta.outcome,
        status=acta.status,
        number=_number(office, acta),
        claimant=case.claimant.full_name,
        respondent=case.respondent.full_name,
        officer_name=_officer_name(session, acta, hearing),
        date=moment.astimezone(tz).date() if moment else None,
        issued_at=acta.issued_at,
        signed_at=acta.signed_at,
        replaced=acta.replaced_at is not None,
        replaces_id=acta.replaces_id,
        uid=acta.uid,
        version=acta.version,
        replacement_reason=acta.replacement_reason,
        replaced_by_id=replaced_by,
        sealed_sha256=acta.sealed_sha256,
        digitally_signed=acta.digitally_signed,
        signatures=tuple(
            SignatureView(
                s.role,
                s.name,
                s.id_number,
                s.mode,
                s.witness_name,
                s.image is not None,
                s.signed_at,
            )
            for s in acta.signatures
        ),
    )


def _officer_name(session: Session, acta: Acta, hearing: Hearing | None) -> str:
    if hearing is not None:
        officer_id: int | None = hearing.officer_id
    else:
        officer_id = session.scalar(
            select(Agreement.created_by_id).where(Agreement.id == acta.agreement_id)
        )
    user = session.get(User, officer_id) if officer_id is not None else None
    return user.full_name if user else ""


def get_acta(db: Database, actor: Actor, acta_id: int) -> ActaView:
    with db.read() as session:
        acta = load_acta(session, acta_id)
        actor = require(session, actor, Permission.VIEW_CASE, acta.office_id)
        return acta_view(session, acta)


@dataclass(frozen=True)
class ActaFilter:
    """What the Actas screen filters by; everything optional."""

    office_id: int | None = None
    status: ActaStatus | None = None
    outcome: Outcome | None = None
    #: Outcomes recorded in this month (year, month), in UTC days of the office's records.
    month: tuple[int, int] | None = None
    #: Part of a party's name or of the case number.
    text: str = ""
    include_replaced: bool = True
    limit: int = 500
    #: Conducted by this officer (the hearing's; the recorder's, without a hearing).
    officer_id: int | None = None
    #: Held (or closed) on this day of the office's calendar.
    day: dt.date | None = None


def list_actas(db: Database, actor: Actor, flt: ActaFilter | None = None) -> list[ActaSummary]:
    """The outcome records and their actas (newest first), within the actor's offices."""
    flt = flt or ActaFilter()
    if flt.office_id is not None:
        actor = require(db, actor, Permission.VIEW_CASE, flt.office_id)
    else:
        actor = require(db, actor, Permission.VIEW_CASE)
    claimant, respondent = aliased(Person), aliased(Person)
    officer_id = func.coalesce(Hearing.officer_id, Agreement.created_by_id)
    with db.read() as session:
        stmt = (
            select(
                Agreement,
                Acta,
                Case,
                Office,
                claimant.first_names,
                claimant.last_names,
                respondent.first_names,
                respondent.last_names,
                Hearing.started_at,
                Hearing.starts_at,
                User.full_name,
            )
            .join(Case, Case.id == Agreement.case_id)
            .join(Office, Office.id == Case.office_id)
            .join(claimant, claimant.id == Case.claimant_id)
            .join(respondent, respondent.id == Case.respondent_id)
            .outerjoin(Acta, Acta.agreement_id == Agreement.id)
            .outerjoin(Hearing, Hearing.id == Agreement.hearing_id)
            .outerjoin(User, User.id == officer_id)
            .order_by(Agreement.created_at.desc(), Agreement.id.desc(), Acta.id.desc())
        )
        if flt.office_id is not None:
            stmt = stmt.where(Case.office_id == flt.office_id)
        elif actor.office_ids is not None:
            stmt = stmt.where(Case.office_id.in_(actor.office_ids))
        if flt.outcome is not None:
            stmt = stmt.where(Agreement.outcome == flt.outcome)
        if flt.status is not None:
            if flt.status == ActaStatus.BORRADOR:
                stmt = stmt.where(or_(Acta.id.is_(None), Acta.status == ActaStatus.BORRADOR))
            else:
                stmt = stmt.where(Acta.status == flt.status)
        if not flt.include_replaced:
            stmt = stmt.where(Acta.replaced_at.is_(None))
        if flt.month is not None:
            stmt = stmt.where(_in_month(session, flt, actor))
        if flt.officer_id is not None:
            stmt = stmt.where(officer_id == flt.officer_id)
        if flt.day is not None:
            stmt = stmt.where(_on_day(session, flt, actor))
        text = flt.text.strip()
        if text:
            # «ACTA MN-D2-2026-0001» (as the lists show it) is an acta's number; «EXP …» or a
            # bare number, the case's
            kind, text = tag_of(text), untagged(text)
            key = f"%{search_key(text)}%"
            tail = text.rsplit("-", 1)[-1]
            by_name = or_(claimant.search_key.like(key), respondent.search_key.like(key))
            # a case number is a few ASCII digits: a long digit string (or «²») is only a name
            number = tail.isascii() and tail.isdigit() and len(tail) <= 9
            if number and kind == NumberKind.ACTA:
                stmt = stmt.where(Acta.number == int(tail))
            else:
                stmt = stmt.where(or_(by_name, Case.number == int(tail)) if number else by_name)
        rows = session.execute(stmt.limit(flt.limit)).all()
        out = []
        for agreement, acta, case, office, cf, cl, rf, rl, started, starts, officer in rows:
            moment = moment_of(started, starts, case.closed_at)
            out.append(
                ActaSummary(
                    acta_id=acta.id if acta else None,
                    agreement_id=agreement.id,
                    office_id=office.id,
                    office_code=office.code,
                    case_id=case.id,
                    case_number=case.number_text(office.code),
                    hearing_id=agreement.hearing_id,
                    outcome=agreement.outcome,
                    status=acta.status if acta else ActaStatus.BORRADOR,
                    number=_number(office, acta) if acta else None,
                    claimant=f"{cf} {cl}".strip(),
                    respondent=f"{rf} {rl}".strip(),
                    officer_name=officer or "",
                    date=moment.astimezone(ZoneInfo(office.timezone)).date() if moment else None,
                    issued_at=acta.issued_at if acta else None,
                    signed_at=acta.signed_at if acta else None,
                    replaced=bool(acta and acta.replaced_at is not None),
                    replaces_id=acta.replaces_id if acta else None,
                )
            )
        return out


def _filter_zone(session: Session, flt: ActaFilter, actor: Actor) -> dt.tzinfo:
    """The calendar a day or month filter is read in: the filtered office's, or the actor's."""
    office = session.get(Office, flt.office_id or actor.office_id or 0)
    return ZoneInfo(office.timezone) if office is not None else dt.UTC


def _in_month(session: Session, flt: ActaFilter, actor: Actor) -> ColumnElement[bool]:
    """Held (or, without a hearing, closed) in ``flt.month`` of the office's calendar."""
    assert flt.month is not None
    year, month = flt.month
    zone = _filter_zone(session, flt, actor)
    start = dt.datetime(year, month, 1, tzinfo=zone)
    end = dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=zone)
    moment = outcome_moment()
    return and_(moment >= start, moment < end)


def _on_day(session: Session, flt: ActaFilter, actor: Actor) -> ColumnElement[bool]:
    """Held (or, without a hearing, closed) on ``flt.day`` of the office's calendar: the
    filtered office's, or the actor's own."""
    assert flt.day is not None
    zone = _filter_zone(session, flt, actor)
    start = dt.datetime.combine(flt.day, dt.time(0), tzinfo=zone)
    end = start + dt.timedelta(days=1)
    moment = outcome_moment()
    return and_(moment >= start, moment < end)
