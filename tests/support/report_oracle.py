"""An independent count of the monthly summary: ORM objects, Python loops, zoneinfo.

Written the obvious way on purpose (no SQL aggregates, no shared code with the service
beyond the models), so the tests can check the SQL against it; the benchmark times it as
the naive approach.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from conciliador.domain.enums import CaseStatus, HearingStatus, Outcome, Sex
from conciliador.models import Agreement, Case, Citation, Hearing, Office, Override, Referral

HELD = {HearingStatus.CONCLUIDA, HearingStatus.SUSPENDIDA, HearingStatus.EN_CURSO}
SEX_KEY = {Sex.FEMALE: "claimant_f", Sex.MALE: "claimant_m", Sex.UNSPECIFIED: "claimant_x"}
Key = tuple[int, int | None]


@dataclass
class OracleMonth:
    figures: dict[Key, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    money: dict[Key, dict[str, Decimal]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Decimal))
    )
    first_hearing: dict[Key, list[int]] = field(default_factory=lambda: defaultdict(list))
    closure: dict[Key, list[int]] = field(default_factory=lambda: defaultdict(list))

    def total(self, keys: list[Key]) -> dict[str, Any]:
        """Figures of several groups added up, with medians over their cases."""
        counts: Counter[str] = Counter()
        money: dict[str, Decimal] = defaultdict(Decimal)
        first: list[int] = []
        closure: list[int] = []
        for key in keys:
            counts.update(self.figures.get(key, Counter()))
            for name, amount in self.money.get(key, {}).items():
                money[name] += amount
            first += self.first_hearing.get(key, [])
            closure += self.closure.get(key, [])
        result: dict[str, Any] = dict(counts)
        result.update(money)
        result["median_days_first_hearing"] = (
            Decimal(str(statistics.median(first))) if first else None
        )
        result["median_days_closure"] = (
            Decimal(str(statistics.median(closure))) if closure else None
        )
        return result

    def all_keys(self) -> set[Key]:
        return set(self.figures) | set(self.money) | set(self.first_hearing) | set(self.closure)


def count_month(session: Session, year: int, month: int, office_ids: set[int]) -> OracleMonth:
    offices = {o.id: o for o in session.scalars(select(Office))}
    first_day = dt.date(year, month, 1)
    # A generous UTC window (time zones are within a day of UTC); exact tests are below.
    low = dt.datetime.combine(first_day - dt.timedelta(days=2), dt.time(0), tzinfo=dt.UTC)
    high = low + dt.timedelta(days=36)

    def local_day(office_id: int, instant: dt.datetime) -> dt.date:
        return instant.astimezone(ZoneInfo(offices[office_id].timezone)).date()

    def in_month(day: dt.date) -> bool:
        return (day.year, day.month) == (year, month)

    out = OracleMonth()
    cases = session.scalars(
        select(Case).where(
            Case.office_id.in_(office_ids),
            or_(
                Case.request_date.between(first_day - dt.timedelta(days=1), high.date()),
                Case.closed_at.between(low, high),
            ),
        )
    ).all()
    for case in cases:
        if in_month(case.request_date) and case.status != CaseStatus.ANULADA:
            f = out.figures[(case.office_id, case.created_by_id)]
            f["requests"] += 1
            f[SEX_KEY[case.claimant.sex]] += 1
            for matter in case.matters:
                f[f"matter_{matter.value}"] += 1
            f["children_requested"] += len(case.children)
            f["requests_flagged"] += int(case.safeguarding_flagged)
        if case.closed_at is None or case.outcome is None:
            continue
        closed_on = local_day(case.office_id, case.closed_at)
        if not in_month(closed_on):
            continue
        records = session.scalars(
            select(Agreement).where(Agreement.case_id == case.id).order_by(Agreement.id)
        ).all()
        record = records[-1] if records else None
        officer = record.hearing.officer_id if record and record.hearing else None
        key = (case.office_id, officer)
        f = out.figures[key]
        f["closed"] += 1
        f[f"outcome_{case.outcome.value}"] += 1
        if case.outcome in (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL):
            f["children_covered"] += len(case.children)
        if record is not None and record.monthly_support is not None:
            currency = record.currency or "?"
            f[f"support_count:{currency}"] += 1
            out.money[key][f"support_total:{currency}"] += record.monthly_support
        out.closure[key].append((closed_on - case.request_date).days)

    hearings = session.scalars(
        select(Hearing).where(
            Hearing.office_id.in_(office_ids), Hearing.starts_at.between(low, high)
        )
    ).all()
    for hearing in hearings:
        day = local_day(hearing.office_id, hearing.starts_at)
        if not in_month(day):
            continue
        key = (hearing.office_id, hearing.officer_id)
        f = out.figures[key]
        status = hearing.status
        f["hearings_scheduled"] += int(status != HearingStatus.ANULADA)
        f["hearings_held"] += int(status in HELD)
        f["hearings_suspended"] += int(status == HearingStatus.SUSPENDIDA)
        f["hearings_rescheduled"] += int(status == HearingStatus.REPROGRAMADA)
        f["hearings_no_show"] += int(status == HearingStatus.INASISTENCIA)
        f["hearings_cancelled"] += int(status == HearingStatus.CANCELADA)
        f["hearings_pending"] += int(
            status in (HearingStatus.PROGRAMADA, HearingStatus.CITACION_ENTREGADA)
        )
        if status in HELD and hearing.session_number == 1:
            out.first_hearing[key].append((day - hearing.case.request_date).days)

    for citation in session.scalars(
        select(Citation).where(Citation.delivered_at.between(low, high))
    ):
        hearing = citation.hearing
        delivered = citation.delivered_at
        if (
            hearing.office_id in office_ids
            and delivered is not None
            and in_month(local_day(hearing.office_id, delivered))
        ):
            out.figures[(hearing.office_id, hearing.officer_id)]["citations_delivered"] += 1
    for referral in session.scalars(
        select(Referral).where(Referral.referred_at.between(low, high))
    ):
        office_id = referral.case.office_id
        if office_id in office_ids and in_month(local_day(office_id, referral.referred_at)):
            out.figures[(office_id, referral.referred_by_id)]["referrals"] += 1
    for override in session.scalars(select(Override).where(Override.at.between(low, high))):
        if override.office_id not in office_ids:
            continue
        if in_month(local_day(override.office_id, override.at)):
            hearing = session.get(Hearing, override.hearing_id) if override.hearing_id else None
            officer = hearing.officer_id if hearing else override.user_id
            out.figures[(override.office_id, officer)]["overrides"] += 1
    return out
