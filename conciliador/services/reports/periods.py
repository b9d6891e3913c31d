"""Calendar months as an office lives them: local months, their UTC bounds and UTC offsets.

A month is the office's local calendar month. Instants are stored in UTC, so each office's
month becomes a UTC range computed from its own time zone (two offices in different zones
have different ranges for the same month). Where a zone changes its UTC offset inside a
range (daylight saving time), the range is cut into segments of constant offset, so that SQL
can turn an instant into the office's local day on any engine.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from babel.dates import format_date

from conciliador.services.errors import FieldProblem, ValidationFailed
from conciliador.services.fields import ReportFields

_MONTH_TEXT = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1900 <= self.year <= 9998:
            raise ValidationFailed(
                FieldProblem(ReportFields.MONTH, f"{self.year}-{self.month:02d} no existe")
            )

    @classmethod
    def parse(cls, text: str) -> Month:
        """«2026-11» → Month(2026, 11); anything else is refused naming the field."""
        match = _MONTH_TEXT.match(text or "")
        if not match:
            raise ValidationFailed(
                FieldProblem(
                    ReportFields.MONTH, f"«{text}» no es un mes: use AAAA-MM, por ejemplo 2026-11"
                )
            )
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: dt.date) -> Month:
        return cls(day.year, day.month)

    def shift(self, months: int) -> Month:
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)

    @property
    def previous(self) -> Month:
        return self.shift(-1)

    @property
    def year_before(self) -> Month:
        return self.shift(-12)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def next_first_day(self) -> dt.date:
        return self.shift(1).first_day

    @property
    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def label(self, locale: str) -> str:
        """«noviembre de 2026»."""
        return format_date(self.first_day, "LLLL 'de' y", locale=locale)

    def short_label(self, locale: str) -> str:
        """«nov. 2026» — for column headers."""
        name = format_date(self.first_day, "LLL", locale=locale).rstrip(".")
        return f"{name}. {self.year}"

    def utc_bounds(self, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
        """The UTC instants where this month starts and the next one starts, in ``zone``."""
        start = dt.datetime.combine(self.first_day, dt.time(0), tzinfo=zone)
        end = dt.datetime.combine(self.next_first_day, dt.time(0), tzinfo=zone)
        return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


@dataclass(frozen=True)
class OffsetSegment:
    """[start, end) in UTC during which ``zone`` is ``seconds`` ahead of UTC (negative: behind)."""

    start: dt.datetime
    end: dt.datetime
    seconds: int


def _offset(zone: ZoneInfo, instant: dt.datetime) -> int:
    offset = instant.astimezone(zone).utcoffset()
    assert offset is not None
    return int(offset.total_seconds())


def offset_segments(zone: ZoneInfo, start: dt.datetime, end: dt.datetime) -> list[OffsetSegment]:
    """Cut [start, end) where the zone's UTC offset changes.

    Offsets are sampled hourly and each change is narrowed down to the second (time zone
    transitions happen on whole seconds, and never twice within an hour).
    """
    segments: list[OffsetSegment] = []
    seg_start = start
    current = _offset(zone, start)
    probe = start
    step = dt.timedelta(hours=1)
    while probe < end:
        nxt = min(probe + step, end)
        later = _offset(zone, nxt) if nxt < end else current
        if later != current:
            low, high = probe, nxt  # offset(low) == current, offset(high) == later
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if middle <= low:
                    break
                if _offset(zone, middle) == current:
                    low = middle
                else:
                    high = middle
            segments.append(OffsetSegment(seg_start, high, current))
            seg_start, current = high, later
        probe = nxt
    segments.append(OffsetSegment(seg_start, end, current))
    return segments
