"""The monthly summary's SQL: one aggregate statement per kind of fact, for all compared months.

Each statement groups by (month, office, officer) and returns a few rows per office, never the
facts themselves; consolidation up the office tree adds these groups. Medians do not add up,
but day-count histograms do: the median statements group by (month, office, officer, days)
and the summary reads each unit's median off its added-up histogram. That is exact, the same
on SQLite (which has no percentile function) and PostgreSQL, and measured faster than a
window-function median (docs/benchmarks.md).

The statements are shaped for the report indexes of migration ``0002_reports``: each month's
facts are read from one covering index range, without visiting the wide table rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Result, Select, cast, exists, func, select
from sqlalchemy.orm import Session, aliased

from conciliador.domain.enums import CaseStatus, HearingStatus, Outcome, Sex
from conciliador.domain.hearing_states import PENDING
from conciliador.models import (
    Agreement,
    Case,
    Citation,
    Hearing,
    Override,
    Person,
    Referral,
    case_children,
)
from conciliador.models.base import Money
from conciliador.services.reports import indicators as ind
from conciliador.services.reports.sqlparts import (
    Periods,
    Window,
    count_if,
    local_days_since,
    sum_if,
)

#: (month number, office id, officer id or None)
Key = tuple[int, int, int | None]
#: Key → {indicator key: value}
Tally = dict[Key, dict[str, Any]]
#: Key → {days: cases}
Histograms = dict[Key, dict[int, int]]

HELD = (HearingStatus.CONCLUIDA, HearingStatus.SUSPENDIDA, HearingStatus.EN_CURSO)
AGREEMENTS = (Outcome.ACUERDO_TOTAL, Outcome.ACUERDO_PARCIAL)


def _merge(tally: Tally, result: Result[Any], names: list[str]) -> None:
    """Add each row's named figures (after period, office, officer) into the tally."""
    for row in result:
        period, office_id, officer_id, *values = tuple(row)
        figures = tally.setdefault((period, office_id, officer_id), {})
        for name, value in zip(names, values, strict=True):
            if value:
                figures[name] = figures.get(name, 0) + value


def _children_of_case() -> ColumnElement[int]:
    return (
        select(func.count())
        .select_from(case_children)
        .where(case_children.c.case_id == Case.id)
        .scalar_subquery()
    )


def _grouped(window: Window, office: Any, officer: Any, columns: Mapping[str, Any]) -> Select[Any]:
    return select(
        window.label.label("period"),
        office.label("office_id"),
        officer.label("officer_id"),
        *(c.label(k) for k, c in columns.items()),
    )


# ------------------------------------------------------------------------------ requests
def requests(session: Session, periods: Periods, tally: Tally) -> None:
    """Requests dated in the months (request_date is already the office's local date),
    counted for the person who registered them."""
    claimant = aliased(Person)
    columns = {
        ind.REQUESTS.key: func.count(),
        ind.CLAIMANT_F.key: count_if(claimant.sex == Sex.FEMALE),
        ind.CLAIMANT_M.key: count_if(claimant.sex == Sex.MALE),
        ind.CLAIMANT_X.key: count_if(claimant.sex == Sex.UNSPECIFIED),
        ind.MATTER_ALIMENTOS.key: count_if(Case.matter_alimentos.is_(True)),
        ind.MATTER_VISITAS.key: count_if(Case.matter_visitas.is_(True)),
        ind.MATTER_CUIDO.key: count_if(Case.matter_cuido.is_(True)),
        ind.CHILDREN_REQUESTED.key: func.coalesce(func.sum(_children_of_case()), 0),
        ind.REQUESTS_FLAGGED.key: count_if(Case.safeguarding_flagged.is_(True)),
    }

    def month(window: Window) -> Select[Any]:
        return (
            _grouped(window, Case.office_id, Case.created_by_id, columns)
            .join(claimant, claimant.id == Case.claimant_id)
            .where(
                window.contains_day(Case.request_date),
                # Not by the office index: the month's requests come from the date index.
                (Case.office_id + 0).in_(window.office_ids),
                Case.status != CaseStatus.ANULADA,
            )
            .group_by(Case.office_id, Case.created_by_id)
        )

    _merge(tally, session.execute(periods.union(month)), list(columns))


# ------------------------------------------------------------------------------ hearings
def hearings(session: Session, periods: Periods, tally: Tally) -> None:
    """Hearings dated in the office's months, by the status they are in now."""
    status = Hearing.status
    columns = {
        ind.HEARINGS_SCHEDULED.key: count_if(status != HearingStatus.ANULADA),
        ind.HEARINGS_HELD.key: count_if(status.in_(HELD)),
        ind.HEARINGS_SUSPENDED.key: count_if(status == HearingStatus.SUSPENDIDA),
        ind.HEARINGS_RESCHEDULED.key: count_if(status == HearingStatus.REPROGRAMADA),
        ind.HEARINGS_NO_SHOW.key: count_if(status == HearingStatus.INASISTENCIA),
        ind.HEARINGS_CANCELLED.key: count_if(status == HearingStatus.CANCELADA),
        ind.HEARINGS_PENDING.key: count_if(status.in_(PENDING)),
    }

    def month(window: Window) -> Select[Any]:
        return (
            _grouped(window, Hearing.office_id, Hearing.officer_id, columns)
            .where(window.contains(Hearing.starts_at, Hearing.office_id))
            .group_by(Hearing.office_id, Hearing.officer_id)
        )

    _merge(tally, session.execute(periods.union(month)), list(columns))


def days_to_first_hearing(session: Session, periods: Periods, histograms: Histograms) -> None:
    """Cases whose first hearing (session 1) was held in a month: calendar days from the
    request to it, counted per (month, office, officer, days)."""

    def month(window: Window) -> Select[Any]:
        offset = window.utc_offset(Hearing.starts_at, Hearing.office_id)
        days = local_days_since(Hearing.starts_at, offset, Case.request_date)
        return (
            _grouped(
                window,
                Hearing.office_id,
                Hearing.officer_id,
                {"days": days, "cases": func.count()},
            )
            .join(Case, Case.id == Hearing.case_id)
            .where(
                window.contains(Hearing.starts_at, Hearing.office_id),
                Hearing.status.in_(HELD),
                Hearing.session_number == 1,
            )
            .group_by(Hearing.office_id, Hearing.officer_id, days)
        )

    for period, office_id, officer_id, days, cases in session.execute(periods.union(month)):
        histograms.setdefault((period, office_id, officer_id), {})[days] = cases


# ------------------------------------------------------------------------------ closures
def closures(session: Session, periods: Periods, tally: Tally, closure: Histograms) -> set[str]:
    """Cases closed in the office's months: outcomes, children with an agreement, the monthly
    support agreed per currency, and the days from request to closure — one pass, grouped by
    (office, officer of the closing hearing, days, currency). Returns the currencies seen.

    Only concluded cases have a closing instant and an outcome; there is no status test,
    which SQLite would take for the best index. The officer is the one of the hearing the
    outcome record names (none for a case closed before any hearing).
    """
    newer = aliased(Agreement)
    columns = {
        ind.CLOSED.key: func.count(),
        **{
            indicator.key: count_if(Case.outcome == outcome)
            for outcome, indicator in ind.OUTCOMES.items()
        },
        ind.CHILDREN_COVERED.key: sum_if(Case.outcome.in_(AGREEMENTS), _children_of_case()),
    }
    extra = {
        "support_n": func.count(Agreement.monthly_support),
        "support_total": cast(func.sum(Agreement.monthly_support), Money),
    }

    def month(window: Window) -> Select[Any]:
        offset = window.utc_offset(Case.closed_at, Case.office_id)
        days = local_days_since(Case.closed_at, offset, Case.request_date)
        return (
            _grouped(window, Case.office_id, Hearing.officer_id, {**columns, **extra})
            .add_columns(days.label("days"), Agreement.currency.label("currency"))
            .select_from(Case)
            .outerjoin(
                Agreement,
                (Agreement.case_id == Case.id)
                # The newest record, should a case ever carry more than one.
                & ~exists().where(newer.case_id == Agreement.case_id, newer.id > Agreement.id),
            )
            .outerjoin(Hearing, Hearing.id == Agreement.hearing_id)
            .where(window.contains(Case.closed_at, Case.office_id), Case.outcome.is_not(None))
            .group_by(Case.office_id, Hearing.officer_id, days, Agreement.currency)
        )

    names = list(columns)
    currencies: set[str] = set()
    for period, office_id, officer_id, *values in session.execute(periods.union(month)):
        key = (period, office_id, officer_id)
        figures = tally.setdefault(key, {})
        for name, value in zip(names, values, strict=False):
            if value:
                figures[name] = figures.get(name, 0) + value
        support_n, support_total, days, currency = values[len(names) :]
        histogram = closure.setdefault(key, {})
        histogram[days] = histogram.get(days, 0) + values[0]
        if support_n:
            code = currency or "?"
            currencies.add(code)
            count_key, total_key = f"support_count:{code}", f"support_total:{code}"
            figures[count_key] = figures.get(count_key, 0) + support_n
            figures[total_key] = figures.get(total_key, Decimal("0.00")) + support_total
    return currencies


# ------------------------------------------------------------------------------ follow-up
def citations(session: Session, periods: Periods, tally: Tally) -> None:
    columns = {ind.CITATIONS_DELIVERED.key: func.count()}

    def month(window: Window) -> Select[Any]:
        return (
            _grouped(window, Hearing.office_id, Hearing.officer_id, columns)
            .select_from(Citation)
            .join(Hearing, Hearing.id == Citation.hearing_id)
            .where(window.contains(Citation.delivered_at, Hearing.office_id, by_office=False))
            .group_by(Hearing.office_id, Hearing.officer_id)
        )

    _merge(tally, session.execute(periods.union(month)), list(columns))


def referrals(session: Session, periods: Periods, tally: Tally) -> None:
    columns = {ind.REFERRALS.key: func.count()}

    def month(window: Window) -> Select[Any]:
        return (
            _grouped(window, Case.office_id, Referral.referred_by_id, columns)
            .select_from(Referral)
            .join(Case, Case.id == Referral.case_id)
            .where(window.contains(Referral.referred_at, Case.office_id, by_office=False))
            .group_by(Case.office_id, Referral.referred_by_id)
        )

    _merge(tally, session.execute(periods.union(month)), list(columns))


def overrides(session: Session, periods: Periods, tally: Tally) -> None:
    """Overrides, counted for the officer whose hearing needed them."""
    officer = func.coalesce(Hearing.officer_id, Override.user_id)
    columns = {ind.OVERRIDES.key: func.count()}

    def month(window: Window) -> Select[Any]:
        return (
            _grouped(window, Override.office_id, officer, columns)
            .select_from(Override)
            .outerjoin(Hearing, Hearing.id == Override.hearing_id)
            .where(window.contains(Override.at, Override.office_id, by_office=False))
            .group_by(Override.office_id, officer)
        )

    _merge(tally, session.execute(periods.union(month)), list(columns))


# ------------------------------------------------------------------------------ medians
def median(histogram: dict[int, int]) -> Decimal | None:
    """The median of a day-count histogram: the middle value, or the mean of the two middle
    values for an even count (so 7.5 days is possible)."""
    total = sum(histogram.values())
    if total == 0:
        return None
    low_rank, high_rank = (total + 1) // 2, (total + 2) // 2
    low: int | None = None
    seen = 0
    for days in sorted(histogram):
        seen += histogram[days]
        if low is None and seen >= low_rank:
            low = days
        if seen >= high_rank:
            assert low is not None
            return Decimal(low + days) / 2
    raise AssertionError("unreachable: the ranks are within the total")
