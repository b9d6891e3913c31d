"""Compliance figures of a month: how the signed agreements an office follows stand at the end
of the month, per office and per officer, like the monthly summary.

Every figure is computed from the agreements' terms and the recorded payments as of the
month's last day (``domain.obligations``), never typed:

- agreements followed: cases with a signed support agreement in force by the month's end;
- fully paid: of those, the ones whose balance is zero or in favour;
- in arrears: the ones with an instalment unpaid a month (the profile's rule) after it fell due;
- arrears: what those delinquent instalments still owe, per currency;
- alerts set aside in the month (resolved with a written reason), and the alerts still open at
  the month's end.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.domain.obligations import Instalment, account, schedule
from conciliador.models import AlertDismissal, Hearing, Office
from conciliador.services.actor import Actor
from conciliador.services.followup.alerts import office_alerts
from conciliador.services.followup.ledger import account_of, paid_amounts
from conciliador.services.followup.obligations import binding_actas, currency_of, segments
from conciliador.services.followup.schedules import Standing, rules_of, stale_cases, standings
from conciliador.services.offices import get_office, profiles_of
from conciliador.services.permissions import Permission, require
from conciliador.services.reach import subtree_ids
from conciliador.services.reports.periods import Month

PERCENT = Decimal("0.1")


@dataclass
class ComplianceRow:
    office_id: int
    office_code: str
    #: None for the office's own total.
    officer_id: int | None
    followed: int = 0
    fully_paid: int = 0
    in_arrears: int = 0
    arrears: dict[str, Decimal] = field(default_factory=dict)
    alerts_open: int = 0
    alerts_resolved: int = 0

    @property
    def share_fully_paid(self) -> Decimal | None:
        """Per cent of the followed agreements fully paid (None with none followed)."""
        if not self.followed:
            return None
        return (Decimal(100) * self.fully_paid / self.followed).quantize(
            PERCENT, rounding=ROUND_HALF_UP
        )


@dataclass(frozen=True)
class ComplianceSummary:
    month: Month
    as_of: dt.date
    rows: tuple[ComplianceRow, ...]

    def office_total(self, office_id: int) -> ComplianceRow:
        return next(r for r in self.rows if r.office_id == office_id and r.officer_id is None)


def compliance_summary(
    db: Database, actor: Actor, month: Month, office_id: int | None = None
) -> ComplianceSummary:
    """The month's compliance figures of ``office_id`` (default: the actor's) and below it."""
    target = office_id if office_id is not None else actor.office_id
    actor = require(db, actor, Permission.VIEW_REPORTS, target)
    as_of = month.next_first_day - dt.timedelta(days=1)
    with db.read() as session:
        assert target is not None
        root = get_office(session, target)
        ids = sorted(i for i in subtree_ids(session, root.id) if actor.reaches(i))
        offices = list(session.scalars(select(Office).where(Office.id.in_(ids))))
        by_id = {o.id: o for o in offices}
        profiles = profiles_of(offices)
        rows: dict[tuple[int, int | None], ComplianceRow] = {}

        def row(office_id: int, officer_id: int | None) -> ComplianceRow:
            key = (office_id, officer_id)
            if key not in rows:
                rows[key] = ComplianceRow(office_id, by_id[office_id].code, officer_id)
            return rows[key]

        for office in offices:
            row(office.id, None)
        actas = binding_actas(session, office_ids=ids)
        paid = paid_amounts(session, list(actas))
        officers = dict(
            session.execute(
                select(Hearing.case_id, Hearing.officer_id)
                .where(Hearing.case_id.in_(list(actas)))
                .order_by(Hearing.starts_at, Hearing.id)
            ).all()
        )
        for case_id, case_actas in actas.items():
            in_force = [a for a in case_actas if a.signed_on <= as_of]
            currency = currency_of(in_force)
            if not in_force or currency is None:
                continue
            office = by_id[in_force[-1].office_id]
            profile = profiles[office.id]
            months = profile.alerts.delinquency.months
            acc = account_of(
                segments(in_force, profile), paid.get(case_id, []), as_of, months, upcoming=False
            )
            owed = sum((s.remaining for s in acc.delinquent), Decimal(0))
            for target_row in (row(office.id, None), row(office.id, officers.get(case_id))):
                target_row.followed += 1
                target_row.fully_paid += int(acc.balance <= 0)
                if acc.delinquent:
                    target_row.in_arrears += 1
                    target_row.arrears[currency] = (
                        target_row.arrears.get(currency, Decimal(0)) + owed
                    )
        zone_of = {o.id: ZoneInfo(o.timezone) for o in offices}
        for office_id, dismissed_at in session.execute(
            select(AlertDismissal.office_id, AlertDismissal.dismissed_at).where(
                AlertDismissal.office_id.in_(ids)
            )
        ):
            if Month.of(dismissed_at.astimezone(zone_of[office_id]).date()) == month:
                row(office_id, None).alerts_resolved += 1
        open_alerts: dict[int, int] = defaultdict(int)
        for alert in office_alerts(session, offices, as_of):
            open_alerts[alert.office_id] += 1
        for office_id, count in open_alerts.items():
            row(office_id, None).alerts_open = count
    ordered = sorted(
        rows.values(), key=lambda r: (r.office_code, r.officer_id is not None, r.officer_id or 0)
    )
    return ComplianceSummary(month, as_of, tuple(ordered))


# ------------------------------------------------------------------------------ monthly summary
#: The summary's keys (``services.reports.indicators`` defines what each counts).
FOLLOWED = "agreements_followed"
FULLY_PAID = "agreements_fully_paid"
IN_ARREARS = "agreements_in_arrears"
ARREARS_PREFIX = "arrears_total:"
ALERTS_RAISED = "alerts_raised"
ALERTS_RESOLVED = "alerts_resolved"

#: (period, office id, officer id or None), as in ``services.reports.queries``.
Key = tuple[int, int, int | None]


@dataclass
class ReportCompliance:
    """The compliance figures of the summary's months, keyed like its other counts."""

    tally: dict[Key, dict[str, Any]] = field(default_factory=dict)
    #: Days from an alert's key date to its dismissal, per key: {days: alerts}.
    resolution: dict[Key, dict[int, int]] = field(default_factory=dict)
    currencies: set[str] = field(default_factory=set)

    def add(self, key: Key, name: str, value: Any) -> None:
        figures = self.tally.setdefault(key, {})
        figures[name] = figures.get(name, 0) + value


def _case_officers(session: Session, case_ids: list[int]) -> dict[int, int]:
    """Each case's officer: whoever conducted its latest hearing."""
    if not case_ids:
        return {}
    found: dict[int, int] = {}
    for start in range(0, len(case_ids), 5000):
        rows = session.execute(
            select(Hearing.case_id, Hearing.officer_id)
            .where(Hearing.case_id.in_(case_ids[start : start + 5000]))
            .order_by(Hearing.starts_at, Hearing.id)
        )
        found.update({case_id: officer_id for case_id, officer_id in rows})
    return found


def report_compliance(
    session: Session, offices: list[Office], months: Sequence[Month]
) -> ReportCompliance:
    """Compliance of ``offices`` for each of ``months`` (period 0, 1, … in that order), inside
    the summary's unit of work:

    - agreements followed, fully paid and in arrears, and what the delinquent instalments
      owe per currency, as of each month's last day;
    - alerts resolved (set aside with a reason) in each month, and the days from each one's
      key date to its dismissal;
    - alerts raised — those whose key date (a due date, a hearing's day, a deadline) falls
      in the report's month, pending at its end or set aside (period 0 only: alerts are
      computed from the data as of a day, not kept, so earlier months are not recomputed).
    """
    result = ReportCompliance()
    if not offices:
        return result
    ids = [o.id for o in offices]
    by_id = {o.id: o for o in offices}
    zones = {o.id: ZoneInfo(o.timezone) for o in offices}
    profiles = profiles_of(offices)
    groups: dict[tuple[int, str], list[int]] = defaultdict(list)
    for office_id, profile in profiles.items():
        groups[(profile.alerts.delinquency.months, rules_of(profile))].append(office_id)
    # Each family's standing at each month's end from its stored schedule (one grouped query
    # per month); the families it cannot answer for are computed from the actas' terms.
    stood: list[dict[int, Standing]] = []
    stale: list[list[int]] = []
    for month in months:
        as_of = month.next_first_day - dt.timedelta(days=1)
        found: dict[int, Standing] = {}
        for (delinquency, rules), group in groups.items():
            found.update(
                standings(session, group, as_of, months=delinquency, rules=rules, signed_later=True)
            )
        stood.append(found)
        stale.append(stale_cases(session, ids, as_of, found))
    unanswered = sorted({c for cases in stale for c in cases})
    actas = binding_actas(session, unanswered) if unanswered else {}
    paid = paid_amounts(session, list(actas)) if actas else {}
    dismissals = session.execute(
        select(
            AlertDismissal.office_id,
            AlertDismissal.case_id,
            AlertDismissal.dismissed_at,
            AlertDismissal.key_date,
        ).where(AlertDismissal.office_id.in_(ids))
    ).all()
    followed = {c for found in stood for c, st in found.items() if st.followed}
    officers = _case_officers(
        session,
        sorted(followed | set(actas) | {r.case_id for r in dismissals if r.case_id is not None}),
    )
    latest = max((m.next_first_day for m in months), default=None)
    #: Each family's instalments up to the latest month's end, per set of actas in force:
    #: an earlier month's are the ones due by its end (one schedule serves the three months).
    schedules: dict[tuple[int, ...], list[Instalment]] = {}
    for period, month in enumerate(months):
        as_of = month.next_first_day - dt.timedelta(days=1)
        for standing in stood[period].values():
            if not standing.followed or standing.currency is None:
                continue
            result.currencies.add(standing.currency)
            key = (period, standing.office_id, officers.get(standing.case_id))
            result.add(key, FOLLOWED, 1)
            result.add(key, FULLY_PAID, int(standing.balance <= 0))
            if standing.late_count:
                result.add(key, IN_ARREARS, 1)
                result.add(key, f"{ARREARS_PREFIX}{standing.currency}", standing.late_owed)
        for case_id in stale[period]:
            case_actas = actas.get(case_id, [])
            in_force = [a for a in case_actas if a.signed_on <= as_of]
            currency = currency_of(in_force)
            if not in_force or currency is None or latest is None:
                continue
            office = by_id[in_force[-1].office_id]
            profile = profiles[office.id]
            force = tuple(a.acta_id for a in in_force)
            items = schedules.get(force)
            if items is None:
                items = schedules[force] = schedule(
                    segments(in_force, profile), latest - dt.timedelta(days=1)
                )
            acc = account(
                (i for i in items if i.due <= as_of),
                paid.get(case_id, []),
                as_of,
                delinquency_months=profile.alerts.delinquency.months,
            )
            result.currencies.add(currency)
            key = (period, office.id, officers.get(case_id))
            result.add(key, FOLLOWED, 1)
            result.add(key, FULLY_PAID, int(acc.balance <= 0))
            if acc.delinquent:
                result.add(key, IN_ARREARS, 1)
                owed = sum((s.remaining for s in acc.delinquent), Decimal(0))
                result.add(key, f"{ARREARS_PREFIX}{currency}", owed)
        for dismissed_office, dismissed_case, dismissed_at, key_date in dismissals:
            officer = officers.get(dismissed_case) if dismissed_case is not None else None
            if period == 0 and key_date is not None and Month.of(key_date) == month:
                result.add((0, dismissed_office, officer), ALERTS_RAISED, 1)
            day = dismissed_at.astimezone(zones[dismissed_office]).date()
            if Month.of(day) != month:
                continue
            key = (period, dismissed_office, officer)
            result.add(key, ALERTS_RESOLVED, 1)
            if key_date is not None:
                days = max((day - key_date).days, 0)
                histogram = result.resolution.setdefault(key, {})
                histogram[days] = histogram.get(days, 0) + 1
    if months:
        month = months[0]
        as_of = month.next_first_day - dt.timedelta(days=1)
        for alert in office_alerts(session, offices, as_of, texts=False):
            if Month.of(alert.key_date) == month:
                result.add((0, alert.office_id, alert.officer_id), ALERTS_RAISED, 1)
    return result
