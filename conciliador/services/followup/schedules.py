"""Each followed family's schedule, written once and read with indexed queries.

A signed acta never changes, so the instalments its agreement obliges are computed once
(``domain.obligations.schedule``) when the acta starts to bind — its signature, or the court's
approval where the profile asks for one — and written out again, whole, when a later acta of
the same case supersedes it or when the family's schedule must reach further ahead. The
alerts, the account and the monthly summary read them from ``scheduled_instalments``; the
arrears are computed from them and the recorded payments on every read, never stored.

A family whose stored schedule cannot answer a read — none written yet (signed before the
table existed, or received by interchange), not reaching the day asked for, computed under
other profile rules, or a later acta signed after the day asked for — is computed from the
actas' terms, as before (``stale_cases``): same figures, only slower.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    BigInteger,
    Date,
    Select,
    and_,
    case,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql.elements import ColumnElement, Label
from sqlalchemy.sql.expression import type_coerce

from conciliador.criteria.schema import Profile
from conciliador.domain.actas import ActaStatus
from conciliador.domain.obligations import Instalment, Segment, add_months, schedule
from conciliador.models import (
    Acta,
    Case,
    Hearing,
    ObligationSchedule,
    Office,
    ScheduledInstalment,
    SupportPayment,
)
from conciliador.models.base import session_now
from conciliador.services.followup.obligations import (
    AGREED,
    BindingActa,
    binding_actas,
    currency_of,
    segments,
)
from conciliador.services.offices import profile_of

#: How far past today (or the latest signature) a written schedule reaches.
AHEAD_MONTHS = 24
_CHUNK = 5000
_CENT = Decimal("0.01")


def rules_of(profile: Profile) -> str:
    """The profile's rules a schedule depends on, as stored with it (the 13th-month dates;
    the rounding is the currency's own)."""
    return ",".join(f"{m:02d}-{d:02d}" for m, d in profile.follow_up.thirteenth_month_month_days)


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def month_bit(month: int) -> int:
    """A month (1–12) as its bit of ``ObligationSchedule.adjustment_months``."""
    return 1 << (month - 1)


def adjustment_months(segs: Sequence[Segment]) -> int:
    """The months a yearly adjustment of these segments falls in, one bit each: an
    adjustment repeats on its first date's day every year (``AdjustmentPlan.dates``), so in
    that date's month only; a superseded agreement's month stays in (a superset: the alert
    computes the days in force of the families it names)."""
    found = 0
    for segment in segs:
        plan = segment.support
        if plan is not None and plan.adjustment is not None:
            found |= month_bit(plan.adjustment.first_date.month)
    return found


def adjusts_in(months: int | None, month: int) -> bool:
    """Whether a family whose stored ``adjustment_months`` are ``months`` may adjust in
    ``month`` (None, not known: it may)."""
    return months is None or bool(months & month_bit(month))


# ------------------------------------------------------------------------------ writing
def instalment_rows(case_id: int, items: Sequence[Instalment]) -> list[dict[str, object]]:
    """A family's schedule (in ``schedule``'s order) as stored rows, each with its place and
    what is owed through it."""
    total = Decimal(0)
    rows: list[dict[str, object]] = []
    for position, item in enumerate(items, start=1):
        total += item.amount
        rows.append(
            {
                "case_id": case_id,
                "position": position,
                "acta_id": item.source_id,
                "kind": item.kind,
                "due": item.due,
                "amount": item.amount,
                "cumulative": total,
                "currency": item.currency,
                "number": item.number,
                "of_count": item.of,
                "awaiting_index": item.awaiting_index,
            }
        )
    return rows


def schedule_rows(
    case_id: int, actas: list[BindingActa], profile: Profile, today: dt.date
) -> tuple[dict[str, object], list[dict[str, object]]]:
    """The stored rows of one family: its schedule row and its instalments, up to
    ``AHEAD_MONTHS`` after today (or after its latest signature, if later)."""
    latest = actas[-1]
    until = add_months(max(today, latest.signed_on), AHEAD_MONTHS)
    segs = segments(actas, profile)
    rows = instalment_rows(case_id, schedule(segs, until))
    head: dict[str, object] = {
        "case_id": case_id,
        "office_id": latest.office_id,
        "acta_id": latest.acta_id,
        "currency": currency_of(actas),
        "since": actas[0].signed_on,
        "latest_signed_on": latest.signed_on,
        "rules": rules_of(profile),
        "until": until,
        "has_adjustment": any(
            s.support is not None and s.support.adjustment is not None for s in segs
        ),
        "adjustment_months": adjustment_months(segs),
    }
    return head, rows


def write_schedules(
    session: Session,
    case_ids: Sequence[int],
    *,
    today: dt.date | None = None,
    binding: dict[int, list[BindingActa]] | None = None,
) -> int:
    """Write again, whole, the stored schedules of these cases from the actas that bind them
    (inside the caller's unit of work); a case no acta binds any more loses its schedule.
    Returns the instalments written."""
    ids = sorted(set(case_ids))
    if not ids:
        return 0
    by_case = binding if binding is not None else binding_actas(session, ids)
    now = session_now(session)
    for chunk in _chunks(ids):
        session.execute(delete(ScheduledInstalment).where(ScheduledInstalment.case_id.in_(chunk)))
        session.execute(delete(ObligationSchedule).where(ObligationSchedule.case_id.in_(chunk)))
    offices: dict[int, tuple[Profile, dt.date]] = {}
    heads: list[dict[str, object]] = []
    rows: list[dict[str, object]] = []
    for case_id in ids:
        actas = by_case.get(case_id)
        if not actas:
            continue
        office_id = actas[-1].office_id
        if office_id not in offices:
            office = session.get(Office, office_id)
            assert office is not None
            local = today or now.astimezone(ZoneInfo(office.timezone)).date()
            offices[office_id] = (profile_of(office), local)
        profile, local = offices[office_id]
        head, items = schedule_rows(case_id, actas, profile, local)
        heads.append({**head, "written_at": now})
        rows.extend(items)
    if heads:
        session.execute(insert(ObligationSchedule), heads)
    for start in range(0, len(rows), _CHUNK):
        session.execute(insert(ScheduledInstalment), rows[start : start + _CHUNK])
    return len(rows)


def store_schedules(session: Session, *, today: dt.date | None = None) -> int:
    """Write the schedule of every family a signed agreement binds (an existing database's
    first run, or after the profile's rules changed). Returns the families written."""
    by_case = binding_actas(session)
    write_schedules(session, list(by_case), today=today, binding=by_case)
    return len(by_case)


# ------------------------------------------------------------------------------ reading
def stored_instalments(session: Session, case_id: int, until: dt.date) -> list[Instalment]:
    """A family's stored instalments due on or before ``until``, in schedule order."""
    rows = session.execute(
        select(
            ScheduledInstalment.kind,
            ScheduledInstalment.due,
            ScheduledInstalment.amount,
            ScheduledInstalment.currency,
            ScheduledInstalment.acta_id,
            ScheduledInstalment.awaiting_index,
            ScheduledInstalment.number,
            ScheduledInstalment.of_count,
        )
        .where(ScheduledInstalment.case_id == case_id, ScheduledInstalment.due <= until)
        .order_by(ScheduledInstalment.position)
    )
    return [Instalment(*row) for row in rows]


def usable(
    head: ObligationSchedule | None, profile: Profile, as_of: dt.date, until: dt.date
) -> bool:
    """Whether a family's stored schedule answers a read as of ``as_of`` that needs the
    instalments due up to ``until``."""
    return (
        head is not None
        and head.until >= until
        and head.rules == rules_of(profile)
        and head.latest_signed_on <= as_of
    )


def delinquency_cutoff(as_of: dt.date, months: int) -> dt.date:
    """The last due date whose instalment, unpaid, is delinquent on ``as_of``: ``account``'s
    rule (``add_months(due, months) <= as_of``) as one bound for an index."""
    day = add_months(as_of, -months)
    while add_months(day + dt.timedelta(days=1), months) <= as_of:
        day += dt.timedelta(days=1)
    return day


@dataclass(frozen=True)
class FamilyDetails:
    """A followed family's case (its columns), the officer of its latest hearing and the
    acta in force's number parts: what an alert about it says."""

    case_office_id: int
    case_year: int
    case_number: int
    claimant_id: int
    respondent_id: int
    #: The officer of the case's latest hearing (None: no hearing).
    officer_id: int | None
    acta_office_code: str
    acta_year: int
    acta_number: int


@dataclass(frozen=True)
class Standing:
    """How a followed family stands on a day, from its stored schedule and its payments:
    what ``domain.obligations.account`` computes, as the alerts and the summary need it."""

    case_id: int
    office_id: int
    #: The acta in force.
    acta_id: int
    #: Some acta binds the family by the day (False only when ``standings`` is asked for
    #: the families signed after it too).
    followed: bool
    currency: str | None
    has_adjustment: bool
    #: ``ObligationSchedule.adjustment_months`` (None: not known).
    adjustment_months: int | None
    #: Due on or before the day, and paid on or before it.
    owed: Decimal
    paid: Decimal
    oldest_unpaid_due: dt.date | None
    #: The instalments delinquent on the day (unpaid past the rule's months): how many, the
    #: oldest and newest due dates, and what they still owe.
    late_count: int
    first_late_due: dt.date | None
    last_late_due: dt.date | None
    late_owed: Decimal
    #: What the alerts write about the family, read in the same statement
    #: (``standings(details=True)``).
    details: FamilyDetails | None = None

    @property
    def balance(self) -> Decimal:
        return self.owed - self.paid

    @property
    def overdue_amount(self) -> Decimal:
        return max(self.balance, Decimal(0))


def _money(cents: int | None) -> Decimal:
    return (Decimal(int(cents or 0)) / 100).quantize(_CENT)


def standings(
    session: Session,
    office_ids: Sequence[int],
    as_of: dt.date,
    *,
    months: int,
    rules: str,
    signed_later: bool = False,
    details: bool = False,
) -> dict[int, Standing]:
    """Every followed family of these offices (all under the same delinquency ``months`` and
    profile ``rules``) whose stored schedule answers for ``as_of``, with its standing: one
    grouped query over the stored instalments due by then and the payments made by then.
    ``signed_later``: also the families whose first acta was signed after ``as_of``, as not
    followed (``followed=False``; the monthly summary's earlier months). ``details``: each
    family's ``FamilyDetails`` too (the alerts), joined in the same statement rather than
    read by as many more."""
    found: dict[int, Standing] = {}
    if not office_ids:
        return found
    cutoff = delinquency_cutoff(as_of, months)
    sched, inst, pay = ObligationSchedule, ScheduledInstalment, SupportPayment
    for ids in _chunks(sorted(office_ids)):
        followed = select(sched.case_id).where(sched.office_id.in_(ids))
        paid_by = (
            select(pay.case_id, func.sum(type_coerce(pay.amount, BigInteger)).label("paid"))
            .where(pay.case_id.in_(followed), pay.paid_on <= as_of)
            .group_by(pay.case_id)
            .subquery()
        )
        cum = type_coerce(inst.cumulative, BigInteger)
        paid = func.coalesce(paid_by.c.paid, 0)
        # Part of it unpaid (an instalment of nothing — the rounding of a tiny arrears share
        # can leave one — is never unpaid).
        unpaid = and_(cum > paid, type_coerce(inst.amount, BigInteger) > 0)
        late = and_(unpaid, inst.due <= cutoff)
        query = (
            select(
                sched.case_id,
                sched.office_id,
                sched.acta_id,
                sched.currency,
                sched.has_adjustment,
                sched.adjustment_months,
                sched.since,
                func.max(paid).label("paid"),
                func.max(cum).label("owed"),
                func.max(case((inst.due <= cutoff, cum))).label("owed_by_cutoff"),
                type_coerce(func.min(case((unpaid, inst.due))), Date).label("oldest"),
                func.sum(case((late, 1), else_=0)).label("late"),
                type_coerce(func.min(case((late, inst.due))), Date).label("first_late"),
                type_coerce(func.max(case((late, inst.due))), Date).label("last_late"),
            )
            .outerjoin(inst, and_(inst.case_id == sched.case_id, inst.due <= as_of))
            .outerjoin(paid_by, paid_by.c.case_id == sched.case_id)
            .where(
                sched.office_id.in_(ids),
                sched.until >= as_of,
                sched.rules == rules,
                or_(sched.latest_signed_on <= as_of, sched.since > as_of)
                if signed_later
                else sched.latest_signed_on <= as_of,
            )
            .group_by(
                sched.case_id,
                sched.office_id,
                sched.acta_id,
                sched.currency,
                sched.has_adjustment,
                sched.adjustment_months,
                sched.since,
            )
        )
        if details:
            query = _with_details(query)
        # Unpacked by position (the select's order): thousands of rows, each named lookup
        # on a row costs.
        for (
            case_id,
            office_id,
            acta_id,
            currency,
            has_adjustment,
            adjustment_months,
            since,
            paid_cents,
            owed_cents,
            owed_by_cutoff,
            oldest,
            late,
            first_late,
            last_late,
            *more,
        ) in session.execute(query):
            paid_amount = _money(paid_cents)
            late_count = int(late or 0)
            found[case_id] = Standing(
                case_id=case_id,
                office_id=office_id,
                acta_id=acta_id,
                followed=since <= as_of,
                currency=currency,
                has_adjustment=bool(has_adjustment),
                adjustment_months=adjustment_months,
                owed=_money(owed_cents),
                paid=paid_amount,
                oldest_unpaid_due=oldest,
                late_count=late_count,
                first_late_due=first_late,
                last_late_due=last_late,
                late_owed=max(_money(owed_by_cutoff) - paid_amount, Decimal(0))
                if late_count
                else Decimal(0),
                details=FamilyDetails(*more) if details else None,
            )
    return found


def latest_officer(case_id: ColumnElement[int] | InstrumentedAttribute[int]) -> Label[int | None]:
    """The officer of the case's latest hearing (the last by start, then id), as a column
    (``officer_id``; null when the case has no hearing)."""
    return (
        select(Hearing.officer_id)
        .where(Hearing.case_id == case_id)
        .order_by(Hearing.starts_at.desc(), Hearing.id.desc())
        .limit(1)
        .scalar_subquery()
        .label("officer_id")
    )


def _with_details(grouped: Select[Any]) -> Select[Any]:
    """The standings query with each family's ``FamilyDetails`` columns: its case, the
    officer of its latest hearing (the last by start and id) and the acta in force. The
    grouped query is a materialized common table expression, computed once: as a plain
    subquery joined to these tables, PostgreSQL planned a parallel join that computed the
    grouping once in each worker."""
    g = grouped.cte("standing").prefix_with("MATERIALIZED")
    acta_office = aliased(Office)
    return (
        select(  # after the standing's columns, ``FamilyDetails``' fields in their order
            g,
            Case.office_id.label("case_office_id"),
            Case.year.label("case_year"),
            Case.number.label("case_number"),
            Case.claimant_id,
            Case.respondent_id,
            latest_officer(g.c.case_id),
            acta_office.code.label("acta_office_code"),
            Acta.year.label("acta_year"),
            Acta.number.label("acta_number"),
        )
        .join(Case, Case.id == g.c.case_id)
        .join(Acta, Acta.id == g.c.acta_id)
        .join(acta_office, acta_office.id == Acta.office_id)
    )


def stale_cases(
    session: Session, office_ids: Sequence[int], as_of: dt.date, answered: Iterable[int]
) -> list[int]:
    """The cases of these offices with a signed agreement whose standing ``standings`` did not
    answer (no stored schedule, or one that cannot answer for ``as_of``): their readers
    compute them from the actas' terms."""
    done = set(answered)
    found: set[int] = set()
    for ids in _chunks(sorted(office_ids)):
        rows = session.scalars(
            select(Acta.case_id)
            .where(
                Acta.office_id.in_(ids),
                Acta.status == ActaStatus.FIRMADA,
                Acta.outcome.in_(AGREED),
            )
            .distinct()
        )
        found.update(r for r in rows if r not in done)
    return sorted(found)


def missing_schedules(session: Session, office_ids: Sequence[int]) -> int:
    """How many cases of these offices have a signed agreement and no stored schedule."""
    total = 0
    for ids in _chunks(sorted(office_ids)):
        total += (
            session.scalar(
                select(func.count(func.distinct(Acta.case_id))).where(
                    Acta.office_id.in_(ids),
                    Acta.status == ActaStatus.FIRMADA,
                    Acta.outcome.in_(AGREED),
                    ~exists().where(ObligationSchedule.case_id == Acta.case_id),
                )
            )
            or 0
        )
    return total
