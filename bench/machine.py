"""What the figures were measured on: they mean little without it."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy


@dataclass(frozen=True)
class Machine:
    cpu: str
    cores: int
    ram_gib: float
    python: str
    sqlite: str
    sqlalchemy: str
    system: str
    date: str
    #: The 1-minute load average when the run started: other work on the machine skews timings.
    load: float

    def lines(self) -> list[str]:
        return [
            f"CPU: {self.cpu}, {self.cores} cores",
            f"RAM: {self.ram_gib:.1f} GiB",
            f"Python {self.python}, SQLite {self.sqlite}, SQLAlchemy {self.sqlalchemy}",
            f"System: {self.system}",
            f"Date: {self.date}; load average when the run started: {self.load:.2f}",
        ]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return float("nan")


def describe() -> Machine:
    return Machine(
        cpu=_cpu_model(),
        cores=os.cpu_count() or 1,
        ram_gib=_ram_gib(),
        python=platform.python_version(),
        sqlite=sqlite3.sqlite_version,
        sqlalchemy=sqlalchemy.__version__,
        system=f"{platform.system()} {platform.release()}",
        date=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        load=os.getloadavg()[0],
    )
