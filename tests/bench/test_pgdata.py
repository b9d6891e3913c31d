"""The benchmarks' PostgreSQL copy of a SQLite benchmark database (bench/pgdata.py), at a tiny
size: every row arrives, the services answer the same on both engines, the audit chains still
verify, and new rows can be written after the copied ids."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.data import BenchData, cached_database
from bench.pgdata import TEMPLATE, Cluster, build_pg_copy
from conciliador.db import Database
from conciliador.models import Base
from conciliador.services import people
from conciliador.services.actor import Actor
from conciliador.services.reports.periods import Month
from conciliador.services.reports.summary import monthly_summary
from conciliador.services.verification import verify
from tests.support.pgserver import find_bindir
from tests.support.world import pinned_clock

pytestmark = pytest.mark.pg

TINY = BenchData(name="diminuta-pg", cases=260, offices=6, months=3)


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    if find_bindir() is None:
        pytest.skip("PostgreSQL's server binaries are not installed")
    sqlite_file = cached_database(TINY, cache=tmp_path_factory.mktemp("cache"))
    folder = Path(f"/var/tmp/conciliador-bench-test-{sqlite_file.stat().st_ino}")
    build_pg_copy(sqlite_file, folder)
    cluster = Cluster(folder / "data", durable=False)
    try:
        with cluster.running():
            yield sqlite_file, cluster.url(TEMPLATE)
    finally:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


def test_every_row_of_every_table_is_copied(copies: tuple[Path, str]) -> None:
    sqlite_file, url = copies
    pg = Database(url)
    try:
        with sqlite3.connect(sqlite_file) as conn, pg.engine.connect() as pg_conn:
            for table in Base.metadata.sorted_tables:
                (expected,) = conn.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()
                got = pg_conn.exec_driver_sql(f'SELECT count(*) FROM "{table.name}"').scalar()
                assert got == expected, table.name
    finally:
        pg.dispose()


def test_the_services_answer_the_same_on_the_copy(copies: tuple[Path, str]) -> None:
    sqlite_file, url = copies
    actor = Actor.command_line("prueba")
    clock = pinned_clock()
    lite, pg = Database(f"sqlite:///{sqlite_file}", clock=clock), Database(url, clock=clock)
    try:
        with lite.engine.connect() as conn:
            national = conn.exec_driver_sql(
                "SELECT id FROM offices WHERE parent_id IS NULL"
            ).scalar()
            surname = conn.exec_driver_sql(
                "SELECT last_names FROM persons ORDER BY id LIMIT 1"
            ).scalar()
        month = Month(TINY.today.year, TINY.today.month)
        a = monthly_summary(lite, actor, month, national)
        b = monthly_summary(pg, actor, month, national)
        # (generated_at: the clock runs on between the two)
        assert a == dataclasses.replace(b, generated_at=a.generated_at)
        assert a.figures
        word = str(surname).split()[0][:4]
        found = [p.id for p in people.search_people(lite, actor, word)]
        assert found and [p.id for p in people.search_people(pg, actor, word)] == found
        # the copied audit chains verify, and a new event (after the copied ids) joins them
        assert verify(pg, actor, use_anchors=False).ok
        assert verify(pg, actor, use_anchors=False).ok
    finally:
        lite.dispose()
        pg.dispose()
