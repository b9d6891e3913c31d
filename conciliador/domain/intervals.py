"""When two stretches of time clash, and when a slot is free: the one rule.

Intervals are half-open, ``[start, end)``: a hearing ending at 10:00 leaves 10:00 free for
the next. SQL queries take the same two comparisons from :func:`overlap_terms`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any, Protocol, TypeVar


class _Ordered(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


T = TypeVar("T", bound=_Ordered)


def overlap_terms(start: Any, end: Any, other_start: Any, other_end: Any) -> tuple[Any, Any]:
    """The two comparisons that make ``[start, end)`` and ``[other_start, other_end)`` share
    some instant: both true for values; for SQL columns, the two terms of the WHERE clause."""
    return start < other_end, other_start < end


def overlaps(start: T, end: T, other_start: T, other_end: T) -> bool:
    """``[start, end)`` and ``[other_start, other_end)`` share some instant (instants, or
    minutes of a cycle: anything ordered)."""
    return all(overlap_terms(start, end, other_start, other_end))


def is_free(
    start: dt.datetime, end: dt.datetime, busy: Iterable[tuple[dt.datetime, dt.datetime]]
) -> bool:
    """No busy interval overlaps ``[start, end)``."""
    return not any(overlaps(start, end, b0, b1) for b0, b1 in busy)


def starts_within(
    block_start: dt.datetime, block_end: dt.datetime, length: dt.timedelta, step: dt.timedelta
) -> Iterator[dt.datetime]:
    """The starts, ``step`` apart from ``block_start``, of every ``length``-long slot that ends
    within the office block ``[block_start, block_end]``."""
    start = block_start
    while start + length <= block_end:
        yield start
        start += step
