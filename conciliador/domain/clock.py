"""The one clock: the only place in the application that reads the machine's time.

Everything else asks a :class:`Clock` — the database handle carries one (``db.now()``), the
desktop passes it to its areas — so a test, a demo or a replay can pin "now" for the whole
program at once. ``tests/domain/test_clock.py`` fails when a new ``datetime.now()``,
``date.today()`` or ``utcnow()`` appears outside this file.

Instants are always aware and in UTC; the office's calendar turns them into local days.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The present instant, aware, in UTC."""
        ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


class FixedClock:
    """A clock that says what it is told (tests, demos generated "as of" a day, replays).

    It stands still unless moved: :meth:`set` jumps, :meth:`advance` moves forward.
    """

    def __init__(self, instant: dt.datetime) -> None:
        self._instant = _aware(instant)

    def now(self) -> dt.datetime:
        return self._instant

    def set(self, instant: dt.datetime) -> None:
        self._instant = _aware(instant)

    def advance(self, delta: dt.timedelta) -> None:
        self._instant += delta

    def __repr__(self) -> str:
        return f"FixedClock({self._instant.isoformat()})"


class SteadyClock:
    """A clock set to an instant that then runs at the machine's pace (its monotonic clock,
    never its calendar): the tests' "now", so that durations and orderings still hold."""

    def __init__(self, start: dt.datetime) -> None:
        self._start = _aware(start)
        self._origin = time.monotonic()

    def now(self) -> dt.datetime:
        return self._start + dt.timedelta(seconds=time.monotonic() - self._origin)

    def __repr__(self) -> str:
        return f"SteadyClock(from {self._start.isoformat()})"


def _aware(instant: dt.datetime) -> dt.datetime:
    if instant.tzinfo is None:
        raise ValueError("a clock's instant must carry its time zone")
    return instant.astimezone(dt.UTC)


SYSTEM_CLOCK = SystemClock()
