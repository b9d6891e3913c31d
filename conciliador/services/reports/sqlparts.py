"""SQL building blocks the monthly summary shares: a month's window per time zone, the local
day of an instant, and conditional counts — written once, rendered for SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    and_,
    case,
    false,
    func,
    literal,
    or_,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from conciliador.services.reports.periods import Month, OffsetSegment, offset_segments


@dataclass(frozen=True)
class ZoneRange:
    """The offices of one time zone and the UTC range their month covers."""

    timezone: str
    office_ids: frozenset[int]
    start: dt.datetime
    end: dt.datetime
    segments: tuple[OffsetSegment, ...]


@dataclass(frozen=True)
class Window:
    """One month, as each office in the report's scope lives it."""

    number: int
    month: Month
    zones: tuple[ZoneRange, ...]

    @classmethod
    def build(cls, number: int, month: Month, office_zones: Mapping[int, str]) -> Window:
        by_zone: dict[str, set[int]] = {}
        for office_id, zone in office_zones.items():
            by_zone.setdefault(zone, set()).add(office_id)
        zones = []
        for name in sorted(by_zone):
            start, end = month.utc_bounds(ZoneInfo(name))
            segments = offset_segments(ZoneInfo(name), start, end)
            zones.append(ZoneRange(name, frozenset(by_zone[name]), start, end, tuple(segments)))
        return cls(number, month, tuple(zones))

    @property
    def office_ids(self) -> list[int]:
        return sorted(frozenset().union(*(z.office_ids for z in self.zones)))

    @property
    def label(self) -> ColumnElement[int]:
        """The month's number as a constant column (0 = the month, 1 = the one before …)."""
        return literal(self.number, Integer)

    def contains(self, instant: Any, office: Any, *, by_office: bool = True) -> ColumnElement[bool]:
        """``instant`` falls in the month of the office ``office`` belongs to.

        One range per time zone, each with its offices, so that a query can use an
        (office, instant) index. Where the office is on a joined table (``by_office=False``)
        the office test is written so that no index serves it: without statistics SQLite
        would otherwise start from every record of the offices instead of from the month's
        records in the date index.
        """
        if not by_office:
            office = office + 0
        branches = [
            and_(office.in_(sorted(z.office_ids)), instant >= z.start, instant < z.end)
            for z in self.zones
        ]
        if not branches:
            return false()
        return branches[0] if len(branches) == 1 else or_(*branches)

    def contains_day(self, day: Any) -> ColumnElement[bool]:
        """A local date (already in the office's calendar) falls in the month."""
        return and_(day >= self.month.first_day, day < self.month.next_first_day)

    def utc_offset(self, instant: Any, office: Any) -> ColumnElement[int]:
        """The office's UTC offset in seconds at ``instant`` (an instant inside the month)."""
        distinct = {s.seconds for z in self.zones for s in z.segments}
        if len(distinct) <= 1:
            return literal(distinct.pop() if distinct else 0, Integer)
        whens = []
        for zone in self.zones:
            in_zone = office.in_(sorted(zone.office_ids))
            for seg in zone.segments:
                whens.append(
                    (
                        and_(in_zone, instant >= seg.start, instant < seg.end),
                        literal(seg.seconds, Integer),
                    )
                )
        return case(*whens, else_=literal(0, Integer))


@dataclass(frozen=True)
class Periods:
    """The months a report compares: the month, the one before, the same one a year before.

    Each query is written for one month and run as a UNION ALL over the months: one
    statement, and every branch a plain range on an index (measured faster on SQLite than
    one range test per month OR-ed together).
    """

    windows: tuple[Window, ...]

    @classmethod
    def build(cls, months: Iterable[Month], office_zones: Mapping[int, str]) -> Periods:
        return cls(tuple(Window.build(n, m, office_zones) for n, m in enumerate(months)))

    def union(self, build: Callable[[Window], Select[Any]]) -> CompoundSelect[Any] | Select[Any]:
        selects = [build(window) for window in self.windows]
        return selects[0] if len(selects) == 1 else union_all(*selects)


class local_days_since(FunctionElement[int]):
    """Calendar days from a local date to the local day of an instant.

    ``local_days_since(instant, offset_seconds, day)``: the instant is shifted by the
    office's UTC offset and cut to its date, then the date ``day`` is subtracted. SQLite
    reads the stored text to the second (its date functions round fractions to the
    millisecond, which could push 23:59:59.9995 into the next day).
    """

    type = Integer()
    name = "local_days_since"
    inherit_cache = True


@compiles(local_days_since, "sqlite")
def _local_days_sqlite(element: local_days_since, compiler: SQLCompiler, **kw: Any) -> str:
    instant, offset, day = (compiler.process(c, **kw) for c in element.clauses)
    return (
        f"CAST(julianday(date(substr({instant}, 1, 19), ({offset}) || ' seconds')) "
        f"- julianday({day}) AS INTEGER)"
    )


@compiles(local_days_since, "postgresql")
def _local_days_postgresql(element: local_days_since, compiler: SQLCompiler, **kw: Any) -> str:
    instant, offset, day = (compiler.process(c, **kw) for c in element.clauses)
    return (
        f"(CAST(({instant} AT TIME ZONE 'UTC') + ({offset}) * INTERVAL '1 second' AS DATE) - {day})"
    )


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows of the group meet ``condition`` (0, never NULL, for an empty group)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def sum_if(condition: ColumnElement[bool], value: ColumnElement[Any]) -> ColumnElement[Any]:
    return func.coalesce(func.sum(case((condition, value), else_=0)), 0)


def labelled(columns: Iterable[tuple[str, ColumnElement[Any]]]) -> list[ColumnElement[Any]]:
    return [column.label(name) for name, column in columns]
