"""Working days for the generator: the office calendars of the services, with a cache."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from conciliador.criteria import Profile
from conciliador.services.calendar import OfficeCalendar, calendar_for

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class WorkingDays:
    """A calendar's working days over the generated span, for constant-time lookups."""

    first: int  # ordinal of the first day covered
    flags: list[bool]  # per day: a working day?
    rank: list[int]  # per day: how many working days up to and including it
    dates: list[dt.date]  # the working days, in order


class WorkingCalendars:
    """Each subdivision's office calendar, and its working days over the generated span worked
    out once (holiday lookups are slow at the generator's rate); the services' calendar stays
    the judge outside that span."""

    def __init__(self, profile: Profile, window_start: dt.date, today: dt.date) -> None:
        self.profile = profile
        self.window_start = window_start
        self.today = today
        self.calendars: dict[str, OfficeCalendar] = {}
        self._working: dict[str | None, WorkingDays] = {}

    def calendar(self, subdivision: str) -> OfficeCalendar:
        if subdivision not in self.calendars:
            self.calendars[subdivision] = calendar_for(
                self.profile,
                timezone=self.profile.regional.timezone,
                country=self.profile.regional.holidays_country,
                subdivision=subdivision,
            )
        return self.calendars[subdivision]

    def working(self, cal: OfficeCalendar, day: dt.date) -> bool:
        days = self.working_days(cal)
        index = day.toordinal() - days.first
        if 0 <= index < len(days.rank):
            return days.flags[index]
        return cal.is_working_day(day)

    def after_notice(self, cal: OfficeCalendar, day: dt.date, count: int) -> dt.date:
        """The ``count``-th working day after ``day`` (or calendar day, as the profile says)."""
        if self.profile.scheduling.notice_day_kind == "calendario":
            return day + dt.timedelta(days=count)
        days = self.working_days(cal)
        index = day.toordinal() - days.first
        if 0 <= index < len(days.rank) and days.rank[index] + count <= len(days.dates):
            return days.dates[days.rank[index] + count - 1]
        return cal.add_notice_days(day, count)

    def working_days(self, cal: OfficeCalendar) -> WorkingDays:
        """The office calendar's working days from the window's start to two years after
        today, worked out once per subdivision (holiday lookups are slow at this rate)."""
        known = self._working.get(cal.subdivision)
        if known is None:
            first = self.window_start - dt.timedelta(days=7)
            span = (self.today - first).days + 2 * 366
            open_days = [bool(cal.blocks(first + dt.timedelta(days=n))) for n in range(7)]
            flags = [
                open_days[n % 7]
                and not cal.holiday(day := first + dt.timedelta(days=n))
                and not cal.closure(day)
                for n in range(span)
            ]
            dates: list[dt.date] = []
            rank: list[int] = []
            for n, flag in enumerate(flags):
                if flag:
                    dates.append(first + dt.timedelta(days=n))
                rank.append(len(dates))  # working days up to and including this one
            known = self._working[cal.subdivision] = WorkingDays(
                first.toordinal(), flags, rank, dates
            )
        return known


def next_working(
    working: Callable[[OfficeCalendar, dt.date], bool],
    cal: OfficeCalendar,
    day: dt.date,
    limit: dt.date,
) -> dt.date:
    current = day
    while not working(cal, current) and current < limit:
        current += dt.timedelta(days=1)
    return current
