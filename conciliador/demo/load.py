"""Loading a demonstration database: ``generate_demo``, the whole load in one unit of work
(validated, permission checked, audited like any import), and ``generate_rows``, the reference
path for tools that bring their own sink.

How a million hearings load in about a minute: rows go to the database in batches through the
sinks of ``bulkload.py`` (on SQLite: tuples straight to the driver, indexes built once at the
end, no WAL during the load), the cycle collector rests while rows are made, and large loads
are shared among worker processes (``shards.py``).
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from conciliador.criteria import load_profile
from conciliador.db import Database
from conciliador.demo.bulkload import (
    CoreSink,
    RowSink,
    SqliteSink,
    create_indexes,
    drop_indexes,
    merge_side_file,
    open_side_file,
)
from conciliador.demo.generator import Generator
from conciliador.demo.shards import ShardJob, default_workers, generate_shard, split, write_offices
from conciliador.demo.spec import MAX_CASES, DemoSpec, DemoSummary, resolve_now
from conciliador.demo.workers import Workers
from conciliador.domain.audit_actions import AuditAction
from conciliador.models import Counter, Office
from conciliador.services import audit
from conciliador.services.actor import Actor
from conciliador.services.errors import FieldProblem, ServiceError, ValidationFailed
from conciliador.services.fields import DemoFields
from conciliador.services.permissions import Permission, require
from conciliador.services.users import password_problems

if TYPE_CHECKING:
    pass


#: The tables a load fills per office: their secondary indexes are built once, at the end.
_CASE_TABLES = (
    "persons",
    "children",
    "cases",
    "case_children",
    "hearings",
    "citations",
    "referrals",
    "agreements",
    "overrides",
)


def generate_rows(spec: DemoSpec, sink: RowSink, *, now: dt.datetime) -> DemoSummary:
    """Every row of a demonstration database, office after office, into ``sink``, in this
    process: the reference path (``generate_demo`` gives the same rows, only faster). For
    benchmarks and tools that bring their own sink; no validation, no audit event."""
    generator = Generator(spec, sink, now=now)
    for plan in generator.organisation():
        generator.office(plan)
        sink.flush()
    return generator.summary


# ------------------------------------------------------------------------------ the use case
def generate_demo(
    db: Database,
    actor: Actor,
    spec: DemoSpec,
    *,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> DemoSummary:
    """Fill an empty database with demonstration data, in one unit of work.

    On SQLite the load runs in bulk mode (``Database.bulk_write``: secondary indexes built
    once at the end) and, for large loads, shares the offices among ``workers`` processes
    (default: two from 40,000 cases where the machine has two cores). The data depend only on
    the spec, never on the number of workers.
    """
    problems = password_problems(spec.password)
    if not 0 <= spec.cases <= MAX_CASES:
        problems.append(
            FieldProblem(DemoFields.CASES, f"entre 0 y {MAX_CASES:_}".replace("_", "."))
        )
    if not 1 <= spec.months <= 240:
        problems.append(FieldProblem(DemoFields.MONTHS, "entre 1 y 240"))
    if problems:
        raise ValidationFailed(problems)
    report = progress or (lambda _done: None)
    actor = require(db, actor, Permission.IMPORT_DATA)  # loading demo data is an import (issue 7)
    workers = default_workers(spec.cases) if workers is None else max(1, workers)
    if not db.is_sqlite:
        workers = 1
    now = resolve_now(spec, ZoneInfo(load_profile(spec.profile_code).regional.timezone), db.now())
    # Side files go next to the database (a worker's share is a gigabyte at a million hearings).
    beside = Path(db.url.database).parent if db.is_sqlite and db.url.database else None
    # named after this process, so the next start sweeps it if this one is killed half-way
    prefix = f".conciliador-demo-{os.getpid()}-"
    with tempfile.TemporaryDirectory(prefix=prefix, dir=beside) as scratch:
        sides = {f"parte{n}": Path(scratch, f"parte{n}.sqlite") for n in range(1, workers)}
        for path in sides.values():
            open_side_file(str(path)).close()
        with _cycle_collector_paused(), db.bulk_write(attach=sides) as session:
            summary = _load(session, actor, spec, now, sides, report)
            lap = _stopwatch(summary.phases)
        lap("commit")
        return summary


def _stopwatch(phases: dict[str, float]) -> Callable[[str], None]:
    """``lap(name)`` records the seconds since the previous lap under ``name``."""
    last = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal last
        now = time.perf_counter()
        phases[name] = phases.get(name, 0.0) + now - last
        last = now

    return lap


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Millions of short-lived row dicts and tuples would set off Python's cycle collector
    over and over, each time walking every live object; rows are freed by reference counting
    anyway (they hold no cycles), so it rests while the rows are generated."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load(
    session: Session,
    actor: Actor,
    spec: DemoSpec,
    now: dt.datetime,
    sides: dict[str, Path],
    report: Callable[[int], None],
) -> DemoSummary:
    if session.scalar(select(func.count(Office.id))):
        raise ServiceError(
            "La base de datos ya tiene oficinas: la demostración se carga en una base vacía "
            "(use --db con otro archivo)."
        )
    dialect = session.get_bind().dialect
    raw = session.connection().connection.driver_connection if dialect.name == "sqlite" else None
    sink: RowSink = SqliteSink(raw, dialect=dialect) if raw is not None else CoreSink(session)
    generator = Generator(spec, sink, now=now)
    lap = _stopwatch(generator.summary.phases)
    plans = generator.organisation()
    organisation = set(sink.counts)  # offices, rooms, users: written once, here
    shards = split(plans, len(sides) + 1)
    indexes = drop_indexes(raw, _CASE_TABLES) if raw is not None else []
    jobs = [
        ShardJob(replace(spec, password=""), now, shard, alias, str(sides[alias]))
        for shard, alias in zip(shards[1:], sides, strict=False)
    ]
    workers = Workers(generate_shard, jobs, "demostración") if jobs else None
    try:
        done = 0

        def advance(cases: int) -> None:
            nonlocal done
            done += cases
            report(done + (workers.progress() if workers else 0))

        numbers = write_offices(generator, sink, shards[0], advance)
        lap("generate")
        results = workers.wait(lambda other: report(done + other)) if workers else []
        lap("wait")
    finally:
        if workers:
            workers.stop()
    # A worker's ids count from 1: shift them past the rows already in each table.
    offsets = {t: n for t, n in sink.counts.items() if t not in organisation}
    for job, result in zip(jobs, results, strict=True):
        if organisation & set(result.counts):
            raise RuntimeError("un proceso auxiliar escribió tablas de la organización")
        assert raw is not None
        merge_side_file(raw, job.alias, offsets)
        for table, count in result.counts.items():
            offsets[table] = offsets.get(table, 0) + count
        generator.summary.absorb(result.summary)
        numbers.update(result.numbers)
    lap("merge")
    counters = [
        {"office_id": office_id, "year": year, "kind": "caso", "last_value": value}
        for office_id, years in sorted(numbers.items())
        for year, value in sorted(years.items())
    ]
    if counters:
        session.execute(insert(Counter), counters)
    if raw is not None:
        create_indexes(raw, indexes)
    lap("index")
    audit.record(
        session,
        actor,
        AuditAction.CARGAR_DEMO,
        "base_de_datos",
        "demo",
        after={"casos": spec.cases, "semilla": spec.seed, "dia": generator.today.isoformat()},
    )
    return generator.summary
