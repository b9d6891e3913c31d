"""A visitation schedule as time on a two-week cycle, to find blocks that overlap.

Every block repeats weekly or every other week, so two weeks hold the whole pattern: a weekly
block happens twice in the cycle, an alternate-weeks block once, in the week its first date
falls in. Blocks that only touch (one ends at 18:00, the next starts at 18:00) do not overlap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from conciliador.domain.agreement_terms import VisitFrequency
from conciliador.domain.intervals import overlaps
from conciliador.services.agreements.terms import VisitBlock

DAY = 24 * 60
WEEK = 7 * DAY
CYCLE = 2 * WEEK
#: A Monday: alternate weeks are even or odd counted from here.
_EPOCH = dt.date(2001, 1, 1)


def _minute(day_index: int, moment: dt.time) -> int:
    return day_index * DAY + moment.hour * 60 + moment.minute


def duration(block: VisitBlock) -> int:
    """Minutes from the block's start to its end, running into the next week if need be;
    0 when it ends when it starts, or before it on the same day."""
    start = _minute(block.from_day.position, block.from_time)
    end = _minute(block.to_day.position, block.to_time)
    if block.from_day == block.to_day and end <= start:
        return 0
    return (end - start) % WEEK


def week_parity(day: dt.date) -> int:
    return ((day - _EPOCH).days // 7) % 2


def intervals(block: VisitBlock) -> list[tuple[int, int]]:
    """The block's minutes on the two-week cycle as [start, end) intervals (wrapping split).
    Empty when the block cannot be placed (no duration, or alternate weeks without a date)."""
    length = duration(block)
    if length == 0:
        return []
    start = _minute(block.from_day.position, block.from_time)
    if block.frequency == VisitFrequency.CADA_SEMANA:
        starts = [start, start + WEEK]
    elif block.first_date is not None:
        starts = [start + week_parity(block.first_date) * WEEK]
    else:
        return []
    result: list[tuple[int, int]] = []
    for s in starts:
        e = s + length
        if e <= CYCLE:
            result.append((s, e))
        else:
            result.extend([(s, CYCLE), (0, e - CYCLE)])
    return result


def overlapping_pairs(blocks: tuple[VisitBlock, ...]) -> Iterator[tuple[int, int]]:
    """(i, j) index pairs, i < j, of blocks that share some time."""
    placed = [intervals(b) for b in blocks]
    for i in range(len(blocks)):
        for j in range(i + 1, len(blocks)):
            if any(overlaps(a, b, c, d) for a, b in placed[i] for c, d in placed[j]):
                yield i, j
