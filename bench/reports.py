"""Benchmark: the whole monthly summary over a million hearings on SQLite (target ≤ 300 ms),
beside the naive ORM loop over the same rows, measured in the same run.

    python -m bench.reports            (or `make bench` once bench/__main__.py runs it)

The million-hearing database is built once with the demo generator and cached outside the
repository; ``million_hearings_db`` uses the shared ``bench.data`` builder when it exists.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from conciliador.db import Database
from conciliador.models import Hearing, Office
from conciliador.services.actor import Actor
from conciliador.services.demo import DemoSpec, generate_demo
from conciliador.services.reports import Month, monthly_summary

SPEC = DemoSpec(
    cases=770_000,
    months=120,
    offices=100,
    seed=7,
    password="bench-2026!",
    today=dt.date(2026, 11, 23),
)
MONTH = Month(2026, 10)
RUNS = 9


def _cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    path = base / "conciliador" / "bench"
    path.mkdir(parents=True, exist_ok=True)
    return path


def million_hearings_db() -> Path:
    """The cached million-hearing SQLite file (built on first use: several minutes)."""
    try:  # the shared builder, where the branch that writes it has been merged
        from bench.data import million_hearings_db as shared  # type: ignore[import-not-found]

        return Path(shared())
    except ImportError:
        pass
    target = (
        _cache_dir() / f"reports-{SPEC.cases}-{SPEC.months}m-{SPEC.offices}o-s{SPEC.seed}.sqlite"
    )
    if target.exists():
        return target
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = Database(f"sqlite:///{partial}")
    db.upgrade()
    print("Generando la base de un millón de audiencias (una sola vez)…", file=sys.stderr)
    generate_demo(db, Actor.command_line("bench"), SPEC)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    partial.replace(target)
    return target


def _timed(fn: Any, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def run() -> dict[str, float]:
    path = million_hearings_db()
    db = Database(f"sqlite:///{path}")
    db.upgrade()  # adds the report indexes to a database built before them
    actor = Actor.command_line("bench")
    with db.read() as session:
        hearings = session.scalar(select(func.count()).select_from(Hearing)) or 0
        national = session.scalar(select(Office.id).where(Office.parent_id.is_(None)))
        department = session.scalar(select(Office.id).where(Office.code == "MN"))
    assert national is not None and department is not None
    monthly_summary(db, actor, MONTH, national)  # warm the page cache and the SQL cache
    national_ms = _timed(lambda: monthly_summary(db, actor, MONTH, national), RUNS)
    department_ms = _timed(lambda: monthly_summary(db, actor, MONTH, department), RUNS)

    from tests.support.report_oracle import count_month

    with db.read() as session:
        scope = set(session.scalars(select(Office.id)))

    def naive() -> None:
        with db.read() as session:
            for month in (MONTH, MONTH.previous, MONTH.year_before):
                count_month(session, month.year, month.month, scope)

    naive_ms = _timed(naive, 1)
    db.dispose()
    figures = {
        "hearings": float(hearings),
        "summary_national_median_ms": statistics.median(national_ms),
        "summary_national_best_ms": min(national_ms),
        "summary_department_median_ms": statistics.median(department_ms),
        "naive_orm_national_ms": naive_ms[0],
    }
    print(f"Resumen mensual sobre {hearings:,} audiencias (SQLite, {MONTH.iso}, 3 meses):")
    print(
        f"  nacional (100 oficinas): mediana {figures['summary_national_median_ms']:.0f} ms, "
        f"mejor {figures['summary_national_best_ms']:.0f} ms  (meta ≤ 300 ms)"
    )
    print(f"  departamental (MN):      mediana {figures['summary_department_median_ms']:.0f} ms")
    print(f"  ciclo ORM ingenuo (nacional): {figures['naive_orm_national_ms']:.0f} ms")
    return figures


if __name__ == "__main__":
    run()
