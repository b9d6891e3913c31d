"""What every benchmark of one run shares: the big database and how it came about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.data import MILLION, BuildReport
from conciliador.criteria import load_profile


@dataclass(frozen=True)
class Context:
    #: The cached one-million-hearing database (bench/data.py).
    database: Path
    #: Set when this run had to build it (the generation benchmark then reuses the timing).
    built: BuildReport | None
    #: Print a line of progress.
    say: Callable[[str], None] = print

    @property
    def now(self) -> dt.datetime:
        """The data's "now": 10:30, office time, on the day it was generated around (as
        ``conciliador demo --today`` sets it)."""
        zone = ZoneInfo(load_profile(MILLION.spec().profile_code).regional.timezone)
        return dt.datetime.combine(MILLION.today, dt.time(10, 30), zone)
