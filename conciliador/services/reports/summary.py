"""The monthly summary: what a delegado takes to the monthly evaluation.

``monthly_summary`` computes, for one month and one office with everything below it, every
figure of ``indicators`` per office, per officer and consolidated up the hierarchy, each beside
the previous month and the same month a year before. The counting happens in SQL
(``queries``); this module decides the scope, runs the queries for the three months, adds the
groups up the office tree and hands back plain frozen data for the screen and the exports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from babel.numbers import get_currency_symbol
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from conciliador.db import Database
from conciliador.domain.enums import OfficeLevel, Role
from conciliador.models import Office, User
from conciliador.services.actor import Actor
from conciliador.services.audit import chain_of
from conciliador.services.audit_chain import chain_head
from conciliador.services.errors import PermissionDenied
from conciliador.services.offices import get_office, profile_of
from conciliador.services.permissions import Permission, require
from conciliador.services.reports import indicators as ind
from conciliador.services.reports import queries
from conciliador.services.reports.indicators import Indicator, Kind
from conciliador.services.reports.periods import Month
from conciliador.services.reports.sqlparts import Periods

Value = int | Decimal | None
CENT = Decimal("0.01")


class UnitKind(StrEnum):
    #: An office and every office below it, added up.
    TOTAL = "total"
    #: An office's own work (for a leaf office, the same as its total).
    OFFICE = "oficina"
    OFFICER = "conciliador"
    #: Records of an office without an officer (requests entered from the command line,
    #: cases closed before any hearing).
    UNASSIGNED = "sin_asignar"


@dataclass(frozen=True)
class Unit:
    key: str
    kind: UnitKind
    office_id: int
    office_code: str
    office_name: str
    label: str
    #: Nesting depth under the report's office, for indentation.
    depth: int
    officer_id: int | None = None


class Figure(NamedTuple):
    """One figure for the month, the month before and the same month a year before."""

    current: Value
    previous: Value
    year_before: Value


@dataclass(frozen=True)
class ScopeOffice:
    id: int
    code: str
    name: str
    level: OfficeLevel
    parent_id: int | None
    timezone: str


@dataclass(frozen=True)
class MonthlySummary:
    month: Month
    previous: Month
    year_before: Month
    office: ScopeOffice
    offices: tuple[ScopeOffice, ...]
    locale: str
    institution: str
    indicators: tuple[Indicator, ...]
    units: tuple[Unit, ...]
    #: unit key → indicator key → figure
    figures: dict[str, dict[str, Figure]]
    generated_at: dt.datetime  # aware, in the report office's time zone
    generated_by: str
    time_zones: tuple[str, ...]
    #: The children (offices directly below) of the report's office, in order.
    child_office_ids: tuple[int, ...] = field(default=())
    #: The audit trail's last event when the report was made («n.º 123 · SHA-256 …»): printed
    #: or sent to the office above, it is an anchor nobody can rewrite from this desk.
    audit_anchor: str = ""

    @property
    def total(self) -> Unit:
        return self.units[0]

    def figure(self, unit: Unit | str, indicator: Indicator | str) -> Figure:
        unit_key = unit if isinstance(unit, str) else unit.key
        key = indicator if isinstance(indicator, str) else indicator.key
        return self.figures[unit_key][key]

    def unit_of_office(self, office_id: int) -> Unit:
        """The office's total row (its own row for an office with nothing below)."""
        for unit in self.units:
            if unit.office_id == office_id and unit.kind in (UnitKind.TOTAL, UnitKind.OFFICE):
                return unit
        raise KeyError(office_id)

    @property
    def is_empty(self) -> bool:
        """Nothing at all happened in the month in the scope."""
        return all(not fig.current for fig in self.figures[self.total.key].values())


# ------------------------------------------------------------------------------ scope
def _scope(session: Session, actor: Actor, office_id: int) -> list[ScopeOffice]:
    """The office and all offices below it that the actor reaches, parents before children."""
    rows = session.execute(
        select(
            Office.id,
            Office.code,
            Office.name,
            Office.level,
            Office.parent_id,
            Office.timezone,
        ).order_by(Office.code)
    ).all()
    children: dict[int | None, list[ScopeOffice]] = {}
    by_id: dict[int, ScopeOffice] = {}
    for row in rows:
        office = ScopeOffice(row.id, row.code, row.name, row.level, row.parent_id, row.timezone)
        by_id[office.id] = office
        children.setdefault(office.parent_id, []).append(office)
    ordered: list[ScopeOffice] = []
    pending = [by_id[office_id]]
    while pending:
        current = pending.pop(0)
        if current.id in {o.id for o in ordered} or not actor.reaches(current.id):
            continue
        ordered.append(current)
        pending[0:0] = children.get(current.id, [])
    return ordered


# ------------------------------------------------------------------------------ counting
@dataclass
class _Counts:
    """What the queries returned for all compared months, by (month, office, officer)."""

    tally: queries.Tally
    currencies: set[str]
    first_hearing: queries.Histograms
    closure: queries.Histograms
    #: Days from an alert's key date to its dismissal.
    resolution: queries.Histograms = field(default_factory=dict)

    def all_keys(self) -> set[queries.Key]:
        return set(self.tally) | set(self.first_hearing) | set(self.closure) | set(self.resolution)


def _compliance(
    session: Session, counts: _Counts, offices: list[ScopeOffice], months: tuple[Month, ...]
) -> None:
    """Add the agreements' compliance and the alerts (``services.followup.compliance``)."""
    # Imported here: that module reads ``services.reports.periods``, whose package imports
    # this one.
    from conciliador.services.followup.compliance import report_compliance

    rows = list(session.scalars(select(Office).where(Office.id.in_([o.id for o in offices]))))
    found = report_compliance(session, rows, months)
    for key, figures in found.tally.items():
        mine = counts.tally.setdefault(key, {})
        for name, value in figures.items():
            mine[name] = mine.get(name, 0) + value
    counts.resolution = found.resolution
    counts.currencies |= found.currencies


def _count(session: Session, periods: Periods) -> _Counts:
    counts = _Counts({}, set(), {}, {})
    queries.requests(session, periods, counts.tally)
    queries.hearings(session, periods, counts.tally)
    queries.days_to_first_hearing(session, periods, counts.first_hearing)
    counts.currencies = queries.closures(session, periods, counts.tally, counts.closure)
    queries.citations(session, periods, counts.tally)
    queries.referrals(session, periods, counts.tally)
    queries.overrides(session, periods, counts.tally)
    return counts


@dataclass
class _Group:
    """A unit's figures for one month while they are being added up."""

    figures: dict[str, Any] = field(default_factory=dict)
    first_hearing: dict[int, int] = field(default_factory=dict)
    closure: dict[int, int] = field(default_factory=dict)
    resolution: dict[int, int] = field(default_factory=dict)

    def add(self, other: _Group) -> None:
        for name, value in other.figures.items():
            self.figures[name] = self.figures.get(name, 0) + value
        for mine, theirs in (
            (self.first_hearing, other.first_hearing),
            (self.closure, other.closure),
            (self.resolution, other.resolution),
        ):
            for days, cases in theirs.items():
                mine[days] = mine.get(days, 0) + cases

    def finish(self, currencies: list[str]) -> dict[str, Any]:
        figures = dict(self.figures)
        for currency in currencies:
            count = figures.get(f"support_count:{currency}", 0)
            total = figures.get(f"support_total:{currency}") or Decimal("0.00")
            figures[f"support_total:{currency}"] = total
            figures[f"support_average:{currency}"] = (
                (Decimal(total) / count).quantize(CENT, rounding=ROUND_HALF_EVEN) if count else None
            )
            arrears = f"arrears_total:{currency}"
            figures[arrears] = figures.get(arrears) or Decimal("0.00")
        figures[ind.MEDIAN_FIRST_HEARING.key] = queries.median(self.first_hearing)
        figures[ind.MEDIAN_CLOSURE.key] = queries.median(self.closure)
        figures[ind.MEDIAN_ALERT_RESOLUTION.key] = queries.median(self.resolution)
        followed = figures.get(ind.AGREEMENTS_FOLLOWED.key, 0)
        figures[ind.SHARE_FULLY_PAID.key] = (
            (Decimal(figures.get(ind.AGREEMENTS_FULLY_PAID.key, 0)) / followed).quantize(
                Decimal("0.0001"), rounding=ROUND_HALF_EVEN
            )
            if followed
            else None
        )
        return figures


def _unit_values(
    units: list[Unit],
    offices: list[ScopeOffice],
    counts: _Counts,
    period: int,
    currencies: list[str],
) -> dict[str, dict[str, Any]]:
    """Every unit's figures for one month: officer groups added into their office, offices
    into the totals of the offices above them, deepest first."""
    groups: dict[tuple[int, int | None], _Group] = {}
    for key in counts.all_keys():
        if key[0] == period:
            groups[(key[1], key[2])] = _Group(
                dict(counts.tally.get(key, {})),
                dict(counts.first_hearing.get(key, {})),
                dict(counts.closure.get(key, {})),
                dict(counts.resolution.get(key, {})),
            )
    own: dict[int, _Group] = {o.id: _Group() for o in offices}
    for (office_id, _officer), group in groups.items():
        if office_id in own:
            own[office_id].add(group)
    ids = {o.id for o in offices}
    children: dict[int, list[int]] = {}
    for office in offices:
        if office.parent_id is not None and office.parent_id in ids:
            children.setdefault(office.parent_id, []).append(office.id)
    totals: dict[int, _Group] = {}
    for office in reversed(offices):  # parents come before children in ``offices``
        total = _Group()
        total.add(own[office.id])
        for child in children.get(office.id, []):
            total.add(totals[child])
        totals[office.id] = total
    values: dict[str, dict[str, Any]] = {}
    for unit in units:
        if unit.kind == UnitKind.TOTAL:
            group = totals[unit.office_id]
        elif unit.kind == UnitKind.OFFICE:
            group = own[unit.office_id]
        else:
            group = groups.get((unit.office_id, unit.officer_id), _Group())
        values[unit.key] = group.finish(currencies)
    return values


# ------------------------------------------------------------------------------ units
def _units(session: Session, offices: list[ScopeOffice], counts: _Counts) -> list[Unit]:
    """Report rows: each office (with its total first when offices hang below it), then its
    officers; officers are every active conciliation officer plus anyone with activity."""
    ids = {o.id for o in offices}
    keys = {(office_id, officer_id) for _period, office_id, officer_id in counts.all_keys()}
    officers = session.execute(
        select(User.id, User.office_id).where(
            User.office_id.in_(sorted(ids)), User.role == Role.CONCILIADOR, User.active.is_(True)
        )
    ).all()
    keys |= {(office_id, user_id) for user_id, office_id in officers}
    keys = {k for k in keys if k[0] in ids}
    user_ids = sorted({officer for _office, officer in keys if officer is not None})
    names = dict(
        session.execute(select(User.id, User.full_name).where(User.id.in_(user_ids))).all()
    )
    by_office: dict[int, list[int | None]] = {}
    for office_id, officer_id in keys:
        by_office.setdefault(office_id, []).append(officer_id)

    parents = {o.id: o.parent_id for o in offices}
    has_children = {o.parent_id for o in offices if o.parent_id in ids}
    root = offices[0]
    units: list[Unit] = []

    def depth_of(office: ScopeOffice) -> int:
        depth, current = 0, office
        while current.id != root.id and current.parent_id is not None:
            depth += 1
            parent_id = parents[current.id]
            current = next(o for o in offices if o.id == parent_id)
        return depth

    for office in offices:
        depth = depth_of(office)
        label = f"{office.code} · {office.name}"
        people = sorted(
            by_office.get(office.id, []),
            key=lambda officer: (officer is None, names.get(officer or 0, "").lower()),
        )
        if office.id in has_children or (office.id == root.id and len(offices) > 1):
            units.append(
                Unit(
                    f"T:{office.id}",
                    UnitKind.TOTAL,
                    office.id,
                    office.code,
                    office.name,
                    f"{label} — total",
                    depth,
                )
            )
            if people:
                units.append(
                    Unit(
                        f"O:{office.id}",
                        UnitKind.OFFICE,
                        office.id,
                        office.code,
                        office.name,
                        f"{office.name} — sede",
                        depth + 1,
                    )
                )
            officer_depth = depth + 2
        else:
            units.append(
                Unit(
                    f"O:{office.id}",
                    UnitKind.OFFICE,
                    office.id,
                    office.code,
                    office.name,
                    label,
                    depth,
                )
            )
            officer_depth = depth + 1
        for officer in people:
            if officer is None:
                units.append(
                    Unit(
                        f"N:{office.id}",
                        UnitKind.UNASSIGNED,
                        office.id,
                        office.code,
                        office.name,
                        "Sin conciliador/a asignado/a",
                        officer_depth,
                    )
                )
            else:
                units.append(
                    Unit(
                        f"U:{office.id}:{officer}",
                        UnitKind.OFFICER,
                        office.id,
                        office.code,
                        office.name,
                        names.get(officer, f"Usuario n.º {officer}"),
                        officer_depth,
                        officer,
                    )
                )
    return units


# ------------------------------------------------------------------------------ use case
def monthly_summary(
    db: Database,
    actor: Actor,
    month: Month,
    office_id: int | None = None,
    *,
    now: dt.datetime | None = None,
) -> MonthlySummary:
    """The month's figures for ``office_id`` (default: the actor's office) and below it."""
    target = office_id if office_id is not None else actor.office_id
    if target is None:
        raise PermissionDenied("Indique la oficina del reporte (--office CÓDIGO).")
    actor = require(db, actor, Permission.VIEW_REPORTS, target)
    with db.read() as session:
        if session.get_bind().dialect.name == "postgresql":
            # One snapshot for every query of the report.
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            # Its queries read small index ranges but their plans cost past jit_above_cost:
            # compiling them took longer than running them (issue 19: EXPLAIN ANALYZE on the
            # million-hearing copy, about 2 s of the national summary's 5).
            session.execute(text("SET LOCAL jit = off"))
            # At the default random_page_cost (4, a spinning disk's) the planner prices the
            # month's 16,000 delivered citations looked up by key above one parallel scan of
            # the million hearings, and scans; the office's data sits in memory or on SSD,
            # where 1.1 is the usual figure (issue 19, on the million-hearing copy at load 3:
            # national 1.1–1.2 s at 4, 0.62–0.69 s at 1.1; departmental 0.45–0.61 s and 0.2 s).
            session.execute(text("SET LOCAL random_page_cost = 1.1"))
        office = get_office(session, target)
        profile = profile_of(office)
        locale = profile.regional.locale
        offices = _scope(session, actor, office.id)
        head = chain_head(session, chain_of(office.id))  # the office's own chain
        zones = {o.id: o.timezone for o in offices}
        months = (month, month.previous, month.year_before)
        counts = _count(session, Periods.build(months, zones))
        _compliance(session, counts, offices, months)
        currencies = sorted(counts.currencies | {profile.regional.currency})
        units = _units(session, offices, counts)
        per_period = [
            _unit_values(units, offices, counts, n, currencies) for n in range(len(months))
        ]
    symbols = [(c, get_currency_symbol(c, locale=locale) if c != "?" else "?") for c in currencies]
    catalogue = ind.catalogue(symbols)
    # Figures that may be missing (no case, no median) stay None; counts and sums are 0.
    optional = {
        i.key
        for i in catalogue
        if i.kind in (Kind.DAYS, Kind.PERCENT) or i.key.startswith("support_av")
    }
    figures: dict[str, dict[str, Figure]] = {}
    for unit in units:
        now_, before, year = (p[unit.key] for p in per_period)
        figures[unit.key] = {
            key: Figure(now_.get(key), before.get(key), year.get(key))
            if key in optional
            else Figure(now_.get(key, 0), None, None)
            if key in ind.CURRENT_MONTH_ONLY
            else Figure(now_.get(key, 0), before.get(key, 0), year.get(key, 0))
            for key in (i.key for i in catalogue)
        }
    scope_office = offices[0]
    return MonthlySummary(
        month=month,
        previous=month.previous,
        year_before=month.year_before,
        office=scope_office,
        offices=tuple(offices),
        locale=locale,
        institution=profile.institution.name,
        indicators=tuple(catalogue),
        units=tuple(units),
        figures=figures,
        generated_at=(now or db.now()).astimezone(ZoneInfo(office.timezone)),
        generated_by=actor.name,
        time_zones=tuple(sorted(set(zones.values()))),
        child_office_ids=tuple(o.id for o in offices if o.parent_id == scope_office.id),
        audit_anchor=f"n.º {head.event_id} · SHA-256 {head.hash}" if head else "",
    )
