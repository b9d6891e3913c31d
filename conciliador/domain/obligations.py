"""What a signed agreement obliges, as dated instalments and expected visits, and what the
payments recorded against them leave owing.

Pure computation (no database, no clock): the services turn the stored terms into the plans
below and the recorded payments into ``PaidAmount``; everything here follows from them.
Arrears are never typed: ``account`` computes owed, paid, balance and the history of each
instalment. Payments settle the oldest instalment first (FIFO), the way a family's payment is
usually applied; an instalment is delinquent when part of it is still unpaid one month
(``delinquency_months``) after its due date.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from conciliador.domain.agreement_terms import Periodicity


class InstalmentKind(StrEnum):
    PENSION = "pension"
    AGUINALDO = "aguinaldo"
    ATRASOS = "atrasos"

    @property
    def label(self) -> str:
        return {
            InstalmentKind.PENSION: "Pensión",
            InstalmentKind.AGUINALDO: "Décimo tercer mes",
            InstalmentKind.ATRASOS: "Cuota de atrasos",
        }[self]


class InstalmentState(StrEnum):
    PAGADA = "pagada"
    PAGADA_CON_ATRASO = "pagada_con_atraso"
    PARCIAL = "parcial"
    PENDIENTE = "pendiente"
    POR_VENCER = "por_vencer"

    @property
    def label(self) -> str:
        return {
            InstalmentState.PAGADA: "Pagada",
            InstalmentState.PAGADA_CON_ATRASO: "Pagada con atraso",
            InstalmentState.PARCIAL: "Pagada en parte",
            InstalmentState.PENDIENTE: "Sin pagar",
            InstalmentState.POR_VENCER: "Por vencer",
        }[self]


# ------------------------------------------------------------------------------ calendar
def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later; the month's last day when it is shorter (31 Jan + 1 →
    28 or 29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _on_day(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def whole_months_between(start: dt.date, end: dt.date) -> int:
    """Whole months from ``start`` to ``end`` (0 when ``end`` is before one month is up)."""
    if end < start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    while months > 0 and add_months(start, months) > end:
        months -= 1
    return months


def due_dates(
    periodicity: Periodicity,
    first: dt.date,
    *,
    due_days: Sequence[int] = (),
    due_weekday: int | None = None,
) -> Iterator[dt.date]:
    """Every due date from ``first`` on: the agreed day(s) of each month (the month's last day
    when it is shorter), or the agreed weekday. Without agreed days the first date's day
    (or weekday) repeats."""
    if periodicity == Periodicity.SEMANAL:
        weekday = first.weekday() if due_weekday is None else due_weekday
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
        while True:
            yield day
            day += dt.timedelta(days=7)
    days = sorted(set(due_days)) or [first.day]
    if periodicity == Periodicity.QUINCENAL and len(days) == 1:
        days = sorted({days[0], days[0] + 15 if days[0] <= 16 else days[0] - 15})
    if periodicity == Periodicity.MENSUAL:
        days = days[:1]
    year, month = first.year, first.month
    while True:
        for d in days:
            candidate = _on_day(year, month, d)
            if candidate >= first:
                yield candidate
        month += 1
        if month > 12:
            year, month = year + 1, 1


# ------------------------------------------------------------------------------ plans
@dataclass(frozen=True)
class AdjustmentPlan:
    """The yearly adjustment: on ``first_date`` and the same day every year after. A fixed
    percentage is applied here; an index's figure is not known in advance, so the amount stays
    as it was and the instalments say an adjustment is due (``awaiting_index``) until the
    index's figure is recorded: ``index_figures`` are the published yearly variations, each
    with the day it applies from."""

    first_date: dt.date
    percentage: Decimal | None = None
    index_figures: tuple[tuple[dt.date, Decimal], ...] = ()

    def index_figure(self, day: dt.date) -> Decimal | None:
        """The variation for an adjustment on ``day``: the latest one that applies from a day
        in the year up to ``day`` (last year's figure is not this year's)."""
        year_before = add_months(day, -12)
        found = [(since, pct) for since, pct in self.index_figures if year_before < since <= day]
        return max(found)[1] if found else None

    def dates(self, until: dt.date) -> Iterator[dt.date]:
        years = 0
        while (day := add_months(self.first_date, 12 * years)) <= until:
            yield day
            years += 1


@dataclass(frozen=True)
class InKindItem:
    kind: str
    description: str
    when: str
    estimated_value: Decimal | None = None


@dataclass(frozen=True)
class SupportPlan:
    """Child support as agreed, in the agreement's currency, rounded to ``unit`` (its smallest
    amount)."""

    currency: str
    unit: Decimal
    amount: Decimal
    periodicity: Periodicity
    first_payment: dt.date
    due_days: tuple[int, ...] = ()
    due_weekday: int | None = None
    #: The yearly extra (the agreed share of the 13th-month pay), shared equally among the
    #: (month, day) dates the profile gives for it (December in Nicaragua; June and December
    #: for Colombia's prima de servicios).
    thirteenth_month: Decimal | None = None
    thirteenth_month_dates: tuple[tuple[int, int], ...] = ((12, 20),)
    adjustment: AdjustmentPlan | None = None
    arrears_total: Decimal | None = None
    arrears_count: int = 1
    arrears_first_due: dt.date | None = None
    in_kind: tuple[InKindItem, ...] = ()

    def round(self, amount: Decimal) -> Decimal:
        return amount.quantize(self.unit, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class VisitPlan:
    """One block of the visitation schedule: weekly, or every other week from ``first_date``."""

    from_weekday: int
    from_time: dt.time
    to_weekday: int
    to_time: dt.time
    every_weeks: int = 1
    first_date: dt.date | None = None


@dataclass(frozen=True)
class Segment:
    """One binding agreement (a signed acta) and the day it takes effect; a later segment
    supersedes it from its own ``effective_from``."""

    source_id: int
    label: str
    effective_from: dt.date
    support: SupportPlan | None = None
    visits: tuple[VisitPlan, ...] = ()
    in_kind: tuple[InKindItem, ...] = ()


# ------------------------------------------------------------------------------ schedule
@dataclass(frozen=True)
class Instalment:
    kind: InstalmentKind
    due: dt.date
    amount: Decimal
    currency: str
    source_id: int
    #: An index adjustment applies from this instalment on and its figure is not yet recorded.
    awaiting_index: bool = False
    #: Position among the instalments of the same kind (1, 2, …), for «cuota 3 de 12».
    number: int = 1
    of: int | None = None


def _support_instalments(plan: SupportPlan, source: int, until: dt.date) -> Iterator[Instalment]:
    if plan.amount <= 0:
        return
    amount = plan.amount
    adjustments = list(plan.adjustment.dates(until)) if plan.adjustment else []
    applied = 0
    awaiting = False
    dates = due_dates(
        plan.periodicity, plan.first_payment, due_days=plan.due_days, due_weekday=plan.due_weekday
    )
    for number, due in enumerate(dates, start=1):
        if due > until:
            return
        while applied < len(adjustments) and adjustments[applied] <= due:
            assert plan.adjustment is not None
            rate = plan.adjustment.percentage
            if rate is None and not awaiting:
                # an index: its published figure, once recorded; without it the amount stays
                # and every later adjustment waits too (it would build on an unknown amount)
                rate = plan.adjustment.index_figure(adjustments[applied])
            if rate is None:
                awaiting = True
            else:
                amount = plan.round(amount * (1 + rate / 100))
            applied += 1
        yield Instalment(
            InstalmentKind.PENSION, due, amount, plan.currency, source, awaiting, number
        )


def _thirteenth_month(plan: SupportPlan, source: int, until: dt.date) -> Iterator[Instalment]:
    if not plan.thirteenth_month or plan.thirteenth_month <= 0 or not plan.thirteenth_month_dates:
        return
    dates = sorted(plan.thirteenth_month_dates)
    parts = _split(plan.round(plan.thirteenth_month), len(dates), plan.unit)
    year = plan.first_payment.year
    number = 0
    while _on_day(year, *dates[0]) <= until:
        for (month, day), amount in zip(dates, parts, strict=True):
            due = _on_day(year, month, day)
            if plan.first_payment <= due <= until:
                number += 1
                yield Instalment(
                    InstalmentKind.AGUINALDO,
                    due,
                    amount,
                    plan.currency,
                    source,
                    number=number,
                )
        year += 1


def _split(total: Decimal, parts: int, unit: Decimal) -> list[Decimal]:
    """``total`` in ``parts`` shares that differ by at most one ``unit``, larger first."""
    units = int(total / unit)
    base, extra = divmod(units, parts)
    return [(base + (1 if i < extra else 0)) * unit for i in range(parts)]


def _arrears(plan: SupportPlan, source: int, until: dt.date) -> Iterator[Instalment]:
    if not plan.arrears_total or plan.arrears_total <= 0 or plan.arrears_count < 1:
        return
    count = plan.arrears_count
    total = plan.round(plan.arrears_total)
    each = (total / count // plan.unit) * plan.unit
    first = plan.arrears_first_due or plan.first_payment
    dates = due_dates(plan.periodicity, first, due_days=plan.due_days, due_weekday=plan.due_weekday)
    for number, due in enumerate(dates, start=1):
        if number > count or due > until:
            return
        amount = total - each * (count - 1) if number == count else each
        yield Instalment(
            InstalmentKind.ATRASOS, due, amount, plan.currency, source, number=number, of=count
        )


def plan_instalments(plan: SupportPlan, source_id: int, until: dt.date) -> list[Instalment]:
    """Every instalment of one support plan due on or before ``until``, by date."""
    items = [
        *_support_instalments(plan, source_id, until),
        *_thirteenth_month(plan, source_id, until),
        *_arrears(plan, source_id, until),
    ]
    return sorted(items, key=_order)


_KIND_ORDER = {k: i for i, k in enumerate(InstalmentKind)}


def _order(item: Instalment) -> tuple[dt.date, int, int]:
    return item.due, _KIND_ORDER[item.kind], item.number


def _windows(
    segments: Sequence[Segment],
) -> list[tuple[Segment, dt.date | None, dt.date | None]]:
    """Each segment with the day it takes over from the one before (``None`` for the first:
    it obliges from its own first payment) and the day the next one supersedes it (``None``:
    still in force)."""
    ordered = sorted(segments, key=lambda s: (s.effective_from, s.source_id))
    return [
        (
            s,
            s.effective_from if i > 0 else None,
            ordered[i + 1].effective_from if i + 1 < len(ordered) else None,
        )
        for i, s in enumerate(ordered)
    ]


def schedule(segments: Sequence[Segment], until: dt.date) -> list[Instalment]:
    """The instalments of a family's agreements due on or before ``until``: each agreement's
    own from the day it takes effect until a later one does, by due date (oldest first). A
    later agreement that restates an earlier first payment (a replacement acta correcting a
    defect keeps the original's dates) obliges only from its own day: the months before it
    were owed under the acta then in force, once."""
    items: list[Instalment] = []
    for segment, takes_over, superseded in _windows(segments):
        if segment.support is None:
            continue
        for item in plan_instalments(segment.support, segment.source_id, until):
            if (takes_over is None or item.due >= takes_over) and (
                superseded is None or item.due < superseded
            ):
                items.append(item)
    return sorted(items, key=_order)


def adjustment_dates(segments: Sequence[Segment], start: dt.date, end: dt.date) -> list[dt.date]:
    """The yearly adjustments in force that fall between ``start`` and ``end`` (inclusive)."""
    found: list[dt.date] = []
    for segment, takes_over, superseded in _windows(segments):
        plan = segment.support
        if plan is None or plan.adjustment is None:
            continue
        for day in plan.adjustment.dates(end):
            in_force = (takes_over is None or day >= takes_over) and (
                superseded is None or day < superseded
            )
            if day >= start and in_force:
                found.append(day)
    return sorted(found)


@dataclass(frozen=True)
class ExpectedVisit:
    """A visit the agreement expects, in the office's wall-clock time."""

    starts: dt.datetime
    ends: dt.datetime
    source_id: int


def _visit_dates(plan: VisitPlan, start: dt.date, end: dt.date) -> Iterator[dt.date]:
    anchor = plan.first_date or start
    day = max(start, anchor)
    day += dt.timedelta(days=(plan.from_weekday - day.weekday()) % 7)
    if plan.every_weeks == 2 and plan.first_date is not None:
        first = plan.first_date + dt.timedelta(
            days=(plan.from_weekday - plan.first_date.weekday()) % 7
        )
        if ((day - first).days // 7) % 2:
            day += dt.timedelta(days=7)
    while day <= end:
        yield day
        day += dt.timedelta(days=7 * plan.every_weeks)


def expected_visits(
    segments: Sequence[Segment], start: dt.date, end: dt.date
) -> list[ExpectedVisit]:
    """The visits expected between ``start`` and ``end``, by start time."""
    found: list[ExpectedVisit] = []
    for segment, _takes_over, superseded in _windows(segments):
        window_start = max(start, segment.effective_from)
        window_end = end if superseded is None else min(end, superseded - dt.timedelta(days=1))
        for plan in segment.visits:
            span = (plan.to_weekday - plan.from_weekday) % 7
            if span == 0 and plan.to_time <= plan.from_time:
                span = 0 if plan.to_time == plan.from_time else 7
            for day in _visit_dates(plan, window_start, window_end):
                starts = dt.datetime.combine(day, plan.from_time)
                ends = dt.datetime.combine(day + dt.timedelta(days=span), plan.to_time)
                if ends > starts:
                    found.append(ExpectedVisit(starts, ends, segment.source_id))
    return sorted(found, key=lambda v: v.starts)


# ------------------------------------------------------------------------------ account
@dataclass(frozen=True)
class PaidAmount:
    """A payment as the account needs it: when, how much, and which record it is."""

    paid_on: dt.date
    amount: Decimal
    payment_id: int = 0


@dataclass(frozen=True)
class Applied:
    payment_id: int
    paid_on: dt.date
    amount: Decimal


@dataclass(frozen=True)
class InstalmentStatus:
    instalment: Instalment
    paid: Decimal
    remaining: Decimal
    state: InstalmentState
    #: The day its last part was paid, when it is fully paid.
    settled_on: dt.date | None
    history: tuple[Applied, ...]
    #: Part of it still unpaid one month (or the rule's months) after its due date.
    delinquent: bool


@dataclass(frozen=True)
class Account:
    as_of: dt.date
    currency: str | None
    owed: Decimal
    paid: Decimal
    #: Owed minus paid; negative when the family has paid ahead.
    balance: Decimal
    #: Whole months since the oldest instalment still unpaid fell due (0: up to date).
    months_in_arrears: int
    oldest_unpaid_due: dt.date | None
    instalments: tuple[InstalmentStatus, ...]
    #: Payments not applied to any instalment yet (paid ahead of the schedule shown).
    credit: Decimal = field(default=Decimal(0))

    @property
    def delinquent(self) -> tuple[InstalmentStatus, ...]:
        return tuple(s for s in self.instalments if s.delinquent)

    @property
    def overdue_amount(self) -> Decimal:
        """What is due and unpaid (never negative)."""
        return max(self.balance, Decimal(0))


@dataclass
class _Left:
    """What is left of a payment while it settles instalments."""

    payment_id: int
    paid_on: dt.date
    amount: Decimal


def account(
    instalments: Iterable[Instalment],
    payments: Iterable[PaidAmount],
    as_of: dt.date,
    *,
    delinquency_months: int = 1,
) -> Account:
    """Owed, paid, balance and each instalment's history as of ``as_of``.

    Instalments after ``as_of`` are listed as upcoming and not owed; payments after ``as_of``
    do not count. Payments settle instalments oldest first, in the order they were paid."""
    items = sorted(instalments, key=_order)
    paid_list = sorted((p for p in payments if p.paid_on <= as_of), key=lambda p: p.paid_on)
    currency = items[0].currency if items else None
    owed = sum((i.amount for i in items if i.due <= as_of), Decimal(0))
    paid = sum((p.amount for p in paid_list), Decimal(0))
    queue = [_Left(p.payment_id, p.paid_on, p.amount) for p in paid_list if p.amount > 0]
    statuses: list[InstalmentStatus] = []
    oldest: dt.date | None = None
    for item in items:
        need = item.amount
        history: list[Applied] = []
        while need > 0 and queue:
            head = queue[0]
            take = min(need, head.amount)
            history.append(Applied(head.payment_id, head.paid_on, take))
            need -= take
            head.amount -= take
            if head.amount == 0:
                queue.pop(0)
        applied = item.amount - need
        settled = history[-1].paid_on if need == 0 and history else None
        if item.due > as_of:
            state = InstalmentState.POR_VENCER if need > 0 else InstalmentState.PAGADA
        elif need == 0:
            late = settled is not None and settled > item.due
            state = InstalmentState.PAGADA_CON_ATRASO if late else InstalmentState.PAGADA
        else:
            state = InstalmentState.PARCIAL if applied > 0 else InstalmentState.PENDIENTE
            oldest = oldest or item.due
        delinquent = (
            need > 0 and item.due <= as_of and add_months(item.due, delinquency_months) <= as_of
        )
        statuses.append(
            InstalmentStatus(item, applied, need, state, settled, tuple(history), delinquent)
        )
    credit = sum((q.amount for q in queue), Decimal(0))
    return Account(
        as_of=as_of,
        currency=currency,
        owed=owed,
        paid=paid,
        balance=owed - paid,
        months_in_arrears=whole_months_between(oldest, as_of) if oldest else 0,
        oldest_unpaid_due=oldest,
        instalments=tuple(statuses),
        credit=credit,
    )
