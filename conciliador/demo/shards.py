"""A large SQLite load shared among worker processes: each office has its own random stream, uid
space and ID-number serials, so the offices can be split into contiguous runs, one per
process; a worker writes its run into a side file that the main process copies in with shifted
ids, and the result is the same for any number of processes.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from conciliador.demo.bulkload import (
    RowSink,
    SqliteSink,
    open_side_file,
)
from conciliador.demo.generator import Generator, OfficePlan
from conciliador.demo.spec import DemoSpec, DemoSummary

if TYPE_CHECKING:
    pass


#: From this many cases a SQLite load is shared among worker processes.
PARALLEL_FROM = 40_000
#: The main process's share of the cases when it has helpers (it also merges and indexes).
_MAIN_SHARE = 0.47


@dataclass(frozen=True)
class ShardJob:
    """One worker process's offices and the side file it writes them into."""

    spec: DemoSpec
    now: dt.datetime
    plans: list[OfficePlan]
    alias: str  # the side file's name where the main connection attached it
    path: str


@dataclass
class ShardResult:
    summary: DemoSummary
    counts: dict[str, int]
    numbers: dict[int, dict[int, int]]


def write_offices(
    generator: Generator, sink: RowSink, plans: list[OfficePlan], done: Callable[[int], None]
) -> dict[int, dict[int, int]]:
    numbers: dict[int, dict[int, int]] = {}
    for plan in plans:
        numbers[plan.id] = generator.office(plan)
        sink.flush()
        done(plan.cases)
    return numbers


def generate_shard(job: ShardJob, advance: Callable[[int], None]) -> ShardResult:
    """What a worker process does: generate the job's offices into its side file."""
    gc.disable()  # see load._cycle_collector_paused; the process ends with the job
    connection = open_side_file(job.path)
    sink = SqliteSink(connection, bare_tables=True)
    generator = Generator(job.spec, sink, now=job.now)
    connection.execute("BEGIN")
    numbers = write_offices(generator, sink, job.plans, advance)
    connection.execute("COMMIT")
    connection.close()
    return ShardResult(generator.summary, sink.counts, numbers)


def split(plans: list[OfficePlan], workers: int) -> list[list[OfficePlan]]:
    """Contiguous runs of offices, one per process. The first stays in the main process,
    which afterwards merges the others and builds the indexes, so it gets a smaller share."""
    if workers <= 1 or len(plans) < 2:
        return [plans]
    total = sum(p.cases for p in plans) or 1
    weights = [_MAIN_SHARE] + [(1 - _MAIN_SHARE) / (workers - 1)] * (workers - 1)
    shards: list[list[OfficePlan]] = [[] for _ in weights]
    done, bound, shard = 0, weights[0] * total, 0
    for plan in plans:
        if done >= bound and shard < len(shards) - 1 and shards[shard]:
            shard += 1
            bound += weights[shard] * total
        shards[shard].append(plan)
        done += plan.cases
    return [s for s in shards if s]


def default_workers(cases: int) -> int:
    """Processes a SQLite load of ``cases`` uses unless told: two from ``PARALLEL_FROM``
    cases where the machine has two cores (more would only wait for the one writer)."""
    if cases < PARALLEL_FROM or not spawn_can_start():
        return 1
    return max(1, min(2, os.cpu_count() or 1))


def spawn_can_start() -> bool:
    """A spawned process re-imports the main script by its path: not possible for a script
    read from standard input (``python - <<EOF``), which then loads in one process."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    return path is None or Path(path).exists()
