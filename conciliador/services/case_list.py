"""The office's cases as a list (search by number or by a party's name) and a case's hearings.

Listing is not opening: only ``cases.get_case`` — the file itself — is recorded in the audit
trail. The list shows what an officer needs to pick the right file and nothing more.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Row, Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from conciliador.db import Database
from conciliador.domain.enums import CaseStatus, Matter, Outcome
from conciliador.domain.hearing_states import PENDING
from conciliador.domain.record_numbers import untagged
from conciliador.models import Case, Hearing, Office, Person
from conciliador.services.actor import Actor
from conciliador.services.cases import load_case
from conciliador.services.errors import NotFound
from conciliador.services.offices import get_office
from conciliador.services.permissions import Permission, require
from conciliador.services.person_search import SearchWords, candidate_ids
from conciliador.services.scheduling import HearingView, calendar_zone, hearing_view

_NUMBER = re.compile(r"^(?:(?P<year>\d{4})-)?(?P<number>\d{1,6})$")


@dataclass(frozen=True)
class CaseSummary:
    id: int
    office_id: int
    number: str
    request_date: dt.date
    status: CaseStatus
    outcome: Outcome | None
    claimant_name: str
    respondent_name: str
    matters: tuple[Matter, ...]
    safeguarding_flagged: bool
    #: The next hearing still to be held, office-local, if any.
    next_hearing: dt.datetime | None


@dataclass(frozen=True)
class CasePage:
    rows: list[CaseSummary]
    #: More cases match than ``limit``: the user should narrow the search.
    more: bool


def _number_filter(office_code: str, query: str) -> ColumnElement[bool] | None:
    """«MN-D2-2026-00012», «2026-12» or «12» (with or without the «EXP» tag the screens
    show in front) as a condition on the case number."""
    text = untagged(query).upper()
    prefix = f"{office_code.upper()}-"
    if text.startswith(prefix):
        text = text[len(prefix) :]
    match = _NUMBER.match(text)
    if match is None:
        return None
    condition = Case.number == int(match["number"])
    if match["year"]:
        condition = condition & (Case.year == int(match["year"]))
    return condition


def _rows_query() -> Select[Case, Person, Person]:
    """Cases with both parties (one query, two aliases of ``persons``)."""
    claimant, respondent = aliased(Person), aliased(Person)
    return (
        select(Case, claimant, respondent)
        .join(claimant, claimant.id == Case.claimant_id)
        .join(respondent, respondent.id == Case.respondent_id)
    )


def _summaries(
    session: Session, office: Office, rows: Sequence[Row[Case, Person, Person]]
) -> list[CaseSummary]:
    zone = calendar_zone(office)
    ids = [case.id for case, _c, _r in rows]
    upcoming: dict[int, dt.datetime] = {
        case_id: when
        for case_id, when in session.execute(
            select(Hearing.case_id, func.min(Hearing.starts_at))
            .where(Hearing.case_id.in_(ids), Hearing.status.in_(PENDING))
            .group_by(Hearing.case_id)
        ).all()
    }
    return [
        CaseSummary(
            id=case.id,
            office_id=case.office_id,
            number=case.number_text(office.code),
            request_date=case.request_date,
            status=case.status,
            outcome=case.outcome,
            claimant_name=cl.full_name,
            respondent_name=rp.full_name,
            matters=tuple(case.matters),
            safeguarding_flagged=case.safeguarding_flagged,
            next_hearing=upcoming[case.id].astimezone(zone) if case.id in upcoming else None,
        )
        for case, cl, rp in rows
    ]


def list_cases(
    db: Database,
    actor: Actor,
    office_id: int,
    *,
    query: str = "",
    statuses: frozenset[CaseStatus] | None = None,
    limit: int = 200,
) -> CasePage:
    """The office's cases, newest request first; ``query`` is a case number or words of a
    party's name or ID number."""
    actor = require(db, actor, Permission.VIEW_CASE, office_id)
    with db.read() as session:
        office = get_office(session, office_id)
        stmt = _rows_query().where(Case.office_id == office_id)
        if statuses:
            stmt = stmt.where(Case.status.in_(statuses))
        if query.strip():
            conditions: list[ColumnElement[bool]] = []
            number = _number_filter(office.code, query)
            if number is not None:
                conditions.append(number)
            words = SearchWords.of(query)
            if words:
                people = candidate_ids(session, words)
                conditions += [Case.claimant_id.in_(people), Case.respondent_id.in_(people)]
            if not conditions:
                return CasePage([], False)
            stmt = stmt.where(or_(*conditions))
        rows = session.execute(
            stmt.order_by(Case.request_date.desc(), Case.id.desc()).limit(limit + 1)
        ).all()
        return CasePage(_summaries(session, office, rows[:limit]), len(rows) > limit)


def case_summary(db: Database, actor: Actor, case_id: int) -> CaseSummary:
    """One case as its list row (for dialogs that need its number and parties; not audited,
    unlike opening the file)."""
    with db.read() as session:
        row = session.execute(_rows_query().where(Case.id == case_id)).one_or_none()
        if row is None:
            raise NotFound(f"No existe el caso n.º {case_id}.")
        office_id = row[0].office_id
        actor = require(session, actor, Permission.VIEW_CASE, office_id)
        return _summaries(session, get_office(session, office_id), [row])[0]


def case_hearings(db: Database, actor: Actor, case_id: int) -> list[HearingView]:
    """A case's hearings, oldest first (referrals and overrides: ``safeguarding_of_case``)."""
    with db.read() as session:
        case = load_case(session, case_id)
        actor = require(session, actor, Permission.VIEW_CASE, case.office_id)
        hearings = session.scalars(
            select(Hearing)
            .where(Hearing.case_id == case.id)
            .order_by(Hearing.starts_at, Hearing.id)
        )
        return [hearing_view(session, h) for h in hearings]
