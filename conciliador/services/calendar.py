"""An office's working calendar: office hours, public holidays and closure days.

Everything here reasons in the office's local time; instants are converted at the edges.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from conciliador.criteria import Profile
from conciliador.criteria.schema import WEEKDAYS


@lru_cache(maxsize=64)
def _holidays(country: str, subdivision: str | None, year: int) -> dict[dt.date, str]:
    try:
        table = holidays.country_holidays(country, subdiv=subdivision, years=year, language="es")
    except NotImplementedError:
        table = holidays.country_holidays(country, subdiv=subdivision, years=year)
    return dict(table.items())


@dataclass(frozen=True)
class OfficeCalendar:
    profile: Profile
    timezone: str
    country: str
    subdivision: str | None
    closures: dict[dt.date, str]

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    # -- conversions -------------------------------------------------------------------------
    def local(self, instant: dt.datetime) -> dt.datetime:
        return instant.astimezone(self.zone)

    def to_utc(self, moment: dt.datetime) -> dt.datetime:
        """An aware instant as UTC; a naive one is read as the office's wall-clock time."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self.zone)
        return moment.astimezone(dt.UTC)

    def day_bounds(self, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
        """The UTC instants where this local day starts and the next one starts."""
        start = dt.datetime.combine(day, dt.time(0), tzinfo=self.zone)
        end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=self.zone)
        return start.astimezone(dt.UTC), end.astimezone(dt.UTC)

    # -- days --------------------------------------------------------------------------------
    #: Holidays added by decree (recorded in the app, from the criteria version in force on
    #: each of those days), which the holidays table does not know.
    decreed: dict[dt.date, str] = field(default_factory=dict)

    def holiday(self, day: dt.date) -> str | None:
        decreed = self.decreed.get(day)
        if decreed:
            return decreed
        return _holidays(self.country, self.subdivision, day.year).get(day)

    def closure(self, day: dt.date) -> str | None:
        return self.closures.get(day)

    def blocks(self, day: dt.date) -> list[tuple[dt.time, dt.time]]:
        return self.profile.scheduling.blocks_for(day.weekday())

    def is_working_day(self, day: dt.date) -> bool:
        return bool(self.blocks(day)) and not self.holiday(day) and not self.closure(day)

    def add_notice_days(self, day: dt.date, count: int) -> dt.date:
        """The first day a hearing may be held when booked on ``day``."""
        if self.profile.scheduling.notice_day_kind == "calendario":
            return day + dt.timedelta(days=count)
        current = day
        remaining = count
        while remaining > 0:
            current += dt.timedelta(days=1)
            if self.is_working_day(current):
                remaining -= 1
        return current

    def within_hours(self, start: dt.datetime, end: dt.datetime) -> bool:
        """Whether [start, end) — local times — fits inside one office-hours block."""
        if start.date() != end.date() and end.time() != dt.time(0):
            return False
        for block_start, block_end in self.blocks(start.date()):
            if block_start <= start.time() and end.time() <= block_end and start < end:
                return True
        return False

    def hours_text(self) -> str:
        """«lunes a viernes 08:00–12:00 y 13:00–17:00» — for messages."""
        groups: dict[tuple[tuple[dt.time, dt.time], ...], list[int]] = {}
        for weekday in range(7):
            blocks = tuple(self.profile.scheduling.blocks_for(weekday))
            if blocks:
                groups.setdefault(blocks, []).append(weekday)
        parts = []
        for blocks, days in groups.items():
            names = [
                WEEKDAYS[d].replace("miercoles", "miércoles").replace("sabado", "sábado")
                for d in days
            ]
            contiguous = days == list(range(days[0], days[-1] + 1))
            day_text = (
                f"{names[0]} a {names[-1]}" if contiguous and len(days) > 2 else ", ".join(names)
            )
            hours = " y ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in blocks)
            parts.append(f"{day_text} {hours}")
        return "; ".join(parts)


def calendar_for(
    profile: Profile,
    *,
    timezone: str,
    country: str,
    subdivision: str | None,
    closures: Iterable[tuple[dt.date, str]] = (),
    decreed: Iterable[tuple[dt.date, str]] | None = None,
) -> OfficeCalendar:
    """``decreed``: the holidays added by decree; by default the profile's own."""
    if decreed is None:
        decreed = [(h.day, h.name) for h in profile.scheduling.decreed_holidays]
    return OfficeCalendar(profile, timezone, country, subdivision, dict(closures), dict(decreed))
