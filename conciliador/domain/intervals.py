"""When two stretches of time clash, and when a slot is free: the one rule.

Intervals are half-open, ``[start, end)``: a hearing ending at 10:00 leaves 10:00 free for
the next. The SQL range in ``services/scheduling._clash_query`` is the same rule written as an
index-friendly query, and its candidates are checked again with :func:`overlaps`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator


def overlaps(
    start: dt.datetime, end: dt.datetime, other_start: dt.datetime, other_end: dt.datetime
) -> bool:
    """``[start, end)`` and ``[other_start, other_end)`` share some instant."""
    return start < other_end and other_start < end


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
