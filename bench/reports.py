"""Benchmark: the whole monthly summary over a million hearings on SQLite (target ≤ 300 ms),
beside the naive ORM loop over the same rows, measured in the same run.

    python -m bench.reports            (or `python -m bench reports`, part of `make bench`)

The million-hearing database is the shared one of bench/data.py (built once, cached outside
the repository).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from conciliador.db import Database
from conciliador.models import Hearing, Office
from conciliador.services.actor import Actor
from conciliador.services.reports import Month, monthly_summary

MONTH = Month(2026, 10)
RUNS = 9


def million_hearings_db() -> Path:
    """The shared million-hearing SQLite file (bench/data.py; built once on first use)."""
    from bench.data import million_hearings_db as shared

    return shared()


def _timed(fn: Any, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def run(path: Path | None = None) -> dict[str, float]:
    path = path or million_hearings_db()
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


def figures(context: Any) -> list[Any]:
    """The figures of ``make bench`` (bench/__main__.py), on the shared million-hearing file."""
    from bench.figures import Figure

    got = run(context.database)
    return [
        Figure(
            key="summary",
            title="Monthly summary, national, 3 months (monthly_summary)",
            unit="ms",
            value=got["summary_national_median_ms"],
            target=300.0,
            naive=got["naive_orm_national_ms"],
            naive_how="ORM objects of the three months counted in Python loops (one run)",
            detail=(
                f"median of {RUNS} after a warm-up, best {got['summary_national_best_ms']:.0f} ms;"
                f" {got['hearings']:,.0f} hearings, {MONTH.iso}; one department (MN) median"
                f" {got['summary_department_median_ms']:.0f} ms"
            ),
        )
    ]


if __name__ == "__main__":
    run()
