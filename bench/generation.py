"""Generating the million-hearing database, from an empty migrated schema to the committed
data with every index built (``generate_demo`` with its defaults: bulk SQLite load, two
processes on a two-core machine).

When this run built the cached database, that build is the figure; otherwise the database is
built again into a temporary file next to the cache (and deleted).

Naive: the same generator writing through the ORM, one ``session.add()`` per row, into an
ordinary unit of work with every index in place. At about a millisecond per row that would
take hours for the whole database, so it is timed on two samples of the same shape (100
offices, ten years; 500 and 1,500 cases) and extrapolated linearly to the database's hearings:
the difference between the samples gives the cost of one more hearing, so the fixed start-up
is counted once.
"""

from __future__ import annotations

import dataclasses
import tempfile
import time
from pathlib import Path

from bench.context import Context
from bench.data import MILLION, BuildReport, build_database, cache_dir
from bench.figures import Figure
from bench.naive_orm import OrmSink
from conciliador.db import Database
from conciliador.demo import generate_rows

SAMPLE_CASES = 1_500


def _orm_load(cases: int) -> tuple[float, int]:
    sample = dataclasses.replace(MILLION, name="muestra-orm", cases=cases)
    with tempfile.TemporaryDirectory(prefix="conciliador-bench-") as scratch:
        db = Database(f"sqlite:///{Path(scratch) / 'orm.sqlite'}")
        try:
            db.upgrade()
            start = time.perf_counter()
            with db.write() as session:
                summary = generate_rows(sample.spec(), OrmSink(session), now=db.now())
            seconds = time.perf_counter() - start
        finally:
            db.dispose()
    return seconds, summary.hearings


def naive_seconds(hearings: int) -> tuple[float, int]:
    """The ORM load extrapolated to ``hearings``: timed on two samples, so the fixed start-up
    (calendars, holiday tables) is counted once and each hearing at its marginal cost."""
    small_seconds, small = _orm_load(SAMPLE_CASES // 3)
    big_seconds, big = _orm_load(SAMPLE_CASES)
    per_hearing = (big_seconds - small_seconds) / (big - small)
    return small_seconds + per_hearing * (hearings - small), big


def build_again(context: Context) -> BuildReport:
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".medicion-", dir=folder) as scratch:
        context.say("  building the database again to time it (about a minute)…")
        return build_database(Path(scratch) / "audiencias.sqlite", MILLION)


def _phases(report: BuildReport) -> str:
    names = {
        "generate": "generating here",
        "wait": "waiting for the worker",
        "merge": "copying its rows in",
        "index": "building indexes",
        "commit": "commit",
    }
    took = report.summary.phases
    return ", ".join(f"{label} {took[key]:.1f} s" for key, label in names.items() if key in took)


def run(context: Context) -> list[Figure]:
    report = context.built or build_again(context)
    hearings = report.summary.hearings
    naive, sample_hearings = naive_seconds(hearings)
    how = "rebuilt for this figure" if context.built is None else "the cache build of this run"
    return [
        Figure(
            key="generation",
            title="Generating the 1M-hearing database",
            unit="s",
            value=report.seconds,
            target=90.0,
            naive=naive,
            naive_how=f"ORM session.add() per row, timed on samples of {SAMPLE_CASES // 3:,} "
            f"and {SAMPLE_CASES:,} cases ({sample_hearings:,} hearings) and extrapolated "
            "linearly to the hearings of the database",
            detail=f"{hearings:,} hearings, {report.summary.cases:,} cases, "
            f"{report.summary.persons:,} people, {report.summary.citations:,} citations; "
            f"{report.workers} processes; {how}; phases: {_phases(report)}; CPU time: "
            f"{report.cpu_main:.0f} s in the main process, {report.cpu_workers:.0f} s in the "
            "worker",
        )
    ]
